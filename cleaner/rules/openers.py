"""Short lines between a byline and the body that are the article's own, not its furniture.

Walking up from the body to the headline, title.find_heading passes over short lines (a caption,
a byline's name, a date) and drops them with the heading's furniture. Two kinds of line sit there
and open the article instead:

- an obituary's subject with the life years: "Marisa Conti (1931-2026)" over "Si è spenta nella
  notte ... Marisa Conti, per quarant'anni maestra": the body names the person;
- an explainer's first subheading: "Cosa sappiamo" over the first paragraphs, with "Cosa non
  sappiamo" further down between paragraphs. A line opening with the first word of a subheading
  the body holds is one of a pair ("What we know" / "What we don't know", "Was wir wissen" /
  "Was wir nicht wissen"); a byline's name or a kicker has no sibling in the body;
- an open letter's salutation: "Senhor Ministro," over the letter, whose valediction ("Com os
  melhores cumprimentos,") closes on a comma too;
- the heading of a page's first section (a brief's place and headline, a letter's subject)
  that the page's headline names (`first_section_head`, `first_section_headline`);
- an explainer's first question under its standfirst, more questions heading the answers below
  (`question_headline`).
"""

from __future__ import annotations

import re
from typing import Callable

from ..types import Document
from ..words import LETTERS
from .obituary import LIFE_YEARS_PATTERN
from .signatures import signature_key
from .furniture import byline_furniture
from .prose import counted_words
from .sections import dated_label, head_line, section_head, section_heads, section_text
from .settings import ScorerSettings
from .shapes import stems

# A name then life years (obituary.LIFE_YEARS_PATTERN, an obituary heading's): "Marisa Conti (1931-2026)", "Hans Adler, 1938–2026", "Ana Ruiz (* 1941 - † 2026)", "Aino Virtanen 1938–2026".
_LIFE_LINE = re.compile(rf"(?P<name>[^\d()\n,]{{3,80}}?)\s*(?:\(|,|[-–—]\s|\s)\s*{LIFE_YEARS_PATTERN}\)?\s*")


def article_opener(doc: Document, index: int, first: int, s: ScorerSettings) -> bool:
    """Whether the short line `index`, above the body starting at `first`, opens the article."""
    return life_line(doc, index, first) or sibling_subheading(doc, index, first, s) or salutation(doc, index, first, s)


def salutation(doc: Document, index: int, first: int, s: ScorerSettings) -> bool:
    """Whether line `index` right above the body is an open letter's salutation ("Senhor
    Ministro,", "Dear Prime Minister,"): a short line ending in a comma, no figure (its capitalised
    words pass for a byline's name), with its pair below, a short kept line closing on a comma under the body's first paragraph
    (the letter's valediction, "Com os melhores cumprimentos,", "Yours sincerely,")."""
    pars = doc.paragraphs
    if index != first - 1 or not _comma_line(doc, index, s):
        return False
    return any(_comma_line(doc, at, s) for at in range(first + 1, len(pars)))


def valediction_tail(doc: Document, first: int, last: int, s: ScorerSettings) -> int:
    """`last` moved down over an open letter's valediction and signature right under the body
    ("Com os melhores cumprimentos," / "Os signatários"), when a salutation opens the letter right
    above the body's first paragraph `first` ("Senhora Ministra,"): short lines ending in a comma
    (`_comma_line`), the signature a short line under it of at most `salutation_max_words` words
    that ends like no sentence. They score as a byline's furniture: the valediction went, and on
    the second pass, with no valediction left below it, the salutation too."""
    pars = doc.paragraphs
    below = last + 1
    if below >= len(pars) or first < 1 or not _comma_line(doc, first - 1, s) or not _comma_line(doc, below, s):
        return last
    signature = pars[below + 1] if below + 1 < len(pars) else None
    signed = signature is not None and signature.kept and 0 < signature.signals["words"] <= s.salutation_max_words and not signature.signals["ends_sentence"]
    return below + 1 if signed else below


