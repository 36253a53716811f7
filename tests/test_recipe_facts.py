"""A recipe's facts between the byline and the intro ("Prep time: 15 min", "Porzioni: 8", "Temps
de cuisson : 30 min") are the recipe's (rules/recipe.py): on a page whose body lists ingredients
as quantity lines they stay, and the headline above the byline stays the title. On a news page,
short rows with figures above the lead are not joined."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.pipeline import clean_text

PAGES = {
    block.partition("\n")[0].strip(): block.partition("\n")[2]
    for block in (Path(__file__).resolve().parent / "recipe_pages.txt").read_text(encoding="utf-8").split("=== ")[1:]
}
FACTS = [
    ("it", "Torta di mele della nonna", ["Tempo di preparazione: 20 minuti", "Tempo di cottura: 45 minuti", "Porzioni: 8", "Difficoltà: facile"],
     ["di Chiara Benassi", "Iscriviti alla newsletter", "Crostata di albicocche"]),
    ("en", "One-pan lemon chicken with potatoes", ["Prep time: 15 min", "Cook time: 50 min", "Serves: 4"],
     ["By Sam Okafor", "December 2, 2026", "Save recipe", "Rate this recipe"]),
    ("fr", "Gratin dauphinois : la vraie recette", ["Temps de préparation : 20 min", "Temps de cuisson : 1 h 30 min", "Pour 6 personnes"],
     ["Par Anne-Sophie", "Publié le", "Imprimer la recette"]),
]


@pytest.mark.parametrize("lang, title, facts, junk", FACTS, ids=[f[0] for f in FACTS])
def test_a_recipes_facts_stay_under_its_title(lang: str, title: str, facts: list[str], junk: list[str]) -> None:
    out = clean_text(PAGES[lang]).text
    assert out.startswith(title)
    for line in facts:
        assert line + "\n" in out
    for line in junk:
        assert line not in out


def test_rows_with_figures_above_a_news_lead_are_not_a_recipe() -> None:
    """No quantity lines in the body: the rows above the lead stay the byline's."""
    page = (
        "Council approves new bus depot after two-year row\nBy Sam Okafor\nDecember 2, 2026\n"
        "Reading time: 4 min\nUpdated: 10:45\n"
        "The council approved plans for a new bus depot on Tuesday night, ending a two-year dispute with residents "
        "who had campaigned against the site.\n"
        "The depot will house 120 electric buses and open in 2029, the transport authority said.\n"
        "Residents said they would consider a legal challenge against the decision in the new year.\n"
    )
    out = clean_text(page).text
    assert "Reading time" not in out and "Updated: 10:45" not in out
    assert out.startswith("Council approves new bus depot")


INTRO = "Ein cremiges Risotto für den Herbst, fertig in 35 Minuten."
INGREDIENTS = ["Zutaten", "1 kleiner Hokkaido-Kürbis", "1 Schalotte", "300 g Risottoreis", "1 l Gemüsebrühe", "50 g Parmesan", "Butter zum Braten", "Zubereitung"]
METHOD = [
    "Den Kürbis waschen, entkernen und mit der Schale in kleine Würfel schneiden, die Schalotte fein hacken.",
    "Die Schalotte in Butter glasig dünsten, den Reis dazugeben und unter Rühren anschwitzen, bis er glänzt.",
    "Zum Schluss den Parmesan unterrühren und das Risotto mit in Butter gebratenen Salbeiblättern servieren.",
]


def test_an_ingredient_list_under_a_short_intro_stays_with_it() -> None:
    """The ingredient lines score far under prose and outweighed a one-sentence intro: the body
    started at the method. Between a sentence and the method they are neutral (recipe.ingredient_runs)."""
    page = "\n".join(["Startseite", "Rezepte", "Kürbisrisotto mit Salbei", "Teilen", "Facebook", INTRO, *INGREDIENTS, *METHOD, "Impressum"])
    out = clean_text(page).text
    assert out.startswith("Kürbisrisotto mit Salbei\n\n" + INTRO)
    assert all(line + "\n" in out for line in INGREDIENTS + METHOD)
    assert "Facebook" not in out and "Impressum" not in out


def test_quantity_lines_without_a_sentence_above_do_not_join() -> None:
    """A menu of short lines with figures over the body (no sentence above it) stays outside."""
    rows = ["5 min read", "12 comments", "3 shares", "Home"]
    out = clean_text("\n".join(["Kürbisrisotto mit Salbei", *rows, *METHOD])).text
    assert not any(row in out for row in rows)


def test_headings_around_an_ingredient_list_do_not_count_against_it() -> None:
    """Seven quantity lines under "Serves 4", "Ingredients" and a sub-list's heading, over
    "Method" and "Step 1": counted over all twelve lines they fell under `list_min_share` and the
    body started at the first step; read from the first quantity line to the last, they are the
    list (recipe.ingredient_runs)."""
    intro = "Summer corn is cheap and sweet right now, and charring it in a hot pan gives these quick tacos a smoky depth."
    items = ["Serves 4", "Ingredients", "4 corn cobs, husks removed", "400g can black beans, drained", "1 tsp smoked paprika",
             "8 small corn tortillas", "1 avocado, sliced", "Lime crema", "150g sour cream", "1 lime, zested and juiced", "Method", "Step 1"]
    steps = ["Heat a large frying pan over high heat and cook the corn cobs, turning often, for 8 to 10 minutes until charred.",
             "Step 2", "Add the beans and paprika to the pan and cook for 2 minutes, then season and stir through the corn."]
    page = "\n".join(["Recipes", "Charred corn tacos with lime crema", "By Hannah Leung", "Share", intro, *items, *steps, "More recipes"])
    out = clean_text(page).text
    assert out.startswith("Charred corn tacos with lime crema\n\n" + intro)
    assert all(line + "\n" in out for line in items)
