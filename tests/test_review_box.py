"""A review's verdict box ("Pro" / "Contra", "Points forts" / "Points faibles", "What we liked" /
"What we didn't"): short lines that look like a menu but are the article's (cleaner/rules/review.py).
A pros heading and a cons heading together are the evidence; one such word among menu labels is not."""

from __future__ import annotations

from cleaner.pipeline import clean_text

BODY = [
    "Der Akku mit 5.500 mAh ist das stärkste Argument für das Gerät. Selbst bei intensiver Nutzung blieben am "
    "Abend des zweiten Tages noch zwölf Prozent übrig, und aufgeladen ist es in 38 Minuten.",
    "Das Display ist auch im Sonnenlicht gut ablesbar. Bei der Kamera zeigt sich dagegen die Schwäche des Geräts: "
    "Sobald es dunkel wird, rauschen die Aufnahmen stark, und der Nachtmodus braucht vier Sekunden pro Bild.",
    "Die Software basiert auf Android 17 und bringt nur wenige vorinstallierte Apps mit. Der Hersteller "
    "verspricht fünf Jahre Sicherheitsupdates, was in dieser Preisklasse nicht selbstverständlich ist.",
]
BOX = ["Pro", "Sehr lange Akkulaufzeit", "Helles, flüssiges Display", "Schnelles Laden",
       "Contra", "Schwache Nachtaufnahmen", "Kein Speicherkartenslot", "Wertung: 4 von 5 Sternen"]
MENU = ["Mehr zum Thema", "Smartphones", "Tests", "Android", "Kommentare", "Impressum"]


def _clean(lines: list[str]) -> str:
    return clean_text("\n".join(["Home", "Tests", "Anmelden", *lines]) + "\n").text


def test_box_under_the_verdict_stays() -> None:
    out = _clean([*BODY, "Unser Fazit", "Ein ausdauerndes Smartphone mit hervorragendem Display. Wer viel "
                  "fotografiert, sollte sich aber bei der Konkurrenz umsehen.", *BOX, *MENU])
    for line in BOX:
        assert line in out
    assert "Impressum" not in out and "Mehr zum Thema" not in out


def test_box_between_paragraphs_neither_goes_nor_cuts_the_article() -> None:
    out = _clean([*BODY[:2], *BOX, BODY[2], *MENU])
    for line in [*BOX, BODY[2]]:
        assert line in out


def test_french_and_english_headings() -> None:
    fr = ["Points forts :", "Très léger", "Freinage efficace", "Points faibles :", "Autonomie en retrait",
          "Pas de béquille fournie", "Note : 8/10"]
    out = _clean([*BODY, *fr, "Newsletter", "Mentions légales"])
    assert all(line in out for line in fr)
    en = ["What we liked", "Excellent noise cancelling", "Eight-hour battery", "What we didn't",
          "Bulky case", "No wireless charging"]
    out = _clean([*BODY, *en, "Share on Facebook", "Share on X", "Buy at Amazon", "Privacy Policy"])
    assert all(line in out for line in en)
    assert "Buy at Amazon" not in out and "Share on" not in out  # a share row ends the box


def test_a_later_list_is_no_longer_than_the_longest_before_it_plus_one() -> None:
    """Nothing but a heading ends the last list: page buttons under it ("Buy at Amazon") may join
    it, but not more than one line past the size of the longest list above it."""
    en = ["Pros", "Excellent noise cancelling", "Warm, detailed sound", "Cons", "Bulky case", "No wireless charging"]
    out = _clean([*BODY, *en, "Buy at Amazon", "Visit the store", "Our team", "Contact us", "Privacy Policy"])
    assert all(line in out for line in en)
    assert "Visit the store" not in out and "Our team" not in out


def test_one_heading_among_menu_labels_is_no_box() -> None:
    out = _clean([*BODY, "Plus", "Sport", "Kultur", "Wetter", "Reisen", *MENU])
    for label in ("Plus", "Sport", "Kultur", "Wetter", "Reisen"):
        assert f"\n{label}\n" not in f"\n{out}\n"


