"""An author's bio under a column goes, and a press release's closing "About <company>" box,, in every language (rules/bio.py): the gold bodies of the
article-extraction benchmark leave it out, as they leave out the byline. The evidence is the
byline: the last paragraph opens with the name a byline line above the body holds. A last
paragraph opening with another name, or with a name only the headline holds, stays; so does an
article sentence opening "About" ("About 400 people worked...", "À propos de la réforme...")."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.pipeline import clean_text

PROBES = Path(__file__).resolve().parent / "author_bio_pages.txt"


def _pages() -> list[tuple[str, str, str, str]]:
    """(language, page, its last article sentence, its bio) from author_bio_pages.txt: pages
    separated by a line "=== <lang>", the last article line and the bio as the page's two last lines."""
    pages = []
    for block in PROBES.read_text(encoding="utf-8").split("=== ")[1:]:
        lang, _, page = block.partition("\n")
        lines = [line for line in page.splitlines() if line.strip()]
        pages.append((lang.strip(), page, lines[-2], lines[-1]))
    return pages


@pytest.mark.parametrize("lang, page, last, bio", _pages(), ids=[p[0] for p in _pages()])
def test_the_authors_bio_under_a_column_goes(lang: str, page: str, last: str, bio: str) -> None:
    out = clean_text(page + "Share\nComments\n").text
    assert last in out
    assert bio not in out


def test_a_last_paragraph_naming_someone_else_stays() -> None:
    """The byline's author is not the person the last paragraph opens with."""
    page = next(p for lang, p, _, _ in _pages() if lang == "en")
    lines = page.rstrip("\n").split("\n")
    other = "Graham Pike is due to publish the port authority's own figures in the spring."
    out = clean_text("\n".join([*lines[:-1], other]) + "\n").text
    assert other in out


def test_a_last_paragraph_opening_with_a_name_the_headline_holds_stays() -> None:
    """A review's headline names the product; its verdict opens with that name (no byline)."""
    page = (
        "Tests\nFalkon Seven review: two days of battery, a camera that struggles at night\nBy Mark Linden\n"
        "The Falkon Seven is the first phone this year that we could use for two full days without a charger. "
        "Its display is bright, smooth and easy to read in sunlight.\n"
        "The camera is the weak point. At night, pictures are noisy and details smear, even with the night mode on.\n"
        "Charging is fast: half an hour takes the battery from empty to seventy per cent, which is better than most rivals.\n"
        "Falkon Seven owners will get five years of updates, longer than the company has promised before.\n"
    )
    out = clean_text(page).text
    assert "Falkon Seven owners will get five years of updates" in out


@pytest.mark.parametrize(
    "lang, last",
    [
        ("en-unnamed", "The author is due in court on Monday."),
        ("en-unnamed", "The authors are planning a larger trial next year."),
        ("fr-unnamed", "L'auteur est toujours en fuite."),
        ("es-unnamed", "El autor es un vecino de 45 años."),
    ],
)
def test_a_last_sentence_about_an_author_or_perpetrator_stays(lang: str, last: str) -> None:
    """The language files' `author_openings` are a bio's first words, never those of a news
    story's last line about a book's author or a crime's perpetrator."""
    page = next(p for code, p, _, _ in _pages() if code == lang)
    lines = page.rstrip("\n").split("\n")
    out = clean_text("\n".join([*lines[:-1], last]) + "\n").text
    assert last in out


def test_an_unnamed_bio_needs_a_byline_and_the_bodys_end() -> None:
    """Without a byline above the body, or followed by article text, "The author is a..." stays."""
    page = next(p for code, p, _, _ in _pages() if code == "en-unnamed")
    lines = page.rstrip("\n").split("\n")
    bio = lines[-1]
    unsigned = [line for line in lines if not line.startswith("By ")]
    assert bio in clean_text("\n".join(unsigned) + "\n").text
    inside = [*lines[:-2], bio, lines[-2]]
    assert bio in clean_text("\n".join(inside) + "\n").text


