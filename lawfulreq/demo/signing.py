"""Demo signing certificates: fg, officer and officer2 can sign reports in the demo at once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from lawfulreq.db.models import AppUser, SigningCredential
from lawfulreq.security.signing_keys import demo_self_signed

SIGNERS = ("fg", "officer", "officer2")


def add_demo_certificates(
    session: Session, users: dict[str, AppUser], organisation: str, now: datetime
) -> None:
    for username in SIGNERS:
        user = users.get(username)
        if user is None:
            continue
        material = demo_self_signed(user.display_name or username, organisation, now)
        session.add(
            SigningCredential(
                user_id=user.id,
                subject=material.subject,
                fingerprint=material.fingerprint,
                not_before=material.not_before,
                not_after=material.not_after,
                self_signed=True,
                cert_pem=material.cert_pem,
                chain_pem="",
                key_pem=material.key_pem,
                secret_mode=material.secret_mode,
                secret_id="",
                active=True,
                created_at=now,
            )
        )
