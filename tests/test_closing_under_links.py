"""The article's short closing sentence under a "read also" link: it joins the article when
what follows it is page furniture, known to the rules or only short labels no rule knows
(blocks.py `closing_past_links`, `_labels_below`). A sentence with more text under it that
reads as prose is not known to close anything and stays out (the walk's existing caution)."""

from __future__ import annotations

from pathlib import Path

from cleaner.config import Config
from cleaner.pipeline import clean_text
from cleaner.rules.config import RulesConfig

BODY = [
    "Council approves new cycle lane on Mill Road after two-year row",
    "Councillors have approved a protected cycle lane along Mill Road, ending a two-year dispute between traders and cycling groups.",
    "The 1.2-mile lane will replace 40 parking spaces, which the council says will be offset by a new car park behind the library.",
    "Traders had argued that losing on-street parking would drive customers away, but a survey found most shoppers arrive on foot.",
    "Work is expected to start in March and take about four months.",
    "Related: Mill Road traders launch petition against parking cuts",
]
CLOSING = "The lane is due to open before the summer term."


def _clean(lines: list[str]) -> str:
    return clean_text("\n".join(lines) + "\n").text


def test_a_closing_sentence_above_short_labels_is_kept():
    out = _clean(BODY + [CLOSING, "Weather", "Traffic", "Contact us"])
    assert CLOSING in out
    assert "Weather" not in out and "Related:" not in out


def test_labels_must_be_short_and_unpunctuated():
    """A line of more than `menu_max_words` words below is not a label: no evidence that the
    sentence closes the article (it may be a teaser's blurb above another teaser)."""
    teaser = "Mill Road traders say footfall has fallen by a third since the works began"
    out = _clean(BODY + [CLOSING, teaser, "Weather"])
    assert CLOSING not in out



NEWSLETTER_BOX = ["Sign up for our daily newsletter", "Get the top stories delivered to your inbox every morning.", "Enter your email address"]


def test_a_closing_sentence_under_a_newsletter_box_is_kept():
    """A newsletter box between the article's last paragraph and its closing sentence: the
    sentence names what the article is about ("projektu" under "projekt") and joins it; a
    Polish one of six words with one stopword scored 0.50 and was cut with the box."""
    page = (Path(__file__).resolve().parents[1] / "fixtures" / "general" / "pl_4.txt").read_text(encoding="utf-8")
    out = clean_text(page).text
    assert out.endswith("Pierwsze czytanie projektu zaplanowano na grudzień.\n")
    assert "Zapisz się" not in out and "Czytaj także" not in out


def test_a_newsletters_small_print_no_rule_knows_stays_the_boxs():
    """With its rule turned off, "You can unsubscribe at any time." under the box shares no word
    with the article: it is the box's small print, not a closing sentence."""
    config = Config(rules=RulesConfig(disable=("en.newsletter.small-print",)))
    text = "\n".join(BODY[:-1] + NEWSLETTER_BOX + ["You can unsubscribe at any time.", "Related stories", "Most read"]) + "\n"
    out = clean_text(text, config).text
    assert "unsubscribe" not in out
    assert BODY[-2] in out


def test_a_follow_call_a_share_rule_takes_is_an_apps_call():
    """A share line naming one network among other words ("Follow us on Facebook") set alone
    between the last paragraphs is a call to follow the site (closing.follow_call): the
    fact under it is the article's. A share row of network names alone keeps the share line's
    longer ask."""
    from cleaner.rules.closing import follow_call
    from cleaner.rules.settings import load_settings
    from cleaner.segment import segment
    from cleaner.types import Document

    settings = load_settings().scorer
    for line, expected in (("I-follow kami sa Facebook", True), ("Facebook Twitter WhatsApp", False),
                           ("Signaler une erreur", False), ("Share on Facebook", True),
                           ("Seuraa meitä Instagramissa", True), ("Pratite nas na Instagramu", True),
                           ("Obserwuj nas w Google News", True), ("Xavier Dupont writes", False)):
        doc = Document(id="x", text=line + "\n")
        segment(doc)
        assert follow_call(doc, doc.paragraphs[0], {"share"}, settings) is expected, line
    assert not follow_call(doc, doc.paragraphs[0], {"newsletter"}, settings)
    fact = "Tolls stay free until the autumn."
    page = BODY[:5] + ["Follow us on Facebook", fact, "Comments (3)"]
    assert fact in _clean(page)


def test_a_short_fact_under_a_follow_call_is_kept_and_a_notice_is_not():
    """Under one follow call set between the last paragraphs, a closing fact of three or four
    words is the article's ("The ferry stays free.": `closing_line_fact_min_words`); a notice of the
    same length that names the furniture under it ("Commenting is switched off." over
    "Comments (3)", closing._furniture_notice) is the page's and keeps the longer ask."""
    fact = "The ferry stays free."
    assert fact in _clean(BODY[:5] + ["Follow us on Facebook", fact, "Comments (3)"])
    notice = "Commenting is switched off."
    out = _clean(BODY[:5] + ["Follow us on Facebook", notice, "Comments (3)"])
    assert notice not in out
    assert BODY[4] in out


def test_a_follow_call_naming_the_network_in_its_own_script():
    """Arabic, Hindi, Korean, Ukrainian pages spell the network in their script ("فيسبوك",
    "फेसबुक", "카카오톡", "Телеграм"; closing_call_networks): such a line is a follow call
    too, and a 4-5 word closing fact under it was lost for want of a share line's 7 words."""
    from cleaner.rules.closing import follow_call
    from cleaner.rules.settings import load_settings
    from cleaner.segment import segment
    from cleaner.types import Document

    settings = load_settings().scorer
    for line in ("تابعونا على فيسبوك", "हमें फेसबुक पर फॉलो करें", "카카오톡 채널 추가하고 뉴스 받아보기",
                 "Підписуйтеся на наш Телеграм", "עקבו אחרינו בפייסבוק"):
        doc = Document(id="x", text=line + "\n")
        segment(doc)
        assert follow_call(doc, doc.paragraphs[0], {"share"}, settings), line
    page = Path(__file__).resolve().parents[1] / "fixtures" / "general" / "ar_243.txt"
    assert "تبدأ العيادات عملها غدا." in clean_text(page.read_text(encoding="utf-8")).text
