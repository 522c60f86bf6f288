package io.looplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header rules each scenario of the library must pass, one broken at a time. */
class HeaderCheckTest {
    private static final String GOOD = """
            \"\"\"Two ways

            A summary.

            Variants: fast, slow
            Compare: fast, slow
            Narration:
              L12: fast prints
            \"\"\"
            # a comment

            def fast():
                print("fast")


            async def slow():
                print("slow")
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeReferences() throws Exception {
        for (String name : List.of("s.expected", "s.fast.expected", "s.slow.expected")) {
            Files.writeString(dir.resolve(name), "0.000\t# end\n");
        }
    }

    private List<String> problems(String source) throws Exception {
        return HeaderCheck.problems(ScenarioFile.read(Files.writeString(dir.resolve("s.py"), source)));
    }

    @Test
    void aWellFormedHeaderHasNoProblems() throws Exception {
        assertEquals(List.of(), problems(GOOD));
    }

    @Test
    void theTitleIsRequired() throws Exception {
        String expected = "no title: the file must start with a docstring whose first line is the title";
        assertEquals(List.of(expected), problems("print(1)\n"));
        assertEquals(List.of(expected), problems("\"\"\"\n\"\"\"\nprint(1)\n"));
    }

    @Test
    void aVariantMustBeATopLevelFunction() throws Exception {
        Files.writeString(dir.resolve("s.medium.expected"), "0.000\t# end\n");
        assertEquals(List.of("variant medium is not a top-level function of the file"),
                problems(GOOD.replace("Variants: fast, slow", "Variants: fast, slow, medium")));
    }

    @Test
    void comparedNamesMustBeVariants() throws Exception {
        assertEquals(List.of("Compare names quick, which is not one of the Variants"),
                problems(GOOD.replace("Compare: fast, slow", "Compare: fast, quick")));
        assertEquals(List.of("Compare must name two variants, not 1"),
                problems(GOOD.replace("Compare: fast, slow", "Compare: fast")));
    }

    @Test
    void narrationMustPointAtACodeLine() throws Exception {
        assertEquals(List.of("narration L99 points past the file (17 lines)"), problems(GOOD.replace("L12", "L99")));
        assertEquals(List.of("narration L11 points at a blank line"), problems(GOOD.replace("L12", "L11")));
        assertEquals(List.of("narration L10 points at a comment line"), problems(GOOD.replace("L12", "L10")));
        assertEquals(List.of("narration L3 points into the header docstring"), problems(GOOD.replace("L12", "L3")));
    }

    @Test
    void everyRunNeedsItsReferenceTrace() throws Exception {
        Files.delete(dir.resolve("s.slow.expected"));
        Files.delete(dir.resolve("s.expected"));
        assertEquals(List.of("s.expected is missing (make it with /usr/bin/python3 vrun.py s.py)",
                "s.slow.expected is missing (make it with /usr/bin/python3 vrun.py --variant slow s.py)"),
                problems(GOOD));
    }

    @Test
    void aReferenceTraceForAnUnknownVariantIsReported() throws Exception {
        Files.writeString(dir.resolve("s.old.steps"), "0.000\t# end\n");
        assertEquals(List.of("there are reference traces of variant old, which is not one of the Variants"),
                problems(GOOD));
    }
}
