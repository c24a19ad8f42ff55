"""Where model batches run: in this process (local) or on a pool of Ray actors (ray).

An executor takes shards (lists of distinct source texts, already length-sorted by the caller)
and yields each shard back with one Outcome per text, as shards complete. The batch core owns
everything else (TM, writers, reports), so both executors give identical files. Ray is an
optional extra: it is imported only when `--executor ray` is asked for.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from workbench.errors import WorkbenchError
from workbench.engine.base import Hypothesis, Translation
from workbench.pipeline import translate_chunk, wanted_hypotheses

RAY_REQUIREMENT = "ray[default]>=2.40"


@dataclass(frozen=True)
class Outcome:
    """What the model (and glossary enforcement) made of one source text.

    Attributes:
        mt: the model's best hypothesis, before enforcement.
        enforced: the EnforceResult (target, changes, unresolved, QA report), None without a glossary.
        hypotheses: every hypothesis the model gave, best first (kept in the TM as the raw MT).
    """

    mt: str
    enforced: object | None = None
    hypotheses: tuple[str, ...] = ()

    @property
    def target(self) -> str:
        return self.enforced.target if self.enforced is not None else self.mt


@dataclass(frozen=True)
class WorkerSetup:
    """Everything a worker needs to build its own translator and enforcer (picklable).

    Attributes:
        model_path: the unpacked package folder (or .argosmodel file) of the model.
        locale: target locale for enforcement (ko, ko-KP, ru).
        glossary_paths: glossary YAML files; () means the bundled glossary; None disables enforcement.
        threads: CTranslate2 intra threads per worker (None: all cores of the process).
    """

    model_path: str
    locale: str
    glossary_paths: tuple[str, ...] | None = ()
    threads: int | None = None


def build_enforcer(translator, locale: str, glossary) -> object | None:
    """The Enforcer for `glossary` (None: no enforcement)."""
    if glossary is None:
        return None
    from workbench.terms.enforce import Enforcer

    return Enforcer(glossary, locale, translator)


def load_glossary(paths: tuple[str, ...] | None):
    """The glossary of `paths`, in any format `glossary import` reads (() = bundled; None = no glossary)."""
    if paths is None:
        return None
    from glossary import formats

    return formats.load_many(paths)


def outcomes(translator, enforcer, texts: Sequence[str]) -> list[Outcome]:
    """Translate (and enforce) one shard; the work both executors run."""
    return [_outcome(translation, result) for translation, result in translate_chunk(translator, texts, enforcer=enforcer)]


def reenforced(enforcer, stored: Sequence[tuple[str, Sequence[str]]]) -> list[Outcome]:
    """Outcomes of raw MT the model made before, (source, hypotheses best first): glossary enforcement
    only, no decoding. Same model and hypotheses, so the same result as translating again."""
    return _enforced(enforcer, [Translation(source, tuple(Hypothesis(text, 0.0) for text in hypotheses))
                                for source, hypotheses in stored])


def _outcome(translation, result) -> Outcome:
    return Outcome(translation.best.text, result, tuple(h.text for h in translation.hypotheses))


def _submit(translator, enforcer, texts: Sequence[str]):
    """Start decoding one shard; returns the function that waits for its translations."""
    hypotheses = wanted_hypotheses(enforcer)
    submit = getattr(translator, "submit_batch", None)
    if submit is None:  # a translator without a background queue: decode now
        translations = translator.translate_batch(list(texts), num_hypotheses=hypotheses)
        return lambda: translations
    return submit(list(texts), num_hypotheses=hypotheses)


def _enforced(enforcer, translations: list) -> list[Outcome]:
    if enforcer is None:
        return [_outcome(t, None) for t in translations]
    return [_outcome(t, result) for t, result in zip(translations, enforcer.enforce_translations(translations))]


class LocalExecutor:
    """Shards run in order on one loaded model in this process, a few shards queued ahead.

    The next shards are queued in CTranslate2 (its worker threads decode them without the GIL)
    while this thread enforces the glossary on the current one: the model never waits for Python,
    and the results are the same as strictly in turn.
    """

    name = "local"
    ahead = 3  # shards queued in CTranslate2 besides the one being enforced

    def __init__(self, translator, enforcer=None) -> None:
        self.translator, self.enforcer = translator, enforcer

    def run(self, shards: Iterable[Sequence[str]]) -> Iterator[tuple[Sequence[str], list[Outcome]]]:
        shards = list(shards)
        queued = deque(_submit(self.translator, self.enforcer, shard) for shard in shards[:self.ahead + 1])
        for number, shard in enumerate(shards):
            translations = queued.popleft()()
            if number + self.ahead + 1 < len(shards):
                queued.append(_submit(self.translator, self.enforcer, shards[number + self.ahead + 1]))
            yield shard, _enforced(self.enforcer, translations)

    def close(self) -> None:
        """Nothing to release: the translator is shared by the process."""


class _Worker:
    """A Ray actor body: one loaded model and enforcer, reused for every shard sent to it."""

    def __init__(self, setup: WorkerSetup) -> None:
        from workbench.engine.argos import ArgosTranslator

        self.translator = ArgosTranslator.from_path(setup.model_path, threads=setup.threads)
        self.enforcer = build_enforcer(self.translator, setup.locale, load_glossary(setup.glossary_paths))

    def model_id(self) -> str:
        return self.translator.model_id

    def translate_numbered(self, number: int, texts: list[str]) -> tuple[int, list[Outcome]]:
        # the shard number comes back with the result: the pool yields in completion order
        return number, outcomes(self.translator, self.enforcer, texts)


class RayExecutor:
    """Shards go to a pool of Ray actors, each holding a loaded model; results stream back unordered.

    Without `address` a local Ray runtime is started with `num_cpus` CPUs (one actor per CPU);
    with one (e.g. "ray://head:10001" or "auto") the actors run on that cluster.
    """

    name = "ray"

    def __init__(self, setup: WorkerSetup, model_id: str, *, address: str | None = None,
                 num_cpus: int = 2, actors: int | None = None) -> None:
        ray = import_ray()
        self._started = not ray.is_initialized()
        if self._started:
            _init(ray, address, num_cpus)
        count = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        remote = ray.remote(num_cpus=1)(_Worker)
        self.actors = [remote.remote(setup) for _ in range(count)]
        _check_same_model(ray, self.actors, model_id)
        from ray.util import ActorPool

        self.pool = ActorPool(self.actors)

    def run(self, shards: Iterable[Sequence[str]]) -> Iterator[tuple[Sequence[str], list[Outcome]]]:
        shards = [list(shard) for shard in shards]
        numbered = self.pool.map_unordered(_submit_to, list(enumerate(shards)))
        for number, result in numbered:
            yield shards[number], result

    def close(self) -> None:
        """Stop the actors, and the Ray runtime when this executor started it."""
        ray = import_ray()
        for actor in self.actors:
            ray.kill(actor)
        self.actors = []
        if self._started:
            ray.shutdown()


def _submit_to(actor, item: tuple[int, list[str]]):
    number, texts = item
    return actor.translate_numbered.remote(number, texts)


def import_ray():
    """The ray module, or a one-line error saying how to install it."""
    try:
        import ray
    except ImportError:
        raise WorkbenchError(f"--executor ray needs Ray: pip install 'workbench[ray]' "
                             f"(or pip install '{RAY_REQUIREMENT}')") from None
    return ray


def _init(ray, address: str | None, num_cpus: int) -> None:
    kwargs = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
    try:
        if address:
            ray.init(address=address, **kwargs)
        else:
            ray.init(num_cpus=num_cpus, **kwargs)
    except Exception as exc:  # noqa: BLE001 - Ray raises many types; the user needs one line
        where = address or "a local Ray runtime"
        raise WorkbenchError(f"--executor ray: cannot start or reach {where}: {' '.join(str(exc).split())}") \
            from None


def _check_same_model(ray, actors: list, model_id: str) -> None:
    """Every actor must have loaded the very model the TM and report name (same sha on every node)."""
    try:
        ids = set(ray.get([actor.model_id.remote() for actor in actors]))
    except Exception as exc:  # noqa: BLE001
        raise WorkbenchError(f"--executor ray: a worker could not load the model: "
                             f"{' '.join(str(exc).split())[:300]}") from None
    if ids != {model_id}:
        raise WorkbenchError(f"--executor ray: workers loaded {sorted(ids)}, expected {model_id}")
