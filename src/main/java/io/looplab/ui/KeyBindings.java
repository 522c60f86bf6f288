package io.looplab.ui;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The presenter's keys, caught before any control sees them (a list would take the arrows):
 * Space plays, → / Page Down step, ← / Page Up go back (clickers send those), Home / End jump,
 * + / − change speed, 1–9 jump to narration bookmarks; Ctrl + / − change the type size.
 */
final class KeyBindings {
    private KeyBindings() {
    }

    static void install(Scene scene, AppModel app) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl || e.getTarget() instanceof ComboBox<?> c && c.isShowing()) {
                return;
            }
            if (handle(e, app)) {
                e.consume();
            }
        });
    }

    static boolean handle(KeyEvent e, AppModel app) {
        var p = app.playback();
        if (e.isShortcutDown()) {
            return switch (e.getCode()) {
                case EQUALS, PLUS, ADD -> run(app.theme()::larger);
                case MINUS, SUBTRACT -> run(app.theme()::smaller);
                default -> false;
            };
        }
        if (e.isAltDown()) {
            return false;
        }
        KeyCode k = e.getCode();
        if (k.isDigitKey() && k != KeyCode.DIGIT0 && k != KeyCode.NUMPAD0) {
            app.narration().jumpTo(Integer.parseInt(k.getName().replaceAll("\\D", "")));
            return true;
        }
        return switch (k) {
            case SPACE -> run(p::togglePlay);
            case RIGHT, PAGE_DOWN, DOWN -> run(p::stepForward);
            case LEFT, PAGE_UP, UP -> run(p::stepBack);
            case HOME -> run(p::toStart);
            case END -> run(p::toEnd);
            case PLUS, ADD, EQUALS -> run(p::faster);
            case MINUS, SUBTRACT, UNDERSCORE -> run(p::slower);
            default -> false;
        };
    }

    private static boolean run(Runnable action) {
        action.run();
        return true;
    }
}
