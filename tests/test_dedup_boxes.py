"""A box of long paragraphs closing every page of a site ("About us"): its first paragraph was
every page's longest line, so the plan counted the pages as one article and planned no
template; the first page kept the box (dedup/boxes.py)."""

from __future__ import annotations

from cleaner.dedup.config import DedupConfig
from cleaner.dedup.plan import plan_documents
from cleaner.types import Document

MENU = "Weser-Bote | Region | Sport"
BOX = [
    "Der Weser-Bote ist eine unabhängige Tageszeitung für Minden und das Mühlenkreisgebiet, seit 1948 berichtet unsere Redaktion über alles, was die Menschen an der Weser bewegt.",
    "Wir arbeiten nach den Regeln des Deutschen Presserats, Fehler korrigieren wir transparent und Hinweise erreichen uns jederzeit per Mail an die Redaktion.",
    "Impressum | Datenschutz",
]
STORIES = [
    ["Glacisbrücke bleibt bis Februar gesperrt", "Die Glacisbrücke in Minden bleibt wegen Schäden an den Lagern länger gesperrt als geplant.",
     "Autofahrer müssen weiter über die Nordbrücke ausweichen, Radfahrer dürfen eine Behelfsspur nutzen."],
    ["GWD Minden siegt im Derby", "GWD Minden hat das Derby gegen Lemgo mit 29:27 gewonnen, der Torhüter hielt zwei Siebenmeter.",
     "Trainer Frank Carstens lobte die Abwehr, die Lemgo in der zweiten Halbzeit kaum Lücken ließ."],
    ["Wochenmarkt zieht auf den Scharn", "Der Mindener Wochenmarkt zieht ab Januar vom Marktplatz auf den Scharn am Rathaus.",
     "Die meisten der 40 Händler begrüßen den Umzug, einige fürchten weniger Laufkundschaft am Mittwoch."],
]


def doc(position: int, lines: list[str]) -> Document:
    return Document(id=f"d{position}", text="\n".join(lines) + "\n", source="weser-bote")


def test_a_box_closing_every_page_is_template_however_long() -> None:
    templates = plan_documents([doc(i, [MENU, *story, *BOX]) for i, story in enumerate(STORIES)], DedupConfig()).templates
    assert len(templates["weser-bote"]) == 4  # the menu and the box's three lines


def test_copies_of_one_story_with_their_own_headlines_stay_one_article() -> None:
    """Only the headline is each copy's own: the story closing them is no box."""
    body = [STORIES[0][1], STORIES[0][2], *BOX]
    heads = ["Glacisbrücke in Minden bleibt bis Ende Februar für Autos gesperrt", "Sperrung der Glacisbrücke in Minden dauert bis Ende Februar an",
             "Länger warten auf die Glacisbrücke: Sperrung bis Ende Februar verlängert"]
    templates = plan_documents([doc(i, [MENU, head, *body]) for i, head in enumerate(heads)], DedupConfig()).templates
    assert not templates.get("weser-bote")
