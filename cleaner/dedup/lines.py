"""Short lines of a document against the corpus: which are the article's and which go.

Lines too short to count as a copy by themselves (under `min_words` tokens) are judged by where
they stand: a one-sentence paragraph between two prose paragraphs is the article's
(`prose_lines`); a line the run's plan found in `template_min_docs` articles of the source is
site template (`remove_planned_templates`); a reprint's subheading between passages copied from
the document that first printed it goes with them (`copied_headings`); a short repeated sentence
among new ones, or a one-sentence paragraph after new prose, is a stock phrase rather than a copy
(`stock_sentences`, `stock_lines`).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence

from ..types import Document, Removal
from ..words import SENTENCE_END as _SENTENCE_END
from .config import DedupConfig
from .pieces import Tokens
from .store import Seen
from .structure import numbered_units
from .text import windows_key
from .units import Unit


def stock_shaped(text: str, start: int, end: int, words: int, config: DedupConfig) -> bool:
    """Whether text[start:end], of `words` tokens, is shaped like a short sentence of an article
    ("Une enquête a été ouverte.", "Police are appealing for witnesses."): such a line repeated
    in a few pages of a source may be the articles' own (see `template_line_share`)."""
    return (
        config.prose_line_min_words <= words < config.stock_sentence_words
        and _SENTENCE_END.search(text, start, end) is not None
    )


def inside_prose(text: str, start: int, end: int, words: int, above: bool, below: bool, config: DedupConfig) -> bool:
    """Whether text[start:end], a paragraph of `words` tokens, ends like a sentence between two
    paragraphs of the article's own prose (`above`, `below`): where a follow-up repeats its
    background ("The Kestrel Ridge fire destroyed 40 homes and two schools in Millbrook in
    August 2019 and forced 3,000 people to flee."). Repeated in a few pages of a source it is
    the articles' own, however long; a site's promo set inside its articles is in most of its
    pages (`DedupConfig.sentence_template`)."""
    return above and below and words >= config.prose_line_min_words and _SENTENCE_END.search(text, start, end) is not None


def is_new_prose(group: list[Unit], known: dict[int, Seen], min_words: int) -> bool:
    """A paragraph of `min_words` tokens or more that no earlier document holds, even in part."""
    return sum(u.words for u in group) >= min_words and all(u.kept and u.key not in known for u in group)


def holds_new_prose(group: list[Unit], known: dict[int, Seen], min_words: int) -> bool:
    """A paragraph of `min_words` tokens or more with a sentence of its own that no earlier
    document holds (an article's paragraph quoting one background sentence among new ones)."""
    return sum(u.words for u in group) >= min_words and any(u.kept and u.key not in known for u in group)


def mid_paragraph_repeats(groups: list[list[Unit]], known: dict[int, Seen]) -> set[Unit]:
    """Repeated sentences with a new sentence of their paragraph right above and right below:
    a site glues its template to an edge of a paragraph (a promo after the last sentence), never
    between two sentences of an article, so such a sentence is a copy of its first print (a
    follow-up repeating its background), or a stock phrase, however many pages of the source
    repeat it. Repeated: another document holds it, or it went already."""
    found: set[Unit] = set()
    for group in groups:
        repeated = [u.key in known or u.removal is not None for u in group]
        found.update(
            group[i] for i in range(1, len(group) - 1)
            if repeated[i] and not repeated[i - 1] and not repeated[i + 1]
        )  # fmt: skip
    return found


def stock_sentences(groups: list[list[Unit]], known: dict[int, Seen], limit: int) -> tuple[set[Unit], set[Unit]]:
    """Repeated sentences shorter than `stock_sentence_words` whose neighbours in their
    paragraph are new text: a stock phrase or a quote inside an article of its own, not a
    passage copied from another (whose sentences come in runs).

    Returns (those sentences, the ones among them with new text on both sides). The second
    are no site template either: a site glues its template to an edge of a paragraph (a
    closing promo, a credit), never between two sentences of an article, while "Il a été
    placé en garde à vue." recurs mid-paragraph in a third of a crime desk's articles."""
    stock: set[Unit] = set()
    inner: set[Unit] = set()
    for group in groups:
        if len(group) < 2:
            continue
        repeated = [u.key in known or u.removal is not None for u in group]
        for i, unit in enumerate(group):
            alone = not (i > 0 and repeated[i - 1]) and not (i + 1 < len(group) and repeated[i + 1])
            if repeated[i] and alone and unit.kept and unit.words < limit:
                stock.add(unit)
                if 0 < i < len(group) - 1:
                    inner.add(unit)
    return stock, inner


