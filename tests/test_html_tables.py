"""Data tables read from HTML come out one row per line, "| Labour | 28 | -1 |" (html/tables.py);
layout tables are read cell by cell as before; rows survive the rules and the in-document dedup."""

from __future__ import annotations

from cleaner.html import read_html
from cleaner.pipeline import Cleaner
from cleaner.tablerow import format_row, is_row

LEAD = ("<p>Labour kept control of Riverside council on Thursday, winning 28 of the 45 seats, one fewer "
        "than in 2022, as turnout fell to 31 percent.</p>")  # fmt: skip
AFTER = ("<p>The council leader, Amira Hassan, said the result was a clear vote of confidence in the "
         "authority's housing plans for the next four years.</p>")  # fmt: skip
RESULTS = ("<table><caption>Seats after the count</caption>"
           "<thead><tr><th>Party</th><th>Seats</th><th>Change</th></tr></thead>"
           "<tbody><tr><td>Labour</td><td>28</td><td>-1</td></tr>"
           "<tr><td>Liberal Democrats</td><td>9</td><td></td></tr>"
           "<tr><td></td><td></td><td></td></tr>"
           "<tr><td>Green</td><td>2</td><td>+1</td></tr></tbody></table>")  # fmt: skip


def _reader_lines(body: str) -> list[str]:
    page = f"<html><body><article><h1>Riverside holds</h1>{body}</article></body></html>"
    return read_html(page, "page").text.strip().split("\n")


def _cleaned(body: str) -> list[str]:
    page = f"<html><body><article><h1>Riverside holds</h1>{body}</article></body></html>"
    with Cleaner() as cleaner:
        return cleaner.clean(read_html(page, "page")).clean_text().strip().split("\n\n")


def test_a_data_table_comes_out_one_row_per_line_with_its_caption_and_header() -> None:
    lines = _reader_lines(LEAD + RESULTS + AFTER)
    assert lines[2:7] == [
        "Seats after the count",
        "| Party | Seats | Change |",
        "| Labour | 28 | -1 |",
        "| Liberal Democrats | 9 | |",  # an empty cell keeps its slot
        "| Green | 2 | +1 |",  # the row of empty cells is gone
    ]


def test_rows_survive_the_rules_and_the_scorer() -> None:
    """A row has the shape of a pipe-separated menu but for its outer bars: it must stay."""
    lines = _cleaned(LEAD + RESULTS + AFTER)
    assert "| Party | Seats | Change |" in lines and "| Green | 2 | +1 |" in lines
    assert lines[-1].startswith("The council leader")


def test_two_tables_sharing_a_header_and_a_row_keep_both() -> None:
    """In-document dedup leaves table rows alone: each ward's table needs its header and rows."""
    ward = ("<h2>{}</h2><table><tr><th>Candidate</th><th>Party</th><th>Votes</th></tr>"
            "<tr><td>Ines Moreau</td><td>Green Party</td><td>1,204</td></tr>"
            "<tr><td>{}</td><td>Labour</td><td>{}</td></tr></table>")  # fmt: skip
    body = LEAD + ward.format("North ward", "Tom Hale", "2,310") + ward.format("South ward", "Ines Moreau", "1,204") + AFTER
    lines = _cleaned(body)
    assert lines.count("| Candidate | Party | Votes |") == 2
    assert lines.count("| Ines Moreau | Green Party | 1,204 |") == 2


def test_a_team_link_in_each_row_is_data_and_a_row_of_links_is_navigation() -> None:
    table = ("<table><tr><th>Club</th><th>P</th><th>Pts</th></tr>"
             "<tr><td><a href='/c/1'>Rovers</a></td><td>12</td><td>28</td></tr>"
             "<tr><td><a href='/c/2'>Athletic</a></td><td>12</td><td>25</td></tr>"
             "<tr><td><a href='/n'>News</a></td><td><a href='/s'>Sport</a></td><td><a href='/w'>Weather</a></td></tr>"
             "</table>")  # fmt: skip
    lines = _reader_lines(LEAD + table + AFTER)
    assert "| Rovers | 12 | 28 |" in lines and "| Athletic | 12 | 25 |" in lines
    assert not any("News" in line for line in lines)


