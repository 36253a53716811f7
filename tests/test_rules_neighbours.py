"""Line rules that take a neighbouring line: an embedded tweet's text above its attribution, the
link titles under a bare "Read also" heading. Each case is a small page whose article must stay."""

from __future__ import annotations

import pytest

from cleaner.errors import ConfigError
from cleaner.pipeline import clean_text
from cleaner.rules.loader import load_rule_files

BODY_EN = (
    "The council approved the new bus lanes on Tuesday after a three-hour debate in which residents "
    "from both sides of the river spoke about traffic, noise and the cost of the works.\n"
    "Work on the first section will start in May and should take about six months, the city's "
    "transport office said in a statement released after the vote.\n"
)
MORE_EN = (
    "Shop owners on the high street remain unconvinced and plan to ask for a review of the decision "
    "at the next public meeting, their association's chair told reporters outside the town hall.\n"
)
BODY_DE = (
    "Der Stadtrat hat am Dienstag nach dreistündiger Debatte den neuen Busspuren zugestimmt, nachdem "
    "Anwohner von beiden Seiten des Flusses über Verkehr, Lärm und die Kosten gesprochen hatten.\n"
    "Die Arbeiten am ersten Abschnitt sollen im Mai beginnen und etwa sechs Monate dauern, teilte das "
    "Verkehrsamt der Stadt nach der Abstimmung mit.\n"
)


def _clean(text: str) -> str:
    return clean_text(text).text


def test_tweet_text_above_its_attribution_goes_with_it():
    tweet = "Big day for cyclists and bus riders in our city! Thanks to everyone who came to speak #buslanes\n"
    page = BODY_EN + tweet + "— Mayor Ana Ruiz (@AnaRuizMayor) March 4, 2025\n" + MORE_EN
    out = _clean(page)
    assert "Big day for cyclists" not in out and "@AnaRuizMayor" not in out
    assert "three-hour debate" in out and "unconvinced" in out


def test_a_long_article_paragraph_above_an_attribution_stays():
    """The tweet's text was not scraped: the line above is the article's, longer than a tweet."""
    first, second = BODY_EN.split("\n")[:2]
    page = second + "\n" + first + "\n— Mayor Ana Ruiz (@AnaRuizMayor) March 4, 2025\n" + MORE_EN
    out = _clean(page)
    assert first in out  # 33 words: longer than the tweets the rule takes (takes_words = 30)
    assert "@AnaRuizMayor" not in out


@pytest.mark.parametrize(
    "heading, titles, body",
    [
        ("Lesen Sie auch:", ["Neue Radwege am Ring geplant", "So teuer wird das Parken ab Juli"], BODY_DE),
        ("LEIA TAMBÉM", ["Prefeitura anuncia novas ciclovias", "Tarifa de ônibus sobe em julho"], BODY_EN),
        ("Lee también", ["El Ayuntamiento aprueba nuevos carriles bici"], BODY_EN),
        ("See also", ["Council delays vote on parking fees", "New cycle paths planned for the ring road"], BODY_EN),
    ],
)
def test_link_titles_under_a_bare_heading_go_with_it(heading: str, titles: list[str], body: str):
    first, second = body.split("\n")[:2]
    page = first + "\n" + heading + "\n" + "\n".join(titles) + "\n" + second + "\n"
    out = _clean(page)
    assert heading.rstrip(":") not in out
    for title in titles:
        assert title not in out
    assert second in out


def test_a_heading_that_carries_its_link_takes_nothing_below():
    first, second = BODY_DE.split("\n")[:2]
    page = first + "\nLesen Sie auch: Neue Radwege am Ring geplant\nErgebnisse der Umfrage\n" + second + "\n"
    out = _clean(page)
    assert "Neue Radwege" not in out
    assert "Ergebnisse der Umfrage" in out  # a subheading of the article, not a link of the heading


def test_a_sentence_under_a_bare_heading_ends_what_it_takes():
    first, second = BODY_EN.split("\n")[:2]
    page = first + "\nRelated stories:\nCouncil delays vote on parking fees\n" + second + "\n"
    out = _clean(page)
    assert "Council delays vote" not in out
    assert second in out  # ends like a sentence and is long: the article goes on


