"""PostgreSQL: the application role may only INSERT and SELECT audit events

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

Creates (when the migrating user may) the group role `lawfulreq_app` with ordinary rights on
every table, minus UPDATE, DELETE and TRUNCATE on `audit_event`. Give the login that the
application uses membership, and keep the schema owner for migrations only:

    CREATE ROLE lawfulreq_client LOGIN PASSWORD '...';
    GRANT lawfulreq_app TO lawfulreq_client;

Without CREATEROLE the migration leaves the role to the DBA: run the statements below by hand.
SQLite has no roles: the migration does nothing there (the hash chain still detects edits).
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CREATE_ROLE = """
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lawfulreq_app')
     AND EXISTS (SELECT 1 FROM pg_roles
                 WHERE rolname = current_user AND (rolcreaterole OR rolsuper)) THEN
    CREATE ROLE lawfulreq_app NOLOGIN;
  END IF;
END $$;
"""

GRANTS = """
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lawfulreq_app') THEN
    GRANT USAGE ON SCHEMA public TO lawfulreq_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO lawfulreq_app;
    GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO lawfulreq_app;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public
      GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO lawfulreq_app;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public
      GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO lawfulreq_app;
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM lawfulreq_app;
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;
  END IF;
END $$;
"""

REVOKE_ALL = """
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lawfulreq_app') THEN
    ALTER DEFAULT PRIVILEGES IN SCHEMA public
      REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM lawfulreq_app;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public
      REVOKE USAGE, SELECT, UPDATE ON SEQUENCES FROM lawfulreq_app;
    REVOKE ALL ON ALL TABLES IN SCHEMA public FROM lawfulreq_app;
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM lawfulreq_app;
    REVOKE USAGE ON SCHEMA public FROM lawfulreq_app;
  END IF;
END $$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(CREATE_ROLE)
    op.execute(GRANTS)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(REVOKE_ALL)
