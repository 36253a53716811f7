"""Lines under a headline that are shaped like one and are not it: an embedded player's
labelled title ("VIDÉO. ..."), a match's scoreboard and a short label between the headline and
its standfirst. The heading walk (`title.py`) passes over them; the player's title and the label
go, the scoreboard is the article's own and stays.
"""

from __future__ import annotations

import re

from ..types import Document, Paragraph
from .anchor import same_headline, title_candidates
from .prose import counted_words
from .settings import ScorerSettings
from .credit import labelled_name
from .furniture import byline_furniture
from .date_lines import date_shaped
from .shapes import caseless_start, name_like, opens_text, short_label, stems, title_shaped, under_label


# Separators between a media label and the title of what it labels: "VIDÉO. ", "VIDEO | ", "FOTOS: ", "AUDIO – ".
_LABEL_SEPARATORS = (". ", " | ", ": ", " – ", " — ", " - ")
_LABEL_MIN_LETTERS = 4  # "VIDEO", "FOTO", "AUDIO"; not "USA:" nor "EU:"
_LABEL_MAX_WORDS = 2  # "EN IMAGES", "IN BEELD"


def media_label(text: str) -> bool:
    """A line opening with a label in capitals and a separator, then a capitalised title that ends
    like no sentence: "VIDÉO. Les images de l'incendie filmées par un riverain", "VIDEO | Drone
    footage shows the scale of the flooding", "FOTOS: So sah es in der Nacht aus". Under a byline
    it is an embedded player's or gallery's title, which the page set above the text; taken for
    the headline, it cost the page its real one above the byline."""
    text = text.strip()
    if not text or text[-1] in ".!?…":
        return False
    for separator in _LABEL_SEPARATORS:
        label, found, rest = text.partition(separator)
        if not found:
            continue
        letters = [c for c in label if c.isalpha()]
        return (
            len(letters) >= _LABEL_MIN_LETTERS
            and len(label.split()) <= _LABEL_MAX_WORDS
            and all(c.isupper() for c in letters)
            and rest[:1].isupper()
        )
    return False


# A match's scoreboard: two sides around the score ("Borussia Dortmund 2:1 VfB Stuttgart", "Lens 2 - 0 Lille", "Hannover 96 1:1 Hertha BSC").
# A side is words of letters and figures ("Hannover 96"), no comma, slash or colon (a byline's
# "Zaragoza, 06/12/2026 - 20:15 CET" is no score).
_SIDE = r"[^\W\d](?:[\w'’&-]| (?=\w)){0,40}"
# A clock time is none: "Update 14:05 Uhr" (a minute written with a leading zero, or a clock's
# unit or zone after it) over a live update's byline was kept as a scoreboard.
_CLOCK = r"(?:0\d|\d{1,2} (?:Uhr|uur|h|hrs|heures?|horas?|ore|godz|GMT|BST|CET|CEST|UTC|ET|PT|am|pm|a\.m|p\.m)\b)"
_SCORE_LINE = re.compile(rf"({_SIDE}) \d{{1,2}} ?[:–-] ?(?!{_CLOCK})\d{{1,2}} ({_SIDE})")


def scoreboard(text: str, side_max_words: int) -> bool:
    """A line of two sides around a score, nothing else: a live ticker's or a match report's
    scoreboard under its headline. It is title-shaped, and the heading walk took it for the
    title ("Liveticker: Borussia Dortmund gegen VfB Stuttgart" above it was lost), or counted it
    with the league's line as furniture and found no title at all; it is passed over and kept.
    A side is a team's name: at most `side_max_words` words, not opening on a small letter. A
    headline with the score in it ("England beat Wales 3-0 in their opening qualifier", "הפועל
    ירושלים גברה 78:85 על מכבי ראשון לציון בארנה") was kept as a scoreboard, and the heading
    under it went: its standfirst, and in Hebrew its byline's name stayed as the title."""
    match = _SCORE_LINE.fullmatch(text.strip())
    return match is not None and all(len(side.split()) <= side_max_words and not side[0].islower() for side in match.groups())


