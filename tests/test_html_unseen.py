"""Helper ht's round of unseen CMSs: stories stacked in plain divs without an address
(html/stacked.py), a header holding a breadcrumb trail over the headline and standfirst
(content._article_headers, walk.TRAIL), a wall named only "wall" and a foot named "pied"
(keywords in cleaner/data/html.toml)."""

from __future__ import annotations

from cleaner.html import load_settings, read_html
from cleaner.html.flags import FURNITURE, LINKED, TRAIL, element_flags

SENTENCE = "The council voted on Wednesday to keep the ferry running through the winter months, {}."


def _lines(body: str) -> list[str]:
    return read_html(f"<html><body>{body}</body></html>", "page.html").text.splitlines()


def _story(tag: str, title: str, stamp: str, *words: str) -> str:
    paragraphs = "".join(f"<p>{SENTENCE.format(word)}</p>" for word in words)
    return f'<div class="story"><{tag}>{title}</{tag}><div class="meta">{stamp}</div>{paragraphs}</div>'


def test_plain_stacked_stories_keep_the_first_holding_the_h1():
    first = _story("h1", "Ferry keeps running", "By Nora Blake, Dec. 4, 2026", "alpha", "bravo")
    second = _story("h2", "Bins change at Christmas", "By Sam Lind, Dec. 3, 2026", "delta", "echo")
    lines = _lines(f'<div class="wrap">{first}<div>Next story</div>{second}</div>')
    assert any("bravo" in line for line in lines)
    assert not any("delta" in line or "echo" in line for line in lines)


def test_plain_blocks_stay_together_when_the_h1_is_not_first_or_the_dated_lines_repeat():
    second = _story("h2", "Bins change at Christmas", "By Sam Lind, Dec. 3, 2026", "delta", "echo")
    first = _story("h1", "Ferry keeps running", "By Nora Blake, Dec. 4, 2026", "alpha", "bravo")
    assert any("echo" in line for line in _lines(f"<div>{second}{first}</div>"))
    same = _story("h2", "Bins change at Christmas", "By Nora Blake, Dec. 4, 2026", "delta", "echo")
    assert any("echo" in line for line in _lines(f"<div>{first}{same}</div>"))


def test_a_listicles_items_with_a_figure_under_each_heading_stay():
    """"Distance: 6 miles, 3 hours" under each item is short and holds a digit, but no whole date."""
    intro = _story("h1", "Five winter walks", "Updated Dec. 5, 2026", "alpha", "bravo")
    items = "".join(_story("h2", f"{n}. Ridge loop", f"Distance: {n + 3} miles, {n} hours", f"item{n}a", f"item{n}b")
                    for n in (1, 2, 3))
    lines = _lines(f"<div>{intro}{items}</div>")
    assert any("item3b" in line for line in lines)


def test_a_breadcrumb_trail_leaves_the_article_header_its_standfirst():
    header = ('<header class="entry-header-outer"><nav class="breadcrumb"><a href="/">Home</a> / <a href="/n">News</a></nav>'
              "<h1>Ferry keeps running</h1><h2>The crossing stays open all winter, the council says.</h2></header>")
    body = "".join(f"<p>{SENTENCE.format(word)}</p>" for word in ("alpha", "bravo", "charlie"))
    lines = _lines(f'<article>{header}<div class="entry-content">{body}</div></article>')
    assert "The crossing stays open all winter, the council says." in lines
    assert "Home / News" not in lines
    menu = header.replace('class="breadcrumb"', 'class="main-menu"')
    assert "The crossing stays open all winter, the council says." not in _lines(
        f'<article>{menu}<div class="entry-content">{body}</div></article>')


def test_the_keywords_are_read_from_the_settings():
    settings = load_settings()
    assert element_flags("nav", {"id": "breadcrumb"}, settings) & TRAIL
    assert not element_flags("nav", {"class": "main-menu"}, settings) & TRAIL
    assert element_flags("div", {"class": "piano-wall"}, settings) & LINKED
    assert element_flags("div", {"id": "pied"}, settings) & FURNITURE


def test_the_rest_of_a_meta_row_whose_byline_went_goes_with_it():
    row = ('<div class="info"><span class="autor">Ann Lee</span> | <span>05.12.2026 10:34</span> | '
           '<span>Views: 4218</span> | <a href="#c">Comments (17)</a></div>')
    lines = _lines(f'<div class="artykul"><h1>Ferry keeps running</h1>{row}'
                   + "".join(f"<p>{SENTENCE.format(w)}</p>" for w in ("alpha", "bravo")) + "</div>")
    assert not any("4218" in line for line in lines)
    kept = row.replace('class="autor"', 'class="who"')  # nothing cut: the whole row stays for the rules
    assert any("4218" in line for line in _lines(f'<div><h1>Ferry keeps running</h1>{kept}'
                                                 + "".join(f"<p>{SENTENCE.format(w)}</p>" for w in ("alpha", "bravo")) + "</div>"))


