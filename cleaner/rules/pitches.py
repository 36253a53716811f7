"""An ad's copy under its label: "Anzeige" / "Jetzt Stromanbieter wechseln und bis zu 400 Euro
sparen." / "Tarife vergleichen bei ...", "Advertisement" / "Switch and save up to £300 on your
energy bill today.".

The label goes by its rule; the copy under it is a sentence or two, shaped like the article's
next one (a full stop, a dozen words), and stayed. Its words tell it: an imperative that sells
("Jetzt ... sichern!", "Compare deals ..."). Alone those words are no evidence (an article may
quote a campaign's slogan), so the rules that know them (`guard = "under-ad"`, line rules of each
language's file) remove a line only right under a removal of `ad_categories` (the label), or under
a line they just removed (the ad's second line).

A newsletter box's title names the newsletter and nothing else ("Sign up to Well Actually" over
"Free weekly newsletter"): the same words over the article's paragraph are its subheading ("Sign
up to Universal Credit" over how to claim it). The rules that know the shape (`guard =
"over-box"`) remove such a line only right above a line removed as a newsletter's.
"""

from __future__ import annotations

from ..types import Document, Removal
from .matchers import ScopeMatcher

ad_categories = frozenset({"advertising"})
box_title_categories = frozenset({"newsletter"})


def mark_pitches(doc: Document, pitches: ScopeMatcher, categories: dict[str, str], line_max_chars: int) -> None:
    """Remove each kept line right under an ad label, or under a line removed so, that one of
    `pitches` (the "under-ad" rules) matches whole; `categories`: rule id -> category."""
    under = False  # whether the paragraph above is an ad label or an ad's line
    for par in doc.paragraphs:
        if par.removal is not None:
            under = par.removal.reason == "boilerplate" and categories.get(par.removal.rule, "") in ad_categories
            continue
        if not par.kept:
            under = False
            continue
        rule = pitches.first(doc.text[par.start : par.end].strip()) if under and par.end - par.start <= line_max_chars else None
        rule = rule if rule is not None and rule.guard == "under-ad" else None
        if rule is not None:
            par.removal = Removal("boilerplate", rule.id)
        under = rule is not None


def mark_box_titles(doc: Document, titles: ScopeMatcher, categories: dict[str, str], line_max_chars: int) -> None:
    """Remove each kept line right above a removal of `box_title_categories` that one of
    `titles` (the "over-box" rules among them) matches whole."""
    pars = doc.paragraphs
    for par, below in zip(pars, pars[1:]):
        if par.removal is not None or not par.kept or par.end - par.start > line_max_chars:
            continue
        if below.removal is None or below.removal.reason != "boilerplate" or categories.get(below.removal.rule, "") not in box_title_categories:
            continue
        rule = titles.first(doc.text[par.start : par.end].strip())
        if rule is not None and rule.guard == "over-box":
            par.removal = Removal("boilerplate", rule.id)
