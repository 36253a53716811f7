"""A settings file's tables read into the settings dataclasses (settings.py), and the checks that
types alone cannot make: a category list naming a category no rule has, a bound a value must
keep. Each would otherwise turn a feature off without a word, or make a tuning file lie about
what runs.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from .loader import CATEGORIES

if TYPE_CHECKING:
    from .settings import Settings


def check_settings(settings: Settings, path: Path) -> None:
    """Raise ConfigError, naming the file at `path`, for a value its type lets through but the
    code cannot run with: an empty divisor or string, a category list naming unknown categories
    (or, where it narrows another list, categories not in that one), a bound outside its range."""
    for name in ("cjk", "unspaced"):
        if getattr(settings, name).chars_per_word <= 0:
            raise ConfigError(f"{path}: [{name}] chars_per_word must be positive")
    if not all(settings.unspaced.function_words):
        raise ConfigError(f"{path}: [unspaced] function_words must not hold an empty string")
    scorer, engine, known = settings.scorer, settings.engine, "unknown categories"
    category_lists = (  # (where, the list, what it may hold, what a stray entry is)
        ("[scorer.removed_value]", scorer.removed_value, CATEGORIES, known),
        ("[scorer] inline_chrome", scorer.inline_chrome, CATEGORIES, known),
        ("[scorer] live_entry_chrome", scorer.live_entry_chrome, CATEGORIES, known),
        ("[scorer] framed_control_categories", scorer.framed_control_categories, CATEGORIES, known),
        ("[scorer] closing_over_categories", scorer.closing_over_categories, CATEGORIES, known),
        ("[scorer] closing_past_categories", scorer.closing_past_categories, CATEGORIES, known),
        ("[scorer] closing_stem_categories", scorer.closing_stem_categories, scorer.closing_past_categories, "categories not in closing_past_categories"),
        ("[scorer] closing_fact_categories", scorer.closing_fact_categories, scorer.closing_past_categories, "categories not in closing_past_categories"),
        ("[scorer] closing_line_fact_categories", scorer.closing_line_fact_categories, scorer.closing_past_categories, "categories not in closing_past_categories"),
        ("[engine] box_sentence_categories", engine.box_sentence_categories, engine.box_categories, "categories not in box_categories"),
        ("[engine] block_resume_end_categories", engine.block_resume_end_categories, CATEGORIES, known),
        ("[engine] block_reach_end_categories", engine.block_reach_end_categories, engine.block_resume_end_categories, "categories not in block_resume_end_categories"),
        ("[scorer] inline_chrome_deep", scorer.inline_chrome_deep, scorer.inline_chrome, "categories not in inline_chrome"),
    )
    for where, values, allowed, problem in category_lists:
        unknown = sorted(set(values) - set(allowed))
        if unknown:  # a typo would silently turn the setting off
            raise ConfigError(f"{path}: {where}: {problem} {unknown}")
    if engine.block_resume_stem_chars < 1:  # an empty stem is every word's: any footer would "go on with the story"
        raise ConfigError(f"{path}: [engine] block_resume_stem_chars must be at least 1")
    if scorer.scoreboard_side_max_words < 1:  # no side would pass: every scoreboard would be taken for the title
        raise ConfigError(f"{path}: [scorer] scoreboard_side_max_words must be at least 1")
    if scorer.form_min_labels < 1:  # a box is found from its labels: none would match everywhere
        raise ConfigError(f"{path}: [scorer] form_min_labels must be at least 1")
    if scorer.framed_control_max_words < 1:  # no control has no words: an empty category list turns the feature off
        raise ConfigError(f"{path}: [scorer] framed_control_max_words must be at least 1")
    if scorer.closing_brief_sentences < 1 or scorer.closing_brief_lines < scorer.closing_past_lines:  # no brief at all: every body's run would be a brief's
        raise ConfigError(f"{path}: [scorer] closing_brief_sentences must be at least 1 and closing_brief_lines at least closing_past_lines")
    if scorer.interview_min_questions < 1:  # none would make every page an interview: no question under a box would go as a link
        raise ConfigError(f"{path}: [scorer] interview_min_questions must be at least 1")
    if not 0 <= scorer.about_contact_max_lines <= 20 or not 1 <= scorer.about_contact_max_words <= 20:  # more: notes under a label would pass for contacts
        raise ConfigError(f"{path}: [scorer] about_contact_max_lines must be from 0 to 20 and about_contact_max_words from 1 to 20")
    if not 0 <= scorer.notes_gap_max_lines <= 10:  # further down, a "Correction:" line is another page's
        raise ConfigError(f"{path}: [scorer] notes_gap_max_lines must be from 0 to 10")
    if any(place != place.casefold() or not place.strip() for place in scorer.signature_withheld_places):  # looked up casefolded
        raise ConfigError(f"{path}: [scorer] signature_withheld_places must be non-empty and in lower case")
    if scorer.section_lead_shared_stems < 1:  # 0 would take any short line over a section heading for the headline
        raise ConfigError(f"{path}: [scorer] section_lead_shared_stems must be at least 1")
    if scorer.short_sentence_min_words < 2:  # a one-word reply ("Kiitos.") would pass for a sentence
        raise ConfigError(f"{path}: [scorer] short_sentence_min_words must be at least 2")
    if not 0.0 <= scorer.short_sentence_max_digits <= 1.0:
        raise ConfigError(f"{path}: [scorer] short_sentence_max_digits must be a share from 0 to 1")


def overlay(shipped: dict[str, Any], user: dict[str, Any], path: Path) -> dict[str, Any]:
    """`user`'s sections laid over `shipped`'s, key by key; an unknown section is an error."""
    unknown = sorted(set(user) - set(shipped))
    if unknown:
        raise ConfigError(f"{path}: unknown tables {unknown} (known: {sorted(shipped)})")
    merged = dict(shipped)
    for name, values in user.items():
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: [{name}] must be a table")
        merged[name] = {**shipped[name], **values}
    return merged


def section(cls: type, table: Any, where: str) -> Any:
    """An instance of the dataclass `cls` from `table`, every field given and of its type (`where`
    names the table in errors): a missing key is an error, not a default, and so is a stray one."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: missing table")
    names = {f.name: f for f in fields(cls)}
    missing = sorted(set(names) - set(table))
    unknown = sorted(set(table) - set(names))
    if missing or unknown:
        raise ConfigError(f"{where}: missing keys {missing}, unknown keys {unknown}")
    values = {}
    for name, spec in names.items():
        value = table[name]
        if spec.type == "dict[str, float]":
            if not isinstance(value, dict) or not all(isinstance(v, (int, float)) for v in value.values()):
                raise ConfigError(f"{where}.{name}: expected a table of numbers")
            value = {k: float(v) for k, v in value.items()}
        elif spec.type == "str":
            if not isinstance(value, str):
                raise ConfigError(f"{where}.{name}: expected a string")
        elif spec.type == "tuple[str, ...]":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}.{name}: expected a list of strings")
            value = tuple(value)
        elif spec.type == "int":
            if not isinstance(value, int) or isinstance(value, bool):
                raise ConfigError(f"{where}.{name}: expected a whole number")
        elif not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ConfigError(f"{where}.{name}: expected a number")
        else:
            value = float(value)
        values[name] = value
    return cls(**values)
