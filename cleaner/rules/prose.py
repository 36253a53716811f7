"""Prose signals of one paragraph and the logistic model that turns them into a prose score.

Language-light on purpose: length, punctuation, stopword density, capitalised and digit tokens.
Scripts written without spaces between words get character-based word counts: Chinese and
Japanese (`CjkSettings`), Thai, Lao, Khmer and Myanmar (`UnspacedSettings`, which also count
their glued function words and take a long line as a sentence, as Thai and Lao end sentences
with a space or nothing). The stopword share is judged against the page's own sentences
(`page_prose.page_lifts`), as languages that glue their particles to words write prose with half the
free-standing function words of English. Weights and thresholds: data/scorer.toml.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from operator import and_, itemgetter

from ..scan import ascii_words, chunks
from ..words import WORD as _WORD
from ..types import Paragraph
from .settings import CjkSettings, ScorerSettings, UnspacedSettings
from ..compiled import kept

# Latin, CJK, Myanmar and Khmer marks; the danda of Devanagari and Bengali (।॥), Arabic and Urdu
# (،؛؟۔), Armenian (։), Ethiopic (።፣፤) and Tibetan (།) ones: sentences in those scripts end and
# pause with them, not with a full stop.
_PUNCT_CHARS = ",.;:!?，、。；：！？၊။។៕៖।॥،؛؟۔։።፣፤།"
_PUNCT = kept(f"[{_PUNCT_CHARS}]")
_ASCII_PUNCT = re.compile("[,.;:!?]")  # `_PUNCT` on an ASCII text
_FIRST = itemgetter(0)
# Han ideographs and kana: scripts written without spaces between words (Hangul has spaces).
_CJK = kept(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Myanmar, Thai, Lao and Khmer letters, marks and punctuation, not their digits (a date's digits
# count as the digit tokens they are). \w+ splits these scripts at every vowel or tone mark, which
# Unicode does not count as alphanumeric, so their \w+ tokens are not words at all: their runs
# are counted in characters instead.
_UNSPACED_CHARS = "\u1000-\u103f\u104a-\u108f\u109a-\u109f\u0e00-\u0e4f\u0e5a-\u0ecf\u0eda-\u0eff\u1780-\u17df\u17ea-\u17ff"
UNSPACED = re.compile(f"[{_UNSPACED_CHARS}]+")
_STOPLESS_SCRIPT = re.compile("[\u0e01-\u0e4f\u0e81-\u0ecf]")  # Thai and Lao letters: scripts with no full stop
# Those scripts and Chinese and Japanese start at U+0E00: a text without such a character has none.
_SPACELESS_FROM = kept("[\u0e00-\U0010ffff]")
_LEAD = 8  # a headline glued before a teaser summary shows in its first words
_WINDOW_CHARS = 1 << 20  # a paragraph longer than this is counted a window at a time
HAS_DIGIT = re.compile(r"\d").search
_SENTENCE_END = frozenset('.!?…"”»\'’)。！？」』။។៕।॥؟۔։።།')
# Armenian's full stop (։) is typed as a plain colon on many sites: a colon right after an
# Armenian letter ends the line like a sentence (an Armenian page of such lines had no sentence
# at all, no body was found and the page stayed whole with its menus and related links).
_COLON_STOP = re.compile("[\u0531-\u0587]:$")
# German, Czech, Bulgarian ... close a quote with “ or ‘, the English opening marks ("Hand.“"): after
# a full stop they end a sentence; alone, as after a quoted headline („Kein Museum“), they do not.
_QUOTED_STOP = re.compile("[.!?…][“‘«]$")
# A sentence's own end for `sentence_capitals`: a full stop, question or exclamation mark after a
# letter or figure (a closing quote may follow), not a teaser's cut ("Lock Scr...") nor a count in
# brackets ("... “at a minimum” (130)").
_FULL_STOP = re.compile(r"\w[.!?][\"”’»']?$")
_EMPTY = {"words": 0.0, "log_words": 0.0, "stopwords": 0.0, "ends_sentence": 0.0, "punctuation": 0.0,
          "capitalised": 0.0, "leading_capitals": 0.0, "digits": 0.0, "caseless": 0.0, "name_capitals": 0.0}  # fmt: skip


def paragraph_signals(
    text: str,
    stopwords: frozenset[str],
    cjk: CjkSettings | None = None,
    unspaced: UnspacedSettings | None = None,
) -> dict[str, float]:
    """Signals of one paragraph's kept text; `stopwords` empty means: use short lowercase words.

    Chinese and Japanese write words without spaces, so a whole clause is one ``\\w+`` token:
    there, `cjk` turns characters into word counts and counts kana and function characters
    as the stopwords they are; `unspaced` does the same for Thai, Lao, Khmer and Myanmar.
    """
    stripped = text.rstrip()
    counts = _TokenCounts(stopwords, cjk, unspaced, _FULL_STOP.search(stripped[-3:]) is not None)
    if len(text) <= _WINDOW_CHARS:
        counts.add(text)  # most paragraphs: one window, without the generator
    else:
        for chunk in chunks(text, _WINDOW_CHARS):
            counts.add(chunk)
    # A run of characters without spaces (a base64 blob, a URL list) is split by \w+ into
    # thousands of "words" that would weigh as page chrome and cut the article in two; no
    # spaced prose has more than about two \w+ tokens per space-separated chunk.
    words = float(min(counts.tokens, 2 * counts.chunks))
    function_words = float(counts.function)
    if cjk is not None and counts.cjk:
        words += counts.ideographic / cjk.chars_per_word - counts.glued
        function_words += counts.function_chars / cjk.chars_per_word
    script_words = 0.0
    if counts.run_chars and unspaced is not None:
        script_words = counts.run_chars / unspaced.chars_per_word
        words += script_words
        function_words += counts.run_function
    if words <= 0:
        return dict(_EMPTY)
    ends = bool(stripped) and (stripped[-1] in _SENTENCE_END or _COLON_STOP.search(stripped[-2:]) is not None or _QUOTED_STOP.search(stripped[-2:]) is not None)
    signals = {
        "words": words,
        "log_words": math.log1p(words),
        "stopwords": min(function_words / words, 1.0),
        "ends_sentence": 1.0 if ends or _unspaced_sentence(script_words, counts.run_function, unspaced, stripped) else 0.0,
        "punctuation": min(counts.punctuation / words, 1.0),
        "capitalised": counts.capitalised / words,
        "name_capitals": counts.name_followers / words,
        "leading_capitals": sum(map(str.isupper, map(_FIRST, counts.lead))) / max(min(words, _LEAD), 1.0),
        "digits": counts.digits / words,
        "caseless": counts.caseless / counts.tokens if counts.tokens else float(counts.run_chars > 0),
    }
    if counts.run_chars and unspaced is not None:
        signals["caseless_name"] = float(_name_chunks(stripped, unspaced))
        # a clause without a stop mark: enough words and a function word (blocks.with_tail)
        signals["unspaced_clause"] = float(script_words >= unspaced.sentence_short_words and counts.run_function > 0)
    elif counts.cjk:
        signals["caseless_name"] = float(_han_name_chunks(stripped))
    return signals


def _unspaced_sentence(script_words: float, function: int, unspaced: UnspacedSettings | None, text: str) -> bool:
    """Whether a line in Thai, Lao, Khmer or Myanmar ends like a sentence without a stop mark: a
    long one does; a shorter one (`sentence_short_words`) when it keeps its glued function words,
    which headlines and link titles drop ("นักวิเคราะห์คาดว่า กนง. อาจลดดอกเบี้ย..." closing an
    article, 15 words, was cut off; "เชียงใหม่เปิดรถไฟฟ้ารางเบาสายแรก ค่าโดยสาร..." is a headline).
    In Thai and Lao, which write no full stop at all, from `stopless_short_words` on: a story's
    second paragraph of ten words ("โครงการนี้ใช้งบประมาณราว 2 หมื่นล้านบาท") ended like no
    sentence, and the article went on under a "read more" link without it; Myanmar and Khmer
    end theirs on "။" and "។", and a link's title there holds as many function words."""
    if unspaced is None or script_words <= 0:
        return False
    if script_words >= unspaced.sentence_min_words:
        return True
    shortest = unspaced.stopless_short_words if _STOPLESS_SCRIPT.search(text) is not None else unspaced.sentence_short_words
    return script_words >= shortest and function / script_words >= unspaced.sentence_short_function


