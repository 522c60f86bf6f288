package io.looplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class BenchToolsTest {
    private static final String MEASURED = "{\"seconds\": 1.25, \"max_rss_kb\": 51200, \"exit\": 0,"
            + " \"stdout\": \"done 42\\nsecond \\\"line\\\"\\n\", \"stderr\": \"\"}";

    @Test
    void readsTheMeasurementScriptsJson() {
        assertEquals(1.25, BenchTools.number(MEASURED, "seconds"));
        assertEquals(51200, BenchTools.number(MEASURED, "max_rss_kb"));
        assertEquals("done 42\nsecond \"line\"\n", BenchTools.string(MEASURED, "stdout"));
        assertEquals("", BenchTools.string(MEASURED, "stderr"));
    }

    @Test
    void bundlesBothWorkloadsAndTheMeasurer() {
        for (String name : new String[] {"cpu_bound.py", "asyncio_steps.py", "measure.py"}) {
            assertNotNull(BenchCommand.class.getResource("/io/looplab/bench/" + name), name);
        }
    }
}
