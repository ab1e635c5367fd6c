"""LawfulReq core: domain, database, services and command line, free of any GUI toolkit."""

from importlib import metadata

try:
    __version__ = metadata.version("lawfulreq")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
