package io.looplab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Builds the main window's scene: MainWindow.fxml, its controller on the {@link AppModel}, the theme and the keys. */
final class MainWindow {
    private MainWindow() {
    }

    static Scene scene(AppModel app, double width, double height) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
        loader.setControllerFactory(type -> new MainWindowController(app));
        try {
            Scene scene = new Scene(loader.<Parent>load(), width, height);
            app.theme().install(scene);
            KeyBindings.install(scene, app);
            return scene;
        } catch (IOException e) {
            throw new UncheckedIOException("MainWindow.fxml is missing or broken", e);
        }
    }
}
