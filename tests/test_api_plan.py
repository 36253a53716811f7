"""`clean_corpus` given a list plans it as `cleaner clean` plans its inputs, so a script and the
CLI get the same texts from the same documents; a one-shot iterator is streamed instead."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.pipeline import clean_corpus
from cleaner.types import Document

FOOTER = "Suivez toute l'actualité de notre journal régional sur notre application mobile gratuite dès maintenant."
ARTICLES = [
    "Le conseil municipal a voté mardi soir le budget de la commune pour l'année prochaine après un long débat.\n\n"
    "Les élus de l'opposition ont dénoncé une hausse des impôts locaux jugée trop forte par les habitants.",
    "La piscine intercommunale rouvrira ses portes au public le mois prochain après deux années de travaux importants.\n\n"
    "Le chantier a coûté plus de quatre millions d'euros selon le président de la communauté de communes.",
    "Un incendie a détruit un hangar agricole dans la nuit de dimanche à lundi sans faire de victime selon les pompiers.\n\n"
    "Les gendarmes ont ouvert une enquête pour déterminer l'origine du sinistre qui reste inconnue à cette heure.",
]
UPDATE_LINES = [
    "Une collision entre deux camions a bloqué l'autoroute pendant plus de trois heures ce matin près de la sortie nord.",
    "Les secours sont intervenus rapidement et les deux chauffeurs ont été transportés à l'hôpital pour des examens.",
    "La circulation a repris en fin de matinée mais des ralentissements restent signalés jusqu'au péage de la ville.",
]
EARLY = "\n\n".join(UPDATE_LINES[:2]) + "\n"  # the first version of the story, saved first
LATE = "\n\n".join(UPDATE_LINES) + "\n"  # its update, saved later: the complete text


def _texts() -> dict[str, str]:
    texts = {f"a{i}.txt": f"{article}\n\n{FOOTER}\n" for i, article in enumerate(ARTICLES)}
    texts.update({"b0.txt": EARLY, "b1.txt": LATE})
    return texts


def _documents() -> list[Document]:
    return [Document(id=name, text=text, source="site") for name, text in sorted(_texts().items())]


def test_a_list_gives_what_the_cli_gives(tmp_path: Path):
    site = tmp_path / "in" / "site"
    site.mkdir(parents=True)
    for name, text in _texts().items():
        (site / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["clean", str(tmp_path / "in"), "-o", str(out), "-q"]).exit_code == 0
    from_cli = {path.name: path.read_text(encoding="utf-8") for path in (out / "site").iterdir()}

    results = {r.document.id: r for r in clean_corpus(_documents())}

    assert {name: r.text for name, r in results.items() if r.text} == from_cli
    assert all(FOOTER not in r.text for r in results.values())  # the site's template, first page too
    assert results["b0.txt"].duplicate_of == "b1.txt" and results["b1.txt"].text == LATE  # complete version kept


def test_results_come_in_the_order_given_even_when_the_plan_moves_documents():
    assert [r.document.id for r in clean_corpus(_documents())] == sorted(_texts())


def test_an_iterator_is_streamed_in_the_order_given():
    results = {r.document.id: r for r in clean_corpus(iter(_documents()))}

    assert FOOTER in results["a0.txt"].text  # a template is only known from its third page on
    assert FOOTER not in results["a2.txt"].text
    assert results["b0.txt"].text == EARLY  # the first version met first keeps its text ...
    assert results["b1.txt"].text == UPDATE_LINES[2] + "\n"  # ... and the update keeps what is new
