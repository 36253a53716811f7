"""Which copy is kept when the first is not the best: preferred sources and more complete versions
(dedup/plan.py decides the order, reorder.py meets documents in it and writes them in input order)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from cleaner.config import Config
from cleaner.dedup.config import DedupConfig
from cleaner.dedup.plan import plan_documents
from cleaner.dedup.processing_plan import ProcessingPlan
from cleaner.dedup.text import exact_key, tokens
from cleaner.run import RunOptions, run
from cleaner.types import Document

P1 = "Le dirigeant nord-coréen est arrivé en Russie aux premières heures de la journée de mardi, a rapporté l'armée."
P2 = "Les Etats-Unis ont exprimé à plusieurs reprises leur préoccupation à l'égard du rapprochement entre les deux pays."
P3 = "Mise à jour à midi : la délégation a visité une usine d'avions de chasse dans l'Extrême-Orient russe avant de repartir."
P4 = "Le train blindé a ensuite quitté la gare de Vladivostok sous une forte escorte, selon les images de la télévision."
OTHER = "Un tout autre article parle de la récolte des pommes en Normandie, qui a été excellente cette année malgré la pluie."


def doc(position: int, *lines: str, source: str = "site") -> Document:
    return Document(id=f"d{position}", text="\n".join(lines) + "\n", source=source)


def test_an_earlier_shorter_version_is_met_after_the_longer_one() -> None:
    plan = plan_documents([doc(0, P1, P2), doc(1, OTHER), doc(2, P1, P2, P3)], DedupConfig())
    assert plan.supersedes == {0: 2}
    assert plan.order(3) == [2, 0, 1]


def test_a_later_shorter_version_needs_no_plan() -> None:
    plan = plan_documents([doc(0, P1, P2, P3), doc(1, P1, P2)], DedupConfig())
    assert plan.identity and plan.order(2) == [0, 1]


def test_a_version_with_its_own_content_is_not_superseded() -> None:
    plan = plan_documents([doc(0, P1, P2, OTHER), doc(1, P1, P2, P3, P4)], DedupConfig())
    assert plan.identity  # OTHER is a third of its content, nowhere else


def test_site_template_lines_do_not_make_documents_versions_of_each_other() -> None:
    template = "Abonnez-vous à notre lettre d'information quotidienne pour recevoir toute l'actualité du jour."
    docs = [doc(0, template), doc(1, template, P1), doc(2, template, P2), doc(3, template, P3, P4)]
    assert plan_documents(docs, DedupConfig()).identity  # doc 0 is only template: nothing to keep


def test_every_version_gives_way_to_the_most_complete() -> None:
    docs = [doc(0, P1, source="a"), doc(1, P1, P2, source="b"), doc(2, P1, P2, P3, source="c")]
    plan = plan_documents(docs, DedupConfig())
    assert plan.supersedes == {0: 2, 1: 2} and plan.order(3) == [2, 0, 1]


def test_three_versions_in_one_source_give_way_to_the_most_complete() -> None:
    """Paragraphs shared by three versions of one article are not site template: the first
    version is met after the last one too (before, it had no content left and stayed first)."""
    docs = [doc(0, P1, P2), doc(1, OTHER), doc(2, P1, P2, P3), doc(3, P1, P2, P3, P4)]
    plan = plan_documents(docs, DedupConfig(template_min_docs=3))
    assert plan.supersedes == {0: 3, 2: 3} and plan.order(4) == [3, 0, 1, 2]


def test_snapshots_of_a_live_blog_beside_site_template_all_give_way_to_the_last() -> None:
    template = "Abonnez-vous à notre lettre d'information quotidienne pour recevoir toute l'actualité du jour."
    entries = [P1, P2, P3, P4, OTHER]
    snapshots = [doc(i, template, *entries[: i + 1]) for i in range(5)]
    pages = [doc(5 + i, template, f"{line} Autre page {i}.") for i, line in enumerate((P1, P3, P4))]
    plan = plan_documents(snapshots + pages, DedupConfig(template_min_docs=3))
    assert plan.supersedes == {0: 4, 1: 4, 2: 4, 3: 4}
    assert plan.order(8)[0] == 4


def test_a_line_everyone_shares_pairs_nobody() -> None:
    docs = [doc(0, P1, source="s0")] + [doc(i, P1, OTHER if i % 2 else P3, source=f"s{i}") for i in range(1, 6)]
    assert plan_documents(docs, DedupConfig(plan_max_group=3)).identity
    assert not plan_documents(docs, DedupConfig(plan_max_group=64)).identity


def test_preferred_sources_are_met_first_in_the_order_configured() -> None:
    docs = [doc(0, P1, source="a"), doc(1, P2, source="b"), doc(2, P3, source="c"), doc(3, P4, source="b")]
    plan = plan_documents(docs, DedupConfig(preferred_sources=("c", "b"), prefer_complete=False))
    assert plan.order(4) == [2, 1, 3, 0]


def test_a_teaser_cut_short_before_its_article_is_met_after_it() -> None:
    """A home page's card: its own kicker over the article's lead cut mid-word (teasers.py)."""
    kicker = "Ein Projekt, über das seit Jahren gestritten wird, nimmt nun konkrete Formen an und soll bald gebaut werden."
    cut = P1[: P1.index("journée") + 4] + "…"
    plan = plan_documents([doc(0, OTHER), doc(1, kicker, cut), doc(2, P1, P2)], DedupConfig())
    assert plan.order(3) == [0, 2, 1] and plan.supersedes == {}
    assert len(plan.teasers) == 1  # the cut sentence's key -> the complete one's


def test_a_cut_line_pairs_only_a_line_holding_all_its_words() -> None:
    other_end = P1.replace("premières", "dernières")  # a word inside the cut line's text differs
    short = "Le dirigeant nord-coréen est arrivé…"  # too few words to pair with any line opening so
    plan = plan_documents([doc(0, P1[: P1.index("journée") + 4] + "…"), doc(1, other_end), doc(2, short), doc(3, P1)], DedupConfig())
    assert plan.order(4) == [3, 0, 1, 2] and len(plan.teasers) == 1


def test_two_teasers_cut_at_two_places_both_wait_for_the_article() -> None:
    kicker = "Une accroche du site qui ne se trouve dans aucun autre document de ce petit corpus de test."
    cards = [doc(0, kicker, P1[:60] + "…"), doc(1, kicker.replace("petit", "grand"), P1[:80] + "…"), doc(2, P1)]
    plan = plan_documents(cards, DedupConfig())
    assert plan.order(3) == [2, 0, 1] and len(plan.teasers) == 2


def test_a_page_holding_its_own_teaser_and_article_stays_the_first() -> None:
    """Its cut line is its own article's: a later reprint of the article pairs nothing."""
    cut = P1[: P1.index("journée") + 4] + "…"
    plan = plan_documents([doc(0, cut, P1, P2), doc(1, OTHER), doc(2, P1, P2, P3, source="other")], DedupConfig())
    assert plan.identity and plan.teasers == {}


