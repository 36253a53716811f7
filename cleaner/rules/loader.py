"""Reading rule files (TOML) into validated, immutable rule objects.

Rules are data so that people who know a language or a site family can add them without reading
the engine. Everything that can be wrong in a rule file (unknown keys, bad scope, a pattern that
does not compile, duplicate ids) is refused here with a `ConfigError` naming the file and the rule,
so a broken file never reaches the hot path.

A rule's keys: id, category, scope, pattern, flags, description, must_match, must_not_match, and
the options `guard`, `takes` (+ `takes_lines`, `takes_words`) and `spare` explained where their
values are listed below. `spare = ["media-kicker"]` names shapes defined once in a file's
`[spares]` table (the shipped ones in common.toml) that the rule never matches: a fragment several
rules share lives in one place, and `Rule.pattern` is the composed regex (spares.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from ..errors import ConfigError
from ..tomlfile import read_toml
from .spares import SPARES_KEY, spare_names, spare_table, spared_pattern

if TYPE_CHECKING:
    from ..types import Paragraph

SCOPES = ("line", "sentence", "inline", "block")
CATEGORIES = (
    "aggregator", "social-embed", "share", "comments", "newsletter", "advertising", "credit",
    "dateline", "navigation", "cookie", "paywall", "app-promo", "related-links", "tags",
)  # fmt: skip
ALL_LANGUAGES = "*"
_FLAG_LETTERS = frozenset("isx")
_RULE_KEYS = frozenset(
    {"id", "category", "scope", "pattern", "flags", "description", "must_match", "must_not_match", "guard", "takes",
     "takes_lines", "takes_words", "spare"}
)  # fmt: skip
# Block rules only: "majority" (default) fires when more prose lies before the marker than after
# it; "prose-before" only needs some prose before (for markers that never head a sidebar box);
# "not-before-prose" also needs the next kept line not to be a prose paragraph (a link to the
# comments sits anywhere on a page: under it, a thread or the page's furniture, never the article).
# Line rules may say "inside-body": they remove a line only below the first paragraph of the body
# the scorer found ("VIDÉO. <another story's title>" between two paragraphs is a link; at the top
# of a page the same shape is how the headline is written).
# Line rules may say "under-ad": they remove a line only right under an ad label or under a line
# they removed (an ad's copy, "Jetzt Stromanbieter wechseln und bis zu 400 Euro sparen.": pitches.py).
# Line rules may say "over-box": they remove a line only right above a newsletter box's line a
# rule removed (its title, "Sign up to Well Actually" over "Free weekly newsletter": pitches.py).
# Sentence rules may say "glued": they remove a sentence only after another one in its paragraph
# (a wire credit glued after the last sentence, "... officials said. (Reporting by ...)"; alone on
# its line the same credit is left to the line rules: cuts.segment_cuts).
GUARDS = ("majority", "prose-before", "not-before-prose", "inside-body", "glued", "under-ad", "over-box")
# Line rules only: the neighbours a match also removes, for junk whose text sits on lines of its
# own (an embedded tweet's text above its "— Name (@handle) date" line; the link titles under a
# bare "Read also" heading): up to `takes_lines` lines of at most `takes_words` words each.
TAKES = ("", "previous", "next", "name")
TAKES_DEFAULTS = {"takes_lines": 1, "takes_words": 60}
# Any rule starting with "^" may say `spare = ["media-kicker", ...]`: lines opening with one of
# those named shapes (defined once, in a file's [spares] table) are never its match (spares.py).
_FILE_KEYS = frozenset({"language", "letters", "stopwords", "section_names", "pros_labels", "cons_labels", "person_labels", "notes_labels", "author_openings", "keypoints_labels", "company_labels", "section_link_openings", "word_weight", "short_sentence_stopwords", "rule", "description", SPARES_KEY})


@dataclass(frozen=True, slots=True)
class Rule:
    """One boilerplate pattern with its scope and the examples that document and test it."""

    id: str
    category: str
    scope: str
    pattern: str
    language: str
    flags: str = ""
    description: str = ""
    must_match: tuple[str, ...] = ()
    must_not_match: tuple[str, ...] = ()
    source: str = ""
    guard: str = "majority"
    takes: str = ""
    takes_lines: int = TAKES_DEFAULTS["takes_lines"]
    takes_words: int = TAKES_DEFAULTS["takes_words"]
    spare: tuple[str, ...] = ()  # the spares named in the file; `pattern` already holds them

    def compile(self) -> re.Pattern[str]:
        """The rule alone, compiled (the engine compiles rules together, tests one by one)."""
        return re.compile(self.scoped_pattern())

    def scoped_pattern(self) -> str:
        """The pattern with its flags made local, so it can sit in an alternation with others."""
        return f"(?{self.flags}:{self.pattern})" if self.flags else f"(?:{self.pattern})"


@dataclass(frozen=True, slots=True)
class LanguageData:
    """Per-language word lists: stopwords (detection, prose density), section labels, and the
    headings of a review's pros and cons lists ("Pro" / "Contra", "Points forts" / "Points
    faibles"), which tell the article's verdict box from a menu of short lines, and of an interview's
    box about the person ("Zur Person"; "Über {name}" for a heading that names the person, review.py)
    and of an article's notes ("Correction", "Changelog", "Fe de errores")."""

    language: str
    stopwords: frozenset[str]
    section_names: frozenset[str]
    pros_labels: frozenset[str] = frozenset()
    cons_labels: frozenset[str] = frozenset()
    person_labels: frozenset[str] = frozenset()
    notes_labels: frozenset[str] = frozenset()
    letters: frozenset[str] = frozenset()  # letters its spelling has and a close language's lacks ("äö", "æø")
    author_openings: frozenset[str] = frozenset()  # a closing bio's first words ("the author is")
    keypoints_labels: frozenset[str] = frozenset()  # a summary box's label under the headline ("Key points")
    # How many English words one of its words stands for when a line's length is compared with
    # a threshold ("long enough to be prose, a headline"): Finnish or Estonian glue case endings,
    # Arabic and Hebrew glue articles and prepositions to words, so one sentence has fewer words.
    word_weight: float = 1.0
    # A press release's closing box about its issuer under a heading that names nobody ("O družbi",
    # "Par uzņēmumu": "About the company"), bio.about_tail.
    company_labels: frozenset[str] = frozenset()
    # The stopword share a short line shaped as a sentence is taken to hold (short_sentences.py):
    # languages that glue their function words on write three-word sentences holding none.
    short_sentence_stopwords: float = 0.0
    # A link to one of the site's sections names it after these words ("Más de" Viajes, "Plus de"
    # Sport): such a line is a section label too (engine._section_index), however the site spells
    # the section; a phrase opening the same way and ending elsewhere ("Más de cerca") is not one.
    section_link_openings: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Every rule and word list loaded from a set of files, in file then declaration order."""

    rules: tuple[Rule, ...]
    languages: dict[str, LanguageData]

    def without(self, disabled: Iterable[str]) -> "RuleSet":
        """The same set minus rules whose id equals or starts with one of `disabled` (prefix on dots)."""
        prefixes = tuple(disabled)
        kept = tuple(r for r in self.rules if not any(id_matches(r.id, p) for p in prefixes))
        return RuleSet(kept, self.languages)

    def by_id(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def id_matches(rule_id: str, prefix: str) -> bool:
    """Whether `prefix` (an id, or a dotted prefix of ids) names `rule_id`."""
    prefix = prefix.rstrip(".")
    return rule_id == prefix or rule_id.startswith(prefix + ".")


def removal_category(par: "Paragraph", categories: dict[str, str]) -> str:
    """The category of the rule that removed the paragraph (`categories`: rule id -> category,
    section labels included); "" when it is kept or was removed otherwise (a duplicate)."""
    removal = par.removal
    if removal is None or removal.reason != "boilerplate":
        return ""
    return categories.get(removal.rule, "")


# Rule removals that tell where a byline is: a dateline or a credit line.
BYLINE_CATEGORIES = ("dateline", "credit")


def default_rule_files() -> list[Path]:
    """The rule files shipped with the package: common.toml first, then the languages by name.

    When several rules match a line, the first one names the removal in the report: a
    language-neutral line (a numeric date, a share row) is credited to the common rule, not to
    whichever language sorts before "common" (ar, ca)."""
    folder = resources.files("cleaner.rules") / "data"
    names = sorted(
        (p.name for p in folder.iterdir() if p.name.endswith(".toml") and p.name != "scorer.toml"),
        key=lambda name: (name != "common.toml", name),
    )
    return [Path(str(folder / name)) for name in names]


def load_rule_files(paths: Iterable[str | Path]) -> RuleSet:
    """Load and validate rule files; later files may not reuse an id of an earlier one.

    Users' files get each pattern compiled alone, so a bad one is named; the shipped files skip
    that (the test suite compiles every shipped rule), which saves most of the start-up time.
    """
    rules: list[Rule] = []
    languages: dict[str, LanguageData] = {}
    seen: dict[str, str] = {}
    spares: dict[str, str] = {}
    shipped = {str(p) for p in default_rule_files()}
    for path in paths:
        table = read_toml(path, "rule file")
        spares.update(spare_table(table, str(path), spares))
        language, data = _language_data(table, str(path))
        if _holds_words(data) or language not in languages:
            languages[language] = _merge(languages.get(language), data)
        for rule in _rules(table, language, str(path), spares, check_patterns=str(path) not in shipped):
            if rule.id in seen:
                raise ConfigError(f"{path}: rule id {rule.id!r} already defined in {seen[rule.id]}")
            seen[rule.id] = str(path)
            rules.append(rule)
    return RuleSet(tuple(rules), languages)


def _language_data(table: dict[str, Any], where: str) -> tuple[str, LanguageData]:
    unknown = set(table) - _FILE_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown top-level key(s) {sorted(unknown)}")
    language = table.get("language")
    if not isinstance(language, str) or not language:
        raise ConfigError(f"{where}: 'language' must be a language code or \"*\"")
    stopwords = _strings(table.get("stopwords", []), f"{where}: stopwords")
    sections = _strings(table.get("section_names", []), f"{where}: section_names")
    pros = _strings(table.get("pros_labels", []), f"{where}: pros_labels")
    cons = _strings(table.get("cons_labels", []), f"{where}: cons_labels")
    person = _strings(table.get("person_labels", []), f"{where}: person_labels")
    notes = _strings(table.get("notes_labels", []), f"{where}: notes_labels")
    openings = _strings(table.get("author_openings", []), f"{where}: author_openings")
    keypoints = _strings(table.get("keypoints_labels", []), f"{where}: keypoints_labels")
    company = _strings(table.get("company_labels", []), f"{where}: company_labels")
    links = _strings(table.get("section_link_openings", []), f"{where}: section_link_openings")
    letters = table.get("letters", "")
    if not isinstance(letters, str):
        raise ConfigError(f"{where}: 'letters' must be a string of letters")
    weight = _word_weight(table.get("word_weight", 1.0), where)
    short = _short_sentence_stopwords(table.get("short_sentence_stopwords", 0.0), where)
    return language, LanguageData(
        language,
        frozenset(w.lower() for w in stopwords),
        frozenset(s.casefold() for s in sections),
        frozenset(s.casefold() for s in pros),
        frozenset(s.casefold() for s in cons),
        frozenset(s.casefold() for s in person),
        frozenset(s.casefold() for s in notes),
        frozenset(letters.lower()),
        frozenset(" ".join(o.replace("’", "'").split()).casefold() for o in openings),
        frozenset(k.casefold() for k in keypoints),
        weight,
        frozenset(c.casefold() for c in company),
        short,
        frozenset(" ".join(o.split()).casefold() for o in links),
    )


def _word_weight(value: Any, where: str) -> float:
    """A language's `word_weight`: a number from 1 to 3 (a weight under 1 would let a menu of
    short words pass for prose; over 3, a two-word label for a sentence)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 1.0 <= value <= 3.0:
        raise ConfigError(f"{where}: 'word_weight' must be a number from 1 to 3")
    return float(value)