class _TokenCounts:
    """What `paragraph_signals` counts, added up window by window: a 50 MB paragraph is never
    ten million token strings at once, and every count is the one the whole text gives (the
    windows are cut at whitespace, which no counted token or run contains)."""

    def __init__(self, stopwords: frozenset[str], cjk: CjkSettings | None, unspaced: UnspacedSettings | None, names: bool = False):
        self._stopwords, self._cjk, self._unspaced = stopwords, cjk, unspaced
        self._names = names  # count `name_followers` (a line closing on a full stop: sentence_capitals)
        self.name_followers = 0  # capitalised tokens right after another: a name's later words
        self.tokens = self.chunks = self.function = self.capitalised = self.digits = self.punctuation = 0
        self.caseless = 0  # tokens opening with a letter without case (not counted in ASCII, nor with stopwords)
        self.cjk = False
        self.ideographic = self.glued = self.function_chars = 0
        self.run_chars = self.run_function = 0
        self.lead: list[str] = []

    def add(self, text: str) -> None:
        """Count one window; an ASCII one (most paragraphs) the cheap way, with the same counts."""
        if text.isascii():
            self._add_ascii(text)
        else:
            self._add_any(text)

    def _add_any(self, text: str) -> None:
        """Any script: \\w+ tokens, but the runs of spaceless scripts counted in characters."""
        tokens = _WORD.findall(text)
        spaceless = _SPACELESS_FROM.search(text) is not None  # most non-ASCII text is Latin, Greek, Cyrillic...
        runs = UNSPACED.findall(text) if spaceless and self._unspaced is not None else []
        if runs:  # \w+ fragments of those scripts are not words: their characters count instead
            tokens = [t for t in tokens if UNSPACED.search(t) is None]
            self.run_chars += sum(map(len, runs))
            if self._unspaced.function_words:  # type: ignore[union-attr]
                glued_words = _function_words(self._unspaced.function_words)  # type: ignore[union-attr]
                self.run_function += sum(len(glued_words.findall(run)) for run in runs)
        if spaceless and self._cjk is not None and _CJK.search(text) is not None:
            self.cjk = True
            self.ideographic += sum(map(len, _CJK.findall(text)))
            self.glued += sum(1 for t in tokens if _CJK.search(t) is not None)
            function_chars = re.compile(f"[{re.escape(self._cjk.function_chars)}]")  # re caches the class
            self.function_chars += len(function_chars.findall(text))
        self._add_tokens(text, tokens, _PUNCT)
        if not self._stopwords:  # only read where no stopword list counts function words (page_lifts)
            self.caseless += sum(1 for t in tokens if t[0].isalpha() and not t[0].isupper() and not t[0].islower())
        if HAS_DIGIT(text) is not None:
            self.digits += len(list(filter(None, map(HAS_DIGIT, tokens))))

    def _add_ascii(self, text: str) -> None:
        """`add` for a text of ASCII characters alone (most of them): no letter of the spaceless
        scripts, \\w+ is [A-Za-z0-9_]+, so the tokens are what is left once every other
        character is a space, and a token holds a digit only if the text does."""
        tokens = ascii_words(text)
        self._add_tokens(text, tokens, _ASCII_PUNCT)
        if any(map(text.__contains__, "0123456789")):
            self.digits += len(list(filter(None, map(HAS_DIGIT, tokens))))

    def _add_tokens(self, text: str, tokens: list[str], punctuation: re.Pattern[str]) -> None:
        """The counts every script shares; `punctuation`: `_PUNCT`, or the class of those of its
        characters the text may hold (one findall: thirty str.count calls cost five times more)."""
        self.tokens += len(tokens)
        self.chunks += len(text.split())
        if self._stopwords:
            self.function += sum(map(self._stopwords.__contains__, map(str.lower, tokens)))
        else:
            self.function += sum(1 for t in tokens if len(t) <= 3 and t.islower())
        self.punctuation += len(punctuation.findall(text))
        if self._names:
            capitals = list(map(str.isupper, map(_FIRST, tokens)))
            self.capitalised += sum(capitals)
            self.name_followers += sum(map(and_, capitals, capitals[1:]))
        else:
            self.capitalised += sum(map(str.isupper, map(_FIRST, tokens)))
        if len(self.lead) < _LEAD:
            self.lead += tokens[: _LEAD - len(self.lead)]