def test_a_footer_repeating_the_header_goes() -> None:
    table = ("<table><thead><tr><th>Pos</th><th>Player</th><th>Snaps</th></tr></thead>"
             "<tfoot><tr><th>Pos</th><th>Player</th><th>Snaps</th></tr></tfoot>"
             "<tbody><tr><td>DL</td><td>Ray Ortiz</td><td>63</td></tr><tr><td>LB</td><td>Jo Kent</td><td>57</td></tr></tbody></table>")  # fmt: skip
    lines = _reader_lines(LEAD + table + AFTER)
    assert lines.count("| Pos | Player | Snaps |") == 1


def test_a_layout_table_is_read_cell_by_cell() -> None:
    """Old sites put the page in a table: cells of paragraphs and long text are not rows of data."""
    prose = ("The mayor opened the new footbridge over the river on Saturday morning, two years after the old one "
             "was closed because of corrosion found during a routine inspection of its steel deck.")  # fmt: skip
    layout = ("<table><tr><td><a href='/'>Home</a></td><td>" + f"<p>{prose}</p><p>{prose.upper()}</p>" + "</td></tr>"
              "<tr><td>Weather</td><td>Sunny, 21 degrees</td></tr></table>")  # fmt: skip
    lines = read_html(f"<html><body>{layout}</body></html>", "page").text.split("\n")
    assert prose in lines and not any(is_row(line) for line in lines)


def test_a_nested_table_leaves_the_outer_one_a_layout() -> None:
    inner = "<table><tr><td>North</td><td>12</td></tr><tr><td>South</td><td>9</td></tr></table>"
    outer = f"<table><tr><td>Buses by line</td><td>{inner}</td></tr><tr><td>Note</td><td>Weekdays</td></tr></table>"
    lines = _reader_lines(LEAD + outer + AFTER)
    assert "| North | 12 |" in lines and "Buses by line" in lines and "Note" in lines


def test_the_row_format() -> None:
    assert format_row(["Labour", "28", "-1"]) == "| Labour | 28 | -1 |"
    assert format_row(["", "28", ""]) == "| | 28 | |"
    assert is_row("| Labour | 28 | -1 |") and is_row("| | 28 |")
    assert not is_row("| Labour |") and not is_row("Home | News | Sport") and not is_row("a | b")


def test_spanning_cells_keep_every_figure_in_its_column() -> None:
    """colspan pads with empty slots, rowspan leaves one in the rows below; a cell across the
    whole table is a group's label, written as plain text. The two header rows, which span each
    other, read down their columns as one row (tablegrid.merged_header): no empty header slot."""
    table = ('<table><tr><th rowspan="2">Ward</th><th rowspan="2">Candidate</th><th colspan="2">Votes</th></tr>'
             "<tr><th>Number</th><th>Share</th></tr>"
             '<tr><td rowspan="2">North</td><td>Tom Hale</td><td>2,310</td><td>52%</td></tr>'
             "<tr><td>Ines Moreau</td><td>1,204</td><td>27%</td></tr>"
             '<tr><td colspan="4">Turnout 38%</td></tr>'
             '<tr><td rowspan="x">South</td><td>Ana Ruiz</td><td>1,900</td><td>48%</td></tr></table>')  # fmt: skip
    lines = _reader_lines(LEAD + table + AFTER)
    assert lines[2:7] == [
        "| Ward | Candidate | Votes Number | Votes Share |",
        "| North | Tom Hale | 2,310 | 52% |",
        "| | Ines Moreau | 1,204 | 27% |",
        "Turnout 38%",
        "| South | Ana Ruiz | 1,900 | 48% |",
    ]


def test_a_row_of_share_labels_goes_as_its_cells_would() -> None:
    """The line rules judge a row cell by cell: it goes when every cell is junk by itself."""
    share = "<table><tr><td>Facebook</td><td>Twitter</td><td>E-mail</td></tr><tr><td>Print</td><td>WhatsApp</td><td></td></tr></table>"
    lines = _cleaned(LEAD + RESULTS + share + AFTER)
    assert not any("Facebook" in line or "WhatsApp" in line for line in lines)
    assert "| Labour | 28 | -1 |" in lines


