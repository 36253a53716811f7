"""Where a page's application state sits, and how it is written: the JSON values appstate.py reads.

Frameworks ship the state that renders an article in several shapes, and a scraper that saved
the raw HTML keeps whichever one the site used:

- `<script type="application/json">`: Next.js pages' `__NEXT_DATA__`, a CMS's own state, and
  Nuxt 3's `__NUXT_DATA__`, which is *flattened*: one array whose first item is the root and
  whose objects and arrays hold indexes into that array instead of values (the `devalue`
  format). Read as it is, every paragraph is a lone string beside unrelated ids and labels,
  so the article's blocks are put back together first (`revive_flat`).
- inline scripts assigning an object to a global (`window.__INITIAL_STATE__ = {...};`), or the
  object written as a JSON string the script parses (`= JSON.parse("{\\"article\\": ...}")`),
  which Apollo and Redux pages do to load faster.
- Angular's server state (`<script id="serverApp-state" type="application/json">`), written by
  its TransferState with the JSON's quotes and brackets escaped as `&q;`, `&l;`, `&g;` (Angular
  before 16): read once unescaped (`_transfer_state`).
- Astro's islands rendered only in the browser (`<astro-island client="only" props="...">`):
  the component's props are JSON whose every value is tagged with its type (`[0, value]`,
  `[1, [items]]`): `revive_props` unwraps them.
- Inertia.js (Laravel, Rails) renders in the browser from the page object its root element
  carries as an attribute, `<div id="app" data-page="{&quot;component&quot;:...}">`.
- Next.js's App Router streams its server components as `self.__next_f.push([1, "..."])`
  calls: their strings joined are rows `id:value`, each value JSON, or a long text sent raw
  as `id:T<hex length>,<text>` (how a long article body travels), and elements rendered on
  the server as `["$", "p", key, {"children": ...}]` (`revive_elements`).
"""

from __future__ import annotations

import json
import re
from typing import Iterator

from selectolax.lexbor import LexborHTMLParser

from .jsliteral import called_function_value, js_string, literal_value

_TARGET = r"\s*(?:window\.|self\.|var |let |const )?[\w$.\[\]'\"]{1,80}\s*"
_ASSIGNMENT = re.compile(_TARGET + r"=\s*(?=\{)")
_PARSED = re.compile(_TARGET + r"=\s*JSON\.parse\(\s*(?=[\"'])")
_NAMED = re.compile(_TARGET + r"(?==)")
# A later statement of the script assigning an object: "window.Fusion=window.Fusion||{};
# Fusion.globalContent={...};Fusion.spa=false;" (Arc XP's Fusion pages write their story so).
_LATER_ASSIGNMENT = re.compile(r";" + _TARGET + r"=\s*(?=\{)")
# An object literal opening on a bare key ("{layout:"): JavaScript, not JSON (which quotes its keys).
_BARE_KEY = re.compile(r"\{\s*[A-Za-z_$][\w$]*\s*:")
# Inline scripts of these types are read (a module or a legacy type is JavaScript too).
_SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})
_FLIGHT_PUSH = re.compile(r"self\.__next_f\.push\((\[.*\])\)\s*;?\s*$", re.S)
_FLIGHT_ROW = re.compile(rb"[0-9a-fA-F]{1,8}:")
_FLIGHT_TEXT = re.compile(rb"T([0-9a-fA-F]{1,8}),")
# Nuxt's wrappers around a value (reactivity, refs) and devalue's own types, as the flat
# array writes them: ["Reactive", 3]; the value is the item the index points at.
_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef", "NuxtError", "Object"})
_MAX_FLAT_DEPTH = 64