def test_a_line_removed_already_does_not_stop_a_heading_taking_what_is_under_it():
    """A video player's time counter between "Up Next" and the video title is gone already; the
    title under it is still the heading's (before, the walk stopped at the counter)."""
    first, second = BODY_EN.split("\n")[:2]
    page = first + "\nUp Next\n0:00 / 1:23\nCrews clear fallen trees after overnight storm\n" + second + "\n"
    out = _clean(page)
    assert "Crews clear fallen trees" not in out and "Up Next" not in out and "0:00" not in out
    assert first in out and second in out


def test_the_line_announcing_a_post_is_not_taken_as_the_post():
    """The tweet's text was not scraped; the article's line above the attribution introduces it."""
    first, second = BODY_EN.split("\n")[:2]
    intro = "The mayor answered her critics on social media a few minutes after the vote:"
    page = first + "\n" + intro + "\n— Mayor Ana Ruiz (@AnaRuizMayor) March 4, 2025\n" + second + "\n"
    out = _clean(page)
    assert intro in out and "@AnaRuizMayor" not in out


def test_an_article_sentence_above_a_post_without_its_text_stays():
    """The tweet's text was not scraped and the line above is a short article paragraph (under
    takes_words): it ends like a sentence and holds no mention, hashtag, link, emoji or quotes."""
    first, second = BODY_EN.split("\n")[:2]
    sentence = "That sounded too simple to matter, but it turned out to be the part that made the plan stick."
    page = first + "\n" + sentence + "\n— Mayor Ana Ruiz (@AnaRuizMayor) March 4, 2025\n" + second + "\n"
    out = _clean(page)
    assert sentence in out and "@AnaRuizMayor" not in out


def test_a_short_article_line_above_a_post_without_its_text_stays():
    """The tweets' texts were not scraped: a short line ending on a full stop, under a paragraph
    ending like a sentence, continues the article; so does one between two such attributions."""
    first, second = BODY_EN.split("\n")[:2]
    short = "Colley thanked the supporters in a short message."
    between = "The club did not respond to questions."
    page = (first + "\n" + short + "\n— Dean Colley (@deancolley) December 5, 2026\n" + between
            + "\n— Harbourside United (@HarbourUtd) December 5, 2026\n" + second + "\n")
    out = _clean(page)
    assert short in out and between in out and "@deancolley" not in out and "@HarbourUtd" not in out


def test_a_post_the_article_introduces_goes_even_when_it_reads_like_prose():
    """Under "... wrote on X:" the plain sentence is the post's text."""
    first, second = BODY_EN.split("\n")[:2]
    post = "We will keep working for the city."
    page = first + "\nThe mayor wrote on X:\n" + post + "\n— Mayor Ana Ruiz (@AnaRuizMayor) March 4, 2025\n" + second + "\n"
    out = _clean(page)
    assert post not in out and "The mayor wrote on X:" in out


@pytest.mark.parametrize(
    "post",
    [
        "So proud of everyone who worked on this project for the last three years, thank you all. 🚲",
        "\u201cThe bus lanes are a promise kept to every resident who waits at a stop in the rain.\u201d",
        "Read the full decision of the council on the new bus lanes here https://example.org/buslanes",
        "Thank you, Kestrel Bay!",
        "A great day for every cyclist and bus rider in the city and for the shops on the high street",
    ],
    ids=["emoji", "quoted", "link", "short", "no-full-stop"],
)
def test_a_post_shaped_line_above_its_attribution_goes_with_it(post: str):
    first, second = BODY_EN.split("\n")[:2]
    page = first + "\n" + post + "\n— Mayor Ana Ruiz (@AnaRuizMayor) March 4, 2025\n" + second + "\n"
    out = _clean(page)
    assert post not in out and "@AnaRuizMayor" not in out
    assert first in out and second in out


def test_a_removed_line_above_an_attribution_ends_the_walk_up():
    """Walking up, a removed line (the tweet's pic.twitter.com line) means the article is above it."""
    first, second = BODY_EN.split("\n")[:2]
    short = "Work starts in May, the city said."
    page = first + "\n" + short + "\npic.twitter.com/abc123XYZ\n— Mayor Ana Ruiz (@AnaRuizMayor) March 4, 2025\n" + second + "\n"
    out = _clean(page)
    assert short in out and "pic.twitter.com" not in out and "@AnaRuizMayor" not in out


