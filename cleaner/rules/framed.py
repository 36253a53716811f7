"""Short lines inside or right under the body that the article frames: a list its prose
introduces and closes ("Estas son las estaciones que abren el sábado." / "Formigal" / "Cerler" /
a sentence), told from an inline menu by its place in the text, not its words. Numbers:
data/scorer.toml (list_*, menu_cut_run, name_max_words). Split from lists.py, whose data lines
and tails these build on."""

from __future__ import annotations

from ..types import Document, Paragraph
from ..words import LETTERS
from .keypoints import ROW
from .loader import removal_category
from .lists import LOWER, introduces, intro_sentence, kept_below, par_text, prose_par
from .prose import HAS_DIGIT, counted_words
from .settings import ScorerSettings
from .shapes import stems, tail_sentence, title_shaped
from .speakers import qa_labels


def framed_run(doc: Document, run: list[int], chrome: set[int], s: ScorerSettings, categories: dict[str, str] | None = None) -> bool:
    """True when a run of short lines inside the body is framed by the article: the line right
    above introduces it ("Here is the plan:"), or, for a run shorter than `menu_cut_run`, prose
    paragraphs sit right above and right below it. No rule removal of page chrome may lie in or
    next to it (a "Related" heading, a share row, section labels mark a menu, whatever its case)
    but a fact box's own control right under it (`_closing_control`: "Show less", "Näytä
    lisää"), and `list_min_share` of its lines hold `list_phrase_min_words` words or more
    (one-word lines are section labels and buttons as often as items: "Sport", "Weather").

    A short list of names (`_names`: "Formigal", "Panticosa", "Cerler") passes with one-word
    lines too when a sentence introduces it without a colon ("Estas son las estaciones que abren
    el sábado.", `intro_sentence`) and prose follows it; so does a list of any length written in lower
    case ("flour", "eggs", "milk": a menu between two of an article's sentences is capitalised).

    Title Case items without digits ("Grilled Salmon With Lemon", "SpaceX, Hawthorne,
    California") look like menu labels line by line; only their place in the text tells. Up to
    `list_max_labels` items too long for the run ("Office de Tourisme du Val d'Olt") may sit
    between it and the prose: short lines that do not end like a sentence.

    An interview's turn on lines of their own ("Question :" / a question / "Réponse :") is the
    article's too (speakers.qa_labels)."""
    if qa_labels(doc, run, s):
        return True
    pars = doc.paragraphs
    above = _frame(pars, range(run[0] - 1, -1, -1), s)
    below = _frame(pars, range(run[-1] + 1, len(pars)), s)
    if above is None or below is None:
        return False
    unframing = [i for i in range(above + 1, below) if i in chrome]
    if unframing and not _closing_control(doc, run, below, unframing, categories or {}, s):
        return False
    if introduces(doc, pars[above], s):
        return True
    if not prose_par(pars[below], s):
        return False
    if intro_sentence(doc, pars[above], s) and all(_lower_case(doc, pars[i]) for i in run):
        return True  # "flour" / "eggs" / "milk" / ... under "You need only a handful of things."
    if len(run) >= s.menu_cut_run:
        return False
    several = sum(1 for i in run if pars[i].signals["words"] >= s.list_phrase_min_words)
    if several >= s.list_min_share * len(run) and prose_par(pars[above], s):
        return True
    return _names(pars, run, s) and intro_sentence(doc, pars[above], s)


def _closing_control(doc: Document, run: list[int], below: int, unframing: list[int], categories: dict[str, str], s: ScorerSettings) -> bool:
    """True when the one chrome removal beside the run is the box's control: under its last line,
    nothing kept between it and the prose below, at most `framed_control_max_words` words of a
    `framed_control_categories` category ("Show less", "Laajenna"), and `list_min_share` of the
    run's lines under its title (`_box_title`) facts: ending like a sentence or holding a figure
    ("Twinned with Brest.", "Kävijöitä noin 210 000."), or, under a title the text above names
    (`_named_title`: "Kilbrack" over a story about Kilbrack), a phrase with a word in lower case
    past its first ("Twinned with Lorient", "Founded by slate quarrymen"). A toggle opens a fact
    box as often as a menu and says nothing of which it is; a menu's labels ("Tide Tables",
    "Ferry Times") are none of these, its heading ("Related") sits above it."""
    pars = doc.paragraphs
    if len(unframing) != 1 or unframing[0] < run[-1] or any(pars[i].kept for i in range(run[-1] + 1, below)):
        return False
    control = pars[unframing[0]]
    if removal_category(control, categories) not in s.framed_control_categories or control.signals["words"] > s.framed_control_max_words:
        return False
    titled = _box_title(pars[run[0]], s)
    items = run[1:] if titled else run
    named = titled and _named_title(doc, run[0], s)
    facts = sum(1 for i in items if pars[i].signals["ends_sentence"] or pars[i].signals["digits"] > 0.0 or (named and _phrase(doc, pars[i])))
    return facts >= s.list_min_share * len(items)


