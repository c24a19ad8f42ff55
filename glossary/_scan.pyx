# cython: language_level=3, boundscheck=True, wraparound=False, initializedcheck=True
r"""The compiled scanner of glossary.fastload: the block-style YAML subset glossary files use -> plain data.

`scan(raw)` returns exactly what `yaml.load(text, Loader=glossary.yamlio.StringLoader)` returns for
the text (every scalar a str), with each entry's line, or None when it cannot vouch for that: then
the exact PyYAML path decides (see glossary.fastload). It reads one strict subset and refuses (None)
everything else:

- block mappings at column 0 and below, keys plain identifiers ([A-Za-z_][A-Za-z0-9_-]*) followed by
  ": " or ":" + line end, no key twice in one mapping;
- block sequences (`- item`, compact `- key: value` mappings, indentless sequences under a key);
- one-line scalars: plain (no indicator first, no ": " or " #" inside), 'single' ('' escape) and
  "double" quoted (escapes \\ \" \/ \n \t \xXX \uXXXX only); one-line flow collections
  ([a, 'b'], {term: x, inflect: [1]}, nested), plain scalars in them without ':' or flow indicators;
- `|`, `|-`, `>`, `>-` block scalars under a key, every content line at one indentation, blank
  lines empty or shorter than that;
- whole-line and trailing comments (after a space), blank lines.

Never: multi-line plain, quoted or flow scalars, `?` keys, quoted keys, anchors, aliases, tags,
document markers, directives, tabs, control characters (CR included: fastload turns CRLF into LF and
strips a leading BOM first), Unicode line breaks, a BOM, a last line without its line feed.
Memory safety: the input is only read through a bounds-checked memoryview, every index is checked
(`_at` returns 0 past either end) and nesting is capped (block 64, flow 32): no input can crash it.
Errors: None for anything unreadable (bad UTF-8 included); TypeError when `raw` is not a bytes-like
object; MemoryError only when memory runs out.

glossary._bulk holds the compiled twins of glossary.fastbuild's hot bulk checks.
"""

cimport cython
from cpython.object cimport PyObject
from cpython.unicode cimport PyUnicode_DecodeUTF8
from libc.string cimport memcmp


cdef enum:
    MAX_BLOCK = 64  # nested block collections
    MAX_FLOW = 32  # nested flow collections
    KEY_SLOTS = 256  # the interning table (a power of two); at most half of it is filled
    MAX_KEY = 200  # libyaml refuses simple keys over 1024 characters; ours are short names

cdef enum:
    MAP = 0
    SEQ = 1
    LOOSE_SEQ = 2  # an indentless sequence: its dashes at its mapping's column

cdef enum:  # bytes
    NL = 10
    SPACE = 32
    HASH = 35
    DASH = 45
    COLON = 58


class _Bail(Exception):
    """Not in the subset (or not YAML at all): the caller's other paths decide."""


def scan(raw):
    """(data, lines) for the YAML document in UTF-8 `raw`, or None; `lines` holds the 1-based line
    of each item of the top-level `entries` sequence (empty when there is none)."""
    try:
        return _Scanner(raw).document()
    except (_Bail, UnicodeDecodeError):
        return None


# Bytes a plain scalar's scan must look at (1) in block and flow context: line feed, space, '#', ':',
# controls, DEL, and the lead bytes of the characters _odd refuses; in flow context also ,[]{}?
cdef unsigned char _BLOCK_STOPS[256]
cdef unsigned char _FLOW_STOPS[256]


cdef void _fill_stops() noexcept:
    cdef int c
    for c in range(256):
        _BLOCK_STOPS[c] = c < SPACE or c in b" #:" or c == 127 or c in (0xC2, 0xE2, 0xEF)
        _FLOW_STOPS[c] = _BLOCK_STOPS[c] or c in b",[]{}?"


_fill_stops()


cdef inline bint _ident_start(int c) noexcept:
    return (65 <= c <= 90) or (97 <= c <= 122) or c == 95


cdef inline bint _ident_char(int c) noexcept:
    return _ident_start(c) or (48 <= c <= 57) or c == DASH


cdef inline bint _indicator(int c) noexcept:
    """Characters a plain scalar must not start with (we also refuse `-`, `?` and `:` before text)."""
    return c in b"-?:,[]{}#&*!|>'\"%@`" or c <= SPACE or c == 127


