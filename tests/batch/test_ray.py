"""The Ray executor (2 CPUs, a local runtime) writes exactly what the local executor writes."""

from __future__ import annotations

import pytest

from tests.batch.helpers import invoke, report

pytest.importorskip("ray")


def test_ray_outputs_and_report_equal_local(news, tmp_path):
    runs = {}
    for executor in ("local", "ray"):
        out = tmp_path / executor
        result = invoke(news, "--to", "ko", "--model", "demo", "--out", out, "--no-tm", "--executor", executor,
                        "--ray-cpus", "2", "--report", tmp_path / f"{executor}.json", "-q")
        assert result.exit_code == 0, result.output
        runs[executor] = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert runs["ray"] == runs["local"] and len(runs["local"]) == 3
    local, ray = report(tmp_path / "local.json"), report(tmp_path / "ray.json")
    assert _files(ray) == _files(local)
    assert ray["summary"]["executor"] == "ray" and ray["summary"]["model_inputs"] == local["summary"]["model_inputs"]


def _files(data: dict) -> list[dict]:
    """File records without the output folder (which differs by design), in path order."""
    return sorted(({k: v for k, v in f.items() if k != "output"} for f in data["files"]), key=lambda f: f["path"])
