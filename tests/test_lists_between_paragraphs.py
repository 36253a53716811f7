"""Short-line runs between an article's paragraphs: its own list (a lead ending in a colon over
unpunctuated or capitalised items, names, steps) must stay whole and must not cut the page in
two; a related box between paragraphs may stay, but the article above it must not be lost
(framed.story_runs, introduced.introduced_rows)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.pipeline import clean_text
from cleaner.rules.config import RulesConfig
from cleaner.rules.framed import _fact_rows
from cleaner.rules.prose import paragraph_signals
from cleaner.rules.settings import load_settings
from cleaner.types import Document, Paragraph, Segment

HOSPITAL = """News
Health
Hospital trust told to cut A&E waits after damning inspection
By Emma Roberts, Health Correspondent
5 December 2026
Inspectors have ordered a hospital trust in the West Midlands to cut waiting times in its emergency department after finding patients left on trolleys in corridors for more than 30 hours.
The Care Quality Commission rated the emergency department at Walsall Manor Hospital inadequate following an unannounced visit in October.
The report makes three recommendations:
Open a separate assessment unit for frail elderly patients
Hire at least 20 more emergency nurses by the spring
Publish daily corridor care figures on the trust's website
Chief executive Ned Hobbs said the trust was "deeply sorry" and had already begun recruiting nurses.
"We know this is not the care our patients deserve, and we will not hide from that," he said.
The CQC will return to the hospital within six months to check on progress.
Share
Related Topics
NHS
Walsall
"""

LICENCE_FEE = """Startseite
Ratgeber
Verbraucher
Rundfunkbeitrag: So beantragen Studierende die Befreiung
Von Jana Becker
03.12.2026, 08:00 Uhr
Teilen
Studierende, die BAföG beziehen und nicht mehr bei ihren Eltern wohnen, können sich vom Rundfunkbeitrag befreien lassen, doch viele wissen das nicht.
Nach Angaben des Beitragsservice stellen jedes Jahr nur etwa 60.000 Studierende einen Antrag, obwohl deutlich mehr Anspruch hätten.
Für die Befreiung sind drei Schritte nötig:
Antragsformular auf der Webseite des Beitragsservice ausfüllen
BAföG-Bescheid als Kopie beilegen
Unterlagen per Post oder online einreichen
Die Befreiung gilt für die Dauer des Bewilligungszeitraums und muss danach neu beantragt werden.
Wer den Antrag zu spät stellt, bekommt die Befreiung rückwirkend nur für höchstens drei Jahre.
Mehr zum Thema
Rundfunkbeitrag steigt 2027 auf 18,94 Euro
BAföG: Neue Freibeträge ab Wintersemester
© Stuttgarter Zeitung
"""

STOLLEN = """Startseite
Sachsen
Striezelmarkt: Bäckerei backt täglich 2000 Stollen
Von Katrin Lehmann
05.12.2026, 10:30 Uhr
Teilen
Die Bäckerei Wippler in Dresden backt in der Adventszeit jeden Tag rund 2000 Dresdner Christstollen, so viele wie nie zuvor.
Inhaber Tobias Wippler zeigt bei einem Rundgang die Zutaten, die dafür jeden Morgen bereitstehen:
400 Kilogramm Mehl
250 Kilogramm Butter
180 Kilogramm Rosinen
60 Kilogramm Zitronat und Orangeat
Die Rosinen werden schon am Vorabend in Rum eingelegt, damit sie saftig bleiben.
„Beim Stollen darf man nicht sparen, sonst schmeckt man es sofort“, sagt Wippler.
Nach dem Backen muss jeder Stollen mindestens zwei Wochen ruhen, bevor er verkauft wird.
Der Striezelmarkt hat noch bis zum 24. Dezember geöffnet.
Mehr zum Thema
Dresdner Stollenfest: Riesenstollen wiegt vier Tonnen
© Sächsische Zeitung
"""


@pytest.mark.parametrize(
    ("page", "first", "last", "junk"),
    [
        pytest.param(HOSPITAL, "Inspectors have ordered", "Publish daily corridor", "Related Topics", id="en-capitalised-items"),
        pytest.param(LICENCE_FEE, "Studierende, die BAföG", "Unterlagen per Post", "Mehr zum Thema", id="de-capitalised-steps"),
        pytest.param(STOLLEN, "Die Bäckerei Wippler", "60 Kilogramm", "Mehr zum Thema", id="de-sentence-lead-over-rows"),
    ],
)
def test_an_own_list_under_a_colon_keeps_the_page_above_it(page: str, first: str, last: str, junk: str) -> None:
    """A capitalised list (or figures under a sentence-long lead, which scores as no prose
    without its full stop) between paragraphs cut the page in two: all above it was lost."""
    lines = page.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    end = next(i for i, line in enumerate(lines) if line.startswith(last))
    out = clean_text(page).text
    for line in lines[start : end + 1]:
        assert line in out
    assert junk not in out


FOG_BRIEF = """Aktuality.sk
Správy
Domáce
Zahraničné
Ekonomika
Šport
Hmla ochromila letisko v Bratislave
Lety meškajú aj niekoľko hodín
TASR
sobota 6. 12. 2026 12:40
Zdieľať na Facebooku
Zdieľať na X
Kopírovať odkaz
Hustá hmla v sobotu ochromila prevádzku Letiska M. R. Štefánika v Bratislave.
Viaceré lety boli presmerované do Viedne, iné meškajú aj tri hodiny.
Na letisku v Košiciach pribudne nová odletová hala
Vlaky medzi Bratislavou a Viedňou budú jazdiť častejšie
Hmla komplikovala dopravu aj na diaľnici D1
Letisko odporúča cestujúcim sledovať aktuálne informácie na webe.
Meteorológovia predpokladajú, že hmla sa rozplynie až v nedeľu.
Pridajte si Aktuality.sk medzi obľúbené zdroje na Google
Máte tip na článok? Napíšte nám
Copyright © 2026 Ringier Slovakia Media s.r.o.
"""


def test_a_brief_keeps_its_top_over_a_headingless_box() -> None:
    """Four short sentences, three teaser headlines between the second and the third: the box's
    words made the page no brief, and its first sentence and headline were lost. Counted as no
    brief's words, the brief grows over its first sentence (the box stays: no heading tells it)."""
    out = clean_text(FOG_BRIEF).text
    assert out.startswith("Hmla ochromila letisko v Bratislave")
    for sentence in ("Hustá hmla v sobotu", "Letisko odporúča", "Meteorológovia predpokladajú"):
        assert sentence in out
    assert "Zdieľať" not in out and "Copyright" not in out