QA = [
    "Frau Kessler, Sie haben das Haus vor drei Monaten übernommen. Wie voll sind die Säle inzwischen?",
    "Kessler: Voller, als viele dachten. Wir liegen bei 71 Prozent Auslastung, im Vorjahr waren es 64 Prozent.",
    "Die Stadt will den Zuschuss um 300.000 Euro kürzen. Was bedeutet das für Ihr Programm?",
    "Kessler: Das wären zwei Produktionen weniger pro Spielzeit. Ich werde dafür kämpfen, dass es nicht so kommt.",
]
BIO = ["Zur Person", "Sabine Kessler, 52, leitete zuletzt das Theater in Rudolstadt."]
TEASERS = ["Mehr aus der Kultur", "Jazzfestival zieht in den Juni um", "Museum eröffnet neuen Flügel", "Impressum"]


def test_an_interview_s_short_bio_under_its_heading_stays() -> None:
    """A bio too short to join the body as its last paragraph, under a `person_labels` heading:
    after the last answer, between two answers, or right under the byline."""
    head = ["„Ein Theater muss unbequem sein“", "Die neue Intendantin über leere Säle und Sparzwänge.",
            "Interview: Jonas Brehm", "03.12.2026 - 18:40 Uhr"]
    for lines in ([*head, *QA, *BIO, *TEASERS], [*head, *QA[:2], *BIO, *QA[2:], *TEASERS], [*head, *BIO, *QA, *TEASERS]):
        out = _clean(lines)
        assert all(line in out for line in BIO) and all(line in out for line in QA), out
        assert "Museum eröffnet" not in out


def test_a_teaser_under_an_unknown_heading_is_no_bio() -> None:
    out = _clean([*QA, "Mehr aus der Kultur", "Sabine Kessler, 52, leitete zuletzt das Theater in Rudolstadt.", *TEASERS])
    assert "Sabine Kessler, 52" not in out


def test_plus_and_moins_headings_that_a_navigation_rule_removes_head_a_box() -> None:
    """French "Plus" is also a menu's "more" button (fr.navigation.boutons): under a review it
    heads the pros, and the box stays whole; the shop button under it goes."""
    fr = ["Plus", "Autonomie de deux jours", "Écran lumineux", "Prix contenu", "Moins", "Photos de nuit bruitées",
          "Poids élevé", "Note : 7,5/10"]
    out = _clean([*BODY, *fr, "Voir le prix sur Amazon", "Partager sur Facebook", "Mentions légales"])
    assert all(f"\n{line}\n" in f"\n{out}\n" for line in fr), out
    assert "Voir le prix" not in out and "Mentions légales" not in out
    de = ["Plus", "Gründliche Reinigung auf Hartböden", "Gute App", "Minus", "Laut im Turbo-Modus", "Testnote: 2,1 (gut)"]
    out = _clean([*BODY, *de, "Bei Amazon ansehen", "Artikel teilen", "Impressum"])
    assert all(f"\n{line}\n" in f"\n{out}\n" for line in de), out
    assert "Bei Amazon ansehen" not in out


def test_pros_and_cons_marked_by_their_signs_without_headings() -> None:
    en = ["+ Excellent, consistent shots", "+ Heats up in 30 seconds", "+ Easy to clean",
          "- Slow, sputtering steam wand", "- Loud pump", "Rating: 4/5"]
    out = _clean([*BODY, *en, "Check price at Amazon", "Share this article", "Related reviews", "Privacy Policy"])
    assert all(line in out for line in en), out
    assert "Check price" not in out and "Related reviews" not in out
    signs = ["✓ Leise im Normalbetrieb", "✓ Gute App", "✗ Teuer", "✗ Kein Wischmopp"]
    out = _clean([*BODY[:2], *signs, BODY[2], *MENU])
    assert all(line in out for line in [*signs, BODY[2]]), out


def test_one_sign_alone_is_no_box() -> None:
    """Lines of one sign are a list like any other (a menu written "- Sport"): no box."""
    out = _clean([*BODY, "- Sport", "- Kultur", "- Wetter", "- Reisen", *MENU])
    assert "- Kultur" not in out and "- Reisen" not in out


