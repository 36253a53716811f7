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
from .prose import counted_words
from .settings import ScorerSettings
from .stamps import removed_stamp, time_stamp
from .live import bylined_entry
from .credit import headline_over_credit, labelled_name
from .keypoints import boxes, labelled_box, unboxed
from .openers import article_opener, first_section_head, first_section_headline, question_headline
from .furniture import byline_furniture, dateline, kept_furniture
from .title_lines import (
    headline_over_summary, label_under_headline, media_label, over_gap_line, promo_over_headline, scoreboard, short_headline,
    standfirst_over_byline,
)
from .title_bylines import caseless_over_byline, name_over_byline, over_byline, under_byline
from .date_lines import date_shaped, dated_headline
from .shapes import (
    CLOSING_QUOTES, STOPS as _STOPS, dated_heading, ends_like_sentence as _ends_like_sentence, over_short_line,
    split_title_and_standfirst as _split_title_and_standfirst, title_shaped,
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
    walk = _walk(doc, first, anchor, settings, standfirst_at, bylines | _dated(doc, first, settings), keypoints)
    if walk[0] is None and bylines:
        walk = _walk(doc, first, anchor, settings, standfirst_at, frozenset(), keypoints)
    title, standfirst, skipped, entry = walk
    pars = doc.paragraphs
    life = life_heading(doc, first)
    if life is not None and (title is None or title == life[0] or not names_subject(doc, title, life[0])):
        return Heading(life[0], None, (life[1],))  # an obituary: its subject's name over the life years, not "Place an Obituary" above
    if title is None and (named := life_title(doc, first, first, settings)) is not None:
        return Heading(named, None, ())  # an obituary's "Name, 1931-2026" over its standfirst
    if title is None:  # no heading: only a dateline opening the lead is worth keeping
        return Heading(None, None, tuple(sorted(entry + [i for i in skipped if dateline(doc, pars[i], settings)])))
    section = first_section_headline(doc, title, first, lambda i: title_shaped(doc, pars[i], settings, far=True), settings) if title != anchor and standfirst is None else None
    if section is not None:  # a letters page's first letter heading under the byline: the article's
        entry.extend(i for i in range(section + 1, title + 1) if pars[i].kept)  # with a brief's place over it
        title = section
    asked = question_headline(doc, title, first, lambda i: title_shaped(doc, pars[i], settings, far=True), settings) if title != anchor and standfirst is None and section is None else None
    if asked is not None:  # an explainer's first question under its standfirst stays: the article's
        entry, (title, standfirst) = entry + [title], asked
    upper = headline_over_credit(doc, title, settings, byline_furniture) if title != anchor and standfirst is None else None
    if upper is not None:  # the line found credits the headline above it: it goes as a byline does
        skipped.extend(i for i in range(upper + 1, title + 1) if pars[i].kept and i not in skipped)
        title = upper
    named = life_title(doc, title, first, settings) if title != anchor and standfirst is None else None
    if named is not None:  # an obituary's "Name, 1931-2026" over the line found: that line is its standfirst
        title, standfirst = named, title
    above = over_short_line(doc, title, settings) if title != anchor and standfirst is None and named is None else None
    if above is not None:  # the short line is the article's (a kicker, a box's heading): it stays
        (skipped if name_over_byline(doc, title, first, bylines, settings) else entry).append(title)  # a byline's name goes
        title, standfirst = above
    elif title != anchor and named is None and standfirst is None and (head := headline_over_summary(doc, title, first, bylines | _dated(doc, first, settings), settings)) is not None:
        title, standfirst = head, title  # a short headline over its summary written without a full stop
    elif title != anchor and named is None:
        split_title, split_standfirst = over_gap_line(doc, title, settings) or _split_title_and_standfirst(doc, title, anchor, settings)
        if split_standfirst is not None and not promo_over_headline(doc, split_title, split_standfirst, first, anchor, settings):
            if standfirst is not None:
                skipped.append(standfirst)  # the longer line under the title was a caption
            title, standfirst = split_title, split_standfirst
    if standfirst is not None and _same_text(doc, title, standfirst, settings.title_anchor_overlap):
        standfirst = None  # the headline printed twice (page title, then article heading)
    kept, boxed = {i for i in skipped if kept_furniture(doc, pars[i], settings) and not _author_bio(doc, title, i, settings)}, boxes(doc, skipped, settings)
    kept = {i for i in kept if i not in boxed} | {label for label, box in boxed.items() if kept & set(box[1:])}  # a box's label stays with its items only ("Key points:" is no dateline)
    kept |= {i for i in skipped if article_opener(doc, i, first, settings)} | set(first_section_head(doc, title, first, skipped, settings))
    return Heading(title, standfirst, tuple(sorted(entry + list(kept))))


def _dated(doc: Document, first: int, s: ScorerSettings) -> frozenset[int]:
    """The kept lines right above the body, within `furniture_max_lines` + 1, shaped like a date
    (date_lines.date_shaped: "5 Diseembar 2026", "काठमाडौं, मंसिर २०"): on a page no rule file knows,
    no rule removes the byline's date, and the share button under it ("La wadaag", "सेयर
    गर्नुहोस्") was taken for the title; a date is a byline's evidence as a rule's removal is."""
    pars = doc.paragraphs
    low = max(0, first - s.furniture_max_lines - 1)
    return frozenset(i for i in range(low, first) if pars[i].kept and date_shaped(doc, pars[i], s) and not dated_headline(doc, i, first, s))


def _walk(
    doc: Document,
    first: int,
    anchor: int | None,
    s: ScorerSettings,
    standfirst_at: int | None,
    bylines: frozenset[int],
    keypoints: frozenset[str] = frozenset(),
) -> tuple[int | None, int | None, list[int], list[int]]:
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
        if index != anchor and scoreboard(doc.kept_text(par)):
            entry.append(index)  # a match's scoreboard under the ticker's headline: the article's
            continue
        first_line = not (skipped or entry or standfirst is not None) and index != anchor
        if first_line and entry_heading(doc, index, first, s, bylines):
            entry.append(index)
            continue
        if standfirst is None and _claim_label(doc, par, s):
            entry.append(index)  # a fact check's "Claim" over the claim (the body or a line kept above it)
            continue
        if first_line and counted_words(par.signals) < s.title_far_min_words and under_byline(doc, index, bylines, s):
            skipped.append(index)
            passed = True
            continue
        if first_line and media_label(doc.kept_text(par)) and under_byline(doc, index, bylines, s):
            skipped.append(index)  # "VIDÉO. Les images de l'incendie" under the byline: the player's title
            passed = True
            continue
        if first_line and labelled_name(doc, par, s) and any(index < i < first for i in bylines):
            skipped.append(index)  # "ავტორი: ნინო ბერიძე" over a date a rule removed: the byline
            continue
        far = any(i not in boxed for i in skipped) or standfirst is not None or caseless_over_byline(doc, index, first, bylines)
        # under the standfirst the scorer found, a line is furniture ("... December 4. Photo: Minh
        # Tam", a caption its credit leaves without a full stop, is no headline)
        under_standfirst = standfirst_at is not None and index > standfirst_at and index != anchor
        if index == anchor or (title_shaped(doc, par, s, far=far) and not under_standfirst and (not date_shaped(doc, par, s) or dated_headline(doc, index, first, s))):
            box = labelled_box(doc, index, keypoints, s) if first_line else None
            if box is None:
                return index, standfirst, skipped, entry
            skipped.extend(reversed(box))
            boxed.update(box)
            continue
        if far and standfirst is None and standfirst_over_byline(doc, index, first, skipped, bylines, s):
            return index - 1, index, skipped, entry  # a short standfirst over a byline no rule removed
        if far and standfirst is None and over_byline(doc, index, first, skipped, bylines, s):
            return index, None, skipped, entry
        if (standfirst is not None or skipped) and short_headline(doc, index, standfirst if standfirst is not None else min(skipped), first, bylines, s):
            return index, standfirst, skipped, entry  # a headline of few words over the standfirst and the byline
        if standfirst is None and (index == standfirst_at or (_standfirst_shaped(doc, par, s) and not under_standfirst)):
            standfirst = index
            continue
        skippable = not passed or byline_furniture(doc, par, s) or label_under_headline(doc, index, s)  # past a button: the byline's names and dates, a label under the headline
        if (standfirst is None or label_under_headline(doc, index, s)) and skippable and _may_skip(par, [pars[i] for i in unboxed(doc, [*skipped, index], s)[:-1]], s):
            skipped.append(index)
            continue
        break
    return None, standfirst, skipped, entry


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
        if not _may_skip(pars[index], [pars[i] for i in skipped], settings):
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


def _standfirst_shaped(doc: Document, par: Paragraph, settings: ScorerSettings) -> bool:
    signals = par.signals
    return (
        settings.standfirst_min_words <= signals["words"] <= settings.standfirst_max_words
        and not _ends_like_sentence(doc, par)
        and signals["digits"] < settings.furniture_min_digits
        and signals.get("repeated_shape", 0.0) == 0.0
    )


def _may_skip(par: Paragraph, skipped: list[Paragraph], s: ScorerSettings) -> bool:
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
