"""Where the model runs for a batch: in this process (the engine itself), or on a pool of Ray actors.

Both translate a shard with the same code: the engine under the glossary's EnforcingTranslator
(workbench.pipeline.stack without the TM). Locally that pair sits under the driver's TM layer; with
`--executor ray` a RayTranslator takes its place under the TM layer, sending each shard to an actor that
holds the same pair (`_Worker`), so the TM, writers and report stay in this process and both executors
give identical files. Ray is an optional extra: it is
imported only when `--executor ray` is asked for.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Callable, Sequence

from workbench.engine.base import Translation
from workbench.errors import WorkbenchError
from workbench.pipeline import stack

RAY_REQUIREMENT = "ray[default]>=2.40"


@dataclass(frozen=True)
class WorkerSetup:
    """Everything a worker needs to build its own stack (picklable).

    Attributes:
        model_path: the unpacked package folder (or .argosmodel file) of the model.
        locale: target locale for enforcement (ko, ko-KP, ru).
        glossary_paths: the glossary files (workbench.glossaries.glossary_paths); None: no enforcement.
        threads: CTranslate2 intra threads per worker (None: all cores of the process).
    """

    model_path: str
    locale: str
    glossary_paths: tuple[str, ...] | None = ()
    threads: int | None = None


def build_enforcer(translator, locale: str, glossary) -> object | None:
    """The Enforcer for `glossary` (None: no enforcement), scoring repairs with `translator`."""
    if glossary is None:
        return None
    from workbench.terms.enforce import Enforcer

    return Enforcer(glossary, locale, translator)


class _Worker:
    """A Ray actor body: one loaded model and glossary, reused for every shard sent to it."""

    def __init__(self, setup: WorkerSetup) -> None:
        from workbench import glossaries
        from workbench.engine.argos import ArgosTranslator

        engine = ArgosTranslator.from_path(setup.model_path, threads=setup.threads)
        files = None if setup.glossary_paths is None else tuple(setup.glossary_paths)
        enforcer = build_enforcer(engine, setup.locale, glossaries.load(files))
        self.translator = stack(engine, enforcer)

    def model_id(self) -> str:
        return self.translator.model_id

    def translate(self, texts: list[str], num_hypotheses: int) -> list[Translation]:
        return self.translator.translate_batch(texts, num_hypotheses=num_hypotheses)


class RayTranslator:
    """The bottom of the driver's stack with `--executor ray`: each batch goes to the next actor of a
    pool (each holding a loaded model and glossary), and comes back enforced.

    Without `address` a local Ray runtime is started with `num_cpus` CPUs (one actor per CPU); with one
    (e.g. "ray://head:10001" or "auto") the actors run on that cluster. `enforcer` (the driver's own)
    enforces the glossary again on raw MT a TM kept (workbench.tm.translator), which needs no model.
    """

    name = "ray"

    def __init__(self, setup: WorkerSetup, engine, enforcer=None, *, address: str | None = None,
                 num_cpus: int = 2, actors: int | None = None) -> None:
        ray = import_ray()
        self.source_lang, self.target_lang = engine.source_lang, engine.target_lang
        self.model_id, self.is_demo, self.description = engine.model_id, engine.is_demo, engine.description
        self.underlying, self.enforcing = engine, enforcer is not None
        self._local = stack(engine, enforcer)
        self._started = not ray.is_initialized()
        if self._started:
            _init(ray, address, num_cpus)
        count = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        remote = ray.remote(num_cpus=1)(_Worker)
        self.actors = [remote.remote(setup) for _ in range(count)]
        _check_same_model(ray, self.actors, self.model_id)
        self._next = itertools.cycle(self.actors)

    def submit_batch(self, sources: Sequence[str], *, num_hypotheses: int = 1,
                     beam_size: int | None = None) -> Callable[[], list[Translation]]:
        ray = import_ray()
        ref = next(self._next).translate.remote(list(sources), num_hypotheses)
        return lambda: ray.get(ref)

    def translate_batch(self, sources: Sequence[str], *, num_hypotheses: int = 1,
                        beam_size: int | None = None) -> list[Translation]:
        return self.submit_batch(sources, num_hypotheses=num_hypotheses)()

    def enforce(self, translations: Sequence[Translation]) -> list[Translation]:
        enforce = getattr(self._local, "enforce", None)
        return enforce(translations) if enforce is not None else list(translations)

    def score(self, sources, targets):
        return self.underlying.score(sources, targets)

    def translate_with_prefix(self, sources, target_prefixes):
        return self.underlying.translate_with_prefix(sources, target_prefixes)

    def alignments(self, sources, targets):
        return self.underlying.alignments(sources, targets)

    def close(self) -> None:
        """Stop the actors, and the Ray runtime when this translator started it."""
        ray = import_ray()
        for actor in self.actors:
            ray.kill(actor)
        self.actors = []
        if self._started:
            ray.shutdown()


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