def test_a_heading_that_names_the_person_the_article_names_heads_a_bio() -> None:
    """"Über Sabine Kessler" ("Über {name}" in de.toml) over the bio, right under the byline: the
    answers name Kessler, so the box is the article's (its first lines were cut as outside-body)."""
    head = ["„Ein Theater muss unbequem sein“", "Die neue Intendantin über leere Säle und Sparzwänge.",
            "Interview: Jonas Brehm", "03.12.2026 - 18:40 Uhr"]
    bio = ["Über Sabine Kessler", "Sabine Kessler, 52, leitete zuletzt acht Jahre das Theater in Rudolstadt.",
           "Sie studierte Germanistik in Leipzig und arbeitete als Dramaturgin in Weimar und Kassel."]
    out = _clean([*head, *bio, *QA, *TEASERS])
    assert all(line in out for line in [*bio, *QA]), out


def test_a_heading_that_names_someone_the_article_does_not_is_no_bio() -> None:
    """An author's bio under the article ("Über Jonas Brehm") is left to the scorer: past the
    share row, it goes with the teasers."""
    out = _clean([*QA, "Artikel teilen", "Über Jonas Brehm", "Jonas Brehm ist Kulturredakteur der Rundschau.", *TEASERS])
    assert "Jonas Brehm ist Kulturredakteur" not in out and "Über Jonas Brehm" not in out


def test_score_under_the_last_paragraph_joins_it() -> None:
    """'Wertung' / '4 von 5' after the verdict's last sentence: two short lines the scorer left out
    as page furniture (verdict.score_tail); a short label over anything else still goes."""
    verdict = "Ein ausdauerndes Smartphone mit hervorragendem Display, das man nur selten laden muss."
    for label, score in (("Wertung", "4 von 5"), ("Our verdict", "4/5"), ("Note", "16 sur 20"), ("Voto", "8,5/10")):
        out = _clean([*BODY, verdict, label, score, *MENU])
        assert f"{verdict}\n\n{label}\n\n{score}\n" in out
    out = _clean([*BODY, verdict, "Wertung", "Smartphones im Vergleich", *MENU])
    assert "Wertung" not in out and "Smartphones im Vergleich" not in out


SHOP_REVIEW = [
    "Home", "Reviews", "Kelvo Pour review: a smart kettle that gets the temperature right", "By Ruth Akers",
    "Pros", "Accurate to one degree", "Quiet boil", "Cons", "Small 1-litre capacity", "{last}",
    "£89.99 at Currys", "£94.99 at Argos",
    "The Kelvo Pour costs £89.99 and lets you set the water temperature from 40C to 100C in one-degree steps, "
    "which matters for green tea and pour-over coffee.",
    "In our tests it held the chosen temperature within one degree for the full hour of its keep-warm mode, "
    "and it was noticeably quieter than a standard kettle.",
    "Share this article",
]


def _shop(last: str) -> str:
    return clean_text("\n".join(SHOP_REVIEW).replace("{last}", last) + "\n").text


def test_the_shop_box_s_product_name_goes_with_its_price_rows() -> None:
    """The product's name over the shop's price rows (shop.shop_names): its words are the
    headline's name ("Kelvo Pour", "Buy the Kelvo Pour"); the box's items stay."""
    for name in ("Kelvo Pour", "Buy the Kelvo Pour"):
        out = _shop(name)
        assert f"\n{name}\n" not in out and "£89.99 at Currys" not in out
        assert "Small 1-litre capacity" in out and "The Kelvo Pour costs £89.99" in out


def test_a_cons_item_right_over_the_price_rows_stays() -> None:
    """A cons item sharing a word with the headline is no product name ("Slow to pour" over the
    rows: "Pour" is one word of three)."""
    out = _shop("Slow to pour")
    assert "Slow to pour" in out and "£89.99 at Currys" not in out


SOURCES = ["Quellen:", "Bundesinstitut für Risikobewertung", "Deutsche Gesellschaft für Ernährung, Referenzwerte 2024"]


def test_a_sources_list_under_its_labelled_colon_stays_and_a_call_under_a_bare_label_goes() -> None:
    """A reference list under a notes label that ends in a colon is the article's (science and
    health pieces cite their sources so); under "Changelog" without one a share call is no row."""
    out = _clean([*BODY, *SOURCES, *MENU])
    assert all(line in out for line in SOURCES), out
    assert "Smartphones" not in out
    out = _clean([*BODY, "Quellen", "Artikel teilen", "Jetzt lesen", *MENU])
    assert "Artikel teilen" not in out
