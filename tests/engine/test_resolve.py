"""Model resolution: --model PATH / NAME / demo / nothing, and the one-line advice when none exists."""

from __future__ import annotations

import json
import shutil

import pytest

from workbench.engine import packages
from workbench.engine.resolve import resolve_model
from workbench.errors import WorkbenchError


def _error(spec, source="en", target="ko") -> str:
    with pytest.raises(WorkbenchError) as info:
        resolve_model(spec, source, target)
    assert info.value.exit_code == 2
    assert "\n" not in str(info.value)
    return str(info.value)


def test_no_model_says_exactly_how_to_get_one(clean_packages):
    message = _error(None)
    for hint in ("workbench models install en ko", "workbench models install-file PATH.argosmodel",
                 "--model demo"):
        assert hint in message


def test_ko_kp_uses_the_ko_model_and_ru_advice_names_ru(clean_packages, toy_archive):
    packages.install_file(toy_archive)
    assert resolve_model(None, "en", "ko-KP").target_lang == "ko"
    assert "workbench models install en ru" in _error(None, "en", "ru")


def test_path_to_folder_and_archive(toy_dir, toy_archive):
    assert resolve_model(str(toy_dir)).model_id == resolve_model(str(toy_archive)).model_id


def test_same_package_is_loaded_once(toy_dir):
    assert resolve_model(str(toy_dir)) is resolve_model(str(toy_dir))


def test_missing_path_and_unknown_name(clean_packages, tmp_path):
    assert "no such file" in _error(str(tmp_path / "x.argosmodel"))
    message = _error("translate-xx_yy")
    assert "translate-xx_yy" in message and "install-file" in message


def test_wrong_pair_is_refused(toy_dir):
    assert "en→ko, not en→ru" in _error(str(toy_dir), "en", "ru")


def test_by_name_code_and_highest_version(clean_packages, toy_dir):
    newer = clean_packages / "translate-en_ko-toy2"
    shutil.copytree(toy_dir, clean_packages / toy_dir.name)
    shutil.copytree(toy_dir, newer)
    meta = json.loads((newer / "metadata.json").read_text())
    (newer / "metadata.json").write_text(json.dumps({**meta, "package_version": "1.10"}))
    assert resolve_model("translate-en_ko-toy").info.version == "1.0"
    assert resolve_model("translate-en_ko").info.name == "translate-en_ko-toy2"
    assert resolve_model(None).info.name == "translate-en_ko-toy2"


def test_demo_model(demo_ko):
    translator = resolve_model("demo", "en", "ko-KP")
    assert translator.is_demo and "DEMO" in translator.description
    assert "no bundled en→ja demo" in _error("demo", "en", "ja")
    russian = resolve_model("demo", "en", "ru")
    assert russian.is_demo and russian.target_lang == "ru"
    [t] = russian.translate_batch(["Pyongyang, Sept. 13 (KCNA) -- Kim Jong Un met Vladimir Putin."])
    assert any("а" <= ch <= "я" for ch in t.text.lower())


def test_installed_demo_is_found_without_model_option(clean_packages, demo_ko):
    packages.install_file(demo_ko)
    translator = resolve_model(None, "en", "ko")
    assert translator.is_demo and translator.info.installed


def test_compute_type_comes_from_the_environment_and_names_another_model(monkeypatch):
    monkeypatch.delenv("WORKBENCH_COMPUTE_TYPE", raising=False)
    default = resolve_model("demo", "en", "ru")
    monkeypatch.setenv("WORKBENCH_COMPUTE_TYPE", "float32")
    exact = resolve_model("demo", "en", "ru")
    assert exact is not default and exact.compute_type == "float32"
    assert exact.model_id == default.model_id + "+float32"  # the TM never mixes the two numeric paths
    assert [t.text for t in exact.translate_batch(["Putin visited Pyongyang."])][0]


def test_a_bad_compute_type_is_a_one_line_error(monkeypatch):
    monkeypatch.setenv("WORKBENCH_COMPUTE_TYPE", "int3")
    message = _error("demo", "en", "ru")
    assert "WORKBENCH_COMPUTE_TYPE='int3'" in message and "float32" in message