def _comma_line(doc: Document, index: int, s: ScorerSettings) -> bool:
    par = doc.paragraphs[index]
    signals = par.signals
    text = doc.kept_text(par).strip()
    return par.kept and 0 < signals["words"] <= s.salutation_max_words and signals["digits"] == 0.0 and text.endswith(",") and text[:1].isupper()


def life_line(doc: Document, index: int, first: int) -> bool:
    """A line of a name and its life years whose name the body's first paragraph holds."""
    pars = doc.paragraphs
    match = _LIFE_LINE.fullmatch(doc.kept_text(pars[index]).strip())
    if match is None or first >= len(pars):
        return False
    name = match.group("name").strip()
    return len(name.split()) >= 2 and name in doc.kept_text(pars[first])


def sibling_subheading(doc: Document, index: int, first: int, s: ScorerSettings) -> bool:
    """Whether line `index` right above the body is a subheading whose sibling stands in the body:
    a kept line between two prose paragraphs, both short and ending like no sentence, opening
    with the same word (and not the same line)."""
    pars = doc.paragraphs
    if index != first - 1 or not _subheading_shaped(pars[index], s):
        return False
    text = doc.kept_text(pars[index]).strip()
    opening = _first_word(text)
    if opening is None:
        return False
    for at in range(first + 1, min(len(pars) - 1, first + s.subheading_scan)):
        par = pars[at]
        if not _subheading_shaped(par, s) or not (_prose(pars[at - 1], s) and _prose(pars[at + 1], s)):
            continue
        other = doc.kept_text(par).strip()
        if other != text and _first_word(other) == opening:
            return True
    return False


def _subheading_shaped(par, s: ScorerSettings) -> bool:
    signals = par.signals
    return par.kept and 2 <= signals["words"] and counted_words(signals) < s.title_far_min_words and not signals["ends_sentence"] and signals["digits"] == 0.0


def _prose(par, s: ScorerSettings) -> bool:
    return par.kept and par.signals["prose"] >= s.block_threshold


def _first_word(text: str) -> str | None:
    match = LETTERS.search(text)
    return match.group(0).casefold() if match else None


def first_section_headline(doc: Document, title: int, first: int, title_shaped: Callable[[int, bool], bool], s: ScorerSettings) -> int | None:
    """The page's headline over the byline when the line `title` the heading walk found right
    above the body is the first of the article's section headings: a letters page prints each
    letter under its own heading ("Bus cuts will hurt the old most", then "Thank you,
    volunteers" between two letters), and the first one, right under the byline's date, took the
    title. The headline is the kept line above it, past rule removals (the byline, the date, a
    letters page's note; none once they are gone, on a rerun of the output), title-shaped as a far title (`title_shaped`), sharing
    `section_shared_words` word(s) with the section heading (the page names its first letter:
    "Letters: Bus cuts will leave villages stranded"; or shorter: `_names_first_section`), and the body holds a sibling heading (`_sibling_heading`). None otherwise."""
    pars = doc.paragraphs
    if title != first - 1 or not _sibling_heading(doc, first, s):
        return None
    upper, labels = title - 1, 0
    while upper >= 0 and (not pars[upper].kept or (labels == 0 and upper == title - 1 and _place_label(doc, upper, s))):
        labels += pars[upper].kept
        upper -= 1  # a brief's place over its headline ("Trofa" / "Obras na EN14 obrigam a desvios até março")
    if upper < 0:
        return None
    shared = _content_words(doc.kept_text(pars[upper])) & _content_words(doc.kept_text(pars[title]))
    if title_shaped(upper, True) and len(shared) >= s.section_shared_words:
        return upper
    short = counted_words(pars[upper].signals) < s.title_far_min_words and pars[title].signals["digits"] == 0.0  # a heading, no byline's date
    return upper if short and title_shaped(upper, False) and _names_first_section(doc, upper, title, first, s) else None


