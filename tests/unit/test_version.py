"""The version constant (read at start without importlib.metadata) matches pyproject.toml."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import lawfulreq

ROOT = Path(__file__).resolve().parents[2]


def test_version_constant_is_the_projects_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert lawfulreq.__version__ == project["version"]


def test_package_import_does_not_read_distribution_metadata() -> None:
    tree = ast.parse((ROOT / "lawfulreq" / "__init__.py").read_text(encoding="utf-8"))
    assert not [node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)]
