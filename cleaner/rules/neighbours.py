"""Lines that line rules with `takes` pull along (rules/loader.py: takes, takes_lines,
takes_words): an embedded post's text above its attribution, the link titles under a bare
"Read also" heading. Alone, such a line is a sentence or a headline like any other; only its
neighbour says what it is, and only its shape says when the walk must stop."""

from __future__ import annotations

import re
from functools import lru_cache

from ..types import Document, Paragraph, Removal
from ..words import FULL_STOP as _FULL_STOP, SENTENCE_END as _SENTENCE_END, WORD as _WORD
from .loader import BYLINE_CATEGORIES, Rule, removal_category
from .prose import text_words
from .settings import Settings
from .shapes import name_shape, next_section, text_stems
from .keypoints import ROW
from .own import label_taker, section_rule
from .dialogue import asks

# A heading that carries its link ("Read also: Title", "LIRE AUSSI - Title") takes no next line.
_CARRIES_LINK = re.compile(r"[:>»›→|–—-]\s*\w")
# What only a post's own text holds: a mention, a hashtag, a link, an emoji.
_POST_MARK = re.compile(r"(?<!\w)[@#]\w|https?://|www\.|\b[\w-]+\.(?:com|ly|co|me|app)/\S|[\u2600-\u27bf\U0001f000-\U0001faff]")
# The end of every language's section-label rule id ("el.navigation.section-name").
_SECTION_LABEL = section_rule("")
# A ranked box's item opens on its rank ("1 ราคาทองวันนี้", "2. Title"): a Thai or Korean sentence with
# no full stop under "ข่าวยอดนิยม" / "1 ..." / "2 ..." went as the box's third link title.
_RANK = re.compile(r"\s*(\d{1,2})[.)]?\s")
_QUOTES = "\"“”«»„'‘’"


def take_neighbours(doc: Document, takers: dict[str, Rule], settings: Settings, categories: dict[str, str], language: str | None = None) -> None:
    """Mark removed the lines the `takers` rules' removals pull along.

    Walking down from a heading, lines a rule removed already between it and its first item
    (a player's "0:00 / 1:23" between "Up next" and the video title) are passed over, but not a
    menu's section labels (`section_names`): a heading over them is one of the menu's items ("Ροή ειδήσεων", the
    news feed, over "Πολιτική" / "Οικονομία" / "LIVE" took the headline under the menu); after an
    item, or walking up from a tweet's attribution, a removed line ends the walk (the player's
    other buttons, then the headline, follow a video title; above a removed tweet line is
    the article). A section label standing alone takes with a rule of the page's `language`
    when one matches it (own.label_taker).
    """
    pars = doc.paragraphs
    taken: list[tuple[Paragraph, str]] = []
    for index, par in enumerate(pars):
        rule = (takers.get(par.removal.rule) or label_taker(doc, index, takers, settings, language)) if par.removal is not None else None
        if rule is None or rule.takes == "name" or (rule.takes == "next" and not _bare_heading(doc.text[par.start : par.end])):
            continue
        step = -1 if rule.takes == "previous" else 1
        other, count, shortest, ranks = index + step, 0, float("inf"), []  # the shortest link title taken, their ranks
        while 0 <= other < len(pars) and count < rule.takes_lines:
            neighbour = pars[other]
            if neighbour.removal is not None and step == 1 and count == 0 and neighbour.removal.reason == "boilerplate":
                if neighbour.removal.rule.endswith(_SECTION_LABEL):
                    break  # a menu's item ("Ροή ειδήσεων" among the sections), not a box's heading
                other += step
                continue
            headed = step == -1 and count == 0 and (_headed_post(doc, other, rule, settings) or _introduced_post(doc, other, rule, settings))
            asked = step == 1 and (_question_over_furniture(doc, other, rule, settings) or _question_link(doc, other, rule, settings, shortest)) and not _interview(doc, index, settings)
            if neighbour.removal is not None or not (headed or _takeable(doc, neighbour, rule, settings) or asked):
                break
            if step == -1 and count == 0 and not headed and _continues_article(doc, other, rule.id, settings):
                break
            if step == -1 and count > 0 and not _header(doc, neighbour, settings):
                break
            if step == 1 and (_above_standfirst(doc, other, settings, categories) or next_section(doc, other, index)):
                break
            if step == 1 and count > 0 and (_over_sentence(doc, other, settings, shortest) or _over_rows(doc, other, settings)):
                break
            rank = _RANK.match(doc.text, neighbour.start, neighbour.end)
            if ranks == list(range(1, count + 1)) and count and (rank is None or int(rank[1]) != count + 1):
                break  # a ranked box ends where its ranks do: the line under "1 ..." / "2 ..." is the article's
            ranks.append(int(rank[1]) if rank else 0)
            taken.append((neighbour, rule.id))
            shortest = min(shortest, _words(doc.text[neighbour.start : neighbour.end], settings))
            other, count = other + step, count + 1
    for par, rule_id in taken:
        par.removal = Removal("boilerplate", rule_id)


