"""LoopLab's textwrap: CPython 3.11's wrapping algorithm (Lib/textwrap.py) rewritten without the
re module: the word-splitting regular expressions are hand-written scanners with the same
matches, so wrap(), fill(), shorten(), dedent() and indent() give CPython's exact output."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_word_punct = '!"\'&.,?'


def _is_word(c):
    # re's \w: alphanumerics and underscore
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit
    return _is_word(c) and not c.isdigit()


def _is_word_punct(c):
    return _is_word(c) or c in _word_punct


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _dashes_then_word(text, i):
    # (?=-{2,}\w) at position i
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    return j - i >= 2 and j < len(text) and _is_word(text[j])


def _split_on_hyphens(text):
    """The chunks of wordsep_re.split(text): whitespace runs, em-dashes, words split after hyphens."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
        elif c == '-' and i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i):
            j = i
            while text[j] == '-':
                j += 1
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _word_end(text, i):
    # the lazy non-whitespace run: stop at the first place one of the three endings matches
    n = len(text)
    j = i + 1
    while True:
        if j < n and text[j] == '-' and _hyphen_breaks(text, j):
            return j + 1
        if j >= n or text[j] in _whitespace:
            return j
        if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j):
            return j
        j += 1


def _hyphen_breaks(text, j):
    # -(?:(?<=lt{2}-)|(?<=lt-lt-))(?=lt-?lt) with the hyphen at j
    behind = (_letter_at(text, j - 2) and _letter_at(text, j - 1)) or (
        _letter_at(text, j - 3) and j >= 2 and text[j - 2] == '-' and _letter_at(text, j - 1))
    if not behind or not _letter_at(text, j + 1):
        return False
    if _letter_at(text, j + 2):
        return True
    return j + 2 < len(text) and text[j + 2] == '-' and _letter_at(text, j + 3)


def _split_simple(text):
    """The chunks of re.split(r'([ws]+)', text): alternating runs of whitespace and non-whitespace."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # [a-z][.!?]["']?\Z
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Object for wrapping/filling text (see CPython's textwrap.TextWrapper)."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_on_hyphens(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # break after the last hyphen that is not part of a leading run of hyphens
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or (not chunks or self.drop_whitespace and len(chunks) == 1
                            and not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    self._add_placeholder(lines, cur_line, cur_len, width, indent)
                    break
        return lines

    def _add_placeholder(self, lines, cur_line, cur_len, width, indent):
        # the last allowed line: drop words until the placeholder fits after one
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Reformat the single paragraph in text into a list of lines of at most width columns."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in text into one string of wrapped lines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace from every line in text (blank lines become empty)."""
    lines = text.split('\n')
    for i in range(len(lines)):
        if lines[i] and lines[i].strip(' \t') == '':
            lines[i] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        indent = _leading_blanks(line)
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the beginning of selected lines in text (by default, those not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
