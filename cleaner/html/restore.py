"""The visible page's structure put back into a stated body (JSON-LD articleBody, an app's state).

A stated body replaces the visible lines when it holds clearly more words (a paywall's teaser, a
skeleton, a body the content scorer could not gather), but it is often flatter than the page:
CMSs write `articleBody` from the text without its subheadings, or with every paragraph break
folded into one space, or none at all ("...au tarif habituel.L'association..."). What the
visible page shows of the same article tells where its parts begin:

- a visible paragraph found inside a stated one, starting or ending on a sentence's end, marks a
  paragraph break there;
- a visible subheading (h2-h6) whose next line is the start of a stated paragraph (not the
  first: a kicker, a byline or a dateline in a heading tag sits above that one) is that
  section's heading, and goes back above it;
- a stated body that came as one paragraph with sentences glued together (a lowercase word,
  its end mark, then a capital with no space) is cut at each such seam: the markup it came
  from had a paragraph break there.

Nothing is taken from the page that the stated body does not confirm, so a teaser list's
headings or a sidebar's paragraphs can never come in.
"""

from __future__ import annotations

import re

from .settings import HtmlSettings
from .walk import Line

_ENDS = ".!?…\"”»“’)"
_SENTENCE_START = re.compile(r"^|(?<=[.!?…\"”»“’)])\s+")
_GLUED = re.compile(r"(?<=\w\w[.!?…])(?:[\"“„«]\s?)?(?=\w)")


def with_visible_structure(body: list[str], lines: list[Line], title: str, settings: HtmlSettings) -> list[str]:
    """`body` with the page's paragraph breaks and subheadings where the page shows them
    (the numbers: `restore_*` in [structured] of cleaner/data/html.toml)."""
    if len(body) == 1:
        body = _unglued(body[0])
    body = _split_at_visible(body, lines, settings)
    return _with_headings(body, lines, title, settings)


def _unglued(text: str) -> list[str]:
    """One paragraph cut where a sentence ends glued to the next one's capital."""
    cuts = [match.start() for match in _GLUED.finditer(text) if _seam(text, match)]
    if not cuts:
        return [text]
    pieces = [text[start:end].strip() for start, end in zip([0] + cuts, cuts + [len(text)])]
    return [piece for piece in pieces if piece]


def _seam(text: str, match: re.Match[str]) -> bool:
    """Lowercase letters before the mark and a capital after it (a quote mark between them)."""
    before, after = text[match.start() - 3 : match.start() - 1], text[match.end()]
    return before.isalpha() and before.islower() and after.isupper()


def _split_at_visible(body: list[str], lines: list[Line], settings: HtmlSettings) -> list[str]:
    """Stated paragraphs cut where a visible paragraph inside them starts after a sentence's
    end, and where it ends with one. Visible paragraphs are looked up by their first
    characters among the stated sentences' starts, so a long page costs one pass."""
    size = settings.restore_match_min_chars
    starts: dict[str, list[tuple[int, int]]] = {}
    for number, paragraph in enumerate(body):
        for match in _SENTENCE_START.finditer(paragraph):
            starts.setdefault(paragraph[match.end() : match.end() + size], []).append((number, match.end()))
    cuts: dict[int, set[int]] = {}
    for line in lines:
        text = line.text
        if len(text) < size or line.tag in settings.restore_heading_tags:
            continue
        for number, start in starts.get(text[:size], ()):
            paragraph, end = body[number], start + len(text)
            if end > len(paragraph) or not paragraph.startswith(text, start):
                continue
            cuts.setdefault(number, set()).add(start)
            if end < len(paragraph) and text.endswith(tuple(_ENDS)) and paragraph[end].isspace():
                cuts[number].add(end)
    result = []
    for number, paragraph in enumerate(body):
        bounds = [0] + sorted(cuts.get(number, ())) + [len(paragraph)]
        result.extend(piece for a, b in zip(bounds, bounds[1:]) if (piece := paragraph[a:b].strip()))
    return result


def _with_headings(body: list[str], lines: list[Line], title: str, settings: HtmlSettings) -> list[str]:
    """The visible subheadings put above the stated paragraphs that follow them on the page."""
    stated = set(body)
    title_key = title.casefold()
    above: dict[int, str] = {}
    for line, after in zip(lines, lines[1:]):
        text = line.text
        if line.tag not in settings.restore_heading_tags or text in stated or text.casefold() == title_key:
            continue
        if len(text.split()) > settings.restore_heading_max_words or line.link_density > settings.restore_heading_max_link_density:
            continue
        opening = after.text[: settings.restore_opening_chars]
        if len(opening) < settings.restore_opening_min_chars:
            continue
        found = next((i for i, paragraph in enumerate(body) if paragraph.startswith(opening)), None)
        if found and found not in above:  # not above the first: kickers, bylines and datelines sit there
            above[found] = text
    if not above:
        return body
    return [piece for i, paragraph in enumerate(body) for piece in ([above[i]] if i in above else []) + [paragraph]]