def test_a_form_controls_label_goes_and_a_text_block_holding_a_button_stays():
    body = "".join(f"<p>{SENTENCE.format(w)}</p>" for w in ("alpha", "bravo"))
    ticker = '<div class="refresh"><span>Refreshes itself</span><label><input type="checkbox"> Auto-update</label></div>'
    lines = _lines(f"<article><h1>Storm live</h1>{body}{ticker}{body}</article>")
    assert "Refreshes itself Auto-update" not in lines
    notice = '<div class="text">The office reopens on Monday.<br>The Mayor,<br>Ann Lee<input type="button" value="Print"></div>'
    lines = _lines(f"<article><h1>Storm live</h1>{body}{notice}</article>")
    assert "The Mayor," in lines and "Ann Lee" in lines


def test_slide_counters_go_and_a_lone_score_stays():
    slides = "".join(f'<div class="slide"><div>{n} / 4</div><img src="/{n}.jpg" width="800" height="500">'
                     f"<p>{SENTENCE.format(n)}</p></div>" for n in range(1, 5))
    lines = _lines(f"<article><h1>In pictures</h1>{slides}</article>")
    assert not any(line.endswith(" / 4") for line in lines)
    score = "<div>4 / 5</div>" + "".join(f"<p>{SENTENCE.format(w)}</p>" for w in ("alpha", "bravo"))
    assert "4 / 5" in _lines(f"<article><h1>Review</h1>{score}</article>")


def _paragraphs(*words: str) -> str:
    return "".join(f"<p>{SENTENCE.format(word)}</p>" for word in words)


def test_a_header_holding_only_a_heading_is_its_sections():
    """TYPO3 and HTML5 sections wrap each subheading in a <header>; a site header holds links."""
    sections = "".join(f"<section><header><h2>Part {name}</h2></header>{_paragraphs(name + '1', name + '2')}</section>"
                       for name in ("alpha", "bravo"))
    lines = _lines(f"<article><h1>Ferry keeps running</h1>{sections}</article>")
    assert "Part alpha" in lines and "Part bravo" in lines
    linked = sections.replace("<h2>Part bravo</h2>", '<h2><a href="/b">Part bravo</a></h2>')
    assert "Part bravo" not in _lines(f"<article><h1>Ferry keeps running</h1>{linked}</article>")


def test_a_foot_box_under_the_paragraphs_is_no_box_that_took_the_rest():
    """An unclosed ad box takes the article's rest; a box named as the page's foot is its own."""
    foot = '<div class="print-footer"><p>Article address: https://example.org/news/ferry-2026.html</p><p>Copyright 2026 Example Media, all rights reserved.</p></div>'
    lines = _lines(f"<h1>Ferry keeps running</h1>{_paragraphs('alpha', 'bravo', 'charlie')}{foot}")
    assert any("charlie" in line for line in lines)
    assert not any("Article address" in line or "rights reserved" in line for line in lines)
    box = foot.replace("print-footer", "ad-box")
    assert any("Article address" in line for line in _lines(f"<h1>Ferry keeps running</h1>{_paragraphs('alpha', 'bravo')}{box}"))


def test_an_embeds_placeholder_goes():
    placeholder = ('<div class="embed-placeholder"><p>This content is blocked</p>'
                   "<p>This content is hosted by a third party. To view it, accept cookies for social media.</p></div>")
    lines = _lines(f"<article><h1>Ferry keeps running</h1>{_paragraphs('alpha')}{placeholder}{_paragraphs('bravo')}</article>")
    assert any("bravo" in line for line in lines)
    assert not any("third party" in line or "is blocked" in line for line in lines)


def test_a_logo_h1_leaves_the_headline_the_meta_title_names_and_its_deck():
    page = ('<html><head><meta property="og:title" content="Metro line nine opens its extension in March"></head><body>'
            '<div id="header"><h1 class="logo"><a href="/">Daily Site</a></h1></div>'
            '<div class="article_head"><h2>Metro line nine opens its extension in March</h2><h3>Four new stations on 4.1 km</h3></div>'
            f'<div class="article_body">{_paragraphs("alpha", "bravo", "charlie")}</div></body></html>')
    lines = read_html(page, "page.html").text.splitlines()
    assert lines[:2] == ["Metro line nine opens its extension in March", "Four new stations on 4.1 km"]


