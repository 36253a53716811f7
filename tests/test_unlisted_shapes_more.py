"""Pages in languages no rule file knows, second round (helper U): cues that hold whatever the language.

A "read also" link set off by a spaced dash or bar goes only when the page repeats its headline
(a caption's "Name - role" has the same shape); an Ethiopic colon ends a label; the article goes
on under a repeated link even in short sentences; a date written with its words, or a place and
a day, is the byline's, not the headline; in a script without capitals a short line between the
headline and its date is the byline; a name may hold particles ("van der"); an app's pitch over
the stores' names goes without a heading; a box's heading may be longer than its labels; a date
by its shape under a headline that scores as prose is the byline's.
Fixtures: fixtures/general yo_1 gu_1 mr_1 ti_1 pa_1 hyw_1 om_1 ig_1 xh_1 mt_2 mk_2 af_2 my_1.
"""

from __future__ import annotations

from cleaner import clean_text
from cleaner.rules.prose import paragraph_signals
from cleaner.rules.settings import load_settings
from cleaner.rules.date_lines import date_shaped
from cleaner.rules.shapes import name_like
from cleaner.segment import segment
from cleaner.types import Document
from shape_support import page as _page
from shape_support import rules as _rules

DASHED = "આ પણ વાંચો - સોનાના ભાવમાં ફરી ઉછાળો"


def _line(line: str) -> tuple[Document, object]:
    doc = segment(Document(id="d", text=line))
    doc.paragraphs[0].signals.update(paragraph_signals(line, frozenset()))
    return doc, doc.paragraphs[0]


def test_a_dashed_link_goes_when_the_page_repeats_its_headline():
    page = _page("gu_1.txt")
    assert _rules(page)[DASHED] == "score.inline-link"
    alone = page.replace("\nસોનાના ભાવમાં ફરી ઉછાળો\n", "\n")
    assert DASHED in clean_text(alone).text.splitlines()


def test_an_ethiopic_colon_ends_a_label():
    assert _rules(_page("ti_1.txt"))["ተወሳኺ ኣንብቡ፦ ዋጋ ነዳዲ ብዘይተጸበናዮ ወሲኹ"] == "score.inline-link"


def test_short_sentences_under_a_repeated_link_stay_with_the_article():
    """Western Armenian sentences of 11 and 7 words under "Կարդացէք նաեւ՝ ...": the related box
    repeats the link's headline, and the article's last two paragraphs are no longer lost."""
    kept = clean_text(_page("hyw_1.txt")).text
    assert "Ծնողները իրենց գոհունակութիւնը յայտնեցին նոր շէնքին համար։" in kept
    assert "Կարդացէք նաեւ՝" not in kept


def test_a_date_written_with_its_words_is_known_by_its_shape():
    s = load_settings().scorer
    dates = ("Ọjọ́ Àìkú, 6 Oṣù Kejìlá 2026", "Ku wa 5 Ukuboza 2026 saa 10:15", "ਲੁਧਿਆਣਾ, 5 ਦਸੰਬਰ", "અમદાવાદ, તા. 5 ડિસેમ્બર", "ሕዳር 26, 2019")
    for line in dates:
        assert date_shaped(*_line(line), s), line
    for line in ("Sensex jumps 500 points", "Elections 2026: what the polls say", "Ahmedabad, Surat and Vadodara", "Top 10 films of 2026 so far"):
        assert not date_shaped(*_line(line), s), line


def test_a_name_may_hold_particles_a_headline_may_not():
    s = load_settings().scorer
    for line in ("Deur Pieter van der Merwe", "Door Jan de Vries", "Jean de La Fontaine", "By Khalid bin Ahmed"):
        assert name_like(*_line(line), s), line
    for line in ("Guerra de Ucrania", "Return of the King Tour", "Pieter van der Merwe wen", "Édition du Pays de Lorient"):
        assert not name_like(*_line(line), s), line


def test_a_caseless_byline_between_headline_and_date_goes():
    """"प्रतिनिधी, पुणे" (staff reporter, Pune) over a date: the headline above them opens the page."""
    kept = clean_text(_page("mr_1.txt")).text
    assert kept.startswith("पुण्यात मेट्रोचा नवा मार्ग खुला\n\n")
    assert "प्रतिनिधी, पुणे" not in kept


PITCH = "Преземете ја апликацијата на Вести.мк и читајте ги најважните вести и кога сте без интернет."


def test_an_app_pitch_over_the_stores_names_goes_without_a_heading():
    assert _rules(_page("mk_2.txt"))[PITCH] == "score.form-box"


def test_an_article_sentence_over_the_stores_names_stays():
    """A sentence naming the article's subject (the bakers' subsidy) is the article's."""
    sentence = "Пекарите ќе можат да ги пријават субвенциите преку апликацијата на Министерството за економија."
    kept = clean_text(_page("mk_2.txt").replace(PITCH, sentence)).text
    assert sentence in kept


def test_a_newsletter_box_under_a_heading_of_four_words_goes():
    rules = _rules(_page("xh_1.txt"))
    for line in ("Bhalisela incwadana yethu yeendaba", "Fumana iindaba eziphambili qho ekuseni kwi-imeyile yakho.", "Idilesi ye-imeyile"):
        assert rules[line] == "score.form-box", line


def test_a_date_under_a_headline_that_scores_as_prose_goes():
    """A Myanmar headline ends on nothing and scores as prose, so the body opened with it and kept
    the date under it; on a page whose language has no stopword list, a date by its shape is the
    byline's evidence, and the headline goes back to being the title."""
    kept = clean_text(_page("my_1.txt")).text
    assert kept.startswith("ရန်ကုန်မြို့တွင် လျှပ်စစ်ဘတ်စ်ကားများ ထပ်မံတိုးချဲ့မည်\n\n")
    assert "ဒီဇင်ဘာ ၄၊ ၂၀၂၆" not in kept


def test_a_last_section_under_its_subheading_is_no_box():
    """A travel piece written in sections ("Kaffeehäuser", "Anreise") ends on one more ("Unterkunft"
    over its one sentence) above two of the site's links: a heading over a sentence over labels,
    a box's shape, but the article's subheadings above it make it the last section
    (forms._subheaded). Without the subheadings above, the same lines are a box."""
    sections = ["Kaffeehäuser", "Das Caffè San Marco ist seit 1914 Treffpunkt von Schriftstellern und Studenten aus der ganzen Stadt.",
                "Anreise", "Von Wien fährt der Railjet in gut sieben Stunden direkt nach Triest, von München mit Umstieg."]
    last = ["Unterkunft", "Doppelzimmer in der Altstadt gibt es im Winter ab 90 Euro."]
    lead = ["Triest im Winter: Kaffeehäuser, Bora und ein Hauch von Wien am Meer", "Von Sabine Kogler",
            "Wer Triest im Dezember besucht, hat die Stadt fast für sich allein, nur die Bora bläst manchmal sehr stark.",
            "Seile werden dann an den Gehsteigen gespannt, damit sich Fußgänger festhalten können, erzählen die Triestiner gern."]
    links = ["Mehr Reiseziele", "Newsletter: Fernweh"]
    kept = clean_text("\n".join(lead + sections + last + links) + "\n").text
    assert "Unterkunft\n\nDoppelzimmer in der Altstadt" in kept
    rules = _rules("\n".join(lead + last + links) + "\n")
    assert rules["Unterkunft"] == "score.form-box"