def stock_lines(
    doc: Document,
    groups: list[list[Unit]],
    known: dict[int, Seen],
    new_prose: list[bool],
    fresh: list[bool],
    stock_phrases: Container[int],
    cfg: DedupConfig,
) -> tuple[set[Unit], set[Unit]]:
    """Repeated one-sentence paragraphs shorter than `stock_sentence_words` right after a
    new paragraph of prose: an article's "Police are appealing for witnesses." or "The
    company did not respond to a request for comment.", which unrelated articles of every
    source print as a paragraph of their own, often last (so no prose follows and
    `prose_lines` does not cover them). A reprint's short line follows copied text; a menu
    item or a button is no sentence, or follows no prose: those still go.

    Returns (short lines that are no cross-source boilerplate, lines that are no duplicate
    either): a sentence of `min_words` tokens or more is a copy when more prose follows it
    (a passage lifted from another article), a stock phrase when it closes the article, or
    when its first copy is in this source and new prose (`fresh`, lines.holds_new_prose)
    follows right below: a source does not reprint itself a sentence at a time, or when the
    run's plan (or the index) found it in many sources (`stock_phrases`) and new prose
    follows right below. `new_prose`:
    per paragraph, whether no earlier document holds any of it (lines.is_new_prose)."""
    lines: set[Unit] = set()
    closing: set[Unit] = set()
    prose_after = False  # walking backwards: is there a new prose paragraph below? (a
    # site's newsletter pitch below an article, repeated on all its pages, is none)
    for i in range(len(groups) - 1, 0, -1):
        group = groups[i]
        unit = group[0]
        if (
            len(group) == 1
            and unit.kept
            and unit.key in known
            and cfg.prose_line_min_words <= unit.words < cfg.stock_sentence_words
            and new_prose[i - 1]
            and _SENTENCE_END.search(doc.text, unit.start, unit.end) is not None
        ):
            lines.add(unit)
            if not prose_after or (fresh[i + 1] and known[unit.key].source == doc.source) or (new_prose[i + 1] and unit.key in stock_phrases):
                closing.add(unit)
        prose_after = prose_after or new_prose[i]
    return lines, closing


def inside_prose_groups(doc: Document, groups: list[list[Unit]], fresh: list[bool], config: DedupConfig) -> set[int]:
    """Positions of the paragraphs of `groups` standing `inside_prose`, between two paragraphs
    holding new prose (`fresh`, `holds_new_prose`): not beside a site's repeated promo."""
    return {
        i
        for i in range(1, len(groups) - 1)
        if inside_prose(doc.text, groups[i][0].start, groups[i][-1].end, sum(u.words for u in groups[i]), fresh[i - 1], fresh[i + 1], config)
    }


# A line opening with a quotation mark (straight, curly, low-9, guillemets either way round).
_OPENS_QUOTE = re.compile(r"\s*[\"“”„«»‹›‘‚]")


def quoted_lines(doc: Document, groups: list[list[Unit]], new_prose: list[bool], longest: int = 1) -> set[Unit]:
    """One-sentence paragraphs opening with a quotation mark between two new prose paragraphs
    (`new_prose`): a quote that several sources print, each inside an article of its own (a
    minister's words at a press conference), is no reprint, whatever its length; a reprint
    copies the paragraphs around the quote too. So is a run of up to `longest` such paragraphs
    between new prose (a statement of two sentences, each a paragraph of its own: neither has
    new prose on both sides). Such a line may still be a site's template."""
    quoted = [len(g) == 1 and _quote_sentence(doc.text, g[0]) for g in groups]
    found = {
        g[0]
        for before, g, is_quote, after in zip(new_prose, groups[1:], quoted[1:], new_prose[2:])
        if before and after and is_quote
    }
    for start, stop in _runs(quoted):
        if 0 < start and stop < len(groups) and stop - start <= longest and new_prose[start - 1] and new_prose[stop]:
            found.update(g[0] for g in groups[start:stop])
    return found


