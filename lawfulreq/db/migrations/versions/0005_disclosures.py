"""Disclosures: who decided each item, to whom it was delivered, and users' signing keys

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

The four-eyes rule needs to know who decided each item (an approver may not have decided
any), the delivery record names the recipient and who recorded it, and each user's signing
certificate with its key (PKCS#8, encrypted under the signing passphrase) lives in the
(encrypted) database so that a backup carries it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("disclosure_item") as batch:
        batch.add_column(
            sa.Column("target_text", sa.String(200), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("decided_by", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key(
            "fk_disclosure_item_decided_by_app_user", "app_user", ["decided_by"], ["id"]
        )
    with op.batch_alter_table("disclosure") as batch:
        batch.add_column(sa.Column("delivered_to", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("delivered_by", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_disclosure_delivered_by_app_user", "app_user", ["delivered_by"], ["id"]
        )
    op.create_table(
        "signing_credential",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("not_before", sa.DateTime(timezone=True), nullable=False),
        sa.Column("not_after", sa.DateTime(timezone=True), nullable=False),
        sa.Column("self_signed", sa.Boolean(), nullable=False),
        sa.Column("cert_pem", sa.Text(), nullable=False),
        sa.Column("chain_pem", sa.Text(), nullable=False),
        sa.Column("key_pem", sa.LargeBinary(), nullable=False),
        sa.Column("secret_mode", sa.String(16), nullable=False),
        sa.Column("secret_id", sa.String(64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name="fk_signing_credential_user_id_app_user"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_signing_credential"),
    )
    op.create_index("ix_signing_credential_user_id", "signing_credential", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_signing_credential_user_id", table_name="signing_credential")
    op.drop_table("signing_credential")
    with op.batch_alter_table("disclosure") as batch:
        batch.drop_constraint("fk_disclosure_delivered_by_app_user", type_="foreignkey")
        batch.drop_column("delivered_by")
        batch.drop_column("delivered_to")
    with op.batch_alter_table("disclosure_item") as batch:
        batch.drop_constraint("fk_disclosure_item_decided_by_app_user", type_="foreignkey")
        batch.drop_column("decided_at")
        batch.drop_column("decided_by")
        batch.drop_column("target_text")
