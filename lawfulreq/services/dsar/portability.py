"""Portability (AVG art. 20): the data the person gave us and their services, as JSON and CSV."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lawfulreq.db.models import (
    Customer,
    CustomerAddress,
    NumberAssignment,
    SimCard,
)
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit
from lawfulreq.services.base import Actor
from lawfulreq.services.dsar.erasure import DsarErasure
from lawfulreq.services.dsar.inputs import csv_safe
from lawfulreq.services.dsar.views import PortableData


class DsarPortability(DsarErasure):
    # ------------------------------------------------------------------ portability

    def export(self, actor: Actor, key: str | int) -> PortableData:
        """AVG 20: the data the person gave us and their services, as JSON and CSV."""
        actor.require(Permission.HANDLE_DSAR)
        now = self._clock()
        with self._unit_of_work() as session:
            row = self._get(session, key)
            customer = self._customer(session, row)
            document = self._portable(session, customer)
            audit.record(
                session, actor, "dsar.exported", now, object_type="dsar", object_id=row.ref
            )
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["section", "item", "field", "value"])
        for section, value in document.items():
            entries = value if isinstance(value, list) else [value]
            for index, entry in enumerate(entries, start=1):
                for field, cell in entry.items():
                    writer.writerow([section, index, field, csv_safe(cell)])
        return PortableData(document, out.getvalue())

    @staticmethod
    def _portable(session: Session, customer: Customer) -> dict[str, Any]:
        def day(value: date | datetime | None) -> str | None:
            return value.isoformat() if value is not None else None

        addresses = session.scalars(
            select(CustomerAddress).where(CustomerAddress.customer_id == customer.id)
        ).all()
        numbers = session.scalars(
            select(NumberAssignment).where(NumberAssignment.customer_id == customer.id)
        ).all()
        sims = session.scalars(select(SimCard).where(SimCard.customer_id == customer.id)).all()
        return {
            "customer": {
                "customer_id": customer.customer_ref,
                "kind": customer.kind,
                "name": customer.name,
                "email": customer.email,
                "iban": customer.iban,
                "kvk": customer.kvk,
                "contract_start": day(customer.contract_start),
                "contract_end": day(customer.contract_end),
                "directory_listed": customer.directory_listed,
            },
            "addresses": [
                {
                    "street": a.street,
                    "house_number": a.house_number,
                    "house_number_suffix": a.house_number_suffix,
                    "postcode": a.postcode,
                    "town": a.town,
                    "country": a.country,
                    "valid_from": day(a.valid_from),
                    "valid_to": day(a.valid_to),
                }
                for a in addresses
            ],
            "numbers": [
                {
                    "number": n.number,
                    "service_type": n.service_type,
                    "valid_from": day(n.valid_from),
                    "valid_to": day(n.valid_to),
                }
                for n in numbers
            ],
            "sims": [
                {
                    "iccid": s.iccid,
                    "imsi": s.imsi,
                    "number": s.number,
                    "valid_from": day(s.valid_from),
                    "valid_to": day(s.valid_to),
                }
                for s in sims
            ],
        }
