package io.looplab.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.stage.Window;

/** Help ▸ About: what LoopLab is and which version is running. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert alert = new Alert(AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About LoopLab");
        alert.setHeaderText("LoopLab " + version());
        alert.setContentText("A laboratory for Python concurrency: lecture scenarios run on a deterministic "
                + "virtual clock, checked against CPython 3.11, and played back as an animation.");
        alert.getDialogPane().getStylesheets().add(MainWindow.STYLESHEET);
        alert.show();
    }

    private static String version() {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
