"""The lookup service: permission, purpose check, data query, results and audit event."""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import select

from lawfulreq.clock import as_utc
from lawfulreq.db.models import (
    CaseTarget,
    DemandCase,
    Disclosure,
    DisclosureItem,
    LegalBasisVersion,
)
from lawfulreq.domain.enums import (
    OPEN_STATUSES,
    CaseStatus,
    DataCategory,
    DisclosureDecision,
    DisclosureStatus,
    TargetKind,
)
from lawfulreq.errors import LawfulreqError, NotFoundError, PermissionDeniedError, ValidationError
from lawfulreq.importers.fields import name_tokens
from lawfulreq.security.permissions import Permission
from lawfulreq.services.audit import append_event, record
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.disclosure_rules import ready_for_lookup, require_lookup_allowed
from lawfulreq.services.flagging import cover_customers
from lawfulreq.services.lookup.ip import (
    _ip_detail,
    ip_values,
)
from lawfulreq.services.lookup.query import (
    ParsedQuery,
    parse_query,
)
from lawfulreq.services.lookup.results import (
    Holder,
    LookupCase,
    LookupResult,
    NotAvailable,
    SubscriberMatch,
    UsageRow,
    _iso,
    _jsonable,
)
from lawfulreq.services.lookup.rows import (
    HELD_AT,
    HELD_END,
    NAME_KEY_AT,
    DeviceRecord,
    HeldNumber,
    IpRecord,
    NumberRecord,
    SimRecord,
    _address,
    _AddressPicker,
    _Customer,
    _customer,
    _grouped,
    _match,
)
from lawfulreq.services.lookup.sql import (
    MAX_MATCHES,
    MAX_NAME_MATCHES,
    MAX_USAGE_ROWS,
    RETENTION_SETTING,
    USAGE_KINDS,
    LookupSql,
    _bounds,
    lookup_sql,
)
from lawfulreq.services.lookup.window import (
    _months_before,
    _Window,
)
from lawfulreq.services.prepared import dbapi_transaction
from lawfulreq.settings_registry import stored_value

# --------------------------------------------------------------------------- audit (Core)

_OPEN = frozenset(s.value for s in OPEN_STATUSES)


# --------------------------------------------------------------------------- the service


class _NotAnEmergency(Exception):  # noqa: N818 - a signal inside `lookup`, never raised out
    """The case is not an emergency and its readiness was not checked yet."""


