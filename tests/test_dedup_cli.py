"""`cleaner index build|stats` through typer's CliRunner."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli_index import index_app

ART = (
    "Le dirigeant nord-coréen est arrivé en Russie aux premières heures de la journée de mardi, a rapporté l'armée.\n"
    "Les Etats-Unis ont exprimé à plusieurs reprises leur préoccupation à l'égard du rapprochement entre les deux pays.\n"
)


def _built(tmp_path) -> tuple[Path, Path]:
    """(corpus folder holding ART as a.txt, an index `cleaner index build` filled with it)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ART, encoding="utf-8")
    index = tmp_path / "idx.sqlite"
    built = CliRunner().invoke(index_app, ["build", str(corpus), "--index", str(index)])
    assert built.exit_code == 0, built.output
    return corpus, index


def test_build_then_stats(tmp_path):
    _, index = _built(tmp_path)
    shown = CliRunner().invoke(index_app, ["stats", "--index", str(index)])
    assert shown.exit_code == 0
    assert "documents  1" in shown.output and "shingle_words=2" in shown.output


def test_stats_of_missing_index_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(index_app, ["stats", "--index", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 2


def test_mismatched_index_is_refused_with_a_message(tmp_path):
    corpus, index = _built(tmp_path)
    runner = CliRunner()
    config = tmp_path / "cleaner.toml"
    config.write_text("[dedup]\nnum_perm = 64\n", encoding="utf-8")
    result = runner.invoke(index_app, ["build", str(corpus), "--index", str(index), "--config", str(config)])
    assert result.exit_code == 2
    assert "num_perm" in result.output


def test_clean_with_index_removes_what_build_saw(tmp_path):
    from cleaner.pipeline import clean_corpus

    first = tmp_path / "first"
    first.mkdir()
    (first / "a.txt").write_text(ART, encoding="utf-8")
    index = tmp_path / "idx.sqlite"
    assert CliRunner().invoke(index_app, ["build", str(first), "--index", str(index)]).exit_code == 0
    new = "Un tout autre sujet est abordé ici par le correspondant de la rédaction à Séoul ce matin.\n"
    (result,) = clean_corpus([("b.txt", ART + new)], index_path=index)
    assert result.text == new.strip() + "\n"


def test_stats_takes_the_index_as_an_argument_and_says_whether_the_configuration_can_use_it(tmp_path):
    _, index = _built(tmp_path)
    runner = CliRunner()
    shown = runner.invoke(index_app, ["stats", str(index)])
    assert shown.exit_code == 0 and "usable     yes" in shown.output
    config = tmp_path / "cleaner.toml"
    config.write_text("[dedup]\nnum_perm = 64\n", encoding="utf-8")
    other = runner.invoke(index_app, ["stats", str(index), "--config", str(config)])
    assert other.exit_code == 0  # shown, not refused: this is where a user looks when a run is refused
    assert "num_perm=32" in other.output and "usable     no: this configuration wants" in other.output
    assert "num_perm=64" in other.output.split("usable")[1]


def test_stats_of_a_database_that_is_not_an_index_leaves_it_untouched(tmp_path):
    import sqlite3

    other = tmp_path / "notes.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
    db.close()
    before = other.read_bytes()
    result = CliRunner().invoke(index_app, ["stats", str(other)])
    assert result.exit_code == 2 and "not a cleaner dedup index" in result.output
    assert result.output.count("notes.sqlite") == 1  # one message, not the store's inside the CLI's
    assert other.read_bytes() == before


def test_stats_of_a_file_that_is_not_a_database_says_so_once(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all, only text\n" * 200)
    result = CliRunner().invoke(index_app, ["stats", str(junk)])
    assert result.exit_code == 2 and "file is not a database" in result.output
    assert result.output.count("dedup index") == 1 and "Traceback" not in result.output


def test_stats_without_an_index_asks_for_one():
    result = CliRunner().invoke(index_app, ["stats"])
    assert result.exit_code == 2 and "which index" in result.output
