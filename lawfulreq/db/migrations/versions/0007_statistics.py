"""Transparency statistics: one anonymous row per demand that outlives the case's purge

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-02

`case_statistic` holds what the statistics count (basis, categories, authority type, outcome,
number of identifiers, day received, emergency, preservation, publishable) and nothing that
names anyone. Its `case_id` is set to NULL when the case is deleted, so a purge keeps it.

Existing cases are copied in with plain SQL, so a purge that runs before anyone opens the
statistics still leaves their rows, and the first statistics query on a large database need not
compute them all again. The SQL follows the application's rule
(`lawfulreq.services.statistics.derive_outcome` and `primary_category`) branch for branch;
tests/stats checks on SQLite and PostgreSQL that both give the same rows. A row whose case
changes later is computed again by the application (its `case_version` no longer matches).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Most intrusive first: a demand's primary category is the first of these it asks for.
PRIMARY_ORDER = (
    "interception",
    "content",
    "sensitive",
    "location",
    "traffic",
    "stored",
    "recordings",
    "subscriber",
    "preservation",
)
# Covering and in GROUP BY order: counting reads this index only, and never sorts.
COUNTING_INDEX = (
    "basis_code",
    "publishable",
    "authority_type",
    "primary_category",
    "outcome",
    "emergency",
    "preservation",
    "received_on",
    "identifiers",
)
OPEN = ("received", "awaiting_confirmation", "under_review", "on_hold", "approved")


def _local_date(dialect: str) -> str:
    """The Amsterdam calendar day of c.received_at (stored as UTC)."""
    if dialect == "postgresql":
        return "CAST((c.received_at AT TIME ZONE 'Europe/Amsterdam') AS DATE)"
    # SQLite keeps naive UTC text. EU summer time: last Sunday of March 01:00 UTC until the
    # last Sunday of October 01:00 UTC (the Sunday before the 1st of April / November).
    year = "strftime('%Y', c.received_at)"
    start = f"(date({year} || '-04-01', 'weekday 0', '-7 days') || ' 01:00:00')"
    end = f"(date({year} || '-11-01', 'weekday 0', '-7 days') || ' 01:00:00')"
    return (
        f"date(c.received_at, CASE WHEN c.received_at >= {start} AND c.received_at < {end} "
        "THEN '+2 hours' ELSE '+1 hour' END)"
    )


def _primary_category() -> str:
    cases = " ".join(
        f"WHEN CAST(c.data_categories AS TEXT) LIKE '%\"{name}\"%' THEN '{name}'"
        for name in PRIMARY_ORDER
    )
    return f"CASE {cases} ELSE 'other' END"


def _outcome() -> str:
    delivered = (
        "SELECT i.decision FROM disclosure_item i JOIN disclosure d ON d.id = i.disclosure_id "
        "WHERE d.case_id = c.id AND d.status = 'delivered'"
    )
    produced = f"EXISTS ({delivered} AND i.decision IN ('produce', 'deliver'))"
    withheld = f"EXISTS ({delivered} AND i.decision IN ('withhold', 'withheld', 'refused'))"
    missing = f"EXISTS ({delivered} AND i.decision = 'not_available')"
    before_close = (
        "(SELECT t.from_status FROM case_transition t WHERE t.case_id = c.id "
        "AND t.to_status = 'closed' ORDER BY t.id DESC LIMIT 1)"
    )
    open_list = ", ".join(f"'{s}'" for s in OPEN)
    return (
        f"CASE WHEN c.status IN ({open_list}) THEN 'open' "
        "WHEN c.status = 'withdrawn' THEN 'withdrawn' "
        "WHEN c.status = 'rejected' THEN 'refused' "
        f"WHEN c.status = 'closed' AND {before_close} = 'withdrawn' THEN 'withdrawn' "
        f"WHEN c.status = 'closed' AND {before_close} = 'rejected' THEN 'refused' "
        f"WHEN {produced} AND NOT {withheld} AND NOT {missing} THEN 'delivered_fully' "
        f"WHEN {produced} THEN 'delivered_partly' "
        f"WHEN {withheld} THEN 'refused' "
        "ELSE 'not_available' END"
    )


def upgrade() -> None:
    op.create_table(
        "case_statistic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("case_version", sa.Integer(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("basis_code", sa.String(length=32), nullable=False),
        sa.Column("publishable", sa.Boolean(), nullable=False),
        sa.Column("authority_type", sa.String(length=16), nullable=False),
        sa.Column("primary_category", sa.String(length=16), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("identifiers", sa.Integer(), nullable=False),
        sa.Column("emergency", sa.Boolean(), nullable=False),
        sa.Column("preservation", sa.Boolean(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["demand_case.id"],
            name=op.f("fk_case_statistic_case_id_demand_case"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_statistic")),
        sa.UniqueConstraint("case_id", name=op.f("uq_case_statistic_case_id")),
    )
    op.create_index("ix_case_statistic_counting", "case_statistic", list(COUNTING_INDEX))
    op.create_index("ix_case_statistic_case_version", "case_statistic", ["case_id", "case_version"])
    op.create_index("ix_demand_case_version", "demand_case", ["version"])
    op.execute(backfill_sql(op.get_bind().dialect.name))


def backfill_sql(dialect: str) -> str:
    """One INSERT … SELECT that copies every existing case in (tests run it too)."""
    now = "CURRENT_TIMESTAMP"
    identifiers = (
        "(SELECT COUNT(*) FROM (SELECT DISTINCT t.kind, t.normalised FROM case_target t "
        "WHERE t.case_id = c.id) AS named)"
    )
    # Every part is a constant of this file; nothing comes from input.
    return (
        "INSERT INTO case_statistic (case_id, case_version, received_on, basis_code, "  # noqa: S608
        "publishable, authority_type, primary_category, categories, outcome, identifiers, "
        "emergency, preservation, computed_at) "
        f"SELECT c.id, c.version, {_local_date(dialect)}, b.code, b.publishable, a.type, "
        f"{_primary_category()}, c.data_categories, {_outcome()}, {identifiers}, "
        "(c.emergency OR b.\"group\" = 'EMERGENCY'), "
        "(b.\"group\" = 'PRESERVATION' OR b.code = 'eu-epoc-pr'), "
        f"{now} "
        "FROM demand_case c JOIN legal_basis_version b ON b.id = c.legal_basis_id "
        "JOIN authority a ON a.id = c.authority_id"
    )


def downgrade() -> None:
    op.drop_index("ix_demand_case_version", table_name="demand_case")
    op.drop_index("ix_case_statistic_case_version", table_name="case_statistic")
    op.drop_index("ix_case_statistic_counting", table_name="case_statistic")
    op.drop_table("case_statistic")
