"""Dash-dialogue interviews and photo galleries inside the body (rules/dialogue.py, rules/gallery.py)."""

from cleaner import clean_text

_MENU = "Начало\nНовини\nКултура\n"
_TAIL = "Още по темата\nАктьорът Иван Колев: Театърът е моят дом\nКоментари (7)\n© 2026 Всички права запазени.\n"


def _interview(turns: str) -> str:
    return (
        _MENU
        + "Режисьорът Мария Петрова: Киното трябва да задава неудобни въпроси\n"
        + "06.12.2026 10:30\nСподели\n"
        + "Мария Петрова е родена в Пловдив през 1985 г. Завършва НАТФИЗ, а „Тиха вода“ е вторият ѝ пълнометражен филм.\n"
        + turns
        + _TAIL
    )


_TURNS = (
    "- Очаквахте ли наградата?\n"
    "- Честно казано, не. Бяхме щастливи, че изобщо сме в конкурсната програма.\n"
    "- За какво разказва филмът?\n"
    "- За едно семейство в малко село, което крие тайна в продължение на трийсет години.\n"
    "- Какво следва за вас?\n"
    "- Сценарий за сериал.\n"
)


def test_a_dash_dialogue_keeps_its_headline_intro_and_last_short_answer():
    text = clean_text(_interview(_TURNS)).text
    assert text.startswith("Режисьорът Мария Петрова")
    assert "Мария Петрова е родена в Пловдив" in text
    assert text.rstrip().endswith("- Сценарий за сериал.")
    assert "Още по темата" not in text and "Коментари" not in text


def test_dash_lines_that_ask_nothing_are_no_dialogue():
    from cleaner.rules.dialogue import dialogue_runs
    from cleaner.rules.settings import load_settings
    from cleaner.segment import segment
    from cleaner.types import Document

    settings = load_settings().scorer
    menu = segment(Document("menu", "- Политика\n- Икономика\n- Спорт\n- Култура\n- Свят\n"))
    assert dialogue_runs(menu, settings) == []
    turns = segment(Document("turns", _TURNS))
    assert dialogue_runs(turns, settings) == [(0, 5)]


def test_a_semicolon_asks_only_in_greek():
    """Greek writes its question mark as ";": a Greek interview's turns ask; a Latin-script
    page's dash list of clauses ending on ";" asks nothing."""
    from cleaner.rules.dialogue import dialogue_runs
    from cleaner.rules.settings import load_settings
    from cleaner.segment import segment
    from cleaner.types import Document

    settings = load_settings().scorer
    greek = segment(Document("el", "– Περιμένατε το βραβείο;\n– Όχι, ειλικρινά.\n– Τι ακολουθεί;\n– Μια σειρά.\n– Πού θα γυριστεί;\n– Στην Κρήτη.\n"))
    assert dialogue_runs(greek, settings) == [(0, 5)]
    clauses = segment(Document("pl", "– wniosek złożony w terminie;\n– kopia dowodu osobistego;\n– zaświadczenie o dochodach;\n– oświadczenie o zamieszkaniu;\n"))
    assert dialogue_runs(clauses, settings) == []


_GALLERY = (
    "Portada\nCultura\nFotogaleria\n"
    "Fotogaleria: La Mercè omple Barcelona de castells i correfocs\n"
    "06/12/2026 - 20:15\nCompartir\n"
    "Milers de persones han sortit al carrer per celebrar la festa major de la ciutat.\n"
    "Foto 1 de 8\nLa Colla Vella aixeca un 3 de 9 amb folre a la plaça de Sant Jaume.\nJordi Soler\n"
    "Foto 2 de 8\nEl correfoc recorre la Via Laietana.\nJordi Soler\n"
    "Foto 3 de 8\nUna família mira els gegants des d'un balcó.\nJordi Soler\n"
    "Les festes acabaran dilluns amb el piromusical a Montjuïc.\n"
    "També et pot interessar\nPrograma complet de la Mercè 2026\nComentaris (5)\n"
)


def test_a_gallery_keeps_its_captions_and_drops_its_repeated_credit():
    text = clean_text(_GALLERY).text
    for caption in ("La Colla Vella", "El correfoc recorre la Via Laietana.", "Una família mira els gegants"):
        assert caption in text
    assert "Jordi Soler" not in text
    assert text.rstrip().endswith("Les festes acabaran dilluns amb el piromusical a Montjuïc.")
