"""The parsed page as a reader sees it: shadow roots opened, <noscript> and <template> content shown
if asked, and text held in an empty element's attribute until a script puts it there."""

from __future__ import annotations

from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser

_SHADOW_ROUNDS = 4
_SHADOW_ROOTS = "template[shadowrootmode], template[shadowroot]"


def parse_page(html: str, noscript: bool, templates: str = "", held: tuple[str, ...] = (),
               bound: Callable[[str], str] = str) -> LexborHTMLParser:
    """The parsed page, shadow roots opened, <noscript> blocks replaced by their content if asked,
    every other template too if asked (`templates`, the selector of <template>s and template
    scripts: templates_selector), and the text empty elements hold in one of the `held`
    attributes put in them. Markup parsed from a template script or an attribute goes through
    `bound` first (the page's nesting bound: the scan before parsing passed over scripts whole and
    saw an attribute's tags as text, so a stub could hide a hostile nest there)."""
    tree = LexborHTMLParser(html)
    if "shadowroot" in html:
        _open_shadow_roots(tree)
    if noscript:
        for node in tree.css("noscript"):
            node.unwrap()
    if templates:
        _open_templates(tree, templates, bound)
    for node, value in _held_texts(tree, held):
        holder = LexborHTMLParser(f"<body><div>{bound(value)}</div></body>").css_first("body > div")
        if holder is not None:
            node.insert_child(holder)
            node.last_child.unwrap()
    return tree


def held_chars(tree: LexborHTMLParser, held: tuple[str, ...]) -> int:
    """The size of the text empty elements hold in the `held` attributes: a bound on the prose a
    script would show there, so that only a page whose attributes may hold more than it shows is
    read a second time (html.extract)."""
    return sum(len(value) for _, value in _held_texts(tree, held))


def _held_texts(tree: LexborHTMLParser, held: tuple[str, ...]) -> list[tuple[object, str]]:
    """Each element holding no text of its own but a value in one of the `held` attributes (the
    first of them it has), with that value: markup as written in the attribute, entities read."""
    if not held:
        return []
    found = []
    for node in tree.css(", ".join(f"[{name}]" for name in held)):
        value = next((v for v in (node.attributes.get(name) for name in held) if v and v.strip()), None)
        if value and not node.text(deep=True).strip():
            found.append((node, value))
    return found


def templates_selector(script_types: tuple[str, ...]) -> str:
    """The selector of a page's templates: <template>, and the scripts of these types that older
    pages keep markup in until a script shows it (`<script type="text/template">`)."""
    return ", ".join(["template", *(f'script[type="{kind}" i]' for kind in script_types)])


def _open_templates(tree: LexborHTMLParser, selector: str, bound: Callable[[str], str] = str) -> None:
    """Each template matching `selector` becomes a <div> of its content: a parser keeps a
    template's content apart (a script's as text), and the walk drops templates and scripts."""
    for node in tree.css(selector):
        markup = node.html or ""
        inner = markup[markup.find(">") + 1 : markup.rfind("</")]
        holder = LexborHTMLParser(f"<body><div>{bound(inner)}</div></body>").css_first("body > div")
        if holder is not None:
            node.replace_with(holder)
        else:
            node.decompose()


def _open_shadow_roots(tree: LexborHTMLParser) -> None:
    """Declarative shadow DOM (`<template shadowrootmode="open">`, once `shadowroot=`) is shown
    by browsers in place: web-component sites render a whole article inside one. A parser
    keeps a template's content apart, and the walk drops templates (most hold markup for
    scripts, never shown as is), so each such template becomes a <div> of its content first;
    a few rounds reach shadow roots nested in others."""
    for _ in range(_SHADOW_ROUNDS):
        if tree.css_first(_SHADOW_ROOTS) is None:
            return
        _open_templates(tree, _SHADOW_ROOTS)


def template_chars(tree: LexborHTMLParser, selector: str) -> int:
    """The size of the page's templates' markup (shadow roots are open already): a bound on the
    prose they may hold, so that only a page whose templates may hold more than it shows is read
    a second time (html.extract)."""
    return sum(len(node.html or "") for node in tree.css(selector))


def noscript_chars(tree: LexborHTMLParser) -> int:
    """The text the page's <noscript> blocks hold (a tracking pixel's or an image's fallback holds
    none): a page whose <noscript> states more than its visible prose is read a second time with
    it shown (html.extract)."""
    return sum(len(node.text(deep=True)) for node in tree.css("noscript"))
