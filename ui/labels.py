"""Translated display names for the domain's enumerations, shared by every screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lawfulreq.domain.enums import CaseStatus, Role
from lawfulreq.rules.engine import Severity
from lawfulreq.rules.messages import Lang, category_name
from lawfulreq.services.catalogue import LegalBasisView
from ui.formats import language as _ui_language

translate = QCoreApplication.translate


def role_label(role: Role | str) -> str:
    names = {
        Role.FG: translate("Labels", "Data Protection Officer (FG)"),
        Role.OFFICER: translate("Labels", "Officer"),
        Role.AUDITOR: translate("Labels", "Auditor"),
    }
    return names.get(Role(role), str(role))


def status_label(status: CaseStatus | str) -> str:
    names = {
        CaseStatus.RECEIVED: translate("Labels", "Received"),
        CaseStatus.AWAITING_CONFIRMATION: translate("Labels", "Awaiting confirmation"),
        CaseStatus.UNDER_REVIEW: translate("Labels", "Under review"),
        CaseStatus.ON_HOLD: translate("Labels", "On hold"),
        CaseStatus.APPROVED: translate("Labels", "Approved"),
        CaseStatus.DISCLOSED: translate("Labels", "Disclosed"),
        CaseStatus.CLOSED: translate("Labels", "Closed"),
        CaseStatus.REJECTED: translate("Labels", "Rejected"),
        CaseStatus.WITHDRAWN: translate("Labels", "Withdrawn"),
    }
    return names.get(CaseStatus(status), str(status))


# ---------------------------------------------------------------------------- codes to words
# The UI shows these words; the code itself at most in a tooltip (`code_tooltip`).


def code_tooltip(code: str) -> str:
    return translate("Labels", "Code: {code}").format(code=code)


def basis_text(code: str, basis: LegalBasisView | None = None, *, lang: str | None = None) -> str:
    """ "art. 126m Sv — Bevel tot aftappen": the article as cited, then the catalogue's name;
    without the catalogue at hand, the article read from the code."""
    if basis is None:
        return basis_short(code)
    title = basis.title(lang or _language())
    article = article_text(basis)
    if not article:
        return title or basis_short(code)
    return f"{article} — {title}" if title else article


def article_text(basis: LegalBasisView) -> str:
    """The article as a Dutch jurist cites it ("art. 126n Sv", "art. 47 Wiv 2017"); "" when
    the rule has no single article (an emergency, a foreign request): its name says it."""
    article = basis.article.strip()
    if article and article[0].isdigit() and " " not in article and ";" not in article:
        return f"art. {article} {basis.law}"
    return ""


def basis_short(code: str) -> str:
    """A code without the catalogue at hand: "sv-126m" reads "art. 126m Sv"."""
    special = {
        "emergency": translate("Labels", "Emergency"),
        "none": translate("Labels", "No statutory basis"),
        "foreign-eio": translate("Labels", "European Investigation Order"),
        "eu-epoc": translate("Labels", "European Production Order"),
        "eu-epoc-pr": translate("Labels", "European Preservation Order"),
    }
    if code in special:
        return special[code]
    law, _, article = code.partition("-")
    laws = {"sv": "Sv", "wiv": "Wiv 2017", "awr": "AWR", "awb": "Awb", "iw": "IW 1990"}
    if law in laws and article:
        if law == "awb":  # "awb-5-16": art. 5:16 Awb
            return f"art. {article.replace('-', ':', 1)} {laws[law]}"
        article, _, lid = article.partition("-")
        if lid:  # "sv-126na-2": "art. 126na lid 2 Sv" in Dutch, "art. 126na(2) Sv" in English
            return translate("Labels", "art. {article}({lid}) {law}").format(
                article=article, lid=lid, law=laws[law]
            )
        return f"art. {article} {laws[law]}"
    return code


def scope_text(basis_code: str, categories: tuple[str, ...]) -> str:
    """What a secrecy flag covers: "art. 126n Sv: abonneegegevens, verkeersgegevens"."""
    lang: Lang = "nl" if _language() == "nl" else "en"
    words = ", ".join(category_name(c, lang) for c in categories)
    return f"{basis_short(basis_code)}: {words}" if words else basis_short(basis_code)


def severity_label(severity: Severity) -> str:
    """A finding's weight as a column or a heading shows it: "Fout", "Waarschuwing"."""
    return {
        Severity.ERROR: translate("Labels", "Error"),
        Severity.WARNING: translate("Labels", "Warning"),
        Severity.INFO: translate("Labels", "Note"),
    }[severity]


