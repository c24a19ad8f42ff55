"""The translator contract: the `Translator` protocol and the frozen result nouns.

Every backend (Argos/CTranslate2 today) and every wrapper (translation memory, glossary
enforcement) speaks this protocol, so they stack. Imports nothing heavy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence, runtime_checkable


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
    """All hypotheses for one source segment, best first."""

    source: str
    hypotheses: tuple[Hypothesis, ...]

    @property
    def best(self) -> Hypothesis:
        """The highest-scoring hypothesis (an empty one for empty input)."""
        return self.hypotheses[0] if self.hypotheses else Hypothesis("", 0.0, ())

    @property
    def text(self) -> str:
        """Shortcut for `best.text`."""
        return self.best.text


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
