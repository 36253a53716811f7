"""The HTML reader: structure removal, main content, title, blocks, charsets, bad input."""

from __future__ import annotations


import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.errors import InputError
from cleaner.html import extract, read_html, strip_site_name
from cleaner.html.charset import declared_charset, decode_html
from cleaner.io.response import without_response_head
from work_counts import growth, lines_run

PROSE = [
    "The council voted on Tuesday to rebuild the old bridge, after two years of debate about its cost.",
    "Engineers said the new structure would carry twice the traffic and resist the spring floods better.",
    "Residents of the east bank, who have waited for a crossing since 2019, welcomed the decision warmly.",
    "Work is expected to begin next March and to last about eighteen months, the mayor told reporters.",
    "Opponents argued that the money would be better spent on buses, and promised to fight the plan.",
]


def article(extra: str = "", wrapper: str = "article", title: str = "Bridge to be rebuilt") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        f"<html><head><title>{title} | Daily Site</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"<{wrapper}><h1>{title}</h1>{paragraphs}{extra}</{wrapper}>"
        f"<footer><p>Copyright 2024 Daily Site Media Group, all rights reserved worldwide.</p></footer>"
        f"</body></html>"
    )


def body_lines(html: str | bytes) -> list[str]:
    doc = read_html(html, "page")
    lines = doc.text.splitlines()
    return lines[1:] if doc.meta.get("title") else lines


# --- structure removal -------------------------------------------------------------------------

FURNITURE = {
    "share": '<div class="share-buttons"><p>Share this article with everyone you know on the networks now</p></div>',
    "social": '<ul class="socialLinks"><li>Follow us for more news and many other things every day</li></ul>',
    "comments": '<section id="comments"><p>John wrote: I completely disagree with this decision, it is a waste.</p></section>',
    "related": '<div class="related-articles"><p>Another bridge collapsed in the north last year, killing nobody at all.</p></div>',
    "newsletter": '<div class="newsletter-signup"><p>Get the best stories of the day delivered to your inbox each morning.</p></div>',
    "cookie": '<div id="cookie-banner"><p>We use cookies to improve your experience of our website and services.</p></div>',
    "consent": '<div class="gdpr-consent"><p>By continuing to browse you accept the use of tracking technologies here.</p></div>',
    "ads": '<div class="ad-slot"><p>Buy the new phone today with a discount of thirty percent in all stores.</p></div>',
    "advertising": '<div class="advertisement"><p>Buy the new phone today with a discount of thirty percent in all stores.</p></div>',
    "breadcrumbs": '<ol class="breadcrumb"><li>Home page of the site and its many sections for local news</li></ol>',
    "tags": '<div class="tags"><p>Filed under bridges, council, infrastructure, east bank, spending plans</p></div>',
    "promo": '<div class="promo-box"><p>Subscribe now and get your first three months of access for just one euro.</p></div>',
    "sponsored": '<div class="sponsored-content"><p>These ten tricks will change the way you cook pasta forever, guaranteed.</p></div>',
    "role": '<div role="complementary" aria-label="Related stories"><p>Another bridge collapsed in the north last year, killing nobody.</p></div>',
    "aside": "<aside><p>Most read: the mayor's cat has become famous on the internet this week again.</p></aside>",
    "form": "<form><p>Write to the editor about this story using the form below, we answer everyone.</p></form>",
    "script": "<script>var longVariableName = 'this text is code and must never appear in the output';</script>",
    "style": "<style>.article p { font-family: Georgia, serif; margin-bottom: 1em; color: #333333; }</style>",
    "tweet": '<blockquote class="twitter-tweet"><p>Great news for the east bank today, finally a bridge!</p>&mdash; Some One (@someone)</blockquote>',
    "instagram": '<blockquote class="instagram-media"><p>A post shared by the bridge fan club on their account today</p></blockquote>',
    "hidden": '<div style="display: none"><p>This paragraph is hidden from readers and only exists for robots.</p></div>',
    # the networks' own embed codes (blockquote classes), not only Twitter's and Instagram's
    "facebook": '<div class="fb-post"><blockquote class="fb-xfbml-parse-ignore"><p>Big day at the bridge today, '
    'the last beam is going in.</p>Posted by <a href="#">Bridge Works</a> on Monday</blockquote></div>',
    "mastodon": '<blockquote class="mastodon-embed"><p>The last beam is in, proud of every single crew this '
    'autumn.</p><a href="#">Post by @bridge@mastodon.social</a></blockquote>',
    "bluesky": '<blockquote class="bluesky-embed"><p lang="en">The last beam is in, proud of every single crew '
    'this autumn.</p>&mdash; Bridge Works (<a href="#">@bridge.bsky.social</a>)</blockquote>',
}


@pytest.mark.parametrize("family", sorted(FURNITURE))
def test_furniture_is_removed_and_article_kept(family: str) -> None:
    lines = body_lines(article(FURNITURE[family]))
    assert lines == PROSE, family


def test_nav_and_footer_are_removed() -> None:
    text = read_html(article(), "page").text
    assert "Home" not in text and "Copyright" not in text


