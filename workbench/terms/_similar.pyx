# cython: language_level=3, boundscheck=True, wraparound=False, initializedcheck=True
"""The compiled twin of repair._similar_span's search: every window of words against every form of a term.

repair keeps the pure-Python search (rapidfuzz cdist over repair._windows; used where this module is not
built) and the tests hold the two equal. The similarity is rapidfuzz's fuzz.ratio: 100 * (1 - indel
distance / total length), the indel distance coming from the longest common subsequence, computed
bit-parallel (Hyyro's algorithm, 64 characters of the form per machine word).
"""

from cpython.mem cimport PyMem_Free, PyMem_Malloc
from cpython.unicode cimport Py_UNICODE_ISSPACE
from libc.stdint cimport int64_t, uint32_t, uint64_t
from libc.string cimport memset


cdef extern from *:
    int __builtin_popcountll(unsigned long long)


cdef uint32_t EMPTY = 0xFFFFFFFF  # no code point has this value


cdef class _Forms:
    """The forms' characters as bit masks: per form, per distinct character, one bit per position."""

    cdef Py_ssize_t count, distinct, slots, total_blocks
    cdef uint32_t *keys           # open-addressing table: character -> its id (slot contents)
    cdef int64_t *ids
    cdef Py_ssize_t *lengths      # per form: its length
    cdef Py_ssize_t *offsets      # per form: where its masks start in `masks` (distinct * blocks words)
    cdef Py_ssize_t *blocks       # per form: machine words per mask
    cdef uint64_t *masks

    def __cinit__(self, list forms):
        cdef Py_ssize_t f, i, b, n = len(forms), chars = 0
        cdef str form
        for form in forms:
            chars += len(form)
        self.count = n
        self.slots = 16
        while self.slots < 2 * chars + 2:
            self.slots *= 2
        self.keys = <uint32_t *> PyMem_Malloc(self.slots * sizeof(uint32_t))
        self.ids = <int64_t *> PyMem_Malloc(self.slots * sizeof(int64_t))
        self.lengths = <Py_ssize_t *> PyMem_Malloc((n + 1) * sizeof(Py_ssize_t))
        self.offsets = <Py_ssize_t *> PyMem_Malloc((n + 1) * sizeof(Py_ssize_t))
        self.blocks = <Py_ssize_t *> PyMem_Malloc((n + 1) * sizeof(Py_ssize_t))
        if not (self.keys and self.ids and self.lengths and self.offsets and self.blocks):
            raise MemoryError()
        for i in range(self.slots):
            self.keys[i] = EMPTY
        self.distinct = 0
        for form in forms:
            for ch in form:
                self._id(ch, True)
        self.total_blocks = 0
        for f in range(n):
            form = forms[f]
            self.lengths[f] = len(form)
            self.blocks[f] = (len(form) + 63) // 64
            self.offsets[f] = self.total_blocks
            self.total_blocks += self.distinct * self.blocks[f]
        self.masks = <uint64_t *> PyMem_Malloc((self.total_blocks + 1) * sizeof(uint64_t))
        if not self.masks:
            raise MemoryError()
        memset(self.masks, 0, (self.total_blocks + 1) * sizeof(uint64_t))
        for f in range(n):
            form = forms[f]
            for i in range(len(form)):
                b = self.offsets[f] + self._id(form[i], False) * self.blocks[f] + i // 64
                self.masks[b] |= (<uint64_t> 1) << (i % 64)

    def __dealloc__(self):
        PyMem_Free(self.keys)
        PyMem_Free(self.ids)
        PyMem_Free(self.lengths)
        PyMem_Free(self.offsets)
        PyMem_Free(self.blocks)
        PyMem_Free(self.masks)

    cdef int64_t _id(self, Py_UCS4 ch, bint add):
        """The id of `ch` among the forms' characters, -1 for none (with `add`: a new id when unseen)."""
        cdef Py_ssize_t slot = (<uint32_t> ch * <uint32_t> 2654435761U) & (self.slots - 1)
        while self.keys[slot] != EMPTY:
            if self.keys[slot] == <uint32_t> ch:
                return self.ids[slot]
            slot = (slot + 1) & (self.slots - 1)
        if not add:
            return -1
        self.keys[slot] = <uint32_t> ch
        self.ids[slot] = self.distinct
        self.distinct += 1
        return self.distinct - 1


cdef Py_ssize_t _lcs(_Forms forms, Py_ssize_t f, const int64_t *chars, Py_ssize_t start, Py_ssize_t stop,
                     uint64_t *row) noexcept:
    """Length of the longest common subsequence of form `f` and the text's characters [start, stop)
    (`chars`: the characters' ids in `forms`, -1 for one no form has; `row`: room for the form's words)."""
    cdef Py_ssize_t words = forms.blocks[f], k, pos, lcs = 0, tail
    cdef const uint64_t *mask
    cdef uint64_t s, m, total, summed, carry
    for k in range(words):
        row[k] = ~(<uint64_t> 0)
    for pos in range(start, stop):
        if chars[pos] < 0:
            continue  # its mask is empty: the row stays as it is
        mask = forms.masks + forms.offsets[f] + chars[pos] * words
        carry = 0
        for k in range(words):  # row = (row + (row & mask)) | (row & ~mask), one long addition
            s, m = row[k], mask[k]
            total = s + (s & m)
            summed = total + carry
            carry = (total < s) | (summed < total)
            row[k] = summed | (s & ~m)
    for k in range(words):
        s = ~row[k]
        tail = forms.lengths[f] - 64 * k
        if tail < 64:
            s &= ((<uint64_t> 1) << tail) - 1
        lcs += __builtin_popcountll(s)
    return lcs


