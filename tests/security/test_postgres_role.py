"""On PostgreSQL the application role may insert and read audit events, never change them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from lawfulreq.clock import fixed_clock
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.services.registry import open_services
from tests.conftest import NOW, TEST_PASSWORD, make_users

pytestmark = pytest.mark.postgres


@pytest.fixture
def app_login(postgres_target: DatabaseTarget) -> Iterator[tuple[str, str]]:
    """A login in the group role `lawfulreq_app`, made after the migration ran."""
    owner = open_services(postgres_target, create=True, clock=fixed_clock(NOW))
    make_users(owner)
    owner.close()
    name = "lawfulreq_client_" + uuid.uuid4().hex[:8]
    admin = create_engine(postgres_target.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {name} LOGIN"))
        conn.execute(text(f"GRANT lawfulreq_app TO {name}"))
    try:
        yield (
            postgres_target.url,
            make_url(postgres_target.url).set(username=name).render_as_string(hide_password=False),
        )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP OWNED BY {name}"))
        admin.dispose()
        cleanup = create_engine(
            make_url(postgres_target.url).set(database="postgres"), isolation_level="AUTOCOMMIT"
        )
        with cleanup.connect() as conn:
            conn.execute(text(f"DROP ROLE IF EXISTS {name}"))
        cleanup.dispose()


def test_app_role_may_insert_and_select_but_not_change_audit_events(
    app_login: tuple[str, str],
) -> None:
    _owner_url, app_url = app_login
    # The application itself runs as the restricted role: logins append audit events.
    app = open_services(DatabaseTarget(url=app_url, sqlite_path=None), clock=fixed_clock(NOW))
    try:
        fg = app.users.login("fg", TEST_PASSWORD)
        assert app.audit.verify(fg).ok
    finally:
        app.close()
    engine = create_engine(app_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM audit_event")).scalar_one() > 5
        for statement in (
            "UPDATE audit_event SET actor = 'mallory' WHERE id = 1",
            "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)",
            "TRUNCATE audit_event",
        ):
            with engine.connect() as conn, pytest.raises(ProgrammingError) as info:
                conn.execute(text(statement))
            assert "permission denied" in str(info.value.orig)
        with engine.begin() as conn:  # other tables stay writable for the role
            conn.execute(text("UPDATE app_user SET display_name = 'FG' WHERE username = 'fg'"))
    finally:
        engine.dispose()
