"""The shipped JSON Schema matches the key tables and accepts what the loader accepts."""

from __future__ import annotations

import subprocess
import sys

import jsonschema
import pytest
import yaml

from glossary import schema, yamlio


def test_shipped_schema_file_is_current():
    assert schema.schema_path().read_text(encoding="utf-8") == schema.render_json_schema()


def test_schema_accepts_valid_files(spec_text):
    validator = jsonschema.Draft202012Validator(schema.json_schema())
    for text in (spec_text, yamlio.read_text(yamlio.bundled_path())):
        errors = list(validator.iter_errors(yaml.safe_load(text)))
        assert errors == []


@pytest.mark.parametrize("mutate", [
    lambda d: d["entries"][0].pop("id"),
    lambda d: d["entries"][0]["targets"]["ru"].update(prefered="x"),
    lambda d: d["entries"][2]["targets"]["ru"]["preferred"]["forms"].update(gen="x"),
    lambda d: d["entries"][0].update(do_not_translate="yes"),
])
def test_schema_rejects_what_the_loader_rejects(spec_text, mutate):
    data = yaml.safe_load(spec_text)
    mutate(data)
    assert list(jsonschema.Draft202012Validator(schema.json_schema()).iter_errors(data))
    with pytest.raises(schema.GlossaryInvalid):
        yamlio.loads(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def test_glossary_core_imports_no_textual_or_workbench():
    code = ("import sys, glossary.yamlio, glossary.lint, glossary.edit, glossary.schema; "
            "print([m for m in sys.modules if m.split('.')[0] in ('textual', 'workbench', 'tui')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
