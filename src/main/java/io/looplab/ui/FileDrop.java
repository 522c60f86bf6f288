package io.looplab.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Opens a .py file dragged onto the window; the window shows {@code :drop-target} while one hovers. */
final class FileDrop {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private FileDrop() {
    }

    static void install(Node target, Consumer<Path> open) {
        target.setOnDragOver(event -> {
            if (pythonFile(event).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
                target.pseudoClassStateChanged(DROP_TARGET, true);
            }
            event.consume();
        });
        target.setOnDragExited(event -> target.pseudoClassStateChanged(DROP_TARGET, false));
        target.setOnDragDropped(event -> {
            Optional<Path> file = pythonFile(event);
            file.ifPresent(open);
            event.setDropCompleted(file.isPresent());
            event.consume();
        });
    }

    /** The first dragged file whose name ends in .py, if any. */
    static Optional<Path> firstPythonFile(List<File> files) {
        return files.stream()
                .filter(file -> file.getName().endsWith(".py"))
                .map(File::toPath)
                .findFirst();
    }

    private static Optional<Path> pythonFile(DragEvent event) {
        return event.getDragboard().hasFiles() ? firstPythonFile(event.getDragboard().getFiles()) : Optional.empty();
    }
}