CROSSING = """Startseite
Region
Lokales
Bahnübergang Kirchstraße: Stadt plant Unterführung für Radfahrer
Von Martin Vogt
04.12.2026, 17:45 Uhr
Artikel teilen
Die Stadt Oberhausen will den Bahnübergang Kirchstraße durch eine Unterführung für Fußgänger und Radfahrer ersetzen.
Offen sind laut Planungsamt noch drei Fragen:
Finanzierung durch Bund und Deutsche Bahn
Lage der neuen Rampen auf dem Schulgelände
Umleitung des Busverkehrs während der Bauzeit
Baudezernentin Sabine Lauer rechnet damit, dass die Bauarbeiten frühestens 2029 beginnen.
Der Bauausschuss berät am kommenden Dienstag über die Pläne.
Mehr zum Thema
Bahn saniert Strecke zwischen Oberhausen und Wesel
© WAZ Oberhausen
"""


def test_a_list_its_lead_announces_needs_no_word_shared_below() -> None:
    """German compounds share no stem across the list ("Bahnübergang", "Baudezernentin"): a lead
    of a sentence's length ending in a colon ties the list to the text by itself."""
    out = clean_text(CROSSING).text
    assert "Die Stadt Oberhausen will" in out and "Offen sind laut Planungsamt" in out
    assert "Finanzierung durch Bund" in out and "Umleitung des Busverkehrs" in out
    assert "Mehr zum Thema" not in out


ROOFS = """Skip to content
News
Council to pay £1.2m for school roof repairs
By Ben Carter
4 December 2026
Derby City Council will spend £1.2 million repairing the roofs of four primary schools after inspectors found water damage in classrooms.
The work will be carried out during the Easter and summer holidays so that lessons are not disrupted, the council said.
Most Read
Man jailed for attack outside Derby nightclub
New bus station cafe opens
Rams fans warned over fake tickets
Snow forecast for the Peak District
Derby market hall reopens after repairs
The four schools are Ashgate, Dale, Lawn and Brackensdale primary schools, where buckets have been used to catch leaks for more than a year.
Council leader Nadine Peatfield said the repairs were overdue and that parents had been "very patient".
Tags: Derby, schools
Share this article
"""


