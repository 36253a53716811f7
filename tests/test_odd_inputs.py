"""Odd inputs end to end: invisible characters, line ends, entities, mojibake, long tokens, deep HTML.

Each input is small (at most about 1 MB, generated here); the big ones (a 50 MB line, a 20 MB JSONL
record, a 30 MB page) are measured by benchmarks/bench_odd_inputs.py instead. Every case must give a
clean output that keeps the article's words, and cleaning the output again must change nothing.
"""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path


from cleaner.config import Config
from cleaner.normalize import repair
from cleaner.pipeline import clean_text
from cleaner.run import RunOptions, run

LEAD = "The council approved the new budget on Tuesday after a long debate that lasted until midnight."
SECOND = "Residents will pay three percent more for water from April, the treasurer told reporters."
THIRD = "The mayor thanked the staff who prepared the figures over the winter months for the vote."


def _run(tmp_path: Path, name: str, data: bytes) -> str:
    source = tmp_path / "in" / name
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_bytes(data)
    out = tmp_path / "out"
    summary = run([source.parent], Config(), RunOptions(output=out))
    assert not summary.problems
    written = out / (Path(name).stem + ".txt" if name.endswith(".html") else name)
    return written.read_text(encoding="utf-8")


def _stable(text: str) -> str:
    once = clean_text(text).text
    assert clean_text(once).text == once, "cleaning the output again changed it"
    assert clean_text(text).text == once, "two runs differ"
    return once


# -- repair: same-length line ends, invisible characters, entities ------------------------------------------


def test_every_line_end_becomes_a_line_feed_and_offsets_stay():
    text = "a\rb\r\nc\u2028d\u2029e\x0bf\x0cg\x85h\n"
    fixed, repairs = repair(text)
    assert fixed == "a\nb\r\nc\nd\ne\nf\ng\nh\n" and len(fixed) == len(text)
    assert repairs == ("line-ends",)


def test_invisible_characters_go_but_joiners_and_thai_word_breaks_stay():
    fixed, repairs = repair("Coun\u00adcil bud\u200bget \ufeffvote\u2060s \U0001F468\u200d\U0001F469 \u0645\u06cc\u200c\u0634\u0648\u062f "
                            "\u0e44\u0e17\u0e22\u200b\u0e44\u0e17\u0e22")
    assert fixed == ("Council budget votes \U0001F468\u200d\U0001F469 \u0645\u06cc\u200c\u0634\u0648\u062f "
                     "\u0e44\u0e17\u0e22\u200b\u0e44\u0e17\u0e22")
    assert repairs == ("invisible",)


def test_entities_are_unescaped_to_the_end_but_bare_ampersands_stay():
    fixed, repairs = repair("it&#8217;s &amp;amp;nbsp;x &rsquo; AT&T this&not that &madeup; &#x2014;")
    assert fixed == "it\u2019s \u00a0x \u2019 AT&T this&not that &madeup; \u2014"
    assert repairs == ("html-entities",)
    assert repair(fixed) == (fixed, ())


def test_clean_text_is_left_alone():
    text = f"Title\n{LEAD}\n"
    assert repair(text) == (text, ())


# -- whole runs ----------------------------------------------------------------------------------------------


def test_cr_only_and_unicode_line_ends_keep_lines_apart(tmp_path):
    page = f"Home\rNews\rCouncil approves budget\r{LEAD}\u2028{SECOND}\r\n{THIRD}\rShare on Facebook\r"
    cleaned = _run(tmp_path, "mac.txt", page.encode())
    assert cleaned == f"Council approves budget\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    assert _stable(page) == cleaned


def test_zero_width_and_emoji_text_keeps_its_words(tmp_path):
    page = (f"Coun\u00adcil\u00a0votes \U0001F44D\U0001F3FD on the bud\u200bget\n{LEAD} \U0001F468\u200d\U0001F469\u200d\U0001F467\n"
            f"Resi\ufeffdents will pay more.\u200d {SECOND}\n")
    cleaned = _stable(page)
    for words in ("Council votes \U0001F44D\U0001F3FD on the budget", LEAD, "Residents will pay more.", SECOND,
                  "\U0001F468\u200d\U0001F469\u200d\U0001F467"):
        assert words in cleaned
    assert _run(tmp_path, "zw.txt", page.encode()) == cleaned


