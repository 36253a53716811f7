"""The bound on nesting depth applied before parsing (html/nesting.py): a page of 100,000 nested
elements is read in a second, its text kept, the report saying what was flattened; a page under
the bound is passed to the parser as it came."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from html import escape

import pytest
import tomllib

from cleaner.errors import ConfigError
from cleaner.html import _bounded, load_settings, read_html
from cleaner.html.content import paragraph_container
from cleaner.html import nesting
from cleaner.html.nesting import bounded_nesting
from cleaner.html.parsing import parse_page, templates_selector
from cleaner.html.settings import DEFAULT_FILE, parse_settings
from cleaner.html.walk import Page

FLAT = load_settings().flat_tags
PROSE = [
    "The council voted on Tuesday to rebuild the old bridge, after two years of debate about its cost.",
    "Engineers said the new structure would carry twice the traffic and resist the spring floods better.",
    "Residents of the east bank, who have waited for a crossing since 2019, welcomed the decision warmly.",
]
ARTICLE = "<article><h1>Bridge to be rebuilt</h1>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</article>"


def test_start_tags_past_the_limit_go_with_their_end_tags_and_their_text_stays() -> None:
    html = "<body>" + "<div>" * 5 + "deep" + "</div>" * 5 + "<p>after</p></body>"
    bounded, dropped = bounded_nesting(html, (3, 3), FLAT)
    assert dropped == 2
    assert bounded == "<body><div><div><div>  deep  </div></div></div><p>after</p></body>"


def test_an_end_tag_of_another_name_still_closes_a_kept_element() -> None:
    html = "<div><div><section><span>text</span></section></div></div>"
    assert bounded_nesting(html, (2, 2), FLAT) == ("<div><div>  text  </div></div>", 2)


def test_past_the_first_limit_only_a_chains_links_go() -> None:
    """A wrapper opening another of its name is a link of the chain; the article under the chain
    keeps its own elements until the second limit."""
    html = "<div> <div>\n<div><article><h1>Title</h1><div>text</div></article></div></div></div>"
    assert bounded_nesting(html, (1, 9), FLAT) == ("<div>  \n<div><article><h1>Title</h1><div>text </article></div></div></div>", 1)
    assert bounded_nesting(html, (1, 3), FLAT) == ("<div>  \n<div><article> Title  text </article> </div></div>", 3)


def test_a_page_under_the_limit_is_the_same_string() -> None:
    html = "<html><body>" + "<div>" * 50 + "x" + "</div>" * 50 + "</body></html>"
    assert bounded_nesting(html, (50, 50), FLAT) == (html, 0)
    assert bounded_nesting(html, (1000, 2000), FLAT)[0] is html


@pytest.mark.parametrize("markup", [
    "<p>Old page paragraph never closed" * 5000,  # a parser closes each <p> at the next
    "<li><a href='/x'>Link</a>" * 3000,
    "<br><img src='x.png'><hr>" * 3000,
    "<script>" + "if (a<b) { s += '<div>'; }" * 3000 + "</script>",
    "<!--" + "<div>" * 3000 + "-->",
    "<svg>" + "<path d='M0'/>" * 3000 + "</svg>",
])
def test_tags_that_open_no_lasting_level_are_not_counted(markup: str) -> None:
    html = f"<html><body>{markup}</body></html>"
    assert bounded_nesting(html, (1000, 1000), FLAT) == (html, 0)


def test_a_page_of_many_tags_that_open_no_level_is_not_scanned(monkeypatch) -> None:
    monkeypatch.setattr(nesting, "_cuts", lambda *args: pytest.fail("scanned"))
    html = "<html><body>" + "<p><a href='/x'>Link</a><br><img src='x.png'>" * 2000 + "</body></html>"
    assert bounded_nesting(html, (1000, 2000), FLAT) == (html, 0)


@pytest.mark.parametrize("nest", [
    "<div>" * 100_000 + "deep" + "</div>" * 100_000,
    "<ul><li>" * 50_000 + "deep",
    "<table><tr><td>" * 50_000 + "deep",  # a broken table nest: the walk's climbs once took minutes too
])
def test_a_hostile_nest_is_flattened_and_the_report_says_so(nest: str) -> None:
    """The parser's time grows with the square of the depth (benchmarks/README.md: 100,000 divs
    32.6 CPU s unbounded, 0.28 s bounded): the bound is what this checks, not a time."""
    html = f"<html><head><title>Bridge</title></head><body>{ARTICLE}{nest}</body></html>"
    doc = read_html(html, "deep")
    assert all(p in doc.text for p in PROSE)
    assert any(r.startswith("nesting past depth 2000 flattened") for r in doc.repairs)


def test_the_article_under_a_chain_of_wrappers_is_read_as_under_a_short_one() -> None:
    def page(links: int) -> str:
        return "<html><head><title>Site</title></head><body>" + "<div class='wrap'>" * links + ARTICLE + "</body></html>"
    deep = read_html(page(5000), "deep")
    assert deep.text == read_html(page(30), "short").text
    assert deep.text.splitlines() == ["Bridge to be rebuilt", *PROSE]
    assert deep.repairs == ["nesting past depth 2000 flattened (2999 start tags dropped)"]  # the last wrapper opens the article


def test_the_depth_is_data_and_checked() -> None:
    data = tomllib.loads(DEFAULT_FILE.read_text(encoding="utf-8"))
    for chain, most in ((0, 10), (5, 4)):
        data["nesting"].update(chain_depth=chain, max_depth=most)
        with pytest.raises(ConfigError, match="chain_depth <= max_depth"):
            parse_settings(data, "user.toml")
    data["nesting"].update(chain_depth=2, max_depth=2)
    settings = parse_settings(data, "user.toml")
    doc = read_html("<html><body><div><div><div><p>" + PROSE[0] + "</p></div></div></div></body></html>", "x", settings=settings)
    assert doc.repairs == ["nesting past depth 2 flattened (1 start tags dropped)"] and PROSE[0] in doc.text


def test_a_chain_of_lone_children_is_climbed_once() -> None:
    """paragraph_container remembers its climbs: each element of a chain gives the same answer
    as a fresh climb, and a second line under the chain stops at the first remembered step."""
    size = 6  # 0 root > 1 > 2 > 3 > 4 (two children: 5, 6): a chain of lone children above 4
    parents, children = [-1, 0, 1, 2, 3, 4, 4], [1, 1, 1, 1, 2, 0, 0]
    page = Page(tags=["div"] * (size + 1), parents=parents, children=children)
    assert paragraph_container(page, 5) == 4
    assert paragraph_container(page, 4) == 0 and page.containers == {3: 0, 2: 0, 1: 0}
    assert paragraph_container(page, 3) == 0


def _depth(node) -> int:
    """The deepest chain of elements under `node` (iteratively: a hostile tree is deep)."""
    deepest, stack = 0, [(node, 0)]
    while stack:
        current, level = stack.pop()
        deepest = max(deepest, level)
        child = current.child
        while child is not None:
            if child.tag != "-text":
                stack.append((child, level + 1))
            child = child.next
    return deepest


@pytest.mark.parametrize("where", ["attribute", "template script"])
def test_markup_parsed_from_a_stub_is_bounded_as_the_page_is(where: str) -> None:
    """A stub page's body held in a data attribute or a template script is parsed apart from the
    page, which the scan before parsing saw as text: its nesting goes through the same bound."""
    settings = replace(load_settings(), nesting_limits=(40, 60))
    nest = "<div>" * 500 + "<p>" + PROSE[0] + "</p>" + "</div>" * 500
    if where == "attribute":
        html = f'<html><body><h1>Bridge</h1><div data-content="{escape(nest)}"></div></body></html>'
        shown = {"held": ("data-content",)}
    else:
        html = f'<html><body><h1>Bridge</h1><script type="text/template">{nest}</script></body></html>'
        shown = {"templates": templates_selector(settings.template_scripts)}
    bound = partial(_bounded, limits=settings.nesting_limits, flat_tags=settings.flat_tags)
    bounded, unbounded = parse_page(html, False, bound=bound, **shown), parse_page(html, False, **shown)
    assert PROSE[0] in bounded.body.text() and PROSE[0] in unbounded.body.text()
    assert _depth(bounded.body) <= 70 < 500 < _depth(unbounded.body)
