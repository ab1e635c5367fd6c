"""Phone numbers as a Dutch reader writes them: the one display rule for screens, PDFs and texts."""

from __future__ import annotations

import phonenumbers


def dutch_number(number: str | None) -> str:
    """A Dutch number as a Dutch reader writes it (06-12345678, 020-1234567, 0800-1234);
    a foreign one internationally (+49 1511 2345678); anything unparsable unchanged."""
    if not number:
        return ""
    try:
        parsed = phonenumbers.parse(number, "NL")
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_possible_number(parsed):
        return number
    if parsed.country_code != 31:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.national_significant_number(parsed)
    split = phonenumbers.length_of_national_destination_code(parsed)
    if split <= 0 or split >= len(national):
        return f"0{national}"
    return f"0{national[:split]}-{national[split:]}"
