"""The article body a JavaScript application's state holds, for pages whose visible HTML lacks it.

Next.js and similar frameworks render the page in the browser from a JSON blob the server puts
in a `<script type="application/json">` (`__NEXT_DATA__`, Nuxt's flattened `__NUXT_DATA__`, a
CMS's own state), assigns to a global in an inline script (`window.__INITIAL_STATE__ = {...};`,
or through `JSON.parse("...")`), or streams (Next.js's App Router): statesources.py finds them.
A scraper that saved the raw HTML has a teaser or a skeleton in the markup and the article only
there. That JSON is the whole page's state: navigation labels, ids, URLs, related teasers, ad
slots and the author's bio sit beside the body, so the body is found by its shape, not its key:

- a string of prose paragraphs (plain text with line breaks, or HTML), or
- a list of blocks ({"type": "paragraph", "text": ...}, Portable Text, Contentful rich text,
  Arc's content_elements) whose text fields hold prose, blocks of a media, embed, ad or
  related type (`app_skip_types` in html.toml) left out.

Values under a key of those words ("comments", "relatedStories", "navigation") are not read
at all: a comment thread or a list of teasers is prose too, but not the article's.

A candidate counts only when most of its paragraphs are prose (sentences of some words), so a
list of labels never qualifies; the largest one wins,
one beside the page's headline first (the article object, not a related story's).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from .settings import HtmlSettings
from .statesources import revive_elements, revive_flat, state_values
from .structured import paragraphs_of, unspaced_words, word_count

_DECODER = json.JSONDecoder(strict=False)  # raw_decode: the first value, the script's rest ignored
_MAX_DEPTH = 24
_MAX_CHARS = 8_000_000  # a bigger state is a whole catalogue, not one page
_TYPE_KEYS = ("type", "_type", "nodetype", "__typename", "blocktype", "component", "kind")
# Where block formats keep a block's text: {"text"}, Portable Text's "children", Contentful's
# "content"/"value", Arc's "content", an "html" string; Editor.js's "data" ({"type": "paragraph",
# "data": {"text": ...}}, a list's {"items": [...]}) last: other formats put a link's target or an
# embed's entry there.
_TEXT_KEYS = ("text", "content", "value", "html", "body", "children", "paragraphs", "data", "items")
# A quote block may hold its text as nested blocks (Arc's {"type": "quote", "content_elements":
# [...]}); only there: a story object's "content_elements" is a whole body, a related one's too.
_QUOTE_KEYS = _TEXT_KEYS + ("content_elements",)
_TYPE_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_MARKDOWN = re.compile(r"^#{1,6} |\]\([^)\s]+\)|\*\*\w", re.M)
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\s]+(?: \"[^\"]*\")?\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]+(?: \"[^\"]*\")?\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(\S(?:[^\n]*?\S)?)\1")
_MD_LINE_MARK = re.compile(r"^(?:#{1,6} |> ?)", re.M)
_SENTENCE_END = re.compile(r"[.!?…:;\"“”»’。！？)]\s*$")


@dataclass(slots=True)
class _Candidate:
    paragraphs: list[str]
    prose_words: int
    by_title: bool


def app_state_body(tree: LexborHTMLParser, settings: HtmlSettings, title: str, visible_words: int) -> list[str]:
    """The paragraphs of the article body in the page's application state, or [] when none
    holds more than `stated_ratio` times `visible_words` (the blob is not parsed then)."""
    need = max(settings.stated_min_words, settings.stated_ratio * visible_words)
    found: list[_Candidate] = []
    for source in state_values(tree, _MAX_CHARS):
        if len(source) > _MAX_CHARS or _rough_words(source, need, settings) < need:  # too few words to hold a body
            continue
        source = source.lstrip()
        try:
            value, end = _DECODER.raw_decode(source)
        except (ValueError, RecursionError):
            continue
        if end < len(source) and _rough_words(source[:end], need, settings) < need:  # a small object, the script's rest after it
            continue
        value = revive_elements(value) if '["$",' in source[:end] else revive_flat(value)
        _collect(value, settings, title.casefold(), False, 0, found)
    return _best(found, need)


def _best(found: list[_Candidate], need: float) -> list[str]:
    """The largest candidate; one in the object that carries the headline when it holds at least
    half as much (a longer related story or a comment thread elsewhere in the state loses)."""
    found = [c for c in found if c.prose_words > need]
    if not found:
        return []
    largest = max(found, key=lambda c: c.prose_words)
    titled = [c for c in found if c.by_title]
    if titled:
        near = max(titled, key=lambda c: c.prose_words)
        if 2 * near.prose_words >= largest.prose_words:
            return near.paragraphs
    return largest.paragraphs


def _collect(value: object, settings: HtmlSettings, title_key: str, by_title: bool, depth: int, found: list[_Candidate]) -> None:
    """Every prose string and every list of text blocks below `value`, as candidates."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        inner = _json_text(value)
        if inner is not None:  # a fetched response kept as its body's text (SvelteKit's data-sveltekit-fetched)
            _collect(inner, settings, title_key, by_title, depth + 1, found)
        else:
            _add(_text_paragraphs(value), settings, by_title, found)
    elif isinstance(value, dict):
        if _skipped(value, settings):
            return
        by_title = by_title or bool(title_key) and _holds_title(value, title_key)
        for key, item in value.items():
            if isinstance(item, (dict, list, str)) and not _parts(str(key)) & settings.app_skip_types:
                mark = len(found)
                _collect(item, settings, title_key, by_title, depth + 1, found)
                if isinstance(item, (str, list)) and len(found) > mark:  # a body came from this string or block list
                    _with_lead(value, found[mark:], settings)
    elif isinstance(value, list):
        if any(isinstance(item, dict) for item in value):
            _add([p for item in value for p in _block_text(item, settings, depth + 1)], settings, by_title, found)
        for item in value:
            if isinstance(item, (dict, list)):
                _collect(item, settings, title_key, by_title, depth + 1, found)


