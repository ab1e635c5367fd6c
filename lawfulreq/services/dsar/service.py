"""The access-request service: requests and deadlines, erasure, portability and the answer."""

from __future__ import annotations

from lawfulreq.services.dsar.answer import DsarAnswers


class DsarService(DsarAnswers):
    """Data-subject requests (AVG articles 15-21); each part lives in its own module."""