@pytest.mark.parametrize(
    "container",
    [
        '<div class="content">{}</div>',
        '<div class="article-body">{}</div>',
        '<div id="main-column">{}</div>',
        '<div class="post-123 type-post tag-politics has-comments">{}</div>',
    ],
)
def test_article_inside_ordinary_or_layout_classes_survives(container: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    html = f"<html><body><h1>Title here</h1>{container.format(paragraphs)}</body></html>"
    assert body_lines(html) == PROSE


def test_prose_mentioning_share_or_twitter_stays() -> None:
    mention = "Shares of the company fell after the chief executive said on Twitter that the bridge would wait."
    lines = body_lines(article(f"<p>{mention}</p>"))
    assert mention in lines


def test_whole_page_wrapped_in_form_still_reads() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    html = f"<html><body><form id='aspnetForm'><h1>Title</h1><div>{paragraphs}</div></form></body></html>"
    assert body_lines(html) == PROSE


def test_teaser_list_beside_short_article_is_not_chosen() -> None:
    teasers = "".join(
        f"<li><h3><a href='/{i}'>Other story number {i} headline</a></h3>"
        f"<div>{PROSE[i % 5]} Teaser {i}.</div></li>"
        for i in range(12)
    )
    html = (
        "<html><body><h1>Short one</h1><div class='story'>"
        "<p>A short article of two paragraphs, which is still the article of this page.</p>"
        "<p>It is followed by a long list of teasers from other pages of the same site.</p></div>"
        f"<ul>{teasers}</ul></body></html>"
    )
    lines = body_lines(html)
    assert lines[0].startswith("A short article") and not any("Teaser" in line for line in lines)


def test_link_list_inside_article_is_dropped() -> None:
    links = "<ul>" + "".join(f"<li><a href='/{i}'>Read more about topic {i}</a></li>" for i in range(5)) + "</ul>"
    assert body_lines(article(links)) == PROSE


# --- title --------------------------------------------------------------------------------------


def test_title_is_the_h1_and_not_repeated() -> None:
    doc = read_html(article(), "page")
    assert doc.meta["title"] == "Bridge to be rebuilt"
    assert doc.text.splitlines()[0] == "Bridge to be rebuilt"
    assert doc.text.count("Bridge to be rebuilt") == 1


def test_title_falls_back_to_og_title_then_title_tag() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    og = '<meta property="og:title" content="The og title">'
    doc = read_html(f"<html><head>{og}<title>T | Site</title></head><body>{paragraphs}</body></html>", "p")
    assert doc.meta["title"] == "The og title"
    doc = read_html(f"<html><head><title>Tag title</title></head><body>{paragraphs}</body></html>", "p")
    assert doc.meta["title"] == "Tag title"


def test_logo_h1_loses_against_og_title() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    og = '<meta property="og:title" content="Bridge to be rebuilt">'
    html = f"<html><head>{og}</head><body><header><h1>Daily Site</h1></header><div>{paragraphs}</div></body></html>"
    assert read_html(html, "p").meta["title"] == "Bridge to be rebuilt"



@pytest.mark.parametrize("repeat", ["<h2>{t}</h2>", "<p class='headline'>{t}</p>", "<div><h3>{u}</h3></div>"])
def test_headline_repeated_at_the_top_of_the_content_is_not_doubled(repeat: str) -> None:
    title = "Bridge to be rebuilt after long debate"
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    heading = repeat.format(t=title, u=title.upper())
    html = (
        f"<html><head><meta property='og:title' content='{title} | Daily'></head><body>"
        f"<header><h1>{title}</h1></header><article>{heading}{paragraphs}</article></body></html>"
    )
    doc = read_html(html, "p")
    assert doc.meta["title"] == title
    assert doc.text.casefold().count(title.casefold()) == 1
    assert body_lines(html) == PROSE


def test_headline_words_repeated_later_in_the_article_stay() -> None:
    title = "Bridge to be rebuilt"
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    html = f"<html><body><article><h1>{title}</h1>{paragraphs}<h2>{title}</h2><p>{PROSE[0]}</p></article></body></html>"
    lines = body_lines(html)
    assert lines[-2:] == [title, PROSE[0]]

# --- blocks and paragraphs ----------------------------------------------------------------------


def test_one_line_per_block_with_inline_whitespace_folded() -> None:
    html = (
        "<html><body><article><h1>T</h1>"
        "<p>First   <b>bold</b>\n  and <a href='#'>linked</a> words of a paragraph long enough to count.</p>"
        "<h2>A subheading in the article</h2>"
        "<ul><li>A list item that is a full sentence of the article body.</li>"
        "<li>Another list item that is a full sentence of the article body.</li></ul>"
        "<blockquote>A quotation of someone who said something worth quoting here.</blockquote>"
        f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p><p>{PROSE[2]}</p>"
        "</article></body></html>"
    )
    lines = body_lines(html)
    assert lines[:5] == [
        "First bold and linked words of a paragraph long enough to count.",
        "A subheading in the article",
        "A list item that is a full sentence of the article body.",
        "Another list item that is a full sentence of the article body.",
        "A quotation of someone who said something worth quoting here.",
    ]


def test_br_splits_lines() -> None:
    html = f"<html><body><h1>T</h1><div class='text'>{PROSE[0]}<br><br>{PROSE[1]}<br>{PROSE[2]}</div></body></html>"
    assert body_lines(html) == PROSE[:3]


def test_paragraphs_match_lines_and_carry_signals() -> None:
    doc = read_html(article(), "page")
    lines = doc.text.splitlines()
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == lines
    body = doc.paragraphs[1:]
    for name in ("link_density", "text_density", "depth", "position", "in_main"):
        assert all(isinstance(p.signals[name], float) for p in body), name
    positions = [p.signals["position"] for p in body]
    assert positions == sorted(positions) and all(0.0 <= x <= 1.0 for x in positions)
    assert all(p.segments == [] for p in doc.paragraphs)


def test_output_is_deterministic() -> None:
    html = article(FURNITURE["share"] + FURNITURE["tweet"])
    first = read_html(html, "p")
    second = read_html(html.encode("utf-8"), "p")
    assert first.text == second.text and first.paragraphs == second.paragraphs


# --- charsets -------------------------------------------------------------------------------------

CAFE = "Le café de la gare a rouvert ses portes après des années de fermeture, à la joie des habitués."


def french_page(meta: str = "") -> str:
    return f"<html><head>{meta}</head><body><h1>Réouverture</h1><p>{CAFE}</p><p>{CAFE}</p></body></html>"


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="iso-8859-1">',
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
        "",  # no declaration: the fallback detector
        '<meta charset="utf-8">',  # wrong declaration
    ],
)
def test_latin1_bytes_decode(meta: str) -> None:
    doc = read_html(french_page(meta).encode("latin-1"), "p")
    assert CAFE in doc.text and "Réouverture" in doc.text


def test_utf8_bytes_declared_latin1_read_as_utf8() -> None:
    doc = read_html(french_page('<meta charset="iso-8859-1">').encode("utf-8"), "p")
    assert CAFE in doc.text


def test_declared_cyrillic_charset_is_used() -> None:
    text = "Городской совет проголосовал за восстановление старого моста после долгих споров."
    html = f'<html><head><meta charset="windows-1251"></head><body><p>{text}</p><p>{text}</p></body></html>'
    assert text in read_html(html.encode("cp1251"), "p").text


def test_unknown_declared_charset_is_ignored() -> None:
    assert declared_charset(b'<meta charset="no-such-codec">') is None
    assert declared_charset(b"<meta charset='Latin1'>") == "cp1252"
    text, _ = decode_html(french_page('<meta charset="x-bogus">').encode("latin-1"), "p")
    assert CAFE in text


RUSSIAN = "Городской совет проголосовал за восстановление старого моста после долгих споров."


def cyrillic_page(meta: str) -> str:
    return f"<html><head>{meta}<title>Мост</title></head><body><p>{RUSSIAN}</p><p>{RUSSIAN}</p></body></html>"


@pytest.mark.parametrize("wrong", ["latin-1", "cp1252"])
def test_legacy_page_decoded_as_latin1_is_read_again(wrong: str) -> None:
    """A crawler that decoded a windows-1251 page as Latin-1 (or windows-1252) left "Ãîðîäñêîé":
    its declared charset reads it again (a JSONL record's page comes as text, not bytes)."""
    page = cyrillic_page('<meta charset="windows-1251">').encode("cp1251").decode(wrong)
    doc = read_html(page, "p")
    assert RUSSIAN in doc.text and any("re-read as cp1251" in r for r in doc.repairs)


@pytest.mark.parametrize("declared, codec", [("shift_jis", "cp932"), ("gb2312", "gb18030")])
def test_legacy_page_read_again_as_the_superset_browsers_use(declared: str, codec: str) -> None:
    """Pages labelled shift_jis or gb2312 use their superset's characters ("①", "髙", "镕"):
    read strictly in the narrow charset they would stay mojibake."""
    text = "札幌で初雪、①髙橋さんが観測した。" if codec == "cp932" else "广州地铁开通，镕铸新篇章，全长三十九公里。"
    page = f'<html><head><meta charset="{declared}"></head><body><p>{text}</p><p>{text}</p></body></html>'
    assert text in read_html(page.encode(codec).decode("latin-1"), "p").text


def test_legacy_charset_only_in_the_http_head() -> None:
    head = "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html; charset=windows-1251\r\n\r\n"
    page = head + cyrillic_page("").encode("cp1251").decode("latin-1")
    doc = read_html(page, "p")
    assert RUSSIAN in doc.text and "HTTP/1.1" not in doc.text and "nginx" not in doc.text


