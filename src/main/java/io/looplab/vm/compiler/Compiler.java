package io.looplab.vm.compiler;

import io.looplab.lang.Module;
import io.looplab.lang.PythonSyntaxError;
import io.looplab.vm.Code;
import io.looplab.vm.Py;

import java.util.List;

import static io.looplab.vm.Opcode.LOAD_CONST;
import static io.looplab.vm.Opcode.RETURN_VALUE;

/** The compiler's one verb: a parsed module becomes the code object of its body. */
public final class Compiler {
    private Compiler() {
    }

    /** Compiles a module; errors the parser could not see (e.g. 'break' outside loop) are PythonSyntaxErrors. */
    public static Code compile(Module m) throws PythonSyntaxError {
        SymbolTable symbols = SymbolTable.build(m.body(), m.fileName(), m.source());
        Unit.Module mod = new Unit.Module(symbols, m.fileName(), m.source(), hasFutureAnnotations(m.body()));
        Unit u = new Unit(mod, symbols.module, "<module>");
        StmtCompiler sc = new StmtCompiler(u);
        u.b.line = m.body().isEmpty() ? 1 : m.body().get(0).pos().line();
        String doc = Functions.docstring(m.body());
        if (doc != null) {
            sc.expr().constant(doc);
            u.b.emit(io.looplab.vm.Opcode.STORE_GLOBAL, u.b.name("__doc__"));
        }
        sc.body(m.body());
        if (u.b.isReachable()) {
            u.b.emit(LOAD_CONST, u.b.constant(Py.NONE, List.of("None")));
            u.b.emit(RETURN_VALUE);
        }
        return u.finish("<module>", 1, 0, 0, 0, Code.MODULE);
    }

    private static boolean hasFutureAnnotations(List<io.looplab.lang.Stmt> body) {
        for (io.looplab.lang.Stmt s : body) {
            if (s instanceof io.looplab.lang.Stmt.ImportFrom f && "__future__".equals(f.module())
                    && f.names().stream().anyMatch(a -> a.name().equals("annotations"))) {
                return true;
            }
        }
        return false;
    }
}
