"""Page styles met on probes of unseen sites in en/fr/es/de (helper q12, session 27).

Each page is short and realistic: an opinion column, a science story with a newsletter box, a
traffic alert, a live ticker, a celebrity story with embeds, a weather page. The lines each test
names were kept before the rules or shapes it exercises; the article's sentences that look like
such lines (a quote about comments, a post on X, a call quoted with its speaker) must stay.
"""

from __future__ import annotations

from cleaner import clean_text

_COLUMN_ES = """Opinión
La ciudad que no sabe dónde poner la basura
Juan Carlos Botero
5 de diciembre de 2026 - 12:01 a. m.
Bogotá produce más de 7.000 toneladas de basura al día y casi toda termina en Doña Juana, un relleno que debió cerrarse hace años.
Cada alcalde promete una planta de reciclaje, y cada alcalde entrega el cargo sin haberla construido.
Mientras tanto, los recicladores de oficio siguen trabajando sin contrato ni seguridad social.
No es un problema técnico. Es un problema de voluntad.
Las opiniones expresadas son responsabilidad exclusiva de su autor.
Para comentar en este artículo, debes estar suscrito. Suscríbete aquí.
Ver comentarios
"""

_COLUMN_EN = """Opinion
Local elections 2026: what the results mean for Cape Town
By Thabo Mokoena
06 December 2026
The DA held Cape Town with a reduced majority, and for the first time in fifteen years the party will need at least one partner to pass its budget.
The biggest winner was not a party but apathy: turnout fell to 41 per cent, its lowest since 2000.
In townships such as Khayelitsha, where service delivery protests have been frequent, turnout fell below 30 per cent.
Whoever runs the city next will have to win back voters who no longer believe their vote changes anything.
Thabo Mokoena is a political analyst and the author of 'The Coalition Years'.
The views of the writer are not necessarily the views of the publication.
Comments
78 comments
"""

_SCIENCE_EN = """Daily walk of 7,000 steps cuts dementia risk by a quarter, study finds
By Hannah Devlin Science correspondent
Sat 5 Dec 2026 18.30 GMT
People who walk around 7,000 steps a day have a 25% lower risk of developing dementia than those who walk fewer than 3,000, according to a study of more than 80,000 adults.
The researchers tracked participants in the UK Biobank who wore activity monitors for a week and followed them for an average of seven years.
Sign up to Well Actually
Free weekly newsletter
Our health editors on the science of how to live well
Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.
after newsletter promotion
Prof Tara Spires-Jones, of the University of Edinburgh, who was not involved in the study, said the findings were observational and could not prove that walking itself protected the brain.
The study is published in JAMA Neurology.
"""

_TRAFFIC_EN = """Taxi strike brings Pretoria CBD to a halt
By Staff Reporter
06 December 2026
Minibus taxi drivers blocked the main roads into Pretoria's city centre on Monday morning, leaving thousands of commuters stranded.
The Tshwane metro police said officers had been deployed to clear the blockades and that talks with the taxi associations would resume in the afternoon.
"For the latest updates, follow us on X," a metro police spokesperson told commuters at Bosman station, where hundreds waited for buses.
Schools in the city centre sent pupils home at noon and several clinics closed early.
For the latest traffic updates, follow us on X and download the TimesLIVE app.
Get breaking news delivered to your WhatsApp. Join our channel here.
Related Articles
"""

_TICKER_DE = """Bayern gegen Dortmund: Kane trifft zum 2:1
Von Andreas Werner
06.12.2026, 19:58 Uhr
Der FC Bayern hat das Topspiel des 14. Spieltags gegen Borussia Dortmund mit 2:1 gewonnen.
Harry Kane köpfte in der 67. Minute eine Flanke von Michael Olise zum Siegtreffer ein.
Anzeige
Die Bundesliga live bei Sky und DAZN – hier geht's zum Angebot*
Dortmund hatte nach einem Konter durch Serhou Guirassy kurz vor der Pause ausgeglichen.
Trainer Vincent Kompany lobte nach dem Spiel die Moral seiner Mannschaft.
*Affiliate-Link: Wir erhalten bei einem Kauf eine Provision.
Weiterlesen
"""

