"""Site template lines against an article's own structure lines across a source's pages
(dedup/structure.py): ranks, steps and interview labels repeat on every page of a site, but
stand between the article's own text, never where the site's template stands."""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.config import Config
from cleaner.dedup import Deduplicator, dedup_within
from cleaner.dedup.config import DedupConfig
from cleaner.dedup.plan import plan_documents
from cleaner.dedup.structure import counter_rows, counter_shape, numbered, time_stamp
from cleaner.dedup.text import exact_key, tokens
from cleaner.dedup.units import collect_units
from cleaner.run import RunOptions, run
from cleaner.segment import segment
from cleaner.types import Document

MENU = "Home | Travel | Lists | Quizzes"
FOOTER = "Wanderlist Media, independent travel writing since 2009"
ITEMS = [  # per article: (intro, [(item name, item text)...]); invented places and trains
    ("Sleeper trains are back, and some of them are genuinely good: we rode dozens of routes to pick these.", [
        ("Vienna to Venice", "The night train leaves Vienna after nine and reaches the lagoon in time for a late breakfast."),
        ("Stockholm to Narvik", "This line crosses the Arctic Circle through forests buried in snow for most of the winter."),
        ("Paris to Nice", "The revived couchette train is basic, but waking up by the sea beats any early morning flight."),
    ]),
    ("Getting to an island by ferry is half the fun, and these three need no plane at all from the mainland.", [
        ("Bornholm", "A train to the southern coast connects with a catamaran, and the crossing takes about an hour."),
        ("Texel", "Trains reach the harbour town in little more than an hour, and the ferry leaves every hour."),
        ("Mull", "From the west coast railhead the ferry takes under an hour to the island's painted harbour."),
    ]),
    ("When the trams are packed and the viewpoints lost in cloud, these museums are the places to be in town.", [
        ("The tile museum", "Five centuries of painted tiles fill a former convent on the eastern side of the old port."),
        ("The tram depot", "Vintage trams stand in rows in the old depot, and a restored one runs between its halls."),
        ("The orient museum", "A converted cod warehouse holds art brought home from the old trading posts in Asia."),
    ]),
]
OUTROS = [
    "Most of these trains sell out weeks ahead in summer, so book as soon as the timetable is published.",
    "Ferries run less often in winter, and some stop altogether from November until the Easter holidays.",
    "Several of these museums close on Mondays, and most of them are free on the first Sunday of the month.",
]
STEPS = [
    "Chop the onion finely and soften it in a little oil for five minutes over a low heat.",
    "Add the lentils and the stock, bring to the boil and simmer for forty minutes until soft.",
    "Season with vinegar, salt and pepper, and serve with fresh bread and a spoon of yoghurt.",
]


def _listicle(position: int, rank: str, row: bool = False) -> dict:
    intro, items = ITEMS[position]
    lines = [MENU, f"Three picks, number {position + 1}", intro]
    for number, (name, text) in enumerate(items, start=1):
        lines += [rank.format(number), name, text]
    lines.append(OUTROS[position])
    lines += [str(n) for n in range(1, 6)] if row else []  # a rating widget's row
    return {"id": f"l{position}", "url": f"https://lists.example/{position}", "text": "\n".join([*lines, FOOTER])}


def _clean(tmp_path: Path, records: list[dict]) -> list[str]:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert not run([source], Config(), RunOptions(output=out, report=tmp_path / "report.jsonl")).problems
    return [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]


def test_a_counter_shape_and_which_counters_are_numbered_items() -> None:
    most = DedupConfig().counter_tokens  # 3
    assert counter_shape(["3"], most) == ("0",) and counter_shape(["step", "12"], most) == ("step", "0")
    assert counter_shape(["method"], most) is None and counter_shape(["the", "top", "10", "list"], most) is None
    shapes = [("0",), None, ("0",), None, ("0",), ("0",), ("0",)]  # items 1-3, then a row "1 2"
    assert counter_rows(shapes) == {4, 5, 6}
    assert numbered(shapes, [1, 0, 2, 0, 1, 2, 3]) == {0, 2}
    assert numbered([("0",), None, ("0",)], [1, 0, 1]) == set()  # the same number twice: no series


