"""Lines between two paragraphs of an article, in en, fr, es, de, it, pt and nl (here) and in 19
more languages (mid_lines_more.py, mid_lines_scripts.py): junk a rule must remove (app, newsletter
and paywall lines, links, credits, social embeds; there the scorer keeps what sits inside the
body, so only a rule takes it), or article text that looks like junk. Either way, every paragraph
of the article stays: a removed line between two paragraphs must not cut the article in two
(German prose once scored so low that one "Lesen Sie auch" line did)."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text

import mid_lines_more
import mid_lines_scripts
from article_support import ARTICLE
from article_support_more import ARTICLE_MORE
from article_support_scripts import ARTICLE_SCRIPTS


JUNK_LINES = [
    ('en', 'Download our free app for the latest breaking news'),
    ('en', 'Get the app: iOS | Android'),
    ('en', 'Sign up for our daily newsletter to get the top stories in your inbox'),
    ('en', 'Advertisement - scroll to continue'),
    ('en', 'Story continues below advertisement'),
    ('en', 'Subscribers only: unlock this article for £1'),
    ('en', '(Photo by John Smith/Getty Images)'),
    ('en', 'Reading time: 4 minutes'),
    ('en', 'We use cookies to improve your experience. By continuing you agree to our use of cookies.'),
    ('en', 'Watch: Council leader on the budget vote (2:34)'),
    ('en', 'RELATED: Town centre car park to close for repairs'),
    ('en', 'Click here to read more about the budget'),
    ('fr', "Téléchargez notre application gratuite pour suivre l'actualité en direct"),
    ('fr', "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin"),
    ('fr', 'Publicité'),
    ('fr', 'La suite après cette publicité'),
    ('fr', 'Article réservé aux abonnés'),
    ('fr', '(Photo : Jean Dupont / AFP)'),
    ('fr', 'Temps de lecture : 3 min'),
    ('fr', 'À LIRE AUSSI : Budget, ce qui change pour les ménages'),
    ('fr', 'Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez leur utilisation.'),
    ('fr', "Suivez toute l'actualité de votre ville sur notre page Facebook"),
    ('es', 'Descarga nuestra aplicación gratuita para seguir la última hora'),
    ('es', 'Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes'),
    ('es', 'Publicidad'),
    ('es', 'Sigue leyendo tras la publicidad'),
    ('es', 'Contenido exclusivo para suscriptores'),
    ('es', '(Foto: Juan Pérez / EFE)'),
    ('es', 'Tiempo de lectura: 3 min'),
    ('es', 'LEA TAMBIÉN: Qué cambia con los nuevos presupuestos'),
    ('es', 'Utilizamos cookies para mejorar tu experiencia. Si continúas navegando, aceptas su uso.'),
    ('de', 'Laden Sie unsere kostenlose App herunter und bleiben Sie immer informiert'),
    ('de', 'Melden Sie sich für unseren Newsletter an und erhalten Sie die wichtigsten Nachrichten'),
    ('de', 'Anzeige'),
    ('de', 'Weiter nach der Anzeige'),
    ('de', 'Dieser Artikel ist nur für Abonnenten verfügbar'),
    ('de', '(Foto: Max Mustermann/dpa)'),
    ('de', 'Lesezeit: 3 Minuten'),
    ('de', 'VIDEO: Die Bürgermeisterin erklärt die Steuererhöhung'),
    ('de', 'LESEN SIE AUCH: Was sich mit dem neuen Haushalt ändert'),
    ('de', 'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung stimmen Sie zu.'),
    ('en', 'Read more: Town centre car park to close for repairs'),
    ('en', 'Sign up to our newsletter'),
    ('fr', 'Lire aussi : Budget, ce qui change pour les ménages'),
    ('es', 'Lee también: Qué cambia con los nuevos presupuestos'),
    ('de', 'Lesen Sie auch: Was sich mit dem neuen Haushalt ändert'),
    ('de', 'Mehr zum Thema: Haushalt'),
    ('de', 'Anzeige'),
    # social embeds
    ('en', 'The budget is a disgrace and the town deserves better. pic.twitter.com/Xy12AbCdEf'),
    ('en', '— Jane Smith (@janesmith) December 3, 2026'),
    ('en', 'A post shared by Riverside Council (@riversidecouncil)'),
    ('en', 'View this post on Instagram'),
    ('en', '— Jane Smith 🌹 (@jane_smith_mp) 3 December 2026'),
    ('en', '@riversidecouncil ♬ original sound - Riverside Council'),
    ('en', 'Watch on YouTube'),
    ('en', 'This content is hosted by a third party. To view it, please accept cookies.'),
    ('en', 'Posted by u/riverside_resident in r/unitedkingdom'),
    ('en', 'See more on Bluesky'),
    ('fr', 'Le budget est une honte. pic.twitter.com/Xy12AbCdEf'),
    ('fr', '— Jean Dupont (@jeandupont) 3 décembre 2026'),
    ('fr', 'Voir cette publication sur Instagram'),
    ('fr', 'Une publication partagée par Mairie de Riverside (@mairie_riverside)'),
    ('fr', "Ce contenu n'est pas disponible en raison de vos choix de cookies."),
    ('es', 'El presupuesto es una vergüenza. pic.twitter.com/Xy12AbCdEf'),
    ('es', '— Juan Pérez (@juanperez) 3 de diciembre de 2026'),
    ('es', 'Ver esta publicación en Instagram'),
    ('es', 'Una publicación compartida de Ayuntamiento (@ayto_ejemplo)'),
    ('de', 'Der Haushalt ist eine Schande. pic.twitter.com/Xy12AbCdEf'),
    ('de', '— Max Müller (@maxmueller) 3. Dezember 2026'),
    ('de', 'Dieser Beitrag ist auf Instagram verfügbar'),
    ('de', 'Ein Beitrag geteilt von Stadt Riverside (@stadt_riverside)'),
    ('de', 'Externer Inhalt: Um diesen Inhalt zu sehen, müssen Sie der Datenverarbeitung zustimmen.'),
    ('de', 'Empfohlener redaktioneller Inhalt'),
    # it, pt, nl
    ('it', 'Scarica la nostra app gratuita per restare sempre aggiornato'),
    ('it', 'Iscriviti alla nostra newsletter per ricevere le notizie più importanti'),
    ('it', 'Pubblicità'),
    ('it', 'Continua a leggere dopo la pubblicità'),
    ('it', 'Articolo riservato agli abbonati'),
    ('it', '(Foto: Mario Rossi / ANSA)'),
    ('it', 'Tempo di lettura: 3 minuti'),
    ('it', 'LEGGI ANCHE: Cosa cambia con il nuovo bilancio'),
    ('it', 'Utilizziamo i cookie per migliorare la tua esperienza. Continuando a navigare accetti il loro utilizzo.'),
    ('it', 'Visualizza questo post su Instagram'),
    ('it', 'Seguici su Facebook e Instagram'),
    ('pt', 'Descarregue a nossa aplicação gratuita e receba as notícias no seu telemóvel'),
    ('pt', 'Baixe o aplicativo e receba as principais notícias do dia'),
    ('pt', 'Inscreva-se na nossa newsletter e receba as principais notícias'),
    ('pt', 'Publicidade'),
    ('pt', 'Continua depois da publicidade'),
    ('pt', 'Exclusivo para assinantes'),
    ('pt', '(Foto: João Silva / Lusa)'),
    ('pt', 'LEIA TAMBÉM: O que muda com o novo orçamento'),
    ('pt', 'Ver essa foto no Instagram'),
    ('pt', 'Siga-nos no Facebook e no Instagram'),
    ('pt', 'Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a sua utilização.'),
    ('nl', 'Download onze gratis app en blijf altijd op de hoogte'),
    ('nl', 'Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws'),
    ('nl', 'Advertentie'),
    ('nl', 'Lees verder na de advertentie'),
    ('nl', 'Dit artikel is alleen voor abonnees'),
    ('nl', '(Foto: Jan de Vries / ANP)'),
    ('nl', 'Leestijd: 3 minuten'),
    ('nl', 'LEES OOK: Wat er verandert met de nieuwe begroting'),
    ('nl', 'Bekijk dit bericht op Instagram'),
    ('nl', 'Volg ons op Facebook en Instagram'),
    ('nl', 'Wij gebruiken cookies om uw ervaring te verbeteren. Door verder te gaan gaat u akkoord.'),
]
ARTICLE_LINES = [
    ('en', 'Update, 14:05: The council has confirmed that the vote will go ahead on Monday.'),
    ('en', 'Advertisers will no longer be able to target children under 16, the regulator said.'),
    ('fr', 'Mise à jour à 14h05 : la préfecture a confirmé que le vote aurait bien lieu lundi.'),
    ('es', 'Actualización, 14:05: el ayuntamiento ha confirmado que la votación se celebrará el lunes.'),
    ('de', 'Update, 14.05 Uhr: Die Stadt hat bestätigt, dass die Abstimmung am Montag stattfindet.'),
    ('en', 'Jane Smith, who posted the video on Instagram, said the budget was a disgrace.'),
    ('fr', 'Sur Twitter, le maire a répondu que le budget était équilibré et responsable.'),
    ('it', 'Aggiornamento ore 14.05: il comune ha confermato che il voto si terrà lunedì.'),
    ('pt', 'Atualização às 14h05: a câmara confirmou que a votação vai decorrer na segunda-feira.'),
    ('nl', 'Update 14.05 uur: de gemeente heeft bevestigd dat de stemming maandag doorgaat.'),
]


ARTICLES = {**ARTICLE, **ARTICLE_MORE, **ARTICLE_SCRIPTS}
ALL_JUNK = JUNK_LINES + mid_lines_more.JUNK_LINES + mid_lines_scripts.JUNK_LINES
ALL_ARTICLE = ARTICLE_LINES + mid_lines_more.ARTICLE_LINES + mid_lines_scripts.ARTICLE_LINES


def _cleaned(lang: str, line: str) -> str:
    article = ARTICLES[lang]
    return clean_text("\n".join([*article[:2], line, *article[2:]]) + "\n").text


@pytest.mark.parametrize("lang, line", ALL_JUNK)
def test_junk_between_paragraphs_goes_and_the_article_stays(lang: str, line: str) -> None:
    out = _cleaned(lang, line)
    assert line not in out
    assert all(paragraph in out for paragraph in ARTICLES[lang])


@pytest.mark.parametrize("lang, line", ALL_ARTICLE)
def test_article_lines_that_look_like_junk_stay(lang: str, line: str) -> None:
    out = _cleaned(lang, line)
    assert line in out and all(paragraph in out for paragraph in ARTICLES[lang])
