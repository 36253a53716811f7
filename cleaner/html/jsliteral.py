"""The value of a JavaScript expression made of literals, for states that are script, not JSON.

Nuxt 2 (and any site serialising its state with the first `devalue`) ships the page's state as
`window.__NUXT__=(function(a,b,c){return {data:[{body:a,...}]}}("text",null,!0));`: an object
literal with bare keys, in which every value used twice is a parameter of an immediately called
function and the call's arguments hold the values. `json.loads` reads none of it; this module
reads exactly that much JavaScript: object and array literals, strings in either quotes, numbers,
`true`/`false`/`null`, `void 0` and `!0`/`!1`, and names bound to the call's arguments. Anything
else (an operator, a call other than `new Date("...")`, statements before the `return`) makes
the whole reading fail, and the page keeps what its HTML shows.
"""

from __future__ import annotations

import json
import re

# "= (function(a,b){return " or "= function(a,b){return " (the call's parentheses differ by minifier)
_IIFE_HEAD = re.compile(r"\s*=\s*\(?\s*function\s*\(([\w$,\s]*)\)\s*\{\s*return\s*")
_SPACE = re.compile(r"\s*")
_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
# a string in either quotes, written as runs between escapes (one step per run, not per character)
_STRING = re.compile(r"\"[^\"\\]*(?:\\.[^\"\\]*)*\"|'[^'\\]*(?:\\.[^'\\]*)*'", re.S)
_DATE = re.compile(r"new Date\(\s*(\"[^\"\\]*(?:\\.[^\"\\]*)*\"|-?\d+)\s*\)", re.S)
_JS_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|.)|\"", re.S)
_CONSTANTS = {"true": True, "false": False, "null": None, "undefined": None, "NaN": None, "Infinity": None}
_MAX_DEPTH = 200


class _NotLiteral(Exception):
    """The text is some JavaScript this reader does not evaluate."""


def called_function_value(source: str, start: int) -> object:
    """The value `function(params){return <literal>}(args)` evaluates to, the function written
    at `start` of `source` right after a global's name ("window.__NUXT__"); None when the
    script is anything else."""
    head = _IIFE_HEAD.match(source, start)
    if not head:
        return None
    names = [name.strip() for name in head.group(1).split(",") if name.strip()]
    try:
        _, position = _Reader(source, None).value(head.end(), 0)  # where the returned literal ends
        position = _skip(source, position)
        if source.startswith(";", position):
            position = _skip(source, position + 1)
        position = _skip(source, _expect(source, position, "}"))
        if source.startswith(")", position):  # (function(){...})(args)
            position = _skip(source, position + 1)
        arguments = _Reader(source, {}).list_items(_expect(source, position, "("), ")", 0)[0]
        bound = dict(zip(names, arguments + [None] * (len(names) - len(arguments))))
        return _Reader(source, bound).value(head.end(), 0)[0]
    except (_NotLiteral, IndexError, RecursionError):
        return None


def literal_value(source: str, start: int) -> object:
    """The value of the object or array literal at `start` of `source`, read as JavaScript (bare
    keys, strings in either quotes): a serialiser writes a state without shared values so
    (`window.__NUXT__={layout:"default",data:[...]}`); None when it holds anything else."""
    try:
        return _Reader(source, {}).value(start, 0)[0]
    except (_NotLiteral, IndexError, RecursionError):
        return None


def js_string(literal: str) -> str:
    """The value of a JavaScript string literal in either quotes ("" when it is none)."""
    if len(literal) < 2 or literal[0] != literal[-1] or literal[0] not in "\"'":
        return ""
    inner = literal[1:-1]
    if literal[0] == "'" or "\\x" in inner or "\\'" in inner:  # as a JSON string: \' is a bare
        inner = _JS_ESCAPE.sub(_json_escape, inner)  # quote, \x41 a \u0041, a bare " needs its backslash
    try:
        value = json.loads(f'"{inner}"', strict=False)
    except ValueError:
        return ""
    return value if isinstance(value, str) else ""


def _json_escape(match: re.Match[str]) -> str:
    escaped = match.group(1)
    if escaped is None:
        return '\\"'
    if escaped == "'":
        return "'"
    if escaped[0] == "x":
        return "\\u00" + escaped[1:]
    return "\\" + escaped


def _skip(source: str, position: int) -> int:
    return _SPACE.match(source, position).end()


def _expect(source: str, position: int, mark: str) -> int:
    if not source.startswith(mark, position):
        raise _NotLiteral(position)
    return position + len(mark)


def _string(source: str, position: int) -> tuple[str, int]:
    """The quoted string at `position` (a value or an object's key) and where it ends."""
    found = _STRING.match(source, position)
    if not found:
        raise _NotLiteral(position)
    return js_string(found.group()), found.end()


class _Reader:
    """Reads one literal value at a position, names looked up in `bound`; with `bound` None every
    name reads as None (the first pass, which only measures where the returned literal ends)."""

    __slots__ = ("source", "bound")

    def __init__(self, source: str, bound: dict[str, object] | None) -> None:
        self.source = source
        self.bound = bound

    def value(self, position: int, depth: int) -> tuple[object, int]:
        if depth > _MAX_DEPTH:
            raise _NotLiteral(position)
        source = self.source
        position = _skip(source, position)
        mark = source[position]
        if mark == "{":
            return self.object_items(position + 1, depth + 1)
        if mark == "[":
            return self.list_items(position + 1, "]", depth + 1)
        if mark in "\"'":
            return _string(source, position)
        if source.startswith("void 0", position):
            return None, position + 6
        if source.startswith(("!0", "!1"), position):
            return source[position + 1] == "0", position + 2
        found = _DATE.match(source, position)
        if found:
            text = found.group(1)
            return (js_string(text) if text.startswith('"') else int(text)), found.end()
        found = _NUMBER.match(source, position)
        if found:
            text = found.group()
            return (float(text) if any(c in text for c in ".eE") else int(text)), found.end()
        found = _NAME.match(source, position)
        if found:
            name = found.group()
            if name in _CONSTANTS:
                return _CONSTANTS[name], found.end()
            if self.bound is None:
                return None, found.end()
            if name in self.bound:
                return self.bound[name], found.end()
        raise _NotLiteral(position)

    def list_items(self, position: int, close: str, depth: int) -> tuple[list, int]:
        items: list = []
        source = self.source
        position = _skip(source, position)
        while not source.startswith(close, position):
            item, position = self.value(position, depth)
            items.append(item)
            position = _skip(source, position)
            if source.startswith(",", position):
                position = _skip(source, position + 1)
            elif not source.startswith(close, position):
                raise _NotLiteral(position)
        return items, position + 1

    def object_items(self, position: int, depth: int) -> tuple[dict, int]:
        items: dict = {}
        source = self.source
        position = _skip(source, position)
        while not source.startswith("}", position):
            key, position = self.key(position)
            position = _expect(source, _skip(source, position), ":")
            items[key], position = self.value(position, depth)
            position = _skip(source, position)
            if source.startswith(",", position):
                position = _skip(source, position + 1)
            elif not source.startswith("}", position):
                raise _NotLiteral(position)
        return items, position + 1

    def key(self, position: int) -> tuple[str, int]:
        """A bare name, a quoted string or a number, as the object's key."""
        source = self.source
        for pattern in (_NAME, _NUMBER):
            found = pattern.match(source, position)
            if found:
                return found.group(), found.end()
        return _string(source, position)
