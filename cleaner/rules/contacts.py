"""A press release's contact block: the name, the desk, a phone and an e-mail under a label.

A release ends on its contact lines, under a label ("Kontakt:", "Media contact", "Contatti")
and often under an "About <name>" box (bio.about_tail). Read from text, the lines score as a
menu's and the scorer leaves them outside the body. Read from HTML, every line of the page's
main content stays even outside the body (scorer._remove_outside: structure beats prose), so a
generic label the rules remove as a section name ("Contact", "Kontakt": a menu's item too, no
block rule may take the lines under it) left the lines under it in the output. `contact_tail`
finds such a block at the page's end so that the main content's pass does not keep it.

Numbers: data/scorer.toml (about_contact_max_lines, about_contact_max_words, about_heading_max_chars).
"""

from __future__ import annotations

from ..types import Document
from .settings import ScorerSettings


def contact_lines(doc: Document, kept: list[int], s: ScorerSettings) -> int:
    """How many of the `kept` paragraphs' last ones are a contact block: one to
    `about_contact_max_lines` lines of at most `about_contact_max_words` words, none a sentence
    (the name, the desk, a phone, an e-mail), under a label ending on a colon ("Kontakt:", "Media
    contact:") or straight under a sentence (the box's last), when their first line is the label
    without its colon ("Kontakt", "Contatti": a colon is the label's markup, not its sense); 0 when
    they are not. An article may end on such a block too ("Auskunft: Tel. ..." in local news):
    only an "About <name>" box right above it makes it the release's."""
    pars = doc.paragraphs
    for count in range(1, min(s.about_contact_max_lines, len(kept) - 1) + 1):
        line = pars[kept[-count]]
        if not _contact_line(line.signals, s):
            return 0
        above = pars[kept[-count - 1]]
        label = doc.kept_text(above).strip()
        if label.endswith((":", "：")) and len(label) <= s.about_heading_max_chars:
            return count + 1
        if above.signals.get("ends_sentence", 0.0) > 0.0:
            return count
    return 0


def contact_tail(doc: Document, last: int, s: ScorerSettings) -> int | None:
    """The page's last paragraph when everything under `last` (the body's, or its About box's,
    last line) is a contact block under a label the rules removed: the removed label right under
    `last`, then one to `about_contact_max_lines` kept lines that are no sentences of more than
    `about_contact_max_words` words, with only rule removals (an e-mail line) among them; None
    otherwise. A label the rules removed is what the text reading has too: there the scorer
    leaves the lines under it out of the body by their shape."""
    pars = doc.paragraphs
    if last + 1 >= len(pars) or pars[last + 1].kept or pars[last + 1].removal is None:
        return None
    if len(doc.text[pars[last + 1].start : pars[last + 1].end].strip()) > s.about_heading_max_chars:
        return None
    kept = [i for i in range(last + 2, len(pars)) if pars[i].kept]
    if not 0 < len(kept) <= s.about_contact_max_lines or not all(_contact_line(pars[i].signals, s) for i in kept):
        return None
    return len(pars) - 1


def _contact_line(signals: dict[str, float], s: ScorerSettings) -> bool:
    return signals.get("ends_sentence", 0.0) == 0.0 and signals.get("words", 0.0) <= s.about_contact_max_words
