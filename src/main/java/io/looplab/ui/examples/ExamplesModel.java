package io.looplab.ui.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Examples menu's content: the library's folder and its scenarios, listed in the background. */
public final class ExamplesModel {
    private final ObservableList<Example> examples = FXCollections.observableArrayList();
    private final ObservableList<Example> examplesView = FXCollections.unmodifiableObservableList(examples);
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");

    // ---- read-only state ------------------------------------------------------------------

    public ObservableList<Example> examples() {
        return examplesView;
    }

    /** Where the library was found, or null. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    // ---- commands -------------------------------------------------------------------------

    /** Lists the library again (its headers are parsed on {@code background}; results arrive on the FX thread). */
    public void refresh(Executor background) {
        background.execute(() -> {
            Path root = ScenarioLibrary.locate().orElse(null);
            List<Example> found = root == null ? List.of() : ScenarioLibrary.scan(root);
            Platform.runLater(() -> show(root, found));
        });
    }

    /** Shows a listing (the synchronous half, for tests). */
    public void show(Path root, List<Example> found) {
        folder.set(root);
        examples.setAll(found);
    }
}