RELEASES = Path(__file__).resolve().parent / "about_box_pages.txt"
# (language, the box's heading, its sentence's opening, article sentences opening like a heading)
ABOUT = [
    ("en", "About Nordlicht Energy", "Nordlicht Energy is a leading", ["About 400 people worked on the installation"]),
    ("fr", "À propos de Fromagerie Bellerive", "Fondée en 1952", ["À propos de la réforme de l'appellation"]),
    ("de", "Über die Stadtwerke Talbrück", "Die Stadtwerke Talbrück GmbH versorgen", ["Über die Preissenkung werden"]),
    ("es", "Acerca de Aceites Sierra Mágina", "Aceites Sierra Mágina es una cooperativa", ["Acerca de la campaña, la empresa"]),
    ("it", "Informazioni su Pastificio Valtrebbia", "Pastificio Valtrebbia è un'azienda", ["La produzione partirà a pieno regime"]),
    # over a forward-looking-statements notice (a block marker: the rest of the page goes) and the contacts
    ("en2", "About Kestrel Biotherapeutics", "Private Securities Litigation", ["About 6% of patients in the treatment arm"]),
    # a heading naming nobody ("About the company", company_labels) over a sentence opening with a name the release wrote above
    ("sl", "O družbi", "Luka Koper d. d. je edino", ["Družba bo v prihodnjem letu nadaljevala"]),
    ("lv", "Par uzņēmumu", "Latvijas Finieris ir viens", ["Jaunajā ražotnē tiks radītas 150 darba vietas."]),
    # a heading naming the issuer before its label ("{name} hakkında", "{name} buruz"), in Basque with the name's case ending
    ("eu", "Oronari buruz", "Orona igogailuen sektoreko", ["Kontratazio gehienak ingeniaritza"]),
    ("tr", "Arçelik Hakkında", "Arçelik, 12 markası", ["Fabrikada 1.200 kişi çalışacak"]),
]


@pytest.mark.parametrize("lang, heading, box, article", ABOUT, ids=[a[0] for a in ABOUT])
def test_a_press_releases_about_box_goes_and_about_sentences_stay(lang: str, heading: str, box: str, article: list[str]) -> None:
    pages = {b.partition("\n")[0].strip(): b.partition("\n")[2] for b in RELEASES.read_text(encoding="utf-8").split("=== ")[1:]}
    out = clean_text(pages[lang]).text
    assert heading not in out and box not in out
    for sentence in article:
        assert sentence in out


def test_a_german_closing_subheading_naming_a_noun_is_no_about_box() -> None:
    """"Über die Reform" names a noun after its article (capitalised in German), not a company."""
    body = [
        "Die Stadt Talbrück hat am Dienstag eine Reform der Müllabfuhr beschlossen, die ab März für alle Haushalte gilt.",
        "Künftig wird die Biotonne wöchentlich geleert, die Restmülltonne nur noch alle drei Wochen.",
        "Der Gemeinderat stimmte mit großer Mehrheit für den Vorschlag der Verwaltung, nur zwei Räte waren dagegen.",
        "Über die Reform",
        "Die Reform soll die Gebühren um rund zehn Prozent senken, sagte der Bürgermeister.",
    ]
    out = clean_text("\n".join(["Müllabfuhr wird neu geregelt", "Von Jan Petersen", *body]) + "\n").text
    assert "Über die Reform" in out and "Die Reform soll die Gebühren" in out


