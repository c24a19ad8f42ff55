"""Owns guided-alignment supervision: glossary name spans matched in a training pair, turned into piece links.

Only names and titles of the bundled glossary are aligned (not every word): the point is that CTranslate2's
returned attention (first head, last decoder layer) points from a translated name back to its source name.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

Lexicon = list[tuple[re.Pattern, re.Pattern]]  # (source term, any target rendering), longest sources first


def _leaves(node) -> list[str]:
    """Every string below ``node`` (preferred/admitted/deprecated terms, explicit forms)."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for key, v in node.items() if key != "note" for s in _leaves(v)]
    if isinstance(node, list):
        return [s for v in node for s in _leaves(v)]
    return []


def _target_pattern(terms: list[str], lang: str) -> re.Pattern:
    # Russian declines: a word matches by its stem (last two letters free) plus any ending.
    def word(w):
        if lang == "ru" and len(w) > 4 and w.isalpha():
            return re.escape(w[:-2]) + r"\w*"
        return re.escape(w)

    alts = sorted({r"\s+".join(word(w) for w in t.split()) for t in terms if t.strip()}, key=len, reverse=True)
    return re.compile("|".join(alts), re.IGNORECASE if lang == "ru" else 0)


def load_lexicon(path: Path, lang: str) -> Lexicon:
    """(source, target) patterns for every glossary entry that has ``lang`` renderings."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for entry in data.get("entries", []):
        targets = _leaves((entry.get("targets") or {}).get(lang))
        sources = entry.get("source")
        sources = [sources] if isinstance(sources, str) else sources or []
        if targets and sources:
            src = "|".join(re.escape(s) for s in sorted(sources, key=len, reverse=True))
            out.append((re.compile(rf"(?<!\w)(?:{src})(?!\w)"), _target_pattern(targets, lang)))
    return out


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _unique(pattern: re.Pattern, text: str):
    found = list(pattern.finditer(text))
    return found[0].span() if len(found) == 1 else None


def name_spans(lexicon: Lexicon, src: str, tgt: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(source span, target span) of names occurring exactly once on each side; clashing links dropped."""
    links = []
    for src_pat, tgt_pat in lexicon:
        s, t = _unique(src_pat, src), _unique(tgt_pat, tgt)
        if s and t and not any(_overlaps(s, ls) for ls, _ in links):
            links.append((s, t))
    return [(s, t) for s, t in links if sum(_overlaps(t, other) for _, other in links) == 1]


def piece_spans(sp, text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Piece ids and their character spans in ``text`` (SentencePiece reports UTF-8 byte offsets)."""
    proto = sp.encode(text, return_type="proto")
    raw = text.encode("utf-8")
    char_at = {}
    pos = 0
    for i, ch in enumerate(text):
        char_at[pos] = i
        pos += len(ch.encode("utf-8"))
    char_at[len(raw)] = len(text)
    return [p.id for p in proto.pieces], [(char_at[p.begin], char_at[p.end]) for p in proto.pieces]


def piece_links(spans_src, spans_tgt, links) -> list[tuple[int, int]]:
    """(target piece, source piece) pairs for pieces overlapping linked name spans."""
    out = []
    for s, t in links:
        src_idx = [i for i, sp in enumerate(spans_src) if _overlaps(sp, s)]
        for j, tp in enumerate(spans_tgt):
            if _overlaps(tp, t):
                out.extend((j, i) for i in src_idx)
    return out


def _preferred(node) -> str | None:
    value = (node or {}).get("preferred") if isinstance(node, dict) else None
    if isinstance(value, dict):
        value = value.get("term")
    return value if isinstance(value, str) and value.strip() else None


def glossary_pairs(path: Path, lang: str) -> list[tuple[str, str]]:
    """(source term, preferred rendering) for every glossary entry: names in isolation as training pairs.

    The template corpora hold almost no one-word inputs, so without these a bare "Pyongyang" is out of
    distribution and the model rambles.
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for entry in data.get("entries", []):
        target = _preferred((entry.get("targets") or {}).get(lang))
        sources = entry.get("source")
        sources = [sources] if isinstance(sources, str) else sources or []
        out.extend((s, target) for s in sources if target and isinstance(s, str))
    return out
