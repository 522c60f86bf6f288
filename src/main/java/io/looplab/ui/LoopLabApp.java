package io.looplab.ui;

import io.looplab.ui.session.BackgroundRunner;
import io.looplab.ui.transport.FxTicker;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: one main window around an {@link AppModel}; a FILE argument is opened at start. */
public final class LoopLabApp extends Application {
    /** Names the preferences node (recent files); tests and demos set it to keep the user's list apart. */
    static final String PREFERENCES_PROPERTY = "looplab.preferences";

    private AppModel app;

    public static void main(String[] args) {
        launch(LoopLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        String node = System.getProperty(PREFERENCES_PROPERTY, "/io/looplab/ui");
        RecentFiles recent = new RecentFiles(Preferences.userRoot().node(node).node("recent"));
        app = new AppModel(new BackgroundLoader(), recent, new BackgroundRunner(), new FxTicker());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(MainWindow.scene(app, Math.min(1600, screen.getWidth()), Math.min(960, screen.getHeight())));
        stage.titleProperty().bind(app.shell().titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        FileWatcher watcher = new FileWatcher(app.shell()::reload);
        app.shell().scenarioProperty().addListener((o, was, now) -> watcher.watch(now == null ? null : now.path()));
        app.examples().refresh(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "looplab-examples");
            thread.setDaemon(true);
            return thread;
        }));
        stage.show();
        getParameters().getUnnamed().stream().findFirst().map(Path::of).ifPresent(app.shell()::open);
    }

    AppModel app() {
        return app;
    }

    ShellModel model() {
        return app.shell();
    }
}
