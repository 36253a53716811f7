"""A related-links box with no heading set between an article's paragraphs, in a language whose
rule file knows no such box (links.bare_related_run, score.related-box): its headlines go and the
article around it stays whole. Lists are none: items under a lead-in closing on ":", bulleted
items, names in title case."""

from __future__ import annotations

from cleaner.pipeline import clean_text

HEAD = [
    "Obecné noviny",
    "Správy",
    "V Prievidzi otvorili novú plaváreň po rekonštrukcii",
    "Mesto investovalo do obnovy budovy takmer štyri milióny eur",
    "Peter Kováč",
    "sobota 6. 12. 2026 10:15",
    "Zdieľať",
    "Mestská plaváreň v Prievidzi sa v sobotu otvorila po dvoch rokoch rekonštrukcie, na otvorenie prišli stovky ľudí.",
    "Budova dostala nové bazény, saunu aj zariadenie na úpravu vody, ktoré ušetrí polovicu energie.",
]
TAIL = [
    "Podľa primátorky mesta bude plaváreň otvorená každý deň od šiestej ráno do desiatej večer.",
    "Školy z okresu budú mať v pondelok a v stredu bazén vyhradený na povinný plavecký výcvik žiakov.",
    "Vstupné pre dospelých bude stáť päť eur, deti do šiestich rokov budú mať vstup zadarmo.",
    "Tagy: Prievidza, plaváreň",
    "Komentáre (2)",
]
BOX = [
    "Na námestí v Bojniciach pribudne nová fontána",
    "Mesto hľadá dobrovoľníkov na zimnú údržbu chodníkov",
    "Autobusy budú v Prievidzi jazdiť častejšie aj cez víkend",
]


def _clean(lines: list[str]) -> str:
    return clean_text("\n".join(lines) + "\n").text


def test_a_box_without_heading_goes_and_the_article_stays_whole():
    out = _clean(HEAD + BOX + TAIL)
    for line in BOX:
        assert line not in out
    assert out.startswith(HEAD[2])
    for line in HEAD[7:] + TAIL[:3]:
        assert line in out


def _boxed(lines: list[str]) -> bool:
    result = clean_text("\n".join(lines) + "\n")
    return any(getattr(removal, "rule", "") == "score.related-box" for _, _, removal in result.removals)


def test_an_articles_list_stays():
    """Items opening on a bullet stay with the article; names in title case and items under a
    lead-in closing on ":" are never taken for a box (such pages lose their first half to the
    scorer whatever this finder does, as before it: left)."""
    items = ["nový bazén pre deti aj dospelých", "sauna s ochladzovacím bazénom vonku", "zariadenie na úpravu vody bez chlóru"]
    bullets = ["• " + item for item in items]
    out = _clean(HEAD + bullets + TAIL)
    for line in bullets:
        assert line in out, line
    names = ["Plavecký Klub Delfín Prievidza", "Športové Centrum Mesta Prievidza", "Základná Umelecká Škola Prievidza"]
    lead_in = HEAD[:-1] + ["Budova dostala tri novinky, ktoré si plavci všimnú hneď pri vstupe:"]
    assert _boxed(HEAD + BOX + TAIL)
    assert not _boxed(HEAD + names + TAIL)
    assert not _boxed(lead_in + items + TAIL)
