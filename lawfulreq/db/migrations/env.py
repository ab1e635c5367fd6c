"""Alembic environment: always driven programmatically with a live connection."""

from __future__ import annotations

from alembic import context

from lawfulreq.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("LawfulReq migrations run through lawfulreq.db.database.migrate()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
