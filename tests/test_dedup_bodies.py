"""A story's body shared by retitled copies (own headline and lead each, the same paragraphs) is
no site template, though its lines are in `template_min_docs` articles of the source (the plan
knows an article by its longest line: here each copy's own lead): dedup/bodies.py. A site's box of
long paragraphs stays template: under its own heading, or shorter than the articles it closes."""

from __future__ import annotations

import pytest

from cleaner.dedup import DedupConfig
from cleaner.dedup.plan import plan_documents
from cleaner.dedup.text import exact_key, tokens
from cleaner.types import Document

MENU, FOOT = "Fenwick Post | Local | Business", "Fenwick Post | Imprint | Privacy"
BODY = [
    "The ferry will run every twenty minutes from May, replacing the hourly service of the last decades.",
    "Two new boats are being built at the yard in Castlereach and should be delivered by the end of April.",
    "The harbour board expects the number of passengers to double within three years of the new timetable.",
]
COPIES = [
    ("Twenty-minute ferry for Fenwick from May", "The Fenwick ferry across the river will run three times as often from May on, the harbour board announced at its meeting on Friday."),
    ("Harbour board triples Fenwick ferry service", "Passengers crossing the river at Fenwick will wait twenty minutes at most from May on, the harbour board said on Friday after a long meeting."),
    ("More ferries across the river at Fenwick", "After years of complaints about long waits on both banks, the Fenwick ferry is to run every twenty minutes from the spring, the board said."),
]
BOX = [
    "Independent local journalism costs money: with a subscription you support our newsroom and read every article we publish.",
    "A digital subscription costs 5.90 pounds a month and can be cancelled at the end of any month.",
]
STORIES = [
    ["Fenwick library moves to the old station", "The library will move into the empty station building next year, after the council bought it in 2024.",
     "The conversion will cost around three million pounds, half of it paid by the county.",
     "The library will have room for readings and a corner for teenagers of its own.",
     "The old building in Church Street is to be turned into flats."],
    ["Beach at Kell Bay opens late this summer", "The beach at Kell Bay will not open before July because the jetty has to be rebuilt after the winter storm.",
     "The builder cannot start before May, the parish council said at its meeting on Tuesday evening.",
     "Until then bathers are asked to use the guarded beach on the north shore, open from June.",
     "The new jetty will have a ramp for wheelchairs."],
    ["Fenwick fire brigade gets a new engine", "The volunteer fire brigade put a new fire engine into service on Saturday, at a cost of 480,000 pounds.",
     "The old engine was more than thirty years old and spent more and more time in the workshop.",
     "The chief officer thanked the town council and the friends of the brigade for their help.",
     "The old engine goes to a partner brigade abroad."],
]


def _doc(name: str, source: str, lines: list[str]) -> Document:
    return Document(id=name, text="\n\n".join(lines) + "\n", source=source)


def _templates(docs: list[Document], **settings: object) -> set[int]:
    plan = plan_documents(docs, DedupConfig(**settings))
    return set().union(*plan.templates.values()) if plan.templates else set()


def _key(line: str) -> int:
    return exact_key(tokens(line))


def test_the_body_of_retitled_copies_is_no_template():
    docs = [_doc(f"copy-{i}.txt", "fenwick", [MENU, head, lead, *BODY, FOOT]) for i, (head, lead) in enumerate(COPIES)]
    assert not _templates(docs) & {_key(line) for line in BODY}
    assert {_key(line) for line in BODY} <= _templates(docs, body_run_lines=0)  # the policy off: template, as before


def test_a_pitch_closing_longer_articles_stays_template():
    docs = [_doc(f"story-{i}.txt", "fenwick", [MENU, *story, *BOX, FOOT]) for i, story in enumerate(STORIES)]
    assert {_key(line) for line in BOX} <= _templates(docs)


def test_a_box_under_its_own_heading_stays_template():
    docs = [_doc(f"copy-{i}.txt", "fenwick", [MENU, head, lead, "About us", *BOX, FOOT]) for i, (head, lead) in enumerate(COPIES)]
    assert {_key(line) for line in BOX} <= _templates(docs)


SPONSOR = [
    "Kestrel Energy has powered homes along the Fenwick coast for more than forty years, and our engineers live in the towns they serve.",
    "This winter we are offering free boiler checks to every customer over seventy, with a visit booked within five working days of your call.",
    "Switching takes ten minutes online and there are no exit fees, whichever supplier you are leaving and however long you have been with them.",
]
BRIEFS = [
    ("Pier lights switched on", "The lights along the pier were switched on on Saturday.", "Several hundred people watched from the promenade in the rain."),
    ("Library to open on Sundays", "The library will open on Sundays from January.", "The council found the money for two more part-time staff."),
    ("Bus returns to Eastcliff", "The number 7 bus will return to Eastcliff Road on Monday.", "The diversion ends now that the sea wall is finished."),
]


def test_the_body_stays_when_one_copy_has_a_lead_of_two_paragraphs():
    """An editor's new top of two paragraphs over the same body made it template: it went from
    all three copies. One copy under a one-paragraph lead is enough."""
    second = "The decision ends a campaign that began twenty years ago."
    leads = [[lead] for _, lead in COPIES[:2]] + [[COPIES[2][1], second]]
    docs = [_doc(f"copy-{i}.txt", "fenwick", [MENU, head, *lead, *BODY, FOOT]) for i, ((head, _), lead) in enumerate(zip(COPIES, leads))]
    assert not _templates(docs) & {_key(line) for line in BODY}
    assert {_key(line) for line in BODY} <= _templates(docs, body_lead_lines=1, body_run_lines=0)


def test_a_box_under_briefs_of_two_paragraphs_stays_template():
    docs = [_doc(f"brief-{i}.txt", "fenwick", [MENU, head, *lines, *SPONSOR, FOOT]) for i, (head, *lines) in enumerate(BRIEFS)]
    assert {_key(line) for line in SPONSOR} <= _templates(docs)


def test_the_settings_are_checked_where_they_are_read():
    with pytest.raises(ValueError, match="body_run_lines"):
        DedupConfig(body_run_lines=-1)
    with pytest.raises(ValueError, match="body_share"):
        DedupConfig(body_share=0.0)
