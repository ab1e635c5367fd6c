"""Customer name words, so a name search matches any word of the name by its prefix

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

Adds `customer_name_token` (customer_id, token, words): the distinct words of each customer's
folded name (accents and case removed, split at spaces and punctuation) and, in `words`, all
of them; indexed on (token, words, customer_id). On PostgreSQL the token column uses
text_pattern_ops so LIKE 'prefix%' is answered from the index in any locale. Existing
customers are tokenised here.
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BATCH = 20_000

# A migration never imports live app code: the tokenising of 2026-11 is copied here as it
# was (lawfulreq.importers.fields.name_tokens over lawfulreq.domain.identifiers.fold_name).
_WORD = re.compile(r"[^\W_]+")


def _fold_name(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in stripped).split())


def name_tokens(text: str) -> tuple[str, ...]:
    """The distinct words of a folded name (accents and case gone, split at punctuation)."""
    return tuple(dict.fromkeys(_WORD.findall(_fold_name(text))))


def upgrade() -> None:
    op.create_table(
        "customer_name_token",
        sa.Column(
            "customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("token", sa.String(length=200), nullable=False),
        sa.Column("words", sa.String(length=400), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_name_token_customer_id_customer"),
        ),
        sa.PrimaryKeyConstraint("customer_id", "token", name=op.f("pk_customer_name_token")),
    )
    with op.batch_alter_table("customer_name_token", schema=None) as batch_op:
        batch_op.create_index(
            "ix_customer_name_token_token",
            ["token", "words", "customer_id"],
            unique=False,
            postgresql_ops={"token": "text_pattern_ops"},
        )
    bind = op.get_bind()
    customer = sa.table("customer", sa.column("id", sa.Integer), sa.column("name", sa.String))
    token = sa.table(
        "customer_name_token",
        sa.column("customer_id", sa.Integer),
        sa.column("token", sa.String),
        sa.column("words", sa.String),
    )
    last = 0
    while True:
        rows = bind.execute(
            sa.select(customer.c.id, customer.c.name)
            .where(customer.c.id > last)
            .order_by(customer.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        values = [
            {"customer_id": r.id, "token": t, "words": " ".join(words)}
            for r in rows
            for words in (name_tokens(r.name),)
            for t in words
        ]
        if values:
            bind.execute(sa.insert(token), values)
        last = rows[-1].id


def downgrade() -> None:
    with op.batch_alter_table("customer_name_token", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_customer_name_token_token", postgresql_ops={"token": "text_pattern_ops"}
        )
    op.drop_table("customer_name_token")
