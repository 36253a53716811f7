"""Helper ht's third round of unseen builds (portals, headless CMSs, old layouts): a fact box
closing the body, captions inline beside their picture, a class named after what it sits under,
inline elements whose texts meet, and a JSONL crawl whose pages sit in an "html" field."""

from __future__ import annotations

import html
import json

from selectolax.lexbor import LexborHTMLParser

from cleaner.html import extract, load_settings, read_html
from cleaner.html.walk import walk
from cleaner.io.fields import missing_field

SENTENCE = "The council voted on Wednesday to keep the ferry running through the winter months, {}."


def _lines(body: str) -> list[str]:
    return read_html(f"<html><body>{body}</body></html>", "page.html").text.splitlines()


def _texts(body: str) -> list[str]:
    """Every line of the page the reader keeps, chosen or not (scope "page")."""
    return [line.text for line, _ in extract(f"<html><body>{body}</body></html>", scope="page").lines]


def _paragraphs(*words: str) -> str:
    return "".join(f"<p>{SENTENCE.format(word)}</p>" for word in words)


def test_a_titled_fact_box_closing_the_body_stays():
    facts = "<aside><h3>The bridge in numbers</h3><ul><li>Length: 48 metres</li><li>Cost: £3.2 million</li></ul></aside>"
    lines = _lines(f"<article><h1>New bridge</h1><div>{_paragraphs('alpha', 'bravo')}{facts}</div></article>")
    assert "Cost: £3.2 million" in lines
    teaser = "<aside><p>Most read: the mayor's cat has become famous on the internet this week again.</p></aside>"
    assert not any("mayor" in line for line in _lines(f"<article><h1>New bridge</h1><div>{_paragraphs('alpha', 'bravo')}{teaser}</div></article>"))
    beside = f"<main><article><h1>New bridge</h1>{_paragraphs('alpha', 'bravo')}</article>{facts}</main>"
    assert "Cost: £3.2 million" not in _lines(beside)


def test_a_picture_and_its_dressed_caption_inline_in_one_holder_go():
    cell = '<table><tr><td><img src="/a.jpg" width="400"><br><font size="2">Guests at the opening</font></td></tr></table>'
    assert "Guests at the opening" not in _lines(f"<article><h1>Plant opens</h1>{cell}{_paragraphs('alpha', 'bravo')}</article>")
    centred = '<p class="f_center"><img src="/a.jpg" style="width:660px"><br>Guests at the opening</p>'
    assert "Guests at the opening" not in _lines(f"<article><h1>Plant opens</h1>{centred}{_paragraphs('alpha', 'bravo')}</article>")
    inline = f'<p><img src="/a.jpg" width="400">{SENTENCE.format("charlie")}</p>'
    assert any("charlie" in line for line in _lines(f"<article><h1>Plant opens</h1>{inline}{_paragraphs('alpha', 'bravo')}</article>"))


def test_a_caption_whose_credit_sits_in_a_furniture_span_goes():
    figure = ('<div class="mainPhoto"><img src="/a.jpg" width="728"><div class="imageDescription">'
              '<span class="title">Traffic on the ring road</span><span class="author">Photo: Jan Kowal</span></div></div>')
    lines = _lines(f"<article><h1>Clean air zone</h1>{figure}{_paragraphs('alpha', 'bravo')}</article>")
    assert "Traffic on the ring road" not in lines and any("bravo" in line for line in lines)


def test_class_parts_after_with_name_no_element():
    heading = '<h2 class="anchor anchorWithStickyNavbar_LWe7" id="faster">Faster imports<a href="#faster" class="hash-link">\u200b</a></h2>'
    lines = _lines(f"<article><h1>Release 4.0</h1>{_paragraphs('alpha')}{heading}{_paragraphs('bravo')}</article>")
    assert "Faster imports" in lines


def test_inline_elements_meeting_on_letters_are_spaced_unless_one_was_split():
    row = '<p><span class="n">Petr Svoboda</span><span class="d">3. prosince 2026</span></p>'
    assert "Petr Svoboda 3. prosince 2026" in _texts(row)
    lines = _lines(f'<article><h1>Moon</h1><p>{SENTENCE.format("alpha")} Join its <a href="/a">Arte</a><a href="/a">mis</a> program.</p></article>')
    assert any("its Artemis program." in line for line in lines)
    lines = _lines(f'<article><h1>Moon</h1><p><b>T</b>he council voted, {SENTENCE.format("alpha")}</p></article>')
    assert any(line.startswith("The council voted") for line in lines)
    assert "東京都" in _texts('<p><span class="a">東京</span><span class="b">都</span></p>')


