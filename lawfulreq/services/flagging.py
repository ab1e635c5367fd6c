"""Flags at intake and from lookups: the catalogue's secrecy rules turned into flag records.

Kept apart from the flag service so intake and lookup can call it without importing the
service (which stores evidence through intake's documents).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import Dialect, Integer, String, bindparam, insert, select
from sqlalchemy.orm import Session

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.db.models import (
    AuthorityContact,
    Customer,
    DemandCase,
    FlagSubject,
    LegalBasisVersion,
    NonNotificationFlag,
)
from lawfulreq.domain.citations import cite
from lawfulreq.domain.months import add_months as calendar_months
from lawfulreq.services import audit
from lawfulreq.services.base import Actor
from lawfulreq.services.prepared import Prepared
from lawfulreq.services.settings import setting_value
from lawfulreq.settings_registry import FLAG_REVIEW_MONTHS

REVIEW_MONTHS_KEY = FLAG_REVIEW_MONTHS


# Sv 126bb lid 4: no notification for these articles. Used ONLY when a catalogue row has no
# notification_rule at all; the catalogue (editable by the FG) is the source of truth.
LID4_FALLBACK = frozenset({"126na", "126ua", "126nc", "126uc", "126zi", "126zk"} | {
    "126zq", "126zr", "126zs"
})  # fmt: skip


class Regime(StrEnum):
    """Who may end the secrecy, and on what evidence."""

    # Sv 126bb lid 1: the prosecutor notifies; lift on the prosecutor's confirmation that the
    # person was told.
    PROSECUTOR_CONFIRMS = "prosecutor_confirms"
    # Sv 126bb lid 4 (and Wiv demands): nobody notifies; lift only on the authority's written
    # statement that secrecy is no longer needed.
    AUTHORITY_STATEMENT = "authority_statement"


class FlagState(StrEnum):
    ACTIVE = "active"
    LIFT_REQUESTED = "lift_requested"
    LIFTED = "lifted"


def regime_for(notification_rule: str, article: str) -> Regime:
    """The lifting regime from the catalogue's notification rule (fallback: 126bb lid 4)."""
    rule = (notification_rule or "").strip()
    if rule == "prosecutor_notifies":
        return Regime.PROSECUTOR_CONFIRMS
    if rule:
        # "none" (lid 4) and "service_decides" (Wiv): nobody tells the person on our cue.
        return Regime.AUTHORITY_STATEMENT
    return Regime.AUTHORITY_STATEMENT if article in LID4_FALLBACK else Regime.PROSECUTOR_CONFIRMS


def ground_for(law: str, article: str) -> str:
    """The statutory ground of the secrecy, as cited in the flag and restriction records."""
    if law == "Sv":
        # 126bb lid 5 Sv names the demand articles; for taps (126m, 126t, 126zg) the same
        # secrecy is the practice [unverified: no separate lid found for taps].
        return "art. 126bb lid 5 Sv"
    if law.startswith("Wiv"):
        return f"art. {article} Wiv 2017"
    if law == "EIO":
        # Directive 2014/41/EU art. 19 (confidentiality of the EIO's execution); carried out
        # here by a Dutch OvJ under Dutch powers [unverified against the statute text].
        return "art. 19 Richtlijn 2014/41/EU"
    if law.startswith("EU 2023/1543"):
        # Regulation (EU) 2023/1543 art. 11 (user information and confidentiality): the
        # issuing authority informs the person, the provider keeps the order confidential
        # [unverified against the statute text].
        return "art. 11 Verordening (EU) 2023/1543"
    article = article.removeprefix("art. ").strip()
    return f"art. {article} {law}"


def add_months(moment: datetime, months: int) -> datetime:
    """`months` calendar months later in Amsterdam wall time (31 January + 1 = 28/29
    February), as aware UTC; the calendar rule itself is lawfulreq.domain.months'."""
    return as_utc(calendar_months(as_utc(moment), months))


def start_of_day(day: date) -> datetime:
    return as_utc(datetime.combine(day, time.min, tzinfo=AMSTERDAM))