def _names_first_section(doc: Document, upper: int, title: int, first: int, s: ScorerSettings) -> bool:
    """The line `upper`, title-shaped but shorter than a far title, names what the first section
    (its heading `title` and its paragraph `first`) is about: `section_lead_shared_stems` words'
    stems shared ("Leserbriefe zur Schließung des Hallenbads" over "Kinder lernen nicht mehr
    schwimmen" and "Wenn das Hallenbad schließt, ..."). A menu label over the byline names no
    letter's subject."""
    return len(stems(doc, [upper], s.closing_stem_chars) & stems(doc, range(title, first + 1), s.closing_stem_chars)) >= s.section_lead_shared_stems


def first_section_head(doc: Document, title: int, first: int, skipped: list[int], s: ScorerSettings) -> list[int]:
    """The lines right above the body at `first` that the heading walk skipped as furniture when
    they head the article's first section: up to `section_head_lines` short lines
    (sections.head_line: "WESTBURY" / "Library reopens after flood repairs"; a letter's subject,
    "Zwembad"; sections.section_head: "Widder (21.03. - 20.04.)"), the body holding a sibling
    heading (sections.section_heads: one word, "Bibliotheek", heads a letter too), and the headline
    `title` naming the section (`section_shared_words` words of four letters or more shared:
    "Around the county: library reopens, bridge repairs, ..."), or the body holding
    `section_unnamed_min_heads` sibling headings or more and the lines shaped as the page's other
    lines are (scorer.repeated_shapes, or a label over a bracket of figures as the siblings are:
    a horoscope's signs, "Widder (21.03. - 20.04.)", which no headline names; a byline's date or
    "Share" button over the first paragraph has no such siblings; or its first line opening on
    the label the siblings' texts open on, above or under it: `_labelled_lead`), or closing on
    a signature as the siblings do (`_signed`). [] otherwise: a caption or a kicker under the
    byline heads no section the headline names."""
    pars = doc.paragraphs
    siblings = [head for head in section_heads(doc, first + 1, first + s.subheading_scan, s, section_text) if head.start > first]
    above = [head for head in section_heads(doc, title + 2, first - 1, s, section_text) if head.start > title]
    lead = _labelled_lead(doc, title, first, siblings + above, s)
    start = lead if lead is not None else first  # the section's first line (taken for the standfirst)
    top = start
    while top > 0 and start - top < s.section_head_lines and top - 1 in skipped and section_head(doc, top - 1, s):
        top -= 1
    if top == start or not (siblings or lead is not None):
        return []
    if lead is not None:  # with its first line, and the previous section's text skipped over its heading
        upper = top
        while upper - 1 > title and upper - 1 in skipped and section_text(pars[upper - 1], s):
            upper -= 1
        return list(range(upper, start + 1))
    dated = sum(dated_label(doc, head.start) for head in siblings) >= s.section_unnamed_min_heads
    shaped = all(pars[i].signals.get("repeated_shape", 0.0) > 0.0 or (dated and dated_label(doc, i)) for i in range(top, first))
    if (len(siblings) >= s.section_unnamed_min_heads and shaped) or _signed(doc, siblings, s):
        return list(range(top, start))  # a horoscope's first sign, shaped as the others: the page is a run of sections
    named = _content_words(doc.kept_text(pars[title]))
    shared = named & {word for i in range(top, start) for word in _content_words(doc.kept_text(pars[i]))}
    return list(range(top, start)) if len(shared) >= s.section_shared_words else []


def _labelled_lead(doc: Document, title: int, first: int, siblings: list[range], s: ScorerSettings) -> int | None:
    """The first line of the section whose heading the walk skipped over the body: the kept line
    right above the body (the walk's standfirst, under the title) or the body's first line, when
    it opens on the label that opens the text under `section_unnamed_min_heads` sibling headings
    or more, above or under it ("Amor: ..." under "Carneiro", as under "Touro" and each sign
    after it; a sign under a sign-up box, the body starting under it). None otherwise."""
    pars = doc.paragraphs
    for lead in (first - 1, first):
        if lead <= title + 1 or lead >= len(pars) or not section_text(pars[lead], s) or (label := _label(doc.kept_text(pars[lead]), s)) is None:
            continue
        same = sum(head.stop < len(pars) and _label(doc.kept_text(pars[head.stop]), s) == label for head in siblings)
        if same >= s.section_unnamed_min_heads:
            return lead
    return None