def test_an_update_correcting_a_figure_in_its_lines_supersedes_the_first_version() -> None:
    """Lines opening and ending with the same words count as the update's for
    `update_containment` (one source only: a reprint with figures changed is no update)."""
    p1_v2, p2_v2 = P1.replace("premières", "toutes premières"), P2.replace("plusieurs", "de nombreuses")
    versions = [doc(0, P1, P2, P4), doc(1, OTHER), doc(2, p1_v2, p2_v2, P4, P3)]
    assert plan_documents(versions, DedupConfig()).supersedes == {0: 2}
    assert plan_documents(versions, DedupConfig(update_edge_words=30)).supersedes == {}
    elsewhere = [*versions[:2], replace(versions[2], source="other")]
    assert plan_documents(elsewhere, DedupConfig()).supersedes == {}


def test_an_empty_plan_keeps_input_order() -> None:
    assert ProcessingPlan().order(3) == [0, 1, 2]


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _clean(tmp_path: Path, records: list[dict], dedup: DedupConfig, jobs: int = 1, name: str = "out.jsonl") -> list[dict]:
    src = _jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / name
    summary = run([src], replace(Config(), dedup=dedup), RunOptions(output=out, jobs=jobs, report=tmp_path / f"{name}.report"))
    assert not summary.problems
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


