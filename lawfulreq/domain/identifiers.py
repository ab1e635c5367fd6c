"""Identifiers in demands and lookups: detect the kind, validate, normalise; mask BSNs.

One module serves intake, import and lookup, so "06-12345678", "+31 6 12345678" and
"0031612345678" are the same target everywhere.
"""

from __future__ import annotations

import ipaddress
import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum import imei as stdnum_imei
from stdnum import imsi as stdnum_imsi
from stdnum import luhn
from stdnum.exceptions import ValidationError as StdnumValidationError
from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import postcode as stdnum_postcode

from lawfulreq.domain.enums import TargetKind
from lawfulreq.errors import ValidationError

MAX_INPUT = 200
NL_MCC = "204"

_SEPARATORS = re.compile(r"[\s\-./()]")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_POSTCODE_HOUSE = re.compile(
    r"^(?P<pc>[1-9]\d{3}\s?[A-Za-z]{2})[\s,]+(?P<nr>\d{1,5})(?:\s*[-\s]?\s*(?P<sfx>[A-Za-z0-9]{1,4}))?$"
)
_CUSTOMER_ID = re.compile(r"^(?P<prefix>[A-Za-z]{1,4})-?(?P<digits>\d{1,12})$")
_NL_IBAN = re.compile(r"^NL\d{2}[A-Z]{4}\d{10}$")
# Already compact, ASCII only: stdnum's compact() would return it unchanged.
_NL_IBAN_COMPACT = re.compile(r"NL[0-9]{2}[A-Z]{4}[0-9]{10}", re.ASCII)
_LETTER_DIGITS = str.maketrans({c: str(int(c, 36)) for c in string.ascii_uppercase})
# ASCII characters fold_name turns into a space (everything but letters and digits).
_ASCII_NON_ALNUM = str.maketrans({chr(i): " " for i in range(128) if not chr(i).isalnum()})
_NL_IMSI = re.compile(NL_MCC + r"[0-9]{11,12}", re.ASCII)
_IBAN_START = re.compile(r"^[A-Za-z]{2}\d{2}")
_IPV4_PORT = re.compile(r"^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}):(?P<port>\d{1,5})$")
_IPV6_PORT = re.compile(r"^\[(?P<ip>[0-9A-Fa-f:.]+)\](?::(?P<port>\d{1,5}))?$")
_PHONE_CHARS = re.compile(r"^\+?[\d\s\-./()]{3,}$")
_NAME_CHARS = re.compile(r"^[^\W\d_][\w\s.'\-&]*$", re.UNICODE)
# Nine digits, bare or grouped 3-2-2-2; not inside a longer number or dotted address, and not
# followed by a port or prefix length ("198.10.10.16:443" is an IP address with its port).
_BSN_CANDIDATE = re.compile(
    r"(?<![\d+])(?<!\d\.)(\d{3}[.\s]?\d{2}[.\s]?\d{2}[.\s]?\d{2}|\d{9})(?!\d)(?![.:/]\d)"
)

BSN_MASK = "[BSN]"
# Nine digits that pass the 11-test are a BSN to intake but also a Dutch number without its
# trunk 0 (111222333: Zierikzee 0111). Detection does not guess: it asks for a clear form.
AMBIGUOUS_BSN = (
    "it passes the BSN 11-test, so it may be a citizen service number (never looked up); "
    "write a phone number with its leading 0 or with +31"
)
UNRECOGNISED = (
    "not a number, IMSI, IMEI, ICCID, IBAN, e-mail, IP address, "
    "postcode with house number, customer id or name"
)


