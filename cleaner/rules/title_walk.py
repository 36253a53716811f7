"""find_heading's walk up from the body (title.py): the lines it passes over, the standfirst it
meets and the title it stops at.

Each line above the body is asked in turn what it is: a line of the article's entry (a live
blog's first heading, a scoreboard, a fact check's "Claim"), a byline's line, the title, a
headline the lines under it reveal, the standfirst, or a short line the page puts between
heading and body. The walk stops at the first line that is none of these.
"""

from __future__ import annotations

from ..types import Document, Paragraph
from .credit import labelled_name
from .date_lines import date_shaped, dated_headline
from .furniture import byline_furniture
from .keypoints import labelled_box, unboxed
from .live import bylined_entry
from .prose import counted_words
from .settings import ScorerSettings
from .shapes import dated_heading, ends_like_sentence as _ends_like_sentence, title_shaped
from .stamps import removed_stamp, time_stamp
from .title_bylines import caseless_over_byline, over_byline, under_byline
from .title_lines import label_under_headline, media_label, scoreboard, short_headline, standfirst_over_byline

Walk = tuple[int | None, int | None, list[int], list[int]]  # (title, standfirst, skipped lines, entry heading)


def walk_up(
    doc: Document,
    first: int,
    anchor: int | None,
    s: ScorerSettings,
    standfirst_at: int | None,
    bylines: frozenset[int],
    keypoints: frozenset[str] = frozenset(),
) -> Walk:
    """find_heading's walk up from the body: (title, standfirst, skipped lines, entry heading).
    Past a line under `bylines`, only byline names and dates are skipped, then a standfirst and the title."""
    pars = doc.paragraphs
    skipped: list[int] = []
    entry: list[int] = []  # a live blog's first entry heading, kept with the body
    standfirst: int | None = None
    passed = False
    boxed: set[int] = set()  # a summary box passed over whole
    for index in range(first - 1, -1, -1):
        par = pars[index]
        if not par.kept or index in boxed:
            continue
        first_line = not (skipped or entry or standfirst is not None) and index != anchor
        if _entry_line(doc, index, first, anchor, first_line, standfirst, bylines, s):
            entry.append(index)
            continue
        byline = _byline_line(doc, index, first, bylines, s) if first_line else None
        if byline is not None:
            skipped.append(index)
            passed = passed or byline
            continue
        far = any(i not in boxed for i in skipped) or standfirst is not None or caseless_over_byline(doc, index, first, bylines)
        if _title_line(doc, index, first, anchor, far, standfirst_at, s):
            box = labelled_box(doc, index, keypoints, s) if first_line else None
            if box is None:
                return index, standfirst, skipped, entry
            skipped.extend(reversed(box))
            boxed.update(box)
            continue
        found = _headline_over(doc, index, first, far, standfirst, skipped, bylines, s)
        if found is not None:
            return found[0], found[1], skipped, entry
        under_standfirst = standfirst_at is not None and index > standfirst_at and index != anchor
        if standfirst is None and (index == standfirst_at or (_standfirst_shaped(doc, par, s) and not under_standfirst)):
            standfirst = index
            continue
        if not _skippable(doc, index, passed, standfirst, skipped, s):
            break
        skipped.append(index)
    return None, standfirst, skipped, entry


def _entry_line(
    doc: Document, index: int, first: int, anchor: int | None, first_line: bool,
    standfirst: int | None, bylines: frozenset[int], s: ScorerSettings,
) -> bool:
    """A line above the body that is the article's own entry and stays with it: a match's
    scoreboard under the ticker's headline, a live blog's first entry heading (right above
    the body), a fact check's "Claim" over the claim (the body or a line kept above it)."""
    par = doc.paragraphs[index]
    if index != anchor and scoreboard(doc.kept_text(par), s.scoreboard_side_max_words):
        return True
    if first_line and entry_heading(doc, index, first, s, bylines):
        return True
    return standfirst is None and _claim_label(doc, par, s)


def _byline_line(doc: Document, index: int, first: int, bylines: frozenset[int], s: ScorerSettings) -> bool | None:
    """The line right above the body when it belongs to the byline under the headline: True
    when the walk then passes a button (a line too short for a far title, "VIDÉO. Les images de
    l'incendie": the player's title), False for a labelled name over a date a rule removed
    ("ავტორი: ნინო ბერიძე"); None when it is no byline's line."""
    par = doc.paragraphs[index]
    if counted_words(par.signals) < s.title_far_min_words and under_byline(doc, index, bylines, s):
        return True
    if media_label(doc.kept_text(par)) and under_byline(doc, index, bylines, s):
        return True
    if labelled_name(doc, par, s) and any(index < i < first for i in bylines):
        return False
    return None