RECORDS = [
    {"id": "teaser", "url": "https://one.example/a", "text": "\n".join([P1, P2])},
    {"id": "other", "url": "https://two.example/b", "text": OTHER},
    {"id": "update", "url": "https://three.example/c", "text": "\n".join([P1, P2, P3, P4])},
]


def test_the_cli_keeps_the_complete_version_whole_and_writes_in_input_order(tmp_path: Path) -> None:
    out = _clean(tmp_path, RECORDS, DedupConfig())
    assert [r["id"] for r in out] == ["other", "update"]  # the teaser is dropped: all of it is in the update
    assert out[1]["text"] == "\n\n".join([P1, P2, P3, P4]) + "\n"
    report = [json.loads(line) for line in (tmp_path / "out.jsonl.report").read_text(encoding="utf-8").splitlines()]
    teaser = next(r for r in report if r.get("doc") == "teaser" or r.get("id") == "teaser")
    assert "update" in json.dumps(teaser)  # what it duplicated


def test_without_prefer_complete_the_first_copy_wins(tmp_path: Path) -> None:
    out = _clean(tmp_path, RECORDS, DedupConfig(prefer_complete=False))
    assert [r["id"] for r in out] == ["teaser", "other", "update"]
    assert out[2]["text"] == "\n\n".join([P3, P4]) + "\n"


def test_a_preferred_source_keeps_its_copy_of_a_reprint(tmp_path: Path) -> None:
    records = [
        {"id": "first", "url": "https://blog.example/x", "text": "\n".join([P1, OTHER])},
        {"id": "agency", "url": "https://wire.example/y", "text": "\n".join([P1, P3])},
    ]
    out = _clean(tmp_path, records, DedupConfig(preferred_sources=("wire.example",)))
    assert out[0]["text"] == OTHER + "\n" and out[1]["text"] == "\n\n".join([P1, P3]) + "\n"
    plain = _clean(tmp_path, records, DedupConfig(), name="plain.jsonl")
    assert plain[0]["text"] == "\n\n".join([P1, OTHER]) + "\n" and plain[1]["text"] == P3 + "\n"


def test_a_planned_run_gives_the_same_bytes_for_every_worker_count(tmp_path: Path) -> None:
    records = RECORDS + [{"id": f"n{i}", "url": f"https://s{i % 3}.example/{i}", "text": f"{OTHER} Numéro {i}.\n{P4}"} for i in range(12)]
    one = _clean(tmp_path, records, DedupConfig(), jobs=1, name="one.jsonl")
    two = _clean(tmp_path, records, DedupConfig(), jobs=2, name="two.jsonl")
    assert one == two and [r["id"] for r in one][:2] == ["other", "update"]


def test_a_moved_document_is_not_written_where_the_input_changed_between_reads(tmp_path: Path) -> None:
    """The plan reads the input first; if a file is rewritten before the cleaning read, a moved
    result would land in another document's place: that place is reported instead."""
    from cleaner.errors import InputError
    from cleaner.reorder import PlannedRun

    docs = [Document(id=r["id"], text=r["text"], source=r["url"]) for r in RECORDS]
    changed = [docs[0], docs[1], Document(id="replaced", text=OTHER, source="x")]
    reads = iter([docs, docs, changed])
    with PlannedRun(DedupConfig()) as planned:
        stream = list(planned.items(lambda main: iter(next(reads))))
        assert [getattr(item, "id", None) for item in stream if isinstance(item, Document)] == ["update", "teaser", "other"]
        out = list(planned.in_input_order(iter(stream)))
    assert [getattr(item, "id", None) for item in out[:2]] == ["teaser", "other"]
    assert isinstance(out[2], InputError) and out[2].item == "replaced"


