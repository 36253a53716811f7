"""Lines between two paragraphs of an article, in sv, da, nb, fi, cs, ro, hu, pl, ru, uk and tr (the
companion of test_mid_article_lines): junk a rule must remove (app, newsletter and paywall lines, 'read
also' links, ad labels, credits, social embeds), or article text that looks like junk. Either way, every
paragraph of the article stays."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text

from article_support_more import ARTICLE_MORE


JUNK_LINES = [
    ('sv', 'Ladda ner vår app och få de senaste nyheterna direkt i mobilen'),
    ('sv', 'Prenumerera på vårt nyhetsbrev och få dagens viktigaste nyheter varje morgon'),
    ('sv', 'LÄS OCKSÅ: Det här innebär den nya budgeten för dig'),
    ('sv', 'Annons'),
    ('sv', 'Artikeln fortsätter efter annonsen'),
    ('sv', 'Denna artikel är endast för prenumeranter'),
    ('sv', '(Foto: Anna Svensson / TT)'),
    ('sv', 'Lästid: 3 minuter'),
    ('sv', 'Vi använder cookies för att ge dig en bättre upplevelse. Genom att fortsätta godkänner du detta.'),
    ('sv', 'Visa det här inlägget på Instagram'),
    ('sv', 'Följ oss på Facebook'),
    ('da', 'Download vores app og få de seneste nyheder direkte på mobilen'),
    ('da', 'Tilmeld dig vores nyhedsbrev og få dagens vigtigste nyheder hver morgen'),
    ('da', 'LÆS OGSÅ: Det betyder det nye budget for dig'),
    ('da', 'Annonce'),
    ('da', 'Artiklen fortsætter efter annoncen'),
    ('da', 'Denne artikel er kun for abonnenter'),
    ('da', '(Foto: Lars Hansen / Ritzau Scanpix)'),
    ('da', 'Læsetid: 3 minutter'),
    ('da', 'Vi bruger cookies for at give dig en bedre oplevelse. Ved at fortsætte accepterer du dette.'),
    ('da', 'Se dette opslag på Instagram'),
    ('da', 'Følg os på Facebook'),
    ('nb', 'Last ned appen vår og få de siste nyhetene rett på mobilen'),
    ('nb', 'Meld deg på nyhetsbrevet vårt og få dagens viktigste nyheter hver morgen'),
    ('nb', 'LES OGSÅ: Dette betyr det nye budsjettet for deg'),
    ('nb', 'Annonse'),
    ('nb', 'Artikkelen fortsetter etter annonsen'),
    ('nb', 'Denne artikkelen er kun for abonnenter'),
    ('nb', '(Foto: Ola Nordmann / NTB)'),
    ('nb', 'Lesetid: 3 minutter'),
    ('nb', 'Vi bruker informasjonskapsler for å gi deg en bedre opplevelse. Ved å fortsette godtar du dette.'),
    ('nb', 'Se dette innlegget på Instagram'),
    ('nb', 'Følg oss på Facebook'),
    ('fi', 'Lataa sovelluksemme ja saat tuoreimmat uutiset suoraan puhelimeesi'),
    ('fi', 'Tilaa uutiskirjeemme ja saat päivän tärkeimmät uutiset joka aamu'),
    ('fi', 'LUE MYÖS: Tätä uusi talousarvio tarkoittaa sinulle'),
    ('fi', 'Mainos'),
    ('fi', 'Artikkeli jatkuu mainoksen jälkeen'),
    ('fi', 'Tämä artikkeli on vain tilaajille'),
    ('fi', '(Kuva: Matti Virtanen / Lehtikuva)'),
    ('fi', 'Lukuaika: 3 min'),
    ('fi', 'Käytämme evästeitä parantaaksemme käyttökokemustasi. Jatkamalla hyväksyt evästeiden käytön.'),
    ('fi', 'Katso tämä julkaisu Instagramissa'),
    ('fi', 'Seuraa meitä Facebookissa'),
    ('cs', 'Stáhněte si naši aplikaci a mějte nejnovější zprávy vždy po ruce'),
    ('cs', 'Přihlaste se k odběru našeho newsletteru a dostávejte nejdůležitější zprávy každé ráno'),
    ('cs', 'ČTĚTE TAKÉ: Co pro vás znamená nový rozpočet'),
    ('cs', 'Reklama'),
    ('cs', 'Článek pokračuje pod reklamou'),
    ('cs', 'Tento článek je dostupný pouze pro předplatitele'),
    ('cs', '(Foto: Jan Novák / ČTK)'),
    ('cs', 'Doba čtení: 3 minuty'),
    ('cs', 'Používáme soubory cookies ke zlepšení vašeho zážitku. Pokračováním souhlasíte s jejich používáním.'),
    ('cs', 'Zobrazit příspěvek na Instagramu'),
    ('cs', 'Sledujte nás na Facebooku'),
    ('ro', 'Descarcă aplicația noastră și află ultimele știri direct pe telefon'),
    ('ro', 'Abonează-te la newsletterul nostru și primești cele mai importante știri în fiecare dimineață'),
    ('ro', 'CITEȘTE ȘI: Ce înseamnă noul buget pentru tine'),
    ('ro', 'Publicitate'),
    ('ro', 'Articolul continuă după reclamă'),
    ('ro', 'Acest articol este disponibil doar pentru abonați'),
    ('ro', '(Foto: Ion Popescu / Inquam Photos)'),
    ('ro', 'Timp de citire: 3 minute'),
    ('ro', 'Folosim cookie-uri pentru a-ți îmbunătăți experiența. Continuând navigarea, ești de acord cu utilizarea lor.'),
    ('ro', 'Vezi această postare pe Instagram'),
    ('ro', 'Urmărește-ne pe Facebook'),
    ('hu', 'Töltse le ingyenes alkalmazásunkat, és értesüljön elsőként a hírekről'),
    ('hu', 'Iratkozzon fel hírlevelünkre, és minden reggel megkapja a legfontosabb híreket'),
    ('hu', 'OLVASSA EL EZT IS: Mit jelent önnek az új költségvetés'),
    ('hu', 'Hirdetés'),
    ('hu', 'A cikk a hirdetés után folytatódik'),
    ('hu', 'Ez a cikk csak előfizetőknek érhető el'),
    ('hu', '(Fotó: Kovács János / MTI)'),
    ('hu', 'Olvasási idő: 3 perc'),
    ('hu', 'Sütiket használunk a felhasználói élmény javítása érdekében. Az oldal használatával elfogadja ezeket.'),
    ('hu', 'Tekintsd meg ezt a bejegyzést az Instagramon'),
    ('hu', 'Kövessen minket a Facebookon'),
    ('pl', 'Pobierz naszą aplikację i bądź na bieżąco z najnowszymi wiadomościami'),
    ('pl', 'Zapisz się do naszego newslettera i otrzymuj najważniejsze wiadomości każdego ranka'),
    ('pl', 'CZYTAJ TAKŻE: Co oznacza dla ciebie nowy budżet'),
    ('pl', 'Reklama'),
    ('pl', 'Dalsza część artykułu pod reklamą'),
    ('pl', 'Ten artykuł jest dostępny tylko dla subskrybentów'),
    ('pl', '(Fot. Jan Kowalski / PAP)'),
    ('pl', 'Czas czytania: 3 min'),
    ('pl', 'Używamy plików cookies, aby poprawić jakość usług. Korzystając ze strony, zgadzasz się na ich użycie.'),
    ('pl', 'Wyświetl ten post na Instagramie'),
    ('pl', 'Obserwuj nas na Facebooku'),
    ('ru', 'Скачайте наше приложение и узнавайте главные новости первыми'),
    ('ru', 'Подпишитесь на нашу рассылку и получайте главные новости каждое утро'),
    ('ru', 'ЧИТАЙТЕ ТАКЖЕ: Что изменит новый бюджет'),
    ('ru', 'Реклама'),
    ('ru', 'Продолжение статьи после рекламы'),
    ('ru', 'Этот материал доступен только подписчикам'),
    ('ru', '(Фото: Иван Петров / ТАСС)'),
    ('ru', 'Время чтения: 3 минуты'),
    ('ru', 'Мы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с этим.'),
    ('ru', 'Посмотреть эту публикацию в Instagram'),
    ('ru', 'Подписывайтесь на нас в Telegram'),
    ('uk', 'Завантажуйте наш застосунок і дізнавайтеся головні новини першими'),
    ('uk', 'Підпишіться на нашу розсилку й отримуйте головні новини щоранку'),
    ('uk', 'ЧИТАЙТЕ ТАКОЖ: Що змінить новий бюджет'),
    ('uk', 'Реклама'),
    ('uk', 'Продовження статті після реклами'),
    ('uk', 'Цей матеріал доступний лише для передплатників'),
    ('uk', '(Фото: Олена Коваленко / Укрінформ)'),
    ('uk', 'Час читання: 3 хвилини'),
    ('uk', 'Ми використовуємо файли cookie, щоб покращити роботу сайту. Продовжуючи, ви погоджуєтеся з цим.'),
    ('uk', 'Переглянути цей допис в Instagram'),
    ('uk', 'Слідкуйте за нами у Facebook'),
    ('tr', 'Uygulamamızı indirin, son dakika haberlerini anında öğrenin'),
    ('tr', 'Bültenimize abone olun, günün en önemli haberleri her sabah e-postanıza gelsin'),
    ('tr', 'İLGİNİZİ ÇEKEBİLİR: Yeni bütçe sizin için ne anlama geliyor'),
    ('tr', 'Reklam'),
    ('tr', 'Haberin devamı reklamdan sonra'),
    ('tr', 'Bu içerik yalnızca abonelere özeldir'),
    ('tr', '(Fotoğraf: Mehmet Yılmaz / AA)'),
    ('tr', 'Okuma süresi: 3 dakika'),
    ('tr', 'Size daha iyi bir deneyim sunmak için çerezler kullanıyoruz. Siteyi kullanarak çerez kullanımını kabul etmiş olursunuz.'),
    ('tr', "Bu gönderiyi Instagram'da gör"),
    ('tr', "Bizi Facebook'ta takip edin"),
]
ARTICLE_LINES = [
    ('sv', 'Uppdatering 14.05: Kommunen bekräftar att omröstningen hålls på måndag som planerat.'),
    ('sv', 'Oppositionsrådet skrev på Facebook att budgeten är ett svek mot kommunens äldre.'),
    ('da', 'Opdateret kl. 14.05: Kommunen bekræfter, at afstemningen finder sted mandag som planlagt.'),
    ('da', 'Oppositionens leder skrev på Facebook, at budgettet er et svigt af kommunens ældre.'),
    ('nb', 'Oppdatert kl. 14.05: Kommunen bekrefter at avstemningen skjer på mandag som planlagt.'),
    ('nb', 'Opposisjonslederen skrev på Facebook at budsjettet er et svik mot kommunens eldre.'),
    ('fi', 'Päivitetty klo 14.05: Kaupunki vahvistaa, että äänestys järjestetään maanantaina suunnitellusti.'),
    ('fi', 'Opposition johtaja kirjoitti Facebookissa, että talousarvio pettää kaupungin vanhukset.'),
    ('cs', 'Aktualizace 14:05: Radnice potvrdila, že hlasování se uskuteční v pondělí podle plánu.'),
    ('cs', 'Předseda opozice na Facebooku napsal, že rozpočet je zradou na seniorech města.'),
    ('ro', 'Actualizare 14:05: Primăria a confirmat că votul va avea loc luni, așa cum era planificat.'),
    ('ro', 'Liderul opoziției a scris pe Facebook că bugetul este o trădare a vârstnicilor din oraș.'),
    ('hu', 'Frissítés 14:05: A városháza megerősítette, hogy a szavazást hétfőn a terveknek megfelelően megtartják.'),
    ('hu', 'Az ellenzék vezetője a Facebookon azt írta, hogy a költségvetés cserben hagyja a város időseit.'),
    ('pl', 'Aktualizacja, godz. 14:05: Ratusz potwierdził, że głosowanie odbędzie się w poniedziałek zgodnie z planem.'),
    ('pl', 'Lider opozycji napisał na Facebooku, że budżet jest zdradą wobec seniorów.'),
    ('ru', 'Обновлено в 14:05: в мэрии подтвердили, что голосование состоится в понедельник, как и планировалось.'),
    ('ru', 'Лидер оппозиции написал в Telegram, что бюджет предаёт пожилых жителей города.'),
    ('uk', 'Оновлено о 14:05: у міській раді підтвердили, що голосування відбудеться в понеділок, як і планувалося.'),
    ('uk', 'Лідер опозиції написав у Facebook, що бюджет зраджує літніх мешканців міста.'),
    ('tr', "Güncelleme 14.05: Belediye, oylamanın planlandığı gibi pazartesi günü yapılacağını doğruladı."),
    ('tr', "Muhalefet lideri Facebook'ta bütçenin kentin yaşlılarına ihanet olduğunu yazdı."),
]


def _cleaned(lang: str, line: str) -> str:
    article = ARTICLE_MORE[lang]
    return clean_text("\n".join([*article[:2], line, *article[2:]]) + "\n").text


@pytest.mark.parametrize("lang, line", JUNK_LINES)
def test_junk_between_paragraphs_goes_and_the_article_stays(lang: str, line: str) -> None:
    out = _cleaned(lang, line)
    assert line not in out
    assert all(paragraph in out for paragraph in ARTICLE_MORE[lang])


@pytest.mark.parametrize("lang, line", ARTICLE_LINES)
def test_article_lines_that_look_like_junk_stay(lang: str, line: str) -> None:
    out = _cleaned(lang, line)
    assert line in out and all(paragraph in out for paragraph in ARTICLE_MORE[lang])
