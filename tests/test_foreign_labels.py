"""Rules of one language on a page of another (cleaner/rules/own.py, the bare counters of
common.toml, hu.toml and tr.toml): a French or Czech section label that is an English word heads
a part of an English article; a review's score out of 5 or 10 is no gallery counter."""

from __future__ import annotations

from cleaner.pipeline import clean_text

TOP = ["World Desk", "Home", "World", "Where the new tariffs bite hardest",
       "Exporters on three continents face higher costs from January. Here is who is affected most.",
       "By Oliver Grant", "5 December 2026"]
PARTS = [
    ("Europe", "German and Italian carmakers are most exposed. Parts worth about €14bn crossed the Atlantic last year, according to industry figures."),
    ("Justice", "Three trade groups said they would challenge the tariffs in court, arguing that the emergency powers used do not apply."),
    ("People", "For workers the effect may come later: economists expect job cuts at parts suppliers within six months."),
    ("Finance", "Shares in the largest European carmakers fell between 2% and 4% on Friday, and suppliers fell further."),
]
LEAD = "The new tariffs announced on Thursday cover steel, aluminium, solar panels and some car parts, and take effect on 1 January."
END = "The government said the tariffs would be reviewed in June, after talks with the largest trading partners."


def test_foreign_section_labels_between_paragraphs_stay() -> None:
    lines = [*TOP, LEAD, *[line for part in PARTS for line in part], END, "Newsletter", "Sign up", "Europe", "People", "Contact"]
    out = clean_text("\n".join(lines) + "\n").text.split("\n\n")
    for heading, paragraph in PARTS:
        assert out.index(heading) + 1 == out.index(paragraph)
    assert out[-1].strip() == END  # the same labels in the menu under the article still go


def test_the_same_labels_in_a_menu_go() -> None:
    lines = ["Europe", "International", "People", "Finance", *TOP[3:], LEAD, END]
    out = clean_text("\n".join(lines) + "\n").text
    for label in ("Europe\n", "International", "People", "Finance"):
        assert label not in out


def test_a_score_under_the_verdict_stays() -> None:
    body = [
        "Harbour Acoustics has spent three years making speakers for boats, and the Tide 3 is its first attempt at earbuds.",
        "Vocals sit forward, guitars have bite, and the bass is tight rather than boomy for a pair at this price.",
        "The battery is the real problem: we measured 4 hours 40 minutes with cancelling on, against the 6 hours on the box.",
    ]
    for score in ("4/5", "8/10", "4 / 5"):
        lines = ["Reviews", "Audio", "Harbour Acoustics Tide 3 review: big sound, small battery", *body, "Our verdict", score,
                 "The Tide 3 is the best-sounding pair under £150 we have tried this year, as long as you charge it.", "Related reviews"]
        assert f"\n{score}\n" in clean_text("\n".join(lines) + "\n").text


def test_a_foreign_label_the_pages_own_rules_remove_stays_removed_and_is_renamed() -> None:
    """"Newsletter" is a German section label; over an English page's sign-up form between two
    paragraphs it is the form's title: removed, credited to the English rule, and the form weighs
    as one newsletter box, so it does not cut the article in two."""
    form = ["Newsletter", "Sign up for our morning briefing", "Enter your email address", "Sign up",
            "By signing up you agree to our privacy policy."]
    lines = [*TOP, LEAD, PARTS[0][1], *form, PARTS[1][1], PARTS[2][1], END]
    result = clean_text("\n".join(lines) + "\n")
    assert "Newsletter" not in result.text.split("\n")
    for paragraph in (LEAD, PARTS[0][1], PARTS[1][1], END):
        assert paragraph in result.text
    text = result.document.text
    rules = {text[start:end].strip(): removal.rule for start, end, removal in result.removals}
    assert rules["Newsletter"] == "en.newsletter.form"
