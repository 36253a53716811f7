"""Which rule a line's removal is credited to when rules of several languages match it.

Line rules of every language run on every page (junk comes in any language), and the first rule
that matches a line names its removal: "Compartir" on a Spanish page was credited to a Catalan
rule, "Sport" on a German page to a Czech section list, since ca.toml and cs.toml sort first.
The report shows that name to its reader, so once a page's language is known, a removal named
after another language is renamed after the page's own rule when one of those matches the line
too, with the same category (only the name changes: the text goes either way, and every step
that weighs a removal reads its category). A section label, of any language, takes a line rule
of the page's language that matches it whatever its category: "Newsletter" is a menu label (of
German, and of English pages' menus), and over a sign-up form it is the form's title: the
newsletter box weighs as one box inside an article instead of cutting it in two.

Another language's section label that is a word of this one is put back when it heads a part of
the article: "Europe", "Justice", "People" (French menus) and "Finance" (a Czech one) between two
paragraphs of an English explainer were its subheadings, removed as section names. A menu label
never stands alone between two paragraphs of prose; the page's own labels are left alone (its
kickers and in-article labels use them), and so is a line a rule of the page's own language
removes too ("Newsletter", a German section label, over an English page's sign-up box). A label
of the page's own language is put back only over the article's questions and answers: "Preguntas
frecuentes" (a site's FAQ page in its menu) between a paragraph of prose and `qa_min_pairs`
question lines each over its answer heads the article's own FAQ, which no menu item does.
"""

from __future__ import annotations

from ..memo import Memo
from ..types import Document, Paragraph, Removal
from ..words import SENTENCE_END
from .loader import ALL_LANGUAGES, Rule, RuleSet
from .matchers import ScopeMatcher
from .prose import text_words
from .settings import ScorerSettings, Settings
from .shapes import tail_sentence

_SECTION_SUFFIX = ".navigation.section-name"
_NOT_LANGUAGES = ("common", "score", "dedup")
_QUESTION_MARKS = ("?", "？", "؟")
_CREDIT_MARKS = ("/", "|", "©")  # "Foto: ANTARA FOTO/Aditya Pradana", "Bild: dpa | Max Muster"


def section_rule(code: str) -> str:
    """The id under which a language's section labels (`section_names`) remove a whole line;
    the labels of every language's file are "common"'s."""
    return ("common" if code == ALL_LANGUAGES else code) + _SECTION_SUFFIX


def is_section_rule(rule_id: str | None) -> bool:
    return (rule_id or "").endswith(_SECTION_SUFFIX)


def label_taker(doc: Document, index: int, takers: dict[str, Rule], settings: Settings, language: str | None = None) -> Rule | None:
    """The "takes next" rule a section label's line answers to when it stands alone under the
    article's prose: "Terpopuler" (a menu item, and the most-read box's heading) under the
    comments over two teaser headlines heads that box, and the pull-along the label's rule has not
    must take them. In a menu (a label above or below), with no prose above, or over a line over
    a paragraph of prose (a kicker over the headline and the lead), a label stays a label. Of the
    rules that match the label, one of the page's `language` is chosen first: the lines taken are
    credited to it ("Video" on an English page took its teasers as a German rule's)."""
    pars = doc.paragraphs
    if not is_section_rule(pars[index].removal.rule if pars[index].removal is not None else None):
        return None
    if any(0 <= at < len(pars) and is_section_rule(pars[at].removal.rule if pars[at].removal is not None else None) for at in (index - 1, index + 1)):
        return None
    if not any(par.kept and _prose_line(doc.text[par.start : par.end], settings) for par in pars[:index]):
        return None
    if index + 2 < len(pars) and pars[index + 2].kept and _prose_line(doc.text[pars[index + 2].start : pars[index + 2].end], settings):
        return None  # a kicker over a headline over the article's first paragraph
    text = doc.text[pars[index].start : pars[index].end].strip()
    ordered = sorted(takers.values(), key=lambda rule: rule.language != language)  # the page's own rules first, each set in load order
    return next((rule for rule in ordered if rule.takes == "next" and rule.compile().search(text)), None)


def _prose_line(text: str, settings: Settings) -> bool:
    return bool(SENTENCE_END.search(text)) and text_words(text, settings.cjk, settings.unspaced) >= settings.engine.prose_paragraph_words


