"""Sub-commands that need the Qt front end: screenshots for visual QA."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Any

from lawfulreq.cli.context import CliContext
from lawfulreq.errors import StorageError


def register(sub: Any) -> None:
    shots = sub.add_parser(
        "screenshots",
        help="render every screen with deterministic demo data into DIR as PNG + index.html",
    )
    shots.add_argument("dir", metavar="DIR", type=Path)
    # Its own dest: the global --lang (GUI language) must not be overwritten by a default here.
    shots.add_argument(
        "--lang",
        dest="shots_lang",
        choices=("nl", "en"),
        help="only this language (default: both); images go to DIR/<lang>/",
    )
    # Its own dest too: the global --theme is the GUI's theme for a run.
    shots.add_argument(
        "--theme",
        dest="shots_theme",
        choices=("light", "dark", "high-contrast"),
        help="the theme the screens are rendered in (default: light)",
    )
    shots.add_argument("--subscribers", type=int, default=300, help="demo subscribers (300)")
    shots.add_argument("--cases", type=int, default=40, help="demo cases (40)")
    shots.set_defaults(handler=cmd_screenshots)


def cmd_screenshots(ctx: CliContext) -> int:
    args = ctx.args
    languages = (
        [args.shots_lang] if args.shots_lang else (["nl", "en"] if not args.lang else [args.lang])
    )
    # Screenshots never need a visible window; offscreen also makes them the same everywhere.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        module = importlib.import_module("ui.screenshots")
    except ImportError as exc:
        raise StorageError(f"the GUI is not installed ({exc})", code="gui_missing") from exc
    theme = args.shots_theme or (args.theme if args.theme in ("dark", "high-contrast") else "light")
    written = module.main(
        args.dir, languages, subscribers=args.subscribers, cases=args.cases, theme=theme
    )
    ctx.emit(
        {
            "directory": str(args.dir),
            "languages": languages,
            "theme": theme,
            "images": [str(p) for p in written],
        },
        [f"Wrote {len(written)} screenshots and index.html to {args.dir}."],
    )
    return 0
