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
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One lane on screen: its title and summary, its error in place, the source and the output on
 * the left, the task board, the event loop and the threads on the right. Each part gets its
 * own model built on the lane.
 */
public final class LaneView extends BorderPane {
    public LaneView(LaneModel lane, PlaybackModel playback, boolean compact) {
        getStyleClass().add("lane");
        ErrorModel errors = new ErrorModel(lane);
        SourceView source = new SourceView(new SourceModel(lane, errors));
        ConsoleView console = new ConsoleView(new ConsoleModel(lane));
        BoardView board = new BoardView(new BoardModel(lane), playback);
        LoopView loop = new LoopView(new LoopModel(lane));
        ThreadsView threads = new ThreadsView(new ThreadsModel(lane));

        SplitPane left = new SplitPane(source, console);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.68);
        VBox.setVgrow(board, Priority.ALWAYS);
        VBox right = new VBox(board, loop, threads);
        right.getStyleClass().add("lane-right");
        SplitPane body = new SplitPane(left, right);
        body.setOrientation(compact ? Orientation.VERTICAL : Orientation.HORIZONTAL);
        body.setDividerPositions(compact ? 0.45 : 0.46);
        setTop(new VBox(header(lane), new ErrorView(errors)));
        setCenter(body);
    }

    private static HBox header(LaneModel lane) {
        Label title = new Label(lane.title());
        title.getStyleClass().add("lane-title");
        Label summary = new Label(lane.summaryText());
        summary.getStyleClass().add("lane-summary");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(title, gap, summary);
        header.getStyleClass().add("lane-header");
        return header;
    }
}
