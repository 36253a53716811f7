"""When a page says, in its visible text, that it was published: the date of its dateline or
byline, for the dedup plan to keep the earliest copy of a reprint (dedup/origins.py) when the
inputs state no date anywhere else (a folder of text files saved from several sites, a crawl
that kept only the text).

Only the top of a page is read (`[region]` in data/dates.toml): the lines above the body's
first paragraph, where a byline or a "Published" stamp stands, and that paragraph's opening (a
press release's "LISBOA, 7 de dezembro de 2026 –"). An article sentence mentioning a date is
below it, and a headline naming a day among many words is no date line. Of the dates found
there, the earliest counts: a stamp updated later ("Publié le 7 décembre 2026 à 14h30, modifié
le 8 décembre 2026"), or a site's header showing the day the page was saved, come after the
publication; a range of days ("del 7 al 13 de diciembre de 2026": a weekly horoscope, a TV
week) counts by its first day, by when such a page is out. Dates further apart (an obituary's "3. Juni 1938 – 29. November 2026", a list of
older stories over the article) are no publication and its update: they date nothing.

Month names are data per language (a name two languages give different months is read in the
page's language only); an all-figures date whose order its numbers do not tell (07/12/2026) is
read in the page's language's order, declared or guessed from its words, else not at all. A
time has no zone in the text: it is taken as UTC, as a date field's time without an offset is.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, NamedTuple

from ..errors import ConfigError
from ..tomlfile import read_toml

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "dates.toml"
_YEAR = r"(?:19|20)\d\d"
_DATELINE_END = re.compile(r"\s*(?:(?:\([^()]{1,40}\)|/[^/\s]{1,40}/)\s*)?[–—:-]")  # "– A empresa", "(dpa) - Die"
# A month's word: a letter, then anything but spaces, figures and punctuation ("Dez", "दिसंबर").
_WORD = r"[^\W\d_][^\s\d.,;:|/()'’\-–—]*"
# What tells a page's language from its words (a run hands over `pipeline.Cleaner.page_language`).
LanguageGuesser = Callable[[str], "str | None"]


@dataclass(frozen=True, slots=True)
class DateWords:
    """The loaded data/dates.toml: where the top of a page ends, and the months' words."""

    max_lines: int
    max_chars: int
    line_max_words: int
    other_max_words: int
    opening_max_words: int
    line_span: float  # seconds: the dates of a page's top this close are a publication and its update
    earliest: float  # the epoch seconds of `[region] min_year`'s first day
    joiners: tuple[str, ...]  # for `patterns`
    time_joiner_letters: int
    range_joiners: tuple[str, ...]  # for `patterns`: what stands between a range's two days
    range_max_chars: int  # how far before a date its range's first day is looked for
    any_language: dict[str, int]  # forms naming one month in every language that has them
    two_sided: frozenset[str]  # the others: read in the page's language only
    by_language: dict[str, dict[str, int]]
    day_first: frozenset[str]
    month_first: frozenset[str]
    _tables: dict[str, dict[str, int]] = field(default_factory=dict, compare=False, repr=False)  # per language: `months`
    _compiled: list[DatePatterns] = field(default_factory=list, compare=False, repr=False)

    def patterns(self) -> DatePatterns:
        """The date patterns, compiled when a page's top first holds a year (a run of pages
        with none never pays for it)."""
        if not self._compiled:
            self._compiled.append(_patterns(self.joiners, self.time_joiner_letters, self.range_joiners))
        return self._compiled[0]

    def months(self, language: str | None) -> dict[str, int]:
        """The month forms read on a page of `language` (None: unknown)."""
        table = self._tables.get(language or "")
        if table is None:
            table = self._tables[language or ""] = {**self.any_language, **self.by_language.get(language or "", {})}
        return table


