"""Page shapes of the third HTML round: a control row under the headline goes (html/toolbar.py), a
sentence cut by a nested <p> is joined (html/splits.py), stories stacked in plain divs keep only the
h1's (html/stacked.py), a caption beside its picture known by its styling goes (html/captions.py),
and a gallery page keeps its captions (html/gallery.py)."""

from __future__ import annotations

from cleaner.html import load_settings, read_html
from cleaner.html.flags import CAPTION, CAPTION_LOOK, FURNITURE, STORY, element_flags, name_flags

SENTENCE = "The council voted on Wednesday to keep the ferry running through the winter months, {}."


def _lines(body: str, head: str = "") -> list[str]:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    return read_html(page, "page.html").text.splitlines()


def _paragraphs(*words: str) -> str:
    return "".join(f"<p>{SENTENCE.format(word)}</p>" for word in words)


# toolbar.py


def test_a_row_of_control_labels_under_the_headline_goes():
    row = '<div class="x1"><div class="x2"><span>2.4K</span></div><div><p>Listen</p></div><div><p>Share</p></div></div>'
    lines = _lines(f"<main><h1>Ferry keeps running</h1>{row}{_paragraphs('alpha', 'bravo')}</main>")
    assert lines[0] == "Ferry keeps running"
    assert not {"2.4K", "Listen", "Share"} & set(lines)
    assert lines[1].endswith("alpha.")


def test_a_lone_label_and_a_byline_row_stay_for_the_rules():
    lone = _lines(f"<main><h1>Ferry keeps running</h1><p>Staff Reports</p>{_paragraphs('alpha', 'bravo')}</main>")
    assert "Staff Reports" in lone
    byline = '<div><div>Owen Tallis Smith</div><div>Nov 28, 2026</div></div>'
    lines = _lines(f"<main><h1>Ferry keeps running</h1>{byline}{_paragraphs('alpha', 'bravo')}</main>")
    assert "Owen Tallis Smith" in lines and "Nov 28, 2026" in lines


def test_short_lines_once_the_body_began_stay():
    after = _lines(f"<main><h1>Ferry</h1>{_paragraphs('alpha', 'bravo')}<div><p>Yes</p><p>No</p></div>"
                   f"{_paragraphs('charlie')}</main>")
    assert "Yes" in after and "No" in after


# splits.py


def test_a_sentence_cut_by_a_nested_paragraph_is_one_line_again():
    body = ("<article><h1>Bridge reopens</h1><p>The bridge reopens on Monday to cars and vans, "
            "<p>with traffic lights on the central span.</p></p><p>Lorries must use the motorway bridge "
            "<p>until the end of March</p>, when the final test is due.</p></article>")
    lines = _lines(body)
    assert "The bridge reopens on Monday to cars and vans, with traffic lights on the central span." in lines
    assert "Lorries must use the motorway bridge until the end of March, when the final test is due." in lines


def test_paragraphs_that_end_a_sentence_or_announce_what_follows_stay_apart():
    body = ("<article><h1>Bridge reopens</h1><p>The bridge reopens on Monday to cars and vans.</p>"
            "<p>iPhone owners can follow the works in the town's app.</p>"
            "<p>The new opening hours of the bridge office are:</p><p>mondays from nine to noon</p>"
            "<p>Updates on the works go out through the town app for phones</p><p>iPhone owners get them first.</p></article>")
    lines = _lines(body)
    assert "iPhone owners get them first." in lines
    assert "iPhone owners can follow the works in the town's app." in lines
    assert "mondays from nine to noon" in lines


# stacked.py


def _div_story(tag: str, title: str, words: tuple[str, ...], attribute: str = ' data-post-id="1"',
               stamp: str = "By Nora Blake · Dec. 4, 2026") -> str:
    return (f'<div class="item"{attribute}><div class="head"><{tag}>{title}</{tag}><div>{stamp}</div></div>'
            f'<div class="text">{_paragraphs(*words)}</div></div>')


def test_stories_scrolled_in_as_plain_divs_go():
    first = _div_story("h1", "Shelter approved", ("alpha", "bravo", "charlie"))
    second = _div_story("h2", "Hawks win title", ("delta", "echo"))
    lines = _lines(f'<div class="stream">{first}<div>Up next</div>{second}</div>')
    assert lines[0] == "Shelter approved"
    assert any("charlie" in line for line in lines)
    assert not any("delta" in line or "Hawks" in line for line in lines)


def test_sibling_divs_without_a_story_address_or_a_dated_line_stay_together():
    plain = (_div_story("h1", "Five winter walks", ("alpha", "bravo"), attribute="")
             + _div_story("h2", "1. Ridgeway loop", ("delta", "echo"), attribute=""))
    assert any("echo" in line for line in _lines(f"<div>{plain}</div>"))
    undated = (_div_story("h1", "Five winter walks", ("alpha", "bravo"), stamp="Updated today")
               + _div_story("h2", "1. Ridgeway loop", ("delta", "echo"), stamp="Easy walk"))
    assert any("echo" in line for line in _lines(f"<div>{undated}</div>"))