def take_names(doc: Document, takers: dict[str, Rule], settings: Settings, language: str | None) -> None:
    """The name lines under the "takes name" rules' removals (a bare "By" over "Randy Maniloff"),
    and those removals undone where no name over the article follows (`_take_name`)."""
    pars = doc.paragraphs
    decided: list[tuple[Paragraph, str]] = []
    for index in range(len(pars)):
        removal = pars[index].removal
        rule = takers.get(removal.rule) if removal is not None else None
        if rule is not None and rule.takes == "name":
            decided.append(_take_name(doc, index, rule, settings, language))
    for par, rule_id in decided:
        par.removal = Removal("boilerplate", rule_id) if rule_id else None


def _take_name(doc: Document, index: int, rule: Rule, settings: Settings, language: str | None) -> tuple[Paragraph, str]:
    """A bare byline word ("By", "Par", "Von" alone on its line) goes with the name under it, and
    only with one over the article (`_article_under`), on a page of the rule's language: over a
    line that is no name ("Par" / "72" on a golf card), or in another language ("Door" / "Window
    Frame" in an English list: the word is a byline only in Dutch), it is the article's word and
    stays (rule id "": its removal is undone)."""
    pars = doc.paragraphs
    below = pars[index + 1] if index + 1 < len(pars) else None
    if language != rule.language:
        return pars[index], ""
    if below is not None and below.removal is None and _name_shaped(doc.text[below.start : below.end], settings):
        if _article_under(doc, index + 2):
            return below, rule.id
    return pars[index], ""


def _article_under(doc: Document, index: int) -> bool:
    """What follows a byline's name: the date a rule removed, or the article's sentence; not a
    short line no rule knows ("By" / "The Water Coolest" / "Opening Bell": a teaser list's
    label, where the lines are left to the scorer's menu runs)."""
    if index >= len(doc.paragraphs):
        return False
    par = doc.paragraphs[index]
    return par.removal is not None or bool(_SENTENCE_END.search(doc.text[par.start : par.end]))


def _name_shaped(text: str, settings: Settings) -> bool:
    """A person's name alone: 2 to `name_max_words` capitalised words, with at most
    `name_max_particles` of a name's lower-case particles between them ("Pieter de Vries"), no
    digit and no sentence end. Computed from the text: the scorer's signals come later."""
    if _SENTENCE_END.search(text) or any(ch.isdigit() for ch in text):
        return False
    shape = name_shape(_WORD.findall(text), settings.scorer)
    return shape is not None and 2 <= shape[0] <= settings.scorer.name_max_words


def _headed_post(doc: Document, index: int, rule: Rule, settings: Settings) -> bool:
    """Paragraph `index` is an embedded post's text under its channel's or author's name, for a
    rule that takes that header too (`takes_lines` 2 or more: a Telegram widget prints the name,
    the text, then the views line): a header (`_header`) above it, and above the header the
    article's sentence or nothing. Such a text is the post's however long it runs ("40 of 52
    drones were shot down overnight. Work of air defence continues." under "Повітряні сили ЗС
    України" stayed as the article's, and cut the closing sentence under the widget)."""
    pars = doc.paragraphs
    if rule.takes_lines < 2 or index < 1 or pars[index - 1].removal is not None or not _header(doc, pars[index - 1], settings):
        return False
    par = pars[index]
    if par.end - par.start > settings.engine.line_max_chars or _words(doc.text[par.start : par.end], settings) > rule.takes_words:
        return False
    if index < 2 or pars[index - 2].removal is not None:
        return True
    above = pars[index - 2]
    return bool(_SENTENCE_END.search(doc.text[above.start : above.end]))


