"""The article resumed under an ad label or an inline "read also" link, below where the body
block and its tail walk (blocks.with_tail) ended.

Sites put an ad slot or a one-line link to another article between two parts of an article,
and the second part often opens with lines that score low on their own: a subheading, a short
sentence, a list under a line ending in a colon, a question and answer, a table. When that part
is short (a few lines and one closing sentence), the maximum-sum block ends above the ad or the
link and the tail walk stops at the first weak line: the article's last part went with the
page's furniture ("REKLAAM" / "Küsimused ja vastused" / two questions and answers / "Vaata ka:"
/ "Volikogu opositsioon soovib enne otsustamist sõltumatut auditit." over a photo credit and
the tags).

Such a line is evidence of its own: an ad slot or a "read also" link stands inside articles,
and the page's furniture has its own boxes. So, within `resume_max_lines` lines under the block,
past at least one ad label (a removal of `resume_inside_categories`) or one-line link (a removal
of `resume_link_categories` in a run of at most `resume_link_lines`: a heading over teaser
links is a box, not a link, unless the box sits right under the body's last paragraph with one
short closing sentence right under it: `_closing_under_box`; nor is a link over a line that is no
sentence nor a list's colon line, a teaser's headline: "Related: Rail fares to rise" / "Snow
warning as cold snap arrives"),
the last sentence that closes the page's article joins the body with the lines above it: a kept line on a full stop of `closing_min_words` words or more, scoring
`resume_min_prose`, with a rule removal right under it or nothing kept below (or the last row of
an article's list under that sentence, lists.list_tail, with the same under it). Any other rule
removal that weighs against a block (a share row, tags, comments: scorer.removed_value) ends the
search, as does a kept line longer than a paragraph of the tail (`tail_min_words` words or more)
that closes no sentence, or a second line shaped like a teaser's headline or a site's label
(more than `resume_max_labels` lines of Title Case words without a figure: a table's header row
is one; the teasers and the site's slogan under a text dump's article are more).

A newsletter's sign-up box between two parts is such evidence too (`_signup_box`), when a log-in
link closes it or the sentence names what the body does (`_names_body`), never for the box's own
pitch right over that link (`_signup_pitch`). So is a lone sign-up or follow call right under
the body's last sentence with a run of sentences under it (`_past_lone_call`): a box's small
print is one line, and the page's tail under a call is links and headlines.

Cleaned again (steps.settle), the output holds neither the ad label nor the link: there the last
part is the page's last lines, and a short closing sentence (under `tail_min_words` words: longer
weak paragraphs are blocks.with_tail's, which joins them only when the article goes on below)
that ends the page with no rule removal above it within the window joins as well, or the second
pass cut what the first kept. There
the lines bridged must hold one an article's part has and a page's call does not (a sentence, a
question, a list's colon: `_article_line`, or a list under the closing sentence; "Suivez site118
sur les réseaux" over the page's last sentence is a template's; "Snopes.com" / "Since 1994" / "A
Word to Our Loyal Readers" over "Support Snopes and make a difference for readers everywhere."
closing a text dump, a site's slogan and appeal).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..types import Document, Paragraph
from .blocks import closing_past_links
from .closing import closing_line, follow_call, full_stop
from .lists import list_tail
from .prose import counted_words
from .settings import ScorerSettings
from .shapes import next_section, stems, tail_sentence


def resumed_tail(
    doc: Document,
    last: int,
    s: ScorerSettings,
    removal_value: Callable[[Paragraph], float],
    category: Callable[[Paragraph], str],
    chrome: set[int],
    first: int,
) -> int:
    """`last` moved down to the article's closing sentence under an ad label or a one-line link
    (module docstring), or to the last row of a list under that sentence (lists.list_tail:
    "Di final esok, ..." / "Keputusan separuh akhir:" / two result rows over the share row);
    `last` itself when there is none. `chrome`: the removals a list ends above. A call right under
    the last part (an app's, a follow call) may stand over the article's last sentence as one under
    the body does (closing_runs.closing_past_links, from the body's `first` paragraph): "ასევე
    წაიკითხეთ: ..." / two sentences / "გამოიწერეთ ჩვენი გვერდი ფეისბუქზე" / "მერია მგზავრებს
    მოთმინებისკენ მოუწოდებს." over the tags lost that sentence."""
    pars = doc.paragraphs
    boxed = _closing_under_box(doc, last, s, category)
    if boxed is not None:
        return boxed
    last = _past_lone_call(doc, last, s, category)
    best, passed = last, _Passed()
    index, stop = last + 1, min(len(pars), last + 1 + s.resume_max_lines)
    while index < stop:
        par = pars[index]
        if not par.kept:
            if not _pass_removal(pars, index, passed, s, category) and removal_value(par) > 0.0:
                # the page's furniture (a share row, tags), or a call over the part's last sentence
                best = (closing_past_links(doc, first, index, s, category) or best) if index == best + 1 else best
                break
            index += 1
            continue
        end = _closing_end(doc, index, passed, s, category, chrome, (first, last))
        if end is not None:
            best, index = end, end + 1
            continue
        passed.labels += _title_label(par, s)
        passed.shaped = passed.shaped or _article_line(doc, par)
        if passed.labels > s.resume_max_labels or (counted_words(par.signals) >= s.tail_min_words and not par.signals["ends_sentence"]):
            break
        index += 1
    return best


@dataclass(slots=True)
class _Passed:
    """What the walk under the body has passed: an ad label or a one-line link (`inside`), no
    removal yet (`clean`), a sign-up box (`signed`, `closed` by its log-in link: its small print
    is a sentence too), the evidence before a link while the line under it is unread (`linked`),
    lines shaped like a teaser's headline (`labels`), a line an article's part holds (`shaped`)."""

    inside: bool = False
    clean: bool = True
    signed: bool = False
    closed: bool = False
    linked: bool | None = None
    labels: int = 0
    shaped: bool = False


def _pass_removal(pars: list[Paragraph], index: int, passed: _Passed, s: ScorerSettings, category: Callable[[Paragraph], str]) -> bool:
    """Whether the removal at `index` is evidence the article goes on (an ad label, a sign-up box,
    a one-line link), noted in `passed`; any other removal is passed over only when it weighs
    nothing against a block (the caller asks)."""
    passed.clean = False
    kind = category(pars[index])
    if kind in s.resume_inside_categories:
        passed.inside = True
    elif _signup_box(pars, index, category, s):
        passed.signed, passed.closed = True, passed.closed or kind in s.resume_signup_tail
    elif kind in s.resume_link_categories and _single_link(pars, index, category, s):
        passed.linked, passed.inside = passed.inside if passed.linked is None else passed.linked, True
    else:
        return False
    return True


def _closing_end(
    doc: Document,
    index: int,
    passed: _Passed,
    s: ScorerSettings,
    category: Callable[[Paragraph], str],
    chrome: set[int],
    body: tuple[int, int],
) -> int | None:
    """Where the article's part ends when the kept line at `index` is its closing sentence (or
    the last row of a list under it), given what the walk passed; None when it is not."""
    pars, par = doc.paragraphs, doc.paragraphs[index]
    if passed.linked is not None and not _article_line(doc, par) and not next_section(doc, index, index):
        passed.inside = passed.linked  # a headline under the link: the box's next teaser, not the article ("二、..." after "一、..." is its section)
    # right under a link, a short closing sentence may score as low as under the body (blocks.with_tail)
    floor = s.closing_min_prose if passed.linked is not None and counted_words(par.signals) < s.tail_min_words else s.resume_min_prose
    passed.linked = None
    if not _sentence(doc, par, s, floor):
        return None
    end = index if closing_line(doc, index, stop=False) else list_tail(doc, index, chrome, s)
    short = counted_words(par.signals) < s.tail_min_words
    first, last = body
    named = passed.signed and not _signup_pitch(pars, end, category, s) and (passed.closed or _names_body(doc, first, last, index, end, s))
    last_line = end == len(pars) - 1 and passed.clean and short and (passed.shaped or end > index)
    return end if closing_line(doc, end, stop=False) and (passed.inside or named or last_line) else None


def _closing_under_box(doc: Document, last: int, s: ScorerSettings, category: Callable[[Paragraph], str]) -> int | None:
    """The article's last sentence right under a "read also" box set right under its last
    paragraph: a run of more than `resume_link_lines` and at most `resume_box_lines` removals of
    `resume_link_categories` (a heading over its links), then one sentence of `closing_min_words`
    words or more but under `tail_min_words`, on a full stop, scoring `closing_min_prose` as a
    short closing sentence right under a body may (blocks.with_tail: four words, a name and a
    season score low), over a rule removal or nothing (a photo credit,
    the share row): "Читайте також" / three links / "Записатися на реабілітацію можна через
    ЦНАП." / "Фото: ..." lost that sentence. Other lines between the body and the box (a
    subheading, questions) make the box the page's: that is the walk's to judge."""
    pars = doc.paragraphs
    end = last + 1
    while end < len(pars) and not pars[end].kept and category(pars[end]) in s.resume_link_categories:
        end += 1
    if not s.resume_link_lines < end - last - 1 <= s.resume_box_lines or end >= len(pars):
        return None
    par = pars[end]
    short = par.kept and s.closing_min_words <= counted_words(par.signals) < s.tail_min_words
    if short and par.signals["prose"] >= s.closing_min_prose and full_stop(doc, par) and closing_line(doc, end):
        return end
    return None


def _past_lone_call(doc: Document, last: int, s: ScorerSettings, category: Callable[[Paragraph], str]) -> int:
    """`last` moved down past a lone sign-up call set between the article's paragraphs, to the
    last of the sentences under it; `last` itself when there is none.

    The call is at most `resume_link_lines` removals right under the body's last line (a
    sentence), each a newsletter's (`resume_signup_categories`) or a call to follow the site on a
    network (closing.follow_call: "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать
    новости."). Under it, every kept line up to the next removal (or the page's end) ends like a
    sentence, `inline_chrome_depth` of them or more are the tail's sentences (shapes.tail_sentence,
    `closing_min_words` words), and the last closes on a full stop over that removal: the article
    goes on. A box's small print is one sentence, and a call that starts the page's tail has
    links, headlines or furniture under it, never a run of sentences. Counted at its length, the
    call cut "Los menores de seis años no pagan." / "Estará abierta hasta el 6 de enero." off an
    article whose paragraphs above it were two."""
    pars = doc.paragraphs
    end = last + 1
    while end < len(pars) and _call_line(doc, end, s, category):
        end += 1
    if not 0 < end - last - 1 <= s.resume_link_lines or not pars[last].kept or not pars[last].signals["ends_sentence"]:
        return last
    below, sentences = end, 0
    while below < len(pars) and pars[below].kept:
        if not pars[below].signals["ends_sentence"]:
            return last
        sentences += tail_sentence(pars[below], s.closing_min_words, s)
        below += 1
    if sentences < s.inline_chrome_depth or not full_stop(doc, pars[below - 1]):
        return last
    return below - 1


def _call_line(doc: Document, index: int, s: ScorerSettings, category: Callable[[Paragraph], str]) -> bool:
    """A rule removal that is a sign-up call: a newsletter's line, or a share line calling the
    reader to follow the site on a network."""
    par = doc.paragraphs[index]
    if par.kept:
        return False
    kind = category(par)
    return kind in s.resume_signup_categories or follow_call(doc, par, {kind}, s)


def _article_line(doc: Document, par: Paragraph) -> bool:
    """A line an article's last part holds and a page's call or label does not: a sentence, a
    question, a line announcing a list (a colon)."""
    text = doc.text[par.start : par.end].rstrip()
    return bool(par.signals["ends_sentence"]) or text.endswith((":", "："))


def _title_label(par: Paragraph, s: ScorerSettings) -> bool:
    """A kept line with no figure whose words are mostly capitalised (more than
    `list_item_max_capitalised`), not ending like a sentence: a teaser's headline or a site's
    label ("Moon Rush: Private Lunar Lander Plans", "A Word to Our Loyal Readers"), where an
    article's subheading, list item or question is written in sentence case (a table's header
    row is one such line)."""
    signals = par.signals
    return signals["digits"] == 0.0 and signals["capitalised"] > s.list_item_max_capitalised and not signals["ends_sentence"]


def _single_link(pars: list[Paragraph], index: int, category: Callable[[Paragraph], str], s: ScorerSettings) -> bool:
    """A removal of `resume_link_categories` in a run of at most `resume_link_lines` of them: a
    link line between the article's paragraphs ("Les også: ..."), or a bare "read also" heading
    over its one link, not a box's heading over its teaser links."""
    def linked(i: int) -> bool:
        return 0 <= i < len(pars) and not pars[i].kept and category(pars[i]) in s.resume_link_categories
    first, end = index, index
    while linked(first - 1):
        first -= 1
    while linked(end + 1):
        end += 1
    return end - first + 1 <= s.resume_link_lines


def _sentence(doc: Document, par: Paragraph, s: ScorerSettings, floor: float) -> bool:
    """A kept line of `closing_min_words` words or more on a full stop, scoring `floor`:
    `resume_min_prose`, or `closing_min_prose` for a short sentence right under a link (the first
    kept line below it: "Soma pia: ..." / "Ujenzi unatarajiwa kuanza mwezi Machi mwakani.", six
    words without one function word, scored 0.11 and was cut off as the page's). Not under an ad
    label: the ad's own copy is a short sentence there."""
    if counted_words(par.signals) < s.closing_min_words or par.signals["prose"] < floor:
        return False
    return full_stop(doc, par)


def _signup_box(pars: list[Paragraph], index: int, category: Callable[[Paragraph], str], s: ScorerSettings) -> bool:
    """A removal of `resume_signup_categories` (a newsletter's sign-up box set between an
    article's paragraphs), or one of `resume_signup_tail` right under such a removal (the box's
    "Einloggen" / "Se connecter" link): the box stands inside the article as an ad does.
    "Newsletter" / "Zürich heute" / its pitch / "Weitere Newsletter" / "Einloggen" over the
    article's last paragraph lost it."""
    kind = category(pars[index])
    if kind in s.resume_signup_categories:
        return True
    above = pars[index - 1] if index > 0 else None
    return kind in s.resume_signup_tail and above is not None and not above.kept and category(above) in s.resume_signup_categories


def _signup_pitch(pars: list[Paragraph], index: int, category: Callable[[Paragraph], str], s: ScorerSettings) -> bool:
    """A kept line inside a sign-up box: the nearest removal above it is of
    `resume_signup_categories` and the line right under it is the box's "Log in" link (a removal
    of `resume_signup_tail`): "Newsletter" / "Der Morgen" / "Erhalten Sie die wichtigsten News aus
    Bern." / "Einloggen" is the box's pitch, in words no rule knows, not the article's last part."""
    below = index + 1
    if below >= len(pars) or pars[below].kept or category(pars[below]) not in s.resume_signup_tail:
        return False
    above = next((i for i in range(index - 1, -1, -1) if not pars[i].kept), None)
    return above is not None and category(pars[above]) in s.resume_signup_categories


def _names_body(doc: Document, first: int, last: int, index: int, end: int, s: ScorerSettings) -> bool:
    """Whether lines `index`..`end` share a word's stem (`closing_stem_chars` letters) with the
    body's: under a sign-up box no log-in link closes, the box's small print ("You can
    unsubscribe at any time.") is a sentence too, and names nothing of the article."""
    return bool(stems(doc, range(index, end + 1), s.closing_stem_chars) & stems(doc, range(first, last + 1), s.closing_stem_chars))