def test_an_obituarys_life_dates_line_stays() -> None:
    """The subject's life dates under an obituary (obituary.life_dates_tail): no sentence, yet the
    article's; it opens with the name the article uses, which a caption's credit also held."""
    body = [
        "Hans Adler, der am Montag im Alter von 88 Jahren gestorben ist, hat in Köln drei Kinos vor dem Abriss bewahrt.",
        "Er kaufte 1979 das Lichtspielhaus am Ring, als die Stadt es schon aufgegeben hatte, und zeigte dort vierzig Jahre lang Filme.",
        "Seine Programme waren eigenwillig: Stummfilme mit Orgel, japanische Klassiker, und jeden Sonntag ein Film für Kinder.",
        "Er hinterlässt seine Frau Ingrid und zwei Söhne, die das Kino weiterführen wollen.",
    ]
    dates = "Hans Adler, geboren am 4. April 1938 in Köln, gestorben am 30. November 2026"
    top = ["Nachrichten", "Kultur", "Nachruf: Hans Adler, der Mann, der Kölns Kinos rettete", "Von Petra Lang", "05.12.2026",
           "Hans Adler 2019 in seinem Kino. Foto: Privat"]
    out = clean_text("\n".join([*top, *body, dates, "Mehr zum Thema", "Kinosterben in NRW", "Impressum"]) + "\n").text
    assert out.endswith(f"{body[-1]}\n\n{dates}\n")


def test_a_french_about_box_naming_the_company_after_its_article_goes() -> None:
    """"À propos de la Sonatel": one capitalised word after a lower-case article is a noun in
    German ("Über die Reform", above) but a name in a language writing its nouns in lower case;
    the release's box about its issuer goes (bio._heading_name, lower_nouns)."""
    body = [
        "Dakar, 7 décembre 2026 – La Sonatel a annoncé ce lundi le lancement de son offre de fibre optique dans douze villes secondaires.",
        "L'opérateur prévoit de raccorder 60.000 foyers d'ici fin 2027, pour un investissement de 45 milliards de francs CFA.",
        "« Nous voulons que le très haut débit ne soit plus un privilège de Dakar », a déclaré le directeur général lors d'une conférence de presse.",
    ]
    box = ["À propos de la Sonatel", "Opérateur historique des télécommunications au Sénégal, la Sonatel est présente dans cinq pays."]
    out = clean_text("\n".join(["La Sonatel lance la fibre dans 12 villes", "Par La Rédaction", *body, *box]) + "\n").text
    assert body[-1] in out
    assert not any(line in out for line in box)


_OUTLET_BYLINE_PAGE = (
    "Winnipeg care home to open new dementia wing in spring after two-year delay\n"
    "{byline}\n"
    "Posted: Dec 07, 2026 6:00 AM CST | Last Updated: 2 hours ago\n"
    "A long-delayed dementia wing at Winnipeg's Riverside Manor care home is now set to open in April, the province says.\n"
    "The $38-million expansion will add 120 beds for people living with dementia, along with a secure garden on each floor.\n"
    "Construction was supposed to wrap up in 2024, but the project was held up by a dispute with the original contractor.\n"
    "The wing will be staffed by about 90 health-care aides and nurses, and hiring starts in January.\n"
    "ABOUT THE AUTHOR\n"
    "Rachel Tetreault covers health care and seniors' issues in Manitoba. You can reach her at rachel.tetreault@example.ca.\n"
)


@pytest.mark.parametrize("byline", ["Rachel Tetreault · Prairie News", "Rachel Tetreault | Prairie News"])
def test_a_bio_under_a_name_and_outlet_byline_goes(byline: str) -> None:
    """The byline "Name · Outlet" has the shape of a site's name over its section ("Le Parisien ·
    Faits divers"), which a navigation rule removes: next to the date line, the name before the
    separator is still the byline the bio repeats (bio._name_side)."""
    out = clean_text(_OUTLET_BYLINE_PAGE.format(byline=byline)).text
    assert "hiring starts in January." in out
    assert "Rachel Tetreault covers health care" not in out


def test_a_name_and_outlet_line_names_only_its_first_side() -> None:
    """The name after the separator ("Prairie News · Rachel Tetreault") is no byline's first side:
    the last paragraph opening with it stays (no other evidence of a byline holds it)."""
    out = clean_text(_OUTLET_BYLINE_PAGE.format(byline="Prairie News · Rachel Tetreault")).text
    assert "Rachel Tetreault covers health care" in out
