"""Page-structure scorer: finds the article body when no phrase rule knows the site's words.

Each paragraph gets language-light signals (length, punctuation, stopword density, capitalised and
digit tokens) combined by a logistic model into a prose score (prose.py). The article body is then the
contiguous run of paragraphs with the largest total of ``(prose - threshold) * words^exponent``
(a maximum-sum interval, as in Kadane's algorithm): menus before it and related links, comments
and footers after it fall outside and are removed, except the heading above it: the headline and
a standfirst, found over a few small lines (caption, byline, dateline, time stamp) by
title.find_heading. Position helps: prose above the page's repeated headline (title.py) counts
little, rule removals of page chrome (share rows, tags, comment forms) weigh against a block
spanning them, and a sentence-long lead right above the block joins it (a title-shaped line never
does). Inside the body, runs of short non-prose lines (inline menus, link lists) are removed, a
long run of capitalised labels after enough text ends the body, and a single short line between
prose paragraphs is a subheading and stays. An article's own list or table (data lines, lower-case
phrases, names or lower-case items under a sentence: lists.py) is neither a menu run inside the
body nor furniture right after it; nor are its fact box, its notes (review.py) and its footnotes
(footnotes.py). A news brief shorter than min_body_words is a body when the page's chrome frames
it. Chinese and Japanese get character-based word counts, and so do Thai, Lao, Khmer and Myanmar,
with their glued function words and caseless names (prose.py). Languages whose words are long
(case endings, glued articles: `word_weight` in their rule files; on a page counted without a
stopword list, the weight its own sentences' word length shows) have a line's words weighted
wherever its length is compared with a threshold of English words (prose.counted_words), never in
the prose score nor in a block's value. The block found, its edges move over the article's own
lines and stop at the page's (body_edges.py). Weights and thresholds: data/scorer.toml.
"""

from __future__ import annotations

from dataclasses import replace

from ..memo import Memo
from ..tablerow import bare_table_runs, headers_over_rows, table_runs
from ..types import Document, Paragraph, Removal
from .bio import about_box_end
from .contacts import contact_tail
from .blocks import Block, best_block
from .body_edges import body_edges
from .briefs import brief_sentences, framed_brief
from .closers import box_heading_cut, closed_block, closing_removals
from .recipe import ingredient_runs
from .page_prose import page_lifts, stopword_share
from .prose import counted_words, long_clause, page_word_weight, paragraph_signals, prose_score, removed_words, sentence_capitals, weigh_words
from .settings import CjkSettings, ScorerSettings, UnspacedSettings
from .inline import inline_chrome, neutral_steps
from .live import day_dividers, empty_stamps, neutral_live_entries, neutral_time_stamps
from .framed import story_runs
from .dialogue import dialogue_runs, neutral_dialogue, over_dialogue
from .gallery import RULE_GALLERY_CREDIT, neutral_slides, slide_lines
from .grouped import group_lines
from .introduced import introduced_rows
from .loader import BYLINE_CATEGORIES, LanguageData, id_matches, removal_category
from .anchor import title_anchor
from .listings import find_listings, listing_runs
from .menus import RULE_MENU, cut_at_long_menu, menu_runs, remove_menu_runs
from .review import ReviewLabels, label_removals, restore_labels, review_boxes
from .shaped import SHAPED_RULES, shaped_lines
from .shop import shop_names
from .repeats import repeated_shapes
from .stopless import close_stopless
from .short_sentences import short_sentence_share
from .lead import lead_start, past_headline
from .reader_heading import reader_heading_furniture
from .title import find_heading


RULE_OUTSIDE = "score.outside-body"
SCORER_RULES = {
    RULE_OUTSIDE: "paragraph outside the largest coherent block of prose (menus, related links, footers)",
    RULE_MENU: "run of short non-prose lines inside the body (inline menu, link list)",
    RULE_GALLERY_CREDIT: "a photo gallery's credit repeated under its slides (gallery.py)",
    **SHAPED_RULES,
}


