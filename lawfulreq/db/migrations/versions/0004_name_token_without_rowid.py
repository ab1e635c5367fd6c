"""Customer name words stored WITHOUT ROWID on SQLite: one B-tree per row instead of two

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

`customer_name_token` is keyed by (customer_id, token) and never read by rowid; as a rowid
table each row was written twice (the table and its primary-key index), which made the
name words a fifth of a large customer import. The same columns, keys and search index, the
rows copied over. PostgreSQL has no rowid: nothing changes there.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEX = "ix_customer_name_token_token"


def _rebuild(rowid: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE customer_name_token_new ("
        "customer_id INTEGER NOT NULL, "
        "token VARCHAR(200) NOT NULL, "
        "words VARCHAR(400) NOT NULL, "
        "CONSTRAINT pk_customer_name_token PRIMARY KEY (customer_id, token), "
        "CONSTRAINT fk_customer_name_token_customer_id_customer "
        "FOREIGN KEY(customer_id) REFERENCES customer (id))" + ("" if rowid else " WITHOUT ROWID")
    )
    op.execute(
        "INSERT INTO customer_name_token_new (customer_id, token, words) "
        "SELECT customer_id, token, words FROM customer_name_token ORDER BY customer_id, token"
    )
    op.execute("DROP TABLE customer_name_token")
    op.execute("ALTER TABLE customer_name_token_new RENAME TO customer_name_token")
    op.create_index(INDEX, "customer_name_token", ["token", "words", "customer_id"])


def upgrade() -> None:
    _rebuild(rowid=False)


def downgrade() -> None:
    _rebuild(rowid=True)