def best_window(str text, str comparable, object at, list spans, object tails, list sizes, Py_ssize_t words,
                list taken, list forms, double threshold, double penalty):
    """(start, end, score) of the window of `text` most similar to one of `forms`, or None below `threshold`.

    What repair._similar_span computes from repair._windows, with the same window order (by `sizes`, then
    start, then tail cut) and the first of equal scores:
    - spans: the words of `text` (start, end); tails: None, or per word the characters it may drop (Korean);
    - comparable, at: the comparable text and, when its length differs, each text offset's place in it;
    - words: the term's word count (a window of another count loses `penalty` per word of difference);
    - taken: spans (start, end) a window must not overlap; forms: the term's comparable forms.
    """
    cdef Py_ssize_t n = len(text), length = len(comparable), count = len(spans), i, j, f, size, first, last
    cdef Py_ssize_t start, stop, cut, lo, hi, counted, best_start = -1, best_stop = -1, most = 1, lcs, total
    cdef double score, ratio, best = -1e300
    cdef bint found = False, free
    cdef _Forms table = _Forms(forms)
    cdef Py_ssize_t *word_start = <Py_ssize_t *> PyMem_Malloc(count * sizeof(Py_ssize_t) + 1)
    cdef Py_ssize_t *word_stop = <Py_ssize_t *> PyMem_Malloc(count * sizeof(Py_ssize_t) + 1)
    cdef Py_ssize_t *runs = <Py_ssize_t *> PyMem_Malloc((n + 2) * sizeof(Py_ssize_t))
    cdef Py_ssize_t *place = <Py_ssize_t *> PyMem_Malloc((n + 1) * sizeof(Py_ssize_t))
    cdef int64_t *chars = <int64_t *> PyMem_Malloc(length * sizeof(int64_t) + 1)
    cdef uint64_t *row = NULL
    cdef Py_ssize_t *taken_at = <Py_ssize_t *> PyMem_Malloc(2 * len(taken) * sizeof(Py_ssize_t) + 1)
    cdef Py_ssize_t spans_taken = len(taken)
    try:
        if not (word_start and word_stop and runs and place and chars and taken_at):
            raise MemoryError()
        for f in range(table.count):
            most = max(most, table.blocks[f])
        row = <uint64_t *> PyMem_Malloc(most * sizeof(uint64_t))
        if not row:
            raise MemoryError()
        for i in range(count):
            word_start[i], word_stop[i] = spans[i]
            if not 0 <= word_start[i] < word_stop[i] <= n:
                raise ValueError("a word span outside the text")
        for i in range(spans_taken):
            taken_at[2 * i], taken_at[2 * i + 1] = taken[i]
        for size in sizes:
            if size < 1:
                raise ValueError("a window size below one word")
        if tails is not None and len(tails) != count:
            raise ValueError("not one tail entry per word")
        # runs[p]: how many runs of non-space characters start before p (str.split's words)
        runs[0] = 0
        for i in range(n):
            runs[i + 1] = runs[i] + (not Py_UNICODE_ISSPACE(text[i]) and (i == 0 or Py_UNICODE_ISSPACE(text[i - 1])))
        for i in range(n + 1):
            place[i] = i if at is None else at[i]
            if not 0 <= place[i] <= length:
                raise ValueError("a comparable offset outside the comparable text")
        for i in range(length):
            chars[i] = table._id(comparable[i], False)
        for size in sizes:
            for i in range(count - size + 1):
                first, last = i, i + size - 1
                cuts = (0,) if tails is None else tails[last]
                for cut in cuts:
                    start, stop = word_start[first], word_stop[last] - cut
                    if tails is not None and not cut < word_stop[last] - start:
                        continue
                    free = True
                    for j in range(spans_taken):
                        if not (start >= taken_at[2 * j + 1] or stop <= taken_at[2 * j]):
                            free = False
                            break
                    if not free:
                        continue
                    # words of text[start:stop] as str.split counts them
                    counted = runs[stop] - runs[start + 1] + (not Py_UNICODE_ISSPACE(text[start]))
                    lo, hi = place[start], place[stop]
                    ratio = -1.0
                    for f in range(table.count):
                        total = (hi - lo) + table.lengths[f]
                        lcs = _lcs(table, f, chars, lo, hi, row)
                        score = 100.0 if total == 0 else (1.0 - <double> (total - 2 * lcs) / <double> total) * 100.0
                        if score > ratio:
                            ratio = score
                    score = ratio - penalty * <double> abs(counted - words)
                    if not found or score > best:
                        found, best, best_start, best_stop = True, score, start, stop
        if not found or best < threshold:
            return None
        return best_start, best_stop, best
    finally:
        PyMem_Free(word_start)
        PyMem_Free(word_stop)
        PyMem_Free(runs)
        PyMem_Free(place)
        PyMem_Free(chars)
        PyMem_Free(row)
        PyMem_Free(taken_at)