def test_the_stream_meets_documents_in_the_plans_order() -> None:
    """A preferred source's short version superseded by a later, longer one: the stream follows
    `ProcessingPlan.order` (the complete version first), the one definition of the order."""
    from cleaner.reorder import PlannedRun

    docs = [doc(0, OTHER, source="x"), doc(1, P1, P2, source="pref"), doc(2, P4, source="y"), doc(3, P1, P2, P3, source="z")]
    config = DedupConfig(preferred_sources=("pref",))
    plan = plan_documents(docs, config)
    assert plan.early == (1,) and plan.supersedes == {1: 3}
    with PlannedRun(config) as planned:
        stream = list(planned.items(lambda main: iter(docs)))
    met = [item.id for item in stream if isinstance(item, Document)]
    assert met == [f"d{p}" for p in plan.order(4)] == ["d3", "d1", "d0", "d2"]


# Site template lines known before the run (DedupConfig.template_everywhere).
MENU_LINE = "Édition du Pays de Lorient"
PROMO = "Cet article fait partie de notre série Côte vivante, une année de reportages sur le littoral breton."
STORIES = [P1, P2, P3, OTHER]


def _site(records: int, *extra: str) -> list[dict]:
    return [
        {"id": f"s{i}", "url": f"https://site.example/{i}", "text": "\n".join([MENU_LINE, STORIES[i], *extra, PROMO])}
        for i in range(records)
    ]


def test_the_plan_knows_each_sources_template_lines() -> None:
    docs = [doc(i, MENU_LINE, STORIES[i], PROMO) for i in range(3)] + [doc(9, MENU_LINE, P4, source="other")]
    templates = plan_documents(docs, DedupConfig()).templates
    assert set(templates) == {"site"} and len(templates["site"]) == 2  # the menu line and the promo
    assert not plan_documents(docs, DedupConfig(template_everywhere=False)).templates


def test_an_articles_head_on_its_pages_is_no_template_a_line_on_every_page_is() -> None:
    """A paginated article: three pages open with its headline and standfirst over their own
    part, a fourth page of the site does not (dedup/pages.py): those lines stay off the source's
    template, the first page keeps them. The same lines over every page of the site are its
    template, and so is a line under the pages' text."""
    head = "Énergie : comment un village breton produit cinq fois l'électricité qu'il consomme"
    standfirst = "Depuis vingt ans, la commune mise sur le vent et le soleil. Reportage sur place."
    pages = [doc(i, MENU_LINE, head, standfirst, STORIES[i], PROMO) for i in range(3)]
    templates = plan_documents([*pages, doc(3, MENU_LINE, P4, PROMO)], DedupConfig()).templates["site"]
    assert len(templates) == 2  # the menu line and the promo, not the head
    everywhere = plan_documents(pages, DedupConfig()).templates["site"]
    assert len(everywhere) == 4
    assert len(plan_documents([*pages, doc(3, MENU_LINE, P4, PROMO)], DedupConfig(home_lines=0)).templates["site"]) == 4


def test_site_template_goes_from_the_first_page_on(tmp_path: Path) -> None:
    out = _clean(tmp_path, _site(3), DedupConfig())
    assert [r["text"] for r in out] == [STORIES[i] + "\n" for i in range(3)]
    report = [json.loads(line) for line in (tmp_path / "out.jsonl.report").read_text(encoding="utf-8").splitlines()]
    first = [r for r in report if r.get("id") == "s0"]
    assert {r["rule"] for r in first} == {"dedup.template.sentence"} and len(first) == 2
    assert all("original" not in r for r in first)  # a site's template is no copy of one page


def test_without_the_plan_the_first_pages_keep_their_template(tmp_path: Path) -> None:
    out = _clean(tmp_path, _site(3), DedupConfig(template_everywhere=False, prefer_complete=False))
    assert MENU_LINE in out[0]["text"] and PROMO in out[0]["text"]
    assert MENU_LINE not in out[2]["text"]


