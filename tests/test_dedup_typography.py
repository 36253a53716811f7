"""Copies that differ only in typography are one text: curly or straight quotes, a no-break or
thin space, a soft hyphen, a zero-width space, full-width digits and letters (a CJK page and
its reprint write "２０２７年" or "2027年"). Within one page and across two sites, one copy stays."""

from __future__ import annotations

import pytest

from cleaner import clean_corpus
from cleaner.types import Document

LEAD = ('Kommunen meddelade på tisdagen att den nya bron över Dalälven blir klar 2027, ett år senare än planerat, '
        'eftersom "markförhållandena var sämre än väntat" enligt projektledaren Anna Lindqvist.')
COPIES = {
    "curly quotes": LEAD.replace('"markförhållandena', "\u201cmarkförhållandena").replace('väntat"', "väntat\u201d"),
    "no-break spaces": LEAD.replace("2027, ett", "2027,\u00a0ett").replace("Anna Lindqvist", "Anna\u00a0Lindqvist"),
    "thin space": LEAD.replace("en nya", "en\u2009nya"),
    "soft hyphens": LEAD.replace("projektledaren", "projekt\u00adledaren"),
    "zero-width space": LEAD.replace("Dalälven", "Dal\u200bälven"),
    "full-width digits": LEAD.replace("2027", "\uff12\uff10\uff12\uff17"),
}
JA_LEAD = "ＪＲ西日本によると、北陸新幹線は２０２７年３月までに全ての駅でホームドアの設置を終える計画で、総事業費はおよそ１２０億円を見込んでいる。"
JA_COPY = "JR西日本によると、北陸新幹線は2027年3月までに全ての駅でホームドアの設置を終える計画で、総事業費はおよそ120億円を見込んでいる。"


def _texts(docs: list[Document]) -> list[str]:
    return [result.text for result in clean_corpus(docs)]


@pytest.mark.parametrize("name", list(COPIES))
def test_a_copy_differing_in_typography_goes_within_one_page(name: str) -> None:
    page = f"Bron blir försenad\n\n{LEAD}\n\nOlle Berg ledde mötet i kommunhuset i Falun.\n\n{COPIES[name]}\n"
    (text,) = _texts([Document(id="page", text=page, source="site")])
    assert text.count("Lindqvist") == 1 and text.rstrip().endswith("kommunhuset i Falun.")


@pytest.mark.parametrize("name", list(COPIES))
def test_a_copy_differing_in_typography_is_kept_once_across_two_sites(name: str) -> None:
    docs = [
        Document(id="a", text=f"Bron blir försenad\n\n{LEAD}\n\nOlle Berg ledde mötet i kommunhuset i Falun.\n", source="a"),
        Document(id="b", text=f"Ny bro dröjer ett år\n\n{COPIES[name]}\n\nEtt möte hölls i Falun i går kväll.\n", source="b"),
    ]
    assert sum(text.count("Lindqvist") for text in _texts(docs)) == 1


def test_full_width_figures_and_letters_of_a_japanese_reprint_are_its_original_s() -> None:
    docs = [
        Document(id="a", text=f"ホームドア設置へ\n\n{JA_LEAD}\n\n金沢駅では工事が始まっている。\n", source="a"),
        Document(id="b", text=f"新幹線の全駅にホームドア\n\n{JA_COPY}\n\n富山駅は来年度に着工する予定だ。\n", source="b"),
    ]
    texts = _texts(docs)
    assert sum(text.count("ホームドアの設置を終える") for text in texts) == 1
    assert "金沢駅では工事が始まっている。" in texts[0] and "富山駅は来年度に着工する予定だ。" in texts[1]
