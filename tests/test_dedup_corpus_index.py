"""`cleaner clean --index`: a second run on new files removes what the first run saw.

End to end through the CLI on JSONL files (the corpus format of the benchmark): exact reprints
and near copies (a few words changed) of indexed paragraphs go, new text stays, and what the
second run keeps is indexed in turn. Without the index the same file keeps everything.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

REPRINT = (
    "Le dirigeant nord-coréen est arrivé en Russie aux premières heures de la journée de mardi, "
    "a rapporté l'armée, pour une visite dont le programme n'a pas été rendu public."
)
NEAR = (
    "Les États-Unis ont exprimé à plusieurs reprises leur préoccupation à l'égard du rapprochement "
    "entre les deux pays, qui pourrait selon Washington déboucher sur des livraisons d'armes destinées "
    "au front ukrainien, ce que Moscou et Pyongyang démentent depuis le début de l'été."
)
NEAR_EDITED = NEAR.replace("plusieurs reprises", "nombreuses reprises").replace("l'été", "l'automne")
FIRST_OWN = (
    "Le train blindé a traversé la frontière dans la nuit, sous la surveillance des gardes-frontières "
    "russes, avant de rejoindre la gare de Vladivostok où une délégation attendait le cortège."
)
SECOND_OWN = (
    "À Séoul, le gouvernement a convoqué une réunion du conseil de sécurité nationale pour examiner "
    "les conséquences d'un éventuel accord militaire entre les deux voisins du Nord."
)
THIRD_OWN = (
    "Les analystes interrogés par l'agence rappellent que la dernière visite de ce type remonte à "
    "quatre ans et qu'elle n'avait débouché sur aucun engagement public des deux dirigeants."
)


def _write(path: Path, records: list[tuple[str, str, list[str]]]) -> Path:
    lines = [
        json.dumps({"id": rid, "url": f"https://{site}/{rid}", "text": "\n\n".join(paragraphs) + "\n"}, ensure_ascii=False)
        for rid, site, paragraphs in records
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _clean(tmp_path: Path, source: Path, index: Path | None) -> list[str]:
    out = tmp_path / f"{source.stem}.out.jsonl"
    args = ["clean", str(source), "-o", str(out), "-q"] + (["--index", str(index)] if index else [])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def day1(tmp_path: Path) -> Path:
    return _write(tmp_path / "day1.jsonl", [("a1", "premier.example", [REPRINT, NEAR, FIRST_OWN])])


@pytest.fixture()
def day2(tmp_path: Path) -> Path:
    return _write(tmp_path / "day2.jsonl", [("b1", "second.example", [SECOND_OWN, REPRINT, NEAR_EDITED])])


def test_second_run_removes_exact_and_near_copies_of_the_first(tmp_path, day1, day2):
    index = tmp_path / "dedup.sqlite"
    (first,) = _clean(tmp_path, day1, index)
    assert REPRINT in first and NEAR in first and FIRST_OWN in first
    (second,) = _clean(tmp_path, day2, index)
    assert SECOND_OWN in second
    assert REPRINT not in second
    assert "nombreuses reprises" not in second


def test_without_the_index_the_new_file_keeps_everything(tmp_path, day1, day2):
    _clean(tmp_path, day1, tmp_path / "dedup.sqlite")
    (alone,) = _clean(tmp_path, day2, None)
    assert REPRINT in alone and "nombreuses reprises" in alone and SECOND_OWN in alone


def test_what_the_second_run_keeps_is_indexed_for_the_third(tmp_path, day1, day2):
    index = tmp_path / "dedup.sqlite"
    _clean(tmp_path, day1, index)
    _clean(tmp_path, day2, index)
    day3 = _write(tmp_path / "day3.jsonl", [("c1", "troisieme.example", [FIRST_OWN, THIRD_OWN, SECOND_OWN])])
    (third,) = _clean(tmp_path, day3, index)
    assert THIRD_OWN in third
    assert FIRST_OWN not in third and SECOND_OWN not in third


def test_a_document_seen_whole_before_is_dropped_from_the_output(tmp_path, day1, day2):
    index = tmp_path / "dedup.sqlite"
    _clean(tmp_path, day1, index)
    copy = _write(tmp_path / "copy.jsonl", [("d1", "copie.example", [REPRINT, NEAR_EDITED, FIRST_OWN])])
    assert _clean(tmp_path, copy, index) == []


def test_rerunning_the_same_file_on_its_own_index_keeps_it(tmp_path, day1):
    index = tmp_path / "dedup.sqlite"
    (first,) = _clean(tmp_path, day1, index)
    (again,) = _clean(tmp_path, day1, index)
    assert again == first


def test_a_teaser_indexed_in_an_earlier_run_leaves_its_article_the_lead(tmp_path):
    """A teaser's lead cut on an ellipsis, indexed by an earlier run, is no near copy's
    original: the complete sentence of a later run's article stays (the plan, which pairs a cut
    line with its complete form inside one run, never sees the two together here)."""
    lead = (
        "Die Stadt Heidelberg hat am Dienstag die Pläne für eine zweite Fußgängerbrücke über den "
        "Neckar vorgestellt, die die Altstadt mit dem Stadtteil Neuenheim verbinden soll."
    )
    cut = lead.rsplit(" ", 2)[0] + " …"
    index = tmp_path / "dedup.sqlite"
    first = _write(tmp_path / "one.jsonl", [("teaser", "bote.example", ["Neue Altstadtbrücke", cut, "Weiterlesen"])])
    second = _write(tmp_path / "two.jsonl", [("article", "bote.example", ["Neue Altstadtbrücke soll 2029 fertig sein", lead, SECOND_OWN])])
    assert cut in _clean(tmp_path, first, index)[0]
    assert lead in _clean(tmp_path, second, index)[0]
    third = _write(tmp_path / "three.jsonl", [("reprint", "other.example", [lead, THIRD_OWN])])
    assert lead not in _clean(tmp_path, third, index)[0]  # the article's lead itself is indexed
