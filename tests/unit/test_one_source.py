"""Enumerations, not strings: every place that offers a choice takes it from the one enum."""

from __future__ import annotations

import ast
import re
from datetime import timedelta
from pathlib import Path

from lawfulreq.cli.main import build_parser
from lawfulreq.domain.deadlines import DUE_SOON_DAYS, due_soon_before
from lawfulreq.domain.enums import VerificationMethod
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parents[2]
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


def _error_codes() -> list[tuple[str, str]]:
    """(where, code) for every `SomethingError(..., code="...")` in the core."""
    found = []
    for path in sorted((ROOT / "lawfulreq").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else ""
            name = node.func.attr if isinstance(node.func, ast.Attribute) else name
            if not name.endswith("Error"):
                continue
            for keyword in node.keywords:
                if keyword.arg == "code" and isinstance(keyword.value, ast.Constant):
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", keyword.value.value))
    return found


def test_error_codes_are_snake_case() -> None:
    codes = _error_codes()
    assert len(codes) > 50, "the scan found too few error codes: is it broken?"
    assert [c for c in codes if not SNAKE.match(str(c[1]))] == []


def test_the_cli_offers_every_verification_method() -> None:
    parser = build_parser()
    args = parser.parse_args(["case", "verify", "LR-1", "signed_electronic"])
    assert args.method == VerificationMethod.SIGNED_ELECTRONIC.value
    sub = next(a for a in parser._actions if a.dest == "command")
    case = sub.choices["case"]  # type: ignore[index]
    verify = next(a for a in case._actions if a.dest == "case_command").choices["verify"]
    method = next(a for a in verify._actions if a.dest == "method")
    assert list(method.choices) == [m.value for m in VerificationMethod]


def test_due_soon_is_three_days_from_now() -> None:
    assert DUE_SOON_DAYS == 3
    assert due_soon_before(NOW) == NOW + timedelta(days=3)