def quoted_sentences(doc: Document, groups: list[list[Unit]], known: dict[int, Seen], longest: int) -> set[Unit]:
    """Repeated sentences of a paragraph that open with a quotation mark, in a run of up to
    `longest` with a new sentence of the paragraph right above and right below: another
    article quoting the same words ("La ministra compareció. «...». «...». La oposición ..."),
    not a passage copied from the first (a reprint copies the sentences around them too;
    `stock_sentences` keeps a lone short one, this a quote of two)."""
    found: set[Unit] = set()
    for group in groups:
        repeated = [u.key in known or u.removal is not None for u in group]
        quoted = [r and _quote_sentence(doc.text, u) for r, u in zip(repeated, group)]
        for start, stop in _runs(quoted):
            if 0 < start and stop < len(group) and stop - start <= longest and not repeated[start - 1] and not repeated[stop]:
                found.update(u for u in group[start:stop] if u.kept)
    return found


def _quote_sentence(text: str, unit: Unit) -> bool:
    return _OPENS_QUOTE.match(text, unit.start, unit.end) is not None and _SENTENCE_END.search(text, unit.start, unit.end) is not None


def _runs(flags: list[bool]) -> Iterable[tuple[int, int]]:
    """(start, stop) of each maximal run of true flags."""
    start = None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            yield start, i
            start = None


def keep_near_quotes(doc: Document, groups: list[list[Unit]], new_prose: list[bool], longest: int = 1) -> None:
    """Take back the near-copy removal of `quoted_lines`: the same quote with its own attribution
    ('..." said campaign chair Ruth Ellery.' / '..." Ruth Ellery told the Post.') is a near copy
    of the first source's, and as much the article's own."""
    for unit in quoted_lines(doc, groups, new_prose, longest):
        if unit.removal is not None and unit.removal.rule.startswith("dedup.near."):
            unit.removal = None


def prose_lines(doc: Document, groups: list[list[Unit]], config: DedupConfig) -> set[Unit]:
    """Short lines of their own shaped like a sentence, with prose paragraphs on both sides:
    an article's one-sentence paragraph ("No one was injured.", "He was 84."), not a menu
    item, a label or a button, however many pages of a site or sources repeat it."""
    long = [i for i, g in enumerate(groups) if sum(u.words for u in g) >= config.min_words]
    if len(long) < 2:
        return set()
    return {
        g[0]
        for g in groups[long[0] + 1 : long[-1]]
        if len(g) == 1
        and config.prose_line_min_words <= g[0].words < config.min_words
        and _SENTENCE_END.search(doc.text, g[0].start, g[0].end) is not None
    }


def copied_headings(groups: list[list[Unit]], known: dict[int, Seen], min_words: int) -> list[Unit]:
    """Short lines of their own (a subheading, a reprint's title) that the document they were first
    seen in also holds, between passages copied from that document: a wire story's subheadings,
    which are too short to count as a copy alone, would otherwise stay as orphans between the
    removed paragraphs. A short line with new text on either side stays, and so does one first
    seen in another document than the passages around it (a generic "Analysis" heading): the
    test is the same origin on both sides (one side at the start or the end of the document)."""
    origins = [_copied_from(group) for group in groups]
    found = []
    for i, group in enumerate(groups):
        unit = group[0]
        if len(group) != 1 or not unit.kept or unit.key not in known or unit.words >= min_words:
            continue
        origin = known[unit.key].doc
        above = origins[i - 1] if i > 0 else None
        below = origins[i + 1] if i + 1 < len(groups) else None
        edge = i == 0 or i + 1 == len(groups)
        if (above == origin or edge) and (below == origin or edge) and origin in (above, below):
            found.append(unit)
    return found


def _copied_from(group: list[Unit]) -> str | None:
    """The document a paragraph was copied from, when every unit of it went as a duplicate of one."""
    docs = {u.removal.original.doc if u.removal is not None and u.removal.reason == "duplicate" and u.removal.original else None for u in group}
    return docs.pop() if len(docs) == 1 else None


