"""Lines inside the body that the scorer removes by their shape alone, whatever the page's
language: a "read also" link (links.inline_links), a newsletter, app or comment box
(forms.form_boxes), listing cards (price_cards.py), a reader poll (polls.py), and, on a page whose language has no stopword list, a related-links box
(links.related_boxes). Each finder reads the body before the lines outside it are removed."""

from __future__ import annotations

from typing import Callable

from ..types import Document
from .forms import form_boxes
from .links import inline_links, related_boxes
from .polls import polls
from .price_cards import price_cards
from .settings import ScorerSettings

RULE_LINK = "score.inline-link"
RULE_FORM = "score.form-box"
RULE_RELATED = "score.related-box"
RULE_CARDS = "score.price-cards"
RULE_POLL = "score.poll"
SHAPED_RULES = {
    RULE_LINK: "a 'read also' link inside the body, known by its shape (links.py)",
    RULE_FORM: "a newsletter, app or comment box inside the body or at its end, known by its shape (forms.py)",
    RULE_RELATED: "a related-links box inside the body of a page in a language without a stopword list (links.py)",
    RULE_CARDS: "a portal's or shop's listing cards inside the body: titles over a bare price (price_cards.py)",
    RULE_POLL: "a reader poll inside the body: a question over options and shares adding up to 100 (polls.py)",
}
_FINDERS: tuple[tuple[str, Callable[[Document, int, int, ScorerSettings], list[int]]], ...] = (
    (RULE_LINK, inline_links),
    (RULE_FORM, form_boxes),
    (RULE_RELATED, related_boxes),
    (RULE_CARDS, price_cards),
    (RULE_POLL, polls),
)


def shaped_lines(doc: Document, first: int, last: int, unlisted: bool, s: ScorerSettings, enabled: set[str]) -> list[tuple[str, list[int]]]:
    """(rule id, paragraph indexes) of each enabled finder over the body `first` to `last`;
    `unlisted`: the page's language has no stopword list (the related-box finder runs only then)."""
    return [
        (rule, find(doc, first, last, s))
        for rule, find in _FINDERS
        if rule in enabled and (unlisted or rule != RULE_RELATED)
    ]
