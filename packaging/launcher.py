"""Frozen entry point: the same `lawfulreq` command as the installed console script."""

from lawfulreq.cli.main import entry

if __name__ == "__main__":
    entry()
