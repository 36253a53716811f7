"""Page shapes of the second HTML round: a story glued under the first by infinite scroll goes
(html/stacked.py), a live entry's time in its <header> stays (content._entry_stamps), a label
over the headline goes (the kicker), a paywall's offer box goes and a body named after the
paywall stays (html.toml keywords.linked)."""

from __future__ import annotations

from cleaner.html import read_html

PARAGRAPH = "The council voted on Wednesday to keep the ferry running through the winter months, {}."


def _lines(page: str) -> list[str]:
    return read_html(page, "page.html").text.splitlines()


def _story(tag: str, title: str, words: tuple[str, ...]) -> str:
    paragraphs = "".join(f"<p>{PARAGRAPH.format(word)}</p>" for word in words)
    return f'<article class="post"><header><{tag}>{title}</{tag}></header><div class="content">{paragraphs}</div></article>'


def _stacked(second_tag: str = "h2") -> str:
    first = _story("h1", "Harbor Town keeps its ferry", ("alpha", "bravo", "charlie"))
    second = _story(second_tag, "School adds free breakfast", ("delta", "echo", "foxtrot"))
    return f'<html><body><main><div class="infinite">{first}<div>Next Article</div>{second}</div></main></body></html>'


def test_the_story_scrolled_in_under_the_article_goes():
    lines = _lines(_stacked())
    assert lines[0] == "Harbor Town keeps its ferry"
    assert any("charlie" in line for line in lines)
    assert not any("delta" in line or "School adds" in line for line in lines)


def test_stories_stay_together_when_none_or_both_hold_an_h1():
    both = _lines(_stacked(second_tag="h1"))
    assert any("alpha" in line for line in both) and any("foxtrot" in line for line in both)
    live = "".join(_story("h3", f"Update {n}", (f"entry{n}a", f"entry{n}b")) for n in range(3))
    lines = _lines(f"<html><body><h1>Storm live</h1><main><div>{live}</div></main></body></html>")
    assert all(any(f"entry{n}a" in line for line in lines) for n in range(3))


def _live(stamp_tag: str = "header", card: str = "<p>{}</p>") -> str:
    entries = "".join(
        f'<li class="entry"><{stamp_tag} class="entry-time">{time}</{stamp_tag}><div>{card.format(PARAGRAPH.format(word))}</div></li>'
        for time, word in (("16:45", "alpha"), ("15:20", "bravo"), ("13:05", "charlie"))
    )
    return f"<html><body><article><h1>Storm, live</h1><ul>{entries}</ul></article></body></html>"


def test_a_live_entry_keeps_the_time_its_header_holds():
    lines = _lines(_live())
    assert [line for line in lines if line in ("16:45", "15:20", "13:05")] == ["16:45", "15:20", "13:05"]
    assert lines[lines.index("16:45") + 1].endswith("alpha.")


def test_a_teaser_card_date_in_a_header_stays_chrome():
    cards = _live(card='<h3><a href="/story">{}</a></h3><p>' + PARAGRAPH.format("summary") + "</p>")
    assert "16:45" not in _lines(cards)


def test_a_label_over_the_headline_goes_a_sentence_stays():
    body = "".join(f"<p>{PARAGRAPH.format(word)}</p>" for word in ("alpha", "bravo"))
    label = _lines(f'<html><body><article><span class="rubric">Opinion</span><h1>Keep the ferry</h1>{body}</article></body></html>')
    assert label[0] == "Keep the ferry" and "Opinion" not in label
    sentence = _lines(f"<html><body><article><p>Read this.</p><h1>Keep the ferry</h1>{body}</article></body></html>")
    assert "Read this." in sentence


def test_page_scope_keeps_short_lines_above_the_article():
    """Only a label inside the article goes: the page's own short lines above it stay in page scope."""
    body = "".join(f"<p>{PARAGRAPH.format(word)}</p>" for word in ("alpha", "bravo"))
    page = (f'<html><body><div class="top"><p>Weather today</p><p>Sunny 21C</p></div>'
            f"<article><h1>Keep the ferry</h1>{body}</article></body></html>")
    whole = read_html(page, "page.html", scope="page").text.splitlines()
    assert "Weather today" in whole and "Sunny 21C" in whole
    assert not {"Weather today", "Sunny 21C"} & set(_lines(page))


def test_the_paywall_box_goes_and_a_body_named_after_it_stays():
    body = "".join(f"<p>{PARAGRAPH.format(word)}</p>" for word in ("alpha", "bravo", "charlie"))
    box = ('<div class="paywall"><h3>Keep reading with Plus</h3><ul><li>Unlimited articles on every device</li>'
           '<li>The e-paper every morning</li></ul><a href="/subscribe">Subscribe now for one dollar</a></div>')
    page = (f'<html><body><article><h1>Keep the ferry</h1><p class="paywall-fade">{PARAGRAPH.format("teaser")}</p>'
            f'<div class="paywall-content">{body}</div>{box}</article></body></html>')
    lines = _lines(page)
    assert any("teaser" in line for line in lines) and any("charlie" in line for line in lines)
    assert not any("Unlimited articles" in line or "Subscribe now" in line for line in lines)
