"""Intake: a demand as a validated input, its BSN-masked facts, and the case created from it.

The parts: `inputs` (the form's input and its validation), `facts` (masking and the rules'
findings), `case_file` (the JSON case file), `documents` and `service` (the `IntakeService`).
"""

from lawfulreq.services.intake.case_file import parse_case_file
from lawfulreq.services.intake.documents import store_document
from lawfulreq.services.intake.facts import (
    MaskedInput,
    demand_facts,
    evaluate,
    mask_input,
    type_target,
)
from lawfulreq.services.intake.inputs import (
    BSN_TARGET_PROBLEM,
    MAX_DOCUMENT_BYTES,
    REF_PREFIX,
    TEXT_FIELDS,
    CaseInput,
    DocumentInput,
    VerificationInput,
    validate,
)
from lawfulreq.services.intake.service import (
    CaseCreated,
    IntakeService,
    default_due,
    next_ref,
    open_target_refs,
)

__all__ = [
    "BSN_TARGET_PROBLEM",
    "MAX_DOCUMENT_BYTES",
    "REF_PREFIX",
    "TEXT_FIELDS",
    "CaseCreated",
    "CaseInput",
    "DocumentInput",
    "IntakeService",
    "MaskedInput",
    "VerificationInput",
    "default_due",
    "demand_facts",
    "evaluate",
    "mask_input",
    "next_ref",
    "open_target_refs",
    "parse_case_file",
    "store_document",
    "type_target",
    "validate",
]
