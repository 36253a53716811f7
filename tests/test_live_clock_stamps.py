"""A live blog whose entries are stamped twice, a relative time a rule removes over a time of day
with an hour marker and a time zone ("2 min ago" / "4:52 p.m. PT"): the clock line weighs
nothing (live._clock_line). Its letters kept it from being a stamp of its own, and with
the share row under each entry removed, the page lost its headline and first entry."""

from __future__ import annotations

from cleaner.pipeline import clean_text

FIRST_ENTRY = (
    "Cal Fire says the blaze jumped Highway 154 late in the afternoon, prompting new evacuation "
    "orders for the San Marcos Pass area."
)
PAGE = "\n".join(
    [
        "LIVE",
        "Live updates: Wildfire forces evacuations near Santa Barbara",
        "Last updated 12 minutes ago",
        "Pinned",
        "Key points: The Ridge Fire has burned more than 8,000 acres and is 5% contained. Mandatory "
        "evacuation orders cover about 12,000 residents.",
        "2 min ago",
        "4:52 p.m. PT",
        FIRST_ENTRY,
        "Share",
        "18 min ago",
        "4:36 p.m. PT",
        "The Santa Barbara County sheriff said deputies were going door to door in the foothills. "
        '"If you are told to leave, leave now," she said.',
        "Share",
        "Link copied",
        "1h ago",
        "3:40 p.m. PT",
        "Winds gusting to 60 mph are expected overnight, the National Weather Service said.",
        "Load more updates",
    ]
)


def test_the_first_entries_of_a_live_blog_stamped_twice_stay() -> None:
    text = clean_text(PAGE).text
    assert text.startswith("Live updates: Wildfire forces evacuations near Santa Barbara\n\nKey points:")
    assert FIRST_ENTRY in text and "4:52 p.m. PT" in text
    assert "2 min ago" not in text and "Share" not in text and "Load more updates" not in text


def test_a_clock_line_outside_a_live_blog_is_left_to_the_scorer() -> None:
    """Without live_min_stamps stamps, nothing is neutral: a lone clock under a relative stamp
    above a teaser list is the list's, not an article's (the page's body stays the prose)."""
    prose = (
        "The county opened three shelters on Tuesday as the fire spread north, and officials said more "
        "would open if needed. Volunteers brought water, blankets and food for hundreds of evacuees."
    )
    text = clean_text(f"{prose}\n{prose.replace('three', 'four')}\nMore stories\n2 min ago\n4:52 p.m. PT\nTeaser headline here").text
    assert "4:52 p.m. PT" not in text