def test_a_titled_box_of_five_headlines_does_not_cut_the_page() -> None:
    """Its title and five headlines made six short lines, too many for a story run; the body
    started under them and the headline and first two paragraphs were lost. The title heads the
    run; the block marker then takes the box alone (markers._story_resumes)."""
    out = clean_text(ROOFS).text
    assert out.startswith("Council to pay £1.2m for school roof repairs\n\nDerby City Council will spend")
    assert "The four schools are Ashgate" in out and "very patient" in out
    for junk in ("Most Read", "Man jailed", "Derby market hall", "Tags:", "Share this"):
        assert junk not in out


SCHOOLS = """Home
Local
Three Kerry schools win national science awards
By Siobhán Daly
December 5, 2026
Three schools in Co Kerry have won prizes at the national Young Science Explorers awards, which were presented in Dublin on Thursday.
The winning schools were
Scoil Naomh Eirc, Kilmoyley
Gaelscoil Faithleann, Killarney
Presentation Primary School, Listowel
The pupils at Kilmoyley built a weather station that sends readings to the school's website every ten minutes.
Teacher Máire O'Connor said the children had worked on the project since September.
"They learned more about maths from this than from any textbook," she said.
Share
Most Read
Killarney hotel sold for €20m
"""


def test_names_under_a_lead_the_scrape_lost_its_colon_stay_whole() -> None:
    """Title Case names under a lead without its colon: the page lost its headline, its lead and
    two of the three names; the sentence under them names the first school again."""
    out = clean_text(SCHOOLS).text
    assert out.startswith("Three Kerry schools win national science awards\n\nThree schools in Co Kerry")
    for line in ("The winning schools were", "Scoil Naomh Eirc, Kilmoyley", "Gaelscoil Faithleann, Killarney", "Presentation Primary School, Listowel"):
        assert line in out
    assert "Most Read" not in out and "Killarney hotel" not in out


def test_without_sentences_above_to_share_a_stem_the_names_split_the_page_again(tmp_path: Path) -> None:
    """`story_stem_sentences` is what lets the names weigh nothing: at 0 no sentence above shares
    a stem with the one under them, and the page is cut under the names as before (its headline,
    its lead and two names lost)."""
    settings = tmp_path / "scorer.toml"
    settings.write_text("[scorer]\nstory_stem_sentences = 0\n", encoding="utf-8")
    out = clean_text(SCHOOLS, Config(rules=RulesConfig(settings_file=str(settings)))).text
    assert "Three Kerry schools win national science awards" not in out and "Scoil Naomh Eirc, Kilmoyley" not in out


def test_a_spec_box_between_an_intro_and_a_subheading_stays_with_the_article() -> None:
    """"Specifications" over "Label: value" rows holding figures, then the next section's
    subheading: the sentence under the subheading shares no word with the one-paragraph intro, so
    the run counted as chrome and the headline and intro were lost (framed._fact_rows)."""
    intro = "The Zelo Buds Pro bring active noise cancellation that would have cost three times as much two years ago, and they mostly deliver."
    rows = ["Specifications", "Drivers: 12.4mm dynamic", "Battery: 8 hours (buds), 40 hours with case", "Bluetooth: 5.4", "Price: ₹4,499"]
    rest = ["Design and comfort", "The case is pocketable but picks up scratches easily, and the stem design sits securely during a run.",
            "Sound and ANC", "Bass is punchy without drowning the vocals, and traffic noise fades once cancellation is switched on."]
    headline = "Zelo Buds Pro review: Great noise cancellation for under ₹5,000"
    out = clean_text("\n".join(["Tech", headline, "By Karan Mehta", "Updated: Dec 7, 2026, 10:30 IST", intro, *rows, *rest]) + "\n").text
    assert out.startswith(f"{headline}\n\n{intro}\n\n" + "\n\n".join(rows))


def _rows_document(rows: list[str]) -> tuple[Document, list[int]]:
    """A document of one line per row, each line one paragraph of one segment."""
    text, pars = "", []
    for row in rows:
        pars.append(Paragraph(len(text), len(text) + len(row), [Segment(len(text), len(text) + len(row))]))
        text += row + "\n"
    return Document(id="rows", text=text, paragraphs=pars), list(range(len(rows)))