def test_http_and_warc_heads_are_not_text() -> None:
    warc = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 900\r\n\r\n"
    http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nSet-Cookie: s=1; HttpOnly\r\n\r\n"
    page = warc + http + "<html><head><title>Réouverture</title></head><body><p>" + CAFE + "</p></body></html>"
    lines = [line.text for line, _ in extract(without_response_head(page)[0], scope="page").lines]
    assert read_html(page, "p").text == read_html(page[len(warc + http):], "p").text
    assert not any("HTTP" in line or "Cookie" in line for line in lines)


POLISH = "Przeprawa łączy Wyspę Spichrzów z Długim Pobrzeżem, a most będzie podnoszony co godzinę."


def polish_page(meta: str) -> str:
    return f"<html><head>{meta}<title>Most</title></head><body><p>{POLISH}</p><p>{POLISH}</p></body></html>"


@pytest.mark.parametrize("meta", ['<meta charset="iso-8859-2">', '<meta charset="windows-1250">'])
def test_central_european_page_decoded_as_latin1_is_read_again(meta: str) -> None:
    """Most Polish letters are ASCII, but its Latin-1 reading puts symbols inside words
    ('Mot³awie', '³±czy'), which its declared charset reads as letters."""
    codec = "iso-8859-2" if "8859" in meta else "cp1250"
    doc = read_html(polish_page(meta).encode(codec).decode("latin-1"), "p")
    assert POLISH in doc.text and any("re-read as" in r for r in doc.repairs)


# Text whose Latin-1 (or windows-1252) reading shows letters, not symbols: 'úøad', 'Hrvaèka', 'baþýna'.
LETTERS_ONLY = [
    ("cp1250", "Řidiči musí počítat s objížďkou přes Žďár, uvedl dopravní úřad. Měření na začátku "
              "týdne ukázalo, že ve středu projelo městem více aut než kdykoli předtím."),
    ("cp1250", "Građani Đakova u četvrtak su čekali do ponoći, a gradilišta su zatvorena. Hrvatska "
               "vlada obećala je pomoć općinama čiji su putevi oštećeni u nevremenu."),
    ("iso-8859-9", "Çarşamba günü Şanlıurfa'da sıcaklık 44 dereceye ulaştı; yetkililer uyarıda bulundu. "
                  "İstanbul'da metrekare fiyatı yıllık artışla başına çıktı."),
]


@pytest.mark.parametrize(("codec", "text"), LETTERS_ONLY, ids=["cs", "hr", "tr"])
@pytest.mark.parametrize("wrong", ["latin-1", "cp1252"])
def test_page_whose_latin1_reading_shows_letters_is_read_again(codec: str, text: str, wrong: str) -> None:
    """Czech 'úřad' read as Latin-1 is 'úøad', Croatian 'ponoći' 'ponoæi', Turkish 'başına'
    'baþýna': letters all, but words of no one Latin-1 language, which the declared charset
    reads as words of one of its own (letters.reads_better)."""
    page = f'<html><head><meta charset="{codec}"><title>x</title></head><body><p>{text}</p></body></html>'
    try:
        mangled = page.encode(codec).decode(wrong)
    except UnicodeDecodeError:
        pytest.skip(f"windows-1252 has no character for a byte of {codec}")
    doc = read_html(mangled, "p")
    assert text in doc.text and any("re-read as" in r for r in doc.repairs)


# Right pages under a stale Latin-script declaration: their words are words of one Latin-1 language
# ('ný', 'rýmd' are Icelandic however many; 'Tromsø' in Italian text a name).
RIGHT_UNDER_WRONG = [
    ("iso-8859-9", "Veðurstofan lýsti yfir neyðarstigi og svæðið var rýmt; ný sprunga opnaðist við Grindavík "
                   "og íbúar fengu ekki að snúa heim. Nýtt hraun rann yfir veginn og ný gögn sýna lyftingu."),
    ("windows-1250", "Vejret i København blev køligere søndag, og både Århus og Ålborg fik regn. Meteorologerne "
                     "forventer større nedbør i første halvdel af næste uge, især på Sjælland."),
    ("windows-1250", "La città di Tromsø ha accolto martedì più visitatori che mai: però a Tromsø il tempo è "
                     "cambiato, e così anche a Bodø la neve è arrivata già a settembre."),
    ("iso-8859-2", "Le Père Noël a déjà quitté la forêt où la fenêtre était ouverte; très tôt, Hélène a vu "
                   "la troisième étoile au-dessus du mûrier et de la crèche."),
]


@pytest.mark.parametrize(("charset", "text"), RIGHT_UNDER_WRONG)
def test_right_latin1_page_under_a_wrong_latin_script_declaration_stays(charset: str, text: str) -> None:
    doc = read_html(f'<html><head><meta charset="{charset}"><title>x</title></head><body><p>{text}</p></body></html>', "p")
    assert text in doc.text and not any("re-read" in r for r in doc.repairs)


# ISO-8859-15 differs from Latin-1 in eight symbols only ('¤' is '€', '½' is 'œ'): read as Latin-1, a
# page shows its euro signs beside amounts and its 'œ' inside words (charset._symbols_told).
LATIN9 = ["Le billet coûte 12 €, 4,50 € pour les enfants.", "Au cœur de l'été, 3 millions € de travaux.",
          "Die Karte kostet 4,50 € für Erwachsene.", "L'œuvre est exposée à Albi."]


@pytest.mark.parametrize("text", LATIN9)
@pytest.mark.parametrize("wrong", ["latin-1", "cp1252"])
def test_iso8859_15_page_read_as_latin1_is_read_again(text: str, wrong: str) -> None:
    page = f'<html><head><meta charset="iso-8859-15"><title>x</title></head><body><p>{text}</p></body></html>'
    doc = read_html(page.encode("iso-8859-15").decode(wrong), "p")
    assert text in doc.text and any("re-read as iso8859-15" in r for r in doc.repairs)


# ... and the same symbols where Latin-1 means them: a half after a number, an acute accent for an
# apostrophe, a broken bar between words, a currency sign opening a line; or a page whose '€' or
# typographic quotes show it was read right (those bytes are controls in ISO-8859-15).
LATIN9_RIGHT = ["Die Fahrt dauert 2½ Stunden.", "It´s the best result since 2019 and 3 € cheaper.", "Home ¦ News ¦ 12 ¤",
                "¤ Angebot gilt bis Freitag.", "Le billet coûte 12 €.", "“Le cœur”, dit-il."]


@pytest.mark.parametrize("text", LATIN9_RIGHT)
def test_right_page_under_iso8859_15_stays(text: str) -> None:
    doc = read_html(f'<html><head><meta charset="iso-8859-15"><title>x</title></head><body><p>{text}</p></body></html>', "p")
    assert text in doc.text and not any("re-read" in r for r in doc.repairs)


GREEK = "Η Αθήνα άνοιξε νέο σταθμό του μετρό το Σάββατο, τον πρώτο εδώ και έξι χρόνια."
HEBREW = "עיריית חיפה פתחה ביום שבת תחנת רכבת חדשה, הראשונה מזה שש שנים."


def bare_page(text: str) -> str:
    return f"<html><head><title>x</title></head><body><p>{text}</p><p>{text}</p></body></html>"


