"""Pairs of paragraphs written from one template that say different things (another result,
date, candidate, day, line, market): both items are news, neither is a copy of the other. Used
by bench_near_paragraphs.py and tests/test_dedup_near_paragraphs.py; (language, first, second)."""

LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("en",
     "Leeds United beat Hull City 2-1 at Elland Road on Saturday afternoon. The winning goal came in the "
     "88th minute from a corner, and the home side moved up to third place in the table with the win.",
     "Leeds United beat Hull City 3-0 at Elland Road on Saturday afternoon. The winning goal came in the "
     "23rd minute from a corner, and the home side moved up to third place in the table with the win."),
    ("en",
     "The band play the Utilita Arena in Sheffield on 14 May, with support from the Staves. Doors open at "
     "seven and tickets cost 45 pounds from the box office, with a few standing places left for the night.",
     "The band play the First Direct Arena in Leeds on 12 May, with support from the Staves. Doors open at "
     "seven and tickets cost 45 pounds from the box office, with a few standing places left for the night."),
    ("en",
     "Tuesday will be dry and bright across the county, with highs of 14C and a light westerly breeze. "
     "Cloud should build later in the evening, and a few showers may reach the coast before midnight.",
     "Wednesday will be dry and bright across the county, with highs of 16C and a light westerly breeze. "
     "Cloud should build later in the evening, and a few showers may reach the coast before midnight."),
    ("en",
     "Line 4 trams will not run between Central Station and Park Gate from Monday to Friday next week. "
     "Replacement buses leave every ten minutes from the stop outside the main entrance of the station.",
     "Line 7 trams will not run between Central Station and Harbour Road from Monday to Friday next week. "
     "Replacement buses leave every ten minutes from the stop outside the main entrance of the station."),
    ("en",
     "Sarah Collins is standing for the Green Party in the Northfield ward. She has lived in the area for "
     "twenty years and says her priorities are safer crossings, the library and cheaper bus fares.",
     "Mark Dobson is standing for the Green Party in the Northfield ward. He has lived in the area for "
     "twenty years and says his priorities are safer crossings, the library and cheaper bus fares."),
    ("es",
     "El Betis ganó 2-0 al Celta en el Benito Villamarín en la jornada del domingo. Los goles llegaron en "
     "la segunda parte y el equipo sevillano sube al quinto puesto de la clasificación con la victoria.",
     "El Betis ganó 1-0 al Celta en el Benito Villamarín en la jornada del domingo. Los goles llegaron en "
     "la segunda parte y el equipo sevillano sube al sexto puesto de la clasificación con la victoria."),
    ("es",
     "El jueves habrá cielos despejados en toda la provincia, con máximas de 31 grados y viento flojo del "
     "este. Por la tarde pueden formarse nubes de evolución en la sierra, sin descartar alguna tormenta aislada.",
     "El viernes habrá cielos despejados en toda la provincia, con máximas de 33 grados y viento flojo del "
     "este. Por la tarde pueden formarse nubes de evolución en la sierra, sin descartar alguna tormenta aislada."),
    ("es",
     "La línea 3 del metro cerrará entre Sol y Legazpi del lunes al viernes por obras en las vías. La "
     "empresa pone autobuses gratuitos cada cinco minutos y recomienda salir de casa con tiempo suficiente.",
     "La línea 5 del metro cerrará entre Sol y Legazpi del lunes al viernes por obras en las vías. La "
     "empresa pone autobuses gratuitos cada cinco minutos y recomienda salir de casa con tiempo suficiente."),
    ("es",
     "Pregunta: ¿Puedo pedir la ayuda del alquiler si vivo con mis padres? Respuesta: Sí, siempre que el "
     "contrato esté a su nombre y sus ingresos no superen el límite fijado en la convocatoria de este año.",
     "Pregunta: ¿Puedo pedir la ayuda del alquiler si comparto piso? Respuesta: Sí, siempre que el "
     "contrato esté a su nombre y sus ingresos no superen el límite fijado en la convocatoria de este año."),
    ("de",
     "Der SC Freiburg gewann am Samstag mit 3:1 gegen den VfL Bochum. Vor 34.000 Zuschauern fiel die "
     "Entscheidung erst in der Schlussphase, und die Mannschaft steht nun auf dem vierten Tabellenplatz.",
     "Der SC Freiburg gewann am Samstag mit 2:0 gegen den VfL Bochum. Vor 34.000 Zuschauern fiel die "
     "Entscheidung erst in der Schlussphase, und die Mannschaft steht nun auf dem fünften Tabellenplatz."),
    ("de",
     "Am Freitag bleibt es im ganzen Land trocken, die Höchstwerte liegen bei 18 Grad. Am Abend zieht von "
     "Westen Bewölkung auf, und in der Nacht kann es im Bergland vereinzelt leichten Regen geben.",
     "Am Samstag bleibt es im ganzen Land trocken, die Höchstwerte liegen bei 21 Grad. Am Abend zieht von "
     "Westen Bewölkung auf, und in der Nacht kann es im Bergland vereinzelt leichten Regen geben."),
    ("de",
     "Die Straßenbahnlinie 6 fährt ab Montag wegen Gleisarbeiten nur bis zum Hauptbahnhof. Zwischen "
     "Hauptbahnhof und Messe verkehren Ersatzbusse im Zehn-Minuten-Takt, die Arbeiten dauern bis Ende Juni.",
     "Die Straßenbahnlinie 9 fährt ab Montag wegen Gleisarbeiten nur bis zum Hauptbahnhof. Zwischen "
     "Hauptbahnhof und Messe verkehren Ersatzbusse im Zehn-Minuten-Takt, die Arbeiten dauern bis Ende Juni."),
    ("de",
     "Der Wochenmarkt am Rathausplatz findet am Dienstag wie gewohnt von 7 bis 13 Uhr statt. Wegen der "
     "Bauarbeiten stehen die Stände der Bauern aus der Region diesmal auf der Nordseite des Platzes.",
     "Der Wochenmarkt am Rathausplatz findet am Donnerstag wie gewohnt von 8 bis 14 Uhr statt. Wegen der "
     "Bauarbeiten stehen die Stände der Bauern aus der Region diesmal auf der Nordseite des Platzes."),
    ("fr",
     "Le Stade rennais s'est imposé 2-1 face à Lorient samedi soir au Roazhon Park. Le but de la victoire "
     "est venu en fin de match, et le club remonte à la sixième place du classement de Ligue 1.",
     "Le Stade rennais s'est imposé 4-0 face à Lorient samedi soir au Roazhon Park. Le but de la victoire "
     "est venu en début de match, et le club remonte à la cinquième place du classement de Ligue 1."),
    ("fr",
     "Le groupe jouera au Zénith de Nantes le 18 mars, avec une première partie assurée par Pomme. Les "
     "portes ouvriront à 19 heures et les billets sont en vente à partir de 39 euros sur le site de la salle.",
     "Le groupe jouera au Zénith de Lille le 21 mars, avec une première partie assurée par Pomme. Les "
     "portes ouvriront à 19 heures et les billets sont en vente à partir de 39 euros sur le site de la salle."),
    ("fr",
     "Claire Martin conduit la liste Ensemble pour Rezé aux élections municipales. Conseillère depuis "
     "2014, elle veut rénover les écoles du centre et créer une ligne de bus de nuit vers la gare.",
     "Julien Morel conduit la liste Ensemble pour Rezé aux élections municipales. Conseiller depuis "
     "2014, il veut rénover les écoles du centre et créer une ligne de bus de nuit vers la gare."),
    ("fr",
     "Le cours du blé a terminé la séance à 212 euros la tonne sur Euronext, en hausse de 1,2 %. Les "
     "opérateurs surveillent la météo en Ukraine et les prochains appels d'offres de l'Égypte.",
     "Le cours du maïs a terminé la séance à 198 euros la tonne sur Euronext, en hausse de 0,8 %. Les "
     "opérateurs surveillent la météo en Ukraine et les prochains appels d'offres de l'Égypte."),
]
