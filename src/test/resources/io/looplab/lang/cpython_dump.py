"""Records what CPython 3.11 makes of the test cases, in the notation of the Java test's AstDump.

Usage: python3 cpython_dump.py ast_cases.txt > ast_cases.expected
       python3 cpython_dump.py --errors syntax_errors.txt > syntax_errors.expected
Cases are separated by lines starting with '### ' (the case name). Run with CPython 3.11.
"""
import ast
import decimal
import json
import math
import sys

OPS = {ast.Add: 'ADD', ast.Sub: 'SUB', ast.Mult: 'MULT', ast.MatMult: 'MATMULT', ast.Div: 'DIV',
       ast.Mod: 'MOD', ast.Pow: 'POW', ast.LShift: 'LSHIFT', ast.RShift: 'RSHIFT', ast.BitOr: 'BITOR',
       ast.BitXor: 'BITXOR', ast.BitAnd: 'BITAND', ast.FloorDiv: 'FLOORDIV'}
UNARY = {ast.Invert: 'INVERT', ast.Not: 'NOT', ast.UAdd: 'UADD', ast.USub: 'USUB'}
CMP = {ast.Eq: 'EQ', ast.NotEq: 'NOT_EQ', ast.Lt: 'LT', ast.LtE: 'LT_E', ast.Gt: 'GT', ast.GtE: 'GT_E',
       ast.Is: 'IS', ast.IsNot: 'IS_NOT', ast.In: 'IN', ast.NotIn: 'NOT_IN'}
COMP = {ast.ListComp: 'LIST', ast.SetComp: 'SET', ast.DictComp: 'DICT', ast.GeneratorExp: 'GENERATOR'}


LINES = []


def utf16_col(line, byte_col):
    """CPython counts UTF-8 bytes; LoopLab counts UTF-16 units (as Java strings do)."""
    text = LINES[line - 1].encode('utf-8')[:byte_col].decode('utf-8', 'replace') if line <= len(LINES) else ''
    return len(text.encode('utf-16-le')) // 2 if line <= len(LINES) else byte_col


def pos(n):
    return '@%d:%d-%d:%d' % (n.lineno, utf16_col(n.lineno, n.col_offset),
                             n.end_lineno, utf16_col(n.end_lineno, n.end_col_offset))


def rec(name, node, *fields):
    return name + (pos(node) if node is not None else '') + '(' + ', '.join(fields) + ')'


def value(v):
    if v is None:
        return 'None'
    if v is True:
        return 'True'
    if v is False:
        return 'False'
    if v is Ellipsis:
        return 'ELLIPSIS'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return 'float(inf)' if math.isinf(v) else 'float(%s)' % format(decimal.Decimal(v), 'f')
    if isinstance(v, bytes):
        return 'bytes(%s)' % v.hex()
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=True)
    raise TypeError(type(v))


def lst(xs):
    return '[' + ', '.join(d(x) for x in xs) + ']'


def d(n):
    if n is None:
        return 'None'
    t = type(n)
    if isinstance(n, list):
        return lst(n)
    if t is ast.Expr:
        return rec('ExprStmt', n, d(n.value))
    if t in (ast.FunctionDef, ast.AsyncFunctionDef):
        first = n.decorator_list[0].lineno if n.decorator_list else n.lineno
        return rec('FunctionDef', n, value(n.name), d(n.args), lst(n.body), lst(n.decorator_list), d(n.returns),
                   str(t is ast.AsyncFunctionDef), str(first))
    if t is ast.ClassDef:
        first = n.decorator_list[0].lineno if n.decorator_list else n.lineno
        return rec('ClassDef', n, value(n.name), lst(n.bases), lst(n.keywords), lst(n.body), lst(n.decorator_list),
                   str(first))
    if t is ast.arguments:
        return rec('Arguments', None, lst(n.posonlyargs), lst(n.args), d(n.vararg), lst(n.kwonlyargs),
                   lst(n.kw_defaults), d(n.kwarg), lst(n.defaults))
    if t is ast.arg:
        return rec('Param', n, value(n.arg), d(n.annotation))
    if t is ast.Return:
        return rec('Return', n, d(n.value))
    if t is ast.Delete:
        return rec('Delete', n, lst(n.targets))
    if t is ast.Assign:
        return rec('Assign', n, lst(n.targets), d(n.value))
    if t is ast.AugAssign:
        return rec('AugAssign', n, d(n.target), OPS[type(n.op)], d(n.value))
    if t is ast.AnnAssign:
        return rec('AnnAssign', n, d(n.target), d(n.annotation), d(n.value))
    if t in (ast.For, ast.AsyncFor):
        return rec('For', n, d(n.target), d(n.iter), lst(n.body), lst(n.orelse), str(t is ast.AsyncFor))
    if t is ast.While:
        return rec('While', n, d(n.test), lst(n.body), lst(n.orelse))
    if t is ast.If:
        return rec('If', n, d(n.test), lst(n.body), lst(n.orelse))
    if t in (ast.With, ast.AsyncWith):
        return rec('With', n, lst(n.items), lst(n.body), str(t is ast.AsyncWith))
    if t is ast.withitem:
        return rec('WithItem', None, d(n.context_expr), d(n.optional_vars))
    if t is ast.Raise:
        return rec('Raise', n, d(n.exc), d(n.cause))
    if t is ast.Try:
        return rec('Try', n, lst(n.body), lst(n.handlers), lst(n.orelse), lst(n.finalbody))
    if t is ast.ExceptHandler:
        return rec('ExceptHandler', n, d(n.type), value(n.name), lst(n.body))
    if t is ast.Assert:
        return rec('Assert', n, d(n.test), d(n.msg))
    if t is ast.Import:
        return rec('Import', n, lst(n.names))
    if t is ast.ImportFrom:
        return rec('ImportFrom', n, value(n.module), lst(n.names), str(n.level))
    if t is ast.alias:
        return rec('Alias', n, value(n.name), value(n.asname))
    if t is ast.Global:
        return rec('Global', n, '[' + ', '.join(value(x) for x in n.names) + ']')
    if t is ast.Nonlocal:
        return rec('Nonlocal', n, '[' + ', '.join(value(x) for x in n.names) + ']')
    if t in (ast.Pass, ast.Break, ast.Continue):
        return rec(t.__name__, n)
    return expr(n)


