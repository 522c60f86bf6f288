package io.looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looplab.ui.ShellModel.Showing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless under Monocle: a FILE argument and a later open both show up on screen. */
class MainWindowTest extends FxRobot {
    @TempDir
    Path dir;

    private final String preferences = TestPreferences.createPath();
    private Stage stage;
    private LoopLabApp app;
    private Path hello;

    @BeforeEach
    void startTheApp() throws Exception {
        hello = Files.writeString(dir.resolve("hello.py"), "import asyncio\n\nprint('hello')\n");
        System.setProperty(LoopLabApp.PREFERENCES_PROPERTY, preferences);
        stage = FxToolkit.registerPrimaryStage();
        app = (LoopLabApp) FxToolkit.setupApplication(LoopLabApp.class, hello.toString());
        awaitShowing(Showing.PLAYER);
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        TestPreferences.remove(Preferences.userRoot().node(preferences));
        System.clearProperty(LoopLabApp.PREFERENCES_PROPERTY);
    }

    private void awaitShowing(Showing expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.model().showingProperty().get() == expected);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheScenarioGivenOnTheCommandLine() {
        assertEquals("LoopLab — hello.py", stage.getTitle());
        ListView<String> source = lookup(".source-view").queryListView();
        assertTrue(source.isVisible());
        assertEquals(List.of("import asyncio", "", "print('hello')"), source.getItems());
        assertTrue(lookup(".line-text").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().equals("print('hello')") && label.isVisible()));
        assertTrue(lookup(".line-number").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().equals(" 3")));
        StatusBar status = lookup(".status-bar").queryAs(StatusBar.class);
        assertEquals(hello.toString(), status.getText());
        assertEquals("3 lines", lookup(".line-count").queryLabeled().getText());
    }

    @Test
    void showsAnErrorInPlaceForAFileThatIsNotUtf8() throws Exception {
        Path binary = Files.write(dir.resolve("binary.py"), new byte[] {(byte) 0xC3, 0x28});
        interact(() -> app.model().open(binary));
        awaitShowing(Showing.ERROR);
        assertEquals("LoopLab", stage.getTitle());
        assertTrue(lookup(".error-pane").query().isVisible());
        assertFalse(lookup(".source-view").query().isVisible());
        assertTrue(lookup(".error-message").queryLabeled().getText()
                .startsWith("binary.py is not UTF-8 text: byte 0xC3 on line 1"));
        assertEquals(binary.toString(), lookup(".status-bar").queryAs(StatusBar.class).getText());
    }
}