# Why a value is rejected, in both languages: the English text is the canonical reason that
# errors carry; messages in Dutch look it up here.
INVALID_REASONS_NL: dict[str, str] = {
    "only digits, spaces, '+', '-', '.', '(' and ')'": "alleen cijfers, spaties en + - . ( )",
    "cannot be read as a phone number": "niet te lezen als telefoonnummer",
    "no such number in the numbering plan": "dit nummer bestaat niet in het nummerplan",
    "needs 6-15 digits starting with a known MCC": "6-15 cijfers, beginnend met een bekende MCC",
    "needs 15 digits with a valid check digit (or 16 for IMEISV)": (
        "15 cijfers met een geldig controlecijfer (of 16 voor IMEISV)"
    ),
    "needs 19 or 20 digits starting with 89": "19 of 20 cijfers, beginnend met 89",
    "the check digit is wrong": "het controlecijfer klopt niet",
    "wrong length or check digits": "verkeerde lengte of controlecijfers",
    "not of the form name@domain.tld": "niet in de vorm naam@domein.nl",
    "not an IPv4 or IPv6 address": "geen IPv4- of IPv6-adres",
    "the port must be 1-65535": "de poort moet tussen 1 en 65535 liggen",
    "write a postcode and house number, e.g. 1234 AB 5": (
        "schrijf postcode en huisnummer, bijvoorbeeld 1234 AB 5"
    ),
    "not a Dutch postcode": "geen Nederlandse postcode",
    "letters followed by digits, e.g. C1024": "letters gevolgd door cijfers, bijvoorbeeld C1024",
    "a name needs at least two letters and no digits": (
        "een naam heeft minstens twee letters en geen cijfers"
    ),
    AMBIGUOUS_BSN: (
        "het voldoet aan de elfproef voor een BSN, dus het kan een burgerservicenummer zijn "
        "(dat wordt nooit opgezocht); schrijf een telefoonnummer met de 0 ervoor of met +31"
    ),
    UNRECOGNISED: (
        "geen nummer, IMSI, IMEI, ICCID, IBAN, e-mailadres, IP-adres, "
        "postcode met huisnummer, klantnummer of naam"
    ),
}


def reason_in(reason: str, lang: str) -> str:
    """A rejection reason in `lang` ("nl" or "en"); unknown reasons stay as they are."""
    if lang != "nl":
        return reason
    if reason.startswith("longer than "):
        return reason.replace("longer than", "langer dan").replace("characters", "tekens")
    return INVALID_REASONS_NL.get(reason, reason)


@dataclass(frozen=True)
class Identifier:
    """A validated identifier: its kind, the text as given, and its normal form."""

    kind: TargetKind
    raw: str
    normalised: str
    port: int | None = None
    house_number: str | None = None
    house_number_suffix: str | None = None

    @property
    def display(self) -> str:
        if self.kind is TargetKind.IP and self.port is not None:
            address = ipaddress.ip_address(self.normalised.split("/")[0])
            host = f"[{self.normalised}]" if address.version == 6 else self.normalised
            return f"{host}:{self.port}"
        return self.normalised


def _invalid(kind: TargetKind | None, raw: str, why: str) -> ValidationError:
    label = kind.value if kind else "identifier"
    return ValidationError(
        f"'{raw}' is not a valid {label.replace('_', ' ')}: {why}",
        code="target_invalid",
        kind=label,
        value=raw,
        reason=why,
    )


def _digits(text: str) -> str:
    return _SEPARATORS.sub("", text)


# --------------------------------------------------------------------------- per kind


