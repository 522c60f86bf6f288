package io.looplab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Builds the main window's scene: MainWindow.fxml, its controller on a {@link ShellModel}, the stylesheet. */
final class MainWindow {
    static final String STYLESHEET = MainWindow.class.getResource("looplab.css").toExternalForm();

    private MainWindow() {
    }

    static Scene scene(ShellModel model) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
        loader.setControllerFactory(type -> new MainWindowController(model));
        try {
            Scene scene = new Scene(loader.<Parent>load(), 1280, 800);
            scene.getStylesheets().add(STYLESHEET);
            return scene;
        } catch (IOException e) {
            throw new UncheckedIOException("MainWindow.fxml is missing or broken", e);
        }
    }
}
