"""Cases (demands): listing, detail, findings, acknowledgements, assignment and the workflow.

The parts: `views` (the DTOs), `queries` (the list's statements), `reader` (list and detail),
`findings`, `workflow` (moves) and `service` (assignment and edits; the `CaseService`).
"""

from lawfulreq.services.cases.findings import blocking_codes
from lawfulreq.services.cases.queries import case_cursor
from lawfulreq.services.cases.service import CaseService
from lawfulreq.services.cases.views import (
    CaseDetail,
    CaseFilter,
    CaseSort,
    CaseSummary,
    Deadline,
    DocumentContent,
    DocumentView,
    HistoryEntry,
    TargetView,
    UserChoice,
    deadline,
)

__all__ = [
    "CaseDetail",
    "CaseFilter",
    "CaseService",
    "CaseSort",
    "CaseSummary",
    "Deadline",
    "DocumentContent",
    "DocumentView",
    "HistoryEntry",
    "TargetView",
    "UserChoice",
    "blocking_codes",
    "case_cursor",
    "deadline",
]
