"""A YAML tag is a validation error with PATH:LINE:COL, never dropped with its value used as data (issue 14, 8)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from glossary import yamlio
from glossary.schema import GlossaryInvalid
from workbench.cli import cli

TAGGED = """schema_version: 1
entries:
  - id: a
    source: !!python/object/apply:os.system [touch pwned]
    note: !custom hello
    subject: !!str country
    targets:
      ru: {preferred: !!int 5}
"""


def test_every_tag_but_str_is_reported_where_it_is():
    with pytest.raises(GlossaryInvalid) as caught:
        yamlio.loads(TAGGED, "g.yaml")
    assert [str(f) for f in caught.value.findings] == [
        "g.yaml:4:13: YAML tag '!!python/object/apply:os.system' is not allowed (a glossary holds plain text)",
        "g.yaml:5:11: YAML tag '!custom' is not allowed (a glossary holds plain text)",
        "g.yaml:8:23: YAML tag '!!int' is not allowed (a glossary holds plain text)",
    ]


def test_validate_and_translate_refuse_the_file(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text(TAGGED, encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(path)])
    assert result.exit_code == 1 and result.stdout.startswith(f"{path}:4:13: YAML tag")
    result = CliRunner().invoke(cli, ["glossary", "find", "touch pwned", "-g", str(path)])
    assert result.exit_code == 2 and f"{path}:4:13: YAML tag" in result.stderr
    assert not (tmp_path / "pwned").exists()
