"""Long page lines tests/test_mid_lines_lowscore.py puts between two paragraphs of a story in
the languages whose prose scores lowest (sv, da, nb, fi, cs, hu, pl, ru, uk, tr): share rows
(with and without separators, "send by e-mail"), breadcrumb menus, update stamps and "read
also" links, which must go without cutting the story in two (JUNK_LINES); and article sentences
that look like them, which stay (ARTICLE_LINES). A tag line ("Ämnen: Sjöfart, Varvsindustri")
is not among them: tags close an article by design (scorer.toml closing_categories), in English
as well, so the paragraphs under one are cut whatever the language."""

JUNK_LINES = [
    ('sv', 'Dela artikeln: Facebook | X | LinkedIn | Skicka med e-post | Kopiera länk'),
    ('sv', 'Start / Nyheter / Ekonomi / Näringsliv'),
    ('sv', 'Publicerad 4 december 2026 kl. 14.05 Uppdaterad 4 december 2026 kl. 16.20'),
    ('sv', 'LÄS OCKSÅ: Rekordår för hamnen – men lönsamheten sviktar'),
    ('da', 'Del artiklen: Facebook Twitter LinkedIn Send på mail Kopier link'),
    ('da', 'Forside › Nyheder › Erhverv › Transport'),
    ('da', 'Opdateret 4. december 2026 kl. 16.20'),
    ('da', 'LÆS OGSÅ: Rekordår for havnen – men overskuddet svigter'),
    ('nb', 'Del saken: Facebook | X | LinkedIn | Send på e-post | Kopier lenke'),
    ('nb', 'Forsiden / Nyheter / Økonomi / Næringsliv'),
    ('nb', 'Publisert 4. desember 2026 kl. 14.05 Oppdatert 4. desember 2026 kl. 16.20'),
    ('nb', 'LES OGSÅ: Rekordår for havna – men lønnsomheten svikter'),
    ('fi', 'Jaa artikkeli: Facebook | X | LinkedIn | Lähetä sähköpostilla | Kopioi linkki'),
    ('fi', 'Etusivu / Uutiset / Talous / Elinkeinoelämä'),
    ('fi', 'Julkaistu 4.12.2026 14:05 Päivitetty 4.12.2026 16:20'),
    ('fi', 'LUE MYÖS: Satamalle ennätysvuosi – kannattavuus heikkenee'),
    ('cs', 'Sdílet: Facebook Twitter LinkedIn Poslat e-mailem Kopírovat odkaz'),
    ('cs', 'Domů / Zprávy / Ekonomika / Firmy'),
    ('cs', 'Aktualizováno 4. prosince 2026 16:20'),
    ('cs', 'ČTĚTE TAKÉ: Přístav má rekordní rok, zisky ale klesají'),
    ('hu', 'Megosztás: Facebook | X | LinkedIn | Küldés e-mailben | Link másolása'),
    ('hu', 'Címlap / Hírek / Gazdaság / Vállalatok'),
    ('hu', 'Frissítve: 2026. december 4. 16:20'),
    ('hu', 'OLVASSA EL EZT IS: Rekordévet zárt a kikötő, de csökken a nyereség'),
    ('pl', 'Udostępnij: Facebook Twitter LinkedIn Wyślij e-mailem Kopiuj link'),
    ('pl', 'Strona główna / Wiadomości / Gospodarka / Firmy'),
    ('pl', 'Aktualizacja: 4 grudnia 2026, 16:20'),
    ('pl', 'CZYTAJ TAKŻE: Rekordowy rok portu, ale zyski spadają'),
    ('ru', 'Поделиться: ВКонтакте | Одноклассники | Telegram | Отправить по почте | Скопировать ссылку'),
    ('ru', 'Главная / Новости / Экономика / Бизнес'),
    ('ru', 'Обновлено 4 декабря 2026, 16:20'),
    ('ru', 'ЧИТАЙТЕ ТАКЖЕ: Порт отчитался о рекордном годе, но прибыль падает'),
    ('uk', 'Поділитися: Facebook | Telegram | Viber | Надіслати поштою | Скопіювати посилання'),
    ('uk', 'Головна / Новини / Економіка / Бізнес'),
    ('uk', 'Оновлено 4 грудня 2026, 16:20'),
    ('uk', 'ЧИТАЙТЕ ТАКОЖ: Порт звітує про рекордний рік, але прибуток падає'),
    ('tr', 'Paylaş: Facebook Twitter WhatsApp E-posta ile gönder Bağlantıyı kopyala'),
    ('tr', 'Ana Sayfa / Haberler / Ekonomi / Şirketler'),
    ('tr', 'Güncelleme: 04.12.2026 16:20'),
    ('tr', 'İLGİLİ HABER: Liman rekor yıl geçirdi ama kârlılık düşüyor'),
]

ARTICLE_LINES = [
    ('sv', 'Läs mer om varvets historia fick man göra på museet i Karlsvik, som nu planerar en ny utställning.'),
    ('sv', 'Aktiekursen för varvets ägarbolag steg med sju procent under dagen.'),
    ('da', 'Del af ordren skal finansieres af staten, oplyser Transportministeriet.'),
    ('nb', 'Facebook-gruppen for ansatte ved verftet har fått over tusen nye medlemmer denne uken.'),
    ('fi', 'Jaa-äänestyksessä tilauksen puolesta äänesti 41 valtuutettua ja vastaan kuusi.'),
    ('cs', 'Sdílet svoje obavy přišlo na radnici i několik desítek obyvatel.'),
    ('hu', 'Címkék nélkül érkeztek a szállítmányok, ezért a vámhivatal vizsgálatot indított.'),
    ('pl', 'Udostępnij nam swoją opinię – apelował do mieszkańców burmistrz podczas sesji.'),
    ('ru', 'Обновлено и расписание паромов: с января рейсов станет вдвое больше.'),
    ('uk', 'Поділитися досвідом приїхали інженери з трьох інших заводів.'),
    ('tr', 'Paylaşılan rakamlara göre tersane geçen yıl 340 milyon lira ciro yaptı.'),
]
