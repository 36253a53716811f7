"""A short page's declared language (<html lang>, og:locale, a JSONL "lang" field) picks its
rules when the stopwords alone are too few to tell close languages apart, and only when the
page's words agree: templates leave "en" in pages of every language."""

from __future__ import annotations

import json

from cleaner.config import Config
from cleaner.html import read_html
from cleaner.io.fields import record_language
from cleaner.langtag import primary_subtag
from cleaner.steps import compiled_rules, one_pass
from cleaner.types import Document

# Eighteen words of Norwegian news: Danish shares most of its stopwords, Swedish several.
NORWEGIAN = "Fergen går ikke på lørdag på grunn av stormen. Reisende som har billett får pengene tilbake, opplyser selskapet."
ENGLISH = "The ferry will not sail tomorrow because of the storm, the company said on Friday, and tickets will be refunded."


def _language(text: str, declared: str | None) -> str | None:
    doc = Document(id="d", text=text + "\n", meta={"declared_lang": declared} if declared else {})
    config = Config()
    one_pass(doc, config, compiled_rules(config.rules))
    return doc.lang


def test_the_declaration_settles_a_short_page_of_close_languages():
    assert _language(NORWEGIAN, None) is None  # unsure alone: nb, da and sv share these words
    assert _language(NORWEGIAN, "nb") == "nb"


def test_a_declaration_the_words_contradict_is_not_taken():
    assert _language(NORWEGIAN, "en") is None
    assert _language(NORWEGIAN, "fi") is None
    assert _language(ENGLISH, "sv") == "en"  # a clear guess is never overridden


def test_where_pages_and_records_declare_it():
    assert [primary_subtag(v) for v in ("sv-SE", "nb_NO", "PT", "english", "x", "")] == ["sv", "nb", "pt", None, None, None]
    assert record_language({"text": "", "metadata": {"language": "da-DK"}}) == "da"
    assert record_language({"text": "", "lang": 3}) is None
    head = '<meta property="og:locale" content="nb_NO">'
    doc = read_html(f"<html><head>{head}</head><body><p>{NORWEGIAN}</p></body></html>", "p.html")
    assert doc.meta["declared_lang"] == "nb"
    doc = read_html(f'<html lang="da"><head>{head}</head><body><p>{NORWEGIAN}</p></body></html>', "p.html")
    assert doc.meta["declared_lang"] == "da"
    assert json.dumps(doc.meta["declared_lang"]) == '"da"'


# Forty words each: the function words of close languages stay within the margin, their spelling does not.
SHORT_PAGES = {
    "sv": "Polisen söker vittnen efter inbrottet i Järnboås. Tre personer greps på måndagskvällen misstänkta för "
          "inbrott i en villa. Ägaren var bortrest. Polisen vill nu komma i kontakt med personer som sett en mörk "
          "skåpbil i området under eftermiddagen.",
    "da": "Politiet søger vidner efter indbrud i Brønderslev. Tre personer blev anholdt mandag aften, mistænkt for "
          "indbrud i en villa. Ejeren var bortrejst. Politiet vil nu gerne i kontakt med personer, der har set en "
          "mørk varevogn i området om eftermiddagen.",
    "es": "La Guardia Civil busca testigos del robo en Valdemora. Tres personas fueron detenidas el lunes por la "
          "noche por un robo en un chalé. El dueño estaba de viaje. Los agentes piden ayuda a quien viera una "
          "furgoneta oscura en la zona.",
}


def test_spelling_tells_close_languages_apart_on_a_short_page():
    for language, text in SHORT_PAGES.items():
        assert _language(text, None) == language, language
    # Galician has no rule file: Portuguese and Spanish stay within the margin, unsure it stays.
    galician = ("A Garda Civil busca testemuñas do roubo en Valdemora. Tres persoas foron detidas o luns pola noite "
                "por un roubo nunha vivenda. O dono estaba de viaxe. Os axentes piden axuda a quen vise unha furgoneta escura na zona.")
    assert _language(galician, None) is None
