"""A formula written in MathML, read as the text it stands for in its sentence.

<math> was dropped with its subtree (it held no prose, and its token elements read as words
glue a fraction's numbers together), so a sentence around an inline formula lost its value:
"the pace was  metres a second". MathJax 3 and KaTeX pages show the formula as glyphs that hold
no text (CSS content, or spans hidden from screen readers) and keep the meaning only in a
<math> beside them, so there too the sentence had a hole.

Each <math> becomes one text node before the walk: the TeX its author wrote when it carries it
(an <annotation> of a TeX encoding, then the `alttext` attribute), else a linear reading of its
presentation markup (tokens in order, a fraction as a/b, powers and indices as a^b and a_b, a
root as √b or n√b). A formula hidden from readers stays hidden: the walk still drops its holder.
"""

from __future__ import annotations

from .flags import hidden_by
from .settings import HtmlSettings

_TOKENS = frozenset({"mi", "mn", "mo", "mtext", "ms"})
_PAIRS = {"mfrac": "/", "msup": "^", "msub": "_"}  # a two-part layout read as its operator
_UNREAD = frozenset({"annotation", "annotation-xml", "none", "mprescripts"})
_MAX_DEPTH = 40  # deeper than any formula a page shows: its tokens are read flat below it


def formulas_as_text(tree, settings: HtmlSettings) -> None:
    """Replace every <math> of the page with the text it stands for (nothing when it has none)."""
    for node in tree.css("math"):
        _holder(node, settings.block_tags).replace_with(_formula(node, settings.math_encodings))


def _holder(node, block_tags: frozenset[str]):
    """The inline element the formula fills: its wrappers up from <math> while each holds nothing
    else but glyphs hidden from readers (KaTeX's `katex-html`, MathJax's `mjx-math`). Replaced
    whole, the formula's text joins its sentence's line (the hidden glyphs and the custom
    elements around them had ended the line there)."""
    holder = node
    while (parent := holder.parent) is not None and parent.tag not in block_tags and parent.tag not in ("body", "html"):
        if hidden_by(parent.attributes) or not all(_hidden_glyphs(child) for child in parent.iter(include_text=True) if child.mem_id != holder.mem_id):
            break  # a hidden holder keeps the formula hidden: the walk drops it
        holder = parent
    return holder


def _hidden_glyphs(node) -> bool:
    if node.tag == "-text":
        return not (node.text_content or "").strip()
    return node.attributes.get("aria-hidden") == "true"


def _formula(node, encodings: tuple[str, ...]) -> str:
    """The TeX the formula carries (an annotation of one of `encodings`, else `alttext`), else its
    presentation markup read in a line."""
    for annotation in node.css("annotation"):
        if (annotation.attributes.get("encoding") or "").lower() in encodings:
            tex = " ".join((annotation.text(deep=True) or "").split())
            if tex:
                return tex
    alttext = " ".join((node.attributes.get("alttext") or "").split())
    return alttext or _linear(node, 0)


def _linear(node, depth: int) -> str:
    tag = node.tag
    if tag in _TOKENS or depth > _MAX_DEPTH:
        return " ".join((node.text(deep=True) or "").split())
    if tag in _UNREAD:
        return ""
    parts = [text for child in node.iter(include_text=False) if (text := _linear(child, depth + 1))]
    if tag in _PAIRS and len(parts) == 2:
        return _PAIRS[tag].join(_grouped(part) for part in parts)
    if tag == "msubsup" and len(parts) == 3:
        return f"{_grouped(parts[0])}_{_grouped(parts[1])}^{_grouped(parts[2])}"
    if tag == "mroot" and len(parts) == 2:
        return f"{_grouped(parts[1])}√{_grouped(parts[0])}"
    if tag == "msqrt" and parts:
        return "√" + _grouped(" ".join(parts))
    return " ".join(parts)


def _grouped(text: str) -> str:
    """A part of more than one token in brackets, so "a+b / c" reads as (a + b)/c."""
    return f"({text})" if " " in text else text
