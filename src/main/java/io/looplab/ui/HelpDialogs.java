package io.looplab.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.stage.Window;

/** Help ▸ Keys and Help ▸ About. */
final class HelpDialogs {
    static final String KEYS = String.join("\n",
            "Space\t\tplay / pause",
            "\u2192  Page Down\tstep forward (a presenter's clicker sends Page Down)",
            "\u2190  Page Up\t\tstep back",
            "Home  End\tjump to the start / the end",
            "+  \u2212\t\tfaster / slower",
            "1 \u2026 9\t\tjump to narration bookmark 1 \u2026 9",
            "Ctrl +  Ctrl \u2212\tlarger / smaller type",
            "Ctrl O\t\topen a scenario;  Ctrl R  reload it;  Ctrl D  dark theme");

    private HelpDialogs() {
    }

    static void keys(Window owner) {
        show(owner, "Keys", "Keys for presenting", KEYS);
    }

    static void about(Window owner) {
        show(owner, "About LoopLab", "LoopLab " + version(), "A laboratory for Python concurrency: lecture "
                + "scenarios run on a deterministic virtual clock, checked against CPython 3.11, and played back "
                + "as an animation.");
    }

    private static void show(Window owner, String title, String header, String text) {
        Alert alert = new Alert(AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        alert.show();
    }

    private static String version() {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
