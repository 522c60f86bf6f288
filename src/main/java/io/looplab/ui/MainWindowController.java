package io.looplab.ui;

import io.looplab.scenario.ScenarioHeader;
import io.looplab.ui.ShellModel.Showing;
import io.looplab.ui.examples.ExamplesList;
import io.looplab.ui.examples.ExamplesMenu;
import io.looplab.ui.lane.LaneModel;
import io.looplab.ui.lane.LaneView;
import io.looplab.ui.narration.CaptionBar;
import io.looplab.ui.session.VariantPicker;
import io.looplab.ui.timeline.TimelineModel.Axis;
import io.looplab.ui.timeline.TimelineView;
import io.looplab.ui.transport.TransportBar;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.geometry.Pos;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.StatusBar;

/** The main window's FXML controller: puts each feature's view in its slot and binds the shell; handlers only delegate. */
public final class MainWindowController {
    private final AppModel app;
    private final ScenarioChooser chooser = new ScenarioChooser();

    @FXML private BorderPane root;
    @FXML private Menu recentMenu;
    @FXML private Menu examplesMenu;
    @FXML private MenuButton examplesButton;
    @FXML private CheckMenuItem darkItem;
    @FXML private Label scenarioTitle;
    @FXML private HBox variantSlot;
    @FXML private StackPane transportSlot;
    @FXML private StackPane captionSlot;
    @FXML private StackPane content;
    @FXML private SplitPane player;
    @FXML private SplitPane lanes;
    @FXML private StackPane timelineSlot;
    @FXML private VBox welcome;
    @FXML private VBox errorPane;
    @FXML private Label errorMessage;
    @FXML private VBox runningOverlay;
    @FXML private Label runningLabel;
    @FXML private StatusBar statusBar;

    MainWindowController(AppModel app) {
        this.app = app;
    }

    @FXML
    private void initialize() {
        ShellModel shell = app.shell();
        variantSlot.getChildren().add(VariantPicker.compareToggle(app.session()));
        transportSlot.getChildren().add(new TransportBar(app.playback()));
        captionSlot.getChildren().add(new CaptionBar(app.narration()));
        timelineSlot.getChildren().add(new TimelineView(app.timeline(), app.theme()));
        app.session().lanes().addListener((ListChangeListener<LaneModel>) c -> showLanes());
        player.visibleProperty().bind(shell.showingProperty().isEqualTo(Showing.PLAYER));
        welcome.visibleProperty().bind(shell.showingProperty().isEqualTo(Showing.WELCOME));
        errorPane.visibleProperty().bind(shell.showingProperty().isEqualTo(Showing.ERROR));
        errorMessage.textProperty().bind(shell.errorProperty());
        runningOverlay.visibleProperty().bind(app.session().runningProperty().and(player.visibleProperty()));
        runningLabel.textProperty().bind(Bindings.createStringBinding(() -> "Running "
                + (shell.getFile() == null ? "" : shell.getFile().getFileName()) + " on the virtual clock\u2026",
                shell.fileProperty()));
        scenarioTitle.textProperty().bind(Bindings.createStringBinding(() -> title(app.session().headerProperty().get()),
                app.session().headerProperty()));
        bindStatus();
        app.session().preparedProperty().addListener((o, was, now) -> {
            if (was != null && now != null && was.file().path().equals(now.file().path())) {
                notifyReload(now.file().fileName());
            }
        });
        darkItem.setSelected(app.theme().palette().dark());
        app.theme().paletteProperty().addListener((o, was, now) -> darkItem.setSelected(now.dark()));
        RecentMenu.bind(recentMenu, shell);
        ExamplesMenu.bind(examplesMenu.getItems(), app.examples(), shell::open);
        ExamplesMenu.bind(examplesButton.getItems(), app.examples(), shell::open);
        FileDrop.install(root, shell::open);
        welcome.getChildren().add(new ExamplesList(app.examples(), shell::open));
    }

    private void bindStatus() {
        ShellModel shell = app.shell();
        statusBar.textProperty().bind(Bindings.createStringBinding(() -> app.session().failureProperty().get() != null
                ? app.session().failureProperty().get() : shell.statusProperty().get(),
                shell.statusProperty(), app.session().failureProperty()));
        Label lines = new Label();
        lines.getStyleClass().add("line-count");
        lines.textProperty().bind(shell.lineCountProperty());
        statusBar.getRightItems().add(lines);
    }

    /** A reload (the file changed on disk, or Ctrl+R) says so briefly, and where the cursor stayed. */
    private void notifyReload(String file) {
        if (root.getScene() == null || root.getScene().getWindow() == null || !root.getScene().getWindow().isShowing()) {
            return;
        }
        Notifications.create().owner(root).title("Reloaded " + file)
                .text("Kept " + app.playback().stepTextProperty().get() + ".").hideAfter(Duration.seconds(3))
                .position(Pos.BOTTOM_RIGHT).showInformation();
    }

    private static String title(ScenarioHeader h) {
        return h == null ? "" : h.title();
    }

    private void showLanes() {
        var session = app.session();
        var models = session.lanes();
        lanes.getItems().setAll(models.stream().map(lane -> (javafx.scene.Node) new LaneView(lane, app.playback(),
                models.size() > 1, session.variants().isEmpty() ? null
                        : VariantPicker.forLane(session, lane.index(), lane.title()))).toList());
        player.setDividerPositions(models.size() > 1 ? 0.64 : 0.72);
        if (models.size() == 2) {
            lanes.setDividerPositions(0.5);
        }
    }

    @FXML
    private void open() {
        chooser.show(window(), app.shell().getFile()).ifPresent(app.shell()::open);
    }

    @FXML
    private void reload() {
        app.shell().reload();
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    @FXML
    private void toggleTheme() {
        app.theme().toggleDark();
    }

    @FXML
    private void larger() {
        app.theme().larger();
    }

    @FXML
    private void smaller() {
        app.theme().smaller();
    }

    @FXML
    private void timeAxis() {
        app.timeline().setAxis(Axis.TIME);
    }

    @FXML
    private void stepsAxis() {
        app.timeline().setAxis(Axis.STEPS);
    }

    @FXML
    private void togglePlay() {
        app.playback().togglePlay();
    }

    @FXML
    private void stepForward() {
        app.playback().stepForward();
    }

    @FXML
    private void stepBack() {
        app.playback().stepBack();
    }

    @FXML
    private void toStart() {
        app.playback().toStart();
    }

    @FXML
    private void toEnd() {
        app.playback().toEnd();
    }

    @FXML
    private void keys() {
        HelpDialogs.keys(window());
    }

    @FXML
    private void about() {
        HelpDialogs.about(window());
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
