package io.looplab.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Window;

/** The File ▸ Open dialog: Python files first, starting in the folder of the file last opened. */
final class ScenarioChooser {
    private final FileChooser chooser = new FileChooser();

    ScenarioChooser() {
        chooser.setTitle("Open Scenario");
        chooser.getExtensionFilters().addAll(
                new ExtensionFilter("Python scenarios (*.py)", "*.py"),
                new ExtensionFilter("All files", "*"));
    }

    /** Asks for a file; {@code near} (may be null) picks the folder the dialog starts in. */
    Optional<Path> show(Window owner, Path near) {
        Path folder = near == null ? null : near.getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }
}
