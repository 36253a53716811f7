"""The Spanish, German, Italian, Portuguese and Dutch rule files, read as plain TOML.

These files are data written by hand, so the risks are: a malformed rule, an example that does
not do what the rule claims, a pattern that backtracks on a long line, and above all a pattern that
eats article prose. Each is checked here without the engine (only `tomllib` and `re`), so a broken
file is caught even while the engine changes; one test also loads them through the engine's loader.
Line and block rules run on documents of every language, so every negative example of every file
(and, when present, the benchmark's gold article text) must escape every one of them.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any, Iterator

import pytest

from cleaner.pipeline import clean_text
from regex_shapes import backtracking_repeats

DATA = Path(__file__).resolve().parents[1] / "cleaner" / "rules" / "data"
# Every complete language file (rules of every category and a stopword list).
EXPECTED_LANGUAGES = ("es", "de", "it", "pt", "nl", "sv", "da", "nb", "fi", "cs", "ro", "hu", "pl", "ru", "uk", "tr", "id", "ca", "vi", "tl", "sk", "sw")
LANGUAGES = tuple(code for code in EXPECTED_LANGUAGES if (DATA / f"{code}.toml").exists())
CATEGORIES = (
    "aggregator", "social-embed", "share", "comments", "newsletter", "advertising", "credit",
    "dateline", "navigation", "cookie", "paywall", "app-promo", "related-links", "tags",
)  # fmt: skip
SCOPES = ("line", "sentence", "inline", "block")
RULE_KEYS = {"id", "category", "scope", "pattern", "flags", "description", "must_match", "must_not_match", "guard", "takes",
             "takes_lines", "takes_words", "spare"}
GOLD = Path("/work/shared/benchmarks/article-extraction/ground-truth.json")


def load(language: str) -> dict[str, Any]:
    with open(DATA / f"{language}.toml", "rb") as handle:
        return tomllib.load(handle)


def all_rules() -> Iterator[dict[str, Any]]:
    for language in LANGUAGES:
        yield from load(language)["rule"]


RULES = list(all_rules())
WHOLE_TEXT_RULES = [r for r in RULES if r["scope"] in ("line", "block")]


with open(DATA / "common.toml", "rb") as _common:
    SPARES = tomllib.load(_common)["spares"]  # named shapes a rule opts out of (spare = [...])


def written_pattern(rule: dict[str, Any]) -> str:
    """The rule's regex as the loader composes it: its spares as a lookahead after the "^"."""
    names = rule.get("spare", [])
    if not names:
        return rule["pattern"]
    return "^(?!" + "|".join(SPARES[name] for name in names) + ")" + rule["pattern"][1:]


def compile_rule(rule: dict[str, Any]) -> re.Pattern[str]:
    flags = 0
    for letter in rule.get("flags", ""):
        flags |= {"i": re.IGNORECASE, "s": re.DOTALL, "x": re.VERBOSE}[letter]
    return re.compile(written_pattern(rule), flags)


def matches(rule: dict[str, Any], text: str) -> bool:
    """The scope's matcher: a search in the trimmed paragraph or sentence, any match for inline."""
    pattern = compile_rule(rule)
    if rule["scope"] == "inline":
        return any(m.end() > m.start() for m in pattern.finditer(text))
    return pattern.search(text.strip()) is not None


# -- schema ---------------------------------------------------------------------------------------


def test_every_language_has_a_file() -> None:
    assert LANGUAGES == EXPECTED_LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_file_header(language: str) -> None:
    table = load(language)
    assert set(table) <= {"language", "letters", "stopwords", "section_names", "pros_labels", "cons_labels", "person_labels", "notes_labels", "author_openings", "keypoints_labels", "company_labels", "section_link_openings", "word_weight", "short_sentence_stopwords", "rule", "description"}
    assert table["language"] == language
    assert 1.0 <= table.get("word_weight", 1.0) <= 3.0, "word_weight: how many English words one word stands for"
    assert 0.0 <= table.get("short_sentence_stopwords", 0.0) <= 0.5, "short_sentence_stopwords: a stopword share"
    letters = table.get("letters", "")
    assert all(c.isalpha() and c == c.lower() for c in letters) and len(set(letters)) == len(letters), "letters: distinct lower-case letters"
    stopwords = table["stopwords"]
    assert 80 <= len(stopwords) <= 200, len(stopwords)
    assert len(set(stopwords)) == len(stopwords), "duplicate stopword"
    assert all(w == w.lower() and re.fullmatch(r"\w+", w) for w in stopwords), "stopwords: one lower-case word each"
    sections = [s.casefold() for s in table["section_names"]]
    assert sections and len(set(sections)) == len(sections), "duplicate section name"
    assert all(0 < len(s) <= 40 and s == s.strip() for s in sections)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.toml")), ids=lambda p: p.stem)