@pytest.mark.parametrize(
    "scope, takes, message",
    [
        ("sentence", 'takes = "next"', "only line rules"),
        ("line", 'takes = "above"', "takes must be one of"),
        ("line", 'takes = "next"\ntakes_lines = 0', "takes_lines must be a positive integer"),
    ],
)
def test_takes_is_checked_when_rules_load(tmp_path, scope, takes, message):
    bad = tmp_path / "bad.toml"
    bad.write_text(
        f'language = "en"\n[[rule]]\nid = "en.x.y"\ncategory = "navigation"\nscope = "{scope}"\n'
        f'pattern = "^Menu$"\n{takes}\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=message):
        load_rule_files([bad])


def test_line_announcing_a_table_is_not_a_link_title():
    """Under a bare "Lesen Sie auch" whose link an HTML page's reader already dropped, the next
    line is the article's, announcing a table: a link title never ends with a colon."""
    lead = "Was die Erhöhung für einzelne Haushalte bedeutet, hat die Verwaltung zusammengestellt:\n"
    after = (
        "Die Bescheide sollen im Februar verschickt werden. Wer Fragen hat, kann sich an das Steueramt "
        "im Rathaus wenden, montags bis freitags von acht bis zwölf Uhr, teilte die Stadt mit.\n"
    )
    page = BODY_DE + "Lesen Sie auch\n" + lead + "Grundstück\nbisher\nab 2027\nReihenhaus\n312 Euro\n" + after
    out = _clean(page)
    assert "Lesen Sie auch" not in out
    assert "zusammengestellt:" in out  # the table's cells: fixtures/html/drupal_grundsteuer.html


HEAD_EN = "Council approves new bus lanes after three-hour debate\nThe vote ends a year-long dispute.\n"


def test_a_bare_by_goes_with_the_name_under_it():
    page = HEAD_EN + "By\nSarah Whitfield\n12 March 2026\n" + BODY_EN + MORE_EN
    out = _clean(page)
    assert "\nBy\n" not in "\n" + out + "\n" and "Sarah Whitfield" not in out
    assert out.startswith("Council approves new bus lanes") and "unconvinced" in out


def test_a_bare_door_inside_the_body_goes_with_the_name_on_a_dutch_page():
    body = (
        "De gemeenteraad heeft maandag ingestemd met de bouw van een nieuwe havenbrug, na een onderzoek "
        "dat meer dan twee jaar duurde.\nDe bouw begint volgend voorjaar en duurt naar verwachting "
        "ongeveer drie jaar, zegt de gemeente.\n"
    )
    page = "Gemeenteraad keurt havenbrug goed\nHet besluit maakt een einde aan een lange strijd.\nDoor\nPieter de Vries\n12 maart 2026\n" + body
    out = _clean(page)
    assert "Pieter de Vries" not in out and "\nDoor\n" not in "\n" + out + "\n"
    assert out.startswith("Gemeenteraad keurt havenbrug goed")


@pytest.mark.parametrize(
    "lines, kept",
    [
        ("Door\nWindow Frame\nRoof\n", ["Door", "Window Frame", "Roof"]),  # Dutch byline word, English list
        ("By\nthe river\n", ["By"]),  # no name under it (the scorer drops the lower-case fragment, as before)
        ("By\nGrey Heron Bank\nGrey Heron Lane\n", ["By", "Grey Heron Bank"]),  # a name-like line over a list's line
    ],
)
def test_a_bare_byline_word_without_a_name_over_the_article_stays(lines: str, kept: list[str]):
    first, second = BODY_EN.split("\n")[:2]
    page = HEAD_EN + first + "\n" + lines + second + "\n" + MORE_EN
    out = "\n" + _clean(page) + "\n"
    for line in kept:
        assert "\n" + line + "\n" in out, line


CLOSING_EN = "Shop owners said they would ask for a review of the decision at the next public meeting.\n"


def test_a_telegram_post_under_its_channel_name_goes_with_its_views_line():
    """The widget prints the channel's name, the post's text, then its views: a text of a
    paragraph's length under the name is the post's, and the closing sentence under the widget
    stays the article's."""
    widget = "Kestrel Bay Council\nThe new bus lanes open on Monday. Buses will run every six minutes at peak times.\n👁 12.4K · 08:30\nView in Telegram\n"
    out = _clean(HEAD_EN + BODY_EN + widget + CLOSING_EN)
    assert "Kestrel Bay Council" not in out and "every six minutes" not in out
    assert "next public meeting" in out and "three-hour debate" in out


def test_an_article_sentence_above_a_post_without_its_channel_name_stays():
    """No header above the post's text: only the text goes (the rule takes two lines, the second
    only when it is a name), the article's short sentence above it stays."""
    widget = "The lanes open on Monday.\nBuses every six minutes from Monday #buslanes\n👁 12.4K · 08:30\n"
    out = _clean(HEAD_EN + BODY_EN + widget + MORE_EN)
    assert "#buslanes" not in out
    assert "The lanes open on Monday." in out and "unconvinced" in out


def test_a_ranked_box_ends_where_its_ranks_do():
    """Under "ข่าวยอดนิยม" / "1 ..." / "2 ...", a Thai sentence (no full stop, short in counted words)
    was taken as the box's third link title: the box's items open on their ranks, the article's line
    does not (probe lg28 th_38)."""
    page = (
        "กรุงเทพฯ ขยายเวลาเดินรถเมล์ไฟฟ้ากลางคืน 10 เส้นทาง\n"
        "กรุงเทพมหานครประกาศขยายเวลาการเดินรถโดยสารไฟฟ้าในช่วงกลางคืนเพิ่มอีก 10 เส้นทาง เริ่มตั้งแต่วันที่ 1 มกราคมปีหน้า\n"
        "รถโดยสารจะให้บริการถึงเวลา 02.00 น. ครอบคลุมพื้นที่ย่านสถานบันเทิงและโรงพยาบาลขนาดใหญ่\n"
        "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่า การขยายเวลาครั้งนี้จะช่วยลดค่าใช้จ่ายในการเดินทางของผู้ที่ทำงานกะดึก\n"
        "ข่าวยอดนิยม\n1 ราคาทองวันนี้\n2 หวยงวดนี้\n"
        "ผู้โดยสารสามารถตรวจสอบตารางเวลาเดินรถได้ผ่านแอปพลิเคชันของกรุงเทพมหานคร\n"
    )
    out = _clean(page)
    assert "ราคาทองวันนี้" not in out and "หวยงวดนี้" not in out
    assert "ผู้โดยสารสามารถตรวจสอบตารางเวลาเดินรถ" in out


ID_PAGE = (
    "Beranda\nBerita\nNasional\nEkonomi\n"
    "Jembatan baru di Palembang mulai dibuka untuk umum\nPenulis: Rina Wulandari\n"
    "Pemerintah Kota Palembang membuka jembatan baru yang menghubungkan kawasan Seberang Ulu dan Seberang "
    "Ilir pada Minggu pagi. Jembatan sepanjang 1,2 kilometer itu diharapkan mengurangi kemacetan.\n"
    "Pembangunannya menelan biaya sekitar Rp 900 miliar.\n"
    "Jembatan dilengkapi jalur sepeda.\nTag: Palembang, jembatan, infrastruktur\nKomentar (7)\n"
    "{label}\nKebakaran gudang di Plaju\nCuaca: hujan lebat di Sumatera Selatan\n"
    "Copyright © 2026 Kabar Sriwijaya. All rights reserved.\n"
)


def test_a_menu_label_that_heads_a_box_under_the_article_takes_its_links():
    """"Terpopuler" is a section label (menus) and the most-read box's bare heading: alone under
    the article it takes the teaser headlines below it, as the heading's rule would."""
    out = _clean(ID_PAGE.format(label="Terpopuler"))
    assert "Kebakaran gudang" not in out and "Cuaca: hujan" not in out
    assert "Jembatan dilengkapi jalur sepeda." in out and "Rp 900 miliar" in out


@pytest.mark.parametrize("first", ["", "Pemerintah kota menyetujui anggaran baru pada Senin setelah perdebatan panjang tentang dana sekolah dan perbaikan jalan.\n"])
def test_a_menu_label_over_a_headline_and_its_lead_stays_a_label(first: str):
    """A kicker over the headline: the label goes, the headline under it stays (with or without a
    kept sentence above the label)."""
    page = first + "Terpopuler\nBanjir rendam ratusan rumah di Kabupaten Bandung\n" + (
        "Hujan deras sejak Minggu malam membuat Sungai Citarum meluap dan merendam ratusan rumah warga di tiga kecamatan.\n"
        "Badan Penanggulangan Bencana Daerah mencatat sedikitnya 600 rumah terendam air setinggi satu meter pada Senin pagi.\n"
    )
    out = _clean(page)
    assert "Banjir rendam ratusan rumah di Kabupaten Bandung" in out and "Terpopuler" not in out


IT_PAGE = (
    "Home\nCronaca\nPolitica\nEconomia\n"
    "Nuovo ponte sul Po, apre al traffico dopo tre anni di lavori\nDi Chiara Bellini\n"
    "Il nuovo ponte sul Po tra Piacenza e San Rocco al Porto è stato aperto al traffico sabato mattina, "
    "dopo tre anni di lavori e un investimento di circa 48 milioni di euro da parte della Provincia.\n"
    "Il sindaco ha detto che il ponte ridurrà i tempi di percorrenza per migliaia di pendolari ogni giorno.\n"
    "La vecchia struttura sarà demolita entro la fine del prossimo anno.\n"
    "Video\nIncendio in un capannone a Fiorenzuola\nNeve sull'Appennino, strade chiuse in alta Val Nure\n"
    "Chi siamo\nContatti\nPrivacy\nCopyright © 2026 Gazzetta di Piacenza. Tutti i diritti riservati.\n"
)


def test_a_menu_label_takes_its_links_with_the_page_languages_rule():
    """"Video", a section label alone under an Italian article, heads a box of teasers: its links
    are credited to the Italian heading rule (own.label_taker prefers the page's language), as the
    label itself is (own.OwnLanguageCredit), not to the German rule that loads first."""
    result = clean_text(IT_PAGE)
    text = result.document.text
    credited = {text[start:end]: removal.rule for start, end, removal in result.removals}
    assert credited["Video"] == "it.related-links.leggi-anche"
    assert credited["Incendio in un capannone a Fiorenzuola"] == "it.related-links.leggi-anche"
    assert "La vecchia struttura sarà demolita" in result.text


def test_takes_next_rules_matching_one_section_label_take_alike():
    """Which language's "takes next" rule a section label answers to (own.label_taker) changes
    only the rule the report names: every such rule matching a language's section label takes as
    many lines of as many words as the others."""
    from cleaner.rules import default_rule_files

    rule_set = load_rule_files(default_rule_files())
    takers = [rule for rule in rule_set.rules if rule.scope == "line" and rule.takes == "next"]
    labels = {name for data in rule_set.languages.values() for name in data.section_names}
    for label in sorted(labels):
        walks = {(rule.takes_lines, rule.takes_words) for rule in takers if rule.compile().search(label)}
        assert len(walks) <= 1, (label, walks)


NUMBERED_PAGE = (
    "Five things to know about the new bus network\n"
    "The city's redesigned bus network starts on Monday, the biggest change to its routes in forty years.\n"
    "1. Fewer routes, more buses\n"
    "The number of routes falls from 62 to 41, but buses on the main lines will come every ten minutes "
    "from six in the morning until nine at night.\n"
    "Read also\n"
    "Tram extension delayed until 2028\n"
    "{heading}\n"
    "Every route gets a new number, and the old numbers will be shown on the stops for the first three "
    "months so that riders can find their way.\n"
    "3. Fares stay the same\n"
    "A single ride still costs two dollars, and transfers within ninety minutes are free.\n"
)


def test_the_articles_next_numbered_heading_ends_a_related_box():
    """"1. ..." kept above a "Read also" box, "2. ..." under its link: the article's next section
    heading, not the box's second link (neighbours._next_section). A line numbered otherwise, or
    a box's own "1." under the heading, is still taken."""
    out = _clean(NUMBERED_PAGE.format(heading="2. New route numbers"))
    assert "2. New route numbers" in out and "Tram extension" not in out
    out = _clean(NUMBERED_PAGE.format(heading="5. Bus drivers strike in Leeds"))
    assert "5. Bus drivers strike in Leeds" not in out and "Every route gets a new number" in out


def test_an_interview_needs_at_least_one_question(tmp_path):
    """interview_min_questions 0 would make every page an interview (neighbours._interview): no
    question under a "Read also" box would ever go as a link title."""
    from cleaner.rules.settings import load_settings

    bad = tmp_path / "scorer.toml"
    bad.write_text("[scorer]\ninterview_min_questions = 0\n", "utf-8")
    with pytest.raises(ConfigError, match="interview_min_questions must be at least 1"):
        load_settings(bad)
