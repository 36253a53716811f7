"""Whole corpora cleaned as one run: wire reprints, site templates, updated versions, reused sentences.

fixtures/corpus/ holds three hand-written corpora (invented sites, places and people):
- wire/: three sites (one folder each, so one dedup source each) with their own menu, newsletter
  and footer lines in every file; a Northwire story reprinted by all three with other intros,
  outros and a few words changed; site-c has a warehouse fire story in three versions, each one
  the previous plus new paragraphs (v1 ⊂ v2 ⊂ v3, file names sorted oldest first);
- jsonl/crawl.jsonl: the same pages as one crawl, records in publication order with `url`
  fields (so a source is a host), the wire story met first on the business site, and the
  ferry story saved twice under one id;
- fr/: two French sites where a background sentence and a mayor's quote come back in later
  stories, and teasers repeat the opening of the body (one cut short with "…");
- dpa/streik.jsonl: a German dpa rail-strike story reprinted by five sites (one host each in
  `url`), each with its own headline, byline and closing paragraph, some with another first
  sentence or a paragraph dropped; each site's own stories around it, several of them closing
  with the stock line "Die Polizei bittet um Hinweise von Zeugen." (under four sources: it stays
  in each), each site's menu, newsletter and footer lines in all its pages;
- es/: three Spanish sites: a live blog saved four times (each version the previous one plus a
  new entry on top), a teaser page met before its article and another met after it, a rent
  figures paragraph reprinted with three words changed (removed) next to two other paragraphs
  on the same figures in other words (kept);
- labels/interviews.jsonl: four French sites, one interview page each (a host per `url`), with
  "Question :" and "Réponse :" labels between the questions and answers; every page also has
  a menu sharing "Accueil" and "Newsletter", share rows and a footer shared with the others;
  two of them close with the same short agency note (a reprint: kept once);
- small/: a small site of 11 pages (ledger.jsonl, one host) with its tagline and a tip line
  (no rule knows them) on every page and "The company did not respond to a request for
  comment." in 3 of them (closing one article, a paragraph of its own in the middle of
  another, the last sentence of a paragraph in a third); and a folder of four articles of one
  local paper whose follow-ups repeat a short background sentence as a paragraph of their own
  between new prose (kept in each) and a long one inside a paragraph (kept once, in the first).
- stock/newsdesks.jsonl: five news sites, one page each (a host per `url`); three print "The
  company did not respond to a request for comment." as a paragraph between their article's own
  prose (a stock phrase: kept in each), a fourth closes its article with it; one site's short
  paragraph on a chemical plant's record ("Brenlow Chemicals was fined after a similar leak in
  2021.") is reprinted by another between its own prose (a copy: kept once). Two site lines no
  rule knows stay (a capitals menu, a publisher's imprint): each site has one page.
- recipes/: three pages of one recipe site, its menu, "Rezept drucken" and "Merken" buttons and
  footer in each; "Zutaten" (and "Zubereitung") in every page too, "Zutaten" right under the
  buttons, where template stands: it heads each page's own quantity rows, so it stays in all
  three (dedup.lines.row_headings), as does each page's fact row "Zubereitungszeit: ..." over
  its intro (rules/recipe.py); a tip closing two of them is kept once.
- dd_teasers/rnb.jsonl: one German site; a teaser page (headline, the lead cut mid-sentence
  with " …", "Weiterlesen") met before its article, a paywalled page (the first paragraph, the
  second cut with "...", a subscription pitch) met before its full article, and a home page card
  with a kicker of its own over the lead cut mid-word ("Standardco…") met before its article:
  each article is kept whole, the two teasers are dropped as `duplicate_of` it, the card keeps
  its headline and kicker, and every cut sentence goes as a fragment of the complete one; and a
  paywalled page met after its article, its cut sentence too short to be met as a near copy:
  dropped as `duplicate_of` the article all the same (the cut sentence does not count);
- dd_quotes/prensa.jsonl: five Spanish sites; a minister's statement of two quoted sentences
  («...». «...».) printed inside a paragraph of the first article, as two paragraphs of their
  own between new prose in a second, inside a paragraph between new sentences in a third, cut
  into another sentence in a fourth; a fifth site reprints the first article whole (dropped).
- dd_updates/le-courrier/: one French site; a crash report at 10:00 and its update at 15:00
  (the toll corrected in the headline and the lead, "deux morts et huit blessés" -> "trois
  morts et sept blessés", three paragraphs added, the other two as they were): the update is
  kept whole, the first version dropped as `duplicate_of` it.
- dd2_mostread/courier.jsonl: one English site's five pages, each closing with a "Most read"
  box of three other pages' headlines and leads (pages link each other both ways): every page
  keeps its own headline and lead whichever comes first, the boxes go (dedup.home.paragraph).
- dd2_live/live.jsonl: eight live blogs of two French sites, their entries under time stamps
  ("12:25", "09.45", "14h05") the other pages share: nothing is removed (dedup.structure).
- dd3_pages/allgaeuer-tagblatt/: one German paper's folder: an article saved as three pages, each
  repeating the breadcrumb, headline, standfirst and byline above its own part, closing with its
  "Seite 2 von 3" line, share row and copyright; and one other article: page 1 keeps the headline
  and standfirst (an article's head on its pages is no site template, dedup/pages.py), pages 2
  and 3 lose them.
- dd3_update/le-courrier/: the crash report of dd_updates, its update rewriting two of its five
  paragraphs too (52% of the first version's words held): the headlines open and end alike
  (update_title_containment), so the update is met first and kept whole; the 10:00 version keeps
  only its old headline and the two paragraphs the update rewrote.
- dd4_rewrites/agencies.jsonl: one event written up by two agencies in their own words (one
  host each), the second's "The company said it would respond within 30 days." near the first's
  longer sentence, a lone one between its own sentences (kept: DedupConfig.rewrite_run); a
  third site reprints the first agency's lead with a word changed under its own opening sentence,
  followed by a paragraph copied word for word (both go: a reprint copies its neighbours too).
- dd4_box/weser-bote/: one German paper's four pages, each closing with the same "Über uns" box of
  three long paragraphs (its first one every page's longest line) and the footer: the box goes
  from every page, the first one too (dedup/boxes.py: a run closing all pages of a source).
- dd5_copies/: harwick-courier/ saves one story three times, each copy with a headline and a lead
  of its own over the same three paragraphs (all the site's pages): the first copy keeps them,
  the others lose them as its copies (dedup/bodies.py: a run of long prose lines under the
  page's own line, most of its text, is no site template); ostholmer-anzeiger/ closes three
  articles with the same two-paragraph subscription pitch right under their last paragraph,
  no heading: shorter than the articles, it goes from every page, the first one too.
- dd5_wire/agencies.jsonl: one court ruling written up by two agencies in wire style (one
  sentence a paragraph): the second's "The port authority said it would decide within a month
  ..." is a paragraph of its own near the first's longer sentence, between its own prose (kept:
  DedupConfig.rewrite_paragraphs); a local paper reprints that sentence with a word changed as a
  paragraph between its own (it holds its original: removed as a near paragraph).
- dd6_afp/: five French sites (a folder each, dated file names) reprint one AFP flood story under
  their own headline, some with the dateline, one with a word changed, one with its own lead
  and closing paragraphs, the others trimmed: the most complete copy (le-fil-midi) is kept
  whole, the others point to it and keep only their own lines; the region's press office
  (region-occitanie-presse/, sorting last) issues a communiqué on the 6th that three sites
  copy on the 7th: the region's page keeps it, the copies point to it (dedup/origins.py: the
  copy published first).
- dd6_efe/crawl.jsonl: a crawl (records in crawl order, `url` hosts, `published` fields) where
  four sites reprint an EFE story before the agency's own page comes, published first: it is
  kept whole and the reprints (one dated by its URL only, one undated) point to it; a site's
  own story translated into English by another site is no copy; the network's sidebar that two
  sites print under every page goes as each site's template.
- dd6_dpa/: four German sites reprint a dpa story (one with its own lead and ending, one with
  the dateline and a word changed, one trimmed); nordwest-online/ saved its storm live blog at
  09:15, 12:30 and 15:20, each version the previous one plus new entries on top; elbe-nachrichten/
  saved a teaser page (the lead cut with " …", "Weiterlesen mit E+") before its article; an
  English site translates the dpa story (no copy: kept whole). The dpa text is kept once, each
  site keeps its own lines, the 15:20 live blog and the article are kept whole.
- dd6_reuters/: a Reuters story reprinted by four US sites of one or two pages each (too few
  for a site template), three of them closing every page with the same two headlines of their
  network, no heading over them: the sidebar goes from every page, the story is kept once.
- dd6_boxes/: harbour-gazette/ closes four one-paragraph briefs and a longer article with the
  same sponsor box of three paragraphs, no heading: it goes from every page; kelby-echo/ saved
  one story three times, each copy with its own headline and lead over the same four
  paragraphs, the third with a new top of two paragraphs: the first copy keeps the body, the
  others point to it (dedup/bodies.py: one copy under a one-paragraph lead is enough).
- dd7_html/: HTML pages of one Lusa earthquake story saved from five sites, each dated only by
  its markup: the agency's page (servico-lusa/, sorting last) by a <time pubdate> at 08:05 UTC
  beside a later modification time; an Azores site by article:published_time 07:50 at -01:00
  (08:50 UTC: later, though its clock reads earlier), with its own lead and closing around the
  wire text; a trimmed copy by JSON-LD datePublished in an @graph beside an earlier
  dateModified; a copy undated; a Spanish site's translation (parsely-pub-date). The agency's
  page is kept whole, the copies point to it, the Azores site keeps its own lines, the
  translation is no copy (html/published.py, dedup/origins.py).
- dd8_bylines/: text files of one Italian agency's landslide story saved from four sites, no date
  in any file name: each is dated only by its byline ("7 dicembre 2026 ore 10:20" on the
  agency's page, servizio-agenzia-lombarda/, sorting last; "di Redazione | 7 dicembre 2026,
  13:05"; "07/12/2026 - 12:40" under a site header showing the day the page was saved; a
  "Pubblicato ... alle 11:15 | Aggiornato ... alle 16:30" stamp over a body recalling an older
  closure "il 3 novembre 2025"). The agency's page is kept whole, a trimmed copy is dropped as
  `duplicate_of` it, the others keep their own lines (io/textdates.py, dedup/origins.py).
- dd9_horoscope/: a Spanish astrologer's weekly horoscope dated only by its headline's range
  "del 7 al 13 de diciembre de 2026" (zodiaco-hoy/, sorting last), and a paper's reprint of
  its twelve signs with an intro and closing of its own under a byline dated 9 December
  (cronica-del-sur/). The range dates the original by its first day, before the reprint: it
  is kept whole, the reprint keeps its own lines (io/textdates.py, dedup/origins.py).
- dd9_unspaced/wire.jsonl: one story each in Chinese, Japanese and Thai (no spaces between
  words) printed by two sites, the second under its own headline with a figure, a particle or
  a character changed in some paragraphs ("200毫米" -> "250毫米", "設備故障" -> "設備の故障",
  "สองพัน" -> "สามพัน"); the Chinese and Thai copies add a paragraph of their own. Changed
  paragraphs go as near copies (character shingles), the copies keep their own headline and
  paragraph, and the Japanese copy, nothing of its own left, is `duplicate_of` the first.
- dd9_group/sider.jsonl: two Norwegian papers of one publisher on their own domains, two pages
  each (under `template_min_docs` per site): a local story of each, and each one's copy of an
  NTB wire story with its own headline and a paragraph of its own. Every page carries the
  group's tagline, its sister-titles line and its press-ethics notice (the longest line of the
  local pages). The notice is the group's template: gone from every page, the first met too
  (groups.py); the wire story is kept once, on the page met first, not taken for template.
- dd9_correction/crawl.jsonl: a Danish local paper's article crawled at 08:14 and again at
  15:52 (same URL, `published` fields), silently corrected in between: one sentence reworded
  shorter, "for i alt 14 millioner kroner" -> "for 4 millioner kroner", so the corrected page
  is no longer than the first; another article of the site between them. The corrected page
  is kept whole (versions._replaces); the first one keeps only its old sentence, the line the
  correction changed.
- dd10_group/: two Dutch regional papers of one publisher (twentse-bode/, achterhoeker/), two
  pages each: a six-token tagline over every page ("Oosterveld Media · uw krant sinds 1911"),
  the group's complaints notice under it, and a subheading three of the pages print between
  their text ("Wat betekent dit voor u?"). The tagline is under `min_words`: it is the group's
  template by where it stands over the four articles (groups.sister_stances), gone from the
  first page of each site too; the subheading stays on every page.
- dd11_edges/sadeczanin-info/: a Polish local site's two pages. One prints its lead twice, as the
  standfirst and again as the body's first paragraph with its third-last word changed
  ("przewiozą" -> "dowiozą"): the body's copy goes as contained in the standfirst (it held 0.864
  of its tokens counted by shingles, 0.955 with its edges counted as its middle,
  dedup/coverage.py). The other page has two sentences opening alike ("W sobotę o godzinie 17
  na ...") about two events: both stay.
- dd11_wire/zpravy-z-kraje/: a Czech folder of local news pages from several papers, no URLs
  (one source): three papers print the same wire sentence on a fire as their longest line, each
  under its own headline, credit and closing line; two other articles. The first copy keeps it;
  the second and the third are reprints of it, and the report says so (the third was reported as
  `dedup.template.sentence`: the online count of documents reached `template_min_docs`, while
  the plan, counting articles by their longest line, had found it no template).
- dd12_edits/ziarul-de-vale/: a Romanian local site's two pages. One prints its lead paragraph
  again further down, its middle sentence edited ("de la o cisternă parcată" -> "dintr-o cisternă
  oprită": 4 of its 14 tokens no longer covered, under `containment`): the copy's other two
  sentences go as exact repeats, the edited one with them as a near copy of the paragraph
  (`dedup.near.paragraph`, dedup/near_paragraphs.py), pointing at the lead. The other page lists
  a fair in two villages in two paragraphs of one template (another day, another village): both
  stay.
- dd13_glued/lokalnytt/: a Swedish folder of local pages from three papers, no URLs (one
  source): three stories glue the same wire sentence on the snow forecast to their own
  paragraph; two other articles. The first copy keeps it; the second and the third are reprints
  of it (the third was reported `dedup.template.sentence`: three of five pages is no site
  furniture for a sentence sharing its line with an article's own words).
- dd13_live/eco-di-valsassina/: an Italian live blog saved at 09:50, 13:10 and 18:00 (each
  version the previous one with new entries on top, under time labels) and another article:
  the 18:00 version is kept whole, the other two are `duplicate_of` it; cleaned over two runs
  with `--index` (the 09:50 version first), the 13:10 version is dropped all the same.
- dd13_cjk/snow.jsonl: two Japanese sites. One page repeats its lead under a summary label
  with full-width figures ("２４時間に７０センチ"): the repeat goes; the other site reprints the
  lead with three characters changed under its own headline: removed as a near copy.
- dd13_nordland/crawl.jsonl: a crawl of two Norwegian sites: a two-sentence footer on every
  page of one (template, gone from all of them), a long paragraph the other reprints (kept
  once), and a ferry story fetched three times under one URL, updated in between: the update
  is kept whole, the other two fetches are `duplicate_of` it.
fixtures/corpus/expected/ holds the outputs of `cleaner clean fixtures/corpus/<name> -o OUT`,
reviewed by eye: every template line gone, every reprinted paragraph kept exactly once, the most
complete version kept whole, nothing original lost. The facts below say in words what a failing
golden comparison most likely broke.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.dedup.text import tokens
from cleaner.html import read_html
from cleaner.run import RunOptions, run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
CORPORA = ["wire", "jsonl", "fr", "dpa", "es", "labels", "small", "stock", "recipes", "dd_teasers", "dd_quotes", "dd_updates", "dd2_mostread", "dd2_live", "dd3_pages", "dd3_update", "dd4_rewrites", "dd4_box", "dd5_copies", "dd5_wire", "dd6_afp", "dd6_efe", "dd6_dpa", "dd6_reuters", "dd6_boxes", "dd7_html", "dd8_bylines", "dd9_horoscope", "dd9_unspaced", "dd9_group", "dd9_correction", "dd10_group", "dd11_edges", "dd11_wire", "dd12_edits", "dd13_glued", "dd13_live", "dd13_cjk", "dd13_nordland"]

# A sentence of each paragraph of the Northwire story (one has a word changed on site-b).
WIRE = [
    "Dockworkers at the port of Vallora, the busiest container terminal on the Estrian coast",
    "The strike was called by the Harbour Workers' Federation",
    "We are not against machines, we are against being thrown away like old rope",
    "no jobs would be cut before 2027",
    "Petrol stations in two provincial capitals",
    "Transport minister Dario Kesh said the government would not intervene",
    "The last major strike at Vallora, in 2019, lasted eleven days",
]
TEMPLATE = [
    "Home | Region", "Morning Brief", "North Coast Herald", "Markets · Companies", "Trade Desk Daily",
    "Tradewinds Media Group", "Skip to content", "Weather   Traffic", "Have a news tip", "independent local newsroom",
]
# What each site wrote around the reprint, and the fire story's paragraphs of every version.
OWN = [
    "the queue of vessels at anchor stretched almost to the Kessel lighthouse",
    "Fishermen who share the inner harbour with the container terminal",
    "Dock strike at Vallora puts inland fuel supply at risk",
    "Traders in inland diesel contracts did not wait for the first picket line to form",
    "Analysts at Harrowgate Securities said inland fuel stocks would last about nine days",
    "Firefighters are tackling a large fire at a logistics warehouse",
    "Around midday the roof of the main hall collapsed",
    "Police have closed the Brenner ring road",
]
WIRE_DROPPED = {
    "site-c/port-strike.txt": "site-a/2025-03-12-port-strike.txt",
    "site-c/warehouse-fire-0910.txt": "site-c/warehouse-fire-1830.txt",
    "site-c/warehouse-fire-1245.txt": "site-c/warehouse-fire-1830.txt",
}
FR_QUOTE = "Nous ne laisserons pas fermer la maternité, ni cet été ni jamais"
FR_BACKGROUND = "La maternité a accueilli 312 naissances l'an dernier"
FR_TEASER = "soit davantage que la population de la commune…"
FR_FULL = "soit davantage que la population de la commune elle-même."


def _clean(inputs: list[Path], out: Path, **options: object) -> list[dict]:
    """Run like `cleaner clean INPUTS -o OUT --report`; the report's lines."""
    report = out.parent / f"{out.name}.report.jsonl"
    run(inputs, Config(), RunOptions(output=out, report=report, **options))
    return [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _texts(folder: Path) -> dict[str, str]:
    """Clean text per output document: a file's text, or a JSONL record's under `file#id`."""
    found: dict[str, str] = {}
    for name, data in _files(folder).items():
        if name.endswith(".jsonl"):
            for line in data.decode("utf-8").splitlines():
                record = json.loads(line)
                found[f"{name}#{record['id']}"] = record["text"]
        else:
            found[name] = data.decode("utf-8")
    return found


def _inputs(corpus: str) -> dict[str, str]:
    """Input text per document id as the report names it (absolute path, `#id` for records)."""
    docs: dict[str, str] = {}
    for path in sorted((FIXTURES / corpus).rglob("*")):
        if path.suffix == ".txt":
            docs[str(path)] = path.read_text(encoding="utf-8")
        elif path.suffix == ".html":  # offsets are in the text the reader made of the page
            docs[str(path)] = read_html(path.read_bytes(), str(path)).text
        elif path.suffix == ".jsonl":
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                record = json.loads(line)
                key = f"{path}#{record['id']}"
                docs[key if key not in docs else f"{key}@{number}"] = record["text"]
    return docs


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[dict]]]:
    """Each corpus cleaned once: (output folder, report lines)."""
    done = {}
    for corpus in CORPORA:
        out = tmp_path_factory.mktemp(corpus) / "out"
        done[corpus] = (out, _clean([FIXTURES / corpus], out))
    return done