def test_no_section_name_is_an_ad_label(path: Path) -> None:
    """An ad label ("Реклама", "Pubblicità") is also a footer link, but removed as a section name
    it weighs as a menu against the article around it (scorer.toml removed_value: navigation
    0.6, advertising 0): between a teaser link and the next paragraph it cut the article in two.
    The language's advertising rule removes it on a menu line all the same."""
    with open(path, "rb") as handle:
        table = tomllib.load(handle)
    ads = [compile_rule(r) for r in table.get("rule", []) if r["category"] == "advertising" and r["scope"] == "line"]
    labels = [s for s in table.get("section_names", []) if any(a.search(s) for a in ads)]
    assert not labels, labels


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_category_is_covered(language: str) -> None:
    covered = {rule["category"] for rule in load(language)["rule"]}
    assert covered == set(CATEGORIES), f"missing {sorted(set(CATEGORIES) - covered)}"


def test_ids_are_unique_across_files() -> None:
    ids = [rule["id"] for rule in RULES]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r["id"])
def test_rule_schema(rule: dict[str, Any]) -> None:
    assert set(rule) <= RULE_KEYS and {"id", "category", "scope", "pattern", "description"} <= set(rule)
    language, category, name = rule["id"].split(".")
    assert language in LANGUAGES and category == rule["category"] and re.fullmatch(r"[a-z0-9-]+", name)
    assert rule["category"] in CATEGORIES and rule["scope"] in SCOPES
    assert set(rule.get("flags", "")) <= set("isx")
    compile_rule(rule)
    assert len(rule["must_match"]) >= 2 and len(rule["must_not_match"]) >= 2


@pytest.mark.parametrize("rule", WHOLE_TEXT_RULES, ids=lambda r: r["id"])
def test_whole_text_rules_are_anchored(rule: dict[str, Any]) -> None:
    """Line and block rules must cover the whole paragraph: ^...$ around the entire pattern."""
    parsed = list(re._parser.parse(rule["pattern"]))  # type: ignore[attr-defined]
    at = re._constants.AT  # type: ignore[attr-defined]
    assert parsed[0] == (at, re._constants.AT_BEGINNING), "must start with ^ (outside any group)"  # type: ignore[attr-defined]
    assert parsed[-1] == (at, re._constants.AT_END), "must end with $ (outside any group)"  # type: ignore[attr-defined]


# -- examples ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r["id"])
def test_examples(rule: dict[str, Any]) -> None:
    for text in rule["must_match"]:
        assert matches(rule, text), f"should match {text!r}"
    for text in rule["must_not_match"]:
        assert not matches(rule, text), f"should not match {text!r}"


def test_line_rules_spare_every_negative_example() -> None:
    """Line and block rules run on every document, so no file's prose example may trigger them.
    An "inside-body" line rule runs under the body's first paragraph only: a headline written
    with a media kicker ("VIDEO: ...", a credit rule's negative example) is one of its matches."""
    prose = [text for rule in RULES for text in rule["must_not_match"]]
    everywhere = [rule for rule in WHOLE_TEXT_RULES if rule.get("guard") != "inside-body"]
    hits = [(rule["id"], text) for rule in everywhere for text in prose if matches(rule, text)]
    assert not hits


def test_sentence_rules_spare_negative_examples_of_their_language() -> None:
    for language in LANGUAGES:
        rules = load(language)["rule"]
        prose = [text for rule in rules for text in rule["must_not_match"]]
        hits = [(r["id"], t) for r in rules if r["scope"] in ("sentence", "inline") for t in prose if matches(r, t)]
        assert not hits


