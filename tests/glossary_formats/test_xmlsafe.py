"""Untrusted XML: XXE and billion-laughs files fail cleanly, leak nothing, and never touch the network."""

from __future__ import annotations

import pytest

from glossary import formats, xmlsafe
from glossary.errors import GlossaryError

SECRET = "TOP-SECRET-7f3a9c"
BODY = ('<martif xml:lang="en"><text><body><termEntry id="a"><langSet xml:lang="en">'
        '<tig><term>{term}</term></tig></langSet></termEntry></body></text></martif>')
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE martif [\n <!ENTITY lol "lol">\n'
          + "".join(f' <!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">\n'
                    for i in range(1, 10))
          + "]>\n" + BODY.format(term="&lol9;"))


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


def xxe_documents(secret_file) -> dict[str, str]:
    uri = secret_file.as_uri()
    return {
        "external entity": f'<?xml version="1.0"?>\n<!DOCTYPE martif [\n<!ENTITY xxe SYSTEM "{uri}">\n]>\n'
                           + BODY.format(term="&xxe;"),
        "parameter entity": f'<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY % p SYSTEM "{uri}"> %p;]>\n'
                            + BODY.format(term="x"),
        "billion laughs": LAUGHS,
    }


@pytest.mark.parametrize("kind", ["external entity", "parameter entity", "billion laughs"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_entity_declarations_are_refused_without_leaking(tmp_path, secret_file, kind, encoding):
    text = xxe_documents(secret_file)[kind]
    if encoding != "utf-8":
        text = text.replace('<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{encoding}"?>')
    path = tmp_path / "evil.tbx"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(GlossaryError) as caught:
        formats.load(path)
    assert str(caught.value).startswith(f"{path}:")
    assert str(caught.value).endswith(xmlsafe.DTD_MESSAGE)
    assert SECRET not in str(caught.value)


def test_external_dtd_is_never_loaded(tmp_path, secret_file):
    # A DOCTYPE naming an external DTD (as Trados writes it) is fine, but the DTD is not read.
    for system_id in (secret_file.as_uri(), "http://127.0.0.1:9/evil.dtd"):
        path = tmp_path / "external.tbx"
        path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "{system_id}">\n' + BODY.format(term="DPRK"))
        glossary = formats.load(path)
        assert glossary.entries[0].source == "DPRK"
        assert SECRET not in repr(glossary)


def test_undeclared_entity_is_a_syntax_error_with_line(tmp_path):
    path = tmp_path / "undeclared.tbx"
    path.write_text('<?xml version="1.0"?>\n\n' + BODY.format(term="&xxe;"))
    with pytest.raises(GlossaryError, match="not well-formed XML") as caught:
        formats.load(path)
    assert caught.value.line == 3


def test_a_comment_with_brackets_before_the_root_is_fine():
    root = xmlsafe.parse(b'<?xml version="1.0"?>\n<!-- [draft] -->\n<!DOCTYPE martif SYSTEM "x.dtd">\n<martif/>')
    assert root.tag == "martif"


def test_entity_declarations_are_refused_even_if_the_prescan_misses_them(monkeypatch):
    monkeypatch.setattr(xmlsafe, "_reject_entity_declarations", lambda prolog, path: None)
    with pytest.raises(GlossaryError, match="DTD/entity"):
        xmlsafe.parse(b'<!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>', "p.tbx")
