"""Languages: Dutch and English via Qt Linguist files, the system default, pseudo-translation."""

from __future__ import annotations

import logging
import math
import re
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.preferences import LANGUAGES
from ui.resources import translations_dir

_installed: list[QTranslator] = []
_log = logging.getLogger(__name__)

# Kept as they are by the pseudo-translation: format fields, Qt arguments and HTML tags.
_PROTECTED = re.compile(r"(\{[^}]*\}|%\d|%n|<[^>]+>|&&|&)")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnCN", "áéíóúýÁÉÍÓÚÝçñÇÑ")
PSEUDO_STRETCH = 0.4


def system_language() -> str:
    """Dutch on a Dutch system locale, English everywhere else."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def resolve_language(preferred: str | None) -> str:
    return preferred if preferred in LANGUAGES else system_language()


def pseudo(text: str) -> str:
    """Accent every letter and stretch by 40%: untranslated or clipped text shows at a glance."""
    if not text:
        return text
    parts = _PROTECTED.split(text)
    body = "".join(p if _PROTECTED.fullmatch(p) else p.translate(_ACCENTED) for p in parts)
    visible = len(_PROTECTED.sub("", text))
    return f"{body}{'~' * math.ceil(visible * PSEUDO_STRETCH)}"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the stretched source text."""

    def translate(
        self,
        context: str,
        sourceText: str,  # noqa: N803 - the name of the Qt virtual it overrides
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(sourceText)


def compile_missing_translations(directory: Path) -> list[str]:
    """Build `.qm` files that are missing or older than their `.ts` (a source checkout).

    Packaged builds ship compiled files; a checkout installed with pip has only the sources,
    so the first start compiles them with the lrelease that PySide6 brings.
    """
    lrelease = Path(PySide6.__file__).resolve().parent / "lrelease"
    built: list[str] = []
    for source in sorted([*directory.glob("*_nl.ts"), *directory.glob("*_en.ts")]):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        if not lrelease.exists():
            _log.warning("no lrelease to compile %s; Dutch texts stay English", source.name)
            continue
        import subprocess  # noqa: PLC0415 - only when a file needs compiling, not every start

        try:
            subprocess.run(  # noqa: S603 - a fixed tool from PySide6 on our own files
                [str(lrelease), "-silent", str(source), "-qm", str(target)],
                check=True,
                capture_output=True,
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            _log.warning("could not compile %s: %s", source.name, exc)
            continue
        built.append(target.name)
    return built


def install_language(language: str, *, pseudo_translate: bool = False) -> list[str]:
    """Replace the installed translators; returns the .qm files loaded (for the log)."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded: list[str] = []
    if pseudo_translate:
        translator: QTranslator = PseudoTranslator(app)
        app.installTranslator(translator)
        _installed.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return ["<pseudo>"]
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{language}", qt_dir)]
        compile_missing_translations(translations_dir())
        candidates += [(p.stem, str(p.parent)) for p in sorted(translations_dir().glob("*_nl.qm"))]
        for name, directory in candidates:
            translator = QTranslator(app)
            if translator.load(name, directory):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(name)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        # English needs a translation only for plural forms: "%n holders" rather than "(s)".
        compile_missing_translations(translations_dir())
        for path in sorted(translations_dir().glob("*_en.qm")):
            translator = QTranslator(app)
            if translator.load(path.stem, str(path.parent)):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(path.stem)
    return loaded
