"""A text's line ends, kept through a clean.

The canonical text joins its paragraphs with LF, but a corpus made on Windows ends its lines with
CR LF (and an old Mac export with CR): written back with LF, every line of such a file changed
under `--in-place` and the hook, and `check` flagged a clean file. So a text file (and a JSONL
record's text value) is written with the line end most of its own lines have; a file of mixed
ends comes out with that one only (ties go to LF, the canonical end).
"""

from __future__ import annotations

LF, CRLF, CR = "\n", "\r\n", "\r"


def newline_of(text: str) -> str:
    """The line end most of `text`'s line ends are: LF, CR LF or CR (LF when none is)."""
    if CR not in text:  # nearly every text: one scan, no counting
        return LF
    crlf = text.count(CRLF)
    cr = text.count(CR) - crlf
    lf = text.count(LF) - crlf
    if crlf > lf and crlf >= cr:
        return CRLF
    if cr > lf and cr > crlf:
        return CR
    return LF


def mixed(text: str) -> bool:
    """Whether `text` ends its lines in more than one way (LF, CR LF, CR)."""
    if CR not in text:
        return False
    crlf = text.count(CRLF)
    kinds = (crlf, text.count(CR) - crlf, text.count(LF) - crlf)
    return sum(1 for count in kinds if count) > 1


def with_newline(text: str, newline: str | None) -> str:
    """A canonical text (LF line ends) written with `newline` instead."""
    return text.replace(LF, newline) if newline and newline != LF else text
