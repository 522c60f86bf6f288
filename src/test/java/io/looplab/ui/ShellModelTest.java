package io.looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looplab.scenario.ScenarioFile;
import io.looplab.scenario.ScenarioReadException;
import io.looplab.ui.ShellModel.Showing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell's view model, without a JavaFX toolkit: files load synchronously in these tests. */
class ShellModelTest {
    @TempDir
    Path dir;

    private final Preferences preferences = TestPreferences.create();

    @AfterEach
    void removePreferences() throws Exception {
        TestPreferences.remove(preferences);
    }

    /** Reads the file at once, on the calling thread. */
    private static final ScenarioLoader NOW = (file, loaded, failed) -> {
        try {
            loaded.accept(ScenarioFile.read(file));
        } catch (ScenarioReadException e) {
            failed.accept(e.getMessage());
        }
    };

    private ShellModel model(ScenarioLoader loader) {
        return new ShellModel(loader, new RecentFiles(preferences));
    }

    private Path scenario(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void startsWithNothingOpen() {
        ShellModel model = model(NOW);
        assertEquals("LoopLab", model.getTitle());
        assertEquals(Showing.WELCOME, model.showingProperty().get());
        assertEquals("No scenario open", model.statusProperty().get());
        assertEquals("", model.lineCountProperty().get());
    }

    @Test
    void showsAnOpenedScenario() throws Exception {
        Path file = scenario("hello.py", "print('hello')\nprint('world')\n");
        ShellModel model = model(NOW);
        model.open(file);
        assertEquals("LoopLab — hello.py", model.getTitle());
        assertEquals(Showing.PLAYER, model.showingProperty().get());
        assertEquals(List.of("print('hello')", "print('world')"), model.lines());
        assertEquals(file.toString(), model.statusProperty().get());
        assertEquals("2 lines", model.lineCountProperty().get());
        assertEquals(List.of(file), model.recentFiles());
    }

    @Test
    void showsWhyAFileCannotBeOpened() throws Exception {
        Path good = scenario("good.py", "x = 1\n");
        Path bad = Files.write(dir.resolve("bad.py"), new byte[] {'x', '=', (byte) 0xFF, '\n'});
        ShellModel model = model(NOW);
        model.open(good);
        model.open(bad);
        assertEquals(Showing.ERROR, model.showingProperty().get());
        assertEquals("LoopLab", model.getTitle());
        assertTrue(model.errorProperty().get().startsWith("bad.py is not UTF-8 text: byte 0xFF on line 1"));
        assertEquals(List.of(), model.lines());
        assertEquals(bad.toString(), model.statusProperty().get());
        assertEquals(List.of(good), model.recentFiles());
    }

    @Test
    void showsOnlyTheLastFileAskedFor() throws Exception {
        Path first = scenario("first.py", "a = 1\n");
        Path second = scenario("second.py", "b = 2\n");
        List<Runnable> pending = new ArrayList<>();
        ShellModel model = model((file, loaded, failed) -> pending.add(() -> NOW.load(file, loaded, failed)));
        model.open(first);
        model.open(second);
        assertEquals("Opening " + second + " …", model.statusProperty().get());
        pending.get(1).run();
        pending.get(0).run();
        assertEquals("LoopLab — second.py", model.getTitle());
        assertNull(model.openingProperty().get());
        assertEquals("1 line", model.lineCountProperty().get());
    }

    @Test
    void keepsRecentFilesNewestFirstWithoutRepeatsAndRemembersThem() throws Exception {
        ShellModel model = model(NOW);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RecentFiles.MAX + 2; i++) {
            files.add(scenario("s" + i + ".py", "pass\n"));
            model.open(files.get(i));
        }
        model.open(files.get(5));
        assertEquals(RecentFiles.MAX, model.recentFiles().size());
        assertEquals(List.of(files.get(5), files.get(9), files.get(8)), model.recentFiles().subList(0, 3));
        assertEquals(model.recentFiles(), model(NOW).recentFiles());
        model.clearRecentFiles();
        assertEquals(List.of(), model(NOW).recentFiles());
    }
}
