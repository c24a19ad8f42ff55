"""The side panel for the current segment: glossary hits, MT alternatives, TM matches, QA messages."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.widgets import Static


@dataclass(frozen=True)
class PanelView:
    """What the panel shows for one segment (built by the screen, handed down)."""

    index: int
    report: object | None = None
    alternatives: tuple[str, ...] = ()
    matches: tuple = ()
    selected_hit: int = 0
    note: str = ""
    tm_origin: str = ""  # the target is an exact TM match: the memory entry's status


SECTIONS = ("Glossary", "MT alternatives (f6: take the next)", "Translation memory", "QA")


class SegmentPanel(Static):
    """Four titled sections in one fixed-size widget: updating it repaints the panel only, never
    re-lays-out the screen (a column of auto-height widgets did, on every move between segments)."""

    DEFAULT_CSS = """
    SegmentPanel { padding: 0 1; overflow: hidden; }
    """

    def show(self, view: PanelView) -> None:
        self.update(panel_text(view), layout=False)


def panel_text(view: PanelView) -> Text:
    """The whole panel: each section's title, then its body."""
    bodies = (hits_text(view), alternatives_text(view.alternatives), tm_text(view.matches, view.tm_origin), qa_text(view.report))
    text = Text()
    for title, body in zip(SECTIONS, bodies):
        text.append(f"\n{title}\n", style="bold #ffa62b")
        text.append_text(body.copy())
        text.rstrip()
        text.append("\n")
    return text


def term_hits(report) -> list:
    """One TermCheck per entry (the first hit), in source order: what the panel lists and ctrl+t picks from."""
    seen, hits = set(), []
    for term in (report.terms if report is not None else ()):
        if term.id not in seen:
            seen.add(term.id)
            hits.append(term)
    return hits


def hits_text(view: PanelView) -> Text:
    hits = term_hits(view.report)
    if view.report is None:
        return Text("checking…", style="#808080")
    if not hits:
        return Text("no glossary terms in this segment", style="#808080")
    text = Text()
    for number, term in enumerate(hits):
        ok = term.status == "ok"
        text.append("▶ " if number == view.selected_hit else "  ", style="bold")
        text.append("✓ " if ok else "✗ ", style="green" if ok else "bold red")
        text.append(term.matched)
        text.append(" → ")
        text.append(term.expected, style="bold green" if ok else "bold")
        if not ok:
            text.append(f"  ({term.status}" + (f": {term.found}" if term.found else "") + ")", style="red")
        text.append("\n")
    text.append("ctrl+t insert ▶ term · f3 next · f4 fix all", style="#808080")
    return text


def alternatives_text(alternatives: tuple[str, ...]) -> Text:
    if not alternatives:
        return Text("none yet (ctrl+r re-translates)", style="#808080")
    text = Text()
    for number, alternative in enumerate(alternatives[:4], 1):
        text.append(f"{number} ", style="bold cyan")
        text.append(alternative + "\n")
    return text


def tm_text(matches: tuple, origin: str = "") -> Text:
    text = Text()
    if origin:
        text.append(f"■ filled by an exact match ({origin})\n", style="bold magenta")
    if not matches:
        text.append("no similar segments", style="#808080")
        return text
    for match in matches[:3]:
        text.append(f"{match.score:.0f}% ", style="bold magenta")
        text.append(match.source + "\n", style="#b2b2b2")
        text.append(f"   → {match.target}\n")
    return text


def qa_text(report) -> Text:
    if report is None:
        return Text("checking…", style="#808080")
    issues = [i for i in report.issues if i.severity != "info"]
    if not issues and not report.violations:
        return Text("no problems", style="green")
    text = Text()
    for term in report.violations:
        text.append("✗ ", style="bold red")
        text.append(f"{term.id}: {term.status}, expected {term.expected}\n")
    for issue in issues:
        text.append("! " if issue.severity == "warning" else "✗ ", style="yellow" if issue.severity == "warning" else "red")
        text.append(issue.message + (f" (fix: {issue.fix})" if issue.fix else "") + "\n")
    return text
