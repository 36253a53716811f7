"""Pages in languages no rule file knows: the cues that hold whatever the language.

A "read also" link inside the article goes by its shape (rules/links.py, score.inline-link): a
label and a colon over a headline, alone between two of the article's paragraphs, or with its
headline repeated as a line of its own on the page. An Armenian page typed with a plain colon
for its full stop has sentences (rules/prose.py); a date known by its shape under a short
headline is the byline's (date_lines.calendar_date); a newsletter or comment box goes by its shape
(rules/forms.py, score.form-box): a heading, one or two sentences that name nothing of the
article, then a field and a button; on a page whose language has no stopword list, a
related-links box inside the article goes and the article goes on under it (links.related_run).
A comment thread under a counted label no rule knows closes the article (closers._thread_below).
Fixtures: fixtures/general mk_1, is_1, ka_1, mt_1, ps_1, si_1, hy_1, hy_2, af_1, is_2, ka_2, ka_3, kk_1,
ta_11, bn_12, hi_13, am_12, am_13, zu_11, zu_12, lo_11,
km_11, km_12, th_13.
"""

from __future__ import annotations

from cleaner import clean_text
from cleaner.rules.prose import paragraph_signals
from cleaner.rules.settings import load_settings
from cleaner.rules.date_lines import calendar_date
from cleaner.rules.shapes import name_like
from cleaner.segment import segment
from cleaner.types import Document
from shape_support import page as _page
from shape_support import rules as _rules

LINK = "Прочитај и: Синдикатите најавија нов протест пред Собранието"


def test_a_link_between_two_paragraphs_goes_by_its_shape():
    rules = _rules(_page("mk_1.txt"))
    assert rules[LINK] == "score.inline-link"


def test_a_link_whose_headline_the_page_repeats_goes_beside_a_subheading():
    """Under a subheading (no paragraph right above it), the shape alone is no evidence; the
    related headlines repeating the link's headline are."""
    page = _page("mk_1.txt").replace(LINK, "Реакции\n" + LINK)
    assert _rules(page).get(LINK) == "score.inline-link"
    alone = page.replace("Синдикатите најавија нов протест пред Собранието\nМинималната", "Минималната")
    assert LINK in clean_text(alone).text.splitlines()


def test_a_brief_s_headline_whose_label_the_text_below_names_stays():
    """A page of news briefs: "Narbonne : cambriolage dans une pharmacie" between two briefs has
    the shape of a "read also" link, but its label is the place the brief below names; a "read
    also" label is not written in the text with its capitals (fixture fr_97)."""
    page = _page("fr_97.txt")
    assert "Narbonne : cambriolage dans une pharmacie" in clean_text(page).text.splitlines()
    unnamed = page.replace("commissariat de Narbonne", "commissariat de la ville")
    assert "Narbonne : cambriolage dans une pharmacie" not in clean_text(unnamed).text.splitlines()


def test_every_label_and_colon_shape_takes_the_same_colons():
    """The "read also" link, the label inside the body and the credit's label share one colon
    (links.LABEL_COLON): the credit took the Ethiopic wordspace and not Khmer's ៖ nor Armenian's
    ՝, the link the reverse, and an Amharic "read also" link stayed mid-article. The wordspace
    between words with no space (older Amharic prints every word break so) ends no label."""
    from cleaner.rules.blocks import _LABELLED
    from cleaner.rules.credit import _LABEL_COLON
    from cleaner.rules.links import _LINK

    for colon in (":", "：", "៖", "՝", "፦", "፡"):
        line = f"Label word{colon} Headline of a related story"
        for shape in (_LINK, _LABELLED, _LABEL_COLON):
            assert shape.match(line), (colon, shape.pattern)
    for shape in (_LINK, _LABELLED, _LABEL_COLON):
        assert not shape.match("ብሂል፡ጥበብ፡ትቀድም፡ለኵሉ፡ግብር"), shape.pattern
    page = _page("am_12.txt").replace("ተጨማሪ ያንብቡ፡", "ይህንንም ይመልከቱ፡")  # a label am.toml does not know
    rules = _rules(page)
    assert rules["ይህንንም ይመልከቱ፡ የታክሲ ታሪፍ ከሚቀጥለው ወር ጀምሮ ይጨምራል"] == "score.inline-link"
    assert "ብሂል፡ጥበብ፡ትቀድም፡ለኵሉ፡ግብር" in clean_text(_page("am_13.txt")).text


def test_a_label_after_a_clause_and_a_comma_goes_only_when_its_headline_is_repeated():
    """"Ukuba unomdla, funda nale: <headline>" (Xhosa, "if you are interested, read this too")
    is a link when the related headlines repeat its headline; "Place, event: detail" is the
    shape of a headline or a subheading too, and alone between two paragraphs it stays."""
    page = _page("xh_1.txt").replace("Funda nale:", "Ukuba unomdla, funda nale:")
    assert _rules(page)["Ukuba unomdla, funda nale: Ipetroli iza kwehla ngeesenti ezingama-40"] == "score.inline-link"
    alone = page.replace("Ipetroli iza kwehla ngeesenti ezingama-40\nAbafundi", "Abafundi")
    assert "Ukuba unomdla, funda nale:" in clean_text(alone).text
    subheading = "Emgwaqweni omusha, izinkinga ezintathu: ukuminyana, izindleko nokuphepha"
    assert subheading in clean_text(_page("zu_12.txt")).text
    repeated = _page("zu_12.txt").replace("Yabelana", "ukuminyana, izindleko nokuphepha\nYabelana")
    assert subheading not in clean_text(repeated).text  # the trade-off: the page repeats its words


