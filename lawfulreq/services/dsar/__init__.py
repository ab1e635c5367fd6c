"""Data-subject requests (AVG articles 15-21): intake, deadlines, the access answer, the
portability export, erasure, and the internal record of what a flag kept out of an answer.

The parts: `inputs` (the request as given, deadlines), `views` (DTOs), `recipients` (what was
disclosed about a customer and what a flag keeps secret), `requests` (create, list, extend,
pause, resume), `erasure`, `portability`, `answer`, and `service` (the `DsarService`).
"""

from lawfulreq.services.dsar.inputs import (
    ANSWER_MONTHS,
    DEFAULT_NECESSITY_NOTE,
    EXTENSION_MONTHS,
    FORMULA_STARTS,
    IDENTITY_METHODS,
    KINDS,
    OPEN_DSAR,
    PRESERVATION_BASES,
    PRESERVATION_DAYS,
    REF_PREFIX,
    DsarInput,
    csv_safe,
    due_for,
    parse_dsar_file,
    validate,
)
from lawfulreq.services.dsar.recipients import restriction_ground
from lawfulreq.services.dsar.service import DsarService
from lawfulreq.services.dsar.views import (
    AccessAnswer,
    DsarView,
    ErasurePlan,
    PortableData,
    RestrictionView,
)

__all__ = [
    "ANSWER_MONTHS",
    "DEFAULT_NECESSITY_NOTE",
    "EXTENSION_MONTHS",
    "FORMULA_STARTS",
    "IDENTITY_METHODS",
    "KINDS",
    "OPEN_DSAR",
    "PRESERVATION_BASES",
    "PRESERVATION_DAYS",
    "REF_PREFIX",
    "AccessAnswer",
    "DsarInput",
    "DsarService",
    "DsarView",
    "ErasurePlan",
    "PortableData",
    "RestrictionView",
    "csv_safe",
    "due_for",
    "parse_dsar_file",
    "restriction_ground",
    "validate",
]
