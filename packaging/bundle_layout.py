"""What the frozen bundle holds: data files, hidden imports, and the Qt parts left out."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "lawfulreq"
MIGRATIONS = Path("lawfulreq") / "db" / "migrations"

# Build inputs that never ship: translation sources are compiled to .qm first.
_SKIP_SUFFIXES = {".ts", ".pyc", ".pyo"}
_SKIP_NAMES = {".gitkeep", ".DS_Store", "__pycache__"}
# Under resources/ but not used by the app: the README's pictures.
EXCLUDED_RESOURCE_DIRS = (Path("resources") / "screenshots",)

# Imported by name at run time (importlib, SQLAlchemy's dialect registry, entry points),
# so PyInstaller's import analysis cannot see them.
HIDDEN_IMPORTS = [
    "ui.app",
    # The in-app PDF preview (reports, access answers, demand documents) is imported lazily.
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "sqlalchemy.dialects.sqlite.pysqlcipher",
    "sqlalchemy.dialects.postgresql.psycopg",
    "sqlcipher3",
    "sqlcipher3.dbapi2",
    "psycopg",
    "keyring.backends.SecretService",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    "secretstorage",
    "jeepney",
    "mako.template",
    "faker",
    "logging.handlers",
]

# The app uses QtCore, QtGui, QtWidgets, QtSvg(Widgets) and QtPrintSupport; everything
# else PySide6 ships is left out so it neither bloats the bundle nor drags in its plugins.
QT_EXCLUDES = [
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtBluetooth",
        "QtCharts",
        "QtDataVisualization",
        "QtDesigner",
        "QtGraphs",
        "QtHelp",
        "QtHttpServer",
        "QtLabsStyleKit",
        "QtLocation",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtNfc",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPositioning",
        "QtQml",
        "QtQmlFeatures",
        "QtQuick",
        "QtQuick3D",
        "QtQuickControls2",
        "QtQuickTest",
        "QtQuickWidgets",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtSql",
        "QtStateMachine",
        "QtTest",
        "QtTextToSpeech",
        "QtUiTools",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
        "QtXml",
    )
]
# Python packages that come in through optional imports and are never used frozen.
# pkg_resources (only python-stdnum's fallback behind importlib.resources) would add a
# runtime hook that imports it at every start.
PYTHON_EXCLUDES = [
    "tkinter",
    "unittest",
    "pydoc_data",
    "IPython",
    "pytest",
    "PyInstaller",
    "pkg_resources",
    "setuptools",
]

# Qt's own translations: only the languages the app offers.
QT_LANGUAGES = ("nl", "en")
# Qt parts a desktop app does not need: embedded displays, VNC, QML tooling, SQL drivers,
# network-status plugins, and the GTK theme (it would drag a whole GTK 3 into the bundle;
# the xdg-desktop-portal theme gives native dialogs without it).
_DROPPED_QT_FILES = re.compile(
    r"plugins/(platforms/libq(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay)"
    r"|egldeviceintegrations/|qmltooling/|designer/|sqldrivers/|generic/|networkinformation/"
    r"|platformthemes/libqgtk3|wayland-graphics-integration-server/)"
    r"|libQt6EglF[Ss]"
)
# Linux: shared libraries that the build machine's Debian packages provide are not copied
# into the bundle; the .deb depends on those packages instead (packaging/linux/deb_depends.py).
_SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def _shipped(path: Path) -> bool:
    return (
        path.is_file()
        and path.suffix not in _SKIP_SUFFIXES
        and not any(part in _SKIP_NAMES for part in path.parts)
    )


def resource_files(root: Path = ROOT) -> list[Path]:
    """Every file under resources/ that ships, relative to the project root."""
    base = root / "resources"
    return sorted(
        p.relative_to(root)
        for p in base.rglob("*")
        if _shipped(p)
        and not any(p.relative_to(root).is_relative_to(d) for d in EXCLUDED_RESOURCE_DIRS)
    )


def migration_files(root: Path = ROOT) -> list[Path]:
    """Alembic reads env.py, script.py.mako and versions/*.py from disk, so they ship as files."""
    base = root / MIGRATIONS
    found = [*base.glob("*.py"), *base.glob("*.mako"), *base.glob("*.ini")]
    found += base.glob("versions/*.py")
    return sorted(p.relative_to(root) for p in found if _shipped(p))


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) pairs for PyInstaller's Analysis."""
    files = resource_files(root) + migration_files(root)
    return [(str(root / rel), rel.parent.as_posix()) for rel in files]


def untranslated(root: Path = ROOT) -> list[Path]:
    """Translation sources whose .qm is missing or older than the .ts."""
    stale = []
    for ts in sorted((root / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts)
    return stale


def migration_imports(root: Path = ROOT) -> list[str]:
    """Modules the migration scripts import; they are data files, so nothing else sees these."""
    names: set[str] = set()
    for rel in migration_files(root):
        if rel.suffix != ".py":
            continue
        tree = ast.parse((root / rel).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    names.discard("__future__")
    return sorted(names)


def keep_qt_file(dest: str) -> bool:
    """False for a collected Qt file the app never loads (other languages, unused plugins)."""
    dest = dest.replace("\\", "/")
    if "/translations/" in dest and dest.endswith(".qm") and "PySide6" in dest:
        return any(dest.endswith(f"_{lang}.qm") for lang in QT_LANGUAGES)
    return not _DROPPED_QT_FILES.search(dest)


def is_system_library(source: str) -> bool:
    """A library from the Linux system's own folders (not a wheel's or Python's)."""
    return source.startswith(_SYSTEM_LIBRARY_DIRS)


def version(root: Path = ROOT) -> str:
    with (root / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])
