import pytest

from cleaner.errors import InputError
from cleaner.normalize import decode, repair


def test_utf8_is_read_as_is():
    decoded = decode("Corée du Nord « accord »".encode(), "a.txt")
    assert decoded.text == "Corée du Nord « accord »"
    assert decoded.repairs == ()


@pytest.mark.parametrize("text", ["Café", "Le café est très bon à Paris, déjà.", "Über die Straße gehen wir früh.", "Año nuevo, señor"])
def test_latin1_reads_as_latin_text(text):
    decoded = decode(text.encode("latin-1"), "a.txt")
    assert decoded.text == text
    assert decoded.repairs  # the report must say it was not UTF-8


def test_cyrillic_single_byte_is_not_taken_for_latin():
    text = "Привет мир, как дела? Сегодня хорошая погода."
    assert decode(text.encode("cp1251"), "a.txt").text == text


@pytest.mark.parametrize("bom,codec", [(b"\xef\xbb\xbf", "utf-8"), (b"", "utf-16"), (b"", "utf-32")])
def test_byte_order_marks_are_honoured_and_dropped(bom, codec):
    assert decode(bom + "Café".encode(codec), "a.txt").text == "Café"


@pytest.mark.parametrize(
    "data,reason",
    [(b"", "empty"), (bytes(range(256)) * 4, "binary"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary")],
)
def test_bad_bytes_raise_input_error_naming_the_item(data, reason):
    with pytest.raises(InputError) as info:
        decode(data, "corpus/x.txt")
    assert info.value.item == "corpus/x.txt"
    assert reason in info.value.reason


def test_mojibake_is_repaired_and_curly_quotes_kept():
    text, repairs = repair("CafÃ© dâ€™Ã©tÃ©")
    assert text == "Café d’été"
    assert repairs == ("ftfy",)


def test_clean_text_is_not_touched():
    text = "L’été « chaud » — déjà 30 °C. Ça va ?"
    assert repair(text) == (text, ())


def test_decomposed_accents_are_composed():
    text, repairs = repair("Cafe\u0301")
    assert text == "Café" and repairs == ("nfc",)


def test_half_letters_read_as_cp1252_or_latin1_reach_ftfy() -> None:
    """'í' read as cp1252 is 'Ã' and a soft hyphen, 'х' read as Latin-1 is 'Ñ' and a NEL: the
    invisible-character and line-end steps ran first and took the second half away."""
    for word in ("Díaz", "долгих"):
        for codec in ("cp1252", "latin-1"):
            broken = f"El alcalde {word} habló" .encode("utf-8").decode(codec, "replace")
            if "\ufffd" in broken:
                continue
            assert repair(broken)[0] == f"El alcalde {word} habló"


@pytest.mark.parametrize(
    "hyphenated, word",
    [("ch\u00e2\u00adteau", "château"), ("ir\u00admã\u00adzi\u00adnha", "irmãzinha"), ("câ\u00admara", "câmara"),
     ("Å\u00adland", "Åland"), ("Ø\u00adstersund", "Østersund")],
)
def test_soft_hyphen_after_a_letter_that_leads_mojibake_still_goes(hyphenated: str, word: str) -> None:
    """A CMS hyphenates 'châ-teau' with a soft hyphen: kept for ftfy as half a letter, it is no
    half of one ftfy mends, and goes after the repair as every other soft hyphen does."""
    text, repairs = repair(f"Le {hyphenated} du village, vu d’en haut.")
    assert text == f"Le {word} du village, vu d’en haut." and "invisible" in repairs and "ftfy" not in repairs
    assert repair(text) == (text, ())



def test_direction_marks_go_and_joiners_stay() -> None:
    """LRM, RLM and the Arabic letter mark only set where a figure shows ("نشر في: السبت \u200f5
    ديسمبر"): they go, so the rules for date lines and labels see the line; ZWNJ spells Persian."""
    text, repairs = repair("\u200fنشر في: السبت \u200f5 ديسمبر 2026\u200f - 11:20\u061c\nמוערכת בכ-\u200e18\u200e מיליון\nمی\u200cیابد")
    assert text == "نشر في: السبت 5 ديسمبر 2026 - 11:20\nמוערכת בכ-18 מיליון\nمی\u200cیابد"
    assert "invisible" in repairs


def test_a_date_line_written_with_direction_marks_goes() -> None:
    from cleaner.pipeline import clean_text

    body = "وقال المحافظ في كلمته خلال الافتتاح إن المحطة ستخدم أكثر من مليون مواطن في أحياء غرب المدينة."
    cleaned = clean_text(f"عنوان الخبر عن المحطة\n\n\u200fنشر في: السبت \u200f5 ديسمبر 2026\u200f - 11:20\n\n{body}\n").text
    assert "نشر في" not in cleaned and body in cleaned
