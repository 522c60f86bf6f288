package io.looplab.ui.lane;

import io.looplab.ui.board.BoardModel;
import io.looplab.ui.board.BoardView;
import io.looplab.ui.console.ConsoleModel;
import io.looplab.ui.console.ConsoleView;
import io.looplab.ui.errors.ErrorModel;
import io.looplab.ui.errors.ErrorView;
import io.looplab.ui.loop.LoopModel;
import io.looplab.ui.loop.LoopView;
import io.looplab.ui.source.SourceModel;
import io.looplab.ui.source.SourceView;
import io.looplab.ui.threads.ThreadsModel;
import io.looplab.ui.threads.ThreadsView;
import io.looplab.ui.transport.PlaybackModel;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One lane on screen: its title and summary, its error in place, the source and the output on
 * the left, the task board, the event loop and the threads on the right (or, in a narrow lane
 * of a comparison, the board above and the source beside the output below). Each part gets
 * its own model built on the lane.
 */
public final class LaneView extends BorderPane {
    /** {@code variantPicker} (may be null) replaces the lane's title when the scenario has variants. */
    public LaneView(LaneModel lane, PlaybackModel playback, boolean compact, Node variantPicker) {
        getStyleClass().add("lane");
        setMinWidth(240);
        ErrorModel errors = new ErrorModel(lane);
        SourceView source = new SourceView(new SourceModel(lane, errors), compact);
        ConsoleView console = new ConsoleView(new ConsoleModel(lane));
        BoardView board = new BoardView(new BoardModel(lane), playback, compact);
        LoopView loop = new LoopView(new LoopModel(lane));
        ThreadsView threads = new ThreadsView(new ThreadsModel(lane));

        VBox.setVgrow(board, Priority.ALWAYS);
        VBox tasks = new VBox(board, loop, threads);
        tasks.getStyleClass().add("lane-right");
        SplitPane code = new SplitPane(source, console);
        code.setOrientation(compact ? Orientation.HORIZONTAL : Orientation.VERTICAL);
        code.setDividerPositions(compact ? 0.55 : 0.68);
        // Side by side, a lane is narrow: the board takes the full width, code and output go below.
        SplitPane body = compact ? new SplitPane(tasks, code) : new SplitPane(code, tasks);
        body.setOrientation(compact ? Orientation.VERTICAL : Orientation.HORIZONTAL);
        body.setDividerPositions(compact ? 0.7 : 0.46);
        setTop(new VBox(header(lane, variantPicker), new ErrorView(errors)));
        setCenter(body);
    }

    private static HBox header(LaneModel lane, Node variantPicker) {
        Node title = variantPicker;
        if (title == null) {
            Label label = new Label(lane.title());
            label.getStyleClass().add("lane-title");
            title = label;
        }
        Label summary = new Label(lane.summaryText());
        summary.getStyleClass().add("lane-summary");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(title, gap, summary);
        header.getStyleClass().add("lane-header");
        return header;
    }
}
