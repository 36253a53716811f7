"""Which reading of a page is text: the letter statistics that tell a Central European or Turkish
page a crawler decoded as Latin-1 from a page decoded right (`reads_better`), and the CJK charset
an undeclared page read as Latin-1 was in (`common_reading`).

Read as Latin-1, Czech 'úřad' is 'úøad', Croatian 'Hrvačka' 'Hrvaèka', Turkish 'başına' 'baþýna':
letters all, which the symbol test (`latinguess.mended`) does not see. Yet those words belong to no
language written in Latin-1, and the declared charset's reading makes them words of one of its
languages. The alphabets and thresholds are data (`data/alphabets.toml`); the words counted are the
ones the two readings spell differently, so a page's ASCII words and shared letters ('á', 'é')
weigh nothing either way.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, NamedTuple

from .errors import ConfigError
from .tomlfile import read_toml

DATA_FILE = Path(__file__).resolve().parent / "data" / "alphabets.toml"
_WORD = re.compile(r"[^\W\d_]+")
_CHUNK = re.compile(r"\S+")
_ORDINALS = "ªº"  # letters to Python, symbols in text ('nº 3', '2ª fase')
_BY_LETTER = re.compile(r"(?<=[^\W\d_])[^\w\s]|[^\w\s](?=[^\W\d_])")  # a character beside a letter
_C1 = re.compile("[\u0080-\u009f]")
_SYMBOLS = frozenset({"Sm", "Sc", "Sk", "So", "Po"})  # not quotes, dashes, brackets: they stand beside words
_IN_WORDS = "·’"
# A combining mark after no letter: windows-1258 writes a Vietnamese tone after its letter, so one
# opening a word is another charset's letter read as a mark ('Þjóð' in windows-1258 is '\u0303jóđ').
_ORPHAN_MARK = re.compile(r"(?<![^\W\d_])(?<![\u0300-\u036f])[\u0300-\u036f]")


@dataclass(frozen=True)
class Alphabets:
    """Each language's letters beyond ASCII, its rare ones, and the test's thresholds."""

    letters: dict[str, frozenset[str]]  # each language's letters, and their variants
    own: dict[str, frozenset[str]]  # each language's letters as alphabets.toml lists them
    variants: dict[str, str]  # letter: the letter a charset lacking it writes in its place
    rare: dict[str, str]
    rare_max_share: float
    rare_min_words: int
    min_changed_words: int
    min_fit: float
    min_gained: int
    min_gained_share: float
    mixed_min_letters: int
    mixed_min_share: float
    mixed_min_unwritten: int
    mixed_max_strays: float
    latin_guesses: tuple[str, ...]  # the Latin-script charsets an undeclared page may be in, in order
    sibling_families: tuple[tuple[str, ...], ...]  # charsets a page declaring one of them may be in instead
    sibling_min_strays: int  # a declared Latin-script charset's reading: strays before a sibling is tried
    sibling_min_kinds: int
    sibling_max_share: float
    cjk: dict[str, str]  # charset: language
    common: dict[str, frozenset[str]]  # language: its most frequent characters and punctuation
    cjk_min_characters: int
    cjk_top: int
    cjk_min_share: float
    cjk_min_ratio: float
    cjk_min_high_share: float
    written: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)  # `languages` by codec

    def languages(self, codec: str) -> tuple[str, ...]:
        """The languages `codec` writes all the letters of (each, or its variant). Kept per codec:
        every test asks it several times, and a JSONL file in a legacy code page is tested line by line."""
        if codec not in self.written:
            self.written[codec] = tuple(lang for lang, letters in self.own.items() if _writes(codec, letters, self._variants))
        return self.written[codec]

    @property
    def _variants(self) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(self.variants.items()))


@lru_cache(maxsize=1)
def alphabets() -> Alphabets:
    table = read_toml(DATA_FILE, "alphabets file")
    test, cjk = table["test"], table["cjk"]
    punctuation = cjk["punctuation"]
    variants = dict(table["variants"])
    return Alphabets(
        letters={lang: frozenset(letters) | {variants[c] for c in letters if c in variants}
                 for lang, letters in table["alphabets"].items()},
        own={lang: frozenset(letters) for lang, letters in table["alphabets"].items()},
        variants=variants,
        rare=dict(table["rare"]),
        rare_max_share=float(test["rare_max_share"]),
        rare_min_words=int(test["rare_min_words"]),
        min_changed_words=int(test["min_changed_words"]),
        min_fit=float(test["min_fit"]),
        min_gained=int(test["min_gained"]),
        min_gained_share=float(test["min_gained_share"]),
        mixed_min_letters=int(test["mixed_min_letters"]),
        mixed_min_share=float(test["mixed_min_share"]),
        mixed_min_unwritten=int(test["mixed_min_unwritten"]),
        mixed_max_strays=float(test["mixed_max_strays"]),
        latin_guesses=tuple(table["latin"]["guesses"]),
        sibling_families=tuple(tuple(family) for family in table["siblings"]["families"]),
        sibling_min_strays=_bounded(table, "siblings", "min_strays", 1, 1000),
        sibling_min_kinds=_bounded(table, "siblings", "min_kinds", 1, 100),
        sibling_max_share=float(_bounded(table, "siblings", "max_share", 0, 1)),
        cjk=dict(cjk["charsets"]),
        common={lang: frozenset(chars + punctuation) for lang, chars in table["common_characters"].items()},
        cjk_min_characters=int(cjk["min_characters"]),
        cjk_top=int(cjk["top"]),
        cjk_min_share=float(cjk["min_share"]),
        cjk_min_ratio=float(cjk["min_ratio"]),
        cjk_min_high_share=float(cjk["min_high_share"]),
    )


def _bounded(table: dict[str, Any], section: str, key: str, low: float, high: float) -> int | float:
    """A setting of alphabets.toml's `[section]`, checked against its bounds (a typo must not
    switch a test off). Checked here, not by the rules' settings loader: these tables are no
    settings dataclass. The error names the file, the table and the key as that loader does."""
    value = table[section][key]
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not low <= value <= high:
        raise ConfigError(f"{DATA_FILE}: [{section}] {key} must be a number from {low} to {high} (got {value!r})")
    return value


@lru_cache(maxsize=128)
def _writes(codec: str, letters: frozenset[str], variants: tuple[tuple[str, str], ...] = ()) -> bool:
    """Whether `codec` writes every one of `letters`: as it is, as its variant, or as a letter of
    one mark and a combining mark (windows-1258's Vietnamese)."""
    instead = dict(variants)
    return all(any(_encodes(form, codec) for form in (letter, instead.get(letter, letter), *_one_mark_off(letter)))
               for letter in letters)


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except (UnicodeError, LookupError):
        return False
    return True


def _one_mark_off(letter: str) -> tuple[str, ...]:
    """The letter as the letter without one of its marks and that mark combining ('ấ': 'â' U+0301;
    'ộ': 'ô' U+0323 or 'ọ' U+0302)."""
    decomposed = unicodedata.normalize("NFD", letter)
    return tuple(unicodedata.normalize("NFC", decomposed[:i] + decomposed[i + 1:]) + decomposed[i]
                 for i in range(1, len(decomposed)))


class Evidence(NamedTuple):
    """What the words the two readings spell differently say (counted once each)."""

    changed: int  # words spelled differently
    fit: int  # of them, words of the one language of the declared charset that fits most
    gained: int  # of those, words whose Latin-1 spelling the best Latin-1 language does not write
    second: int  # most of the gained words one Latin-1 language writes (with its rare letters)


def reads_better(latin: str, other: str, codec: str) -> bool:
    """`other` (the page in `codec`, character for character the same length as `latin`, its
    Latin-1 reading) is the text: the words the two spell differently are words of one language
    of `codec` in `other`, and in `latin` enough of them are no word of the Latin-1 language that
    fits it best. A right Latin-1 page ('déjà', 'Þjóðhátíð') fits its own language and stays."""
    table = alphabets()
    seen = evidence(latin, other, codec)
    return (seen.changed >= table.min_changed_words and seen.fit >= table.min_fit * seen.changed
            and seen.gained >= max(table.min_gained, table.min_gained_share * seen.changed)
            and seen.second < seen.gained)


def speaks(latin: str, other: str, codec: str, lang: str | None) -> bool:
    """`other` (the page in `codec`) is the text of a page declaring `lang`, a language `codec`
    writes and windows-1252 does not: the words the two readings spell differently are words of
    `lang` in `other` (`min_fit` of them), and enough of them are not in `latin` ('Rîgâ', 'plânu':
    Latvian 'Rīgā', 'plānu' read as Latin-1 look French, so `reads_better` keeps them)."""
    table = alphabets()
    if not lang or lang not in table.own or len(latin) != len(other):
        return False
    if lang not in table.languages(codec) or lang in table.languages("cp1252"):
        return False
    changed = {pair for pair in _changed_words(latin, other) if pair[0] != pair[1]}
    letters = table.letters[lang]
    fit = sum(_spells(new, letters) for _, new in changed)
    foreign = sum(not _spells(old, letters) for old, _ in changed)
    return (len(changed) >= table.min_changed_words and fit >= table.min_fit * len(changed)
            and foreign >= max(table.min_gained, table.min_gained_share * len(changed)))


def unmixes(latin: str, other: str, codec: str) -> bool:
    """`other` (the page in `codec`) writes in one language of `codec` the letters that `latin`, its
    Latin-1 reading, spreads over several Latin-1 languages: the one writing most of `latin`'s
    letters beyond ASCII leaves `mixed_min_share` of them unwritten (`mixed_min_unwritten` at
    least, of `mixed_min_letters`), the letters the two readings
    differ in are no one Latin-1 language's either, and `other`'s strays are at most
    `mixed_max_strays` of its letters. Hungarian read as Latin-1 ('következõ', 'mûködés') spells
    Portuguese 'õ' and French 'û' beside Spanish 'á' and German 'ö', where each word alone may be
    Portuguese or Estonian; a right page quoting another language ('città' in an Irish text)
    changes only that language's letters."""
    table = alphabets()
    own = [lang for lang in table.languages(codec) if lang not in table.languages("cp1252")]
    if len(latin) != len(other) or not own:
        return False
    seen = Counter(char.lower() for char in latin if not char.isascii() and _letter(char))
    total = sum(seen.values())
    western = [table.letters[lang] for lang in table.languages("cp1252")]
    unwritten = min(sum(count for char, count in seen.items() if char not in letters) for letters in western)
    if total < table.mixed_min_letters or unwritten < max(table.mixed_min_unwritten, table.mixed_min_share * total):
        return False
    changed = {old.lower() for old, new in zip(latin, other) if old != new and _letter(old) and not old.isascii()}
    if any(changed <= letters for letters in western):
        return False
    controls, stray = strays(other, codec)
    return controls + stray <= table.mixed_max_strays * total


def stand_ins(reading: str) -> int:
    """How many letters of `reading` are a charset's stand-ins for another ([variants]: 'ş' for
    Romanian 'ș'): of two readings alike but for them, the one writing the letters themselves is
    the page's (an ISO-8859-16 page read in windows-1250 spells every 'ș' so)."""
    stand = frozenset(alphabets().variants.values())
    return sum(reading.count(char) + reading.count(char.upper()) for char in stand)


def strays(reading: str, codec: str) -> tuple[int, int]:
    """What in `reading` (a page in `codec`) is no text of the language of `codec` it fits best,
    worst first: C1 controls (a letter of another charset read as none: windows-1250's 'š' in
    ISO-8859-2); then letters beyond ASCII that language does not have and symbols beside a
    letter (a symbol of the page read as a letter, a letter read as a symbol: ISO-8859-16's '„'
    read in windows-1250 is 'Ą' before a word, ISO-8859-2's 'ą' 'dawn±')."""
    controls, others = stray_characters(reading, codec)
    return sum(controls.values()), sum(others.values())


def stray_characters(reading: str, codec: str, every_language: bool = False) -> tuple[Counter[str], Counter[str]]:
    """The characters `strays` counts, each with its count: the C1 controls, and the rest (the
    symbols beside a letter, combining marks after no letter, the letters lower-cased), so a test can tell one stray byte
    repeated (a right page's 'µg') from several kinds of them. The languages are the ones of
    `codec` windows-1252 does not write, or with `every_language` all it writes (a right Catalan
    page in windows-1254 is text, though no Turkish)."""
    table = alphabets()
    seen = Counter(char.lower() for char in reading if not char.isascii() and char.isalpha())
    controls = Counter(_C1.findall(reading))
    symbols = Counter(char for char in _BY_LETTER.findall(reading)
                      if not char.isascii() and char not in _IN_WORDS and unicodedata.category(char) in _SYMBOLS)
    symbols += Counter(_ORPHAN_MARK.findall(reading))
    own = [lang for lang in table.languages(codec) if every_language or lang not in table.languages("cp1252")]
    unwritten = (Counter({char: count for char, count in seen.items() if char not in table.letters[lang]}) for lang in own)
    others = min(unwritten, key=lambda counts: sum(counts.values()), default=seen)
    return controls, symbols + others


def evidence(latin: str, other: str, codec: str) -> Evidence:
    """The counts `reads_better` weighs; zeros when `codec` has no language of its own (one
    windows-1252 does not write). Gained words all written by one other Latin-1 language are
    names or quotes of that language in a right page ('Tromsø' in Italian), and a rare letter
    that was held too often for the best language counts again there: a right Icelandic page
    full of 'ý' words is Icelandic still."""
    table = alphabets()
    own = [lang for lang in table.languages(codec) if lang not in table.languages("cp1252")]
    if len(latin) != len(other) or not own:
        return Evidence(0, 0, 0, 0)
    changed = {pair for pair in _changed_words(latin, other) if pair[0] != pair[1]}
    if not changed:
        return Evidence(0, 0, 0, 0)
    fit, lang = max((sum(_spells(word, table.letters[lang]) for _, word in changed), lang) for lang in own)
    western = _western(latin, table)
    best = max(western, key=lambda name: sum(_spells(word, western[name]) for word, _ in changed))
    gained = [old for old, new in changed if _spells(new, table.letters[lang]) and not _spells(old, western[best])]
    second = max(sum(_spells(old, table.letters[name]) for old in gained) for name in western)
    return Evidence(len(changed), fit, len(gained), second)


def one_western_language(latin: str) -> bool:
    """Some language windows-1252 writes has every letter beyond ASCII of `latin` (its rare
    letters held in too many words taken out, as `evidence` weighs them): with no symbol inside
    a word that another charset reads as a letter, then no word of `latin` is foreign to that
    language, and neither `reads_better` nor `unmixes` can hold (a right French text)."""
    seen = {char.lower()[0] for char in latin if not char.isascii() and _letter(char)}
    return any(seen <= letters for letters in _western(latin, alphabets()).values())


def _western(latin: str, table: Alphabets) -> dict[str, frozenset[str]]:
    """The letters of each language windows-1252 writes, less the rare ones `latin` holds in too
    many words for that language ('ý' in every fifth word is not Icelandic)."""
    words = [word.lower() for word in _WORD.findall(latin)]
    out = {}
    for lang in table.languages("cp1252"):
        letters = table.letters[lang]
        for char in table.rare.get(lang, ""):
            count = sum(char in word for word in words)
            if count >= table.rare_min_words and count > table.rare_max_share * len(words):
                letters = letters - {char}
        out[lang] = letters
    return out


def _letter(char: str) -> bool:
    """A letter, or a combining mark (windows-1258 writes a Vietnamese tone so, after its letter)."""
    return char.isalpha() and char not in _ORDINALS or unicodedata.combining(char) > 0



def _changed_words(first: str, second: str) -> Iterator[tuple[str, str]]:
    """`_words` of the runs between spaces that the two readings spell differently (most are the
    same: comparing them first keeps a long page's cost in C)."""
    for chunk in _CHUNK.finditer(first):
        start, end = chunk.span()
        if second[start:end] != chunk.group():
            yield from _words(chunk.group(), second[start:end])


def _words(first: str, second: str) -> Iterator[tuple[str, str]]:
    """The words of `first` with `second`'s spelling of them: runs of letters of `first`, joined
    over a character that is no letter there but one in `second` ('wzros³a' / 'wzrosła'), and cut
    before a letter of `first` that `second` reads as none (ISO-8859-16's '”' after a word is 'µ'
    in Latin-1: 'neplăceri' stays a word); a symbol at a word's edge ('«Non', '¿Por', 'an¹') stays out."""
    i, end = 0, len(first)
    while i < end:
        if not _letter(first[i]):
            i += 1
            continue
        j = i
        while j < end and (_letter(first[j]) and _letter(second[j]) or _letter(second[j]) and j + 1 < end and _letter(first[j + 1])):
            j += 1
        if j == i:  # a letter `second` reads as a symbol
            i += 1
            continue
        yield first[i:j], second[i:j]
        i = j


def _spells(word: str, letters: frozenset[str]) -> bool:
    """Every character of `word` a letter, ASCII or one of `letters` ('İ' counts as 'i'), its
    combining marks composed with their letters first."""
    if not word.isascii():
        word = unicodedata.normalize("NFC", word)
    return all(_letter(char) and (char.isascii() or char.lower()[0] in letters or char.lower()[0].isascii())
               for char in word)


def may_be_cjk(latin: str) -> bool:
    """`latin`, a page's text read as Latin-1, has the share of characters beyond ASCII (bytes
    above 0x7F) that CJK text has: `common_reading` is worth trying."""
    printed = len(latin) - sum(map(latin.count, " \t\r\n"))
    return len(latin) - len(latin.encode("ascii", "ignore")) >= alphabets().cjk_min_high_share * printed > 0


def common_reading(data: bytes) -> str | None:
    """The CJK charset (alphabets.toml's [cjk] charsets) whose reading of `data`, a page's text bytes, has
    its most frequent characters among the ones its language uses most, clearly more than any
    other charset's reading; None when none does. A wrong CJK charset reads the bytes as
    characters too (Korean as Chinese, Thai as Chinese), but as rare ones."""
    table = alphabets()
    shares = []
    for codec, lang in table.cjk.items():
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        chars = [char for char in text if char > "\u2000" and not char.isspace()]
        if len(chars) < table.cjk_min_characters:
            continue
        top = [char for char, _ in Counter(chars).most_common(table.cjk_top)]
        shares.append((sum(char in table.common[lang] for char in top) / len(top), codec))
    shares.sort(reverse=True)
    if not shares or shares[0][0] < table.cjk_min_share:
        return None
    if len(shares) > 1 and shares[0][0] < table.cjk_min_ratio * shares[1][0]:
        return None
    return shares[0][1]
