"""Issue 14, access: refusals audited, accounts re-checked per operation, sign-in that
reveals nothing, and missing secrets that name their variable."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from sqlalchemy import update

from lawfulreq.cli.main import build_parser
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.db.models import AppUser
from lawfulreq.errors import AuthenticationError, PermissionDeniedError, ValidationError
from lawfulreq.services import users as users_module
from lawfulreq.services.audit import AuditFilter
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.conftest import TEST_PASSWORD, run_cli
from tests.lookup.data import CUSTOMERS, write

BACKUP_PASSPHRASE = "access-" + "0123456789ab"


def _events(services: AppServices, actors: dict[str, Actor], action: str) -> list[object]:
    return list(services.audit.list(actors["fg"], AuditFilter(action=action)))


def test_an_officer_refused_user_add_and_backup_leaves_events(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    officer = actors["officer"]
    with pytest.raises(PermissionDeniedError):
        services.users.add(officer, "mallory", "fg", TEST_PASSWORD)
    with pytest.raises(PermissionDeniedError):
        services.backup.backup(officer, tmp_path / "b.lrbackup", BACKUP_PASSPHRASE)
    denied = services.audit.list(actors["fg"], AuditFilter(action="permission.denied"))
    assert [(e.actor, e.details["permission"]) for e in denied] == [
        ("officer", "backup"),
        ("officer", "manage_users"),
    ]
    assert not (tmp_path / "b.lrbackup").exists()


def test_a_refused_import_leaves_an_event(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    with pytest.raises(ValidationError):
        services.imports.run(actors["fg"], "customers", tmp_path / "missing.csv")
    bad_header = write(tmp_path, "customers.csv", "who;what\n1;2\n")
    with pytest.raises(ValidationError):
        services.imports.run(actors["fg"], "customers", bad_header)
    refused = services.audit.list(actors["fg"], AuditFilter(action="data.import_refused"))
    assert [(e.details["file"], e.details["code"]) for e in refused] == [
        ("customers.csv", "bad_header"),
        ("missing.csv", "file_missing"),
    ]
    assert CUSTOMERS  # the good file's header stays importable (see tests/lookup)


@pytest.mark.parametrize("change", [{"active": False}, {"role": "auditor"}])
def test_a_disabled_or_changed_account_can_do_nothing_more(
    services: AppServices, actors: dict[str, Actor], change: dict[str, object]
) -> None:
    officer = actors["officer"]
    services.cases.list(officer)  # the open session works
    with services.db.sessions.begin() as session:
        session.execute(update(AppUser).where(AppUser.id == officer.user_id).values(**change))
    with pytest.raises(AuthenticationError) as refused:
        services.cases.list(officer)
    assert refused.value.code == "session_revoked"
    with pytest.raises(AuthenticationError):
        services.authorities.list(officer)
    events = services.audit.list(actors["fg"], AuditFilter(action="session.refused"))
    assert events and events[0].actor == "officer"


def test_an_unknown_name_costs_a_password_check(
    services: AppServices, actors: dict[str, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[str] = []
    real = users_module.verify_password

    def counting(stored: str, password: str) -> bool:
        checked.append(stored)
        return real(stored, password)

    monkeypatch.setattr(users_module, "verify_password", counting)
    with pytest.raises(AuthenticationError):
        services.users.login("nobody-here", "wrong-password")
    with pytest.raises(AuthenticationError):
        services.users.login("officer", "wrong-password")
    assert len(checked) == 2
    assert checked[0].startswith("$argon2id$")


def test_the_lock_message_is_the_same_for_an_unknown_name(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    def five(name: str) -> AuthenticationError:
        for _ in range(5):
            with pytest.raises(AuthenticationError) as info:
                services.users.login(name, "wrong-password")
        return info.value

    real, unknown = five("auditor"), five("nobody-here")
    assert (
        (unknown.code, unknown.message)
        == (real.code, real.message)
        == (
            "account_locked",
            real.message,
        )
    )
    assert unknown.params["until"] == real.params["until"]
    with pytest.raises(AuthenticationError) as again:
        services.users.login("nobody-here", "wrong-password")
    assert again.value.code == "account_locked"


@pytest.mark.parametrize(
    ("argv", "env", "variable"),
    [
        (["--user", "fg", "case", "list"], {}, "LAWFULREQ_PASSWORD"),
        (
            ["--user", "fg", "user", "add", "x", "--role", "officer"],
            {"p": 1},
            "LAWFULREQ_NEW_PASSWORD",
        ),
        (["--user", "fg", "backup", "b.lrbackup"], {"p": 1}, "LAWFULREQ_BACKUP_PASSPHRASE"),
    ],
)
def test_a_missing_secret_names_its_variable(
    any_target: DatabaseTarget,
    actors: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    *,
    argv: list[str],
    env: dict[str, int],
    variable: str,
) -> None:
    if not any_target.is_sqlite:
        pytest.skip("the command line's prompts are the same on both backends")
    monkeypatch.chdir(tmp_path)
    for name in ("LAWFULREQ_PASSWORD", "LAWFULREQ_NEW_PASSWORD", "LAWFULREQ_BACKUP_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    if env:
        monkeypatch.setenv("LAWFULREQ_PASSWORD", TEST_PASSWORD)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert run_cli(["--db", str(any_target.sqlite_path), *argv]) == 1
    assert variable in capsys.readouterr().err


def test_help_names_every_secret_variable() -> None:
    parser = build_parser()
    texts = [parser.format_help()]
    for action in parser._actions:
        if hasattr(action, "choices") and isinstance(action.choices, dict):
            texts += [sub.format_help() for sub in action.choices.values()]
            texts += [c.help or "" for c in getattr(action, "_choices_actions", [])]
    joined = "\n".join(texts)
    for variable in ("LAWFULREQ_PASSWORD", "LAWFULREQ_NEW_PASSWORD", "LAWFULREQ_BACKUP_PASSPHRASE"):
        assert variable in joined, variable