def over_gap_line(doc: Document, found: int, settings: ScorerSettings) -> tuple[int, int] | None:
    """(title, standfirst) when the line the heading walk took for the title is the standfirst
    (`standfirst_min_words` words or more, or a far title's under a longer line) and one short
    line lies between it and a far title's line opening the page's text (shapes.opens_text): a
    label no rule knows ("Audio-Version dieses Artikels", "Lesezeit 4 Min.", a sponsor's or a
    category's line), kept or removed by a rule. shapes.split_title_and_standfirst looks only at
    the line right above, so the label stood between them and the headline was removed. The
    label has fewer words than either line (no second headline), at most `furniture_max_words`,
    and is not kept (title.py). A line found that repeats the page title (`_page_title`) is the
    headline, whatever lies above it; so is one under a label the page repeats (`_repeated`)."""
    pars = doc.paragraphs
    gap, title = found - 1, found - 2
    if title < 0 or pars[gap].signals["words"] > settings.furniture_max_words:
        return None
    words, label, heading = (counted_words(pars[i].signals) for i in (found, gap, title))
    if words < settings.standfirst_min_words and not (settings.title_far_min_words <= words < heading):
        return None  # shorter than a standfirst, it is one only under a longer headline (as in the split)
    if label >= min(settings.standfirst_min_words, words, heading) or not opens_text(doc, title, settings):
        return None
    if _page_title(doc, found, settings) or _repeated(doc, gap):
        return None
    return title, found


def label_under_headline(doc: Document, index: int, settings: ScorerSettings) -> bool:
    """Paragraph `index` is shorter than a far title and right under a far title's line opening
    the page's text (shapes.opens_text): a label between the headline and its byline ("Audio
    edition of this story", "Bu haberin sesli sürümü" over "Giriş: 05 Aralık 2026" and a site's
    name). Past a byline the heading walk passes over only names and dates; it stopped at the
    label, found no title and took the site's name under the date for one. Between the headline
    and a standfirst the scorer found (byline_edges.past_byline: "Đời sống phường xã" over it) it
    is passed over too: the walk stopped there, and the standfirst was not known for one."""
    if counted_words(doc.paragraphs[index].signals) >= settings.title_far_min_words:
        return False
    return opens_text(doc, index - 1, settings)


def _repeated(doc: Document, index: int) -> bool:
    """Paragraph `index`'s text recurs elsewhere in the page: a category over teaser cards
    ("Nutrition" over "Why Ilana Muhlstein, MS, RDN, Loves Daily Sunshine"), whose line under it
    is another card's headline or the article's, not a standfirst."""
    pars = doc.paragraphs
    text = doc.text[pars[index].start : pars[index].end].strip()
    return any(doc.text[par.start : par.end].strip() == text for i, par in enumerate(pars) if i != index)


def _page_title(doc: Document, index: int, settings: ScorerSettings) -> bool:
    """Paragraph `index` repeats the page's first line or one of its parts ("Son of former German
    president stabbed to death in Berlin" under "... in Berlin - Breaking News - The Jerusalem
    post"): the headline, under a menu line that opened the text over a removed tag."""
    pars = doc.paragraphs
    if index == 0:
        return False
    text = doc.text[pars[index].start : pars[index].end]
    candidates = title_candidates(doc.text[pars[0].start : pars[0].end], settings.title_anchor_min_chars)
    return any(same_headline(candidate, text, settings.title_anchor_overlap) for candidate in candidates)


def short_headline(doc: Document, index: int, below: int, first: int, bylines: frozenset[int], settings: ScorerSettings) -> bool:
    """Paragraph `index` is the headline, though shorter than a far title, right over the
    topmost line the heading walk passed (`below`), a standfirst of `standfirst_min_words` or
    more, written as a sentence or not: a byline or its date a rule removed sits between that
    standfirst and the body, and nothing but a short label is kept above the line (`under_label`:
    "Verbraucher" over "Stromanbieter erhöhen Preise zum Jahreswechsel", five German words). A
    menu's label sits over the menu's next item or the site's sign-in, not over a standfirst with
    a byline under it; a kicker under a headline has the headline, a far title, above it."""
    return (
        index == below - 1
        and counted_words(doc.paragraphs[below].signals) >= settings.standfirst_min_words
        and any(below < i < first for i in bylines)
        and title_shaped(doc, doc.paragraphs[index], settings, far=False)
        and under_label(doc, index, settings)
    )


# A headline's joins of its two parts ("Around the district: market returns, ...", "Färjetrafiken
# till Marstrand inställd – stormen Gerd ..."): a line written with one under a short line is the
# headline, the short line its kicker ("Stormvarning längs västkusten", "News in brief").
_HEADLINE_JOINS = (": ", " – ", " — ", " | ", " - ")
# A breadcrumb's steps ("Thời sự > Giao thông", "Uudised › Eesti"): a short line holding one is no headline.
_CRUMBS = (">", "›", "»", "/")


