"""The article's lead above its table (lists.list_head): a finance or sports story opens on a
sentence, then a table of data rows, then its paragraphs. The block started under the table, and
the lead went with the heading's furniture."""

from __future__ import annotations

from cleaner.pipeline import clean_text

LEAD = ("Shares of Norvale Foods fell sharply on Thursday after the grocer cut its profit forecast for the year, "
        "and its rival Kestrel Markets slipped too.")
TABLE = ["Ticker Company Last Change", "NVF NORVALE FOODS PLC 412.50 -38.20 -8.47%", "KSM KESTREL MARKETS 198.10 -3.05 -1.52%"]
BODY = [
    "Norvale said weaker sales of its own-brand ranges and higher wage costs would cut operating profit by about "
    "£60 million, its second warning since the summer.",
    "Chief executive Dana Moreau told analysts the company would close twelve smaller stores and invest the "
    "savings in lower prices, which she said had already lifted sales in the north.",
    "Analysts at two brokers cut their price targets, though both said the shares now looked cheap.",
]


def test_the_lead_above_a_table_of_figures_stays() -> None:
    page = ["Market Wire", "Markets", "Stocks", "Norvale Foods shares slump after profit warning", *[LEAD, *TABLE], *BODY,
            "Share this article", "More from Markets", "Oil prices edge higher"]
    out = clean_text("\n".join(page) + "\n").text
    assert all(line in out for line in [LEAD, *TABLE, *BODY]), out
    assert "More from Markets" not in out and "Market Wire" not in out


def test_a_standfirst_over_short_date_lines_stays_a_standfirst() -> None:
    """Two short lines with digits under a standfirst are a byline's dates, no table (rows of a
    table are longer than a menu label): the dates do not join the body."""
    standfirst = "The grocer cut its profit forecast for the year and will close twelve smaller stores."
    page = ["Market Wire", "Norvale Foods shares slump after profit warning", standfirst, "4.12.2026 14:35",
            "Lesezeit 3 Min.", *BODY, "Share this article"]
    out = clean_text("\n".join(page) + "\n").text
    assert all(line in out for line in BODY) and "4.12.2026 14:35" not in out


def test_a_short_wire_lead_opening_on_its_dateline_stays() -> None:
    """A wire story's one-line lead is shorter than lead_min_words and scores low (a place, an
    agency, names): it opens on its dateline, and joins the body (shapes.wire_lead). Under a
    headline the heading walk keeps it; a scrape without the headline lost it."""
    lead = "PORTLAND, Ore. (AP) — To Dana Whitlock, US Open titles are no goal."
    body = [
        "The 34-year-old swimmer won the 200-meter freestyle at the national championships on Thursday, three years "
        "after a shoulder injury that doctors said would end her career.",
        "She touched the wall in 1:55.10, more than a second ahead of the field, and said afterwards that she had "
        "simply wanted to race again without pain.",
        "Whitlock will now compete at the world championships in Singapore next summer.",
    ]
    for top in (["Whitlock wins 200 free three years after injury", "By Associated Press"], []):
        page = ["Sports Desk", "Swimming", "Scores", *top, lead, *body, "Share", "More Sports", "Ducks rally past Huskies"]
        out = clean_text("\n".join(page) + "\n").text
        assert out.startswith("\n\n".join([*top[:1], lead])), out
        assert all(line in out for line in body) and "Ducks rally" not in out and "Scores" not in out


def test_a_list_of_shares_under_a_sentence_of_figures_stays_with_the_lead() -> None:
    """introduced._prose_above: the line introducing the list ("... led the way:") sits under a
    sentence full of figures that scores under prose; the lead above that was cut with the title."""
    lead = ("London's blue-chip index closed at a record high on Thursday, lifted by mining stocks after Beijing "
            "signalled new support for its property sector.")
    figures = "The FTSE 100 rose 1.2% to 8,904.3 points, beating its previous closing high set in October."
    rows = ["Share prices of the big miners led the way:", "Glencore +4.8%", "Anglo American +4.1%", "Rio Tinto +3.6%"]
    after = ["Elsewhere, the pound slipped 0.3% against the dollar to $1.2715 as traders waited for US jobs data.",
             "\"It's a China story today,\" said Ruth Kimani, an analyst at Northgate Securities."]
    title = "FTSE 100 closes at record high as miners rally on China stimulus hopes"
    page = ["Markets", "Stocks", "Bonds", title, "By Helen Marsh", "December 4, 2026 5:12 PM GMT", lead, figures, *rows, *after,
            "Read next", "Oil falls as OPEC meeting is delayed"]
    out = clean_text("\n".join(page) + "\n").text
    assert out.startswith(title)
    assert all(line in out for line in [lead, figures, *rows, *after]), out
    assert "Oil falls" not in out
