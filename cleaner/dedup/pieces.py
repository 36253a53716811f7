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
from array import array
from collections.abc import Iterator, Sequence

import numpy as np
import xxhash

from ..memo import Memo
from ..segment import default_segmenter
from ..words import SENTENCE_END
from .text import WINDOW_CHARS, StreamKey, exact_keys, has_unsegmented, looks_truncated, token_windows, tokens, tokens_and_script

# The (read-only) shingle array of units too short to have shingles.
NO_SHINGLES = np.empty(0, dtype=np.uint32)
NO_SHINGLES.flags.writeable = False
# Most pieces `UnitMemo.remember_unrepeated` holds (a few pages' worth).
_HELD_PIECES = 4096
# Tokens hashed per hasher call: large enough that the call costs little per token, small
# enough that the batch's token strings are a few megabytes.
_BATCH_TOKENS = 1 << 16
if array("I").itemsize != 4:
    raise RuntimeError("this platform has no 4-byte unsigned int arrays")
# A sentence end followed by a lowercase letter: a seam inside one segment.
_GLUED_SEAM = re.compile(r"([.!?…][\"'»”’)]*)(\s+)(?=[a-zà-öø-ÿ])")


class TokenHasher:
    """xxhash of tokens with a bounded memo: news vocabulary is Zipfian, most tokens repeat."""

    def __init__(self, max_entries: int = 1 << 18):
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

    def packed(self, toks: list[str]) -> bytes:
        """The hashes as the bytes of a uint32 array (an `array` makes them in a third of the
        time numpy takes to convert a list; both are native-order 32-bit)."""
        return array("I", self(toks)).tobytes()


def _token_hash(token: str) -> int:
    return xxhash.xxh32_intdigest(token.encode("utf-8"))


class Tokens(Sequence[str]):
    """The normalised tokens of a piece's text, worked out again whenever they are read.

    Dedup mostly needs how many there are (kept here) and their hashes (kept by the piece);
    the strings themselves only by the rare checks that compare words. Holding them cost
    about 60 bytes a token: 600 MB for a 50 MB document, more than everything else together.
    """

    __slots__ = ("_text", "_size")

    def __init__(self, text: str, size: int):
        self._text = text
        self._size = size

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[str]:
        if len(self._text) <= WINDOW_CHARS:  # one window: a list iterator, no generator per token
            return iter(tokens(self._text))
        return (token for window in token_windows(self._text) for token in window)

    def windows(self) -> Iterator[list[str]]:
        """The tokens in consecutive lists (one for all but huge texts): for `windows_key`."""
        return token_windows(self._text)

    def __getitem__(self, index):  # type: ignore[override]
        return tokens(self._text)[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Tokens, list, tuple)):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Tokens({list(self)!r})"


