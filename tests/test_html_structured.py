"""A page whose visible HTML lacks the article (a JavaScript application's shell, a teaser)
gives the article body its JSON-LD states; a page that shows its article keeps its own blocks."""

from __future__ import annotations

import json

from cleaner.html import read_html

PARAGRAPHS = [
    "The closure of the Mill Street bridge will be extended until the end of March, the county highways "
    "department said on Monday, after inspectors found more corrosion than expected in the steel supports.",
    "Drivers will continue to follow a six-mile diversion through Eastwick, which local businesses say has "
    "cut their trade by a third since the bridge closed in August.",
    "The county said it would review the diversion signs and add a temporary footbridge for pedestrians by mid-December.",
]
BODY = "\n\n".join(PARAGRAPHS)


def _page(ld: object, visible: str = '<div class="loading">Loading…</div>', title: str = "Bridge closure extended | Valley Herald") -> str:
    block = ld if isinstance(ld, str) else json.dumps(ld)
    return (
        f'<!doctype html><html lang="en"><head><title>{title}</title>'
        f'<script type="application/ld+json">{block}</script></head><body>'
        f'<div id="root"><div class="header"><a href="/">Valley Herald</a> <a href="/subscribe">Subscribe</a></div>'
        f"{visible}</div><footer>© 2026 Valley Herald Media. All rights reserved.</footer></body></html>"
    )


def _lines(html: str) -> list[str]:
    return read_html(html, "page.html").text.splitlines()


def test_an_application_shell_gives_the_stated_body():
    lines = _lines(_page({"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": BODY}))
    assert lines == ["Bridge closure extended"] + PARAGRAPHS


def test_nested_graph_type_lists_and_markup_in_the_body():
    marked = "".join(f"<p>{p.replace('Eastwick', '<a href=/e>Eastwick</a>')}</p>" for p in PARAGRAPHS)
    ld = {"@graph": [{"@type": "WebSite", "name": "Valley Herald"}, {"@type": ["NewsArticle"], "headline": "H", "articleBody": marked}]}
    assert _lines(_page(ld))[1:] == PARAGRAPHS


def test_the_headline_stands_for_a_missing_title():
    ld = {"@type": "NewsArticle", "headline": "Bridge closure extended to March", "articleBody": BODY}
    assert _lines(_page(ld, title=""))[0] == "Bridge closure extended to March"


def test_a_teaser_gives_way_to_the_whole_stated_body():
    teaser = f"<article><p>{PARAGRAPHS[0][:120]}…</p><p>Subscribe to read the full story.</p></article>"
    assert _lines(_page({"@type": "NewsArticle", "articleBody": BODY}, teaser))[1:] == PARAGRAPHS


def test_a_page_that_shows_its_article_keeps_its_own_blocks():
    visible = "<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<p>A fourth paragraph only the page has, about the footbridge design.</p></article>"
    truncated = {"@type": "NewsArticle", "articleBody": PARAGRAPHS[0]}
    full = {"@type": "NewsArticle", "articleBody": BODY}
    assert _lines(_page(truncated, visible)) == _lines(_page(full, visible)) == _lines(_page("{}", visible))
    assert "A fourth paragraph only the page has" in _lines(_page(full, visible))[-1]


def test_broken_or_foreign_structured_data_changes_nothing():
    shell = _lines(_page("{}"))
    assert _lines(_page('{"@type": "NewsArticle", "articleBody": "unterminated')) == shell
    assert _lines(_page({"@type": "Recipe", "articleBody": BODY})) == shell
    assert _lines(_page({"@type": "NewsArticle", "articleBody": "Too short to stand for a page."})) == shell
    assert _lines(_page([[[[[[[[[[[{"@type": "NewsArticle", "articleBody": BODY}]]]]]]]]]]])) == shell  # deeper than any real page


def test_a_teaser_keeps_its_standfirst_above_the_stated_body():
    dek = "Inspectors found more corrosion than expected in the steel supports of the bridge"
    teaser = f"<article><h2>{dek}</h2><p>By <a href='/a'>Jo Reyes</a></p><p>{PARAGRAPHS[0]}</p><p>Subscribe to read the full story.</p></article>"
    assert _lines(_page({"@type": "NewsArticle", "articleBody": BODY}, teaser))[1:] == [dek] + PARAGRAPHS
    other = f"<article><h2>{dek}</h2><p>Another story's opening paragraph, which is not this article's first.</p></article>"
    assert _lines(_page({"@type": "NewsArticle", "articleBody": BODY}, other))[1:] == PARAGRAPHS