def test_a_place_stamp_is_set_apart_from_the_lead():
    lead = '<p class="description"><span class="location-stamp">Hanoi</span>The new line is 38 km long and opens in 2032.</p>'
    assert "Hanoi The new line is 38 km long and opens in 2032." in _lines(f"<article><h1>Metro</h1>{lead}{_paragraphs('alpha')}</article>")


def test_a_record_holding_a_page_names_the_html_field():
    message = missing_field({"id": "1", "url": "https://x.example/a", "html": "<!DOCTYPE html><html><body><p>Hi</p>"}, "text", True)
    assert message.endswith("; 'html' holds a page: --html-field html)")
    assert "--html-field html" not in missing_field({"id": "1", "body": "plain words"}, "text", True)


def test_an_angular_transfer_state_body_is_read_unescaped():
    state = ('{&q;article&q;:{&q;title&q;:&q;Ferry keeps running&q;,&q;content&q;:&q;'
             + "".join(f"&l;p&g;{SENTENCE.format(word)}&l;/p&g;" for word in ("alpha", "bravo", "charlie", "delta", "echo"))
             + '&q;}}')
    page = (f'<html><head><title>Ferry keeps running</title></head><body><app-root><p>Loading...</p></app-root>'
            f'<script id="serverApp-state" type="application/json">{state}</script></body></html>')
    assert any("echo" in line for line in read_html(page, "page.html").text.splitlines())


def test_an_astro_islands_tagged_props_are_read():
    from cleaner.html.statesources import revive_props

    assert revive_props({"blocks": [1, [[0, {"text": [0, "One."]}], [0, "Two."]]], "at": [3, "2026-12-03"]}) == {
        "blocks": [{"text": "One."}, "Two."], "at": "2026-12-03"}
    blocks = ",".join(f'[0,{{"type":[0,"paragraph"],"text":[0,"{SENTENCE.format(word)}"]}}]'
                      for word in ("alpha", "bravo", "charlie", "delta", "echo"))
    props = html.escape(f'{{"blocks":[1,[{blocks}]]}}')
    page = (f'<html><head><title>Ferry keeps running</title></head><body><article><h1>Ferry keeps running</h1>'
            f'<astro-island client="only" props="{props}"></astro-island></article></body></html>')
    assert any("echo" in line for line in read_html(page, "page.html").text.splitlines())


def test_an_inertia_pages_data_page_object_is_read():
    state = {"component": "Articles/Show", "props": {"article": {"title": "Ferry keeps running", "body": "".join(
        f"<p>{SENTENCE.format(word)}</p>" for word in ("alpha", "bravo", "charlie", "delta", "echo"))}}}
    page = (f'<html><head><title>Ferry keeps running</title></head><body>'
            f'<div id="app" data-page="{html.escape(json.dumps(state))}"></div></body></html>')
    assert any("echo" in line for line in read_html(page, "page.html").text.splitlines())


def test_an_accordions_hidden_answers_are_read_under_their_questions():
    item = ('<h3><button aria-expanded="false" aria-controls="a{n}">Question {n}?</button></h3>'
            '<div id="a{n}" hidden><p>{answer}</p></div>')
    faq = "".join(item.format(n=n, answer=SENTENCE.format(word)) for n, word in ((1, "bravo"), (2, "charlie")))
    lines = _lines(f"<article><h1>Council tax</h1>{_paragraphs('alpha')}{faq}{_paragraphs('delta')}</article>")
    assert "Question 2?" in lines and any("charlie" in line for line in lines)
    shut = '<button aria-controls="menu">Menu</button><div id="menu" hidden><p>{}</p></div>'.format(SENTENCE.format("echo"))
    assert not any("echo" in line for line in _lines(f"<article><h1>Council tax</h1>{_paragraphs('alpha')}{shut}</article>"))


