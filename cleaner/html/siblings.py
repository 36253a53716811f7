"""Whether a page's bytes are in the Latin-script charset it declares, or in a sibling of it.

Central European pages often declare one charset and are written in its sibling: windows-1250
declared over ISO-8859-2 or ISO-8859-16 bytes, or the other way round. Each decodes the other's
bytes without an error, so strict decoding tells nothing; the letters do. Romanian in ISO-8859-16
read as windows-1250 keeps its letters ('ș' becomes the cedilla 'ş', the same letter marked as
windows-1250 writes it) but its quotes turn into letters no Romanian word holds: '„' (0xA5) is
'Ą' before a word, '”' (0xB5) is 'µ' after one. Polish in ISO-8859-2 read as windows-1250 shows
'±' and '¶' inside words, and windows-1250 read as ISO-8859-2 shows C1 controls. Those are the
declared reading's strays (`letters.stray_characters`); a sibling whose reading has next to none
of them is the page's charset. Where the two readings differ only in how they mark the same
letters (a Romanian page without quotes), nothing says the declaration is wrong and it stands.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ..letters import alphabets, stray_characters


def has_siblings(codec: str) -> bool:
    return any(codec in family for family in alphabets().sibling_families)


def sibling_text(html: str, sample: str, declared: str) -> tuple[str, tuple[str, ...]]:
    """A page a crawler decoded by the charset it declares (a JSONL record's HTML), read again in
    the sibling its bytes were in (`sibling_charset` on its `sample` encoded back), with the repair
    made; else as it was (text the declared charset cannot write was decoded otherwise)."""
    try:
        sibling = sibling_charset(sample.encode(declared), declared)
        if sibling:
            return html.encode(declared).decode(sibling), (f"re-read as {sibling} (declared {declared}; decoded in it before)",)
    except UnicodeError:
        pass
    return html, ()


def sibling_charset(sample: bytes, declared: str) -> str | None:
    """The charset of the `declared` one's family (alphabets.toml [siblings]) that `sample` (the
    page's text bytes, tags blanked) is in rather than the declared one, or None when the declared
    one stands. A sibling passes when the strays of the declared reading that its reading lacks
    at bytes the two read differently (strays both share, an 'í' of a Romanian page, say nothing,
    nor a letter opening a word that the sibling reads as a closing quote) number `sibling_min_strays`, of
    `sibling_min_kinds` different characters at least (one repeated, a right page's 'µg', is no
    sign), and its own strays the declared reading lacks at most `sibling_max_share` as many.
    Of siblings that pass, the one with the fewest strays, when every other reading the bytes as
    different text has clearly more (by `sibling_max_share`); else nothing is sure (Slovene 'č' 'ž'
    read in windows-1250 are Slovak 'č' 'ľ'). Of siblings reading them alike (Hungarian in
    windows-1250 and ISO-8859-2), the first of the family."""
    table = alphabets()
    family = next((family for family in table.sibling_families if declared in family), ())
    if not family or sample.isascii():
        return None
    try:
        reading = sample.decode(declared)
    except UnicodeError:
        return None
    own = _strays(reading, declared)
    passed = []
    for codec in family:
        try:
            other = sample.decode(codec) if codec != declared else ""
        except UnicodeError:
            continue
        strays = _strays(other, codec) if other and other != reading else None
        if strays is not None and _passes(reading, own, strays, _changed(own, reading, other) - _unsure(reading, other)):
            passed.append((sum(strays.values()), codec, other))
    if not passed:
        return None
    fewest, best, text = min(passed, key=lambda item: item[0])
    if any(other != text and not fewest <= table.sibling_max_share * count < count for count, _, other in passed):
        return None  # two siblings reading the bytes as different text, neither clearly better: nothing is sure
    return best


def _strays(reading: str, codec: str) -> Counter[str]:
    controls, others = stray_characters(reading, codec, every_language=True)
    return controls + others


def _changed(own: Counter[str], reading: str, other: str) -> Counter[str]:
    """The declared reading's strays at bytes the sibling reads otherwise: a letter both read
    alike ('ç' of a French name) is a stray of one reading only by the language each fits best,
    and says nothing of which charset the bytes are in."""
    differ = {char.lower() for char, sibling in zip(reading, other) if char != sibling}
    return Counter({char: count for char, count in own.items() if char in differ})


def _unsure(reading: str, other: str) -> Counter[str]:
    """The letters opening a word in the declared `reading` (none before, one after) that the
    sibling's reading, character for character, reads as a closing quote or bracket: a stray of
    neither. A right page's 'µg' is '”g' in ISO-8859-16, and a Romanian page typing '”cuvânt”'
    reads 'µcuvântµ' in windows-1250, its closing 'µ' the sign."""
    if len(other) != len(reading):
        return Counter()
    return Counter(match.group().lower() for match in _OPENING_LETTER.finditer(reading)
                   if unicodedata.category(other[match.start()]) in ("Pf", "Pe"))


# A letter opening a word: no letter before it, one after it.
_OPENING_LETTER = re.compile(r"(?<![^\W\d_])[^\W\d_](?=[^\W\d_])")


def _passes(reading: str, own: Counter[str], other: Counter[str], sure: Counter[str]) -> bool:
    """The declared reading's strays the sibling's lacks, of the `sure` ones, are enough, of enough kinds ('Ľ' and 'ľ'
    are two bytes), and the sibling's own are few beside them, its C1 controls all counted (a
    control both readings share is no text in either)."""
    table = alphabets()
    lost = (own - other) & sure
    gained = (other - own) + Counter({char: count for char, count in other.items() if "\x80" <= char <= "\x9f"})
    count = sum(lost.values())
    if count < table.sibling_min_strays or sum(gained.values()) > table.sibling_max_share * count:
        return False
    kinds = {char for char in set(reading) if char.lower() in lost}
    return len(kinds) >= table.sibling_min_kinds