def test_a_text_dump_holding_pipe_tables_keeps_every_row() -> None:
    """Rows written so by the reader, or by a Markdown scraper, read back from text: the rules,
    the scorer and the in-document dedup leave them (two tables share the header row)."""
    from cleaner import clean_text

    prose = ["Labour kept control of Riverside council on Thursday, winning 28 of the 45 seats, one fewer than in 2022.",
             "The Liberal Democrats gained three seats in the northern wards, mostly from the Conservatives.",
             "The final count in the two wards, as published by the returning officer on Friday morning:",
             "The council leader, Amira Hassan, said the result was a clear vote of confidence in the housing plans.",
             "Opposition leader Tom Reed said his group would scrutinise every budget line in the coming year."]  # fmt: skip
    north = ["| Candidate | Party | Votes |", "| Tom Hale | Labour | 2,310 |", "| Ines Moreau | Green Party | 1,204 |"]
    south = ["| Candidate | Party | Votes |", "| Ana Ruiz | Labour | 1,900 |", "| Ines Moreau | Green Party | 1,204 |"]
    text = "\n\n".join(["Riverside holds", *prose[:3], "North ward", *north, "South ward", *south, *prose[3:]]) + "\n"
    assert clean_text(text).text == text


def test_a_long_table_among_the_paragraphs_does_not_shrink_the_article() -> None:
    """A hundred short rows with a linked name each outweighed four paragraphs: the container
    shrank to a paragraph and the table and the rest of the article went (tables.framed_tables)."""
    paragraph = ("<p>The club published the full list of every player who appeared this season, with games, "
                 "goals and assists for each of them.</p>")  # fmt: skip
    rows = "".join(f"<tr><td>{i}</td><td><a href='/p/{i}'>Player {i}</a></td><td>{i * 3}</td></tr>" for i in range(150))
    table = f"<table><tr><th>#</th><th>Name</th><th>Games</th></tr>{rows}</table>"
    page = (f"<html><body><nav><a href='/'>Home</a></nav><article><h1>Squad statistics</h1>{paragraph * 2}{table}"
            f"{paragraph.replace('club', 'league') * 2}</article><footer>Copyright</footer></body></html>")  # fmt: skip
    lines = read_html(page, "page").text.strip().split("\n")
    assert len(lines) == 1 + 4 + 151
    assert "| 149 | Player 149 | 447 |" in lines and lines[-1].startswith("The league published")


def test_one_paragraph_introducing_a_long_table_in_the_article_body_keeps_it() -> None:
    """A results page: one sentence, then 500 rows; one paragraph holding most of the page's
    prose makes the table the article's, in a named container or a hashed one. A widget's
    blurb above its standings table, beside an article, does not."""
    paragraph = ("<p>Here is the full list of every finisher of Sunday's harbour marathon, sorted by net time "
                 "and with each runner's club.</p>")  # fmt: skip
    rows = "".join(f"<tr><td>{i}</td><td>Runner {i}</td><td>3:{i % 60:02d}:10</td></tr>" for i in range(1, 501))
    body = f'<div class="article-text">{paragraph}<table><thead><tr><th>#</th><th>Name</th><th>Time</th></tr></thead>{rows}</table></div>'
    page = f"<html><body><nav><a href='/'>Home</a></nav><h1>Marathon results</h1>{body}<footer>Copyright</footer></body></html>"
    lines = read_html(page, "page").text.strip().split("\n")
    assert len(lines) == 1 + 1 + 501 and lines[-1] == "| 500 | Runner 500 | 3:20:10 |"
    hashed = read_html(page.replace("article-text", "c_91x"), "page").text.strip().split("\n")
    assert hashed == lines
    standings = "".join(f"<tr><td>{i}</td><td>Team {i}</td><td>{30 - i}</td></tr>" for i in range(1, 13))
    widget = (f"<div class='c9'><h3>League table</h3><p>Standings updated after Saturday's matches in the county league.</p>"
              f"<table><tr><th>#</th><th>Team</th><th>Pts</th></tr>{standings}</table></div>")
    for article in (LEAD, LEAD + AFTER):
        page = f"<html><body><div class='c5'><div class='c1'><h1>Riverside holds</h1>{article}</div>{widget}</div></body></html>"
        text = read_html(page, "page").text
        assert "Team 3" not in text and "Standings" not in text and "Labour kept control" in text