def text_published(
    text: str, language: str | None = None, words: DateWords | None = None, guess: LanguageGuesser | None = None
) -> float | None:
    """The earliest date the top of `text` states in a date line or a dateline (seconds since
    the epoch, UTC; a day alone is its midnight), else None. `language`: the page's, if known;
    `guess`: what tells it otherwise (a run hands over its rule engine's, whose word lists are
    loaded already; else the shipped lists are loaded here, once a process)."""
    words = words or load_date_words()
    page = PageLanguage(text, language, words.max_chars, guess)
    found = [when for line, prose in _top_lines(text, words) if (when := _line_date(line, prose, page, words)) is not None]
    return min(found) if found and max(found) - min(found) <= words.line_span else None


class PageLanguage:
    """A page's language: as declared, else guessed from the stopwords of its top (the rules'
    lists), once, and only when a date needs it: figures whose order only the language tells,
    a month name two languages read differently. (The plan reads pages before the rules guess
    their language; most dates need none.)"""

    __slots__ = ("code", "_text", "_chars", "_known", "_guess")

    def __init__(self, text: str, declared: str | None, chars: int, guess: LanguageGuesser | None = None):
        self.code, self._text, self._chars, self._known = declared, text, chars, declared is not None
        self._guess = guess or _guessed_language

    def __call__(self) -> str | None:
        if not self._known:
            self._known = True
            self.code = self._guess(self._text[: self._chars])
        return self.code


@lru_cache(maxsize=1)
def _stopwords() -> tuple:
    """The shipped rules' stopword index and language settings, loaded the first time a page's
    language is guessed here with no guesser handed over (a library caller's dates: a third of
    a second, once a process; a run hands over its rule engine's)."""
    from ..rules.language import StopwordIndex
    from ..rules.loader import default_rule_files, load_rule_files
    from ..rules.settings import load_settings

    return StopwordIndex(load_rule_files(default_rule_files()).languages), load_settings().engine


def _guessed_language(text: str) -> str | None:
    from ..rules.language import page_language

    return page_language(text, *_stopwords())


def _top_lines(text: str, words: DateWords) -> Iterator[tuple[str, bool]]:
    """The page's top lines (not blank) and whether each is prose, down to the first prose line
    (more than `line_max_words` words): cut one at a time, since most pages' first line is
    their body's (a plan reads every document of a run)."""
    at, limit, read = 0, min(len(text), words.max_chars), 0
    while at < limit and read < words.max_lines:
        end = text.find("\n", at, limit)
        end = limit if end < 0 else end
        line, at = text[at:end], end + 1
        count = len(line.split(None, words.line_max_words))  # enough words to tell prose: not the paragraph's all
        if count:
            read += 1
            yield line, count > words.line_max_words
            if count > words.line_max_words:
                return


def _line_date(line: str, prose: bool, language: PageLanguage, words: DateWords) -> float | None:
    """The date a top line states: one date (or a publication and its update), alone but for
    `other_max_words` words, or in a prose line its opening (`opening_max_words` words before)."""
    if "20" not in line and "19" not in line:  # no year: the patterns' scan costs 20 times more
        return None
    dates = _line_dates(line, language, words)
    whens = [when for _, _, when in dates]
    if not dates or any(map(math.isnan, whens)) or max(whens) - min(whens) > words.line_span or min(whens) < words.earliest:
        return None  # beside a date it cannot read ("* 12.03.1941 † 28.11.2026"), a line dates nothing
    start, end = dates[0][0], dates[-1][1]
    if prose:
        return min(whens) if _opening(line, start, end, words) else None
    return min(whens) if len(line[:start].split()) + len(line[end:].split()) + _between(line, dates) <= words.other_max_words else None


def _opening(line: str, start: int, end: int, words: DateWords) -> bool:
    """Whether a prose line opens with a dateline: a place and a comma at most before the date,
    a dash or a colon after it (an agency's name in brackets between): "LISBOA, 7 de dezembro de
    2026 – A empresa ...", not "Depuis le mardi 12 septembre 2023, Kim Jong-un ..."."""
    before = line[:start].rstrip()
    if len(before.split()) > words.opening_max_words or (before and not before.endswith(",")):
        return False
    return _DATELINE_END.match(line, end) is not None