@pytest.mark.parametrize("text, codec", [(RUSSIAN, "cp1251"), (RUSSIAN, "koi8_r"), (GREEK, "cp1253")])
def test_undeclared_legacy_page_decoded_as_latin1_is_read_in_the_charset_that_fits(text: str, codec: str) -> None:
    """No charset anywhere: of the Cyrillic and Greek charsets, the one whose reading has words
    cased as words are (a wrong one gives 'ъПНДЯЙНИ')."""
    doc = read_html(bare_page(text).encode(codec).decode("latin-1"), "p")
    assert text in doc.text and any(f"re-read as {codec} (guessed" in r for r in doc.repairs)


# Chinese (simplified and traditional), Japanese and Korean news sentences of twenty-odd characters.
CJK = [
    ("广州地铁新线周六开通，这是六年来的第一条新线。项目总投资约一百亿元，全长三十九公里。", "gb18030"),
    ("台北捷運新線週六通車，這是六年來的第一條新線。計畫總經費約一百億元，全長三十九公里。", "big5hkscs"),
    ("大阪市で新しい地下鉄の駅が土曜日に開業した。新駅の開業は六年ぶりで、総事業費は約百億円だという。", "cp932"),
    ("大阪市で新しい地下鉄の駅が土曜日に開業した。新駅の開業は六年ぶりで、総事業費は約百億円だという。", "euc_jp"),
    ("부산시는 토요일 새 지하철역을 개통했다. 새 역 개통은 6년 만이며 총사업비는 약 천억 원이다.", "cp949"),
]


@pytest.mark.parametrize("text, codec", CJK, ids=["zh-Hans", "zh-Hant", "ja-sjis", "ja-euc", "ko"])
def test_undeclared_cjk_page_decoded_as_latin1_is_read_in_its_charset(text: str, codec: str) -> None:
    """No charset anywhere: the CJK charset whose reading's most frequent characters are ones
    its language uses most ('的', '。', 'の', '이'); another one's reading gives rare characters,
    and koi8-r read Korean as Cyrillic words (letters.common_reading, alphabets.toml [cjk])."""
    doc = read_html(bare_page(text).encode(codec).decode("latin-1"), "p")
    assert text in doc.text and any(f"re-read as {codec} (guessed" in r for r in doc.repairs)


@pytest.mark.parametrize("text, codec", [(HEBREW, "cp1255"), (GREEK, "iso-8859-7"), (RUSSIAN, "cp1251"),
                                         ("สถานีรถไฟฟ้าใหม่เปิดให้บริการเมื่อวันเสาร์ ซึ่งเป็นสถานีแรกในรอบหกปี", "cp874"),
                                         ("افتتحت مدينة الرياض يوم السبت محطة مترو جديدة هي الأولى منذ ست سنوات", "cp1256")])
def test_undeclared_page_in_another_script_is_not_read_as_cjk(text: str, codec: str) -> None:
    doc = read_html(bare_page(text).encode(codec).decode("latin-1"), "p")
    assert not any(f"re-read as {cjk}" in r for r in doc.repairs for cjk in ("gb18030", "big5", "cp932", "euc_jp", "cp949"))


def test_undeclared_page_of_a_script_without_case_is_not_guessed() -> None:
    """Hebrew read as Greek is all small letters: no guess, the page stays as it came."""
    page = bare_page(HEBREW).encode("cp1255").decode("latin-1")
    assert not any("re-read" in r for r in read_html(page, "p").repairs)


def test_utf8_read_as_cp1252_is_left_to_the_mojibake_repair() -> None:
    data = bare_page(RUSSIAN).encode("utf-8")
    page = "".join(chr(byte) if byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([byte]).decode("cp1252") for byte in data)
    doc = read_html(page, "p")
    assert RUSSIAN in doc.text and not any("re-read" in r for r in doc.repairs)


def test_utf8_page_read_as_latin1_keeps_the_halves_its_repair_needs() -> None:
    """A crawler's default for a page whose response names no charset: 'х' comes as 'Ñ' and a
    NEL, which the walk folded as whitespace, and ftfy could not mend the word ('долгиÑ ')."""
    text = "Рабочие хотели долгих споров, Åland."
    page = f'<html><head><meta charset="utf-8"></head><body><p>{text}</p></body></html>'
    assert text in read_html(page.encode("utf-8").decode("latin-1"), "p").text


def test_charset_of_an_xml_declaration_decodes_the_bytes() -> None:
    """An XHTML page names its encoding in the XML declaration it opens with, not in a meta tag."""
    page = '<?xml version="1.0" encoding="iso-8859-2"?>\n' + polish_page("")
    assert declared_charset(page.encode("iso-8859-2")) == "iso8859-2"
    assert POLISH in read_html(page.encode("iso-8859-2"), "p").text


def test_charset_only_in_a_saved_http_head_decodes_the_bytes() -> None:
    """A .html file saved with its HTTP head, the page naming no charset of its own."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-2\r\n\r\n"
    text, repairs = decode_html(head + polish_page("").encode("iso-8859-2"), "p")
    assert POLISH in text and repairs == ("decoded as iso8859-2 (declared)",)


@pytest.mark.parametrize("meta", ['<meta charset="windows-1251">', '<meta charset="shift_jis">', '<meta charset="cp1250">',
                                  '<meta charset="iso-8859-2">'])
def test_latin_text_under_a_wrong_legacy_declaration_stays(meta: str) -> None:
    """French read right but declared in another charset: few of its letters are not ASCII,
    which a Cyrillic or Japanese page read as Latin-1 never is."""
    assert CAFE in read_html(french_page(meta), "p").text


def test_soft_hyphens_of_a_right_page_go_after_any_letter() -> None:
    """A CMS hyphenates 'châ&shy;teau': a soft hyphen after 'â' or 'ã' (which lead mojibake too)
    left a broken word in the text."""
    text = "Le ch&shy;â&shy;teau de Ver&shy;sailles et les pâ&shy;tes de la ir&shy;mã&shy;zi&shy;nha."
    doc = read_html(f"<html><head><title>x</title></head><body><p>{text}</p><p>{text}</p></body></html>", "p")
    assert "Le château de Versailles et les pâtes de la irmãzinha." in doc.text and "\u00ad" not in doc.text


# Words of Latin-script languages whose letters are all in Latin-1, the accented ones first:
# a page of a few of them has mostly non-ASCII letters, as a Cyrillic one read as Latin-1 does.
LATIN1_WORDS = ("Ça", "été", "ôté", "à", "Éloïse", "où", "déjà", "Ação", "é", "já", "irmã", "São", "Ñandú",
                "Über", "Öl", "Þjóðhátíð", "í", "Æðstu", "Tôi", "yêu", "ả", "m²", "n°", "±3", "¼", "µg", "1º", "2ª")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(LATIN1_WORDS), min_size=1, max_size=8), st.sampled_from(["", '<meta charset="utf-8">']))
def test_right_latin_page_is_never_read_again(words: list[str], meta: str) -> None:
    """A page its crawler decoded right, with no legacy charset declared, however short and
    accented: no guess reads it again ('Ça été ôté' became 'Зa йtй фtй' as cp1251)."""
    text = " ".join(words)
    doc = read_html(f"<html><head>{meta}<title>x</title></head><body><p>{text}</p></body></html>", "p")
    assert not any("re-read" in r for r in doc.repairs) and text in doc.text


# Words with two letters at least: a page of '1º' alone says nothing either way.
LATIN1_PROSE = tuple(word for word in LATIN1_WORDS if sum(char.isalpha() for char in word) > 1)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(LATIN1_PROSE), min_size=1, max_size=8),
       st.sampled_from(["windows-1251", "koi8-r", "iso-8859-5", "windows-1253", "iso-8859-7", "windows-1255", "windows-1256",
                        "tis-620", "iso-8859-2", "windows-1250", "iso-8859-9", "windows-1258", "iso-8859-13", "iso-8859-15",
                        "utf-16"]))
# Found by this test: 'µg' is '”g' in ISO-8859-16 (the sibling of windows-1250), and 'Þjóð' in
# windows-1258 is a combining tilde after a space and 'jóđ'.
@example(["µg", "ôté", "Ça", "Tôi"], "windows-1250")
@example(["ôté", "Ça", "µg", "Über"], "windows-1250")
@example(["µg", "Tôi", "Ça"], "windows-1250")
@example(["Tôi", "Über", "Über", "µg"], "windows-1250")
@example(["ôté"] * 3 + ["irmã"] + ["Þjóðhátíð"] * 4, "iso-8859-2")
def test_right_latin_page_under_another_declared_charset_is_not_read_again(words: list[str], charset: str) -> None:
    """Short accented text a crawler decoded right, under a stale declaration: a Latin-script
    charset reads it again only to mend symbols inside words or words of no one Latin-1 language
    ('úøad': letters.reads_better); a Cyrillic, Greek, Hebrew, Arabic or Thai one only when its
    reading's words hold no ASCII letters ('déjà où' was 'déjŕ oů', 'Ça été' 'Зa йtй')."""
    text = " ".join(words)
    doc = read_html(f'<html><head><meta charset="{charset}"><title>x</title></head><body><p>{text}</p></body></html>', "p")
    assert text in doc.text