def _title_line(
    doc: Document, index: int, first: int, anchor: int | None, far: bool, standfirst_at: int | None, s: ScorerSettings
) -> bool:
    """Whether the walk stops at line `index` as the title: the page title's repeat, or a
    title-shaped line (of a far title's length when lines were passed) that is no date, and
    not under the standfirst the scorer found (there a line is furniture: "... December 4.
    Photo: Minh Tam", a caption its credit leaves without a full stop, is no headline)."""
    if index == anchor:
        return True
    par = doc.paragraphs[index]
    under_standfirst = standfirst_at is not None and index > standfirst_at
    return title_shaped(doc, par, s, far=far) and not under_standfirst and (not date_shaped(doc, par, s) or dated_headline(doc, index, first, s))


def _headline_over(
    doc: Document, index: int, first: int, far: bool, standfirst: int | None,
    skipped: list[int], bylines: frozenset[int], s: ScorerSettings,
) -> tuple[int, int | None] | None:
    """(title, standfirst) when line `index` is a headline the lines under it reveal: a short
    standfirst over a byline no rule removed (the line above it the title), a line over such a
    byline, a headline of few words over the standfirst and the byline. None otherwise."""
    if far and standfirst is None and standfirst_over_byline(doc, index, first, skipped, bylines, s):
        return index - 1, index
    if far and standfirst is None and over_byline(doc, index, first, skipped, bylines, s):
        return index, None
    if (standfirst is not None or skipped) and short_headline(doc, index, standfirst if standfirst is not None else min(skipped), first, bylines, s):
        return index, standfirst
    return None


def _skippable(doc: Document, index: int, passed: bool, standfirst: int | None, skipped: list[int], s: ScorerSettings) -> bool:
    """Whether the walk passes over line `index` as a short line between heading and body
    (`may_skip`); past a button, only the byline's names and dates and a label under the
    headline are; under a standfirst, only such a label."""
    pars = doc.paragraphs
    par = pars[index]
    skippable = not passed or byline_furniture(doc, par, s) or label_under_headline(doc, index, s)
    return (standfirst is None or label_under_headline(doc, index, s)) and skippable and may_skip(par, [pars[i] for i in unboxed(doc, [*skipped, index], s)[:-1]], s)


def _claim_label(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A fact check's label over its claim ("Claim", "Qué se ha dicho": `claim_labels`), or the
    label and the claim on one line ("The claim: The U.S. Postal Service will stop ...", with no
    full stop: the walk took it for the headline under the byline, and the headline was lost)."""
    text = doc.kept_text(par).strip()
    if par.end - par.start <= 40 and text.rstrip(":：").rstrip().casefold() in s.claim_labels:
        return True
    label, colon, claim = text.replace("：", ":").partition(":")
    return bool(colon and claim.strip()) and label.strip().casefold() in s.claim_labels


def entry_heading(doc: Document, index: int, first: int, settings: ScorerSettings, removed_dates: frozenset[int] = frozenset()) -> bool:
    """A title-shaped line right above the body under a live blog's time stamp ("4:05 p. m."),
    one recurring below: the first entry's heading; the page's headline is above the time stamp.
    A relative time a rule removed ("vor 4 Minuten", among `removed_dates`: datelines and
    credits, so a digit is asked for) right above the line, and another below the body's start,
    are stamps too. So is a day's heading a later one repeats the shape of (shapes.dated_heading),
    and an entry heading over its own byline and time (live.bylined_entry)."""
    pars = doc.paragraphs
    if dated_heading(doc, index, first, settings):
        return True  # "Maandag 1 december" over the text, "Dinsdag 2 december" further down
    if not title_shaped(doc, pars[index], settings):
        return False
    above = next((i for i in range(index - 1, -1, -1) if pars[i].kept), None)
    if above is not None and time_stamp(pars[above], settings):
        return any(time_stamp(par, settings) for par in pars[first + 1 :] if par.kept)
    short = {i for i in removed_dates if removed_stamp(doc.text[pars[i].start : pars[i].end])}
    return (index - 1 in short and any(i > first for i in short)) or bylined_entry(doc, index, first, removed_dates, settings)


def _standfirst_shaped(doc: Document, par: Paragraph, settings: ScorerSettings) -> bool:
    signals = par.signals
    return (
        settings.standfirst_min_words <= signals["words"] <= settings.standfirst_max_words
        and not _ends_like_sentence(doc, par)
        and signals["digits"] < settings.furniture_min_digits
        and signals.get("repeated_shape", 0.0) == 0.0
    )


def may_skip(par: Paragraph, skipped: list[Paragraph], s: ScorerSettings) -> bool:
    """A short line a page puts between heading and body (caption, byline, place, date, dateline).

    A label whose shape repeats in the page ("Valdelosa" like "Sports") may be a byline's place
    or a menu item: at most `furniture_max_labels` of them are skipped, as a menu is a longer run.
    Repeated time stamps of a live blog are mostly digits and do not count.
    """
    signals = par.signals
    if len(skipped) >= s.furniture_max_lines or signals["words"] > s.furniture_max_words:
        return False
    if _label(par, s):
        return sum(1 for other in skipped if _label(other, s)) < s.furniture_max_labels
    return True


def _label(par: Paragraph, settings: ScorerSettings) -> bool:
    signals = par.signals
    return signals.get("repeated_shape", 0.0) > 0.0 and signals["digits"] < settings.furniture_min_digits