def _signed(doc: Document, siblings: list[range], s: ScorerSettings) -> bool:
    """Whether the sections under the body's first close on their writers' signatures, all of
    one shape (closers.signature_key: "Helga Brandt, Neustadt" over "Ehrlich rechnen", "Peter
    Lindner, Altstadt" over "Mut zur Entscheidung"), `section_signed_min_heads` or more: a
    letters page, whose first letter's heading the headline need not name."""
    keys = {signature_key(doc, doc.paragraphs[head.start], s) if len(head) == 2 else None for head in siblings}
    return len(siblings) >= s.section_signed_min_heads and len(keys) == 1 and None not in keys


def _label(text: str, s: ScorerSettings) -> str | None:
    """The label opening a line before a colon, of at most `section_label_max_words` words
    ("Amor: ..." -> "amor"), None without one."""
    head, colon, _ = text.partition(":")
    return head.strip().casefold() if colon and 0 < len(head.split()) <= s.section_label_max_words else None


def _place_label(doc: Document, index: int, s: ScorerSettings) -> bool:
    """A short label of at most `name_max_words` words, no sentence end: a brief's place over its
    headline (the caller asks for a sibling heading in the body: the page is written in sections)."""
    par = doc.paragraphs[index]
    return head_line(par, s) and par.signals["words"] <= s.name_max_words


def _content_words(text: str) -> set[str]:
    return {word.casefold() for word in LETTERS.findall(text) if len(word) >= 4}


def question_headline(doc: Document, title: int, first: int, title_shaped: Callable[[int], bool], s: ScorerSettings) -> tuple[int, int] | None:
    """(headline, standfirst) when the line `title` the heading walk found right above the body is
    an explainer's first question: the body holds another question between its answers
    (`_sibling_question`), a sentence of `standfirst_min_words` to `standfirst_max_words` words
    sits right above it, and over that, past rule removals (the byline, the date), a line shaped
    as a headline (`title_shaped`). "Wann kommt der neue Bescheid?" over its answer took the
    title, and the headline and standfirst went as furniture. None otherwise."""
    pars = doc.paragraphs
    standfirst = title - 1
    if title != first - 1 or standfirst < 0 or not _question(doc, title, s) or not _sibling_question(doc, first, s):
        return None
    lead = pars[standfirst]
    if not lead.kept or not lead.signals["ends_sentence"] or _question(doc, standfirst, s) or not s.standfirst_min_words <= counted_words(lead.signals) <= s.standfirst_max_words:
        return None
    upper = standfirst - 1
    while upper >= 0 and not pars[upper].kept:
        upper -= 1
    return (upper, standfirst) if upper >= 0 and title_shaped(upper) else None


def _question(doc: Document, index: int, s: ScorerSettings) -> bool:
    """A kept line of at most `section_heading_max_words` words asking one question."""
    par = doc.paragraphs[index]
    text = doc.kept_text(par).rstrip()
    return par.kept and text.endswith(("?", "？")) and par.signals["words"] <= s.section_heading_max_words and "?" not in text[:-1]


def _sibling_question(doc: Document, first: int, s: ScorerSettings) -> bool:
    """A question (`_question`) between two kept sentences within `subheading_scan` paragraphs
    under the body's start: the next question of an explainer, over its answer."""
    pars = doc.paragraphs
    for at in range(first + 1, min(len(pars) - 1, first + s.subheading_scan)):
        if _question(doc, at, s) and pars[at - 1].kept and pars[at - 1].signals["ends_sentence"] and pars[at + 1].kept and pars[at + 1].signals["ends_sentence"] and not _question(doc, at + 1, s):
            return True
    return False


def _sibling_heading(doc: Document, first: int, s: ScorerSettings) -> bool:
    """A short kept line (`section_heading_max_words`) without a sentence's end over a paragraph ending like a sentence, under
    a kept line (a paragraph, or the signature closing a letter), within `subheading_scan`
    paragraphs under the body's start: the article has sections."""
    pars = doc.paragraphs
    for at in range(first + 1, min(len(pars) - 1, first + s.subheading_scan)):
        par = pars[at]
        if not par.kept or par.signals["ends_sentence"] or not 2 <= par.signals["words"] <= s.section_heading_max_words:
            continue
        if pars[at - 1].kept and pars[at + 1].kept and pars[at + 1].signals["ends_sentence"]:
            return True
    return False


