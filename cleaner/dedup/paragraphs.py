"""Whole paragraphs repeated inside one document, decided as paragraphs before sentence by sentence.

A paragraph that repeats an earlier one sentence for sentence goes whole, its short sentences with
its long ones; a teaser paragraph right above the full body's first paragraph, which that
paragraph opens with (each sentence the same or cut short), gives way to it whole; so does a pull
quote of several sentences, above or below the paragraph they were taken from. Sentence by
sentence, each would leave an orphan: a short sentence alone, or the teaser over the body's rest.
"""

from __future__ import annotations

from .config import DedupConfig
from .units import Unit


def by_paragraph(units: list[Unit]) -> dict[int, list[Unit]]:
    """The units of each paragraph, paragraphs in text order: both decisions below read them."""
    grouped: dict[int, list[Unit]] = {}
    for unit in units:
        grouped.setdefault(unit.paragraph, []).append(unit)
    return grouped


def repeated_paragraphs(paragraphs: dict[int, list[Unit]], config: DedupConfig) -> dict[int, Unit]:
    """Unit index -> its copy's original, for the units of a paragraph of several sentences that
    repeats an earlier paragraph sentence for sentence (a teaser printed again as the first
    paragraph). Its short sentences go with the long ones: kept alone as short repeats
    (`repeat_min_words`), "Ondernemers zijn boos." would stand as an orphan paragraph.
    `paragraphs`: `by_paragraph`."""
    first: dict[tuple[int, ...], list[Unit]] = {}
    copies: dict[int, Unit] = {}
    for members in paragraphs.values():
        if len(members) < 2 or sum(u.words for u in members) < config.min_words:
            continue
        keys = tuple(u.key for u in members)
        original = first.setdefault(keys, members)
        if original is not members:
            copies.update((u.index, o) for u, o in zip(members, original))
    return copies


def teaser_paragraphs(paragraphs: dict[int, list[Unit]], rows: frozenset[int], config: DedupConfig) -> dict[int, Unit]:
    """Unit index -> the later unit it gives way to, for the units of a teaser paragraph printed
    right above the full body's first paragraph: a paragraph of several sentences that the next
    paragraph opens with, sentence for sentence, each the same or cut short ("... Soixante
    pompiers ont été mobilisés." over "... Soixante pompiers ont été mobilisés pour en venir à
    bout."), the next one longer. Sentence by sentence, the body's first sentence went as the
    teaser's copy and the teaser stayed over the body's rest; the teaser goes whole instead.
    A sentence cut short has `repeat_min_words` words or more: "Il a démenti." over "Il a
    démenti les faits." is a complete sentence of its own (test_dedup_document's property test).
    `paragraphs`: `by_paragraph`."""
    order = [p for p in paragraphs if p not in rows]
    found: dict[int, Unit] = {}
    for upper, lower in zip(order, order[1:]):
        teaser, body = paragraphs[upper], paragraphs[lower]
        if len(teaser) < 2 or len(body) < len(teaser) or teaser[0].key != body[0].key:
            continue
        if sum(u.words for u in body) <= sum(u.words for u in teaser):
            continue
        if all(t.key == b.key or (t.words >= config.repeat_min_words and cut_from(t, b)) for t, b in zip(teaser, body)):
            found.update((t.index, b) for t, b in zip(teaser, body))
    return found


def quoted_paragraphs(paragraphs: dict[int, list[Unit]], rows: frozenset[int], config: DedupConfig) -> dict[int, Unit]:
    """Unit index -> the unit it was taken from, for the units of a pull quote: a paragraph of
    several sentences, each lying word for word inside a sentence of one other paragraph of more
    sentences, one of them the same sentence, above or below it ("My father told me the
    sea would decide if I stayed. It decided." out of "\"The first winter I was sick every
    crossing,\" he says. \"My father told me ... It decided.\""). Sentence by sentence, the
    quote's short sentence stayed alone ("It decided.", under `repeat_min_words`), or, above its
    paragraph, its exact sentence took that paragraph's copy. A sentence of the quote is the same
    as one there, or one of `repeat_min_words` words or more lying word for word inside one
    (`inside`: "Nobody will ever know that sea the way we knew it." out of "\"Nobody will ever
    know ... knew it,\" he says."); a short complete sentence inside a longer one ("Il a démenti."
    in "Il a démenti les faits.") is news of its own. `paragraphs`: `by_paragraph`."""
    holding: dict[int, list[int]] = {}  # a unit's key -> the paragraphs holding it
    for number, members in paragraphs.items():
        if number not in rows:
            for unit in members:
                holding.setdefault(unit.key, []).append(number)
    found: dict[int, Unit] = {}
    for number, quote in paragraphs.items():
        if len(quote) < 2 or number in rows:
            continue
        for other in sorted({p for unit in quote for p in holding.get(unit.key, ()) if p != number}):
            source = paragraphs[other]
            if len(source) <= len(quote):
                continue
            taken = [next((unit for unit in source if _taken_from(part, unit, config)), None) for part in quote]
            if all(unit is not None for unit in taken):
                found.update((part.index, unit) for part, unit in zip(quote, taken) if unit is not None)
                break
    return found


def _taken_from(part: Unit, unit: Unit, config: DedupConfig) -> bool:
    return part.key == unit.key or (part.words >= config.repeat_min_words and inside(part, unit))


def inside(shorter: Unit, unit: Unit) -> bool:
    """Whether the tokens of `shorter` run, in order and together, inside those of `unit`."""
    size = shorter.words
    if size == 0 or size > unit.words:
        return False
    short, toks = list(shorter.toks), list(unit.toks)
    return any(toks[i : i + size] == short for i in range(unit.words - size + 1))


def cut_from(shorter: Unit, unit: Unit) -> bool:
    """Whether `shorter` is the start of `unit` cut short (its last word may be cut too): a
    teaser, not a title and a lead that cover a sentence glued from them together."""
    size = shorter.words
    if not 0 < size < unit.words:
        return False
    short, toks = list(shorter.toks), list(unit.toks)
    return short[:-1] == toks[: size - 1] and toks[size - 1].startswith(short[-1])