def test_a_table_of_linked_headlines_and_dates_is_no_data() -> None:
    """A teaser list laid out in a table (headline link, date): its rows are links, read cell by
    cell as before, and the line filter drops the headlines."""
    teasers = ("<table><tr><td><a href='/n/1'>Canal towpath reopens after flood repairs</a></td><td>3 March 2026</td></tr>"
               "<tr><td><a href='/n/2'>County sets out road budget for 2026</a></td><td>1 March 2026</td></tr></table>")  # fmt: skip
    lines = _reader_lines(LEAD + AFTER + teasers)
    assert not any(is_row(line) or "Canal towpath" in line for line in lines)


def test_pictures_and_captions_laid_out_in_cells_are_figures() -> None:
    img = '<img src="/p.jpg" width="300" height="200">'
    in_one_cell = f"<table><tr><td>{img}<br>The count at the town hall on Thursday night. Photo: Ian Pryce</td></tr></table>"
    gallery = (f"<table><tr><td>{img}</td><td>{img}</td></tr>"
               "<tr><td>Counting the postal votes at 11pm.</td><td>The new leader with her team. Photos: Ian Pryce</td></tr></table>")
    beside = f"<table><tr><td>{img}</td><td>Turnout fell to 31 percent in Riverside.</td></tr></table>"
    for table in (in_one_cell, gallery, beside):
        assert _reader_lines(LEAD + table + AFTER)[1:] == [LEAD[3:-4], AFTER[3:-4]]
    # a table of portraits beside names and figures, or of flags beside one-word names, is data
    portraits = "".join(f"<tr><td>{img}</td><td>{name}</td><td>{votes}</td></tr>" for name, votes in (("Amira Hassan", "2,914"), ("Tom Reed", "1,870")))
    flags = "".join(f"<tr><td>{img}</td><td>{name}</td></tr>" for name in ("Norway", "Sweden", "Finland"))
    assert "| | Amira Hassan | 2,914 |" in _reader_lines(LEAD + f"<table>{portraits}</table>" + AFTER)
    assert "| | Sweden |" in _reader_lines(LEAD + f"<table>{flags}</table>" + AFTER)


def test_a_row_said_again_in_words_goes_and_a_sentence_quoting_it_stays() -> None:
    """Responsive pages print a table twice, the second time a paragraph per row for small
    screens: those repeat the rows; a sentence that opens with a row's label and quotes its
    figures says more than the row and stays, as does any line of a table of two-cell rows."""
    mobile = "<div class='only-mobile'><p><b>Labour</b>: 28 seats (-1)</p><p><b>Green</b>: 2 seats (+1)</p></div>"
    sentence = "<p>Labour, with 28 seats and -1 on 2022, lost a seat to the Greens in the Docks ward for the first time.</p>"
    lines = _reader_lines(LEAD + RESULTS + AFTER + mobile + sentence)
    assert "| Labour | 28 | -1 |" in lines and "Labour: 28 seats (-1)" not in lines and "Green: 2 seats (+1)" not in lines
    assert sentence[3:-4] in lines
    pairs = "<table><tr><td>Labour</td><td>28</td></tr><tr><td>Green</td><td>2</td></tr></table>"
    assert "Labour: 28" in _reader_lines(LEAD + pairs + AFTER + "<p>Labour: 28</p>")


def test_a_header_of_two_rows_spanning_each_other_is_one_row() -> None:
    """A rowspan header cell over a colspan one's sub-headers, in <thead> or in rows of <th> alone:
    one header row, each column named top-down; two header rows that do not span stay two."""
    spanned = ('<table><thead><tr><th rowspan="2">Ward</th><th colspan="2">Turnout</th></tr>'
               "<tr><th>2022</th><th>2026</th></tr></thead><tbody>"
               "<tr><td>Northgate</td><td>31%</td><td>38%</td></tr><tr><td>Southmead</td><td>27%</td><td>35%</td></tr>"
               "</tbody></table>")
    lines = _reader_lines(LEAD + spanned + AFTER)
    assert lines[2:5] == ["| Ward | Turnout 2022 | Turnout 2026 |", "| Northgate | 31% | 38% |", "| Southmead | 27% | 35% |"]
    unspanned = ("<table><tr><th>Ward</th><th>Turnout</th></tr><tr><th>Area</th><th>Share</th></tr>"
                 "<tr><td>Northgate</td><td>38%</td></tr><tr><td>Southmead</td><td>35%</td></tr></table>")
    assert _reader_lines(LEAD + unspanned + AFTER)[2:4] == ["| Ward | Turnout |", "| Area | Share |"]