class Scorer:
    """Marks paragraphs outside the body and menu runs inside it; never touches rule removals."""

    def __init__(
        self,
        settings: ScorerSettings,
        disabled: tuple[str, ...] = (),
        categories: dict[str, str] | None = None,
        cjk: CjkSettings | None = None,
        unspaced: UnspacedSettings | None = None,
        review: ReviewLabels | None = None,
        languages: dict[str, LanguageData] | None = None,
    ):
        """`categories` maps rule ids to their category (how much a rule removal separates blocks);
        `review`: the headings of a review's pros and cons lists, every language's; `languages`:
        the rule files' word lists, for their `word_weight` (prose.counted_words, those not 1)
        and `short_sentence_stopwords` (short_sentences.py, those set)."""
        self.settings = settings
        self.review = review or ReviewLabels()
        self.categories = categories or {}
        self.cjk = cjk
        self.unspaced = unspaced
        self.enabled_rules = {r for r in SCORER_RULES if not any(id_matches(r, p) for p in disabled)}
        self._signals: Memo[dict[str, float]] = Memo()  # (kept text, stopwords) -> its signals
        self._weights = tuple(sorted(settings.weights.items()))
        self._weighted = tuple(name for name, _ in self._weights)
        self._scores: Memo[tuple[float, float]] = Memo()  # `_score`'s key -> (score, rounded)
        self.word_weights = {code: data.word_weight for code, data in (languages or {}).items() if data.word_weight != 1.0}
        self.short_shares = {code: data.short_sentence_stopwords for code, data in (languages or {}).items() if data.short_sentence_stopwords}

    def find_body(self, doc: Document, stopwords: frozenset[str]) -> Block | None:
        """Score every paragraph (kept in `Paragraph.signals`) and return the body, if clear enough."""
        pars = doc.paragraphs
        if not pars:
            return None
        kept, listed = self._measured(doc, stopwords)
        values = self._values(doc, kept, listed)
        s = self.settings
        steps = neutral_steps(doc, values)
        dialogue = dialogue_runs(doc, s)  # an interview's "– Question?" / "– Answer." turns
        neutral_dialogue(values, dialogue)
        neutral_slides(doc, values, s, self.categories)  # a gallery's captions between its "1 / 12" counters
        anchor = title_anchor(doc, s.title_anchor_min_chars, s.title_anchor_overlap)
        for index in range(anchor or 0):
            if values[index] > 0.0:
                values[index] *= s.before_title_factor
        chrome = self._chrome(doc)  # the marks come later (`mark`): removals do not change here
        boxes = review_boxes(doc, self.review, chrome, s)
        for first, last in boxes:  # a verdict box inside the article does not split it
            for index in range(first, last + 1):
                values[index] = max(values[index], 0.0)
        leads: dict[int, int] = {}  # the paragraph under a list or groups of rows -> the lead over them
        listings = find_listings(doc, s)
        brief_kept = self._neutral_runs(doc, values, kept, chrome, leads, listings)
        block, brief = self._chosen_block(doc, values, kept, brief_kept, leads, steps, dialogue, anchor)
        if block is None or not self._clear_body(doc, brief_kept, block, chrome, brief):
            return None
        block = replace(block, anchor=anchor, unlisted=not listed)
        block = block.moved(first=lead_start(doc, block.first, -1 if anchor is None else anchor, s))
        block = block.moved(first=past_headline(doc, block.first, block.last, s, lambda i: self.category(pars[i]) in BYLINE_CATEGORIES))
        return body_edges(self, doc, block, values, kept, chrome, boxes, listings)

    def _measured(self, doc: Document, stopwords: frozenset[str]) -> tuple[list[bool], bool]:
        """(which paragraphs are kept, whether the language's stopword list counts) once every
        paragraph's signals are measured, against the list or, when the page's words miss it,
        without one (Indonesian guessed as Italian holds 0.03: no body would be found)."""
        pars = doc.paragraphs
        for par, repeated in zip(pars, repeated_shapes(doc, self.settings, lambda par: long_clause(doc.text, par, self.unspaced, self.settings.shape_max_tokens))):
            par.signals["repeated_shape"] = repeated
        kept = self._measure_all(doc, stopwords)
        close_stopless(pars, kept, self.settings)  # a bulletin's items, written without full stops
        listed = bool(stopwords)
        if listed and (share := stopword_share(pars, self.settings, kept)) is not None and share < self.settings.stopword_floor:
            kept = [self._measure(doc, par, frozenset()) for par in pars]
            listed = False
        if not listed and self.word_weights.get(doc.lang or "", 1.0) == 1.0:
            self._weigh_page(doc, kept)
        return kept, listed

    def _values(self, doc: Document, kept: list[bool], listed: bool) -> list[float]:
        """Every paragraph's value to the body: its prose score lifted or discounted by the page's
        prose (German's runs of nouns: the discount's), its chrome, a live blog's entries neutral."""
        pars = doc.paragraphs
        lift, discount = page_lifts(pars, self.settings, kept, doc.lang, listed)
        prose = [self._score(par, lift, discount, doc.lang not in self.settings.capitalised_nouns) for par in pars]
        values = [self._value(doc, par, p, k) for par, p, k in zip(pars, prose, kept)]
        inline_chrome(doc, values, self.categories, self.settings)
        neutral_live_entries(doc, values, neutral_time_stamps(doc, values, self.settings), self.categories, self.settings)
        return values

    def _neutral_runs(
        self, doc: Document, values: list[float], kept: list[bool], chrome: set[int], leads: dict[int, int], listings: list
    ) -> list[bool]:
        """Make the runs inside an article that are no prose weigh nothing instead of splitting it:
        a fact box, a line-up, a table, a recipe's ingredients, an event listing, an HTML listing
        card's lines (html/cards.listing_lines). Return which paragraphs count for a brief: a
        story run in a box weighs nothing, and no brief's words (a headingless box in one)."""
        s = self.settings
        framed = story_runs(doc, chrome, s)
        brief_kept = [k and i not in framed for i, k in enumerate(kept)] if framed else kept
        for index in introduced_rows(doc, s, leads) + framed + group_lines(doc, s, leads, self.categories) + table_runs(doc) + bare_table_runs(doc, s.table_header_min_rows) + ingredient_runs(doc, s) + listing_runs(listings):
            values[index] = max(values[index], 0.0)
        for index, par in enumerate(doc.paragraphs):
            if par.signals.get("listing_entry", 0.0) == 1.0:
                values[index] = max(values[index], 0.0)
        return brief_kept

    def _chosen_block(
        self, doc: Document, values: list[float], kept: list[bool], brief_kept: list[bool], leads: dict[int, int],
        steps: list[int], dialogue: list[tuple[int, int]], anchor: int | None,
    ) -> tuple[Block | None, bool]:
        """(the best block of values, whether it is a brief): from the lead over rows under it,
        over the last tip's heading and an interview's turns, closed where the article closes;
        a brief's sentences around its best one, judged as a brief whatever their length."""
        s, pars = self.settings, doc.paragraphs
        block = best_block(values)
        block = replace(block, first=leads.get(block.first, block.first)) if block is not None else None  # under rows: from their lead
        if block is not None and block.last + 1 in steps:  # the last tip's heading, weighing nothing
            block = replace(block, last=block.last + 1)
        block = over_dialogue(block, dialogue) if block is not None else None
        if block is None:
            return None, False
        block = closed_block(pars, kept, block.moved(last=box_heading_cut(doc, block.first, block.last, s)), closing_removals(doc, self.categories, s))
        brief = self._body_words(pars, brief_kept, block) < s.min_body_words
        if brief:
            block = brief_sentences(doc, brief_kept, block, anchor if anchor is not None else -1, s, self.categories)
        return block, brief

    def _weigh_page(self, doc: Document, kept: list[bool]) -> None:
        """Give every line of a page counted without a stopword list, in a language with no
        `word_weight` and a script without case, the weight its sentences' word length shows
        (prose.page_word_weight). Only caseless: there every line gets the neutral stopword share
        (page_prose.page_lifts), whichever sentences are counted; a Basque page's lift, measured on
        the sentences long enough, moved with their weighted lengths and its first paragraph was cut."""
        s = self.settings
        found = [p for p, k in zip(doc.paragraphs, kept) if k and p.signals["ends_sentence"] and p.signals["words"] >= s.page_weight_min_words]
        words = sum(p.signals["words"] for p in found)
        if len(found) < s.stopword_min_lines or sum(p.signals["caseless"] * p.signals["words"] for p in found) < s.caseless_min_share * words:
            return
        weight = page_word_weight([doc.text[p.start : p.end] for p in found], s.page_weight_chars, s.page_weight_max)
        if weight >= s.page_weight_min:  # under it, a few sentences' length tells nothing
            for par in doc.paragraphs:
                weigh_words(par.signals, weight)

    def _measure_all(self, doc: Document, stopwords: frozenset[str]) -> list[bool]:
        """`_measure` of every paragraph, a review's pros and cons headings that a navigation
        rule removed ("Plus", review.label_removals) put back when they head a verdict box, and
        a table's header line such a rule removed put back (tablerow.headers_over_rows), a live blog's day dividers too."""
        labels = label_removals(doc, self.review, self.categories)
        for index in headers_over_rows(doc, lambda par: self.category(par) == "navigation", self.settings.table_header_min_rows) + day_dividers(doc, self.settings, self.categories):
            doc.paragraphs[index].removal = None  # a table's header, not a site's section; a live blog's day
        kept = [self._measure(doc, par, stopwords) for par in doc.paragraphs]
        if labels:
            boxes = review_boxes(doc, self.review, self._chrome(doc), self.settings)
            for index in restore_labels(doc, labels, boxes):
                kept[index] = self._measure(doc, doc.paragraphs[index], stopwords)
        return kept

    def _chrome(self, doc: Document) -> set[int]:
        """Indexes of rule removals whose category separates blocks (share rows, tags, menus).
        Asked three times a pass of every paragraph: kept ones, most of them, are passed over
        before the two calls that find a removal's value."""
        return {i for i, par in enumerate(doc.paragraphs) if par.removal is not None and self.removal_value(par) > 0.0}

    def category(self, par: Paragraph) -> str:
        return removal_category(par, self.categories)

    def removal_value(self, par: Paragraph) -> float:
        """How much a paragraph a rule removed weighs against a block (its category's
        `removed_value`); 0 when it is kept or removed otherwise (a duplicate breaks nothing)."""
        category = self.category(par)
        return self.settings.removed_value.get(category, 0.0) if category else 0.0

    def mark(self, doc: Document, block: Block) -> Document:
        """Remove what lies outside `block` (but its title) and the menu runs inside it; `block` is
        what `find_body` found in this document, which gave every paragraph its signals."""
        prose = [par.signals.get("prose", 0.0) for par in doc.paragraphs]
        runs = menu_runs(doc, prose, block, self._chrome(doc), self.settings, self.categories) + [[i] for i in empty_stamps(doc, block.first, block.last, self.settings)]
        captions, credits = slide_lines(doc, self.settings)  # a gallery's captions are no menu
        runs = [kept for kept in ([i for i in run if i not in captions] for run in runs) if kept] if captions else runs
        if RULE_OUTSIDE in self.enabled_rules:
            block = cut_at_long_menu(doc.paragraphs, runs, block, self.settings)
        if RULE_MENU in self.enabled_rules:
            remove_menu_runs(doc.paragraphs, prose, [r for r in runs if r[-1] <= block.last])
        shaped = shaped_lines(doc, block.first, block.last, block.unlisted, self.settings, self.enabled_rules)
        if RULE_OUTSIDE in self.enabled_rules:  # after the shapes: a box's labels under the body are read
            about = about_box_end(doc, block.first, block.last, self.review, self.settings)  # it goes from an HTML page's main content too
            about = contact_tail(doc, block.last if about is None else about, self.settings) or about  # and the contact lines under it
            self._remove_outside(doc, prose, replace(block, about_end=about) if about is not None else block)
        for rule, found in shaped:
            remove_menu_runs(doc.paragraphs, prose, [[i for i in found if doc.paragraphs[i].kept]], rule)
        for index in sorted(credits) if RULE_GALLERY_CREDIT in self.enabled_rules else ():
            if block.first <= index <= block.last and doc.paragraphs[index].kept:
                doc.paragraphs[index].removal = Removal("boilerplate", RULE_GALLERY_CREDIT)
        for index, rule in shop_names(doc, block, self.settings, self.category):
            doc.paragraphs[index].removal = Removal("boilerplate", rule)  # the shop box's name goes with its price rows
        return doc

    def apply(self, doc: Document, stopwords: frozenset[str]) -> Document:
        block = self.find_body(doc, stopwords) if self.enabled_rules else None
        return self.mark(doc, block) if block is not None else doc

    def _measure(self, doc: Document, par: Paragraph, stopwords: frozenset[str]) -> bool:
        """Set the signals of the paragraph's kept text; return whether it is kept (`par.kept`,
        known here for free: the scorer asks it of every paragraph)."""
        segments = par.segments
        if par.removal is None and len(segments) == 1:  # most lines: one segment, no list nor join
            kept = segments[0].removal is None
            text = doc.text[segments[0].start : segments[0].end] if kept else ""
        else:
            pieces = [doc.text[s.start : s.end] for s in segments if s.removal is None] if par.removal is None else []
            text, kept = " ".join(pieces), bool(pieces)  # doc.kept_text(par), without its two generators
        signals = self._signals.get((text, stopwords))
        if signals is Memo.MISSING:
            signals = self._signals.put((text, stopwords), paragraph_signals(text, stopwords, self.cjk, self.unspaced), len(text))
        par.signals.update(signals)  # type: ignore[arg-type]
        weigh_words(par.signals, self.word_weights.get(doc.lang or "", 1.0))
        if stopwords and (share := self.short_shares.get(doc.lang or "")):  # "Tie aurataan talvella."
            short_sentence_share(par.signals, text, share, self.settings)
        return kept

    def _score(self, par: Paragraph, lift: float, discount: float, names: bool = True) -> float:
        """The paragraph's prose score, remembered by what it reads (the weighted signals, the word
        count, the page's lift and discount, a sentence's name capitals when `names`): the rerun
        and a site's template lines ask the same again; a look-up costs a third of the score."""
        signals = par.signals
        followers = signals.get("name_capitals", 0.0) if names and signals["ends_sentence"] else 0.0
        key = (*map(signals.get, self._weighted), signals["words"], lift, discount, followers)
        found = self._scores.get(key)
        if found is Memo.MISSING:
            if (lift != 0.0 or discount != 0.0 or followers != 0.0) and signals["words"] > 0:
                stopwords = min(signals["stopwords"] + lift, 1.0)
                capitals = sentence_capitals({**signals, "stopwords": stopwords, "name_capitals": followers}, self.settings)
                signals = {**signals, "stopwords": stopwords, "capitalised": max(capitals - discount, 0.0)}
            score = prose_score(signals, self.settings, self._weights)
            found = self._scores.put(key, (score, round(score, 4)))
        par.signals["prose"] = found[1]
        return found[0]

    def _value(self, doc: Document, par: Paragraph, prose: float, kept: bool) -> float:
        s = self.settings
        if not kept:
            value = self.removal_value(par)  # a duplicate inside the article does not break it
            if value == 0.0:
                return 0.0
            words = removed_words(doc.text, par, self.unspaced)
            return -value * (words + s.length_offset) ** s.length_exponent
        weight = (par.signals["words"] + s.length_offset) ** s.length_exponent
        return (prose - s.block_threshold) * weight

    def _clear_body(self, doc: Document, kept: list[bool], block: Block, chrome: set[int], brief: bool = False) -> bool:
        """Whether `block` is text enough to cut the page around: `min_body_words` words, or a
        news brief's with the page's chrome around it (briefs.framed_brief). `brief`: the block
        was shorter before briefs.brief_sentences grew it, and must be a framed brief whatever
        its length now (low-scoring Chinese paragraphs grown to 50 words cut off the last one,
        scoring a hair under the tail's floor, from a page left whole before)."""
        words = self._body_words(doc.paragraphs, kept, block)
        if words >= self.settings.min_body_words and not brief:
            return True
        return words >= self.settings.brief_min_words and framed_brief(doc, kept, block, chrome, self.settings)

    def _body_words(self, pars: list[Paragraph], kept: list[bool], block: Block) -> float:
        """The block's words as `min_body_words` counts them: English words (prose.counted_words)."""
        return sum(counted_words(p.signals) for p, k in zip(pars[block.first : block.last + 1], kept[block.first : block.last + 1]) if k)

    def _remove_outside(self, doc: Document, prose: list[float], block: Block) -> None:
        s = self.settings
        credits = frozenset(i for i, par in enumerate(doc.paragraphs) if par.removal is not None and self.category(par) in BYLINE_CATEGORIES)
        heading = find_heading(doc, block.first, block.anchor, s, block.standfirst, credits, self.review.keypoints)
        keep = {i for i in (heading.title, heading.standfirst) if i is not None} | set(heading.furniture)
        bylines = set(reader_heading_furniture(doc, block.first, s))
        for index, par in enumerate(doc.paragraphs):
            if block.first <= index <= block.last or not par.kept:
                continue
            if index in bylines or (block.glued_from is not None and index >= block.glued_from):
                par.removal = Removal("boilerplate", RULE_OUTSIDE, round(prose[index], 4))
                continue
            if index in keep:
                continue
            if par.signals.get("in_main", 0.0) >= 1.0 and not (block.about_end is not None and block.last < index <= block.about_end):
                continue  # an HTML reader placed it in the page's main content: structure beats prose (not an "About" box's)
            if prose[index] >= s.keep_outside_prose and par.signals["words"] >= s.keep_outside_words:
                continue
            par.removal = Removal("boilerplate", RULE_OUTSIDE, round(prose[index], 4))
