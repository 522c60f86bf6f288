package io.looplab.ui;

import io.looplab.scenario.ScenarioFile;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The main window's view model: the open scenario file (or why it did not open) and the recent files. */
public final class ShellModel {
    static final String APP_NAME = "LoopLab";

    /** Which of its three faces the main area shows. */
    public enum Showing { WELCOME, PLAYER, ERROR }

    private final ScenarioLoader loader;
    private final RecentFiles recentStore;

    private final ReadOnlyObjectWrapper<ScenarioFile> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file"); // shown or failed
    private final ReadOnlyObjectWrapper<Path> opening = new ReadOnlyObjectWrapper<>(this, "opening"); // null: idle
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error"); // null: no error
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<String> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ReadOnlyObjectWrapper<Showing> showing = new ReadOnlyObjectWrapper<>(this, "showing");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper lineCount = new ReadOnlyStringWrapper(this, "lineCount");

    public ShellModel(ScenarioLoader loader, RecentFiles recentStore) {
        this.loader = loader;
        this.recentStore = recentStore;
        recent.setAll(recentStore.load());
        showing.bind(Bindings.createObjectBinding(this::computeShowing, scenario, error));
        title.bind(Bindings.createStringBinding(this::computeTitle, scenario));
        status.bind(Bindings.createStringBinding(this::computeStatus, file, opening));
        lineCount.bind(Bindings.createStringBinding(this::computeLineCount, scenario));
    }

    // ---- read-only state ------------------------------------------------------------------

    public ReadOnlyObjectProperty<ScenarioFile> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The open scenario's source lines; line n is at index n - 1. */
    public ObservableList<String> lines() {
        return linesView;
    }

    /** Recently opened files, most recent first. */
    public ObservableList<Path> recentFiles() {
        return recentView;
    }

    public ReadOnlyObjectProperty<Showing> showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String getTitle() {
        return title.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lineCountProperty() {
        return lineCount.getReadOnlyProperty();
    }

    // ---- commands -------------------------------------------------------------------------

    /** Opens {@code path} in the background; only the most recently requested file is ever shown. */
    public void open(Path path) {
        Path target = path.toAbsolutePath().normalize();
        opening.set(target);
        loader.load(target, loaded -> showScenario(target, loaded), message -> showError(target, message));
    }

    /** Reads the open file again (it changed on disk); the player keeps its position. */
    public void reload() {
        if (scenario.get() != null) {
            open(scenario.get().path());
        }
    }

    public void clearRecentFiles() {
        recent.clear();
        recentStore.save(recent);
    }

    // ---- internals ------------------------------------------------------------------------

    private void showScenario(Path target, ScenarioFile loaded) {
        if (settle(target)) {
            lines.setAll(loaded.lines());
            error.set(null);
            scenario.set(loaded);
            remember(target);
        }
    }

    private void showError(Path target, String message) {
        if (settle(target)) {
            lines.clear();
            scenario.set(null);
            error.set(message);
        }
    }

    // A late answer for a file that is no longer the one asked for is dropped.
    private boolean settle(Path target) {
        if (!target.equals(opening.get())) {
            return false;
        }
        opening.set(null);
        file.set(target);
        return true;
    }

    private void remember(Path target) {
        recent.remove(target);
        recent.add(0, target);
        if (recent.size() > RecentFiles.MAX) {
            recent.remove(RecentFiles.MAX, recent.size());
        }
        recentStore.save(recent);
    }

    private Showing computeShowing() {
        if (error.get() != null) {
            return Showing.ERROR;
        }
        return scenario.get() == null ? Showing.WELCOME : Showing.PLAYER;
    }

    private String computeTitle() {
        ScenarioFile open = scenario.get();
        return open == null ? APP_NAME : APP_NAME + " — " + open.fileName();
    }

    private String computeStatus() {
        if (opening.get() != null) {
            return "Opening " + opening.get() + " …";
        }
        return file.get() == null ? "No scenario open" : file.get().toString();
    }

    private String computeLineCount() {
        ScenarioFile open = scenario.get();
        if (open == null) {
            return "";
        }
        return open.lineCount() == 1 ? "1 line" : open.lineCount() + " lines";
    }
}