def _between(line: str, dates: list[tuple[int, int, float]]) -> int:
    """The words between a line's dates ("Publié le ..., mis à jour le ...")."""
    return sum(len(line[end:start].split()) for (_, end, _), (start, _, _) in zip(dates, dates[1:]))


def _line_dates(line: str, language: PageLanguage, words: DateWords) -> list[tuple[int, int, float]]:
    """Every date in `line` as (start, end, epoch seconds), its time included in its span."""
    spans: list[tuple[int, int, int, int, int]] = []  # start, year, month, day, end
    months, patterns = words.months(language.code), words.patterns()
    for pattern in patterns.named:
        for match in pattern.finditer(line):
            parts = match.groupdict()
            month = _month(parts["month"], months, language, words)
            if month is not None:
                spans.append((*_range_start(line, match.start(), int(parts["year"]), month, int(parts["day"]), language, words), match.end()))
    for match in patterns.year_first.finditer(line):
        spans.append((match.start(), int(match["year"]), int(match["month"] or match["month_cjk"]), int(match["day"]), match.end()))
    for match in patterns.numeric.finditer(line):
        order = _numeric_order(int(match["first"]), int(match["second"]), language, words)
        if order is None:
            spans.append((match.start(), int(match["year"]), 0, 0, match.end()))  # 0: unread
        else:
            spans.append((*_range_start(line, match.start(), int(match["year"]), *order, language, words), match.end()))
    dates: list[tuple[int, int, float]] = []
    taken = -1
    for start, year, month, day, end in sorted(spans):
        if start < taken:
            continue
        end, hour, minute = _time_after(line, end, patterns.time)
        try:
            when = datetime(year, month, day, hour, minute, tzinfo=timezone.utc).timestamp()
        except ValueError:  # 31 June, a month 13, a date whose order is unknown: it stands for a date all the same
            when = math.nan
        dates.append((start, end, when))
        taken = end
    return dates


def _month(form: str, months: dict[str, int], language: PageLanguage, words: DateWords) -> int | None:
    """The month a month's word names on this page, else None."""
    form = form.lower()
    month = months.get(form)
    if month is None and form in words.two_sided:
        month = words.months(language()).get(form)
    return month


def _range_start(line: str, start: int, year: int, month: int, day: int, language: PageLanguage, words: DateWords) -> tuple[int, int, int, int]:
    """(start, year, month, day) of the date at `start`, or of the range of days it closes: its
    first day ("del 7 al 13 de diciembre de 2026", "7.–13. Dezember 2026", "30 novembre au 6
    décembre 2026"). A weekly horoscope, a TV week, a festival's programme comes out by its first
    day; its last day is after it, and a reprint dated in between would pass for the original."""
    match = words.patterns().range_start.search(line, max(0, start - words.range_max_chars), start)
    if match is None:
        return start, year, month, day
    named, first = match["after"] or match["before"], int(match["first"])
    if match["after"] and match["after"].isdigit():
        begins: int | None = int(match["after"])
    elif named:
        begins = _month(named, words.months(language.code), language, words)
        if begins is None and match["after"]:  # "7 people to 13 December": no day of a range
            return start, year, month, day
    else:
        begins = None
    begins = begins or month
    begun = year - 1 if begins > month else year
    try:
        earlier = datetime(begun, begins, first) < datetime(year, month, day)
    except ValueError:
        earlier = False
    return (match.start(), begun, begins, first) if earlier else (start, year, month, day)


def _numeric_order(first: int, second: int, language: PageLanguage, words: DateWords) -> tuple[int, int] | None:
    """(month, day) of an all-figures date, else None: a number over 12 is the day, two equal
    numbers need no order, else the page's language tells (`[numeric]` in dates.toml)."""
    if first > 12 or first == second:
        return (second, first) if second <= 12 else None
    if second > 12:
        return first, second
    code = language()
    return (second, first) if code in words.day_first else (first, second) if code in words.month_first else None


