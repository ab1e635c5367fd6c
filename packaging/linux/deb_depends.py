"""Debian `Depends:` for a folder build: the packages owning every system library it links."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

# Loaded with dlopen, so ldd cannot see them: Qt's D-Bus support (portal, tray, a11y).
DLOPENED = ("libdbus-1-3",)
_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def _output(cmd: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # Fixed system tools (ldd, readelf, dpkg) on files of the bundle being packaged.
    return subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)  # noqa: S603


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed(path: Path) -> set[str]:
    """The sonames a file links directly; the rest come with those libraries' own packages."""
    proc = _output(["readelf", "-d", str(path)])
    return set(_NEEDED.findall(proc.stdout))


def linked_libraries(files: list[Path], bundle: Path) -> tuple[set[str], list[str]]:
    """System libraries the files link directly, and `file: lib` for each library not found."""
    lib_dirs = sorted({str(p.parent) for p in files if ".so" in p.name})
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(lib_dirs))
    system: set[str] = set()
    missing: list[str] = []
    for path in files:
        proc = _output(["ldd", str(path)], env)
        direct = needed(path)
        for line in proc.stdout.splitlines():
            match = _LDD_LINE.match(line)
            if not match:
                continue
            name, where = match.groups()
            if where == "not found":
                missing.append(f"{path.relative_to(bundle)}: {name}")
            elif name in direct and not Path(where).resolve().is_relative_to(bundle):
                system.add(where)
    return system, missing


def owning_package(library: str) -> str:
    real = os.path.realpath(library)
    candidates = [library, real]
    for path in (library, real):
        candidates.append(path[4:] if path.startswith("/usr/") else "/usr" + path)
    for candidate in candidates:
        proc = _output(["dpkg", "-S", candidate])
        if proc.returncode == 0:
            package = proc.stdout.split(":", 1)[0].split(",")[0].strip()
            return package
    raise SystemExit(f"deb_depends: no Debian package owns {library}")


def glibc_version() -> str:
    return os.confstr("CS_GNU_LIBC_VERSION").split()[-1]  # type: ignore[union-attr]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("bundle", type=Path)
    args = parser.parse_args()
    bundle = args.bundle.resolve()
    files = elf_files(bundle)
    if not files:
        raise SystemExit(f"deb_depends: no ELF file under {bundle}")
    system, missing = linked_libraries(files, bundle)
    if missing:
        print("deb_depends: libraries not found on the build machine:", file=sys.stderr)
        print("\n".join(f"  {m}" for m in sorted(set(missing))), file=sys.stderr)
        return 1
    packages = {owning_package(lib) for lib in system} | set(DLOPENED)
    packages.discard("libc6")
    depends = [f"libc6 (>= {glibc_version()})", *sorted(packages)]
    print(", ".join(depends))
    return 0


if __name__ == "__main__":
    sys.exit(main())