def test_tabs_are_spaces_inside_a_line(tmp_path):
    cleaned = _stable(f"Council approves budget\n\t{LEAD}\n\t\tThe vote was 7\tto 2.\t{SECOND}\n")
    assert f"{LEAD}\n\nThe vote was 7 to 2. {SECOND}\n" in cleaned


def test_entities_left_in_a_text_file_are_read_as_characters(tmp_path):
    page = f"Council approves budget\n{LEAD} It&#8217;s final&amp;nbsp;now &amp; &quot;done&quot;.\n{SECOND}\n"
    cleaned = _run(tmp_path, "entities.txt", page.encode())
    assert "It\u2019s final\u00a0now & \"done\"." in cleaned or "It\u2019s final now & \"done\"." in cleaned
    assert "&" + "#8217;" not in cleaned and "&amp;" not in cleaned
    assert _stable(page) == cleaned


def test_mojibake_is_repaired(tmp_path):
    page = f"Council approves budget\nLe conseil a approuvÃ© le budget aprÃ¨s un long dÃ©bat. Câ€™est fini.\n{LEAD}\n"
    cleaned = _run(tmp_path, "mojibake.txt", page.encode())
    assert "Le conseil a approuvé le budget après un long débat. C’est fini." in cleaned
    assert _stable(page) == cleaned


def test_a_long_word_without_separators_stays():
    page = f"Council approves budget\n{LEAD}\n{SECOND} {'x' * 100_000} then more.\n{THIRD}\n"
    cleaned = _stable(page)
    assert LEAD in cleaned and SECOND in cleaned and THIRD in cleaned and "x" * 100_000 in cleaned


def test_article_around_a_base64_blob_is_kept():
    """A blob split by \\w+ at / and + counted as thousands of non-prose words and cut the body in
    two (scorer.paragraph_signals now counts at most two words per space-separated chunk)."""
    blob = base64.b64encode(random.Random(5).randbytes(75_000)).decode()
    fourth = "Two members voted against the plan, saying that the increase was too steep for families."
    fifth = "A public meeting on the new tariffs will be held at the library in the second week of March."
    cleaned = clean_text(f"Council approves budget\n{LEAD}\n{SECOND}\n{THIRD}\nThe attached file: {blob}\n{fourth}\n{fifth}\n").text
    for sentence in (LEAD, SECOND, THIRD, fourth, fifth):
        assert sentence in cleaned


def test_a_one_megabyte_jsonl_record_and_its_neighbour(tmp_path):
    rng = random.Random(3)
    syllables = ["ka", "lo", "mir", "den", "sa", "tor", "vel", "an", "bri", "col", "dus", "er", "fan"]
    words = ["".join(rng.choice(syllables) for _ in range(3)) if i % 2 else rng.choice(["the", "of", "and", "in"])
             for i in range(150_000)]
    big = " ".join(words)
    records = [{"id": "big", "text": f"Council approves budget\n{LEAD}\n{big}.", "source": "x"},
               {"id": "small", "text": f"Ferry returns\n{SECOND}\n{THIRD}"}]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    assert len(data) > 900_000
    written = _run(tmp_path, "feed.jsonl", data).splitlines()
    out = [json.loads(line) for line in written]
    assert [r["id"] for r in out] == ["big", "small"] and out[0]["source"] == "x"
    assert big[:5000] in out[0]["text"] and big[-5000:] in out[0]["text"] and LEAD in out[0]["text"]
    assert SECOND in out[1]["text"] and THIRD in out[1]["text"]


def test_html_nested_ten_thousand_levels(tmp_path):
    depth = 10_000
    page = ("<html><head><title>Council approves budget</title></head><body>" + "<div>" * depth
            + f"<h1>Council approves budget</h1><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>"
            + "</div>" * depth + "</body></html>")
    cleaned = _run(tmp_path, "deep.html", page.encode())
    assert cleaned.startswith("Council approves budget\n\n")
    for sentence in (LEAD, SECOND, THIRD):
        assert sentence in cleaned
    assert _stable(cleaned) == cleaned