@pytest.mark.skipif(not GOLD.exists(), reason="benchmark gold text not available")
def test_line_rules_spare_benchmark_gold_paragraphs() -> None:
    """Gold article bodies are prose by definition: no line or block rule may remove a line of them."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    lines = [line.strip() for page in gold.values() for line in page["articleBody"].splitlines() if line.strip()]
    patterns = [(rule["id"], compile_rule(rule)) for rule in WHOLE_TEXT_RULES]
    hits = [(rule_id, line) for line in lines for rule_id, pattern in patterns if pattern.search(line)]
    assert not hits


# -- linear time -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r["id"])
def test_pattern_cannot_backtrack_catastrophically(rule: dict[str, Any]) -> None:
    """No repeat without bound holds another that a long line can split in many ways (a
    near miss of 100,000 characters then takes minutes: regex_shapes.py says why the shape, not
    a clock, is asked). The adversarial lines' times are benchmarks/bench_guards.py's."""
    pattern = compile_rule(rule)
    assert backtracking_repeats(pattern.pattern, pattern.flags) == []


# -- the engine's own loader --------------------------------------------------------------------------------


def test_engine_loader_accepts_the_files() -> None:
    loader = pytest.importorskip("cleaner.rules.loader")
    files = [DATA / "common.toml"] + [DATA / f"{language}.toml" for language in LANGUAGES]  # common: the spares
    rule_set = loader.load_rule_files(files)
    loaded = [rule for rule in rule_set.rules if rule.language != "*"]
    assert [rule.pattern for rule in loaded] == [written_pattern(rule) for rule in RULES]
    assert set(LANGUAGES) <= set(rule_set.languages)


def test_a_language_neutral_line_is_credited_to_the_common_rule() -> None:
    """Line rules of every file run on every page, and the first rule that matches names the
    removal: a bare numeric date on a Greek page is a common date, not a Catalan one (ca.toml
    sorts before common.toml by name)."""
    from cleaner.rules import default_rule_files

    assert default_rule_files()[0].name == "common.toml"
    text = "\n".join([
        "Κλειστά τα σχολεία σε τρεις νομούς την Πέμπτη",
        "04.12.2026 21:45",
        "Κλειστά θα παραμείνουν την Πέμπτη όλα τα σχολεία της πρωτοβάθμιας και δευτεροβάθμιας εκπαίδευσης "
        "στους νομούς Μαγνησίας, Λάρισας και Καρδίτσας, λόγω της κακοκαιρίας που πλήττει την κεντρική Ελλάδα.",
        "Η απόφαση ελήφθη μετά από σύσκεψη στη Γενική Γραμματεία Πολιτικής Προστασίας, όπου οι μετεωρολόγοι "
        "προειδοποίησαν για ραγδαίες βροχές με ύψος έως και 150 χιλιοστά σε ορισμένες περιοχές.",
    ])
    rules = {text[start:end]: removal.rule for start, end, removal in clean_text(text).removals}
    assert rules == {"04.12.2026 21:45": "common.dateline.numeric-date"}


def test_a_line_many_languages_know_is_credited_to_the_pages_own():
    """"Compartir" is Catalan and Spanish, "Sport" a section name in Czech and German: on a
    Spanish or German page the report names the page's own rule, not the one that sorts first."""
    es = "\n".join([
        "Compartir",
        "El Servicio Electoral informó que la participación en la Región Metropolitana superaba el 62% a "
        "las cuatro de la tarde, una cifra que no se veía desde el plebiscito de hace tres años.",
        "Los colegios electorales cierran a las seis de la tarde y los primeros resultados se esperan una hora "
        "después, según informó el organismo en un comunicado difundido por la mañana.",
    ])
    de = "\n".join([
        "Sport",
        "Die Landesregierung hat am Dienstag beschlossen, die Förderung für Sportvereine im kommenden Jahr "
        "um zehn Prozent zu erhöhen, wie ein Sprecher des Ministeriums in Innsbruck mitteilte.",
        "Die Vereine hatten zuletzt über steigende Kosten für Energie und Hallenmieten geklagt und vor "
        "dem Verlust von Mitgliedern gewarnt, vor allem in den ländlichen Gemeinden des Landes.",
    ])
    for text, line, rule in ((es, "Compartir", "es.share.compartir"), (de, "Sport", "de.navigation.section-name")):
        rules = {text[start:end]: removal.rule for start, end, removal in clean_text(text).removals}
        assert rules.get(line) == rule


DE_ARTICLE = [
    "Die Deutsche Bahn hat am Montag einen neuen Fahrplan vorgestellt, der ab Dezember mehr Verbindungen "
    "zwischen Berlin und München vorsieht. Die Fahrtzeit soll sich auf knapp vier Stunden verkürzen.",
    "Nach Angaben des Unternehmens werden zusätzlich 14 ICE-Züge pro Tag eingesetzt. Fahrgastverbände "
    "begrüßten die Pläne, kritisierten aber die anhaltenden Verspätungen im Fernverkehr.",
    "„Pünktlichkeit bleibt unser größtes Problem“, räumte ein Bahnsprecher ein. Im Oktober erreichten nur "
    "58 Prozent der Fernzüge ihr Ziel ohne nennenswerte Verspätung.",
]
DE_SIMILAR = [
    "Ähnliche Nachrichten:",
    "Bahn erhöht Preise für Fernverkehrstickets um fünf ProzentDie Deutsche Bahn erhöht zum Fahrplanwechsel "
    "die Preise im Fernverkehr um durchschnittlich fünf Prozent…",
    "Mehr Nachrichten aus Wirtschaft finden Sie hier.",
]


def test_a_similar_stories_heading_ends_the_article() -> None:
    """An aggregator's "Similar news" list under an article (teasers glued to their titles, written
    as sentences): the heading is a block marker, and the teasers go with it."""
    out = clean_text("\n".join([*DE_ARTICLE, *DE_SIMILAR])).text
    assert all(p in out for p in DE_ARTICLE)
    assert not any(line[:30] in out for line in DE_SIMILAR)