def test_when_every_stacked_story_holds_an_h1_the_page_title_picks_one():
    first = _div_story("h1", "Shelter approved", ("alpha", "bravo", "charlie"))
    second = _div_story("h1", "Hawks win title", ("delta", "echo"))
    stream = f'<div class="stream">{first}{second}</div>'
    titled = _lines(stream, "<title>Shelter approved | Valley Tribune</title>")
    assert any("charlie" in line for line in titled) and not any("delta" in line for line in titled)
    untitled = _lines(stream, "<title>Valley Tribune</title>")
    assert any("charlie" in line for line in untitled) and any("delta" in line for line in untitled)


def test_without_story_addresses_the_first_story_whose_h1_is_the_page_title_is_the_article():
    """A theme appending the next story with its own h1 and no address: the page's title names the
    first one, each opens on its own whole date; the first is kept, and only when it is the titled one."""
    first = _div_story("h1", "Shelter approved", ("alpha", "bravo", "charlie"), attribute="")
    second = _div_story("h1", "Hawks win title", ("delta", "echo"), attribute="", stamp="By Ray Cole · Dec. 3, 2026")
    titled = _lines(f'<div class="stream">{first}{second}</div>', "<title>Shelter approved | Valley Tribune</title>")
    assert any("charlie" in line for line in titled) and not any("delta" in line for line in titled)
    second_titled = _lines(f'<div class="stream">{first}{second}</div>', "<title>Hawks win title | Valley Tribune</title>")
    assert any("charlie" in line for line in second_titled) and any("delta" in line for line in second_titled)
    same_stamp = _div_story("h1", "Hawks win title", ("delta", "echo"), attribute="")
    together = _lines(f'<div class="stream">{first}{same_stamp}</div>', "<title>Shelter approved | Valley Tribune</title>")
    assert any("delta" in line for line in together)  # one piece printing one byline under each section's h1


def test_the_story_attributes_are_read_from_the_settings():
    settings = load_settings()
    assert element_flags("div", {"data-url": "/2026/12/story"}, settings) & STORY
    assert not element_flags("div", {"data-id": "3f2a"}, settings) & STORY


# captions.py


def _picture(caption_block: str) -> str:
    return (f'<article><h1>Mill reopens as a bakery</h1>{_paragraphs("alpha", "bravo")}'
            f'<div class="wrap"><img src="/a.jpg" width="800" height="500"></div>{caption_block}'
            f'{_paragraphs("charlie", "delta")}</article>')


def test_a_caption_under_its_picture_known_by_its_styling_goes():
    for block in ('<p class="small text-muted">Volunteers rebuilt the oven over two summers.</p>',
                  '<p style="font-size: 12px">Volunteers rebuilt the oven over two summers.</p>',
                  '<p><small>Volunteers rebuilt the oven over two summers.</small></p>',
                  '<div class="photo-desc">Volunteers rebuilt the oven over two summers.</div>'):
        lines = _lines(_picture(block))
        assert not any("Volunteers rebuilt" in line for line in lines), block
        assert any("charlie" in line for line in lines)


def test_a_plain_paragraph_after_a_picture_and_a_styled_line_with_no_picture_stay():
    plain = _lines(_picture("<p>Volunteers rebuilt the oven over two summers, using bricks from the chimney.</p>"))
    assert any("Volunteers rebuilt" in line for line in plain)
    no_picture = _lines(f'<article><h1>Mill reopens</h1>{_paragraphs("alpha")}'
                        f'<p class="small">Volunteers rebuilt the oven over two summers.</p>{_paragraphs("bravo")}</article>')
    assert any("Volunteers rebuilt" in line for line in no_picture)


def test_a_post_that_centres_every_paragraph_keeps_the_one_after_a_picture():
    centred = '<p style="text-align: center">{}</p>'
    body = "".join(centred.format(SENTENCE.format(word)) for word in ("alpha", "bravo"))
    after = "".join(centred.format(SENTENCE.format(word)) for word in ("charlie", "delta"))
    lines = _lines(f'<article><h1>Mill reopens</h1>{body}<div><img src="/a.jpg" width="800" height="500"></div>'
                   f'{after}</article>')
    assert any("charlie" in line for line in lines)


def test_caption_words_mark_caption_furniture_and_picture_words_a_caption_look():
    settings = load_settings()
    assert name_flags("legende-photo", settings) & (FURNITURE | CAPTION) == FURNITURE | CAPTION
    assert name_flags("haber-resim-aciklama", settings) & CAPTION_LOOK
    assert not name_flags("article-body", settings) & (CAPTION | CAPTION_LOOK)


# content._layout_words


