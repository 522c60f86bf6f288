package io.looplab.ui;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window around a {@link ShellModel}; a FILE argument is opened at start. */
public final class LoopLabApp extends Application {
    /** Names the preferences node (recent files); tests and demos set it to keep the user's list apart. */
    static final String PREFERENCES_PROPERTY = "looplab.preferences";

    private ShellModel model;

    public static void main(String[] args) {
        launch(LoopLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        String node = System.getProperty(PREFERENCES_PROPERTY, "/io/looplab/ui");
        RecentFiles recent = new RecentFiles(Preferences.userRoot().node(node).node("recent"));
        model = new ShellModel(new BackgroundLoader(), recent);
        stage.setScene(MainWindow.scene(model));
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
        getParameters().getUnnamed().stream().findFirst().map(Path::of).ifPresent(model::open);
    }

    ShellModel model() {
        return model;
    }
}
