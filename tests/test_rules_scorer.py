"""The page-structure scorer and the engine around it: body choice, title anchor, rule boundaries."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner.errors import ConfigError
from cleaner.rules import RuleEngine, RulesConfig
from cleaner.rules.page_prose import page_lifts
from cleaner.rules.scorer import best_block
from cleaner.rules.settings import default_settings_file, load_settings
from cleaner.rules.anchor import title_anchor, title_candidates
from cleaner.segment import segment
from cleaner.types import Document

from article_support import ARTICLE

PROSE = [
    "The council voted on Tuesday to expand the bus network, and the mayor said the first new lines "
    "would open in the spring after a year of consultation with residents and drivers.",
    "Opponents argued that the plan was too expensive, but the finance office said the cost would be "
    "covered by a grant from the regional government and by higher parking fees in the centre.",
    "Drivers' unions welcomed the decision, which they said would create about two hundred jobs, "
    "although they warned that the new timetables had to leave time for breaks between shifts.",
]
TEASERS = [
    "Is The New Stadium Worth It? Fans have been asking whether the city should pay for a new stadium "
    "and what it would mean for taxes in the years to come, as the club keeps pushing for it.",
    "Where To Eat This Weekend: Our critics picked five new places in the old town that are worth the "
    "trip, from a small bakery to a fish restaurant that opened in the former post office.",
]


def clean(text: str, engine: RuleEngine | None = None) -> str:
    doc = segment(Document(id="t", text=text))
    return (engine or RuleEngine()).apply(doc).clean_text()


def test_best_block_is_the_maximum_sum_interval() -> None:
    block = best_block([-1.0, 2.0, -0.5, 3.0, -10.0, 4.0])
    assert (block.first, block.last, block.value) == (1, 3, 4.5)
    assert best_block([-1.0, -2.0]) is None


@given(st.lists(st.floats(min_value=-100, max_value=100), min_size=1, max_size=40))
def test_best_block_beats_every_interval(values: list[float]) -> None:
    block = best_block(values)
    best = max(sum(values[i : j + 1]) for i in range(len(values)) for j in range(i, len(values)))
    if best <= 0:
        assert block is None
    else:
        assert block is not None and block.value == pytest.approx(best)


@pytest.mark.parametrize(
    "first_line, expected",
    [
        ("Council expands bus network | The Daily Example", {"council expands bus network"}),
        ("Opinion | Council expands bus network - The Daily Example", {"council expands bus network"}),
        ("Fact Check: Is the bus network growing?", {"fact check: is the bus network growing?"}),
    ],
)
def test_title_candidates_split_site_names_off(first_line: str, expected: set[str]) -> None:
    assert expected <= title_candidates(first_line, 12)


def _doc(lines: list[str]) -> Document:
    return segment(Document(id="t", text="\n".join(lines)))


def test_title_anchor_is_the_headline_repeated_above_the_article() -> None:
    doc = _doc(["Council expands bus network | The Daily Example", "Home", "News", "Council expands bus network", *PROSE])
    assert title_anchor(doc, 12, 0.6) == 3


def test_title_anchor_accepts_a_truncated_repeat_but_not_a_mere_prefix() -> None:
    doc = _doc(["Council expands bus network after long debate - Site", "Council expands bus network after", *PROSE])
    assert title_anchor(doc, 12, 0.6) == 1
    doc = _doc(["Council expands bus network after long debate - Site", "Council", *PROSE])
    assert title_anchor(doc, 12, 0.6) is None


@given(
    st.lists(st.text(alphabet="Aaßs ΣσΙι\u00a0\u2003|-Kk", min_size=1, max_size=30).filter(str.strip), min_size=3, max_size=8)
)
def test_title_anchor_first_letter_shortcut_never_misses_a_repeat(lines: list[str]) -> None:
    """The anchor skips paragraphs whose first letter no candidate has; a full comparison agrees."""
    from cleaner.rules.anchor import _normal, _repeats

    doc = _doc([line.replace("\n", " ") for line in lines])
    candidates = title_candidates(doc.text[doc.paragraphs[0].start : doc.paragraphs[0].end], 3)
    expected = next(
        (
            i
            for i, par in enumerate(doc.paragraphs)
            if i > 0
            and len(_normal(doc.text[par.start : par.end])) >= 3
            and any(_repeats(_normal(doc.text[par.start : par.end]), c, 0.6) for c in candidates)
        ),
        None,
    )
    assert title_anchor(doc, 3, 0.6) == (expected if len(doc.paragraphs) >= 3 else None)


def test_no_title_anchor_without_a_repeat() -> None:
    assert title_anchor(_doc(["Council expands bus network", *PROSE]), 12, 0.6) is None


def test_teasers_before_the_repeated_headline_are_not_the_body() -> None:
    menu = ["Sports", "Weather", "Traffic", "Contact us"]
    text = "\n".join(["Council expands bus network | The Daily Example", "Latest", *TEASERS, *menu,
                      "Council expands bus network", *PROSE])  # fmt: skip
    out = clean(text)
    assert all(p in out for p in PROSE)
    assert "Is The New Stadium Worth It?" not in out


def test_comment_thread_after_the_article_is_cut_even_when_longer() -> None:
    comments = [f"reader{i} says:\n" + PROSE[i % 3].replace("council", "club") for i in range(6)]
    text = "\n".join(["Council expands bus network", *PROSE, '6 responses to “Council expands bus network”', *comments])
    out = clean(text)
    assert all(p in out for p in PROSE)
    assert "reader1 says" not in out and "responses to" not in out


def test_an_embedded_tweet_does_not_split_the_article() -> None:
    tweet = "“What a day for the city, the new buses are finally coming to our neighbourhood” pic.twitter.com/abc123"
    text = "\n".join(["Council expands bus network", PROSE[0], tweet, "— Jane Doe (@janedoe) May 3, 2024", *PROSE[1:]])
    out = clean(text)
    assert all(p in out for p in PROSE)
    assert "pic.twitter.com" not in out


def test_removed_value_categories_are_checked(tmp_path: Path) -> None:
    text = default_settings_file().read_text(encoding="utf-8")
    bad = tmp_path / "scorer.toml"
    bad.write_text(text.replace("[scorer.removed_value]", "[scorer.removed_value]\nnot-a-category = 1.0"), "utf-8")
    with pytest.raises(ConfigError, match="not-a-category"):
        load_settings(bad)
    assert load_settings().scorer.removed_value["share"] > 0.0


def test_japanese_prose_counts_words_and_particles() -> None:
    from cleaner.rules.scorer import paragraph_signals, prose_score

    settings = load_settings()
    prose = "ショートカットの欄を空欄にしただけでは、起動しないので、設定画面から別の方法で変更する必要があります。"
    label = "ソフトウェア一般"
    signals = paragraph_signals(prose, frozenset(), settings.cjk)
    assert signals["words"] > 15 and signals["stopwords"] > 0.3 and signals["ends_sentence"] == 1.0
    assert prose_score(signals, settings.scorer) > 0.5
    assert prose_score(paragraph_signals(label, frozenset(), settings.cjk), settings.scorer) < 0.2
    assert paragraph_signals(prose, frozenset())["words"] < 5  # without the CJK settings: a token per clause


def test_a_settings_file_changes_only_what_it_names(tmp_path: Path) -> None:
    """A user's file written for an older release (fewer keys) still loads: the rest is shipped."""
    mine = tmp_path / "scorer.toml"
    mine.write_text("[scorer]\nblock_threshold = 0.5\n", "utf-8")
    shipped, loaded = load_settings(), load_settings(mine)
    assert loaded.scorer.block_threshold == 0.5 != shipped.scorer.block_threshold
    assert loaded.scorer.lead_min_words == shipped.scorer.lead_min_words
    assert loaded.cjk == shipped.cjk and loaded.engine == shipped.engine


