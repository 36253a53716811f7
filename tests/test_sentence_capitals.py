"""A sentence's names do not make it page chrome (prose.sentence_capitals, helper q14).

A capitalised share is what marks menus, link lists and headlines; a sentence naming an agency,
its acronym and a road holds as many capitals, and closing a page under an embedded post it was
cut off with the page's furniture. Inside a sentence, a name's later words count as one name.
"""

from __future__ import annotations

from cleaner import clean_text
from cleaner.rules.prose import paragraph_signals, sentence_capitals
from cleaner.rules.settings import load_settings

SETTINGS = load_settings().scorer
STOPWORDS = frozenset("the a an of to in on at by for and or but it its is was be would before after said".split())

_TRAFFIC = """Traffic
Traffic alert: N1 closed at Grasmere toll after truck fire
Traffic alert: N1 closed at Grasmere toll after truck fire
06 December 2026 - 08:14
By Staff Reporter
The N1 southbound has been closed at the Grasmere toll plaza after a truck carrying timber caught fire early on Sunday morning.
Johannesburg Metro Police Department (JMPD) spokesperson Xolani Fihla said no one was injured, but motorists should expect delays of up to two hours.
Traffic is being diverted onto the R553 Golden Highway. Motorists heading to Vereeniging are advised to use the R82 instead.
WATCH | Video of the fire shared on social media
Video shows thick black smoke over the N1 pic.twitter.com/Ab3dEfGh12
— Traffic SA (@TrafficSA) December 6, 2026
The South African National Roads Agency (Sanral) said the road surface would be inspected before it reopens.
For the latest traffic updates, follow us on X and download the TimesLIVE app.
Get breaking news delivered to your WhatsApp. Join our channel here.
Related Articles
Taxi strike brings Pretoria CBD to a halt
Hijacking hotspots: the roads to avoid this festive season
"""


def _capitals(text: str) -> tuple[float, float]:
    signals = paragraph_signals(text, STOPWORDS)
    return signals["capitalised"], sentence_capitals(signals, SETTINGS)


def test_a_sentence_counts_a_name_once() -> None:
    plain, scored = _capitals("The South African National Roads Agency (Sanral) said the road surface would be inspected before it reopens.")
    assert plain > 0.4 and scored < 0.1


def test_lines_without_a_sentence_end_keep_every_capital() -> None:
    for line in (
        "Taxi strike brings Pretoria CBD to a halt in the Gauteng Province",  # a headline
        "Apple AirPods Pro already discounted as the Big Amazon Echo Show 8 deal goes on...",  # a teaser cut off
        "NFL suspends Myles Garrett for the rest of the year at a minimum by the League (130)",  # a count
    ):
        plain, scored = _capitals(line)
        assert scored == plain


def test_a_short_or_wordless_line_keeps_every_capital() -> None:
    for line in ("Home News Sport Business.", "Ascom Sites Global English Asia Australia Belgium Denmark France Italy Norway."):
        plain, scored = _capitals(line)
        assert scored == plain


def test_the_last_paragraph_under_an_embedded_post_stays() -> None:
    text = clean_text(_TRAFFIC).text
    assert "The South African National Roads Agency (Sanral) said the road surface would be inspected" in text
    assert "Motorists heading to Vereeniging" in text
    for junk in ("WATCH |", "pic.twitter.com", "(@TrafficSA)", "follow us on X", "WhatsApp", "Related Articles", "Taxi strike"):
        assert junk not in text
