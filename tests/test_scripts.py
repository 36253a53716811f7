"""Scraped news pages in scripts and languages the rules were not written for.

fixtures/scripts/<lang>.txt are hand-written pages (invented towns, people and sites) in Arabic,
Hebrew, Russian, Ukrainian, Greek, Turkish, Polish, Chinese, Japanese, Korean, Thai and Hindi, with
the junk scrapers keep: a menu, a byline and date, a tweet embed, a share row in Latin script,
related links, a copyright footer. Word counting and stopwords do not fit these scripts the way
they fit English, so the risk is a scorer that wipes the article, or Latin junk that stays.

Expected outputs in fixtures/scripts/expected/ were reviewed by eye and exist only for the pages the
tool gets right; the pages without one fail in a known way, pinned by the xfail tests below
(a golden file that preserved the failure would bless it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.pipeline import clean_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "scripts"
PAGES = sorted(FIXTURES.glob("*.txt"))
GOLDEN = sorted((FIXTURES / "expected").glob("*.txt"))

# The headline, then the start of every article paragraph, of each page: all must be kept.
ARTICLE = {  # fmt: skip
    "ar": ['افتتاح أكبر محطة لتحلية المياه على ساحل البحر الأحمر', 'افتتحت الحكومة صباح الأر', 'وقال وزير المياه في كلمة', 'وأضاف الوزير أن تكلفة ال', 'ويرى خبراء أن المحطة ستخ', 'وأكدت الوزارة أنها ستنشر'],
    "el": ['Νέο λιμάνι κρουαζιέρας στη Νάξο μέχρι το 2027', 'Το Υπουργείο Ναυτιλίας ε', 'Σύμφωνα με τη μελέτη, το', 'Ο δήμαρχος δήλωσε ότι το', 'Οι εργασίες αναμένεται ν'],
    "he": ['רכבת קלה חדשה תחבר בין שלוש ערים בצפון', 'משרד התחבורה אישר הבוקר ', 'לפי התוכנית, העבודות יתח', 'ראש העירייה אמר כי מדובר', 'תושבים בשכונות שלאורך הת'],
    "hi": ['सूरजपुर में खुला राज्य का सबसे बड़ा सौर ऊर्जा संयंत्र', 'सूरजपुर जिले में बुधवार ', 'ऊर्जा मंत्री ने बताया कि', 'स्थानीय किसानों ने कहा क', 'अधिकारियों के अनुसार अगल'],
    "ja": ['北浜市で新しい図書館が開館、蔵書は30万冊', '北浜市の新しい中央図書館が9日、開館した。蔵書数', '新図書館は地上4階建てで、子ども向けの読み聞かせ', '市長は開館式で「多くの市民に気軽に立ち寄ってもら', '開館時間は午前9時から午後8時までで、毎週月曜日'],
    "ko": ['해솔시, 도심 하천 복원 공사 마무리', '해솔시는 도심을 가로지르는 청류천 복원 공사', '복원 구간은 약 3.5킬로미터로, 콘크리트로', '시장은 개방 행사에서 "시민들이 도심 한가운', '시는 앞으로 하천 주변에 나무 2천 그루를 '],
    "pl": ['W Żywcu otwarto nowy park nad jeziorem', 'W piątek w Żywcu oddano ', 'Inwestycja kosztowała 18', '– To miejsce dla wszystk', 'Park będzie otwarty codz'],
    "ru": ['В Новоозёрске открыли первый в регионе мост для велосипедистов', 'В среду в Новоозёрске то', 'Строительство моста нача', '«Теперь дорога до работы', 'Зимой мост будут очищать'],
    "th": ['เปิดสะพานข้ามแม่น้ำแห่งใหม่ในจังหวัดริมธาร', 'จังหวัดริมธารเปิดใช้สะพา', 'ผู้ว่าราชการจังหวัดกล่าว', 'ชาวบ้านในพื้นที่ต่างมาร่', 'ทางจังหวัดจะเปิดให้รถบรร'],
    "tr": ["İzmir'de deniz otobüsü seferleri yeniden başladı", "İzmir Körfezi'nde iki ay", 'Bakım sırasında gemileri', 'Belediye başkanı, "Körfe', 'Bilet fiyatlarında ise b'],
    "uk": ['У Черешневому відкрили оновлену бібліотеку з коворкінгом', 'Центральна бібліотека Че', 'Ремонт коштував 36 млн г', '«Ми хочемо, щоб бібліоте', 'Бібліотека працюватиме щ'],
    "zh": ["青石市首条无人驾驶公交线路正式开通", "3月8日上午，青石市首条无人驾驶公交线路正式开通运营。", "据市交通局介绍，线路首批", "市民王女士说：", "交通局表示，试运行期间"],
}

# Latin-script junk in every page: share rows, the tweet's link and attribution, the footer.
LATIN_JUNK = ["pic.twitter.com", "(@", "Share", "Facebook", "Twitter", "WhatsApp", "©", "Copyright"]
# Known failures (see the module docstring): the page's headline is lost. (None now: the zh and
# th headlines, repeated inside their lead sentence, went as fragments of it until the first
# line standing alone without a sentence mark was kept as the headline, dedup/document.py.)
HEADLINE_LOST: dict[str, str] = {}
# A byline that is a bare name (no "By:" label) goes once the scorer finds the body under it:
# Turkish and Polish prose scored near its threshold (few free-standing function words) until the
# stopword share was lifted to the page's own sentences (prose.stopword_lift).
BARE_BYLINE = {"pl": "Marta Nowak", "tr": "Elif Yıldız"}
# Known failures: in Thai, the name has no capitals, which title.py needs to see a name.
BYLINE_KEPT = {"th": "สมชาย ใจดี"}


def _clean(text: str) -> str:
    return clean_text(text).text


def test_every_script_has_a_page():
    assert [p.stem for p in PAGES] == sorted(ARTICLE)
    assert {p.name for p in GOLDEN} <= {p.name for p in PAGES}
    assert len(GOLDEN) >= 8


@pytest.mark.parametrize("page", GOLDEN, ids=lambda p: p.stem)
def test_page_cleans_to_its_reviewed_output(page: Path):
    assert _clean((FIXTURES / page.name).read_text(encoding="utf-8")) == page.read_text(encoding="utf-8")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_article_kept_and_latin_junk_gone(page: Path):
    source = page.read_text(encoding="utf-8")
    cleaned = _clean(source)
    for start in ARTICLE[page.stem][1:]:
        assert start in source and start in cleaned, f"{page.stem}: article text lost: {start!r}"
    assert sum(junk in source for junk in LATIN_JUNK) >= 5
    for junk in (j for j in LATIN_JUNK if j in source):
        assert junk not in cleaned, f"{page.stem}: junk kept: {junk!r}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_headline_opens_the_output(page: Path):
    if page.stem in HEADLINE_LOST:
        pytest.xfail(HEADLINE_LOST[page.stem])
    assert _clean(page.read_text(encoding="utf-8")).startswith(ARTICLE[page.stem][0] + "\n\n")


@pytest.mark.parametrize("stem", sorted(HEADLINE_LOST))
@pytest.mark.xfail(strict=True, reason="known failure, see HEADLINE_LOST")
def test_known_failure_headline(stem: str):
    assert _clean((FIXTURES / f"{stem}.txt").read_text(encoding="utf-8")).startswith(ARTICLE[stem][0] + "\n\n")


@pytest.mark.parametrize("stem", sorted(BARE_BYLINE))
def test_a_bare_name_byline_under_the_headline_goes(stem: str):
    assert BARE_BYLINE[stem] not in _clean((FIXTURES / f"{stem}.txt").read_text(encoding="utf-8"))


# Lines inserted into those pages' bodies: a subheading before the third paragraph, a one-line
# quote before the last. Finding the body must not cost these (they score far under prose).
SHORT_LINES = {
    "pl": [("– To miejsce dla wszystkich", "Nowe atrakcje"), ("Park będzie otwarty", "– Nareszcie! – mówili spacerowicze.")],
    "tr": [("Belediye başkanı,", "Yeni rampalar"), ("Bilet fiyatlarında", '"Çok memnunuz" dedi bir yolcu.')],
}


@pytest.mark.parametrize("stem", sorted(SHORT_LINES))
def test_short_lines_inside_the_body_stay_when_the_bare_byline_goes(stem: str):
    source = (FIXTURES / f"{stem}.txt").read_text(encoding="utf-8")
    for before, line in SHORT_LINES[stem]:
        assert source.count("\n" + before) == 1
        source = source.replace("\n" + before, "\n" + line + "\n" + before)
    cleaned = _clean(source)
    assert BARE_BYLINE[stem] not in cleaned
    for before, line in SHORT_LINES[stem]:
        assert "\n" + line + "\n" in cleaned and before in cleaned


@pytest.mark.parametrize("stem", sorted(BYLINE_KEPT))
@pytest.mark.xfail(strict=True, reason="known failure, see BYLINE_KEPT")
def test_known_failure_bare_byline(stem: str):
    assert BYLINE_KEPT[stem] not in _clean((FIXTURES / f"{stem}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_cleaning_is_idempotent_and_deterministic(page: Path):
    source = page.read_text(encoding="utf-8")
    once = _clean(source)
    assert _clean(source) == once
    assert _clean(once) == once
