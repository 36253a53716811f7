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
