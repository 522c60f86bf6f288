package io.looplab.ui;

import io.looplab.ui.ShellModel.Showing;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

/** The main window's FXML controller: binds the shell's nodes to the {@link ShellModel}; handlers only delegate. */
public final class MainWindowController {
    private final ShellModel model;
    private final ScenarioChooser chooser = new ScenarioChooser();
    private final Label lineCount = new Label();

    @FXML private BorderPane root;
    @FXML private Menu recentMenu;
    @FXML private StackPane content;
    @FXML private VBox welcome;
    @FXML private VBox errorPane;
    @FXML private Label errorMessage;
    @FXML private StatusBar statusBar;

    MainWindowController(ShellModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        SourceView source = new SourceView(model);
        content.getChildren().add(0, source);
        source.visibleProperty().bind(model.showingProperty().isEqualTo(Showing.SOURCE));
        welcome.visibleProperty().bind(model.showingProperty().isEqualTo(Showing.WELCOME));
        errorPane.visibleProperty().bind(model.showingProperty().isEqualTo(Showing.ERROR));
        errorMessage.textProperty().bind(model.errorProperty());
        statusBar.textProperty().bind(model.statusProperty());
        lineCount.getStyleClass().add("line-count");
        lineCount.textProperty().bind(model.lineCountProperty());
        statusBar.getRightItems().add(lineCount);
        RecentMenu.bind(recentMenu, model);
        FileDrop.install(root, model::open);
    }

    @FXML
    private void open() {
        chooser.show(window(), model.getFile()).ifPresent(model::open);
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    @FXML
    private void about() {
        AboutDialog.show(window());
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
