package io.looplab.ui.timeline;

import io.looplab.trace.Gantt;
import io.looplab.trace.GanttKind;
import io.looplab.ui.theme.Palette;
import io.looplab.ui.theme.Theme;
import io.looplab.ui.timeline.TimelineModel.Row;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The timeline chart, drawn on a Canvas: only the rows in view (virtual scrolling with a scroll
 * bar, so 100,000 rows cost what 20 do) and only the segments inside the visible stretch of the
 * axis. Click or drag to seek; the wheel scrolls rows.
 */
public final class GanttCanvas extends Region {
    static final double LABELS = 190;
    static final double AXIS = 30;
    static final double ROW = 25;

    private final TimelineModel model;
    private final Theme theme;
    private final Canvas canvas = new Canvas();
    private final ScrollBar scroll = new ScrollBar();

    public GanttCanvas(TimelineModel model, Theme theme) {
        this.model = model;
        this.theme = theme;
        getStyleClass().add("gantt");
        scroll.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, scroll);
        scroll.valueProperty().addListener((o, was, now) -> draw());
        model.revisionProperty().addListener((o, was, now) -> {
            updateScroll();
            draw();
        });
        model.playback().positionProperty().addListener((o, was, now) -> draw());
        theme.paletteProperty().addListener((o, was, now) -> draw());
        theme.fontSizeProperty().addListener((o, was, now) -> draw());
        canvas.setOnMousePressed(this::seek);
        canvas.setOnMouseDragged(this::seek);
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> scroll.setValue(clamp(scroll.getValue() - e.getDeltaY() / ROW,
                0, scroll.getMax())));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double bar = scroll.prefWidth(-1);
        scroll.resizeRelocate(w - bar, AXIS, bar, Math.max(0, h - AXIS));
        canvas.setWidth(Math.max(0, w - bar));
        canvas.setHeight(h);
        updateScroll();
        draw();
    }

    private void updateScroll() {
        int visible = visibleRows();
        scroll.setMax(Math.max(0, model.rows().size() - visible));
        scroll.setVisibleAmount(visible);
        scroll.setValue(clamp(scroll.getValue(), 0, scroll.getMax()));
        scroll.setVisible(model.rows().size() > visible);
    }

    private int visibleRows() {
        return (int) Math.max(1, Math.floor((getHeight() - AXIS) / ROW));
    }

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - LABELS - 16);
    }

    /** Where an axis value falls, in this chart's coordinates (the row labels take the left edge). */
    public double screenX(double value) {
        return x(value) + canvas.getLayoutX();
    }

    private double x(double value) {
        return LABELS + 8 + value / model.axisEnd() * plotWidth();
    }

    private double value(double x) {
        return (x - LABELS - 8) / plotWidth() * model.axisEnd();
    }

    private void seek(MouseEvent e) {
        if (e.getX() > LABELS) {
            double perPixel = model.axisEnd() / plotWidth();
            model.seek(clamp(value(e.getX()), 0, model.axisEnd()), e.getEventType() == MouseEvent.MOUSE_PRESSED ? 5 * perPixel : 0);
        }
    }

    /** Redraws everything in view; cheap enough to run on every step. */
    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = theme.palette();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        List<Row> rows = model.rows();
        if (rows.isEmpty()) {
            return;
        }
        double size = theme.fontSizeProperty().get() * 0.85;
        drawAxis(g, p, size);
        int first = (int) Math.round(scroll.getValue());
        for (int i = first; i < Math.min(rows.size(), first + visibleRows() + 1); i++) {
            drawRow(g, p, rows.get(i), AXIS + (i - first) * ROW, size);
        }
        drawCursor(g, p, h);
    }

    private void drawAxis(GraphicsContext g, Palette p, double size) {
        g.setFill(p.surface());
        g.fillRect(0, 0, canvas.getWidth(), AXIS);
        g.setFont(Font.font(size));
        g.setFill(p.muted());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(switch (model.effectiveAxis()) {
            case TIME -> "virtual time (s)";
            case STEPS -> "steps";
            case MIXED -> "time (s) + steps";
        }, 12, AXIS / 2);
        g.setStroke(p.border());
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.CENTER);
        List<TimelineModel.Tick> ticks = model.ticks((int) Math.max(1, plotWidth() / 110));
        List<Double> labelled = new java.util.ArrayList<>();
        for (boolean major : new boolean[] {true, false}) {
            for (TimelineModel.Tick t : ticks) {
                double xx = x(t.value());
                if (t.major() != major || labelled.stream().anyMatch(l -> Math.abs(l - xx) < 70)) {
                    continue;
                }
                g.strokeLine(xx, AXIS - 6, xx, canvas.getHeight());
                g.fillText(t.label(), xx, AXIS / 2 - 2);
                labelled.add(xx);
            }
        }
    }

    private void drawRow(GraphicsContext g, Palette p, Row row, double y, double size) {
        if (row.ganttRow() < 0) {
            g.setFill(p.surface());
            g.fillRect(0, y, canvas.getWidth(), ROW);
            g.setFill(p.text());
            g.setFont(Font.font(null, FontWeight.BOLD, size));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(model.lane(row.lane()).title() + "   " + model.lane(row.lane()).summaryText(), 12, y + ROW / 2);
            return;
        }
        Gantt gantt = model.gantt(row.lane());
        int r = row.ganttRow();
        int color = gantt.isThread(r) ? gantt.entity(r) + 7 : gantt.entity(r);
        g.setFill(p.task(color));
        if (gantt.isThread(r)) {
            g.fillPolygon(new double[] {14, 20, 14, 8}, new double[] {y + ROW / 2 - 6, y + ROW / 2, y + ROW / 2 + 6, y + ROW / 2}, 4);
        } else {
            g.fillOval(8, y + ROW / 2 - 5, 11, 11);
        }
        g.setFill(gantt.internal(r) ? p.muted() : p.text());
        g.setFont(Font.font(size));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(fit(gantt.label(r), LABELS - 32, size), 26, y + ROW / 2);
        drawSegments(g, p, row.lane(), gantt, r, y + 5, ROW - 10);
    }

    private void drawSegments(GraphicsContext g, Palette p, int lane, Gantt gantt, int r, double y, double h) {
        int n = gantt.segments(r);
        if (n == 0) {
            return;
        }
        int k = Math.max(0, gantt.segmentAt(r, model.eventAtValue(lane, 0)));
        double right = LABELS + 8 + plotWidth();
        for (; k < n; k++) {
            double x0 = x(model.valueOfEvent(lane, gantt.start(r, k)));
            if (x0 > right) {
                break;
            }
            double x1 = x(model.valueOfEvent(lane, gantt.end(r, k)));
            GanttKind kind = gantt.kind(r, k);
            double width = x1 - x0;
            if (kind == GanttKind.RUNNING && width < 3) {
                width = 3; // a step that takes no virtual time still shows
            }
            if (width >= 0.5 || kind.ended()) {
                SegmentPainter.paint(g, p, kind, x0, y, kind.ended() ? Math.max(width, 1) : width, h);
            }
        }
    }

    private void drawCursor(GraphicsContext g, Palette p, double h) {
        double cx = x(model.cursorValue());
        g.setStroke(p.accent());
        g.setLineWidth(2.5);
        g.strokeLine(cx, 0, cx, h);
        g.setFill(p.accent());
        g.fillPolygon(new double[] {cx - 7, cx + 7, cx}, new double[] {0, 0, 9}, 3);
    }

    private static String fit(String text, double width, double size) {
        int max = (int) (width / (size * 0.55));
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "\u2026";
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
