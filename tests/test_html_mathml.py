"""A MathML formula stands in its sentence as text (html/mathml.py): the TeX it carries, else its
alttext, else its markup read in a line; KaTeX's and MathJax's hidden glyphs beside it neither
break the line nor double the formula."""

from __future__ import annotations

import pytest

from cleaner.html import read_html

LEAD = "<p>Tartu füüsik selgitas ajakirjanikele pikalt, kuidas kukkuva võileiva pöörlemist lihtsa mudeliga arvutada.</p>"


def _body(paragraph: str) -> list[str]:
    page = f"<html><head><title>Valem</title></head><body><article><h1>Valem</h1>{LEAD}{paragraph}</article></body></html>"
    return read_html(page, "p.html").text.rstrip("\n").split("\n")[2:]


@pytest.mark.parametrize(("formula", "text"), [
    ("<math><mfrac><mn>42195</mn><mn>7601</mn></mfrac></math>", "42195/7601"),
    ("<math><msup><mi>c</mi><mn>2</mn></msup></math>", "c^2"),
    ("<math><msub><mi>x</mi><mi>i</mi></msub></math>", "x_i"),
    ("<math><msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup></math>", "x_i^2"),
    ("<math><msqrt><mi>b</mi><mo>+</mo><mn>1</mn></msqrt></math>", "√(b + 1)"),
    ("<math><mroot><mi>x</mi><mn>3</mn></mroot></math>", "3√x"),
    ("<math><mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mi>c</mi></mfrac></math>", "(a + b)/c"),
    ('<math alttext="E=mc^2"><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>', "E=mc^2"),
    ('<math alttext="x"><semantics><mi>x</mi><annotation encoding="application/x-tex">\\xi</annotation></semantics></math>', "\\xi"),
])
def test_a_formula_reads_as_text_in_its_sentence(formula: str, text: str):
    assert _body(f"<p>Valem on {formula} ja see kehtib igal laual.</p>") == [f"Valem on {text} ja see kehtib igal laual."]


def test_katex_and_mathjax_glyphs_neither_break_the_line_nor_double_the_formula():
    katex = ('<span class="katex"><span class="katex-mathml"><math><semantics><mi>h</mi>'
             '<annotation encoding="application/x-tex">h</annotation></semantics></math></span>'
             '<span class="katex-html" aria-hidden="true"><span class="mord">h</span></span></span>')
    mathjax = ('<mjx-container class="MathJax" jax="CHTML"><mjx-math aria-hidden="true"><mjx-mi><mjx-c class="mjx-c1D714">'
               '</mjx-c></mjx-mi></mjx-math><mjx-assistive-mml display="inline"><math><mi>ω</mi></math></mjx-assistive-mml></mjx-container>')
    assert _body(f"<p>Kõrgus {katex} ja nurkkiirus {mathjax} on mudeli ainsad suurused.</p>") == [
        "Kõrgus h ja nurkkiirus ω on mudeli ainsad suurused."]


def test_a_formula_hidden_from_readers_stays_hidden():
    hidden = '<span aria-hidden="true"><math><mi>q</mi></math></span>'
    body = _body(f"<p>Valem on pildil {hidden} allpool näha.</p>")
    assert " ".join(body) == "Valem on pildil allpool näha."  # (a hidden span still ends a line, as any does)
