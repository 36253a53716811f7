"""A live blog's labels alone on their lines go in Swedish, Danish, Finnish, Hungarian, Greek,
Ukrainian and Russian as they do in the languages that had them first (<lang>.navigation.live-labels):
'follow live' under the headline, a pinned entry's label, the load-more button and the closing
line. Unknown, the labels near the top were kept with the entries and the closing line went or
stayed with the score of the last entry. The entries and their times stay."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text

# language: (headline, share button, [follow, pinned, load more, closing], [lead, 4 entries])
PAGES = {
    "sv": (
        "Stormen Saga: tusentals hushåll utan ström i Norrland", "Dela",
        ["Följ live", "Fäst inlägg", "Ladda fler inlägg", "Direktrapporteringen är avslutad."],
        ["Stormen Saga drog in över Norrlandskusten under söndagen och tusentals hushåll står utan ström.",
         "Hushåll som behöver hjälp kan ringa kommunens växel, som har utökat öppettiderna under helgen.",
         "Enligt Vattenfall väntas de flesta hushåll i Sundsvall ha ström igen före midnatt.",
         "Länsstyrelsen har öppnat en krisledningsgrupp och uppmanar allmänheten att undvika onödiga resor.",
         "SMHI har utfärdat en röd varning för kustområdena i Västernorrland och Västerbotten."],
    ),
    "da": (
        "Stormflod i Vejle: beboere evakueret fra havnen", "Del",
        ["Følg med live", "Fastgjort opslag", "Indlæs flere opslag", "Liveblogen er nu afsluttet."],
        ["Vandet i Vejle Fjord steg søndag til det højeste niveau i over 30 år, og politiet har evakueret beboere ved havnen.",
         "Beredskabet har åbnet en hotline for borgere, der har fået vand i kælderen eller stueetagen.",
         "Ifølge DMI topper vandstanden i aften, og den forventes at falde i løbet af natten.",
         "Borgmesteren har indkaldt kommunens krisestab og beder borgerne holde sig væk fra havneområdet.",
         "DMI har udsendt et varsel om farligt højvande for hele den jyske østkyst."],
    ),
    "fi": (
        "Myrsky katkaisi sähköt kymmeniltä tuhansilta Pohjanmaalla", "Jaa",
        ["Seuraa suorana", "Kiinnitetty", "Lataa lisää päivityksiä", "Seuranta on päättynyt."],
        ["Myrsky pyyhkäisi sunnuntaina Pohjanmaan rannikon yli ja katkaisi sähköt kymmeniltä tuhansilta kotitalouksilta.",
         "Kunta on avannut neuvontapuhelimen kotitalouksille, jotka tarvitsevat apua sähkökatkon aikana.",
         "Verkkoyhtiön mukaan suurin osa kotitalouksista saa sähköt takaisin ennen puoltayötä.",
         "Pelastuslaitos kehottaa välttämään turhaa liikkumista metsäisillä teillä, joille on kaatunut puita.",
         "Ilmatieteen laitos on antanut punaisen varoituksen rannikkoalueille."],
    ),
    "hu": (
        "Árvíz a Tiszán: kitelepítették a part menti házakat Szolnokon", "Megosztás",
        ["Kövesse élőben", "Kitűzött bejegyzés", "További bejegyzések betöltése", "A percről percre tudósítás véget ért."],
        ["A Tisza vízszintje vasárnap meghaladta a harmadfokú készültségi szintet Szolnoknál, a hatóságok kitelepítették a part menti házak lakóit.",
         "Az érintettek a katasztrófavédelem zöld számán és a polgármesteri hivatalban kérhetnek segítséget.",
         "A vízügyi igazgatóság szerint a tetőzés után lassan apad a Tisza Szolnoknál.",
         "A polgármester összehívta a védelmi bizottságot, és pénzt kért a kormánytól a gátak megerősítésére.",
         "A vízügyi igazgatóság harmadfokú árvízvédelmi készültséget rendelt el a Tisza szolnoki szakaszán."],
    ),
    "el": (
        "Κακοκαιρία: πλημμύρες στη Θεσσαλία, εκκενώνονται χωριά", "Κοινοποίηση",
        ["Ακολουθήστε live", "Καρφιτσωμένο", "Φόρτωση περισσότερων", "Η ζωντανή ενημέρωση ολοκληρώθηκε."],
        ["Οι ισχυρές βροχοπτώσεις της Κυριακής προκάλεσαν πλημμύρες σε χωριά της Θεσσαλίας και οι αρχές εκκενώνουν σπίτια κοντά στον Πηνειό.",
         "Οι πληγέντες μπορούν να επικοινωνούν με την Πολιτική Προστασία και τους δήμους της περιοχής.",
         "Σύμφωνα με την Περιφέρεια, η στάθμη του ποταμού άρχισε να υποχωρεί το απόγευμα.",
         "Ο περιφερειάρχης συγκάλεσε έκτακτη σύσκεψη και ζήτησε την κήρυξη της περιοχής σε κατάσταση έκτακτης ανάγκης.",
         "Η ΕΜΥ εξέδωσε έκτακτο δελτίο για ισχυρές βροχές και καταιγίδες στη Θεσσαλία."],
    ),
    "uk": (
        "Негода на заході України: без світла залишилися понад 200 населених пунктів", "Поділитися",
        ["Стежте онлайн", "Закріплено", "Завантажити ще", "На цьому ми завершуємо нашу онлайн-трансляцію."],
        ["Через сильний вітер і мокрий сніг у неділю без електропостачання залишилися понад 200 населених пунктів у Львівській та Волинській областях.",
         "Мешканці можуть телефонувати на гарячу лінію обласної військової адміністрації та до місцевих громад.",
         "Обленерго повідомило, що світло повернули у більшість будинків Ковеля.",
         "Рятувальники розчищають дороги від повалених дерев і просять водіїв без потреби не виїжджати за межі міст.",
         "Укргідрометцентр оголосив І рівень небезпечності на заході країни."],
    ),
    "ru": (
        "Снегопад в Москве: аэропорты задерживают рейсы, на дорогах пробки", "Поделиться",
        ["Следите онлайн", "Закреплено", "Загрузить ещё", "На этом мы завершаем нашу трансляцию."],
        ["Сильный снегопад в воскресенье парализовал движение в Москве, аэропорты задерживают и отменяют рейсы.",
         "Водители могут обращаться в единую дежурно-диспетчерскую службу города и к дорожным службам.",
         "В мэрии сообщили, что на уборку снега вышли более 12 тысяч единиц техники.",
         "В аэропорту Шереметьево задержаны более сорока рейсов, ещё восемь отменены из-за погоды.",
         "Гидрометцентр предупредил о сильном снеге и гололедице до конца дня."],
    ),
}  # fmt: skip
TIMES = ["07:15", "18:20", "14:05", "09:30"]


def _page(headline: str, share: str, labels: list[str], prose: list[str]) -> str:
    follow, pinned, load_more, closing = labels
    lines = [headline, follow, prose[0], pinned]
    for n, (time, entry) in enumerate(zip(TIMES, prose[1:])):
        lines += [time, entry] + ([share] if n else [])
    return "\n".join(lines + [load_more, closing]) + "\n"


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_live_blogs_labels_go_and_its_entries_stay(lang: str) -> None:
    headline, share, labels, prose = PAGES[lang]
    out = clean_text(_page(headline, share, labels, prose)).text
    lines = out.splitlines()
    for label in labels:
        assert label not in lines, (lang, label, out)
    for line in [headline, *prose, *TIMES]:
        assert line in lines, (lang, line, out)
    assert clean_text(out).text == out