def _dutch_valid_pattern() -> re.Pattern[str]:
    """Every Dutch number type's national pattern from phonenumbers' own metadata: what
    `is_valid_number` tests a Dutch number against, without parsing."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region("NL")
    assert meta is not None
    descs = (
        meta.fixed_line, meta.mobile, meta.toll_free, meta.premium_rate, meta.shared_cost,
        meta.personal_number, meta.voip, meta.pager, meta.uan, meta.voicemail,
    )  # fmt: skip
    patterns = [d.national_number_pattern for d in descs if d is not None]
    return re.compile("|".join(f"(?:{p})" for p in patterns if p))


_NL_VALID = _dutch_valid_pattern()
# A Dutch number of nine national digits, written +31…, 0031… or 0…: the usual case.
_NL_NINE = re.compile(r"(?:\+31|0031|0)([1-9]\d{8})")


def normalise_phone(raw: str) -> Identifier:
    text = raw.strip()
    compact = _digits(text)
    if compact == "112":
        return Identifier(TargetKind.PHONE_NUMBER, raw, "112")
    if not _PHONE_CHARS.match(text):
        raise _invalid(
            TargetKind.PHONE_NUMBER, raw, "only digits, spaces, '+', '-', '.', '(' and ')'"
        )
    # The usual Dutch number checked against phonenumbers' own patterns without its parser,
    # a fifth of a lookup's time (issue 18); the same answer (tests/unit/test_identifiers.py),
    # and anything else (foreign, short, "(0)", an invalid number) goes to the library.
    nine = _NL_NINE.fullmatch(compact)
    if nine is not None and _NL_VALID.fullmatch(nine[1]):
        return Identifier(TargetKind.PHONE_NUMBER, raw, "+31" + nine[1])
    return _library_phone(raw, text)


def _library_phone(raw: str, text: str) -> Identifier:
    try:
        parsed = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException as exc:
        raise _invalid(TargetKind.PHONE_NUMBER, raw, "cannot be read as a phone number") from exc
    if not phonenumbers.is_valid_number(parsed):
        raise _invalid(TargetKind.PHONE_NUMBER, raw, "no such number in the numbering plan")
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return Identifier(TargetKind.PHONE_NUMBER, raw, e164)


def normalise_imsi(raw: str) -> Identifier:
    digits = _digits(raw)
    if _NL_IMSI.fullmatch(digits):
        # Dutch (MCC 204): valid for stdnum at either length, without its prefix-table walk.
        return Identifier(TargetKind.IMSI, raw, digits)
    try:
        value = stdnum_imsi.validate(digits)
    except StdnumValidationError as exc:
        raise _invalid(TargetKind.IMSI, raw, "needs 6-15 digits starting with a known MCC") from exc
    return Identifier(TargetKind.IMSI, raw, value)


def normalise_imei(raw: str) -> Identifier:
    digits = _digits(raw)
    try:
        value = stdnum_imei.validate(digits)
    except StdnumValidationError as exc:
        raise _invalid(
            TargetKind.IMEI, raw, "needs 15 digits with a valid check digit (or 16 for IMEISV)"
        ) from exc
    # IMEISV (16 digits) carries a software version; the device is the first 14 digits.
    return Identifier(TargetKind.IMEI, raw, value)


def normalise_iccid(raw: str) -> Identifier:
    digits = _digits(raw)
    if not (digits.isdigit() and len(digits) in (19, 20) and digits.startswith("89")):
        raise _invalid(TargetKind.ICCID, raw, "needs 19 or 20 digits starting with 89")
    if not luhn.is_valid(digits):
        raise _invalid(TargetKind.ICCID, raw, "the check digit is wrong")
    return Identifier(TargetKind.ICCID, raw, digits)


def normalise_iban(raw: str) -> Identifier:
    if _NL_IBAN_COMPACT.fullmatch(raw):
        # The bulk-import shape: no separators to strip, so skip stdnum's compact() too.
        rearranged = (raw[4:] + raw[:4]).translate(_LETTER_DIGITS)
        if int(rearranged) % 97 == 1:
            return Identifier(TargetKind.IBAN, raw, raw)
    compact = stdnum_iban.compact(raw)
    # The common Dutch case without stdnum's registry walk (10x faster for bulk imports);
    # anything else, valid or not, takes the full check.
    if _NL_IBAN.match(compact) and _mod97(compact) == 1:
        return Identifier(TargetKind.IBAN, raw, compact)
    try:
        value = stdnum_iban.validate(raw)
    except StdnumValidationError as exc:
        raise _invalid(TargetKind.IBAN, raw, "wrong length or check digits") from exc
    return Identifier(TargetKind.IBAN, raw, value)


def _mod97(compact: str) -> int:
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97


def normalise_email(raw: str) -> Identifier:
    text = raw.strip()
    if not _EMAIL.match(text):
        raise _invalid(TargetKind.EMAIL, raw, "not of the form name@domain.tld")
    local, domain = text.rsplit("@", 1)
    return Identifier(TargetKind.EMAIL, raw, f"{local}@{domain.lower()}".lower())


def normalise_ip(raw: str) -> Identifier:
    """IPv4 or IPv6, optionally with a port (`1.2.3.4:443`, `[2001:db8::1]:443`) or a prefix."""
    text = raw.strip()
    port: str | None = None
    match = _IPV4_PORT.match(text) or _IPV6_PORT.match(text)
    if match:
        text, port = match.group("ip"), match.group("port")
    try:
        if "/" in text:
            network = ipaddress.ip_network(text, strict=False)
            normalised = network.compressed
        else:
            normalised = ipaddress.ip_address(text).compressed
    except ValueError as exc:
        raise _invalid(TargetKind.IP, raw, "not an IPv4 or IPv6 address") from exc
    port_value: int | None = None
    if port is not None:
        port_value = int(port)
        if not 0 < port_value < 65536:
            raise _invalid(TargetKind.IP, raw, "the port must be 1-65535")
    return Identifier(TargetKind.IP, raw, normalised, port=port_value)


def normalise_postcode_house_number(raw: str) -> Identifier:
    match = _POSTCODE_HOUSE.match(raw.strip())
    if not match:
        raise _invalid(
            TargetKind.POSTCODE_HOUSE_NUMBER,
            raw,
            "write a postcode and house number, e.g. 1234 AB 5",
        )
    try:
        postcode = stdnum_postcode.validate(match.group("pc"))
    except StdnumValidationError as exc:
        raise _invalid(TargetKind.POSTCODE_HOUSE_NUMBER, raw, "not a Dutch postcode") from exc
    postcode = postcode.replace(" ", "")
    number = str(int(match.group("nr")))
    suffix = (match.group("sfx") or "").upper()
    normalised = f"{postcode} {number}" + (f" {suffix}" if suffix else "")
    return Identifier(
        TargetKind.POSTCODE_HOUSE_NUMBER,
        raw,
        normalised,
        house_number=number,
        house_number_suffix=suffix or None,
    )


def normalise_customer_id(raw: str) -> Identifier:
    match = _CUSTOMER_ID.match(raw.strip())
    if not match:
        raise _invalid(TargetKind.CUSTOMER_ID, raw, "letters followed by digits, e.g. C1024")
    return Identifier(TargetKind.CUSTOMER_ID, raw, raw.strip().upper())


def fold_name(text: str) -> str:
    """Accent-, case- and punctuation-insensitive form of a name, for prefix search.

    Import, demo data and lookup all key names with this one function. Every step maps
    character by character and whitespace always folds to a space, so folding word by word
    (cached: names repeat their words) gives the same result as folding the whole text.
    """
    if text.isascii():
        return _fold_ascii(text)
    return " ".join(w for w in map(_fold_word, text.split()) if w)


def _fold_ascii(text: str) -> str:
    return " ".join(text.lower().translate(_ASCII_NON_ALNUM).split())


def _fold_word(word: str) -> str:
    return _fold_ascii(word) if word.isascii() else _fold_accented(word)


@lru_cache(maxsize=65_536)
def _fold_accented(word: str) -> str:
    return _fold_text(word)


def _fold_text(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in stripped).split())


def normalise_name(raw: str) -> Identifier:
    text = " ".join(raw.split())
    if len(text) < 2 or not _NAME_CHARS.match(text):
        raise _invalid(TargetKind.NAME, raw, "a name needs at least two letters and no digits")
    return Identifier(TargetKind.NAME, raw, fold_name(text))


_NORMALISERS = {
    TargetKind.PHONE_NUMBER: normalise_phone,
    TargetKind.IMSI: normalise_imsi,
    TargetKind.IMEI: normalise_imei,
    TargetKind.ICCID: normalise_iccid,
    TargetKind.IBAN: normalise_iban,
    TargetKind.EMAIL: normalise_email,
    TargetKind.IP: normalise_ip,
    TargetKind.POSTCODE_HOUSE_NUMBER: normalise_postcode_house_number,
    TargetKind.CUSTOMER_ID: normalise_customer_id,
    TargetKind.NAME: normalise_name,
}

_BY_NAME = {kind.value: function for kind, function in _NORMALISERS.items()}


# --------------------------------------------------------------------------- detection


def detect_kind(raw: str) -> TargetKind | None:
    """The most plausible kind of a pasted value, or None when nothing fits."""
    text = raw.strip()
    if not text or len(text) > MAX_INPUT:
        return None
    compact = _digits(text)
    # A dotted IPv4 address is all digits once the dots go: test for an address first.
    if compact.isdigit() and not ("." in text and _looks_like_ip(text)):
        return _detect_digits(compact)
    return next((kind for fits, kind in _RULES if fits(text, compact)), None)


# In this order, the first that fits (text, compact) decides; each is tested only when needed.
_RULES: tuple[tuple[Callable[[str, str], object], TargetKind], ...] = (
    (lambda text, _compact: "@" in text, TargetKind.EMAIL),
    (lambda text, _compact: _looks_like_ip(text), TargetKind.IP),
    (lambda _text, compact: _looks_like_iban(compact), TargetKind.IBAN),
    (lambda text, _compact: _POSTCODE_HOUSE.match(text), TargetKind.POSTCODE_HOUSE_NUMBER),
    (lambda _text, compact: compact[:1] == "+" and compact[1:].isdigit(), TargetKind.PHONE_NUMBER),
    (lambda text, _compact: _CUSTOMER_ID.match(text), TargetKind.CUSTOMER_ID),
    (lambda text, _compact: _NAME_CHARS.match(text), TargetKind.NAME),
)


def _looks_like_iban(compact: str) -> bool:
    return bool(_IBAN_START.match(compact)) and len(compact) >= 15


def _looks_like_ip(text: str) -> bool:
    if _IPV4_PORT.match(text) or _IPV6_PORT.match(text):
        return True
    # IPv6-shaped text counts whether or not it parses (normalise_ip then says why not):
    # asked first, it spares an IPv6 address a parse here that normalise_ip repeats.
    if ":" in text and all(c in "0123456789abcdefABCDEF:./" for c in text):
        return True
    candidate = text.split("/", maxsplit=1)[0]
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return False
    return True


def _detect_digits(digits: str) -> TargetKind:
    if len(digits) in (19, 20) and digits.startswith("89"):
        return TargetKind.ICCID
    if len(digits) == 15 and digits.startswith(NL_MCC) and not digits.startswith("00"):
        return TargetKind.IMSI
    if len(digits) == 16 or (len(digits) == 15 and luhn.is_valid(digits)):
        return TargetKind.IMEI
    if len(digits) == 15 and not digits.startswith("0"):
        return TargetKind.IMSI
    return TargetKind.PHONE_NUMBER


def normalise(raw: str, kind: TargetKind | str | None = None) -> Identifier:
    """Validate and normalise `raw` as `kind`, or as the detected kind when none is given."""
    if len(raw) > MAX_INPUT:
        raise _invalid(None, raw[:40] + "…", f"longer than {MAX_INPUT} characters")
    if kind is None:
        detected = detect_kind(raw)
        if detected is None:
            raise _invalid(None, raw, UNRECOGNISED)
        if detected is TargetKind.PHONE_NUMBER and is_bsn(raw):
            # The value itself stays out of the error: a BSN is kept nowhere, not in a log.
            raise ValidationError(
                f"ambiguous value: {AMBIGUOUS_BSN}",
                code="bsn_ambiguous",
                kind=detected.value,
                reason=AMBIGUOUS_BSN,
            )
        kind = detected
    normaliser = _BY_NAME.get(kind)
    if normaliser is not None:
        return normaliser(raw)
    try:
        target_kind = TargetKind(kind)
    except ValueError as exc:
        raise ValidationError(f"unknown identifier kind '{kind}'", code="bad_kind") from exc
    return _NORMALISERS[target_kind](raw)


# --------------------------------------------------------------------------- BSN


def is_bsn(text: str) -> bool:
    """Whether the whole text is what `mask_bsn` masks: one BSN (9 digits, or grouped 3-2-2-2
    by dots or spaces, passing the 11-test)."""
    masked, count = mask_bsn(text.strip())
    return count == 1 and masked == BSN_MASK


def mask_bsn(text: str) -> tuple[str, int]:
    """Replace each valid BSN (9 digits, 11-test) in free text: the provider may not keep one."""
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        candidate = re.sub(r"[.\s]", "", match.group(0))
        if stdnum_bsn.is_valid(candidate):
            count += 1
            return BSN_MASK
        return match.group(0)

    return _BSN_CANDIDATE.sub(replace, text), count
