"""The register of authorities and their requesting officers, and identity verifications."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from lawfulreq.db.models import AppUser, Authority, AuthorityContact, ContactVerification
from lawfulreq.domain.enums import AuthorityType, VerificationMethod
from lawfulreq.errors import NotFoundError, ValidationError
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit
from lawfulreq.services.base import Actor, Service


@dataclass(frozen=True)
class ContactView:
    id: int
    authority_id: int
    name: str
    title: str
    phone: str
    email: str


@dataclass(frozen=True)
class AuthorityView:
    id: int
    name: str
    type: AuthorityType
    email_domains: tuple[str, ...]
    phone: str
    ciot_member: bool
    contacts: tuple[ContactView, ...] = ()


@dataclass(frozen=True)
class VerificationView:
    id: int
    contact_id: int
    case_id: int | None
    method: VerificationMethod
    details: str
    verified_by: str
    verified_at: datetime


def contact_view(row: AuthorityContact) -> ContactView:
    return ContactView(row.id, row.authority_id, row.name, row.title, row.phone, row.email)


def authority_view(row: Authority, *, with_contacts: bool = True) -> AuthorityView:
    contacts = tuple(contact_view(c) for c in row.contacts) if with_contacts else ()
    return AuthorityView(
        row.id,
        row.name,
        AuthorityType(row.type),
        tuple(row.email_domains or ()),
        row.phone,
        row.ciot_member,
        contacts,
    )


def _authority_type(value: str) -> AuthorityType:
    try:
        return AuthorityType(value)
    except ValueError as exc:
        raise ValidationError(
            f"authority.type: '{value}' is not one of {', '.join(t.value for t in AuthorityType)}",
            code="bad_authority_type",
            field="authority.type",
        ) from exc


def find_or_add_authority(
    session: Session, name: str, type_: str, *, email_domains: tuple[str, ...] = ()
) -> tuple[Authority, bool]:
    """The register's authority of that name, or a new one; (row, created)."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("authority.name: required", code="required", field="authority.name")
    row = session.scalar(select(Authority).where(Authority.name == clean))
    if row is not None:
        return row, False
    row = Authority(
        name=clean,
        type=_authority_type(type_).value,
        email_domains=[d.lower().lstrip("@") for d in email_domains],
    )
    session.add(row)
    session.flush()
    return row, True


def find_or_add_contact(
    session: Session, authority: Authority, name: str, *, phone: str = "", email: str = ""
) -> tuple[AuthorityContact, bool]:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("requester.name: required", code="required", field="requester.name")
    row = session.scalar(
        select(AuthorityContact).where(
            AuthorityContact.authority_id == authority.id, AuthorityContact.name == clean
        )
    )
    if row is not None:
        return row, False
    row = AuthorityContact(authority_id=authority.id, name=clean, phone=phone, email=email)
    session.add(row)
    session.flush()
    return row, True


def check_verification(contact: AuthorityContact, method: VerificationMethod) -> None:
    """Refuse a verification the register cannot back: no number to call, an unknown domain."""
    if method is VerificationMethod.CALL_BACK and not contact.phone:
        raise ValidationError(
            f"verification: the register has no phone number for {contact.name} to call back on; "
            "add it from a trusted source first (not from the demand)",
            code="no_register_phone",
            field="verification.method",
        )
    if method is VerificationMethod.KNOWN_EMAIL_DOMAIN:
        domain = contact.email.rpartition("@")[2].lower()
        known = {d.lower() for d in contact.authority.email_domains or ()}
        if not domain or domain not in known:
            raise ValidationError(
                f"verification: e-mail domain '{domain or '?'}' is not a known domain of "
                f"{contact.authority.name} ({', '.join(sorted(known)) or 'none registered'})",
                code="unknown_email_domain",
                field="verification.method",
            )


def verification_method(value: str) -> VerificationMethod:
    try:
        return VerificationMethod(value)
    except ValueError as exc:
        raise ValidationError(
            f"verification.method: '{value}' is not one of "
            f"{', '.join(m.value for m in VerificationMethod)}",
            code="bad_verification_method",
            field="verification.method",
        ) from exc


def verification_views(session: Session, case_id: int) -> list[VerificationView]:
    rows = session.execute(
        select(ContactVerification, AppUser.username)
        .join(AppUser, AppUser.id == ContactVerification.verified_by)
        .where(ContactVerification.case_id == case_id)
        .order_by(ContactVerification.id)
    ).all()
    return [
        VerificationView(
            v.id,
            v.contact_id,
            v.case_id,
            VerificationMethod(v.method),
            v.details,
            username,
            v.verified_at,
        )
        for v, username in rows
    ]


class AuthorityService(Service):
    def list(self, actor: Actor) -> list[AuthorityView]:
        actor.require(Permission.READ_CASES)
        with self._unit_of_work() as session:
            rows = session.scalars(
                select(Authority).options(selectinload(Authority.contacts)).order_by(Authority.name)
            )
            return [authority_view(r) for r in rows]

    def add_authority(
        self,
        actor: Actor,
        name: str,
        type_: str,
        *,
        email_domains: tuple[str, ...] = (),
        phone: str = "",
        ciot_member: bool = False,
    ) -> AuthorityView:
        actor.require(Permission.EDIT_CASES)
        with self._unit_of_work() as session:
            row, created = find_or_add_authority(session, name, type_, email_domains=email_domains)
            if not created:
                raise ValidationError(
                    f"authority.name: '{row.name}' is already in the register",
                    code="duplicate_authority",
                    field="authority.name",
                )
            row.phone = phone
            row.ciot_member = ciot_member
            audit.record(
                session,
                actor,
                "authority.added",
                self._clock(),
                object_type="authority",
                object_id=row.id,
                details={"name": row.name, "type": row.type},
            )
            session.flush()
            session.refresh(row)
            return authority_view(row)

    def add_contact(
        self,
        actor: Actor,
        authority_id: int,
        name: str,
        *,
        title: str = "",
        phone: str = "",
        email: str = "",
    ) -> ContactView:
        actor.require(Permission.EDIT_CASES)
        with self._unit_of_work() as session:
            authority = session.get(Authority, authority_id)
            if authority is None:
                raise NotFoundError(f"no authority with id {authority_id}", field="authority")
            row, created = find_or_add_contact(session, authority, name, phone=phone, email=email)
            if not created:
                raise ValidationError(
                    f"requester.name: '{row.name}' is already registered for {authority.name}",
                    code="duplicate_contact",
                    field="requester.name",
                )
            row.title = title
            audit.record(
                session,
                actor,
                "authority.contact_added",
                self._clock(),
                object_type="authority_contact",
                object_id=row.id,
                details={"authority": authority.name, "name": row.name},
            )
            return contact_view(row)
