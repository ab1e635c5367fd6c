"""Legal rules, second edition: each rule's source and new checks; case delivery and approvals

Revision ID: 0013
Revises: 0004
Create Date: 2026-12-02

`legal_basis_version` gains the rule's source citation, the fields the new checks read
(calendar-month future limit, existing-data-only, RC for real-time/periodic delivery, judicial
validation of EU orders, RC review advised, Wiv approvals, statutory or not, order expiry,
per-basis deadlines, policy-only confirmation, preservation terms) and the catalogue edition
each row came from: existing rows are marked edition 2026-11, so the next start adds a new
version of every rule the 2026-12 edition changed (stored versions are never edited).
`demand_case` gains the delivery manner, the Wiv minister/TIB dates and an EIO's origin.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0009"
branch_labels = None
depends_on = None


def _rule_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("source", sa.Text(), nullable=False, server_default=""),
        sa.Column("max_future_months", sa.Integer(), nullable=True),
        sa.Column("existing_data_only", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("rc_required_for_delivery", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("judge_validation_categories", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("rc_advised_categories", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("wiv_approval_required", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("statutory", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("order_expiry", sa.String(length=16), nullable=False, server_default=""),
        sa.Column("deadline_days", sa.Integer(), nullable=True),
        sa.Column("deadline_emergency_hours", sa.Integer(), nullable=True),
        sa.Column(
            "confirmation_is_policy", sa.Boolean(), nullable=False, server_default=sa.false()
        ),
        sa.Column("preservation_days", sa.Integer(), nullable=True),
        sa.Column("preservation_extension_days", sa.Integer(), nullable=True),
        sa.Column(
            "catalogue_version", sa.String(length=16), nullable=False, server_default="2026-11"
        ),
    ]


def _case_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("delivery", sa.String(length=16), nullable=False, server_default="once"),
        sa.Column("wiv_minister_date", sa.Date(), nullable=True),
        sa.Column("wiv_tib_date", sa.Date(), nullable=True),
        sa.Column("foreign_origin", sa.String(length=200), nullable=False, server_default=""),
    ]


def upgrade() -> None:
    for column in _rule_columns():
        op.add_column("legal_basis_version", column)
    for column in _case_columns():
        op.add_column("demand_case", column)


def downgrade() -> None:
    with op.batch_alter_table("demand_case") as batch:
        for column in reversed(_case_columns()):
            batch.drop_column(column.name)
    with op.batch_alter_table("legal_basis_version") as batch:
        for column in reversed(_rule_columns()):
            batch.drop_column(column.name)
