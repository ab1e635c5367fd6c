"""Faker for the frozen app: the generic providers plus the nl_NL and en_US locales only.

Replaces the contributed hook, which ships every locale (about 25 MB of sources). Frozen,
Faker finds providers and locales by globbing `*/__init__.py` under sys._MEIPASS, so each
kept package's __init__.py also ships as a file.
"""

from pathlib import Path

from PyInstaller.utils.hooks import collect_submodules, get_package_paths

_LOCALES = {"nl_NL", "en_US", "en"}


def _wanted(name: str) -> bool:
    parts = name.split(".")
    # faker.providers.<provider>[.<locale>[...]]: keep every provider, only the chosen locales.
    return len(parts) <= 3 or parts[3] in _LOCALES


hiddenimports = collect_submodules("faker.providers", filter=_wanted)
_base = Path(get_package_paths("faker")[0])
datas = []
for _name in hiddenimports:
    _init = _base.joinpath(*_name.split("."), "__init__.py")
    if _init.exists():
        datas.append((str(_init), "/".join(_name.split("."))))
