"""The boilerplate step: phrase rules by scope, then the page-structure scorer.

Order inside one document: line rules and section labels (every language: anchored whole-line
patterns rarely misfire across languages, and sites in any language embed English widgets), then
block markers (block_markers.py; guarded: a marker only ends the document after enough prose, so
a "Related" entry in a top menu cannot wipe the article), then sentence and inline rules of the guessed language
plus common.toml (all languages when the guess is unsure), then the scorer.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable

from ..errors import ConfigError
from ..memo import LINE_CHARS, LINE_LIMIT, Memo
from ..tablerow import cells, is_row
from ..types import Document, Paragraph, Removal, Segment
from . import analysis
from .config import RulesConfig
from .language import StopwordIndex, confirms_declared, guess_language
from .loader import ALL_LANGUAGES, Rule, RuleSet, default_rule_files, id_matches, load_rule_files
from .cuts import segment_cuts
from .block_markers import BlockMarkers
from .resumed import reach_resumed
from .matchers import ScopeMatcher
from .framed_lines import mark_framed
from .box_lines import fill_boxes
from .neighbours import take_names, take_neighbours
from .own import OwnLanguageCredit, is_section_rule, section_rule
from .review import NAME_FIRST, NAME_SLOT, ReviewLabels
from .bio import about_tail, bio_tail
from .credit_box import boxed_credits
from .scorer import SCORER_RULES, Scorer
from .settings import Settings, load_settings


class RuleEngine:
    """Loads and compiles the rule files once; `apply` marks one segmented document."""

    def __init__(self, config: RulesConfig | None = None, settings: Settings | None = None):
        self.config = config or RulesConfig()
        self.settings = settings or load_settings(self.config.settings_file or None)
        loaded = load_rule_files(self._rule_files())
        _check_switches(self.config, loaded)
        self.rule_set = loaded.without(self.config.disable)
        rules = self.rule_set.rules
        shapes_file = analysis.preload(rules)
        self._lines = ScopeMatcher([r for r in rules if r.scope == "line" and r.guard not in ("inside-body", "under-ad", "over-box")])
        self._inside = ScopeMatcher([r for r in rules if r.scope == "line" and r.guard == "inside-body"])
        self._pitches = ScopeMatcher([r for r in rules if r.scope == "line" and r.guard in ("under-ad", "over-box")])
        self._blocks = ScopeMatcher([r for r in rules if r.scope == "block"])
        self._sections = self._section_index()
        self._takers = {r.id: r for r in rules if r.scope == "line" and r.takes}
        self._by_language = frozenset(self._languages())
        self._segment_sets: dict[str, tuple[ScopeMatcher, ScopeMatcher]] = {}  # see `_matchers_of`
        if shapes_file is not None:  # these rules' first run: every shape worked out now, and kept
            for known in ("", *self._by_language):
                self._matchers_of(known)
        analysis.keep(rules, shapes_file)
        self.stopword_index = StopwordIndex(self.rule_set.languages)
        self._line_verdicts: Memo[str | None] = Memo()  # line text -> rule id (all languages)
        self._inside_verdicts: Memo[str | None] = Memo()  # the same for "inside-body" line rules
        self._cuts: Memo[tuple[tuple[int, int, str | None], ...]] = Memo()  # see _apply_segments
        self._language_counts: Memo[tuple[tuple[int, ...], int]] = Memo(LINE_LIMIT, LINE_CHARS)  # line -> stopword hits
        self._rule_categories = self._categories()
        self._markers = BlockMarkers(self._blocks, self.settings, self._rule_categories)
        self._own_credit = OwnLanguageCredit(self.rule_set, self._rule_categories)
        self.scorer = Scorer(
            self.settings.scorer, self.config.disable, self._rule_categories, self.settings.cjk, self.settings.unspaced, self._review_labels(),
            self.rule_set.languages,
        ) if self.config.scorer else None

    def _rule_files(self) -> list[Path]:
        wanted = set(self.config.languages)
        files = []
        for path in default_rule_files():
            language = path.stem
            if language == "common" or not wanted or language in wanted:
                files.append(path)
        return files + [Path(p) for p in self.config.extra_files]

    def _languages(self) -> list[str]:
        return sorted(code for code in self.rule_set.languages if code != ALL_LANGUAGES)

    def _segment_matchers(self, language: str | None) -> tuple[ScopeMatcher, ScopeMatcher]:
        def applies(rule: Rule) -> bool:
            return language is None or rule.language in (ALL_LANGUAGES, language)

        rules = [r for r in self.rule_set.rules if applies(r)]
        return (
            ScopeMatcher([r for r in rules if r.scope == "sentence"]),
            ScopeMatcher([r for r in rules if r.scope == "inline"]),
        )

    def _matchers_of(self, known: str) -> tuple[ScopeMatcher, ScopeMatcher]:
        """The sentence and inline matchers of language `known` ("": of every language), built on
        first need: building all 53 sets cost 0.1 G instructions at every start (3% of a
        one-record run), and a run meets a few of the languages."""
        found = self._segment_sets.get(known)
        if found is None:
            found = self._segment_sets[known] = self._segment_matchers(known or None)
        return found

    def _categories(self) -> dict[str, str]:
        """Rule id -> category, section labels included, for the scorer."""
        categories = {rule.id: rule.category for rule in self.rule_set.rules}
        categories.update((rule_id, "navigation") for rule_id in self._section_rules().values())
        return categories

    def _review_labels(self) -> ReviewLabels:
        """Every loaded language's headings of a review's pros and cons lists and of an interview's
        box about the person (a box is read whatever the language guess says)."""
        data = self.rule_set.languages.values()

        def every(field: str) -> frozenset[str]:
            return frozenset(ReviewLabels.key(label) for d in data for label in getattr(d, field))

        person = every("person_labels")
        named = tuple(sorted(label.removesuffix(NAME_SLOT) for label in person if label.endswith(NAME_SLOT)))
        named_after = tuple(sorted(label.removeprefix(NAME_FIRST) for label in person if label.startswith(NAME_FIRST)))
        persons = frozenset(p for p in person if NAME_SLOT.strip() not in p)
        author = tuple(sorted(o for d in data for o in d.author_openings))
        return ReviewLabels(
            every("pros_labels"), every("cons_labels"), persons, named, every("notes_labels"), author, every("keypoints_labels"),
            every("company_labels"), named_after,
        )

    def _section_rules(self) -> dict[str, str]:
        """Language code -> the rule id of its section labels, for the languages not disabled
        (every one is a navigation rule, also one whose labels another language names first:
        `OwnLanguageCredit` may rename a removal after it)."""
        rules = {}
        for code in sorted(self.rule_set.languages):
            rule_id = section_rule(code)
            if not any(id_matches(rule_id, p) for p in self.config.disable):
                rules[code] = rule_id
        return rules

    def _section_index(self) -> dict[str, str]:
        """Casefolded section label -> rule id (first language in code order wins); a link to a
        section ("Más de viajes": an opening of `section_link_openings` before one of the same
        language's labels) is a label too."""
        index: dict[str, str] = {}
        for code, rule_id in self._section_rules().items():
            data = self.rule_set.languages[code]
            names = sorted(data.section_names)
            for name in names:
                index.setdefault(name, rule_id)
            for opening in sorted(data.section_link_openings):
                for name in names:
                    index.setdefault(f"{opening} {name}", rule_id)
        return index

    # -- applying ---------------------------------------------------------------------------

    def apply(self, doc: Document) -> Document:
        """Mark boilerplate paragraphs and segments of a segmented document; returns `doc`."""
        if not self.config.enabled or not doc.paragraphs:
            return doc
        language = self._language(doc)
        self._apply_lines(doc)
        if self._takers:
            take_neighbours(doc, self._takers, self.settings, self._rule_categories, language)
            take_names(doc, self._takers, self.settings, language)
        s = self.settings.engine  # an ad's copy under its label, an embed's caption (framed_lines.py)
        mark_framed(doc, self._pitches, self._rule_categories, s.line_max_chars, s.caption_max_words)
        known = language if language in self._by_language else ""  # "": the rules of all languages
        matchers = self._matchers_of(known)
        if matchers[0] or matchers[1]:
            for par in doc.paragraphs:
                if par.removal is None:
                    self._apply_segments(doc, par, known, matchers)
        if language:  # before the scorer: a renamed section label weighs as its own rule's category
            self._own_credit.apply(doc, language)
            if self.scorer is not None:  # a gallery's "Foto: <headline>", another language's credit
                self._own_credit.restore_kicker_headline(doc, language, self.scorer.settings)
        fill_boxes(doc, self.settings, self._rule_categories)  # after the renaming: "Newsletter" heads a box
        self._markers.mark_headings(doc)  # the tail walk's end of the article (closing.closing_line)
        body = self.scorer.find_body(doc, self._stopwords(language)) if self.scorer is not None else None
        if body is not None and self._inside:
            self._apply_inside(doc, body.first + 1)
        cut = self._markers.cut(doc, body.first + 1 if body is not None else 0, body)
        if body is not None and self.scorer is not None:
            if cut is not None:  # the comments a block marker removed held the body's last lines
                body = replace(body, last=min(body.last, cut - 1))
                last = bio_tail(doc, body.first, body.last, self.scorer.settings, self.scorer.categories, self.scorer.review.author)
                body = replace(body, last=about_tail(doc, body.first, last, self.scorer.review, self.scorer.settings))
            body = reach_resumed(doc, body, s, self._rule_categories, self._markers.ids)  # the article's end under a box the marker resumed
            self.scorer.mark(doc, body)
            for index in boxed_credits(doc, body.first, body.last, self._rule_categories):
                doc.paragraphs[index].removal = None  # a fact box's "Autora: Irene Solà", no byline
        if language and body is not None and self.scorer is not None:
            self._own_credit.restore_headings(doc, body.first, body.last, language, self.scorer.settings)
        return doc

    def rescore(self, doc: Document) -> Document:
        """Run the page-structure scorer again on what other steps left.

        In-document dedup can strip a paragraph down to a sentence that no longer reads as part
        of the body; scoring again here gives now what cleaning the output again would give.
        """
        if not self.config.enabled or self.scorer is None or not doc.paragraphs:
            return doc
        body = self.scorer.find_body(doc, self._stopwords(self._language(doc)))
        return self.scorer.mark(doc, body) if body is not None else doc

    def _language(self, doc: Document) -> str | None:
        if doc.lang in self._by_language:
            return doc.lang
        s = self.settings.engine
        guess = guess_language(
            doc.text,
            self.stopword_index,
            s.language_sample_chars,
            s.language_min_hits,
            s.language_margin,
            self._language_counts,
        )
        language = guess.language
        declared = doc.meta.get("declared_lang")
        if language is None and isinstance(declared, str) and declared in self._by_language:
            if confirms_declared(
                doc.text, self.stopword_index, declared, s.language_sample_chars,
                s.language_declared_min_hits, s.language_margin, self._language_counts,
            ):
                language = declared
        if doc.lang is None and language is not None:
            doc.lang = language
        return language

    def _stopwords(self, language: str | None) -> frozenset[str]:
        data = self.rule_set.languages.get(language or "")
        return data.stopwords if data is not None else frozenset()

    def _apply_lines(self, doc: Document) -> None:
        self._mark_lines(doc, doc.paragraphs, self._line_verdicts, self._line_rule)

    def _apply_inside(self, doc: Document, earliest: int) -> None:
        """The "inside-body" line rules, on kept lines from paragraph `earliest` on (under the
        body's first paragraph): what they match is a headline at the top of a page."""
        self._mark_lines(doc, doc.paragraphs[earliest:], self._inside_verdicts, self._inside_rule)

    def _mark_lines(self, doc: Document, pars: list[Paragraph], verdicts: Memo[str | None], rule_of: Callable[[str], str | None]) -> None:
        """Remove each paragraph of `pars` still kept whose whole line `rule_of` names a rule for
        (the verdict memoised by the line's text)."""
        limit = self.settings.engine.line_max_chars
        for par in pars:
            if par.removal is not None or par.end - par.start > limit:
                continue
            text = doc.text[par.start : par.end].strip()
            verdict = verdicts.get(text)
            if verdict is Memo.MISSING:
                verdict = verdicts.put(text, rule_of(text), len(text))
            if verdict is not None:
                par.removal = Removal("boilerplate", verdict)  # type: ignore[arg-type]

    def _inside_rule(self, text: str) -> str | None:
        rule = self._inside.first(text)
        return rule.id if rule is not None else None

    def _line_rule(self, text: str) -> str | None:
        """The id of the section label or line rule that `text`, a whole line, is; for a table's
        row ("| Facebook | X | E-mail |"), the rule of its first cell when every cell is such a
        line by itself (read cell by cell, each would have gone; one cell of data keeps it)."""
        if is_row(text):
            verdicts = [self._line_rule(cell) for cell in cells(text)]
            return verdicts[0] if verdicts and all(verdicts) else None
        section = self._sections.get(text.casefold())
        if section is not None:
            return section
        rule = self._lines.first(text) if self._lines else None
        return rule.id if rule is not None else None

    def _apply_segments(self, doc: Document, par: Paragraph, language: str, matchers: tuple[ScopeMatcher, ScopeMatcher]) -> None:
        """Sentence rules, then inline cuts, on the kept segments of a kept paragraph.

        The answer depends only on the paragraph's text, where its segments lie and the
        language's matchers, so it is memoised on those (offsets relative to the paragraph).
        """
        spans = tuple((seg.start - par.start, seg.end - par.start, seg.removal is None) for seg in par.segments)
        if not any(kept for _, _, kept in spans):
            return
        text = doc.text[par.start : par.end]
        key = (language, text, spans)
        cuts = self._cuts.get(key)
        if cuts is Memo.MISSING:
            cuts = self._cuts.put(key, segment_cuts(text, spans, *matchers), len(text))
        pieces: list[Segment] = []
        kept_pieces = iter(cuts)  # type: ignore[call-overload]
        for seg, (_, _, kept) in zip(par.segments, spans):
            found = next(kept_pieces) if kept else None
            if found is None or (len(found) == 1 and found[0][2] is None):
                pieces.append(seg)  # removed before, or left whole
                continue
            for start, end, rule_id in found:
                removal = Removal("boilerplate", rule_id) if rule_id is not None else None
                pieces.append(Segment(par.start + start, par.start + end, removal))
        par.segments = pieces

    # -- metadata for `cleaner explain` ------------------------------------------------------

    def rule(self, rule_id: str) -> Rule | None:
        return self.rule_set.by_id(rule_id)

    def explain_rule(self, rule_id: str) -> str:
        """A short human description of a rule id, for `cleaner explain` and the report."""
        if rule_id in SCORER_RULES:
            return f"{rule_id} (scorer): {SCORER_RULES[rule_id]}"
        if is_section_rule(rule_id):
            return f"{rule_id} (line): the whole line is a section label listed in section_names (or a link to one: section_link_openings)"
        rule = self.rule(rule_id)
        if rule is None:
            return f"{rule_id}: unknown rule"
        text = f"{rule.id} ({rule.category}, {rule.scope}): {rule.description or 'no description'}"
        return f"{text}\n  pattern: {rule.pattern}\n  from: {rule.source}"


def _check_switches(config: RulesConfig, loaded: RuleSet) -> None:
    """A language or a disabled id that names nothing is a typo: say so rather than run the
    rules the user meant to change unchanged."""
    shipped = sorted(path.stem for path in default_rule_files() if path.stem != "common")
    for code in config.languages:
        if code not in shipped:
            raise ConfigError(f"rules.languages: no rule file for {code!r} (shipped: {', '.join(shipped)})")
    ids = [rule.id for rule in loaded.rules] + list(SCORER_RULES)
    ids += [section_rule(code) for code in loaded.languages]
    for prefix in config.disable:
        if not any(id_matches(rule_id, prefix) for rule_id in ids):
            raise ConfigError(
                f"rules.disable: {prefix!r} names no rule (ids or dotted prefixes: 'en.share', 'score.navigation')"
            )
