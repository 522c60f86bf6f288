package io.looplab.lang;

import io.looplab.lang.Expr.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a run of adjacent STRING tokens into one Constant (str or bytes) or, if any is an f-string,
 * one JoinedStr. Like CPython 3.11, errors here are reported at the token after the run.
 */
final class StringParser {
    /** The pieces of one literal token: its prefix flags and the text between the quotes. */
    record Literal(Token token, boolean raw, boolean bytes, boolean fstring, String body, int bodyOffset) {
        static Literal of(Token t) {
            String text = t.text();
            int q = 0;
            while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
                q++;
            }
            String prefix = text.substring(0, q).toLowerCase();
            int quotes = text.startsWith(String.valueOf(text.charAt(q)).repeat(3), q) ? 3 : 1;
            String body = text.substring(q + quotes, text.length() - quotes);
            return new Literal(t, prefix.contains("r"), prefix.contains("b"), prefix.contains("f"), body, q + quotes);
        }
    }

    private final TokenStream ts;

    StringParser(TokenStream ts) {
        this.ts = ts;
    }

    Expr strings() {
        List<Literal> run = new ArrayList<>();
        while (ts.check(TokenType.STRING)) {
            run.add(Literal.of(ts.advance()));
        }
        Token first = run.get(0).token();
        Pos pos = ts.spanFrom(first);
        boolean bytes = run.get(0).bytes();
        if (run.stream().anyMatch(l -> l.bytes() != bytes)) {
            throw ts.errorAt(ts.peek(), "cannot mix bytes and nonbytes literals");
        }
        if (bytes) {
            return new Constant(pos, bytes(run));
        }
        if (run.stream().noneMatch(Literal::fstring)) {
            StringBuilder sb = new StringBuilder();
            run.forEach(l -> sb.append(decode(l.body(), l.raw(), false)));
            return new Constant(pos, sb.toString());
        }
        return joined(run, pos);
    }

    private byte[] bytes(List<Literal> run) {
        StringBuilder sb = new StringBuilder();
        for (Literal l : run) {
            if (!l.body().chars().allMatch(c -> c < 128)) {
                throw ts.errorAt(ts.peek(), "bytes can only contain ASCII literal characters");
            }
            sb.append(decode(l.body(), l.raw(), true));
        }
        byte[] out = new byte[sb.length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = (byte) sb.charAt(k);
        }
        return out;
    }

    String decode(String body, boolean raw, boolean bytes) {
        if (raw) {
            return body;
        }
        try {
            return EscapeDecoder.decode(body, bytes);
        } catch (EscapeDecoder.Failure f) {
            throw ts.errorAt(ts.peek(), f.getMessage());
        }
    }

    private Expr joined(List<Literal> run, Pos pos) {
        JoinedParts parts = new JoinedParts(pos);
        for (Literal l : run) {
            if (l.fstring()) {
                new FStringParser(this, ts, l, pos).parseInto(parts);
            } else {
                parts.text(decode(l.body(), l.raw(), false));
            }
        }
        return new JoinedStr(pos, parts.values());
    }

    /** Accumulates JoinedStr values, merging adjacent text as CPython does (all parts share the string's span). */
    static final class JoinedParts {
        private final Pos pos;
        private final List<Expr> values = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        JoinedParts(Pos pos) {
            this.pos = pos;
        }

        void text(String s) {
            text.append(s);
        }

        void field(Expr value, int conversion, Expr spec) {
            flush();
            values.add(new FormattedValue(pos, value, conversion, spec));
        }

        List<Expr> values() {
            flush();
            return values;
        }

        private void flush() {
            if (text.length() > 0) {
                values.add(new Constant(pos, text.toString()));
                text.setLength(0);
            }
        }
    }
}
