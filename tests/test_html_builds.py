"""Helper ht's fifth round of unseen builds, shape by shape: CJK word counts for a stated body,
React elements in an App Router row, a Drupal field's label joined to its value, a quote card in
an embed box, teaser cards and sign-up boxes no class names, a live blog entry's header, a
heading over a removed box and a block-per-field dek."""

from __future__ import annotations

from cleaner.html import load_settings, parse_page, read_html
from cleaner.html.cards import card_rows, teaser_cards
from cleaner.html.labels import join_labels
from cleaner.html.statesources import revive_elements
from cleaner.html.structured import word_count
from cleaner.html.walk import walk

SENTENCE = "The council voted on Wednesday to keep the ferry running through the winter months, {}."


def _lines(body: str, head: str = "") -> list[str]:
    return read_html(f"<html><head>{head}</head><body>{body}</body></html>", "page.html").text.splitlines()


def _paragraphs(*words: str) -> str:
    return "".join(f"<p>{SENTENCE.format(word)}</p>" for word in words)


def test_chinese_and_japanese_words_are_counted_by_characters():
    settings = load_settings()
    assert word_count(["国土交通省は4日、方針を明らかにした。"], settings) > 5
    assert word_count(["two words"], settings) == 2


def test_react_elements_become_typed_blocks():
    row = ["$", "div", None, {"className": "body", "children": [["$", "p", "p0", {"children": "Text."}]]}]
    assert revive_elements(row) == {"type": "div", "className": "body", "children": [{"type": "p", "children": "Text."}]}
    assert revive_elements(["$", "p"]) == ["$", "p"]  # not an element: four items, props last


def _page(body: str):
    return walk(parse_page(f"<html><body>{body}</body></html>", False).body, load_settings())


def test_a_fields_label_joins_its_value_but_a_linked_kicker_does_not():
    field = ('<div class="field field--label-inline"><div class="field__label">Standort</div>'
             '<div class="field__item">Rathaus, Saal 2</div></div>')
    page = _page(f"<article>{_paragraphs('alpha')}{field}</article>")
    assert [line.text for line in join_labels(page, page.lines, load_settings())][-1] == "Standort: Rathaus, Saal 2"
    kicker = '<div class="section-label"><a href="/t">Transport</a></div><div class="dek">Buses return</div>'
    page = _page(kicker)
    assert [line.text for line in join_labels(page, page.lines, load_settings())] == ["Transport", "Buses return"]


def test_a_quote_card_in_an_embed_box_stays_and_a_bare_embed_goes():
    card = ('<div class="w-embed"><div class="quote-card"><div class="quote-text">A cinema is a place where a street '
            'sits together in the dark and laughs.</div><div class="quote-author">Mira Holt, chair</div></div></div>')
    plain = '<div class="w-embed"><div>Watch the trailer on our channel now</div></div>'
    lines = _lines(f"<article><h1>Cinema saved</h1>{_paragraphs('alpha', 'bravo')}{card}{plain}{_paragraphs('charlie')}</article>")
    assert "A cinema is a place where a street sits together in the dark and laughs." in lines
    assert "Mira Holt, chair" in lines
    assert "Watch the trailer on our channel now" not in lines


def _card(n: int) -> str:
    return (f'<div class="item"><time>Nov {n}, 2026</time><div class="t"><a href="/s{n}">Story number {n} title</a></div>'
            f'<div class="x"><p>Volunteers fixed {n} hundred lamps and bikes since the café started in a hall.</p></div>'
            f'<a href="/s{n}">Read More</a></div>')


def test_teaser_cards_go_but_a_listicle_among_paragraphs_stays():
    cards = f'<div class="list">{_card(1)}{_card(2)}</div>'
    lines = _lines(f"<article><h1>Allotments</h1>{_paragraphs('alpha', 'bravo', 'charlie')}{cards}</article>")
    assert not any("hundred lamps" in line for line in lines)
    items = "".join(f'<div class="item"><h3><a href="https://m{n}.example">Market {n}</a></h3>'
                    f'<p>Fifty stalls in the old courtyard lit by torches, number {n}.</p><p>Sat {n} Dec, 3pm</p></div>'
                    for n in (1, 2))
    page = _page(f'<div class="post-body">{_paragraphs("alpha", "bravo")}{items}{_paragraphs("charlie")}</div>')
    assert not any(teaser_cards(page, card_rows(page, load_settings())))  # the items sit among the article's own paragraphs


def test_a_sign_up_box_no_class_names_goes():
    box = ('<div class="my-8 rounded"><p>Get the Greenline newsletter</p><p>Climate solutions that work, every Thursday.</p>'
           '<form><input type="email"><button>Sign up</button></form></div>')
    lines = _lines(f"<article><h1>Grain</h1>{_paragraphs('alpha', 'bravo')}{box}{_paragraphs('charlie', 'delta')}</article>")
    assert "Climate solutions that work, every Thursday." not in lines
    assert any("delta" in line for line in lines)


def test_a_live_blog_entry_keeps_its_title_beside_its_author():
    entry = ('<article class="liveblog-entry"><header class="liveblog-entry-header"><h2>Final result declared</h2>'
             '<div class="liveblog-meta-authors">Anna Price</div></header>{}</article>')
    entries = "".join(entry.format(_paragraphs(word)) for word in ("alpha", "bravo"))
    lines = _lines(f"<main><h1>Live: the count</h1>{_paragraphs('intro')}{entries}</main>")
    assert "Final result declared" in lines
    assert "Anna Price" not in lines


def test_a_block_per_field_page_keeps_the_dek_in_the_block_after_the_headlines():
    top = ('<div class="tdb_title"><div class="inner"><h1>Metro reaches Buca</h1></div></div>'
           '<div class="tdb_single_subtitle"><div class="inner"><p>Tunnelling is 70 per cent done and the line '
           'should open in 2028, the city says.</p></div></div>')
    lines = _lines(f'<article>{top}<div class="tdb_single_content">{_paragraphs("alpha", "bravo", "charlie")}</div></article>')
    assert lines[1].startswith("Tunnelling is 70 per cent done")


def test_a_listicle_keeps_its_items_and_their_linked_names():
    items = "".join(f'<div class="item"><h3><a href="https://m{n}.example">Market number {n}, Ripley</a></h3>'
                    f'<p>Fifty stalls in the old courtyard, lit by torches after dark, stall row {n}.</p></div>'
                    for n in (1, 2, 3))
    body = f'<div class="post-body">{_paragraphs("alpha")}{items}{_paragraphs("charlie")}</div>'
    lines = _lines(f"<article><h1>Winter markets</h1>{body}</article>")
    assert "Market number 2, Ripley" in lines
    assert any("stall row 3" in line for line in lines) and any("charlie" in line for line in lines)