class LookupService(Service):
    def cases(self, actor: Actor, *, usage: bool = False) -> list[LookupCase]:
        """Open cases whose legal basis allows a subscriber (or, with `usage`, traffic) lookup."""
        actor.require(Permission.LOOKUP_SUBSCRIBERS)
        query = (
            select(
                DemandCase.id,
                DemandCase.ref,
                DemandCase.status,
                LegalBasisVersion.code,
                LegalBasisVersion.allowed_categories,
            )
            .join(LegalBasisVersion, DemandCase.legal_basis_id == LegalBasisVersion.id)
            .where(DemandCase.status.in_(sorted(s.value for s in OPEN_STATUSES)))
            .order_by(DemandCase.received_at.desc())
        )
        wanted = DataCategory.TRAFFIC.value if usage else DataCategory.SUBSCRIBER.value
        with self._unit_of_work() as session:
            rows = session.execute(query).all()
        return ready_for_lookup(
            self._db,
            [
                LookupCase(r.id, r.ref, CaseStatus(r.status), r.code, tuple(r.allowed_categories))
                for r in rows
                if wanted in r.allowed_categories
            ],
        )

    def lookup(
        self,
        actor: Actor,
        case_ref: str,
        text: str,
        *,
        at: datetime | None = None,
        period_from: datetime | None = None,
        period_to: datetime | None = None,
        usage: bool = False,
    ) -> LookupResult:
        """Who held the identifier at `at` (default: now), or everyone during [from, to).

        One connection, one transaction: the case check, one query for the data (holders
        with their addresses) and the audit event.
        """
        actor.require(Permission.LOOKUP_SUBSCRIBERS)
        query = parse_query(text)
        window = self._window(at, period_from, period_to, usage=usage)
        run = partial(
            self._lookup_in_case,
            actor,
            case_ref,
            query,
            window,
            at=at,
            period_from=period_from,
            period_to=period_to,
            usage=usage,
        )
        try:
            try:
                return run(ready=False)
            except _NotAnEmergency:
                # Only a case under review must be checked for readiness (findings, a
                # verified requester), through the ORM and outside the lookup's transaction:
                # SQLite transactions here begin IMMEDIATE, so a second one would wait for it.
                require_lookup_allowed(self._db, self._clock, case_ref)
                return run(ready=True)
        except (PermissionDeniedError, NotFoundError) as exc:
            self._audit_refusal(actor, case_ref, query, usage, exc)
            raise

    def _lookup_in_case(
        self,
        actor: Actor,
        case_ref: str,
        query: ParsedQuery,
        window: _Window,
        *,
        at: datetime | None,
        period_from: datetime | None,
        period_to: datetime | None,
        usage: bool,
        ready: bool,
    ) -> LookupResult:
        """The lookup's one transaction; raises _NotAnEmergency (rolled back, nothing read
        or written) for a case whose readiness was not checked yet (`ready`)."""
        sql = lookup_sql(self._db.engine.dialect)
        with dbapi_transaction(self._db.engine) as cursor:
            case_id, emergency = self._case_row(cursor, sql, case_ref, usage=usage)
            if not (emergency or ready):
                raise _NotAnEmergency
            if usage:
                result = self._usage(
                    cursor,
                    sql,
                    query=query,
                    case_ref=case_ref,
                    window=window,
                    period_from=period_from,
                    period_to=period_to,
                )
            else:
                matches, history, truncated = self._subscribers(cursor, sql, query, window)
                # Everyone a lookup for a secret case finds is covered by its flag.
                cover_customers(cursor, sql.dialect, case_id, (m.customer_key for m in matches))
                result = LookupResult(
                    query,
                    case_ref,
                    at if window.is_moment else None,
                    period_from,
                    period_to,
                    matches,
                    history,
                    truncated=truncated,
                )
            append_event(
                cursor,
                actor,
                "subscriber.lookup",
                self._clock(),
                sql=sql.audit,
                audit_key=self._db.audit_key,
                case_id=case_id,
                object_type="lookup",
                object_id=query.kind.value,
                details={
                    "query": query.text,
                    "kind": query.kind.value,
                    "normalised": query.normalised,
                    "at": _iso(result.at),
                    "from": _iso(period_from),
                    "to": _iso(period_to),
                    "usage": usage,
                    "results": result.count,
                    "not_available": result.not_available is not None,
                },
            )
        return result

    # ------------------------------------------------------------------ purpose limitation

    def _check_case(self, cursor: Any, sql: LookupSql, case_ref: str, *, usage: bool) -> int:
        return self._case_row(cursor, sql, case_ref, usage=usage)[0]

    def _case_row(
        self, cursor: Any, sql: LookupSql, case_ref: str, *, usage: bool
    ) -> tuple[int, bool]:
        """The open case's id and whether it is an emergency; refuses an unknown or closed
        case and one whose legal basis does not allow the data asked for."""
        rows = sql.case.all(cursor, {"ref": case_ref.strip()})
        if not rows:
            raise NotFoundError(
                f"no case '{case_ref}': every lookup belongs to a case",
                code="case_not_found",
                case=case_ref,
            )
        case_id, status, code, allowed, emergency = rows[0]
        if status not in _OPEN:
            raise PermissionDeniedError(
                f"case {case_ref} is {status}: lookups are only made for open cases",
                code="case_not_open",
                case=case_ref,
                status=status,
            )
        category = DataCategory.TRAFFIC if usage else DataCategory.SUBSCRIBER
        if category.value not in allowed:
            raise PermissionDeniedError(
                f"the legal basis of case {case_ref} ({code}) does not allow {category.value} data",
                code="data_not_allowed",
                case=case_ref,
                basis=code,
                category=category.value,
            )
        return int(case_id), bool(emergency)

    def _audit_refusal(
        self, actor: Actor, case_ref: str, query: ParsedQuery, usage: bool, exc: LawfulreqError
    ) -> None:
        sql = lookup_sql(self._db.engine.dialect)
        with dbapi_transaction(self._db.engine) as cursor:
            found = sql.case.all(cursor, {"ref": case_ref.strip()})
            append_event(
                cursor,
                actor,
                "subscriber.lookup_refused",
                self._clock(),
                sql=sql.audit,
                audit_key=self._db.audit_key,
                case_id=int(found[0][0]) if found else None,
                object_type="lookup",
                object_id=query.kind.value,
                reason=exc.code,
                details={
                    "query": query.text,
                    "kind": query.kind.value,
                    "case": case_ref,
                    "usage": usage,
                    "refusal": exc.message,
                },
            )

    def _window(
        self,
        at: datetime | None,
        period_from: datetime | None,
        period_to: datetime | None,
        *,
        usage: bool,
    ) -> _Window:
        if at is not None and (period_from is not None or period_to is not None):
            raise ValidationError(
                "give either a moment or a period, not both", code="at_and_period"
            )
        if (period_from is None) != (period_to is None):
            raise ValidationError("a period needs both a start and an end", code="half_period")
        if period_from is not None and period_to is not None:
            lo, hi = as_utc(period_from), as_utc(period_to)
            if hi <= lo:
                raise ValidationError("the period ends before it starts", code="bad_period")
            return _Window(lo, hi)
        moment = as_utc(at) if at is not None else self._clock()
        if usage:
            raise ValidationError(
                "usage records are looked up for a period: give a start and an end",
                code="usage_needs_period",
            )
        return _Window(moment, moment)

    # ------------------------------------------------------------------ subscriber data

    def _subscribers(
        self, cursor: Any, sql: LookupSql, query: ParsedQuery, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        kind = query.kind
        if kind is TargetKind.PHONE_NUMBER:
            return self._by_number(cursor, sql, query.normalised, window)
        if kind in (TargetKind.IMSI, TargetKind.ICCID):
            return self._by_sim(cursor, sql, kind.value, query.normalised, window)
        if kind is TargetKind.IMEI:
            return self._by_imei(cursor, sql, query.normalised, window)
        if kind is TargetKind.IP:
            return self._by_ip(cursor, sql, query, window)
        return self._by_customer(cursor, sql, query, window)

    def _by_number(
        self, cursor: Any, sql: LookupSql, number: str, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        picker = _AddressPicker(window)
        records = _grouped(sql.number.all(cursor, {"value": number}), NumberRecord, picker)
        history = tuple(
            Holder(c.ref, c.name, r.valid_from, r.valid_to, r.ported_in_from, r.ported_out_to)
            for r, c in records
        )
        matches = tuple(
            _match(
                c,
                picker,
                window,
                via="number",
                number=number,
                service_type=r.service_type,
                valid=(r.valid_from, r.valid_to),
                ported=(r.ported_in_from, r.ported_out_to),
                neighbours=_neighbours(history, i),
            )
            for i, (r, c) in enumerate(records)
            if window.holds(r.valid_from, r.valid_to)
        )
        return matches, history, False

    def _by_sim(
        self, cursor: Any, sql: LookupSql, column: str, value: str, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        picker = _AddressPicker(window)
        records = _grouped(sql.sim[column].all(cursor, {"value": value}), SimRecord, picker)
        history = tuple(
            Holder(
                c.ref, c.name, r.valid_from, r.valid_to, detail=f"ICCID {r.iccid} · IMSI {r.imsi}"
            )
            for r, c in records
        )
        matches = tuple(
            _match(
                c,
                picker,
                window,
                via="sim",
                number=r.number,
                service_type="mobile",
                valid=(r.valid_from, r.valid_to),
                detail=_sim_text(r),
                neighbours=_neighbours(history, i),
            )
            for i, (r, c) in enumerate(records)
            if window.holds(r.valid_from, r.valid_to)
        )
        return matches, history, False

    def _by_imei(
        self, cursor: Any, sql: LookupSql, imei: str, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        # A handset is tied to a subscriber only through the SIMs (IMSIs) it was seen with.
        picker = _AddressPicker(window)
        rows = sql.imei.all(cursor, {"value": imei})
        # One entry per (observation, SIM).
        records = _grouped(rows, DeviceRecord, picker, keys=(0, 3))
        history: list[Holder] = []
        found: list[tuple[DeviceRecord, _Customer]] = []
        for r, c in records:
            # An observation's last_seen is a moment it was still there: include it.
            end = r.last_seen + timedelta(microseconds=1)
            both = _Window(r.first_seen, end).narrowed(r.valid_from, r.valid_to)
            if both is None:
                continue
            history.append(
                Holder(c.ref, c.name, both.lo, both.hi, detail=f"IMSI {r.imsi} · ICCID {r.iccid}")
            )
            if window.narrowed(both.lo, both.hi) is not None:
                found.append((r, c))
        history.sort(key=lambda h: h.valid_from or datetime.min)
        matches = tuple(
            _match(
                c,
                picker,
                window,
                via="device",
                number=r.number,
                service_type="mobile",
                valid=(max(r.valid_from, r.first_seen), r.last_seen),
                detail=f"IMEI {imei} on IMSI {r.imsi} (seen {r.first_seen:%Y-%m-%d %H:%M} "
                f"to {r.last_seen:%Y-%m-%d %H:%M} UTC)",
            )
            for r, c in found
        )
        return matches, tuple(history), False

    def _by_ip(
        self, cursor: Any, sql: LookupSql, query: ParsedQuery, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        network = ipaddress.ip_network(query.normalised, strict=False)
        slots, values, as_int = ip_values(network, query.port)
        picker = _AddressPicker(window)
        records = _grouped(sql.ip[slots].all(cursor, values), IpRecord, picker)
        port = query.port
        # A stored prefix holds the query when the query's address, cut to that prefix's
        # length, is the stored address (an int compare; the rows' texts are candidates).
        address = int(network.network_address)
        width = network.max_prefixlen
        relevant = [
            (r, c)
            for r, c in records
            if r.prefix_length <= network.prefixlen
            and as_int.get(r.ip)
            == address >> (width - r.prefix_length) << (width - r.prefix_length)
            and (port is None or r.port_start is None or r.port_start <= port <= (r.port_end or 0))
        ]
        history = tuple(
            Holder(c.ref, c.name, r.valid_from, r.valid_to, detail=_ip_text(r)) for r, c in relevant
        )
        matches = tuple(
            _match(
                c,
                picker,
                window,
                via="ip",
                number=None,
                service_type="internet",
                valid=(r.valid_from, r.valid_to),
                detail=_ip_text(r),
                neighbours=_neighbours(history, i),
            )
            for i, (r, c) in enumerate(relevant)
            if window.holds(r.valid_from, r.valid_to)
        )
        return matches, history, False

    def _by_customer(
        self, cursor: Any, sql: LookupSql, query: ParsedQuery, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        kind, value = query.kind, query.normalised
        values: dict[str, Any] = _bounds(window)
        if kind is TargetKind.NAME:
            words = name_tokens(value)
            if not words:
                return (), (), False
            statement = sql.customers["name"]
            values |= sql.name_values(words)
        elif kind is TargetKind.POSTCODE_HOUSE_NUMBER:
            statement = sql.customers["postcode_house_number"]
            values |= {
                "postcode": value.split(" ")[0],
                "house_number": query.house_number or "",
                "suffix": query.house_number_suffix or "",
            }
        else:
            column = {
                TargetKind.CUSTOMER_ID: "customer_ref",
                TargetKind.EMAIL: "email",
                TargetKind.IBAN: "iban",
            }[kind]
            statement = sql.customers[column]
            values["value"] = value
        picker = _AddressPicker(window)
        # Rows: the customer, its name key, a number held (or NULLs), an address (or NULLs).
        customers: dict[int, tuple[_Customer, str, dict[int, HeldNumber]]] = {}
        for row in statement.all(cursor, values):
            entry = customers.get(row[0])
            if entry is None:
                entry = customers[row[0]] = (_customer(row, 0), row[NAME_KEY_AT], {})
            if row[HELD_AT] is not None and row[HELD_AT] not in entry[2]:
                entry[2][row[HELD_AT]] = HeldNumber._make(row[HELD_AT:HELD_END])
            picker.offer(row[0], _address(row, HELD_END))
        ordered = sorted(customers.values(), key=lambda e: (e[1], e[0].ref))
        cap = MAX_NAME_MATCHES if kind is TargetKind.NAME else MAX_MATCHES
        truncated = len(ordered) > cap
        matches: list[SubscriberMatch] = []
        for customer, _key, numbers in ordered[:cap]:
            held: list[HeldNumber | None] = [
                *sorted(numbers.values(), key=lambda n: (n.valid_from, n.id))
            ]
            if not held:
                held = [None]
            for n in held:
                matches.append(
                    _match(
                        customer,
                        picker,
                        window,
                        via="customer",
                        number=n.number if n else None,
                        service_type=n.service_type if n else None,
                        valid=(n.valid_from, n.valid_to) if n else (None, None),
                        ported=(n.ported_in_from, n.ported_out_to) if n else (None, None),
                    )
                )
        return tuple(matches), (), truncated

    # ------------------------------------------------------------------ usage (traffic) data

    def retention_months(self, cursor: Any, sql: LookupSql) -> int:
        """Months usage records are kept (0: no limit), read as the registry reads it."""
        rows = sql.retention.all(cursor, {"key": RETENTION_SETTING})
        value = rows[0][0] if rows else None
        if isinstance(value, str):  # a JSON column read on the bare DB-API cursor
            value = json.loads(value)
        return int(stored_value(RETENTION_SETTING, value))

    def _usage(
        self,
        cursor: Any,
        sql: LookupSql,
        *,
        query: ParsedQuery,
        case_ref: str,
        window: _Window,
        period_from: datetime | None,
        period_to: datetime | None,
    ) -> LookupResult:
        if query.kind not in USAGE_KINDS:
            raise ValidationError(
                "usage records are found by phone number, IMSI or IMEI",
                code="usage_kind",
                kind=query.kind.value,
            )
        months = self.retention_months(cursor, sql)
        # 0 months: kept without limit, so nothing in the window is "not available".
        cutoff = _months_before(self._clock(), months) if months else window.lo
        not_available = None
        if window.lo < cutoff:
            not_available = NotAvailable(
                period_from=window.lo,
                period_to=min(cutoff, window.hi),
                retention_months=months,
                rule=(
                    f"usage data are kept {months} months for invoice specification "
                    f"(privacy statement section 7; setting {RETENTION_SETTING}) and then "
                    "deleted: not available"
                ),
            )
        rows: list[list[Any]] = []
        lo = max(window.lo, cutoff)
        if lo < window.hi:
            rows = sql.usage[query.kind.value].all(
                cursor, {"value": query.normalised, "lo": lo, "hi": window.hi}
            )
        truncated = len(rows) > MAX_USAGE_ROWS
        usage = tuple(UsageRow(*r) for r in rows[:MAX_USAGE_ROWS])
        return LookupResult(
            query,
            case_ref,
            None,
            period_from,
            period_to,
            usage=usage,
            not_available=not_available,
            usage_requested=True,
            truncated=truncated,
        )

    # ------------------------------------------------------------------ add to case

    def add_to_case(
        self,
        actor: Actor,
        case_ref: str,
        result: LookupResult,
        matches: Iterable[SubscriberMatch] | None = None,
    ) -> int:
        """Attach results to the case's disclosure draft; returns how many items were added."""
        actor.require(Permission.PREPARE_DISCLOSURE)
        if result.case_ref != case_ref:
            raise ValidationError(
                f"this result was looked up for case {result.case_ref}, not {case_ref}",
                code="other_case",
            )
        chosen = tuple(result.matches if matches is None else matches)
        now = self._clock()
        with self._unit_of_work() as session:
            cursor = session.connection().connection.cursor()
            try:
                sql = lookup_sql(session.connection().dialect)
                case_id = self._check_case(cursor, sql, case_ref, usage=result.usage_requested)
            finally:
                cursor.close()
            disclosure = session.scalars(
                select(Disclosure).where(
                    Disclosure.case_id == case_id, Disclosure.status == DisclosureStatus.DRAFT.value
                )
            ).first()
            if disclosure is None:
                disclosure = Disclosure(
                    case_id=case_id, status=DisclosureStatus.DRAFT.value, created_at=now
                )
                session.add(disclosure)
                session.flush()
            target_id = session.scalar(
                select(CaseTarget.id).where(
                    CaseTarget.case_id == case_id,
                    CaseTarget.kind == result.query.kind.value,
                    CaseTarget.normalised == result.query.normalised,
                )
            )
            base = {"query": result.query.as_json(), "at": _iso(result.at)}
            items: list[DisclosureItem] = []

            def item(category: DataCategory, decision: DisclosureDecision, **extra: Any) -> None:
                items.append(
                    DisclosureItem(
                        disclosure_id=disclosure.id,
                        target_id=target_id,
                        category=category.value,
                        decision=decision.value,
                        period_from=result.period_from,
                        period_to=result.period_to,
                        added_by=actor.user_id,
                        added_at=now,
                        **extra,
                    )
                )

            if result.usage_requested:
                if result.usage:
                    item(
                        DataCategory.TRAFFIC,
                        DisclosureDecision.DELIVER,
                        data=_jsonable(base | {"usage": [asdict(u) for u in result.usage]}),
                    )
                if result.not_available is not None:
                    na = result.not_available
                    item(
                        DataCategory.TRAFFIC,
                        DisclosureDecision.NOT_AVAILABLE,
                        reason=na.rule,
                        data=_jsonable(base | {"not_available": asdict(na)}),
                    )
            else:
                for match in chosen:
                    item(
                        DataCategory.SUBSCRIBER,
                        DisclosureDecision.DELIVER,
                        customer_id=match.customer_key,
                        data=_jsonable(base | {"match": match.as_json()}),
                    )
            if not items:
                raise ValidationError(
                    "nothing to add: the lookup found nothing", code="nothing_to_add"
                )
            session.add_all(items)
            record(
                session,
                actor,
                "disclosure.item_added",
                now,
                case_id=case_id,
                object_type="disclosure",
                object_id=disclosure.id,
                details={
                    "query": result.query.normalised,
                    "kind": result.query.kind.value,
                    "items": len(items),
                    "usage": result.usage_requested,
                },
            )
            return len(items)


def _neighbours(history: Sequence[Holder], index: int) -> tuple[str | None, str | None]:
    before = history[index - 1] if index > 0 else None
    after = history[index + 1] if index + 1 < len(history) else None
    return (
        f"{before.name} ({before.customer_id})" if before else None,
        f"{after.name} ({after.customer_id})" if after else None,
    )


def _ip_text(record: IpRecord) -> str:
    return _ip_detail(record.ip, record.prefix_length, record.port_start, record.port_end)


def _sim_text(record: SimRecord) -> str:
    return f"ICCID {record.iccid} · IMSI {record.imsi}"