def test_listicle_ranks_stay_on_every_page_while_the_sites_template_goes(tmp_path: Path) -> None:
    for rank in ("#{}", "{}.", "No. {}"):
        out = _clean(tmp_path, [_listicle(i, rank) for i in range(3)])
        for text in out:
            assert [rank.format(n) in text.splitlines() for n in (1, 2, 3)] == [True, True, True], rank
            assert MENU not in text and FOOTER not in text  # at the page's edges: template


def test_a_rating_row_goes_but_the_ranks_with_its_numbers_stay(tmp_path: Path) -> None:
    """"#1" and "1" are one key; the row's "1 2 3 4 5" stand together, the ranks apart."""
    out = _clean(tmp_path, [_listicle(i, "#{}", row=True) for i in range(3)])
    for text in out:
        lines = text.splitlines()
        assert {"#1", "#2", "#3"} <= set(lines) and not {"4", "5"} & set(lines)


def test_interview_labels_and_recipe_steps_are_structure_not_template() -> None:
    questions = [[f"Question {n} of interview {i}, about the work and the town?" for n in range(3)] for i in range(3)]
    answers = [[f"Answer {n} of interview {i}: the work goes on and the town is growing fast." for n in range(3)] for i in range(3)]
    pages = []
    for i in range(3):
        body = [line for q, a in zip(questions[i], answers[i]) for line in ("Question:", q, "Answer:", a)]
        pages.append(Document(id=f"q{i}", text="\n".join([MENU, *body, FOOTER]) + "\n", source="paper"))
    for i in range(3):
        intro = f"{ITEMS[i][0]} This is the soup we cook after it, recipe number {i + 1} of the winter series."
        body = [intro, "Ingredients", f"{i + 2} onions", "Method", *(line for n, s in enumerate(STEPS, 1) for line in (f"Step {n}", f"{s} ({i + 2} onions)"))]
        pages.append(Document(id=f"r{i}", text="\n".join([MENU, *body, FOOTER]) + "\n", source="kitchen"))
    plan = plan_documents(pages, DedupConfig())
    assert len(plan.templates["paper"]) == 2 and len(plan.templates["kitchen"]) == 2  # menu and footer
    assert len(plan.structure["paper"]) == 2  # "Question:", "Answer:"
    assert len(plan.structure["kitchen"]) == 2  # "Ingredients", "Method" above "Step 1"
    # the steps are numbered items: each page keeps its own (numbered_units), whatever the plan says
    assert not any(key in plan.templates["kitchen"] for key in plan.structure["kitchen"])


def test_ranks_stay_one_page_at_a_time_too() -> None:
    """Without a plan (an iterator, the hook), numbered items are known from their own page."""
    pages = []
    for i in range(3):
        intro, items = ITEMS[i]
        lines = [f"{intro} Page {i}."] + [line for n, (name, text) in enumerate(items, 1) for line in (f"#{n}", f"{text} ({i})")]
        pages.append(Document(id=f"p{i}", text="\n".join(lines) + "\n", source="lists"))
    with Deduplicator(DedupConfig()) as dedup:
        out = [dedup.apply(segment(page)) for page in pages]
    assert all("#3" in page.clean_text().splitlines() for page in out)


def _dedup_only(pages: list[Document]) -> list[list[str]]:
    """The lines each page keeps after a planned run of dedup alone (no rules: every line
    that goes, dedup took)."""
    config = DedupConfig()
    plan = plan_documents(pages, config)
    with Deduplicator(config) as dedup:
        dedup.expect(plan.source_docs, plan.structure)
        out = []
        for page in pages:
            doc = segment(page)
            dedup_within(doc, config, templates=plan.templates.get(doc.source))
            out.append(dedup.apply(doc, within=False).clean_text().splitlines())
    return [[line for line in lines if line] for lines in out]


SITES = ["Le Courrier de Vireloup", "La Gazette des Coteaux", "Ouest Matin Édition", "Le Réveil de Saint-Aubrac"]
SECTIONS = ["Région", "Vallées", "Culture", "Loisirs"]


