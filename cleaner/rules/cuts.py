"""A kept segment's pieces once sentence and inline rules have matched: each piece is kept or
names the rule that cuts it. Pure functions of the paragraph's text, so the engine memoises
them per text (`RuleEngine._apply_segments`)."""

from __future__ import annotations

from ..words import WORD
from .matchers import BoundMatcher, ScopeMatcher

Cut = tuple[int, int, "str | None"]  # a piece of a segment: offsets in the paragraph, rule id or None (kept)


def segment_cuts(
    text: str, spans: tuple[tuple[int, int, bool], ...], sentence: ScopeMatcher, inline: ScopeMatcher
) -> tuple[tuple[Cut, ...], ...]:
    """For each kept segment of paragraph `text`: its pieces after sentence rules and inline cuts."""
    sentence_here = sentence.within(text) if sentence else None
    inline_here = inline.within(text) if inline else None
    result = []
    for position, (start, end, kept) in enumerate(spans):
        if not kept:
            continue
        rule = sentence_here.first(text[start:end].strip()) if sentence_here is not None else None
        if rule is not None and rule.guard == "glued" and position == 0:
            rule = None  # a "glued" rule takes a sentence after another only (loader.GUARDS)
        if rule is not None:
            result.append(((start, end, rule.id),))
        elif inline_here is not None:
            result.append(tuple(_cut(text, start, end, inline_here)))
        else:
            result.append(((start, end, None),))
    return tuple(result)


def _cut(text: str, seg_start: int, seg_end: int, matcher: BoundMatcher) -> list[Cut]:
    """Split a segment around every inline match; whitespace next to a match goes with the match."""
    body = text[seg_start:seg_end]
    pieces: list[Cut] = []
    pos = 0
    for start, end, rule in matcher.spans(body):
        while start > pos and body[start - 1].isspace():
            start -= 1
        while end < len(body) and body[end].isspace():
            end += 1
        start = max(start, pos)
        if end <= start:
            continue
        if start > pos:
            pieces.append((seg_start + pos, seg_start + start, None))
        pieces.append((seg_start + start, seg_start + end, rule.id))
        pos = end
    if not pieces:
        return [(seg_start, seg_end, None)]
    if pos < len(body):
        pieces.append((seg_start + pos, seg_end, None))
    if not any(rule_id is None and WORD.search(text, start, end) for start, end, rule_id in pieces):
        # what the cuts left is separators only ("·" between a removed byline and date)
        cut_by = next(rule_id for _, _, rule_id in pieces if rule_id is not None)
        return [(start, end, rule_id or cut_by) for start, end, rule_id in pieces]
    return pieces
