"""An opinion piece's closing line about its author, found with the byline the HTML reader removed.

Columns and guest pieces end on a sentence about the writer ("Jana Wolff leitet seit 2011 die
Tafel...", "Rosa Albentosa es ingeniera agrónoma...", often in italics). The rule engine drops
such a line when it opens with the name a byline above the body holds (rules/bio.py), but on an
HTML page the byline sits in a "byline"/"author" box that the reader removes before the rules
see the text, so that tell is gone by then. Here the reader looks for it itself: the last kept
line goes when it is no longer than `bio_max_words` words, opens with two capitalised words
that name the page's author (its `author` meta, a JSON-LD author, or a line of at most
`byline_max_words` words above the article's first line: the byline box), and the article does
not name that person anywhere else (then it is the story's subject, not its writer).
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from ..words import LETTERS
from .settings import HtmlSettings
from .structured import json_ld, json_objects
from .flags import SIGN_OFF
from .walk import Line, Page

_NAME_WORDS = 2  # a given name and a family name open the bio
_MAX_DEPTH = 6
_AUTHOR_KEY = frozenset({"author"})  # a person's own objects are not searched for more authors


def page_authors(tree: LexborHTMLParser) -> list[str]:
    """The author names the page states: its `author` meta and its JSON-LD objects' authors."""
    names = []
    node = tree.css_first('meta[name="author"]')
    if node is not None and node.attributes.get("content"):
        names.append(node.attributes["content"] or "")
    for data in json_ld(tree, '"author"'):
        for item in json_objects(data, _MAX_DEPTH, _AUTHOR_KEY):
            value = item.get("author")
            for person in value if isinstance(value, list) else [value]:
                name = person.get("name") if isinstance(person, dict) else person
                if isinstance(name, str):
                    names.append(name)
    return names


def without_closing_bio(kept: list[tuple[Line, dict[str, float]]], page: Page, tree: LexborHTMLParser,
                        settings: HtmlSettings) -> list[tuple[Line, dict[str, float]]]:
    """`kept` without its last line when that line is the author's bio (see the module's doc)."""
    if len(kept) < 2:
        return kept
    last = kept[-1][0]
    words = LETTERS.findall(last.text)
    if len(words) > settings.bio_max_words or len(words) < _NAME_WORDS + 2:
        return kept
    opening = words[:_NAME_WORDS]
    if not all(word[0].isupper() for word in opening) or not last.text.lstrip("*_ ").startswith(opening[0]):
        return kept
    name = [word.casefold() for word in opening]
    if not _names_author(name, kept[0][0], page, tree, settings):
        return kept
    spelled = " ".join(opening)
    if any(spelled in line.text for line, _ in kept[:-1]):
        return kept  # the article's subject, named in its text
    return kept[:-1]


def without_closing_signoff(kept: list[tuple[Line, dict[str, float]]], page: Page,
                            settings: HtmlSettings) -> list[tuple[Line, dict[str, float]]]:
    """`kept` without its last line when that line signs the article: set flush right by its
    style (walk.SIGN_OFF, on its block or the one holding it), at most `signoff_max_words`
    words, each capitalised, and no digit or stop. Vietnamese portals close an article on the
    writer's name so (`<p style="text-align:right;"><strong>Minh Anh</strong></p>`), no author
    meta names them, and two capitalised words read to the rules as a closing line."""
    if len(kept) < 3:
        return kept
    last = kept[-1][0]
    words = last.text.split()
    if not 0 < len(words) <= settings.signoff_max_words or not all(word[:1].isupper() and word.isalpha() for word in words):
        return kept
    owner, parent = last.owner, page.parents[last.owner]
    if page.flags[owner] & SIGN_OFF or parent >= 0 and page.flags[parent] & SIGN_OFF:
        return kept[:-1]
    return kept


def _names_author(name: list[str], first: Line, page: Page, tree: LexborHTMLParser, settings: HtmlSettings) -> bool:
    """Whether `name`'s words stand in a row in a stated author or in a short line (no heading)
    above `first`."""
    given = name[0]
    candidates = page_authors(tree)
    for line in page.lines:
        if line is first:
            break
        if given in line.text.casefold() and len(line.text.split()) <= settings.byline_max_words and line.tag not in settings.heading_tags:
            candidates.append(line.text)
    for text in candidates:
        folded = [word.casefold() for word in LETTERS.findall(text)]
        if any(folded[i : i + len(name)] == name for i in range(len(folded) - len(name) + 1)):
            return True
    return False