def test_a_heading_over_the_headline_inside_the_container_goes():
    """A <main> holding the article's column and side columns: the side boxes' headings stand over
    the headline; the article opens with its headline, and its own subheadings stay."""
    side = '<div class="col-3"><div class="box"><h4>Tide table</h4><p>High 6:42 a.m.</p></div></div>'
    article = f'<div class="col-6"><h1>Ferry keeps running</h1>{_paragraphs("alpha", "bravo")}<h2>What next</h2>{_paragraphs("charlie")}</div>'
    lines = _lines(f"<main>{side}{article}</main>")
    assert "Tide table" not in lines and "What next" in lines


def test_a_link_boxs_title_goes_at_the_end_and_stays_over_more():
    """A box of links left alone by every keyword: its links go as link lines, its title with them
    when nothing stays after it; above more kept text the rules may cut the tail from it on."""
    box = '<div class="other"><h4>Also on the site</h4><ul><li><a href="/a">Bridge repairs start in May</a></li></ul></div>'
    lines = _lines(f"<article><h1>Ferry keeps running</h1>{_paragraphs('alpha', 'bravo')}{box}</article>")
    assert "Also on the site" not in lines
    more = f"<article><h1>Ferry keeps running</h1>{_paragraphs('alpha', 'bravo')}{box}<p>Weather: 48 degrees, cloudy</p></article>"
    assert "Also on the site" in _lines(more)


def test_a_stated_body_whose_breaks_are_escaped_twice_keeps_its_paragraphs():
    from cleaner.html.structured import paragraphs_of

    assert paragraphs_of("First one.\\n\\nSecond one.") == ["First one.", "Second one."]
    assert paragraphs_of("First one.\rSecond one.\u2029Third one.") == ["First one.", "Second one.", "Third one."]
    assert paragraphs_of("First one.\nA path C:\\new stays.") == ["First one.", "A path C:\\new stays."]
    assert paragraphs_of("One paragraph, no break.") == ["One paragraph, no break."]


def test_a_date_stamp_opening_a_line_is_a_line_of_its_own():
    """1C-Bitrix's news.detail: the date span, then the body's text in the same block."""
    body = f'<div class="news-detail"><span class="news-date-time">04.12.2026</span>{SENTENCE.format("alpha")}<br><br>{SENTENCE.format("bravo")}</div>'
    lines = _lines(f"<h1>Ferry keeps running</h1>{body}")
    assert "04.12.2026" in lines and SENTENCE.format("alpha") in lines
    parts = '<p><span class="post-date-day">13</span> <span class="post-date-month">Aug</span></p>'
    assert "13 Aug" in _lines(f"<h1>Ferry keeps running</h1>{parts}{_paragraphs('alpha', 'bravo')}")
    inline = '<p>The vote, set for <span class="date">Dec. 9, 2026</span>, was moved.</p>'
    assert "The vote, set for Dec. 9, 2026, was moved." in _lines(f"<h1>Ferry keeps running</h1>{inline}")


def test_a_caption_inline_beside_its_pictures_block_goes_and_an_inline_icon_stays():
    picture = '<div class="viewer"><div class="pic"><img src="/a.jpg" width="800" height="500"></div><span>Healthy roots are firm and silver</span></div>'
    lines = _lines(f"<article><h1>Repotting orchids</h1>{_paragraphs('alpha')}{picture}{_paragraphs('bravo')}</article>")
    assert "Healthy roots are firm and silver" not in lines and any("bravo" in line for line in lines)
    icon = '<div class="note"><span class="pic"><img src="/i.png" width="800" height="500"></span>Healthy roots are firm and silver</div>'
    lines = _lines(f"<article><h1>Repotting orchids</h1>{_paragraphs('alpha')}{icon}{_paragraphs('bravo')}</article>")
    assert "Healthy roots are firm and silver" in lines


# Session 22: a FAQ's shared answers, bodies in a <template>, footnotes' back-links, a box of many
# link headings (sections.link_box_headings reads counts, not walks).

def _cleaned(body: str) -> str:
    from cleaner.pipeline import Cleaner

    doc = read_html(f"<html><head><title>Snow FAQ</title></head><body>{body}</body></html>", "page.html")
    return Cleaner().clean(doc).clean_text()


_ANSWER = "Yes. Cars parked on snow routes will be towed, and the fine is $150 plus the towing fee."
_FAQ = (f"<dl><dt>Do I have to move my car from the even side?</dt><dd>{_ANSWER}</dd>"
        f"<dt>Do I have to move my car from a marked snow route?</dt><dd>{_ANSWER}</dd>"
        "<dt>Will trash be collected Monday?</dt><dd>No. Monday's collection moves to Tuesday this week.</dd></dl>")
_LEAD = "<p>The city declared a snow emergency starting at 9 p.m. Saturday, and these are the answers.</p>"


def test_two_questions_sharing_an_answer_each_keep_it():
    text = _cleaned(f"<article><h1>Snow FAQ</h1>{_LEAD}{_FAQ}</article>")
    assert text.count(_ANSWER) == 2


