"""Dutch notation for what a report prints: numbers as 06-12345678, dates as 20-11-2026."""

from __future__ import annotations

from datetime import datetime

import phonenumbers

from lawfulreq.clock import AMSTERDAM, as_utc


def dutch_number(e164: str | None) -> str:
    """+31612345678 -> 06-12345678, +31201234567 -> 020-1234567; foreign numbers stay E.164."""
    if not e164:
        return ""
    try:
        parsed = phonenumbers.parse(e164, "NL")
    except phonenumbers.NumberParseException:
        return e164
    if parsed.country_code != 31:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    head, _, rest = national.partition(" ")
    return f"{head}-{rest.replace(' ', '')}" if rest else head


def moment(value: datetime | None, lang: str = "nl") -> str:
    """Amsterdam wall time: 20-11-2026 10:00 (nl) or 2026-11-20 10:00 (en)."""
    if value is None:
        return ""
    local = as_utc(value).astimezone(AMSTERDAM)
    return local.strftime("%d-%m-%Y %H:%M" if lang == "nl" else "%Y-%m-%d %H:%M")


def day(value: datetime | None, lang: str = "nl") -> str:
    if value is None:
        return ""
    local = as_utc(value).astimezone(AMSTERDAM)
    return local.strftime("%d-%m-%Y" if lang == "nl" else "%Y-%m-%d")