def remove_planned_templates(groups: list[list[Unit]], templates: frozenset[int], prose_lines: set[Unit], config: DedupConfig, text: str = "") -> bool:
    """Remove the lines (whole paragraphs, or sentences standing as a line elsewhere) that the
    plan found in `template_min_docs` articles of this source, from their first copy on. They
    point nowhere: a site's template is boilerplate, not a copy of one page. An article's short
    sentences stay: a one-sentence paragraph between prose (`prose_lines`), a short sentence
    of a longer paragraph (see `CorpusMemory._decide`), and a stock sentence between two others
    (see `CorpusMemory._stock_sentences`). True when it removed a line."""
    min_words = config.min_words
    removed = False
    words = getattr(templates, "words", None)  # processing_plan.TemplateKeys: the template lines' lengths
    items = numbered_units(groups, config.counter_tokens)  # "#1" is "1" to a key: a rating row's "1" may be template
    for at, group in enumerate(groups):
        if len(group) == 1:
            whole = group[0].key
        elif words is None or sum(u.words for u in group) in words:
            whole = _joined_key(group)
        else:
            whole = None  # no template line has this many tokens
        for unit in group:
            if unit in prose_lines or unit in items:
                continue
            if whole in templates:
                if len(group) == 1 and _heads_own_rows(groups, at, templates, config, text):
                    continue  # "Zutaten" over the page's own "800 g Kartoffeln", "2 Möhren"; "Zalety" over "bardzo dobra bateria"
                kind = "paragraph" if len(group) > 1 else "sentence"
            elif unit.key in templates and min_words <= unit.words and not _inner_stock(group, unit, config):
                kind = "sentence"
            else:
                continue
            unit.removal = Removal("boilerplate", f"dedup.template.{kind}")
            removed = True
    return removed


def row_headings(groups: list[list[Unit]], seen: Container[int], config: DedupConfig, text: str = "") -> set[Unit]:
    """The lines of their own heading the article's own rows (`_heads_own_rows`, rows `seen`
    nowhere before): a recipe's "Zutaten" stays where the corpus met it in every page."""
    return {group[0] for at, group in enumerate(groups) if len(group) == 1 and _heads_own_rows(groups, at, seen, config, text)}


def _heads_own_rows(groups: list[list[Unit]], at: int, templates: Container[int], config: DedupConfig, text: str = "") -> bool:
    """Whether the line of `groups[at]` heads the article's own rows: the next
    `template_heading_rows` lines are single short units of no template (`templates`: the keys
    of the source's template, or of the lines met before), each holding a figure and a word
    ("800 g Kartoffeln"; see `DedupConfig.template_heading_rows`), or, read in the page's `text`,
    a phrase of two words or more opening in lower case: a review's "Zalety" over "bardzo dobra
    bateria" (a related box's teaser headlines open on a capital)."""
    rows = groups[at + 1 : at + 1 + config.template_heading_rows]
    if len(rows) < config.template_heading_rows:
        return False
    return all(
        len(row) == 1 and row[0].key not in templates and row[0].words < config.min_words
        and (_figure_and_word(row[0].toks) or _lower_phrase(text, row[0]))
        for row in rows
    )


def _lower_phrase(text: str, unit: Unit) -> bool:
    """The unit is two words or more and its first letter, in `text`, is lower case."""
    if unit.words < 2 or not text:
        return False
    letter = next((ch for ch in text[unit.start : unit.end] if ch.isalpha()), "")
    return letter.islower()


def _figure_and_word(toks: Sequence[str]) -> bool:
    return any(any(ch.isdigit() for ch in tok) for tok in toks) and any(tok.isalpha() for tok in toks)


def _inner_stock(group: list[Unit], unit: Unit, config: DedupConfig) -> bool:
    return unit.words < config.stock_sentence_words and group[0] is not unit and group[-1] is not unit


def _joined_key(units: list[Unit]) -> int:
    """`exact_key` of the units' tokens laid end to end, fed window by window (never one list
    of every token, and no Python step per token)."""
    return windows_key(window for unit in units for window in _token_lists(unit.toks))


def _token_lists(toks: Sequence[str]) -> Iterable[list[str]]:
    return toks.windows() if isinstance(toks, Tokens) else [list(toks)]


def paragraph_groups(units: list[Unit]) -> list[list[Unit]]:
    groups: dict[int, list[Unit]] = {}
    for unit in units:
        groups.setdefault(unit.paragraph, []).append(unit)
    return list(groups.values())
