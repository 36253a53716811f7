"""A photo gallery's slides inside the body: each one a counter, a caption and a credit.

A gallery page saved as text reads "1 / 12" / "Children build a snowman in the park." /
"Photo: Anna Smirnova", slide after slide, between the story's first and last paragraphs. The
counter and the credit go by rule (common.credit.gallery-furniture, the credit rules); the
caption, a short sentence full of names, scores low as prose, and counted as a short non-prose
line it cut the block after the first paragraph: the captions and the closing paragraph under
the gallery went with the page's furniture (a Russian photo report kept one paragraph of it).
Under `live_min_stamps` counters or more, a slide's kept lines weigh nothing against a block,
as a live blog's time stamps do (live.py): up to the next counter, and under the last one up
to `furniture_max_lines` kept lines that are no prose (the caption, a credit no rule knew).
"""

from __future__ import annotations

from ..types import Document
from .settings import ScorerSettings

COUNTER_RULE = "common.credit.gallery-furniture"


def neutral_slides(doc: Document, values: list[float], s: ScorerSettings) -> None:
    """Set to 0 in `values` the weight of a gallery's captions (see the module docstring)."""
    pars = doc.paragraphs
    counters = [i for i, par in enumerate(pars) if not par.kept and par.removal is not None and par.removal.rule == COUNTER_RULE]
    if len(counters) < s.live_min_stamps:
        return
    for counter, below in zip(counters, counters[1:] + [len(pars)]):
        last = below == len(pars)
        seen = 0
        for index in range(counter + 1, below):
            if last and (seen >= s.furniture_max_lines or (pars[index].kept and values[index] > 0.0)):
                break
            seen += pars[index].kept
            if pars[index].kept:
                values[index] = max(values[index], 0.0)