def _time_after(line: str, end: int, time: re.Pattern[str]) -> tuple[int, int, int]:
    """(where the date ends, hour, minute): the time written right after it, else midnight."""
    match = time.match(line, end)
    if match is None:
        return end, 0, 0
    hour, minute = int(match["hour"]), int(match["minute"] or match["hm"] or 0)
    noon = (match["half"] or "").lower().lstrip()[:1]
    if noon and not 1 <= hour <= 12:
        return end, 0, 0
    if noon:
        hour = hour % 12 + (12 if noon == "p" else 0)
    if hour > 23 or minute > 59:
        return end, 0, 0
    return match.end(), hour, minute


class DatePatterns(NamedTuple):
    named: tuple[re.Pattern[str], ...]  # a month's name: day first, month first, year first, year then day
    numeric: re.Pattern[str]  # 07/12/2026, 7.12.2026: day and month in the page's order
    year_first: re.Pattern[str]  # 2026-12-07, 2026年12月7日
    time: re.Pattern[str]  # a time right after a date
    range_start: re.Pattern[str]  # what opens a range of days, right before the date of its last day


def _patterns(joiners: tuple[str, ...], joiner_letters: int, range_joiners: tuple[str, ...] = ()) -> DatePatterns:
    """The date patterns: named months (day first, month first, year first, year then day),
    figures in the page's order, figures year first, a time after a date, and the start of a
    range of days before the date of its last day."""
    join = "|".join(re.escape(word) for word in joiners) or "(?!)"
    joined = rf"(?:(?:{join})\s{{1,2}})?"
    day, month, year = r"(?P<day>\d{1,2})", rf"(?P<month>{_WORD})", rf"(?P<year>{_YEAR})"
    marks = "".join(re.escape(mark) for mark in range_joiners if not any(c.isalpha() for c in mark))
    spelled = "|".join(re.escape(word) for word in range_joiners if any(c.isalpha() for c in word)) or "(?!)"
    until = rf"(?:\s{{0,2}}[{marks}]\s{{0,2}}|\s{{1,2}}(?:{spelled})\s{{1,2}})" if marks else rf"\s{{1,2}}(?:{spelled})\s{{1,2}}"
    ordinal = r"(?:\.|º|°|er|st|nd|rd|th)?"
    range_start = (
        rf"(?<![\w.,/:-])(?:(?P<before>{_WORD})\.?\s{{1,2}})?(?P<first>\d{{1,2}}){ordinal}"
        rf"(?:\s{{0,2}}(?:(?:{join})\s{{1,2}})?(?P<after>{_WORD}|\d{{1,2}}(?=\.))\.?)?{until}$"
    )
    named = (
        rf"(?<![\w.]){day}(?:\.|º|°|er|st|nd|rd|th)?\s{{0,2}}(?:(?:{join})\s{{1,2}}|d['’]\s?)?{month}\.?,?\s{{1,2}}{joined}{year}(?!\d)",
        rf"(?<!\w){month}\.?\s{{1,2}}{day}(?:st|nd|rd|th)?(?:{until}\d{{1,2}}(?:st|nd|rd|th)?)?,?\s{{1,2}}{year}(?!\d)",
        rf"(?<![\d.]){year}\.?\s{{1,2}}{joined}{month}\.?\s{{1,2}}{day}(?!\d)",
        rf"(?<![\d.]){year}\.?\s{{1,2}}{joined}{day}\.\s{{0,2}}{month}",
    )
    numeric = rf"(?<![\d./-])(?P<first>\d{{1,2}})(?P<mark>[./-]) ?(?P<second>\d{{1,2}}) ?(?P=mark) ?{year}(?![\d])"
    year_first = rf"(?<![\d./-]){year}(?:(?P<mark>[./-])(?P<month>\d{{1,2}})(?P=mark)|\s?[年년]\s?(?P<month_cjk>\d{{1,2}})\s?[月월]\s?)(?P<day>\d{{1,2}})(?![\d])"
    time = (
        rf"[T\s.,|·•–—-]{{0,3}}(?:[^\W\d_]{{1,{joiner_letters}}}\.?,?\s{{1,2}}){{0,2}}(?P<hour>\d{{1,2}})"
        r"(?:[:.](?P<minute>\d{2})|\s?h\s?(?P<hm>\d{2})?)(?!\d)(?:\s?(?:uhr|h)\b)?(?P<half>\s?[ap]\.?\s?m\b\.?)?"
    )
    return DatePatterns(
        tuple(re.compile(p, re.I) for p in named), re.compile(numeric), re.compile(year_first), re.compile(time, re.I), re.compile(range_start, re.I)
    )


