"""Text from data or file names made safe to print on a terminal.

A terminal obeys escape sequences: an ESC, BEL or other control character from an imported
file or a file name could move the cursor, retitle the window or hide text. Such characters
are shown as `\\x1b`-style escapes; a file name's undecodable bytes (surrogate escapes) as
`\\xff`, so printing never fails with UnicodeEncodeError either.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """`text` with control characters and lone surrogates escaped; tabs and newlines kept."""
    return _UNSAFE.sub(_escape, text)


CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