def _doc(line: dict, inputs: dict[str, str]) -> str:
    """The document id a report span line belongs to: `file`, or `file#id` for a record, with
    `@LINE` for a record whose id an earlier record has (its span lines name the JSONL line)."""
    if "id" not in line:
        return line["file"]
    doc = f"{line['file']}#{line['id']}"
    return f"{doc}@{line['line']}" if f"{doc}@{line['line']}" in inputs else doc


def _short(doc: str, corpus: str) -> str:
    return doc.removeprefix(str(FIXTURES / corpus) + "/")


def _written_name(name: str) -> str:
    """The output file a document is written to: an HTML page's clean text is a .txt file."""
    return name.removesuffix(".html") + ".txt" if name.endswith(".html") else name


@pytest.mark.parametrize("corpus", CORPORA)
def test_corpus_cleans_to_its_reviewed_outputs(cleaned, corpus: str) -> None:
    out, _ = cleaned[corpus]
    assert _files(out) == _files(FIXTURES / "expected" / corpus)


@pytest.mark.parametrize("corpus", CORPORA)
def test_cleaning_the_output_again_changes_nothing(cleaned, corpus: str, tmp_path: Path) -> None:
    out, _ = cleaned[corpus]
    again = _clean([out], tmp_path / "again")
    assert _files(tmp_path / "again") == _files(out)
    assert [r for r in again if r.get("kind") != "cluster"] == []


