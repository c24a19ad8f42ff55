# cython: language_level=3, boundscheck=True, wraparound=False, initializedcheck=True
"""Compiled twins of glossary.fastbuild's hot bulk checks: one pass each over the items instead of several.

fastbuild keeps the pure-Python versions (their definition, used where this module is not built) and
the tests hold the two equal: table, split_str, terms_ok, texts_ok; `locales` checks the common term
shapes only (False: the Python checks decide); `untrack` takes checked plain data out of the cyclic
collector's view. The 2 s first load of 100,000 entries needs them (bench_glossary_load.py --readers).
"""

from cpython.dict cimport PyDict_GetItemWithError
from cpython.object cimport PyObject
from cpython.unicode cimport Py_UNICODE_ISSPACE


cdef extern from "Python.h":
    void PyObject_GC_UnTrack(void *op)  # safe on an untracked object too


def table(list maps, tuple required, tuple optional, absent):
    """The columns of the mappings `maps` as fastbuild._table returns them: a list per key (`absent`
    for a missing optional key), a list of the present values of each optional key, and how many
    keys the maps hold together. TypeError unless every item is a dict, KeyError when one lacks a
    required key."""
    cdef Py_ssize_t needed = len(required), width = needed + len(optional), j, size = 0
    cdef tuple keys = required + optional
    cdef list columns = [[] for _ in range(width)], present = [[] for _ in range(width - needed)]
    cdef PyObject *found
    for item in maps:
        if type(item) is not dict:
            raise TypeError("not a mapping")
        size += len(<dict> item)
        for j in range(width):
            found = PyDict_GetItemWithError(item, keys[j])
            if found is not NULL:
                (<list> columns[j]).append(<object> found)
                if j >= needed:
                    (<list> present[j - needed]).append(<object> found)
            elif j < needed:
                raise KeyError(keys[j])
            else:
                (<list> columns[j]).append(absent)
    return columns, present, size


def split_str(list values):
    """(the items of `values` that are exactly str, the others), each in order."""
    cdef list strings = [], others = []
    for value in values:
        if type(value) is str:
            strings.append(value)
        else:
            others.append(value)
    return strings, others


cdef bint _shaped(object text) noexcept:
    """A str, not empty, no whitespace at either end (as str.strip sees it)."""
    cdef Py_ssize_t size
    if type(text) is not str:
        return False
    size = len(<str> text)
    return size > 0 and not (Py_UNICODE_ISSPACE((<str> text)[0]) or Py_UNICODE_ISSPACE((<str> text)[size - 1]))


def terms_ok(list texts):
    """Whether every item of `texts` is a str, not empty, without whitespace at either end."""
    for text in texts:
        if not _shaped(text):
            return False
    return True


def texts_ok(list texts, frozenset nulls):
    """Whether every item of `texts` is a str and none is one of `nulls` (which holds "")."""
    for text in texts:
        if type(text) is not str or text in nulls:
            return False
    return True


cdef bint _untracked(object value, int depth) except -1:
    """Take the plain-data tree `value` (dicts with str keys, lists, tuples; str, int, float, bool,
    None) out of the cyclic collector's view, bottom up. False, leaving containers tracked, where
    anything else is inside or the tree is deeper than 16."""
    cdef bint plain = True
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return True
    if depth > 16 or not (kind is dict or kind is list or kind is tuple):
        return False
    if kind is dict:
        for key, item in (<dict> value).items():
            plain &= type(key) is str and _untracked(item, depth + 1)
    else:
        for item in value:
            plain &= _untracked(item, depth + 1)
    if plain:
        PyObject_GC_UnTrack(<PyObject *> value)
    return plain


def untrack(list values):
    """Untrack each plain-data tree in `values` from the cyclic garbage collector.

    For data nobody changes after loading (fastbuild's checked targets and sources): such a tree
    holds no reference cycle and cannot come to hold one, so the collector need not traverse it
    after every load (CPython untracks tuples and dicts of atomic values itself, for the same reason;
    lists it cannot know about). A list changed later to hold a cycle would only leak, never crash."""
    for value in values:
        _untracked(value, 0)


# --- fastbuild's locale check, for the common shapes --------------------------------------------

cdef str _PREFERRED = "preferred", _ADMITTED = "admitted", _DEPRECATED = "deprecated", _NOTE = "note"
cdef str _TERM = "term", _INFLECT = "inflect", _INDECLINABLE = "indeclinable"


cdef inline object _get(dict mapping, str key):
    """mapping[key], or None when it is missing (our values are never None)."""
    cdef PyObject *found = PyDict_GetItemWithError(mapping, key)
    return <object> found if found is not NULL else None


cdef bint _flag(object value) noexcept:
    """What fastbuild._boolean accepts: an ASCII str that is true or false in any case."""
    return type(value) is str and (<str> value).isascii() and (<str> value).lower() in ("true", "false")


cdef bint _term_ok(object term) noexcept:
    """Whether a term is a checked term text or {term, inflect: [1], indeclinable} (anything else,
    forms say, is left to the slow checks)."""
    cdef Py_ssize_t known = 1
    if type(term) is str:
        return _shaped(term)
    if type(term) is not dict or not _shaped(_get(term, _TERM)):
        return False
    inflect = _get(term, _INFLECT)
    if inflect is not None:  # the one position 1: a checked term has a word
        known += 1
        if type(inflect) is not list or len(<list> inflect) != 1:
            return False
        first = (<list> inflect)[0]
        if not (type(first) is str and first == "1"):
            return False
    flag = _get(term, _INDECLINABLE)
    if flag is not None:
        known += 1
        if not _flag(flag):
            return False
    return known == len(<dict> term)


cdef bint _locale_ok(object locale, frozenset nulls) except -1:
    cdef Py_ssize_t known = 1
    if type(locale) is not dict or not _term_ok(_get(locale, _PREFERRED)):
        return False
    admitted = _get(locale, _ADMITTED)
    if admitted is not None:
        known += 1
        if type(admitted) is not list:
            return False
        for term in <list> admitted:
            if not _term_ok(term):
                return False
    deprecated = _get(locale, _DEPRECATED)
    if deprecated is not None:
        known += 1
        if type(deprecated) is not list:
            return False
        for term in <list> deprecated:
            if not _shaped(term):
                return False
    note = _get(locale, _NOTE)
    if note is not None:
        known += 1
        if type(note) is not str or note in nulls:
            return False
    return known == len(<dict> locale)


def locales(list values, frozenset nulls):
    """What fastbuild.Builder.locales checks, in one pass, for the common shapes: True when every
    locale mapping of `values` is plainly valid in those shapes, False when one is anything else (a
    term with forms, say): then the Python checks decide. `nulls` as in texts_ok."""
    for locale in values:
        if not _locale_ok(locale, nulls):
            return False
    return True