_EMBED_DE = """Helene Fischer überrascht Fans mit Auftritt auf Weihnachtsmarkt
Von Lisa Weber
05.12.2026
Die Sängerin Helene Fischer ist am Freitagabend überraschend auf dem Dresdner Striezelmarkt aufgetreten. Rund 3.000 Menschen sahen den spontanen Auftritt.
Fischer schrieb auf Instagram, sie habe "einfach Lust auf Glühwein und ein paar Lieder" gehabt.
Externer Inhalt
Um Ihnen zusätzliche Informationen zum Artikel anzuzeigen, benötigen wir Ihre Zustimmung.
Inhalt laden
Ein Video des Auftritts wurde auf TikTok innerhalb weniger Stunden mehr als eine Million Mal angesehen.
Der Veranstalter sprach von einem "Geschenk für die Stadt".
"""

_WEATHER_FR = """Premières neiges attendues jusqu'en plaine ce week-end en Suisse romande
06.12.2026, 10h15
MétéoSuisse a émis un avertissement de degré 2 pour des chutes de neige jusqu'à 500 mètres samedi et dimanche.
Entre 5 et 15 centimètres sont attendus sur le Plateau, et jusqu'à 40 centimètres dans le Jura vaudois et neuchâtelois.
Votre navigateur ne supporte pas la vidéo.
Les CFF recommandent aux voyageurs de prévoir plus de temps pour leurs trajets et de consulter l'horaire en ligne avant de partir.
Les températures devraient remonter dès mardi, avec le retour de la pluie.
Les plus lus
"""


def _cleaned(page: str) -> str:
    return clean_text(page).text


def test_a_columns_date_with_a_m_and_its_comment_paywall_go():
    out = _cleaned(_COLUMN_ES)
    assert out.startswith("La ciudad que no sabe dónde poner la basura\n\nBogotá produce")
    assert "12:01 a. m." not in out and "debes estar suscrito" not in out
    assert out.rstrip().endswith("Es un problema de voluntad.")


def test_a_columns_disclaimer_naming_the_writer_goes_with_the_bio_above_it():
    out = _cleaned(_COLUMN_EN)
    assert "not necessarily the views of the publication" not in out
    assert "Thabo Mokoena is a political analyst" not in out
    assert out.rstrip().endswith("no longer believe their vote changes anything.")


def test_a_newsletter_box_in_words_no_sign_up_rule_knew_goes_and_the_story_goes_on_under_it():
    out = _cleaned(_SCIENCE_EN)
    for junk in ("Free weekly newsletter", "Our health editors", "Privacy Notice", "after newsletter promotion"):
        assert junk not in out
    assert "Prof Tara Spires-Jones" in out and "The study is published in JAMA Neurology." in out


def test_calls_to_follow_for_updates_go_and_the_same_call_quoted_stays():
    out = _cleaned(_TRAFFIC_EN)
    assert "download the TimesLIVE app" not in out and "Join our channel here" not in out
    assert '"For the latest updates, follow us on X," a metro police spokesperson told commuters' in out
    assert "Schools in the city centre sent pupils home at noon" in out


def test_an_affiliate_offer_line_goes():
    out = _cleaned(_TICKER_DE)
    assert "hier geht's zum Angebot" not in out
    assert "Dortmund hatte nach einem Konter" in out and "Trainer Vincent Kompany lobte" in out


def test_a_consent_notice_for_extra_content_goes_and_the_story_goes_on_under_it():
    out = _cleaned(_EMBED_DE)
    assert "benötigen wir Ihre Zustimmung" not in out
    assert "Ein Video des Auftritts wurde auf TikTok" in out and 'Der Veranstalter sprach von einem "Geschenk für die Stadt".' in out