def test_a_table_of_speakers_and_answers_reads_as_lines_and_a_data_table_stays_rows():
    rows = "".join(f"<tr><td><b>{who}:</b></td><td>{SENTENCE.format(word)}</td></tr>"
                   for who, word in (("Echo", "alpha"), ("Brandt", "bravo"), ("Echo", "charlie")))
    lines = _lines(f"<article><h1>Interview</h1>{_paragraphs('delta')}<table>{rows}</table>{_paragraphs('foxtrot')}</article>")
    assert "Brandt: " + SENTENCE.format("bravo") in lines
    data = "".join(f"<tr><td>{party}:</td><td>{seats}</td></tr>" for party, seats in (("Labour", 28), ("Green", 9), ("Liberal", 4)))
    lines = _lines(f"<article><h1>Results</h1>{_paragraphs('delta', 'echo')}<table>{data}</table>{_paragraphs('foxtrot')}</article>")
    assert "| Labour: | 28 |" in lines


def test_a_noscript_holding_the_rest_of_the_article_is_read():
    shown = _paragraphs("alpha", "bravo")
    rest = "".join(f"<p>{text}</p>" for text in (
        "Each day about twenty thousand cars cross the bridge, the council's survey found last spring.",
        "Shops on the island fear fewer customers and ask for free parking at the park and ride.",
        "A public meeting will be held at the town hall annex on the fifteenth of December."))
    page = f"<article><h1>Bridge closes</h1>{shown}<div>Loading the rest…</div><noscript>{shown}{rest}</noscript></article>"
    lines = _lines(page)
    assert any("public meeting" in line for line in lines)


def test_a_description_lists_short_terms_join_their_values_and_questions_stay_apart():
    facts = "<dl><dt>Cost</dt><dd>24.5 million euros</dd><dt>Opening hours</dt><dd>daily 6.30 to 22.00</dd></dl>"
    lines = _lines(f"<article><h1>Pool opens</h1>{_paragraphs('alpha', 'bravo')}{facts}{_paragraphs('charlie')}</article>")
    assert "Cost: 24.5 million euros" in lines
    faq = "<dl><dt>Is parking free?</dt><dd>Yes, for three hours.</dd></dl>"
    lines = _lines(f"<article><h1>Pool opens</h1>{_paragraphs('alpha', 'bravo')}{faq}{_paragraphs('charlie')}</article>")
    assert "Is parking free?" in lines


def test_a_read_also_link_between_two_sentences_of_a_paragraph_is_a_line_of_its_own():
    """"... Jumat (5/12/2026). <strong>Baca juga: <a>headline</a></strong> Menurut dia, ...": the
    label and its linked headline are a line of their own, which the language's rule takes; the
    sentences on either side stay (walk._link_line, html.toml tags.link_lines)."""
    said = '"Pasokan dari petani berkurang karena hujan," kata Siti Aminah, Jumat (5/12/2026).'
    after = "Menurut dia, pembeli kini mengurangi jumlah belanjaan di pasar."
    link = "Harga Beras Medium di Jateng Stabil, Stok Aman hingga Maret"
    for inline in (f'<strong>Baca juga: <a href="/a/1">{link}</a></strong>', f'<a href="/a/1">Baca juga: {link}</a>',
                   f'<b>Baca juga:</b> <a href="/a/1">{link}</a>'):
        body = f"<article><h1>Harga cabai naik</h1>{_paragraphs('alpha')}<p>{said} {inline} {after}</p>{_paragraphs('bravo')}</article>"
        assert f"Baca juga: {link}" in _walked(body), inline
        lines = _lines(body)
        assert said in lines and after in lines and not any("Baca juga" in line for line in lines), inline


def test_a_labelled_link_inside_a_sentence_or_naming_few_words_stays_inline():
    """A link after text that ends no sentence (a name's pop-up card of headlines) or whose
    headline is short ("Source: Reuters") is the paragraph's."""
    card = '<p>Rep. Ada Byrne <a href="/x">Overnight Energy: Lawmakers spar over the new tax plan</a> (D-N.Y.) said on Monday that the plan was dead.</p>'
    source = '<p>The figures were published on Monday. <a href="/r">Source: Reuters</a> The council did not comment.</p>'
    short = '<p>The figures were published on Monday. <b>Source:</b> <a href="/r">Reuters</a> The council did not comment.</p>'
    for paragraph in (card, source, short):
        texts = _walked(f"<article><h1>Tax plan</h1>{_paragraphs('alpha')}{paragraph}</article>")
        assert not any(text.startswith(("Overnight Energy", "Source:")) for text in texts), paragraph


def _walked(body: str) -> list[str]:
    """Every line the walk reads off the page, before any is chosen or removed."""
    tree = LexborHTMLParser(f"<html><body>{body}</body></html>")
    return [line.text for line in walk(tree.body, load_settings()).lines]