@lru_cache(maxsize=8)
def _function_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the glued function words, longest first (ແລ້ວ before ແລະ's prefix)."""
    return re.compile("|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))))


# A chunk of a name: the script's letters, with dots after a title's abbreviation ("ดร.สมชาย").
_NAME_CHUNK = re.compile(f"(?:[{_UNSPACED_CHARS}]+\\.?)+")


def _name_chunks(text: str, unspaced: UnspacedSettings) -> int:
    """How many space-separated chunks the line has when it may be a name alone on its line, in
    a script without capitals (given name, family name, maybe a title: "สมชาย ใจดี"): chunks of
    the script only, short in all and each (a Lao headline of two chunks, "ວຽງຈັນ ເປີດຕະຫຼາດກາງຄືນແຫ່ງໃໝ່",
    is 29 characters, one chunk 23), no digit nor punctuation but a title's dots; else 0. Whether
    2 or 3 chunks make a name is the byline check's to say (title.py)."""
    chunks = text.split()
    if sum(map(len, chunks)) > unspaced.name_max_chars or max(map(len, chunks), default=0) > unspaced.name_chunk_max_chars:
        return 0
    for chunk in chunks:
        if _NAME_CHUNK.fullmatch(chunk) is None or HAS_DIGIT(chunk) or _PUNCT.search(chunk.replace(".", "")):
            return 0
    return len(chunks)


# A Japanese byline's name: family and given names of one to three kanji each, a space between
# ("高橋 誠", "経済ジャーナリスト 高橋 誠"); a headline's last phrases carry kana or run longer.
_HAN_NAME = kept(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]{1,3}")
_HAN_NAME_MAX_CHARS = 24


def _han_name_chunks(text: str) -> int:
    """How many space-separated chunks a Chinese or Japanese line has when it ends on a name
    written with a space ("高橋 誠", maybe after a role: "経済ジャーナリスト 高橋 誠"); else 0.
    Without capitals, such a byline was taken for the headline right above the body."""
    chunks = text.split()
    if not 2 <= len(chunks) or sum(map(len, chunks)) > _HAN_NAME_MAX_CHARS:
        return 0
    if not all(_HAN_NAME.fullmatch(chunk) for chunk in chunks[-2:]):
        return 0
    if any(HAS_DIGIT(chunk) or _PUNCT.search(chunk) for chunk in chunks):
        return 0
    return len(chunks)


COUNTED = "counted_words"  # the signal `Scorer` sets for a line of a language with a word weight


def counted_words(signals: dict[str, float]) -> float:
    """A line's words as counted for the thresholds that stand for "long enough to be prose, a
    headline, more than a menu's label" (`list_prose_min_words`, `menu_max_words`...): its word
    count times its language's `word_weight` (rule files). Those thresholds count English words;
    "Päivystykseen tulee 14 uutta hoitohuonetta ja oma odotustila lapsille." says in 9 words what
    English says in 12. A language without a weight has no such signal: the count itself."""
    return signals.get(COUNTED, signals["words"])


def weigh_words(signals: dict[str, float], weight: float) -> None:
    """Set `counted_words` of one line's signals for a language's `word_weight` (none at 1.0)."""
    if weight != 1.0:
        signals[COUNTED] = signals["words"] * weight
    else:
        signals.pop(COUNTED, None)


def page_word_weight(lines: list[str], reference_chars: float, ceiling: float) -> float:
    """The `word_weight` a page's own sentences show, for a page whose language has none (no
    rule file, or no stopword list to name it): their characters per word (marks included) over
    `reference_chars`, English's, from 1 to `ceiling`. Malayalam glues case endings, postpositions
    and auxiliaries onto its words (8.8 characters a word, "ജലമെട്രോയുടെ"): a short story's
    sentences of four to nine words were all under the sentence lengths the scorer counts in
    English words, no body was found, and the page was left whole with its menus."""
    tokens = [t for line in lines for t in _WORD.findall(line) if _CJK.search(t) is None and UNSPACED.search(t) is None]  # those count characters already
    if not tokens:
        return 1.0
    return min(max(sum(map(len, tokens)) / len(tokens) / reference_chars, 1.0), ceiling)


def removed_words(text: str, par: Paragraph, unspaced: UnspacedSettings | None) -> float:
    """A removed line's words: its \\w+ tokens, but in Thai, Lao, Khmer or Myanmar (which \\w+
    splits at every vowel and tone mark) the count its kept text would have had."""
    if unspaced is not None and UNSPACED.search(text, par.start, par.end) is not None:
        return text_words(text[par.start : par.end], None, unspaced)
    return float(len(_WORD.findall(text, par.start, par.end)))


def long_clause(text: str, par: Paragraph, unspaced: UnspacedSettings | None, max_tokens: int) -> bool:
    """Whether a line in Thai, Lao, Khmer or Myanmar holds more words than a shape looks at."""
    if unspaced is None or UNSPACED.search(text, par.start, par.end) is None:
        return False
    return text_words(text[par.start : par.end], None, unspaced) > max_tokens


def text_words(text: str, cjk: CjkSettings | None, unspaced: UnspacedSettings | None) -> float:
    """The word count `paragraph_signals` would give `text` (for lines a rule removed)."""
    return paragraph_signals(text, frozenset(), cjk, unspaced)["words"]


def sentence_capitals(signals: dict[str, float], s: ScorerSettings) -> float:
    """The capitalised share a line is scored with: a sentence's (on a sentence mark, at least
    `name_sentence_min_words` words, a stopword share of `name_sentence_min_stopwords`) counts
    each capitalised word right after another (a name's later words) `name_follower_weight`
    times. "The South African National Roads Agency (Sanral) said the road surface would be
    inspected before it reopens." holds 0.41 capitalised words, a menu's share, and closing a
    page under an embedded tweet it fell out of the article; its names are two runs. Menus,
    headlines and link lists end on no sentence mark and keep every capital."""
    capitals = signals["capitalised"]
    followers = signals.get("name_capitals", 0.0)
    if followers == 0.0 or not signals["ends_sentence"] or signals["words"] < s.name_sentence_min_words:
        return capitals
    if signals["stopwords"] < s.name_sentence_min_stopwords:
        return capitals
    return capitals - followers * (1.0 - s.name_follower_weight)


def prose_score(
    signals: dict[str, float], settings: ScorerSettings, weights: tuple[tuple[str, float], ...] | None = None
) -> float:
    """Logistic combination of the signals: 1 looks like article prose, 0 like page chrome.

    `weights` is `settings.weights` sorted by name (a sum in a fixed order gives the same bits
    every time), when the caller keeps it sorted already."""
    if signals["words"] == 0:
        return 0.0
    ordered = weights if weights is not None else sorted(settings.weights.items())
    get = signals.get  # a list, not a generator, summed: asked of every line each scorer pass
    z = settings.bias + sum([w * get(name, 0.0) for name, w in ordered])
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