def test_a_video_players_fallback_text_goes():
    out = _cleaned(_WEATHER_FR)
    assert "Votre navigateur" not in out
    assert "Les CFF recommandent aux voyageurs" in out and "Les températures devraient remonter" in out


_FEATURE_EN = """The quiet revolution nobody noticed in the school canteen this autumn
Hillcrest Primary pupils grow their own lunch
By Sarah Collins
5 December 2026
Pupils at Hillcrest Primary now grow half of the vegetables served at lunch, the head teacher said on Friday.
The school turned its old car park into raised beds in March, and every class looks after one of them.
Parents volunteer in the holidays, and the local garden centre donated seeds and tools.
The council wants ten more schools to follow by 2028.
"""


def test_a_features_headline_naming_nothing_of_the_lead_stays_over_its_standfirst():
    """Unlike another story's ticker promo (fixtures/general en_219: "Transfer news LIVE: ..."),
    a headline with no label before a colon is the page's even when only its standfirst names
    what the lead is about (title_lines.promo_over_headline)."""
    out = _cleaned(_FEATURE_EN)
    assert out.startswith("The quiet revolution nobody noticed in the school canteen this autumn\n\nHillcrest Primary pupils grow their own lunch")


_COFFEE_DE = """Wissen
Studie: Schon zwei Tassen Kaffee täglich senken das Risiko für Leberkrebs
06.12.2026, 09:00 Uhr
Menschen, die täglich zwei bis drei Tassen Kaffee trinken, erkranken seltener an Leberkrebs als Nicht-Kaffeetrinker. Das berichtet ein Forschungsteam in Heidelberg.
Die Forschenden werteten Daten von mehr als 500.000 Teilnehmenden der britischen UK Biobank aus. Das Risiko lag bei Kaffeetrinkern um etwa 30 Prozent niedriger.
"Ein ursächlicher Zusammenhang lässt sich aus solchen Beobachtungsstudien aber nicht ableiten", betont die Studienleiterin.
Mehr zum Thema
{question}
{below}
Kommentare (3)
"""


def test_a_question_link_alone_under_a_related_heading_goes_and_a_question_answered_below_stays():
    """The box's only link asks a question sharing no stem with the sentence under it; a question
    the next line answers in its own words is the article's subheading (neighbours._question_link)."""
    out = _cleaned(_COFFEE_DE.format(question="Wie viel Kaffee ist gesund?", below='Die Studie ist im Fachjournal "Hepatology" erschienen.'))
    assert "Wie viel Kaffee" not in out and "Hepatology" in out
    out = _cleaned(_COFFEE_DE.format(question="Was bedeutet die Studie für Kaffeetrinker?",
                                     below="Für Kaffeetrinker ändert die Studie wenig: Mehr als vier Tassen am Tag raten Ärzte weiter nicht."))
    assert "Was bedeutet die Studie für Kaffeetrinker?" in out and "raten Ärzte weiter nicht" in out


_BENEFITS_EN = """Money
How to claim the cost-of-living payment if you are on benefits
By Alex Morgan
Households on means-tested benefits will get a £299 payment in February, the Department for Work and Pensions said on Friday.
Most people do not need to apply: the money is paid automatically into the account their benefit goes to.
Sign up to Universal Credit
People who are not yet claiming can still qualify if they make a claim by January 31 and are later found eligible for any day in the qualifying period.
Claims can be made online or by phone, and advisers at Citizens Advice can help with the forms.
"""


def test_a_newsletter_title_goes_only_over_its_box():
    """"Sign up to <Name>" over a newsletter box's line is the box's title (guard over-box); over
    the article's paragraph it is a subheading and stays."""
    out = _cleaned(_SCIENCE_EN)
    assert "Sign up to Well Actually" not in out and "The study is published in JAMA Neurology." in out
    out = _cleaned(_BENEFITS_EN)
    assert "Sign up to Universal Credit" in out and "Citizens Advice can help" in out
