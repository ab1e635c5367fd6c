"""Deterministic synthetic demo data: users, authorities, subscribers and cases in every state."""

from lawfulreq.demo.builder import (
    DEMO_NOW,
    DEMO_SEED,
    DEMO_USERS,
    DemoSummary,
    build_demo,
    check_demo_password,
    create_demo_database,
    generate_password,
)

__all__ = [
    "DEMO_NOW",
    "DEMO_SEED",
    "DEMO_USERS",
    "DemoSummary",
    "build_demo",
    "check_demo_password",
    "create_demo_database",
    "generate_password",
]