def expr(n):
    t = type(n)
    if t is ast.Constant:
        return rec('Constant', n, value(n.value))
    if t is ast.Name:
        return rec('Name', n, value(n.id))
    if t is ast.JoinedStr:
        return rec('JoinedStr', n, lst(n.values))
    if t is ast.FormattedValue:
        return rec('FormattedValue', n, d(n.value), str(n.conversion), d(n.format_spec))
    if t is ast.BinOp:
        return rec('BinOp', n, d(n.left), OPS[type(n.op)], d(n.right))
    if t is ast.UnaryOp:
        return rec('UnaryOp', n, UNARY[type(n.op)], d(n.operand))
    if t is ast.BoolOp:
        return rec('BoolOp', n, str(isinstance(n.op, ast.And)), lst(n.values))
    if t is ast.Compare:
        return rec('Compare', n, d(n.left), '[' + ', '.join(CMP[type(o)] for o in n.ops) + ']', lst(n.comparators))
    if t is ast.Call:
        return rec('Call', n, d(n.func), lst(n.args), lst(n.keywords))
    if t is ast.keyword:
        return rec('Keyword', n, value(n.arg), d(n.value))
    if t is ast.Attribute:
        return rec('Attribute', n, d(n.value), value(n.attr))
    if t is ast.Subscript:
        return rec('Subscript', n, d(n.value), d(n.slice))
    if t is ast.Slice:
        return rec('Slice', n, d(n.lower), d(n.upper), d(n.step))
    if t is ast.Starred:
        return rec('Starred', n, d(n.value))
    if t is ast.Tuple:
        return rec('Tuple', n, lst(n.elts))
    if t is ast.List:
        return rec('ListExpr', n, lst(n.elts))
    if t is ast.Set:
        return rec('SetExpr', n, lst(n.elts))
    if t is ast.Dict:
        return rec('DictExpr', n, lst(n.keys), lst(n.values))
    if t in COMP:
        key = d(n.key) if t is ast.DictComp else 'None'
        elt = d(n.value) if t is ast.DictComp else d(n.elt)
        return rec('Comprehension', n, COMP[t], key, elt, lst(n.generators))
    if t is ast.comprehension:
        return rec('ForClause', None, d(n.target), d(n.iter), lst(n.ifs), str(bool(n.is_async)))
    if t is ast.Lambda:
        return rec('Lambda', n, d(n.args), d(n.body))
    if t is ast.IfExp:
        return rec('IfExp', n, d(n.test), d(n.body), d(n.orelse))
    if t is ast.NamedExpr:
        return rec('NamedExpr', n, d(n.target), d(n.value))
    if t is ast.Await:
        return rec('Await', n, d(n.value))
    if t is ast.Yield:
        return rec('Yield', n, d(n.value))
    if t is ast.YieldFrom:
        return rec('YieldFrom', n, d(n.value))
    raise TypeError(t.__name__)


def cases(path):
    name, lines = None, []
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('### '):
            if name is not None:
                yield name, '\n'.join(lines)
            name, lines = line[4:].strip(), []
        else:
            lines.append(line)
    if name is not None:
        yield name, '\n'.join(lines)


def main():
    errors = sys.argv[1] == '--errors'
    for name, src in cases(sys.argv[-1]):
        print('### ' + name)
        LINES[:] = src.split('\n')
        try:
            tree = compile(src, 'f.py', 'exec', ast.PyCF_ONLY_AST)
            if errors:
                compile(src, 'f.py', 'exec')
                print('OK')
            else:
                for s in tree.body:
                    print(d(s))
        except SyntaxError as e:
            print('%s|%s|%d|%d' % (type(e).__name__, e.msg, e.lineno, e.offset - 1))


main()
