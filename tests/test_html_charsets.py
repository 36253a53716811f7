"""Latin-script legacy charsets the page does not declare (or declares as Latin-1): Central
European, Romanian, Baltic, Turkish and Vietnamese pages read as windows-1252 are read again in the
charset whose reading is text (charset._latin_guessed, letters.speaks / strays)."""

from __future__ import annotations

import unicodedata

import pytest

from cleaner.html import read_html
from cleaner.letters import alphabets

HUNGARIAN = ("Szombat délelőtt átadták a forgalomnak az új közúti hidat. A híd tervezője, Szűcs Gyöngyvér "
             "elmondta, hogy a szerkezet különlegessége az ívelt pályatest. Először úgy tűnt, hogy le kell "
             "mondanunk róla, de végül sikerült megőriznünk, és a következő hetekben befejeződnek a munkálatok.")
ROMANIAN = ("Primăria municipiului Brașov a anunțat că lucrările de reabilitare a străzii Mureșenilor vor începe "
            "în primăvară. Știm că șantierul va crea neplăceri, a declarat viceprimarul Ștefan Țurcanu. Țiglele "
            "clădirilor istorice vor fi înlocuite în aceeași etapă, iar șoferii sunt rugați să ocolească zona.")
LATVIAN = ("Rīgas dome ceturtdien apstiprināja jaunu satiksmes plānu, kas paredz paplašināt velosipēdu celiņu "
           "tīklu visā pilsētā. Pirmie darbi sāksies jau nākamā gada pavasarī Ķengaragā un Pļavniekos. Šīs "
           "bažas dome solīja izvērtēt līdz gada beigām, un pie stacijām uzstādīs slēgtas novietnes.")
VIETNAMESE = ("Sáng nay, thành phố Hà Nội đã chính thức khởi công xây dựng cây cầu mới bắc qua sông Hồng. Theo ban "
              "quản lý dự án, cây cầu dài gần sáu cây số, có sáu làn xe. Người dân hai bên bờ sông được hỗ trợ tái "
              "định cư tại các khu đô thị mới.")


def _cedilla(text: str) -> str:
    return text.translate(str.maketrans("șțȘȚ", "şţŞŢ"))


def _cp1258(text: str) -> bytes:
    """Text as windows-1258 writes it: a letter of two marks as a letter of one and a tone mark."""
    out = bytearray()
    for char in text:
        forms = [char] + [unicodedata.normalize("NFC", d[:i] + d[i + 1:]) + d[i]
                          for d in [unicodedata.normalize("NFD", char)] for i in range(1, len(d))]
        for form in forms:
            try:
                out += form.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
    return bytes(out)


def _page(text: str, lang: str, meta: str = "") -> str:
    return f'<html lang="{lang}"><head>{meta}<title>x</title></head><body><h1>Hír</h1><p>{text}</p><p>{text}</p></body></html>'


# Romanian in windows-1250 is ISO-8859-16's bytes, but for 'ş' 'ţ' where ISO-8859-16 has 'ș' 'ț'
# (and the punctuation outside the letters): a page of letters only reads as the language's own.
CASES = [("hu", "iso8859-2", HUNGARIAN, HUNGARIAN), ("hu", "cp1250", HUNGARIAN, HUNGARIAN),
         ("ro", "cp1250", _cedilla(ROMANIAN), ROMANIAN), ("ro", "iso8859-16", ROMANIAN, ROMANIAN),
         ("lv", "cp1257", LATVIAN, LATVIAN), ("lv", "iso8859-4", LATVIAN, LATVIAN)]