@pytest.mark.parametrize("corpus", CORPORA)
def test_two_workers_write_the_same_bytes_and_report(cleaned, corpus: str, tmp_path: Path) -> None:
    out, report = cleaned[corpus]
    assert _clean([FIXTURES / corpus], tmp_path / "out", jobs=2) == report
    assert _files(tmp_path / "out") == _files(out)


def test_an_index_run_on_the_second_half_removes_what_the_first_half_saw(cleaned, tmp_path: Path) -> None:
    wire = FIXTURES / "wire"
    first = [wire / "site-a", wire / "site-c" / "warehouse-fire-1830.txt"]
    second = sorted(p for p in wire.rglob("*.txt") if p.parent.name != "site-a" and p.name != "warehouse-fire-1830.txt")
    index = tmp_path / "index.sqlite"
    _clean(first, tmp_path / "one", index=index)
    report = _clean(second, tmp_path / "two", index=index)
    both = {**_files(tmp_path / "one"), **_files(tmp_path / "two")}
    assert both == _files(cleaned["wire"][0])
    dropped = {_short(r["file"], "wire"): _short(r["duplicate_of"], "wire") for r in report if r.get("kind") == "document"}
    assert dropped == WIRE_DROPPED


def test_wire_reprint_is_kept_once_and_templates_go_everywhere(cleaned) -> None:
    texts = "\n".join(_texts(cleaned["wire"][0]).values())
    assert {s: texts.count(s) for s in WIRE} == dict.fromkeys(WIRE, 1)
    assert [t for t in TEMPLATE if t in texts] == []
    assert [s for s in OWN if texts.count(s) != 1] == []


def test_wire_copies_and_older_versions_are_dropped_for_the_right_original(cleaned) -> None:
    out, report = cleaned["wire"]
    dropped = {_short(r["file"], "wire"): _short(r["duplicate_of"], "wire") for r in report if r.get("kind") == "document"}
    assert dropped == WIRE_DROPPED
    assert not set(dropped) & set(_files(out))  # a dropped document is not written
    assert _texts(out)["site-c/warehouse-fire-1830.txt"].count("\n\n") == 7  # headline + 7 paragraphs, whole


@pytest.mark.parametrize("corpus", CORPORA)
def test_every_removed_duplicate_points_to_a_written_copy_of_it(cleaned, corpus: str) -> None:
    """The original of a removal is a document that was written, and its span holds the text."""
    out, report = cleaned[corpus]
    inputs = _inputs(corpus)
    written = {_short(str(FIXTURES / corpus / name), corpus) for name in _texts(out)}
    removed = {(_doc(r, inputs), r["start"]) for r in report if r.get("kind") == "span"}
    for line in report:
        if line.get("kind") != "span" or line["reason"] != "duplicate" or line["rule"] == "dedup.document":
            continue
        original = line["original"]
        assert _written_name(_short(original["doc"], corpus)) in written, line
        assert (original["doc"], original["start"]) not in removed, line  # the kept copy
        source = inputs[original["doc"]][original["start"] : original["end"]]
        if line["rule"].startswith("dedup.exact") or line["rule"].startswith("dedup.fragment"):
            # the same text as dedup reads it (text.tokens: quotes, full-width figures aside; a
            # fragment may end inside a word: "standardco…")
            assert line["similarity"] == 1.0 and f" {' '.join(tokens(line['text']))}" in f" {' '.join(tokens(source))}", line
        else:
            assert 0.8 <= line["similarity"] <= 1.0, line


@pytest.mark.parametrize("corpus", [c for c in CORPORA if c not in ("dd2_live", "dd4_box", "dd10_group")])  # nothing is a copy there
def test_cluster_lines_count_their_members_and_their_lowest_similarity(cleaned, corpus: str) -> None:
    _, report = cleaned[corpus]
    clusters = [r for r in report if r.get("kind") == "cluster"]
    assert clusters
    for cluster in clusters:
        members = cluster["members"]
        assert cluster["size"] == len(members) + 1
        scores = [m["similarity"] for m in members if "similarity" in m]
        if scores:
            assert cluster["min_similarity"] == min(scores)
        original = cluster["original"]
        assert all((m["doc"], m.get("start")) != (original["doc"], original.get("start")) for m in members)


