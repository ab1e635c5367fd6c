"""The command-line fixtures of the case tests, shared (one `cli` runner for every area)."""

from tests.cases.test_cli_cases import actors_sqlite, cli

__all__ = ["actors_sqlite", "cli"]