def _with_lead(article: dict, bodies: list[_Candidate], settings: HtmlSettings) -> None:
    """Open each body found in a string or a block list of `article` with the standfirst beside it: the string
    under an `app_lead_keys` key holding one prose paragraph (under an `app_dek_keys` one, a
    line of `standfirst_min_words` words) that the body does not already open with (a
    "description" is often the first paragraph cut short). The page's visible standfirst
    sits in a skeleton the state replaces, so without this the article lost it."""
    for key in settings.app_lead_keys:
        lead = article.get(key)
        if not isinstance(lead, str):
            continue
        paragraphs = paragraphs_of(lead)
        if len(paragraphs) == 1 and (_is_prose(paragraphs[0], settings) or key in settings.app_dek_keys
                                     and _line_words(paragraphs[0], settings) >= settings.standfirst_min_words):
            opening = paragraphs[0].rstrip(".…").casefold()
            for body in bodies:
                if not any(opening in paragraph.casefold() for paragraph in body.paragraphs):
                    body.paragraphs.insert(0, paragraphs[0])
            return


def _json_text(text: str) -> object | None:
    """The object or array a string holds as JSON text, or None. A framework that caches the
    responses its server fetched (SvelteKit's `<script data-sveltekit-fetched>`: {"status": 200,
    "body": "{\\"title\\": ..., \\"content\\": \\"<p>...\\"}"}) keeps each body as the text it
    received: read as prose, the article came out with the JSON's keys and quotes around it."""
    text = text.strip()
    if not (text[:1] == "{" and text[-1:] == "}" or text[:1] == "[" and text[-1:] == "]"):
        return None
    try:
        inner = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return inner if isinstance(inner, (dict, list)) else None


def _text_paragraphs(text: str) -> list[str]:
    """A string's paragraphs (structured.paragraphs_of), Markdown's marks taken off when the
    string is Markdown (headless CMSs store bodies so): "## Heading", "**bold**", "[text](url)";
    an image's "![alt](src)" goes whole, its alt text is no sentence of the article."""
    if "\n" in text and _MARKDOWN.search(text):
        text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text))
        text = _MD_EMPHASIS.sub(r"\2", text)
        text = _MD_LINE_MARK.sub("", text)
    return paragraphs_of(text)


def _add(paragraphs: list[str], settings: HtmlSettings, by_title: bool, found: list[_Candidate]) -> None:
    """A candidate when most of its paragraphs are prose: labels, ids and URLs are not."""
    prose = [p for p in paragraphs if _is_prose(p, settings)]
    if len(prose) >= 2 and 2 * len(prose) > len(paragraphs):
        found.append(_Candidate(paragraphs, word_count(prose, settings), by_title))


def _is_prose(text: str, settings: HtmlSettings) -> bool:
    """Long enough, six words or more (in Chinese and Japanese, counted as `word_count` does:
    a paragraph there has no spaces), ending as a sentence does."""
    return (len(text) >= settings.prose_min_chars and (text.count(" ") >= 5 or unspaced_words(text, settings) >= 6)
            and bool(_SENTENCE_END.search(text)))


def _line_words(text: str, settings: HtmlSettings) -> int:
    """The words of a line, spaced or (Chinese, Japanese) counted as `word_count` does."""
    return max(len(text.split()), unspaced_words(text, settings))


