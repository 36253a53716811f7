"""Leftovers of the language probes (helper lg18): a line of one language's furniture whose shape
another language's rule takes, or whose weight cut the article short.

A gallery's headline under a photo kicker ("Foto: <headline>") on a page of a language with no
"Foto:" credit rule of its own (own.restore_kicker_headline), a sports page's "watch live" button
over the line-ups (tr.advertising.watch-live), a Russian wire dateline on its own line
(furniture._agency_dateline), a closing run opening on three words (closing_runs.closing_run), a
Bengali "read also" heading's link (bn.related-links.heading-alone takes it)."""

from __future__ import annotations

from pathlib import Path

from cleaner.config import Config
from cleaner.pipeline import clean_text
from cleaner.rules import RulesConfig

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "general"
GALLERY = (
    "Beranda\n"
    "Foto\n"
    "{top}\n"
    "Galeri Foto | Senin, 7 Desember 2026 | 09:00 WIB\n"
    "Foto 1 dari 3\n"
    "Ratusan nelayan di Pekalongan menggelar tradisi sedekah laut dengan melarung kepala kerbau ke tengah laut.\n"
    "Foto: Rudi Hartono/Suara Pantura\n"
    "Foto 2 dari 3\n"
    "Kapal-kapal nelayan dihias warna-warni sebelum berangkat ke tengah laut.\n"
    "Foto: Rudi Hartono/Suara Pantura\n"
    "Foto 3 dari 3\n"
    "Tradisi ini digelar setiap tahun sebagai ungkapan syukur atas hasil tangkapan.\n"
    "Foto: Rudi Hartono/Suara Pantura\n"
    "Galeri Lainnya\n"
    "© 2026 Suara Pantura\n"
)
HEADLINE = "Foto: Ratusan Nelayan Gelar Sedekah Laut di Pantai Pekalongan"


def test_a_gallery_headline_under_a_photo_kicker_stays() -> None:
    """az/cs/de/es credit rules take "Foto: <anything>"; on an Indonesian page the line under the
    menu with a headline's words after the kicker is the page's title."""
    result = clean_text(GALLERY.format(top=HEADLINE))
    assert result.text.startswith(HEADLINE + "\n\nRatusan nelayan")


def test_a_photo_credit_at_the_top_of_the_page_still_goes() -> None:
    """A credit names its agency or photographer: a slash, or fewer words than a far title."""
    for credit in ("Foto: Rudi Hartono/Suara Pantura", "Foto: Humas Pemkot Pekalongan"):
        result = clean_text(GALLERY.format(top=credit))
        assert credit not in result.text, credit


LINEUPS = "Muhtemel beşler\n\nAnadolu Efes: Larkin, Beaubois, Weiler-Babb, Pleiss, Poirier"
PREVIEW = (
    "Anadolu Efes, EuroLeague'de Real Madrid deplasmanında\n"
    "Anadolu Efes, THY EuroLeague'in 14. haftasında salı akşamı Real Madrid'e konuk olacak. Karşılaşma WiZink Center'da başlayacak.\n"
    "Lacivert-beyazlılar son dört maçından üçünü kazanarak ligde yedinci sıraya yükseldi.\n"
    "Başantrenör maç öncesi yaptığı açıklamada, \"Deplasmanda kazanmak için savunmada çok daha sert olmamız gerekiyor\" dedi.\n"
    "Maçı Canlı İzle\n"
    + LINEUPS.replace("\n\n", "\n") + "\n"
    "Real Madrid: Campazzo, Hezonja, Musa, Tavares, Deck\n"
    "Haberin Devamı İçin Tıklayınız\n"
    "Paylaş\n"
    "En Çok Okunanlar\n"
    "Fenerbahçe Beko'da sakatlık şoku\n"
)


def test_line_ups_under_a_watch_live_button_stay() -> None:
    result = clean_text(PREVIEW)
    assert LINEUPS in result.text and "Canlı İzle" not in result.text


def test_without_the_ad_weight_the_button_cuts_the_line_ups_off(tmp_path) -> None:
    """Without the rule the button is a short line the body ends on, and the line-ups, names and
    no sentence, fall outside it; removed with a menu's weight (navigation) it did the same."""
    config = Config(rules=RulesConfig(disable=("tr.advertising.watch-live",)))
    assert LINEUPS not in clean_text(PREVIEW, config).text


WIRE = (
    "Лента новостей\n"
    "В Самаре открыли новую станцию метро «Театральная»\n"
    "{dateline}\n"
    "В Самаре в понедельник открыли станцию метро «Театральная», строительство которой шло почти десять лет, сообщили в мэрии.\n"
    "Стоимость работ составила 9 миллиардов рублей.\n"
    "{closing}\n"
    "Поделиться\n"
    "ВКонтакте\n"
    "Читайте также\n"
    "В Тольятти открыли новый мост\n"
)
CLOSING = "Сроки пока неизвестны.\nИнтервал движения — шесть минут."


def test_a_wire_dateline_split_from_its_lead_stays_with_or_without_its_stop() -> None:
    """"МОСКВА, 7 дек — РИА Новости." stayed (a caption-like sentence) and the same line without
    its full stop went: glued to the lead it stays, so it does on its own line either way."""
    for dateline in ("САМАРА, 7 дек — РИА Новости", "САМАРА, 7 дек — РИА Новости.", "PARIS, 7 déc – AFP"):
        result = clean_text(WIRE.format(dateline=dateline, closing=CLOSING))
        assert f"«Театральная»\n\n{dateline}\n\nВ Самаре" in result.text, dateline