@pytest.mark.parametrize(
    ("value", "figure"), [("120 m²", True), ("m²", False), ("①", False), ("١٢٠ جرام", True), ("१२ घंटे", True), ("5.4", True)]
)
def test_a_spec_row_holds_a_figure_as_the_scorer_counts_digits(value: str, figure: bool) -> None:
    """framed._fact_rows takes a row for a fact when it holds a decimal digit, the scorer's
    `digits` signal's figure (prose.HAS_DIGIT): a superscript or a circled number alone is none."""
    rows = [f"Drivers: {value}", "Battery: 8 hours", "Bluetooth: 5.4", "Price: ₹4,499"]
    doc, items = _rows_document(rows)
    assert _fact_rows(doc, items, load_settings().scorer) is figure
    assert (paragraph_signals(rows[0], frozenset())["digits"] > 0) is figure


POOL = """Accueil
Actualités
Nantes : la piscine Léo-Lagrange fermera deux ans pour travaux
Par Claire Martin
6 décembre 2026
La piscine Léo-Lagrange, la plus fréquentée de Nantes, fermera ses portes le 1er février pour une rénovation complète.
Le chantier doit durer deux ans et coûtera 18 millions d'euros, selon la métropole.
Tramway : la ligne 2 interrompue tout le week-end entre Commerce et Orvault
Un incendie détruit un entrepôt de meubles dans la zone industrielle
Marché de Noël : les commerçants satisfaits malgré la pluie persistante
Les clubs de natation seront accueillis dans les bassins voisins pendant cette période.
Certains entraîneurs craignent cependant des créneaux trop tardifs pour les enfants.
Partager
© Ouest Actu 2026
"""


def test_a_headingless_box_inside_the_first_story_does_not_cut_it() -> None:
    """Three teasers between the lead's two sentences and two more sharing no stem with them: the
    page was cut at the box and the two sentences under it were lost. Under the page's headline
    and lead, over sentences that go on, the box weighs nothing (framed._box_in_lead) and stays."""
    out = clean_text(POOL).text
    assert out.startswith("Nantes : la piscine Léo-Lagrange fermera deux ans pour travaux\n\nLa piscine Léo-Lagrange")
    assert "Les clubs de natation seront accueillis" in out and out.rstrip().endswith("trop tardifs pour les enfants.")
    assert "Partager" not in out and "©" not in out


def test_with_more_sentences_asked_under_the_box_the_page_is_cut_there_again(tmp_path: Path) -> None:
    """`story_lower_min_sentences` is what keeps the two sentences under the box: asked for more
    (and fewer words under the box than above it), the cut sheds them as before."""
    settings = tmp_path / "scorer.toml"
    settings.write_text("[scorer]\nstory_lower_min_sentences = 99\n", encoding="utf-8")
    out = clean_text(POOL, Config(rules=RulesConfig(settings_file=str(settings)))).text
    assert out.startswith("Nantes : la piscine") and "Les clubs de natation" not in out


BRIEFING = """Home
Briefing
Morning briefing: Monday 7 December
Rail strike called off after late-night talks
Train drivers have called off next week's strike after a late-night meeting with rail operators produced a new pay offer.
The union said members would vote on the offer before Christmas.
Ferry fares to rise by 6% in January as operator blames fuel costs
Police appeal for witnesses after late-night crash near the old quay
New bakery opens in former bank building on the high street
Heavy rain expected across the north-west
Forecasters have issued a yellow warning for parts of Cumbria and Lancashire, where up to 80mm could fall by Wednesday.
Drivers are urged to check conditions before setting out.
Museum reopens after two-year refurbishment
The Harris Museum in Preston opens its doors again on Saturday with a new gallery for local history.
Entry remains free for all visitors.
Share
© 2026 North West Daily
"""


def test_a_box_between_the_stories_of_a_briefing_still_cuts_the_page() -> None:
    """The first story's headline sits under the page's own ("Morning briefing: ..."): a page of
    several stories, whose next one may open under the box with a headline sharing no stem with
    its lead. The box is not weighed as nothing there: the page is cut at it, as before."""
    out = clean_text(BRIEFING).text
    assert not ("Train drivers have called off" in out and "Forecasters have issued" in out)
