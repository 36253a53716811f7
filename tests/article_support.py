"""One short local-politics article (a budget vote) in each of en, fr, es, de, it, pt and nl: four
paragraphs of plain prose that tests put junk lines around or between."""

ARTICLE = {
"en": ["The council approved the budget on Tuesday after a four-hour debate that ran late into the night, with several members calling for a recount.",
       "Opposition members said the tax rise was excessive, while the majority defended new spending on schools and on the repair of local roads.",
       "The mayor said the town's debt had fallen by ten per cent since the start of her term, and that running costs were under control.",
       "A final vote on the detailed spending plan is expected next month, after a public consultation that opens on Monday."],
"fr": ["Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine, après un débat de quatre heures particulièrement tendu.",
       "Les élus de l'opposition ont dénoncé une hausse des impôts locaux qu'ils jugent excessive, alors que la majorité défend ses investissements.",
       "Le maire a rappelé que la dette de la commune avait baissé de dix pour cent depuis le début du mandat, et que les dépenses restaient maîtrisées.",
       "Un vote définitif sur le détail des dépenses est attendu le mois prochain, après une consultation publique qui s'ouvre lundi."],
"es": ["El pleno del ayuntamiento aprobó el martes por la noche el presupuesto de la ciudad para el próximo año, tras un debate de cuatro horas muy tenso.",
       "Los concejales de la oposición denunciaron una subida de impuestos que consideran excesiva, mientras que el gobierno municipal defendió sus inversiones.",
       "La alcaldesa recordó que la deuda del municipio ha bajado un diez por ciento desde el inicio del mandato y que el gasto corriente está controlado.",
       "La votación definitiva sobre el detalle del gasto se espera para el mes que viene, tras una consulta pública que se abre el lunes."],
"de": ["Der Stadtrat hat am Dienstagabend nach einer vierstündigen und teilweise hitzigen Debatte den Haushalt für das kommende Jahr beschlossen.",
       "Die Opposition kritisierte die Erhöhung der Grundsteuer als überzogen, die Mehrheit verteidigte dagegen die geplanten Investitionen in Schulen.",
       "Die Bürgermeisterin sagte, die Schulden der Stadt seien seit Beginn ihrer Amtszeit um zehn Prozent gesunken und die laufenden Kosten stabil.",
       "Eine endgültige Abstimmung über die einzelnen Ausgaben wird im kommenden Monat erwartet, nach einer Bürgerbeteiligung ab Montag."],
"it": ["Il consiglio comunale ha approvato martedì sera il bilancio della città per il prossimo anno, dopo un dibattito di quattro ore molto acceso.",
       "I consiglieri dell'opposizione hanno denunciato un aumento delle tasse locali che giudicano eccessivo, mentre la maggioranza difende gli investimenti.",
       "Il sindaco ha ricordato che il debito del comune è sceso del dieci per cento dall'inizio del mandato e che la spesa corrente è sotto controllo.",
       "Il voto definitivo sul dettaglio delle spese è atteso il mese prossimo, dopo una consultazione pubblica che si apre lunedì."],
"pt": ["A câmara municipal aprovou na terça-feira à noite o orçamento da cidade para o próximo ano, depois de um debate de quatro horas muito tenso.",
       "Os vereadores da oposição denunciaram um aumento dos impostos locais que consideram excessivo, enquanto a maioria defende os investimentos.",
       "O presidente da câmara lembrou que a dívida do município baixou dez por cento desde o início do mandato e que a despesa corrente está controlada.",
       "A votação final sobre o detalhe das despesas é esperada para o próximo mês, depois de uma consulta pública que abre na segunda-feira."],
"nl": ["De gemeenteraad heeft dinsdagavond na een debat van vier uur de begroting van de stad voor volgend jaar goedgekeurd, met een krappe meerderheid.",
       "De oppositie noemde de verhoging van de lokale belastingen buitensporig, terwijl de coalitie de investeringen in scholen en wegen verdedigde.",
       "De burgemeester zei dat de schuld van de gemeente sinds het begin van haar ambtstermijn met tien procent is gedaald en dat de kosten onder controle zijn.",
       "Een definitieve stemming over de afzonderlijke uitgaven wordt volgende maand verwacht, na een inspraakronde die maandag begint."]
}
