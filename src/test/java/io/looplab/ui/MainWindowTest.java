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
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless under Monocle: a FILE argument, errors in place, the theme and the examples. */
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
        awaitPlayer();
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        TestPreferences.remove(Preferences.userRoot().node(preferences));
        System.clearProperty(LoopLabApp.PREFERENCES_PROPERTY);
    }

    private void awaitPlayer() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.model().showingProperty().get() == Showing.PLAYER
                && !app.app().session().runningProperty().get() && !app.app().session().lanes().isEmpty());
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
        assertEquals("hello.py", lookup(".lane-title").queryLabeled().getText());
    }

    @Test
    void showsAnErrorInPlaceForAFileThatIsNotUtf8() throws Exception {
        Path binary = Files.write(dir.resolve("binary.py"), new byte[] {(byte) 0xC3, 0x28});
        interact(() -> app.model().open(binary));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.model().showingProperty().get() == Showing.ERROR);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("LoopLab", stage.getTitle());
        assertTrue(lookup(".error-pane").query().isVisible());
        assertFalse(lookup(".player").query().isVisible());
        assertTrue(lookup(".error-message").queryLabeled().getText()
                .startsWith("binary.py is not UTF-8 text: byte 0xC3 on line 1"));
    }

    @Test
    void aSyntaxErrorIsShownInTheLaneWithItsCaretAndTheAppStaysUsable() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.py"), "import asyncio\n\nasync def f(:\n    pass\n");
        interact(() -> app.model().open(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".lane-error-title").tryQuery().isPresent()
                && lookup(".lane-error-title").queryLabeled().isVisible());
        assertEquals("SyntaxError: invalid syntax", lookup(".lane-error-title").queryLabeled().getText());
        assertEquals("line 3, column 13", lookup(".lane-error-message").queryLabeled().getText());
        assertTrue(lookup(".lane-error-details").queryLabeled().getText().contains("^"));
        assertEquals("\u25B2 col 13", lookup(".line-chip-error").queryLabeled().getText());
        interact(() -> app.model().open(hello));
        awaitPlayer();
        assertTrue(lookup(".lane-error").tryQuery().map(n -> !n.isVisible()).orElse(true));
    }

    @Test
    void twoVariantsPlaySideBySideOnOneClock() throws Exception {
        Path downloads = Files.writeString(dir.resolve("downloads.py"), SessionModelTest.DOWNLOADS);
        interact(() -> app.model().open(downloads));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.app().session().lanes().size() == 2
                && !app.app().session().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, lookup(".lane").queryAll().size());
        List<String> summaries = lookup(".lane-summary").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(summaries.get(0).startsWith("3.000 s") && summaries.get(1).startsWith("1.000 s"), summaries.toString());
        type(KeyCode.END);
        assertEquals("t = 3.000 s", lookup(".clock").queryLabeled().getText());
        List<Integer> printed = lookup(".console-lines").queryAllAs(ListView.class).stream()
                .map(l -> l.getItems().size()).toList();
        assertEquals(List.of(3, 3), printed);
        type(KeyCode.HOME);
        for (int i = 0; i < 200 && !lookup(".clock").queryLabeled().getText().equals("t = 1.000 s"); i++) {
            type(KeyCode.RIGHT);
        }
        var lanes = app.app().session().lanes();
        assertEquals(1_000_000_000L, lanes.get(0).state().timeNs(), "the first lane moves first at an instant");
        assertEquals(lanes.get(1).timeline().lastStepAtOrBefore(999_999_999L), lanes.get(1).state().step(),
                "the other lane stays at its last step before that instant");
    }

    @Test
    void editingTheOpenFileReloadsItAndKeepsTheStep() throws Exception {
        Path copy = Files.copy(Lab.scenario("02-event-loop/two_tasks.py"), dir.resolve("two_tasks.py"));
        interact(() -> app.model().open(copy));
        awaitPlayer();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.app().session().lanes().get(0).title().equals("two_tasks.py"));
        var before = app.app().session().preparedProperty().get();
        for (int i = 0; i < 10; i++) {
            type(KeyCode.RIGHT);
        }
        Files.writeString(copy, Files.readString(copy) + "# edited during the lecture\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.app().session().preparedProperty().get() != before
                && !app.app().session().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup(".step-counter").queryLabeled().getText().startsWith("step 10 / "));
        assertTrue(app.app().session().lanes().get(0).sourceLines().contains("# edited during the lecture"));
    }

    @Test
    void theThemeSwitchesWithCtrlD() {
        assertFalse(stage.getScene().getRoot().getStyleClass().contains("dark"));
        press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("dark"));
        assertTrue(app.app().theme().palette().dark());
    }

    @Test
    void theExamplesMenuListsTheLibraryByTitle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.app().examples().examples().isEmpty());
        assertTrue(app.app().examples().examples().stream()
                .anyMatch(e -> e.title().equals("Two tasks: why it prints 1 1 2 2")));
        MenuButton button = lookup(".examples-button").queryAs(MenuButton.class);
        Menu folder = (Menu) button.getItems().stream().filter(item -> "02-event-loop".equals(item.getText()))
                .findFirst().orElseThrow();
        assertTrue(folder.getItems().stream().anyMatch(
                item -> "Two tasks: why it prints 1 1 2 2   —   two_tasks.py".equals(item.getText())));
    }
}
