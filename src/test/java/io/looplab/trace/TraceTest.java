package io.looplab.trace;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compact event encoding gives back exactly what was added, read in order or from anywhere. */
class TraceTest {
    private record Added(long time, EventKind kind, int agent, int a, int b, int c, String text, long value) {
    }

    @Test
    void aMillionRandomEventsDecodeExactlyInOrderAndByIndex() {
        Random rnd = new Random(42);
        Trace t = new Trace();
        List<Added> added = new ArrayList<>();
        EventKind[] kinds = EventKind.values();
        String[] texts = {null, "sleep(0)", "Task-1", "x", "", "a much longer text than twenty-four characters", "é日本"};
        long now = 0;
        for (int i = 0; i < 1_000_000; i++) {
            if (rnd.nextInt(50) == 0) {
                now += rnd.nextInt(3) * 1_000_000L;
                t.setTime(now);
                if (added.size() < t.size()) {
                    added.add(new Added(now, EventKind.TIME, -1, 0, 0, 0, null, 0));
                }
            }
            EventKind k = kinds[rnd.nextInt(kinds.length)];
            if (k == EventKind.TIME) {
                continue;
            }
            int agent = rnd.nextInt(4) - 1;
            int a = rnd.nextInt(5) == 0 ? rnd.nextInt() : rnd.nextInt(100);
            int b = rnd.nextInt(5) == 0 ? Integer.MIN_VALUE + rnd.nextInt(3) : rnd.nextInt(10);
            String text = texts[rnd.nextInt(texts.length)];
            if (k == EventKind.TIMER_DUE_AT) {
                long due = rnd.nextLong();
                t.addWithLong(k, agent, a, b, due, text);
                added.add(new Added(now, k, agent, a, b, -1, text, due));
            } else {
                int c = rnd.nextInt(1000) - 500;
                t.add(k, agent, a, b, c, text);
                added.add(new Added(now, k, agent, a, b, c, text, 0));
            }
        }
        assertEquals(added.size(), t.size());
        int i = 0;
        for (Event e : t) {
            check(added.get(i), e, i);
            i++;
        }
        for (int n = 0; n < 2000; n++) {
            int at = rnd.nextInt(t.size());
            check(added.get(at), t.get(at), at);
        }
    }

    private static void check(Added want, Event e, int i) {
        assertEquals(i, e.seq());
        assertEquals(want.kind(), e.kind(), "kind of " + i);
        assertEquals(want.time(), e.timeNs(), "time of " + i);
        if (want.kind() == EventKind.TIME) {
            return;
        }
        assertEquals(want.agent(), e.agent(), "agent of " + i);
        assertEquals(want.a(), e.a(), "a of " + i);
        assertEquals(want.b(), e.b(), "b of " + i);
        if (want.kind() == EventKind.TIMER_DUE_AT) {
            assertEquals(want.value(), e.value(), "value of " + i);
        } else {
            assertEquals(want.c(), e.c(), "c of " + i);
        }
        assertEquals(want.text(), e.text(), "text of " + i);
    }

    @Test
    void printEventsAreIndexedAndTheirTextIsNeverShared() {
        Trace t = new Trace();
        t.add(EventKind.TASK_CREATED, 0, 1, 0, 0, "Task-1");
        t.add(EventKind.PRINT, 0, 3, 0, 0, "hello");
        t.setTime(1_000_000);
        t.add(EventKind.PRINT, 0, 4, 1, 0, "partial ");
        t.add(EventKind.PRINT, 0, 4, 0, 0, "line");
        assertEquals(3, t.printCount());
        assertEquals(1, t.printEvent(0));
        assertEquals("hello\npartial line\n", TraceFormats.plain(t));
        assertEquals(1_000_000, t.get(t.printEvent(2)).timeNs());
        assertEquals(0, t.get(0).agent());
    }

    @Test
    void theReadmeDocumentsEveryEventKind() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (EventKind k : EventKind.values()) {
            assertTrue(readme.contains("| `" + k + "` |"), "README's trace table lacks " + k);
        }
    }
}
