"""Secrecy flags and data-subject requests (issue 12): flag ground, regime, lifting request,
review; request kind, identity method, pause, erasure; restriction records with FG sign-off

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-02

Columns only, every one nullable or with a server default, so existing rows stay valid.
Batch mode: SQLite cannot add a foreign key to an existing table, so Alembic rebuilds the
(small) table there; PostgreSQL alters it in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Deliberately not the app's UTCDateTime: a migration never imports application code.
UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("non_notification_flag", schema=None) as batch:
        batch.add_column(sa.Column("ground", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("regime", sa.String(32), nullable=False, server_default=""))
        batch.add_column(sa.Column("lift_requested_at", UTC_TIME, nullable=True))
        batch.add_column(sa.Column("lift_requested_by", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("last_reviewed_at", UTC_TIME, nullable=True))
        batch.add_column(sa.Column("last_reviewed_by", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_non_notification_flag_lift_requested_by_app_user",
            "app_user",
            ["lift_requested_by"],
            ["id"],
        )
        batch.create_foreign_key(
            "fk_non_notification_flag_last_reviewed_by_app_user",
            "app_user",
            ["last_reviewed_by"],
            ["id"],
        )
    with op.batch_alter_table("data_subject_request", schema=None) as batch:
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="access"))
        batch.add_column(
            sa.Column("identity_method", sa.String(32), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("paused_at", UTC_TIME, nullable=True))
        batch.add_column(
            sa.Column("paused_seconds", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("pause_reason", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("erased_at", UTC_TIME, nullable=True))
        batch.add_column(sa.Column("created_by", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_data_subject_request_created_by_app_user", "app_user", ["created_by"], ["id"]
        )
    with op.batch_alter_table("dsar_decision", schema=None) as batch:
        batch.add_column(sa.Column("disclosure_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("ground", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("necessity_note", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("signed_off_by", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("signed_off_at", UTC_TIME, nullable=True))
        batch.create_foreign_key(
            "fk_dsar_decision_disclosure_id_disclosure", "disclosure", ["disclosure_id"], ["id"]
        )
        batch.create_foreign_key(
            "fk_dsar_decision_signed_off_by_app_user", "app_user", ["signed_off_by"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("dsar_decision", schema=None) as batch:
        batch.drop_constraint("fk_dsar_decision_signed_off_by_app_user", type_="foreignkey")
        batch.drop_constraint("fk_dsar_decision_disclosure_id_disclosure", type_="foreignkey")
        for column in ("signed_off_at", "signed_off_by", "necessity_note", "ground"):
            batch.drop_column(column)
        batch.drop_column("disclosure_id")
    with op.batch_alter_table("data_subject_request", schema=None) as batch:
        batch.drop_constraint("fk_data_subject_request_created_by_app_user", type_="foreignkey")
        for column in (
            "created_by",
            "erased_at",
            "pause_reason",
            "paused_seconds",
            "paused_at",
            "identity_method",
            "kind",
        ):
            batch.drop_column(column)
    with op.batch_alter_table("non_notification_flag", schema=None) as batch:
        batch.drop_constraint(
            "fk_non_notification_flag_last_reviewed_by_app_user", type_="foreignkey"
        )
        batch.drop_constraint(
            "fk_non_notification_flag_lift_requested_by_app_user", type_="foreignkey"
        )
        for column in (
            "last_reviewed_by",
            "last_reviewed_at",
            "lift_requested_by",
            "lift_requested_at",
            "regime",
            "ground",
        ):
            batch.drop_column(column)
