"""The whole domain as SQLAlchemy 2.x typed tables; times are stored in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so Alembic migrations read the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# 64-bit keys on PostgreSQL; on SQLite a plain INTEGER so the key aliases the rowid.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, whatever the backend keeps."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        converted = value.astimezone(UTC)
        return converted.replace(tzinfo=None) if dialect.name == "sqlite" else converted

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class Versioned:
    """Optimistic locking: an UPDATE whose version no longer matches raises StaleDataError."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


# --------------------------------------------------------------------------- organisation


class Organisation(Base, Versioned):
    """The provider itself: letterhead data for reports."""

    __tablename__ = "organisation"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    town: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="NL")
    kvk: Mapped[str] = mapped_column(String(12), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    fg_name: Mapped[str] = mapped_column(String(200), default="")
    security_officer_name: Mapped[str] = mapped_column(String(200), default="")
    letterhead_note: Mapped[str] = mapped_column(Text, default="")


class Setting(Base, Versioned):
    """A named application setting (retention periods, idle lock, review interval...)."""

    __tablename__ = "setting"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(64))


class AppUser(Base, Versioned):
    __tablename__ = "app_user"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (CheckConstraint("role IN ('fg','officer','auditor')", name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime]
    last_login_at: Mapped[datetime | None]


# --------------------------------------------------------------------------- authorities


class Authority(Base):
    __tablename__ = "authority"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    type: Mapped[str] = mapped_column(String(16))
    email_domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    phone: Mapped[str] = mapped_column(String(32), default="")
    ciot_member: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[AuthorityContact]] = relationship(back_populates="authority")


class AuthorityContact(Base):
    """A requesting officer; the register's phone number is the one to call back on."""

    __tablename__ = "authority_contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    authority_id: Mapped[int] = mapped_column(ForeignKey("authority.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")

    authority: Mapped[Authority] = relationship(back_populates="contacts")