def local_day(moment: datetime) -> date:
    return as_utc(moment).astimezone(AMSTERDAM).date()


# --------------------------------------------------------------------------- at intake


def create_flag_for_case(
    session: Session, actor: Actor, case: DemandCase, basis: LegalBasisVersion, now: datetime
) -> NonNotificationFlag | None:
    """The flag a secrecy basis gets at intake (inside the intake's unit of work)."""
    if not basis.secrecy_applies:
        return None
    months = int(setting_value(session, REVIEW_MONTHS_KEY))
    person = session.get(AuthorityContact, case.requester_id) if case.requester_id else None
    categories = ", ".join(case.data_categories)
    flag = NonNotificationFlag(
        case_id=case.id,
        basis_code=basis.code,
        imposed_by_organisation=case.authority.name[:200],
        imposed_by_person=(person.name if person else "")[:200],
        authority_reference=case.authority_reference[:64],
        scope=f"{cite(basis.law, basis.article)}: {categories}",
        starts_at=case.received_at,
        expires_at=None,
        next_review_at=add_months(case.received_at, months),
        lift_reason="",
        created_at=now,
        ground=ground_for(basis.law, basis.article),
        regime=regime_for(basis.notification_rule, basis.article).value,
    )
    session.add(flag)
    session.flush()
    for target in case.targets:
        if target.valid:
            session.add(FlagSubject(flag_id=flag.id, kind=target.kind, value=target.normalised))
    audit.record(
        session,
        actor,
        "flag.created",
        now,
        case_id=case.id,
        object_type="flag",
        object_id=flag.id,
        details={"basis": basis.code, "ground": flag.ground, "regime": flag.regime},
    )
    return flag


# --------------------------------------------------------------------------- from a lookup

F = NonNotificationFlag.__table__
FS = FlagSubject.__table__
C = Customer.__table__


class _CoverSql:
    def __init__(self, dialect: Dialect) -> None:
        self.flags = Prepared(
            select(F.c.id).where(
                F.c.case_id == bindparam("case_id", type_=Integer()), F.c.lifted_at.is_(None)
            ),
            dialect,
        )
        self.covered = Prepared(
            select(FS.c.customer_id).where(
                FS.c.flag_id == bindparam("flag_id", type_=Integer()),
                FS.c.customer_id.is_not(None),
            ),
            dialect,
        )
        self.customer_ref = Prepared(
            select(C.c.customer_ref).where(C.c.id == bindparam("customer_id", type_=Integer())),
            dialect,
        )
        self.add = Prepared(
            insert(FlagSubject).values(
                flag_id=bindparam("flag_id", type_=Integer()),
                kind=bindparam("kind", type_=String()),
                value=bindparam("value", type_=String()),
                customer_id=bindparam("customer_id", type_=Integer()),
            ),
            dialect,
        )


_COVER: dict[tuple[str, str], _CoverSql] = {}


def cover_customers(cursor: Any, dialect: Dialect, case_id: int, customers: Iterable[int]) -> int:
    """Add every customer a lookup for `case_id` found to the case's flags still in force.

    Runs on the lookup's own DB-API cursor, inside its transaction; returns subjects added.
    """
    wanted = list(dict.fromkeys(customers))
    if not wanted:
        return 0
    key = (dialect.name, str(dialect.paramstyle))
    sql = _COVER.get(key)
    if sql is None:
        sql = _COVER[key] = _CoverSql(dialect)
    added = 0
    for (flag_id,) in sql.flags.all(cursor, {"case_id": case_id}):
        have = {row[0] for row in sql.covered.all(cursor, {"flag_id": flag_id})}
        for customer_id in wanted:
            if customer_id in have:
                continue
            ref = sql.customer_ref.all(cursor, {"customer_id": customer_id})
            sql.add.run(
                cursor,
                {
                    "flag_id": flag_id,
                    "kind": "customer",
                    "value": ref[0][0] if ref else str(customer_id),
                    "customer_id": customer_id,
                },
            )
            added += 1
    return added
