package io.looplab.ui.theme;

import io.looplab.trace.GanttKind;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * Every colour LoopLab draws with, for one theme: the surfaces, the task colours (chosen to stay
 * apart on a washed-out projector and in both themes) and one colour per state of a task or
 * thread. The stylesheet's looked-up colours are generated from it, so CSS and canvas agree.
 */
public record Palette(String name, boolean dark, Color background, Color surface, Color raised, Color text,
                      Color muted, Color border, Color accent, Color error, Color errorSurface, Color warning,
                      Color warningSurface, Color highlight, List<Color> tasks, List<Color> states) {

    public static final Palette LIGHT = new Palette("light", false,
            Color.web("#ffffff"), Color.web("#eef1f5"), Color.web("#ffffff"), Color.web("#101418"),
            Color.web("#3d4654"), Color.web("#c4cad3"), Color.web("#0b57d0"), Color.web("#b3261e"),
            Color.web("#fdecea"), Color.web("#8a4b00"), Color.web("#fff3d6"), Color.web("#fff2a8"),
            List.of(Color.web("#1c64d6"), Color.web("#e8590c"), Color.web("#2b8a3e"), Color.web("#ae3ec9"),
                    Color.web("#0b7285"), Color.web("#d6336c"), Color.web("#5c940d"), Color.web("#6741d9"),
                    Color.web("#b07d00"), Color.web("#795548")),
            List.of(Color.web("#f2b705"), Color.web("#2b8a3e"), Color.web("#4dabf7"), Color.web("#9775fa"),
                    Color.web("#e03131"), Color.web("#f76707"), Color.web("#adb5bd"), Color.web("#868e96"),
                    Color.web("#c92a2a")));

    public static final Palette DARK = new Palette("dark", true,
            Color.web("#14171c"), Color.web("#1f242c"), Color.web("#272d36"), Color.web("#f1f3f5"),
            Color.web("#b6bec9"), Color.web("#3b434f"), Color.web("#7cacf8"), Color.web("#ff8a80"),
            Color.web("#3b1f1f"), Color.web("#ffc266"), Color.web("#3a2e12"), Color.web("#4a4215"),
            List.of(Color.web("#5c9dff"), Color.web("#ff922b"), Color.web("#51cf66"), Color.web("#da77f2"),
                    Color.web("#3bc9db"), Color.web("#f783ac"), Color.web("#a9e34b"), Color.web("#9775fa"),
                    Color.web("#ffd43b"), Color.web("#c9a27e")),
            List.of(Color.web("#fcc419"), Color.web("#51cf66"), Color.web("#4dabf7"), Color.web("#b197fc"),
                    Color.web("#ff6b6b"), Color.web("#ff922b"), Color.web("#5c636e"), Color.web("#868e96"),
                    Color.web("#ff6b6b")));

    /** The colour of the task (or thread) with this index; it repeats after ten. */
    public Color task(int index) {
        return tasks.get(Math.floorMod(index, tasks.size()));
    }

    /** The colour of a state on the timeline, the board and the threads list. */
    public Color state(GanttKind kind) {
        return states.get(kind.ordinal());
    }

    /** CSS for a colour, e.g. "#1c64d6". */
    public static String css(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
