package io.looplab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * repr(float), format(float, spec) and round(float, n) on ~3000 doubles (random bit patterns,
 * powers of two, subnormals, values next to powers of ten, short decimals), recorded from
 * CPython 3.11 by strnum/record_floats.py. Checks the Ryu digits and the exact-rounding paths.
 */
class FloatFormatTest {
    @Test
    void reprFormatAndRoundMatchCPython() throws IOException {
        List<String> wrong = new ArrayList<>();
        String[] lines = resource().split("\n");
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            double x = FloatHex.fromHex(f[0]);
            String repr = FloatFormat.repr(x);
            String formatted = StrFormatting.formatFloat(x, f[1]);
            String rounded = FloatFormat.repr(Rounding.roundDouble(x, Long.parseLong(f[4])));
            if (!repr.equals(f[2]) || !formatted.equals(f[3]) || !rounded.equals(f[5])) {
                wrong.add(line + " -> " + repr + " | " + formatted + " | " + rounded);
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(10, wrong.size())), wrong.size() + " of " + lines.length);
    }

    @Test
    void hexRoundTrips() throws IOException {
        for (String line : resource().split("\n")) {
            String hex = line.substring(0, line.indexOf('\t'));
            assertEquals(hex, FloatHex.hex(FloatHex.fromHex(hex)));
        }
    }

    private static String resource() throws IOException {
        try (InputStream in = FloatFormatTest.class.getResourceAsStream("strnum/floats.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
