"""A short line of the article between two removed lines in the middle of it: a teaser link
("Read also: ..."), then a one-line quote or a subheading, then an ad label, then the rest of the
article. The short line is too short to count as the prose around the link, and the link,
counted at its length against the block, cut the article's second half off (inline.py
`_article_side`). A teaser's headline after an article has the subheading's shape: past one,
two of the article's sentences are asked."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text

PAGES = {
    "en": [
        "Hollis Street bridge to close for eight months of repairs",
        "The Hollis Street bridge over the Sauk River will close for major repairs on Feb. 1, the city's public works director told the council on Wednesday night.",
        "An inspection last summer found that the bridge's main steel girders had lost nearly 70 percent of their strength to corrosion, director Ian Wexford said.",
        "The work will cost $41.2 million, most of it covered by a state grant. The contractor must finish by the end of October.",
        "Read also: City approves new health clinic on Garfield Avenue after years of delays and lawsuits",
        "{short}",
        "Advertisement",
        "Residents on the east side fear the detour will clog Meadow Lane, which already backs up at rush hour.",
        "\"I drive my kids across the river every morning,\" said Olivia Baird, who lives near the bridge.",
        "Tags: bridges, roads, city council",
    ],
    "de": [
        "Kreistag beschließt Aus für zwei Klinikstandorte",
        "Der Kreistag von Traunfeld hat am Donnerstagabend mit knapper Mehrheit beschlossen, die Krankenhäuser in Bergham und Altenweiler zu schließen.",
        "Für die Pläne stimmten 31 Kreisräte, 27 votierten dagegen. Vor der Stadthalle protestierten rund 400 Menschen mit Trillerpfeifen.",
        "Künftig soll es im Landkreis nur noch ein großes Klinikum in Traunfeld geben, das für 180 Millionen Euro erweitert wird.",
        "Lesen Sie auch: Hebammen schlagen Alarm – Kreißsaal in Bergham ab Januar nur noch nachts besetzt",
        "{short}",
        "Anzeige",
        "Die Freien Wähler warfen Landrat Peter Obermaier vor, die Entscheidung durchgepeitscht zu haben.",
        "Obermaier wies das zurück. Die Kliniken schreiben seit Jahren Verluste in Millionenhöhe.",
        "Schlagworte: Kliniken, Kreistag, Gesundheit",
    ],
    "fr": [
        "Villard-de-Lans renonce à ouvrir ses pistes de fond avant Noël",
        "La station de Villard-de-Lans a annoncé jeudi qu'elle n'ouvrirait pas son domaine de ski de fond avant Noël, faute d'un enneigement suffisant.",
        "Les canons à neige ne couvrent qu'une boucle de trois kilomètres autour du stade de biathlon, réservée aux clubs et aux scolaires.",
        "La station espère ouvrir le 26 décembre si les chutes de neige annoncées pour la semaine prochaine se confirment.",
        "À lire aussi : Stations de moyenne montagne : l'État débloque 20 millions d'euros pour la diversification",
        "{short}",
        "Publicité",
        "Les loueurs de matériel s'inquiètent déjà pour leur chiffre d'affaires de l'hiver.",
        "La mairie promet de communiquer chaque semaine sur l'état des pistes.",
        "Mots-clés : ski, Vercors, neige",
    ],
    "ru": [
        "В Заречье закроют старый мост через Сокшу на ремонт",
        "Старый мост через реку Сокшу в Заречье закроют на капитальный ремонт с 1 февраля. Об этом в среду сообщил глава управления дорожного хозяйства.",
        "По его словам, обследование показало, что несущие балки моста изношены почти на семьдесят процентов.",
        "Работы обойдутся городу в 412 миллионов рублей, большую часть суммы выделит область. Подрядчик должен закончить ремонт до конца октября.",
        "Читайте также: В Заречье откроют новую поликлинику на улице Гагарина после долгих задержек",
        "{short}",
        "Реклама",
        "Жители Заречья опасаются, что объезд приведёт к пробкам: утром в час пик на Луговой улице и сейчас выстраиваются очереди из машин.",
        "Депутат Сергей Лапин предложил на время ремонта пустить через реку паром, как это делали в девяностые годы.",
        "Теги: Заречье, мосты, ремонт дорог",
    ],
}
SHORT = {
    "en": ["\"It won't survive another winter,\" Wexford said.", "Residents fear gridlock"],
    "de": ["„Das ist ein schwarzer Tag“, sagte eine Hebamme.", "Kritik aus der Opposition"],
    "fr": ["« On ne va pas ouvrir pour trois kilomètres. »", "Les loueurs inquiets"],
    "ru": ["«Другого выхода нет, мост не выдержит ещё одну зиму», — сказал Ветров.", "Жители опасаются пробок"],
}
CASES = [(lang, short) for lang, lines in SHORT.items() for short in lines]


@pytest.mark.parametrize("lang, short", CASES)
def test_the_article_goes_on_past_a_link_a_short_line_and_an_ad_label(lang: str, short: str) -> None:
    lines = [line.replace("{short}", short) for line in PAGES[lang]]
    out = clean_text("\n".join(lines) + "\n").text
    for line in lines[1:4] + [short] + lines[7:9]:
        assert line in out
    for junk in (lines[4], lines[6], lines[9]):
        assert junk not in out


def test_a_closing_sentence_under_a_related_link_stays() -> None:
    """"Related: ..." right under the article, then its short last sentence above the tags
    (closing_runs.closing_past_links); a teaser under a related heading still goes."""
    body = [
        "A former treasurer of the Pine Ridge School District pleaded not guilty on Wednesday to charges that she stole $1.2 million over six years.",
        "Prosecutors say Marianne Cole moved district money into accounts she controlled and used it to pay for a lake house and two cars.",
        "Her lawyer said she would fight the charges and that the district's own auditors had approved every transfer.",
    ]
    page = ["County Ledger", "Courts", "Former treasurer denies stealing $1.2 million", "By Alan Brooks", *body,
            "Related: School board orders outside audit of district finances after missing funds found",
            "The trial is set for March.", "Tags: courts, schools", "Share this article"]
    out = clean_text("\n".join(page) + "\n").text
    assert all(line in out for line in body) and out.endswith("The trial is set for March.\n"), out
    teaser = clean_text("\n".join([*page[:8], "More on this story", "Audit finds gaps in district books",
                                   "Tags: courts, schools"]) + "\n").text
    assert "Audit finds gaps" not in teaser