def test_labelled_rows_credits_and_sentences_stay():
    """A list of "Label: value" rows has no paragraph on both sides of each row; a credit's value
    is too short for a headline; a sentence ending on a full stop is the article's."""
    page = _page("mk_1.txt")
    rows = "Патека А: Исланд, Бугарија, Израел, Унгарија\nПатека Б: Босна, Словачка, Ирска, Норвешка"
    for line in (rows, "Соработник: Ана Петровска", "Министерката: Ова е само првиот чекор кон поголеми пензии."):
        kept = clean_text(page.replace(LINK, line)).text
        assert all(part in kept for part in line.splitlines()), line


def test_an_armenian_colon_ends_a_sentence_a_latin_label_colon_does_not():
    signals = paragraph_signals("Քաղաքապետարանը խոստացել է, որ լսումները տեղի կունենան մինչև տարեվերջ:", frozenset())
    assert signals["ends_sentence"] == 1.0
    assert paragraph_signals("The ministry listed three reasons:", frozenset())["ends_sentence"] == 0.0


def test_the_armenian_page_finds_its_body():
    kept = clean_text(_page("hy_1.txt")).text.splitlines()
    assert kept[0] == "Երևանում կառուցվելու է նոր կամուրջ Հրազդանի վրայով"
    assert kept[-1] == "Քաղաքապետարանը խոստացել է, որ լսումները տեղի կունենան մինչև տարեվերջ:"


def test_a_date_is_known_by_its_shape_in_any_calendar_and_digits():
    s = load_settings().scorer

    def dated(line: str) -> bool:
        doc = segment(Document(id="d", text=line))
        doc.paragraphs[0].signals.update(paragraph_signals(line, frozenset()))
        return calendar_date(doc, doc.paragraphs[0], s)

    for line in ("Դեկտեմբերի 5, 2026", "04.12.2026", "۱۴ قوس ۱۴۰۵", "मंसिर १९, २०८३", "ဒီဇင်ဘာ ၄၊ ၂၀၂၆"):
        assert dated(line), line
    for line in ("Сезона 2026 во бројки и табели", "Тел. 2345 6789", "Дел 4: 1200 нови станови"):
        assert not dated(line), line


def test_words_in_scripts_written_without_spaces_are_counted_by_characters():
    """Thai, Lao, Khmer and Myanmar put spaces between phrases: a link's headline of one or two
    chunks has several words ("ອ່ານຕື່ມ: ລາຄານໍ້າມັນ ຫຼຸດລົງອີກ" stayed mid-article), a headline of
    two chunks is no name when a chunk runs longer than a name's, and a date written with its
    words is counted by its tokens, as a removed one is (a kept "ថ្ងៃសុក្រ ទី០៥ ខែធ្នូ ឆ្នាំ២០២៦"
    had no figure among its words counted by characters)."""
    s = load_settings().scorer

    def measured(line: str):
        settings = load_settings()
        doc = segment(Document(id="d", text=line))
        doc.paragraphs[0].signals.update(paragraph_signals(line, frozenset(), settings.cjk, settings.unspaced))
        return doc, doc.paragraphs[0]

    assert calendar_date(*measured("ថ្ងៃសុក្រ ទី០៥ ខែធ្នូ ឆ្នាំ២០២៦"), s)
    assert not calendar_date(*measured("ราคาทองปี 2569 พุ่งสูงสุดในรอบสิบปี"), s)
    assert name_like(*measured("สมชาย ใจดี"), s) and name_like(*measured("วรรณา ศรีสุวรรณวงศ์"), s)
    assert not name_like(*measured("ວຽງຈັນ ເປີດຕະຫຼາດກາງຄືນແຫ່ງໃໝ່"), s)
    page = _page("km_11.txt").replace("អានបន្ថែម៖", "សូមអានផងដែរ៖")  # a label km.toml does not know
    assert _rules(page)["សូមអានផងដែរ៖ កសិករខេត្តបាត់ដំបងចាប់ផ្តើមប្រមូលផលស្រូវប្រាំង"] == "score.inline-link"
    assert clean_text(_page("lo_11.txt")).text.startswith("ວຽງຈັນ ເປີດຕະຫຼາດກາງຄືນແຫ່ງໃໝ່\n")