@pytest.mark.parametrize(("lang", "codec", "text", "read"), CASES, ids=[f"{case[0]}-{case[1]}" for case in CASES])
@pytest.mark.parametrize("meta", ["", '<meta charset="iso-8859-1">'], ids=["undeclared", "declared-latin1"])
def test_page_in_an_undeclared_latin_script_charset_is_read_in_it(lang: str, codec: str, text: str, read: str, meta: str) -> None:
    """Bytes with no charset (or Latin-1 declared) come out right, as does the text a crawler
    decoded from them as Latin-1: 'délelõtt', 'Mureºenilor', 'Rîgâ' were the windows-1252 readings."""
    data = _page(text, lang, meta).encode(codec, "xmlcharrefreplace")
    for given in (data, data.decode("latin-1")):
        doc = read_html(given, "p")
        assert read in doc.text and any("re-read as" in r for r in doc.repairs), (lang, codec, type(given))


@pytest.mark.parametrize("codec", ["iso8859-2", "cp1250"])
def test_hungarian_page_declaring_no_language_is_read_in_latin2(codec: str) -> None:
    """Read as Latin-1, Hungarian spells 'õ' and 'û' beside 'á' and 'ö': letters of no one Latin-1
    language, though each word alone may be Portuguese or Estonian ('elõtt', 'következõ'); in
    Latin-2 they are all Hungarian's (letters.unmixes)."""
    page = f'<html><head><title>x</title></head><body><h1>Hír</h1><p>{HUNGARIAN}</p><p>{HUNGARIAN}</p></body></html>'
    data = page.encode(codec)
    for given in (data, data.decode("latin-1")):
        assert HUNGARIAN in read_html(given, "p").text, codec


MIXED = ["Tá an fhoireann ag súil le bua mór i mbliana, a dúirt an bainisteoir. Dúirt sé freisin gur "
         "éirigh go maith leo sa traenáil. «La città è più bella di sera», però nessuno lo sapeva perché.",
         "Hovedstaden får nye bybaner. «C'est très sûr», a dit la maire; à Lisboa, os milhões de turistas põem "
         "pressão sobre as ruas, e nós sabemos: é difícil."]


@pytest.mark.parametrize("text", MIXED)
def test_right_latin1_page_quoting_another_language_stays(text: str) -> None:
    """A right windows-1252 page in two languages spreads its letters over both: it stays, the
    letters a Latin-2 reading would change being the quoted language's alone, or the reading
    holding letters of no one Central European language."""
    page = f'<html><head><title>x</title></head><body><p>{text}</p><p>{text}</p></body></html>'
    doc = read_html(page.encode("cp1252"), "p")
    assert text in doc.text and not any("re-read" in r for r in doc.repairs)


@pytest.mark.parametrize("meta", ["", '<meta charset="windows-1258">'])
def test_vietnamese_page_in_windows_1258_is_read_and_composed(meta: str) -> None:
    """windows-1258 writes tones as combining marks: the reading is composed back ('khởi', 'Hồng')."""
    data = _cp1258(_page(VIETNAMESE, "vi", meta))
    for given in (data, data.decode("latin-1")):
        assert VIETNAMESE in read_html(given, "p").text


@pytest.mark.parametrize("codec", ["cp1257", "iso8859-13"])
def test_latvian_page_declared_so_is_read_again_by_its_language(codec: str) -> None:
    """Latvian read as Latin-1 looks French ('Rîgâ', 'plânu'): no Latin-1 language tells, the page's
    declared language does (letters.speaks), in its declared charset too."""
    page = _page(LATVIAN, "lv", f'<meta charset="{codec}">')
    doc = read_html(page.encode(codec, "xmlcharrefreplace").decode("latin-1"), "p")
    assert LATVIAN in doc.text


def test_romanian_comma_letters_are_written_by_the_cedilla_charsets() -> None:
    """Romanian's 'ș' 'ț' stand as 'ş' 'ţ' in windows-1250 and ISO-8859-2: the language is theirs."""
    table = alphabets()
    assert "ro" in table.languages("cp1250") and "ro" in table.languages("iso8859-16")
    assert "vi" in table.languages("cp1258") and "vi" not in table.languages("cp1252")


