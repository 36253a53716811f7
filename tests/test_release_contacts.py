"""A press release's closing contact block ("Kontakt:" over the name, the desk, a phone, an
e-mail) goes with the "About <name>" box right above it (bio._contact_lines); with no such box it
stays, as an article's contact lines do ("Auskunft: Tel. ..." in local news). An EQS/DGAP
release's service sentence and closing line head the issuer's table (de.aggregator.eqs-dienstesatz):
the rest of the page goes with them. The HTML page shows it: its main content keeps the lines the
text reading leaves outside the body."""

from __future__ import annotations

from pathlib import Path

from cleaner.config import Config
from cleaner.run import RunOptions, run

_ABOUT = (
    "<p><strong>Über die Talbrück Solar AG</strong><br>Die Talbrück Solar AG mit Sitz in Freiburg entwickelt "
    "Wechselrichter und Speichersysteme und beschäftigt 640 Mitarbeitende.</p>\n"
)
_RELEASE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>EQS-News: Talbrück Solar AG erhält Großauftrag aus Spanien | Finanznachrichten</title></head>
<body>
<header><nav><a href="/">Startseite</a> <a href="/aktien">Aktien</a> <a href="/news">News</a></nav></header>
<main>
<article>
<div class="kicker">EQS-News</div>
<h1>Talbrück Solar AG erhält Großauftrag über 80 Megawatt aus Spanien</h1>
<p class="meta">07.12.2026 / 09:15 CET/CEST</p>
<p class="disc">Für den Inhalt der Mitteilung ist der Emittent / Herausgeber verantwortlich.</p>
<hr>
<p>Freiburg, 7. Dezember 2026 – Die Talbrück Solar AG hat einen Auftrag über die Lieferung von Wechselrichtern für einen Solarpark mit 80 Megawatt Leistung in Andalusien erhalten.</p>
<p>Das Auftragsvolumen liegt nach Unternehmensangaben im mittleren zweistelligen Millionenbereich. Die Auslieferung beginnt im zweiten Quartal 2027.</p>
<p>„Der Auftrag ist der größte in unserer Firmengeschichte“, sagte Vorstandschefin Miriam Kessler.</p>
<p>Das Unternehmen bestätigt seine Prognose für das laufende Geschäftsjahr.</p>
<p><strong>Über die Talbrück Solar AG</strong><br>Die Talbrück Solar AG mit Sitz in Freiburg entwickelt Wechselrichter und Speichersysteme und beschäftigt 640 Mitarbeitende.</p>
<p><strong>Kontakt:</strong><br>Talbrück Solar AG<br>Jonas Reuter<br>Investor Relations<br>Tel.: +49 761 555 2040<br>E-Mail: ir@talbrueck-solar.example</p>
<hr>
<p>07.12.2026 CET/CEST Die EQS Distributionsservices umfassen gesetzliche Meldepflichten, Corporate News/Finanznachrichten und Pressemitteilungen.</p>
<table>
<tr><td>Sprache:</td><td>Deutsch</td></tr>
<tr><td>Unternehmen:</td><td>Talbrück Solar AG</td></tr>
<tr><td></td><td>Hafenstraße 12</td></tr>
<tr><td></td><td>79100 Freiburg</td></tr>
<tr><td>Telefon:</td><td>+49 761 555 2000</td></tr>
<tr><td>ISIN:</td><td>DE000A2TSOL1</td></tr>
<tr><td>Börsen:</td><td>Regulierter Markt in Frankfurt (Prime Standard)</td></tr>
</table>
<p>Ende der Mitteilung EQS News-Service</p>
</article>
</main>
<footer><p>© 2026 Finanznachrichten</p></footer>
</body></html>
"""
_LAST = "Das Unternehmen bestätigt seine Prognose für das laufende Geschäftsjahr."
_CONTACTS = ["Kontakt:", "Jonas Reuter", "Investor Relations", "Tel.: +49 761 555 2040"]


def _cleaned(tmp_path: Path, html: str) -> str:
    page = tmp_path / "in" / "release.html"
    page.parent.mkdir()
    page.write_text(html, encoding="utf-8")
    summary = run([page], Config(), RunOptions(output=tmp_path / "out"))
    assert not summary.problems
    return (tmp_path / "out" / "release.txt").read_text(encoding="utf-8")


def test_a_releases_about_box_contacts_and_issuer_table_go(tmp_path: Path) -> None:
    assert _ABOUT in _RELEASE
    out = _cleaned(tmp_path, _RELEASE)
    assert out.endswith(_LAST + "\n"), out[-400:]
    for junk in ("Über die Talbrück Solar AG", *_CONTACTS, "Sprache:", "DE000A2TSOL1", "Ende der Mitteilung"):
        assert junk not in out


def test_contact_lines_without_an_about_box_stay(tmp_path: Path) -> None:
    out = _cleaned(tmp_path, _RELEASE.replace(_ABOUT, ""))
    assert _LAST in out
    for line in _CONTACTS:
        assert line in out
    assert "DE000A2TSOL1" not in out


_CONTACT_PAGES = {
    "es": (
        "Contacto de prensa",
        "El Ayuntamiento de Zaragoza construirá cuatro nuevos kilómetros de carril bici en el barrio del Actur a partir de febrero.",
        "La inversión asciende a 2,3 millones de euros, financiados en parte con fondos europeos.",
        ["Marta Gil", "Gabinete de Comunicación", "Tel.: 976 72 11 00"],
    ),
    "it": (
        "Ufficio stampa",
        "Il Comune di Bergamo e ATB hanno annunciato il potenziamento delle linee notturne, che dal 15 gennaio circoleranno anche il giovedì.",
        "Il servizio costerà circa 600 mila euro all'anno e sarà finanziato in parte dalla Regione.",
        ["Francesca Rota", "Ufficio comunicazione ATB", "Tel. 035 236 026"],
    ),
    "pt": (
        "Assessoria de imprensa",
        "A Câmara Municipal do Porto vai alargar o horário das bibliotecas municipais, que passam a abrir aos sábados à tarde.",
        "O reforço implica a contratação de doze técnicos e custará cerca de 350 mil euros por ano.",
        ["Ana Sousa", "Gabinete de Comunicação", "Tel.: 222 097 000"],
    ),
    "en": (
        "Press office",
        "Leeds City Council will fund breakfast clubs at 40 more primary schools from January, bringing the total to 112.",
        "The expansion will cost £1.2 million a year and is funded from the council's public health budget.",
        ["Sarah Patel", "Communications team", "Tel: 0113 378 6004"],
    ),
    "de": (
        "Pressestelle",
        "Die Stadtwerke Lörrach bauen ihr Fernwärmenetz im Stadtteil Stetten weiter aus und schließen bis 2028 rund 420 Haushalte an.",
        "Die Investitionssumme beträgt nach Angaben des Unternehmens rund 11,5 Millionen Euro, die Hälfte davon trägt das Land.",
        ["Sabine Wehrle", "Unternehmenskommunikation", "Telefon 07621 4108-230"],
    ),
}


def _release_page(lang: str, label: str, lead: str, last: str, contact: list[str]) -> str:
    lines = "<br>".join(contact)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{lead[:40]}</title></head><body>'
        f"<main><article><h1>{lead[:60]}</h1><p>{lead}</p><p>{last}</p>"
        f"<p><strong>{label}</strong><br>{lines}</p></article></main></body></html>"
    )


def test_a_media_contact_label_heads_the_contact_block_with_or_without_its_colon(tmp_path: Path) -> None:
    """es/it/pt had the label as a line rule or none, en lacked "Press office", de "Pressestelle":
    the HTML reading kept the name, desk and phone under the label (the text reading's scorer
    happened to leave them out)."""
    for lang, (label, lead, last, contact) in _CONTACT_PAGES.items():
        for colon in ("", ":"):
            where = tmp_path / f"{lang}{colon and '_colon'}"
            where.mkdir()
            out = _cleaned(where, _release_page(lang, label + colon, lead, last, contact))
            assert out.endswith(last + "\n"), (lang, colon, out[-300:])


def test_a_contact_block_without_a_colon_goes_with_the_about_box_above_it(tmp_path: Path) -> None:
    """A label without its colon ("Kontakt") straight under the About box's sentence opens the
    contact block as "Kontakt:" does (bio._contact_lines); without the box the lines stay."""
    release = _RELEASE.replace("<strong>Kontakt:</strong><br>Talbrück Solar AG<br>", "<strong>Ansprechpartner</strong><br>")
    assert release != _RELEASE
    out = _cleaned(tmp_path, release)
    assert out.endswith(_LAST + "\n"), out[-400:]
    for junk in ("Über die Talbrück Solar AG", "Ansprechpartner", "Jonas Reuter", "Investor Relations"):
        assert junk not in out


_LOERRACH = """Stadtwerke Lörrach erweitern Fernwärmenetz im Stadtteil Stetten

