"""A "Most Read" box of a few links between an article's paragraphs and its last paragraph, the
article's share row and comments right under that paragraph: the box goes, the paragraph stays
(markers._story_resumes). A site's footer under the same box, nothing of the article's end under
it, still goes with the box."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.errors import ConfigError
from cleaner.pipeline import clean_text
from cleaner.rules.settings import load_settings

STORY = """Skip to main content
News
Local News
Councillors back plan for 240 homes on former Naas mart site despite traffic fears
Kildare County Council has approved a plan for 240 homes on the former livestock mart site in Naas, despite objections from residents who said the junction at Sallins Road could not cope with more cars.
The application, lodged by Moyvalley Developments in March, was passed by 23 votes to 9 at the monthly meeting of the council on Monday evening.
Cllr Ann Breen (SF) said she supported housing on the site but that the road plan was "a fantasy drawn up by people who have never sat in traffic at the Sallins Road at half eight in the morning".
Senior planner Noel Kirwan told the meeting that a new signalised junction would be built before the first homes were occupied.
Most Read
1. Gardaí appeal for witnesses after crash on N7
2. Naas GAA club unveils plans for new pitch
3. Kildare weather: Met Éireann issues yellow warning
{under}
"""

LAST = "Residents have four weeks to appeal the decision to An Coimisiún Pleanála."
END = "Share this article\nFacebook\nTwitter\nEmail\n12 comments\nLog in to comment"
FOOTER = (
    "Kildare Nationalist is part of the Iconic Media Group, Ireland's largest regional newspaper publisher.\n"
    "Our journalism is supported by our readers and advertisers, and we thank you for choosing us."
)


@pytest.mark.parametrize("last", [LAST, "Residents have four weeks to appeal."])
def test_the_last_paragraph_under_a_most_read_box_stays(last: str) -> None:
    """A long last paragraph, or a short last sentence (block_resume_story_words)."""
    out = clean_text(STORY.format(under=f"{last}\n{END}")).text
    assert last in out
    assert "Most Read" not in out and "Gardaí appeal" not in out
    assert "Share this article" not in out


def test_a_footer_under_the_same_box_goes_with_it() -> None:
    out = clean_text(STORY.format(under=FOOTER)).text
    assert "Senior planner Noel Kirwan" in out
    assert "Iconic Media Group" not in out and "Our journalism" not in out
    assert "Gardaí appeal" not in out


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('block_resume_end_categories = ["share", "not-a-category"]', "block_resume_end_categories: unknown categories"),
        ("block_resume_stem_chars = 0", "block_resume_stem_chars must be at least 1"),
    ],
)
def test_the_story_resume_settings_are_checked(tmp_path: Path, setting: str, message: str) -> None:
    """A typo in the category list would turn the resume off; an empty stem is every word's."""
    bad = tmp_path / "scorer.toml"
    bad.write_text(f"[engine]\n{setting}\n", "utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(bad)


def test_a_footer_over_a_sign_up_box_still_goes() -> None:
    """A sign-up box is the site's, not the article's end (newsletter is no end category)."""
    out = clean_text(STORY.format(under=f"{FOOTER.splitlines()[0]}\nSign up to our newsletter\nGet the latest Kildare news in your inbox every morning.")).text
    assert "Iconic Media Group" not in out and "Gardaí appeal" not in out


PT_STORY = """Autocarros elétricos chegam a Braga em março
A câmara de Braga vai receber os primeiros doze autocarros elétricos da nova frota municipal em março, anunciou o presidente da autarquia.
Os veículos vão circular primeiro nas linhas que ligam o centro à universidade e ao hospital, as mais procuradas da cidade.
O investimento de nove milhões de euros foi financiado em grande parte por fundos europeus, segundo a autarquia.
Artigos relacionados
Braga aprova orçamento com votos contra da oposição
Porto alarga horário do metro aos fins de semana
Os restantes autocarros da frota de Braga chegam até ao fim do ano.
{end}
"""


@pytest.mark.parametrize("end", ["Gostou deste artigo? Ofereça-o a um amigo.", "Gostou desta notícia?"])
def test_a_liked_it_prompt_is_the_articles_end(end: str) -> None:
    """The links a line rule took with their heading still make the box; "did you like this
    article?" is the article's end furniture (<lang>.share.liked-it)."""
    out = clean_text(PT_STORY.format(end=end)).text
    assert "Os restantes autocarros da frota de Braga chegam até ao fim do ano." in out
    assert "Gostou" not in out and "Porto alarga" not in out
