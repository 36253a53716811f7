"""The article's last part under an ad label or a one-line "read also" link (rules/resume.py):
short lines that score low (a subheading, questions and answers, a list) then a closing sentence
join the body; the same lines without that evidence, or under a box of teaser links, do not."""

from __future__ import annotations

from cleaner.pipeline import clean_text

_HEAD = """Lõunaleht
Uudised
Majandus
Tartu kesklinna parklad muutuvad järgmisest aastast tasuliseks
Kristi Mägi
5. detsember 2026, 14:10
Tartu linnavalitsus otsustas neljapäeval, et alates 1. märtsist muutuvad kõik kesklinna avalikud parklad tasuliseks ka laupäeviti.
Abilinnapea sõnul aitab muudatus vähendada autode hulka kesklinnas ja suunab inimesi bussidesse.
"Kesklinn peab olema eelkõige jalakäijate jaoks. Tasuta parkimine ei ole tasuta, selle eest maksavad kõik linlased," ütles abilinnapea Tõnis Kuusk.
"""
_PART = """Mida muudatus tähendab?
Kui palju parkimine maksab?
Tund maksab kesklinnas 1,80 eurot.
Kas elanikele tehakse erand?
Kesklinna elanikud saavad taotleda soodsama kuukaardi.
"""
_CLOSING = "Ettevõtjad kardavad, et kliente jääb kesklinnas veelgi vähemaks.\n"
_FOOT = """Foto: Margus Ansu
Märksõnad
Tartu, parkimine, linnavalitsus
Jaga artiklit
Kommentaarid (48)
Lõunaleht. Kõik õigused kaitstud.
"""


def test_the_part_under_an_ad_label_and_a_link_stays():
    text = clean_text(_HEAD + "REKLAAM\n" + _PART + "Vaata ka:\nTartu bussiliinid muutuvad jaanuarist\n" + _CLOSING + _FOOT).text
    for line in ("Mida muudatus tähendab?", "Kesklinna elanikud saavad taotleda soodsama kuukaardi.", _CLOSING.strip()):
        assert line in text
    assert "REKLAAM" not in text and "Tartu bussiliinid muutuvad jaanuarist" not in text


def test_the_output_cleaned_again_keeps_it():
    """Without the ad label and the link (steps.settle cleans the output again) the part stays."""
    first = clean_text(_HEAD + "REKLAAM\n" + _PART + "Vaata ka:\nTartu bussiliinid muutuvad jaanuarist\n" + _CLOSING + _FOOT).text
    assert clean_text(first).text == first


def test_a_box_of_teaser_links_is_no_evidence():
    """A heading over three teaser links is the page's box: what follows it is not the article
    resumed (no ad label above)."""
    box = "Vaata ka:\nTartu bussiliinid muutuvad jaanuarist\nPärnu sadam saab uue kai\nTallinna trammiliin pikeneb\n"
    text = clean_text(_HEAD + _PART + box + _CLOSING + _FOOT).text
    assert _CLOSING.strip() not in text


def test_a_follow_call_over_the_last_sentence_is_the_pages():
    """With no ad label nor link, a page ending on a call and one sentence ends its article above
    them: no line bridged there is a sentence, a question or a list's colon."""
    page = _HEAD + "Jälgi Lõunalehte sotsiaalmeedias\nLõunaleht on Lõuna-Eesti suurim päevaleht, mis ilmub igal tööpäeval.\n"
    text = clean_text(page).text
    assert "Jälgi Lõunalehte sotsiaalmeedias" not in text


def test_a_closing_sentence_right_under_a_box_right_under_the_body_stays():
    """A box of links set right under the article's last paragraph, and right under it one short
    sentence over the photo credit: the article's last sentence (resume._closing_under_box). With
    lines between the body and the box (the test above), the box is the page's."""
    box = "Vaata ka:\nTartu bussiliinid muutuvad jaanuarist\nPärnu sadam saab uue kai\nTallinna trammiliin pikeneb\n"
    text = clean_text(_HEAD + box + _CLOSING + _FOOT).text
    assert text.rstrip().endswith(_CLOSING.strip())
    assert "Pärnu sadam saab uue kai" not in text
