"""Menu runs inside the body: short non-prose lines in a row (an inline menu, a link list), and
the long run of capitalised labels after enough text that ends the body (scorer.Scorer.mark)."""

from __future__ import annotations

from dataclasses import replace

from ..types import Document, Paragraph, Removal
from .blocks import Block
from .framed import framed_run
from .grouped import headed_groups, in_groups
from .lists import data_run
from .prose import counted_words
from .settings import ScorerSettings

RULE_MENU = "score.navigation"


def menu_runs(doc: Document, prose: list[float], block: Block, chrome: set[int], s: ScorerSettings, categories: dict[str, str] | None = None) -> list[list[int]]:
    """Runs of at least `menu_run` short non-prose lines inside the block (rule removals inside
    a run do not break it), but for those mostly made of data or lower-case phrases
    (lists.data_run) or framed by the article's text (framed.framed_run): the article's own
    list or table, which neither goes nor ends the body ("Spain (Group F): 11th appearance"
    rows and a meal plan's dishes are as capitalised as a section menu)."""
    pars = doc.paragraphs
    boxed = {i for first, last in block.boxes for i in range(first, last + 1)}
    runs: list[list[int]] = []
    run: list[int] = []
    groups: list[tuple[int, int]] | None = None  # headed groups of rows (grouped.py), read once a run needs them
    for index in range(block.first, block.last + 2):
        par = pars[index] if index <= block.last else None
        menu_like = (  # the cheap tests first: most lines of a body are long
            par is not None
            and index not in boxed
            and counted_words(par.signals) <= s.menu_max_words
            and prose[index] < s.menu_prose
            and par.signals.get("table_cell", 0.0) == 0.0  # an HTML table the reader kept: data
            and par.kept
        )
        if menu_like:
            run.append(index)
            continue
        if run and par is not None and not par.kept:
            continue
        if len(run) >= s.menu_run and not data_run(doc, run, s) and not framed_run(doc, run, chrome, s, categories):
            groups = headed_groups(doc, s, categories) if groups is None else groups
            if not in_groups(groups, run):
                runs.append(run)
        run = []
    return runs


def cut_at_long_menu(pars: list[Paragraph], runs: list[list[int]], block: Block, s: ScorerSettings) -> Block:
    """The block ends before a run of `menu_cut_run` menu lines that follows enough prose.

    An article may hold a list, but a long run of capitalised link labels after its text is the
    page's furniture (topic tags, a section menu), and what follows it (teasers) is not the article.
    """
    for run in runs:
        capitalised = sum(pars[i].signals["capitalised"] for i in run) / len(run)
        if len(run) < s.menu_cut_run or capitalised < s.menu_cut_capitalised:
            continue  # a list of lower-case items ("onions", "peas") is the article's own
        before = sum(p.signals["words"] for p in pars[block.first : run[0]] if p.kept)
        if before >= s.menu_cut_words:
            return replace(block, last=run[0] - 1)
    return block


def remove_menu_runs(pars: list[Paragraph], prose: list[float], runs: list[list[int]], rule: str = RULE_MENU) -> None:
    for run in runs:
        for i in run:
            pars[i].removal = Removal("boilerplate", rule, round(prose[i], 4))