def _short_sentence_stopwords(value: Any, where: str) -> float:
    """A language's `short_sentence_stopwords`: a share from 0 to 0.5 (over it, a three-word label
    closing on a full stop would score as English prose does)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 0.5:
        raise ConfigError(f"{where}: 'short_sentence_stopwords' must be a number from 0 to 0.5")
    return float(value)


_BLANK = LanguageData("", frozenset(), frozenset())  # what a file that sets no word list reads as
_WORD_FIELDS = tuple(f.name for f in fields(LanguageData) if f.name != "language")


def _holds_words(data: LanguageData) -> bool:
    """Whether a file sets any of its language's data: every field asked, so a table added to
    LanguageData is merged without one more clause here."""
    return any(getattr(data, name) != getattr(_BLANK, name) for name in _WORD_FIELDS)


def _merge(old: LanguageData | None, new: LanguageData) -> LanguageData:
    """A language's data over several files: word lists joined, a number the later file sets
    replacing the earlier's (one rule for every field, as `_holds_words`)."""
    if old is None:
        return new
    merged = {}
    for name in _WORD_FIELDS:
        earlier, later = getattr(old, name), getattr(new, name)
        if isinstance(later, frozenset):
            merged[name] = earlier | later
        else:
            merged[name] = later if later != getattr(_BLANK, name) else earlier
    return LanguageData(new.language, **merged)


