"""A list article: numbered headings ("1. Turn your thermostat down") each over a tip of a
sentence or two (inline.neutral_steps). Line by line it scores like a menu, and the body kept
only its last two tips; a numbered "most read" list, with nothing between its headlines, still
goes."""

from __future__ import annotations

from cleaner.pipeline import clean_text

TIPS = [
    "Energy prices are rising again from January. These simple steps can knock hundreds of pounds off your bill.",
    "1. Turn your thermostat down by one degree",
    "Each degree you turn down saves about £100 a year, according to the Energy Saving Trust.",
    "2. Bleed your radiators",
    "Trapped air stops radiators heating properly.",
    "3. Use thermostatic radiator valves",
    "Set rooms you rarely use to a lower temperature.",
    "4. Fit draught excluders",
    "Gaps under doors and around windows let warm air escape.",
    "5. Close your curtains at dusk",
    "6. Lower your boiler's flow temperature",
    "Most combi boilers are set too high. Turning the flow temperature down to 60C can cut gas use by up to 8%.",
    "7. Check you are on the best tariff",
]
HEAD = ["Daily Money Guide", "Menu", "Personal finance", "7 ways to cut your heating bill this winter",
        "By Raj Patel | Consumer Editor", "Last updated: 4 December 2026"]
MOST_READ = ["Most read", "1. Council tax to rise by 5%", "2. Bus fares frozen for a year", "3. New bridge opens",
             "4. Snow warning for the weekend"]


def test_every_tip_of_a_numbered_list_article_stays() -> None:
    out = clean_text("\n".join([*HEAD, *TIPS, "Share this article", "Sign up to our Money newsletter", "Read more",
                                "Energy bills: what the new price cap means for you"]) + "\n").text
    assert all(line in out for line in TIPS), out
    assert "Sign up" not in out and "Read more" not in out and "Daily Money Guide" not in out


def test_a_numbered_most_read_list_under_the_article_goes() -> None:
    body = [
        "The council voted on Tuesday to expand the bus network, and the mayor said the first new routes would start in March.",
        "Operators said the plan would create about two hundred jobs, although they warned that drivers were hard to find.",
        "The new timetables will be published in February after a consultation with passengers and unions.",
    ]
    out = clean_text("\n".join(["City News", "Bus network to grow", *body, "Share this article", *MOST_READ]) + "\n").text
    assert all(line in out for line in body)
    assert not any(line in out for line in MOST_READ), out


def test_the_last_tip_s_heading_alone_stays() -> None:
    """The last numbered heading with no tip under it, right above the share row, weighs nothing:
    the block, which ends on its best sum, now takes it."""
    tips = [
        "La Junta ha declarado la emergencia por sequía en 42 municipios. Estos gestos sencillos ayudan a reducir el consumo.",
        "1. Dúchate en lugar de bañarte", "Una ducha de cinco minutos gasta unos 60 litros; un baño, más de 200.",
        "2. Cierra el grifo al lavarte los dientes", "3. Usa la lavadora solo con carga completa",
        "Los programas cortos y a baja temperatura también ahorran energía.", "4. Revisa las fugas",
        "Un grifo que gotea puede desperdiciar 30 litros al día.", "5. Riega las plantas al anochecer",
    ]
    page = ["El Diario del Sur", "Portada", "Sociedad", "Cinco consejos para ahorrar agua en casa durante la sequía",
            "Redacción", "04/12/2026 - 10:15", *tips, "Compartir en Facebook", "Compartir en X", "Te puede interesar",
            "La Junta prohíbe llenar piscinas privadas"]
    out = clean_text("\n".join(page) + "\n").text
    assert all(line in out for line in tips), out
    assert "Compartir" not in out and "piscinas" not in out


def test_a_timeline_the_block_ends_inside_of_stays_whole() -> None:
    """A timeline under the article: its first rows score as prose and join the block, the last
    two were too few to make a list below it (lists._rows_above)."""
    body = [
        "When the council voted last week to cut the library's opening hours by half, it described the decision as a modest efficiency.",
        "For the 300 people who walk through its doors every day, it is nothing of the kind.",
        "The library is where pensioners learn to use online banking and where job seekers print their CVs.",
        "I urge every reader to come to the public meeting on December 12.",
    ]
    timeline = ["Timeline", "1904: Ashby Library opens with a grant from Andrew Carnegie.", "1987: The children's wing is added.",
                "2019: The library moves to seven-day opening.", "2026: The council votes to halve opening hours."]
    page = ["The Midland Observer", "Opinion", "Our town needs its library more than ever", "By Gloria Mensah", *body,
            *timeline, "The views expressed in this article are the author's own.", "Comments (48)", "Most read"]
    out = clean_text("\n".join(page) + "\n").text
    assert all(line in out for line in [*body, *timeline]), out
    assert "Comments (48)" not in out
