"""Where an article's last sentence is: a line that closes the page (nothing kept under it, or a
full stop over the page's furniture a rule removed). The tail walk (blocks.with_tail), the lists
and listings past the body and the resumed tail (resume.py) all ask the same question. So is a
paragraph a paywall cut mid-sentence (`cut_by_paywall`): the article's last, whatever its end."""

from __future__ import annotations

from typing import Callable

from ..types import Document, Paragraph
from .prose import counted_words
from .settings import ScorerSettings
from .shapes import text_stems
from .stamps import time_stamp
from .title import CLOSING_QUOTES


def closing_sentence(doc: Document, last: int, s: ScorerSettings) -> int:
    """`last` moved down over a sentence right under it that closes the article (`closing_line`),
    for a body whose last lines are the article's list (lists.list_tail): a short closing line
    under a match's statistics ("Körfezkent, gelecek hafta sahasında lider Ayyıldız'ı konuk
    edecek." above the tags line) is the article's, as it is right under its prose (`with_tail`).
    Under a live blog's last time stamp, the entry's sentence is the article's whatever follows
    it: a stamp does not end an article ("10:40" / "בתי הספר ייפתחו מחר כרגיל." over a "load
    more" button no rule knew lost the entry and kept its stamp)."""
    pars = doc.paragraphs
    index = last + 1
    if index < len(pars) and pars[index].kept and pars[index].signals["ends_sentence"]:
        if pars[index].signals["prose"] >= s.tail_min_prose and (closing_line(doc, index) or time_stamp(pars[last], s)):
            return index
    return last


def closing_line(doc: Document, index: int, stop: bool = True) -> bool:
    """Nothing kept follows the paragraph; or it closes on a full stop and a rule removal right
    under it starts the page's furniture ("Quizá el próximo Gobierno se atreva. Ojalá." above
    "Las opiniones expresadas en esta tribuna son responsabilidad de su autor."). A short line
    closing on "!" or "?" above furniture is a promo's call as often ("Vote for your favourite!").
    `stop` false: no full stop asked for, for a clause in Thai, Lao, Khmer or Myanmar, which end
    sentences with a space or nothing ("นักเตะจะเดินทางกลับถึงสนามบินสุวรรณภูมิในวันพรุ่งนี้" above
    a "read more" link: a closing sentence of 12 words, cut off as the page's)."""
    pars = doc.paragraphs
    if not any(par.kept for par in pars[index + 1 :]):
        return True
    below = pars[index + 1]  # a kept line follows, so there is one
    heading = below.kept and bool(below.signals.get("block_heading"))  # a block rule's, removed once the body is found
    furniture = heading or (below.removal is not None and below.removal.reason == "boilerplate")
    return furniture and (not stop or full_stop(doc, pars[index]))


# A sentence's full stop in the scripts that write their own: Chinese and Japanese "。", the
# danda of Devanagari and Bengali, Urdu's "۔", Ethiopic "።", Myanmar, Khmer and Armenian stops.
# A Bengali match report's closing sentence ending on "।" under its box score was cut as chrome.
_FULL_STOPS = (".", "。", "।", "॥", "۔", "።", "။", "។", "։")


def full_stop(doc: Document, par: Paragraph) -> bool:
    return closes_on_stop(doc.text[par.start : par.end])


def closes_on_stop(text: str) -> bool:
    """Whether `text` closes on a full stop (a closing quote after it counts), not on "..."."""
    text = text.rstrip().rstrip(CLOSING_QUOTES)
    return text.endswith(_FULL_STOPS) and not text.endswith("...")


