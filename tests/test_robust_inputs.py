"""Odd inputs from real corpora that broke or stalled a run: NUL bytes in text, pages of very many
short lines, text that looks like rich's markup in `explain`."""

from __future__ import annotations

import json
import random
from pathlib import Path, PurePosixPath

import pytest

from cleaner.cli import app
from cleaner.config import Config
from cleaner.io.inputs import InputFile, read_text_file
from cleaner.io.records import iter_jsonl
from cleaner.io.nulbytes import NULS_REMOVED
from cleaner.pipeline import clean_text
from cleaner.run import RunOptions, run

STORY = (
    "Le conseil vote le budget\n\n"
    "Le conseil municipal a voté mardi soir un budget en hausse de trois pour cent pour l'année prochaine.\n\n"
    "Les travaux de la piscine commenceront au printemps, a précisé le maire devant la presse locale.\n"
)


def _item(name: str) -> InputFile:
    return InputFile(Path(name), name, PurePosixPath(name))


@pytest.mark.parametrize("where", [10, 150, -3])
def test_a_stray_nul_in_a_text_file_is_dropped_wherever_it_is(where):
    """Skipped whole as binary when it was in the first 64 KiB, kept (and written out) after."""
    data = STORY.encode()
    doc = read_text_file(_item("a.txt"), data[:where] + b"\x00" + data[where:])
    assert doc.text == STORY and doc.repairs == [NULS_REMOVED]


def test_a_nul_after_the_sniffed_head_is_dropped_too(tmp_path):
    long = STORY + "".join(f"Paragraphe {i} : une phrase assez longue pour compter comme texte, numéro {i}.\n\n" for i in range(1500))
    assert len(long.encode()) > 70_000
    at = long.index("numéro 1400")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes((long[:at] + "\x00" + long[at:]).encode())
    run([tmp_path / "in"], Config(), RunOptions(output=tmp_path / "out"))
    assert b"\x00" not in (tmp_path / "out" / "a.txt").read_bytes()


def test_a_file_mostly_of_nuls_is_still_binary():
    with pytest.raises(Exception, match="binary"):
        read_text_file(_item("a.txt"), STORY.encode() + b"\x00" * 4096)


def test_an_escaped_nul_in_a_jsonl_text_is_dropped_as_a_repair():
    line = json.dumps({"id": 1, "text": STORY.replace("mardi", "mar\u0000di")})
    [doc] = iter_jsonl(_item("c.jsonl"), line.encode() + b"\n")
    assert doc.text == STORY and NULS_REMOVED in doc.repairs


def test_a_page_of_thousands_of_label_runs_is_read_once(monkeypatch):
    """The box finder read every body line's stems again for each run of short labels: a JSONL
    record of 4,000 groups of labels and sentences ran for minutes (quadratic); now each line's
    stems are read a bounded number of times."""
    from cleaner.rules import forms

    rng = random.Random(2)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 9))) for _ in range(3000)]

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(8, 20))).capitalize() + "."

    lines = ["Un titre"]
    for i in range(300):
        label = rng.choice(words).capitalize()
        lines += [sentence(), sentence(), label, label + "s"] if i % 2 else [label, sentence(), label + "x", label + "y", sentence()]
    calls = []
    real = forms.text_stems
    monkeypatch.setattr(forms, "text_stems", lambda *args: calls.append(1) or real(*args))
    clean_text("\n".join(lines) + "\n")
    assert len(calls) < 10 * len(lines)  # ~200 times the lines before


def test_explain_prints_text_that_looks_like_markup(runner, tmp_path):
    """rich read "[/]" in a page as a closing tag and stopped `explain` with a MarkupError."""
    page = tmp_path / "a.txt"
    page.write_text("Le titre [/] et [bold]gras\n\nUn paragraphe assez long pour rester [/red] dans le texte propre.\n", encoding="utf-8")
    result = runner.invoke(app, ["explain", str(page)])
    assert result.exit_code == 0, result.output
    assert "[/]" in result.stdout and "[bold]gras" in result.stdout


def test_a_worker_count_past_four_per_cpu_is_refused(runner, tmp_path):
    """`--jobs 100000` started that many processes (each loads the rules): the machine ran out
    of memory before the run began."""
    from cleaner.results import MAX_JOBS

    with pytest.raises(ValueError, match="jobs must be at most"):
        RunOptions(output=tmp_path / "out", jobs=MAX_JOBS + 1)
    page = tmp_path / "a.txt"
    page.write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, ["clean", str(page), "-o", str(tmp_path / "out"), "--jobs", str(MAX_JOBS + 1)])
    assert result.exit_code == 2 and not (tmp_path / "out").exists()
    built = runner.invoke(app, ["index", "build", str(page), "--index", str(tmp_path / "i.sqlite"), "--jobs", str(MAX_JOBS + 1)])
    assert built.exit_code == 2 and (built.exception is None or isinstance(built.exception, SystemExit))  # a usage error, no traceback
    assert not (tmp_path / "i.sqlite").exists()