def finding_title(code: str) -> str:
    """A finding's name in words (the message says the details)."""
    names = {
        "ISSUER_NOT_COMPETENT": translate("Labels", "Issuer not competent"),
        "RC_AUTHORISATION_MISSING": translate("Labels", "Examining judge's authorisation missing"),
        "PERIOD_TOO_LONG": translate("Labels", "Period too long"),
        "PERIOD_BEYOND_RETENTION": translate("Labels", "Period older than the retention"),
        "WRITTEN_CONFIRMATION_DUE": translate("Labels", "Written confirmation missing"),
        "ONE_TARGET_PER_ORDER": translate("Labels", "More than one identifier in the order"),
        "TARGET_INVALID": translate("Labels", "Invalid target"),
        "BSN_MASKED": translate("Labels", "Citizen service number masked"),
        "DUPLICATE_TARGET": translate("Labels", "Target also in another open case"),
        "DATA_NOT_ALLOWED": translate("Labels", "Data category not allowed"),
        "AUTHORITY_UNVERIFIED": translate("Labels", "Requester's identity not checked"),
        "ORDER_EXPIRED": translate("Labels", "Order expired"),
        "AUTHORISATION_AFTER_DEMAND": translate("Labels", "Authorisation dated after the demand"),
        "RC_AUTHORISATION_ADVISED": translate("Labels", "Review by a court advised"),
        "FUTURE_DATA_NOT_ALLOWED": translate("Labels", "Future data not allowed"),
        "WIV_APPROVAL_MISSING": translate(
            "Labels", "Minister's permission or TIB approval missing"
        ),
        "NO_LEGAL_BASIS": translate("Labels", "No statutory basis"),
        "DATA_NOT_HELD": translate("Labels", "Data not held"),
    }
    return names.get(code, code)


def audit_action_text(action: str) -> str:
    """An audit event's action in words; an unknown action keeps its code."""
    names = {
        "login.succeeded": translate("Labels", "Signed in"),
        "login.failed": translate("Labels", "Sign-in failed"),
        "login.refused_locked": translate("Labels", "Sign-in refused: account locked"),
        "user.created": translate("Labels", "User created"),
        "user.locked": translate("Labels", "Account locked"),
        "user.unlocked": translate("Labels", "Account unlocked"),
        "case.created": translate("Labels", "Case registered"),
        "case.viewed": translate("Labels", "Case opened"),
        "case.moved": translate("Labels", "Case status changed"),
        "case.assigned": translate("Labels", "Case assigned"),
        "case.document_added": translate("Labels", "Document added"),
        "case.document_opened": translate("Labels", "Document opened"),
        "case.finding_acknowledged": translate("Labels", "Warning acknowledged"),
        "case.notes_changed": translate("Labels", "Notes changed"),
        "case.requester_verified": translate("Labels", "Requester's identity checked"),
        "case.written_confirmation": translate("Labels", "Written confirmation received"),
        "subscriber.lookup": translate("Labels", "Subscriber data looked up"),
        "subscriber.lookup_refused": translate("Labels", "Lookup refused"),
        "settings.retention_changed": translate("Labels", "Retention period changed"),
        "settings.deadline_changed": translate("Labels", "Default deadline changed"),
        "setting.changed": translate("Labels", "Setting changed"),
        "flag.created": translate("Labels", "Secrecy flag set"),
        "flag.lifted": translate("Labels", "Secrecy flag lifted"),
        "flag.reviewed": translate("Labels", "Secrecy flag reviewed"),
        "flag.lift_requested": translate("Labels", "Lifting of secrecy flag requested"),
        "dsar.created": translate("Labels", "Data subject's request registered"),
        "dsar.answered": translate("Labels", "Data subject's request answered"),
        "disclosure.item_added": translate("Labels", "Item added to the disclosure"),
        "disclosure.decided": translate("Labels", "Decision on an item recorded"),
        "disclosure.approved": translate("Labels", "Disclosure approved"),
        "disclosure.delivered": translate("Labels", "Disclosure delivered"),
        "demo.subscribers": translate("Labels", "Demo subscribers created"),
        "demo.cases": translate("Labels", "Demo cases created"),
        "demo.reference_data": translate("Labels", "Demo reference data created"),
        "data.imported": translate("Labels", "Data imported"),
        "catalogue.seeded": translate("Labels", "Legal rules loaded"),
        "catalogue.edited": translate("Labels", "Legal rule changed"),
        "backup.created": translate("Labels", "Backup made"),
        "backup.restored": translate("Labels", "Backup restored"),
        "authority.added": translate("Labels", "Authority added"),
        "authority.contact_added": translate("Labels", "Contact person added"),
        "audit.verified": translate("Labels", "Audit log checked: intact"),
        "audit.verify_failed": translate("Labels", "Audit log checked: chain broken"),
        "audit.anchor": translate("Labels", "End of the audit log sealed"),
        "backup.restore_started": translate("Labels", "Restore of a backup started"),
        "cert.created": translate("Labels", "Signing certificate created"),
        "cert.imported": translate("Labels", "Signing certificate imported"),
        "data.import_refused": translate("Labels", "Import refused"),
        "disclosure.prepared": translate("Labels", "Disclosure prepared"),
        "disclosure.viewed": translate("Labels", "Disclosure opened"),
        "report.signed": translate("Labels", "Report signed"),
        "dsar.erased": translate("Labels", "Data erased at the data subject's request"),
        "dsar.erasure_refused": translate("Labels", "Erasure refused"),
        "dsar.exported": translate("Labels", "Data exported for the data subject"),
        "dsar.extended": translate("Labels", "Answer period extended"),
        "dsar.paused": translate("Labels", "Answer period paused"),
        "dsar.resumed": translate("Labels", "Answer period resumed"),
        "dsar.previewed": translate("Labels", "Answer to a data subject previewed"),
        "dsar.restrictions_read": translate("Labels", "Restriction records read"),
        "flag.lift_rejected": translate("Labels", "Lifting of secrecy flag rejected"),
        "permission.denied": translate("Labels", "Action refused: no permission"),
        "session.refused": translate("Labels", "Action refused: session no longer valid"),
        "statistics.exported": translate("Labels", "Statistics exported"),
        "purge.executed": translate("Labels", "Data purged after its retention"),
        "purge.previewed": translate("Labels", "Purge previewed"),
    }
    return names.get(action, action)


