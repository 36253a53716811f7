"""A fact check's verdict box named like a rating widget: the verdict stays, star ratings and
"rate this article" boxes in the same place still go (cleaner/html/verdicts.py)."""

from __future__ import annotations

import pytest

from cleaner.html import read_html

_PARAGRAPHS = (
    "<p>Auf Facebook kursiert ein Bild, wonach die Pensionen ab Jänner um zehn Prozent gekürzt werden sollen.</p>",
    "<p>Das Sozialministerium bestätigte auf Anfrage, dass die Pensionen 2027 um 2,7 Prozent erhöht werden.</p>",
)


def _lines(box: str) -> list[str]:
    html = (f'<html lang="de"><body><nav><a href="/">Start</a></nav><article><h1>Nein, die Pensionen werden nicht gekürzt</h1>'
            f"{_PARAGRAPHS[0]}{box}{_PARAGRAPHS[1]}</article></body></html>")
    return read_html(html, "page.html").text.splitlines()


@pytest.mark.parametrize("verdict", ["Bewertung: Falsch", "Our rating: Mostly false", "Calificación: FALSO", "Notre verdict : Faux"])
def test_a_verdict_in_a_rating_box_stays(verdict: str):
    assert verdict in _lines(f'<div class="rating"><strong>{verdict}</strong></div>')


@pytest.mark.parametrize("box", [
    '<div class="rating">Rating: 4.5/5</div>',
    '<div class="rating">Bewertung: ★★★★☆</div>',
    '<div class="article-rating"><p>Rate this article</p><button>1</button><button>2</button></div>',
    '<div class="rating"><a href="/bewertung">Bewertung: Hilfreich</a></div>',
    '<div class="rating"><p>Bewertung: Falsch</p><p>Was meinen Sie?</p></div>',
])
def test_star_ratings_and_rating_widgets_still_go(box: str):
    lines = _lines(box)
    assert not any(word in line for line in lines for word in ("Rating", "Bewertung", "Rate this", "Was meinen"))
    assert len([line for line in lines if "Pensionen" in line or "Sozialministerium" in line]) >= 2