def _introduced_post(doc: Document, index: int, rule: Rule, settings: Settings) -> bool:
    """Paragraph `index`, right above a post's attribution, is the post's text because the
    article's sentence above it introduces the post by its network ("She addressed the row on
    Bluesky on Tuesday evening." over "We will not be cutting school budgets this year. I have
    said it before and I will say it again."): a post with nothing of its own (no mention, link
    or emoji), a sentence of prose length, stayed as the article's. A line naming a network
    itself is that introduction, the post's text not scraped ("Colley thanked the supporters in
    a short message on social media.", fixtures/general en_22); so is any line past `takes_words`.
    The trade-off: an article sentence between such an introduction and an attribution whose
    text was not scraped goes with the post."""
    pars = doc.paragraphs
    if rule.takes != "previous" or index < 1 or pars[index - 1].removal is not None:
        return False
    par, above = pars[index], pars[index - 1]
    text, before = doc.text[par.start : par.end], doc.text[above.start : above.end]
    if par.end - par.start > settings.engine.line_max_chars or _words(text, settings) > rule.takes_words or text.rstrip().endswith(":"):
        return False
    network = _networks(settings.scorer.post_networks)
    return network.search(text) is None and network.search(before) is not None and bool(_SENTENCE_END.search(before))


@lru_cache(maxsize=4)
def _networks(names: tuple[str, ...]) -> re.Pattern[str]:
    """A network a post is embedded from, named by the article's sentence introducing the post."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b" if names else r"(?!)")


def _header(doc: Document, par: Paragraph, settings: Settings) -> bool:
    """A post's header line: a name, not a sentence (at most `menu_max_words` words, not ending
    like a sentence or on a colon)."""
    text = doc.text[par.start : par.end].strip()
    return bool(text) and not _SENTENCE_END.search(text) and not text.endswith(":") and _words(text, settings) <= settings.scorer.menu_max_words


def _takeable(doc: Document, par: Paragraph, rule: Rule, settings: Settings) -> bool:
    """Short enough, and not the article's line announcing what follows ("The mayor replied:",
    "What the rise means for each household:"; a link title never ends so); for a link title,
    not ending like a sentence (the article goes on); for a post above its attribution, shaped
    like a post."""
    if par.end - par.start > settings.engine.line_max_chars:
        return False
    text = doc.text[par.start : par.end]
    if _words(text, settings) > rule.takes_words:
        return False
    if text.rstrip().endswith(":"):  # the article's line announcing a list or a table
        return False
    if rule.takes == "previous":
        return _post_shaped(text, settings)
    return not _SENTENCE_END.search(text)


def _interview(doc: Document, heading: int, settings: Settings) -> bool:
    """The page above the box at `heading` is an interview: `interview_min_questions` kept
    questions or more, each over a kept line that asks nothing (its answer). A question under
    the box is then the interviewer's next one: "اقرأ أيضا:" / a link / "هل تعتبرين الكتابة نوعا
    من المقاومة؟" over its answer, which shares no word with it, lost the question, as did a
    Persian and a Ukrainian interview's."""
    pars, asked = doc.paragraphs, 0
    for index in range(heading - 1):
        par, below = pars[index], pars[index + 1]
        if par.removal is None and below.removal is None and asks(doc.text[par.start : par.end]) and not asks(doc.text[below.start : below.end]):
            asked += 1
    return asked >= settings.scorer.interview_min_questions


