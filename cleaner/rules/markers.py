"""Where a block marker ("Más noticias de fichajes", "Related articles") is a box inside the
article rather than the head of the page's closing furniture.

A block rule removes its marker and everything under it (block_markers.py). Sites also set a
"more news" box between two parts of an article: the heading, one or two links, then the
article's next paragraphs. There the rule took the article's last part with the box. The shape
told apart: one to `block_resume_links` short lines under the marker (its links), then
`block_resume_paragraphs` prose paragraphs in a row. A teaser box alternates headlines and
summaries, so no two prose paragraphs follow each other in it, or sets each teaser's headline and
summary on one line right under its heading ("Most Read" / "Tuesday's hearings were a disaster
for Republicans Even their own witnesses said damaging stuff." / ...: no link line there); a
comment thread's paragraphs follow each other too, which is why only markers of
`block_resume_categories` are asked (data/scorer.toml, [engine]).

A "Most Read" box of up to `block_resume_story_links` links may stand over the article's last
paragraph alone (`_story_resumes`), a sentence of `block_resume_story_words` words or more ("Le
pont rouvrira chaque matin à 6 heures."): the paragraph right under the links goes on with the story
(it shares a word's first `block_resume_stem_chars` letters with the prose above the marker) and
the article's own end furniture (`block_resume_end_categories`: a share row, the comments) comes
right under it. A site's footer under a link list ("Kildare Nationalist is part of the Iconic
Media Group...") names the site's town as the story did, but nothing of the article's end
follows it, and a footer under a share row and a sign-up box is not right under the links.
"""

from __future__ import annotations

from typing import Callable

from ..types import Document, Paragraph
from ..words import WORD
from .settings import EngineSettings
from .shapes import text_stems


def article_resumes(
    doc: Document, index: int, s: EngineSettings, prose_words: Callable[[Paragraph], int], sentence: Callable[[Paragraph], bool],
    category: Callable[[Paragraph], str],
) -> int | None:
    """Where the article goes on under the marker at paragraph `index` (module docstring): the
    first of its prose paragraphs, the box (the marker and its links) lying above it; None when
    it does not. `prose_words` gives a kept paragraph's words when it is prose-long (0
    otherwise), `sentence` whether it ends like a sentence, `category` a removal's rule category."""
    found = _box_resumes(doc, index, s, prose_words, sentence)
    return found if found is not None else _story_resumes(doc, index, s, lambda par: sentence(par) and _words(doc, par) >= s.block_resume_story_words, category)


def _box_resumes(
    doc: Document, index: int, s: EngineSettings, prose_words: Callable[[Paragraph], int], sentence: Callable[[Paragraph], bool]
) -> int | None:
    """One to `block_resume_links` links, then `block_resume_paragraphs` prose paragraphs in a row."""
    links, run, start = 0, 0, None
    for at in range(index + 1, len(doc.paragraphs)):
        par = doc.paragraphs[at]
        if not par.kept:
            if run:
                break
            continue
        if prose_words(par) and sentence(par):
            if links == 0:
                return None  # no link under the marker: a box of teasers with their summaries ("Most Read")
            start = at if run == 0 else start
            run += 1
            if run >= s.block_resume_paragraphs:
                return start
            continue
        if run:
            return None
        links += 1
        if links > s.block_resume_links:
            return None
    return None


def _words(doc: Document, par: Paragraph) -> int:
    return len(WORD.findall(doc.kept_text(par))) if par.kept else 0


def _story_resumes(doc: Document, index: int, s: EngineSettings, prose: Callable[[Paragraph], bool], category: Callable[[Paragraph], str]) -> int | None:
    """The article's last paragraphs right under one to `block_resume_story_links` links under
    the marker at `index` (kept, or taken by a line rule of `block_resume_categories`), sharing a
    stem with the prose above the marker, with the article's end furniture
    (`block_resume_end_categories`) right under them (module docstring)."""
    pars = doc.paragraphs
    at = index + 1
    while at < len(pars) and (not prose(pars[at]) if pars[at].kept else category(pars[at]) in s.block_resume_categories):
        at += 1  # a link, kept or taken with its heading by a line rule ("Artigos relacionados" / two links)
    if not 0 < at - index - 1 <= s.block_resume_story_links or at >= len(pars) or not pars[at].kept:
        return None
    end = at
    while end < len(pars) and pars[end].kept and prose(pars[end]):
        end += 1
    if end >= len(pars) or category(pars[end]) not in s.block_resume_end_categories:
        return None
    above = {stem for par in pars[:index] if par.kept and prose(par) for stem in text_stems(doc.kept_text(par), s.block_resume_stem_chars)}
    story = {stem for par in pars[at:end] for stem in text_stems(doc.kept_text(par), s.block_resume_stem_chars)}
    return at if above & story else None
