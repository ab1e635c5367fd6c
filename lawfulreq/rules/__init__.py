"""Legal rules as pure functions: validation findings, their messages and the case workflow."""