def test_one_story_saved_three_times_in_one_source_is_not_template(tmp_path: Path) -> None:
    """Copies of one article count once: its lines must not go from every copy."""
    records = [{"id": f"c{i}", "url": f"https://site.example/c{i}", "text": "\n".join([P1, P2, P3])} for i in range(3)]
    out = _clean(tmp_path, records, DedupConfig())
    assert [r["id"] for r in out] == ["c0"]  # the other two are dropped as duplicate_of it
    assert out[0]["text"] == "\n\n".join([P1, P2, P3]) + "\n"


def test_planned_templates_give_the_same_bytes_for_every_worker_count(tmp_path: Path) -> None:
    records = _site(4) + [{"id": "x", "url": "https://else.example/x", "text": "\n".join([MENU_LINE, P4])}]
    one = _clean(tmp_path, records, DedupConfig(), name="one.jsonl")
    two = _clean(tmp_path, records, DedupConfig(), jobs=2, name="two.jsonl")
    assert one == two and MENU_LINE in one[-1]["text"]  # another source's only page keeps its line


def test_an_articles_one_sentence_paragraph_is_no_template_but_a_label_between_paragraphs_is(tmp_path: Path) -> None:
    """Between prose, a short line shaped like a sentence is the article's ("Personne n'a été
    blessé."): kept on every page of a site and under every source. A short line without a full
    stop there (an edition's name) is still the site's template, and goes from the first page on."""
    said, label = "Personne n'a été blessé.", MENU_LINE
    more = [f"Le conseil municipal de la commune numéro {n} a voté son budget annuel hier soir après un long débat." for n in range(3)]
    pairs = [(P1, P2), (P3, P4), (OTHER, more[0]), (more[1], more[2])]
    records = [
        {"id": f"s{i}", "url": f"https://{host}.example/{i}", "text": "\n".join([first, said, label, last])}
        for i, (host, (first, last)) in enumerate(zip(["site", "site", "site", "other"], pairs))
    ]
    out = _clean(tmp_path, records, DedupConfig())
    assert all(said in r["text"] for r in out)
    assert [label in r["text"] for r in out] == [False, False, False, True]


def test_a_template_paragraph_of_several_sentences_goes_from_the_first_page_on(tmp_path: Path) -> None:
    """A paragraph is looked up whole only when a template line has its token count (the plan
    keeps those counts): a two-sentence footer still goes, as a paragraph, from the first page."""
    footer = "Abonnez-vous à notre lettre du matin. Elle arrive chaque jour avant sept heures."
    templates = plan_documents([doc(i, STORIES[i], footer) for i in range(3)], DedupConfig()).templates
    assert templates["site"].words == {14}
    out = _clean(tmp_path, _site(3, footer), DedupConfig())
    assert all(footer not in r["text"] for r in out) and STORIES[0] in out[0]["text"]
    report = [json.loads(line) for line in (tmp_path / "out.jsonl.report").read_text(encoding="utf-8").splitlines()]
    assert {r["rule"] for r in report if r.get("id") == "s0"} >= {"dedup.template.paragraph"}


def test_planned_template_lines_go_in_the_per_document_passes(tmp_path: Path, passes: list[str]) -> None:
    """The plan's template lines are removed with the page's own boilerplate, before its settle:
    a page whose only corpus-step removals they were is not cleaned a third time."""
    out = _clean(tmp_path, _site(3), DedupConfig())
    assert [r["text"] for r in out] == [STORIES[i] + "\n" for i in range(3)]
    assert len(passes) == 6  # each page: its pass and the settle's check, no pass after the corpus step
    report = [json.loads(line) for line in (tmp_path / "out.jsonl.report").read_text(encoding="utf-8").splitlines()]
    assert {r["rule"] for r in report} == {"dedup.template.sentence"} and len(report) == 6


P2_CORRECTED = "Les Etats-Unis ont exprimé à nouveau, jeudi, leur vive préoccupation face au rapprochement militaire entre les deux pays."
UPDATE = "Mise à jour : une version précédente de cet article attribuait ces propos au département d'Etat."
P5 = "La visite doit se poursuivre par une étape à Khabarovsk, où le dirigeant doit visiter une usine de tracteurs."


