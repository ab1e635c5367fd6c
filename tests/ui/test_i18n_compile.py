"""A source checkout has no .qm files: the first Dutch start compiles them from the .ts sources."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ui.i18n import compile_missing_translations
from ui.resources import translations_dir


@pytest.mark.no_faketime  # compares file times with the process clock
def test_missing_qm_files_are_compiled(tmp_path: Path) -> None:
    for source in translations_dir().glob("*_nl.ts"):
        shutil.copy(source, tmp_path / source.name)
    built = compile_missing_translations(tmp_path)
    sources = sorted(p.stem for p in tmp_path.glob("*_nl.ts"))
    assert sorted(Path(name).stem for name in built) == sources
    assert all((tmp_path / f"{stem}.qm").stat().st_size > 100 for stem in sources)
    assert compile_missing_translations(tmp_path) == []  # up to date: nothing to do