def test_page_read_right_in_its_legacy_charset_stays() -> None:
    assert RUSSIAN in read_html(cyrillic_page('<meta charset="windows-1251">'), "p").text


# --- broken and bad input ----------------------------------------------------------------------------


def test_unclosed_tags_and_truncated_file() -> None:
    html = article(FURNITURE["share"])
    truncated = html[: html.index(PROSE[3]) + 30]
    lines = body_lines(truncated)
    assert lines[:3] == PROSE[:3] and lines[3].startswith(PROSE[3][:30])
    unclosed = "<html><body><div><h1>T<div class='content'>" + "".join(f"<p>{p}" for p in PROSE)
    assert body_lines(unclosed) == PROSE


def test_deep_nesting_does_not_recurse() -> None:
    html = "<html><body>" + "<div>" * 20000 + "".join(f"<p>{p}</p>" for p in PROSE)
    assert body_lines(html) == PROSE


def _huge_page(paragraphs: int) -> str:
    teaser = "".join(f"<li><a href='/{i}'>Link number {i}</a></li>" for i in range(50))
    body = "".join(f"<p>{PROSE[i % 5]} ({i})</p>" for i in range(paragraphs))
    return f"<html><body><nav><ul>{teaser}</ul></nav><h1>Huge</h1><div>{body}</div></body></html>"


def test_huge_page_is_read_in_linear_work() -> None:
    """Twice the paragraphs, about twice the Python lines run (a scan per line or element is
    four times): the reader's work grows with the page, not its square. The 4 MB page's time is
    benchmarks/bench_guards.py's."""
    small, small_work = lines_run(read_html, _huge_page(1000).encode("utf-8"), "huge")
    large, large_work = lines_run(read_html, _huge_page(2000).encode("utf-8"), "huge")
    assert len(small.paragraphs) == 1001 and len(large.paragraphs) == 2001
    assert growth(small_work, large_work) < 2.5, (small_work, large_work)


def test_single_huge_text_line() -> None:
    html = "<html><body><p>" + "word " * 1_000_000 + "</p></body></html>"
    doc = read_html(html, "line")
    assert len(doc.text) > 4_000_000


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 50, b"", b"   \n ", bytes(range(256)) * 20],
)
def test_binary_or_empty_input_raises_input_error(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        read_html(data, "bad.html")
    assert info.value.item == "bad.html" and "\n" not in info.value.reason


def test_page_without_text_raises_input_error() -> None:
    with pytest.raises(InputError):
        read_html("<html><body><script>x()</script><img src='a.png'></body></html>", "empty.html")


def test_plain_text_is_read_as_a_page() -> None:
    doc = read_html("Just a line of text that somebody saved with an .html name by mistake.", "t")
    assert "Just a line of text" in doc.text


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdpiv&;#\n\tlh1éa")), max_size=300))
def test_any_markup_soup_gives_consistent_document_or_input_error(soup: str) -> None:
    try:
        doc = read_html(soup, "soup")
    except InputError:
        return
    lines = doc.text.splitlines()
    assert doc.text.endswith("\n") and len(lines) == len(doc.paragraphs)
    for line, par in zip(lines, doc.paragraphs):
        assert doc.text[par.start : par.end] == line
        assert line == " ".join(line.split()) and line


def test_page_scope_keeps_blocks_outside_the_article_flagged() -> None:
    aside = "<div class='box'><p>A paragraph of the page that is outside of the article itself here.</p></div>"
    html = article(wrapper="article").replace("</article>", "</article>" + aside)
    main = read_html(html, "p")
    page = read_html(html, "p", scope="page")
    assert "outside of the article" not in main.text
    outside = [p for p in page.paragraphs if "outside of the article" in page.text[p.start : p.end]]
    assert len(outside) == 1 and outside[0].signals["in_main"] == 0.0
    assert "Copyright" not in page.text  # furniture stays out in either scope
    with pytest.raises(ValueError):
        read_html(html, "p", scope="everything")


def test_heading_and_list_signals() -> None:
    html = article("<h2>A subheading of the article</h2><ul><li>An item of a list in the article body text.</li></ul>")
    doc = read_html(html, "p")
    by_text = {doc.text[p.start : p.end]: p.signals for p in doc.paragraphs}
    assert by_text["A subheading of the article"]["heading"] == 1.0
    assert by_text["An item of a list in the article body text."]["list_item"] == 1.0
    assert by_text[PROSE[0]]["heading"] == 0.0


def test_figure_caption_is_not_article_text() -> None:
    figure = "<figure><img src='a.jpg'><figcaption>The old bridge, photographed in 1950 by a local man.</figcaption></figure>"
    assert body_lines(article(figure)) == PROSE


def test_paragraphs_in_single_child_wrappers_still_form_the_article() -> None:
    wrapped = "".join(f"<div class='para'><p>{p}</p></div>" for p in PROSE[:4])
    box = (
        "<div class='box'><p>Our reporter has covered the city council for the newspaper since the year 2005.</p>"
        "<p>She lives on the east bank with her two children and a dog named after a famous mayor.</p></div>"
    )
    links = "<ul>" + "".join(f"<li><a href='/{i}'>Section number {i} of the site</a></li>" for i in range(10)) + "</ul>"
    html = f"<html><body><h1>Title</h1><div class='content'>{wrapped}</div><div>{box}{links}</div></body></html>"
    assert body_lines(html) == PROSE[:4]


def test_sentence_with_a_large_link_stays_but_read_more_line_goes() -> None:
    linked = "The actor <a href='/a'>James Someone has been eliminated</a> from the show."
    more = "<p>Read more: <a href='/b'>Another story about the dancing show and its stars</a></p>"
    lines = body_lines(article(f"<p>{linked}</p>{more}"))
    assert "The actor James Someone has been eliminated from the show." in lines
    assert not any(line.startswith("Read more") for line in lines)


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Bridge to be rebuilt | Daily Site", "Bridge to be rebuilt"),
        ("Daily Site - Bridge to be rebuilt after years of debate", "Bridge to be rebuilt after years of debate"),
        ("Le pont sera reconstruit : la mairie a tranché", "Le pont sera reconstruit : la mairie a tranché"),
        ("US-China trade war, what next", "US-China trade war, what next"),
    ],
)
def test_site_name_is_stripped_from_meta_titles(title: str, expected: str) -> None:
    assert strip_site_name(title) == expected


