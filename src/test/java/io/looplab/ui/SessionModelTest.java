package io.looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looplab.trace.Timeline;
import io.looplab.ui.errors.ErrorModel;
import io.looplab.ui.errors.ErrorReport;
import io.looplab.ui.examples.Example;
import io.looplab.ui.examples.ScenarioLibrary;
import io.looplab.ui.lane.LaneModel;
import io.looplab.ui.narration.Bookmark;
import io.looplab.ui.session.SessionModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session, narration, errors and the examples library, on small scenarios written by the tests. */
class SessionModelTest {
    static final String DOWNLOADS = String.join("\n",
            "\"\"\"Sequential vs concurrent",
            "",
            "Variants: sequential, concurrent",
            "Compare: sequential, concurrent",
            "Narration:",
            "  L11: each download waits one second",
            "  @3: the third step",
            "  L99: a line never reached",
            "\"\"\"",
            "import asyncio",
            "async def download(n):",
            "    await asyncio.sleep(1)",
            "    print('done', n)",
            "async def sequential():",
            "    for n in range(3):",
            "        await download(n)",
            "async def concurrent():",
            "    await asyncio.gather(*(download(n) for n in range(3)))",
            "");

    @TempDir
    Path dir;

    private Lab lab;
    private SessionModel session;

    @BeforeEach
    void start() {
        lab = new Lab();
        session = lab.app.session();
    }

