"""An article's lines next to what rules remove around them: a short closing sentence under an
embedded post's furniture (blocks._over_embeds, scorer.toml closing_over_categories), an
article sentence between two app promos (box_lines._box_line, box_sentence_categories), and a
labelled photo credit holding pipes, which is no breadcrumb (common.navigation.breadcrumb)."""

from __future__ import annotations

from pathlib import Path

from cleaner.config import Config
from cleaner.pipeline import clean_text
from cleaner.rules import RulesConfig

HEAD = (
    "Panorama\n"
    "Bergdorf im Allgäu sperrt Zufahrt für Tagestouristen an Wochenenden\n"
    "Die Gemeinde Oberjoch will an Wochenenden im Winter nur noch Anwohnern und Hotelgästen die Zufahrt mit dem "
    "Auto erlauben. Der Gemeinderat stimmte am Montagabend mit knapper Mehrheit für den Plan.\n"
    "Ausgelöst hatte die Debatte ein Video eines Reisebloggers, der kilometerlange Staus vor dem Ortseingang zeigt.\n"
)
CLOSING = "Die Regel gilt zunächst bis Ende März."
EMBED = "Inhalt von Bluesky anzeigen\nEmpfohlener externer Inhalt\n"
FOLLOW = "Folgen Sie uns auf Threads und Bluesky\n"
MIDDLE = "Darauf haben sich Bund und Länder am Mittwoch bei einem Treffen in Berlin geeinigt, wie das Ministerium mitteilte."
PROMOS = (
    "Deutschlandticket kostet ab Januar 63 Euro\n"
    "Berlin (dpa) - Die Bundesregierung will das Deutschlandticket auch 2027 weiterführen, der Preis soll aber "
    "auf 63 Euro im Monat steigen.\n"
    "Jetzt die App herunterladen und nichts mehr verpassen!\n"
    f"{MIDDLE}\n"
    "Push-Benachrichtigungen aktivieren\n"
    "Der Fahrgastverband Pro Bahn kritisierte die Erhöhung. Mit jeder Preissteigerung verliere das Ticket Kunden, "
    "sagte ein Sprecher.\n"
)


def _rules(result) -> dict[str, str]:
    text = result.document.text
    return {text[start:end].strip(): removal.rule for start, end, removal in result.removals}


def test_a_short_closing_sentence_under_an_embeds_furniture_stays() -> None:
    result = clean_text(HEAD + EMBED + CLOSING + "\n" + FOLLOW)
    assert CLOSING in result.text
    assert "Bluesky anzeigen" not in result.text and "Folgen Sie uns" not in result.text


def test_without_the_embed_categories_the_closing_sentence_is_cut(tmp_path: Path) -> None:
    """The setting is what keeps it: with no category to pass over, the walk stops at the embed."""
    settings = tmp_path / "scorer.toml"
    settings.write_text("[scorer]\nclosing_over_categories = []\n", encoding="utf-8")
    config = Config(rules=RulesConfig(settings_file=str(settings)))
    assert CLOSING not in clean_text(HEAD + EMBED + CLOSING + "\n" + FOLLOW, config).text


def test_an_article_sentence_between_two_app_promos_stays() -> None:
    result = clean_text(PROMOS)
    assert MIDDLE in result.text
    assert "App herunterladen" not in result.text and "Push-Benachrichtigungen" not in result.text


def test_a_pitch_of_any_length_fills_a_box_of_other_categories(tmp_path: Path) -> None:
    """With no box category treating prose-length sentences as the article's, the sentence between
    the two promos is taken into the box, as a cookie box's long lines are."""
    settings = tmp_path / "scorer.toml"
    settings.write_text("[engine]\nbox_sentence_categories = []\n", encoding="utf-8")
    config = Config(rules=RulesConfig(settings_file=str(settings)))
    assert MIDDLE not in clean_text(PROMOS, config).text


def test_a_labelled_credit_holding_pipes_is_a_credit() -> None:
    credit = "Bild: picture alliance / dpa | Frank Molter"
    last = "Die Schau läuft bis Mitte April. Schülerinnen und Schüler haben an allen Tagen freien Eintritt."
    text = (
        "Kunsthalle in Kiel zeigt verschollen geglaubte Werke von Emil Nolde\n"
        "Die Kunsthalle zu Kiel zeigt ab Sonntag zwölf Aquarelle von Emil Nolde, die seit dem Zweiten Weltkrieg als "
        "verschollen galten.\n"
        "Die Blätter waren in einem Nachlass in Flensburg entdeckt und von der Nolde-Stiftung als echt bestätigt worden.\n"
        f"{credit}\n{last}\nQuelle: Kunsthalle Kiel\n"
    )
    result = clean_text(text)
    assert _rules(result)[credit] == "de.credit.foto"
    assert last in result.text


GENERAL = Path(__file__).resolve().parents[1] / "fixtures" / "general"


def _removed_lines(name: str) -> dict[str, str]:
    text = (GENERAL / name).read_text(encoding="utf-8")
    return {text[start:end].strip(): removal.rule for start, end, removal in clean_text(text).removals}


def test_a_post_introduced_by_its_network_goes_with_its_attribution() -> None:
    """A post's text with no mention, link or emoji, of prose length, under the article's sentence
    naming the network ("She addressed the row on Bluesky on Tuesday evening."), is the post's
    (neighbours._introduced_post); the introduction stays, and so does a line above an
    attribution naming the network itself (fixtures/general en_22, en_42: the post's text was
    not scraped)."""
    removed = _removed_lines("en_40.txt")
    post = "We will not be cutting school budgets this year. I have said it before and I will say it again."
    assert removed[post] == "common.social-embed.tweet-attribution"
    assert "She addressed the row on Bluesky on Tuesday evening." not in removed
    kept = clean_text((GENERAL / "en_42.txt").read_text(encoding="utf-8")).text
    assert "His farewell post on Instagram had been liked more than 9,000 times by Tuesday evening." in kept


def test_a_handle_without_its_at_sign_still_makes_a_credit() -> None:
    """A scraper drops the '@' a Threads credit prints as a link: one lower-case token in the
    credit's brackets, or after "Post by" with a dot, an underscore or a figure, is a handle."""
    assert _removed_lines("fr_25.txt")["— Ministère du Travail (ministere.travail) 3 décembre 2026 à 19:12"] == "common.social-embed.tweet-attribution"
    assert _removed_lines("en_41.txt")["Post by crumbandco_official"] == "en.social-embed.post-by"
