"""Dates, phone numbers and postcodes written the way the reader's language writes them."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QLocale

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.domain.phones import dutch_number

# One format per language, used by every screen (and the date editors).
_DATE_TIME = {"nl": "%d-%m-%Y %H:%M", "en": "%Y-%m-%d %H:%M"}
_DATE = {"nl": "%d-%m-%Y", "en": "%Y-%m-%d"}
_QT_DATE_TIME = {"nl": "dd-MM-yyyy HH:mm", "en": "yyyy-MM-dd HH:mm"}
_QT_DATE = {"nl": "dd-MM-yyyy", "en": "yyyy-MM-dd"}
_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")


def language() -> str:
    """The language the UI is shown in ("nl" or "en"), from the default locale."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def date_time_text(value: datetime | None) -> str:
    """Amsterdam wall time to the minute: "20-11-2026 10:00" in Dutch; "" for None."""
    if value is None:
        return ""
    return as_utc(value).astimezone(AMSTERDAM).strftime(_DATE_TIME[language()])


def date_text(value: date | datetime | None) -> str:
    """A calendar date: "20-11-2026" in Dutch; a datetime is taken in Amsterdam time."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = as_utc(value).astimezone(AMSTERDAM).date()
    return value.strftime(_DATE[language()])


def qt_date_time_format() -> str:
    """The display format of a QDateTimeEdit, matching `date_time_text`."""
    return _QT_DATE_TIME[language()]


def qt_date_format() -> str:
    return _QT_DATE[language()]


def phone_text(number: str | None) -> str:
    """A phone number as the screens show it (the core's one rule: 06-12345678)."""
    return dutch_number(number)


def postcode_text(postcode: str | None) -> str:
    """A Dutch postcode with its space and capitals (1234 AB); anything else unchanged."""
    if not postcode:
        return ""
    found = _POSTCODE.match(postcode)
    if found is None:
        return postcode
    return f"{found.group(1)} {found.group(2).upper()}"
