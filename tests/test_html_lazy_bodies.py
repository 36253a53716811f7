"""Bodies a script renders late (html/__init__.extract): the rest of an article in a <template>
after a <noscript> (which asks for scripts, or holds the lead) or in a <script type="text/template">
(html.toml [tags] template_scripts), and a stub's body held in an empty element's attribute
(data-content, data-text: html.toml [structured] held_attributes)."""

from __future__ import annotations

from cleaner.html import read_html

SENTENCE = "The council voted on Wednesday to keep the ferry running through the winter months, {}."
REST = "".join(f"<p>{SENTENCE.format(word)}</p>" for word in ("bravo", "charlie", "delta", "echo"))
ASK = "<noscript><p>Turn on JavaScript in your browser to read the whole story.</p></noscript>"


def _lines(body: str) -> list[str]:
    return read_html(f"<html><body>{body}</body></html>", "page.html").text.splitlines()


def test_the_rest_in_a_template_after_a_noscript_is_read_and_the_noscript_is_not():
    first = f"<p>{SENTENCE.format('alpha')}</p>"
    lines = _lines(f"<main><h1>Ferry keeps running</h1><div class='body'>{first}{ASK}<template>{REST}</template></div></main>")
    assert lines[1:] == [SENTENCE.format(word) for word in ("alpha", "bravo", "charlie", "delta", "echo")]


def test_a_body_in_a_noscript_beside_a_small_template_is_still_the_noscripts():
    body = f"<noscript>{REST}</noscript><template><p>{SENTENCE.format('zulu')}</p></template>"
    lines = _lines(f"<main><h1>Ferry keeps running</h1><div class='body'>{body}</div></main>")
    assert lines[1:] == [SENTENCE.format(word) for word in ("bravo", "charlie", "delta", "echo")]


def test_a_lead_in_a_noscript_and_the_rest_in_a_template_are_read_together():
    lead = "".join(f"<p>{SENTENCE.format(word)}</p>" for word in ("alpha", "alpha two", "alpha three"))
    rest = "".join(f"<p>{SENTENCE.format(word)}</p>" for word in ("bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"))
    body = f"<div class='loading'>Loading…</div><noscript>{lead}</noscript><template>{rest}</template>"
    lines = _lines(f"<main><h1>Ferry keeps running</h1><div class='body'>{body}</div></main>")
    assert SENTENCE.format("alpha") in lines and SENTENCE.format("hotel") in lines


BODY = "".join(f"<p>{SENTENCE.format(word)}</p>" for word in ("alpha", "bravo", "charlie", "delta", "echo"))


def _held(markup: str) -> str:
    return markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def test_a_stubs_body_held_in_an_empty_elements_attribute_is_read_in_place():
    page = f'<article><h1>Ferry keeps running</h1><div class="story" data-content="{_held(BODY)}"></div><p>Share this</p></article>'
    assert _lines(page)[1:6] == [SENTENCE.format(word) for word in ("alpha", "bravo", "charlie", "delta", "echo")]
    paragraphs = "".join(f'<p data-text="{SENTENCE.format(word)}"></p>' for word in ("alpha", "bravo", "charlie", "delta"))
    assert _lines(f"<article><h1>Ferry keeps running</h1>{paragraphs}</article>")[1:] == [
        SENTENCE.format(word) for word in ("alpha", "bravo", "charlie", "delta")]


def test_held_text_is_not_read_beside_a_whole_body_nor_from_an_element_with_text():
    tooltip = f'<span class="tip" data-content="{_held(BODY)}"></span>'
    visible = BODY.replace("alpha", "zulu")
    assert not any("alpha" in line for line in _lines(f"<article><h1>Ferry</h1>{visible}{tooltip}</article>"))
    button = f'<article><h1>Ferry keeps running</h1><button class="more" data-text="{_held(BODY)}">More</button></article>'
    assert not any("alpha" in line for line in _lines(button))


def test_the_rest_in_a_text_template_script_is_read_as_a_templates():
    first = f"<p>{SENTENCE.format('alpha')}</p>"
    page = f"<main><h1>Ferry keeps running</h1><div class='body'>{first}</div><script type='text/template'>{REST}</script></main>"
    assert _lines(page)[1:] == [SENTENCE.format(word) for word in ("alpha", "bravo", "charlie", "delta", "echo")]
    assert not any("bravo" in line for line in _lines(page.replace("text/template", "text/javascript")))