def _question_over_furniture(doc: Document, index: int, rule: Rule, settings: Settings) -> bool:
    """A link title asking a question ("Ankara'da okullar tatil mi?") with nothing kept under it
    but the page's furniture (a rule removal right below, or nothing): a title ending like a
    sentence is the article's as a rule (a question subheading under a "Read also" box is
    answered right below it); one over a "Load more" button is the box's last teaser."""
    pars = doc.paragraphs
    text = doc.text[pars[index].start : pars[index].end].rstrip()
    if not text.endswith(("?", "？", "؟")) or text.endswith(("??", "?!")):
        return False
    if pars[index].end - pars[index].start > settings.engine.line_max_chars or _words(text, settings) > rule.takes_words:
        return False
    below = pars[index + 1] if index + 1 < len(pars) else None
    return below is None or (below.removal is not None and below.removal.reason == "boilerplate")


def _question_link(doc: Document, index: int, rule: Rule, settings: Settings, shortest: float) -> bool:
    """A box's next link title asking a question over the article's prose ("İlgili Haberler" /
    "Konut satışlarında yeni rekor" / "Kira artış sınırı kalkıyor mu?" / "Uzmanlar, ..."): of
    its siblings' length (not `subheading_shorter_words` shorter than the `shortest` link taken)
    and sharing no word's stem with the sentence under it. A question subheading under the box
    is answered right below, in its own words (`_over_sentence`); the link names another
    article's subject."""
    pars = doc.paragraphs
    text = doc.text[pars[index].start : pars[index].end].rstrip()
    if not text.endswith(("?", "？", "؟")) or index + 1 >= len(pars) or pars[index + 1].removal is not None:
        return False
    s = settings.scorer
    words = _words(text, settings)
    if pars[index].end - pars[index].start > settings.engine.line_max_chars or words > rule.takes_words:
        return False
    if shortest < float("inf") and words <= shortest - s.subheading_shorter_words:
        return False  # markedly shorter than the box's links taken: the article's subheading
    below = doc.text[pars[index + 1].start : pars[index + 1].end]
    return not (text_stems(text, s.closing_stem_chars) & text_stems(below, s.closing_stem_chars))


def _above_standfirst(doc: Document, index: int, settings: Settings, categories: dict[str, str]) -> bool:
    """Paragraph `index` is the article's headline, not a "Read also" link title: the line under
    it is a standfirst (kept, of standfirst length, not ending like a sentence) above a byline
    or date a rule removed ("Mirá también" / a teaser / "El Concejo aprobó la peatonalización
    de calle Córdoba" / "La medida empezará a regir en marzo..." / "3 de diciembre de 2026").
    Two link titles in a row look like a headline and its standfirst; a byline follows neither."""
    pars = doc.paragraphs
    if index + 2 >= len(pars):
        return False
    below, byline = pars[index + 1], pars[index + 2]
    if below.removal is not None or below.end - below.start > settings.engine.line_max_chars:
        return False
    if removal_category(byline, categories) not in BYLINE_CATEGORIES:
        return False
    text = doc.text[below.start : below.end]
    s = settings.scorer
    return s.standfirst_min_words <= len(_WORD.findall(text)) <= s.standfirst_max_words and not _SENTENCE_END.search(text)

def _over_sentence(doc: Document, index: int, settings: Settings, shortest: float = float("inf")) -> bool:
    """Paragraph `index` is the article's subheading where it resumes under a "Related" box, not
    the box's next link title: shorter than a headline (under `title_byline_min_words` words; a
    link title is another article's headline) over a kept line ending on a full stop (the
    article's sentence). "관련기사" / a link title / "무엇이 달라지나" / "교육부가 밝힌 주요 내용은
    다음과 같다." lost the subheading. The walk asks this only past the first link, which a bare
    heading always takes; a box's last link of a headline's length over the article still goes.
    A longer line, still under `title_far_min_words`, is the subheading when it names what the
    sentence says (a word's first `closing_stem_chars` letters in both): "Les også" / two link
    titles / "Kolonnekjøring fra middag" / "... åpnes for kolonnekjøring i løpet av
    ettermiddagen." lost the subheading; a link title names another article's subject, and one
    with a label and a colon is a link title whatever words it shares, as is one not
    `subheading_shorter_words` shorter than the `shortest` link the walk took (a box's links are
    of one length; "Читайте також" / two links of six words / "Уряд збільшив виплати на
    реабілітацію" over "Записатися на реабілітацію можна через ЦНАП." lost the sentence)."""
    pars = doc.paragraphs
    if index + 1 >= len(pars) or pars[index + 1].removal is not None:
        return False
    line = doc.text[pars[index].start : pars[index].end]
    below = pars[index + 1]
    sentence = doc.text[below.start : below.end]
    if not _FULL_STOP.search(sentence):
        return False
    words = _words(line, settings)
    s = settings.scorer
    if words < s.title_byline_min_words:
        return True
    if words >= s.title_far_min_words or ":" in line or words > shortest - s.subheading_shorter_words:  # "Kuluttajaliitto: Laskutusvirheitä yhä enemmän" is a link title
        return False
    return bool(text_stems(line, s.closing_stem_chars) & text_stems(sentence, s.closing_stem_chars))