def _named_title(doc: Document, index: int, s: ScorerSettings) -> bool:
    """A box title whose words (those of `closing_stem_chars` letters or more, one at least) the
    page's kept lines above it all name: the box is about the story's subject (a town's facts
    under its name), not the site's sections."""
    title = stems(doc, [index], s.closing_stem_chars)
    return bool(title) and title <= stems(doc, range(index), s.closing_stem_chars)


def _phrase(doc: Document, par: Paragraph) -> bool:
    """A line with a word in lower case past its first: written as a phrase, not a Title Case label."""
    return any(word[0].islower() for word in LETTERS.findall(par_text(doc, par))[1:])


def framed_tail(doc: Document, last: int, chrome: set[int], s: ScorerSettings) -> int:
    """The body's last paragraph once a list of names right under it and the prose paragraph
    under the list have joined it (`_names`: "Val Thorens", "Tignes", "Les Arcs"), when the
    body ends on a sentence (the list's introduction without a colon: "The resorts open on
    Saturday."). Removals that are not page chrome (an ad label) may lie between them.

    The names weigh against the block and the paragraph under them is too short to make up for
    them: the list, the ad label and the article's last sentence went with the page's furniture.
    Teaser headlines are longer than names and section menus are the rules' (chrome)."""
    pars = doc.paragraphs
    if not intro_sentence(doc, pars[last], s):
        return last
    run: list[int] = []
    for index in kept_below(pars, last, chrome):
        par = pars[index]
        if prose_par(par, s):
            return index if run and _names(pars, run, s) else last
        if par.signals["words"] > s.name_max_words or par.signals["ends_sentence"]:
            return last
        run.append(index)
    return last


def _lower_case(doc: Document, par: Paragraph) -> bool:
    """A line written in lower case alone ("flour", "jumper wires"); caseless scripts never are."""
    return par.signals["capitalised"] == 0.0 and any(letter.islower() for letter in LOWER.findall(par_text(doc, par)))


def _names(pars: list[Paragraph], run: list[int], s: ScorerSettings) -> bool:
    """`list_min_items` to `menu_cut_run` (exclusive) lines of at most `name_max_words` words:
    a list of places, teams or products, one-word ones too ("Tignes", "Formigal")."""
    return s.list_min_items <= len(run) < s.menu_cut_run and all(pars[i].signals["words"] <= s.name_max_words for i in run)


def _frame(pars: list[Paragraph], indexes: range, s: ScorerSettings) -> int | None:
    """The first kept paragraph along `indexes` past at most `list_max_labels` kept short lines
    that do not end like a sentence (the list's longer items)."""
    items = 0
    for index in indexes:
        par = pars[index]
        if not par.kept:
            continue
        signals = par.signals
        if items < s.list_max_labels and signals["words"] < s.list_prose_min_words and not signals["ends_sentence"]:
            items += 1
            continue
        return index
    return None


def story_runs(doc: Document, chrome: set[int], s: ScorerSettings) -> list[int]:
    """The lines of each short run the article's story frames between its paragraphs, for the
    scorer to weigh as nothing: `list_min_items` to `menu_cut_run` (exclusive) kept lines, none a
    sentence (`tail_sentence` of `link_prose_min_words`), right under a sentence or under a lead
    (a line ending in a colon, or a box's short title) that a sentence heads, the lead going with
    them, right over a sentence, no rule removal of page chrome among them. Under no lead of
    `link_prose_min_words` words ending in a colon, that sentence must share a word's stem
    (`closing_stem_chars` letters) with the `story_stem_sentences` lines above the run that are
    sentences: the story goes on under the run.

    Such a run is the article's own list ("The report makes three recommendations:" / "Open a
    separate assessment unit ..." / three lines; three councillors' names under "The council
    confirmed the names of the candidates on Friday.") or a related box set between two
    paragraphs (headingless, or under a title no rule knew). Counted as page furniture, its
    capitalised lines cut the page in two and the part above them was lost, the list's first
    items with it; weighing nothing, the page stays whole (a box no rule knows stays with it:
    losing the article's own list is the worse error). The next story on a page of several
    shares nothing with the last one's text; a headingless run under the page's first story
    weighs nothing all the same when what lies under it is no next story (`_box_in_lead`).
    """
    pars = doc.paragraphs
    kept = [i for i, par in enumerate(pars) if par.kept]
    found: list[int] = []
    at = 0
    while at < len(kept):
        end = at
        while end < len(kept) and not tail_sentence(pars[kept[end]], s.link_prose_min_words, s):
            end += 1
        if 0 < at and end - at >= s.list_min_items and end < len(kept):  # most runs between sentences are empty
            found.extend(_framed_story(doc, kept, at, end, chrome, s))
        at = end + 1
    return found


