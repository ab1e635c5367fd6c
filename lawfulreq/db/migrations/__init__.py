"""Alembic migrations of the LawfulReq schema."""
