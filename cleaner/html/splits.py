"""A sentence the parser cut in two: `<p>` nested in `<p>`, which HTML does not allow.

Editors and CMS filters leave a paragraph inside a paragraph ("...de Saint-Amand, <p>à quinze
kilomètres...</p></p>"); the parser closes the outer one where the inner one opens, so the
sentence reads as two paragraphs, the second opening in lowercase. The tell, in any cased
script: a prose paragraph that ends with no sentence mark (nor a colon, which announces what
follows) and, right after it in the page, its next sibling paragraph, or the text the parser
left loose in their parent, opening with a lowercase word (all of it: "iPhone" may open a
paragraph) or with the punctuation that goes on a sentence (", quando è previsto..."). The two
are one line again. So is a drop cap set in a block of its own ("<div class=initial>M</div><p>ost
of the..."): a line of one capital letter over a line opening with a lowercase word; and text pasted
hard-wrapped, a <br> ending each line of a block (`_wrapped`).
"""

from __future__ import annotations

from .flags import HIDDEN, JUNK
from .settings import HtmlSettings
from .walk import Line, Page, is_prose

_PARAGRAPH = "p"
_ANNOUNCES = ":"
_GOES_ON = tuple(",;:.!?)…")  # no paragraph opens with these; they join without a space


def joined_splits(kept: list[tuple[Line, dict[str, float]]], positions: list[int], page: Page,
                  settings: HtmlSettings) -> list[tuple[Line, dict[str, float]]]:
    """`kept` (lines of `page.lines` at `positions`) with each split sentence joined back."""
    if len(kept) < 2:
        return kept
    joined = [kept[0]]
    last = positions[0]
    for (line, signals), position in zip(kept[1:], positions[1:]):
        before = joined[-1][0]
        if position == last + 1 and _drop_cap(before, line):
            joined[-1] = (_join(before, line, ""), signals)
        elif position == last + 1 and (_cut(before, line, page, settings) or _wrapped(before, line, settings)):
            joined[-1] = (_join(before, line), joined[-1][1])
        else:
            joined.append((line, signals))
        last = position
    return joined


def _cut(before: Line, after: Line, page: Page, settings: HtmlSettings) -> bool:
    """Whether `after` goes on the sentence `before` leaves open, as a nested <p> leaves it."""
    if before.tag != _PARAGRAPH or not is_prose(before, settings):
        return False
    if before.text.endswith(settings.sentence_ends) or before.text.endswith(_ANNOUNCES):
        return False
    if not (after.text.split()[0].islower() or after.text.startswith(_GOES_ON)):
        return False  # "iPhone", "eBay" open a paragraph in lowercase: the whole first word must be
    owner = before.owner
    parent = page.parents[owner]
    sibling = after.tag == _PARAGRAPH and after.owner == owner + page.sizes[owner] and page.parents[after.owner] == parent
    return sibling or after.owner == parent


def _wrapped(before: Line, after: Line, settings: HtmlSettings) -> bool:
    """Whether `after` goes on the line `before` of the same block, text pasted hard-wrapped with a
    <br> at each line's end: `before` long (`wrapped_line_min_chars`), not a heading, ending with
    no sentence mark, colon or semicolon; `after` opening with a lowercase word, or with a number
    the sentence reads on into ("resurfaced in<br>12 weeks' time": a lowercase word after it) when
    `before` opens with none: a list of "2a etapa: 8 de abril" lines, one a <br>, opens each line
    on its number, and is no wrapped sentence."""
    if before.owner != after.owner or before.tag in settings.heading_tags or len(before.text) < settings.wrapped_line_min_chars:
        return False
    if before.text.endswith(settings.sentence_ends) or before.text.endswith((_ANNOUNCES, ";")):
        return False
    words = after.text.split()
    first = words[0]
    if first[0].isdigit():
        return not before.text[0].isdigit() and len(words) > 1 and words[1][0].isalpha() and words[1].islower()
    return first[0].isalpha() and first.islower()  # "2a" is lowercase to str.islower


def _drop_cap(before: Line, after: Line) -> bool:
    """Whether `before` is a drop cap set apart: one capital letter, the word it opens going on
    in `after` in lowercase ("M" over "ost of the chargers")."""
    return len(before.text) == 1 and before.text.isupper() and after.text[:1].islower() and after.text.split()[0].isalpha()


def hidden_drop_caps(page: Page) -> list[bool]:
    """Drop caps hidden from screen readers only ("<div aria-hidden=true>T</div><p>he village..."):
    the letter is on the screen and the word needs it, so the element is not dropped as hidden."""
    caps = [False] * len(page.tags)
    lines = page.lines
    for line, after in zip(lines, lines[1:]):
        if _drop_cap(line, after) and page.flags[line.owner] & JUNK == HIDDEN:
            caps[line.owner] = True
    return caps


def _join(before: Line, after: Line, space: str | None = None) -> Line:
    if space is None:
        space = "" if after.text.startswith(_GOES_ON) else " "
    return Line(f"{before.text}{space}{after.text}", before.chars + after.chars, before.link_chars + after.link_chars,
                before.owner, before.tag)
