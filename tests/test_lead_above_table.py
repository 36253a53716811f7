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
