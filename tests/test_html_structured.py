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


def test_a_body_stated_as_text_not_articlebody():
    """schema.org's CreativeWork "text" holds the body where a site states no articleBody."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H", "text": BODY}
    assert _lines(_page(ld)) == ["Bridge closure extended"] + PARAGRAPHS


def test_a_comment_text_is_no_body():
    ld = {"@context": "https://schema.org", "@type": "Comment", "text": BODY}
    assert PARAGRAPHS[0] not in _lines(_page(ld))


def test_a_live_blog_stated_as_its_updates():
    """A LiveBlogPosting without an articleBody of its own: its updates, each headline over its body."""
    updates = [{"@type": "BlogPosting", "headline": f"Update {n}", "articleBody": p} for n, p in enumerate(PARAGRAPHS)]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "H", "liveBlogUpdate": updates}
    lines = _lines(_page(ld))
    assert lines[1:] == [line for n, p in enumerate(PARAGRAPHS) for line in (f"Update {n}", p)]


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


def test_a_flat_stated_body_gets_the_visible_paragraph_breaks_and_subheadings():
    """A teaser shows the first paragraphs and a subheading; the stated body folds every break
    into a space (or none) and drops the subheading: the page's breaks and heading come back."""
    teaser = (f"<article><h1>Bridge closure extended</h1><p>{PARAGRAPHS[0]}</p><h2>Traders count the cost</h2>"
              f"<p>{PARAGRAPHS[1]}</p><div class='paywall'>Subscribe to read on</div></article>")
    more = ["The diversion adds twenty minutes to the school bus run, parents say, and the county has promised to review it.",
            "A public meeting on the works will be held at Eastwick village hall on 9 December at 7pm.",
            "Engineers expect to lift the first replacement beams into place in January, weather permitting, using a crane on the east bank.",
            "The bridge carried about 11,000 vehicles a day before it closed, according to the county's latest traffic count."]
    for joiner in (" ", ""):
        ld = {"@type": "NewsArticle", "articleBody": joiner.join(PARAGRAPHS + more)}
        assert _lines(_page(ld, teaser)) == (["Bridge closure extended", PARAGRAPHS[0], "Traders count the cost", PARAGRAPHS[1]]
                                             + ([" ".join(PARAGRAPHS[2:] + more)] if joiner else PARAGRAPHS[2:] + more))


def test_a_glued_stated_body_is_cut_only_at_a_lowercase_end_and_a_capital():
    glued = ("Works on the bridge will cost $4.5 million.The county pays most of it, officials said.“We had no choice,” "
             "the mayor said.Its web page, built on Node.js, moved to the U.S.A. host on 4.5.2026.Traffic is down by a third. ")
    lines = _lines(_page({"@type": "NewsArticle", "articleBody": glued * 3}))
    assert lines[1:5] == ["Works on the bridge will cost $4.5 million.", "The county pays most of it, officials said.",
                          "“We had no choice,” the mayor said.", "Its web page, built on Node.js, moved to the U.S.A. host on 4.5.2026.Traffic is down by a third. Works on the bridge will cost $4.5 million."]


def test_a_body_whose_markup_came_escaped_is_read_as_markup():
    """Some CMSs escape the body's HTML once more than JSON needs: "&lt;p&gt;...&lt;/p&gt;"."""
    from cleaner.html.structured import paragraphs_of

    escaped = "&lt;p&gt;Erste Zeile des Artikels.&lt;/p&gt;&lt;h2&gt;Zwischentitel&lt;/h2&gt;&lt;p&gt;Zweite &amp;amp; letzte.&lt;/p&gt;"
    assert paragraphs_of(escaped) == ["Erste Zeile des Artikels.", "Zwischentitel", "Zweite & letzte."]
    # an entity in plain text is no markup: the text stays as it came
    assert paragraphs_of("Tom &lt;3 Jerry, said the sign.") == ["Tom &lt;3 Jerry, said the sign."]