def _foreign(rule_id: str | None, language: str) -> bool:
    """Whether a removal's rule belongs to another language than the page's."""
    return (rule_id or "").split(".", 1)[0] not in (language, *_NOT_LANGUAGES)


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
            label, foreign = is_section_rule(removal.rule), _foreign(removal.rule, language)
            if not (label or foreign):
                continue
            text = doc.text[par.start : par.end].strip()
            verdict = self._own_verdict(language, text, labels=False) if label else None
            if verdict is None and foreign:
                verdict = self._own_verdict(language, text)
                if self.categories.get(verdict or "") != self.categories.get(removal.rule or ""):
                    verdict = None
            if verdict is not None:
                par.removal = Removal("boilerplate", verdict)

    def restore_headings(self, doc: Document, first: int, last: int, language: str, s: ScorerSettings) -> None:
        """Keep another language's section labels standing alone between two paragraphs of prose
        inside the body [first, last], or right above its first paragraph under a lead the scorer
        left above the body (see the module docstring); run after `apply`."""
        pars = doc.paragraphs
        for index in range(max(first - 1, 1), last):
            removal = pars[index].removal
            if removal is None or removal.reason != "boilerplate" or not is_section_rule(removal.rule):
                continue
            if not _prose_next(pars, index, -1, s):
                continue
            if not _foreign(removal.rule, language):
                if _answers_below(doc, index, s):
                    pars[index].removal = None  # "Preguntas frecuentes" over the article's own questions
                continue
            if not _prose_next(pars, index, 1, s):
                continue
            if self._own_verdict(language, doc.text[pars[index].start : pars[index].end].strip()) is None:
                pars[index].removal = None  # unless a rule of the page's language removes it too ("Newsletter")

    def restore_kicker_headline(self, doc: Document, language: str, s: ScorerSettings) -> None:
        """Put back a gallery's headline under a photo kicker ("Foto: Ribuan Warga Padati Festival
        Lampion di Semarang"), which has the shape of a photo credit to the languages that write
        "Foto:" (az, cs, de, es): on a page of a language none of whose rules removes the line, the
        page's first line under its menus, removed as another language's credit, with
        `title_far_min_words` words or more after its label and no slash, bar or (c) sign (a
        credit's agency or photographer: "Foto: Andi Prasetyo/Kabar Jateng"). The scorer then
        weighs it as any line: the headline over the body, or outside it. Run before the scorer."""
        first = next((par for par in doc.paragraphs if par.removal is None or self.categories.get(par.removal.rule or "") != "navigation"), None)
        if first is None or first.removal is None or first.removal.reason != "boilerplate":
            return
        rule = first.removal.rule
        if self.categories.get(rule or "") != "credit" or not _foreign(rule, language):
            return
        text = doc.text[first.start : first.end].strip()
        _, colon, rest = text.replace("：", ":").partition(":")
        if not colon or any(mark in rest for mark in _CREDIT_MARKS):
            return
        if len(rest.split()) >= s.title_far_min_words and self._own_verdict(language, text) is None:
            first.removal = None

    def _own_verdict(self, language: str, text: str, labels: bool = True) -> str | None:
        """The page's own rule that removes this line, if any (remembered per language and line);
        `labels` False: its line rules only, not its section labels."""
        key = f"{language}\x00{int(labels)}\x00{text}"
        verdict = self._verdicts.get(key)
        if verdict is Memo.MISSING:
            verdict = self._verdicts.put(key, self._own_rule(language, text, labels), len(key))
        return verdict

    def _own_rule(self, language: str, text: str, labels: bool) -> str | None:
        data = self.rule_set.languages.get(language)
        section = section_rule(language)
        if labels and data is not None and text.casefold() in data.section_names and section in self.categories:
            return section
        matcher = self._matchers.get(language)
        if matcher is None:
            prefix = language + "."
            rules = [r for r in self.rule_set.rules if r.scope == "line" and r.guard != "inside-body" and r.id.startswith(prefix)]
            matcher = self._matchers[language] = ScopeMatcher(rules)
        rule = matcher.first(text) if matcher else None
        return rule.id if rule is not None else None


def _answers_below(doc: Document, index: int, s: ScorerSettings) -> bool:
    """Whether `qa_min_pairs` questions, each a kept line ending on a question mark right over a
    kept paragraph of prose (`shapes.tail_sentence`), follow paragraph `index`."""
    pars, pairs, at = doc.paragraphs, 0, index + 1
    while at + 1 < len(pars) and pars[at].kept and doc.text[pars[at].start : pars[at].end].rstrip().endswith(_QUESTION_MARKS):
        if not tail_sentence(pars[at + 1], s.list_prose_min_words, s):
            break
        pairs, at = pairs + 1, at + 2
    return pairs >= s.qa_min_pairs


def _prose_next(pars: list[Paragraph], index: int, step: int, s: ScorerSettings) -> bool:
    """Whether the next kept paragraph from `index` in direction `step` is prose, past other rules'
    removals (an ad label between the paragraph and the heading) but not past another section label
    (a run of them is a menu)."""
    index += step
    while 0 <= index < len(pars) and not pars[index].kept:
        removal = pars[index].removal
        if removal is None or is_section_rule(removal.rule):
            return False
        index += step
    return 0 <= index < len(pars) and tail_sentence(pars[index], s.list_prose_min_words, s)
