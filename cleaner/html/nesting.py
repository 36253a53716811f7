"""A bound on how deep a page's elements nest, applied to the markup before it is parsed.

An HTML parser checks the elements still open at each block's start tag (is a <p> open, to close
it?): at a depth of thousands each such check walks thousands of elements, so a hostile or broken
page of 100,000 nested <div>s (a template loop that never closes its wrapper) kept lexbor busy for
a minute, a corpus run stalled on one page. No page a reader reads nests so deep: past
`chain_depth` open elements the links of a chain of wrappers are dropped, past `max_depth` any
start tag, each with as many of its name's end tags after it, each tag a space (a heading's words
do not run into the next block's); the text stays in place, under the deepest element kept.

The depth is counted from the markup alone, one pass over its tags: a start tag opens an element
unless it is one of `flat_tags` (void elements, and those a parser closes by itself when the next
one starts: <p>, <li>, <td>, <a>...), an end tag closes one. Comments, scripts and styles are
passed over whole. A page with fewer tags than the limit (or fewer tags that may open a level,
found without a Python loop) cannot reach it and is not scanned.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A comment, a script or style with its content, or a start or end tag and its name.
_TAG = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<(/?)([a-zA-Z][\w:.-]*)[^>]*>", re.I | re.S)
_NEXT_START = re.compile(r"\s*<([a-zA-Z][\w:.-]*)")


def bounded_nesting(html: str, limits: tuple[int, int], flat_tags: frozenset[str]) -> tuple[str, int]:
    """The markup with start tags past the depth `limits` dropped (each left as a space), each
    with the next end tag of its name, and how many start tags were dropped (0: the markup as it
    was). Past the first limit only a link of a chain goes (a start tag whose next tag opens
    another of its name: the wrapper a broken template repeats), so an article under the chain
    keeps its own structure; past the second, any start tag goes."""
    if html.count("<") <= limits[0] or len(_counted_starts(flat_tags).findall(html)) <= limits[0]:
        return html, 0
    cuts = _cuts(html, limits, flat_tags)
    if not cuts:
        return html, 0
    kept, start = [], 0
    for begin, end in cuts:
        kept.append(html[start:begin])
        start = end
    kept.append(html[start:])
    return " ".join(kept), sum(1 for begin, _ in cuts if html[begin + 1] != "/")


@lru_cache(maxsize=4)
def _counted_starts(flat_tags: frozenset[str]) -> re.Pattern[str]:
    """The start of every tag that may open a level (any "<" and a letter not opening one of
    `flat_tags` in lower case): as many or more than the scan counts, found without a loop in
    Python, so that a page of a few thousand tags, most of them flat, is not scanned. Matched
    case-sensitively (twice as fast): an upper-case flat tag is counted, never one too few."""
    flat = "|".join(re.escape(name) + r"[\s/>]" for name in sorted(flat_tags))
    return re.compile(rf"<(?!{flat})[a-zA-Z]" if flat else "<[a-zA-Z]")


def _cuts(html: str, limits: tuple[int, int], flat_tags: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the tags to drop: start tags opening past the limits, and for each its name's
    next end tag (so the elements kept close where they did). Names dropped are counted per
    name: an end tag of another name closes a kept element as before."""
    chain_depth, max_depth = limits
    depth, cuts = 0, []
    dropped: dict[str, int] = {}
    for match in _TAG.finditer(html):
        name = match.group(3)
        if name is None or match.group(0).endswith("/>"):
            continue
        name = name.lower()
        if name in flat_tags:
            continue
        if match.group(2):
            if dropped.get(name):
                dropped[name] -= 1
                cuts.append(match.span())
            elif depth:
                depth -= 1
        elif depth >= max_depth or depth >= chain_depth and _opens_its_kind(html, match.end(), name):
            dropped[name] = dropped.get(name, 0) + 1
            cuts.append(match.span())
        else:
            depth += 1
    return cuts


def _opens_its_kind(html: str, end: int, name: str) -> bool:
    """Whether the next thing after a start tag (past white space) is a start tag of its name."""
    following = _NEXT_START.match(html, end)
    return following is not None and following.group(1).lower() == name
