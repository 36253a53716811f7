"""A whole HTML page saved under a .txt name, or in a JSONL `text` field, is read as HTML (its
article, not its markup), and the report says so; text that merely mentions a tag is text."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

from cleaner.cli import app
from cleaner.io.inputs import InputFile, is_html_page, read_text_file

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "fixtures" / "html" / "amp_story.html"
TITLE = "Night trains return to the Caldera line after nine years"


def test_only_a_page_that_starts_as_one_is_html():
    assert is_html_page("<!DOCTYPE html>\n<html><body>x</body></html>")
    assert is_html_page("\ufeff<?xml version='1.0'?>\n<!-- saved -->\n<html lang='fr'>")
    assert not is_html_page("Le <html> est un langage de balisage.")
    assert not is_html_page("<p>Un paragraphe collé du site.</p>")


def test_a_saved_response_is_a_page():
    """A crawl record's whole response: a WARC head, an HTTP head, then the page."""
    http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nSet-Cookie: s=1\r\n\r\n"
    assert is_html_page(http + "<!DOCTYPE html>\n<html><head><title>x</title></head>")
    assert is_html_page("WARC/1.0\r\nWARC-Type: response\r\n\r\n" + http + "<html lang='en'>\n<body>x</body></html>")
    assert not is_html_page(http + "The status line above is what a server sends.")
    assert not is_html_page("HTTP/1.1 is the protocol.\n\n<html> and <body> tags frame a page.")


def test_a_page_saved_as_txt_comes_out_as_its_article(runner, tmp_path):
    source = tmp_path / "page.txt"
    source.write_bytes(PAGE.read_bytes())
    as_html = tmp_path / "page.html"
    as_html.write_bytes(PAGE.read_bytes())
    result = runner.invoke(app, ["clean", str(source), "-o", str(tmp_path / "out.txt"), "-q"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert text.startswith(TITLE) and "<" not in text and "amp-" not in text
    assert runner.invoke(app, ["clean", str(as_html), "-o", str(tmp_path / "h.txt"), "-q"]).exit_code == 0
    assert text == (tmp_path / "h.txt").read_text(encoding="utf-8")
    doc = read_text_file(InputFile(source, "page.txt", PurePosixPath("page.txt")), source.read_bytes())
    assert doc.repairs[0] == "read as HTML"  # what removal lines of the report carry as `repaired`


def test_a_page_in_a_jsonl_text_field_is_read_as_html(runner, tmp_path):
    source = tmp_path / "c.jsonl"
    records = [{"id": "p", "text": PAGE.read_text(encoding="utf-8")}, {"id": "t", "text": "Le <html> est un langage.\n"}]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = runner.invoke(app, ["clean", str(source), "-o", str(tmp_path / "out.jsonl"), "-q"])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert out[0]["text"].startswith(TITLE) and "<" not in out[0]["text"]
    assert out[1]["text"] == "Le <html> est un langage.\n"
    saved = "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html\r\n\r\n" + PAGE.read_text(encoding="utf-8")
    source.write_text(json.dumps({"id": "r", "text": saved}) + "\n", encoding="utf-8")  # a crawl's saved response
    assert runner.invoke(app, ["clean", str(source), "-o", str(tmp_path / "r.jsonl"), "-q"]).exit_code == 0
    text = json.loads((tmp_path / "r.jsonl").read_text(encoding="utf-8"))["text"]
    assert text == out[0]["text"] and "nginx" not in text
