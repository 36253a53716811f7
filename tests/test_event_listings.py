"""An event listing inside an article (cleaner/rules/listings.py): its entries, a name over a line
of day and time, stay between the article's sentences even without a description under them; the
same shape in a sidebar under the article, with no text below it, still goes."""

from __future__ import annotations

from pathlib import Path

from cleaner.pipeline import clean_text

_SIDEBAR = Path(__file__).with_name("event_sidebar_page.txt")

_LISTING = """Riverside Weekly
News
Things To Do
Five things to do in Riverside this weekend
By Tasha Greene
December 3, 2026
From a lantern parade to a family film, there is plenty going on this first weekend of December.
Most of the events are free, and the town council has laid on extra buses from the estates on Friday night.
Winter Lantern Parade
Friday, 6 p.m., starting at Market Square. Free.
More than 400 children will carry paper lanterns made in school workshops down Main Street to the riverfront.
Holiday Organ Concert
Sunday, 3 p.m., St. Mark's Church. Tickets $15.
Family film: The Snow Goose
Saturday, 11 a.m., Regal Cinema. $4.
Check the times before you go.
Share this
Facebook
"""


def test_entries_without_a_description_stay_in_the_article():
    text = clean_text(_LISTING).text
    for line in ("Holiday Organ Concert", "Sunday, 3 p.m., St. Mark's Church. Tickets $15.",
                 "Family film: The Snow Goose", "Saturday, 11 a.m., Regal Cinema. $4.", "Check the times before you go."):
        assert line in text, line
    assert "Share this" not in text


def test_a_sidebar_of_events_under_the_article_goes():
    text = clean_text(_SIDEBAR.read_text(encoding="utf-8")).text
    assert "Swim club chair Dana Marsh" in text
    for line in ("Upcoming events", "Lantern Parade", "Friday, 6 p.m., Market Square", "Organ Concert"):
        assert line not in text, line