def test_a_lao_closing_sentence_without_a_stop_mark_is_known_by_its_particles():
    """Lao writes no full stop: a ten-word closing sentence ends like one by its glued function
    words, which counted Thai's counterparts alone ("ຄວາມ", one in ten) and left out "ຍັງ", "ຕໍ່",
    "ຕາມ" (scorer.toml [unspaced]): the sentence went as the page's. A headline and a link's
    title, which drop them, still end like none."""
    settings = load_settings()

    def ends(line: str) -> float:
        return paragraph_signals(line, frozenset(), settings.cjk, settings.unspaced)["ends_sentence"]

    assert ends("ຊາວບ້ານຍັງສືບຕໍ່ຊ່ວຍກັນ ທຳຄວາມສະອາດຕາມຖະໜົນ") == 1.0
    assert ends("ຫຼວງພະບາງ ແຈກຢາຍນ້ຳດື່ມສະອາດໃຫ້ຊາວບ້ານ") == 0.0
    assert ends("ວຽງຈັນ ເປີດຕະຫຼາດກາງຄືນແຫ່ງໃໝ່") == 0.0
    assert clean_text(_page("lo_323.txt")).text.endswith("ທຳຄວາມສະອາດຕາມຖະໜົນ\n")

PITCH = "Skráðu þig á fréttabréfið okkar og fáðu helstu fréttir dagsins í pósthólfið á hverjum morgni."


def test_a_box_whose_pitch_names_nothing_of_the_article_goes():
    rules = _rules(_page("is_2.txt"))
    for line in ("Fréttabréf", PITCH, "Netfang", "Skrá mig"):
        assert rules[line] == "score.form-box", line


def test_a_section_whose_sentence_names_the_article_subject_stays():
    """The same shape, a subheading over a sentence about the article's buses, stays."""
    sentence = "Strætó mun kynna nýju leiðirnar á fundi með farþegum í janúar."
    kept = clean_text(_page("is_2.txt").replace(PITCH, sentence)).text
    assert sentence in kept and "Fréttabréf" in kept


def test_without_a_heading_the_last_sentences_over_labels_stay():
    """An article's closing sentences over a share label and a "more news" heading no rule
    knows, as the Amharic page ends (fixtures/general am_1), have no heading over them."""
    page = _page("is_2.txt").replace("Fréttabréf\n", "")
    assert PITCH in clean_text(page).text


RELATED = ["Тақырыпқа қатысты", "Астық бағасы төмендеді", "Элеваторлар толып кетті", "Фермерлерге жеңілдетілген несие беріледі"]


def test_a_related_box_inside_an_unlisted_article_goes_and_the_article_goes_on():
    page = _page("kk_1.txt")
    rules = _rules(page)
    assert [rules[line] for line in RELATED] == ["score.related-box"] * len(RELATED)
    assert clean_text(page).text.rstrip().endswith("Иран арқылы жаңа бағыт ашуды жоспарлап отыр.")


def test_a_list_of_facts_under_a_label_is_no_related_box():
    """A match's facts under "Goals:" (figures, "Label: value" rows) are the article's."""
    facts = ["24. Ахметов, 38. Сейтов, 63. Нұрланов", "Төреші: Ерланов, Бекұлы", "Көрермендер: 8 214"]
    page = _page("kk_1.txt").replace("\n".join(RELATED[1:]), "\n".join(facts)).replace(RELATED[0], "Голдар:")
    kept = clean_text(page).text
    assert all(line in kept for line in facts)


def test_a_counted_label_over_a_thread_closes_the_article():
    kept = clean_text(_page("ka_3.txt")).text
    assert "კომენტარები (3)" not in kept and "კარგი ამბავია" not in kept
    assert kept.rstrip().endswith("წლის ბოლომდე კურსი მნიშვნელოვნად არ შეიცვლება.")


def test_a_counted_label_is_read_in_scripts_writing_vowels_as_marks():
    """Devanagari, Bengali, Tamil, Thai and Khmer write vowels and the virama as combining marks:
    a label of letters only ([^\\W\\d_]) stopped at the first mark, and a Tamil thread stayed."""
    from cleaner.rules.closers import _COUNTED

    for label in ("टिप्पणियाँ (3)", "মন্তব্য (২)", "கருத்துகள் (2)", "ความคิดเห็น (2)", "មតិយោបល់ (២)", "კომენტარები (3)"):
        assert _COUNTED.fullmatch(label), label
    for line in ("Komentari 3 (2)", "तीन शब्दों वाला लेबल (4)", "(3)"):
        assert not _COUNTED.fullmatch(line), line
    kept = clean_text(_page("ta_11.txt")).text
    assert "கருத்துகள் (2)" not in kept and "முருகன் க." not in kept


def test_a_counted_label_without_stamps_and_repeated_buttons_closes_nothing():
    """A gallery's "Photos (12)" inside an article heads no thread: no stamp, no repeated button."""
    page = _page("ka_3.txt")
    thread = page[page.index("კომენტარები (3)") : page.index("გამოიწერე")]
    closing = "ანალიტიკოსების პროგნოზით"
    page = page.replace(thread, "").replace(closing, "ფოტოები (12)\nლარის კურსი ბოლო თვეებში რამდენჯერმე შეიცვალა და ბაზარი ამას მშვიდად შეხვდა.\n" + closing)
    kept = clean_text(page).text
    assert "ლარის კურსი ბოლო თვეებში" in kept and closing in kept