def _rules(
    table: dict[str, Any], language: str, where: str, spares: dict[str, str], check_patterns: bool = True
) -> Iterable[Rule]:
    entries = table.get("rule", [])
    if not isinstance(entries, list):
        raise ConfigError(f"{where}: 'rule' must be an array of tables ([[rule]])")
    for number, entry in enumerate(entries, 1):
        yield _rule(entry, language, f"{where}: rule #{number}", spares, check_patterns)


def _rule(entry: Any, language: str, where: str, spares: dict[str, str], check_pattern: bool = True) -> Rule:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a table")
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)}")
    for key in ("id", "category", "scope", "pattern"):
        if not isinstance(entry.get(key), str) or not entry[key]:
            raise ConfigError(f"{where}: '{key}' must be a non-empty string")
    where = f"{where} ({entry['id']})"
    if entry["scope"] not in SCOPES:
        raise ConfigError(f"{where}: scope must be one of {', '.join(SCOPES)}")
    if entry["category"] not in CATEGORIES:
        raise ConfigError(f"{where}: category must be one of {', '.join(CATEGORIES)}")
    flags = entry.get("flags", "")
    if not isinstance(flags, str) or not set(flags) <= _FLAG_LETTERS:
        raise ConfigError(f"{where}: flags may only use the letters {''.join(sorted(_FLAG_LETTERS))}")
    guard = entry.get("guard", "majority")
    if guard not in GUARDS:
        raise ConfigError(f"{where}: guard must be one of {', '.join(GUARDS)}")
    if guard in ("inside-body", "under-ad", "over-box") and (entry["scope"] != "line" or entry.get("takes")):
        raise ConfigError(f"{where}: only line rules that take no neighbours may use the guard \"{guard}\"")
    if guard == "glued" and entry["scope"] != "sentence":
        raise ConfigError(f"{where}: only sentence rules may use the guard \"glued\"")
    takes, takes_lines, takes_words = _takes(entry, where)
    spare = spare_names(entry, where, spares)
    rule = Rule(
        spare=spare,
        guard=guard,
        takes=takes,
        takes_lines=takes_lines,
        takes_words=takes_words,
        id=entry["id"],
        category=entry["category"],
        scope=entry["scope"],
        pattern=spared_pattern(entry["pattern"], spare, spares, flags, where),
        language=language,
        flags="".join(sorted(set(flags))),
        description=str(entry.get("description", "")),
        must_match=_strings(entry.get("must_match", []), f"{where}: must_match"),
        must_not_match=_strings(entry.get("must_not_match", []), f"{where}: must_not_match"),
        source=where.split(":")[0],
    )
    if check_pattern:
        try:
            rule.compile()
        except re.error as exc:
            raise ConfigError(f"{where}: pattern does not compile: {exc}") from None
    return rule


def _takes(entry: dict[str, Any], where: str) -> tuple[str, int, int]:
    takes = entry.get("takes", "")
    if takes not in TAKES:
        raise ConfigError(f"{where}: takes must be one of {', '.join(repr(t) for t in TAKES)}")
    if takes and entry["scope"] != "line":
        raise ConfigError(f"{where}: only line rules may take neighbouring lines")
    counts = []
    for key, default in TAKES_DEFAULTS.items():
        value = entry.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ConfigError(f"{where}: {key} must be a positive integer")
        counts.append(value)
    return takes, counts[0], counts[1]


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of strings")
    return tuple(value)
