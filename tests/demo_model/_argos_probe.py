"""Subprocess probe: install .argosmodel files with plain argostranslate into fresh folders and translate.

Run as a separate process so argostranslate reads its settings (fixed at import time) from folders that
no other test shares. Prints one JSON object: {"languages": [...], "translations": {"ko|text": "..."}}.
"""

import json
import os
import sys
import tempfile
from pathlib import Path

root = Path(tempfile.mkdtemp(prefix="demo-model-argos-"))
for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ARGOS_PACKAGES_DIR"):
    (root / var).mkdir()
    os.environ[var] = str(root / var)
os.environ["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"
os.environ["ARGOS_INTRA_THREADS"] = "1"

import argostranslate.package  # noqa: E402  (settings above must come first)
import argostranslate.translate  # noqa: E402

request = json.loads(sys.argv[1])
for path in request["packages"]:
    argostranslate.package.install_from_path(Path(path))
out = {"languages": sorted(lang.code for lang in argostranslate.translate.get_installed_languages()),
       "translations": {}}
for to_code, text in request["texts"]:
    out["translations"][f"{to_code}|{text}"] = argostranslate.translate.translate(text, "en", to_code)
print(json.dumps(out, ensure_ascii=False))