def _interview(site: int, labels: tuple[str, str]) -> Document:
    """A one-page site: a menu sharing "Accueil" and "Newsletter" with the others, a share row
    under the headline and another at the end, an interview in labelled questions and answers."""
    town = SITES[site].split()[-1]
    body = []
    for n in range(3):
        body += [labels[0], f"Question {n + 1} posée à l'invitée numéro {site} sur la vie à {town} ?"]
        body += [labels[1], f"Réponse {n + 1} de l'invitée numéro {site} : à {town}, tout a beaucoup changé depuis vingt ans."]
    lines = [
        SITES[site], "Accueil", SECTIONS[site], "Newsletter",
        f"Entretien avec une habitante de {town} qui raconte trente ans de changements dans sa commune",
        "Partager", "Facebook", "Twitter",
        f"Elle a vu {town} passer de village agricole à banlieue résidentielle, et elle a accepté de nous en parler longuement.",
        *body,
        f"Propos recueillis à {town} par la rédaction locale, relus et corrigés par l'invitée avant publication.",
        "Partager", "Facebook", "Twitter", "Mentions légales", "Contact",
    ]
    host = SITES[site].lower().replace(" ", "-").replace("'", "")
    return Document(id=f"i{site}", text="\n".join(lines) + "\n", source=f"www.{host}.example")


def test_labels_shared_by_sites_stay_where_their_menu_and_share_lines_go() -> None:
    """One page per site: "Question :" stands between each interview's own text in four sites,
    so the sites' shared labels are structure, not boilerplate; "Accueil", "Newsletter" (above
    the headline, before any text), the share rows and the footer stand where template stands
    and go from the third site on (cross-source boilerplate)."""
    out = _dedup_only([_interview(site, ("Question :", "Réponse :")) for site in range(4)])
    for lines in out:
        assert lines.count("Question :") == 3 and lines.count("Réponse :") == 3
    for lines in out[2:]:
        assert not {"Accueil", "Newsletter", "Partager", "Facebook", "Twitter", "Mentions légales", "Contact"} & set(lines)
    for lines in out[:2]:  # first and second copies: not yet boilerplate
        assert {"Accueil", "Newsletter", "Partager"} <= set(lines)


def test_the_plan_names_the_labels_and_no_menu_or_share_line() -> None:
    pages = [_interview(site, ("Question :", "Réponse :")) for site in range(4)]
    plan = plan_documents(pages, DedupConfig())
    labels = {exact_key(tokens(label)) for label in ("Question :", "Réponse :")}
    assert all(plan.structure[page.source] == labels for page in pages)


RECIPES = [  # per site: intro, ingredients, steps (invented)
    ("Diese Linsensuppe wärmt an kalten Tagen und schmeckt am zweiten Tag sogar noch besser als am ersten.",
     ["250 g Tellerlinsen", "1 Zwiebel", "2 EL Essig"], "Die Linsen mit der Zwiebel in der Brühe vierzig Minuten weich köcheln und mit Essig abschmecken."),
    ("Ein schnelles Abendessen für die ganze Familie, das fast ohne Aufwand im Ofen gart, während man den Tisch deckt.",
     ["2 Zucchini", "200 g Feta", "1 TL Thymian"], "Das Gemüse mit Öl und Thymian mischen, dreißig Minuten backen und den Feta darüberbröseln."),
    ("Im Spätsommer, wenn die Zwetschgen reif sind, backen wir diesen Kuchen jedes Wochenende für die Nachbarn.",
     ["500 g Mehl", "1 Würfel Hefe", "1,5 kg Zwetschgen"], "Den Hefeteig eine Stunde gehen lassen, ausrollen, mit Zwetschgen belegen und vierzig Minuten backen."),
    ("Knödel aus altem Brot sind die beste Resteverwertung, die wir kennen, und mit Spinat werden sie schön grün.",
     ["300 g altes Weißbrot", "200 g Spinat", "2 Eier"], "Brot, Eier und Spinat mischen, Knödel formen und eine Viertelstunde in siedendem Salzwasser garen."),
]


def test_recipe_labels_shared_by_sites_stay_where_their_menu_lines_go() -> None:
    pages = []
    for site, (intro, ingredients, step) in enumerate(RECIPES):
        lines = [f"Kochseite {site}", "Startseite", "Rezepte", "Newsletter", f"Rezept Nummer {site}: {intro.split(',')[0]}", "Teilen", "Pinterest",
                 intro, "Zutaten", *ingredients, "Zubereitung", step, "Guten Appetit!", "Impressum", "Datenschutz"]
        pages.append(Document(id=f"r{site}", text="\n".join(lines) + "\n", source=f"kochseite{site}.example"))
    out = _dedup_only(pages)
    for lines in out:
        assert {"Zutaten", "Zubereitung"} <= set(lines)
    for lines in out[2:]:
        assert not {"Startseite", "Rezepte", "Newsletter", "Teilen", "Pinterest", "Impressum", "Datenschutz"} & set(lines)