def test_an_update_with_a_corrected_paragraph_supersedes_its_first_version() -> None:
    """One paragraph of four corrected (another line now) and an update line added: the first
    version's lines are a share `update_containment` of the update's, in one source."""
    first = doc(0, P1, P2, P4, P5)
    update = doc(1, UPDATE, P1, P2_CORRECTED, P4, P5)
    assert plan_documents([first, update], DedupConfig()).supersedes == {0: 1}
    # the corrected paragraph opens and ends as the first one (update_edge_words): held, unless
    # edges are whole lines
    assert plan_documents([first, update], DedupConfig(update_containment=0.9)).supersedes == {0: 1}
    assert plan_documents([first, update], DedupConfig(update_containment=0.9, update_edge_words=30)).identity


def test_a_corrected_copy_under_another_source_is_a_reprint_not_an_update() -> None:
    first = doc(0, P1, P2, P4, P5, source="a")
    other = doc(1, UPDATE, P1, P2_CORRECTED, P4, P5, source="b")
    assert plan_documents([first, other], DedupConfig()).identity


P2_SHORTER = "Les Etats-Unis ont exprimé leur préoccupation à l'égard du rapprochement entre les deux pays."


def test_a_correction_published_later_supersedes_its_first_version_though_shorter() -> None:
    """A correction that rewords a sentence shorter holds its first version all but that line,
    and is no longer: by length alone the old version would be kept and the corrected sentence
    lost as its near copy. Both dated, the one published later is the version kept whole, if it
    has `update_newer_length` of the older's words; undated, which is newer is unknown."""
    first, correction = doc(0, P1, P2, P4, P5), doc(1, P1, P2_SHORTER, P4, P5)
    assert plan_documents([first, correction], DedupConfig()).identity  # undated
    first.meta["published"], correction.meta["published"] = 1_796_630_400.0, 1_796_652_000.0
    assert plan_documents([first, correction], DedupConfig()).supersedes == {0: 1}
    assert plan_documents([first, correction], DedupConfig()).order(2) == [1, 0]
    assert plan_documents([first, correction], DedupConfig(update_newer_length=1.0)).identity
    first.meta["published"], correction.meta["published"] = correction.meta["published"], first.meta["published"]
    assert plan_documents([first, correction], DedupConfig()).identity  # the later one in the input is the older
    first.meta["published"], correction.meta["published"] = 1_796_601_600.0, 1_796_652_000.0  # a day alone, then 14:00 that day
    assert plan_documents([first, correction], DedupConfig()).identity  # the first may have come out later that day


HEAD_10 = "Collision sur la RN165 : deux morts et huit blessés près de Vannes"
HEAD_15 = "Collision sur la RN165 : trois morts et sept blessés près de Vannes"
R2 = "La circulation est coupée dans les deux sens et une déviation a été mise en place par les gendarmes."
R2_NEW = "La circulation, coupée pendant six heures, a été rétablie dans la soirée dans les deux sens de circulation."
R3 = "Trois des blessés sont dans un état grave et ont été transportés en urgence au centre hospitalier régional."
R3_NEW = "Un troisième blessé est décédé dans l'après-midi ; deux autres restent dans un état grave au centre hospitalier."


def test_an_update_rewriting_two_paragraphs_pairs_by_its_headline() -> None:
    """An update that rewrites two of five paragraphs holds half of its first version's words:
    under `update_containment`, but their headlines open and end alike (a figure corrected), so
    `update_title_containment` is enough (titles.py); with another headline they stay apart (two
    articles of one site sharing paragraphs), and a headline in every page is site template."""
    first = doc(0, HEAD_10, P1, R2, R3, P4)
    update = doc(1, HEAD_15, P1, R2_NEW, R3_NEW, P4, P5)
    assert plan_documents([first, update], DedupConfig()).supersedes == {0: 1}
    assert plan_documents([first, update], DedupConfig(update_title_containment=0.9)).identity
    other = doc(1, "Vannes : le marché des producteurs déménage place de la Libération en janvier", P1, R2_NEW, R3_NEW, P4, P5)
    assert plan_documents([first, other], DedupConfig()).identity
    tagline = "Le Courrier de l'Ouest, votre quotidien d'information locale depuis 1921"
    pages = [doc(0, tagline, P1, R2, R3, P4), doc(1, tagline, P1, R2_NEW, R3_NEW, P4, P5), doc(2, tagline, OTHER)]
    assert plan_documents(pages, DedupConfig()).identity