def test_declared_language_is_a_hint_in_meta() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    doc = read_html(f"<html lang='fr-FR'><body><h1>T</h1>{paragraphs}</body></html>", "p")
    assert doc.meta["declared_lang"] == "fr" and doc.lang is None
    doc = read_html(f"<html lang='x'><body><h1>T</h1>{paragraphs}</body></html>", "p")
    assert "declared_lang" not in doc.meta


@pytest.mark.parametrize(
    "furniture",
    [
        '<div class="bloc-partage"><p>Partager cet article sur les réseaux sociaux avec vos amis et collègues</p></div>',
        '<section id="commentaires"><p>Jean a écrit : je ne suis pas du tout d’accord avec cette décision.</p></section>',
        '<div class="publicite"><p>Achetez le nouveau téléphone aujourd’hui avec une remise de trente pour cent.</p></div>',
        '<nav class="fil-ariane"><p>Accueil, puis la rubrique Société, puis la rubrique Transports publics</p></nav>',
    ],
)
def test_french_furniture_names_are_recognised(furniture: str) -> None:
    assert body_lines(article(furniture)) == PROSE


def test_responsive_hidden_classes_do_not_hide_the_article() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    html = f"<html><body><h1>T</h1><div class='col-md-8 hidden-xs d-print-none'>{paragraphs}</div></body></html>"
    assert body_lines(html) == PROSE


# --- page structures met on unseen sites (fixtures/html/ has whole pages of each) ------------

STANDFIRST = "The council will spend twelve million on the crossing, the largest project in a decade"


@pytest.mark.parametrize(
    "header",
    [
        "<header class='entry-header'><h1>Bridge to be rebuilt</h1><p>{s}</p>"
        "<div class='entry-meta'>Posted on May 3 by Ann Lee</div></header>",
        "<div class='article-header'><span class='kicker'>Transport</span><h1>Bridge to be rebuilt</h1>"
        "<p class='standfirst'>{s}</p></div>",
        "<div class='live-header'><h1>Bridge to be rebuilt</h1><p>{s}</p></div>",
    ],
)
def test_standfirst_in_the_articles_own_header_stays(header: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    html = (
        "<html><body><header class='site-header'><a href='/'>Daily Site</a>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
        f"<article>{header.format(s=STANDFIRST)}{paragraphs}</article></body></html>"
    )
    lines = body_lines(html)
    assert lines == [STANDFIRST] + PROSE


def test_site_header_with_navigation_stays_furniture_even_inside_main() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    html = (
        "<html><body><main><header class='site-header'><h1>Daily Site</h1>"
        "<p>Independent news from the valley and the hills around it since 1871</p>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
        f"<article><h2>Bridge to be rebuilt</h2>{paragraphs}</article></main></body></html>"
    )
    assert not any("Independent news" in line for line in body_lines(html))


def test_amp_ad_fallback_text_is_dropped() -> None:
    ad = '<amp-ad width="300" height="250" type="doubleclick"><div fallback>Advertisement</div></amp-ad>'
    paragraphs = "".join(f"<p>{p}</p>" + (ad if i == 2 else "") for i, p in enumerate(PROSE))
    html = f"<html><body><article><h1>Bridge</h1>{paragraphs}</article></body></html>"
    assert body_lines(html) == PROSE


def test_live_blog_entries_with_a_share_row_each_are_all_kept() -> None:
    """One <article> per entry, one paragraph and a share row each: not a list of teasers."""
    entries = "".join(
        f"<article class='post'><time>{18 - i}:00</time><p>{p}</p>"
        f"<div class='post-share'><a href='#'>Copy link</a> <a href='#'>Share on X</a></div></article>"
        for i, p in enumerate(PROSE)
    )
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<div class='liveblog'><h1>Live: bridge vote</h1>{entries}</div></body></html>"
    )
    lines = body_lines(html)
    assert [line for line in lines if line in PROSE] == PROSE
    assert not any("Share on X" in line for line in lines)


# --- figures without <figure>, avatars, teaser-named standfirsts, unclosed boxes ------------------

CAPTION = "A crane lifts the first span into place on Monday. (Jo Reid / Daily Site)"


JA_STORY = [
    "金沢市の近江町市場で七日、冬の味覚を求める買い物客の姿が目立った。鮮魚店の店主は「今年はズワイガニの水揚げが多く、値段も少し下がりました。」と話した。",
    "市場を訪れた富山市の会社員、田中裕子さん（四十二）は「家族で鍋を囲むのが楽しみです。」と笑顔を見せた。",
    "市場の組合によると、年末にかけて人出はさらに増える見込みだ。担当者は「混雑を避けるなら平日の午前中がおすすめです。」と呼びかけている。",
]
JA_CAPTIONS = [
    "店頭に並んだズワイガニを手に取る買い物客。今季は水揚げが順調で、例年より一割ほど安い値段で売られている店が多い（七日午前、金沢市の近江町市場で）",
    "鍋の具材を選ぶ家族連れ。市場の通路は昼前には人であふれ、店員の威勢のいい呼び込みの声が響いていた（七日午前、金沢市の近江町市場で）",
    "甘えびや香箱ガニが並ぶ鮮魚店の店先。年末にかけては県外からの観光客も増え、午前中のうちに売り切れる品もあるという（七日、金沢市で）",
]


def test_japanese_story_quoting_in_every_paragraph_is_no_gallery() -> None:
    """Three short Japanese paragraphs, each closing a quote (「…。」と話した。): six sentences,
    an article's, not a gallery's intro (gallery._short_body, at most four), so its photos'
    captions go as figures. Counted without the 」 after a quote's full stop, the paragraphs held
    three sentences and the captions were kept as a gallery's text."""
    html = ("<html lang='ja'><head><meta charset='utf-8'><title>近江町市場に冬の味覚 | 北陸日日新聞</title></head><body>"
            "<nav><a href='/'>トップ</a> <a href='/news'>ニュース</a></nav><article><h1>近江町市場に冬の味覚　カニ求め買い物客</h1>"
            + "".join(f"<p>{p}</p>" for p in JA_STORY)
            + "".join(f"<figure><img src='/p{i}.jpg'><figcaption>{c}</figcaption></figure>" for i, c in enumerate(JA_CAPTIONS))
            + "</article><footer>© 北陸日日新聞社</footer></body></html>")
    lines = body_lines(html)
    assert lines[-len(JA_STORY):] == JA_STORY and not any(caption in lines for caption in JA_CAPTIONS)


