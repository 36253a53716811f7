"""Pages that keep the headline, the standfirst and the byline in one block and the body in
another (the container with the most prose is then the body's alone): the standfirst joins the
article, as it does in a text dump; nothing else of the top of the page does. Consent-platform
containers are furniture whatever language they speak."""

from __future__ import annotations

from pathlib import Path

from cleaner.html import read_html

PAGE = (Path(__file__).resolve().parents[1] / "fixtures" / "html" / "next_paywall.html").read_text(encoding="utf-8")
HEADLINE = '<div data-testid="headline" class="css-z1x2c3" role="heading" aria-level="1">Harbor City transit agency to cut 14 bus routes in January</div>'
DEK_DIV = '<div data-testid="dek" class="css-v4b5n6">'
DEK = "Riders on the east side will lose most of their weekend service as the agency closes a $31 million gap"
FIRST = "The Harbor City Regional Transit board voted 5-2 on Wednesday night"
CONSENT = '<div id="qc-cmp2-container">'


def _without_consent_banner(page: str) -> str:
    return "\n".join(line for line in page.split("\n") if not line.startswith(CONSENT))


def _lines(page: str) -> list[str]:
    return read_html(page, "page.html").text.splitlines()


def test_the_page_is_the_case():
    assert HEADLINE in PAGE and DEK_DIV + DEK in PAGE and CONSENT in PAGE


def test_the_standfirst_beside_the_headline_joins_the_body():
    lines = _lines(_without_consent_banner(PAGE))
    assert lines[1] == DEK and lines[2].startswith(FIRST)


def test_a_linked_line_or_a_page_without_its_headline_adds_nothing():
    linked = PAGE.replace(DEK_DIV + DEK, f'{DEK_DIV}<a href="/other">{DEK}</a>')
    headless = PAGE.replace(HEADLINE, '<div class="css-z1x2c3">Transportation news</div>')
    for page in (linked, headless):
        lines = _lines(_without_consent_banner(page))
        assert DEK not in lines and lines[1].startswith(FIRST)


def test_a_consent_platform_container_is_furniture_in_any_language():
    dutch = (
        '<div id="qc-cmp2-container"><div class="qc-cmp2-summary-section"><p>Wij en onze 842 partners slaan '
        "informatie op een apparaat op en/of openen deze, zoals unieke ID's in cookies, om persoonsgegevens te "
        "verwerken. U kunt uw keuzes accepteren of beheren door hieronder te klikken.</p></div></div>"
        '<div id="didomi-host"><p>Wij en onze partners verwerken gegevens om gepersonaliseerde advertenties en '
        "content aan te bieden, advertenties en content te meten en inzichten over het publiek te verkrijgen.</p></div>"
    )
    text = read_html(_without_consent_banner(PAGE).replace('<div id="__next">', '<div id="__next">' + dutch), "page.html").text
    assert "partners" not in text and DEK in text and FIRST in text


def _dek_page(dek: str, description: str) -> str:
    body = "".join(f"<p>{sentence} The board met on Wednesday evening and voted on the budget.</p>" for sentence in ("One.", "Two.", "Three."))
    return (f'<html><head><meta name="description" content="{description}"></head><body><header><nav><a href="/">Home</a></nav></header>'
            f'<div class="top"><h1>Ferry fares frozen for another year</h1><p>{dek}</p><span class="byline">By Ann Lee</span></div>'
            f'<div class="story">{body}</div></body></html>')


def test_a_short_dek_joins_when_the_description_states_it():
    """A dek under `standfirst_min_words` words is the standfirst when the description meta is
    that line or opens with it; a short line the description does not state stays out."""
    dek = "Fares stay at $4.50 until 2028."
    assert _lines(_dek_page(dek, dek))[1] == dek
    assert _lines(_dek_page(dek, "Fares stay at $4.50 until 2028, the minister said on Monday."))[1] == dek
    assert dek not in _lines(_dek_page(dek, "The minister announced a freeze on Monday."))
    assert "Two words." not in _lines(_dek_page("Two words.", "Two words. And more of the description here."))
    curled = "The ferry’s fares stay at $4.50."  # the theme curls the apostrophe, the description keeps it straight
    assert _lines(_dek_page(curled, "The ferry's fares stay at $4.50 until 2028."))[1] == curled



CHAPO_PAGE = (Path(__file__).resolve().parents[1] / "fixtures" / "html" / "fr_drupal_chapo.html").read_text(encoding="utf-8")
CHAPO_H1 = '<h1 class="page-title"><span class="field field--name-title field--type-string">Le marché couvert rouvre après dix-huit mois de travaux</span></h1>'
CHAPO_NODE = '<article role="article" class="node node--type-actualite node--view-mode-full">'
CHAPO = "Rénovée de fond en comble, la halle de la place Carnot accueille de nouveau ses commerçants dès samedi matin."
CHAPO_FIELD = f'<div class="clearfix text-formatted field field--name-field-chapo field--type-text-long field--label-hidden field__item"><p>{CHAPO}</p></div>'


def test_a_chapo_field_under_a_title_block_of_its_own_joins_when_stated():
    """Drupal 10 puts the headline in a page title block over the node, and a plain-text field
    holds its text in its <div>: the chapo the description meta states still opens the body,
    passing the date field's short line over it; unstated, it stays out."""
    assert CHAPO_H1 in CHAPO_PAGE and CHAPO_NODE in CHAPO_PAGE and CHAPO_FIELD in CHAPO_PAGE
    page = (CHAPO_PAGE.replace(CHAPO_H1, "").replace(CHAPO_NODE, f'<div class="block block-page-title-block">{CHAPO_H1}</div>{CHAPO_NODE}')
            .replace(CHAPO_FIELD, f'<div class="field field--name-field-chapo field--type-string-long">{CHAPO}</div>'))
    assert _lines(page)[1] == CHAPO
    assert CHAPO not in _lines(page.replace(f'content="{CHAPO}"', 'content="Les actualités de la ville."'))
