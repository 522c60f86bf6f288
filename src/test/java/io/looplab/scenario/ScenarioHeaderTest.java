package io.looplab.scenario;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScenarioHeaderTest {
    @Test
    void readsTitleSummaryVariantsAndNarration() {
        String src = "\"\"\"Two tasks: why 1 1 2 2\n\ncreate_task schedules\na coroutine.\n\nSecond paragraph.\n\n"
                + "Variants: async_main, threads_main\nCompare: threads_main, async_main\nNarration:\n"
                + "  L12: task1 starts\n  here, then sleeps\n  @40: both done\n\"\"\"\nimport asyncio\n";
        ScenarioHeader h = ScenarioHeader.of(src, "x.py");
        assertEquals("Two tasks: why 1 1 2 2", h.title());
        assertEquals("create_task schedules a coroutine.\nSecond paragraph.", h.summary());
        assertEquals(List.of("async_main", "threads_main"), h.variants());
        assertEquals(List.of("threads_main", "async_main"), h.compare());
        assertEquals(List.of(new ScenarioHeader.Caption(12, -1, "task1 starts here, then sleeps"),
                new ScenarioHeader.Caption(0, 40, "both done")), h.narration());
    }

    @Test
    void fileWithoutDocstringOrWithSyntaxErrorIsTitledByName() {
        assertEquals("a.py", ScenarioHeader.of("print(1)\n", "a.py").title());
        assertEquals("b.py", ScenarioHeader.of("def (:\n", "b.py").title());
    }
}
