"""One JSONL line read as a record, or the one-line reason it cannot be.

`json.loads` raises more than `JSONDecodeError` on valid JSON: a `RecursionError` for a value
nested about a thousand levels deep and a `ValueError` for an integer longer than Python's
integer-string limit (4,300 digits). A record that does parse can still be too deep to travel: a
worker process receives it pickled, and the pickle recurses about twice per level (from ~500
levels it failed, with `--jobs 2` only, and stopped the run). Such a line is a bad line like any
other (reported, passed through unchanged), the same for every `--jobs`.
"""

from __future__ import annotations

import json
import sys

# Deeper than any record a scraper writes (datatrove and news-please nest 2 or 3 levels), and
# well under what the pickle to a worker and the rewrite's `json.dumps` can take.
MAX_DEPTH = 200


def parse_record(line: str) -> object:
    """The decoded value of `line`; raises `ValueError` with the reason when it is none."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"bad JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})") from None
    except RecursionError:
        raise ValueError(_too_deep()) from None
    except ValueError:  # the only other ValueError `json.loads` raises on a str
        raise ValueError(f"bad JSON (a number of more than {sys.get_int_max_str_digits()} digits)") from None
    if line.count("[") + line.count("{") > MAX_DEPTH and _deeper_than(value, MAX_DEPTH):
        raise ValueError(_too_deep())
    return value


def _too_deep() -> str:
    return f"JSON nested more than {MAX_DEPTH} levels deep"


def _deeper_than(value: object, limit: int) -> bool:
    """Whether lists and objects nest more than `limit` levels in `value` (without recursion:
    the value may be as deep as the reader allowed)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False