def _over_rows(doc: Document, index: int, settings: Settings) -> bool:
    """Paragraph `index` heads the article's data rows where it resumes under a "Related" box,
    not the box's next link title: a line with no colon over `related_rows_under` kept "Label: value"
    rows (keypoints.ROW). "اقرأ أيضا" / two link titles / "أرقام رئيسية" ("key figures") /
    "الطاقة الإنتاجية: مليون متر مكعب يوميا" / ... lost the heading; a box's teasers are headlines,
    never rows, and the page's labelled furniture under a box (tags, a source) a rule removes."""
    pars = doc.paragraphs
    rows = settings.scorer.related_rows_under
    below = pars[index + 1 : index + 1 + rows]
    if len(below) < rows or ":" in doc.text[pars[index].start : pars[index].end]:
        return False
    return all(par.removal is None and ROW.match(doc.text, par.start, par.end) for par in below)


def _continues_article(doc: Document, index: int, rule_id: str, settings: Settings) -> bool:
    """The short line right above a post's attribution is the article's next sentence, not the
    post's text (a scraper dropped that): it has no mark of a post (mention, hashtag, link,
    emoji, quotes), ends on a full stop (a post cries "Thank you, Kestrel Bay!"), and the kept line above it is a paragraph ending like a
    sentence too ("... a short message on social media." over the attribution). A post's text with
    nothing of its own stays then: keeping a junk line is cheaper than losing the article's. A
    line the article introduces ("He wrote:" above it) is the post's, as is one under a removal,
    unless that is another attribution whose own text was not scraped either (the page drops them)."""
    pars = doc.paragraphs
    line = doc.text[pars[index].start : pars[index].end].strip()
    if _POST_MARK.search(line) or not _FULL_STOP.search(line) or _quoted(line):
        return False
    above = pars[index - 1] if index > 0 else None
    if above is not None and above.removal is not None and above.removal.rule == rule_id:
        return index > 1 and pars[index - 2].removal is None and _continues_article(doc, index - 2, rule_id, settings)
    if above is None or above.removal is not None:
        return False
    before = doc.text[above.start : above.end].strip()
    return bool(_SENTENCE_END.search(before)) and _words(before, settings) >= 2


def _quoted(line: str) -> bool:
    return len(line) > 1 and line[0] in _QUOTES and line.rstrip(".!?… ")[-1:] in _QUOTES


def _post_shaped(text: str, settings: Settings) -> bool:
    """A line that may be an embedded post's text, not the article's sentence above a post
    whose text was not scraped: it holds a mention, hashtag, link or emoji, stands in quotes,
    does not end like a sentence, or is shorter than a prose paragraph."""
    line = text.strip()
    if _POST_MARK.search(line) or not _SENTENCE_END.search(line):
        return True
    if _quoted(line):
        return True
    return _words(line, settings) < settings.engine.prose_paragraph_words


def _words(text: str, settings: Settings) -> float:
    """Words of a line, characters counted as words in scripts written without spaces (a Japanese
    or Thai paragraph is one or two \\w+ tokens, and would pass for a short link title)."""
    return max(float(len(_WORD.findall(text))), text_words(text, settings.cjk, settings.unspaced))


def _bare_heading(text: str) -> bool:
    return _CARRIES_LINK.search(text) is None
