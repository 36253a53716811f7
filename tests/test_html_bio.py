"""An opinion piece's closing line about its author goes when the page names that author (its
byline box, the `author` meta or a JSON-LD author, html/bio.py); the line stays when the article
names the person elsewhere (the story's subject), when the page names no such author, or when
it is longer than a bio."""

from __future__ import annotations

from cleaner.html import read_html

BODY = "".join(
    f"<p>{sentence} Wer neu kommt, wartet im Schnitt sieben Wochen auf einen Ausweis der Tafel.</p>"
    for sentence in ("Vor zwanzig Jahren kamen 80 Menschen.", "Heute sind es 460.", "Die Politik muss handeln.")
)
BIO = "Jana Wolff leitet seit 2011 die Tafel Kitzingen."


def _page(byline: str = '<p class="byline">Von Jana Wolff</p>', head: str = "", body: str = BODY, bio: str = BIO) -> str:
    return (f"<html><head>{head}</head><body><article><h1>Die Tafeln dürfen nicht der Sozialstaat werden</h1>{byline}"
            f'<div class="text">{body}<p><i>{bio}</i></p></div></article></body></html>')


def _lines(page: str) -> list[str]:
    return read_html(page, "page.html").text.splitlines()


def test_the_bio_goes_with_a_byline_box_or_a_stated_author():
    assert BIO not in _lines(_page())
    assert BIO not in _lines(_page(byline="", head='<meta name="author" content="Jana Wolff">'))
    ld = '<script type="application/ld+json">{"@type": "OpinionNewsArticle", "author": [{"@type": "Person", "name": "Jana Wolff"}]}</script>'
    assert BIO not in _lines(_page(byline="", head=ld))


def test_the_line_stays_without_an_author_or_when_the_article_names_the_person():
    assert BIO in _lines(_page(byline=""))
    assert BIO in _lines(_page(body=BODY + "<p>Jana Wolff sagt, die Lage werde jeden Monat schwieriger für alle.</p>"))
    long_bio = BIO + " " + " ".join(["Sie sitzt im Landesvorstand der bayerischen Tafeln."] * 6)
    assert long_bio in _lines(_page(bio=long_bio))