def test_iso8859_16_quotes_tell_it_from_windows_1250() -> None:
    """ISO-8859-16's '„' and '”' read in windows-1250 are 'Ą' and 'µ' beside words: its own reading wins."""
    text = "„Știm că șantierul va crea neplăceri”, a declarat viceprimarul. " + ROMANIAN
    data = _page(text, "ro").encode("iso8859-16", "xmlcharrefreplace")
    assert text in read_html(data, "p").text


@pytest.mark.parametrize("declared", ["windows-1250", "iso-8859-2"])
def test_romanian_page_declared_in_a_sibling_charset_is_read_in_its_own(declared: str) -> None:
    """A crawler decoded as Latin-1 an ISO-8859-16 page declaring windows-1250 or ISO-8859-2: the
    declared reading puts 'Ą' or 'Ľ' before the opening quote and fails its tests, the Latin
    guesses read it ('„Știm'). Before, the Latin-1 mojibake stayed ('¥ªtim cã ºantierul')."""
    text = "„Știm că șantierul va crea neplăceri”, a declarat viceprimarul. " + ROMANIAN
    page = _page(text, "ro", f'<meta charset="{declared}">')
    doc = read_html(page.encode("iso8859-16").decode("latin-1"), "p")
    assert text in doc.text


def test_declared_charset_wins_a_tie_with_a_sibling() -> None:
    """windows-1250's Romanian, crawler-decoded, whose declared reading fails its tests (its 'ã'
    words are Portuguese, its 'þ' words Icelandic) and whose letters the Latin guesses tell
    (letters.unmixes) in windows-1250 and ISO-8859-16 alike but for 'ş' 'ţ': the declaration
    decides. Before, the mojibake stayed ('anunþat cã')."""
    text = ("Guvernul a anunţat că preţul energiei va scădea după 1 ianuarie. Ministerul spune că măsura costă 2 "
            "miliarde de lei, iar primăriile vor primi fonduri după aprobarea bugetului. Şeful agenţiei a spus că "
            "populaţia va primi facturile noi în martie, iar preţul gazelor rămâne la fel până în aprilie.")
    page = f'<html><head><meta charset="windows-1250"><title>x</title></head><body><p>{text}</p><p>{text}</p></body></html>'
    doc = read_html(page.encode("cp1250").decode("latin-1"), "p")
    assert text in doc.text


RIGHT = ["Le café de la gare a rouvert ses portes après des années de fermeture, à la joie des habitués. Très tôt, "
         "Hélène a vu la troisième étoile au-dessus du mûrier et de la crèche.",
         "Veðurstofan lýsti yfir neyðarstigi og svæðið var rýmt; ný sprunga opnaðist við Grindavík og íbúar fengu "
         "ekki að snúa heim. Nýtt hraun rann yfir veginn og ný gögn sýna lyftingu.",
         "Tallinna linnavalitsus kinnitas neljapäeval uue ühistranspordi kava. Bussiliinid muutuvad tihedamaks ja "
         "piletihinnad jäävad samaks, ütles abilinnapea."]


@pytest.mark.parametrize("text", RIGHT)
@pytest.mark.parametrize("lang", ["fr", "is", "et", "hu", "lv"])
def test_right_latin1_page_stays_whatever_language_it_declares(text: str, lang: str) -> None:
    """A right windows-1252 page is no other charset's mojibake, even under a wrong language."""
    for meta in ("", '<meta charset="iso-8859-1">'):
        doc = read_html(_page(text, lang, meta).encode("cp1252"), "p")
        assert text in doc.text and not any("re-read" in r for r in doc.repairs)


POLISH = ("Miejska spółka ciepłownicza zastąpi dwa kotły węglowe blokiem gazowym. Władze miasta obiecują, że "
          "rachunki mieszkańców przestaną rosnąć, a dym znad komina zniknie. Inwestycja ma kosztować 62 mln zł, "
          "z czego połowę pokryje dotacja z Narodowego Funduszu Ochrony Środowiska.")
