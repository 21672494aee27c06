"""The package data declared in pyproject.toml covers every data file the code reads."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "allegiance"


def test_every_shipped_data_file_is_declared_as_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["allegiance"]
    missing = []
    for path in PKG.rglob("*"):
        if not path.is_file() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(PKG)
        # setuptools globs: "**/*.tsv" is any .tsv at any depth; fnmatch's "*" crosses "/"
        if not any(
            fnmatch(rel.name, p.removeprefix("**/"))
            if p.startswith("**/")
            else fnmatch(rel.as_posix(), p.replace("/**/", "/"))
            for p in patterns
        ):
            missing.append(str(rel))
    assert not missing, f"not declared as package data: {missing[:10]}"