def item_head(doc: Document, first: int, s: ScorerSettings, top: int) -> int:
    """The body's first line once it has grown over the heading of its first item, and over the
    line ending in a colon that introduces the items or the paragraph of sentences opening them, when the body opens as a round-up does: a
    press review's paper names ("Frankfurter Allgemeine Zeitung" over its quote, "Süddeutsche
    Zeitung (München)" over the next), each heading over at most `item_max_paragraphs`
    sentences, `item_min_siblings` times or more from the start. The first heading sits above
    the block (a short line scores under prose) and went with the heading's furniture, so the
    first quote lost its source while the others kept theirs. A name (furniture.byline_furniture)
    opens items only when an item under it is headed by a name too: the byline's name over a
    body whose sections are headed by phrases stays a byline. Never above `top` (the headline)."""
    pars = doc.paragraphs
    heading = first - 1
    if heading <= top or not _item_heading(doc, pars[heading], s):
        return first
    siblings = _items_follow(doc, first, s)
    if not siblings or (byline_furniture(doc, pars[heading], s) and not any(byline_furniture(doc, pars[i], s) for i in siblings)):
        return first  # a byline's name ("Rachel Moore") over sections headed by phrases ("The triple lock")
    intro = heading - 1
    if intro > top and (_item_intro(doc, pars[intro], s) or _item_lead(pars[intro], s)):
        return intro
    return heading


def _item_heading(doc: Document, par, s: ScorerSettings) -> bool:
    """A short line (`item_heading_max_words`) without figures ending like no sentence (a place in brackets may close it:
    "Mitteldeutsche Zeitung (Halle)")."""
    signals = par.signals
    if not par.kept or not 1 <= signals["words"] <= s.item_heading_max_words or signals["digits"] != 0.0:
        return False
    return not doc.kept_text(par).rstrip().endswith(_ITEM_STOPS)


_ITEM_STOPS = (".", "!", "?", "…", ":", "\"", "”", "»", "“", "«")


def _item_body(doc: Document, par, s: ScorerSettings) -> bool:
    return par.kept and par.signals["ends_sentence"] >= 1.0 and not _item_heading(doc, par, s)


def _items_follow(doc: Document, first: int, s: ScorerSettings) -> list[int]:
    """The next items' headings when the body from `first` is items: at most
    `item_max_paragraphs` sentences, then an item heading over a sentence, `item_min_siblings`
    times in a row; none otherwise."""
    pars = doc.paragraphs
    at, siblings = first, []
    while len(siblings) < s.item_min_siblings:
        paragraphs = 0
        while at < len(pars) and _item_body(doc, pars[at], s):
            paragraphs += 1
            at += 1
        if not 1 <= paragraphs <= s.item_max_paragraphs or at + 1 >= len(pars):
            return []
        if not (_item_heading(doc, pars[at], s) and _item_body(doc, pars[at + 1], s)):
            return []
        siblings.append(at)
        at += 1
    return siblings


def _item_lead(par, s: ScorerSettings) -> bool:
    """A paragraph of sentences over the first item: the round-up's own opening ("Good evening.
    Here are the stories you need to know tonight."), scoring as a lead does (`lead_min_prose`);
    shorter than a lead's `lead_min_words`, as the items' shape is the evidence."""
    signals = par.signals
    return par.kept and signals["ends_sentence"] >= 1.0 and signals["words"] >= s.item_intro_min_words and signals["prose"] >= s.lead_min_prose


def _item_intro(doc: Document, par, s: ScorerSettings) -> bool:
    """A line introducing the items: kept, ending in a colon, a sentence's length (`item_intro_min_words`)."""
    return par.kept and doc.kept_text(par).rstrip().endswith((":", "：")) and par.signals["words"] >= s.item_intro_min_words
