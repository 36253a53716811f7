"""A date alone on its line, known by its shape (figures, a year in range, a day and its month
words), in a language no rule file knows: under a headline it is the byline's date, as strong a
sign as a date a rule removed; right above the body it is no headline (title.py, lead.py).
"""

from __future__ import annotations

import re

from ..types import Document, Paragraph
from ..words import LETTERS_PATTERN, WORD
from .prose import HAS_DIGIT, UNSPACED
from .settings import ScorerSettings
from ..compiled import kept

# A year of four digits in any script's digits (2026, ٢٠٢٦, २०८३, ၂၀၂၆), alone in its run of digits.
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")


def calendar_date(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A date alone on its line, by its shape: at most `furniture_max_words` words, at least
    `furniture_min_digits` of them holding digits, one a year from `date_min_year` to
    `date_max_year` (which takes the solar Hijri and Bikram Sambat calendars' years: ۱۴۰۵,
    २०८३). Under a headline in a language no rule file knows, it is the byline's date, as
    strong a sign as a date a rule removed ("Դեկտեմբերի 5, 2026" under a headline of five words).

    A date is counted by its \\w+ tokens (with their marks) where the page's words are counted
    otherwise: a removed line has no signals, and in Thai, Lao, Khmer and Myanmar the signals
    count words by characters, so the figures of "ថ្ងៃសុក្រ ទី០៥ ខែធ្នូ ឆ្នាំ២០២៦" were none of its
    5.5 words. (Counting a removed line by characters instead, as prose.text_words does, was
    measured on 14 dates in Thai, Lao, Khmer, Myanmar, Chinese, Japanese and Korean: it lost 3,
    "วันศุกร์ที่ 5 ธันวาคม 2569 เวลา 10:30 น." among them, and found none more.)"""
    if par.kept and UNSPACED.search(doc.text, par.start, par.end) is None:
        words, digits = par.signals["words"], par.signals["digits"]
    else:  # a date a rule removed (its signals are those of no text), or in Thai, Lao, Khmer, Myanmar
        tokens = WORD.findall(doc.text, par.start, par.end)
        words, digits = len(tokens), sum(1 for t in tokens if HAS_DIGIT(t)) / max(len(tokens), 1)
    if words > s.furniture_max_words or digits < s.furniture_min_digits:
        return False
    years = (int(run) for run in _FOUR_DIGITS.findall(doc.text, par.start, par.end))
    return any(s.date_min_year <= year <= s.date_max_year for year in years)


# A day of the month, one or two digits of any script, alone in its run of digits.
_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
# A dateline without a year: a place of one or two words, a comma, then the day and its month
# ("અમદાવાદ, તા. 5 ડિસેમ્બર", "ਲੁਧਿਆਣਾ, 5 ਦਸੰਬਰ", "Kigali, 5 Ukuboza").
_PLACE_DAY = kept(rf"\s*(?:{LETTERS_PATTERN})(?: (?:{LETTERS_PATTERN}))?, (?:(?:{LETTERS_PATTERN})\.? )?\d{{1,2}} (?:{LETTERS_PATTERN})\s*")
_LAST_DAY = 31


def date_shaped(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A date alone on its line with words around its figures: `calendar_date`, or a kept line
    of at most `date_max_words` words holding a day (1 to 31) and a year from `date_min_year`
    to `date_max_year` ("Ọjọ́ Àìkú, 6 Oṣù Kejìlá 2026": weekday, day, month and year, a third of
    its words figures), or a place, a comma, a day and a month (`_PLACE_DAY`). In a language no
    rule file knows, such a line right above the body was taken for the headline, which was lost."""
    if calendar_date(doc, par, s):
        return True
    if not par.kept or par.signals["ends_sentence"] or par.signals["words"] > s.date_max_words:
        return False
    if _PLACE_DAY.fullmatch(doc.text, par.start, par.end) is not None:
        return 1 <= int(_DAY.findall(doc.text, par.start, par.end)[-1]) <= _LAST_DAY
    return _day_month_year(WORD.findall(doc.text, par.start, par.end), s)


def _day_month_year(tokens: list[str], s: ScorerSettings) -> bool:
    """A day, at most two month words, a year ("6 Oṣù Kejìlá 2026", "Ku wa 5 Ukuboza 2026 saa
    10:15"): at most two words before the day (a weekday), at most one word after the year (then
    a time's figures), and two month words never opening in lower case ("Top 10 films of 2026"
    is a headline)."""
    day = next((i for i, token in enumerate(tokens) if token.isdecimal() and len(token) <= 2 and 1 <= int(token) <= _LAST_DAY), None)
    if day is None or day > 2:
        return False
    year = next((i for i in range(day + 1, len(tokens)) if tokens[i].isdecimal()), None)
    if year is None or len(tokens[year]) != 4 or not s.date_min_year <= int(tokens[year]) <= s.date_max_year:
        return False
    month = tokens[day + 1 : year]
    after = [token for token in tokens[year + 1 :] if not token.isdecimal()]
    return len(month) <= 2 and len(after) <= 1 and not (len(month) == 2 and any(word[0].islower() for word in month))


def dated_headline(doc: Document, index: int, first: int, s: ScorerSettings) -> bool:
    """Whether the date-shaped line `index` is a headline naming its day, not a byline's date:
    two words before the day, more than a weekday ("Daghoroscoop maandag 7 december 2026"), and
    its date (day, month words, year) again on a line under it, above the body at `first`, that
    a rule removed (the byline's "7 december 2026"): a byline prints its date once; or the page
    opening on it (the output, cleaned again). A weekday over the date ("Montag, 7. Dezember
    2026", "Monday, December 7, 2026") has one word before the day or its month, and stays a date."""
    tokens = WORD.findall(doc.text, doc.paragraphs[index].start, doc.paragraphs[index].end)
    if len(tokens) < 3 or any(token.isdecimal() for token in tokens[:2]) or not tokens[2].isdecimal() or not _day_month_year(tokens, s):
        return False
    year = next(i for i in range(3, len(tokens)) if tokens[i].isdecimal())
    if year == 3:
        return False  # "Monday, December 7, 2026": the month before the day, a weekday over it
    if index == 0:
        return True  # the page opens on it, the byline's date gone (a rerun on the output)
    date = [token.casefold() for token in tokens[2 : year + 1]]
    for par in doc.paragraphs[index + 1 : first]:
        if par.kept or par.removal is None:
            continue
        below = [token.casefold() for token in WORD.findall(doc.text, par.start, par.end)]
        if any(below[at : at + len(date)] == date for at in range(len(below) - len(date) + 1)):
            return True
    return False