class Piece:
    """One non-empty piece of a segment: offsets relative to the segment, tokens, key, hashes.

    Shared by every unit made from an equal text. The token hashes are kept as bytes (`packed`:
    immutable, and a third of the size of a numpy view per piece on a page of a million
    sentences). Whether it looks truncated is only asked of short pieces, so it is worked out
    on first use.
    """

    __slots__ = ("start", "end", "text", "toks", "words", "key", "packed", "unsegmented", "_truncated", "_ends")

    def __init__(self, start: int, end: int, text: str, words: int, key: int, packed: bytes, unsegmented: bool):
        self.start = start
        self.end = end
        self.text = text
        self.toks = Tokens(text, words)
        self.words = words  # read on every pass over the piece: an attribute, not a call
        self.key = key
        self.packed = packed
        self.unsegmented = unsegmented  # a token is a character of an unsegmented script
        self._truncated: bool | None = None
        self._ends: bool | None = None

    @property
    def hashes(self) -> np.ndarray:
        """The token hashes (a read-only uint32 array over `packed`)."""
        return np.frombuffer(self.packed, dtype=np.uint32)

    def ends_sentence(self) -> bool:
        """Ends with a sentence mark, maybe inside closing quotes or brackets (a headline does not)."""
        if self._ends is None:
            self._ends = SENTENCE_END.search(self.text) is not None
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
        # The last pieces found to repeat nothing, by identity (held, so no id is reused).
        self._unrepeated: tuple[tuple[int, ...], frozenset[int], tuple[Piece, ...]] | None = None

    def known_unrepeated(self, pieces: list[Piece], settings: tuple[int, ...]) -> bool:
        """Whether `pieces` are distinct pieces all among the last ones found to repeat nothing
        under `settings` (see `remember_unrepeated`)."""
        last = self._unrepeated
        if last is None or last[0] != settings:
            return False
        ids = set(map(id, pieces))
        return len(ids) == len(pieces) and ids <= last[1]

    def remember_unrepeated(self, pieces: list[Piece], settings: tuple[int, ...]) -> None:
        """Remember pieces in which `document.repeats_nothing` found nothing repeated. Any part of
        them repeats nothing either (their keys stay distinct, their shingles too, no piece
        changes), and a settle rerun usually sees a part of the last pass's pieces: it then needs
        no shingles. A page of more than `_HELD_PIECES` pieces is not held after its own passes."""
        self._unrepeated = (settings, frozenset(map(id, pieces)), tuple(pieces)) if len(pieces) <= _HELD_PIECES else None

    def __len__(self) -> int:
        return len(self._pieces)

    def share(self, texts: list[str]) -> dict[str, tuple[Piece, ...]]:
        """The pieces of `texts`, to hand to another process's memo (`take`): a worker that
        prepared a document has them, the process running the corpus step would tokenise the
        same sentences again."""
        return dict(zip(texts, self.pieces_of(texts)))

    def take(self, shared: dict[str, tuple[Piece, ...]]) -> None:
        """Hold pieces another memo worked out (`share`): equal texts, equal pieces."""
        for text, pieces in shared.items():
            self._pieces.put(text, pieces, len(text))

    def pieces_of(self, texts: list[str]) -> list[tuple[Piece, ...]]:
        """The pieces of each segment text; texts not memoised are worked out in batches
        (one token-hashing call per batch)."""
        found = self._pieces.get_many(texts)
        if Memo.MISSING in found:
            missing = list(dict.fromkeys(t for t, pieces in zip(texts, found) if pieces is Memo.MISSING))
            made = {text: self._pieces.put(text, pieces, len(text)) for text, pieces in zip(missing, self._make(missing))}
            found = [made[t] if pieces is Memo.MISSING else pieces for t, pieces in zip(texts, found)]
        return found  # type: ignore[return-value]

    def _make(self, texts: list[str]) -> list[tuple[Piece, ...]]:
        """The pieces of each text. Tokens are hashed in batches of about `_BATCH_TOKENS` (one
        call each, cheap per token) and dropped once hashed: a document of millions of
        sentences never has all its tokens alive at once."""
        made: list[list[Piece]] = [[] for _ in texts]
        batch = _Batch(self.hasher)
        for number, text in enumerate(texts):
            for start, end in segment_pieces(text, 0, len(text)):  # most segments: one piece
                piece = text[start:end]
                if len(piece) > WINDOW_CHARS:
                    batch.flush(made)  # pieces stay in text order
                    self._add(made[number], _long_piece(start, end, piece, self.hasher))
                    continue
                batch.add(number, start, end, piece, *tokens_and_script(piece))
                if batch.size >= _BATCH_TOKENS:
                    batch.flush(made)
        batch.flush(made)
        return [tuple(pieces) for pieces in made]

    @staticmethod
    def _add(pieces: list[Piece], piece: Piece | None) -> None:
        if piece is not None:
            pieces.append(piece)


class _Batch:
    """Pieces waiting for their token hashes, hashed together when `flush`ed."""

    def __init__(self, hasher: TokenHasher):
        self.hasher = hasher
        self.waiting: list[tuple[int, int, int, str, list[str], bool]] = []
        self.toks: list[str] = []

    @property
    def size(self) -> int:
        return len(self.toks)

    def add(self, number: int, start: int, end: int, text: str, toks: list[str], unsegmented: bool) -> None:
        if toks:  # a piece without tokens (punctuation only) is no piece
            self.waiting.append((number, start, end, text, toks, unsegmented))
            self.toks += toks

    def flush(self, made: list[list[Piece]]) -> None:
        """Append each waiting piece to the pieces of its text (`made[number]`)."""
        if not self.waiting:
            return
        flat = self.hasher.packed(self.toks)
        keys = exact_keys([toks for _, _, _, _, toks, _ in self.waiting])
        pos = 0
        for (number, start, end, text, toks, unsegmented), key in zip(self.waiting, keys):
            words = len(toks)
            stop = pos + 4 * words
            made[number].append(Piece(start, end, text, words, key, flat[pos:stop], unsegmented))
            pos = stop
        self.waiting, self.toks = [], []


def _long_piece(start: int, end: int, text: str, hasher: TokenHasher) -> Piece | None:
    """A piece of more than `WINDOW_CHARS` characters (a line without sentence ends), read
    window by window so its tokens are never all alive at once; the same as a short one's."""
    parts: list[bytes] = []
    state = StreamKey()
    for window in token_windows(text, WINDOW_CHARS):
        if window:
            parts.append(hasher.packed(window))
            state.update(window)
    if not parts:
        return None
    packed = b"".join(parts)
    return Piece(start, end, text, len(packed) // 4, state.key(), packed, has_unsegmented(text))


def segment_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`text[start:end]` cut after each sentence end followed by a lowercase start (a teaser cut
    mid-sentence glued to the sentence before it), but not after a period the segmenter does
    not take for a sentence end there ("3,4 proc. r/r.": an abbreviation's period; cut, "r/r."
    was a two-word piece found inside an earlier sentence and removed as its fragment)."""
    if _GLUED_SEAM.search(text, start, end) is None:
        return [(start, end)]
    pieces = []
    pos = start
    segmenter = default_segmenter()
    for match in _GLUED_SEAM.finditer(text, start, end):
        if text[match.start(1)] == "." and not segmenter.period_may_end(text, match.start(1)):
            continue
        pieces.append((pos, match.end(1)))
        pos = match.end(2)
    pieces.append((pos, end))
    return pieces