@lru_cache(maxsize=4)
def load_date_words(path: str = "") -> DateWords:
    """The shipped data/dates.toml, or a file replacing it (cached: the result is shared)."""
    file = Path(path) if path else DATA_FILE
    return parse_date_words(read_toml(file, "dates file"), file.name)


def parse_date_words(data: dict, where: str = "dates.toml") -> DateWords:
    """Validate a decoded dates.toml table."""
    region, numeric, months = (_table(data, key, where) for key in ("region", "numeric", "months"))
    counts = {key: _count(region, key, f"{where}:region") for key in _REGION_COUNTS}
    by_language = {language: _months(forms, f"{where}:months.{language}") for language, forms in sorted(months.items())}
    return DateWords(
        counts["max_lines"], counts["max_chars"], counts["line_max_words"], counts["other_max_words"], counts["opening_max_words"],
        counts["line_span_days"] * 86400.0, datetime(counts["min_year"], 1, 1, tzinfo=timezone.utc).timestamp(), tuple(_strings(region, "joiners", f"{where}:region")), counts["time_joiner_max_letters"],
        tuple(_strings(region, "range_joiners", f"{where}:region")), counts["range_max_chars"], *_shared_forms(by_language), by_language,
        frozenset(_strings(numeric, "day_first", f"{where}:numeric")), frozenset(_strings(numeric, "month_first", f"{where}:numeric")),
    )


_REGION_COUNTS = (
    "max_lines", "max_chars", "line_max_words", "other_max_words", "opening_max_words", "line_span_days", "min_year", "time_joiner_max_letters",
    "range_max_chars",
)


def _table(data: dict, key: str, where: str) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: [{key}] must be a table")
    return value


def _count(table: dict, key: str, where: str) -> int:
    value, most = table.get(key), 9999 if key == "min_year" else 10**6
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= most:
        raise ConfigError(f"{where}.{key}: expected a whole number from 1 to {most}")
    return value


def _strings(table: dict, key: str, where: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise ConfigError(f"{where}.{key}: expected a list of non-empty strings")
    return [item.strip().lower() for item in value]


def _months(forms: object, where: str) -> dict[str, int]:
    """{form: month number} of one language's twelve entries ("january|jan", ...)."""
    if not isinstance(forms, list) or len(forms) != 12 or not all(isinstance(entry, str) and entry.strip() for entry in forms):
        raise ConfigError(f"{where}: expected the twelve months as strings")
    return {form.strip().lower().rstrip("."): month for month, entry in enumerate(forms, 1) for form in entry.split("|") if form.strip()}


def _shared_forms(by_language: dict[str, dict[str, int]]) -> tuple[dict[str, int], frozenset[str]]:
    """The forms that name the same month in every language that has them (read on any page),
    and those that name two months in two languages."""
    seen: dict[str, set[int]] = {}
    for table in by_language.values():
        for form, month in table.items():
            seen.setdefault(form, set()).add(month)
    shared = {form: next(iter(months)) for form, months in sorted(seen.items()) if len(months) == 1}
    return shared, frozenset(seen) - frozenset(shared)
