"""Tuned numbers of the rules step (data/scorer.toml): engine limits, language guess, scorer model.

They are data so that a measurement can change them without touching code, and so a user can
point `RulesConfig.settings_file` at their own copy. Missing keys are an error: a silently
defaulted weight would make a tuning file lie about what runs. Reading and checking a file's
tables: settings_tables.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..tomlfile import read_toml
from .settings_tables import check_settings, overlay, section


@dataclass(frozen=True, slots=True)
class EngineSettings:
    """Limits of the phrase-rule engine (see data/scorer.toml for what each one is for)."""

    line_max_chars: int
    block_min_prose_words: int
    prose_paragraph_words: int
    language_sample_chars: int
    language_min_hits: int
    language_margin: float
    language_declared_min_hits: int
    box_categories: tuple[str, ...]
    box_line_max_words: int
    box_span: int
    box_absorbs: tuple[str, ...]
    box_sentence_categories: tuple[str, ...]
    block_resume_categories: tuple[str, ...]
    block_resume_links: int
    block_resume_paragraphs: int
    block_resume_story_links: int
    block_resume_story_words: int
    block_resume_stem_chars: int
    block_resume_end_categories: tuple[str, ...]
    block_reach_end_categories: tuple[str, ...]
    caption_max_words: int


@dataclass(frozen=True, slots=True)
class ScorerSettings:
    """Weights of the prose model and thresholds of the block and menu decisions."""

    bias: float
    weights: dict[str, float]
    stopword_reference: float
    stopword_floor: float
    caseless_min_share: float
    unlisted_max_capitalised: float
    unlisted_max_digits: float
    capitalised_reference: float
    capitalised_nouns: tuple[str, ...]
    name_sentence_min_words: int
    name_sentence_min_stopwords: float
    name_follower_weight: float
    stopword_min_lines: int
    stopword_short_words: int
    short_sentence_min_words: int
    short_sentence_max_digits: float
    page_weight_chars: float
    page_weight_max: float
    page_weight_min: float
    page_weight_min_words: int
    stopless_min_lines: int
    block_threshold: float
    removed_value: dict[str, float]
    closing_categories: tuple[str, ...]
    closing_past_categories: tuple[str, ...]
    closing_stem_categories: tuple[str, ...]
    closing_stem_chars: int
    closing_fact_categories: tuple[str, ...]
    closing_line_fact_categories: tuple[str, ...]
    closing_fact_min_words: int
    closing_line_fact_min_words: int
    closing_app_platforms: tuple[str, ...]
    closing_call_stem_chars: int
    closing_notice_stem_chars: int
    closing_notice_lines: int
    closing_call_networks: tuple[str, ...]
    closing_call_min_words: int
    subheading_shorter_words: int
    closing_past_lines: int
    closing_brief_lines: int
    closing_brief_sentences: int
    closing_over_categories: tuple[str, ...]
    thread_categories: tuple[str, ...]
    thread_window: int
    thread_button_max_words: int
    length_exponent: float
    length_offset: float
    keep_outside_prose: float
    keep_outside_words: int
    title_max_words: int
    title_question_max_words: int
    salutation_max_words: int
    transcript_max_gap: int
    transcript_chapter_max_words: int
    title_min_words: int
    menu_max_words: int
    menu_run: int
    menu_prose: float
    menu_cut_run: int
    menu_cut_words: int
    menu_cut_capitalised: float
    lead_min_words: int
    lead_min_prose: float
    lead_max_paragraphs: int
    headline_lead_max_paragraphs: int
    tail_min_words: int
    tail_min_prose: float
    closing_min_prose: float
    closing_min_words: int
    price_units: tuple[str, ...]
    offer_words: tuple[str, ...]
    practical_event_lines: int
    tail_max_paragraphs: int
    tail_bridge_paragraphs: int
    interview_min_questions: int
    tail_label_lines: int
    tail_label_prose: int
    section_min_pairs: int
    section_last_min_pairs: int
    section_head_lines: int
    section_box_lines: int
    section_unnamed_min_heads: int
    section_signed_min_heads: int
    section_label_max_words: int
    promo_label_max_words: int
    section_box_min_pairs: int
    section_box_categories: tuple[str, ...]
    glued_min_paragraphs: int
    glued_head_lines: int
    card_min_items: int
    card_detail_lines: int
    poll_min_options: int
    poll_sum_slack: float
    poll_button_words: int
    event_max_rows: int
    qa_min_pairs: int
    resume_max_lines: int
    resume_min_prose: float
    resume_inside_categories: tuple[str, ...]
    resume_link_categories: tuple[str, ...]
    resume_signup_categories: tuple[str, ...]
    resume_signup_tail: tuple[str, ...]
    resume_link_lines: int
    resume_box_lines: int
    resume_max_labels: int
    link_title_min_words: int
    link_prose_min_words: int
    form_min_labels: int
    related_min_items: int
    related_max_items: int
    related_prose_min_words: int
    form_max_sentences: int
    form_label_max_words: int
    form_heading_max_words: int
    form_store_labels: tuple[str, ...]
    post_networks: tuple[str, ...]
    form_sentence_max_words: int
    min_body_words: int
    brief_min_words: int
    brief_min_prose: float
    brief_box_min_rows: int
    shape_max_tokens: int
    shape_min_repeats: int
    signature_particle_max_chars: int
    signature_withheld_places: tuple[str, ...]
    title_anchor_min_chars: int
    title_anchor_overlap: float
    before_title_factor: float
    title_far_min_words: int
    year_abbreviations: tuple[str, ...]
    title_byline_min_words: int
    scoreboard_side_max_words: int
    title_caseless_min_words: int
    title_caseless_shared_stems: int
    standfirst_lead_paragraphs: int
    title_summary_min_words: float
    date_min_year: int
    date_max_year: int
    date_max_words: int
    furniture_max_lines: int
    furniture_max_labels: int
    furniture_max_words: int
    obituary_label_max_words: int
    furniture_min_digits: float
    name_max_words: int
    name_min_capitalised: float
    name_particles: tuple[str, ...]
    name_max_particles: int
    credit_min_digits: float
    credit_min_capitalised: float
    credit_max_share: float
    credit_headline_max_capitalised: float
    caption_min_words: int
    standfirst_min_words: int
    standfirst_max_words: int
    about_heading_max_chars: int
    about_max_sentences: int
    about_named_within: int
    about_contact_max_lines: int
    about_contact_max_words: int
    standfirst_max_names: float
    byline_max_prose: float
    list_max_words: int
    list_item_max_capitalised: float
    list_max_labels: int
    list_min_items: int
    list_headed_min_items: int
    figure_row_max_words: float
    list_label_max_words: int
    framed_control_categories: tuple[str, ...]
    framed_control_max_words: int
    story_stem_sentences: int
    story_lower_min_sentences: int
    recipe_row_max_words: int
    recipe_figure_rows: int
    list_min_share: float
    list_prose_min_words: int
    list_intro_min_words: int
    list_phrase_min_words: int
    inline_chrome: tuple[str, ...]
    inline_chrome_max: int
    inline_chrome_lines: int
    inline_chrome_deep: tuple[str, ...]
    inline_chrome_depth: int
    live_min_stamps: int
    clock_stamp_max_words: int
    day_divider_max_words: int
    live_min_day_dividers: int
    live_entry_chrome: tuple[str, ...]
    interview_min_turns: int
    speaker_min_turns: int
    keypoints_min_items: int
    review_item_max_words: int
    review_max_items: int
    review_gap_max_lines: int
    notes_gap_max_lines: int
    review_heading_max_words: int
    verdict_ratings: tuple[str, ...]
    claim_labels: tuple[str, ...]
    credit_box_labels: tuple[str, ...]
    credit_box_min_rows: int
    listing_name_max_words: int
    listing_line_max_words: int
    listing_min_entries: int
    item_heading_max_words: int
    item_max_paragraphs: int
    item_min_siblings: int
    item_intro_min_words: int
    section_heading_max_words: int
    section_shared_words: int
    section_lead_shared_stems: int
    citation_max_words: int
    related_rows_under: int
    link_named_below: int
    link_named_top: int
    link_brief_min_items: int
    link_brief_pair_items: int
    subheading_scan: int
    table_header_min_rows: int


@dataclass(frozen=True, slots=True)
class CjkSettings:
    """Word counts for scripts written without spaces (Chinese, Japanese)."""

    chars_per_word: float
    function_chars: str


@dataclass(frozen=True, slots=True)
class UnspacedSettings:
    """Thai, Lao, Khmer and Myanmar: no spaces between words (a space or nothing ends a clause),
    function words glued to the next word, no capital letters. See data/scorer.toml [unspaced]."""

    chars_per_word: float
    function_words: tuple[str, ...]
    sentence_min_words: int
    sentence_short_words: int
    stopless_short_words: int
    sentence_short_function: float
    name_max_chars: int
    name_chunk_max_chars: int


@dataclass(frozen=True, slots=True)
class Settings:
    engine: EngineSettings
    scorer: ScorerSettings
    cjk: CjkSettings
    unspaced: UnspacedSettings


def default_settings_file() -> Path:
    return Path(str(resources.files("cleaner.rules") / "data" / "scorer.toml"))


def load_settings(path: str | Path | None = None) -> Settings:
    """The shipped settings, with the values of the file at `path` (if any) over them.

    A user's file names only what it changes: a key it leaves out keeps the shipped value, so
    a new setting in a later release does not break it; a key the release does not know is
    refused (a typo must not be silently ignored). Tables such as `[scorer.weights]` are
    replaced whole.
    """
    shipped = default_settings_file()
    table = read_toml(shipped, "settings file")
    if path and Path(path) != shipped:
        path = Path(path)
        table = overlay(table, read_toml(path, "settings file"), path)
    else:
        path = shipped
    settings = Settings(
        engine=section(EngineSettings, table.get("engine"), f"{path}: [engine]"),
        scorer=section(ScorerSettings, table.get("scorer"), f"{path}: [scorer]"),
        cjk=section(CjkSettings, table.get("cjk"), f"{path}: [cjk]"),
        unspaced=section(UnspacedSettings, table.get("unspaced"), f"{path}: [unspaced]"),
    )
    check_settings(settings, path)
    return settings
