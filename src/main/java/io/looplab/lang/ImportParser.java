package io.looplab.lang;

import io.looplab.lang.Stmt.Alias;
import io.looplab.lang.Stmt.Import;
import io.looplab.lang.Stmt.ImportFrom;
import java.util.ArrayList;
import java.util.List;

/** Parses {@code import a.b as c} and {@code from ..a import (b as c, d)} statements. */
final class ImportParser {
    private final TokenStream ts;

    ImportParser(TokenStream ts) {
        this.ts = ts;
    }

    Stmt importName(Token kw) {
        List<Alias> names = new ArrayList<>();
        do {
            names.add(alias(true));
        } while (ts.match(","));
        return new Import(ts.spanFrom(kw), names);
    }

    Stmt importFrom(Token kw) {
        int level = 0;
        while (ts.check(".") || ts.check("...")) {
            level += ts.advance().text().length();
        }
        String module = null;
        if (!ts.checkKeyword("import")) {
            module = dottedName();
        }
        ts.expectKeyword("import");
        List<Alias> names = targets();
        return new ImportFrom(ts.spanFrom(kw), module, names, level);
    }

    private List<Alias> targets() {
        if (ts.check("*")) {
            Token star = ts.advance();
            return List.of(new Alias(star.pos(), "*", null));
        }
        boolean parenthesized = ts.match("(");
        List<Alias> names = new ArrayList<>();
        do {
            if (parenthesized && ts.check(")")) {
                break;
            }
            if (!parenthesized && !names.isEmpty() && ts.check(TokenType.NEWLINE)) {
                throw ts.errorAt(ts.peek(), "trailing comma not allowed without surrounding parentheses");
            }
            names.add(alias(false));
        } while (ts.match(","));
        if (parenthesized) {
            ts.expect(")");
        }
        return names;
    }

    private Alias alias(boolean dotted) {
        Token start = ts.peek();
        String name = dotted ? dottedName() : ts.expectName().text();
        String asname = ts.matchKeyword("as") ? ts.expectName().text() : null;
        return new Alias(ts.spanFrom(start), name, asname);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(ts.expectName().text());
        while (ts.match(".")) {
            sb.append('.').append(ts.expectName().text());
        }
        return sb.toString();
    }
}
