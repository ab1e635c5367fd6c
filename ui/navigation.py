"""What screens ask the main window for: go to a section, optionally with a filter to apply."""

from __future__ import annotations

from dataclasses import dataclass

from lawfulreq.services.cases import CaseFilter
from lawfulreq.services.dashboard import DsarQuery, FlagQuery

DASHBOARD = "dashboard"
CASES = "cases"
LOOKUP = "lookup"
DISCLOSURES = "disclosures"
FLAGS = "flags"
ACCESS_REQUESTS = "access_requests"
STATISTICS = "statistics"
AUDIT_LOG = "audit_log"
USERS = "users"
SETTINGS = "settings"
IMPORT_DATA = "import_data"


@dataclass(frozen=True)
class NewCaseRequest:
    """Ctrl+N: the Cases screen opens its intake form."""


@dataclass(frozen=True)
class FindRequest:
    """Ctrl+F on a screen without a search field of its own."""


@dataclass(frozen=True)
class LookupRequest:
    """Look `query` up for the case `case_ref` (e.g. a target from the case page); without a
    case the query is only filled in: a lookup is never logged against a case nobody chose."""

    query: str
    case_ref: str | None = None


@dataclass(frozen=True)
class NavigationRequest:
    """Show `section`; the screen gets `payload` in `apply_request` (a CaseFilter for Cases,
    a FlagQuery for Secrecy flags, a DsarQuery for Access requests, a NewCaseRequest...)."""

    section: str
    payload: object | None = None


def request_for_query(query: CaseFilter | FlagQuery | DsarQuery) -> NavigationRequest:
    """Where a dashboard counter's query is shown."""
    if isinstance(query, CaseFilter):
        return NavigationRequest(CASES, query)
    if isinstance(query, FlagQuery):
        return NavigationRequest(FLAGS, query)
    return NavigationRequest(ACCESS_REQUESTS, query)
