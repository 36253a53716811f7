"""Paragraphs and sentences, as character offsets into `Document.text`.

Later steps judge sentences (a boilerplate rule, a duplicate), so segmentation decides what
the unit of removal is; it never removes anything itself. Segments of a paragraph are in order,
never overlap, are trimmed of whitespace and together cover every non-space character.

How boundaries are found, in one pass of one compiled pattern over each paragraph:

* a terminator (``. ! ? … ...``) with the closing quotes/brackets glued after it (or a French
  spaced ``»``), then whitespace and a sentence start; a period after an abbreviation, a title,
  an initial or a day number ends a sentence only when the language data says it can;
* a period followed by a lowercase word, when the word before it is no abbreviation: scrapers
  glue teaser fragments ("leurs pays. rendu en train blindé") that dedup must see alone;
* seams where a scraper glued a title to the body. Glued with no space ("mise en scèneLe
  président"): the right part is an article, or an all-caps dateline ("coréenneSEOUL - Les"),
  or both halves are words used alone elsewhere in the document ("RussieKim" when "Russie" and
  "Kim" occur), which keeps brand names ("PlayStation") whole. Glued with one space ("spatiales
  Après s'être"): a capitalised sentence opener followed by a lowercase word, or a dateline.

Every decision looks at a bounded window around a candidate, so the work is linear in the text.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from .memo import Memo
from .compiled import pattern_store
from .scan import (
    OPENING,
    URL_MARKS,
    Span,
    alternation,
    char_class,
    chunks,
    closing_quote_seam,
    letters_after,
    letters_before,
    skip_closers,
    skip_space,
    title_words_before,
    trim_end,
    url_like,
    word_before,
)
from .types import Document, Paragraph, Segment
from .words import LETTERS as _WORD


_NOT_A_START = frozenset(",;:)]}»”’.!?…%")
_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")
_LETTERS_THEN_APOSTROPHE = re.compile(r"([^\W\d_]{1,30})(['’]?)")
_NOT_LANGUAGES = ("limits", "names", "no_split")
# A dotted abbreviation before its final period: "U.S", "e.g", "J.-C", "D-N.Y" (not "164.99").
_DOTTED = re.compile(r"(?:[^\W\d_]{1,4}+-?+)++(?:\.-?+[^\W\d_]{1,4}+)++\Z")  # possessive: linear


@dataclass(frozen=True)
class SegmentData:
    """The language data of `cleaner/data/segment.toml`, merged over languages."""

    titles: frozenset[str]
    abbreviations: frozenset[str]
    final: frozenset[str]
    articles: frozenset[str]
    openers: frozenset[str]
    elisions: frozenset[str]
    joiners: frozenset[str]
    name_particles: frozenset[str]
    no_split: frozenset[str]
    lowercase_split_min_letters: int = 4
    seam_half_min_letters: int = 3
    seam_title_words: int = 2
    caps_prefix_min_letters: int = 3

    @classmethod
    def from_toml(cls, table: dict) -> "SegmentData":
        languages = [value for key, value in table.items() if key not in _NOT_LANGUAGES]

        def merged(key: str) -> frozenset[str]:
            return frozenset(word for lang in languages for word in lang.get(key, ()))

        return cls(
            titles=merged("titles"),
            abbreviations=merged("abbreviations"),
            final=merged("final"),
            articles=merged("articles"),
            openers=merged("openers"),
            elisions=merged("elisions"),
            joiners=merged("joiners"),
            name_particles=frozenset(table.get("names", {}).get("name_particles", ())),
            no_split=frozenset(table.get("no_split", {}).get("words", ())),
            **{key: int(value) for key, value in table.get("limits", {}).items()},
        )

    @cached_property
    def starters(self) -> frozenset[str]:
        return self.articles | self.openers


@lru_cache(maxsize=1)
def default_segmenter() -> "Segmenter":
    """The segmenter built from the shipped data (loaded and compiled once per process)."""
    source = resources.files("cleaner") / "data" / "segment.toml"
    with source.open("rb") as handle:
        return Segmenter(SegmentData.from_toml(tomllib.load(handle)))


def segment(doc: Document, memo: Memo[tuple[Span, ...]] | None = None) -> Document:
    """Fill `doc.paragraphs` (non-blank lines, unless a reader gave them) and their sentences.

    Paragraphs that already have segments are left alone, so segmenting twice changes nothing.
    `memo` keeps the sentence spans of whole lines: settle reruns read the same lines again.
    """
    if not doc.paragraphs:
        doc.paragraphs = [Paragraph(m.start(), m.end()) for m in _PARAGRAPH.finditer(doc.text)]
    segmenter = default_segmenter()
    words = DocumentWords(doc.text)
    for par in doc.paragraphs:
        if not par.segments:
            spans = segmenter.line_spans(doc.text, par.start, par.end, words, memo)
            par.segments = [Segment(start, end) for start, end in spans]
    return doc


def segment_text(text: str) -> list[Span]:
    """Sentence spans of `text` (each line is a paragraph): for rules and dedup helpers."""
    segmenter = default_segmenter()
    words = DocumentWords(text)
    spans: list[Span] = []
    for line in _PARAGRAPH.finditer(text):
        spans.extend(segmenter.spans(text, line.start(), line.end(), words))
    return spans


class DocumentWords:
    """The words a document uses on their own, computed only if a seam needs that evidence."""

    def __init__(self, text: str):
        self.text = text
        self.consulted = False  # set on every lookup: spans that asked are not memoised

    @cached_property
    def words(self) -> frozenset[str]:
        found: set[str] = set()
        for chunk in chunks(self.text):
            for token in set(chunk.split()):  # unique tokens first: far fewer regex calls
                found.update(_WORD.findall(token))
        return frozenset(found)

    def __contains__(self, word: str) -> bool:
        self.consulted = True
        return word in self.words



class Segmenter:
    """Sentence boundaries from one compiled pattern plus bounded decisions per candidate.

    Every alternative of the pattern starts on one character class (terminators, closing
    quotes, capitals), so the regex engine skips plain lowercase text at C speed.
    """

    def __init__(self, data: SegmentData):
        self.data = data
        upper, lower = char_class(str.isupper), char_class(str.islower)
        up, low, letter = f"[{upper}]", f"[{lower}]", r"[^\W\d_]"
        starters = alternation(data.starters)
        elisions = alternation(data.elisions)
        dateline = rf"\s*+(?:\([^()\n]{{1,40}}\)\s*+)?[-–—]\s++(?:{starters}\b|{elisions}['’])"
        # Built from the kept code of the cache folder (compiled.py): the two patterns
        # hold every capital and lowercase letter as classes, 14 ms of `re`'s parser a run.
        self._dateline = pattern_store().compile(dateline)
        self._pattern = pattern_store().compile(
            rf"[.!?…»”{upper}](?:"
            rf"(?P<term>(?<![.!?…].)(?<![\s(]{up}\.)(?<=[.!?…])[.!?…]*+(?!\s*+{low}|\d))"
            rf"|(?P<lowdot>(?<={letter}{letter}\.))(?=\s++{low})"
            rf"|(?P<quote>(?<=[»”]))(?={up})"
            rf"|(?P<camel>(?<={low}{low}{up}))"
            rf"|(?P<caps>(?<!{letter}.)(?<={up}){up}{{3,}}+)(?={dateline})"
            rf"|(?P<heading>(?<=[^\W_]\s.|[»”\")\]]\s.))"
            rf"(?={letter}{{0,12}}+(?:\s++{low}|['’]{low})|{up}{{2,}}+\s*+[-–—(])"
            ")"
        )

    def spans(self, text: str, start: int, end: int, words: DocumentWords | None = None) -> list[Span]:
        """Trimmed sentence spans of `text[start:end]`, in order, covering all its non-space."""
        words = words if words is not None else DocumentWords(text)
        spans: list[Span] = []
        pos = skip_space(text, start, end)
        for cut, resume in self._boundaries(text, start, end, words):
            if cut <= pos or resume >= end:
                continue
            spans.append((pos, trim_end(text, pos, cut)))
            pos = resume
        if pos < end:
            spans.append((pos, trim_end(text, pos, end)))
        return spans

    def line_spans(
        self, text: str, start: int, end: int, words: DocumentWords, memo: Memo[tuple[Span, ...]] | None
    ) -> list[Span]:
        """`spans` of a paragraph, memoised when they depend on its own text alone.

        The pattern's look-behinds and the seam helpers read at most into the line break before a
        line (and one character past its end, where only "not a lowercase letter" matters), so a
        whole line's spans are a function of its text and of whether it opens the document;
        spans that asked which words the document uses are not memoised.
        """
        whole_line = (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")
        if memo is None or not whole_line or not memo.keeps(end - start):  # no key copy of a huge line
            return self.spans(text, start, end, words)
        key = (start == 0, text[start:end])
        found = memo.get(key)
        if found is not Memo.MISSING:
            return [(start + a, start + b) for a, b in found]  # type: ignore[union-attr]
        words.consulted = False
        spans = self.spans(text, start, end, words)
        if not words.consulted:
            memo.put(key, tuple((a - start, b - start) for a, b in spans), end - start)
        return spans

    def _boundaries(self, text: str, start: int, end: int, words: DocumentWords):
        """(end of a sentence, start of the next) pairs, in text order."""
        for match in self._pattern.finditer(text, start, end):
            kind = match.lastgroup
            if kind == "term":
                found = self._after_terminator(text, match.start(), match.end(), end)
            elif kind == "lowdot":
                found = self._before_lowercase(text, match.start(), end)
            elif kind == "camel":
                found = self._camel_seam(text, start, match.start(), end, words)
            elif kind == "caps":
                found = self._caps_seam(text, match.start(), match.end(), end, words)
            elif kind == "quote":
                found = closing_quote_seam(text, start, match.end())
            else:
                found = self._heading_seam(text, match.start() - 1, match.start(), end)
            if found is not None:
                yield found

    # -- terminators ---------------------------------------------------------------------------

    def _after_terminator(self, text: str, start: int, stop: int, end: int) -> Span | None:
        cut = skip_closers(text, stop, end)
        resume = skip_space(text, cut, end)
        if resume >= end:
            return None
        following = text[resume]
        if resume == cut:
            return (cut, cut) if self._glued_start(text, start, cut, cut > stop, end) else None
        if following in _NOT_A_START or following.islower():
            return None
        if text[start:stop] != "." or cut > stop:
            return cut, resume
        return (cut, resume) if self._period_ends_sentence(text, start, resume, end) else None

    def _period_ends_sentence(self, text: str, period: int, following: int, end: int) -> bool:
        """A period before a capital: decide between a sentence end and an abbreviation."""
        word = word_before(text, period)
        data = self.data
        if not word or word in data.final:
            return True
        if word in data.titles:
            return False
        if len(word) == 1 and word.isupper():  # an initial: "J. Smith", "Kim J. Un"
            return False
        if word in data.abbreviations or _DOTTED.match(word) or (word.isdigit() and len(word) <= 2):
            return self._starter_at(text, following, end)
        return True

    def _before_lowercase(self, text: str, period: int, end: int) -> Span | None:
        """A period then a lowercase word ends a (glued teaser) sentence after a plain word."""
        if not self.period_may_end(text, period):
            return None
        return period + 1, skip_space(text, period + 1, end)

    def period_may_end(self, text: str, period: int) -> bool:
        """Whether the period at `period`, before a lowercase word, may end a sentence: not after
        an abbreviation, a title, a dotted or short word ("proc. r/r", "ca. zwei", "2025 r. wzrost")
        nor inside an address. Dedup's piece seams ask it too (`dedup.pieces.segment_pieces`)."""
        word = word_before(text, period)
        data = self.data
        if _DOTTED.match(word) or word in data.abbreviations or word in data.titles or word in data.final:
            return False
        letters = letters_before(word, len(word))
        return len(letters) >= data.lowercase_split_min_letters and not any(c in URL_MARKS for c in word)

    def _glued_start(self, text: str, start: int, cut: int, closed: bool, end: int) -> bool:
        """A terminator glued to the next word: "pays.Le", "épouvantail »INTERVIEW", ".”@name"."""
        following = text[cut]
        if closed:
            return following.isupper() or following in "@#"
        if not (text[start - 2 : start].isalpha() and text[start - 2 : start].islower()):
            return False
        if not (following.isupper() and cut + 1 < end and text[cut + 1].islower()):
            return False
        return not url_like(text, cut, end)

    def _starter_at(self, text: str, pos: int, end: int) -> bool:
        while pos < end and text[pos] in OPENING:
            pos += 1
        match = _LETTERS_THEN_APOSTROPHE.match(text, pos, end)
        if match is None:
            return False
        word, apostrophe = match.groups()
        return word in (self.data.elisions if apostrophe else self.data.starters)

    # -- seams ---------------------------------------------------------------------------------

    def _camel_seam(self, text: str, start: int, pos: int, end: int, words: DocumentWords) -> Span | None:
        """A lowercase letter glued to a capital: a title/body seam or a camel-case name."""
        if url_like(text, pos, end):
            return None
        left = letters_before(text, pos)
        right_end = letters_after(text, pos, end)
        right = text[pos:right_end]
        if left + right in self.data.no_split:
            return None
        after = text[right_end] if right_end < end else ""
        if right in self.data.articles and after.isspace():
            return pos, pos
        if right in self.data.elisions and after in "'’" and text[right_end + 1 : right_end + 2].islower():
            return pos, pos
        if len(right) >= 3 and right.isupper() and self._dateline.match(text, right_end, end):
            return pos, pos
        shortest = self.data.seam_half_min_letters
        if len(left) < shortest or len(right) < shortest or not right[1:].islower():
            return None
        if title_words_before(text, start, pos - len(left)) < self.data.seam_title_words:
            return None  # "MarketWatch" alone in a menu
        return (pos, pos) if left in words and right in words else None

    def _heading_seam(self, text: str, start: int, stop: int, end: int) -> Span | None:
        """A title glued to its body by one space ("spatiales Après s'être", "Smith SEOUL - Le")."""
        word_end = letters_after(text, stop, end)
        following = text[stop:word_end]
        after = text[word_end : word_end + 1]
        data = self.data
        if len(following) >= 3 and following.isupper():
            if not self._dateline.match(text, word_end, end):
                return None
        elif after in "'’" and after:
            if following not in data.elisions:
                return None
        elif len(following) < 2 or following not in data.starters:
            return None
        before = word_before(text, start)
        if before in data.titles or before in data.joiners:  # "Mr He said", "céréalier à Auch depuis"
            return None
        if following.isupper() and len(following) >= 3 and before[:1].islower():  # "la KCNA - "
            return None
        if before[:1].isupper() and following in data.name_particles:  # "Kim Jong Un a"
            return None
        return start, stop

    def _caps_seam(self, text: str, start: int, stop: int, end: int, words: DocumentWords) -> Span | None:
        """An all-caps token before a dateline: "KCNASEOUL - Le" when "KCNA" is a word."""
        token = text[start:stop]
        shortest = self.data.caps_prefix_min_letters
        for size in range(len(token) - shortest, shortest - 1, -1):
            if token[:size] in words:
                return start + size, start + size
        if start > 0 and text[start - 1].isspace():  # a whole dateline: "Josh Smith SEOUL - Le"
            return self._heading_seam(text, start - 1, start, end)
        return None
