"""LawfulReq core: domain, database, services and command line, free of any GUI toolkit."""

# A plain constant, not importlib.metadata: reading the installed distribution's metadata
# costs tens of milliseconds on every start (issue 18). tests/unit/test_version.py keeps it
# equal to pyproject.toml's version.
__version__ = "0.1.0"