def cut_by_paywall(doc: Document, index: int, s: ScorerSettings, category: Callable[[Paragraph], str]) -> bool:
    """Whether paragraph `index` is the article's last, cut off mid-word or mid-sentence by a
    paywall: kept, of `tail_min_words` words scoring `lead_min_prose` (as a lead may: a Polish
    paragraph of names and figures, cut, scored 0.17), ending on a letter that is
    no capital ("... ein Konzept, wie die"), right above a rule's paywall removal ("Jetzt
    weiterlesen mit Plus") or, once that is gone (the settle's rerun), at the page's end.
    Ending like no sentence, it stopped the tail walk (blocks.with_tail)."""
    pars = doc.paragraphs
    par = pars[index]
    below = pars[index + 1] if index + 1 < len(pars) else None
    if not par.kept or not (below is None or (not below.kept and category(below) == "paywall")):
        return False
    text = doc.kept_text(par).rstrip()
    if not text or not text[-1].isalpha() or text[-1].isupper():
        return False
    return counted_words(par.signals) >= s.tail_min_words and par.signals["prose"] >= s.lead_min_prose


def fact_min_words(doc: Document, call: int, index: int, alone: bool, s: ScorerSettings) -> float:
    """The words a closing sentence `index` with no figure needs, under a share line or, `alone`,
    under ONE app call set between an article's paragraphs (`call`): `closing_fact_min_words`,
    under that call `closing_line_fact_min_words` ("Tie aurataan talvella.", "Prelaz će biti
    besplatan.") unless the line talks about the app, the call's small print: it names a platform
    (`closing_app_platforms`: "Available on iOS and Android.") or repeats a word of the call
    (`closing_call_stem_chars` letters: "Die App ist kostenlos erhältlich." under "Laden Sie
    unsere App herunter"), or it is the notice of the furniture under it (`_furniture_notice`)."""
    if not alone:
        return s.closing_fact_min_words
    pars = doc.paragraphs
    text, call_text = (doc.text[pars[i].start : pars[i].end] for i in (index, call))
    words = set(text.replace(".", " ").split())
    small_print = any(name in words or " " in name and name in text for name in s.closing_app_platforms) or bool(
        text_stems(text, s.closing_call_stem_chars) & text_stems(call_text, s.closing_call_stem_chars)
    )
    notice = _furniture_notice(doc, index, text, s)
    return s.closing_fact_min_words if small_print or notice else s.closing_line_fact_min_words


def _furniture_notice(doc: Document, index: int, text: str, s: ScorerSettings) -> bool:
    """Whether the short line `index` shares a word's stem (`closing_notice_stem_chars` letters)
    with the rule removals right under it, up to the next kept line (`closing_notice_lines` at most): a site's notice about its own
    furniture ("Kommentarer är stängda." over "Visa kommentarer (12)") names what follows it, an
    article's closing fact ("Banan plogas på vintern.") names none of it."""
    pars = doc.paragraphs
    below: list[str] = []
    for par in pars[index + 1 : index + 1 + s.closing_notice_lines]:
        if par.kept:
            break
        below.append(doc.text[par.start : par.end])
    return bool(text_stems(text, s.closing_notice_stem_chars) & text_stems(" ".join(below), s.closing_notice_stem_chars))


def follow_call(doc: Document, par: Paragraph, kinds: set[str], s: ScorerSettings) -> bool:
    """A share line (`closing_fact_categories`) that is a call to follow the site: it names one of
    `closing_call_networks` among other words ("I-follow kami sa Facebook", "Siga o nosso canal no
    WhatsApp"), not network names alone (a share row) nor a button naming none ("Signaler une
    erreur"). The common share rule takes such calls in every language, before a language's own
    app-promo rule could; set alone between an article's last paragraphs, it is an app's call, and
    a closing fact under it needs `closing_line_fact_min_words` words ("Libre ang pagtawid hanggang
    Marso.", five words, was cut under the share line's seven)."""
    if not kinds <= set(s.closing_fact_categories):
        return False
    words = doc.text[par.start : par.end].split()
    named = [w for w in words if _network_word(w.strip(".,:!?'’\"“”„«»").rstrip("'’"), s)]
    return len(named) == 1 and len(words) - len(named) >= s.closing_call_min_words


def _network_word(word: str, s: ScorerSettings) -> bool:
    """A network's name, or its name inflected (a case ending glued on: "Instagramissa",
    "Instagramu", "Facebooken"); a name of one or two letters ("X") only as itself."""
    return word in s.closing_call_networks or any(len(name) > 2 and word.startswith(name) for name in s.closing_call_networks)
