package io.looplab.ui.theme;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.paint.Color;

/**
 * The look of the window: light or dark palette and the type size. It writes the palette and
 * fonts as a small generated stylesheet (a data: URI) in front of looplab.css, so the stylesheet
 * only ever uses looked-up colours and switching theme is swapping that one sheet.
 */
public final class Theme {
    public static final String STYLESHEET = Theme.class.getResource("/io/looplab/ui/looplab.css").toExternalForm();
    /** Root font sizes a presenter steps through with Ctrl+= / Ctrl+-. */
    static final double[] SIZES = {14, 16, 18, 20, 22, 24, 28};

    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final ObjectProperty<Double> fontSize = new SimpleObjectProperty<>(this, "fontSize", 18.0);
    private String generated;

    // ---- read-only state ------------------------------------------------------------------

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public Palette palette() {
        return palette.get();
    }

    public ObjectProperty<Double> fontSizeProperty() {
        return fontSize;
    }

    // ---- commands -------------------------------------------------------------------------

    public void toggleDark() {
        palette.set(palette.get().dark() ? Palette.LIGHT : Palette.DARK);
    }

    public void larger() {
        fontSize.set(step(1));
    }

    public void smaller() {
        fontSize.set(step(-1));
    }

    /** Keeps a scene's stylesheets in step with the palette and type size. */
    public void install(Scene scene) {
        apply(scene);
        palette.addListener((o, was, now) -> apply(scene));
        fontSize.addListener((o, was, now) -> apply(scene));
    }

    private double step(int direction) {
        double now = fontSize.get();
        for (int i = 0; i < SIZES.length; i++) {
            if (SIZES[i] >= now - 0.01) {
                return SIZES[Math.max(0, Math.min(SIZES.length - 1, i + direction))];
            }
        }
        return SIZES[SIZES.length - 1];
    }

    private void apply(Scene scene) {
        if (generated != null) {
            scene.getStylesheets().remove(generated);
        }
        generated = dataUri(css(palette.get(), fontSize.get(), AppFonts.get()));
        scene.getStylesheets().add(0, generated);
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove("dark");
            if (palette.get().dark()) {
                scene.getRoot().getStyleClass().add("dark");
            }
        }
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }

    /** The generated part: looked-up colours, task colours and fonts. */
    static String css(Palette p, double size, AppFonts fonts) {
        StringBuilder sb = new StringBuilder(".root {\n");
        color(sb, "background", p.background());
        color(sb, "surface", p.surface());
        color(sb, "raised", p.raised());
        color(sb, "text", p.text());
        color(sb, "muted", p.muted());
        color(sb, "border", p.border());
        color(sb, "accent", p.accent());
        color(sb, "error", p.error());
        color(sb, "error-surface", p.errorSurface());
        color(sb, "warning", p.warning());
        color(sb, "warning-surface", p.warningSurface());
        color(sb, "highlight", p.highlight());
        for (io.looplab.trace.GanttKind k : io.looplab.trace.GanttKind.values()) {
            color(sb, "state-" + k.name().toLowerCase(), p.state(k));
        }
        for (int i = 0; i < p.tasks().size(); i++) {
            color(sb, "task-" + i, p.task(i));
        }
        sb.append("    -fx-font-size: ").append(size).append("px;\n");
        sb.append("    -fx-font-family: \"").append(fonts.sans()).append("\";\n}\n");
        sb.append(".code { -fx-font-family: \"").append(fonts.mono()).append("\"; }\n");
        sb.append(".cjk { -fx-font-family: \"").append(fonts.cjk()).append("\"; }\n");
        sb.append(".code.cjk, .code .cjk { -fx-font-family: \"").append(fonts.cjkMono()).append("\"; }\n");
        return sb.toString();
    }

    private static StringBuilder color(StringBuilder sb, String name, Color c) {
        return sb.append("    -ll-").append(name).append(": ").append(Palette.css(c)).append(";\n");
    }

    private static String dataUri(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