NOTICE = "Westmoor Media Group follows the Editors' Code of Practice: to complain about an article in any of our papers, write to the readers' editor at our Moorfield office."
WIRE = [
    "A regional rail operator will cut 40 percent of its weekend services on the Drummond line from January, citing a shortage of drivers.",
    "The company said 23 of its 180 drivers had left in the past year and that training new ones takes fourteen months.",
]


def test_a_notice_of_two_sister_sites_is_their_template_and_a_wire_story_they_both_print_twice_is_not() -> None:
    """Two pages a site are under `template_min_docs`; two sites of one group, four articles,
    make the notice template (groups.py), though it is the longest line of each page. A wire
    story each site saved twice (desktop and mobile pages) is one article however often."""
    pages = [
        doc(0, "Moorfield school roof repair approved", P1, NOTICE, source="moorfield.example"),
        doc(1, "Bus route 12 between Moorfield and Ashby returns", P2, NOTICE, source="moorfield.example"),
        doc(2, "Ashby market hall sold to a housing cooperative", P4, NOTICE, source="ashby.example"),
        doc(3, "Brewery on the edge of Ashby wins a national award", OTHER, NOTICE, source="ashby.example"),
        doc(4, "Weekend trains cut", *WIRE, source="moorfield.example"),
        doc(5, "Weekend trains cut", *WIRE, source="moorfield.example"),
        doc(6, "Drummond line loses weekend trains", *WIRE, source="ashby.example"),
        doc(7, "Drummond line loses weekend trains", *WIRE, source="ashby.example"),
    ]
    templates = plan_documents(pages, DedupConfig()).templates
    notice, wire = exact_key(tokens(NOTICE)), {exact_key(tokens(line)) for line in WIRE}
    assert notice in templates["moorfield.example"] and notice in templates["ashby.example"]
    assert not wire & (templates["moorfield.example"] | templates["ashby.example"])
    alone = plan_documents(pages, DedupConfig(group_template_min_docs=3)).templates
    assert notice not in alone.get("moorfield.example", set())


def test_a_short_tagline_of_two_sister_sites_is_their_template_and_a_subheading_they_share_is_not() -> None:
    """A six-token tagline over two pages of each of two sites is under `min_words`: it must
    stand where template stands, counted over the group's four articles (groups.sister_stances),
    as each site alone has two. A subheading both print between their articles' text stays."""
    tagline, subhead = "Westmoor Media · your paper since 1911", "What does this mean for you?"
    pages = [
        doc(0, tagline, "Moorfield school roof repair approved", P1, subhead, P2, NOTICE, source="moorfield.example"),
        doc(1, tagline, "Bus route 12 between Moorfield and Ashby returns", P3, NOTICE, source="moorfield.example"),
        doc(2, tagline, "Ashby market hall sold to a housing cooperative", P4, subhead, OTHER, NOTICE, source="ashby.example"),
        doc(3, tagline, "Brewery on the edge of Ashby wins a national award", *WIRE, subhead, NOTICE, source="ashby.example"),
    ]
    templates = plan_documents(pages, DedupConfig()).templates
    short, label = exact_key(tokens(tagline)), exact_key(tokens(subhead))
    assert short in templates["moorfield.example"] and short in templates["ashby.example"]
    assert label not in templates["moorfield.example"] | templates["ashby.example"]
    alone = plan_documents(pages, DedupConfig(group_template_min_docs=3)).templates
    assert short not in alone.get("moorfield.example", set())
