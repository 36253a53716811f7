"""A short line between two lines of one newsletter, cookie or app box is the box's
(box_lines.fill_boxes): its pitch in words no rule knows split the box in two, and a box in
two parts between the article's paragraphs cut the article's end off."""

from __future__ import annotations

from cleaner.pipeline import clean_text

TOP = (
    "Myrsky katkaisi sähköt kymmeniltätuhansilta Lapissa\n"
    "Yön aikana Lapin yli kulkenut myrsky katkaisi sähköt yli 40 000 taloudelta. Kaatuneita puita on teillä "
    "erityisesti Rovaniemen ja Kemijärven välillä.\n"
    "Sähköyhtiön mukaan suurin osa vioista saadaan korjattua lauantai-iltaan mennessä, mutta syrjäisimmillä "
    "alueilla korjaukset voivat kestää pidempään.\n"
)
END = (
    "Pelastuslaitos kehottaa välttämään tarpeettomia matkoja ja varomaan kaatuneita sähkölinjoja, joihin ei "
    "saa koskea.\n"
)
PITCH = "Saat tärkeimmät uutiset Lapista joka aamu"


def _rules(result) -> dict[str, str]:
    text = result.document.text
    return {text[start:end].strip(): removal.rule for start, end, removal in result.removals}


def test_a_pitch_between_a_newsletter_title_and_its_e_mail_field_goes_with_the_box() -> None:
    result = clean_text(TOP + f"Uutiskirje\n{PITCH}\nSähköpostiosoitteesi\n" + END)
    assert PITCH not in result.text
    assert END.strip() in result.text  # the box weighs as one: the article's end stays
    assert _rules(result)[PITCH] == _rules(result)["Uutiskirje"]


def test_a_long_line_or_one_between_two_kinds_of_box_stays() -> None:
    long_line = " ".join(["Pelastuslaitoksen mukaan"] * 14) + "."
    assert long_line in clean_text(TOP + f"Uutiskirje\n{long_line}\nSähköpostiosoitteesi\n" + END).text
    mixed = clean_text(TOP + f"Uutiskirje\n{PITCH}\nMainos\n" + END)  # a newsletter title, then an ad label
    assert _rules(mixed).get(PITCH) != "fi.newsletter.uutiskirje"  # not filled into the box


def test_an_e_mail_field_taken_for_a_share_row_is_the_boxs_too() -> None:
    """"Váš e-mail" reads as a share row (a prefix and "e-mail"); between the box's title and its
    button it is the box's field: the box weighs as one and the article's end stays."""
    top = (
        "Vichřice v Jeseníkách: tisíce domácností bez proudu\n"
        "Silný vítr, který v noci na pátek zasáhl Jeseníky, vyvrátil stovky stromů a poškodil elektrické "
        "vedení. Bez proudu zůstává přes 20 tisíc domácností.\n"
        "Hasiči zasahovali od půlnoci více než 300krát, nejčastěji odstraňovali spadlé stromy ze silnic a střech.\n"
    )
    end = "Energetici očekávají, že většinu poruch odstraní do sobotního večera.\n"
    result = clean_text(top + "Newsletter\nKaždé ráno nejdůležitější zprávy z regionu\nVáš e-mail\nOdebírat\n" + end + "Nejčtenější\n1\nNehoda na D1\n")
    assert end.strip() in result.text
    assert _rules(result)["Váš e-mail"] == _rules(result)["Newsletter"]
