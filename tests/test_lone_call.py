"""A lone sign-up call between the article's paragraphs (rules/resume._past_lone_call): the
short sentences under it stay with the body, while a call that starts the page's tail (links,
furniture under it) or a box's one line of small print under it still ends the article."""

from __future__ import annotations

from cleaner.pipeline import clean_text

_HEAD = """Local
Zaragoza abre una pista de hielo en la plaza del Pilar
Por Marta Gil
05/12/2026
Zaragoza ha instalado una pista de hielo de 600 metros cuadrados en la plaza del Pilar, que abrirá el lunes.
La entrada cuesta 5 euros.
"""
_CALL = "Suscríbete a nuestra newsletter para recibir las noticias más importantes cada mañana.\n"
_PART = "Los menores de seis años no pagan.\nEstará abierta hasta el 6 de enero.\n"
_FOOT = "Compartir\nMás noticias\n© 2026 Heraldo Local\n"


def test_the_sentences_under_a_lone_call_stay():
    text = clean_text(_HEAD + _CALL + _PART + _FOOT).text
    assert "Los menores de seis años no pagan." in text
    assert text.rstrip().endswith("Estará abierta hasta el 6 de enero.")
    assert "newsletter" not in text


def test_under_a_follow_call_too():
    """A call to follow the site on a network, which a share rule removes."""
    page = """Новости
В Перми на набережной открылся бесплатный каток
Ольга Петрова
06.12.2026, 18:10
В Перми на набережной Камы в субботу открылся бесплатный каток площадью две тысячи квадратных метров, сообщили в администрации города.
Прокат коньков стоит 300 рублей.
Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости.
Вечером лед подсвечивают.
В прошлом году каток посетили более 40 тысяч человек.
Каток открыт ежедневно с 10 до 22 часов.
Поделиться
Читайте также: В Перми подорожает проезд
"""
    text = clean_text(page).text
    assert "Прокат коньков стоит 300 рублей." in text
    assert text.rstrip().endswith("Каток открыт ежедневно с 10 до 22 часов.")
    assert "Telegram" not in text


def test_a_call_starting_the_tail_still_ends_the_article():
    """Under the call, headlines and the share row: nothing there is the article's."""
    tail = "Valencia planta mil árboles en sus calles\nEl Turia recupera su caudal\n"
    text = clean_text(_HEAD + _CALL + tail + _FOOT).text
    assert "Valencia planta mil árboles" not in text and "El Turia recupera" not in text


def test_one_line_of_small_print_under_the_call_stays_out():
    """One sentence under the call is as often the box's small print: it takes two."""
    text = clean_text(_HEAD + _CALL + "Puedes darte de baja cuando quieras.\n" + _FOOT).text
    assert "darte de baja" not in text


def test_the_output_cleaned_again_is_the_same():
    first = clean_text(_HEAD + _CALL + _PART + _FOOT).text
    assert clean_text(first).text == first
