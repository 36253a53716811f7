"""A live blog's day dividers with a year ("Monday 7 December 2026") between its timed entries
stay (live.day_dividers): the dateline rules that remove a line holding only a date took every
one, and the days ran together. The page's own publication date, over the standfirst rather
than over an entry's time, still goes."""

from __future__ import annotations

from cleaner.pipeline import clean_text

ENTRIES = {
    "en": (
        "Storm Darragh live: power cuts and travel disruption across the west",
        "Monday 7 December 2026",
        "Follow our live coverage as the storm moves north, with red warnings for wind along the coast.",
        ["Monday 7 December 2026", "Sunday 6 December 2026"],
        [
            "Engineers have restored power to around 12,000 homes in Pembrokeshire, the network operator said on Monday.",
            "The Cleddau Bridge has reopened to high-sided vehicles after the wind dropped, police said in a statement.",
            "Gusts of 92mph were recorded at Aberporth this evening, the highest reading of the storm so far.",
            "Schools across Ceredigion will stay closed on Monday, the council has confirmed in an announcement.",
        ],
    ),
    "fr": (
        "Grève à la SNCF : trains supprimés et manifestations dans le Grand Est",
        "Lundi 7 décembre 2026",
        "Suivez en direct la mobilisation des cheminots et les perturbations sur le réseau régional.",
        ["Lundi 7 décembre 2026", "Dimanche 6 décembre 2026"],
        [
            "La préfecture annonce que le cortège strasbourgeois a réuni 4 500 personnes selon la police.",
            "Un TER sur trois circule entre Metz et Nancy, indique la direction régionale ce matin.",
            "Les syndicats confirment l'appel à la grève reconductible à partir de lundi, après l'échec des négociations.",
            "La SNCF publie ses prévisions de trafic : aucun TGV entre Strasbourg et Paris avant mardi midi.",
        ],
    ),
}
TIMES = ["16:20", "12:05", "19:45", "15:00"]


def _page(lang: str) -> tuple[str, list[str]]:
    title, published, standfirst, days, entries = ENTRIES[lang]
    lines = [title, published, standfirst]
    for n, (time, entry) in enumerate(zip(TIMES, entries)):
        if n % 2 == 0:
            lines.append(days[n // 2])
        lines += [time, entry]
    return "\n\n".join(lines) + "\n", days


def test_a_live_blogs_day_dividers_stay_and_its_publication_date_goes() -> None:
    for lang in ENTRIES:
        page, days = _page(lang)
        out = clean_text(page).text
        lines = out.splitlines()
        for day in days:
            assert day in lines, (lang, out)
            assert lines[lines.index(day) + 2] in TIMES
        assert lines.count(days[0]) == 1, out  # the publication date over the standfirst went
        assert clean_text(out).text == out


def test_a_lone_date_line_over_a_time_is_no_divider() -> None:
    page, days = _page("en")
    page = page.replace(days[1] + "\n\n", "")  # one divider: a publication date over the first entry
    assert days[0] not in clean_text(page).text.splitlines()
