"""The body reaches down to the article's last sentences under a box a block marker resumed.

The scorer finds the body before the block markers run (engine.apply). When a "Meistgelesen" /
"Most Read" box of a few links stands over the article's last sentence ("Im Sommer 2027 bleibt
das Freibad Süd noch wie gewohnt geöffnet."), the scorer sees the box's heading, removed as
navigation, and its links as chrome: its body ends above the box. The block marker then finds the
article going on under the box (markers.article_resumes) and removes the box alone, but the
sentence lay outside the body and went all the same.

So the body is carried down to such a run when it is told apart from a footer by the same things
the marker asked: the run lies right under the resumed box (every line between the body's end
and the run removed, the last of them by a block rule: a block rule's removal with a kept line
under it is the marker's resume, since a marker that ends the page takes every line under it),
each of its paragraphs ends like a sentence, and the article's own end furniture
(`block_reach_end_categories`: its share row, its tags) comes right under it. A site's footer
under a link list has no share row right under it (the Beachbody page: a share row and a sign-up
box lie between its links and its footer), and the marker did not resume over it. A comments
removal right under the run is not enough: a headingless comment thread under the box closes each
reader's comment with its "Antworten" / "Melden" controls (data/scorer.toml).
"""

from __future__ import annotations

from ..types import Document
from ..words import SENTENCE_END
from .blocks import Block
from .loader import removal_category
from .settings import EngineSettings


def reach_resumed(doc: Document, body: Block, s: EngineSettings, categories: dict[str, str], block_ids: frozenset[str]) -> Block:
    """`body` with its last paragraph carried down to the end of the article's run under a
    resumed box right below it (module docstring); `body` itself otherwise. `categories` maps a
    rule id to its category, `block_ids` are the block rules' ids."""
    pars = doc.paragraphs
    start = body.last + 1
    while start < len(pars) and not pars[start].kept:
        start += 1
    if start == body.last + 1 or start >= len(pars):
        return body  # nothing removed right under the body, or nothing kept under it
    end = start
    while end < len(pars) and pars[end].kept and SENTENCE_END.search(doc.text, pars[end].start, pars[end].end) is not None:
        end += 1
    if end == start or end >= len(pars) or pars[end].kept or removal_category(pars[end], categories) not in s.block_reach_end_categories:
        return body
    box = pars[start - 1].removal
    if box is None or removal_category(pars[start - 1], categories) not in s.block_resume_categories:
        return body
    if box.rule not in block_ids:
        return body  # a link a line rule removed: the marker did not resume here
    return body.moved(last=end - 1)
