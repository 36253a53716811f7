"""Short briefs, an article's notes and lists without a colon, each with the page it must not
be confused with (fixtures/general en_19, en_20, fr_11, es_9, de_12, it_6 are the full pages).

- A news brief under min_body_words is cut around when the page's chrome frames it
  (briefs.framed_brief), with the sentences right around its best one (briefs.brief_sentences);
  a short page with no chrome, or a section page of teasers, stays whole.
- Footnotes under a body join it when the body carries their mark (footnotes.py); a line
  opening on "*" under an article with no such mark stays out.
- Names or lower-case items under a sentence without a colon are the article's list
  (framed.framed_tail, lists.list_tail); teaser headlines under the last sentence still go.
- A fact check's verdict rows above its lead join it (lists.fact_head); a byline's rows do not.
"""

from __future__ import annotations

from cleaner.pipeline import clean_text


def _clean(lines: list[str]) -> str:
    return clean_text("\n".join(lines) + "\n").text


BRIEF = "Two walkers were rescued by a lifeboat crew after being cut off by the tide near Saltbay Point on Tuesday afternoon."
HEADLINE = "Lifeboat crew rescue two walkers cut off by tide"


def test_a_brief_framed_by_chrome_loses_the_site_name_and_teasers() -> None:
    out = _clean(["Harbour Gazette", HEADLINE, BRIEF, "Most popular", "Council approves new car park charges",
                  "Roadworks to close seafront for a week", "Newsletter", "Sign up"])
    assert out == f"{HEADLINE}\n\n{BRIEF}\n", out


def test_a_brief_whose_lead_scores_under_the_threshold_keeps_it() -> None:
    """A two-sentence wire brief whose lead (a time and a magnitude) scores a hair under the
    threshold: the maximum sum held the second sentence alone, too short for a brief, and the
    page kept its menus and teasers (briefs.brief_sentences grows it over the lead)."""
    lead = "İzmir'in Seferihisar ilçesinde saat 03.12'de 4,2 büyüklüğünde deprem meydana geldi."
    second = "AFAD, depremin 7 kilometre derinlikte gerçekleştiğini ve can kaybı ya da hasar bildirilmediğini açıkladı."
    out = _clean(["Gündem", "Son Dakika", "İzmir'de 4,2 büyüklüğünde deprem", lead, second, "Paylaş",
                  "Etiketler: İzmir, deprem, AFAD", "Son Dakika Haberleri", "Ankara'da trafik kazası"])
    assert out == f"İzmir'de 4,2 büyüklüğünde deprem\n\n{lead}\n\n{second}\n", out


def test_a_short_page_without_chrome_stays_whole() -> None:
    lines = ["Budget 2027 😱 what it means for you",
             "The chancellor will deliver the budget on Wednesday. Here is what we expect to change for families."]
    assert _clean(lines) == "\n\n".join(lines) + "\n"


def test_a_section_page_of_teasers_stays_whole() -> None:
    teasers = ["Bin collections change over Christmas",
               "Bin collections will move by one day over the Christmas period, the council has said on its website.",
               "Library opening hours for the holidays",
               "All branch libraries will close at 1pm on Christmas Eve and reopen on 2 January as normal, staff said."]
    out = _clean(["Home", "News", "Latest news", teasers[0], teasers[1], "Advertisement", "Share", *teasers[2:],
                  "Contact us", "Privacy"])
    assert all(line in out for line in teasers), out


RELEASE = [
    "Greenfield Energy reports record solar output",
    "MANCHESTER, England, Dec. 3, 2026 -- Greenfield Energy today announced that its solar farms generated 412 "
    "gigawatt hours of electricity in the third quarter, a record for the company and an increase of 18 per cent.¹",
    "The company said new panels installed at its sites in Cumbria and Lincolnshire accounted for most of the increase.",
]


def test_footnotes_whose_mark_the_body_carries_stay() -> None:
    out = _clean(["PRESS RELEASE", *RELEASE, "¹ Source: company meter data.", "Media contact:", "press@greenfield.example"])
    assert "¹ Source: company meter data." in out and "press@" not in out, out


def test_a_starred_line_without_a_mark_in_the_body_goes() -> None:
    body = [RELEASE[0], RELEASE[1].removesuffix("¹"), RELEASE[2]]
    out = _clean(["Home", *body, "* Offer ends Sunday. Terms apply.", "Subscribe for £1", "Privacy"])
    assert "Offer ends Sunday" not in out and body[2] in out, out


STORY = [
    "Festival line-up for Saturday announced",
    "The riverside festival in Bonn announced the programme for its second day on Thursday, and the organisers "
    "expect more than 15,000 visitors on the meadows by the river.",
    "These bands play the main stage on Saturday.",
]


def test_names_under_a_sentence_and_the_last_paragraph_under_an_ad_label_stay() -> None:
    names = ["Kraftklub", "Annenmaykantereit", "Roy Bianco"]
    last = "Tickets for Saturday are on sale now for 59 euros, and cost 69 euros at the gate on the day."
    out = _clean(["Home", "Culture", *STORY, *names, "Advertisement", last, "Share this article", "More from Culture"])
    assert all(line in out for line in names) and last in out, out


def test_capitalised_teasers_under_the_last_sentence_go() -> None:
    teasers = ["Beethoven festival sells a record number of tickets", "Opera house reopens after the flood",
               "City museum names its new director"]
    out = _clean(["Home", "Culture", *STORY, *teasers, "Privacy policy"])
    assert not any(line in out for line in teasers) and STORY[2] in out, out


def test_lower_case_items_under_the_last_sentence_stay() -> None:
    items = ["your health card", "a photo ID", "the signed consent form"]
    out = _clean(["Home", "Health", *STORY[:2], "On the day you need to bring a few documents.", *items,
                  "Share this article", "Read more"])
    assert all(line in out for line in items), out


def test_a_verdict_box_above_the_lead_stays_and_a_byline_box_goes() -> None:
    box = ["Claim: The state pension will be abolished for anyone who turns 66 after April 2027.", "Verdict: False",
           "Source of the claim: a video posted on TikTok and shared thousands of times on Facebook."]
    body = ["The clip, viewed more than 1.2 million times, shows a man reading what he says is a leaked government memo.",
            "The Department for Work and Pensions said no such memo exists and that the pension age will rise to 67."]
    out = _clean(["Home", "Fact check", "No, the state pension is not being scrapped at 66", "Author: Amara Diallo",
                  "Updated: 2 December 2026", *box, *body, "Share this fact check"])
    assert all(line in out for line in box + body), out
    assert "Amara Diallo" not in out and "Updated:" not in out, out
