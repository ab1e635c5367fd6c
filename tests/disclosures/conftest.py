"""A case ready for disclosure: the lookup world, a verified requester, items added."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.lookup.data import Cases, load_world, make_cases


@pytest.fixture
def world(services: AppServices, actors: dict[str, Actor], tmp_path: Path) -> Cases:
    load_world(services, actors["fg"], tmp_path)
    return make_cases(services, actors["fg"])


@pytest.fixture
def sqlite_only(request: pytest.FixtureRequest) -> None:
    """Marker fixture: nothing; PostgreSQL runs come from the `services` fixture's params."""
