"""Interviews: the last answer under the body, and the question and answer labels inside it.

An interview's paragraphs open with the speaker ("Salzachbote: ...", "Oberhollenzer: ...", "Q:",
"A:"). A short last answer ("Oberhollenzer: Nein. Die Buchungen liegen drei Prozent über dem
Vorjahr.") scores low as prose, names and capitals, and is too short for the scorer's tail walk,
yet the speaker's prefix, seen again and again in the body, says it is the article's.

Some pages set each turn's label on a line of its own ("Question :" / the question / "Réponse :"
/ the answer): three short lines, no prose, the shape of an inline menu to the scorer, which
removed the first turn's label, question and label as one. Two labels each alone on their line
`interview_min_turns` times on the page, with a question between them, are an interview's turns:
a menu repeats no label, and asks nothing (`qa_labels`).

A podcast page sets its episode's description, chapters and guests over a transcript: the
transcript's short turns join the body from under a few lines (`transcript_tail`), and a body
won by long turns takes the description over them back (`transcript_head`).
"""

from __future__ import annotations

from collections import Counter

from ..types import Document, Paragraph
from .loader import removal_category
from .settings import ScorerSettings
from .shapes import ends_like_sentence
from ..words import MARKS
from ..compiled import kept

_LABEL = kept(rf"[^\W\d_][\w{MARKS}.'’-]{{0,30}}(?: [\w{MARKS}.'’-]{{1,30}})? ?:")
_LABEL_MAX_CHARS = 64
# A transcript's turn may open on its time code ("[00:02:30] MAYA PATEL: ...", "01:05 Jonas Becker: ...").
_STAMP = r"(?:[\[(]?\d{1,2}:\d\d(?::\d\d)?[\])]? )?"
# A transcript's cue on a line of its own between two turns: a few words in brackets, no figure.
_CUE = kept(r"\s*[\[(][^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}[\])]\s*")
_SPEAKER = kept(rf"{_STAMP}([^\W\d_][\w{MARKS}.'’-]{{0,30}}(?: [\w{MARKS}.'’-]{{1,30}}){{0,2}}) ?: \S")


def speaker_tail(doc: Document, first: int, last: int, s: ScorerSettings, categories: dict[str, str]) -> int:
    """`last` moved down over the kept paragraphs right under an interview (a prefix seen
    `interview_min_turns` times in the body) that open with one of its speakers' prefixes (seen
    `speaker_min_turns` times) and end like a sentence; an ad label or a credit a rule removed
    (sitting inside articles) and a cue ("(MUSIC)") are passed over."""
    pars = doc.paragraphs
    index = _next_kept(pars, last + 1, categories, doc)
    if index >= len(pars) or not pars[index].signals.get("ends_sentence") or not _speaker(doc, pars[index]):
        return last  # nothing under the body opens with a speaker: no need to count the turns
    turns = Counter(p for p in (_speaker(doc, par) for par in pars[first : last + 1] if par.kept) if p)
    if not turns or turns.most_common(1)[0][1] < s.interview_min_turns:
        return last
    while index < len(pars):
        par = pars[index]
        if turns[_speaker(doc, par)] < s.speaker_min_turns or not par.signals.get("ends_sentence"):
            break
        last = index
        index = _next_kept(pars, index + 1, categories, doc)
    return last


def _next_kept(pars: list[Paragraph], index: int, categories: dict[str, str], doc: Document | None = None) -> int:
    """The next kept paragraph from `index` on, past an ad label or a credit a rule removed
    (they sit inside articles) and, given `doc`, a transcript's cue between turns ("(MUSIC)",
    "[Laughter]": the turn under it is still the speaker's); len(pars) when another removal or
    the page's end comes first."""
    while index < len(pars):
        par = pars[index]
        if par.kept:
            if doc is None or not _CUE.fullmatch(doc.text, par.start, par.end):
                return index
        elif removal_category(par, categories) not in ("advertising", "credit"):
            return len(pars)
        index += 1
    return index


def _speaker(doc: Document, par: Paragraph) -> str:
    found = _SPEAKER.match(doc.text, par.start, par.end)
    return found.group(1) if found is not None else ""


