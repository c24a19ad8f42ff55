"""The translator contract: the `Translator` protocol and the frozen result nouns.

Every backend (Argos/CTranslate2 today) and every wrapper speaks this protocol, so they stack:
workbench.pipeline.EnforcingTranslator (the glossary) over the engine,
workbench.tm.translator.MemoryTranslator (the translation memory) over that, as
workbench.pipeline.stack builds them. Imports nothing heavy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Protocol, Sequence, runtime_checkable


@dataclass(frozen=True)
class Hypothesis:
    """One candidate translation.

    Attributes:
        text: detokenized target text (no model-specific prefix).
        score: the decoder's score (log-probability, length-penalised as decoded).
        tokens: the target subword tokens the text was decoded from.
    """

    text: str
    score: float
    tokens: tuple[str, ...] = ()


@dataclass(frozen=True)
class Translation:
    """All hypotheses for one source segment, best first, and what the translator stack made of them.

    Attributes:
        origin: where the text comes from: "mt" (the model), "tm" (an exact translation-memory match),
            "tm-mt" (the model's output kept in the TM, the glossary enforced again), "skipped" (no
            words: passed through, never sent to the model).
        enforced: the glossary enforcement result (workbench.terms.findings.EnforceResult) when an
            enforcing translator is in the stack, else None.
        tm_status: for a TM match, the stored entry's status (approved, edited, enforced, mt).
    """

    source: str
    hypotheses: tuple[Hypothesis, ...]
    origin: str = "mt"
    enforced: Any = field(default=None, compare=False)
    tm_status: str | None = None

    @property
    def best(self) -> Hypothesis:
        """The highest-scoring hypothesis (an empty one for empty input)."""
        return self.hypotheses[0] if self.hypotheses else Hypothesis("", 0.0, ())

    @property
    def text(self) -> str:
        """Shortcut for `best.text` (the raw MT when the glossary was enforced: see `target`)."""
        return self.best.text

    @property
    def target(self) -> str:
        """What to write: the enforced text when the glossary was enforced, else the best hypothesis."""
        return self.enforced.target if self.enforced is not None else self.best.text


@dataclass(frozen=True)
class Alignment:
    """Which source token each target token attended to most.

    Attributes:
        source_tokens: the source subword tokens.
        target_tokens: the target subword tokens (model prefix excluded).
        links: for each target token, the index of a source token (-1 when unknown).
    """

    source_tokens: tuple[str, ...]
    target_tokens: tuple[str, ...]
    links: tuple[int, ...]


@runtime_checkable
class Translator(Protocol):
    """Anything that turns batches of source segments into target segments."""

    source_lang: str
    target_lang: str
    model_id: str
    is_demo: bool
    description: str

    def translate_batch(
        self, sources: Sequence[str], *, num_hypotheses: int = 1, beam_size: int | None = None
    ) -> list[Translation]:
        """Translate every source; results come back in input order."""
        ...

    def submit_batch(
        self, sources: Sequence[str], *, num_hypotheses: int = 1, beam_size: int | None = None
    ) -> Callable[[], list[Translation]]:
        """Start translating; call the result to wait for the translations (a translator without a
        background queue translates at once: see workbench.pipeline.submit)."""
        ...

    def score(self, sources: Sequence[str], targets: Sequence[str]) -> list[float]:
        """Normalised log-probability of each target given its source (higher is better)."""
        ...

    def translate_with_prefix(
        self, sources: Sequence[str], target_prefixes: list[str]
    ) -> list[Translation]:
        """Decode each source with its target forced to start with the given prefix."""
        ...

    def alignments(self, sources: Sequence[str], targets: Sequence[str]) -> list[Alignment]:
        """For each target token, the source token it attended to most."""
        ...