cdef inline int _add(dict mapping, str key, object value) except -1:
    """mapping[key] = value, refusing a key that is there already."""
    cdef Py_ssize_t size = len(mapping)
    mapping[key] = value
    if len(mapping) == size:
        raise _Bail
    return 0


cdef inline int _hex(int c) noexcept:
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


@cython.final
cdef class _Scanner:
    cdef const unsigned char[::1] buf
    cdef const unsigned char *data  # buf's bytes, read only by _at (which checks the index)
    cdef Py_ssize_t n, pos, line, start  # start: where the current line begins
    cdef list stack  # the open block collections
    cdef int kinds[MAX_BLOCK]
    cdef Py_ssize_t indents[MAX_BLOCK]
    cdef int top, flow
    cdef object entries  # the list under the root's `entries` key
    cdef list lines
    cdef list keys  # the interned keys (owning them)
    cdef PyObject *key_ref[KEY_SLOTS]  # by slot, borrowed from keys
    cdef Py_ssize_t key_at[KEY_SLOTS]  # where the key was first seen
    cdef Py_ssize_t key_len[KEY_SLOTS]  # its length; 0 for a free slot
    cdef int key_count
    cdef unsigned int key_hash  # of the identifier _key_end found last

    def __cinit__(self, const unsigned char[::1] raw):
        self.buf = raw
        self.n = raw.shape[0]
        self.data = &raw[0] if self.n else NULL
        self.pos = self.start = 0
        self.line = 1
        self.stack = []
        self.top = -1
        self.flow = 0
        self.entries = None
        self.lines = []
        self.keys = []
        self.key_count = 0
        for i in range(KEY_SLOTS):
            self.key_len[i] = 0

    # --- bytes ---------------------------------------------------------------------------------

    cdef inline int _at(self, Py_ssize_t i) noexcept:
        """The byte at `i`, 0 outside the buffer (a NUL inside it is refused wherever it is read)."""
        if <size_t> i < <size_t> self.n:  # also false for a negative i
            return self.data[i]
        return 0

    cdef bint _odd(self, Py_ssize_t i) noexcept:
        """Whether the character at `i` (not a line feed) is one libyaml refuses or reads as a line
        break or BOM: C0/C1 controls, DEL, NEL, LS, PS, U+FEFF, U+FFFE, U+FFFF."""
        cdef int c = self._at(i)
        if c < SPACE or c == 127:
            return True
        if c < 0xC2:
            return False
        if c == 0xC2:
            return 0x80 <= self._at(i + 1) <= 0x9F
        if c == 0xE2:
            return self._at(i + 1) == 0x80 and self._at(i + 2) in (0xA8, 0xA9)
        if c == 0xEF:
            return (self._at(i + 1) == 0xBB and self._at(i + 2) == 0xBF) or (
                self._at(i + 1) == 0xBF and self._at(i + 2) in (0xBE, 0xBF))
        return False

    cdef str _text(self, Py_ssize_t start, Py_ssize_t end):
        if not 0 <= start <= end <= self.n:
            raise _Bail
        if start == end:
            return ""
        return PyUnicode_DecodeUTF8(<const char *> &self.buf[start], end - start, NULL)

    cdef inline Py_ssize_t _spaces(self, Py_ssize_t p) noexcept:
        while self._at(p) == SPACE:
            p += 1
        return p

    cdef Py_ssize_t _line_end(self, Py_ssize_t p) except -1:
        """The line feed ending the line at `p`, every character before it checked."""
        cdef int c
        while True:
            c = self._at(p)
            if c == NL:
                return p
            if (c < SPACE or c == 127 or c >= 0xC2) and self._odd(p):
                raise _Bail
            p += 1

    cdef int _newline(self, Py_ssize_t p) except -1:
        """Move past the line feed at `p`."""
        if self._at(p) != NL:
            raise _Bail
        self.pos = self.start = p + 1
        self.line += 1
        return 0

    cdef int _end_of_line(self) except -1:
        """After a value: spaces, maybe a comment (after a space), then the line feed."""
        cdef Py_ssize_t p = self._spaces(self.pos)
        if self._at(p) == HASH and self._at(p - 1) == SPACE:
            p = self._comment(p)
        return self._newline(p)

    cdef Py_ssize_t _comment(self, Py_ssize_t p) except -1:
        """The line feed ending the comment at `p`; its text is decoded only to check it is UTF-8."""
        cdef Py_ssize_t end = self._line_end(p)
        self._text(p, end)
        return end

    # --- keys ----------------------------------------------------------------------------------

    cdef Py_ssize_t _key_end(self, Py_ssize_t p, bint flow) noexcept:
        """Where the identifier at `p` ends if a key follows (its ':' then a space, or a line feed
        in block context), else -1. Leaves the identifier's hash for _key."""
        cdef Py_ssize_t q = p
        cdef unsigned int hash = 2166136261u  # FNV-1a
        cdef int c = self._at(q)
        if not _ident_start(c):
            return -1
        while _ident_char(c):
            hash = (hash ^ c) * 16777619u
            q += 1
            c = self._at(q)
        self.key_hash = hash
        if self._at(q) != COLON or q - p > MAX_KEY:
            return -1
        if self._at(q + 1) == SPACE or (not flow and self._at(q + 1) == NL):
            return q
        return -1

    cdef str _key(self, Py_ssize_t p, Py_ssize_t q):
        """The key at p..q that _key_end just found, one str object per distinct spelling (the dicts
        downstream compare interned keys by identity first)."""
        cdef Py_ssize_t size = q - p, i
        cdef unsigned int slot = self.key_hash
        if not 0 <= p < q <= self.n:
            raise _Bail
        for i in range(KEY_SLOTS):
            slot &= KEY_SLOTS - 1
            if self.key_len[slot] == 0:  # a free slot: a new spelling
                key = self._text(p, q)
                if self.key_count < KEY_SLOTS // 2:
                    self.keys.append(key)  # owns it; key_ref borrows
                    self.key_ref[slot] = <PyObject *> key
                    self.key_at[slot], self.key_len[slot] = p, size
                    self.key_count += 1
                return key
            if self.key_len[slot] == size and memcmp(&self.buf[self.key_at[slot]], &self.buf[p], size) == 0:
                return <str> self.key_ref[slot]
            slot += 1
        return self._text(p, q)

    # --- block structure ------------------------------------------------------------------------

    cdef object document(self):
        cdef dict root = {}
        cdef dict pending_map = None
        cdef object pending = None  # a key whose value starts on a later line
        cdef Py_ssize_t pending_indent = 0, indent
        cdef bint dash
        self._push(MAP, 0, root)
        while True:
            indent = self._content_line()
            if indent < 0:
                break
            dash = self._at(self.pos) == DASH and self._at(self.pos + 1) in (SPACE, NL)
            if pending is not None:
                pending_map[pending] = self._opened(pending_map is root and pending == "entries",
                                                    indent, pending_indent, dash)
                pending = None
            while self.indents[self.top] > indent:
                self._pop()
            if self.indents[self.top] != indent:
                raise _Bail
            if self.kinds[self.top] == LOOSE_SEQ and not dash:
                self._pop()
            pending = self._pair(indent) if self.kinds[self.top] == MAP else self._item()
            if pending is not None:
                pending_map, pending_indent = self.stack[self.top], self.indents[self.top]
        if pending is not None:
            pending_map[pending] = ""
        if not root:  # no document at all: PyYAML says None
            raise _Bail
        return root, self.lines

    cdef Py_ssize_t _content_line(self) except -2:
        """The indentation of the next line with content (pos at its first character), -1 at the end."""
        cdef Py_ssize_t p
        cdef int c
        while self.pos < self.n:
            p = self._spaces(self.pos)
            c = self._at(p)
            if c == HASH:
                p = self._comment(p)
            elif c != NL:
                if c == 0:
                    raise _Bail  # trailing spaces without a line feed, or a NUL
                self.start = self.pos
                self.pos = p
                return p - self.start
            self._newline(p)
        return -1

    cdef int _push(self, int kind, Py_ssize_t indent, object container) except -1:
        if self.top + 1 >= MAX_BLOCK:
            raise _Bail
        self.top += 1
        self.kinds[self.top], self.indents[self.top] = kind, indent
        self.stack.append(container)
        return 0

    cdef int _pop(self) except -1:
        if self.top <= 0:
            raise _Bail
        self.top -= 1
        self.stack.pop()
        return 0

    cdef object _opened(self, bint entries, Py_ssize_t indent, Py_ssize_t parent, bint dash):
        """The value of a key that ended its line: a block collection starting on this line, or ""."""
        if indent > parent or (indent == parent and dash):
            if dash:
                value = []
                self._push(SEQ if indent > parent else LOOSE_SEQ, indent, value)
                if entries:
                    self.entries = value
                return value
            value = {}
            self._push(MAP, indent, value)
            return value
        return ""

    cdef object _pair(self, Py_ssize_t indent):
        """One `key: value` of the mapping on top; the key when its value starts on a later line."""
        cdef dict mapping = self.stack[self.top]
        cdef Py_ssize_t p = self.pos, q = self._key_end(p, False)
        cdef int c
        if q < 0:
            raise _Bail
        key = self._key(p, q)
        p = self._spaces(q + 1)
        c = self._at(p)
        if c == NL or c == HASH:
            _add(mapping, key, None)  # holds the key's place (and catches a repeat) until its value is known
            self.pos = p
            self._end_of_line()
            return key
        if c == 124 or c == 62:  # | >
            _add(mapping, key, self._block_scalar(p, indent))
            return None
        value = self._inline(p)
        if self.top == 0 and key == "entries" and type(value) is list:
            self.lines = [self.line] * len(<list> value)
        _add(mapping, key, value)
        self._end_of_line()
        return None

    cdef object _item(self):
        """One `- item` of the sequence on top; a key when the item is a mapping whose first value
        starts on a later line."""
        cdef list items = self.stack[self.top]
        cdef Py_ssize_t p = self.pos
        if self._at(p) != DASH or self._at(p + 1) != SPACE:
            raise _Bail
        p = self._spaces(p + 1)
        if items is self.entries:
            self.lines.append(self.line)
        if self._key_end(p, False) >= 0:
            value = {}
            items.append(value)
            self._push(MAP, p - self.start, value)
            self.pos = p
            return self._pair(p - self.start)
        items.append(self._inline(p))
        self._end_of_line()
        return None

    cdef str _block_scalar(self, Py_ssize_t p, Py_ssize_t parent):
        """A |, |-, > or >- scalar; every content line at the first one's indentation."""
        cdef bint folded = self._at(p) == 62, strip = self._at(p + 1) == DASH
        cdef Py_ssize_t indent, spaces, end, breaks = 0
        cdef list parts = []
        cdef int c
        p = self._spaces(p + 1 + strip)
        self._newline(p)
        p = self.pos
        indent = self._spaces(p) - p
        if indent <= parent or self._at(p + indent) in (NL, 0):
            raise _Bail  # empty, or starting with a blank line: libyaml's rules are subtler there
        while True:
            spaces = self._spaces(p) - p
            c = self._at(p + spaces)
            if c == NL:
                if spaces > indent:
                    raise _Bail  # spaces past the indentation are content
                breaks += 1
                self._newline(p + spaces)
                p = self.pos
                continue
            if c == 0 or spaces < indent:
                break  # the scalar ends; this line belongs to the structure around it
            if spaces > indent:
                raise _Bail  # more-indented lines fold differently
            if parts:
                parts.append(("\n" * breaks or " ") if folded else "\n" * (breaks + 1))
            end = self._line_end(p + spaces)
            parts.append(self._text(p + spaces, end))
            breaks = 0
            self._newline(end)
            p = self.pos
        self.pos = self.start = p  # the next _content_line reads this line again
        if not strip:
            parts.append("\n")
        return "".join(parts)

    # --- one-line nodes -----------------------------------------------------------------------

    cdef object _inline(self, Py_ssize_t p):
        """A scalar or flow collection starting at `p` and ending on this line (pos after it)."""
        cdef int c = self._at(p)
        if c == 39:  # '
            return self._single(p)
        if c == 34:  # "
            return self._double(p)
        if c == 91 or c == 123:  # [ {
            return self._collection(p)
        if _indicator(c):
            raise _Bail
        return self._plain(p)

    cdef str _plain(self, Py_ssize_t p):
        """A plain scalar: up to the line end or a comment, trailing spaces dropped."""
        cdef Py_ssize_t start = p, end = p
        cdef const unsigned char *stops = &_FLOW_STOPS[0] if self.flow else &_BLOCK_STOPS[0]
        cdef int c, following
        while True:
            c = self._at(p)
            if not stops[c]:  # the usual case: one more character of the scalar
                p += 1
                end = p
                continue
            if c == SPACE:
                p += 1
                continue
            if c == NL or c == 0 or (c == HASH and self._at(p - 1) == SPACE):
                if self.flow:
                    raise _Bail  # a flow collection going on past the line
                break
            if c == COLON:
                following = self._at(p + 1)
                if self.flow or following == SPACE or following == NL or following == 0:
                    raise _Bail
            elif c == 44 or c == 93 or c == 125:  # , ] } (stops only in flow context)
                break
            elif c in b"[{?" or self._odd(p):  # flow context: a new collection, or a `?` libyaml versions disagree on
                raise _Bail
            p += 1
            end = p
        self.pos = end
        return self._text(start, end)

    cdef str _single(self, Py_ssize_t p):
        cdef Py_ssize_t start = p + 1
        cdef bint doubled = False
        cdef int c
        p = start
        while True:
            c = self._at(p)
            if c == 39:
                if self._at(p + 1) != 39:
                    break
                doubled = True
                p += 2
                continue
            if c == NL or ((c < SPACE or c == 127 or c >= 0xC2) and self._odd(p)):
                raise _Bail
            p += 1
        self.pos = p + 1
        text = self._text(start, p)
        return text.replace("''", "'") if doubled else text

    cdef str _double(self, Py_ssize_t p):
        cdef Py_ssize_t start = p + 1, run = p + 1
        cdef list parts = None
        cdef int c
        p = start
        while True:
            c = self._at(p)
            if c == 34:
                break
            if c == 92:  # backslash
                if parts is None:
                    parts = []
                parts.append(self._text(run, p))
                p = self._escape(p + 1, parts)
                run = p
                continue
            if c == NL or ((c < SPACE or c == 127 or c >= 0xC2) and self._odd(p)):
                raise _Bail
            p += 1
        self.pos = p + 1
        if parts is None:
            return self._text(start, p)
        parts.append(self._text(run, p))
        return "".join(parts)

    cdef Py_ssize_t _escape(self, Py_ssize_t p, list parts) except -1:
        """Append the character escaped at `p` (after the backslash); where the text goes on."""
        cdef int c = self._at(p), digits = 0, code = 0, value, i
        if c in b"\\\"/":
            parts.append(chr(c))
            return p + 1
        if c == 110 or c == 116:  # n t
            parts.append("\n" if c == 110 else "\t")
            return p + 1
        if c == 120:  # x
            digits = 2
        elif c == 117:  # u
            digits = 4
        else:
            raise _Bail
        for i in range(1, digits + 1):
            value = _hex(self._at(p + i))
            if value < 0:
                raise _Bail
            code = code * 16 + value
        if 0xD800 <= code <= 0xDFFF:
            raise _Bail  # libyaml refuses surrogates
        parts.append(chr(code))
        return p + digits + 1

    cdef object _collection(self, Py_ssize_t p):
        """A one-line flow sequence or mapping starting at `p`; pos after its closing bracket."""
        cdef bint mapping = self._at(p) == 123
        cdef int close = 125 if mapping else 93, c
        cdef Py_ssize_t q
        cdef object value
        if self.flow >= MAX_FLOW:
            raise _Bail
        self.flow += 1
        result = {} if mapping else []
        p = self._spaces(p + 1)
        if self._at(p) != close:
            while True:
                if mapping:
                    q = self._key_end(p, True)
                    if q < 0:
                        raise _Bail
                    key = self._key(p, q)
                    _add(result, key, self._inline(self._spaces(q + 1)))
                else:
                    (<list> result).append(self._inline(p))
                p = self._spaces(self.pos)
                c = self._at(p)
                if c == close:
                    break
                if c != 44:
                    raise _Bail
                p = self._spaces(p + 1)
                if self._at(p) == close:
                    raise _Bail  # a trailing comma
        self.flow -= 1
        self.pos = p + 1
        return result
