"""Short lines at an article's edges that say its facts: a when-and-where line over the price
closing an event article (practical.event_line), a price's floor word that is no offer
(scorer.toml offer_words), a shop name told from a cons item (shop.shop_names), a fact-check's
verdict box over the body (verdict.verdict_head). Each with the page furniture of the same shape
that must still go."""

from __future__ import annotations

from cleaner.pipeline import clean_text

_HEAD = "Kulturportal Lindenau\nStartseite\nKultur\nMusik\nJazz im Stadtpark: Das Trio Kessler spielt wieder unter freiem Himmel\nVon Marta Hinz\n05.12.2026, 09:10 Uhr\n"
_BODY = (
    "Nach zwei Jahren Pause kehrt das Trio Kessler in den Stadtpark zurück. Die drei Musiker haben für den Abend ein Programm aus eigenen Stücken und alten Standards zusammengestellt.\n"
    "Beim letzten Auftritt kamen mehr als tausend Zuhörer, viele brachten Decken und Picknickkörbe mit. Die Veranstalter rechnen in diesem Jahr mit ähnlich vielen Gästen.\n"
    "Bei Regen wird das Konzert in die Stadthalle verlegt, die Karten behalten ihre Gültigkeit.\n"
)
_FOOT = "Artikel teilen\nSchlagworte: Jazz, Stadtpark, Konzert\nMehr aus Kultur\nTheater zeigt neues Stück über die Stadtgeschichte\nBibliothek verlängert Öffnungszeiten im Advent\n"


def _cleaned(closing: str) -> str:
    return clean_text(_HEAD + _BODY + closing + _FOOT).text


def test_when_and_where_line_stays_with_the_price_under_it():
    cleaned = _cleaned("Samstag, 20 Uhr, Stadtpark, Bühne am See\nEintritt: 18 Euro, ermäßigt 12 Euro\n")
    assert "Samstag, 20 Uhr, Stadtpark, Bühne am See\n\nEintritt: 18 Euro, ermäßigt 12 Euro" in cleaned
    assert "Artikel teilen" not in cleaned


def test_when_and_where_line_under_the_price_stays_too():
    cleaned = _cleaned("Eintritt: 18 Euro\nSamstag, 20 Uhr, Stadtpark\n")
    assert "Eintritt: 18 Euro\n\nSamstag, 20 Uhr, Stadtpark" in cleaned


def test_when_and_where_line_without_a_price_is_no_practical_run():
    """Nothing anchors a dated line alone over the share row: a teaser's date looks the same."""
    cleaned = _cleaned("Samstag, 20 Uhr, Stadtpark, Bühne am See\n")
    assert "Samstag, 20 Uhr" not in cleaned
    assert cleaned.rstrip().endswith("die Karten behalten ihre Gültigkeit.")


def test_an_offer_saying_only_is_no_price_but_a_floor_is():
    assert "Nur 9 €" not in _cleaned("Digital-Abo: Nur 9 €\n")
    assert "Eintritt: ab 12 Euro" in _cleaned("Eintritt: ab 12 Euro\n")


_REVIEW = """Home Tech Weekly
Home
Reviews
Kelvo Pour Review: A Smart Kettle With A Slow App
By Ruth Akers
December 2, 2026
Our verdict
4 out of 5
Pros
Accurate to one degree
Quiet boil
Cons
Small 1-litre capacity
{last}
£89.99 at Currys
£94.99 at Argos
The Kelvo Pour costs £89.99 and lets you set the water temperature from 40C to 100C in one-degree steps, which matters for green tea.
In our tests it held the chosen temperature within one degree for the full hour of its keep-warm mode, and it was quieter than a standard kettle.
The companion app works, but it took up to ten seconds to connect each time we opened it.
Share this article
Facebook
"""


def test_a_cons_item_repeating_a_title_case_headline_word_is_no_shop_name():
    cleaned = clean_text(_REVIEW.format(last="Slow app")).text
    assert "Small 1-litre capacity\n\nSlow app" in cleaned
    assert "£89.99 at Currys" not in cleaned


def test_the_product_name_over_the_price_rows_still_goes():
    cleaned = clean_text(_REVIEW.format(last="App is slow to connect\nKelvo Pour")).text
    assert "App is slow to connect" in cleaned
    assert "Kelvo Pour\n" not in cleaned and "£94.99 at Argos" not in cleaned


_FACT_CHECK = """FactCheck Northwest
Home
Fact checks
No, the county is not closing all its libraries next year
By Megan Ortiz
December 6, 2026
{box}A post shared thousands of times on Facebook claims the county will close all 14 of its libraries in 2027 to save money.
The county's draft budget does propose cutting opening hours at four branches, and merging two small branches in the north of the county.
But no closures of the other libraries are planned, a spokesperson told us, and the budget has not yet been approved.
Share
Facebook
More fact checks
Did the council really ban bonfires?
"""


def test_a_verdict_box_over_the_body_stays():
    cleaned = clean_text(_FACT_CHECK.format(box="Our rating\nMisleading\n")).text
    assert cleaned.startswith("No, the county is not closing all its libraries next year\n\nOur rating\n\nMisleading\n\nA post shared")


def test_a_heading_over_a_word_that_is_no_rating_is_no_verdict_box():
    cleaned = clean_text(_FACT_CHECK.format(box="Most read\nLibraries\n")).text
    assert "Most read" not in cleaned and "Libraries\n" not in cleaned
