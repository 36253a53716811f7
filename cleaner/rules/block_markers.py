"""Block markers on a page: a block rule's line ("Related articles", "Comments") removes itself and
every line under it, the article's end, once enough of the article's prose lies above it.

The guards keep a marker from wiping the article: it counts only under the start of the scorer's
body, after `block_min_prose_words` words of prose (a brief's all), with more prose above it than
under it unless its rule says otherwise; a marker over a box between two parts of the article
removes the box alone (markers.article_resumes). Split from engine.py, which runs the steps.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from ..memo import Memo
from ..types import Document, Paragraph, Removal
from ..words import SENTENCE_END as _SENTENCE_END
from ..words import WORD as _WORD
from .blocks import Block
from .loader import Rule, removal_category
from .markers import article_resumes
from .matchers import ScopeMatcher
from .settings import Settings


class BlockMarkers:
    """The block rules' matcher, with its verdicts memoised by line; `cut` marks one document."""

    def __init__(self, matcher: ScopeMatcher, settings: Settings, categories: dict[str, str]):
        """`matcher` holds the block rules, `categories` maps rule ids to their category (a
        marker over a "more news" box asks the category of the removals under the box)."""
        self.matcher = matcher
        self.ids = frozenset(rule.id for rule in matcher.rules)  # a removal by a block rule: resumed.reach_resumed asks
        self.settings = settings
        self.categories = categories
        self.verdicts: Memo[Rule | None] = Memo()

    def __bool__(self) -> bool:
        return bool(self.matcher)

    def cut(self, doc: Document, earliest: int, body: Block | None = None) -> int | None:
        """Remove from the first guarded block marker to the end; return the marker's index.

        A marker counts only from paragraph `earliest` on (under the start of the scorer's body),
        after `block_min_prose_words` words of prose (or, in a news brief's shorter `body`, of at
        least `brief_min_words`, after all of its prose: "Les plus lus" under two sentences), and,
        unless its rule says ``guard = "prose-before"``, when more prose lies before it than after
        it: the same heading over a "Most popular" box above the article must not wipe the article.
        A ``"not-before-prose"`` marker ("View all 48 comments") needs prose before it and no prose
        paragraph as the next kept line: between two paragraphs of an article it is a link alone.
        """
        if not self.matcher:
            return None
        s = self.settings.engine
        markers = list(self._markers(doc, earliest))
        if not markers:
            return None  # most pages: no need to count their prose
        prose = [self._prose_words(doc, par) for par in doc.paragraphs]
        total = sum(prose)
        brief = self._brief_prose(prose, body)
        ends = lambda par: _SENTENCE_END.search(doc.text, par.start, par.end) is not None  # noqa: E731
        for index, rule in markers:
            before = sum(prose[:index])
            after = total - before - prose[index]
            if rule.guard == "not-before-prose" and self._prose_follows(doc, index):
                continue
            resumed = article_resumes(doc, index, s, partial(self._prose_words, doc), ends, partial(removal_category, categories=self.categories)) if rule.category in s.block_resume_categories else None
            if resumed is not None:  # a "more news" box between two parts of the article (markers.py): the box alone goes
                for boxed in doc.paragraphs[index:resumed]:
                    if boxed.removal is None:
                        boxed.removal = Removal("boilerplate", rule.id)
                continue
            enough = before >= s.block_min_prose_words or (brief > 0 and sum(prose[body.first : index]) >= brief)  # type: ignore[union-attr]
            if enough and (rule.guard != "majority" or before > after):
                for later in doc.paragraphs[index:]:
                    if later.removal is None:
                        later.removal = Removal("boilerplate", rule.id)
                return index
        return None

    def mark_headings(self, doc: Document) -> None:
        """Give each kept line a block rule matches the signal `block_heading`, before the scorer
        runs: the tail walk then knows where the page's closing furniture starts
        (closing.closing_line), which `cut` removes only once the body is found (a short closing
        fact over "Najczęściej czytane" and its teaser headlines waited for a removal under it)."""
        if not self.matcher:
            return
        for index, _ in self._markers(doc, 0, unremoved=True):
            doc.paragraphs[index].signals["block_heading"] = 1.0

    def _markers(self, doc: Document, earliest: int, unremoved: bool = False) -> Iterator[tuple[int, Rule]]:
        """Each line from paragraph `earliest` on that a block rule matches, with the rule (lines
        longer than `line_max_chars` are no heading; with `unremoved`, removed lines are not asked)."""
        limit = self.settings.engine.line_max_chars
        for index, par in enumerate(doc.paragraphs[earliest:], start=earliest):
            if (unremoved and par.removal is not None) or par.end - par.start > limit:
                continue
            if (rule := self._rule(doc.text[par.start : par.end].strip())) is not None:
                yield index, rule

    def _brief_prose(self, prose: list[int], body: Block | None) -> int:
        """The prose words of a short body (0 unless it holds from `brief_min_words` to
        `block_min_prose_words` of them): a marker under all of them ends a brief."""
        if body is None:
            return 0
        words = sum(prose[body.first : body.last + 1])
        short = self.settings.scorer.brief_min_words <= words < self.settings.engine.block_min_prose_words
        return words if short else 0

    def _prose_follows(self, doc: Document, index: int) -> bool:
        """The first kept paragraph after `index` is a prose paragraph ending like a sentence."""
        for par in doc.paragraphs[index + 1 :]:
            if par.kept:
                text = doc.text[par.start : par.end]
                return self._prose_words(doc, par) > 0 and _SENTENCE_END.search(text) is not None
        return False

    def _rule(self, text: str) -> Rule | None:
        verdict = self.verdicts.get(text)
        if verdict is Memo.MISSING:
            verdict = self.verdicts.put(text, self.matcher.first(text), len(text))
        return verdict  # type: ignore[return-value]

    def _prose_words(self, doc: Document, par: Paragraph) -> int:
        if not par.kept:
            return 0
        words = len(_WORD.findall(doc.text, par.start, par.end))
        return words if words >= self.settings.engine.prose_paragraph_words else 0