def headline_over_summary(doc: Document, found: int, first: int, bylines: frozenset[int], settings: ScorerSettings) -> int | None:
    """The headline right above the line the heading walk took for the title (`found`, with no
    standfirst under it) when that line is its summary (`_pair`: "Πάτρα: Νέο κολυμβητήριο στην
    Αγυιά" over "Το έργο θα ολοκληρωθεί μέσα σε 18 μήνες"). Both lines are title-shaped; the walk
    stopped at the lower one and the headline went as a label over it. A label over a headline
    has the same shape, so a cue must tell: a byline's name and date between the summary and the
    body (`_named_byline`) under a headline opening the page's text (a section's label over a
    headline sits over its standfirst or the body, a podcast's name over an episode's title and
    date), or the headline being the text's first line, as it is in the output cleaned again,
    where the byline is gone and the pair must hold by itself."""
    above = found - 1
    if above < 0 or not doc.paragraphs[above].kept or not _pair(doc, above, found, first, settings):
        return None
    if above == 0:
        return above
    bylined = _named_byline(doc, found, first, bylines, settings) and under_label(doc, above, settings)
    return above if bylined else None


def _pair(doc: Document, above: int, found: int, first: int, s: ScorerSettings) -> bool:
    """A short headline over its summary: the headline title-shaped, of `title_summary_min_words`
    words or more, fewer than the summary's, no figure below a far title's words ("Lugemisaeg 2
    minutit" is a reading time, "Surabaya Tambah 10 Halte Bus Baru" a headline) nor breadcrumb step,
    not every word capitalised (a menu's labels: "Actualidad  Valladolid  Burgos  León  Salamanca"), not caseless (no capital tells a label there)
    unless it names the article's subject (`_on_subject`); the summary without a full
    stop (title-shaped, as the walk took it), of a far title's words (or of the headline's when
    the headline restates the lead: `_leads`), few figures, and no
    headline's join of two parts (then it is the headline, the short line its kicker). Two lines
    of one length and shape read as a list's repeated items, save when the upper restates the lead."""
    pars = doc.paragraphs
    head, summary = pars[above].signals, pars[found].signals
    head_text, summary_text = (doc.text[pars[i].start : pars[i].end] for i in (above, found))
    leads = _leads(doc, above, found, first, s)
    return (
        s.title_summary_min_words <= counted_words(head) and (counted_words(head) < counted_words(summary) or leads)
        and (counted_words(summary) >= s.title_far_min_words or leads)
        and (head["digits"] == 0 or counted_words(head) >= s.title_far_min_words)
        and head["capitalised"] < 1.0
        and summary["digits"] < s.furniture_min_digits
        and (leads or summary.get("repeated_shape", 0.0) == 0.0 == head.get("repeated_shape", 0.0))
        and (not caseless_start(head_text) or _on_subject(doc, above, found, first, s))
        and not any(mark in head_text for mark in _CRUMBS)
        and not any(mark in summary_text for mark in _HEADLINE_JOINS)
        and title_shaped(doc, pars[above], s)
    )


def _leads(doc: Document, above: int, found: int, first: int, s: ScorerSettings) -> bool:
    """The upper line restates the lead: it shares `title_caseless_shared_stems` words' stems
    (`closing_stem_chars` letters) or more with the body's first paragraph, and more than the
    lower line does. Then it is the headline even when the summary under it is as short (no far
    title's words: "Hmla ochromila letisko v Bratislave" over "Lety meškajú aj niekoľko hodín",
    then "TASR" and the date, lost the headline): a kicker or section label names no such words."""
    lead = stems(doc, [first], s.closing_stem_chars) if first < len(doc.paragraphs) else set()
    head, summary = (stems(doc, [i], s.closing_stem_chars) & lead for i in (above, found))
    return len(head) >= s.title_caseless_shared_stems and len(head) > len(summary)


def _on_subject(doc: Document, above: int, found: int, first: int, s: ScorerSettings) -> bool:
    """A caseless headline naming what its summary and the body's first paragraph are about: it
    shares `title_caseless_shared_stems` words' stems (`closing_stem_chars` letters) with them
    ("চট্টগ্রামে কর্ণফুলী টানেলে টোল কমছে" over the tunnel's toll story), where a menu's labels
    name sections ("야구 축구 농구 배구" over a football story)."""
    below = [found, first] if first < len(doc.paragraphs) else [found]
    shared = stems(doc, [above], s.closing_stem_chars) & stems(doc, below, s.closing_stem_chars)
    return len(shared) >= s.title_caseless_shared_stems


def _named_byline(doc: Document, found: int, first: int, bylines: frozenset[int], s: ScorerSettings) -> bool:
    """Between the summary and the body: a date or credit a rule removed (`bylines`) and a name
    (name-shaped with no figure, or a labelled one: "Von Katrin Vogel", "Szerző: Kovács Péter",
    or a credit with no figure a rule removed: "Rizki Ramadhan - detikJatim"; in a script with no
    capitals, a short caseless line: "प्रतिनिधी, पुणे" over its date, `caseless_name`)."""
    pars = doc.paragraphs
    between = range(found + 1, first)
    if not any(i in bylines for i in between):
        return False
    return any(pars[i].signals["digits"] == 0 and (i in bylines or name_like(doc, pars[i], s) or labelled_name(doc, pars[i], s) or caseless_name(doc, pars[i], s)) for i in between)


