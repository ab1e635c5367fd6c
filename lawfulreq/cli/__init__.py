"""The `lawfulreq` command line: a thin client of the same services as the GUI."""
