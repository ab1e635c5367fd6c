"""The packaging inputs agree with the tree: spec data lists, hidden imports, desktop entry."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str, path: Path) -> ModuleType:
    # By path: a `packaging` package on sys.path would shadow the PyPI library of that name.
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


layout = _load("bundle_layout", PACKAGING / "bundle_layout.py")
deb_depends = _load("deb_depends", PACKAGING / "linux" / "deb_depends.py")


def test_every_shipped_resource_is_in_the_spec_data_list() -> None:
    bundled = {(Path(src).relative_to(ROOT), dest) for src, dest in layout.datas(ROOT)}
    for path in (ROOT / "resources").rglob("*"):
        if not path.is_file() or path.suffix in {".ts", ".pyc"} or path.name == ".gitkeep":
            continue
        rel = path.relative_to(ROOT)
        if any(rel.is_relative_to(d) for d in layout.EXCLUDED_RESOURCE_DIRS):
            assert (rel, rel.parent.as_posix()) not in bundled
            continue
        assert (rel, rel.parent.as_posix()) in bundled, f"{rel} would be missing from the bundle"
    assert all(not src.endswith(".ts") for src, _ in layout.datas(ROOT))


def test_migrations_ship_as_files_where_alembic_looks_for_them() -> None:
    dests = {Path(src).name: dest for src, dest in layout.datas(ROOT)}
    assert dests["env.py"] == "lawfulreq/db/migrations"
    assert dests["script.py.mako"] == "lawfulreq/db/migrations"
    for version in (ROOT / "lawfulreq/db/migrations/versions").glob("*.py"):
        assert dests[version.name] == "lawfulreq/db/migrations/versions"


def test_migration_imports_are_found_in_the_scripts(tmp_path: Path) -> None:
    versions = tmp_path / "lawfulreq/db/migrations/versions"
    versions.mkdir(parents=True)
    (versions.parent / "env.py").write_text("from alembic import context\n")
    (versions / "0002_x.py").write_text(
        "from __future__ import annotations\nimport sqlalchemy as sa\nimport lawfulreq.db.types\n"
    )
    assert layout.migration_imports(tmp_path) == ["alembic", "lawfulreq.db.types", "sqlalchemy"]
    real = layout.migration_imports(ROOT)
    assert {"alembic", "sqlalchemy"} <= set(real)


def test_untranslated_flags_missing_and_stale_qm(tmp_path: Path) -> None:
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "shell_nl.ts").write_text("<TS/>")
    (folder / "cases_nl.ts").write_text("<TS/>")
    (folder / "cases_nl.qm").write_bytes(b"qm")
    assert [p.name for p in layout.untranslated(tmp_path)] == ["shell_nl.ts"]
    (folder / "shell_nl.qm").write_bytes(b"qm")
    assert layout.untranslated(tmp_path) == []


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_nl.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", False),
        ("resources/translations/shell_nl.qm", True),
    ],
)
def test_qt_files_kept_or_dropped(dest: str, kept: bool) -> None:
    assert layout.keep_qt_file(dest) is kept


def test_system_libraries_are_left_to_the_package_manager() -> None:
    assert layout.is_system_library("/usr/lib/x86_64-linux-gnu/libfontconfig.so.1")
    assert layout.is_system_library("/lib/x86_64-linux-gnu/libz.so.1")
    site = "/work/.venv/lib/python3.11/site-packages/PySide6/Qt/lib/libQt6Core.so.6"
    assert not layout.is_system_library(site)


def test_hidden_imports_exist() -> None:
    missing = [name for name in layout.HIDDEN_IMPORTS if importlib.util.find_spec(name) is None]
    assert missing == []


def test_spec_is_valid_python_and_uses_the_layout() -> None:
    tree = ast.parse((PACKAGING / "lawfulreq.spec").read_text(encoding="utf-8"))
    called = {
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    }
    assert {"datas", "untranslated", "migration_imports", "keep_qt_file"} <= called


def test_version_comes_from_pyproject() -> None:
    from lawfulreq import __version__

    assert layout.version(ROOT) == __version__


def test_desktop_entry_matches_the_package() -> None:
    desktop = PACKAGING / "linux" / "lawfulreq.desktop"
    entries = dict(line.split("=", 1) for line in desktop.read_text().splitlines() if "=" in line)
    assert entries["Exec"] == "lawfulreq"
    assert entries["Icon"] == "lawfulreq"
    build = (PACKAGING / "build_linux.sh").read_text()
    assert "resources/icons/lawfulreq.svg" in build
    assert (ROOT / "resources/icons/lawfulreq.svg").is_file()
    assert "ln -s ../../opt/lawfulreq/lawfulreq" in build


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_entry_validates() -> None:
    proc = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / "linux" / "lawfulreq.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == ""


@pytest.mark.skipif(shutil.which("readelf") is None, reason="no binutils")
def test_deb_depends_reads_direct_links_of_an_elf_file() -> None:
    python = Path(sys.executable).resolve()
    assert deb_depends.elf_files(python.parent)
    assert any(name.startswith("libc.so") for name in deb_depends.needed(python))


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="not a Debian system")
def test_deb_depends_maps_a_library_to_its_package() -> None:
    libc = next(Path("/").glob("*lib/x86_64-linux-gnu/libc.so.6"), None)
    if libc is None:
        pytest.skip("no x86_64 libc here")
    assert deb_depends.owning_package(str(libc)) == "libc6"


smoke = _load("smoke_test", PACKAGING / "smoke_test.py")


def test_smoke_sandbox_hides_the_callers_secrets_and_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAWFULREQ_DB_PASSPHRASE", "not-for-the-binary")
    monkeypatch.setenv("XDG_DATA_HOME", "/somewhere/else")
    env = smoke.Sandbox(tmp_path).env()
    assert not any(key.startswith("LAWFULREQ_") for key in env)
    assert env["XDG_DATA_HOME"].startswith(str(tmp_path))
    assert env["HOME"].startswith(str(tmp_path))


def test_smoke_image_difference(tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    def save(name: str, width: int, tweak: tuple[int, int, QColor] | None = None) -> Path:
        image = QImage(width, 30, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        if tweak is not None:
            for x in range(tweak[0], tweak[1]):
                for y in range(30):
                    image.setPixelColor(x, y, tweak[2])
        path = tmp_path / name
        assert image.save(str(path))
        return path

    base = save("base.png", 30)
    assert smoke.image_difference(save("same.png", 30), base) == 0.0
    assert smoke.image_difference(save("wider.png", 31), base) == 1.0
    assert smoke.image_difference(save("faint.png", 30, (0, 30, QColor(250, 250, 250))), base) == 0
    assert smoke.image_difference(save("half.png", 30, (0, 15, QColor("black"))), base) == 0.5