@pytest.mark.parametrize(
    "text, message",
    [
        ("[scorer]\nblock_treshold = 0.5\n", r"\[scorer\]: missing keys \[\], unknown keys \['block_treshold'\]"),
        ("[scorrer]\nblock_threshold = 0.5\n", r"unknown tables \['scorrer'\]"),
        ("scorer = 3\n", r"\[scorer\] must be a table"),
        ("[scorer]\nblock_threshold = 'high'\n", r"block_threshold: expected a number"),
    ],
)
def test_a_settings_file_with_a_typo_is_refused(tmp_path: Path, text: str, message: str) -> None:
    bad = tmp_path / "scorer.toml"
    bad.write_text(text, "utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(bad)


TAGS = ["China", "Hong Kong", "Xi Jinping", "Beijing", "Protests", "Foreign Policy", "Asia Pacific"]


def test_a_long_run_of_capitalised_labels_after_the_article_ends_it() -> None:
    text = "\n".join(["Council expands bus network", *PROSE, *PROSE, *TAGS, *TEASERS])  # 100+ words, then tags
    out = clean(text)
    assert all(p in out for p in PROSE)
    assert "Where To Eat This Weekend" not in out and "Xi Jinping" not in out


def test_a_list_of_lower_case_items_inside_the_article_does_not_end_it() -> None:
    items = ["onions", "green peas", "carrots", "fresh thyme", "two leeks", "butter", "salt"]
    after = ("Cook the vegetables slowly in the butter for about twenty minutes, then add the thyme and "
             "season the stew to taste before you serve it with bread from the bakery on the corner.")  # fmt: skip
    text = "\n".join(["Council expands bus network", *PROSE, *PROSE, *items, after])
    assert after in clean(text)


def test_a_low_scoring_lead_right_above_the_body_joins_it(tmp_path: Path) -> None:
    lead = ("ST. JOSEPH, Mich. (AP) — Michigan health authorities report a 6th EEE fatality in Berrien County, "
            "Michigan, the state's Department of Health and Human Services said Friday.")  # fmt: skip
    teaser = "Detroit Lions Beat Chicago Bears 24-17 At Ford Field In Week 12 Matchup, Stafford Throws Two TDs"
    head = ["Council expands bus network | The Daily Example", "Home", "News", teaser, "Council expands bus network"]
    text = "\n".join([*head, lead, *PROSE, *PROSE])
    settings = _names_counted_each(tmp_path)  # the lead scores under the block threshold
    out = clean(text, RuleEngine(RulesConfig(settings_file=str(settings))))
    assert lead in out and all(p in out for p in PROSE)
    assert teaser not in out
    without = tmp_path / "without.toml"
    without.write_text(settings.read_text(encoding="utf-8").replace("lead_max_paragraphs = 1", "lead_max_paragraphs = 0"), "utf-8")
    assert lead not in clean(text, RuleEngine(RulesConfig(settings_file=str(without))))
    assert lead in clean(text)  # its names counted once each, it scores as prose (prose.sentence_capitals)


def _names_counted_each(tmp_path: Path) -> Path:
    """A settings file counting every capital of a sentence's names (prose.sentence_capitals off):
    the name-heavy sentences below score under the block threshold there, as the steps they test
    (a low-scoring lead or closing quote) meet on pages of names no sentence rule helps."""
    path = tmp_path / "names.toml"
    settings = default_settings_file().read_text(encoding="utf-8")
    path.write_text(settings.replace("name_follower_weight = 0.0", "name_follower_weight = 1.0"), "utf-8")
    return path


def test_a_dateline_lead_joins_over_a_low_scoring_second_paragraph() -> None:
    # "PLACE, SOURCE - " without brackets (Indonesian and Russian sites); the paragraph under it is
    # an official's long Title Case name that scores under the block threshold, the count of one lead
    # paragraph was spent on it, and the dateline lead was cut.
    lead = ("PEKALONGAN, KABARNUSANTARA.COM - Flood water covered 3,400 homes in six districts of Pekalongan "
            "Regency, Central Java, since Thursday night.")  # fmt: skip
    names = ("The head of the Regional Disaster Management Agency (BPBD) of Pekalongan, Agus Prasetyo, told "
             "Kompas TV hundreds fled to mosques.")  # fmt: skip
    text = "\n".join(["Council expands bus network", "Home", "News", lead, names, *PROSE, *PROSE])
    out = clean(text)
    assert lead in out and names in out and all(p in out for p in PROSE)


def test_a_low_scoring_closing_quote_right_below_the_body_joins_it(tmp_path: Path) -> None:
    quote = ("Rob Marsh, President of Harbor Transit North America, says: “By working with Velbro, Harbor "
             "Transit can help cities add Sunday service, Night Owl routes and Park & Ride sites at the "
             "cost the Regional Transport Board approved in March.”")  # fmt: skip
    footer = ["Tags: Transit, Council", "Share", "Related: Fares to stay the same"]
    text = "\n".join(["Council expands bus network", *PROSE, *PROSE[:2], quote, *footer])
    settings = _names_counted_each(tmp_path)
    engine = RuleEngine(RulesConfig(settings_file=str(settings)))
    doc = engine.apply(segment(Document(id="t", text=text)))
    assert doc.paragraphs[-4].signals["prose"] < 0.45  # under the block threshold: only the tail step keeps it
    assert quote in doc.clean_text() and "Related:" not in doc.clean_text()
    without = tmp_path / "without.toml"
    without.write_text(settings.read_text(encoding="utf-8").replace("tail_max_paragraphs = 1", "tail_max_paragraphs = 0"), "utf-8")
    assert quote not in clean(text, RuleEngine(RulesConfig(settings_file=str(without))))


def test_the_tail_step_stops_at_a_short_line() -> None:
    """Teasers under an article are prose too: anything but a long sentence-like paragraph ends it."""
    text = "\n".join(["Council expands bus network", *PROSE, *PROSE[:2], "More from Transit", *TEASERS])
    out = clean(text)
    assert all(p in out for p in PROSE)
    assert not any(t in out for t in TEASERS)


FR_ARTICLE = [
    "Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine, après un débat "
    "qui a duré plus de quatre heures.",
    "Les élus de l'opposition ont dénoncé une hausse des impôts locaux qu'ils jugent excessive, alors que "
    "la majorité défend des investissements nécessaires dans les écoles.",
    "Le maire a rappelé que la dette de la commune avait baissé de dix pour cent depuis le début du "
    "mandat, et que les dépenses de fonctionnement restaient maîtrisées.",
    "Dans un communiqué publié en anglais, le partenaire américain de la ville a salué la décision.",
]
EN_QUOTE = (
    '"We are delighted that the city council has approved this budget, which will allow us to continue '
    'our work with the schools and the local businesses for many years to come," the statement said.'
)
FR_CLOSING = "La prochaine séance du conseil est prévue le mois prochain, et les habitants pourront y assister librement."


def test_a_paragraph_that_scores_as_prose_below_a_joined_quote_stays_in_the_article() -> None:
    """A French article quoting an English statement: the quote scores low (no French function
    words) and joins as the tail; the French paragraph under it is prose in its own right."""
    out = clean("\n".join([*FR_ARTICLE, EN_QUOTE, FR_CLOSING]))
    assert EN_QUOTE in out and FR_CLOSING in out


EN_MORE = [
    "The partner added that it would publish a report on the results of the programme every year.",
    "It also said that it would open a small office in the town centre before the end of the summer.",
    "Further details of the agreement between the two sides will be announced at a later date.",
]


def test_a_quote_of_several_paragraphs_then_the_articles_end_stays(tmp_path: Path) -> None:
    """Past the one weak paragraph the tail takes, weak ones join only when the article goes on
    below them (`tail_bridge_paragraphs`)."""
    text = "\n".join([*FR_ARTICLE, EN_QUOTE, EN_MORE[0], FR_CLOSING])
    out = clean(text)
    assert EN_QUOTE in out and EN_MORE[0] in out and FR_CLOSING in out
    out = clean("\n".join([*FR_ARTICLE, EN_QUOTE, *EN_MORE[:2]]))  # nothing follows: one weak paragraph only
    assert EN_QUOTE in out and not any(p in out for p in EN_MORE)
    without = tmp_path / "scorer.toml"
    settings = default_settings_file().read_text(encoding="utf-8")
    without.write_text(settings.replace("tail_bridge_paragraphs = 2", "tail_bridge_paragraphs = 0"), "utf-8")
    out = clean(text, RuleEngine(RulesConfig(settings_file=str(without))))
    assert EN_QUOTE in out and EN_MORE[0] not in out and FR_CLOSING not in out


def test_a_short_closing_sentence_that_ends_the_page_stays_with_the_article() -> None:
    """"Le vote définitif aura lieu jeudi." scores low (one function word in six) and is short of
    tail_min_words; as the last line of the page, right under the body, it is the article's end."""
    closing = "Le vote définitif aura lieu jeudi."
    assert closing in clean("\n".join([*FR_ARTICLE[:3], closing]))
    footer = "Nos partenaires de la rédaction en Bretagne"  # a kept line below, no rule's: the page goes on
    out = clean("\n".join([*FR_ARTICLE[:3], closing, footer, footer + " dès demain"]))
    assert closing not in out and FR_ARTICLE[2] in out


# The heading above the body: small lines between headline and body are skipped to find it.
HEADLINE = "Council expands bus network after a year of debate"
STANDFIRST = "Two new lines will open in the spring and fares stay the same for pupils and pensioners"
MENU = ["Home", "News", "Sport", "Weather"]


def _heading_of(lines: list[str]):
    from cleaner.rules.title import find_heading

    doc = _doc(lines)
    engine = RuleEngine()
    engine.apply(doc)
    first = next(i for i, par in enumerate(doc.paragraphs) if doc.text[par.start : par.end] == PROSE[0])
    return doc, find_heading(doc, first, None, load_settings().scorer)


@pytest.mark.parametrize(
    "between, kept, removed",
    [
        (["The new buses wait at the depot on Elm Street, Tuesday morning."],
         ["The new buses wait at the depot on Elm Street, Tuesday morning."], []),  # caption sentence
        (["Lucía Ferrer", "Millbrook"], [], ["Lucía Ferrer", "Millbrook"]),  # byline name, place
        (["MILLBROOK (Wire) -"], ["MILLBROOK (Wire) -"], []),  # dateline opening the lead
        (["MILLBROOK, OHIO"], ["MILLBROOK, OHIO"], []),  # dateline in capitals
        (["14 November 2025 | 08:15"], [], ["14 November 2025 | 08:15"]),  # date line
        (["Lucía Ferrer", "14.11.2025, 08:15", "The depot on Elm Street, on Tuesday."],
         ["The depot on Elm Street, on Tuesday."], ["Lucía Ferrer", "14.11.2025"]),
    ],
)  # fmt: skip
def test_headline_and_standfirst_stay_over_small_lines(between: list[str], kept: list[str], removed: list[str]) -> None:
    out = clean("\n".join([*MENU, HEADLINE, STANDFIRST, *between, *PROSE]))
    assert out.startswith(HEADLINE + "\n\n" + STANDFIRST + "\n\n")
    assert all(line in out for line in kept) and all(p in out for p in PROSE)
    assert not any(line in out for line in removed)
    assert not any(item in out.split("\n") for item in MENU)


def test_a_live_blog_time_stamp_above_the_first_entry_stays_with_the_others() -> None:
    entries = [line for i, p in enumerate(PROSE) for line in (f"1{i}.0{i} Uhr", p)]
    out = clean("\n".join(["Liveblog", HEADLINE, *entries]))
    assert out.startswith(HEADLINE + "\n\n10.00 Uhr\n\n" + PROSE[0])


def test_an_unknown_button_under_the_byline_is_not_the_title() -> None:
    """A short line no rule knows, right under a byline and date that rules removed, is a button:
    the headline and standfirst above the byline open the article, the button goes."""
    out = clean("\n".join([*MENU, HEADLINE, STANDFIRST, "By Lucía Ferrer", "14 November 2025 | 08:15", "Easy read version", *PROSE]))
    assert out.startswith(HEADLINE + "\n\n" + STANDFIRST + "\n\n" + PROSE[0])
    assert "Easy read version" not in out


def test_a_short_headline_under_a_photo_credit_stays_the_title() -> None:
    """Nothing title-shaped above it: the short line under the removed credit is the headline after all."""
    out = clean("\n".join(["Photo: Reuters", "Buses win the vote", "By Lucía Ferrer", *PROSE]))
    assert out.startswith("Buses win the vote\n\n" + PROSE[0])


def test_a_live_blog_entry_heading_is_not_the_page_headline() -> None:
    """Entries of "time, heading, text": the first entry's heading stays with its time stamp under the headline."""
    entries = [line for i, p in enumerate(PROSE) for line in (f"1{i}:0{i} am", f"Update number {i} from the depot", p)]
    out = clean("\n".join([*MENU, HEADLINE, STANDFIRST, *entries]))
    assert out.startswith(HEADLINE + "\n\n" + STANDFIRST + "\n\n10:00 am\n\nUpdate number 0 from the depot\n\n" + PROSE[0])


def test_times_over_teaser_headlines_under_an_article_stay_out() -> None:
    """A live blog's entry headings weigh nothing (fixtures/general/en_live_1), but only with prose
    under them: times over teaser headlines below an article do not join it."""
    teasers = [line for i in range(4) for line in (f"1{i}:0{i}", f"Teaser headline number {i} of the day")]
    out = clean("\n".join([*MENU, HEADLINE, *PROSE, "Share", "Latest news", *teasers]))
    assert out.endswith(PROSE[-1] + "\n") and "Teaser headline" not in out


def test_an_author_bio_under_the_byline_goes() -> None:
    bio = "Lucía Ferrer is a transport reporter at the Daily Example."
    out = clean("\n".join([*MENU, HEADLINE, "LUCÍA FERRER", bio, "Share this article", "Facebook", "Twitter", *PROSE]))
    assert out.startswith(HEADLINE + "\n\n" + PROSE[0]) and bio not in out


def test_a_menu_label_above_a_standfirst_is_not_the_title() -> None:
    for label in ["How-To", "Diet and nutrition plans"]:
        out = clean("\n".join([*MENU, label, STANDFIRST, *PROSE]))
        assert label not in out and STANDFIRST in out and all(p in out for p in PROSE)


def test_a_short_standfirst_under_a_headline_under_a_section_label_does_not_take_the_title() -> None:
    """A section label no rule knows over the headline, then a 4-word standfirst: the headline
    opens the page's text all the same ("Bani și afaceri" / headline / "Plafonarea rămâne până
    martie" lost the headline to the standfirst)."""
    out = clean("\n".join([*MENU, "Money and business", HEADLINE, "Fares stay the same", *PROSE]))
    assert out.startswith(HEADLINE + "\n\nFares stay the same\n\n" + PROSE[0])
    assert "Money and business" not in out


def test_a_title_shaped_line_is_not_absorbed_into_the_lead() -> None:
    """A long unpunctuated line right above the body is a heading, not the lead: joined to the
    body, it would let the menu label above it pass for the title."""
    long_line = ("Two new lines will open in the spring and fares stay the same for pupils and pensioners "
                 "while the council looks for drivers")  # fmt: skip
    doc, heading = _heading_of([*MENU, "Annonces légales", long_line, *PROSE])
    assert heading.title is not None
    assert doc.text[doc.paragraphs[heading.title].start : doc.paragraphs[heading.title].end] == long_line
    assert heading.standfirst is None
    out = doc.clean_text()
    assert "Annonces légales" not in out and long_line in out


def test_more_small_lines_than_allowed_end_the_search() -> None:
    many = ["Lucía Ferrer", "Millbrook", "Evening edition", "08:15 GMT", "Tom Baker Jones", "2 comments"]
    doc, heading = _heading_of([*MENU, HEADLINE, *many, *PROSE])
    assert heading.title is None
    assert HEADLINE not in doc.clean_text()
    _, heading = _heading_of([*MENU, HEADLINE, *many[:3], *PROSE])
    assert heading.title is not None


def test_the_repeated_page_title_is_the_title_under_a_standfirst() -> None:
    from cleaner.rules.title import find_heading

    doc = _doc([HEADLINE + " | The Daily Example", *MENU, HEADLINE, STANDFIRST, "Lucía Ferrer", *PROSE])
    RuleEngine().apply(doc)
    settings = load_settings().scorer
    anchor = title_anchor(doc, settings.title_anchor_min_chars, settings.title_anchor_overlap)
    assert anchor == 5
    heading = find_heading(doc, 8, anchor, settings)
    assert (heading.title, heading.standfirst, heading.furniture) == (5, 6, ())
    assert doc.clean_text().startswith(HEADLINE + "\n\n" + STANDFIRST + "\n\n" + PROSE[0])


def test_a_dateline_stays_even_when_no_heading_is_found() -> None:
    teaser = ("Sports Weather Traffic Elections Business Technology Health Science Travel Food Music Movies Books "
              "Arts Theatre Style Opinion Letters Obituaries Puzzles Games Podcasts Video.")  # fmt: skip
    doc, heading = _heading_of([*MENU, teaser, "MILLBROOK, OHIO", *PROSE])
    assert heading.title is None and len(heading.furniture) == 1
    assert doc.clean_text().startswith("MILLBROOK, OHIO\n\n" + PROSE[0])
    doc, heading = _heading_of([*MENU, teaser, "Lucía Ferrer", *PROSE])
    assert heading == type(heading)(None) and "Lucía Ferrer" not in doc.clean_text()


def test_the_headline_printed_twice_is_not_its_own_standfirst() -> None:
    lines = [HEADLINE + " | The Daily Example", *MENU, HEADLINE, HEADLINE + " today", *PROSE]
    doc, heading = _heading_of(lines)
    assert heading.title == 5 and heading.standfirst is None
    assert doc.clean_text().count(HEADLINE) == 1


# --- HTML reader documents: the title is known -----------------------------------------------


def _clean_page(between: str) -> list[str]:
    from cleaner.html import read_html
    from cleaner.pipeline import Cleaner

    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    page = f"<html><body><article><h1>Buses for the whole city</h1>{between}{paragraphs}</article></body></html>"
    with Cleaner() as cleaner:
        return cleaner.clean(read_html(page, "page")).clean_text().strip().split("\n\n")


@pytest.mark.parametrize(
    "byline",
    [
        "<div class='art-info'>Door Joost van Dalen 12 mei 2025, 16:45 Leestijd 3 minuten</div>",
        "<div class='pie'>MARTA RUIZ Valdecilla 04/11/2025 - 08:10</div>",
        "<p class='rubrik'>Lokales » Tannbach</p>",
        "<div class='badge'>Live</div>",
    ],
)
def test_bylines_and_labels_between_the_readers_title_and_body_go(byline: str) -> None:
    assert _clean_page(byline) == ["Buses for the whole city"] + PROSE


@pytest.mark.parametrize(
    "kept",
    [
        "GPs will see patients between 8pm and 2am three nights a week at the Harbourside health centre",
        "Tannbach. The first bus leaves at nine.",
    ],
)
def test_a_standfirst_or_sentence_between_the_readers_title_and_body_stays(kept: str) -> None:
    assert _clean_page(f"<div class='lede'>{kept}</div>") == ["Buses for the whole city", kept] + PROSE


def test_a_list_opening_the_article_stays() -> None:
    items = ["New timetables", "Cheaper day tickets", "Night buses on Fridays"]
    listing = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    assert _clean_page(listing)[1:4] == items


TABLE = "<table><tr><th>Line</th><th>Buses</th></tr><tr><td>North</td><td>12</td></tr><tr><td>South</td><td>9</td></tr></table>"


def test_a_table_opening_the_article_stays() -> None:
    assert _clean_page(TABLE)[1:4] == ["| Line | Buses |", "| North | 12 |", "| South | 9 |"]


def test_a_data_table_inside_the_article_is_not_a_menu() -> None:
    """Short rows look like a menu run in a text dump; the reader knows they are a table (one row a line)."""
    from cleaner.html import read_html
    from cleaner.pipeline import Cleaner

    paragraphs = [f"<p>{p}</p>" for p in PROSE]
    page = f"<html><body><article><h1>Buses</h1>{paragraphs[0]}{TABLE}{''.join(paragraphs[1:])}</article></body></html>"
    with Cleaner() as cleaner:
        lines = cleaner.clean(read_html(page, "page")).clean_text().strip().split("\n\n")
    assert lines == ["Buses", PROSE[0], "| Line | Buses |", "| North | 12 |", "| South | 9 |"] + PROSE[1:]


SENTENCE_STANDFIRST = ("Two new lines open in the spring. Fares stay the same for pupils and pensioners, "
                       "and the night buses run every half hour.")  # fmt: skip


def test_a_byline_under_a_sentence_standfirst_goes_and_the_heading_stays() -> None:
    """A standfirst written as sentences scores as prose and opened the body, keeping the bare name
    under it; a rule-removed date beside the name says it is a byline (byline_edges.past_byline)."""
    byline = ["Dana Whitcombe", "Updated: Nov. 12, 2025 at 9:15 PM"]
    out = clean("\n".join([*MENU, HEADLINE, SENTENCE_STANDFIRST, *byline, *PROSE]))
    assert out.startswith(HEADLINE + "\n\n" + SENTENCE_STANDFIRST + "\n\n" + PROSE[0])
    assert "Dana Whitcombe" not in out


def test_a_short_capitalised_line_under_the_lead_without_a_byline_stays() -> None:
    """Without a rule-removed date or credit, a short capitalised line under the first paragraph may
    be a subheading: the body keeps it."""
    out = clean("\n".join([*MENU, HEADLINE, SENTENCE_STANDFIRST, "Night Buses", *PROSE]))
    assert "Night Buses" in out and SENTENCE_STANDFIRST in out and all(p in out for p in PROSE)


# An article's own lists after its prose (cleaner/rules/lists.py) against the page's lists there.
INGREDIENTS = ["Ingredients", "4 ripe pears, peeled and cored", "1 lemon, or 3 tbsp lemon juice",
               "2 tsp ground ginger", "250 g brown sugar", "1 jar of honey"]  # fmt: skip
RESULTS = ["Qualified teams"] + [f"{team} (Group {group}): {count} appearance" for team, group, count in [
    ("Norland", "A", "Seventh"), ("Vestria", "B", "Third"), ("Oskany", "A", "Ninth"),
    ("Maravia", "C", "Second"), ("Tellmark", "B", "Fifth")]]  # fmt: skip
CHANGES = ["Here is what changed in version 4 of the app:", "faster sync between your devices",
           "fewer crashes on older phones", "a calmer dark theme for the evening"]  # fmt: skip
HEADLINES = ["More from the city desk", "A new bridge for cyclists opens in the old harbour",
             "Why the market hall is closing early this winter", "Parents ask for safer crossings near schools",
             "The library turns into a cinema for one night"]  # fmt: skip
DATED_TEASERS = ["Latest news", "Tram strike ends after talks", "12 May 2024", "Storm closes the ring road",
                 "11 May 2024", "New mayor sworn in", "10 May 2024"]  # fmt: skip
LOWER_TAGS = ["Tags:", "buses", "city council", "transport", "budget"]
FOOTER_MENU = ["Home", "World News", "Local Sport", "Weather Today", "Contact Us", "About Us"]


@pytest.mark.parametrize("listing", [INGREDIENTS, RESULTS, CHANGES], ids=["ingredients", "results", "changelog"])
@pytest.mark.parametrize("after", [[], HEADLINES, FOOTER_MENU], ids=["alone", "headlines", "menu"])
def test_an_article_list_after_the_prose_stays_and_the_page_list_after_it_goes(listing: list[str], after: list[str]) -> None:
    out = clean("\n".join(["Council expands bus network", *PROSE, *listing, *after]))
    assert all(p in out for p in PROSE)
    assert all(line in out for line in listing[1:])
    assert not any(line in out for line in after)


@pytest.mark.parametrize("after", [HEADLINES, DATED_TEASERS, LOWER_TAGS, FOOTER_MENU], ids=["headlines", "dated", "tags", "menu"])
def test_page_lists_after_the_article_still_go(after: list[str]) -> None:
    out = clean("\n".join(["Council expands bus network", *PROSE, *after]))
    assert all(p in out for p in PROSE)
    assert not any(line in out for line in after if len(line) > 8)


def test_a_lower_case_list_needs_an_introduction_of_several_words() -> None:
    """Lower-case phrases after the body are items under "Here is what changed:", not under a
    one-word label with a colon (the heading of a tag list in a language no rule knows)."""
    phrases = CHANGES[1:]
    assert all(p in clean("\n".join(["Council expands bus network", *PROSE, *CHANGES])) for p in phrases)
    out = clean("\n".join(["Council expands bus network", *PROSE, "Etiketten:", *phrases]))
    assert not any(p in out for p in phrases)


def test_lower_case_items_inside_the_body_are_not_a_menu_run() -> None:
    items = ["rolled oats", "two ripe bananas", "a handful of walnuts"]
    text = "\n".join(["Council expands bus network", PROSE[0], *items, *PROSE[1:]])
    out = clean(text)
    assert all(item in out for item in items) and all(p in out for p in PROSE)
    menu = ["World News", "Local Sport", "Weather Today", "Business Desk"]
    out = clean("\n".join(["Council expands bus network", PROSE[0], *menu, *PROSE[1:]]))
    assert not any(m in out for m in menu)


def test_japanese_related_links_after_the_article_go() -> None:
    """Scripts without case have no lower-case phrases: dated teaser lines are not a list."""
    prose = ["ショートカットの欄を空欄にしただけでは、起動しないので、設定画面から別の方法で変更する必要があります。" * 2] * 3
    related = ["関連記事", "2013年04月09日", "新しいパソコンにソフトをインストールした", "2016年08月03日",
               "ブログの更新情報を配信しています", "2016年08月05日"]  # fmt: skip
    out = clean("\n".join(["ソフトの設定を変更する方法", *prose, *related]))
    assert prose[0] in out
    assert not any(line in out for line in related[1:])


def test_a_long_capitalised_table_inside_the_article_neither_goes_nor_ends_it() -> None:
    """Table rows ("Norland (Group A): Seventh appearance") are as capitalised as a section menu,
    but their inner punctuation and shared shape make them data: the article goes on below them."""
    rows = RESULTS[1:] + ["Quessa (Group C): First appearance", "Brunholm (Group D): Fourth appearance"]
    after = ("The draw for the final tournament takes place in the capital next month, and the "
             "organisers said that tickets for the opening match would go on sale the week after.")  # fmt: skip
    out = clean("\n".join(["Council expands bus network", *PROSE, *PROSE, *rows, after]))
    assert all(row in out for row in rows) and after in out


MEALS = ["Grilled Salmon With Lemon", "Roasted Vegetables And Brown Rice", "Chicken Tacos With Fresh Salsa",
         "Lentil Soup And Crusty Bread", "Homemade Margherita Pizza"]


def test_a_title_case_list_introduced_inside_the_article_stays() -> None:
    """Dishes in Title Case without digits look like menu labels; a line ending in a colon
    introduces them, and the article goes on below."""
    intro = "Here is the plan we settled on after a few rounds of trial and error:"
    out = clean("\n".join(["Council expands bus network", PROSE[0], intro, *MEALS, *PROSE[1:]]))
    assert all(m in out for m in MEALS) and all(p in out for p in PROSE)


def test_a_short_title_case_list_between_prose_paragraphs_stays() -> None:
    out = clean("\n".join(["Council expands bus network", *PROSE[:2], *MEALS[:4], PROSE[2]]))
    assert all(m in out for m in MEALS[:4]) and all(p in out for p in PROSE)


@pytest.mark.parametrize(
    "menu",
    [
        ["Home", "News", "Sport", "Weather"],  # one-word section labels
        ["Share this article", *MEALS[:4]],  # a rule removal of page chrome (a share row) heads the run
        MEALS + ["Baked Cod And Green Beans"],  # as long as a section menu, with no introduction
    ],
    ids=["labels", "share-row", "long-run"],
)
def test_a_menu_between_prose_paragraphs_of_the_body_still_goes(menu: list[str]) -> None:
    out = clean("\n".join(["Council expands bus network", *PROSE[:2], *menu, PROSE[2]]))
    assert all(p in out for p in PROSE[:2]) and not any(line in out.split("\n") for line in menu)


def test_a_run_of_lower_case_single_words_inside_the_body_is_still_a_menu() -> None:
    """One-word lower-case lines are buttons as often as items ("share", "reply", "print")."""
    buttons = ["delen", "reageren", "printen", "bewaren"]
    out = clean("\n".join(["Council expands bus network", PROSE[0], *buttons, *PROSE[1:]]))
    assert all(p in out for p in PROSE) and not any(b in out.split("\n") for b in buttons)


def _lifts_of(lines: list[str], lang: str = "en") -> tuple[float, float]:
    engine = RuleEngine()
    doc = segment(Document(id="t", text="\n".join(lines)))
    for par in doc.paragraphs:
        engine.scorer._measure(doc, par, engine._stopwords(lang))
    return page_lifts(doc.paragraphs, engine.settings.scorer, None, lang)


def _lift_of(lines: list[str]) -> float:
    return _lifts_of(lines)[0]


def test_the_stopword_share_is_lifted_to_the_pages_own_sentences() -> None:
    """English prose holds enough function words: nothing changes. Sentences with few of them
    (a language that glues its particles to words) raise every line's share; a page of results
    whose 'sentences' hold almost none is data, not prose, and stays as it is."""
    assert _lift_of(PROSE) == 0.0
    sparse = ["Council approved new bus lanes Tuesday after long debate, residents from both river banks spoke about traffic.",
              "Work on first section starts May, should take about six months, city transport office said in statement."]
    assert 0.0 < _lift_of(sparse) < RuleEngine().settings.scorer.stopword_reference
    results = ["Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points. Bozeman 10 points. Moore 3 points.",
               "Rockledge (0-1): Blakely 15 points. Devoe 2 points. Baker 6 points. Brown 4 points. Upshaw 3 points."]
    assert _lift_of(results) == 0.0


# Scripts written without spaces between words and without capitals ([unspaced] in scorer.toml).
THAI_PROSE = ("ผู้ว่าราชการจังหวัดกล่าวว่าสะพานแห่งนี้จะช่วยลดเวลาเดินทางระหว่างสองฝั่งแม่น้ำจากหนึ่งชั่วโมง"
              "เหลือเพียงสิบห้านาที และชาวบ้านหลายคนบอกว่ารอคอยสะพานนี้มานานกว่าสิบปี")  # fmt: skip
UNSPACED_PROSE = {  # a sentence of news prose in each script: counted in words, prose on its own
    "th": THAI_PROSE,
    "lo": "ເຈົ້າແຂວງກ່າວວ່າຂົວແຫ່ງນີ້ຈະຊ່ວຍຫຼຸດເວລາເດີນທາງລະຫວ່າງສອງຝັ່ງແມ່ນ້ຳ ແລະ ປະຊາຊົນຫຼາຍຄົນບອກວ່າໄດ້ລໍຖ້າຂົວນີ້ມາດົນກວ່າສິບປີແລ້ວ",
    "km": "អភិបាលខេត្តបានថ្លែងថា ស្ពាននេះនឹងជួយកាត់បន្ថយពេលវេលាធ្វើដំណើររវាងច្រាំងទន្លេទាំងពីរ ហើយប្រជាពលរដ្ឋជាច្រើនបាននិយាយថា ពួកគេរង់ចាំស្ពាននេះអស់រយៈពេលជាងដប់ឆ្នាំមកហើយ។",
    "my": "ဤတံတားသည် မြစ်ကမ်းနှစ်ဖက်အကြား ခရီးသွားချိန်ကို လျှော့ချပေးမည်ဖြစ်ကြောင်း ခရိုင်အုပ်ချုပ်ရေးမှူးက ပြောကြားခဲ့ပြီး ဒေသခံများက ဤတံတားကို ဆယ်နှစ်ကျော်ကြာ စောင့်မျှော်ခဲ့ကြသည်။",
}


@pytest.mark.parametrize("lang", sorted(UNSPACED_PROSE))
def test_prose_without_spaces_between_words_counts_words_and_glued_function_words(lang: str) -> None:
    from cleaner.rules.prose import paragraph_signals, prose_score

    settings = load_settings()
    signals = paragraph_signals(UNSPACED_PROSE[lang], frozenset(), settings.cjk, settings.unspaced)
    assert signals["words"] > 20 and signals["stopwords"] > 0.15 and signals["ends_sentence"] == 1.0
    assert signals["capitalised"] == 0.0 and signals.get("caseless_name") == 0.0
    assert prose_score(signals, settings.scorer) > 0.5
    without = paragraph_signals(UNSPACED_PROSE[lang], frozenset(), settings.cjk)  # a \w+ token per vowel mark
    assert prose_score(without, settings.scorer) < settings.scorer.block_threshold


def test_a_short_unspaced_line_is_no_sentence_and_a_name_has_two_or_three_chunks() -> None:
    from cleaner.rules.prose import paragraph_signals, prose_score

    settings = load_settings()

    def signals(text: str) -> dict[str, float]:
        return paragraph_signals(text, frozenset(), settings.cjk, settings.unspaced)

    headline = signals("เปิดสะพานข้ามแม่น้ำแห่งใหม่ในจังหวัดริมธาร")
    assert headline["ends_sentence"] == 0.0 and prose_score(headline, settings.scorer) < 0.3
    assert signals("สมชาย ใจดี")["caseless_name"] == 2.0
    assert signals("ดร.สมหญิง รักไทย")["caseless_name"] == 2.0  # a title's dots
    assert signals("ហេង សុភាព")["caseless_name"] == 2.0
    assert signals("11 มี.ค. 2568")["caseless_name"] == 0.0  # digits: a date, not a name
    assert signals("กีฬา")["caseless_name"] == 1.0  # one chunk: title.py does not take it for a name
    assert signals(THAI_PROSE)["caseless_name"] == 0.0


def test_a_thai_bare_name_under_the_headline_goes_and_the_headline_stays() -> None:
    second = "ทางจังหวัดจะเปิดให้รถบรรทุกขนาดใหญ่ใช้สะพานได้ตั้งแต่เดือนหน้าเป็นต้นไป หลังจากตรวจสอบความแข็งแรงของโครงสร้างเสร็จแล้ว"
    lines = ["หน้าแรก", "ข่าว", "เปิดสะพานข้ามแม่น้ำแห่งใหม่ในจังหวัดริมธาร", "สมชาย ใจดี", THAI_PROSE, second]
    out = clean("\n".join(lines))
    assert out.startswith("เปิดสะพานข้ามแม่น้ำแห่งใหม่ในจังหวัดริมธาร\n\n" + THAI_PROSE + "\n\n" + second)
    assert "สมชาย ใจดี" not in out and "หน้าแรก" not in out


def test_a_thai_headline_as_long_as_a_sentence_is_still_a_headline() -> None:
    """Thai sentences end with nothing, so a long line counts as one for the prose score; a
    headline may be that long and is still title-shaped (no page title repeats it here)."""
    headline = "ตลาดน้ำทุ่งสาครย้ายไปริมคลองใหม่ ผู้ค้ากว่า 200 รายพร้อมเปิดร้านตั้งแต่เสาร์นี้ เทศบาลเพิ่มที่จอดรถสามเท่า"
    second = "ทางจังหวัดจะเปิดให้รถบรรทุกขนาดใหญ่ใช้สะพานได้ตั้งแต่เดือนหน้าเป็นต้นไป หลังจากตรวจสอบความแข็งแรงของโครงสร้างเสร็จแล้ว"
    out = clean("\n".join(["หน้าแรก", "ข่าว", headline, "วิภาวรรณ ทองคำ", THAI_PROSE, second]))
    assert out.startswith(headline + "\n\n" + THAI_PROSE + "\n\n" + second)
    assert "วิภาวรรณ" not in out


def test_the_unspaced_settings_are_checked(tmp_path: Path) -> None:
    bad = tmp_path / "scorer.toml"
    bad.write_text('[unspaced]\nfunction_words = ["ที่", ""]\n', "utf-8")
    with pytest.raises(ConfigError, match="empty string"):
        load_settings(bad)
    bad.write_text("[unspaced]\nfunction_words = \"ที่\"\n", "utf-8")
    with pytest.raises(ConfigError, match="list of strings"):
        load_settings(bad)
    bad.write_text("[unspaced]\nchars_per_word = 0\n", "utf-8")
    with pytest.raises(ConfigError, match="positive"):
        load_settings(bad)


CAPTION = "Buses wait at the depot on Elm Street on Tuesday morning"


def test_the_repeated_page_title_beats_a_caption_shaped_like_a_headline() -> None:
    """A caption without a full stop right above the body is title-shaped: the page's repeated
    title says the headline is higher up, and the caption between goes as furniture."""
    lines = [HEADLINE + " | The Daily Example", *MENU, HEADLINE, STANDFIRST, "Share", CAPTION, *PROSE]
    out = clean("\n".join(lines))
    assert out.startswith(HEADLINE + "\n\n" + STANDFIRST + "\n\n" + PROSE[0])
    assert CAPTION not in out


@pytest.mark.parametrize(
    "under",
    [
        "February 1, 2019 | BY: Lucía Ferrer, MS, RDN, Senior Editor",  # names and numbers
        "The council voted on Tuesday to expand the bus network after a year of consultation.",  # a full stop
    ],
)
def test_under_the_repeated_title_a_byline_or_a_sentence_is_no_standfirst(under: str) -> None:
    from cleaner.rules.title import find_heading

    doc = _doc([HEADLINE + " | The Daily Example", *MENU, HEADLINE, under, *PROSE])
    RuleEngine().apply(doc)
    heading = find_heading(doc, 7, 5, load_settings().scorer)
    assert heading.standfirst is None


@pytest.mark.parametrize(
    "text",
    [
        "The Mayor said on Tuesday that 12 new schools would open, and the council agreed. " * 40,
        "東京都は火曜日、新しい学校を開くと発表した。市議会もこれに同意した。 " * 30,
        "เมื่อวันอังคาร นายกเทศมนตรีกล่าวว่าจะเปิดโรงเรียนใหม่ 12 แห่ง และสภาก็เห็นด้วย " * 30,
        "aGVsbG8gd29ybGQ=/x+y " * 200 + "End of the line.",
    ],
)
def test_paragraph_signals_counted_by_windows_equal_the_whole(monkeypatch, text):
    """A huge paragraph is counted a window at a time (no ten million token strings at once):
    every signal must be what the whole text gives."""
    from cleaner.rules import prose

    settings = load_settings()
    stopwords = frozenset({"the", "and", "that", "on", "would"})
    whole = prose.paragraph_signals(text, stopwords, settings.cjk, settings.unspaced)
    monkeypatch.setattr(prose, "_WINDOW_CHARS", 37)
    assert prose.paragraph_signals(text, stopwords, settings.cjk, settings.unspaced) == whole


@pytest.mark.parametrize(
    "text",
    [
        "The Mayor said on Tuesday that 12 new schools would open, and the council agreed.",
        "Home | News | Sport_2024 | a1b2 C3PO x_y -- (call 555-0199) !? ;: ..",
        "\t\x0b\x0c\r\x1c\x1f mixed   WHITE space, The_End 1st 2nd\n",
        "",
        "   ",
    ],
)
def test_ascii_counts_equal_the_counts_of_any_script(text):
    """An ASCII window is tokenised by translate and split, not the \\w+ pattern: same counts."""
    from cleaner.rules import prose

    settings = load_settings()
    stopwords = frozenset({"the", "and", "that", "on", "would"})
    for words in (stopwords, frozenset()):
        fast = prose._TokenCounts(words, settings.cjk, settings.unspaced)
        fast._add_ascii(text)
        slow = prose._TokenCounts(words, settings.cjk, settings.unspaced)
        slow._add_any(text)
        assert fast.__dict__ == slow.__dict__


def test_every_character_is_a_space_or_in_a_shape_token():
    """_repeated_shapes skips a line with more space-separated chunks than `shape_max_tokens`
    before tokenising it: sound only if no chunk is without a token."""
    import sys

    from cleaner.rules.shapes import _SHAPE_TOKEN

    match = _SHAPE_TOKEN.match
    assert all(ch.isspace() or match(ch) for ch in map(chr, range(sys.maxunicode + 1)))


def test_spaceless_scripts_start_at_the_prefilter():
    """prose._add_any looks for Thai, Lao, Khmer, Myanmar, Chinese and Japanese runs only in a
    text holding a character from U+0E00 on: sound only if none of theirs lies below."""
    import sys

    from cleaner.rules import prose

    for pattern in (prose.UNSPACED, prose._CJK):
        below = [c for c in map(chr, range(0xE00)) if pattern.match(c)]
        assert below == []
        assert all(prose._SPACELESS_FROM.match(c) for c in map(chr, range(0xE00, sys.maxunicode + 1, 97)))


def test_a_german_article_is_not_cut_in_two_by_a_read_also_line() -> None:
    """German capitalises its nouns: without the page's capital share taken off, its prose scored
    ~0.55 (French ~0.85), and the 'read also' line between paragraphs outweighed the second half."""
    read_also = "Lesen Sie auch: Was sich mit dem neuen Haushalt ändert"
    out = clean("\n".join([*ARTICLE["de"][:2], read_also, *ARTICLE["de"][2:]]))
    assert all(p in out for p in ARTICLE["de"]) and read_also not in out
    assert _lifts_of(ARTICLE["de"], "de")[1] > 0.1  # what is taken off the capitalised share
    assert _lifts_of(ARTICLE["de"], "en")[1] == 0.0  # only languages that capitalise nouns


def test_an_author_bio_under_the_tags_line_is_not_the_articles() -> None:
    """The maximum-sum block spans a short tags line when a prose paragraph under it outweighs
    the line; tags close an article (scorer.toml closing_categories)."""
    bio = ("Jane Doe is the Courier's local democracy reporter. She has covered Riverside council since "
           "2019 and lives in the town with her family.")  # fmt: skip
    out = clean("\n".join([*ARTICLE["en"], "Topics: Budget, Council, Local politics", bio]))
    assert all(p in out for p in ARTICLE["en"]) and bio not in out
    # tags printed above an article close nothing: more of the block lies under them
    out = clean("\n".join([ARTICLE["en"][0], "Topics: Budget, Council, Local politics", *ARTICLE["en"][1:]]))
    assert all(p in out for p in ARTICLE["en"])


def test_a_teaser_line_between_two_article_paragraphs_does_not_cut_the_article() -> None:
    """Inline chrome (rules/inline.py): "Related: ..." and a caption over its credit between two
    prose paragraphs sit inside the article; the paragraph under them stays. The same line after
    the article, above a headline, still ends it."""
    last = 'The Department for Transport welcomed the agreement. A spokesperson said: "We urge both sides to keep talking."'
    inline = ["Commuters at the station on Wednesday evening.", "Photograph: Dana Lee/PA",
              "Related: Rail fares to rise by 4.6% in March"]
    out = clean("\n".join([*PROSE, *inline, last, "Most viewed", "Snow warning as cold snap arrives"]))
    assert last in out and "Related:" not in out and "Photograph" not in out
    teasers = clean("\n".join([*PROSE, "Related: Rail fares to rise by 4.6% in March", "Snow warning as cold snap arrives",
                               "Forecasters expect up to twenty centimetres of snow on the hills by Friday morning, the agency said."]))
    assert "Forecasters expect" not in teasers


def test_a_newsletter_box_under_the_article_fact_box_does_not_cut_the_article() -> None:
    """A fact box (a label and score lines: the article's own list) then a newsletter pitch, then
    the article goes on: the paragraphs above the box stay."""
    first = ("Australia's batting collapsed on day two of the first Test at the Gabba, losing eight "
             "wickets for 41 runs to be bowled out for 211 after lunch.")
    box = ["Fast facts", "Australia 211 (Whitford 64, Rabada 4-38)", "South Africa 308 (Markram 112)",
           "South Africa lead by 97 runs", "Day three starts 10am AEST",
           "Start the day with a summary of the day's most important stories, analysis and insights. "
           "Sign up for our Morning Edition newsletter."]
    second = ('Captain Jake Whitford, who top-scored with 64, did not hide his frustration. "We let ourselves '
              'down. That\'s the simple truth," he told reporters.')
    out = clean("\n".join([first, second, *box, *PROSE]))
    assert first in out and "South Africa lead by 97 runs" in out and "Morning Edition" not in out


def test_a_live_blog_keeps_its_headline_over_a_standfirst_and_its_first_time_stamp() -> None:
    """The first entry's time stamp right above the body used to stop the byline walk
    (byline_edges.past_byline): the standfirst, written as sentences, then hid the headline."""
    entries = [
        "15 h 40", "Hydro-Québec indique que 180 000 clients sont toujours privés de courant, dont 62 000 dans "
        "la région du Saguenay. La société d'État prévient que certaines pannes pourraient durer jusqu'à samedi.",
        "14 h 05", "Le ministère des Transports a rouvert la route 175 dans la réserve faunique des Laurentides, "
        "fermée depuis le matin. La circulation se fait sur une seule voie pour le moment.",
        "13 h 20", "Le Centre de services scolaire annonce que toutes les écoles de la région resteront fermées "
        "vendredi, comme les bibliothèques et les arénas de la ville.",
    ]
    head = ["Tempête au Québec : 180 000 clients privés d'électricité",
            "Jusqu'à 40 cm de neige sont attendus d'ici vendredi dans plusieurs régions. Suivez nos mises à jour en continu.",
            "La Presse Canadienne", "Publié le 4 décembre 2026 à 7 h 15", "Partager"]
    out = clean("\n".join([*head, *entries]))
    assert out.startswith(head[0] + "\n\n" + head[1] + "\n\n15 h 40\n\nHydro-Québec")


def test_an_interview_keeps_its_short_last_answer() -> None:
    """rules/speakers.py: the speaker prefix seen again and again in the body takes the short
    last answer (low prose: names, capitals) into it; a bio box under it still goes."""
    turns = [
        "Salzachbote: Herr Oberhollenzer, es hat Anfang Dezember noch kaum geschneit. Wie nervös sind Sie?",
        "Oberhollenzer: Nervös nicht. Wir haben im Sommer vier Millionen Euro in die Beschneiung investiert und "
        "können die Hauptabfahrt innerhalb von 72 Stunden beschneien, sobald es kalt genug ist.",
        "Salzachbote: Die Tageskarte kostet heuer 71 Euro. Wer soll sich das eigentlich leisten?",
        "Oberhollenzer: Das ist viel Geld, keine Frage. Deshalb gibt es ab Jänner eine Familienkarte und für "
        "Einheimische den Talpass um 390 Euro für die ganze Saison.",
        "Salzachbote: Teilen Sie die Sorge der Hoteliers, dass die Gäste ausbleiben?",
        "Oberhollenzer: Nein. Die Buchungen für Weihnachten liegen drei Prozent über dem Vorjahr.",
    ]
    out = clean("\n".join([*turns, "Zur Person", "Jetzt um 1 Euro testen", "Mehr zum Thema", "Skifahren", "Tourismus"]))
    assert turns[-1] in out and "Jetzt um 1 Euro" not in out


def test_a_newsletter_box_of_several_lines_inside_the_article_is_one_box() -> None:
    """Title, pitch, e-mail field and button of one newsletter box between two paragraphs: one box
    (inline_chrome_max counts boxes), so the correction note under it stays."""
    note = ("This article was amended on 4 December 2026. An earlier version said the deal had been backed by "
            "81 per cent of members; the correct figure is 71 per cent.")
    box = ["Sign up to our Morning Briefing newsletter", "Get the day's top stories in your inbox every weekday.",
           "Enter your email address", "Sign up"]
    out = clean("\n".join([*PROSE, *box, note, "Most viewed", "Snow warning as cold snap arrives"]))
    assert note in out and "Morning Briefing" not in out and "Snow warning" not in out


CH_LANDSLIDE = [  # a Swiss report's body, under key points or over a teaser link and a fact box
    "Rund 300 Kubikmeter Erde und Geröll rutschten kurz nach 2 Uhr auf die Doppelspur, wie die Kantonspolizei "
    "Zürich mitteilte. Ein Lokführer eines Güterzugs bemerkte das Hindernis rechtzeitig und hielt an.",
    "Die Aufräumarbeiten gestalten sich schwierig, weil der Hang weiterhin in Bewegung ist. «Wir können erst mit "
    "schweren Maschinen arbeiten, wenn der Geologe grünes Licht gibt», sagte ein SBB-Sprecher.",
    "Betroffen sind die S-Bahn-Linien S2 und S8 sowie der Interregio nach Chur. Fernverkehrszüge werden über Zug "
    "umgeleitet. Die SBB empfehlen Pendlern, wenn möglich von zu Hause aus zu arbeiten.",
]


def test_a_key_points_box_under_the_headline_does_not_hide_it() -> None:
    """rules/keypoints.py: a label and three one-sentence items between the headline (with its
    standfirst) and the byline's date used up the short lines the heading walk passes over."""
    head = ["Bahnstrecke am linken Seeufer nach Erdrutsch gesperrt",
            "Ein Hangrutsch hat in der Nacht auf Donnerstag die Gleise zwischen Horgen und Wädenswil verschüttet. Verletzt wurde niemand.",
            "Das Wichtigste in Kürze",
            "Zwischen Horgen und Wädenswil fahren bis mindestens Sonntag keine Züge.",
            "Die SBB setzen Ersatzbusse ein, die Reisezeit verlängert sich um rund 25 Minuten.",
            "Auslöser war laut Kanton der starke Regen der letzten drei Tage.",
            "Bern, 04.12.2026, 09:12", "Teilen"]
    out = clean("\n".join([*head, *CH_LANDSLIDE]))
    assert out.startswith(head[0]) and head[2] in out and head[3] in out and "04.12.2026" not in out


def test_paragraphs_under_a_teaser_link_and_a_fact_box_stay() -> None:
    """Below inline chrome, the article's own list (data lines) may stand before the prose. (The
    "Lesen Sie auch" heading still takes the box's label and first line as link titles.)"""
    link = ["Lesen Sie auch", "Zu viel Regen: Zürichsee erreicht Warnstufe 2"]
    facts = ["In Zahlen", "300 Kubikmeter Geröll", "2 Gleise verschüttet", "25 Minuten längere Reisezeit",
             "rund 40'000 Pendler pro Tag betroffen"]
    after = ("Bereits im Frühling 2024 war die Strecke wegen eines kleineren Rutsches für zwei Tage gesperrt gewesen. "
             "Der Kanton hatte den Hang danach mit Netzen gesichert und ein Messsystem installiert.")
    more = ("Die Gemeinde Wädenswil hat auf ihrer Website ein Formular aufgeschaltet, über das Pendler Probleme mit "
            "den Ersatzbussen melden können.")
    out = clean("\n".join([*CH_LANDSLIDE, *link, *facts, after, more, "Artikel zum Thema", "Kanton prüft Tempo 30 auf der Seestrasse"]))
    assert after in out and more in out and facts[-1] in out and "Zu viel Regen" not in out


def test_a_short_closing_sentence_above_page_chrome_stays() -> None:
    """A closing line under the body with page chrome right after it is the article's last line,
    as it is when nothing kept follows it."""
    closing = "The new timetable starts on December 6."
    out = clean("\n".join([*PROSE, closing, "Follow us on Instagram, Facebook and X.", "Trending",
                           "Box office: Big release crosses Rs 300 crore", "Tags:", "Netflix"]))
    assert closing in out and "Box office" not in out


def test_a_live_ticker_of_short_entries_keeps_all_of_them() -> None:
    """rules/inline.py neutral_time_stamps: a stamp over every short entry outweighed the entries,
    and the block kept only the last ones (the headline and first entries went)."""
    head = ["Lawinengefahr in Tirol: Straßen gesperrt, Orte von Außenwelt abgeschnitten",
            "In Tirol herrscht die höchste Lawinenwarnstufe. Mehrere Gemeinden sind nicht mehr erreichbar. Alle Entwicklungen im Liveticker.",
            "Aktualisiert: 05.12.2026, 15:30"]
    entries = [
        "14:55 Uhr", "Die Arlbergstraße bleibt bis mindestens Sonntag gesperrt, teilte das Land Tirol mit. Auch die Bahnstrecke zwischen Landeck und Bludenz ist unterbrochen.",
        "14:10 Uhr", "Update: Im Paznauntal sind rund 4.000 Gäste und Einheimische eingeschlossen. Die Versorgung mit Lebensmitteln ist laut Bürgermeister gesichert.",
        "13:25 Uhr", "Ein Lawinenabgang hat im Ötztal eine Landesstraße verschüttet. Verletzt wurde niemand, die Straße war bereits gesperrt.",
        "12:40 Uhr", "Der Lawinenwarndienst rechnet erst ab Sonntag mit einer Entspannung der Lage. Bis dahin gilt: Wer nicht unbedingt muss, soll nicht ins Gelände gehen.",
    ]
    out = clean("\n".join([*head, *entries, "Liveticker neu laden", "Teilen", "Kommentare"]))
    assert out.startswith(head[0]) and all(entry in out for entry in entries)


def test_a_short_last_paragraph_under_an_inline_newsletter_line_stays() -> None:
    """A sentence of list_prose_min_words words below the chrome counts as the article's prose,
    and a short line over a copyright line below it is no photo caption extending the run."""
    last = "Schools in the affected area will reopen on their normal schedule Monday."
    out = clean("\n".join([*PROSE, "Sign up for the KXRT 7 News Daily newsletter to get the top stories delivered to your inbox each morning.",
                           last, "Copyright 2026 Nexstar Media Inc. All rights reserved.", "Trending Stories",
                           "Man arrested after chase ends in crash on Loop 289"]))
    assert last in out and "Sign up" not in out and "Man arrested" not in out


def test_a_question_headline_is_the_title() -> None:
    # a headline asking one question ends with a question mark, not like a sentence of prose
    headline = "What happens if the minimum wage rise trails inflation?"
    column = [
        "Minimum wage talks began this week. The figures on the table are not yet known, but the unions want a rise of at least 40 percent.",
        "Food prices rose 52 percent in the past year and rents 70 percent. A 25 percent rise would not protect the purchasing power of workers.",
        "Employers say their costs have risen too. For small firms every 10 percent rise is a heavy burden on the payroll.",
        "So what is the solution? Without lower taxes on labour I do not think a lasting solution is possible.",
    ]
    text = "\n".join(["Daily Courier", "News", "Opinion", headline, "By Ahmet Kaya", "December 5, 2026", *column, "More from this author"])
    assert clean(text).startswith(headline + "\n\n" + column[0])


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('closing_past_categories = ["newsletter", "not-a-category"]', "closing_past_categories: unknown categories"),
        ('closing_stem_categories = ["cookie"]', "closing_stem_categories: categories not in closing_past_categories"),
        ('closing_fact_categories = ["cookie"]', "closing_fact_categories: categories not in closing_past_categories"),
        ("form_min_labels = 0", "form_min_labels must be at least 1"),
        ('framed_control_categories = ["navigation", "not-a-category"]', "framed_control_categories: unknown categories"),
        ("framed_control_max_words = 0", "framed_control_max_words must be at least 1"),
        ("closing_brief_sentences = 0", "closing_brief_sentences must be at least 1"),
        ("closing_brief_lines = 2", "closing_brief_lines at least closing_past_lines"),
        ("about_contact_max_lines = 21", "about_contact_max_lines must be from 0 to 20"),
        ("about_contact_max_words = 0", "about_contact_max_words from 1 to 20"),
        ("notes_gap_max_lines = 11", "notes_gap_max_lines must be from 0 to 10"),
    ],
)
def test_scorer_lists_and_counts_are_checked(tmp_path: Path, setting: str, message: str) -> None:
    """A typo in a category list would silently turn its feature off; no label count would find
    a box in every line (and never move on)."""
    bad = tmp_path / "scorer.toml"
    bad.write_text(f"[scorer]\n{setting}\n", "utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(bad)


def test_sentences_between_the_headline_and_the_body_join_it(tmp_path: Path) -> None:
    # A short story's lead (names, figures) over a one-sentence second paragraph: both score under
    # the block threshold and the lead walk stopped at the short one, taking the headline with them.
    # The cue must hold in the settle's rerun too, where the byline a rule removed is gone: the
    # page's first kept line is the headline, and only sentences stand between it and the body.
    headline = "Ferry operator Solent Link to add 6 sailings a day from May"
    lead = ("Ferry operator Solent Link will add six daily sailings between Southampton and East Cowes from "
            "May, taking the total to 28, and hire 45 crew.")  # fmt: skip
    second = "Chief executive Ruth Amis confirmed the plan on Friday."
    text = "\n".join(["Home", "Local", headline, "By Marcus Doyle", "5 December 2026", lead, second, *PROSE])
    out = clean(text)
    assert headline in out and lead in out and second in out and all(p in out for p in PROSE)
    assert "By Marcus Doyle" not in out
    without = tmp_path / "scorer.toml"
    settings = default_settings_file().read_text(encoding="utf-8")
    without.write_text(settings.replace("headline_lead_max_paragraphs = 3", "headline_lead_max_paragraphs = 0"), "utf-8")
    assert second not in clean(text, RuleEngine(RulesConfig(settings_file=str(without))))
    # Another kept line above the headline (a teaser's title): no longer the page's first line.
    teaser = "Detroit Lions Beat Chicago Bears 24-17 At Ford Field In Week 12 Matchup, Stafford Throws Two TDs"
    assert second not in clean("\n".join([teaser, headline, lead, second, *PROSE]))


def test_a_correction_under_an_embeds_consent_placeholder_stays(tmp_path: Path) -> None:
    # A page's last embed, blocked by its consent manager, prints three lines rules remove (the
    # network's label, the show button, the notice) between the article and its correction: the
    # note joins the body across them (notes_gap_max_lines), not across more.
    correction = "Korrektur: In einer früheren Fassung hieß es, das Unternehmen beschäftige 1.500 Menschen in Eisenach."
    body = [
        "Autozulieferer aus Thüringen streicht 400 Stellen",
        "Der Autozulieferer Hermann Automotive streicht an seinem Stammsitz in Eisenach rund 400 Stellen. Das gab das Unternehmen am Mittwoch bekannt.",
        "Als Grund nannte die Geschäftsführung den Einbruch der Nachfrage nach Komponenten für Verbrennungsmotoren.",
        "Die IG Metall kündigte Widerstand an. „Wir werden um jeden Arbeitsplatz kämpfen“, sagte Bezirksleiter Frank Sommer.",
        "Thüringens Wirtschaftsministerin sprach von einem „schweren Schlag“ für die Region. Das Land wolle bei der Suche nach neuen Investoren helfen.",
        "Hermann Automotive beschäftigt weltweit 3.100 Mitarbeiter, davon 1.200 in Eisenach.",
    ]
    placeholder = ["Bluesky", "Inhalt von Bluesky anzeigen", "Hier steht ein externer Inhalt von Bluesky. Wenn Sie ihn laden, werden Daten an den Anbieter übermittelt."]
    text = "\n".join([*body, *placeholder, correction])
    out = clean(text)
    assert out.rstrip().endswith(correction) and all(p in out for p in body) and "Bluesky" not in out
    narrow = tmp_path / "scorer.toml"
    settings = default_settings_file().read_text(encoding="utf-8")
    narrow.write_text(settings.replace("notes_gap_max_lines = 5", "notes_gap_max_lines = 2"), "utf-8")
    assert correction not in clean(text, RuleEngine(RulesConfig(settings_file=str(narrow))))