Lörrach, 3. Dezember 2026 – Die Stadtwerke Lörrach bauen ihr Fernwärmenetz im Stadtteil Stetten weiter aus. Bis Ende 2028 sollen rund 420 zusätzliche Haushalte angeschlossen werden.

Die Arbeiten beginnen im März in der Wiesentalstraße und werden abschnittsweise fortgesetzt. Sperrungen werden jeweils zwei Wochen vorher angekündigt.

„Mit dem Ausbau kommen wir unserem Ziel einer klimaneutralen Wärmeversorgung ein gutes Stück näher“, sagte Geschäftsführer Martin Kessler.

Die Investitionssumme beträgt nach Angaben der Stadtwerke rund 11,5 Millionen Euro.

Über die Stadtwerke Lörrach

Die Stadtwerke Lörrach versorgen rund 50.000 Menschen mit Strom, Gas, Wärme und Trinkwasser und beschäftigen 310 Mitarbeitende.

Pressekontakt

Sabine Wehrle

Telefon 07621 4108-230
"""


def test_a_releases_last_short_sentence_over_its_about_box_stays() -> None:
    """The release's last sentence scores as weakly as the About box's (German nouns' capitals):
    with the box under it, no rule removal made it the closing sentence, and it went with the
    box (bio.about_closing); the box and the contact block still go."""
    from cleaner.pipeline import clean_text

    out = clean_text(_LOERRACH).text
    assert out.endswith("Die Investitionssumme beträgt nach Angaben der Stadtwerke rund 11,5 Millionen Euro.\n"), out[-300:]
    for junk in ("Über die Stadtwerke Lörrach", "versorgen rund 50.000", "Pressekontakt", "Sabine Wehrle"):
        assert junk not in out


_GENERIC_LABELS = {"es": "Contacto", "it": "Contatti", "pt": "Contacto", "en": "Contact", "de": "Kontakt"}


def test_contact_lines_under_a_generic_label_the_rules_remove_go(tmp_path: Path) -> None:
    """A generic label ("Contact", "Kontakt": a menu's section name too, removed as one) over the
    name, desk and phone at the page's end: the text reading leaves the lines outside the body,
    and the HTML reading kept them as the main content's (contacts.contact_tail)."""
    for lang, label in _GENERIC_LABELS.items():
        _, lead, last, contact = _CONTACT_PAGES[lang]
        where = tmp_path / lang
        where.mkdir()
        out = _cleaned(where, _release_page(lang, label, lead, last, contact))
        assert out.endswith(last + "\n"), (lang, out[-300:])


def test_a_generic_label_under_the_about_box_takes_its_contact_lines_along(tmp_path: Path) -> None:
    release = _RELEASE.replace("<strong>Kontakt:</strong><br>Talbrück Solar AG<br>", "<strong>Kontakt</strong><br>")
    assert release != _RELEASE
    out = _cleaned(tmp_path, release)
    assert out.endswith(_LAST + "\n"), out[-400:]
    for junk in ("Über die Talbrück Solar AG", "Jonas Reuter", "Investor Relations"):
        assert junk not in out
