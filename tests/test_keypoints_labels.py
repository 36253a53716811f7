"""A summary box between the headline and the body (keypoints.labelled_box): its bullets carry
no full stop, so its last one is shaped like a headline and, right above the body, took the title.
Under a label the language files name (`keypoints_labels`), the box is passed over whole."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text

BODY = (
    "LONDON, Dec 5 (Newswire) - Oil prices rose on Thursday after the OPEC+ group of producers agreed "
    "to extend voluntary output cuts of 2.2 million barrels per day until the end of March.\n"
    "Brent crude futures were up $1.35, or 1.8%, at $76.40 a barrel by 1130 GMT, while U.S. West Texas "
    "Intermediate crude futures rose $1.45, or 2.1%, to $71.10.\n"
)
HEADLINE = "Oil prices climb after OPEC+ extends output cuts"
BULLETS = ["OPEC+ extends cuts to end of March", "Brent up 1.8%, WTI up 2.1%", "Analysts see tighter market in first quarter"]


@pytest.mark.parametrize("label", ["Summary", "Key points", "Key takeaways:"])
def test_the_headline_above_a_labelled_summary_box_is_the_title(label: str) -> None:
    out = clean_text("\n".join([HEADLINE, label, *BULLETS]) + "\n" + BODY).text
    assert out.split("\n")[0] == HEADLINE
    assert BODY.split("\n")[0] in out



def test_a_box_label_ending_in_a_colon_goes_with_its_items() -> None:
    """Under a byline, "Key points:" over items without a full stop: the items go as the byline's
    furniture, and the label, ending in a colon like a dateline ("WASHINGTON:"), stayed alone
    over the lead; a box's label stays only with items that stay (title.find_heading)."""
    bullets = ["Giant hail up to 6cm possible", "Brisbane, Ipswich and Logan in the warning area", "Storms expected from 3pm"]
    lead = [
        "The Bureau of Meteorology has issued a severe thunderstorm warning for large parts of south-east Queensland, including Brisbane.",
        "Meteorologist Dean Narramore said giant hailstones up to 6 centimetres wide were possible from mid-afternoon, and winds over 100 km/h.",
    ]
    headline = "Severe thunderstorm warning for south-east Queensland with giant hail forecast"
    out = clean_text("\n".join(["Weather", headline, "By Lucy Pham", "Posted Sun 7 Dec 2026 at 1:20pm", "Share", "Key points:", *bullets, *lead]) + "\n").text
    assert out.startswith(headline + "\n\n" + lead[0])
    assert "Key points:" not in out