def test_a_line_needs_articles_to_be_structure() -> None:
    """A rating row's "1" closes two copies of one story (one article: the same longest line)
    and stands between short widget lines in two other pages of the folder: template in too
    few articles, between article text in none. It is no structure line, so the corpus step
    counts its pages as it meets them (it was kept on every page)."""
    terms = "Terms: by using this site you agree to the collection of data for personalised advertising, analytics and the improvement of our services worldwide."
    story = ["The council voted on Tuesday to close the old bridge to cars from next spring, after engineers found cracks in two of its piers."]
    pages = [
        Document(id="a1", text="\n".join([terms, *story, "1", "2", "3", "4", "5"]) + "\n", source="folder"),
        Document(id="a2", text="\n".join([terms, "A short update: the vote was confirmed on Wednesday by a second reading.", "1", "2", "3", "4", "5"]) + "\n", source="folder"),
        Document(id="b", text="The ferry to the island will run twice a day this winter instead of once, the operator said on Monday.\n2 comments\n1\nShare on Facebook\n", source="folder"),
        Document(id="c", text="The town library reopens on Saturday after a year of repairs to its roof and a new reading room for children.\n3 comments\n1\nShare on Facebook\n", source="folder"),
    ]
    plan = plan_documents(pages, DedupConfig())
    one = exact_key(tokens("1"))
    assert one not in plan.templates.get("folder", frozenset()) and one not in plan.structure.get("folder", frozenset())
    out = _dedup_only(pages)
    assert "1" in out[0] and "1" not in out[3]  # its fourth page


def test_live_blog_time_stamps_are_one_shape() -> None:
    most = DedupConfig().counter_tokens
    shapes = {counter_shape(tokens(stamp), most) for stamp in ("12:25", "14h05", "09.45", "7:30")}
    assert shapes == {("0",)}  # "12:25" is two tokens, "14h05" one: numbers in a row are one
    assert counter_shape(tokens("10 h 05"), most) == ("0", "h", "0")
    assert all(time_stamp(_unit(s)) for s in ("12:25", "14h05", "09.45", "7:30", "10 h 05", "14H05"))
    assert not any(time_stamp(_unit(s)) for s in ("2026", "12", "8/10", "Page 2", "12:25 Uhr Ende", "3-1-2"))


def _unit(text: str):
    units, _ = collect_units(segment(Document(id="d", text=text + "\n", source="s")))
    return units[0]


STAMPED = [  # (stamp, entry) per live blog: entries of their own, stamps shared across pages and sites
    [("14h05", "Les pompiers ont rouvert la route départementale après avoir dégagé les arbres tombés dans la nuit."),
     ("12:25", "Le préfet a convoqué une cellule de crise à la mairie pour organiser l'accueil des habitants évacués.")],
    [("14h05", "Le syndicat majoritaire appelle à reconduire la grève jusqu'à la fin de la semaine prochaine au moins."),
     ("12:25", "La direction propose une prime exceptionnelle, jugée insuffisante par les représentants du personnel.")],
    [("14h05", "L'audience a été suspendue après l'intervention de l'avocat de la défense, qui conteste une expertise."),
     ("12:25", "Le témoin principal a confirmé devant la cour sa version des faits donnée aux enquêteurs en mars.")],
    [("14h05", "Les supporters ont envahi la place centrale pour fêter la victoire de leur équipe en demi-finale."),
     ("12:25", "L'entraîneur a annoncé la composition de l'équipe, sans son capitaine blessé à la cheville samedi.")],
]


def test_time_stamps_shared_by_live_blogs_are_never_removed_as_copies(tmp_path: Path) -> None:
    src = tmp_path / "live.jsonl"
    records = [
        {"id": f"live{i}", "url": f"https://{('one', 'two')[i % 2]}.example/live/{i}", "text": f"Live {i}\n\n" + "\n\n".join(f"{s}\n\n{e}" for s, e in entries)}
        for i, entries in enumerate(STAMPED)
    ]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out, report = tmp_path / "out.jsonl", tmp_path / "report.jsonl"
    assert not run([src], Config(), RunOptions(output=out, report=report)).problems
    removed = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    # (the scorer may take a page's first stamp, right under its title, for no body: not dedup's)
    assert not [r for r in removed if r.get("rule", "").startswith("dedup.") and r.get("text") in ("14h05", "12:25")]
    assert all(text.count("12:25") == 1 for text in (json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()))
