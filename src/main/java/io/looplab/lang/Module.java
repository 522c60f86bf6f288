package io.looplab.lang;

import java.util.List;

/** A parsed source file: its statements and the text they came from. */
public record Module(String fileName, SourceText source, List<Stmt> body) {
}
