"""The review page's HTML: the header, the charts and the filters around the segments' JSON data block.

One self-contained file: the CSS (review.css) and the script (review.js) are inlined, the data sits in a
`<script type="application/json">` block that the script reads and renders a page of rows at a time,
and a Content-Security-Policy lets nothing else run or load (only these exact style and script, by
hash; no connection, no image but data:). Text reaches the HTML through html.escape here and through
textContent in the script, never as markup.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
from importlib import resources

from workbench.review.model import FIXED, STATUSES, ReviewHeader, Tally
from workbench.terms.findings import OK

TERMS_CHARTED = 25  # the rest are in the term filter
PAGE_SIZES = (50, 100, 200, 500, 1000, 0)  # 0: all rows
PAGE_SIZE = 100


def json_data(value) -> str:
    """`value` as JSON safe inside a <script> element: no `<`, so no `</script>` and no `<!--`."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def frame(header: ReviewHeader, tally: Tally) -> tuple[str, str]:
    """The page before the segments' JSON and after it."""
    files = list(tally.files)
    data = json_data({"header": header.as_json(files), "pageSize": PAGE_SIZE})
    head = "".join((_head(header, files), _meta(header, tally, files), _charts(header, tally),
                    _filters(header, tally, files), _table(header),
                    f'<script type="application/json" id="wb-data">{data[:-1]},"segments":['))
    return head, f']}}</script>\n<script>{_asset("review.js")}</script>\n</body>\n</html>\n'