def test_a_faq_printed_twice_keeps_one_copy_of_each_answer():
    """Its questions are asked twice: the copy is a repeat (a FAQ printed again for small screens)."""
    text = _cleaned(f"<article><h1>Snow FAQ</h1>{_LEAD}{_FAQ}{_FAQ}</article>")
    assert text.count("No. Monday's collection moves to Tuesday this week.") == 1


def test_details_answers_are_answers_too():
    faq = "".join(f"<details><summary>{q}</summary><p>{_ANSWER}</p></details>"
                  for q in ("Must I move my car tonight?", "Must I move my van tonight?"))
    assert _cleaned(f"<article><h1>Snow FAQ</h1>{_LEAD}{faq}</article>").count(_ANSWER) == 2


_TEMPLATE_BODY = "".join(f"<p>{SENTENCE.format(word)}</p>" for word in ("alpha", "bravo", "charlie", "delta", "echo"))


def test_a_body_held_in_a_template_is_read_when_the_page_shows_a_teaser():
    teaser = f"<div class='teaser'><p>{SENTENCE.format('alpha')}</p></div>"
    lines = _lines(f"<main><h1>Ferry keeps running</h1>{teaser}<template id='body'>{_TEMPLATE_BODY}</template></main>")
    assert any("echo" in line for line in lines)


def test_a_small_template_beside_a_whole_article_is_not_read():
    article = _TEMPLATE_BODY + _TEMPLATE_BODY.replace("alpha", "foxtrot")
    lines = _lines(f"<main><h1>Ferry keeps running</h1>{article}<template><p>{SENTENCE.format('zulu')}</p></template></main>")
    assert not any("zulu" in line for line in lines)


def test_footnote_back_links_go_and_the_notes_stay():
    notes = ('<ol><li id="fn1"><p>The trial covered 61 companies and about 2,900 employees. '
             '<a href="#fnref1" role="doc-backlink">↩︎</a></p></li>'
             '<li id="note-2">The decree was never signed by the mayor of the town. <a href="#ref-2">↑</a></li></ol>')
    lines = _lines(f"<article><h1>Four-day week</h1>{_TEMPLATE_BODY}{notes}</article>")
    assert "The trial covered 61 companies and about 2,900 employees." in lines
    assert "The decree was never signed by the mayor of the town." in lines


def test_a_box_of_link_boxes_loses_only_the_title_nothing_kept_follows():
    boxes = "".join(f'<div><h3>More {n}</h3><a href="/s{n}">Story number {n} of the day</a></div>' for n in range(3))
    lines = _lines(f"<article><h1>Ferry keeps running</h1>{_TEMPLATE_BODY}<div class='box'>{boxes}</div></article>")
    assert "More 0" in lines and "More 1" in lines and "More 2" not in lines


_FACTS = "<aside><h3>Key facts</h3><ul><li>Cost: $18.4 million, half from a state loan</li><li>Length: 3.2 miles of pipe</li></ul></aside>"


def test_a_fact_box_aside_between_two_paragraphs_stays():
    first, second = (f"<p>{SENTENCE.format(word)}</p>" for word in ("alpha", "bravo"))
    lines = _lines(f"<article><h1>Water main</h1>{first}{_FACTS}{second}</article>")
    assert "Cost: $18.4 million, half from a state loan" in lines


def test_a_key_points_aside_under_the_headline_stays():
    """An aside opening the body, right under the h1 (or the header holding it): the summary of key
    points; untitled, or with a paragraph of prose before it nowhere, it is still chrome."""
    first, second = (f"<p>{SENTENCE.format(word)}</p>" for word in ("alpha", "bravo"))
    for head in ("<h1>Water main</h1>", "<header><span>Local</span><h1>Water main</h1></header>"):
        assert "Cost: $18.4 million, half from a state loan" in _lines(f"<article>{head}{_FACTS}<div>{first}{second}</div></article>")
    untitled = _FACTS.replace("<h3>Key facts</h3>", "")
    assert not any("18.4" in line for line in _lines(f"<article><h1>Water main</h1>{untitled}{first}{second}</article>"))


def test_an_aside_of_links_or_beside_the_article_still_goes():
    first, second = (f"<p>{SENTENCE.format(word)}</p>" for word in ("alpha", "bravo"))
    linked = _FACTS.replace("Length: 3.2 miles of pipe", '<a href="/pipes">Length: 3.2 miles of pipe</a>')
    assert not any("18.4" in line for line in _lines(f"<article><h1>Water main</h1>{first}{linked}{second}</article>"))
    assert not any("18.4" in line for line in _lines(f"<main><article><h1>Water main</h1>{first}{second}</article>{_FACTS}</main>"))