def test_image_and_one_caption_in_bare_divs_is_a_figure() -> None:
    figure = f"<div class='css-a1'><img src='/x.jpg'><div class='css-b2'>{CAPTION}</div></div>"
    lines = body_lines(article(extra=figure))
    assert CAPTION not in lines and PROSE[-1] in lines


@pytest.mark.parametrize(
    "image", ["<img src='/a.jpg' class='avatar'>", "<img src='/a.jpg' width='48' height='48'>"]
)
def test_answer_beside_an_avatar_is_not_a_caption(image: str) -> None:
    answer = "Usually yes, if the radiators are big enough for the rooms they heat."
    lines = body_lines(article(extra=f"<div class='qa'>{image}<div>{answer}</div></div>"))
    assert answer in lines


def test_quote_card_beside_a_portrait_stays() -> None:
    quote = "“People think it's lonely. It's the least lonely place I know.”"
    lines = body_lines(article(extra=f"<div class='card'><img src='/p.jpg'><div>{quote}</div></div>"))
    assert quote in lines


def test_a_table_in_a_figure_and_a_quote_s_footer_are_the_article_s() -> None:
    """WordPress wraps every table in `figure.wp-block-table`, and a quote names its speaker in
    a <footer> inside the <blockquote>: neither is a picture's figure nor the page's footer."""
    table = ("<figure class='wp-block-table'><table><tr><th>Parish</th><th>Band D</th></tr>"
             "<tr><td>Ashby Moor</td><td>£2,231</td></tr><tr><td>Low Bradfield</td><td>£2,104</td></tr></table></figure>")
    quote = "<blockquote><p>“The roof will not fix itself.”</p><footer>Parish clerk Ruth Ibbotson</footer></blockquote>"
    lines = body_lines(article(extra=table + quote))
    assert "| Ashby Moor | £2,231 |" in lines and "Parish clerk Ruth Ibbotson" in lines
    assert "Copyright 2024 Daily Site Media Group, all rights reserved worldwide." not in lines


def test_teaser_named_standfirst_without_a_link_stays_and_teaser_box_goes() -> None:
    standfirst = "The council has approved the rebuilding of the bridge by eleven votes to nine."
    teaser = "<div class='teaser'><a href='/x'>Old bridge closed</a><p>The crossing shut in 2019 after an inspection.</p></div>"
    html = article(extra=teaser).replace("</h1>", f"</h1><div class='field-teaser-text'><p>{standfirst}</p></div>")
    lines = body_lines(html)
    assert standfirst in lines and "The crossing shut in 2019 after an inspection." not in lines


KICKER_DEK = "Eleven votes to nine for the new bridge. Work starts in March and lasts eighteen months."


ONE_SENTENCE = "The council approved the rebuilding of the bridge on Tuesday night."


@pytest.mark.parametrize(("dek", "text", "kept"), [
    (f"<p class='occhiello'>{KICKER_DEK}</p>", KICKER_DEK, True),
    (f"<div class='article-kicker'><p>{KICKER_DEK}</p></div>", KICKER_DEK, True),
    ("<p class='occhiello'>Council</p>", "Council", False),  # a topic label
    (f"<p class='occhiello'>{ONE_SENTENCE}</p>", ONE_SENTENCE, False),
    (f"<p class='occhiello'><a href='/bridge'>{KICKER_DEK}</a></p>", KICKER_DEK, False),
])
def test_kicker_named_standfirst_of_sentences_under_the_headline_stays(dek: str, text: str, kept: bool) -> None:
    """Italian sites name the summary under the title "occhiello", as they name the label over it:
    a kicker-named block right under the headline holding two sentences is the standfirst
    (kickers.standfirst_kickers); a label, one sentence or a link stays furniture."""
    lines = body_lines(article().replace("</h1>", "</h1>" + dek))
    assert (text in lines) is kept and lines[-len(PROSE):] == PROSE


def test_kicker_named_block_of_sentences_over_the_headline_goes() -> None:
    lines = body_lines(article().replace("<h1>", f"<p class='surtitre'>{KICKER_DEK}</p><h1>"))
    assert KICKER_DEK not in lines


def test_unclosed_ad_box_keeps_the_paragraphs_it_swallowed() -> None:
    first, rest = PROSE[:2], PROSE[2:]
    html = (
        "<html><body><div id='story'><h1>Bridge to be rebuilt</h1>"
        + "".join(f"<p>{p}" for p in first)
        + "<div class='ad-slot'><span>Advertisement</span>"
        + "".join(f"<p>{p}" for p in rest)
        + "</div></body></html>"
    )
    lines = body_lines(html)
    assert all(p in lines for p in PROSE)


@pytest.mark.parametrize("hiding", ["style='display:none'", "hidden"])
def test_the_article_s_rest_hidden_behind_read_more_stays_and_a_hidden_dialog_goes(hiding: str) -> None:
    dialog = "<p>Your session has expired after a long period of inactivity.</p><p>Please sign in again to continue reading.</p>"
    html = (
        f"<html><body><div class='story'><h1>Bridge to be rebuilt</h1><div class='login-dialog' {hiding}>{dialog}</div>"
        + "".join(f"<p>{p}</p>" for p in PROSE[:2])
        + f"<div class='rest' {hiding}>" + "".join(f"<p>{p}</p>" for p in PROSE[2:]) + "</div>"
        + "<button>Read more</button></div></body></html>"
    )
    lines = body_lines(html)
    assert all(p in lines for p in PROSE) and not any("session" in line for line in lines)


def test_an_article_in_a_declarative_shadow_root_is_read_and_a_script_template_is_not() -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    share = "<x-share><template shadowrootmode='open'><div class='share'>Share this article</div></template></x-share>"
    html = (f"<html><body><nav><a href='/'>Home</a></nav><news-article><template shadowrootmode='open'><article>"
            f"<h1>Bridge to be rebuilt</h1>{body}{share}</article></template></news-article>"
            "<template id='card'><p>A teaser card the scripts fill in and never show as it is.</p></template></body></html>")
    assert body_lines(html) == PROSE


def test_an_article_only_in_noscript_is_read_and_a_shown_article_ignores_noscript() -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    gtm = "<noscript><iframe src='https://www.googletagmanager.com/ns.html'></iframe></noscript>"
    shell = (f"<html><body>{gtm}<div id='app'><div class='loading'>Loading…</div></div>"
             f"<noscript><div><h1>Bridge to be rebuilt</h1>{body}</div></noscript></body></html>")
    assert body_lines(shell)[-len(PROSE):] == PROSE
    note = "<noscript><p>Please turn on JavaScript to watch the council's video of the vote on the bridge.</p></noscript>"
    assert body_lines(article(extra=note)) == PROSE


def test_post_heading_replaces_a_logo_h1() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    html = (
        "<html><head><title>Daily Site</title></head><body><div id='header'><h1><a href='/'>Daily Site</a></h1></div>"
        f"<div class='post'><h2><a href='/bridge'>Council votes to rebuild the old bridge</a></h2>"
        f"<div class='entry'>{paragraphs}</div></div></body></html>"
    )
    assert read_html(html, "p").meta["title"] == "Council votes to rebuild the old bridge"


