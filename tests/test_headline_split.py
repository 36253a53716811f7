"""The headline and the line under it (title.py _split_title_and_standfirst).

A headline may be longer than the line under it (an interview's long headline over a short
subtitle): when nothing kept sits above it (page chrome the rules removed), it is the headline.
A short line over rule-removed chrome (the site's name over its menu) is no headline for the
line under it. The two must sit right under each other."""

from __future__ import annotations

from cleaner.pipeline import clean_text
from cleaner.rules.prose import paragraph_signals
from cleaner.rules.settings import load_settings
from cleaner.rules.shapes import title_shaped
from cleaner.segment import segment
from cleaner.types import Document

BODY = [
    "Von Katrin Oltmanns",
    "04.12.2026, 17:05 Uhr",
    "Herr Hollmann, Ihre Werft hat in diesem Jahr nur zwei neue Aufträge bekommen. Wie ernst ist die Lage für die Beschäftigten?",
    "Hollmann: Sie ist ernst, aber nicht hoffnungslos. Wir haben volle Auftragsbücher bis Ende 2028, das verschafft uns Zeit.",
    "Die Konkurrenz aus China baut Schiffe um ein Drittel billiger. Wie wollen Sie da mithalten, wenn die Kunden auf jeden Euro schauen?",
    "Hollmann: Nicht über den Preis. Wir bauen Spezialschiffe, Forschungsschiffe und Fähren mit alternativen Antrieben.",
    "Artikel teilen", "Impressum",
]
HEADLINE = "Werftchef Hollmann über die Krise im Schiffbau, die Konkurrenz aus Asien und warum er an Bremerhaven glaubt"
SUBTITLE = "Ein Gespräch über Aufträge und Arbeitsplätze"


def test_a_headline_longer_than_its_subtitle_stays_the_headline() -> None:
    out = clean_text("\n".join(["Startseite", "Wirtschaft", "E-Paper", HEADLINE, SUBTITLE, *BODY]) + "\n").text
    assert out.startswith(f"{HEADLINE}\n\n{SUBTITLE}\n\n")


def test_the_site_name_over_a_removed_menu_is_no_headline() -> None:
    headline = "Werftchef Hollmann: Die Krise im Schiffbau ist ernst, aber nicht hoffnungslos"
    lines = ["Weserbote – Nachrichten für Bremen und das Umland", "Startseite", "Wirtschaft", "E-Paper", headline, *BODY]
    assert clean_text("\n".join(lines) + "\n").text.startswith(f"{headline}\n\n")


def test_a_short_line_over_the_byline_is_no_headline() -> None:
    """A short title-shaped line right above the byline (a kicker, a box's heading) was taken for
    the title, and the headline above it lost; the line itself is the article's and stays."""
    headline = "Neue Rheinbrücke: Bauarbeiten verzögern sich um ein weiteres Jahr"
    standfirsts = [["Der Landesbetrieb nennt Probleme mit dem Baugrund als Grund. Pendler müssen sich weiter auf Staus einstellen."],
                   ["Der Landesbetrieb nennt Probleme mit dem Baugrund als Grund für die Verzögerung"], []]
    for standfirst in standfirsts:
        out = clean_text("\n".join(["Startseite", "Lokales", headline, *standfirst, "Pendler ärgern sich", *BODY]) + "\n").text
        assert out.startswith("\n\n".join([headline, *standfirst, "Pendler ärgern sich"]) + "\n\n"), out[:300]


def test_a_label_between_headline_and_date_leaves_the_lead_to_the_body() -> None:
    """A label no rule knows between a press release's headline and its date line ("Kabar
    kampung" over "Jakarta, 6 Desember 2026") stopped the lead's sentences joining the body
    (lead.lead_under_headline): the page lost its headline and first two paragraphs."""
    from pathlib import Path

    fixtures = Path(__file__).parent.parent / "fixtures" / "general"
    lines = (fixtures / "id_115.txt").read_text(encoding="utf-8").split("\n")
    at = lines.index("Jakarta, 6 Desember 2026")
    out = clean_text("\n".join([*lines[:at], "Kabar kampung", *lines[at:]])).text
    assert out == (fixtures / "expected" / "id_115.txt").read_text(encoding="utf-8")


def test_a_headline_of_five_words_over_a_standfirst_and_a_date_is_the_headline() -> None:
    """A German headline of five words (compounds: "Stromanbieter", "Jahreswechsel") under a
    section's label, over a standfirst written as a sentence and the byline's date: no far title,
    so the walk passed it and the page had no headline (title_lines.short_headline). A menu's
    label has no standfirst under it, and a kicker under a headline stays the kicker."""
    headline = "Stromanbieter erhöhen Preise zum Jahreswechsel"
    standfirst = "Mehr als 200 Grundversorger kündigen für Januar deutliche Aufschläge an."
    lines = ["Wirtschaft", "Verbraucher", headline, standfirst, *BODY[1:]]
    assert clean_text("\n".join(lines) + "\n").text.startswith(f"{headline}\n\n{standfirst}\n\n{BODY[2]}")
    kicker = "Pendler ärgern sich"
    lines = ["Wirtschaft", "Neue Rheinbrücke: Bauarbeiten verzögern sich um ein weiteres Jahr", kicker, standfirst, *BODY[1:]]
    assert clean_text("\n".join(lines) + "\n").text.startswith("Neue Rheinbrücke: Bauarbeiten verzögern sich um ein weiteres Jahr\n\n")


