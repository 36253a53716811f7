"""Lines written with a media kicker ("VIDÉO. ...", "VIDEO: ...", "PHOTOS. ...") and video embeds.

At the top of a page the kicker is how the headline is written (French sites above all): it stays,
and no credit rule may take "VIDEO: <a headline>" for a video credit. Between two paragraphs the
same line is a link to another story: it goes (the "inside-body" guard). Under an embed's "Watch on
YouTube" text, the video's title goes with it; the article's next paragraph stays."""

from __future__ import annotations

from cleaner.pipeline import clean_text

FR = [
    "Accueil", "Faits divers", "Société", "S'abonner",
    "VIDÉO. Tempête Ciaran : les images impressionnantes des vagues à Biarritz",
    "Des vagues de plus de huit mètres ont frappé la côte basque dans la nuit de mercredi à jeudi. Les promenades ont été fermées.",
    "Par Sophie Laborde",
    "Le 05/12/2026 à 07h12",
    "Les rafales ont atteint 148 km/h à la pointe Saint-Martin dans la nuit, selon Météo-France, qui avait placé le "
    "département en vigilance orange vagues-submersion.",
    "DIRECT. Tempête Ciaran : 80 000 foyers privés d'électricité en Nouvelle-Aquitaine",
    "« Je n'avais jamais vu ça en trente ans », raconte Michel, pêcheur à la retraite, qui a filmé la scène depuis sa fenêtre.",
    "Regarder sur YouTube",
    "Tempête Ciaran : la Grande Plage de Biarritz submergée",
    "La mairie a fermé les parkings du front de mer jusqu'à vendredi midi. Les secours ont effectué quatorze interventions.",
    "PHOTOS. Les dégâts de la tempête sur le littoral landais",
    "Le préfet a appelé les habitants à ne pas s'approcher du littoral tant que la vigilance est maintenue.",
    "Partager", "Facebook", "Mentions légales",
]
EN = [
    "Lakeshore Daily News", "News", "Sports", "Subscribe",
    "VIDEO: Firefighters pull teen from icy Miller Lake after ice gives way",
    "Crews used a rescue sled to reach the 15-year-old about 40 yards from shore.",
    "By Dana Kowalski",
    "December 4, 2026 5:40 PM",
    "MILLER LAKE, Minn. — A 15-year-old boy was rescued from Miller Lake on Thursday afternoon after the ice he "
    "was walking on gave way, fire officials said.",
    "Watch on YouTube",
    "Teen rescued from Miller Lake ice | Lakeshore Daily News",
    "Firefighters in dry suits reached him with a rescue sled within nine minutes. He was taken to hospital with mild hypothermia.",
    "VIDEO: How to survive if you fall through the ice this winter",
    '"The ice is not safe anywhere on the lake yet," Fire Chief Ron Ebert said. "Four inches is the minimum for walking."',
    "Share", "Facebook", "Email",
]


def _clean(lines: list[str]) -> str:
    return clean_text("\n".join(lines) + "\n").text


def test_french_kicker_headline_stays_mid_article_links_go() -> None:
    out = _clean(FR)
    assert out.startswith("VIDÉO. Tempête Ciaran : les images impressionnantes")  # not the site's name over the menu
    assert "DIRECT." not in out and "PHOTOS." not in out
    assert "Tempête Ciaran : la Grande Plage" not in out  # the embedded video's title
    for line in (FR[5], FR[8], FR[10], FR[13], FR[15]):
        assert line in out


def test_english_kicker_headline_is_no_video_credit() -> None:
    out = _clean(EN)
    assert out.startswith("VIDEO: Firefighters pull teen")
    assert "How to survive" not in out and "Teen rescued from Miller Lake ice" not in out
    for line in (EN[5], EN[8], EN[11], EN[13]):
        assert line in out


def test_a_sentence_under_the_embed_stays() -> None:
    lines = EN[:10] + ["Firefighters reached him within nine minutes, the chief said."] + EN[13:]
    out = _clean(lines)
    assert "Firefighters reached him within nine minutes, the chief said." in out


def test_kicker_headlines_of_other_languages_stay_at_the_top() -> None:
    """No related-links or credit rule of any language takes a kicker headline for its own."""
    body = [
        "Los bomberos rescataron el martes a cuatro montañeros atrapados por la nieve, según informó el Gobierno regional.",
        "Los montañeros, de entre 30 y 45 años, habían salido el lunes desde Fuente Dé y quedaron bloqueados a 2.100 metros.",
        "El helicóptero del servicio de emergencias pudo despegar a primera hora, cuando mejoró la visibilidad en la zona.",
    ]
    for headline in ("VÍDEO: Así fue el rescate de los montañeros atrapados en Picos de Europa",
                     "WATCH: Firefighters pull teen from icy Miller Lake after ice gives way",
                     "VIDEO | Il salvataggio degli escursionisti bloccati sul Monte Rosa dalla bufera"):
        out = _clean(["Portada", "Noticias", headline, *body[:2], "FOTOS | Las imágenes de la nevada en León", body[2], "Compartir"])
        assert out.startswith(headline) and "FOTOS |" not in out and all(line in out for line in body)