def test_text_widgets_holding_the_article_stay_and_sidebar_widgets_go():
    widgets = "".join(f'<div class="el-widget el-widget-text"><div class="el-widget-container">{_paragraphs(word)}</div></div>'
                      for word in ("alpha", "bravo", "charlie"))
    lines = _lines(f'<div class="page"><h1>Cycle path opens</h1>{widgets}</div>')
    assert all(any(word in line for line in lines) for word in ("alpha", "bravo", "charlie"))
    sidebar = "".join(f'<div class="widget"><p>The town archive opens on {day} for visitors and schools.</p></div>'
                      for day in ("Tuesdays", "Fridays"))
    lines = _lines(f'<div class="page"><article><h1>Cycle path opens</h1>{_paragraphs("alpha", "bravo", "charlie")}'
                   f'</article><div class="side">{sidebar}</div></div>')
    assert any("charlie" in line for line in lines) and not any("archive" in line for line in lines)


# gallery.py


def _gallery(intro: str, captions: int) -> str:
    figures = "".join(
        f'<figure><img src="/{n}.jpg" width="1200" height="800"><figcaption>Picture number {n} of the lantern '
        f'parade, crossing the Mill Bridge.<span class="credit">Leah Quinn</span></figcaption></figure>'
        for n in range(captions)
    )
    return f"<article><h1>Lantern parade</h1><p>{intro}</p><div>{figures}</div></article>"


def test_a_gallery_keeps_its_captions_in_page_order_without_credits():
    lines = _lines(_gallery("More than 3,000 people walked through the old town on Saturday.", 4))
    captions = [line for line in lines if line.startswith("Picture number")]
    assert captions == [f"Picture number {n} of the lantern parade, crossing the Mill Bridge." for n in range(4)]
    assert "Leah Quinn" not in lines


def test_an_article_with_a_body_or_with_few_captions_keeps_its_captions_out():
    long_intro = " ".join([SENTENCE.format(word) for word in ("alpha", "bravo", "charlie", "delta", "echo", "golf", "hotel", "india")])
    assert not any(line.startswith("Picture number") for line in _lines(_gallery(long_intro, 4)))
    assert not any(line.startswith("Picture number") for line in _lines(_gallery("A short intro of the parade.", 2)))
    japanese = "</p><p>".join(["市は５日、観光地を結ぶ急行バスを来年１月から増やすと発表した。" * 3] * 3)  # one "word" each
    assert not any(line.startswith("Picture number") for line in _lines(_gallery(japanese, 4)))


def test_a_gallery_with_a_standfirst_an_intro_and_a_closing_line_keeps_its_captions():
    """Three short paragraphs of four sentences are a gallery's frame, not an article
    (gallery_max_body_sentences): the captions stay between them."""
    intro = ("The river peaked at 11.2 metres on Saturday.</p><p>These pictures were taken over the "
             "following five days. Most roads have reopened.</p><p>The region is now a disaster zone.")
    captions = [line for line in _lines(_gallery(intro, 4)) if line.startswith("Picture number")]
    assert len(captions) == 4


# content._issue_text


GREETING = ("Good morning, Portwell. It is Monday, December 7, and the forecast calls for a cold, bright day. "
            "Here is what you need to know before you head out.")


def test_a_newsletter_issue_keeps_the_greeting_its_own_block_names_so() -> None:
    """A block named for the newsletter alone ("newsletter-intro", "newsletterIntro") holding prose,
    no link and no form control, is the issue's own text; a sign-up box (a form, a control, a
    link, or a name saying "signup") still goes."""
    body = _paragraphs("said the mayor", "as expected", "after a long debate")
    for name in ("newsletter-intro", "newsletterIntro", "newsletter__greeting"):
        lines = _lines(f'<article><h1>Morning Briefing: ferry stays</h1><div class="{name}"><p>{GREETING}</p></div>{body}</article>')
        assert GREETING in lines, name
    pitch = "Our Morning Briefing brings the day's news from every part of the town to your inbox at six."
    for box in (f'<div class="newsletter"><p>{pitch}</p><input type="email"><button>Sign up</button></div>',
                f'<div class="newsletter"><p>{pitch}</p><form><input type="email"></form></div>',
                f'<div class="newsletter"><p>{pitch} <a href="/signup">Sign up</a></p></div>',
                f'<div class="newsletter-signup"><p>{pitch}</p></div>'):
        lines = _lines(f"<article><h1>Morning Briefing: ferry stays</h1>{body}{box}{body}</article>")
        assert not any("Morning Briefing brings" in line for line in lines), box
    assert name_flags("newsletter-intro", load_settings()) & FURNITURE


# pills.py


def test_a_row_of_pill_labels_goes_and_a_pill_inside_a_sentence_stays():
    body = _paragraphs("said the mayor", "as expected", "after a long debate")
    inline = "<p>Version <span class=\"badge bg-success\">2.4</span> of the app added the closure map for every shut road.</p>"
    row = '<div class="mb-3"><span class="badge bg-secondary">doprava</span> <span class="badge bg-secondary">parkování</span></div>'
    lines = _lines(f"<article><h1>Bridge closed</h1>{body}{inline}{row}</article>")
    assert "Version 2.4 of the app added the closure map for every shut road." in lines
    assert not any("doprava" in line for line in lines)