def state_values(tree: LexborHTMLParser, max_chars: int) -> Iterator[str]:
    """The JSON texts of the page's state, in page order (one for the whole App Router stream);
    none longer than `max_chars`. A text may go on past its value with the rest of its script
    (";window.other=..."): the reader takes the first JSON value and ignores what follows."""
    flight: list[str] = []
    for node in tree.css("script"):
        kind = (node.attributes.get("type") or "").strip().lower()
        if kind == "application/json":
            text = node.text()
            yield _transfer_state(text) if text.lstrip().startswith("{&q;") else text
        elif kind in _SCRIPT_TYPES and "src" not in node.attributes:
            source = node.text()
            if len(source) > max_chars:
                continue
            pushed = _FLIGHT_PUSH.match(source.strip()) if source.lstrip().startswith("self.__next_f") else None
            if pushed:
                flight.append(_pushed_text(pushed.group(1)))
                continue
            found = _assigned(source)
            if found:
                yield found
    if flight:
        yield from _flight_rows("".join(flight), max_chars)
    for node in tree.css("[data-page], astro-island[props]"):  # one pass over the tree for both
        page = node.attributes.get("data-page") or ""
        if page.lstrip().startswith("{") and len(page) <= max_chars:
            yield page
        props = node.attributes.get("props") or "" if node.tag == "astro-island" else ""
        if props and len(props) <= max_chars:
            try:
                yield json.dumps(revive_props(json.loads(props)), ensure_ascii=False)
            except (ValueError, RecursionError):
                continue


# Angular's TransferState escapes, undone in this order (the ampersand's own last).
_TRANSFER_ESCAPES = (("&q;", '"'), ("&s;", "'"), ("&l;", "<"), ("&g;", ">"), ("&a;", "&"))


def _transfer_state(text: str) -> str:
    """An Angular TransferState script's JSON, its escapes (`{&q;article&q;:...}`) undone."""
    for escaped, char in _TRANSFER_ESCAPES:
        text = text.replace(escaped, char)
    return text


# Astro's prop types whose value is a list of tagged values: an array, a Set, a Map's pairs.
_ASTRO_LISTS = frozenset({1, 4, 5})


def revive_props(data: object, depth: int = 0) -> object:
    """An Astro island's props (an object of tagged values, `{"blocks": [1, [[0, {...}], ...]]}`)
    as the plain value they encode: `[0, value]` is the value (an object's own values tagged in
    turn), `[1, items]` an array; a Date, URL or RegExp (`[3, "2026-12-03T..."]`) its text."""
    if depth > _MAX_FLAT_DEPTH:
        return None
    if isinstance(data, dict):
        return {key: _tagged(value, depth + 1) for key, value in data.items()}
    return data


def _tagged(value: object, depth: int) -> object:
    if not (isinstance(value, list) and len(value) == 2 and isinstance(value[0], int)) or depth > _MAX_FLAT_DEPTH:
        return value
    kind, held = value
    if kind == 0:
        return revive_props(held, depth) if isinstance(held, dict) else held
    if kind in _ASTRO_LISTS and isinstance(held, list):
        return [_tagged(item, depth + 1) for item in held]
    return held if isinstance(held, str) else None


def _assigned(source: str) -> str:
    """The JSON an inline script assigns to a global: directly (as JSON, or as an object literal
    with bare keys), through JSON.parse("..."), as what a called function returns (Nuxt 2's `window.__NUXT__=(function(a,b){return {...}}(...))`,
    jsliteral.py), or in a later statement after some set-up ones."""
    match = _ASSIGNMENT.match(source)
    if match:
        if _BARE_KEY.match(source, match.end()):
            return _literal_json(source, match.end())
        return source[match.end() :].rstrip().removesuffix(";")
    match = _PARSED.match(source)
    if match:
        literal = source[match.end() :].rstrip().removesuffix(";").rstrip().removesuffix(")").rstrip()
        return js_string(literal)
    match = _NAMED.match(source)
    if match and "function" in source[match.end() : match.end() + 40]:
        value = called_function_value(source, match.end())
        return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else ""
    match = _LATER_ASSIGNMENT.search(source)
    if match and _BARE_KEY.match(source, match.end()):
        return _literal_json(source, match.end())
    return source[match.end() :] if match else ""


def _literal_json(source: str, start: int) -> str:
    """The object literal at `start`, bare keys and all (jsliteral.literal_value), as JSON text."""
    value = literal_value(source, start)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else ""


def _pushed_text(array: str) -> str:
    """The string a `self.__next_f.push([1, "..."])` call adds to the stream ("" for others)."""
    try:
        pushed = json.loads(array, strict=False)
    except (ValueError, RecursionError):
        return ""
    if isinstance(pushed, list) and len(pushed) >= 2 and pushed[0] == 1 and isinstance(pushed[1], str):
        return pushed[1]
    return ""


