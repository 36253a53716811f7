"""Lines a page repeats on purpose: the labels of a series (an interview's questions, each
guest's; a recipe page's "Ingredients"), which in-document dedup keeps in every copy."""

from __future__ import annotations

from .config import DedupConfig
from .units import Unit

_HEADED_SPAN = 8  # questions in a row before an answer, at most
_LABEL_SENTENCES = 2  # a question may be two sentences ("What do you cook? Is there a dish you avoid?")


def series_labels(units: list[Unit], config: DedupConfig) -> set[int]:
    """Keys of the units of short paragraphs (a line, or two sentences each shorter than
    `series_label_words`) that come `series_min_repeats` times or more, each time before different
    text: an interview series asks every guest the same questions, a page of recipes heads each
    with "Ingredients". Twice is enough when two or more such paragraphs come twice (two guests,
    the same questions); one line twice may be a teaser's headline printed again. What a line
    heads is the next text that is not such a line itself (two questions in a row, then the
    answer). A copied passage repeats with what follows it; a line printed twice in a row, or last
    on the page, heads nothing."""
    lines = _paragraph_lines(units)
    places: dict[tuple[int, ...], list[int]] = {}
    for position, (first, last) in enumerate(lines):
        members = units[first : last + 1]
        if len(members) <= _LABEL_SENTENCES and all(u.words < config.series_label_words for u in members):
            places.setdefault(tuple(u.key for u in members), []).append(position)
    repeated = {key: where for key, where in places.items() if len(where) >= 2}
    inside = [False] * len(units)  # units of a repeated short paragraph: passed over as followers
    for where in repeated.values():
        for position in where:
            first, last = lines[position]
            inside[first : last + 1] = [True] * (last - first + 1)
    labels: set[int] = set()
    pairs: list[tuple[int, ...]] = []  # labels that come twice only
    for key, where in repeated.items():
        following = [_headed(units, lines[position][1], inside) for position in where]
        if len(set(following)) == len(following) and None not in following and not _in_a_row(where):
            # a label heads something each time: different text, not the page's end
            if len(where) >= config.series_min_repeats:
                labels.update(key)
            else:
                pairs.append(key)
    if len(pairs) >= 2:  # two guests asked the same questions: a series, not a line printed twice
        labels.update(k for key in pairs for k in key)
    return labels


def _paragraph_lines(units: list[Unit]) -> list[tuple[int, int]]:
    """(first, last) unit index of each paragraph's units, in text order."""
    lines: list[tuple[int, int]] = []
    for unit in units:
        if lines and units[lines[-1][1]].paragraph == unit.paragraph:
            lines[-1] = (lines[-1][0], unit.index)
        else:
            lines.append((unit.index, unit.index))
    return lines


def _headed(units: list[Unit], index: int, inside: list[bool]) -> int | None:
    """Key of the first unit after `index` that is no repeated short paragraph's (None: the page's
    end, or only such units for `_HEADED_SPAN` units: a list of repeats heads nothing)."""
    for unit in units[index + 1 : index + 1 + _HEADED_SPAN]:
        if not inside[unit.index]:
            return unit.key
    return None


def _in_a_row(where: list[int]) -> bool:
    return any(b == a + 1 for a, b in zip(where, where[1:]))