CZECH = ("Most přes Svratku bude do června uzavřen. Řidiči, kteří denně jezdí do Brna, musí počítat se zdržením; "
         "„Chápeme, že objížďka je nepříjemná,“ řekl mluvčí kraje. Stavbaři vymění ložiska a opraví izolaci.")
QUOTED_ROMANIAN = "„Știm că șantierul va crea neplăceri”, a declarat viceprimarul. " + ROMANIAN


def _declared(text: str, codec: str, declared: str, lang: str) -> bytes:
    return _page(text, lang, f'<meta charset="{declared}">').encode(codec, "xmlcharrefreplace")


@pytest.mark.parametrize("declared", ["windows-1250", "iso-8859-2"])
def test_romanian_bytes_under_a_sibling_declaration_are_read_in_iso8859_16(declared: str) -> None:
    """ISO-8859-16 bytes declaring windows-1250 or ISO-8859-2: the declared reading puts 'Ą'/'Ľ'
    before the quoted word and 'µ'/'ľ' after it, letters no Romanian word holds; ISO-8859-16's reading
    has none of them (html/siblings.py). Before, the page came out as '„Știm' -> 'ĄŞtim'."""
    doc = read_html(_declared(QUOTED_ROMANIAN, "iso8859-16", declared, "ro"), "p")
    assert QUOTED_ROMANIAN in doc.text and any("its bytes are iso8859-16's" in r for r in doc.repairs)


@pytest.mark.parametrize(("text", "codec", "declared", "lang"),
                         [(POLISH, "iso8859-2", "windows-1250", "pl"), (CZECH, "cp1250", "iso-8859-2", "cs")],
                         ids=["latin2-declared-1250", "1250-declared-latin2"])
def test_central_european_bytes_under_a_sibling_declaration_are_read_in_their_own(text: str, codec: str, declared: str, lang: str) -> None:
    """ISO-8859-2 Polish declaring windows-1250 reads 'ą' 'ś' as '±' '¶'; windows-1250 Czech
    declaring ISO-8859-2 reads 'š' 'ž' and its quotes as C1 controls: the sibling reads them right."""
    doc = read_html(_declared(text, codec, declared, lang), "p")
    assert text in doc.text


SIGNS = " ©Foto: Agerpres, Windows® 5 µg, 10 µm."


@pytest.mark.parametrize(("text", "codec", "lang"), [(POLISH + SIGNS, "cp1250", "pl"), (CZECH + SIGNS, "cp1250", "cs"),
                                                     (HUNGARIAN + SIGNS, "cp1250", "hu"), (POLISH + SIGNS, "iso8859-2", "pl"),
                                                     (HUNGARIAN + SIGNS, "iso8859-2", "hu"), (_cedilla(ROMANIAN) + SIGNS, "cp1250", "ro"),
                                                     (QUOTED_ROMANIAN + SIGNS, "iso8859-16", "ro")],
                         ids=["pl-1250", "cs-1250", "hu-1250", "pl-latin2", "hu-latin2", "ro-1250", "ro-8859-16"])
def test_right_page_in_its_declared_charset_is_not_read_in_a_sibling(text: str, codec: str, lang: str) -> None:
    """A right page keeps its declared charset, '©' beside a word and 'µ' in units included (one
    stray repeated is no sign): only a sibling reading clearly more of it as text takes over."""
    doc = read_html(_declared(text, codec, codec, lang), "p")
    assert text in doc.text and not any("its bytes" in r for r in doc.repairs)


def test_romanian_letters_alone_keep_the_declared_cedillas() -> None:
    """ISO-8859-16 Romanian without quote bytes declaring windows-1250: both readings write the same
    letters, marked differently ('ş' for 'ș'); nothing says the declaration is wrong, and it stands."""
    doc = read_html(_declared(ROMANIAN, "iso8859-16", "windows-1250", "ro"), "p")
    assert _cedilla(ROMANIAN) in doc.text


