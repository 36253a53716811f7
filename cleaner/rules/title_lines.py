"""Lines under a headline that are shaped like one and are not it: an embedded player's
labelled title ("VIDÉO. ...") and a match's scoreboard. The heading walk (`title.py`) passes over
both; the first goes with the player, the second is the article's own and stays.
"""

from __future__ import annotations

import re


# Separators between a media label and the title of what it labels: "VIDÉO. ", "VIDEO | ", "FOTOS: ", "AUDIO – ".
_LABEL_SEPARATORS = (". ", " | ", ": ", " – ", " — ", " - ")
_LABEL_MIN_LETTERS = 4  # "VIDEO", "FOTO", "AUDIO"; not "USA:" nor "EU:"
_LABEL_MAX_WORDS = 2  # "EN IMAGES", "IN BEELD"


def media_label(text: str) -> bool:
    """A line opening with a label in capitals and a separator, then a capitalised title that ends
    like no sentence: "VIDÉO. Les images de l'incendie filmées par un riverain", "VIDEO | Drone
    footage shows the scale of the flooding", "FOTOS: So sah es in der Nacht aus". Under a byline
    it is an embedded player's or gallery's title, which the page set above the text; taken for
    the headline, it cost the page its real one above the byline."""
    text = text.strip()
    if not text or text[-1] in ".!?…":
        return False
    for separator in _LABEL_SEPARATORS:
        label, found, rest = text.partition(separator)
        if not found:
            continue
        letters = [c for c in label if c.isalpha()]
        return (
            len(letters) >= _LABEL_MIN_LETTERS
            and len(label.split()) <= _LABEL_MAX_WORDS
            and all(c.isupper() for c in letters)
            and rest[:1].isupper()
        )
    return False


# A match's scoreboard: two sides around the score ("Borussia Dortmund 2:1 VfB Stuttgart", "Lens 2 - 0 Lille", "Hannover 96 1:1 Hertha BSC").
# A side is words of letters and figures ("Hannover 96"), no comma, slash or colon (a byline's
# "Zaragoza, 06/12/2026 - 20:15 CET" is no score).
_SIDE = r"[^\W\d](?:[\w'’&-]| (?=\w)){0,40}"
# A clock time is none: "Update 14:05 Uhr" (a minute written with a leading zero, or a clock's
# unit or zone after it) over a live update's byline was kept as a scoreboard.
_CLOCK = r"(?:0\d|\d{1,2} (?:Uhr|uur|h|hrs|heures?|horas?|ore|godz|GMT|BST|CET|CEST|UTC|ET|PT|am|pm|a\.m|p\.m)\b)"
_SCORE_LINE = re.compile(rf"{_SIDE} \d{{1,2}} ?[:–-] ?(?!{_CLOCK})\d{{1,2}} {_SIDE}")


def scoreboard(text: str) -> bool:
    """A line of two sides around a score, nothing else: a live ticker's or a match report's
    scoreboard under its headline. It is title-shaped, and the heading walk took it for the
    title ("Liveticker: Borussia Dortmund gegen VfB Stuttgart" above it was lost), or counted it
    with the league's line as furniture and found no title at all; it is passed over and kept."""
    return _SCORE_LINE.fullmatch(text.strip()) is not None