    @AfterEach
    void close() throws Exception {
        lab.close();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aScenarioWithVariantsOpensAsTheHeadersPairOnOneClock() throws Exception {
        lab.open(write("downloads.py", DOWNLOADS));
        assertEquals(List.of("sequential", "concurrent"), session.variants());
        assertTrue(session.compareProperty().get());
        List<LaneModel> lanes = session.lanes();
        assertEquals(List.of("sequential", "concurrent"), lanes.stream().map(LaneModel::title).toList());
        assertEquals(3_000_000_000L, lanes.get(0).timeline().summary().endNs());
        assertEquals(1_000_000_000L, lanes.get(1).timeline().summary().endNs());
        lab.app.playback().seekTime(1_500_000_000L);
        assertEquals(1_000_000_000L, lanes.get(0).state().timeNs());
        assertEquals(1_000_000_000L, lanes.get(1).state().timeNs());
        lab.app.playback().toEnd();
        assertEquals(lanes.get(0).timeline().steps(), lanes.get(0).state().step());
        assertEquals(lanes.get(1).timeline().steps(), lanes.get(1).state().step());
    }

    @Test
    void anyTwoVariantsCanBePickedAndCompareTurnedOff() throws Exception {
        lab.open(write("downloads.py", DOWNLOADS));
        session.choose("concurrent", "sequential");
        assertEquals(List.of("concurrent", "sequential"), session.lanes().stream().map(LaneModel::title).toList());
        session.setCompare(false);
        assertEquals(List.of("concurrent"), session.lanes().stream().map(LaneModel::title).toList());
        assertFalse(session.runningProperty().get());
    }

    @Test
    void narrationCaptionsBecomeBookmarksWherePlaybackReachesThem() throws Exception {
        lab.open(write("downloads.py", DOWNLOADS));
        List<Bookmark> marks = lab.app.narration().bookmarks();
        assertEquals(3, marks.size());
        Timeline first = session.lanes().get(0).timeline();
        Timeline second = session.lanes().get(1).timeline();
        assertEquals(-1, first.firstStepOnLine(11), "sequential runs download() inside main's task, never from its def line");
        int step = second.firstStepOnLine(11);
        assertTrue(step > 0, "gather wraps each download in a task that starts at its def line");
        assertEquals(lab.app.playback().clockProperty().get().positionOf(1, step), marks.get(0).position());
        assertEquals(-1, marks.get(2).position(), "line 99 is never reached");
        assertNull(lab.app.narration().currentProperty().get());
        lab.app.narration().jumpTo(2);
        assertEquals(marks.get(1).position(), lab.app.playback().position());
        assertEquals("the third step", lab.app.narration().currentProperty().get().text());
        assertTrue(lab.app.narration().happenedProperty().get().startsWith("sequential: "));
    }

    @Test
    void aReloadKeepsThePositionWhereItStillExists() throws Exception {
        Path file = write("downloads.py", DOWNLOADS);
        lab.open(file);
        lab.app.playback().seek(10);
        Files.writeString(file, DOWNLOADS + "# edited\n");
        lab.app.shell().reload();
        assertEquals(10, lab.app.playback().position());
        assertTrue(session.lanes().get(0).sourceLines().contains("# edited"));
        lab.open(Lab.scenario("02-event-loop/two_tasks.py"));
        assertEquals(0, lab.app.playback().position(), "another file starts at the beginning");
    }

    @Test
    void aSyntaxErrorIsReportedWithLineAndColumnFromTheStart() throws Exception {
        lab.open(write("broken.py", "import asyncio\n\nasync def f(:\n    pass\n"));
        LaneModel lane = session.lanes().get(0);
        ErrorReport r = new ErrorModel(lane).report();
        assertEquals(ErrorReport.Kind.SYNTAX, r.kind());
        assertEquals("SyntaxError: invalid syntax", r.title());
        assertEquals(3, r.line());
        assertEquals(13, r.column());
        assertEquals("line 3, column 13", r.message());
    }

    @Test
    void anUncaughtExceptionIsShownOnceReachedWithItsTraceback() throws Exception {
        lab.open(write("boom.py", "def f():\n    raise ValueError('boom')\n\nprint('a')\nf()\n"));
        ErrorModel errors = new ErrorModel(session.lanes().get(0));
        assertNull(errors.report());
        lab.app.playback().toEnd();
        ErrorReport r = errors.report();
        assertEquals(ErrorReport.Kind.EXCEPTION, r.kind());
        assertEquals("Uncaught ValueError: boom", r.title());
        assertEquals(2, r.line());
        assertTrue(r.details().contains("Traceback"), r.details());
    }

    @Test
    void aDeadlockNamesWhoWaitsOnWhat() throws Exception {
        lab.open(write("stuck.py", "import asyncio\nasync def main():\n"
                + "    await asyncio.get_running_loop().create_future()\nasyncio.run(main())\n"));
        lab.app.playback().toEnd();
        ErrorReport r = new ErrorModel(session.lanes().get(0)).report();
        assertEquals(ErrorReport.Kind.DEADLOCK, r.kind());
        assertTrue(r.details().startsWith("MainThread waits for"), r.details());
        assertEquals(0, session.lanes().get(0).timeline().activeEndNs(), "the clock's jump to its limit is not activity");
    }

    @Test
    void theLibraryIsListedRecursivelyWithTitlesAndWithoutHelpers() throws Exception {
        Files.createDirectories(dir.resolve("lib/01-basics"));
        write("lib/01-basics/hello.py", "\"\"\"Hello, loop\"\"\"\nprint('hi')\n");
        write("lib/top.py", "print('no header')\n");
        write("lib/looplab.py", "def cpu(s): pass\n");
        write("lib/_private.py", "x = 1\n");
        List<Example> found = ScenarioLibrary.scan(dir.resolve("lib"));
        assertEquals(List.of("Hello, loop", "top.py"), found.stream().map(Example::title).toList());
        assertEquals(List.of("01-basics", ""), found.stream().map(Example::group).toList());
    }

    @Test
    void theRealLibraryHasTheTwoTaskExample() {
        Path root = ScenarioLibrary.locate().orElseThrow();
        assertTrue(ScenarioLibrary.scan(root).stream().anyMatch(e -> e.title().equals("Two tasks: why it prints 1 1 2 2")));
    }
}