@pytest.mark.parametrize(("key", "value"), [("min_strays", 0), ("max_share", 2.5), ("min_kinds", "2")])
def test_sibling_settings_out_of_bounds_are_refused(key: str, value: object) -> None:
    from cleaner.errors import ConfigError
    from cleaner.letters import _bounded

    with pytest.raises(ConfigError, match=rf"alphabets\.toml: \[siblings\] {key} must be a number"):
        _bounded({"siblings": {key: value}}, "siblings", key, 1 if key != "max_share" else 0, 1)


@pytest.mark.parametrize(("text", "codec", "declared", "lang"),
                         [(QUOTED_ROMANIAN, "iso8859-16", "windows-1250", "ro"), (POLISH, "iso8859-2", "windows-1250", "pl"),
                          (CZECH, "cp1250", "iso-8859-2", "cs")], ids=["ro", "pl", "cs"])
def test_page_a_crawler_decoded_by_a_wrong_sibling_declaration_is_read_again(text: str, codec: str, declared: str, lang: str) -> None:
    """A JSONL record's HTML that its crawler decoded by the declaration ('ĄŞtim', 'maj± spa¶ć')
    is encoded back and read in the sibling its bytes were in; a right one stays."""
    data = _declared(text, codec, declared, lang)
    doc = read_html(data.decode(declared), "p")
    assert text in doc.text and any("decoded in it before" in r for r in doc.repairs)
    right = _declared(text, codec, codec, lang).decode(codec)
    assert not read_html(right, "p").repairs


@pytest.mark.parametrize("crawled", [False, True], ids=["bytes", "crawler-decoded"])
def test_units_and_names_of_a_right_page_do_not_call_a_sibling(crawled: bool) -> None:
    """A right windows-1250 page with 'µg' (ISO-8859-16's '”g') and French names: 'ç' and 'ô' are
    strays of the declared reading only by the language it fits best, and read alike in the
    sibling, so they say nothing (siblings._changed); a 'µ' opening a word where the sibling reads
    a closing quote is a stray of neither (siblings._unsure). Before, 'µg Tôi Ça' became '”g Tôi Ça'."""
    text = "µg ôté Ça Tôi Über, 5 µg de François."
    data = _declared(text, "cp1250", "windows-1250", "fr")
    doc = read_html(data.decode("cp1250") if crawled else data, "p")
    assert text in doc.text and not any("iso8859-16" in r for r in doc.repairs)


def test_romanian_quotes_typed_as_closing_ones_still_tell_iso8859_16() -> None:
    """Romanian typing '”cuvânt”' (two closing quotes) beside '„cuvânt”', ISO-8859-16 declaring
    windows-1250: an opening 'µ' is unsure (a unit's 'µg' reads so too), but the closing ones after
    words and the 'Ą' before them still tell."""
    text = "„Știm” că „șantierul” va crea ”neplăceri”, a declarat ”viceprimarul”. " + ROMANIAN
    doc = read_html(_declared(text, "iso8859-16", "windows-1250", "ro"), "p")
    assert text in doc.text


def test_a_combining_mark_opening_a_word_is_a_stray() -> None:
    """windows-1258 reads Latin-1's 'Þ' as a combining tilde: after a space it marks no letter, so
    'Þjóðhátíð' read so ('\u0303jóđhátíđ') is no Vietnamese (letters.stray_characters). Before, a
    right Icelandic and Portuguese page declaring ISO-8859-2 was read as windows-1258."""
    from cleaner.letters import strays

    assert strays(" \u0303jóđhátíđ", "cp1258")[1] == 1 and strays("Tiếng Việt", "cp1258") == (0, 0)
    text = " ".join(["ôté"] * 3 + ["irmã"] + ["Þjóðhátíð"] * 4)
    page = f'<html><head><meta charset="iso-8859-2"><title>x</title></head><body><p>{text}</p></body></html>'
    assert text in read_html(page, "p").text