def test_a_wire_datelines_figure_is_a_decimal_digit() -> None:
    """The dateline's figure is a decimal digit as prose.HAS_DIGIT reads one (any script's): a
    superscript or circled number ("²", "①", which `str.isdigit` takes) is no date."""
    from cleaner.rules.furniture import _agency_dateline

    assert _agency_dateline("PARIS, 7 déc – AFP") and _agency_dateline("МОСКВА, ７ дек — РИА Новости")
    assert not _agency_dateline("PARIS, ² – AFP") and not _agency_dateline("PARIS, ① – AFP")


def test_a_byline_place_and_date_still_go() -> None:
    """No capitals, no dash and agency: a byline's place and date, which go."""
    result = clean_text(WIRE.format(dateline="Самара, 7 декабря", closing=CLOSING))
    assert "Самара, 7 декабря" not in result.text


def test_a_closing_run_may_open_on_a_three_word_sentence() -> None:
    result = clean_text(WIRE.format(dateline="САМАРА, 7 дек — РИА Новости", closing=CLOSING))
    assert result.text.endswith("рублей.\n\n" + CLOSING.replace("\n", "\n\n") + "\n")


def test_a_run_of_short_lines_none_of_closing_length_still_goes() -> None:
    """Two short notices ("Комментарии закрыты." / "Пишите нам.") are no closing run."""
    result = clean_text(WIRE.format(dateline="САМАРА, 7 дек — РИА Новости", closing="Комментарии закрыты.\nПишите нам."))
    assert "Комментарии закрыты." not in result.text and "Пишите нам." not in result.text


MORE = "আরও পড়ুন\nউত্তরায় নতুন বাস টার্মিনাল\n"
# a short gallery under "আরও ছবি" lost its link so too: fixtures/general/bn_304
METRO = (
    "প্রচ্ছদ\n"
    "ঢাকায় মেট্রোরেলের নতুন স্টেশন চালু\n"
    "রাজধানীর মতিঝিল থেকে কমলাপুর পর্যন্ত মেট্রোরেলের নতুন অংশ আজ সকাল থেকে যাত্রী পরিবহন শুরু করেছে বলে জানিয়েছে কর্তৃপক্ষ।\n"
    "{more}"
    "কর্তৃপক্ষ জানিয়েছে, আগামী মাস থেকে ট্রেন চলবে প্রতি আট মিনিট পরপর।\n"
)


def test_a_bengali_read_also_heading_takes_its_link_not_the_article_under_it() -> None:
    """"আরও পড়ুন" / "আরও ছবি" head links on their own lines, as every language's bare heading does
    (takes = "next"); the article's sentence under the link stays."""
    result = clean_text(METRO.format(more=MORE))
    assert "উত্তরায়" not in result.text and "আট মিনিট পরপর।" in result.text



FEATURE = (
    "首页\n"
    "调查｜一条老街的转身：江南古镇夜经济调查\n"
    "入冬以后，浙江南浔古镇的夜游人数不降反升。晚上七点，百间楼沿河的灯笼一盏盏亮起，游船码头前已经排起了长队。\n"
    "一、从“早关门”到“夜营业”\n"
    "过去，古镇商铺大多依靠白天团队游客，傍晚五点关门，夜间街巷冷清。\n"
    "2025年起，镇里投入八千万元改造沿河灯光，新增两条夜间游船线路。\n"
    "相关阅读\n"
    "杭州多地推出冬季夜游线路\n"
    "{heading}\n"
    "改造资金约八千万元，其中省级文旅专项补助占三成，其余由镇财政和国企共同承担。\n"
    "镇文旅办一位负责人说，夜游门票没有上涨，仍为每人六十元。\n"
    "（本文来自潮声新闻，更多原创资讯请下载“潮声新闻”APP）\n"
    "点赞\n"
    "推荐阅读\n"
    "冬季出游安全提示\n"
)


def test_the_next_numbered_section_under_a_related_link_resumes_the_article() -> None:
    """"二、..." under the link, "一、..." kept above it: the article's section, not a teaser; the
    bracketed source note under the last sentence is a rule's removal (zh.credit.source-note)."""
    result = clean_text(FEATURE.format(heading="二、钱从哪里来"))
    assert result.text.endswith("二、钱从哪里来\n\n改造资金约八千万元，其中省级文旅专项补助占三成，其余由镇财政和国企共同承担。\n\n镇文旅办一位负责人说，夜游门票没有上涨，仍为每人六十元。\n")


def test_a_thai_closing_sentence_without_a_stop_is_known_by_its_particles() -> None:
    page = (FIXTURES / "th_319.txt").read_text(encoding="utf-8")
    assert clean_text(page).text.endswith("อาสาสมัครยังต้องช่วยกันขนขยะตามถนนอีกหลายวัน\n")


def test_a_hebrew_closing_sentence_under_a_telegram_call_stays() -> None:
    """"הטלגרם" is "the Telegram": with the article glued on, the call named no network, and the
    four-word sentence under it needed a share line's seven."""
    page = (FIXTURES / "he_319.txt").read_text(encoding="utf-8")
    assert clean_text(page).text.endswith("\n\nהמשחק הבא ייערך ביום חמישי.\n")


def test_a_reporter_s_title_before_the_name_is_a_byline_in_japanese_and_korean() -> None:
    for name, byline in (("ja_319", "経済ニュース 記者 中村浩二"), ("ko_319", "글 한지우 기자 | 사진 한국건설기술연구원 제공")):
        result = clean_text((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))
        assert byline not in result.text, name
