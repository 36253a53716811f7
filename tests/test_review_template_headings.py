"""A site's reviews share their pros and cons headings ("Zalety" / "Wady") with the site's menus:
in a folder of three reviews of one site the headings are in every page, as the menu lines are,
and under the site's box label ("Ocena redakcji") they stand between template lines, not between
the article's prose; yet each heads the page's own lower-case items (dedup.lines._heads_own_rows),
so they stay in every page while the menu lines go as the site's template from the third page on."""

from __future__ import annotations

from pathlib import Path

from cleaner.config import Config
from cleaner.run import RunOptions, run

PRODUCTS = [  # name, opening sentence, pros, cons (invented)
    ("Nova X5", "Nova X5 kosztuje 1499 zł, a bateria wytrzymuje dwa pełne dni intensywnego używania.",
     ["bardzo dobra bateria", "jasny ekran 120 Hz"], ["słaby aparat po zmroku", "brak wodoodporności"]),
    ("Lumo S2", "Lumo S2 kosztuje 1799 zł i ma najjaśniejszy ekran w tej klasie cenowej, także w pełnym słońcu.",
     ["świetny ekran", "cienka obudowa"], ["przeciętna bateria", "głośny głośnik"]),
    ("Kiro 9", "Kiro 9 kosztuje 999 zł, a jego obudowa przetrwała w naszym teście upadek z dwóch metrów na beton.",
     ["odporność na wstrząsy", "dwa gniazda kart SIM"], ["gruba ramka ekranu", "duża waga"]),
]
MENU = ["TechPortal", "Recenzje", "Smartfony", "Laptopy", "Poradniki"]
FOOTER = ["Sprawdź ceny", "Udostępnij", "Zobacz także", "Regulamin", "Polityka prywatności"]


def _page(name: str, opening: str, pros: list[str], cons: list[str]) -> str:
    lines = [*MENU, f"Recenzja {name}. Czy warto go kupić?", "Autor: Piotr Wiśniewski", opening,
             f"Testowaliśmy {name} przez dwa tygodnie jako jedyny telefon, w pracy i w podróży, bez żadnych ustępstw.",
             "Ocena redakcji", "Zalety", *pros, "Wady", *cons,
             f"Podsumowując, {name} to rozsądny wybór dla osób, które wiedzą, czego szukają w telefonie.", *FOOTER]
    return "\n".join(lines) + "\n"


def test_pros_and_cons_headings_stay_in_every_review_of_a_site(tmp_path: Path) -> None:
    pages = tmp_path / "reviews"
    pages.mkdir()
    for at, product in enumerate(PRODUCTS):
        (pages / f"r{at}.txt").write_text(_page(*product), encoding="utf-8")
    out = tmp_path / "out"
    summary = run([pages], Config(), RunOptions(output=out))
    assert not summary.problems
    for at, (_, _, pros, cons) in enumerate(PRODUCTS):
        lines = (out / f"r{at}.txt").read_text(encoding="utf-8").split("\n\n")
        assert lines[lines.index("Zalety") + 1 : lines.index("Wady")] == pros, at
        assert lines[lines.index("Wady") + 1 : lines.index("Wady") + 3] == cons, at
        assert not {"Laptopy", "Poradniki", "Regulamin"} & set(lines), at
