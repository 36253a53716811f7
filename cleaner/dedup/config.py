"""Dedup thresholds and policies (data, with documented defaults).

Every number here can be set from `cleaner.toml` (`[dedup]`); the defaults were chosen by
measurement on the synthetic corpus of `benchmarks/gen_corpus.py` (see
`benchmarks/results_dedup.md`).
"""

from __future__ import annotations

import math

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DedupConfig:
    """What counts as a duplicate, and what is done with it.

    Units and matching
    - `min_words`: segments with fewer normalised tokens are matched exactly only (and, inside one
      document, as truncated fragments contained verbatim in a longer segment).
    - `coverage_words`: shingle size of the in-document coverage test.
    - `repeat_min_words`: inside one document, an exact repeat with fewer tokens stays (table
      cells, scores, "Oui.", a one-word label, a ticker's second "Tor für Grünthal!"): such repeats
      are content, not a copied passage.
    - `headline_sentences`: the page's first paragraph, of at most this many sentences, the last
      with no sentence mark at its end, is its headline ("Singer opens up on the split. "I do
      not regret a single day""): a sentence of the body that it quotes stays (see
      headline.HeadlineQuote).
    - `series_label_words`, `series_min_repeats`: inside one document, a line of its own with
      fewer tokens (or a paragraph of two such sentences), repeated `series_min_repeats` times or
      more and each time before different text, is the label of a series (the questions of a run
      of interviews, a recipe's "Ingredients" heading): every copy stays. Twice is enough when two
      or more such lines come twice (two guests, the same questions).
    - `containment`: share of a segment's tokens covered by other text for it to count as repeated
      (counted against its closest earlier unit with both units' edges padded too, so that a word
      changed among its last or first tokens costs one token, as one mid-sentence does: coverage.py).
    - `paragraph_min_words`, `paragraph_containment`: inside one document, a paragraph of two
      sentences or more and at least `paragraph_min_words` tokens whose tokens one earlier
      paragraph covers at least `paragraph_containment` (edges padded, as for `containment`) is
      its near copy and goes whole: a ~40-word paragraph repeated with 2-3 words changed inside
      one sentence leaves that sentence under `containment`, the paragraph not (near_paragraphs.py).
      Under the bar by shingles, the share of the longer paragraph's tokens aligned in order
      counts (`coverage.aligned_share`): words changed close together cost themselves only.
      `paragraph_sentence_containment`: each sentence the sentence check left in such a copy must
      still be covered (or aligned) this much by the earlier paragraph: a Q&A block repeating its answer under
      another question ("Will the bridge close again next winter?") keeps the question.
    - `shingle_words` / `char_ngram`: shingle size of the near-duplicate pass across documents, in
      words, or in characters for unsegmented scripts (CJK, Thai...).
    - `num_perm`, `lsh_threshold`: MinHash size and the Jaccard similarity the LSH bands are tuned
      for (bands and rows are derived); `seed` fixes the permutations.
    - `threshold`: share of a block's shingles that an LSH candidate must contain (a true
      containment check) for the block to be its near duplicate.
    - `max_block_words`: a paragraph longer than this is near-matched sentence by sentence.
    - `near_new_words`: a sentence of a near-duplicate block holding a run of this many tokens
      that the original's shingles do not cover stays (a site's own clause glued to a reprinted
      wire sentence: "Gute Nachricht für Pendler in der Region: Die Deutsche Bahn will ...");
      a copy with a word changed here and there has no such run.
    - `sentence_threshold`: the same for a sentence looked up on its own out of a paragraph of
      new ones: higher, since a sentence has few shingles and a quote repeated with its own
      attribution ("», a répété la maire, devant les grilles de l'hôpital.") holds 0.82 of the
      original's.
    - `index_sentences`: the long sentences of every new paragraph of several sentences are
      looked up and indexed on their own too, so that a copy of one of them set among other
      sentences meets its original in the LSH bands (a sentence shares too few shingles with its
      whole paragraph to meet it reliably: copies with one word changed are found 0.853 of the
      time instead of 0.108, benchmarks/bench_near_sentences.py). Only sentences of
      `sentence_index_tokens` are filed (shorter ones can only be met word for word): the index
      holds ~2.6 times the paragraph blocks, 288 bytes per indexed segment instead of 168, for
      ~11% more CPU. Off, only the sentences of a paragraph whose bands met a candidate are
      looked up, and none is indexed on its own.

    Policies across documents
    - `template_min_docs`: a segment seen in this many documents of one source is site template
      (a document dropped as `duplicate_of` is a copy of a page, not a page: it is not counted),
      except a stock sentence (under `stock_sentence_words`) between two new sentences of its
      paragraph: a site glues its template to an edge of a paragraph, never mid-paragraph.
      A short line must also stand where template stands (a page's edge, beside a template line,
      or beside the same line in that many articles): a listicle's "#3", a recipe's "Step 2",
      an interview's "Question:" stand between each article's own text (structure.py).
    - `group_template_min_docs`: a line in this many articles of each of two sources or more,
      and in `template_min_docs` articles of them all, is the template of a group of sites (two
      papers of one publisher on their own domains, each printing the group's complaints
      notice): removed from every page of those sources, as a source's own template is
      (groups.py). An article is known by its longest line not so shared: one story's copies on
      several sites are one article, never a group's template. One under `min_words` tokens (a
      six-token tagline) must also stand where template stands in `template_min_docs` of the
      group's articles (a subheading they print between their articles' text stays). At
      `template_min_docs` or more, only a source's own template counts.
    - `template_place_share`: a short line stands where template stands in an article when more
      than this share of its places there do (an interview's "Question:" under the same credit
      once a page and between the article's own text twice does not).
    - `template_heading_rows`: a template line right above this many lines or more of the page's
      own (no template), each under `min_words` tokens and holding a figure and a word ("800 g
      Kartoffeln", "2 Möhren"), heads the article's own list and stays: a recipe site's
      "Zutaten" beside its "Merken" button is in every page, and so is its heading of the
      ingredients. A related box's teaser headlines are longer or hold no figure.
    - `counter_tokens`: a line of at most this many tokens, one of them a number, is a counter
      ("#3", "Step 2", "No. 3"): one with a sibling of the same shape elsewhere in its page is a
      numbered item of the article, never template; counters right next to each other are a
      widget's row (pagination, a rating) and may be (structure.py).
    - `template_line_share`: a sentence-shaped line (`prose_line_min_words` to
      `stock_sentence_words` tokens, ending like a sentence) is site template only when it is
      also in this share of its source's documents: a site's closing promo is on (almost) every
      page, "Une enquête a été ouverte." closes a tenth of a crime desk's articles, and a folder
      of pages of many sites is one source. So is a sentence of any length sharing its line with
      other words (three stories of such a folder gluing one wire sentence to their own prose
      are a reprint). With a run's plan the share is of the source's documents in the run (and
      the index); one document at a time, of those met so far.
    - `template_sentence_min_docs`: and in this many documents of the source at least, unless
      in every one of them: in a small source the share is no evidence ("The company did not
      respond to a request for comment." in 3 of a site's 11 pages is 27% of them, its tagline
      is in all 11). A site of fewer pages keeps a sentence-shaped line that is not on all of them,
      and one standing between two prose paragraphs (lines.inside_prose) even then.
    - `boilerplate_min_sources`: a short line of its own seen under this many sources is
      boilerplate (a short sentence inside a paragraph is never template nor boilerplate, nor is
      a one-sentence paragraph of at least `prose_line_min_words` tokens between two prose
      paragraphs: with fewer, "Help!", "Read more." are labels and buttons). With a run's plan,
      a line standing between article text in pages of this many sources is a label
      ("Question :", "Zutaten"), kept in each source where it mostly stands so (structure.py).
    - `stock_sentence_words`: a repeated sentence shorter than this, alone among new sentences of
      its paragraph, is kept: stock phrases ("The company did not respond to a request for
      comment.") recur in unrelated articles; a reprint repeats runs of sentences, or long ones.
      So is such a sentence standing as a paragraph right after a new prose paragraph (of at
      least `prose_line_min_words` tokens, ending like a sentence): as a duplicate, or as
      cross-source boilerplate ("Police are appealing for witnesses." closing articles of every
      source); three articles of one source still make it site template.
    - `quote_run`: repeated sentences that open with a quotation mark, up to this many in a row,
      with new text right above and right below (new prose paragraphs, or new sentences of
      their paragraph), are another article quoting the same words (a minister's statement of
      two sentences printed by two unrelated articles), kept: a reprint copies the text around
      a quote too. 1 keeps a lone quoted sentence only (a quoted line between new prose
      paragraphs was kept before this setting, whatever its length).
    - `rewrite_run`: sentences that the near pass found close to another source's while
      leaving out words of it (holding less than `sentence_threshold` of its shingles: no near
      copy the other way round), up to this many in a row, each inside a paragraph holding
      more, with a sentence of the document's own (new, of `min_words` tokens) right above and
      right below, are a rewrite's own words (two agencies writing up one event land on nearly
      the same sentence), kept: a reprint copies the sentences around them too, and its sentence
      with a word changed holds all but that word of its original. 0 removes them as near
      copies (before this setting). See rewrites.py.
    - `rewrite_paragraphs`: the same for a one-sentence paragraph (wire copy) removed as a near
      copy of another source's text, with the document's own prose right above and below, that
      holds less than `threshold` of the other's shingles; False removes it as a near paragraph.
    - `stock_line_min_sources`: such a sentence standing as a paragraph between two paragraphs
      of new prose is no copy either when a run's plan found it so, between its article's own
      lines, in pages of this many sources: a stock phrase ("The company did not respond to a
      request for comment." in the middle of unrelated articles), kept everywhere. In fewer it
      is a copy (a reprinted paragraph of an article stands between its own prose in the
      original and the copy: two sources). With `--index`, the sources of the pages the index
      already holds it in count too (the plan sees only the run's own pages). One document at
      a time in memory, with no plan, only a source's own phrase is kept so (its first copy in
      the same source).
    - `document_duplicate`: share of a document's remaining tokens that must duplicate earlier
      documents for the whole document to be dropped as `duplicate_of` (a new headline of its
      own aside: a teaser page over a copied lead is a copy).
    - `preferred_sources`: sources (a URL's host, or the folder of a text file) whose copy of a
      reprint is kept wherever it comes in the run (`cleaner clean` meets them first).
    - `prefer_complete`: an earlier document whose content lines are (`document_duplicate`) in a
      later, longer one gives way to it: the longer version is met first and kept whole.
    - `update_containment`: the same for two documents of one source: an updated article
      holds its first version but for a corrected paragraph or two (a changed figure makes
      another line), and the update, met first, is the version kept whole.
    - `update_edge_words`: for `update_containment`, a content line of the earlier document
      also counts as held by a later one of its source holding a line that opens and ends with
      the same this many tokens: an update corrects a figure inside its headline and lead
      ("deux morts et huit blessés" -> "trois morts et sept blessés"). Only the order the run
      meets the two in follows from it; what the older one loses is still decided by matching.
      More than half a line's tokens makes its edges the whole line (exact lines only).
    - `update_title_containment`: for `update_containment`, the share that is enough when the
      first content line (no site template) of both documents opens and ends with the same
      `update_edge_words` tokens: their headline, so one article; an update rewriting two of
      its five paragraphs holds 52% of its first version's words. Two articles of one site
      share a boxed paragraph or a stock line, not their headline (titles.py).
    - `update_newer_length`: a later document of one source holding an earlier one so
      (`update_containment`, `update_title_containment`) is its update though not longer when
      both say when they were published, it after the earlier, and it has at least this share
      of the earlier one's content words: a correction rewording a sentence shorter ("12 million"
      -> "2 million") is kept whole, the old version loses what it repeats; undated, the
      longer one stays the update (which of two same-sized versions is newer is unknown).
    - `home_lines`: a line within this many lines above a page's first own prose line (its
      headline, its lead) that other pages of its site print in a box ("Most read") is that
      page's: removed from every other page of the run, the earlier ones too (homes.py); 0: off.
      A content line within this many lines above the first own prose line of every page holding
      it, on some but not all pages of its source, is an article's head repeated on its pages
      (a paginated article's headline and standfirst): no site template, the first page met
      keeps it (pages.py).
    - `box_own_lines`: a box of lines closing every page of a source, in the same order, is
      template from the first page on, even when a box line is a page's longest (the line the
      plan knows an article by): such a page is known instead by its longest own line when it
      holds at least this many content lines no other page of the source holds (an article; a
      retitled copy holds one, its headline). See boxes.py.
    - `body_run_lines`: a run of at least this many consecutive lines, each of `min_words`
      tokens or more ending like a sentence and in `template_min_docs` articles of its source,
      right under the page's own line (one its source does not repeat), at least `body_share`
      of the page's tokens outside its source's repeated lines, in every page holding it, and
      under at most `body_lead_lines` own prose lines (a lead) in one of them at least (another
      copy's new top may run to two paragraphs), is the body of a story its
      site saved as several retitled copies (own headline and lead each), not site template:
      the first copy met keeps it, the others lose it as its copies. A site's box stands under
      its own heading or under an article's own paragraphs longer than itself. 0: off (such a
      body went from every copy as template). See bodies.py.
    - `prefer_earliest`: of two documents of different sources sharing `origin_shared_lines`
      content lines (a reprint), the one published first is met first and keeps the text, the
      later one pointing to it, when both say when they were published (a JSONL date field, or
      a day in the URL or the file's path); others are met in input order. Preferred sources and
      `prefer_complete` decide first. See origins.py.
    - `text_dates`: for `prefer_earliest`, a document that states no date in a field, its page's
      meta, its URL or its path is dated by the date its top lines state (a dateline, a byline:
      "7. Dezember 2026, 14:30 Uhr"; months per language in data/dates.toml, io/textdates.py).
      False: such a document stays undated.
    - `plan_max_group`: a line shared by more documents than this pairs none of them for
      `prefer_complete` (a wire story everywhere is a reprint, not an update).
    - `template_everywhere`: a line that the run's inputs hold in `template_min_docs` documents
      of one source is removed from every one of them, the first ones included (`cleaner clean`
      and `clean_corpus` given a list count the lines while they read their inputs to plan; one
      document at a time, as an iterator or the hook gives them, a template is only known from
      its third copy on).
    """

    enabled: bool = True
    within_document: bool = True
    across_documents: bool = True
    min_words: int = 8
    coverage_words: int = 3
    repeat_min_words: int = 4
    headline_sentences: int = 2
    series_label_words: int = 20
    series_min_repeats: int = 3
    containment: float = 0.9
    paragraph_min_words: int = 20
    paragraph_containment: float = 0.9
    paragraph_sentence_containment: float = 0.7
    shingle_words: int = 2
    char_ngram: int = 3
    num_perm: int = 32
    lsh_threshold: float = 0.4
    threshold: float = 0.8
    seed: int = 1
    max_block_words: int = 150
    near_new_words: int = 5
    sentence_threshold: float = 0.85
    index_sentences: bool = True
    template_min_docs: int = 3
    group_template_min_docs: int = 2
    template_line_share: float = 0.2
    template_sentence_min_docs: int = 4
    template_place_share: float = 0.5
    counter_tokens: int = 3
    template_heading_rows: int = 2
    boilerplate_min_sources: int = 3
    stock_sentence_words: int = 12
    stock_line_min_sources: int = 3
    quote_run: int = 2
    rewrite_run: int = 1
    rewrite_paragraphs: bool = True
    prose_line_min_words: int = 3
    document_duplicate: float = 0.9
    preferred_sources: tuple[str, ...] = ()
    prefer_complete: bool = True
    update_containment: float = 0.7
    update_edge_words: int = 4
    update_title_containment: float = 0.5
    update_newer_length: float = 0.8
    plan_max_group: int = 64
    home_lines: int = 3
    box_own_lines: int = 2
    body_run_lines: int = 3
    body_share: float = 0.5
    body_lead_lines: int = 1
    prefer_earliest: bool = True
    origin_shared_lines: int = 2
    text_dates: bool = True
    template_everywhere: bool = True

    def sentence_index_tokens(self, size: int) -> int:
        """The fewest tokens a sentence filed on its own (`index_sentences`) must have, with
        shingles of `size` tokens: a word changed inside a sentence costs it `size` of its
        shingles, so a shorter one's copy with one word changed holds under
        `sentence_threshold` of them and could only be met word for word (the exact pass does
        that). 15 words for 2-word shingles at 0.85; half of the sentence blocks on news."""
        shingles = math.ceil(size / (1.0 - self.sentence_threshold) - 1e-9)
        return max(self.min_words, shingles + size - 1)

    def sentence_template(self, docs: int, total: int, inside: bool = False) -> bool:
        """Whether a line shaped like a short sentence, in `docs` of its source's `total`
        documents, is common enough there to be site template (`template_line_share`,
        `template_sentence_min_docs`); `template_min_docs` is the caller's test. `inside`: the
        line stands between two prose paragraphs (lines.inside_prose), where three follow-ups
        of a folder of three repeat their background: in every page is no evidence there."""
        every_page = docs >= total and not inside
        return every_page or (docs >= self.template_sentence_min_docs and docs >= self.template_line_share * total)

    def __post_init__(self) -> None:
        """Refuse values no run can use, where the configuration is read (not deep in a run)."""
        for name in _COUNTS:
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")
        for name in _SHARES:
            if not 0.0 < getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be in (0, 1], got {getattr(self, name)}")
        for name in ("rewrite_run", "body_run_lines"):  # 0 turns the policy off
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be at least 0, got {getattr(self, name)}")
        if not 0.0 < self.lsh_threshold < 1.0:
            raise ValueError(f"lsh_threshold must be in (0, 1), got {self.lsh_threshold}")
        if not 0 <= self.seed < 1 << 32:
            raise ValueError(f"seed must be in [0, 2**32), got {self.seed}")
        if self.num_perm > MAX_PERMUTATIONS:  # a typo of 10**9 hung the run, allocating signatures
            raise ValueError(f"num_perm must be at most {MAX_PERMUTATIONS}, got {self.num_perm}")


_COUNTS = (
    "min_words", "coverage_words", "repeat_min_words", "shingle_words", "char_ngram", "num_perm",
    "max_block_words", "template_min_docs", "group_template_min_docs", "boilerplate_min_sources", "plan_max_group",
    "stock_sentence_words", "series_label_words", "series_min_repeats", "prose_line_min_words",
    "counter_tokens", "template_sentence_min_docs", "stock_line_min_sources", "headline_sentences", "box_own_lines",
    "near_new_words", "template_heading_rows", "quote_run", "update_edge_words", "body_lead_lines",
    "origin_shared_lines", "paragraph_min_words",
)  # fmt: skip
MAX_PERMUTATIONS = 4096  # a 4,096-hash signature is 16 KB a block and runs (slowly); 10**9 never returns
_SHARES = (
    "containment", "threshold", "sentence_threshold", "document_duplicate", "update_containment", "update_title_containment",
    "update_newer_length", "template_line_share", "template_place_share", "body_share", "paragraph_containment",
    "paragraph_sentence_containment",
)  # fmt: skip