def object_text(object_type: str, object_id: str) -> str:
    """What an audit event concerns: "zaak LR-2026-000005", "gebruiker 1"."""
    names = {
        "case": translate("Labels", "case"),
        "user": translate("Labels", "user"),
        "disclosure": translate("Labels", "disclosure"),
        "flag": translate("Labels", "secrecy flag"),
        "dsar": translate("Labels", "request"),
        "setting": translate("Labels", "setting"),
        "document": translate("Labels", "document"),
        "authority": translate("Labels", "authority"),
        "legal_basis": translate("Labels", "legal rule"),
        "catalogue": translate("Labels", "legal rules"),
        "import": translate("Labels", "import"),
        "backup": translate("Labels", "backup"),
        "audit": translate("Labels", "audit log"),
    }
    if object_type == "lookup":  # the object is the kind of query
        return translate("Labels", "lookup by {kind}").format(kind=target_kind_label(object_id))
    word = names.get(object_type, object_type.replace("_", " "))
    return f"{word} {object_id}".strip()


def target_kind_label(kind: str) -> str:
    names = {
        "phone_number": translate("Labels", "phone number"),
        "imsi": translate("Labels", "IMSI (SIM)"),
        "imei": translate("Labels", "IMEI (handset)"),
        "iccid": translate("Labels", "ICCID (SIM card)"),
        "iban": translate("Labels", "IBAN"),
        "email": translate("Labels", "e-mail address"),
        "ip": translate("Labels", "IP address"),
        "postcode_house_number": translate("Labels", "postcode and house number"),
        "customer_id": translate("Labels", "customer number"),
        "name": translate("Labels", "name"),
        "identifier": translate("Labels", "identifier"),
    }
    return names.get(str(kind), str(kind))


def document_kind_label(kind: str) -> str:
    names = {
        "demand": translate("Labels", "demand"),
        "written_confirmation": translate("Labels", "written confirmation"),
        "rc_authorisation": translate("Labels", "examining judge's authorisation"),
        "report": translate("Labels", "report"),
        "evidence": translate("Labels", "evidence"),
        "other": translate("Labels", "other"),
    }
    return names.get(str(kind), str(kind))


def verification_label(method: str) -> str:
    names = {
        "call_back": translate("Labels", "called back on the register's number"),
        "known_email_domain": translate("Labels", "known e-mail domain"),
        "in_person": translate("Labels", "in person"),
        "signed_electronic": translate("Labels", "electronically signed"),
    }
    return names.get(str(method), str(method))


def authority_type_label(kind: str) -> str:
    names = {
        "police": translate("Labels", "police"),
        "prosecutor": translate("Labels", "Public Prosecution Service"),
        "intelligence": translate("Labels", "intelligence and security service"),
        "tax": translate("Labels", "Tax Administration"),
        "supervisor": translate("Labels", "supervisory authority"),
        "emergency": translate("Labels", "emergency service"),
        "foreign": translate("Labels", "foreign authority"),
    }
    return names.get(str(kind), str(kind))


def channel_label(channel: str) -> str:
    names = {
        "written": translate("Labels", "in writing"),
        "oral": translate("Labels", "orally"),
        "electronic": translate("Labels", "electronically"),
    }
    return names.get(str(channel), str(channel))


def delivery_channel_label(channel: str) -> str:
    """How a disclosure went to the authority (a `DeliveryChannel` value)."""
    names = {
        "secure_email": translate("Disclosures", "Secure e-mail"),
        "portal": translate("Disclosures", "Authority's portal"),
        "courier": translate("Disclosures", "Courier"),
        "in_person": translate("Disclosures", "Handed over in person"),
        "electronic": translate("Disclosures", "Other electronic channel"),
    }
    return names.get(str(channel), str(channel))


def regime_label(regime: str) -> str:
    """Who ends a secrecy flag (a `Regime` value)."""
    if str(regime) == "prosecutor_confirms":
        return translate(
            "FlagsScreen", "The public prosecutor notifies the person (art. 126bb lid 1 Sv)"
        )
    return translate("FlagsScreen", "Nobody notifies the person (art. 126bb lid 4 Sv, Wiv 2017)")


def _language() -> str:
    return _ui_language()
