"""A teaser cut short ("… die Altstadt mit dem Stadtteil …") met before its article, at plan time.

A teaser page (a home page's card, a paywalled page's first paragraphs) prints the opening of an
article's paragraph cut mid-sentence with an ellipsis. Met after the article, its cut line is a
near copy of the full paragraph (one of a few words only, too short to meet it in the LSH bands,
stays: the plan pairs a cut line with the lines after it only). Met *before* it, the cut line
was the first occurrence: the complete article then lost its opening sentence to the teaser's
fragment, and the teaser page was written with it. The plan
reads every line in input order, so a cut line can be compared with the later lines that open
with the same words: the first one holding all its words but the last (which may be cut in the
middle) is its complete form. The plan then takes the cut line for that line (a teaser page all
of whose text the article holds is contained in it, for `prefer_complete`) and meets the article
right before the teaser page (one with text of its own too: a kicker over the cut lead), and the
corpus step removes the cut sentence as a fragment of the complete sentence (`cut_fragments`).
A teaser met in an earlier run (`--index`) is not known to the plan; its cut block is not
filed for near copies (`CorpusMemory`), so the later article's complete sentence stays.

Only lines of `min_words` tokens or more besides the cut word are paired: a shorter opening
("Lesen Sie auch: Die …") is shared by too many unrelated lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..segment import segment_text
from ..types import Document
from .pieces import segment_pieces
from .text import exact_key, tokens
from .units import Unit

if TYPE_CHECKING:
    from .memstore import MemoryStore
    from .store import IndexStore, Seen

HEAD_TOKENS = 3  # cut lines are filed by their first tokens; a later line is compared only with those
_CUT_ENDS = ("…", "...")


def cut_line(line: str) -> bool:
    """Whether a line ends on an ellipsis (quotes and brackets after it aside)."""
    return line.rstrip().rstrip("\"'»”’)] ").endswith(_CUT_ENDS)


class CutLines:
    """The cut lines met so far, each waiting for the first later line that completes it."""

    def __init__(self) -> None:
        self._waiting: dict[tuple[str, ...], list[tuple[int, int, list[str], str]]] = {}
        # key of a cut line's last sentence -> key of the sentence it was cut from
        self.sentences: dict[int, int] = {}

    def waiting(self) -> bool:
        """Whether a cut line waits for its complete form (most runs: none ever does)."""
        return bool(self._waiting)

    def file(self, doc: int, cut: list[tuple[int, list[str], str]], lines: list[list[str]]) -> None:
        """Wait for the complete form of each cut line of document `doc` ((row in the plan,
        tokens, text), of more than `min_words` tokens: the plan's test), unless one of its own
        `lines` holds it: a page printing its teaser over its own article is that article's
        page, whatever later pages reprint it."""
        for row, toks, line in cut:
            prefix = toks[:-1]
            if not any(other is not toks and len(other) > len(prefix) and other[: len(prefix)] == prefix for other in lines):
                self._waiting.setdefault(tuple(toks[:HEAD_TOKENS]), []).append((row, doc, prefix, line))

    def complete(self, toks: list[str], line: str) -> list[tuple[int, int]]:
        """(row, document) of the waiting cut lines (of earlier documents) that `line` completes;
        they wait no more. A line cut itself completes none (two teasers of one article, cut at
        two places, both wait for the article)."""
        waiting = self._waiting.get(tuple(toks[:HEAD_TOKENS]))
        if not waiting or cut_line(line):
            return []
        done = [entry for entry in waiting if len(toks) > len(entry[2]) and toks[: len(entry[2])] == entry[2]]
        for entry in done:
            waiting.remove(entry)
            pair = cut_sentence(entry[3], line)
            if pair is not None:
                self.sentences.setdefault(*pair)
        if not waiting:
            del self._waiting[tuple(toks[:HEAD_TOKENS])]
        return [(row, cut_doc) for row, cut_doc, _, _ in done]


def cut_sentence(cut: str, full: str) -> tuple[int, int] | None:
    """(key of the cut line's last sentence, key of the sentence of `full` it was cut from):
    the sentence of `full` that starts at the same token (the sentences before it are the same
    sentences, met word for word). Keys are those of dedup's units (`pieces.segment_pieces`)."""
    cut_pieces, full_pieces = _pieces(cut), _pieces(full)
    if not cut_pieces:
        return None
    offset = sum(len(toks) for toks in cut_pieces[:-1])
    at = 0
    for toks in full_pieces:
        if at == offset:
            return exact_key(cut_pieces[-1]), exact_key(toks)
        at += len(toks)
    return None


def _pieces(line: str) -> list[list[str]]:
    """Each sentence piece's tokens, as dedup's units cut `line` (pieces without tokens left out)."""
    found = []
    for start, end in segment_text(line):
        for a, b in segment_pieces(line, start, end):
            toks = tokens(line[a:b])
            if toks:
                found.append(toks)
    return found


def cut_fragments(doc: Document, survivors: list[Unit], teasers: dict[int, int], store: "IndexStore | MemoryStore") -> dict[Unit, "Seen"]:
    """The teaser's sentences cut short ("… mit dem Stadtteil …") whose complete form another
    document met before holds (`teasers`: the plan's pairs), with where it is: fragments of it,
    however short (a cut sentence of a few words has too few shingles to meet it in the bands)."""
    cut = {u: teasers[u.key] for u in survivors if u.key in teasers and cut_line(doc.text[u.start : u.end])}
    if not cut:
        return {}
    seen = {k: v for k, v in store.lookup(set(cut.values())).items() if v.doc != doc.id}
    return {unit: seen[full] for unit, full in cut.items() if full in seen}

