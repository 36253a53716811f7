"""When an HTML page says it was published (html/published.py), and which date the dedup plan
takes when a page and its record both say (dedup/origins.published_time)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path, PurePosixPath

import pytest

from cleaner.dedup.origins import published_time
from cleaner.html import read_html
from cleaner.html.settings import DEFAULT_FILE, parse_settings
from cleaner.io.inputs import InputFile
from cleaner.io.records import read_jsonl
from cleaner.types import Document

BODY = "<article><h1>Ponte fechada</h1><p>A ponte sobre o rio ficou fechada ao trânsito durante toda a manhã de segunda-feira.</p></article>"
AT_0905 = 1796634300.0  # 2026-12-07T09:05:00Z
DAY_07 = 1796601600.0  # 2026-12-07, a day alone


def page(head: str = "", body: str = BODY) -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def stated(html: str) -> float | None:
    return read_html(html, "site/p.html").meta.get("published")


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2026-12-07T09:05:00Z">',
        '<meta name="DC.date.issued" content="2026-12-07T09:05:00+00:00">',
        '<meta name="parsely-pub-date" content="2026-12-07T09:05:00.000Z">',
        '<meta name="sailthru.date" content="2026-12-07 09:05:00">',  # no offset: UTC
        '<meta name="pubdate" content="2026-12-07T09:05:00Z">',
        '<meta name="date" content="Mon, 07 Dec 2026 09:05:00 +0000">',
        '<meta itemprop="datePublished" content="2026-12-07T09:05:00Z">',
        ld({"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2026-12-07T09:05:00Z"}),
        ld({"@graph": [{"@type": "WebSite", "datePublished": "2001-01-01"}, {"@type": ["NewsArticle"], "datePublished": "2026-12-07T09:05:00Z"}]}),
    ],
)
def test_each_meta_tag_and_json_ld_article_says_when_the_page_was_published(head: str) -> None:
    assert stated(page(head)) == AT_0905


@pytest.mark.parametrize(
    "body",
    [
        BODY.replace("<h1>", '<header><time pubdate datetime="2026-12-07T09:05:00Z">7 dez</time></header><h1>'),
        BODY.replace("</h1>", '</h1><span itemprop="datePublished" content="2026-12-07T09:05:00Z">7 dez</span>'),
        BODY.replace("</h1>", '</h1><time itemprop="datePublished" datetime="2026-12-07T09:05:00Z">7 dez</time>'),
    ],
)
def test_a_time_pubdate_or_a_microdata_date_in_the_article_says_it_too(body: str) -> None:
    assert stated(page(body=body)) == AT_0905


def test_a_users_meta_names_match_in_any_case_and_selectors_as_written() -> None:
    """A user's html.toml: meta names are compared case-folded on both sides, while a CSS
    selector keeps its case (class names and attribute values are case-sensitive)."""
    data = tomllib.loads(DEFAULT_FILE.read_text(encoding="utf-8"))
    data["published"] = {"meta": ["DC.Date.Issued"], "elements": ['[data-role="PubDate"]', ".Article-Date"]}
    settings = parse_settings(data, "user.toml")
    meta = page('<meta name="dc.date.ISSUED" content="2026-12-07T09:05:00Z">')
    assert read_html(meta, "site/p.html", settings=settings).meta.get("published") == AT_0905
    elements = {'<span data-role="PubDate" content="2026-12-07T09:05:00Z">7 dez</span>': AT_0905, '<time class="Article-Date" datetime="2026-12-07">7 dez</time>': DAY_07}
    for element, expected in elements.items():
        assert read_html(page(body=BODY.replace("</h1>", "</h1>" + element)), "site/p.html", settings=settings).meta.get("published") == expected


def test_a_time_zone_is_read_and_the_time_compared_in_utc() -> None:
    assert stated(page('<meta property="article:published_time" content="2026-12-07T14:35:00+05:30">')) == AT_0905
    assert stated(page('<meta property="article:published_time" content="2026-12-07T08:05:00-01:00">')) == AT_0905


def test_a_date_that_does_not_parse_gives_way_to_the_next_source() -> None:
    head = '<meta name="date" content="0000-00-00 00:00:00"><meta property="article:published_time" content="soon">'
    assert stated(page(head)) is None
    assert stated(page(head + ld({"@type": "NewsArticle", "datePublished": "2026-12-07T09:05:00Z"}))) == AT_0905
    assert stated(page('<meta name="date" content="1970-01-01T00:00:00Z">')) is None  # a date never set
    assert stated(page(ld({"@type": "NewsArticle", "datePublished": "2026-12-07T09:05:00Z"})[:-12] + "</script>")) is None  # broken JSON


def test_a_modification_time_alone_dates_nothing_and_never_beats_the_publication() -> None:
    modified = ('<meta property="article:modified_time" content="2026-12-06T09:05:00Z">'
                + ld({"@type": "NewsArticle", "dateModified": "2026-12-06T09:05:00Z"}))
    assert stated(page(modified)) is None
    both = ld({"@type": "NewsArticle", "dateModified": "2026-12-06T09:05:00Z", "datePublished": "2026-12-07T09:05:00Z"})
    assert stated(page('<meta property="article:modified_time" content="2026-12-06T09:05:00Z">' + both)) == AT_0905
    assert stated(page(body=BODY.replace("</h1>", '</h1><time itemprop="dateModified" datetime="2026-12-06T09:05:00Z">6 dez</time>'))) is None


def test_an_article_type_only_dates_the_page_not_the_site_or_a_listed_item() -> None:
    assert stated(page(ld({"@type": "WebSite", "datePublished": "2001-01-01"}))) is None
    assert stated(page(ld({"@type": "Organization", "foundingDate": "1999", "datePublished": "2001-01-01"}))) is None


def test_a_files_page_date_comes_before_its_paths_day() -> None:
    doc = read_html(page('<meta property="article:published_time" content="2026-12-07T09:05:00Z">'), "site/2026-12-01-ponte.html")
    assert published_time(doc) == AT_0905
    assert published_time(read_html(page(), "site/2026-12-07-ponte.html")) == DAY_07


def test_a_records_own_date_field_wins_over_its_pages_and_the_page_over_its_urls_day(tmp_path: Path) -> None:
    html = page('<meta property="article:published_time" content="2026-12-07T09:05:00Z">')
    records = [
        {"id": "own", "url": "https://a.example/2026/12/01/ponte", "published": "2026-12-08T10:00:00Z", "html": html},
        {"id": "page", "url": "https://a.example/2026/12/01/ponte", "html": html},
        {"id": "url", "url": "https://a.example/2026/12/07/ponte", "html": page()},
    ]
    data = "".join(json.dumps(r) + "\n" for r in records).encode()
    item = InputFile(tmp_path / "crawl.jsonl", "crawl.jsonl", PurePosixPath("crawl.jsonl"))
    docs = {doc.id: doc for doc in read_jsonl(item, data.splitlines(keepends=True), "html") if isinstance(doc, Document)}
    assert published_time(docs["crawl.jsonl#own"]) == 1796724000.0
    assert published_time(docs["crawl.jsonl#page"]) == AT_0905
    assert published_time(docs["crawl.jsonl#url"]) == DAY_07