def caseless_name(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A short line in a script without capitals: at most `name_max_words` words, no figure, ending
    like no sentence ("प्रतिनिधी, पुणे", "ብ ኣርኣያ ገብረሂወት", "ਪੱਤਰ ਪ੍ਰੇਰਕ"): a byline's name or
    place, which no capital can tell from a label (title_bylines.name_over_byline, `_named_byline`)."""
    return short_label(par, s.name_max_words) and caseless_start(doc.text[par.start : par.end])


def promo_over_headline(doc: Document, above: int, found: int, first: int, anchor: int | None, s: ScorerSettings) -> bool:
    """The longer line right above the headline is another story's promo, not the headline over
    its standfirst: a site's ticker at the page's top ("Transfer news LIVE: Arsenal close in on
    £60m striker as Chelsea eye January move" over "Brentford 1-3 Newcastle: Isak double sends
    Magpies into top four") became the title and pushed the headline down to a standfirst. The
    headline names what the lead is about (`title_caseless_shared_stems` words' stems shared with
    the body's first paragraph); the promo, about another story, shares none. A headline longer
    than its standfirst shares some with the lead; the page's repeated title (`anchor`) is the
    title whatever it shares. The promo opens on its ticker's label ("Transfer news LIVE:", at most
    `promo_label_max_words` words before a colon or a bar): a feature's headline naming nothing of
    the lead ("The quiet revolution in the school canteen") has none."""
    pars = doc.paragraphs
    if above == anchor or first >= len(pars) or counted_words(pars[above].signals) <= counted_words(pars[found].signals):
        return False
    label = _PROMO_LABEL.match(doc.kept_text(pars[above]).strip())
    if label is None or len(label[1].split()) > s.promo_label_max_words:
        return False
    lead = stems(doc, [first], s.closing_stem_chars)
    return not stems(doc, [above], s.closing_stem_chars) & lead and len(stems(doc, [found], s.closing_stem_chars) & lead) >= s.title_caseless_shared_stems


_PROMO_LABEL = re.compile(r"([^:|\n]{1,60}?)\s?[:|]\s")  # "Transfer news LIVE: ...", "BREAKING | ..."


def byline_line(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A byline's name or date, a labelled name, or a date written with its words (date_lines.date_shaped)."""
    return byline_furniture(doc, par, s) or labelled_name(doc, par, s) or date_shaped(doc, par, s)


def standfirst_over_byline(doc: Document, index: int, first: int, skipped: list[int], bylines: frozenset[int], s: ScorerSettings) -> bool:
    """Paragraph `index`, a short title-shaped line (fewer words than a far title), is the
    standfirst under the headline right above it (a far title's line opening the page's text),
    over byline lines the heading walk passed (`skipped`: names, dates known by their shape) and
    a date (or a byline's date or credit a rule removed: `bylines`). Had a rule removed every
    byline line, the walk would have found the short line first and shapes.over_short_line kept
    it under the headline; a kept one made the line a far one, too short for a title, and it went
    as the page's furniture ("Boqolaal qoys ayaa barakacay" over "6 Diseembar 2026", "Trať
    predĺžia o štyri kilometre" over "SITA"). A byline's own first line there is a name (its
    words mostly capitalised: `credit_min_capitalised`, "Site n'aka Chukwuemeka Obi") or, in a
    script without capitals, no different from a short standfirst ("ਪੱਤਰ ਪ੍ਰੇਰਕ", "प्रतिनिधी,
    पुणे"): there the line must share `title_caseless_shared_stems` words' stems with the body's
    first `standfirst_lead_paragraphs` paragraphs, as a summary of the story does."""
    pars = doc.paragraphs
    par = pars[index]
    if not skipped or counted_words(par.signals) >= s.title_far_min_words or not title_shaped(doc, par, s):
        return False
    if byline_line(doc, par, s) or not all(byline_line(doc, pars[i], s) for i in skipped):
        return False
    if not any(index < i < first for i in bylines) and not any(date_shaped(doc, pars[i], s) for i in skipped):
        return False
    if not opens_text(doc, index - 1, s):
        return False
    lead = stems(doc, range(first, min(first + s.standfirst_lead_paragraphs, len(pars))), s.closing_stem_chars)
    if len(stems(doc, [index], s.closing_stem_chars) & lead) >= s.title_caseless_shared_stems:
        return True
    cased = not caseless_start(doc.text[par.start : par.end]) and par.signals["capitalised"] < s.credit_min_capitalised
    return cased and counted_words(par.signals) >= s.title_byline_min_words