def test_a_short_headline_over_a_summary_without_a_full_stop_stays_when_cleaned_again() -> None:
    """A headline of five words over a summary with no full stop, over the byline: both lines are
    title-shaped and the walk took the summary for the title (the headline went as a label). The
    byline tells them apart on the page; in the output, cleaned again, the headline opening the
    text does, so the output is a fixed point. A kicker over a headline joined by a dash or colon
    is no such pair ("Stormvarning längs västkusten", fixtures sv_85)."""
    headline = "Stromanbieter erhöhen Preise zum Jahreswechsel"
    summary = "Mehr als 200 Grundversorger kündigen Aufschläge an"
    lines = ["Wirtschaft", "Verbraucher", headline, summary, "Von Katrin Vogel", "07.12.2026, 08:15 Uhr", *BODY[2:]]
    out = clean_text("\n".join(lines) + "\n").text
    assert out.startswith(f"{headline}\n\n{summary}\n\n{BODY[2]}"), out[:200]
    assert clean_text(out).text == out


COLUMN = [
    "Every few months a town council somewhere decides that the answer to empty shops is cheaper parking. It rarely works.",
    "Studies from the past decade have repeatedly found that shopkeepers overestimate how many of their customers arrive by car.",
    "What brings people back to a town centre is a reason to linger: a library that opens on Sundays, a market, benches.",
    "None of this is expensive compared with a multistorey car park. It only requires councils to think of the high street as a place.",
]


def test_a_headline_of_two_short_statements_stays_the_headline() -> None:
    """A columnist's headline is often two short statements on full stops (shapes._two_statements:
    each half two words or more, the second capitalised, `title_question_max_words` in all); a
    line of two sentences was no headline's shape and the page opened on the lead."""
    headline = "Our high streets don't need more parking. They need more reasons to stay."
    out = clean_text("\n".join(["Opinion", "Columnists", headline, "Helen Okafor", "Sat 7 Dec 2026 07.00 GMT", "Share", "342", *COLUMN]) + "\n").text
    assert out.startswith(headline + "\n\n" + COLUMN[0])



def test_a_longer_pair_or_a_one_word_half_is_no_headline_shape() -> None:
    """Past `title_question_max_words` words two sentences are a teaser's summary; a caption's
    "Photo: Jane Doe. Reuters." has a one-word half; a lower-case second half is no sentence."""
    settings = load_settings().scorer
    for line, shaped in [
        ("Our high streets don't need more parking. They need more reasons to stay.", True),
        ("Councils keep cutting parking charges in the hope of filling shops. The evidence says it rarely works at all.", False),
        ("Photo: Jane Doe. Reuters.", False),
        ("Prices rose 3 p.c. in the year to March.", False),
    ]:
        doc = segment(Document(id="d", text=line))
        doc.paragraphs[0].signals.update(paragraph_signals(line, frozenset()))
        assert title_shaped(doc, doc.paragraphs[0], settings) is shaped, line


FAQ = [
    "Wann kommt der neue Bescheid?",
    "Die meisten Gemeinden verschicken die Bescheide im Januar und Februar. Die erste Zahlung wird in der Regel am 15. Februar fällig.",
    "Kann ich Einspruch einlegen?",
    "Ja, innerhalb eines Monats nach Erhalt des Bescheids. Ein Einspruch schiebt die Zahlung aber nicht auf.",
    "Wird die Grundsteuer auf Mieter umgelegt?",
    "Ja, sie gehört zu den Betriebskosten und kann über die Nebenkostenabrechnung umgelegt werden.",
]


def test_an_explainers_first_question_under_its_standfirst_stays_in_the_body() -> None:
    """The first question over its answer, right under the standfirst, took the title (a question
    is a headline's shape) and the headline and standfirst went; with another question between the
    answers below it is the first subheading (openers.question_headline)."""
    headline, standfirst = "Grundsteuer 2027: Was Eigentümer jetzt wissen müssen", "Ab Januar gelten in vielen Gemeinden neue Hebesätze, die Eigentümer oft mehr kosten."
    out = clean_text("\n".join(["Ratgeber", headline, "Von Petra Schubert", "07.12.2026, 09:00 Uhr", standfirst, *FAQ, "Mehr zum Thema Steuern"]) + "\n").text
    assert out.startswith(f"{headline}\n\n{standfirst}\n\n{FAQ[0]}\n\n{FAQ[1]}")


def test_a_question_headline_over_a_single_answer_stays_the_title() -> None:
    """No other question below: the question right above the body is the page's headline."""
    question = "Wann kommt der neue Grundsteuerbescheid für Eigentümer?"
    out = clean_text("\n".join(["Ratgeber", question, "Von Petra Schubert", FAQ[1], FAQ[3], "Mehr zum Thema Steuern"]) + "\n").text
    assert out.startswith(question + "\n\n" + FAQ[1])