def _flight_rows(stream: str, max_chars: int) -> Iterator[str]:
    """The JSON values of an App Router stream's rows; a raw text row as a JSON string. Rows of
    other kinds (imports "I[...]", hints "HL[...]", errors "E{...}") carry no article."""
    data = stream.encode("utf-8")  # a text row's length counts its UTF-8 bytes
    position = 0
    while position < len(data):
        row = _FLIGHT_ROW.match(data, position)
        if not row:
            break
        start = row.end()
        text = _FLIGHT_TEXT.match(data, start)
        if text:
            end = text.end() + int(text.group(1), 16)
            if end - text.end() <= max_chars:
                yield json.dumps(data[text.end() : end].decode("utf-8", "replace"))
            position = end
            continue
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        if data[start : start + 1] in (b"[", b"{") and end - start <= max_chars:
            yield data[start:end].decode("utf-8", "replace")
        position = end + 1


def revive_flat(data: object) -> object:
    """A Nuxt 3 payload (`__NUXT_DATA__`, devalue's flat array) as the nested value it encodes;
    any other value as it is. Shared items are revived once; a cycle ends in None."""
    if not _is_flat(data):
        return data
    items: list = data  # type: ignore[assignment]
    done: dict[int, object] = {}
    busy: set[int] = set()

    def revive(index: object, depth: int) -> object:
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(items):
            return None  # negative: undefined, a hole, NaN
        if index in done:
            return done[index]
        if index in busy or depth > _MAX_FLAT_DEPTH:
            return None
        busy.add(index)
        item = items[index]
        if isinstance(item, dict):
            value: object = {key: revive(child, depth + 1) for key, child in item.items()}
        elif isinstance(item, list) and item and isinstance(item[0], str):
            value = _special(item, lambda child: revive(child, depth + 1))
        elif isinstance(item, list):
            value = [revive(child, depth + 1) for child in item]
        else:
            value = item
        busy.discard(index)
        done[index] = value
        return value

    return revive(0, 0)


def revive_elements(data: object, depth: int = 0) -> object:
    """An App Router row's React elements, `["$", "p", key, {"children": ...}]`, as blocks
    `{"type": "p", "children": ...}` (the shape appstate.py reads); other values as they are. A
    client component's props may hold the article as elements the server rendered: there the
    body sits in four-item lists whose text is only in the last item."""
    if depth > _MAX_FLAT_DEPTH:
        return data
    if isinstance(data, list):
        if len(data) == 4 and data[0] == "$" and isinstance(data[1], str) and isinstance(data[3], dict):
            return {"type": data[1], **{key: revive_elements(value, depth + 1) for key, value in data[3].items()}}
        return [revive_elements(item, depth + 1) for item in data]
    if isinstance(data, dict):
        return {key: revive_elements(value, depth + 1) for key, value in data.items()}
    return data


def _special(item: list, revive) -> object:
    """A devalue typed item: a wrapper's value, a Date's text, a Set's or Map's contents."""
    kind = item[0]
    if kind in _WRAPPERS:
        return revive(item[1]) if len(item) > 1 else None
    if kind == "Set":
        return [revive(child) for child in item[1:]]
    if kind == "Map":
        return {str(revive(item[i])): revive(item[i + 1]) for i in range(1, len(item) - 1, 2)}
    if kind == "null":  # an object without prototype: ["null", key, index, key, index, ...]
        return {str(item[i]): revive(item[i + 1]) for i in range(1, len(item) - 1, 2)}
    return item[1] if len(item) > 1 and isinstance(item[1], str) else None  # Date, RegExp, BigInt


def _is_flat(data: object) -> bool:
    """A devalue array: a list whose root (its first item) is an object of indexes, or a
    wrapper around one (["ShallowReactive", 1])."""
    if not isinstance(data, list) or len(data) < 2:
        return False
    root = data[0]
    if isinstance(root, list):
        return len(root) == 2 and root[0] in _WRAPPERS and isinstance(root[1], int)
    return isinstance(root, dict) and bool(root) and all(isinstance(v, int) and not isinstance(v, bool) for v in root.values())