class ContactVerification(Base):
    """How and by whom a requester's identity was checked."""

    __tablename__ = "contact_verification"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("authority_contact.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("demand_case.id"), index=True)
    method: Mapped[str] = mapped_column(String(32))
    details: Mapped[str] = mapped_column(Text, default="")
    verified_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    verified_at: Mapped[datetime]


# --------------------------------------------------------------------------- legal catalogue


class LegalBasisVersion(Base):
    """One version of a catalogue rule; edits add a version, cases keep the one they used."""

    __tablename__ = "legal_basis_version"
    __table_args__ = (UniqueConstraint("code", "version", name="code_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), index=True)
    version: Mapped[int] = mapped_column(Integer)
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    law: Mapped[str] = mapped_column(String(16))
    article: Mapped[str] = mapped_column(String(32))
    group: Mapped[str] = mapped_column(String(32))
    title_en: Mapped[str] = mapped_column(String(300))
    title_nl: Mapped[str] = mapped_column(String(300))
    issuer_roles: Mapped[list[str]] = mapped_column(JSON)
    rc_authorisation_required: Mapped[bool] = mapped_column(Boolean)
    allowed_categories: Mapped[list[str]] = mapped_column(JSON)
    max_future_days: Mapped[int | None] = mapped_column(Integer)
    secrecy_applies: Mapped[bool] = mapped_column(Boolean)
    notification_rule: Mapped[str] = mapped_column(String(32))
    written_confirmation_days: Mapped[int | None] = mapped_column(Integer)
    one_target_per_order: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_fg_review: Mapped[bool] = mapped_column(Boolean, default=False)
    counted_apart: Mapped[bool] = mapped_column(Boolean, default=False)
    publishable: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    # Second edition (migration 0013): the rule's source and the checks added by issue 13.
    source: Mapped[str] = mapped_column(Text, default="", server_default="")
    max_future_months: Mapped[int | None] = mapped_column(Integer)
    existing_data_only: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    rc_required_for_delivery: Mapped[list[str]] = mapped_column(
        JSON, default=list, server_default="[]"
    )
    judge_validation_categories: Mapped[list[str]] = mapped_column(
        JSON, default=list, server_default="[]"
    )
    rc_advised_categories: Mapped[list[str]] = mapped_column(
        JSON, default=list, server_default="[]"
    )
    wiv_approval_required: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    statutory: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    order_expiry: Mapped[str] = mapped_column(String(16), default="", server_default="")
    deadline_days: Mapped[int | None] = mapped_column(Integer)
    deadline_emergency_hours: Mapped[int | None] = mapped_column(Integer)
    confirmation_is_policy: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    preservation_days: Mapped[int | None] = mapped_column(Integer)
    preservation_extension_days: Mapped[int | None] = mapped_column(Integer)
    # The shipped catalogue edition this row came from (FG edits keep their base's edition).
    catalogue_version: Mapped[str] = mapped_column(String(16), default="", server_default="2026-11")


# --------------------------------------------------------------------------- cases


class DemandCase(Base, Versioned):
    """A demand from an authority and everything decided about it."""

    __tablename__ = "demand_case"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_demand_case_status_due", "status", "due_at"),
        Index("ix_demand_case_received", "received_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(24))
    authority_id: Mapped[int] = mapped_column(ForeignKey("authority.id"), index=True)
    requester_id: Mapped[int | None] = mapped_column(ForeignKey("authority_contact.id"))
    issuer_role: Mapped[str] = mapped_column(String(32))
    legal_basis_id: Mapped[int] = mapped_column(ForeignKey("legal_basis_version.id"), index=True)
    authority_reference: Mapped[str] = mapped_column(String(64), default="")
    parket_number: Mapped[str] = mapped_column(String(32), default="")
    channel: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime]
    due_at: Mapped[datetime | None]
    written_confirmation_at: Mapped[datetime | None]
    rc_authorisation_date: Mapped[date | None] = mapped_column(Date)
    rc_judge: Mapped[str] = mapped_column(String(200), default="")
    data_categories: Mapped[list[str]] = mapped_column(JSON)
    period_from: Mapped[datetime | None]
    period_to: Mapped[datetime | None]
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    emergency_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Second edition (migration 0013): delivery manner, Wiv approvals, an EIO's origin.
    delivery: Mapped[str] = mapped_column(String(16), default="once", server_default="once")
    wiv_minister_date: Mapped[date | None] = mapped_column(Date)
    wiv_tib_date: Mapped[date | None] = mapped_column(Date)
    foreign_origin: Mapped[str] = mapped_column(String(200), default="", server_default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    hold_started_at: Mapped[datetime | None]
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    created_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    updated_at: Mapped[datetime]
    # Who last changed the case row (the name a stale edit's conflict message gives).
    updated_by: Mapped[str | None] = mapped_column(String(64))
    closed_at: Mapped[datetime | None]
    purged_at: Mapped[datetime | None]
    # BSNs masked out of the demand at intake: a fact the rules check (BSN_MASKED).
    bsn_masked_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    bsn_masked_fields: Mapped[list[str] | None] = mapped_column(JSON)

    authority: Mapped[Authority] = relationship()
    legal_basis: Mapped[LegalBasisVersion] = relationship()
    targets: Mapped[list[CaseTarget]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseTarget.position"
    )


class CaseTarget(Base):
    """One identifier named in a demand, as given (BSN masked) and normalised."""

    __tablename__ = "case_target"
    __table_args__ = (Index("ix_case_target_normalised", "kind", "normalised"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("demand_case.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    raw: Mapped[str] = mapped_column(String(200))
    normalised: Mapped[str] = mapped_column(String(200))
    valid: Mapped[bool] = mapped_column(Boolean)
    problem: Mapped[str] = mapped_column(String(300), default="")
    port: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime | None]

    case: Mapped[DemandCase] = relationship(back_populates="targets")


class CaseDocument(Base):
    """A scan, confirmation or report; bytes live inside the (encrypted) database."""

    __tablename__ = "case_document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("demand_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    uploaded_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    uploaded_at: Mapped[datetime]


class CaseTransition(Base):
    """The case's workflow history; the audit trail records the same with its hash chain."""

    __tablename__ = "case_transition"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("demand_case.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(Text, default="")
    by_user: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime]


class FindingAcknowledgement(Base):
    """A warning someone read and accepted, with their name."""

    __tablename__ = "finding_acknowledgement"
    __table_args__ = (UniqueConstraint("case_id", "code", "subject", name="case_code_subject"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("demand_case.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(200), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    by_user: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime]


# --------------------------------------------------------------------------- subscriber data


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (
        Index("ix_customer_name_key", "name_key"),
        Index("ix_customer_email", "email"),
        Index("ix_customer_iban", "iban"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_ref: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    kvk: Mapped[str | None] = mapped_column(String(12))
    iban: Mapped[str | None] = mapped_column(String(34))
    contract_start: Mapped[date | None] = mapped_column(Date)
    contract_end: Mapped[date | None] = mapped_column(Date)
    directory_listed: Mapped[bool] = mapped_column(Boolean, default=False)
    # What the last full import saw; a row missing from a later full export is end-dated.
    imported_at: Mapped[datetime | None]
    row_hash: Mapped[str | None] = mapped_column(String(64))


class CustomerNameToken(Base):
    """Each word of a customer's folded name: a name search matches any word by its prefix.

    `words` repeats all the name's words, so the other words of a query are checked inside
    the same index range (covering index), without visiting the customer.
    """

    __tablename__ = "customer_name_token"
    __table_args__ = (
        # text_pattern_ops lets PostgreSQL answer LIKE 'prefix%' from the index in any locale.
        Index(
            "ix_customer_name_token_token",
            "token",
            "words",
            "customer_id",
            postgresql_ops={"token": "text_pattern_ops"},
        ),
        # Never read by rowid: one B-tree per row instead of two (migration 0004).
        {"sqlite_with_rowid": False},
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    token: Mapped[str] = mapped_column(String(200), primary_key=True)
    words: Mapped[str] = mapped_column(String(400))


class CustomerAddress(Base):
    __tablename__ = "customer_address"
    __table_args__ = (Index("ix_customer_address_postcode", "postcode", "house_number"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    street: Mapped[str] = mapped_column(String(200))
    house_number: Mapped[str] = mapped_column(String(10))
    house_number_suffix: Mapped[str] = mapped_column(String(10), default="")
    postcode: Mapped[str] = mapped_column(String(8))
    town: Mapped[str] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2), default="NL")
    valid_from: Mapped[datetime]
    valid_to: Mapped[datetime | None]


class NumberAssignment(Base):
    """Who held a number when; porting in and out recorded with the other provider."""

    __tablename__ = "number_assignment"
    __table_args__ = (Index("ix_number_assignment_number_from", "number", "valid_from"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    service_type: Mapped[str] = mapped_column(String(16))
    valid_from: Mapped[datetime]
    valid_to: Mapped[datetime | None]
    ported_in_from: Mapped[str | None] = mapped_column(String(100))
    ported_out_to: Mapped[str | None] = mapped_column(String(100))


class SimCard(Base):
    __tablename__ = "sim_card"
    __table_args__ = (
        Index("ix_sim_card_iccid", "iccid"),
        Index("ix_sim_card_imsi_from", "imsi", "valid_from"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    iccid: Mapped[str] = mapped_column(String(20))
    imsi: Mapped[str] = mapped_column(String(15))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    number: Mapped[str | None] = mapped_column(String(20))
    valid_from: Mapped[datetime]
    valid_to: Mapped[datetime | None]


class DeviceObservation(Base):
    """An IMEI seen on an IMSI between two moments."""

    __tablename__ = "device_observation"
    __table_args__ = (
        Index("ix_device_observation_imei", "imei", "first_seen"),
        Index("ix_device_observation_imsi", "imsi", "first_seen"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    imei: Mapped[str] = mapped_column(String(16))
    imsi: Mapped[str] = mapped_column(String(15))
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]


class IpAssignment(Base):
    """An IPv4 address and port range (CGNAT) or an IPv6 prefix, held for a time."""

    __tablename__ = "ip_assignment"
    __table_args__ = (Index("ix_ip_assignment_ip_from", "ip", "valid_from"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ip: Mapped[str] = mapped_column(String(64))
    prefix_length: Mapped[int] = mapped_column(Integer)
    port_start: Mapped[int | None] = mapped_column(Integer)
    port_end: Mapped[int | None] = mapped_column(Integer)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    valid_from: Mapped[datetime]
    valid_to: Mapped[datetime | None]


class UsageRecord(Base):
    """A call detail record; kept 3 months for invoice specification, then deleted."""

    __tablename__ = "usage_record"
    __table_args__ = (
        Index("ix_usage_record_a_start", "a_number", "start_time"),
        Index("ix_usage_record_b_start", "b_number", "start_time"),
        Index("ix_usage_record_imsi_start", "imsi", "start_time"),
        Index("ix_usage_record_start", "start_time"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    start_time: Mapped[datetime]
    duration_s: Mapped[int] = mapped_column(Integer)
    a_number: Mapped[str] = mapped_column(String(20))
    b_number: Mapped[str] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(8))
    service_type: Mapped[str] = mapped_column(String(16))
    imsi: Mapped[str | None] = mapped_column(String(15))
    imei: Mapped[str | None] = mapped_column(String(16))
    cell_id: Mapped[str | None] = mapped_column(String(32))


# --------------------------------------------------------------------------- disclosure


class Disclosure(Base, Versioned):
    """What a case hands over; prepared by one user, approved by another."""

    __tablename__ = "disclosure"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("demand_case.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    prepared_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    prepared_at: Mapped[datetime | None]
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    approved_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]
    delivery_channel: Mapped[str] = mapped_column(String(64), default="")
    delivered_to: Mapped[str] = mapped_column(Text, default="", server_default="")
    delivered_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    report_document_id: Mapped[int | None] = mapped_column(ForeignKey("case_document.id"))
    created_at: Mapped[datetime]

    items: Mapped[list[DisclosureItem]] = relationship(
        back_populates="disclosure", cascade="all, delete-orphan"
    )


class DisclosureItem(Base):
    """One answer: per target and category, the decision, its reason and the data given."""

    __tablename__ = "disclosure_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    disclosure_id: Mapped[int] = mapped_column(ForeignKey("disclosure.id", ondelete="CASCADE"))
    target_id: Mapped[int | None] = mapped_column(ForeignKey("case_target.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    category: Mapped[str] = mapped_column(String(16))
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    period_from: Mapped[datetime | None]
    period_to: Mapped[datetime | None]
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    added_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    added_at: Mapped[datetime]
    # The identifier as looked up, for items whose query is not one of the case's targets.
    target_text: Mapped[str] = mapped_column(String(200), default="", server_default="")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[datetime | None]

    disclosure: Mapped[Disclosure] = relationship(back_populates="items")


class SigningCredential(Base):
    """A user's signing certificate; its key is PKCS#8 encrypted under the signing passphrase."""

    __tablename__ = "signing_credential"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    fingerprint: Mapped[str] = mapped_column(String(64))
    not_before: Mapped[datetime]
    not_after: Mapped[datetime]
    self_signed: Mapped[bool] = mapped_column(Boolean)
    cert_pem: Mapped[str] = mapped_column(Text)
    chain_pem: Mapped[str] = mapped_column(Text)
    key_pem: Mapped[bytes] = mapped_column(LargeBinary)
    # "keyring": a random passphrase in the OS keyring under secret_id; "passphrase": from
    # LAWFULREQ_SIGN_PASSPHRASE (the database key's fallback rule, security/keys.py).
    secret_mode: Mapped[str] = mapped_column(String(16))
    secret_id: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime]


# --------------------------------------------------------------------------- secrecy and DSAR


class NonNotificationFlag(Base, Versioned):
    """Keeps a demand secret from the customer; no end date unless lifted on evidence."""

    __tablename__ = "non_notification_flag"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("demand_case.id"), index=True)
    basis_code: Mapped[str] = mapped_column(String(32))
    imposed_by_organisation: Mapped[str] = mapped_column(String(200))
    imposed_by_person: Mapped[str] = mapped_column(String(200), default="")
    authority_reference: Mapped[str] = mapped_column(String(64), default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    next_review_at: Mapped[datetime]
    lifted_at: Mapped[datetime | None]
    lifted_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    lift_reason: Mapped[str] = mapped_column(Text, default="")
    lift_evidence_id: Mapped[int | None] = mapped_column(ForeignKey("case_document.id"))
    created_at: Mapped[datetime]
    # Migration 0006 (issue 12): the statutory ground, who may end the secrecy, the pending
    # lifting request (the four-eyes approval sets lifted_at/lifted_by) and the last review.
    ground: Mapped[str] = mapped_column(String(200), default="")
    regime: Mapped[str] = mapped_column(String(32), default="")
    lift_requested_at: Mapped[datetime | None]
    lift_requested_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    last_reviewed_at: Mapped[datetime | None]
    last_reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class FlagSubject(Base):
    __tablename__ = "flag_subject"
    __table_args__ = (Index("ix_flag_subject_value", "kind", "value"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    flag_id: Mapped[int] = mapped_column(ForeignKey("non_notification_flag.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(String(200))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)


class DataSubjectRequest(Base, Versioned):
    """An access request (AVG art. 15): who received my data?"""

    __tablename__ = "data_subject_request"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(32), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    requester_name: Mapped[str] = mapped_column(String(200))
    requester_contact: Mapped[str] = mapped_column(String(200), default="")
    identity_checked: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime]
    due_at: Mapped[datetime]
    extended_until: Mapped[datetime | None]
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    answered_at: Mapped[datetime | None]
    answered_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    answer_document_id: Mapped[int | None] = mapped_column(ForeignKey("case_document.id"))
    created_at: Mapped[datetime]
    # Migration 0006 (issue 12): the right invoked (AVG 15-21), how identity was checked,
    # the pause while waiting for the person, and an executed erasure.
    kind: Mapped[str] = mapped_column(String(16), default="access")
    identity_method: Mapped[str] = mapped_column(String(32), default="")
    paused_at: Mapped[datetime | None]
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0)
    pause_reason: Mapped[str] = mapped_column(Text, default="")
    erased_at: Mapped[datetime | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class DsarDecision(Base):
    """Internal record: a disclosure left out of (or given in) an answer, and why."""

    __tablename__ = "dsar_decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("data_subject_request.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("demand_case.id"))
    flag_id: Mapped[int | None] = mapped_column(ForeignKey("non_notification_flag.id"), index=True)
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[datetime]
    # Migration 0006 (issue 12): the restriction record (AVG 23, UAVG 41) of one disclosure
    # left out of an answer: its statutory ground, the necessity note and the FG's sign-off.
    disclosure_id: Mapped[int | None] = mapped_column(ForeignKey("disclosure.id"))
    ground: Mapped[str] = mapped_column(Text, default="")
    necessity_note: Mapped[str] = mapped_column(Text, default="")
    signed_off_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    signed_off_at: Mapped[datetime | None]


# --------------------------------------------------------------------------- statistics


class CaseStatistic(Base):
    """One demand as the transparency statistics count it; no names, numbers or references.

    When a purge deletes the case, the database sets `case_id` to NULL (ON DELETE SET NULL):
    the row stays, anonymous, and published counts do not change. `case_version` is the case's
    version the row was computed from; a row whose case moved on is computed again.
    """

    __tablename__ = "case_statistic"
    __table_args__ = (
        # Covering, in GROUP BY order: the statistics read only this index, without sorting.
        Index(
            "ix_case_statistic_counting",
            "basis_code",
            "publishable",
            "authority_type",
            "primary_category",
            "outcome",
            "emergency",
            "preservation",
            "received_on",
            "identifiers",
        ),
        # Covering for the stale-row check (which case moved on since its row was computed).
        Index("ix_case_statistic_case_version", "case_id", "case_version"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("demand_case.id", ondelete="SET NULL"), unique=True
    )
    case_version: Mapped[int | None] = mapped_column(Integer)
    # The day the demand was received, in Europe/Amsterdam (periods are local calendar days).
    received_on: Mapped[date] = mapped_column(Date)
    basis_code: Mapped[str] = mapped_column(String(32))
    publishable: Mapped[bool] = mapped_column(Boolean)
    authority_type: Mapped[str] = mapped_column(String(16))
    primary_category: Mapped[str] = mapped_column(String(16))
    categories: Mapped[list[str]] = mapped_column(JSON)
    outcome: Mapped[str] = mapped_column(String(20))
    identifiers: Mapped[int] = mapped_column(Integer)
    emergency: Mapped[bool] = mapped_column(Boolean)
    preservation: Mapped[bool] = mapped_column(Boolean)
    computed_at: Mapped[datetime]


# The statistics' stale-row check reads (id, version) of every case: on SQLite this index holds
# both (the rowid rides along), so the wide case rows are not read.
Index("ix_demand_case_version", DemandCase.version)


# --------------------------------------------------------------------------- audit


class AuditEvent(Base):
    """An append-only, hash-chained record of who did what, when, for which case and why."""

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_case", "case_id", "id"),
        Index("ix_audit_event_at", "at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[int | None] = mapped_column(Integer)
    object_type: Mapped[str] = mapped_column(String(32), default="")
    object_id: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