@functools.cache
def _asset(name: str) -> str:
    return resources.files("workbench.review").joinpath(name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _head(header: ReviewHeader, files: list[str]) -> str:
    csp = (f"default-src 'none'; script-src {_hash(_asset('review.js'))}; style-src {_hash(_asset('review.css'))}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    title = f"Terminology review: {', '.join(files[:3])}{' …' if len(files) > 3 else ''} → {header.locale}"
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="color-scheme" content="light dark">\n'
            f"<title>{_e(title)}</title>\n<style>{_asset('review.css')}</style>\n</head>\n<body>\n")


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _meta(header: ReviewHeader, tally: Tally, files: list[str]) -> str:
    demo = ' <span class="demo" title="a bundled demo model: its output is for demonstration only">DEMO</span>'
    model = (_e(header.model) + (demo if header.demo else "")) if header.model else "none: the targets as given"
    rows = (("Files", "<br>".join(_e(name) for name in files) or "none"), ("Locale", _e(header.locale)),
            ("Glossary", "<br>".join(_e(g) for g in (header.glossary, *header.glossary_files))),
            ("Glossary version", f"<code>{_e(header.glossary_version)}</code>"), ("Model", model),
            ("Date", _e(header.date)), ("Segments", str(tally.segments)))
    items = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    title = "Terminology review" + (demo if header.demo else "")
    return f'<header class="wb-head">\n<h1>{title}</h1>\n<dl class="meta">{items}</dl>\n</header>\n'


def _bar(parts: list[tuple[str, int]], scale: int) -> str:
    """A stacked horizontal bar in inline SVG: one rect per (status, count), `scale` the longest bar."""
    rects, x = [], 0.0
    for status, count in parts:
        width = 100 * count / scale
        rects.append(f'<rect class="fill-{status}" x="{x:.3f}" y="0" width="{width:.3f}" height="1"/>')
        x += width
    return ('<svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">'
            f'{"".join(rects)}</svg>')


def _charts(header: ReviewHeader, tally: Tally) -> str:
    statuses = [(s, tally.statuses[s]) for s in STATUSES if tally.statuses[s]]
    scale = max((count for _, count in statuses), default=1)
    by_status = "".join(_chart_row("status", s, f'<span class="key st-{s}">{s}</span>', [(s, n)], scale)
                        for s, n in statuses)
    ranked = sorted(tally.terms.items(), key=lambda item: (-_problems(item[1]), -sum(item[1].values()), item[0]))
    scale = max((sum(c.values()) for _, c in ranked), default=1)
    by_term = "".join(_chart_row("term", i, _term_label(header, i), [(s, c[s]) for s in STATUSES if c[s]], scale)
                      for i, c in ranked[:TERMS_CHARTED])
    more = (f'<p class="more">{len(ranked) - TERMS_CHARTED} more terms: see the term filter.</p>'
            if len(ranked) > TERMS_CHARTED else "")
    empty = "" if statuses else '<p class="more">No glossary term in these segments.</p>'
    return ('<section class="charts">\n'
            f'<figure><figcaption>Findings by status</figcaption><table class="bars">{by_status}</table>{empty}'
            '</figure>\n<figure><figcaption>Findings by term (worst first)</figcaption>'
            f'<table class="bars">{by_term}</table>{more}</figure>\n</section>\n')


def _chart_row(kind: str, value: str, label: str, parts: list[tuple[str, int]], scale: int) -> str:
    """One bar of a chart; clicking it filters the rows by its status or term (data-status, data-term)."""
    return (f'<tr data-{kind}="{_e(value)}" title="show the segments with {_e(value)}"><th>{label}</th>'
            f'<td>{_bar(parts, scale)}</td><td class="n">{sum(n for _, n in parts)}</td></tr>')


def _problems(counts) -> int:
    return sum(n for status, n in counts.items() if status not in (OK, FIXED))


def _name(header: ReviewHeader, entry_id: str) -> str | None:
    """The entry's English name, where the header knows the entry."""
    return (header.entries.get(entry_id) or {}).get("name")


def _term_label(header: ReviewHeader, entry_id: str) -> str:
    name = _name(header, entry_id)
    label = f"{_e(name)} <small>{_e(entry_id)}</small>" if name else _e(entry_id)
    return f'<span class="name" title="{_e(name or entry_id)} [{_e(entry_id)}]">{label}</span>'


def _options(pairs) -> str:
    return "".join(f'<option value="{_e(value)}">{_e(label)}</option>' for value, label in pairs)


def _filters(header: ReviewHeader, tally: Tally, files: list[str]) -> str:
    statuses = [("", "all segments"), ("problem", "with problems")]
    statuses += [(s, f"{s} ({tally.statuses[s]})") for s in STATUSES if tally.statuses[s]]
    terms = [("", "all terms")] + [(i, f"{_name(header, i) or i} [{i}] ({sum(c.values())})")
                                    for i, c in sorted(tally.terms.items())]
    file_options = [("", "all files")] + [(str(n), name) for n, name in enumerate(files)]
    sizes = [(str(n), f"{n} per page" if n else "all on one page") for n in PAGE_SIZES]
    return ('<div class="filters" role="search">\n'
            f'<label>Status <select id="f-status">{_options(statuses)}</select></label>\n'
            f'<label>Term <select id="f-term">{_options(terms)}</select></label>\n'
            f'<label>File <select id="f-file">{_options(file_options)}</select></label>\n'
            '<label>Search <input id="f-q" type="search" placeholder="text in source or target"></label>\n'
            f'<label>Rows <select id="f-size">{_options(sizes)}</select></label>\n'
            '<button id="f-reset" type="button">Show all</button>\n</div>\n')


def _table(header: ReviewHeader) -> str:
    return ('<p id="wb-count" class="count" aria-live="polite"></p>\n'
            '<nav class="pager"><button type="button" data-page="-1">◀ previous</button> <span id="wb-page"></span> '
            '<button type="button" data-page="1">next ▶</button></nav>\n'
            '<table class="segments"><thead><tr><th class="loc">#</th><th>Source (en)</th>'
            f'<th>Target ({_e(header.locale)})</th></tr></thead><tbody id="wb-rows"></tbody></table>\n'
            '<noscript><p>This page lists the segments with JavaScript, which is turned off.</p></noscript>\n'
            '<div id="wb-tip" class="tip" role="tooltip" hidden></div>\n')