def test_jsonl_crawl_keeps_the_first_record_met_and_the_complete_version(cleaned) -> None:
    out, report = cleaned["jsonl"]
    dropped = {(r["id"], r["line"]): r["duplicate_of"].rpartition("#")[2] for r in report if r.get("kind") == "document"}
    assert dropped == {
        ("lt-4421", 8): "td-88152",  # the wire copy: the business site's record came first
        ("lt-4430", 9): "lt-4430-u2",  # the fire story: the last version is kept whole
        ("lt-4430-u1", 11): "lt-4430-u2",
        ("nch-20250313-ferry", 14): "nch-20250313-ferry",  # the same story saved twice
    }
    records = [json.loads(line) for line in (out / "crawl.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records].count("nch-20250313-ferry") == 1
    assert all(set(r) == {"id", "url", "published", "text"} for r in records)
    texts = {r["id"]: r["text"] for r in records}
    assert WIRE[0] in texts["td-88152"] and WIRE[0] not in texts["nch-20250312-port"]
    assert "The last major strike at Vallora" in texts["nch-20250312-port"]  # not in the first copy
    assert texts["lt-4430-u2"].count("\n\n") == 7


def test_french_reused_sentence_goes_reused_quote_stays_and_teaser_gives_way(cleaned) -> None:
    out, report = cleaned["fr"]
    texts = _texts(out)
    everything = "\n".join(texts.values())
    assert everything.count(FR_BACKGROUND) == 1
    assert FR_BACKGROUND in texts["courrier-des-vallees/2025-02-03-maternite-menacee.txt"]
    # the quote comes back with other words around it each time: different sentences, all kept
    assert everything.count(FR_QUOTE) == 4
    assert FR_TEASER not in everything and everything.count(FR_FULL) == 1
    repeats = [r for r in report if r.get("kind") == "span" and FR_BACKGROUND in r["text"]]
    assert len(repeats) == 2
    assert {_short(r["original"]["doc"], "fr") for r in repeats} == {"courrier-des-vallees/2025-02-03-maternite-menacee.txt"}
    assert {(r["rule"], r["similarity"]) for r in repeats} == {("dedup.exact.sentence", 1.0)}
    lead = "L'agence régionale de santé envisage de suspendre les accouchements"
    assert texts["courrier-des-vallees/2025-02-03-maternite-menacee.txt"].count(lead) == 1


DPA_WIRE = [
    "Hintergrund ist der festgefahrene Tarifkonflikt mit der Bahn",
    "Die Bahn kritisierte den Aufruf scharf",
    "Fahrgäste müssen sich auf massive Einschränkungen einstellen",
    "Der Fahrgastverband Pro Schiene forderte beide Seiten auf",
    "Es ist bereits der dritte Streik in dem Tarifkonflikt",
]
DPA_OWN = [
    "Im Rheinland sind nach Angaben der Bahn vor allem die S-Bahn-Linien",
    "Die Regionalzüge zwischen Kempten, Immenstadt und Oberstdorf",
    "Auch der Hamburger Hafen rechnet mit Folgen",
    "Ökonomen des Instituts für Wirtschaftsforschung Halle",
    "Am Rostocker Hauptbahnhof sollen nach Angaben der Bahn",
    "Bahnfahrer in ganz Deutschland und auch im Allgäu",  # the Allgäu site's own first sentence
]
DPA_TEMPLATE = ["Rheinboten-Newsletter", "Lesen Sie mehr vom Allgäuer Kurier", "WhatsApp-Kanal", "Hinweis für unsere Redaktion", "Weitere Nachrichten aus dem Norden"]
STOCK = "Die Polizei bittet um Hinweise von Zeugen."


def test_dpa_reprint_is_kept_once_own_lines_and_stock_lines_stay(cleaned) -> None:
    out, report = cleaned["dpa"]
    texts = _texts(out)
    everything = "\n".join(texts.values())
    assert {s: everything.count(s) for s in DPA_WIRE} == dict.fromkeys(DPA_WIRE, 1)
    assert all(s in texts["streik.jsonl#rheinbote-bahnstreik"] for s in DPA_WIRE)  # the first copy, whole
    assert [s for s in DPA_OWN if everything.count(s) != 1] == []
    assert [t for t in DPA_TEMPLATE if t in everything] == []
    assert [doc for doc, text in texts.items() if STOCK in text] == [
        "streik.jsonl#rheinbote-1", "streik.jsonl#kurier-allgaeu-1", "streik.jsonl#stadtanzeiger-nord-1", "streik.jsonl#ostsee-echo-1",
    ]
    inputs = {_short(doc, "dpa"): text for doc, text in _inputs("dpa").items()}
    assert {doc: text.splitlines()[0] for doc, text in texts.items()} == {doc: inputs[doc].splitlines()[2] for doc in texts}  # headlines
    copies = [r for r in report if r.get("kind") == "span" and r["rule"].startswith(("dedup.exact", "dedup.near"))]
    assert {r["original"]["doc"].rpartition("#")[2] for r in copies} == {"rheinbote-bahnstreik"}


def test_spanish_live_blog_teasers_and_near_copies(cleaned) -> None:
    out, report = cleaned["es"]
    texts = _texts(out)
    dropped = {_short(r["file"], "es"): _short(r["duplicate_of"], "es") for r in report if r.get("kind") == "document"}
    live = "diario-levante/2026-12-04-1300-directo-temporal.txt"
    assert dropped == {
        "diario-levante/2026-12-04-1000-directo-temporal.txt": live,
        "diario-levante/2026-12-04-1100-directo-temporal.txt": live,
        "diario-levante/2026-12-04-1200-directo-temporal.txt": live,
        "la-voz-de-castilla/2026-12-03-bodega-portada.txt": "la-voz-de-castilla/2026-12-04-bodega.txt",  # teaser first
        "noticias-atlantico/2026-12-03-conservera-portada.txt": "noticias-atlantico/2026-12-02-conservera.txt",  # teaser after
    }
    assert texts[live].count("\n\n") == 10  # headline + five stamps and entries, whole
    near = [r for r in report if r.get("rule") == "dedup.near.paragraph" and "alquiler" in r["file"]]
    assert [(_short(r["file"], "es"), _short(r["original"]["doc"], "es")) for r in near] == [
        ("la-voz-de-castilla/2026-12-04-alquiler-valencia.txt", "diario-levante/2026-12-05-alquiler.txt"),
    ]
    assert "dedica" not in near[0]["text"]  # the same figures in other words are no copy
    assert "41% de sus ingresos" in texts["noticias-atlantico/2026-12-04-alquiler.txt"]
    assert "la cuarta más cara de España" in texts["diario-levante/2026-12-05-alquiler.txt"]


def test_interview_labels_shared_by_sites_stay_on_every_page(cleaned) -> None:
    """Seen under four sources, "Question :" is a short line shared by sites, but it stands
    between each interview's own text: a label, not boilerplate (dedup/structure.py)."""
    texts = _texts(cleaned["labels"][0])
    assert len(texts) == 4
    for text in texts.values():
        lines = text.splitlines()
        assert lines.count("Question :") == 3 and lines.count("Réponse :") == 3
        assert not {"Accueil", "Newsletter", "Partager", "Facebook", "Contact"} & set(lines)
    assert "\n".join(texts.values()).count("Artisans et producteurs du pays") == 1


SMALL_STOCK = "The company did not respond to a request for comment."
SMALL_SHORT_BACKGROUND = "The fire destroyed 40 homes in Millbrook in August 2019."
SMALL_LONG_BACKGROUND = "The Kestrel Ridge fire also burned two schools and forced 3,000 people from their homes for more than a week."


def test_a_small_source_keeps_its_stock_and_background_sentences_and_loses_its_template(cleaned) -> None:
    """3 of 11 pages is no evidence of a template (`template_sentence_min_docs`); a source does
    not reprint itself a sentence at a time; a long repeated sentence is kept once."""
    out, report = cleaned["small"]
    texts = _texts(out)
    everything = "\n".join(texts.values())
    assert [doc for doc, text in texts.items() if SMALL_STOCK in text] == ["ledger.jsonl#ledger-0", "ledger.jsonl#ledger-6", "ledger.jsonl#ledger-8"]
    assert [t for t in ("Vale since 1871", "Tell the newsdesk", "Valley Press Association") if t in everything] == []
    tribune = "millbrook-tribune/2025-0"
    assert [doc for doc, text in texts.items() if SMALL_SHORT_BACKGROUND in text] == [f"{tribune}1-10-fire-anniversary.txt", f"{tribune}3-02-fund-audit.txt"]
    assert everything.count(SMALL_LONG_BACKGROUND) == 1 and SMALL_LONG_BACKGROUND in texts[f"{tribune}1-10-fire-anniversary.txt"]
    copies = [(r["rule"], _short(r["original"]["doc"], "small")) for r in report if r.get("kind") == "span" and r["reason"] == "duplicate"]
    assert copies == [("dedup.exact.sentence", f"{tribune}1-10-fire-anniversary.txt")]


def test_a_stock_phrase_between_new_prose_of_three_sources_stays_and_a_short_reprint_goes(cleaned) -> None:
    """The run's plan finds the stock phrase between new prose in three sources
    (`stock_line_min_sources`): no copy in any; the short paragraph reprinted by one other
    source is a copy of the first (dedup/stock.py `stock_phrases`)."""
    out, report = cleaned["stock"]
    texts = _texts(out)
    assert [doc for doc, text in texts.items() if SMALL_STOCK in text] == [
        f"newsdesks.jsonl#{name}" for name in ("harbour-1", "midlands-1", "courier-1", "signal-1")
    ]
    fined = "Brenlow Chemicals was fined after a similar leak in 2021."
    assert [doc for doc, text in texts.items() if fined in text] == ["newsdesks.jsonl#courier-1"]
    copies = [(r["id"], r["rule"], r["original"]["doc"].rsplit("#")[-1]) for r in report if r.get("kind") == "span" and r["reason"] == "duplicate"]
    assert copies == [("tynedale-1", "dedup.exact.sentence", "courier-1")]


def test_a_recipe_sites_ingredients_heading_stays_beside_its_template_buttons(cleaned) -> None:
    """"Zutaten" is in every page, under the site's buttons, but heads each page's own rows of
    quantities: the article's heading, not the site's template (dedup.lines.row_headings)."""
    out, report = cleaned["recipes"]
    texts = _texts(out)
    assert len(texts) == 3 and all("\n\nZutaten\n\n" in text and "Zubereitungszeit: " in text for text in texts.values())
    assert not any(word in text for text in texts.values() for word in ("Merken", "Rezept drucken", "Lecker Kochen", "Vegetarisch"))


def test_teasers_cut_short_before_their_article_give_way_to_it(cleaned) -> None:
    """The plan pairs a line cut with an ellipsis with the later line holding all its words but
    the cut one, and meets that article first (dedup/teasers.py): its lead stays whole, and the
    cut sentence goes as a fragment of it, however short."""
    out, report = cleaned["dd_teasers"]
    texts = _texts(out)
    dropped = {r["id"]: r["duplicate_of"].rpartition("#")[2] for r in report if r.get("kind") == "document"}
    assert dropped == {"bruecke-teaser": "bruecke", "klinikum-plus": "klinikum", "grundschule-plus": "grundschule"}
    inputs = {_short(doc, "dd_teasers").partition("#")[2]: text.splitlines() for doc, text in _inputs("dd_teasers").items()}
    for article in ("bruecke", "klinikum", "hafen", "grundschule"):  # every line of the article between menu and footer
        assert texts[f"rnb.jsonl#{article}"].rstrip("\n").split("\n\n") == inputs[article][2:-3]
    assert texts["rnb.jsonl#hafen-karte"].rstrip("\n").split("\n\n") == inputs["hafen-karte"][2:4]  # headline and kicker
    cut = [(r["id"], r["original"]["doc"].rpartition("#")[2]) for r in report if r.get("rule") == "dedup.fragment.sentence"]
    assert cut == [("bruecke-teaser", "bruecke"), ("klinikum-plus", "klinikum"), ("hafen-karte", "hafen")]


QUOTE = ["«Ningún hogar de este país va a pasar el invierno sin calefacción».", "«Ampliaremos el bono social a 300.000 familias más antes de enero»."]


def test_a_statement_quoted_by_different_articles_stays_in_each(cleaned) -> None:
    """Two quoted sentences in a row, with new text right above and below them (paragraphs or
    sentences of their paragraph), are the article quoting the minister, not a reprint
    (`DedupConfig.quote_run`); a reprint of the whole article still goes."""
    out, report = cleaned["dd_quotes"]
    texts = _texts(out)
    assert [doc for doc, text in texts.items() if all(q in text for q in QUOTE)] == [
        "prensa.jsonl#gas", "prensa.jsonl#decreto", "prensa.jsonl#bono-social",
    ]
    assert "ningún hogar de este país va a pasar el invierno sin calefacción" in texts["prensa.jsonl#fondos"]
    dropped = {r["id"]: r["duplicate_of"].rpartition("#")[2] for r in report if r.get("kind") == "document"}
    assert dropped == {"gas-reprint": "gas"}
    assert not [r for r in report if r.get("kind") == "span" and r["reason"] == "duplicate" and r.get("id") != "gas-reprint"]


def test_an_update_correcting_its_headline_and_lead_is_the_version_kept(cleaned) -> None:
    """Only two of the first version's four content lines are the update's word for word; the
    headline and lead open and end as the update's (`DedupConfig.update_edge_words`)."""
    out, report = cleaned["dd_updates"]
    dropped = {_short(r["file"], "dd_updates"): _short(r["duplicate_of"], "dd_updates") for r in report if r.get("kind") == "document"}
    assert dropped == {"le-courrier/2026-12-06-1000-collision.txt": "le-courrier/2026-12-06-1500-collision.txt"}
    update = _texts(out)["le-courrier/2026-12-06-1500-collision.txt"]
    assert update.startswith("Collision sur la RN165 : trois morts et sept blessés près de Vannes\n\nUn accident impliquant")
    assert update.count("\n\n") == 5 and "deux morts" not in "\n".join(_texts(out).values())


def test_a_paginated_articles_head_is_kept_on_its_first_page(cleaned) -> None:
    """Three pages of one source print the headline and standfirst: they were removed from all
    three as site template; an article's head stands in the opening of each of its pages and
    not on every page of the site (dedup/pages.py), so only the later pages lose it."""
    out, report = cleaned["dd3_pages"]
    texts = _texts(out)
    first = texts["allgaeuer-tagblatt/wildpoldsried-seite-1.txt"]
    assert first.startswith("Energiewende im Dorf: Wie Wildpoldsried mehr Strom erzeugt, als es verbraucht\n\nSeit zwanzig Jahren")
    together = "\n".join(texts.values())
    assert together.count("Energiewende im Dorf") == 1 and together.count("Ein Besuch.") == 1
    assert not [r for r in report if r.get("kind") == "span" and r["file"].endswith("seite-1.txt") and r["rule"].startswith("dedup.")]


def test_an_update_rewriting_two_paragraphs_is_the_version_kept_whole(cleaned) -> None:
    """Before, both versions were kept and the update lost its unchanged paragraphs as copies
    of the older one (dedup/titles.py pairs them by their headline)."""
    out, report = cleaned["dd3_update"]
    texts = _texts(out)
    update = texts["le-courrier/2026-12-06-1500-collision.txt"]
    assert update.count("\n\n") == 6 and "La collision s'est produite vers 7 h 30" in update
    first = texts["le-courrier/2026-12-06-1000-collision.txt"]
    assert "La collision s'est produite" not in first and first.startswith("Collision sur la RN165 : deux morts")
    assert not [r for r in report if r.get("kind") == "span" and "1500" in r["file"] and r["reason"] == "duplicate"]


def test_a_rewrites_sentence_near_another_agencys_stays(cleaned) -> None:
    """A lone near copy of another source's sentence between the document's own sentences was
    removed (dedup.near.sentence); it is the rewrite's own wording (dedup/rewrites.py). The
    reprint's near-copied lead, next to a copied paragraph, still goes."""
    out, report = cleaned["dd4_rewrites"]
    texts = _texts(out)
    assert "The company said it would respond within 30 days. Commuter associations" in texts["agencies.jsonl#capital-press"]
    removed = [(r["id"], r["rule"]) for r in report if r.get("kind") == "span" and r["rule"].startswith("dedup.")]
    assert removed == [("rail-daily", "dedup.near.sentence"), ("rail-daily", "dedup.exact.sentence")]
    assert texts["agencies.jsonl#rail-daily"].startswith("Record penalty for Carrow Valley Railways\n\nCommuters on the Brenna line")


def test_a_box_closing_every_page_goes_from_the_first_page_too(cleaned) -> None:
    """The box's first paragraph is each page's longest line: the plan took the four pages for
    one article and the first page kept the box (dedup/boxes.py)."""
    out, report = cleaned["dd4_box"]
    texts = _texts(out)
    assert not [name for name, text in texts.items() if "Weser-Bote" in text]
    rules = {r["rule"] for r in report if r.get("kind") == "span" and r["rule"].startswith("dedup.")}
    assert rules == {"dedup.template.paragraph"}


def test_a_storys_body_shared_by_retitled_copies_is_kept_once(cleaned) -> None:
    """Three copies of one story, each with its own headline and lead, were all the site's pages:
    the shared body went from all three as site template (dedup.template.sentence). The first
    copy keeps it now, the others point to it; a pitch under every article still goes."""
    out, report = cleaned["dd5_copies"]
    texts = _texts(out)
    body = "Construction is due to begin in April and should take three years"
    assert [name for name, text in sorted(texts.items()) if body in text] == ["harwick-courier/2026-03-10-tesk-bridge.txt"]
    assert all(text.count("\n\n") == 1 for name, text in texts.items() if "03-1" in name and "03-10" not in name)  # headline, lead
    copies = [r for r in report if r.get("kind") == "span" and body in r["text"]]
    assert len(copies) == 2 and all(r["original"]["doc"].endswith("2026-03-10-tesk-bridge.txt") for r in copies)
    assert not [name for name, text in texts.items() if "Digitalabo" in text or "Lokaljournalismus" in text]


def test_a_wire_rewrites_one_sentence_paragraph_near_another_agencys_stays(cleaned) -> None:
    """A one-sentence paragraph near another source's longer sentence, between the document's own
    prose, was removed as dedup.near.paragraph; the reprint's, holding all but one word of it, goes."""
    out, report = cleaned["dd5_wire"]
    texts = _texts(out)
    assert "The port authority said it would decide within a month whether to take the case" in texts["agencies.jsonl#coast-wire"]
    assert "court of appeal" not in texts["agencies.jsonl#bay-times"]
    removed = [(r["id"], r["rule"]) for r in report if r.get("kind") == "span" and r["rule"].startswith("dedup.")]
    assert removed == [("bay-times", "dedup.near.paragraph")]


AFP_WIRE = [
    "Deux personnes sont mortes et une troisième est portée disparue",
    "il est tombé jusqu'à 320 millimètres de pluie",
    "Les secours ont effectué plus de 450 interventions",
    "Le ministre de l'Intérieur est attendu lundi à Alès",
    "Les épisodes cévenols, fréquents à l'automne",
]
AFP_RELEASE = "La Région Occitanie débloque une aide d'urgence de 5 millions d'euros"


def test_a_press_release_is_kept_on_its_issuers_page_published_first(cleaned) -> None:
    """The region's folder sorts after the papers' folders: its communiqué lost its text to the
    first paper's copy of the next day, and pointed to it (dedup/origins.py)."""
    out, report = cleaned["dd6_afp"]
    texts = _texts(out)
    region = "region-occitanie-presse/2026-12-06-communique-aide-urgence-gard.txt"
    assert [name for name, text in texts.items() if AFP_RELEASE in text] == [region]
    assert texts[region].count("\n\n") == 4  # headline and the four paragraphs
    dropped = {_short(r["file"], "dd6_afp"): _short(r["duplicate_of"], "dd6_afp") for r in report if r.get("kind") == "document"}
    wire = "le-fil-midi/2026-12-06-gard-pluies.txt"
    assert dropped == {
        "actu-sud-est/2026-12-06-intemperies-gard.txt": wire,  # the most complete copy is kept
        "actu-sud-est/2026-12-07-aide-region.txt": region,
        "nimes-direct/2026-12-06-inondations-gard-victimes.txt": wire,
        "quotidien-occitan/2026-12-06-cevennes-deluge.txt": wire,
        "quotidien-occitan/2026-12-07-aide-communes.txt": region,
    }
    assert texts["nimes-direct/2026-12-07-region-aide-urgence.txt"].count("\n\n") == 1  # its headline and own intro
    everything = "\n".join(texts.values())
    assert {s: everything.count(s) for s in AFP_WIRE} == dict.fromkeys(AFP_WIRE, 1) and all(s in texts[wire] for s in AFP_WIRE)
    local = texts["cevennes-hebdo/2026-12-06-crue-anduze.txt"]
    assert local.count("\n\n") == 3 and "Gilles Vidal" in local and "Au petit matin" in local  # its own lines only


EFE_WIRE = ["ha hallado un fragmento de cráneo humano", "apareció el pasado julio", "Journal of Human Evolution"]


def test_a_crawl_keeps_the_agencys_own_page_published_first_though_met_last(cleaned) -> None:
    out, report = cleaned["dd6_efe"]
    texts = _texts(out)
    agency = "crawl.jsonl#efe-5523411"
    assert [name for name, text in texts.items() if any(s in text for s in EFE_WIRE)] == [agency]
    assert texts[agency].count("\n\n") == 6  # headline and the six paragraphs
    copies = {r["id"] for r in report if r.get("kind") in ("span", "document") and r.get("reason", "duplicate") == "duplicate"}
    assert copies == {"nc-8812", "fa-20261207-atapuerca", "ch-4410", "rm-77"}
    assert {r["original"]["doc"] for r in report if r.get("kind") == "span" and r["reason"] == "duplicate"} == {str(FIXTURES / "dd6_efe" / agency)}
    assert texts["crawl.jsonl#ch-4410"].count("\n\n") == 1 and "Ibeas de Juarros" in texts["crawl.jsonl#nc-8812"]
    assert texts["crawl.jsonl#it-burgos-cathedral"].count("\n\n") == 3  # the translation is no copy
    assert not [name for name, text in texts.items() if "Grupo Norte" in text or "tren de hidrógeno" in text]


DPA_WOLF = ["prüft das niedersächsische Umweltministerium den Abschuss", "mindestens 46 Schafe", "in sieben von neun Fällen", "rund 55 Wolfsrudel"]


def test_a_dpa_reprint_a_growing_live_blog_a_teaser_and_a_translation(cleaned) -> None:
    out, report = cleaned["dd6_dpa"]
    texts = _texts(out)
    everything = "\n".join(texts.values())
    assert {s: everything.count(s) for s in DPA_WOLF} == dict.fromkeys(DPA_WOLF, 1)
    dropped = {_short(r["file"], "dd6_dpa"): _short(r["duplicate_of"], "dd6_dpa") for r in report if r.get("kind") == "document"}
    live = "nordwest-online/2026-12-07-1520-liveblog-sturm.txt"
    first = "cuxhavener-rundblick/2026-12-07-wolf-abschuss.txt"
    assert dropped == {
        "nordwest-online/2026-12-07-0915-liveblog-sturm.txt": live,
        "nordwest-online/2026-12-07-1230-liveblog-sturm.txt": live,
        "elbe-nachrichten/2026-12-07-0800-hafen-teaser.txt": "elbe-nachrichten/2026-12-07-0900-hafen.txt",
        "nordwest-online/2026-12-07-wolf-cuxhaven.txt": first,
        "weser-anzeiger/2026-12-07-wolf.txt": first,
    }
    assert texts[live].count("\n\n") == 12  # headline, six stamps and their entries
    assert "Heiko Brandt" in texts[first] and "Informationsabend" in texts[first]  # the site's own lead and ending
    assert texts["elbe-nachrichten/2026-12-07-0700-wolf.txt"].count("\n\n") == 1  # headline and the paragraph the others cut
    assert texts["germany-today/2026-12-07-lower-saxony-wolf.txt"].count("\n\n") == 6  # the translation, whole
    assert not [r for r in report if r.get("kind") == "span" and "germany-today" in r["file"]]


def test_a_headless_network_sidebar_goes_from_sites_too_small_for_a_template(cleaned) -> None:
    out, report = cleaned["dd6_reuters"]
    texts = _texts(out)
    assert not [name for name, text in texts.items() if "rodeo" in text or "robotics" in text]
    everything = "\n".join(texts.values())
    assert everything.count("Surface Transportation Board") == 1 and everything.count("Port of Corrales") == 1
    dropped = {_short(r["file"], "dd6_reuters") for r in report if r.get("kind") == "document"}
    assert dropped == {"midstate-post/2026-12-08-union-pacific.txt", "tri-county-news/2026-12-08-union-pacific-railroad.txt"}


def test_a_storys_body_under_a_new_top_of_two_paragraphs_is_kept_once(cleaned) -> None:
    """The third copy's lead of two paragraphs made the body template: it went from all three
    copies. A headless sponsor box under briefs and a longer article still goes everywhere."""
    out, report = cleaned["dd6_boxes"]
    texts = _texts(out)
    body = "The new surgery on Mill Lane will have eight consulting rooms"
    assert [name for name, text in texts.items() if body in text] == ["kelby-echo/2026-12-01-surgery.txt"]
    assert texts["kelby-echo/2026-12-01-surgery.txt"].count("\n\n") == 5  # headline, lead, the four paragraphs
    assert "Campaigners, who collected 3,000 signatures" in texts["kelby-echo/2026-12-03-surgery.txt"]
    copies = [r for r in report if r.get("kind") == "span" and body in r["text"]]
    assert len(copies) == 2 and all(r["original"]["doc"].endswith("kelby-echo/2026-12-01-surgery.txt") for r in copies)
    assert not [name for name, text in texts.items() if "Kestrel Energy" in text]
    assert all(text.count("\n\n") == 1 for name, text in texts.items() if "harbour-gazette" in name and "sea-wall" not in name)


LUSA_WIRE = [
    "Um sismo de magnitude 4,1 na escala de Richter foi sentido esta madrugada",
    "teve epicentro a cerca de 28 quilómetros a sudeste de Vila Franca do Campo",
    "recebeu cerca de 40 chamadas de moradores assustados",
    "mais de 300 pequenos abalos na mesma zona",
    "mantém o nível de alerta vulcânico V1",
]


def test_html_pages_of_a_wire_story_keep_the_copy_their_markup_dates_first(cleaned) -> None:
    """Sorted by name, the Azores site's page came first and kept the wire text: the agency's
    page lost it to a copy published 45 minutes after it (html/published.py)."""
    out, report = cleaned["dd7_html"]
    texts = _texts(out)
    agency = "servico-lusa/sismo-acores-sao-miguel.txt"
    everything = "\n".join(texts.values())
    assert {s: everything.count(s) for s in LUSA_WIRE} == dict.fromkeys(LUSA_WIRE, 1) and all(s in texts[agency] for s in LUSA_WIRE)
    assert texts[agency].count("\n\n") == 7  # headline and the seven paragraphs
    dropped = {_short(r["file"], "dd7_html"): _short(r["duplicate_of"], "dd7_html") for r in report if r.get("kind") == "document"}
    original = "servico-lusa/sismo-acores-sao-miguel.html"
    assert dropped == {"diario-do-alentejo/sismo-acores.html": original, "noticias-do-tejo/acores-sismo-sentido-em-duas-ilhas.html": original}
    local = texts["acoriano-digital/povoacao-acordou-com-sismo.txt"]
    assert local.count("\n\n") == 2 and "de pijama" in local and "pavilhão desportivo" in local  # its own lines only
    assert texts["cronica-atlantica/terremoto-azores.txt"].count("\n\n") == 4  # the translation, whole
    assert not [r for r in report if r.get("kind") in ("span", "document") and "cronica-atlantica" in r["file"]]


BREMBANA_WIRE = [
    "Una frana di roccia e terra si è staccata nella notte",
    "Non ci sono feriti: l'allarme è stato dato poco dopo le cinque",
    "i tecnici della Provincia e un geologo",
    "La strada resterà chiusa almeno fino a giovedì",
    "Dobbiamo prima mettere in sicurezza il versante",
    "I sindaci dei comuni dell'alta valle hanno chiesto un incontro urgente",
]


def test_text_files_of_a_wire_story_keep_the_copy_their_bylines_date_first(cleaned) -> None:
    """Sorted by name, the first site's trimmed copy (13:05) came first and the agency's page
    (10:20) lost the story to it: no file name, field or meta says when, only the bylines."""
    out, report = cleaned["dd8_bylines"]
    texts = _texts(out)
    agency = "servizio-agenzia-lombarda/frana-provinciale-lenna.txt"
    everything = "\n".join(texts.values())
    assert {s: everything.count(s) for s in BREMBANA_WIRE} == dict.fromkeys(BREMBANA_WIRE, 1) and all(s in texts[agency] for s in BREMBANA_WIRE)
    dropped = {_short(r["file"], "dd8_bylines"): _short(r["duplicate_of"], "dd8_bylines") for r in report if r.get("kind") == "document"}
    assert dropped == {"eco-di-bergamo-sera/frana-val-brembana-strada-chiusa.txt": agency}
    local = texts["notizie-valbrembana/lenna-frana-sp2.txt"]
    assert "Natale senza clienti" in local and "pullman sostitutivo" in local and local.count("\n\n") == 2  # its own lines only
    assert "il 3 novembre 2025" in texts["prima-bergamo/provinciale-2-frana.txt"]


def test_a_silent_correction_crawled_later_is_kept_whole_though_shorter(cleaned) -> None:
    """Crawled in publication order, the corrected page comes last: by length alone the first
    version (one word longer) was kept whole and the correction's changed sentence went as its
    near copy, so the corrected figure was nowhere in the output."""
    out, report = cleaned["dd9_correction"]
    texts = _texts(out)
    corrected, first = texts["crawl.jsonl#direktoer-1552"], texts["crawl.jsonl#direktoer-0814"]
    assert "kontrakter for 4 millioner kroner" in corrected
    assert "Kommunaldirektør i Holmstrup går af efter revision" in corrected
    assert "Kommunen har endnu ikke oplyst" in corrected
    assert first.strip() == "Revisionen, som byrådet bestilte i foråret, gennemgik kontrakter for i alt 14 millioner kroner indgået mellem 2023 og 2025."
    assert "Anlægget koster 11 millioner kroner" in texts["crawl.jsonl#cykelsti"]
    assert not [r for r in report if r.get("kind") == "document"]


def test_a_horoscope_dated_by_its_weeks_range_is_kept_before_a_reprint_dated_inside_it(cleaned) -> None:
    """Read as its last day (13 December), the range dated the original after the reprint of
    the 9th: the original went as `duplicate_of` the reprint."""
    out, report = cleaned["dd9_horoscope"]
    texts = _texts(out)
    original, reprint = texts["zodiaco-hoy/horoscopo-semanal.txt"], texts["cronica-del-sur/horoscopo.txt"]
    assert "Aries: una semana de decisiones" in original and "Piscis: la intuición acierta" in original
    assert "Horóscopo semanal del 7 al 13 de diciembre de 2026" in original
    assert "Aries:" not in reprint and "Piscis:" not in reprint
    assert "programa matinal de Radio Sur" in reprint and "sección de ocio de Crónica del Sur" in reprint
    assert not [r for r in report if r.get("kind") == "document"]


def test_near_copies_in_unspaced_scripts_go_and_each_copy_keeps_its_own_lines(cleaned) -> None:
    out, report = cleaned["dd9_unspaced"]
    texts = _texts(out)
    assert "超过200毫米" in texts["wire.jsonl#zh-xinwen"] and "毫米" not in texts["wire.jsonl#zh-wanbao"]
    assert "本报记者在福州港看到" in texts["wire.jsonl#zh-wanbao"] and "福建遭遇台风“海燕”袭击" in texts["wire.jsonl#zh-wanbao"]
    assert "สองพัน" in texts["wire.jsonl#th-khao"] and "สามพัน" not in texts["wire.jsonl#th-daily"]
    assert "ผู้สื่อข่าวรายงานว่าที่อำเภอสันทราย" in texts["wire.jsonl#th-daily"]
    assert "wire.jsonl#ja-news" not in texts
    near = {r["id"] for r in report if r.get("rule") == "dedup.near.paragraph"}
    assert near == {"zh-wanbao", "ja-news", "th-daily"}
    dropped = [(r["id"], r["duplicate_of"].rsplit("#", 1)[1]) for r in report if r.get("kind") == "document"]
    assert dropped == [("ja-news", "ja-shimbun")]


NOTICE = "Vestlandsmedia følger Vær Varsom-plakaten."


def test_a_notice_of_two_sister_sites_goes_from_every_page_and_their_wire_copy_stays_once(cleaned) -> None:
    """Two pages a site are too few for its template: the first page met kept the notice."""
    out, report = cleaned["dd9_group"]
    texts = _texts(out)
    assert not [name for name, text in texts.items() if NOTICE in text]
    assert len({r["id"] for r in report if r.get("text", "").startswith(NOTICE)}) == 4
    assert all(r["rule"] == "dedup.template.paragraph" for r in report if r.get("text", "").startswith(NOTICE))
    first, copy = texts["sider.jsonl#fjordposten/nyheter/e39-stengt-for-tunge"], texts["sider.jsonl#sunnhordland-avis/nyheter/bjornafjorden-broen"]
    assert "Statens vegvesen stenger E39 over Bjørnafjorden" in first and "Vegvesenet regner med at reparasjonen" in first
    assert "Statens vegvesen" not in copy and "Ordføreren i Fitjar ber Vegvesenet" in copy
    assert "Byggingen av den nye ferjekaien i Leirvik" in texts["sider.jsonl#fjordposten/lokal/ny-kai-i-leirvik"]
    assert not [name for name, text in texts.items() if "Lokalaviser på Vestlandet" in text]  # the group's short tagline


TAGLINE = "Oosterveld Media · uw krant sinds 1911"


def test_a_short_tagline_of_two_sister_sites_goes_from_their_first_pages_too_and_a_shared_subheading_stays(cleaned) -> None:
    """Under `min_words`, the tagline was no group template (groups.py counted it per site: two
    articles each) and the first page of each site kept it."""
    out, report = cleaned["dd10_group"]
    texts = _texts(out)
    assert len(texts) == 4 and not [name for name, text in texts.items() if TAGLINE in text]
    tagline = [r for r in report if r.get("text") == TAGLINE]
    assert len(tagline) == 4
    first = {r["file"].rsplit("/", 2)[1]: r["rule"] for r in tagline if r["file"].endswith(("fietsbrug.txt", "treinen.txt"))}
    assert first == {"twentse-bode": "dedup.template.sentence", "achterhoeker": "dedup.template.sentence"}  # kept on main
    assert sum("Wat betekent dit voor u?" in text for text in texts.values()) == 4
    assert "Wie wil helpen kan zich tot vrijdag aanmelden" in texts["twentse-bode/2026-12-06-schaatsbaan.txt"]
    assert "Reizigers tussen Zutphen en Winterswijk" in texts["achterhoeker/2026-12-06-treinen.txt"]


EDGE_LEAD = "a pasażerów przewiozą autobusy zastępcze."
EDGE_COPY = "a pasażerów dowiozą autobusy zastępcze."


def test_a_lead_printed_again_with_a_word_changed_near_its_end_goes_once(cleaned) -> None:
    out, report = cleaned["dd11_edges"]
    texts = _texts(out)
    page = texts["sadeczanin-info/2026-12-04-remont-torow.txt"]
    assert page.count(EDGE_LEAD) == 1 and EDGE_COPY not in page
    (copy,) = [r for r in report if r.get("kind") == "span" and r["text"].endswith(EDGE_COPY)]
    assert copy["rule"] == "dedup.contained.sentence" and copy["similarity"] >= 0.9
    assert copy["original"]["doc"] == copy["file"]
    fair = texts["sadeczanin-info/2026-12-05-jarmark.txt"]
    assert "zagra orkiestra dęta z Łącka" in fair and "pokaz łyżwiarzy z klubu sportowego z Krynicy" in fair


def test_a_wire_line_in_three_pages_of_a_folder_is_reported_as_a_reprint_each_time(cleaned) -> None:
    out, report = cleaned["dd11_wire"]
    wire = "Hasiči zasahovali od pondělního večera u požáru skladu dřeva"
    texts = _texts(out)
    assert [name for name, text in texts.items() if wire in text] == ["zpravy-z-kraje/2026-12-08-valassky-denik-pozar.txt"]
    copies = [r for r in report if r.get("kind") == "span" and r["text"].startswith(wire)]
    assert {(_short(r["file"], "dd11_wire"), r["reason"], r["rule"], _short(r["original"]["doc"], "dd11_wire")) for r in copies} == {
        (f"zpravy-z-kraje/{name}", "duplicate", "dedup.exact.sentence", "zpravy-z-kraje/2026-12-08-valassky-denik-pozar.txt")
        for name in ("2026-12-08-noviny-roznovska-pozar.txt", "2026-12-09-beskydsky-zpravodaj-pozar.txt")
    }
    assert not [r for r in report if r.get("rule", "").startswith("dedup.template")]


NEAR_LEAD = "locuitorii vor primi apă potabilă de la o cisternă parcată lângă școală."
NEAR_COPY = "Pe durata lucrărilor, locuitorii vor primi apă potabilă dintr-o cisternă oprită lângă școală."


def test_a_paragraph_printed_again_with_one_sentence_edited_goes_whole(cleaned) -> None:
    out, report = cleaned["dd12_edits"]
    texts = _texts(out)
    page = texts["ziarul-de-vale/2026-12-06-conducta-strada-morii.txt"]
    assert page.count(NEAR_LEAD) == 1 and NEAR_COPY not in page
    assert page.count("Strada rămâne închisă circulației.") == 1
    (copy,) = [r for r in report if r.get("kind") == "span" and r["text"] == NEAR_COPY]
    assert copy["rule"] == "dedup.near.paragraph" and copy["original"]["doc"] == copy["file"]
    source = Path(copy["file"]).read_text(encoding="utf-8")  # the report points at the lead's first sentence
    assert source[copy["original"]["start"] : copy["original"]["end"]].startswith("Compania de apă a început luni")
    assert copy["original"]["start"] < source.index("Șantierul se întinde")
    fair = texts["ziarul-de-vale/2026-12-07-targ-de-iarna.txt"]
    assert "Căminul Cultural din Valea Mare" in fair and "Căminul Cultural din Valea Lungă" in fair
    assert "Intrarea la Valea Lungă este liberă" in fair


SNOW_WIRE = "Enligt SMHI väntas upp till 40 centimeter snö falla i Härjedalen och västra Jämtland"


def test_a_wire_sentence_glued_to_three_stories_of_a_folder_is_reported_as_a_reprint(cleaned) -> None:
    out, report = cleaned["dd13_glued"]
    texts = _texts(out)
    assert [name for name, text in texts.items() if SNOW_WIRE in text] == ["lokalnytt/2026-12-09-harjedalingen-fjallbussen.txt"]
    assert all("Kommunen meddelade" in t or "Länstrafiken" in t or "Ramundberget" in t or "Från januari" in t or "Arrangörerna" in t for t in texts.values())
    copies = [r for r in report if r.get("kind") == "span" and r["text"].startswith(SNOW_WIRE)]
    assert {(_short(r["file"], "dd13_glued"), r["reason"], r["rule"], _short(r["original"]["doc"], "dd13_glued")) for r in copies} == {
        (f"lokalnytt/{name}", "duplicate", "dedup.exact.sentence", "lokalnytt/2026-12-09-harjedalingen-fjallbussen.txt")
        for name in ("2026-12-09-ostersunds-tidning-skolskjuts.txt", "2026-12-10-lanstidningen-skidanlaggning.txt")
    }


LIVE = "dd13_live/eco-di-valsassina"


def test_a_live_blog_saved_three_times_keeps_its_latest_version_whole(cleaned) -> None:
    out, report = cleaned["dd13_live"]
    dropped = {Path(r["file"]).name: Path(r["duplicate_of"]).name for r in report if r.get("kind") == "document"}
    assert dropped == {f"2026-12-07-diretta-maltempo-{t}.txt": "2026-12-07-diretta-maltempo-1800.txt" for t in ("0950", "1310")}
    latest = _texts(out)["eco-di-valsassina/2026-12-07-diretta-maltempo-1800.txt"]
    assert latest.count("\nore ") == 8 and "Le previsioni per la notte" in latest and "La Protezione civile regionale" in latest


def test_a_live_blog_s_middle_version_over_two_index_runs_is_a_copy_not_template(tmp_path: Path) -> None:
    """The index holds the 09:50 version; the second run meets the 18:00 one first (the plan's
    update), then 13:10. Its text was in two pages of the site already: counted as a third page,
    it went as site template, which a whole copy does not count, and its time labels were
    written alone. An earlier version the plan met after its update is no other page."""
    folder = FIXTURES / LIVE
    index = tmp_path / "index.sqlite"
    _clean([folder / "2026-12-06-mercatino-natale.txt", folder / "2026-12-07-diretta-maltempo-0950.txt"], tmp_path / "one", index=index)
    second = [folder / f"2026-12-07-diretta-maltempo-{t}.txt" for t in ("1310", "1800")]
    report = _clean(second, tmp_path / "two", index=index)
    assert [Path(r["file"]).name for r in report if r.get("kind") == "document"] == ["2026-12-07-diretta-maltempo-1310.txt"]
    assert not [r for r in report if r.get("rule", "").startswith("dedup.template")]
    assert list(_files(tmp_path / "two")) == ["2026-12-07-diretta-maltempo-1800.txt"]


def test_a_japanese_lead_repeated_in_full_width_figures_and_reprinted_with_changes_goes(cleaned) -> None:
    out, report = cleaned["dd13_cjk"]
    texts = _texts(out)
    lead = "多いところで24時間に70センチの降雪が予想されている"
    assert sum(text.count(lead) for text in texts.values()) == 1 and not any("７０センチ" in t or "80センチ" in t for t in texts.values())
    assert "【この記事のポイント】" not in texts["snow.jsonl#hk-1207-snow"]
    assert "県内の小中学校のうち12校" in texts["snow.jsonl#tn-8812"]
    rules = {r["id"]: r["rule"] for r in report if r.get("kind") == "span" and r["text"].startswith("気象庁によると")}
    assert rules == {"hk-1207-snow": "dedup.exact.sentence", "tn-8812": "dedup.near.paragraph"}


def test_a_site_footer_goes_everywhere_a_reprint_is_kept_once_a_refetched_page_once(cleaned) -> None:
    out, report = cleaned["dd13_nordland"]
    texts = _texts(out)
    assert not any("Lofotposten sin redaksjon" in text or "Avisa Nordland –" in text for text in texts.values())
    assert sum("Statens vegvesen stengte i natt riksvei 80" in text for text in texts.values()) == 1
    dropped = {r["id"]: r["duplicate_of"].rsplit("#", 1)[1] for r in report if r.get("kind") == "document"}
    assert dropped == {"an-1001": "an-1003", "an-1004": "an-1003"}
    assert "Oppdatert kl. 14.20" in texts["crawl.jsonl#an-1003"] and "Ingen personer eller kjøretøy" in texts["crawl.jsonl#an1"]
