"""HTML through the CLI: pages and JSONL html fields in, text out; odd pages skipped, never fatal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.run import EXIT_BAD_INPUT, EXIT_OK
from work_counts import growth, lines_run

ARTICLES = {
    "bridge": [
        "The council voted on Tuesday to rebuild the old bridge, after two years of debate about its cost.",
        "Engineers said the new structure would carry twice the traffic and resist the spring floods better.",
        "Residents of the east bank welcomed the decision, although some still fear months of detours.",
    ],
    "library": [
        "A library closed since the storm of 2021 will reopen its reading rooms to students in September.",
        "Volunteers spent the summer drying thousands of rare books page by page in a borrowed warehouse.",
        "The head librarian thanked donors, who paid for new shelves, lamps and a children's corner.",
    ],
    "harbour": [
        "Fishing boats stayed in the harbour for a third day as gales battered the northern coast.",
        "Skippers warned that prices at the morning auction would climb if the weather did not improve.",
        "Coastguards rescued two sailors whose yacht lost its mast near the lighthouse late on Sunday.",
    ],
    "orchard": [
        "Growers expect a record apple harvest this autumn after a warm spring and steady August rain.",
        "Pickers from three countries arrived at the orchard cooperative, where wages rose by a tenth.",
        "Cider makers hope the surplus will lower their costs, while supermarkets promise stable prices.",
    ],
    "theatre": [
        "The municipal theatre announced a season of twelve plays, half of them by first-time authors.",
        "Its director said cheaper tickets on Thursdays had doubled the number of young spectators.",
        "Rehearsals for the opening comedy began this week in a hall still smelling of fresh paint.",
    ],
}


def prose(subject: str) -> list[str]:
    """Three sentences about one subject: pages built from different subjects share no text."""
    return ARTICLES[subject]


def page(subject: str, extra: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in prose(subject))
    return (
        f"<html><head><title>A new {subject} | Daily Site</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>A new {subject}</h1>{paragraphs}{extra}</article>"
        "<div class='share-buttons'><p>Share this article with all your friends on every network</p></div>"
        "</body></html>"
    )


def clean(runner: CliRunner, *args: str):
    return runner.invoke(app, ["clean", *args, "--quiet"])


def test_html_file_becomes_txt_with_the_title_first(runner, tmp_path: Path) -> None:
    (tmp_path / "some.html").write_text(page("bridge"), encoding="utf-8")
    out = tmp_path / "out"
    result = clean(runner, str(tmp_path / "some.html"), "-o", str(out) + "/")
    assert result.exit_code == EXIT_OK, result.output
    text = (out / "some.txt").read_text(encoding="utf-8")
    assert text.rstrip("\n").split("\n\n") == ["A new bridge", *prose("bridge")]
    assert "Home" not in text and "Share this" not in text and "Daily Site" not in text


def test_folder_of_pages_mirrors_paths_with_txt_suffix(runner, tmp_path: Path) -> None:
    source = tmp_path / "pages"
    (source / "sub").mkdir(parents=True)
    (source / "a.html").write_text(page("library"), encoding="utf-8")
    (source / "sub" / "b.htm").write_text(page("harbour"), encoding="utf-8")
    out = tmp_path / "out"
    result = clean(runner, str(source), "-o", str(out))
    assert result.exit_code == EXIT_OK, result.output
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == ["a.txt", "sub/b.txt"]
    assert prose("harbour")[1] in (out / "sub" / "b.txt").read_text(encoding="utf-8")


def test_jsonl_html_field_gets_a_text_field_and_bad_records_are_reported(runner, tmp_path: Path) -> None:
    records = [
        {"id": "good", "url": "https://example.org/a", "html": page("orchard")},
        {"id": "empty", "html": ""},
        {"id": "no-field", "body": page("bridge")},
        {"id": "script-only", "html": "<html><body><script>x()</script></body></html>"},
    ]
    source = tmp_path / "pages.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    result = clean(runner, str(source), "-o", str(out), "--html-field", "html")
    assert result.exit_code == EXIT_BAD_INPUT
    assert "pages.jsonl:2" in result.output and "pages.jsonl:3" in result.output and "pages.jsonl:4" in result.output
    written = [json.loads(line) for line in (out / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    good = next(r for r in written if r["id"] == "good")
    assert good["html"] == records[0]["html"]
    assert good["text"].startswith("A new orchard\n\n") and prose("orchard")[2] in good["text"]
    assert "Share this" not in good["text"]


FRENCH = [
    "Le conseil municipal a voté mardi la reconstruction du vieux pont, après deux ans de débats.",
    "Les ingénieurs ont expliqué que la nouvelle structure résisterait mieux aux crues du printemps.",
    "Les habitants de la rive est, qui attendent un passage depuis 2019, ont salué cette décision.",
]
RUSSIAN = [
    "Городской совет во вторник проголосовал за восстановление старого моста после двух лет споров.",
    "Инженеры заявили, что новая конструкция лучше выдержит весенние паводки и вдвое больший поток.",
    "Жители восточного берега, которые ждут переправу с 2019 года, с радостью встретили это решение.",
]
GERMAN = [
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke nach zwei Jahren Streit neu zu bauen.",
    "Die Ingenieure sagten, das neue Bauwerk werde die Frühjahrshochwasser deutlich besser überstehen.",
    "Die Bewohner des Ostufers, die seit 2019 auf einen Übergang warten, begrüßten die Entscheidung.",
]


def foreign_page(sentences: list[str], head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in sentences)
    return f"<html><head>{head}</head><body><nav><a href='/'>Accueil</a></nav><article>{paragraphs}</article></body></html>"


ODD_PAGES = {
    "cp1252, undeclared": (foreign_page(FRENCH).encode("cp1252"), FRENCH),
    "cp1251, declared": (foreign_page(RUSSIAN, "<meta charset='windows-1251'>").encode("cp1251"), RUSSIAN),
    "utf-16 with BOM": (foreign_page(GERMAN).encode("utf-16"), GERMAN),
    "latin-1 declared, utf-8 bytes": (foreign_page(FRENCH, "<meta charset='iso-8859-1'>").encode("utf-8"), FRENCH),
}


@pytest.mark.parametrize("case", sorted(ODD_PAGES))
def test_odd_charsets_come_out_as_the_right_characters(runner, tmp_path: Path, case: str) -> None:
    data, sentences = ODD_PAGES[case]
    (tmp_path / "p.html").write_bytes(data)
    out = tmp_path / "out"
    result = clean(runner, str(tmp_path / "p.html"), "-o", str(out))
    assert result.exit_code == EXIT_OK, result.output
    assert (out / "p.txt").read_text(encoding="utf-8").rstrip("\n").split("\n\n") == sentences


def test_broken_binary_and_empty_pages_are_skipped_and_the_rest_written(runner, tmp_path: Path) -> None:
    source = tmp_path / "pages"
    source.mkdir()
    (source / "good.html").write_text(page("bridge"), encoding="utf-8")
    (source / "truncated.html").write_text(page("library")[:420], encoding="utf-8")
    (source / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100)
    (source / "empty.html").write_bytes(b"")
    (source / "unclosed.html").write_text("<div><p>" + "<p>".join(prose("harbour")), encoding="utf-8")
    out = tmp_path / "out"
    result = clean(runner, str(source), "-o", str(out))
    assert result.exit_code == EXIT_BAD_INPUT
    assert "binary.html: skipped" in result.output and "empty.html: skipped" in result.output
    assert "good.html" not in result.output and "unclosed.html" not in result.output
    assert prose("bridge")[2] in (out / "good.txt").read_text(encoding="utf-8")
    assert (out / "unclosed.txt").read_text(encoding="utf-8").startswith("\n\n".join(prose("harbour")[:2]))
    assert prose("library")[0][:40] in (out / "truncated.txt").read_text(encoding="utf-8")


def _long_page(folder: Path, paragraphs: int) -> Path:
    body = "".join(f"<p>Paragraph {i} tells its own story about item {i * 7} in {i % 97} words or so.</p>" for i in range(paragraphs))
    folder.mkdir()
    (folder / "huge.html").write_text(f"<html><body><h1>Huge</h1><div>{body}</div></body></html>", encoding="utf-8")
    return folder / "huge.html"


def test_long_page_goes_through_the_cli_in_linear_work(runner, tmp_path: Path) -> None:
    """Template paragraphs through the whole CLI (reader, rules, dedup, writer): past the work
    of a page of 10, twice the paragraphs run about twice the Python lines, not four times (the
    reader alone is tested in test_html.py; the time of 1,000 paragraphs is
    benchmarks/bench_guards.py's). Each page is cleaned once first, so what a first run loads
    and caches is counted in neither."""
    pages = {paragraphs: _long_page(tmp_path / str(paragraphs), paragraphs) for paragraphs in (10, 200, 400)}
    work = {}
    for paragraphs, page in pages.items():
        clean(runner, str(page), "-o", str(page.parent / "out"))
        result, work[paragraphs] = lines_run(clean, runner, str(page), "-o", str(page.parent / "out"))
        assert result.exit_code == EXIT_OK, result.output
        text = (page.parent / "out" / "huge.txt").read_text(encoding="utf-8")
        assert "Paragraph 0 tells its own story" in text[:100] and f"Paragraph {paragraphs - 1} tells" in text
    assert growth(work[200] - work[10], work[400] - work[10]) < 2.25, work


def test_pipeline_keeps_every_paragraph_the_reader_chose(runner, tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text("<div><p>" + "<p>".join(prose("harbour")), encoding="utf-8")
    result = clean(runner, str(tmp_path / "p.html"), "-o", str(tmp_path / "out"))
    assert result.exit_code == EXIT_OK
    assert (tmp_path / "out" / "p.txt").read_text(encoding="utf-8").rstrip("\n").split("\n\n") == prose("harbour")
