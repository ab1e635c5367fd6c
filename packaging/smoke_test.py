"""Smoke-test a BUILT LawfulReq: start the binary on throwaway user directories and check it."""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 300
APP_DIR = "LawfulReq"  # platformdirs' folder name, see lawfulreq/paths.py


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)
    passed: int = 0

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        print(f"{'ok  ' if ok else 'FAIL'} {what}" + (f": {detail}" if detail and not ok else ""))
        if ok:
            self.passed += 1
        else:
            self.failures.append(what)
        return ok

    def note(self, text: str) -> None:
        print(f"     {text}")


@dataclass
class Sandbox:
    """A temporary HOME with its XDG folders, a temp dir and an empty working directory."""

    base: Path

    @property
    def home(self) -> Path:
        return self.base / "home"

    @property
    def data_home(self) -> Path:
        return self.home / ".local" / "share"

    @property
    def state_home(self) -> Path:
        return self.home / ".local" / "state"

    @property
    def tmp(self) -> Path:
        return self.base / "tmp"

    @property
    def cwd(self) -> Path:
        return self.base / "cwd"

    def env(self, **extra: str) -> dict[str, str]:
        keep = ("PATH", "LANG", "LC_ALL", "SYSTEMROOT", "WINDIR", "COMSPEC", "PATHEXT")
        env = {k: v for k, v in os.environ.items() if k in keep}
        env.update(
            HOME=str(self.home),
            USERPROFILE=str(self.home),
            APPDATA=str(self.home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(self.home / "AppData" / "Local"),
            XDG_DATA_HOME=str(self.data_home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_STATE_HOME=str(self.state_home),
            XDG_RUNTIME_DIR=str(self.base / "runtime"),
            TMPDIR=str(self.tmp),
            TEMP=str(self.tmp),
            TMP=str(self.tmp),
            QT_QPA_PLATFORM="offscreen",
            # No session bus: the keyring is unreachable unless a step provides one.
            DBUS_SESSION_BUS_ADDRESS=f"unix:path={self.base / 'no-session-bus'}",
        )
        env.update(extra)
        return env

    def make(self) -> None:
        for folder in (self.home, self.data_home, self.state_home, self.tmp, self.cwd):
            folder.mkdir(parents=True, exist_ok=True)
        (self.base / "runtime").mkdir(mode=0o700, exist_ok=True)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def run(
    cmd: Sequence[str], env: Mapping[str, str], cwd: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - the binary under test, by design
        list(cmd),
        env=dict(env),
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


def describe(proc: subprocess.CompletedProcess[str]) -> str:
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-8:]
    return f"exit {proc.returncode}; " + " | ".join(tail)


def clean(proc: subprocess.CompletedProcess[str]) -> bool:
    return "Traceback" not in proc.stderr and "Traceback" not in proc.stdout


def find_internal(bundle: Path) -> Path:
    """The folder holding the bundled files: _internal (Linux, Windows) or Contents/Frameworks."""
    for candidate in (bundle / "_internal", bundle.parent / "Frameworks", bundle):
        if (candidate / "resources").is_dir():
            return candidate
    return bundle / "_internal"


def check_contents(report: Report, internal: Path) -> None:
    resources = internal / "resources"
    report.check(
        (resources / "catalogue" / "legal_bases.json").is_file(), "bundle has the legal catalogue"
    )
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    missing = [
        ts.stem for ts in sources if not (resources / "translations" / f"{ts.stem}.qm").is_file()
    ]
    report.check(not missing, f"bundle has a .qm for each of {len(sources)} .ts", str(missing))
    qt_nl = list(internal.rglob("qtbase_nl.qm"))
    report.check(bool(qt_nl), "bundle has Qt's own Dutch translation (qtbase_nl.qm)")
    # Frozen, Faker finds its locales by globbing for these files (packaging/hooks/hook-faker.py).
    faker_nl = internal / "faker" / "providers" / "person" / "nl_NL" / "__init__.py"
    report.check(faker_nl.is_file(), "bundle has Faker's nl_NL locale as files")
    migrations = internal / "lawfulreq" / "db" / "migrations"
    versions = sorted(p.name for p in (migrations / "versions").glob("*.py"))
    expected = sorted(p.name for p in (ROOT / "lawfulreq/db/migrations/versions").glob("*.py"))
    report.check(
        (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file(),
        "bundle has Alembic's env.py and script.py.mako",
    )
    report.check(not expected or versions == expected, "bundle has every migration", f"{versions}")


def expected_version() -> str | None:
    pyproject = ROOT / "pyproject.toml"
    if not pyproject.exists():
        return None
    with pyproject.open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def keyring_session_available() -> bool:
    return bool(shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"))


def check_version(report: Report, box: Sandbox, exe: list[str]) -> None:
    proc = run([*exe, "--version"], box.env(), box.cwd)
    want = expected_version()
    shown = proc.stdout.strip()
    report.check(
        proc.returncode == 0 and "+source" not in shown and (not want or shown.endswith(want)),
        f"--version reports the packaged version ({shown})",
        describe(proc),
    )


def check_gui(report: Report, box: Sandbox, exe: list[str]) -> None:
    for extra in ([], ["--lang", "nl"]):
        proc = run([*exe, *extra, "--smoke-test"], box.env(), box.cwd)
        report.check(
            proc.returncode == 0 and clean(proc),
            f"{' '.join(['--smoke-test', *extra])} builds and renders the main window",
            describe(proc),
        )


def created_database(proc: subprocess.CompletedProcess[str]) -> Path | None:
    """The database file that `--json init` reports having made."""
    try:
        return Path(json.loads(proc.stdout)["database"])
    except (ValueError, KeyError, TypeError):
        return None


def remove_database(db_file: Path) -> None:
    for suffix in ("", ".keyinfo", "-wal", "-shm"):
        db_file.with_name(db_file.name + suffix).unlink(missing_ok=True)


def check_no_passphrase(report: Report, box: Sandbox, exe: list[str], password: str) -> None:
    """Without a passphrase the key goes to the OS keyring, or init says clearly there is none."""
    env = box.env(LAWFULREQ_NEW_PASSWORD=password)
    proc = run([*exe, "--json", "init", "--admin", "fg"], env, box.cwd)
    db_file = created_database(proc) if proc.returncode == 0 else None
    if db_file is not None:
        keyinfo = db_file.with_name(db_file.name + ".keyinfo")
        mode = json.loads(keyinfo.read_text())["mode"] if keyinfo.is_file() else None
        report.check(mode == "keyring", "init without a passphrase keeps the key in the keyring")
        remove_database(db_file)
        return
    # Linux names the passphrase variable; a keyring that refuses (e.g. a locked macOS
    # keychain) gets its own message, but it must still be one clear line about the keyring.
    hint = "LAWFULREQ_DB_PASSPHRASE" in proc.stderr or sys.platform != "linux"
    report.check(
        proc.returncode == 1
        and clean(proc)
        and proc.stderr.startswith("lawfulreq: error:")
        and "keyring" in proc.stderr
        and hint,
        "without a keyring, init refuses with the clear no-keyring message",
        describe(proc),
    )
    report.note(proc.stderr.strip())


def check_passphrase(
    report: Report, box: Sandbox, exe: list[str], password: str, bundle: Path
) -> None:
    env = box.env(
        LAWFULREQ_NEW_PASSWORD=password,
        LAWFULREQ_PASSWORD=password,
        LAWFULREQ_DB_PASSPHRASE="smoke-" + secrets.token_hex(8),
    )
    proc = run([*exe, "--json", "init", "--admin", "fg"], env, box.cwd)
    db_file = created_database(proc)
    report.check(
        proc.returncode == 0 and clean(proc) and db_file is not None and db_file.is_file(),
        "init with a passphrase creates the database",
        describe(proc),
    )
    if db_file is None:
        return
    report.check(not db_file.is_relative_to(bundle), "the database is not beside the binary")
    # Windows' known folders do not follow environment variables: there the file lands in
    # the real profile, so it is only checked to be outside the bundle and removed after.
    in_sandbox = db_file.is_relative_to(box.home)
    report.check(
        in_sandbox or sys.platform == "win32",
        f"the database is in the user data directory ({db_file})",
    )
    proc = run([*exe, "--user", "fg", "--json", "user", "list"], env, box.cwd)
    ok = proc.returncode == 0 and clean(proc)
    users = json.loads(proc.stdout).get("users", []) if ok else []
    report.check(
        ok and [u["username"] for u in users] == ["fg"],
        "reopens the encrypted database and signs in",
        describe(proc),
    )
    check_intake(report, box, exe, env)
    check_large_import(report, box, exe, env)
    check_gui_log(report, box, exe, env)
    if not in_sandbox:
        remove_database(db_file)


# The outside contract's example demand: phonenumbers and python-stdnum (with its data files)
# must work frozen to type and normalise the targets.
DEMAND = {
    "authority": {"name": "Politie Eenheid Oost-Nederland", "type": "police"},
    "requester": {"name": "J. de Vries", "phone": "+31 88 1234567", "email": "jdv@politie.nl"},
    "issuer_role": "prosecutor",
    "legal_basis": "sv-126n",
    "authority_reference": "PL0600-2026123456",
    "parket_number": "05/123456-26",
    "channel": "written",
    "received_at": "2026-11-20T10:00:00+01:00",
    "due_at": "2026-11-27T17:00:00+01:00",
    "rc_authorisation": {"date": "2026-11-19", "judge": "mr. A. Bakker"},
    "data_categories": ["subscriber", "traffic"],
    "period": {"from": "2026-09-01T00:00:00+02:00", "to": "2026-11-20T00:00:00+01:00"},
    "targets": ["06-12345678", "204081234567890", "490154203237518"],
    "emergency": False,
    "emergency_reason": None,
    "notes": "",
}
EXPECTED_TARGETS = [
    ("phone_number", "+31612345678"),
    ("imsi", "204081234567890"),
    ("imei", "490154203237518"),
]


# Above the importer's 8 MB threshold, so it parses in a spawned process: in a frozen build
# that needs multiprocessing.freeze_support() in the entry point, or the child starts the CLI.
LARGE_IMPORT_ROWS = 90_000
CUSTOMER_HEADER = (
    "customer_id;kind;name;street;house_number;house_number_suffix;postcode;town;country;"
    "email;kvk;iban;contract_start;contract_end;directory_listed\n"
)


def check_large_import(report: Report, box: Sandbox, exe: list[str], env: dict[str, str]) -> None:
    csv_file = box.base / "customers.csv"
    with csv_file.open("w", encoding="utf-8") as out:
        out.write(CUSTOMER_HEADER)
        for i in range(1, LARGE_IMPORT_ROWS + 1):
            postcode = f"{1000 + i % 8999} {'ABCDEFGH'[i % 8]}{'JKLMNPRT'[(i // 8) % 8]}"
            out.write(
                f"S{i:07d};person;Smoke Klant {i};Dorpsstraat;{i % 300 + 1};;{postcode};Utrecht;"
                f"NL;smoke{i}@example.nl;;;2020-01-01;;yes\n"
            )
    size = csv_file.stat().st_size
    proc = run([*exe, "--user", "fg", "--json", "import", "customers", str(csv_file)], env, box.cwd)
    done = json.loads(proc.stdout) if proc.returncode == 0 and proc.stdout.strip() else {}
    report.check(
        size > 8_000_000
        and clean(proc)
        and done.get("status") == "imported"
        and done.get("rows") == done.get("imported") == LARGE_IMPORT_ROWS,
        f"imports {LARGE_IMPORT_ROWS} customers ({size / 1e6:.1f} MB, parsed in a spawned process)",
        describe(proc),
    )
    csv_file.unlink()


def check_intake(report: Report, box: Sandbox, exe: list[str], env: dict[str, str]) -> None:
    demand = box.base / "demand.json"
    demand.write_text(json.dumps(DEMAND), encoding="utf-8")
    proc = run([*exe, "--user", "fg", "--json", "case", "new", str(demand)], env, box.cwd)
    ref = json.loads(proc.stdout).get("ref") if proc.returncode == 0 else None
    report.check(
        bool(ref) and clean(proc), "case intake from the contract's example", describe(proc)
    )
    if not ref:
        return
    proc = run([*exe, "--user", "fg", "--json", "case", "show", ref], env, box.cwd)
    shown = json.loads(proc.stdout) if proc.returncode == 0 else {}
    targets = [(t["kind"], t["normalised"]) for t in shown.get("targets_normalised", [])]
    report.check(
        targets == EXPECTED_TARGETS,
        "targets typed and normalised (phonenumbers, python-stdnum)",
        f"{targets}; {describe(proc)}",
    )


def check_gui_log(report: Report, box: Sandbox, exe: list[str], env: dict[str, str]) -> None:
    """The real GUI start (up to its sign-in dialog) writes its log in the user log directory."""
    log_file = box.state_home / APP_DIR / "log" / "lawfulreq.log"
    if sys.platform != "linux":
        report.note("GUI log check runs on Linux only (platform log folders ignore $HOME)")
        return
    proc = subprocess.Popen(  # noqa: S603 - the binary under test
        exe, env=env, cwd=box.cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            if log_file.is_file() and "starting" in log_file.read_text(encoding="utf-8"):
                break
            time.sleep(0.2)
        started = log_file.is_file() and "starting" in log_file.read_text(encoding="utf-8")
        still_running = proc.poll() is None
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    report.check(
        started and still_running and "Traceback" not in stderr,
        f"the GUI starts, waits at sign-in and logs to {log_file.relative_to(box.home)}",
        stderr.strip()[-400:],
    )


def image_difference(actual: Path, expected: Path) -> float:
    """Share of sampled pixels that differ visibly (1.0 when the sizes differ)."""
    from PySide6.QtGui import QImage  # noqa: PLC0415 - only this optional check needs Qt

    a = QImage(str(actual)).convertToFormat(QImage.Format.Format_RGB32)
    b = QImage(str(expected)).convertToFormat(QImage.Format.Format_RGB32)
    if a.isNull() or a.size() != b.size():
        return 1.0
    if a == b:
        return 0.0
    differing = total = 0
    for y in range(0, a.height(), 3):
        for x in range(0, a.width(), 3):
            total += 1
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if pa != pb and max(abs((pa >> s & 255) - (pb >> s & 255)) for s in (0, 8, 16)) > 24:
                differing += 1
    return differing / total


def check_screens(report: Report, box: Sandbox, exe: list[str], password: str) -> None:
    """Every screen rendered by the built app against the GUI's golden images (nl and en).

    Same pictures as from source means the bundle found its fonts, style sheet, icons and
    both languages' translations.
    """
    baselines = ROOT / "tests" / "screenshots"
    if not baselines.is_dir() or importlib.util.find_spec("PySide6") is None:
        report.note("screens not compared: no tests/screenshots baselines or no PySide6 here")
        return
    from ui.screenshots import VOLATILE_SHOTS  # noqa: PLC0415 - the source tree's list

    out = box.base / "screens"
    env = box.env(LAWFULREQ_NEW_PASSWORD=password)
    proc = run([*exe, "screenshots", str(out)], env, box.cwd)
    if not report.check(
        proc.returncode == 0 and clean(proc), "renders every screen", describe(proc)
    ):
        return
    for language in ("nl", "en"):
        expected = [
            png
            for png in sorted((baselines / language).glob("*.png"))
            # "NN-name.png": shots holding a signature's hash differ on every run.
            if png.stem.split("-", 1)[-1] not in VOLATILE_SHOTS
        ]
        off = [
            f"{png.name} ({image_difference(out / language / png.name, png):.1%})"
            for png in expected
            if image_difference(out / language / png.name, png) > 0.005
        ]
        report.check(
            bool(expected) and not off,
            f"{len(expected)} screens in {language} match the GUI's baselines",
            ", ".join(off),
        )


def check_demo(report: Report, box: Sandbox, exe: list[str], password: str) -> None:
    proc = run([*exe, "--help"], box.env(), box.cwd)
    if not re.search(r"\bdemo\b", proc.stdout):
        report.note("no `demo` command in this build yet: Faker not exercised")
        return
    demo_db = box.base / "demo" / "demo.db"
    env = box.env(LAWFULREQ_NEW_PASSWORD=password)
    small = ["--subscribers", "50", "--cases", "5", "--seed", "7"]
    proc = run([*exe, "--db", str(demo_db), "demo", *small], env, box.cwd)
    report.check(
        proc.returncode == 0 and clean(proc),
        "demo builds a synthetic database (Faker nl_NL)",
        describe(proc),
    )


def check_user_dirs(report: Report, box: Sandbox) -> None:
    report.check(not any(box.cwd.iterdir()), "nothing was written to the working directory")
    leftovers = [p.name for p in box.tmp.iterdir()]
    report.check(not leftovers, "the temporary directory was cleaned up", str(leftovers))
    user_dirs = [box.home / d for d in (".local", ".config", ".cache", "AppData")]
    outside = [
        str(p.relative_to(box.home))
        for p in box.home.rglob("*")
        if p.is_file() and not any(p.is_relative_to(d) for d in user_dirs)
    ]
    report.check(not outside, "every file the app wrote is in a user directory", str(outside))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("binary", type=Path, help="the built `lawfulreq` (or its launcher)")
    parser.add_argument(
        "--require-keyring",
        action="store_true",
        help="fail unless a real Secret Service keyring test ran (needs dbus, gnome-keyring)",
    )
    args = parser.parse_args(argv)
    binary = args.binary.absolute()
    if not binary.exists():
        print(f"smoke_test: {binary}: no such file", file=sys.stderr)
        return 2
    bundle = binary.resolve().parent
    report = Report()
    before = snapshot(bundle)
    print(f"smoke test of {binary} (bundle {bundle})")
    with tempfile.TemporaryDirectory(prefix="lawfulreq-smoke-") as tmp:
        box = Sandbox(Path(tmp))
        box.make()
        exe = [str(binary)]
        password = "Smoke-" + secrets.token_urlsafe(12)
        check_version(report, box, exe)
        check_contents(report, find_internal(bundle))
        check_gui(report, box, exe)
        check_no_passphrase(report, box, exe, password)
        check_passphrase(report, box, exe, password, bundle)
        if keyring_session_available():
            check_keyring(report, box, exe, password)
        else:
            report.check(
                not args.require_keyring,
                "Secret Service keyring test (needs dbus-run-session and gnome-keyring-daemon)",
                "not available on this machine",
            )
        check_demo(report, box, exe, password)
        check_screens(report, box, exe, password)
        check_user_dirs(report, box)
    after = snapshot(bundle)
    changed = sorted(set(before.items()) ^ set(after.items()))
    report.check(not changed, "the bundle directory is unchanged", str(changed[:5]))
    if report.failures:
        print("smoke test FAILED: " + "; ".join(report.failures))
    print(f"smoke: {report.passed} passed, {len(report.failures)} failed")
    return 1 if report.failures else 0


def check_keyring(report: Report, box: Sandbox, exe: list[str], password: str) -> None:
    """init and reopen with the key in a real Secret Service (gnome-keyring on a private bus)."""
    keyring_home = Sandbox(box.base / "keyring")
    keyring_home.make()
    env = keyring_home.env(LAWFULREQ_NEW_PASSWORD=password, LAWFULREQ_PASSWORD=password)
    del env["DBUS_SESSION_BUS_ADDRESS"]
    unlock = "unlock-" + secrets.token_hex(8)
    # The daemon runs in the foreground of a private session bus and is ended by its own pid.
    script = (
        'printf %s "$1" | gnome-keyring-daemon --foreground --unlock --components=secrets '
        ">/dev/null 2>&1 & gkd=$!; shift; "
        "for _ in $(seq 100); do dbus-send --session --print-reply --dest=org.freedesktop.DBus "
        "/org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets "
        "2>/dev/null | grep -q true && break; sleep 0.1; done; "
        '"$@" init --admin fg && "$@" --user fg --json user list; rc=$?; '
        'kill "$gkd" 2>/dev/null; exit $rc'
    )
    proc = run(
        ["dbus-run-session", "--", "sh", "-c", script, "sh", unlock, *exe],
        env,
        keyring_home.cwd,
    )
    keyinfo = keyring_home.data_home / APP_DIR / "lawfulreq.db.keyinfo"
    mode = json.loads(keyinfo.read_text())["mode"] if keyinfo.is_file() else None
    report.check(
        proc.returncode == 0 and clean(proc) and mode == "keyring",
        "with a Secret Service keyring, init stores the key there and reopens with it",
        describe(proc) + f"; key mode {mode}",
    )


if __name__ == "__main__":
    sys.exit(main())
