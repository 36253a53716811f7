"""A credit or label line under a headline, in words no rule knows, must not take the title
(cleaner/rules/credit.py); a real standfirst under the headline and a kicker above it stay."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text

BODY = [
    "Kedua-dua negara bersetuju melanjutkan gencatan senjata di kawasan sempadan selama 30 hari lagi selepas rundingan di Kuala Lumpur semalam.",
    "Menteri Luar berkata rundingan berjalan lancar dan kedua-dua pihak komited untuk mencari penyelesaian kekal.",
    "Pemerhati antarabangsa akan terus dihantar ke kawasan berkenaan bagi memantau keadaan di lapangan.",
]
HEADLINE = "Gencatan senjata di sempadan dilanjutkan selama sebulan lagi"

CREDITS = [
    "Penulis Nur Aisyah Hamzah",  # a name after a word of credit, no other mark
    "Oleh Wartawan Kami | Kuala Lumpur",  # a separator with a short side
    "Isnin, 7 Disember 2026 10:45",  # a date and time
    "Foto: Aidil Rahman | @aidilfoto",  # a label over a name, a handle
]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_credit_under_the_headline_goes_and_the_headline_stays(credit: str):
    page = "\n".join(["Utama", "Dunia", HEADLINE, credit, *BODY, "Kongsi"])
    text = clean_text(page).text
    assert text.startswith(HEADLINE + "\n\n" + BODY[0][:30]), text[:200]
    assert credit not in text


STANDFIRSTS = [
    "Rundingan dua hari berakhir dengan persetujuan untuk menambah pemerhati di kawasan sempadan",
    "Pasukan pemerhati ditambah kepada 3,200 anggota",  # shorter than the headline, one number
    "Rundingan tamat awal pagi - pemerhati ditambah",  # two clauses joined by a dash, no name beside it
    "Antara 2020 dan 2025 sempadan ditutup",  # two years are no date
]


@pytest.mark.parametrize("standfirst", STANDFIRSTS)
def test_a_standfirst_under_the_headline_stays(standfirst: str):
    page = "\n".join(["Utama", "Dunia", HEADLINE, standfirst, *BODY])
    text = clean_text(page).text
    assert text.startswith(HEADLINE + "\n\n" + standfirst + "\n\n"), text[:200]


def test_a_kicker_above_the_headline_does_not_become_the_title():
    page = "\n".join(["Utama", "Eksklusif", HEADLINE, "Penulis Nur Aisyah Hamzah", *BODY])
    assert clean_text(page).text.startswith(HEADLINE + "\n\n"), clean_text(page).text[:200]


def test_a_title_case_headline_stays_the_title_over_a_name_line():
    """Under a headline in title case, capitals tell no name: the name line is no evidence
    (it stays, as before), and the headline stays the title."""
    headline = "Border Ceasefire Extended For Another Month After Talks"
    page = "\n".join(["Home", "World", headline, "Analysis By Nur Aisyah Hamzah", *BODY])
    assert clean_text(page).text.startswith(headline + "\n\n")


def test_a_short_headline_over_a_credit_with_two_marks_stays_the_title():
    """A headline of few words ("Banjir kilat di Shah Alam") over a credit holding a name beside
    a separator and a time: two kinds of evidence are enough, the credit goes."""
    credit = "Oleh Ahmad Faizal | Dikemaskini 5 Dis 2026, 10:45 pagi"
    page = "\n".join(["Utama", "Wilayah", "Banjir kilat di Shah Alam", credit, *BODY])
    text = clean_text(page).text
    assert text.startswith("Banjir kilat di Shah Alam\n\n" + BODY[0][:30]), text[:200]
    assert credit not in text


SHORT_HEADLINE_CREDITS = [
    "Nur Aisyah Hamzah | Wartawan kanan dan penulis buku",  # a person's name on one side, a role on the other
    "Teks: Nur Aisyah Hamzah, wartawan kanan | Foto: Aidil Rahman / Bernama",  # a label on each side, both long
]


@pytest.mark.parametrize("credit", SHORT_HEADLINE_CREDITS)
def test_a_short_headline_over_a_longer_credit_stays_the_title(credit: str):
    """Under a headline shorter than a far title, a credit with one kind of evidence took the
    title ('Marta Puig | Periodista i escriptora', 'Autor: ... | Fotografije: ...'): a person's
    name beside a separator, or labels on both sides, is evidence of its own."""
    page = "\n".join(["Utama", "Wilayah", "Banjir kilat di Shah Alam", credit, *BODY])
    text = clean_text(page).text
    assert text.startswith("Banjir kilat di Shah Alam\n\n" + BODY[0][:30]), text[:200]
    assert credit not in text


def test_a_headline_with_a_one_word_topic_before_a_separator_stays_the_title():
    """A topic before a separator ("Sempadan | ...") is one short side, no name: the line is the headline."""
    headline = "Sempadan | Gencatan senjata dilanjutkan selama sebulan lagi"
    page = "\n".join(["Utama", "Dunia", headline, *BODY])
    assert clean_text(page).text.startswith(headline + "\n\n"), clean_text(page).text[:200]


WIRE = [
    "Canadian shipyard wins $1.2 billion navy repair contract",
    "A Halifax shipyard has been awarded a $1.2 billion contract to maintain six of the navy's frigates over the next ten years, the federal government announced on Thursday.",
    "The work is expected to sustain about 400 jobs at the yard and dozens more among local suppliers, the department said in a statement.",
]
LAST = "The first ship is due to arrive at the yard in the spring of 2027, officials said."
CREDIT = "(Reporting by Jane Doe; Editing by Mark Heinrich)"


def test_a_wire_credit_glued_after_the_last_sentence_goes_and_the_sentence_stays():
    """The "glued" guard (loader.GUARDS): a sentence rule that takes a sentence after another."""
    text = clean_text("\n".join([*WIRE, f"{LAST} {CREDIT}", "Share this article"]) + "\n").text
    assert text.rstrip().endswith(LAST) and CREDIT not in text


def test_the_same_credit_alone_on_its_line_is_left_to_the_scorer():
    """Alone on its line, the bracketed credit is no sentence after another: the guard leaves it
    to the line rules and the scorer (the text-dump benchmark's gold keeps it, 359fee22)."""
    result = clean_text("\n".join([*WIRE, LAST, CREDIT, "Share this article"]) + "\n")
    assert LAST in result.text
    assert "en.credit.wire-glued" not in {removal.rule for _, _, removal in result.removals}


def test_only_sentence_rules_may_be_glued(tmp_path):
    from cleaner.errors import ConfigError
    from cleaner.rules import load_rule_files

    path = tmp_path / "xx.toml"
    path.write_text('language = "xx"\n[[rule]]\nid = "xx.credit.one"\ncategory = "credit"\nscope = "line"\nguard = "glued"\n'
                    "pattern = '''^AFP$'''\ndescription = \"x\"\nmust_match = [\"AFP\"]\nmust_not_match = [\"AFP said\"]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="only sentence rules may use the guard"):
        load_rule_files([path])


@pytest.mark.parametrize("guard", ["inside-body", "under-ad"])
@pytest.mark.parametrize("scope, takes", [("sentence", ""), ("line", "takes = \"next\"\n")])
def test_line_guards_refuse_other_scopes_and_takers(tmp_path, guard, scope, takes):
    """"inside-body" and "under-ad" decide one line by its place: a sentence rule or a rule that
    also takes its neighbours is refused, the message naming the guard."""
    from cleaner.errors import ConfigError
    from cleaner.rules import load_rule_files

    path = tmp_path / "xx.toml"
    path.write_text(f'language = "xx"\n[[rule]]\nid = "xx.advertising.one"\ncategory = "advertising"\nscope = "{scope}"\n'
                    f'guard = "{guard}"\n{takes}'
                    "pattern = '''^Buy now$'''\ndescription = \"x\"\nmust_match = [\"Buy now\"]\nmust_not_match = [\"Buy\"]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=f'only line rules that take no neighbours may use the guard "{guard}"'):
        load_rule_files([path])
