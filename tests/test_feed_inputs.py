"""An RSS or Atom feed or a sitemap given where a page or a text was expected (crawls save them
beside the pages, as .html or .xml) is refused with a reason that names it: never its markup
kept as text, never a channel title and one item's stray paragraphs passed off as an article."""

from __future__ import annotations

import json
from pathlib import PurePosixPath

import pytest

from cleaner.cli import app
from cleaner.errors import InputError
from cleaner.html import read_html
from cleaner.io.feeds import feed_kind
from cleaner.io.inputs import InputFile, read_text_file

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Kauno žinios – Naujienos</title><link>https://www.kaunozinios.lt/</link>
<item><title>Kaune atidarytas naujas tiltas per Nerį</title>
<description><![CDATA[<p>Trečiadienį atidarytas naujas pėsčiųjų ir dviračių tiltas.</p>]]></description>
<content:encoded><![CDATA[<p>Trečiadienį atidarytas naujas pėsčiųjų ir dviračių tiltas.</p>
<p>Tilto statyba kainavo 14 milijonų eurų, iš kurių didžiąją dalį skyrė Europos Sąjungos fondai.</p>]]></content:encoded>
</item></channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<!-- generator: example -->
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="lt"><title>Kauno žinios</title>
<entry><title>Kaune atidarytas naujas tiltas</title><content type="html">&lt;p&gt;Tiltas.&lt;/p&gt;</content></entry>
</feed>"""
RDF = """<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://x.lt/"><title>X</title></channel></rdf:RDF>"""
RSS_091 = """<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old feed</title></channel></rss>"""
SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://www.kaunozinios.lt/naujienos/tiltas-per-neri</loc>
<news:news><news:title>Kaune atidarytas naujas tiltas per Nerį</news:title></news:news></url>
</urlset>"""
SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://www.kaunozinios.lt/sitemap-2026-12.xml</loc></sitemap></sitemapindex>"""
PAGE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Naujas tiltas per Nerį</title></head>
<body><article><h1>Naujas tiltas per Nerį</h1>
<p>Trečiadienį iškilmingai atidarytas naujas pėsčiųjų ir dviračių tiltas, jungiantis Vilijampolę su senamiesčiu.</p>
<p>Tilto statyba kainavo 14 milijonų eurų, iš kurių didžiąją dalį skyrė Europos Sąjungos fondai.</p>
</article></body></html>"""


@pytest.mark.parametrize(("text", "kind"), [
    (RSS, "an RSS feed"), (ATOM, "an Atom feed"), (RDF, "an RSS feed"), (RSS_091, "an RSS feed"),
    (SITEMAP, "a sitemap"), (SITEMAP_INDEX, "a sitemap index"),
    ("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n" + RSS, "an RSS feed"),
])
def test_feeds_and_sitemaps_are_known_by_their_root_element(text: str, kind: str):
    assert feed_kind(text) == kind


@pytest.mark.parametrize("text", [
    PAGE, "<!DOCTYPE html><html><body><svg><title>rss</title></svg><p>RSS</p></body></html>",
    "<rss> is the root element of an RSS feed, as this sentence says.\n",
    "Subscribe to our <rss> feed.", "<feeds><item>x</item></feeds>",
])
def test_a_page_or_a_text_naming_a_feed_is_no_feed(text: str):
    assert feed_kind(text) is None


@pytest.mark.parametrize(("text", "reason"), [
    (RSS, "an RSS feed, not a page"), (ATOM, "an Atom feed, not a page"), (SITEMAP, "a sitemap, not a page"),
])
def test_the_html_reader_refuses_a_feed(text: str, reason: str):
    with pytest.raises(InputError, match=reason):
        read_html(text.encode("utf-8"), "feed.html")
    assert read_html(PAGE, "page.html").text.startswith("Naujas tiltas per Nerį\nTrečiadienį")


def test_a_feed_saved_as_xml_or_txt_is_refused_not_kept_as_markup(tmp_path):
    source = tmp_path / "rss.xml"
    source.write_text(RSS, encoding="utf-8")
    with pytest.raises(InputError, match="an RSS feed, not a page"):
        read_text_file(InputFile(source, "rss.xml", PurePosixPath("rss.xml")), source.read_bytes())


def test_a_run_skips_a_feed_with_its_reason_and_cleans_the_rest(runner, tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "feed.html").write_text(RSS, encoding="utf-8")
    (folder / "sitemap.html").write_text(SITEMAP, encoding="utf-8")
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["clean", str(folder), "-o", str(tmp_path / "out")])
    assert "feed.html: skipped: an RSS feed, not a page" in result.output
    assert "sitemap.html: skipped: a sitemap, not a page" in result.output
    assert not (tmp_path / "out" / "feed.txt").exists() and not (tmp_path / "out" / "sitemap.txt").exists()
    assert (tmp_path / "out" / "page.txt").read_text(encoding="utf-8").startswith("Naujas tiltas per Nerį\n")


def test_a_feed_in_a_jsonl_text_field_is_written_back_as_read_and_reported(runner, tmp_path):
    source = tmp_path / "c.jsonl"
    records = [{"id": "f", "text": ATOM}, {"id": "t", "text": "Tiltas atidarytas trečiadienį.\n"}]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = runner.invoke(app, ["clean", str(source), "-o", str(tmp_path / "out.jsonl")])
    assert "c.jsonl:1: skipped: an Atom feed, not a page" in result.output
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert out == records
