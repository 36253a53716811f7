"""A reader poll inside the article goes (rules/polls.py); an article's own shares adding up to
a whole, under a sentence and no question, stay."""

from cleaner import clean_text

_HEAD = """Turnout falls in council by-election
By Sam Reed
6 December 2026
Fewer than one voter in four went to the polls in Thursday's by-election in the Riverside ward, the lowest turnout the council has recorded in twenty years.
Officials blamed the cold weather and the short campaign, which lasted barely a month after the sitting councillor resigned.
"""
_TAIL = """The new councillor will take her seat at the full council meeting on Tuesday.
Her party now holds a majority of four on the council, up from two before the vote.
"""


def test_a_poll_between_paragraphs_goes():
    poll = "Have your say\nShould by-elections be held online?\nYes\n34%\nNo\n58%\nNot sure\n8%\n1,204 votes\nVote\n"
    cleaned = clean_text(_HEAD + poll + _TAIL).text
    for line in ("Have your say", "Should by-elections", "34%", "Not sure", "1,204 votes", "Vote\n"):
        assert line not in cleaned
    assert "Fewer than one voter" in cleaned and "The new councillor" in cleaned


def test_an_articles_shares_adding_up_to_a_whole_under_no_question_stay():
    shares = "The votes were shared as follows:\nGreens\n41%\nLabour\n37%\nOthers\n22%\n"
    cleaned = clean_text(_HEAD + shares + _TAIL).text
    assert "Greens\n\n41%" in cleaned and "Others\n\n22%" in cleaned