def test_a_heading_whose_class_says_header_is_a_heading():
    """Substack's "header-anchor-post", a theme's "section-header": a subheading, not a page header."""
    paragraphs = "".join(f"<p>Paragraph {n} of the article, long enough to count as prose here.</p>" for n in range(4))
    page = (f'<html><body><article><h1>Title of the post</h1>{paragraphs[:150]}<h2 class="header-anchor-post">The numbers'
            f'<div class="header-anchor-parent"><a href="#n">§</a></div></h2>{paragraphs}</article></body></html>')
    lines = read_html(page, "page.html").text.splitlines()
    assert "The numbers" in lines and "§" not in lines


def test_a_line_without_a_letter_or_digit_goes():
    """A callout's emoji, a "* * *" break, an anchor's "§": no words, no line; a time stamp stays."""
    paragraphs = "".join(f"<p>Paragraph {n} of the article, long enough to count as prose here.</p>" for n in range(4))
    page = (f'<html><body><article><h1>Title of the post</h1>{paragraphs}<div class="callout"><div>💡</div>'
            f"<div>The shop opens at seven.</div></div><p>* * *</p><p>13.05</p>{paragraphs}</article></body></html>")
    lines = read_html(page, "page.html").text.splitlines()
    assert "💡" not in lines and "* * *" not in lines
    assert "The shop opens at seven." in lines and "13.05" in lines


def _lines_under_headline(block: str) -> list[str]:
    """The reader's lines of a page holding a headline and `block` in a <div>, the title apart."""
    doc = read_html(f"<html><head><title>x</title></head><body><h1>Hosepipe ban lifted</h1><div>{block}</div></body></html>", "p")
    return doc.text.splitlines()[1:]


def test_hard_wrapped_line_goes_on_into_a_line_opening_on_a_number() -> None:
    """A wrapped sentence whose next line opens on a number it reads on into ("resurfaced in<br>12
    weeks' time", "the<br>2027 precept") is one line; lines that each open on a number stay a list."""
    wrapped = ("The parish council agreed its budget for the coming year after a long talk about the<br>\n"
               "2027 precept, which will rise by four percent for a band D property, and said the path will be resurfaced in<br>\n"
               "12 weeks' time.<br>\n1 Mill Lane resurfacing starts in March and runs to April<br>\n2 Church path works begin in May")
    assert _lines_under_headline(wrapped) == [
        "The parish council agreed its budget for the coming year after a long talk about the 2027 precept, which will "
        "rise by four percent for a band D property, and said the path will be resurfaced in 12 weeks' time.",
        "1 Mill Lane resurfacing starts in March and runs to April", "2 Church path works begin in May"]


def test_hard_wrapped_text_is_one_line_per_paragraph_again() -> None:
    """Text pasted hard-wrapped, a <br> ending each line: a long line with no sentence end goes on
    in the next one when that opens with a lowercase word (splits._wrapped); a list of lines
    opening with numbers ("3a etapa") and a short bold subheading stay lines of their own."""
    wrapped = ("The regional water company has lifted the hosepipe ban that has been<br>\n"
               "in force across the county since the beginning of July, after three<br>\n"
               "weeks of heavy rain refilled its reservoirs.<br>\n<br>\n"
               "<b>Reservoirs</b><br>\nLevels now stand at 82 per cent of capacity, the company said on Friday.<br>\n"
               "2a etapa: 8 de abril – Curitiba / Alternativa<br>\n3a etapa: 22 de abril – Velopark")
    assert _lines_under_headline(wrapped) == [
        "The regional water company has lifted the hosepipe ban that has been in force across the county "
        "since the beginning of July, after three weeks of heavy rain refilled its reservoirs.",
        "Reservoirs", "Levels now stand at 82 per cent of capacity, the company said on Friday.",
        "2a etapa: 8 de abril – Curitiba / Alternativa", "3a etapa: 22 de abril – Velopark"]


@pytest.mark.parametrize("icon", [
    '<i class="fa fa-external-link" aria-hidden="true"></i>', '<span class="ico" aria-hidden="true"><svg><use href="#i"/></svg></span>',
    '<span class="icon" hidden></span>',
])
def test_an_icon_hidden_in_a_sentence_does_not_break_its_line(icon: str) -> None:
    """An icon font's <i> or an svg's holder hidden from readers, inside a sentence or a link of it,
    holds no text: it ended the line there, and a short linked half went as a link line."""
    prose = ("<p>Mestna občina je v torek predstavila nov načrt prometne ureditve središča, ki ga bodo začeli "
             "izvajati spomladi, ko se bodo končala dela na vodovodu.</p>")
    page = (f"<html><head><title>Promet</title></head><body><article><h1>Promet</h1>{prose}<p>Celotno poročilo "
            f'<a href="/p.pdf">je objavljeno na spletni strani {icon}</a> občine.</p>{prose}</article></body></html>')
    assert "\nCelotno poročilo je objavljeno na spletni strani občine.\n" in read_html(page, "x").text


def test_hidden_text_in_a_sentence_still_goes() -> None:
    page = ('<html><body><article><h1>Promet</h1><p>Ocena bralcev <span aria-hidden="true">★★★★</span> je bila visoka, '
            "saj so načrt podprli skoraj vsi, ki so odgovorili na anketo.</p></article></body></html>")
    assert "★" not in read_html(page, "x").text


@pytest.mark.parametrize("note", ['<span class="sr-only">(opens in a new window)</span>',
                                  '<span class="visually-hidden focusable">(PDF, 2 MB)</span>'])
def test_a_screen_reader_note_in_a_sentence_goes_and_its_sentence_stays_one_line(note: str) -> None:
    """Text clipped off the screen for screen readers (html.toml's screen_reader_classes) inside a
    link: its words go, and the sentence around it is read on in its line."""
    prose = ("<p>The council published its new traffic plan for the town centre on Tuesday, and work on the "
             "first streets begins in the spring once the water mains are replaced.</p>")
    page = (f"<html><head><title>Traffic</title></head><body><article><h1>Traffic</h1>{prose}<p>The full report "
            f'<a href="/r.pdf">is on the council\'s website {note}</a> for anyone.</p>{prose}</article></body></html>')
    text = read_html(page, "x").text
    assert "\nThe full report is on the council's website for anyone.\n" in text and "(" not in text


@pytest.mark.parametrize("name", ["hozzaszolasok", "kommentarer", "komentare", "komentari", "kommentit", "comentarii"])
def test_a_comment_box_named_in_its_site_s_language_goes(name: str) -> None:
    prose = ("<p>The council published its new traffic plan for the town centre on Tuesday, and work on the "
             "first streets begins in the spring once the water mains are replaced.</p>")
    comments = (f'<div class="{name}"><div class="item"><b>reader77</b><p>Finally some sense from the town hall, '
                "although the buses will still be late every single morning as they always are.</p></div></div>")
    page = f"<html><head><title>Traffic</title></head><body><article><h1>Traffic</h1>{prose}{prose}{comments}</article></body></html>"
    text = read_html(page, "x").text
    assert "town centre" in text and "Finally some sense" not in text and "reader77" not in text


def test_an_opinion_piece_named_with_a_singular_commentary_word_stays() -> None:
    """Czech "komentar", German "Kommentar" also name an opinion column: only plurals are comment boxes."""
    prose = "".join(f"<p>The minister's plan for the railways is {w}, and the opposition said so in parliament on Monday.</p>"
                    for w in ("bold", "costly", "late"))
    page = f'<html><head><title>Rail</title></head><body><article class="komentar"><h1>Rail</h1>{prose}</article></body></html>'
    assert "costly" in read_html(page, "x").text
