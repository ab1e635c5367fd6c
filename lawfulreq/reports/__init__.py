"""Signed PDF reports: the disclosure report, the refusal letter and the "no data" answer."""
