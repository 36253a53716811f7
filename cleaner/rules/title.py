"""The article's heading above its body (the page title seen twice: anchor.py).

Between the heading and the body, pages put small lines: a photo caption, a byline name, a place,
a date or time, a wire dateline ("KIEL (dpa) -"). `find_heading` walks up from the body over a few
such lines to the title-shaped line (and a standfirst under it), judging each line only by the
scorer's signals (word count, capitalisation, digits, how it ends), so no language's words are needed.
When the repeated page title sits right above the body over such lines, it is the title, whatever
shape the lines under it have (a caption without a full stop looks like a headline).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..types import Document, Paragraph
from ..words import LETTERS as _WORDS
from .anchor import MAX_LINE_CHARS, same_headline
from .obituary import life_heading, life_title, names_subject
from .settings import ScorerSettings
from .credit import headline_over_credit
from .keypoints import boxes
from .openers import article_opener, first_section_head, first_section_headline, question_headline
from .furniture import byline_furniture, dateline, kept_furniture
from .title_lines import headline_over_summary, over_gap_line, promo_over_headline
from .title_bylines import name_over_byline
from .title_walk import may_skip, walk_up
from .date_lines import date_shaped, dated_headline
from .shapes import (
    CLOSING_QUOTES, STOPS as _STOPS, over_short_line, split_title_and_standfirst as _split_title_and_standfirst, title_shaped,
)


@dataclass(frozen=True, slots=True)
class Heading:
    """The article's heading above its body: paragraph indexes, None when absent.

    `furniture` are the small lines skipped between heading and body that stay with the article
    (a sentence-like caption, a dateline opening the lead, a live blog's time stamp); the other
    skipped lines (byline names, places, dates) are page furniture the scorer removes.
    """

    title: int | None
    standfirst: int | None = None
    furniture: tuple[int, ...] = ()


def find_heading(
    doc: Document,
    first: int,
    anchor: int | None,
    settings: ScorerSettings,
    standfirst_at: int | None = None,
    bylines: frozenset[int] = frozenset(),
    keypoints: frozenset[str] = frozenset(),
) -> Heading:
    """The title (and standfirst) above the body starting at paragraph `first`.

    Walking up from the body: rule removals are passed over; at most `furniture_max_lines` short
    lines that are not title-shaped are skipped; one standfirst (a longer line) may sit under the
    title. The repeated page title (`anchor`) is the title whenever the walk reaches it. A title
    found above skipped lines or a standfirst needs `title_far_min_words` words: a menu label
    ("How-To", "Diet and nutrition plans") must not pass for a headline from further away.
    `standfirst_at` is a standfirst the scorer recognised by the byline under it (a summary written
    as sentences, which `_standfirst_shaped` does not accept on its own). `bylines` are the
    paragraphs rules removed as datelines or credits: a line too short for a far title right
    under them is a button or label the rules did not know ("Ouça este conteúdo" under "Por
    Fernanda Assis" and the date), since the headline sits above the byline; the walk passes it
    over when it then finds a title, and takes it for the title otherwise. A summary box under a
    label of `keypoints` right above the body is passed over whole (keypoints.labelled_box).
    """
    under_anchor = _heading_under_anchor(doc, first, anchor, settings, standfirst_at)
    if under_anchor is not None:
        return under_anchor
    walk = walk_up(doc, first, anchor, settings, standfirst_at, bylines | _dated(doc, first, settings), keypoints)
    if walk[0] is None and bylines:
        walk = walk_up(doc, first, anchor, settings, standfirst_at, frozenset(), keypoints)
    title, standfirst, skipped, entry = walk
    early = _obituary_or_headingless(doc, first, title, skipped, entry, settings)
    if early is not None:
        return early
    assert title is not None  # (no title returned early)
    title, standfirst, entry, named = _title_moved(doc, first, anchor, title, standfirst, skipped, entry, settings)
    title, standfirst = _standfirst_found(doc, first, anchor, title, standfirst, named, skipped, entry, bylines, settings)
    if standfirst is not None and _same_text(doc, title, standfirst, settings.title_anchor_overlap):
        standfirst = None  # the headline printed twice (page title, then article heading)
    kept = _kept_skipped(doc, first, title, skipped, settings)
    return Heading(title, standfirst, tuple(sorted(entry + list(kept))))


def _obituary_or_headingless(
    doc: Document, first: int, title: int | None, skipped: list[int], entry: list[int], settings: ScorerSettings
) -> Heading | None:
    """The heading when the walk's title does not stand: an obituary's subject over the life
    years (not "Place an Obituary" above), or no title at all. None when the title stands."""
    pars = doc.paragraphs
    life = life_heading(doc, first)
    if life is not None and (title is None or title == life[0] or not names_subject(doc, title, life[0])):
        return Heading(life[0], None, (life[1],))  # an obituary: its subject's name over the life years, not "Place an Obituary" above
    if title is None and (named := life_title(doc, first, first, settings)) is not None:
        return Heading(named, None, ())  # an obituary's "Name, 1931-2026" over its standfirst
    if title is None:  # no heading: only a dateline opening the lead is worth keeping
        return Heading(None, None, tuple(sorted(entry + [i for i in skipped if dateline(doc, pars[i], settings)])))
    return None


def _title_moved(
    doc: Document, first: int, anchor: int | None, title: int, standfirst: int | None,
    skipped: list[int], entry: list[int], settings: ScorerSettings,
) -> tuple[int, int | None, list[int], int | None]:
    """(title, standfirst, entry, obituary name) after the title the walk found moves to another
    line: a letters page's first letter heading, an explainer's first question, the headline a
    credit line names, an obituary's "Name, 1931-2026" over it. Only a found title that is not
    the page title's repeat (`anchor`) and has no standfirst yet moves; `skipped` may grow."""
    pars = doc.paragraphs
    movable = title != anchor and standfirst is None
    section = first_section_headline(doc, title, first, lambda i, far: title_shaped(doc, pars[i], settings, far=far), settings) if movable else None
    if section is not None:  # a letters page's first letter heading under the byline: the article's
        entry.extend(i for i in range(section + 1, title + 1) if pars[i].kept)  # with a brief's place over it
        title = section
    asked = question_headline(doc, title, first, lambda i: title_shaped(doc, pars[i], settings, far=True), settings) if movable and section is None else None
    if asked is not None:  # an explainer's first question under its standfirst stays: the article's
        entry, (title, standfirst) = entry + [title], asked
    upper = headline_over_credit(doc, title, settings, byline_furniture) if title != anchor and standfirst is None else None
    if upper is not None:  # the line found credits the headline above it: it goes as a byline does
        skipped.extend(i for i in range(upper + 1, title + 1) if pars[i].kept and i not in skipped)
        title = upper
    named = life_title(doc, title, first, settings) if title != anchor and standfirst is None else None
    if named is not None:  # an obituary's "Name, 1931-2026" over the line found: that line is its standfirst
        title, standfirst = named, title
    return title, standfirst, entry, named


def _standfirst_found(
    doc: Document, first: int, anchor: int | None, title: int, standfirst: int | None, named: int | None,
    skipped: list[int], entry: list[int], bylines: frozenset[int], settings: ScorerSettings,
) -> tuple[int, int | None]:
    """(title, standfirst) when the title found is really a standfirst or holds one: a short
    line over it is the headline (a kicker or a box's heading stays in `entry`, a byline's name
    goes to `skipped`), a short headline over a summary without a full stop, or one line read
    as headline and standfirst (`skipped` takes a caption the walk had taken for the standfirst)."""
    above = over_short_line(doc, title, settings) if title != anchor and standfirst is None and named is None else None
    if above is not None:  # the short line is the article's (a kicker, a box's heading): it stays
        (skipped if name_over_byline(doc, title, first, bylines, settings) else entry).append(title)  # a byline's name goes
        return above
    if title != anchor and named is None and standfirst is None and (head := headline_over_summary(doc, title, first, bylines | _dated(doc, first, settings), settings)) is not None:
        return head, title  # a short headline over its summary written without a full stop
    if title != anchor and named is None:
        split_title, split_standfirst = over_gap_line(doc, title, settings) or _split_title_and_standfirst(doc, title, anchor, settings)
        if split_standfirst is not None and not promo_over_headline(doc, split_title, split_standfirst, first, anchor, settings):
            if standfirst is not None:
                skipped.append(standfirst)  # the longer line under the title was a caption
            return split_title, split_standfirst
    return title, standfirst


def _kept_skipped(doc: Document, first: int, title: int, skipped: list[int], settings: ScorerSettings) -> set[int]:
    """The skipped lines that stay with the article: furniture worth keeping that is no author's
    bio (a box's label only with its items), an article's opener, its first section's head."""
    pars = doc.paragraphs
    kept, boxed = {i for i in skipped if kept_furniture(doc, pars[i], settings) and not _author_bio(doc, title, i, settings)}, boxes(doc, skipped, settings)
    kept = {i for i in kept if i not in boxed} | {label for label, box in boxed.items() if kept & set(box[1:])}  # a box's label stays with its items only ("Key points:" is no dateline)
    kept |= {i for i in skipped if article_opener(doc, i, first, settings)} | set(first_section_head(doc, title, first, skipped, settings))
    return kept


def _dated(doc: Document, first: int, s: ScorerSettings) -> frozenset[int]:
    """The kept lines right above the body, within `furniture_max_lines` + 1, shaped like a date
    (date_lines.date_shaped: "5 Diseembar 2026", "काठमाडौं, मंसिर २०"): on a page no rule file knows,
    no rule removes the byline's date, and the share button under it ("La wadaag", "सेयर
    गर्नुहोस्") was taken for the title; a date is a byline's evidence as a rule's removal is."""
    pars = doc.paragraphs
    low = max(0, first - s.furniture_max_lines - 1)
    return frozenset(i for i in range(low, first) if pars[i].kept and date_shaped(doc, pars[i], s) and not dated_headline(doc, i, first, s))


def _author_bio(doc: Document, title: int, index: int, settings: ScorerSettings) -> bool:
    """A sentence under the heading opening with a capitalised name that a short line above it
    (the byline, kept or removed by a rule; not the standfirst) holds: "JAVIER ALBÉNIZ" / "Javier
    Albéniz es arquitecto y profesor de Urbanismo." is the author's bio, not a caption."""
    pars = doc.paragraphs
    opening = _WORDS.findall(doc.text, pars[index].start, pars[index].end)[:2]
    if len(opening) < 2 or not all(word[0].isupper() for word in opening):
        return False
    name = [word.casefold() for word in opening]
    for par in pars[title + 1 : index]:
        line = [w.casefold() for w in _WORDS.findall(doc.text, par.start, min(par.end, par.start + MAX_LINE_CHARS))]
        if len(line) > settings.furniture_max_words or _standfirst_length(doc, par, settings):
            continue
        if any(line[i : i + 2] == name for i in range(len(line) - 1)):
            return True
    return False


def _heading_under_anchor(
    doc: Document, first: int, anchor: int | None, settings: ScorerSettings, standfirst_at: int | None
) -> Heading | None:
    """The heading when the repeated page title (`anchor`) sits right above the body: the anchor
    is the title, a line of standfirst length right under it the standfirst (`_standfirst_length`:
    no full stop, which Thai and Lao summaries lack as much as their sentences), and the short
    lines between them and the body are skipped as furniture; None when more or longer lines lie
    between (then the walk of `find_heading` decides).

    Walking up from the body, a photo caption right above it ("Farmers harvest the new rice",
    no full stop) is title-shaped and would be taken for the headline, and the real headline and
    standfirst over it removed; the page's own repeated title says which line the headline is.
    """
    pars = doc.paragraphs
    if anchor is None or anchor >= first or not pars[anchor].kept:
        return None  # a repeat removed (as a duplicate, or outside the body a first pass found) is no title
    between = [i for i in range(anchor + 1, first) if pars[i].kept]
    standfirst: int | None = None
    if between and (between[0] == standfirst_at or _standfirst_length(doc, pars[between[0]], settings)):
        standfirst = between.pop(0)
        if _same_text(doc, anchor, standfirst, settings.title_anchor_overlap):
            return None
    skipped: list[int] = []
    for index in reversed(between):
        if not may_skip(pars[index], [pars[i] for i in skipped], settings):
            return None
        skipped.append(index)
    kept = tuple(sorted(i for i in skipped if kept_furniture(doc, pars[i], settings)))
    return Heading(anchor, standfirst, kept)


def _standfirst_length(doc: Document, par: Paragraph, settings: ScorerSettings) -> bool:
    """A summary's length, not closed by a full stop, mostly lower-case words (not a byline nor a
    date line: "February 1, 2019 | BY: Ilana Muhlstein, MS, RDN"), not a repeated template line. The text's last mark decides, not the `ends_sentence` signal: a long line in Thai or Lao
    counts as a sentence for the prose score, yet their summaries, like their sentences, end with
    nothing; a lead paragraph closed by a full stop is the article's (the block's lead step)."""
    signals = par.signals
    text = doc.text[par.start : par.end].rstrip().rstrip(CLOSING_QUOTES + " \u00a0\u202f")
    return (
        settings.standfirst_min_words <= signals["words"] <= settings.standfirst_max_words
        and not (text and text[-1] in _STOPS)
        and signals["capitalised"] + signals["digits"] <= settings.standfirst_max_names
        and signals.get("repeated_shape", 0.0) == 0.0
    )


def _same_text(doc: Document, first: int, second: int, min_overlap: float) -> bool:
    texts = [doc.text[doc.paragraphs[i].start : doc.paragraphs[i].end] for i in (first, second)]
    return same_headline(texts[0], texts[1], min_overlap)