def _rough_words(source: str, need: float, settings: HtmlSettings) -> float:
    """The words a state's source may hold, counted cheaply by its spaces; only when they fall
    short of `need`, its Chinese and Japanese characters added (a body in those languages has
    no spaces, and a state holding one looked empty)."""
    spaces = source.count(" ")
    return spaces if spaces >= need else spaces + unspaced_words(source, settings)


def _block_text(value: object, settings: HtmlSettings, depth: int, quote: bool = False) -> list[str]:
    """A block's paragraphs: its text fields, nested blocks' included; none for a skipped type.
    A quote block's (`quote`: its type, or its holder's, is a quote) speaker follows its text."""
    if depth > _MAX_DEPTH:
        return []
    if isinstance(value, str):
        return _text_paragraphs(value)
    if isinstance(value, list):
        if all(isinstance(item, dict) and not _skipped(item, settings) for item in value) and _inline(value, settings):
            return paragraphs_of("".join(_run_text(item, settings) or "" for item in value))
        return [p for item in value for p in _block_text(item, settings, depth + 1)]
    if not isinstance(value, dict) or _skipped(value, settings):
        return []
    lowered = {str(k).lower(): v for k, v in value.items()}
    quote = quote or bool(_parts(_type_name(value)) & settings.app_quote_types)
    for key in _QUOTE_KEYS if quote else _TEXT_KEYS:
        if key in lowered and isinstance(lowered[key], (str, list, dict)):
            paragraphs = _block_text(lowered[key], settings, depth + 1, quote and key == "data")
            return paragraphs + _credit(lowered, settings, depth) if quote and paragraphs else paragraphs
    return []


def _credit(block: dict, settings: HtmlSettings, depth: int) -> list[str]:
    """A quote block's speaker: the text under its first credit key ("caption", "citation")."""
    for key in settings.app_quote_credit_keys:
        if isinstance(block.get(key), (str, dict)):
            return _block_text(block[key], settings, depth + 1)
    return []


def _inline(items: list, settings: HtmlSettings) -> bool:
    """Whether a list of blocks is the runs of one paragraph (Portable Text spans, Contentful
    text nodes): every item holds its text as a bare string under "text" or "value", or is a
    link node of such runs (Contentful's "hyperlink", Slate's "link"), and one run at least is
    bare: a link alone is no sign of a paragraph's runs."""
    return (all(_run_text(item, settings) is not None for item in items)
            and any(_bare_text(item) is not None for item in items))


def _run_text(item: dict, settings: HtmlSettings, depth: int = 0) -> str | None:
    """A run's own text, spaces kept (runs split a sentence anywhere, even inside a word); a link
    node's, its runs' text joined; None for an item that is neither."""
    text = _bare_text(item)
    if text is not None or depth > 2 or not _parts(_type_name(item)) & settings.app_inline_types:
        return text
    runs = next((v for k, v in item.items() if str(k).lower() in ("content", "children") and isinstance(v, list)), None)
    if not runs or not all(isinstance(run, dict) for run in runs):
        return None
    texts = [_run_text(run, settings, depth + 1) for run in runs]
    return None if None in texts else "".join(texts)


def _bare_text(item: dict) -> str | None:
    """The string an item holds under "text" or "value", or None."""
    return next((v for k, v in item.items() if isinstance(v, str) and str(k).lower() in ("text", "value")), None)


def _type_name(item: dict) -> str:
    """The item's type name ("hyperlink", "entry-hyperlink"), or ""."""
    return next((v for k, v in item.items() if isinstance(v, str) and str(k).lower() in _TYPE_KEYS), "")


def _skipped(block: dict, settings: HtmlSettings) -> bool:
    """A block of a media, embed, ad or related type: its captions and teasers are not the body."""
    for key, kind in block.items():
        if isinstance(kind, str) and str(key).lower() in _TYPE_KEYS and _parts(kind) & settings.app_skip_types:
            return True
    return False


def _parts(name: str) -> set[str]:
    """The lower-cased words of a type or key name: "RelatedLinks", "core/embed", "more_stories"."""
    return {part.lower() for part in _TYPE_PARTS.findall(name)}


def _holds_title(block: dict, title_key: str) -> bool:
    """Whether the object states the headline itself, or in a headline object of its own
    ({"headlines": {"basic": ...}}): not in any child, or the whole state would hold it."""
    for key, value in block.items():
        if isinstance(value, str) and value.casefold().strip() == title_key:
            return True
        if isinstance(value, dict) and any(word in str(key).lower() for word in ("headline", "title")):
            if any(isinstance(v, str) and v.casefold().strip() == title_key for v in value.values()):
                return True
    return False
