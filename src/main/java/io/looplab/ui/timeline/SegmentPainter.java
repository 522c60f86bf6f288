package io.looplab.ui.timeline;

import io.looplab.trace.GanttKind;
import io.looplab.ui.theme.Palette;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Paints a stretch of a timeline row in its state's colour and pattern, so that the states stay
 * apart on a projector and in grayscale: running solid, ready dotted, waiting diagonal lines,
 * sleeping horizontal lines, blocked cross-hatched, waiting for the GIL vertical lines, done a
 * thin line (a cross marks a failure, a slash a cancellation).
 */
final class SegmentPainter {
    private SegmentPainter() {
    }

    static void paint(GraphicsContext g, Palette p, GanttKind kind, double x, double y, double w, double h) {
        Color c = p.state(kind);
        switch (kind) {
            case RUNNING -> fill(g, c, x, y, w, h);
            case READY -> {
                fill(g, c.deriveColor(0, 1, 1, 0.35), x, y, w, h);
                g.setStroke(c);
                g.setLineWidth(1.5);
                g.setLineDashes(2, 3);
                g.strokeRect(x + 0.75, y + 0.75, Math.max(0, w - 1.5), h - 1.5);
                g.setLineDashes((double[]) null);
            }
            case WAITING -> hatch(g, c, x, y, w, h, 1, 0.25);
            case SLEEPING -> stripes(g, c, x, y, w, h, true);
            case BLOCKED -> {
                fill(g, c, x, y, w, h);
                hatch(g, p.background(), x, y, w, h, 1, 0);
                hatch(g, p.background(), x, y, w, h, -1, 0);
            }
            case GIL -> stripes(g, c, x, y, w, h, false);
            case DONE, CANCELLED, FAILED -> done(g, p, kind, x, y, w, h);
        }
    }

    private static void fill(GraphicsContext g, Color c, double x, double y, double w, double h) {
        g.setFill(c);
        g.fillRect(x, y, Math.max(w, 0), h);
    }

    private static void hatch(GraphicsContext g, Color c, double x, double y, double w, double h, int dir, double alpha) {
        if (alpha > 0) {
            fill(g, c.deriveColor(0, 1, 1, alpha), x, y, w, h);
        }
        g.save();
        clip(g, x, y, w, h);
        g.setStroke(c);
        g.setLineWidth(1.5);
        for (double k = x - h; k < x + w + h; k += 7) {
            if (dir > 0) {
                g.strokeLine(k, y + h, k + h, y);
            } else {
                g.strokeLine(k, y, k + h, y + h);
            }
        }
        g.restore();
    }

    private static void stripes(GraphicsContext g, Color c, double x, double y, double w, double h, boolean horizontal) {
        fill(g, c.deriveColor(0, 1, 1, 0.3), x, y, w, h);
        g.save();
        clip(g, x, y, w, h);
        g.setStroke(c);
        g.setLineWidth(2);
        if (horizontal) {
            for (double k = y + 4; k < y + h; k += 6) {
                g.strokeLine(x, k, x + w, k);
            }
        } else {
            for (double k = x + 2; k < x + w; k += 5) {
                g.strokeLine(k, y, k, y + h);
            }
        }
        g.restore();
    }

    private static void done(GraphicsContext g, Palette p, GanttKind kind, double x, double y, double w, double h) {
        Color c = p.state(kind);
        double mid = y + h / 2;
        g.setFill(c);
        g.fillRect(x, mid - 1, Math.max(w, 0), 2);
        if (kind == GanttKind.DONE) {
            return;
        }
        g.setStroke(c);
        g.setLineWidth(2.5);
        double s = h * 0.32;
        g.strokeLine(x + 2, mid + s, x + 2 + 2 * s, mid - s);
        if (kind == GanttKind.FAILED) {
            g.strokeLine(x + 2, mid - s, x + 2 + 2 * s, mid + s);
        }
    }

    private static void clip(GraphicsContext g, double x, double y, double w, double h) {
        g.beginPath();
        g.rect(x, y, Math.max(w, 0), h);
        g.closePath();
        g.clip();
    }
}
