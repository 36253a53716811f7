"""What dedup reads of a segment's text, worked out once per distinct text while it is memoised.

A segment glued from two sentences by a lowercase start ("...leurs pays. rendu en train
blindé...", a teaser cut mid-sentence) is compared piece by piece; each piece has its
normalised tokens, their hashes and its exact key. All of it is a pure function of the segment's
text, which is what lets `UnitMemo` hand the same answer to every rerun on an equal text: the
per-document steps run two or three times per document (settle reruns them on the output, the
cross-document pass reads the same segments again), almost always on equal sentence strings.
"""

from __future__ import annotations

import re

import numpy as np
import xxhash

from ..memo import Memo
from .text import exact_key, looks_truncated, tokens

# The (read-only) shingle array of units too short to have shingles.
NO_SHINGLES = np.empty(0, dtype=np.uint32)
NO_SHINGLES.flags.writeable = False
_SENTENCE_MARKS = (".", "!", "?", "…", "。", "！", "？", "؟", "।")
# A sentence end followed by a lowercase letter: a seam inside one segment.
_GLUED_SEAM = re.compile(r"([.!?…][\"'»”’)]*)(\s+)(?=[a-zà-öø-ÿ])")


class TokenHasher:
    """xxhash of tokens with a bounded memo: news vocabulary is Zipfian, most tokens repeat."""

    def __init__(self, max_entries: int = 1 << 20):
        self.max_entries = max_entries
        self._memo: dict[str, int] = {}

    def __call__(self, toks: list[str]) -> list[int]:
        """Hash of each token; only tokens new to the memo are hashed (found with C-level set
        operations, not a Python loop over every token). The result never depends on the
        order in which new tokens are added: each hash is a pure function of its token."""
        memo = self._memo
        missing = set(toks).difference(memo)  # iterates over toks, looks each up in memo
        if missing:
            if len(memo) + len(missing) > self.max_entries:
                memo.clear()
                missing = set(toks)
            memo.update(zip(missing, map(_token_hash, missing)))
        return list(map(memo.__getitem__, toks))


def _token_hash(token: str) -> int:
    return xxhash.xxh32_intdigest(token.encode("utf-8"))


class Piece:
    """One non-empty piece of a segment: offsets relative to the segment, tokens, key, hashes.

    Shared by every unit made from an equal text, so nothing may modify `toks` or `hashes`
    (the array is read-only). Whether it looks truncated is only asked of short pieces, so it
    is worked out on first use.
    """

    __slots__ = ("start", "end", "text", "toks", "key", "hashes", "_truncated", "_ends")

    def __init__(self, start: int, end: int, text: str, toks: list[str], key: int, hashes: np.ndarray):
        self.start = start
        self.end = end
        self.text = text
        self.toks = toks
        self.key = key
        self.hashes = hashes
        self._truncated: bool | None = None
        self._ends: bool | None = None

    def ends_sentence(self) -> bool:
        """Ends with a sentence mark, maybe inside closing quotes or brackets (a headline does not)."""
        if self._ends is None:
            self._ends = self.text.rstrip().rstrip("\"'»”’)]」』 ").endswith(_SENTENCE_MARKS)
        return self._ends

    def looks_truncated(self) -> bool:
        if self._truncated is None:
            self._truncated = looks_truncated(self.text)
        return self._truncated


class UnitMemo:
    """The pieces of recently seen segment texts (a `Memo` of `max_entries` per generation), and
    the token hasher. Entries are pure functions of the text, so a hit or a miss never changes a
    result, only its cost. One memo per long-lived object (a cleaning run, a worker process),
    never a process-wide global.
    """

    def __init__(self, max_entries: int = 1 << 10):
        self.hasher = TokenHasher()
        self._pieces: Memo[tuple[Piece, ...]] = Memo(max_entries)

    def __len__(self) -> int:
        return len(self._pieces)

    def pieces_of(self, texts: list[str]) -> list[tuple[Piece, ...]]:
        """The pieces of each segment text; texts not memoised are worked out in one batch
        (one token-hashing call for all of them)."""
        found = [self._pieces.get(text) for text in texts]
        missing = list(dict.fromkeys(t for t, pieces in zip(texts, found) if pieces is Memo.MISSING))
        if missing:
            made = {text: self._pieces.put(text, pieces, len(text)) for text, pieces in zip(missing, self._make(missing))}
            found = [made[t] if pieces is Memo.MISSING else pieces for t, pieces in zip(texts, found)]
        return found  # type: ignore[return-value]

    def _make(self, texts: list[str]) -> list[tuple[Piece, ...]]:
        cut: list[list[tuple[int, int, str, list[str]]]] = []
        all_toks: list[str] = []
        for text in texts:
            pieces = []
            for start, end in segment_pieces(text, 0, len(text)):  # most segments: one piece
                piece = text[start:end]
                toks = tokens(piece)
                pieces.append((start, end, piece, toks))
                all_toks += toks
            cut.append(pieces)
        flat = np.array(self.hasher(all_toks), dtype=np.uint32)
        flat.flags.writeable = False
        made: list[tuple[Piece, ...]] = []
        pos = 0
        for pieces in cut:
            kept = []
            for start, end, piece, toks in pieces:
                if toks:
                    stop = pos + len(toks)
                    kept.append(Piece(start, end, piece, toks, exact_key(toks), flat[pos:stop]))
                    pos = stop
            made.append(tuple(kept))
        return made


def segment_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`text[start:end]` cut after each sentence end followed by a lowercase start."""
    if _GLUED_SEAM.search(text, start, end) is None:
        return [(start, end)]
    pieces = []
    pos = start
    for match in _GLUED_SEAM.finditer(text, start, end):
        pieces.append((pos, match.end(1)))
        pos = match.end(2)
    pieces.append((pos, end))
    return pieces
