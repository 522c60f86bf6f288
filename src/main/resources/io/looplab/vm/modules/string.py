"""LoopLab's string module: CPython 3.11's constants, capwords and Template (whose placeholder
scanner is hand-written here, as LoopLab has no re module)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (a single space when sep is None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_identifier_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_identifier_char(c):
    return _is_identifier_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions ($name, ${name}, $$)."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _scan(self, convert):
        """Walks the template; convert(name, start) gives the text for a placeholder (or None to keep it)."""
        text = self.template
        out = []
        i = 0
        n = len(text)
        while i < n:
            j = text.find(self.delimiter, i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            k = j + 1
            if k < n and text[k] == self.delimiter:
                out.append(self.delimiter)
                i = k + 1
                continue
            braced = k < n and text[k] == '{'
            start = k + 1 if braced else k
            end = start
            if end < n and _is_identifier_start(text[end]):
                end += 1
                while end < n and _is_identifier_char(text[end]):
                    end += 1
            if end == start or (braced and (end >= n or text[end] != '}')):
                kept = convert(None, k)
                out.append(self.delimiter if kept is None else kept)
                i = k
                continue
            name = text[start:end]
            stop = end + 1 if braced else end
            value = convert(name, j)
            out.append(text[j:stop] if value is None else value)
            i = stop
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = dict(mapping, **kws)

        def convert(name, start):
            if name is None:
                self._invalid(start)
            return str(mapping[name])
        return self._scan(convert)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = dict(mapping, **kws)

        def convert(name, start):
            if name is None:
                return None
            try:
                return str(mapping[name])
            except KeyError:
                return None
        return self._scan(convert)

    def get_identifiers(self):
        ids = []

        def convert(name, start):
            if name is not None and name not in ids:
                ids.append(name)
            return None
        self._scan(convert)
        return ids

    def is_valid(self):
        try:
            self._scan(lambda name, start: self._invalid(start) if name is None else '')
        except ValueError:
            return False
        return True
