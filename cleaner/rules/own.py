"""Which rule a line's removal is credited to when rules of several languages match it.

Line rules of every language run on every page (junk comes in any language), and the first rule
that matches a line names its removal: "Compartir" on a Spanish page was credited to a Catalan
rule, "Sport" on a German page to a Czech section list, since ca.toml and cs.toml sort first.
The report shows that name to its reader, so once a page's language is known, a removal named
after another language is renamed after the page's own rule when one of those matches the line
too, with the same category (only the name changes: the text goes either way, and every step
that weighs a removal reads its category).
"""

from __future__ import annotations

from ..memo import Memo
from ..types import Document, Removal
from .loader import RuleSet
from .matchers import ScopeMatcher

SECTION_RULE = "{language}.navigation.section-name"
_NOT_LANGUAGES = ("common", "score", "dedup")


class OwnLanguageCredit:
    """Renames line removals after the page's own language's rules (see the module docstring)."""

    def __init__(self, rule_set: RuleSet, categories: dict[str, str]):
        """`categories`: rule id -> category of every rule not disabled, section labels included."""
        self.rule_set = rule_set
        self.categories = categories
        self._matchers: dict[str, ScopeMatcher] = {}  # language -> its own line rules, on first need
        self._verdicts: Memo[str | None] = Memo()  # language + line text -> its own rule id

    def apply(self, doc: Document, language: str) -> None:
        for par in doc.paragraphs:
            removal = par.removal
            if removal is None or removal.reason != "boilerplate":
                continue
            if (removal.rule or "").split(".", 1)[0] in (language, *_NOT_LANGUAGES):
                continue
            text = doc.text[par.start : par.end].strip()
            key = f"{language}\x00{text}"
            verdict = self._verdicts.get(key)
            if verdict is Memo.MISSING:
                verdict = self._verdicts.put(key, self._own_rule(language, text), len(key))
            if verdict is not None and self.categories.get(verdict) == self.categories.get(removal.rule or ""):
                par.removal = Removal("boilerplate", verdict)

    def _own_rule(self, language: str, text: str) -> str | None:
        data = self.rule_set.languages.get(language)
        section = SECTION_RULE.format(language=language)
        if data is not None and text.casefold() in data.section_names and section in self.categories:
            return section
        matcher = self._matchers.get(language)
        if matcher is None:
            prefix = language + "."
            rules = [r for r in self.rule_set.rules if r.scope == "line" and r.guard != "inside-body" and r.id.startswith(prefix)]
            matcher = self._matchers[language] = ScopeMatcher(rules)
        rule = matcher.first(text) if matcher else None
        return rule.id if rule is not None else None
