package io.looplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a scenario file: strict UTF-8, lines, and messages a lecturer can act on. */
class ScenarioFileTest {
    @TempDir
    Path dir;

    @Test
    void readsTheLinesOfAUtf8File() throws Exception {
        Path file = Files.writeString(dir.resolve("two.py"), "import asyncio\nprint('héllo ✓')\n");
        ScenarioFile scenario = ScenarioFile.read(file);
        assertEquals("two.py", scenario.fileName());
        assertEquals(2, scenario.lineCount());
        assertEquals(List.of("import asyncio", "print('héllo ✓')"), scenario.lines());
    }

    @Test
    void dropsAByteOrderMark() throws Exception {
        Path file = Files.writeString(dir.resolve("bom.py"), "\uFEFFx = 1\n");
        assertEquals(List.of("x = 1"), ScenarioFile.read(file).lines());
    }

    @Test
    void namesTheBadByteAndItsLineInANonUtf8File() throws Exception {
        byte[] latin1 = "a = 1\nb = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.py"), latin1);
        ScenarioReadException e = assertThrows(ScenarioReadException.class, () -> ScenarioFile.read(file));
        assertEquals("latin1.py is not UTF-8 text: byte 0xE9 on line 2 cannot be decoded. "
                + "Save the scenario as UTF-8.", e.getMessage());
    }

    @Test
    void saysWhenThereIsNoSuchFile() {
        Path missing = dir.resolve("missing.py");
        ScenarioReadException e = assertThrows(ScenarioReadException.class, () -> ScenarioFile.read(missing));
        assertEquals("There is no file " + missing + ".", e.getMessage());
    }

    @Test
    void refusesAFolder() {
        ScenarioReadException e = assertThrows(ScenarioReadException.class, () -> ScenarioFile.read(dir));
        assertEquals(dir + " is a folder, not a scenario file.", e.getMessage());
    }
}