def qa_labels(doc: Document, run: list[int], s: ScorerSettings) -> bool:
    """Whether a run of short lines inside the body is an interview's turn set out on lines of
    their own: it holds a question ("Comment êtes-vous devenue maraîchère ?") and a label
    ("Question :", "Réponse :") that, like another label, stands alone on its line
    `interview_min_turns` times on the page (see the module docstring)."""
    pars = doc.paragraphs
    if not any(_label(doc, pars[i]) for i in run):
        return False  # the cheap test first: most runs hold no label
    if not any(doc.text[pars[i].start : pars[i].end].rstrip().endswith(("?", "？", "¿")) for i in run):
        return False
    counts = Counter(label for label in (_label(doc, par) for par in pars if par.kept) if label)
    turns = {label for label, seen in counts.items() if seen >= s.interview_min_turns}
    return len(turns) >= 2 and any(_label(doc, pars[i]) in turns for i in run)


def _label(doc: Document, par: Paragraph) -> str | None:
    """The casefolded label of a line that is a label alone ("Question :", "Q:"), else None."""
    if par.end - par.start > _LABEL_MAX_CHARS:
        return None
    text = doc.text[par.start : par.end].strip()
    return text.casefold().rstrip(": ") if _LABEL.fullmatch(text) else None


def transcript_tail(doc: Document, last: int, s: ScorerSettings, categories: dict[str, str]) -> int | None:
    """The last line of a transcript under the body, past at most `transcript_max_gap` kept lines
    (a podcast page's guest list, "Transcript"), else None: `interview_min_turns` kept paragraphs
    or more in a row, each opening with a speaker's prefix and ending like a sentence, two
    speakers or more each `speaker_min_turns` times ("Gwen Hughes: ...", "Mair Jones: ...").
    The episode's description won the block and its transcript's short turns, under the names
    of its guests, scored too low to join it; a comment thread under the article sits under a
    heading a rule removes (`_next_kept` stops there)."""
    pars = doc.paragraphs
    index = _next_kept(pars, last + 1, categories)
    for _ in range(s.transcript_max_gap + 1):
        if index >= len(pars) or _turn(doc, pars[index]):
            break
        index = _next_kept(pars, index + 1, categories)
    return _transcript_end(doc, index, s, categories)


def _transcript_end(doc: Document, first: int, s: ScorerSettings, categories: dict[str, str]) -> int | None:
    """The last turn of a transcript opening at `first`, else None: `interview_min_turns` turns
    or more in a row (kept lines a rule removed between them passed over), two speakers or more
    each `speaker_min_turns` times."""
    pars = doc.paragraphs
    if first >= len(pars) or not _turn(doc, pars[first]):
        return None  # most pages: no turn there, nor a Counter to build
    turns: Counter[str] = Counter()
    end, index = None, first
    while index < len(pars) and _turn(doc, pars[index]):
        turns[_speaker(doc, pars[index])] += 1
        end = index
        index = _next_kept(pars, index + 1, categories, doc)
    if end is None or sum(turns.values()) < s.interview_min_turns:
        return None
    return end if sum(seen >= s.speaker_min_turns for seen in turns.values()) >= 2 else None


def _turn(doc: Document, par: Paragraph) -> bool:
    return bool(par.signals.get("ends_sentence")) and bool(_speaker(doc, par))


def transcript_head(doc: Document, first: int, s: ScorerSettings, categories: dict[str, str]) -> int | None:
    """The episode's description above a body that opens with a transcript, else None: the block
    starts on a speaker's turn, and above it, past at most `transcript_max_gap` kept lines (the
    guests' names, "Transcript") and a chapter list of short lines opening on a figure ("03:10
    Tagging a bee", at most `transcript_chapter_max_words` words each), a longer kept paragraph ending like a sentence
    under no rule removal of page chrome. A transcript of long turns outweighed the description
    over it, which went with the page's menus."""
    pars = doc.paragraphs
    if first >= len(pars) or _transcript_end(doc, first, s, categories) is None:
        return None
    gap, index, max_words = 0, first - 1, s.transcript_chapter_max_words
    while index >= 0:
        par = pars[index]
        text = doc.text[par.start : par.end].lstrip()
        if not par.kept:
            if removal_category(par, categories) not in ("advertising", "credit"):
                return None
        elif par.signals["words"] > max_words and ends_like_sentence(doc, par) and par.signals["prose"] >= s.block_threshold and not _turn(doc, par):
            return index
        elif not (text[:1].isdigit() and par.signals["words"] <= max_words):
            gap += 1
            if gap > s.transcript_max_gap:
                return None
        index -= 1
    return None
