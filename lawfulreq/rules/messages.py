"""Plain-language finding messages in Dutch and English, keyed by finding code."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal

from lawfulreq.domain.identifiers import reason_in
from lawfulreq.domain.phones import dutch_number

Lang = Literal["nl", "en"]
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

# Each template may use the finding's parameters plus {article} ("art. 126n Sv": domain.citations).
MESSAGES: Mapping[str, Mapping[Lang, str]] = {
    "ISSUER_NOT_COMPETENT": {
        "en": "{article}: a demand under this article may only come from: {allowed_l}; "
        "not from: {issuer_role_l}.",
        "nl": "{article}: een vordering op grond van dit artikel mag alleen komen van: "
        "{allowed_l}; niet van: {issuer_role_l}.",
    },
    "RC_AUTHORISATION_MISSING": {
        "en": "{article} requires a prior authorisation of the examining judge (RC); "
        "none is recorded.",
        "nl": "{article} vereist een voorafgaande machtiging van de rechter-commissaris; "
        "die is niet vastgelegd.",
    },
    "RC_AUTHORISATION_MISSING:delivery": {
        "en": "{article}: real-time or periodic delivery needs a prior written authorisation "
        "of the examining judge (RC); none is recorded.",
        "nl": "{article}: verstrekking op het moment van verwerking of periodiek vereist een "
        "voorafgaande schriftelijke machtiging van de rechter-commissaris; die is niet "
        "vastgelegd.",
    },
    "RC_AUTHORISATION_MISSING:validation": {
        "en": "{article}: a production order for traffic or content data must be issued or "
        "validated by a judge; no judicial validation is recorded.",
        "nl": "{article}: een verstrekkingsbevel voor verkeers- of inhoudsgegevens moet door "
        "een rechter zijn uitgevaardigd of gevalideerd; er is geen rechterlijke validatie "
        "vastgelegd.",
    },
    "PERIOD_TOO_LONG:months": {
        "en": "{article} allows at most {max_months} months of future data per demand "
        "(until {limit}); this demand runs until {until}.",
        "nl": "{article} staat per vordering hoogstens {max_months} maanden toekomstige "
        "gegevens toe (tot {limit}); deze vordering loopt tot {until}.",
    },
    "PERIOD_TOO_LONG": {
        "en": "{article} allows at most {max_days} days of future data per demand; "
        "this demand asks for {requested_days} days.",
        "nl": "{article} staat per vordering hoogstens {max_days} dagen toekomstige gegevens "
        "toe; deze vordering vraagt {requested_days} dagen.",
    },
    "PERIOD_BEYOND_RETENTION": {
        "en": "{category_l} data is kept {months} months: the part of the period before "
        '{cutoff} is answered "no longer available" ({article}).',
        "nl": "{category_l} worden {months} maanden bewaard: het deel van de periode vóór "
        '{cutoff} wordt beantwoord met "niet (meer) beschikbaar" ({article}).',
    },
    "WRITTEN_CONFIRMATION_DUE": {
        "en": "{article}: an oral demand must be confirmed in writing within {days} days, "
        "by {due}; no written confirmation is recorded.",
        "nl": "{article}: een mondelinge vordering moet binnen {days} dagen schriftelijk "
        "worden bevestigd, uiterlijk {due}; er is geen schriftelijke bevestiging vastgelegd.",
    },
    "WRITTEN_CONFIRMATION_DUE:policy": {
        "en": "{article}: by internal policy (no statutory duty) an urgent demand is "
        "confirmed in writing within {days} days, by {due}; no written confirmation is "
        "recorded.",
        "nl": "{article}: volgens intern beleid (geen wettelijke plicht) wordt een spoedverzoek "
        "binnen {days} dagen schriftelijk bevestigd, uiterlijk {due}; er is geen schriftelijke "
        "bevestiging vastgelegd.",
    },
    "ONE_TARGET_PER_ORDER": {
        "en": "{article}: this order names {count} identifiers. The law asks the order to "
        "describe the user and only where possible a number (art. 126m lid 2 Sv); one "
        "identifier per order is practice: check that every identifier is meant.",
        "nl": "{article}: dit bevel noemt {count} identificatoren. De wet vraagt een "
        "omschrijving van de gebruiker en zo mogelijk een nummer (art. 126m lid 2 Sv); één "
        "identificator per bevel is praktijk: ga na of elke identificator bedoeld is.",
    },
    "TARGET_INVALID": {
        "en": "Target '{target}' is not a valid {kind_l}: {reason}.",
        "nl": "Doel '{target}' is als {kind_l} ongeldig: {reason}.",
    },
    "BSN_MASKED": {
        "en": "Masked {bsn_l} (BSN) in {fields}: the provider may not store a BSN.",
        "nl": "{bsn_l} (BSN) in {fields} gemaskeerd: de aanbieder mag geen BSN bewaren.",
    },
    "DUPLICATE_TARGET": {
        "en": "Target {target} is also named in {cases_l}.",
        "nl": "Doel {target} komt ook voor in {cases_l}.",
    },
    "DATA_NOT_ALLOWED": {
        "en": "{article} does not allow demanding {categories_l}; it covers: {allowed_l}.",
        "nl": "{article} staat niet toe dat {categories_l} worden gevorderd; "
        "de grondslag omvat: {allowed_l}.",
    },
    "ORDER_EXPIRED": {
        "en": "{article}: the order's period ended on {ended}; it can no longer be executed.",
        "nl": "{article}: de looptijd van het bevel is op {ended} verstreken; het kan niet "
        "meer worden uitgevoerd.",
    },
    "AUTHORISATION_AFTER_DEMAND": {
        "en": "{article}: the judge's authorisation is dated {authorised}, after the demand "
        "was received on {received}; it must precede the demand.",
        "nl": "{article}: de machtiging van de rechter is gedateerd {authorised}, na "
        "ontvangst van de vordering op {received}; zij moet aan de vordering voorafgaan.",
    },
    "RC_AUTHORISATION_ADVISED": {
        "en": "{article}: {categories_l} are demanded without a court's prior review; for "
        "a serious intrusion case law asks for one (HR 5 April 2022, {ecli}).",
        "nl": "{article}: {categories_l} worden gevorderd zonder voorafgaande rechterlijke "
        "toetsing; bij een ernstige inbreuk vraagt de rechtspraak die wel "
        "(HR 5 april 2022, {ecli}).",
    },
    "FUTURE_DATA_NOT_ALLOWED": {
        "en": "{article} covers only data held when the demand arrived ({received}); the "
        "period runs until {until}. Future data need a separate demand (art. 126ne Sv).",
        "nl": "{article} omvat alleen gegevens die bij ontvangst van de vordering ({received}) "
        "zijn opgeslagen; de periode loopt tot {until}. Toekomstige gegevens vereisen een "
        "afzonderlijke vordering (art. 126ne Sv).",
    },
    "WIV_APPROVAL_MISSING": {
        "en": "{article}: a special power of the Wiv 2017 needs the minister's permission "
        "and the TIB's approval; missing: {missing_l}.",
        "nl": "{article}: een bijzondere bevoegdheid uit de Wiv 2017 vereist toestemming "
        "van de minister en goedkeuring door de TIB; ontbreekt: {missing_l}.",
    },
    "NO_LEGAL_BASIS": {
        "en": "This request has no statutory basis ({article}): without a legal obligation "
        "the provider may not hand over the data. Refuse it with the refusal letter.",
        "nl": "Dit verzoek heeft geen wettelijke grondslag ({article}): zonder wettelijke "
        "verplichting mag de aanbieder de gegevens niet verstrekken. Weiger het met de "
        "weigeringsbrief.",
    },
    "DATA_NOT_HELD": {
        "en": "{category_l}: the provider carries communication content but never stores "
        'it, so there is nothing to hand over; answer "not held" ({article}).',
        "nl": "{category_l}: de aanbieder transporteert de inhoud van communicatie maar "
        'bewaart die niet, dus er valt niets te verstrekken; antwoord "niet in bezit" '
        "({article}).",
    },
    "AUTHORITY_UNVERIFIED": {
        "en": "The identity of the requesting officer ({requester}) has not been verified "
        "(call back on the register's number, known e-mail domain or in person).",
        "nl": "De identiteit van de verzoekende ambtenaar ({requester}) is niet geverifieerd "
        "(terugbellen op het nummer uit het register, bekend e-maildomein of persoonlijk).",
    },
}

ISSUER_ROLE_NAMES: Mapping[str, Mapping[Lang, str]] = {
    "investigating_officer": {"en": "investigating officer", "nl": "opsporingsambtenaar"},
    "prosecutor": {"en": "public prosecutor", "nl": "officier van justitie"},
    "examining_judge": {"en": "examining judge", "nl": "rechter-commissaris"},
    "intelligence_service": {"en": "intelligence service", "nl": "inlichtingendienst"},
    "tax_inspector": {"en": "tax inspector", "nl": "inspecteur van de Belastingdienst"},
    "supervisor": {"en": "supervisor", "nl": "toezichthouder"},
    "emergency_centre": {"en": "emergency centre", "nl": "meldkamer"},
}

CATEGORY_NAMES: Mapping[str, Mapping[Lang, str]] = {
    "subscriber": {"en": "subscriber", "nl": "gebruikersgegevens"},
    "traffic": {"en": "traffic", "nl": "verkeersgegevens"},
    "location": {"en": "location", "nl": "locatiegegevens"},
    "stored": {"en": "stored", "nl": "opgeslagen gegevens"},
    "sensitive": {"en": "special-category", "nl": "bijzondere gegevens"},
    "content": {"en": "content", "nl": "inhoudsgegevens"},
    "preservation": {"en": "preservation", "nl": "bevriezing"},
    "interception": {"en": "interception", "nl": "aftappen"},
    "recordings": {"en": "call recordings", "nl": "gespreksopnamen klantenservice"},
}

APPROVAL_NAMES: Mapping[str, Mapping[Lang, str]] = {
    "minister": {"en": "the minister's permission", "nl": "toestemming van de minister"},
    "tib": {"en": "the TIB's approval", "nl": "goedkeuring door de TIB"},
}

KIND_NAMES: Mapping[str, Mapping[Lang, str]] = {
    "phone_number": {"en": "phone number", "nl": "telefoonnummer"},
    "imsi": {"en": "IMSI", "nl": "IMSI"},
    "imei": {"en": "IMEI", "nl": "IMEI"},
    "iccid": {"en": "ICCID", "nl": "ICCID"},
    "iban": {"en": "IBAN", "nl": "IBAN"},
    "email": {"en": "e-mail address", "nl": "e-mailadres"},
    "ip": {"en": "IP address", "nl": "IP-adres"},
    "postcode_house_number": {"en": "postcode and house number", "nl": "postcode en huisnummer"},
    "customer_id": {"en": "customer id", "nl": "klantnummer"},
    "name": {"en": "name", "nl": "naam"},
    "identifier": {"en": "identifier", "nl": "identificator"},
}


def role_name(role: str, lang: Lang) -> str:
    return ISSUER_ROLE_NAMES.get(role, {}).get(lang, role)


def category_name(category: str, lang: Lang) -> str:
    return CATEGORY_NAMES.get(category, {}).get(lang, category)


def kind_name(kind: str, lang: Lang) -> str:
    return KIND_NAMES.get(kind, {}).get(lang, kind)


FIELD_NAMES: dict[str, dict[str, str]] = {
    "authority_reference": {"en": "authority reference", "nl": "kenmerk instantie"},
    "parket_number": {"en": "parket number", "nl": "parketnummer"},
    "rc_judge": {"en": "examining judge", "nl": "rechter-commissaris"},
    "requester_name": {"en": "requester", "nl": "verzoeker"},
    "emergency_reason": {"en": "emergency reason", "nl": "reden spoed"},
    "notes": {"en": "notes", "nl": "notities"},
    "targets": {"en": "targets", "nl": "doelen"},
}


def field_name(field: str, lang: Lang) -> str:
    return FIELD_NAMES.get(field, {}).get(lang, field)


def _localised(params: Mapping[str, Any], lang: Lang) -> dict[str, Any]:
    """Raw parameters plus their names in `lang` (roles, categories, identifier kinds)."""
    out = dict(params)
    if "issuer_role" in params:
        out["issuer_role_l"] = role_name(str(params["issuer_role"]), lang)
    if "allowed_roles" in params:
        out["allowed_l"] = ", ".join(role_name(r, lang) for r in params["allowed_roles"])
    if "allowed_categories" in params:
        out["allowed_l"] = ", ".join(category_name(c, lang) for c in params["allowed_categories"])
    if "categories" in params:
        out["categories_l"] = ", ".join(category_name(c, lang) for c in params["categories"])
    if "category" in params:
        out["category_l"] = category_name(str(params["category"]), lang).capitalize()
    if "kind" in params:
        out["kind_l"] = kind_name(str(params["kind"]), lang)
    if "missing" in params:
        out["missing_l"] = ", ".join(
            APPROVAL_NAMES.get(m, {}).get(lang, m) for m in params["missing"]
        )
    if "cases" in params and not isinstance(params["cases"], str):
        out["cases"] = ", ".join(params["cases"])
    out.update(_counted(params, lang))
    if "fields" in params and not isinstance(params["fields"], str):
        out["fields"] = ", ".join(field_name(f, lang) for f in params["fields"])
    if "reason" in params:
        out["reason"] = reason_in(str(params["reason"]), lang)
    return out


def render(code: str, lang: Lang, params: Mapping[str, Any]) -> str:
    """The message for `code` in `lang`; a missing parameter leaves its placeholder visible."""
    return MESSAGES[code][lang].format_map(_Keep(_localised(params, lang)))


class _Keep(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _dutch_number(text: str) -> str:
    """ "+31612345678" as a Dutch reader writes it ("06-12345678"); anything else unchanged."""
    return dutch_number(text) if text.startswith("+31") else text


def _counted(params: Mapping[str, Any], lang: Lang) -> dict[str, Any]:
    """Nouns in the singular or plural as the count asks ("1 open case", "2 open cases"),
    and, in Dutch, dates and numbers written the Dutch way."""
    out: dict[str, Any] = {}
    cases = params.get("cases")
    if cases is not None:
        listed = cases if isinstance(cases, str) else ", ".join(cases)
        many = not isinstance(cases, str) and len(cases) != 1
        noun = {"en": ("open case", "open cases"), "nl": ("open zaak", "open zaken")}[lang]
        out["cases_l"] = f"{noun[many]} {listed}"
    if "count" in params:
        word = {
            "en": ("citizen service number", "citizen service numbers"),
            "nl": ("burgerservicenummer", "burgerservicenummers"),
        }[lang]
        out["bsn_l"] = f"{params['count']} {word[params['count'] != 1]}"
    if lang == "nl":
        for key in ("due", "cutoff"):
            if isinstance(params.get(key), str):
                out[key] = _ISO_DATE.sub(r"\3-\2-\1", params[key])
        if isinstance(params.get("target"), str):
            out["target"] = _dutch_number(params["target"])
    return out
