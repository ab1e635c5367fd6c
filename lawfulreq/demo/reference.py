"""Demo reference data: the fictional provider, its settings, and the authorities it hears from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from lawfulreq.db.models import Authority, AuthorityContact, Organisation, Setting
from lawfulreq.settings_registry import (
    DEADLINE_DEFAULT_DAYS,
    DEADLINE_EMERGENCY_HOURS,
    RETENTION_MONTHS_BY_CATEGORY,
    SettingValue,
    to_stored,
)
from lawfulreq.settings_registry import spec as setting_spec

# A fictional provider: not the company whose privacy statement the domain brief quotes.
ORGANISATION: dict[str, str] = {
    "name": "Dijkstroom Telecom B.V.",
    "street": "Polderbaan 12",
    "postcode": "3821AB",
    "town": "Amersfoort",
    "country": "NL",
    "kvk": "99887766",
    "phone": "+31881234500",
    "email": "fg@dijkstroom.example",
    "fg_name": "mr. E. (Eva) Verbeek",
    "security_officer_name": "ing. R. (Ruben) Hoekstra",
    "letterhead_note": "Demo data: every person, number and case in this database is synthetic.",
}

# The demo states the rule settings explicitly, with the values the provider's privacy
# statement promises; the services read exactly these keys.
SETTINGS: dict[str, SettingValue] = {
    key: setting_spec(key).default
    for key in (
        *RETENTION_MONTHS_BY_CATEGORY.values(),
        DEADLINE_DEFAULT_DAYS,
        DEADLINE_EMERGENCY_HOURS,
    )
}


@dataclass(frozen=True)
class AuthoritySpec:
    key: str
    name: str
    type: str
    domains: tuple[str, ...]
    phone: str
    ciot: bool
    contacts: tuple[tuple[str, str], ...]
    notes: str = ""


# Contacts' phone numbers and mail domains are synthetic (088 and .example), never real lines.
AUTHORITIES: tuple[AuthoritySpec, ...] = (
    AuthoritySpec("police_oost", "Politie Eenheid Oost-Nederland", "police",
                  ("politie.example",), "+31889001100", True,
                  (("J. de Vries", "rechercheur"), ("M. Bulut", "digitaal rechercheur"))),
    AuthoritySpec("police_adam", "Politie Eenheid Amsterdam", "police",
                  ("politie.example",), "+31889001200", True,
                  (("S. Jansen", "rechercheur"), ("K. Ouali", "teamleider TGO"))),
    AuthoritySpec("police_rdam", "Politie Eenheid Rotterdam", "police",
                  ("politie.example",), "+31889001300", True,
                  (("P. van Dijk", "rechercheur"),)),
    AuthoritySpec("police_lm", "Politie Landelijke Eenheid", "police",
                  ("politie.example",), "+31889001400", True,
                  (("A. Smit", "analist"),)),
    AuthoritySpec("om_oost", "Openbaar Ministerie, Arrondissementsparket Oost-Nederland",
                  "prosecutor", ("om.example",), "+31889002100", False,
                  (("mr. H. Kramer", "officier van justitie"),)),
    AuthoritySpec("om_adam", "Openbaar Ministerie, Arrondissementsparket Amsterdam",
                  "prosecutor", ("om.example",), "+31889002200", False,
                  (("mr. L. Visser", "officier van justitie"),
                   ("mr. D. Tahiri", "parketsecretaris"))),
    AuthoritySpec("om_irc", "Openbaar Ministerie, Internationaal Rechtshulpcentrum",
                  "prosecutor", ("om.example",), "+31889002300", False,
                  (("mr. B. Mulder", "officier van justitie"),),
                  "Receives European Investigation Orders; foreign demands come through here."),
    AuthoritySpec("fiod", "FIOD", "police", ("fiod.example",), "+31889003100", True,
                  (("R. Peters", "opsporingsambtenaar"),),
                  "Special investigation service of the tax administration."),
    AuthoritySpec("aivd", "AIVD", "intelligence", ("aivd.example",), "+31889004100", True,
                  (("Afdeling Bijzondere Bevoegdheden", "liaison"),)),
    AuthoritySpec("mivd", "MIVD", "intelligence", ("mivd.example",), "+31889004200", True,
                  (("Bureau Telecom", "liaison"),)),
    AuthoritySpec("belastingdienst", "Belastingdienst", "tax", ("belastingdienst.example",),
                  "+31889005100", False, (("drs. T. Bos", "inspecteur"),)),
    AuthoritySpec("rdi", "Rijksinspectie Digitale Infrastructuur", "supervisor", ("rdi.example",),
                  "+31889006100", False, (("ir. N. Dekker", "toezichthouder"),)),
    AuthoritySpec("ap", "Autoriteit Persoonsgegevens", "supervisor", ("ap.example",),
                  "+31889006200", False, (("mr. W. Hendriks", "toezichthouder"),)),
    AuthoritySpec("meldkamer", "Meldkamer 112 Oost-Nederland", "emergency",
                  ("meldkamer.example",), "+31889007100", False,
                  (("Centralist dienstdoend", "meldkamercentralist"),)),
    AuthoritySpec("foreign_bka", "Bundeskriminalamt (DE)", "foreign", ("bka.example",),
                  "", False, (("KHK F. Wagner", "Kriminalhauptkommissar"),),
                  "Foreign police: never answered directly; refer to a European "
                  "Investigation Order."),
)  # fmt: skip


def add_reference_data(session: Session, now: datetime) -> dict[str, Authority]:
    """Organisation, settings, authorities with contacts; returns the authorities by key."""
    session.add(Organisation(id=1, **ORGANISATION))
    for key, value in SETTINGS.items():
        session.add(Setting(key=key, value=to_stored(value), updated_at=now, updated_by="demo"))
    authorities: dict[str, Authority] = {}
    for spec in AUTHORITIES:
        authority = Authority(
            name=spec.name,
            type=spec.type,
            email_domains=list(spec.domains),
            phone=spec.phone,
            ciot_member=spec.ciot,
            notes=spec.notes,
        )
        session.add(authority)
        session.flush()
        for index, (name, title) in enumerate(spec.contacts):
            local = ".".join(name.lower().replace(".", " ").split()[-2:])
            session.add(
                AuthorityContact(
                    authority_id=authority.id,
                    name=name,
                    title=title,
                    phone=f"{spec.phone[:-2]}{index + 11:02d}",
                    email=f"{local}@{spec.domains[0]}",
                )
            )
        authorities[spec.key] = authority
    session.flush()
    return authorities