def _framed_story(doc: Document, kept: list[int], at: int, end: int, chrome: set[int], s: ScorerSettings) -> list[int]:
    """`story_runs` for the run `kept[at:end]` (a sentence above it, one at `end`): its lines
    and its lead, or none."""
    pars = doc.paragraphs
    above, below = kept[at - 1], kept[end]
    run = kept[at:end]
    announced = bool(run) and introduces(doc, pars[run[0]], s)
    lead = run[:1] if announced or (run and _box_title(pars[run[0]], s)) else []
    items = run[len(lead) :]
    if not s.list_min_items <= len(items) < s.menu_cut_run or any(i in chrome for i in range(above + 1, below)):
        return []
    if announced and counted_words(pars[run[0]].signals) >= s.link_prose_min_words:
        return run  # "Offen sind laut Planungsamt noch drei Fragen:": the text announces them
    if lead and _fact_rows(doc, items, s):
        return run  # a review's spec box under its title ("Specifications" / "Battery: 8 hours"), a subheading under it
    story = [i for i in kept[max(at - s.story_stem_sentences, 0) : at] if tail_sentence(pars[i], s.link_prose_min_words, s)]
    shared = stems(doc, [below], s.closing_stem_chars) & stems(doc, story, s.closing_stem_chars)
    return run if shared or (not lead and _box_in_lead(doc, kept, at, end, s)) else []


def _box_in_lead(doc: Document, kept: list[int], at: int, end: int, s: ScorerSettings) -> bool:
    """True when the headingless run `kept[at:end]` sits inside the page's first story rather
    than over the next one: the sentences right above it run up to the page's headline
    (`_first_story`), the run's last line shares no word's stem (`closing_stem_chars`) with the
    sentence under it (a next story's headline names what its lead tells; a teaser names another
    story), and the sentences under it go on for `story_lower_min_sentences` lines or hold as
    many words as those above.

    Three teaser headlines between an article's second and third paragraphs, the third sharing
    no stem with the first two, cut the page in two there and the part under them won: the
    headline and the lead were lost. Weighing nothing, the box stays with the page (no rule
    tells it from the article's own list of three phrases). One sentence under a box at the
    foot of the page is its small print as often as the article's last line: as before, the
    cut sheds it."""
    pars = doc.paragraphs
    if stems(doc, [kept[end - 1]], s.closing_stem_chars) & stems(doc, [kept[end]], s.closing_stem_chars):
        return False
    top = _first_story(doc, kept, at, s)
    if top is None:
        return False
    below: list[float] = []
    for index in kept[end:]:
        if not tail_sentence(pars[index], s.link_prose_min_words, s):
            break
        below.append(pars[index].signals["words"])
    return len(below) >= s.story_lower_min_sentences or sum(below) >= sum(pars[i].signals["words"] for i in kept[top:at])


def _first_story(doc: Document, kept: list[int], at: int, s: ScorerSettings) -> int | None:
    """Where in `kept` the sentences right above `kept[at]` begin, when a headline
    (`title_shaped`) heads them and no sentence lies above it, nor a second headline right over
    it (a briefing's title over its first story's: a page of several stories, the next one may
    open under the box); a section's short label may (`_box_title`: "Local politics")."""
    pars = doc.paragraphs
    top = at
    while top > 0 and tail_sentence(pars[kept[top - 1]], s.link_prose_min_words, s):
        top -= 1
    if top == 0 or not title_shaped(doc, pars[kept[top - 1]], s):
        return None
    if any(tail_sentence(pars[i], s.link_prose_min_words, s) for i in kept[: top - 1]):
        return None
    over = pars[kept[top - 2]] if top > 1 else None
    return None if over is not None and title_shaped(doc, over, s) and not _box_title(over, s) else top


def _fact_rows(doc: Document, items: list[int], s: ScorerSettings) -> bool:
    """`list_headed_min_items` or more "Label: value" rows holding a figure, maybe with the next
    section's subheading under them (no figure, no colon): a spec box's facts. Between an intro
    of one paragraph and a subheading, its rows shared no word with the text under them, the run
    counted as chrome and the page lost its headline and intro ("Drivers: 12.4mm dynamic",
    "Bluetooth: 5.4" over "Design and comfort"); a menu's labels hold no figures after a colon.

    A figure is a decimal digit, as the scorer's `digits` signal counts them (prose.HAS_DIGIT:
    "m²" or "①" alone is none), asked of the kept text since the signal is a share of words."""
    texts = [doc.kept_text(doc.paragraphs[i]).strip() for i in items]
    if texts and not HAS_DIGIT(texts[-1]) and ":" not in texts[-1]:
        texts = texts[:-1]
    return len(texts) >= s.list_headed_min_items and all(ROW.match(t) is not None and HAS_DIGIT(t) for t in texts)


def _box_title(par: Paragraph, s: ScorerSettings) -> bool:
    """A title of at most `list_label_max_words` words, no sentence end, over a box no rule
    knew ("Most Read" over five headlines, "Související články"): it heads the run, not one of
    its items."""
    return 0 < par.signals["words"] <= s.list_label_max_words and not par.signals["ends_sentence"]
