"""Writes cases with targets and audit events in a loop until killed (the kill test's victim)."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import func, select

from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.db.models import AppUser, DemandCase
from lawfulreq.domain.enums import Role
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import open_services
from tests.security.populate import add_case


def run(path: Path) -> None:
    app = open_services(DatabaseTarget(url="", sqlite_path=path))
    with app.db.sessions() as session:
        user = session.scalars(select(AppUser).where(AppUser.username == "officer")).one()
        seq = int(session.scalar(select(func.count()).select_from(DemandCase)) or 0)
    actor = Actor(user.id, user.username, Role.OFFICER)
    announced = False
    while True:
        seq += 1
        with app.db.sessions.begin() as session:
            add_case(session, actor, app.clock(), seq, targets=3)
        if not announced:
            print("ready", flush=True)
            announced = True


if __name__ == "__main__":
    run(Path(sys.argv[1]))
