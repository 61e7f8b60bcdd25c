from lib import Event, INF, Q

E = Event("pahalgam-2025")
S = E.src
S("East Coast Daily", "media")
S("The Resistance Front", "armed_group", ["TRF", "Lashkar-e-Taiba's shadow group"], "TRF")
S("intelligence agencies", "state", ["Indian intelligence agencies"], "India")
S("police sources", "state", ["Police sources"], "India")
S("survivors", "witness", ["survivor accounts"])
S("The News Himachal", "media")
S("eyewitnesses", "witness", ["Eyewitnesses"])
S("NDTV", "media")
S("Asavari Jagdale", "witness", ["26-year-old Asavari Jagdale from Maharashtra"])
S("Republic World", "media")
S("NewsDrum", "media")
S("high ranking official", "state", ["a high ranking official"], "India")
S("Omar Abdullah", "state", ["Jammu and Kashmir Chief Minister Omar Abdullah"], "India")
S("La Croix", "media")
S("sources de sécurité", "state", [], "India")
S("la « Résistance du Cachemire »", "armed_group", ["un groupe peu connu"], "TRF")
S("The Print", "media", ["le portail local The Print"])
S("médias indiens", "media", ["D'autres médias indiens"])
S("Altitude", "media", ["altitude.news"])
S("presse indienne", "media", ["la presse indienne"])
S("Islamabad", "state", ["Pakistan"], "Pakistan")
S("responsables des services de sécurité locaux", "state", [], "India")
S("CNews", "media")
S("bilan hospitalier", "state", ["hôpital"], "India")
S("Omar Abdallah", "state", ["ministre en chef du Jammu-et-Cachemire"], "India")
S("l'armée indienne", "state", ["L'armée indienne"], "India")
S("Lifelines", "media")
S("alto funcionario de la Policía", "state", ["un alto funcionario de la Policía en Cachemira"], "India")
S("Omar Abdullah, jefe del Gobierno local", "state", [], "India")
S("Haïti Rencontres", "media")
S("Front de résistance (TRF)", "armed_group", ["émanation du groupe armé Lashkar-e-Taiba"], "TRF")
S("Shehbaz Sharif", "state", ["Premier ministre pakistanais"], "Pakistan")
S("Khawaja Asif", "state", ["Pakistan's Defence Minister Khawaja Asif"], "Pakistan")
S("NewsX", "media")
S("Ishaq Dar", "state", ["Pakistan's Deputy Prime Minister and Foreign Minister"], "Pakistan")
S("Voice7 News", "media")
S("Media outlets", "media")
S("Lt Gen Ahmed Sharif Chaudhry and Shafqat Ali Khan", "state", ["Pakistani officials"], "Pakistan")
S("Devdiscourse", "media")
S("20minutos", "media")
S("Andalucía Informa", "media")
S("पाकिस्तान", "state", ["Pakistan"], "Pakistan")
S("बाबुआ", "media", ["babuaa.com"])
S("कुछ रिपोर्टों", "media", ["some reports"])
S("Direction Nation", "media")
S("Max Abrahms", "other", ["Pacific Forum's political scientist"])
S("TRF", "armed_group", ["The Resistance Front"], "TRF")
S("Lao Dong", "media")
S("Amit Shah", "state", ["ministre de l'Intérieur"], "India")
S("Le gouvernement de New Delhi", "state", [], "India")
S("Le gouvernement d'Islamabad", "state", [], "Pakistan")
S("L'Inde", "state", [], "India")
S("India Express", "media", ["el diario India Express"])
S("‘Resistencia de Cachemira’", "armed_group", ["un grupo militante poco conocido"], "TRF")
S("Diario del Sur", "media")
S("The Resistance Force (TRF)", "armed_group", ["TRF"], "TRF")
S("Pakistani government", "state", [], "Pakistan")
S("Ehlam Magazine", "media")
S("la police", "state", ["La police"], "India")
S("Omar Abdullah, plus haut responsable de la région", "state", [], "India")
S("LaPresse", "media")
S("La policía", "state", [], "India")
S("Omar Abdullah, el principal funcionario electo de la región", "state", [], "India")
S("Pulso San Luis", "media")
S("Le Méridien", "media")
S("Omar Abdullah, chef du gouvernement régional", "state", [], "India")
S("Pura Noticia", "media")
S("Omar Abdulá", "state", ["ministro principal de Cachemira"], "India")
S("Ravinder Raina", "other", ["jefe del BJP en Jammu y Cachemira"], "BJP")

TOLL, WND = "toll", "wounded"

# 1 East Coast Daily
E.article("ecd", "East Coast Daily", "https://www.eastcoastdaily.in/2025/04/23/28-dead-several-injured-in-terror-attack-on-tourists-in-jks-pahalgam.html",
          "2025-04-23", "en", "28 dead, several injured in terror attack on tourists in J&K's Pahalgam",
          {"trf": {"outlet": "The Resistance Front", "title": "claim of responsibility"},
           "intel": {"outlet": "intelligence agencies"}})
ecd_toll = E.c("East Coast Daily", "people", "killed", "28", it=TOLL, iv=28, place="Baisaran meadow near Pahalgam", when="Tuesday afternoon", qualifiers=["mostly tourists"])
ecd_wnd = E.c("East Coast Daily", "people", "injured", "over a dozen", it=WND, iv=(13, INF), place="Baisaran meadow near Pahalgam")
ecd_trf = E.c("The Resistance Front", "attack", "claimed responsibility for", it="perp", lab="TRF", st="the TRF claim of responsibility (22 Apr)", sp="TRF", actor="The Resistance Front (TRF)", via="trf")
ecd_kas = E.c("intelligence agencies", "terrorists", "acted under the command of", "Saifullah Kasuri, a senior LeT commander", it="perp", lab="LeT", hedge="possibly", via="intel")
ecd_for = E.c("East Coast Daily", "foreigners", "killed", "two", it="foreign", iv=2, qualifiers=["from the UAE and Nepal"])
ecd_loc = E.c("East Coast Daily", "local residents", "killed", "two", it="locals", iv=2)

# 2 Asianet Newsable
E.article("asia", "Asianet Newsable", "https://newsable.asianetnews.com/india/pahalgam-terror-attack-at-least-24-hindu-tourists-killed-in-one-of-kashmir-deadliest-assaults/articleshow-h68hy4i",
          "2025-04-22", "en", "Pahalgam terror attack: At least 24 Hindu tourists killed in one of Kashmir's deadliest assaults",
          {"pol": {"outlet": "police sources", "wire": "AFP"}, "surv": {"outlet": "survivors", "title": "survivor accounts"}})
asia_toll = E.c("police sources", "Hindu tourists", "killed", "at least 24", it=TOLL, iv=(24, INF), st="the AFP police source's early toll (at least 24 killed, 13 injured)", sp="AFP police/security source", place="Baisaran near Pahalgam", when="Tuesday afternoon", via="pol")
asia_wnd = E.c("police sources", "others", "injured", "13", it=WND, iv=13, st="the AFP police source's early toll (13 injured)", sp="AFP police/security source", qualifiers=["five critically"], via="pol")
asia_rel = E.c("survivors", "assailants", "verified the religious identity of", "the victims", it="religion", lab="checked religion", hedge="reportedly", qualifiers=["by checking identification documents and clothing"], via="surv")

# 3 The News Himachal
E.article("him", "The News Himachal", "https://thenewshimachal.com/2025/04/26-tourists-killed-in-pahalgam-terror-attack-victims-targeted-after-being-identified-by-religion/",
          "2025-04-26", "en", "26 tourists killed in Pahalgam terror attack; victims targeted after being identified by religion",
          {"eye": {"outlet": "eyewitnesses"}})
him_toll = E.c("The News Himachal", "people", "killed", "26", it=TOLL, iv=26, place="Pahalgam's Baisaran Valley", when="Tuesday afternoon", qualifiers=["mostly tourists"])
him_wnd = E.c("The News Himachal", "others", "injured", "at least 17", it=WND, iv=(17, INF))
him_for = E.c("The News Himachal", "foreign nationals", "among the dead", "two", it="foreign", iv=2)
him_uni = E.c("eyewitnesses", "attackers", "dressed in", "army uniforms", it="uniform", lab="military dress", via="eye")
him_rel = E.c("eyewitnesses", "attackers", "asked people about their religion and verified it through", "identity documents", it="religion", lab="checked religion", via="eye")

# 4 NDTV
E.article("ndtv", "NDTV", "https://www.ndtv.com/india-news/pahalgam-terrorist-attack-pahalgam-attack-on-camera-video-captures-horror-mayhem-as-terrorists-targeted-tourists-8234112",
          "2025-04-23", "en", "Pahalgam attack on camera: video captures horror, mayhem as terrorists targeted tourists",
          {"asav": {"outlet": "Asavari Jagdale"}, "trf": {"outlet": "The Resistance Front"}})
ndtv_asav = E.c("Asavari Jagdale", "attackers", "asked my father to recite", "an Islamic verse", it="religion", lab="recite verse", quote="They asked my father to recite an Islamic verse. When he failed to do so, they pumped three bullets into him", via="asav")
ndtv_trf = E.c("The Resistance Front", "attack", "claimed responsibility for", it="perp", lab="TRF", st="the TRF claim of responsibility (22 Apr)", sp="TRF", actor="The Resistance Front (TRF)", qualifiers=["a proxy for the Pakistan-based Lashkar-e-Taiba"], via="trf")

# 5 Republic World
E.article("rep", "Republic World", "https://www.republicworld.com/videos/india/he-was-the-only-one-earning-family-of-local-victim-grieves-after-pahalgam-terror-attack",
          "2025-04-23", "en", "'He was the only one earning': family of local victim grieves after Pahalgam terror attack")
rep_toll = E.c("Republic World", "people", "lost their lives", "at least 28", it=TOLL, iv=(28, INF), place="Baisaran Valley, Pahalgam", when="Tuesday", qualifiers=["including several foreign tourists"])
rep_let = E.c("Republic World", "attack", "carried out by", "terrorists linked to Lashkar-e-Taiba", it="perp", lab="LeT", hedge="believed")

# 6 NewsDrum (PTI)
E.article("nd", "NewsDrum", "https://www.newsdrum.in/national/terror-strikes-kashmir-26-people-mostly-tourists-killed-in-pahalgams-mini-switzerland-8990836",
          "2025-04-22", "en", "Terror strikes Kashmir: 26 people, mostly tourists, killed in Pahalgam's 'mini Switzerland'",
          {"off": {"outlet": "high ranking official", "wire": "PTI"}, "omar": {"outlet": "Omar Abdullah"},
           "trf": {"outlet": "The Resistance Front"}})
nd_toll = E.c("NewsDrum", "people", "killed", "26", it=TOLL, iv=26, place="a famed meadow near Kashmir's Pahalgam town", when="Tuesday afternoon", qualifiers=["mostly tourists"])
nd_for = E.c("high ranking official", "foreigners", "among the 26 dead", "two", it="foreign", iv=2, via="off")
nd_loc = E.c("high ranking official", "locals", "among the 26 dead", "two", it="locals", iv=2, via="off")
nd_omar = E.c("Omar Abdullah", "attack", "much larger than anything directed at civilians in recent years", it="omar", lab="larger", st="Omar Abdullah's post of 22 Apr (attack much larger than anything on civilians in recent years)", quote="much larger than anything we've seen directed at civilians in recent years", via="omar")
nd_wnd = E.c("NewsDrum", "people", "injured", "at least 20", it=WND, iv=(20, INF))
nd_trf = E.c("The Resistance Front", "attack", "claimed responsibility", it="perp", lab="TRF", st="the TRF claim of responsibility (22 Apr)", sp="TRF", actor="The Resistance Front (TRF)", via="trf")

# 7 La Croix
E.article("lcx", "La Croix", "https://www.la-croix.com./international/apres-l-attentat-au-cachemire-les-habitants-unis-dans-le-rejet-des-violences-20250425",
          "2025-04-25", "fr", "Après l'attentat au Cachemire, les habitants unis dans le rejet des violences")
lcx_toll = E.c("La Croix", "touristes", "tués", "au moins 26", it=TOLL, iv=(26, INF), place="Pahalgam", qualifiers=["22 avril"])
lcx_wnd = E.c("La Croix", "autres", "blessés", "20", it=WND, iv=20)

# 8 NeuralNews24
E.article("nn", "NeuralNews24", "https://neuralnews24.com/attaque-meurtriere-contre-des-touristes-au-cachemire-indien-au-moins-20-victimes",
          None, "fr", "Attaque meurtrière contre des touristes au Cachemire indien : au moins 20 victimes",
          {"sec": {"outlet": "sources de sécurité"}, "rk": {"outlet": "la « Résistance du Cachemire »", "title": "revendication"}})
nn_toll = E.c("sources de sécurité", "morts", "bilan variant", "entre 20 et 26", it=TOLL, iv=(20, 26), place="Pahalgam", qualifiers=["mardi"], via="sec")
nn_trf = E.c("la « Résistance du Cachemire »", "attaque", "a revendiqué", it="perp", lab="TRF", st="the TRF claim of responsibility (22 Apr)", sp="TRF", qualifiers=["dénonçant l'installation de milliers de « non-locaux »"], via="rk")

# 9 News-Pravda (fr)
E.article("prv", "News-Pravda", "https://francais.news-pravda.com/world/2025/04/22/411702.html",
          "2025-04-22", "fr", "Des touristes attaqués en Inde, tués et blessés",
          {"print": {"outlet": "The Print", "title": "citant les forces de sécurité"}, "med": {"outlet": "médias indiens"}})
prv_toll = E.c("The Print", "touristes", "morts", "au moins 25", it=TOLL, iv=(25, INF), place="vallée de Baysaran, près de Pahalgam", qualifiers=["citant les forces de sécurité"], via="print")
prv_wnd = E.c("médias indiens", "personnes", "blessées", "environ deux douzaines", it=WND, iv=(20, 28), via="med")
prv_few = E.c("médias indiens", "décès", "chiffres allant", "d'un à cinq", it=TOLL, iv=(1, 5), qualifiers=["D'autres médias indiens rapportent des chiffres différents"], via="med")

# 10 Altitude
E.article("alt", "Altitude", "https://altitude.news/?p=25379", None, "fr",
          "Attentat au Cachemire indien, au moins 28 morts",
          {"pi": {"outlet": "presse indienne"}, "isl": {"outlet": "Islamabad"}})
alt_toll = E.c("Altitude", "touristes", "pris pour cibles et tués", "au moins 28", it=TOLL, iv=(28, INF), place="à quelques kilomètres de Pahalgam")
alt_n = E.c("Altitude", "hommes", "auraient fait irruption", "six", it="attackers", iv=6, hedge="auraient", qualifiers=["vêtus de treillis militaires"])
alt_uni = E.c("Altitude", "assaillants", "vêtus de", "treillis militaires", it="uniform", lab="military dress", hedge="auraient")
alt_rel = E.c("presse indienne", "assaillants", "auraient ouvert le feu sur les touristes incapables de réciter", "des versets islamiques", it="religion", lab="recite verse", hedge="auraient", via="pi")
alt_for = E.c("Altitude", "étrangers", "parmi les touristes tués", "deux", it="foreign", iv=2, qualifiers=["nationalité inconnue"])
alt_let = E.c("presse indienne", "attentat", "aurait revendiqué", "une branche locale du groupe terroriste pakistanais Lashkar-e-Taiba", it="perp", lab="TRF", st="the TRF claim of responsibility (22 Apr)", sp="TRF", hedge="aurait", via="pi")

# 11 CNews, 22 April (AFP)
E.article("cn1", "CNews", "https://www.cnews.fr/monde/2025-04-22/cachemire-indien-au-moins-26-morts-dans-un-attentat-terroriste-contre-des",
          "2025-04-22", "fr", "Cachemire indien : au moins 26 morts dans un attentat terroriste contre des touristes",
          {"sec": {"outlet": "responsables des services de sécurité locaux", "wire": "AFP"}})
cn1_toll = E.c("responsables des services de sécurité locaux", "personnes", "tuées", "au moins 26", it=TOLL, iv=(26, INF), st="the AFP security officials' toll (at least 26)", sp="AFP police/security source", place="Pahalgam", qualifiers=["mardi"], via="sec")
cn1_unc = E.c("CNews", "attaque", "revendiquée", polarity="denied", it="claimed", lab="not claimed", qualifiers=["L'attaque n'a pas été revendiquée"])

# 12 Le Figaro via lifelines (AFP), 23 April
E.article("fig", "Lifelines", "https://web.lifelines.name/read/5b5ab4b2-e48c-506c-bb94-cad4ab80e461",
          None, "fr", "Fusillade au Cachemire indien : 26 morts",
          {"hop": {"outlet": "bilan hospitalier", "title": "bilan hospitalier établi ce mercredi"},
           "army": {"outlet": "l'armée indienne"}})
fig_toll = E.c("bilan hospitalier", "personnes", "morts", "26", it=TOLL, iv=26, place="Pahalgam", qualifiers=["mardi", "bilan hospitalier établi ce mercredi"], via="hop")
fig_men = E.c("bilan hospitalier", "personnes décédées", "sont", "des hommes", it="sex", lab="all men", qualifiers=["toutes"], via="hop")
fig_unc = E.c("Lifelines", "fusillade", "revendiquée", polarity="denied", it="claimed", lab="not claimed", qualifiers=["n'a jusqu'à présent pas été revendiquée"])
fig_bar = E.c("l'armée indienne", "insurgés présumés", "tués", "deux", it="baramulla", ev="pahalgam-2025-baramulla-infiltration", place="district de Baramulla", qualifiers=["mercredi", "« tenté une infiltration »"], via="army")
fig_agg = E.c("Lifelines", "victimes", "rébellion séparatiste a fait", "plusieurs dizaines de milliers", it=None, ev="kashmir-1989-2025-insurgency-toll", place="partie indienne du Cachemire", qualifiers=["depuis 1989"])

# 13 Naiz (AFP, Spanish)
E.article("naiz", "Naiz", "https://www.naiz.eus/fr/info/noticia/20250422/al-menos-24-muertos-en-un-ataque-a-turistas-en-cachemira",
          "2025-04-22", "es", "Al menos 24 muertos en un ataque a turistas en Cachemira",
          {"pol26": {"outlet": "alto funcionario de la Policía", "wire": "AFP"},
           "pol24": {"outlet": "alto funcionario de la Policía", "wire": "AFP"},
           "omar": {"outlet": "Omar Abdullah, jefe del Gobierno local"}})
naiz_26 = E.c("alto funcionario de la Policía", "personas", "han muerto", "al menos 26", it=TOLL, iv=(26, INF), st="the AFP security officials' toll (at least 26)", sp="AFP police/security source", place="Pahalgam", qualifiers=["este martes", "bajo condición de anonimato"], via="pol26")
naiz_24 = E.c("alto funcionario de la Policía", "personas", "han muerto", "al menos 24", it=TOLL, iv=(24, INF), st="the AFP police source's early toll (at least 24 killed, 13 injured)", sp="AFP police/security source", place="Cachemira", quote="Al menos 24 personas han muerto", via="pol24")
naiz_omar = E.c("Omar Abdullah, jefe del Gobierno local", "número de muertos", "todavía se está verificando", it="omar-toll", lab="being verified", st="Omar Abdullah's post of 22 Apr (the toll is still being ascertained)", via="omar")

# 14 Al Jazeera in French (haitirencontres)
E.article("aj", "Haïti Rencontres", "https://haitirencontres.org/le-pakistan-annonce-des-mesures-de-represailles-contre-linde-apres-lattaque-du-cachemire-actualites-des-conflits",
          None, "fr", "Le Pakistan annonce des mesures de représailles contre l'Inde après l'attaque du Cachemire",
          {"trf": {"outlet": "Front de résistance (TRF)", "title": "déclaration publiée au nom du Front de résistance"},
           "sharif": {"outlet": "Shehbaz Sharif", "title": "communiqué publié par son bureau"}})
aj_toll = E.c("Haïti Rencontres", "personnes", "tué", "au moins 26", it=TOLL, iv=(26, INF), actor="les rebelles présumés", place="Pahalgam", qualifiers=["mardi"])
aj_trf = E.c("Front de résistance (TRF)", "attaque", "a revendiqué la responsabilité de", it="perp", lab="TRF", st="the TRF claim of responsibility (22 Apr)", sp="TRF", via="trf")
aj_pak = E.c("Shehbaz Sharif", "tentatives de liaison de l'attaque avec le Pakistan", "sont frivoles", it="pak", lab="not involved", sp="Pakistani government", qualifiers=["en l'absence de toute enquête crédible et des preuves vérifiables"], via="sharif")

# 15 NewsX
E.article("nx", "NewsX", "https://www.newsx.com/india/pahalgam-attack-we-have-nothing-to-do-with-it-says-pakistan-on-pahalgam-attack/",
          "2025-04-23", "en", "Pahalgam attack: \"We have nothing to do with it,\" says Pakistan on Pahalgam attack",
          {"asif": {"outlet": "Khawaja Asif", "title": "remarks to reporters"}, "trf": {"outlet": "The Resistance Front"}})
nx_toll = E.c("NewsX", "people", "killed", "26", it=TOLL, iv=26, place="Pahalgam region", when="April 22")
nx_asif = E.c("Khawaja Asif", "Pakistan", "involvement in the attack", polarity="denied", it="pak", lab="not involved", st="Khawaja Asif's denial to reporters (23 Apr: nothing to do with it)", sp="Pakistani government", quote="We have absolutely nothing to do with it.", via="asif")
nx_trf = E.c("The Resistance Front", "attack", "claimed responsibility for", it="perp", lab="TRF", st="the TRF claim of responsibility (22 Apr)", sp="TRF", qualifiers=["in response to India issuing domicile certificates to non-locals"], via="trf")

# 16 Voice7 News
E.article("v7", "Voice7 News", "https://voice7news.tv/public/world/news/18573", "2025-04-26", "en",
          "Pakistan's Ishaq Dar denies involvement in Pahalgam attack",
          {"dar": {"outlet": "Ishaq Dar", "title": "press conference", "published": "2025-04-24", "wire": "BBC"},
           "asif": {"outlet": "Khawaja Asif"}, "med": {"outlet": "Media outlets"}})
v7_dar = E.c("Ishaq Dar", "Islamabad", "involvement in the attack", polarity="denied", it="pak", lab="not involved", sp="Pakistani government", stated="Thursday", quote="If India has any evidence of Pakistan's involvement in the Pahalgam attack, they should present it to the world", via="dar")
v7_asif = E.c("Khawaja Asif", "Islamabad", "connection to the incident", polarity="denied", it="pak", lab="not involved", st="Khawaja Asif's denial to reporters (23 Apr: nothing to do with it)", sp="Pakistani government", qualifiers=["a day earlier"], via="asif")
v7_trf = E.c("The Resistance Front", "attack", "claimed responsibility for", it="perp", lab="TRF", st="the TRF claim of responsibility (22 Apr)", sp="TRF", via="med")
v7_loc = E.c("Voice7 News", "casualties", "reported", polarity="denied", it=None, ev="pahalgam-2025-loc-firing", place="Line of Control and the India-Pakistan international border", qualifiers=["no reports of casualties on either side so far"])

# 17 Devdiscourse
E.article("dd", "Devdiscourse", "https://www.devdiscourse.com/article/politics/3365590-tensions-surge-pakistans-firm-stand-on-pahalgam-attack-allegations",
          None, "en", "Tensions surge: Pakistan's firm stand on Pahalgam attack allegations",
          {"pc": {"outlet": "Lt Gen Ahmed Sharif Chaudhry and Shafqat Ali Khan", "title": "press conference"}})
dd_pak = E.c("Lt Gen Ahmed Sharif Chaudhry and Shafqat Ali Khan", "Pakistan", "involvement in the Pahalgam terror attack", polarity="denied", it="pak", lab="not involved", sp="Pakistani government", qualifiers=["accused India of unfounded allegations"], via="pc")

# 18 20minutos via Andalucía Informa
E.article("20m", "Andalucía Informa", "https://andaluciainforma.com/impactante-testimonio-el-horror-de-ver-el-impacto-de-las-balas-en-la-multitud/?noamp=mobile",
          None, "es", "Impactante testimonio: el horror de ver el impacto de las balas en la multitud",
          {"20m": {"outlet": "20minutos", "title": "noticia completa"}})
m20_toll = E.c("20minutos", "turistas indios", "muerte", "28", it=TOLL, iv=28, actor="presuntos insurgentes", place="Pahalgam", via="20m")

# 19 Babuaa (Hindi)
E.article("bab", "बाबुआ", "https://babuaa.com/news/view/109788", None, "hi",
          "पाकिस्तान ने पहलगाम आतंकी हमले में अपनी संलिप्तता से इनकार किया",
          {"pak": {"outlet": "पाकिस्तान"}, "rep": {"outlet": "कुछ रिपोर्टों"}})
bab_pak = E.c("पाकिस्तान", "पहलगाम आतंकी हमले", "संलिप्तता", polarity="denied", it="pak", lab="not involved", sp="Pakistani government", via="pak")
bab_toll = E.c("बाबुआ", "लोग", "मारे गए", Q("कम से कम 26", 26, None, "lower_bound"), it=TOLL, iv=(26, INF), place="बैसरन मैदान", qualifiers=["22 अप्रैल", "ज़्यादातर पर्यटक"])
bab_trf = E.c("बाबुआ", "हमले के पीछे", "हाथ माना जा रहा है", "द रेजिस्टेंस फ्रंट (टीआरएफ)", it="perp", lab="TRF", hedge="माना जा रहा है", qualifiers=["अभी तक इस दावे की पुष्टि नहीं हो पाई है"])
bab_kas = E.c("कुछ रिपोर्टों", "हमले का मास्टरमाइंड", "माना जा रहा है", "सैफुल्लाह कसूरी उर्फ खालिद", it="perp", lab="LeT", hedge="माना जा रहा है", via="rep")

# 20 Direction Nation
E.article("dn", "Direction Nation", "https://www.directionnation.com/2025/06/pahalgam-terror-attack-unraveling-truth.html",
          None, "en", "Pahalgam terror attack: unraveling the truth",
          {"trf": {"outlet": "TRF", "title": "Telegram"}, "trf2": {"outlet": "TRF", "title": "retraction"},
           "asif": {"outlet": "Khawaja Asif"}, "ab": {"outlet": "Max Abrahms"}})
dn_toll = E.c("Direction Nation", "civilians", "claiming the lives of", "26", it=TOLL, iv=26, place="Baisaran Valley near Pahalgam", when="April 22, 2025", qualifiers=["primarily Hindu tourists"])
dn_trf = E.c("TRF", "attack", "claimed responsibility", it="perp", lab="TRF", st="the TRF claim of responsibility (22 Apr)", sp="TRF", qualifiers=["via Telegram", "response to over 85,000 domiciles to non-locals"], via="trf")
dn_ret = E.c("TRF", "claim", "retracted", it="perp", lab="not TRF", st="the TRF retraction (25 Apr: a cyber intrusion)", sp="TRF", qualifiers=["alleging a cyberattack by suspected Indian intelligence operatives", "within days"], via="trf2")
dn_ff = E.c("Khawaja Asif", "attack", "false flag operation", it="perp", lab="false flag", sp="Pakistani government", actor="India", via="asif")
dn_ab = E.c("Max Abrahms", "attack", "carried out by", "the Islamist group that originally claimed organizational credit", it="perp", lab="TRF", quote="My research leaves little doubt that the attack was indeed carried out by the Islamist group that originally claimed organizational credit.", via="ab")

# 21 Lao Dong (fr), July
E.article("ld", "Lao Dong", "https://fr.laodong.vn/the-gioi/an-do-tieu-diet-3-ke-khung-bo-trong-vu-tan-cong-khien-26-nguoi-thiet-mang-1548816.ldo",
          None, "fr", "L'Inde élimine 3 terroristes dans l'attaque qui a fait 26 morts",
          {"shah": {"outlet": "Amit Shah"}, "nd": {"outlet": "Le gouvernement de New Delhi"}, "isl": {"outlet": "Le gouvernement d'Islamabad"}})
ld_3 = E.c("Amit Shah", "personnes accusées de terrorisme", "tuées", "3", it=None, ev="pahalgam-2025-july-operation", qualifiers=["29 juillet", "seraient à l'origine de l'attaque contre des touristes"], via="shah")
ld_toll = E.c("Lao Dong", "morts", "a fait", "26", it=TOLL, iv=26, place="Pahalgam", qualifiers=["22 avril"])
ld_ind = E.c("Le gouvernement de New Delhi", "assaillants", "sont des citoyens pakistanais et ont été soutenus par", "Islamabad", it="pak", lab="involved", sp="Indian government", via="nd")
ld_pak = E.c("Le gouvernement d'Islamabad", "implication", "a nié toute", polarity="denied", it="pak", lab="not involved", sp="Pakistani government", qualifiers=["a appelé à une enquête indépendante"], via="isl")

# 22 CNews, 24 April
E.article("cn2", "CNews", "https://www.cnews.fr/monde/2025-04-24/cachemire-touristes-tues-frontiere-fermee-que-se-passe-t-il-dans-cette-region",
          "2025-04-24", "fr", "Cachemire : touristes tués, frontière fermée… que se passe-t-il dans cette région ?",
          {"inde": {"outlet": "L'Inde"}})
cn2_toll = E.c("CNews", "hommes", "tués", "26", it=TOLL, iv=26, place="Pahalgam", qualifiers=["mardi"])
cn2_ind = E.c("L'Inde", "attaque", "attribué à", "des islamistes soutenus par le Pakistan", it="pak", lab="involved", sp="Indian government", qualifiers=["« terrorisme transfrontalier »"], via="inde")

# 23 Diario del Sur
E.article("dds", "Diario del Sur", "https://www.diariodelsur.com.co/?p=311984", None, "es",
          "Ataque contra turistas en Cachemira",
          {"ie": {"outlet": "India Express"}, "rc": {"outlet": "‘Resistencia de Cachemira’", "title": "redes sociales"}})
dds_n = E.c("India Express", "militantes", "participaron en la emboscada", Q("al menos dos o tres", 2, 3, "range"), it="attackers", iv=(2, 3), via="ie")
dds_trf = E.c("‘Resistencia de Cachemira’", "ataque", "se atribuyó la autoría", it="perp", lab="TRF", st="the TRF claim of responsibility (22 Apr)", sp="TRF", qualifiers=["no se ha verificado la autenticidad"], via="rc")

# 24 Ehlam Magazine
E.article("ehl", "Ehlam Magazine", "https://www.ehlammagazine.org/2025/05/pahalgam-attack-false-flag-operation-or.html?m=1",
          None, "en", "Pahalgam attack: false flag operation or Pakistan's strategic plan",
          {"trf": {"outlet": "The Resistance Force (TRF)", "title": "statement TRF-89-7A-03-43", "published": "2025-04-25"},
           "pak": {"outlet": "Pakistani government"}})
ehl_ret = E.c("The Resistance Force (TRF)", "involvement", "denied", polarity="denied", it="perp", lab="not TRF", st="the TRF retraction (25 Apr: a cyber intrusion)", sp="TRF", quote="An internal audit suggests it was the result of a coordinated cyber intrusion", stated="25 April 2025", via="trf")
ehl_ff = E.c("Pakistani government", "attack", "false flag operation", it="perp", lab="false flag", sp="Pakistani government", qualifiers=["has denied any involvement"], via="pak")


# 25 LaPresse (AP, French)
E.article("lap", "LaPresse", "https://fr.lapresse.it/etranger-fr/2025/04/22/inde-attaque-contre-des-touristes-au-cachemire-plusieurs-morts-redoutes/amp",
          "2025-04-22", "fr", "Inde, attaque contre des touristes au Cachemire : plusieurs morts redoutés",
          {"pol": {"outlet": "la police", "wire": "AP"}, "omar": {"outlet": "Omar Abdullah, plus haut responsable de la région", "title": "réseaux sociaux"}})
lap_pol = E.c("la police", "attaque", "a attribué la responsabilité à", "des militants pakistanais opposés à la domination indienne", it="perp", lab="militants", st="the police's attribution relayed by AP (a terror attack by militants fighting Indian rule)", sp="police (AP)", qualifiers=["« attaque terroriste »"], via="pol")
lap_omar = E.c("Omar Abdullah, plus haut responsable de la région", "attaque", "bien plus grave que toutes les autres attaques contre des civils que nous avons connues ces dernières années", it="omar", lab="larger", st="Omar Abdullah's post of 22 Apr (attack much larger than anything on civilians in recent years)", via="omar")
lap_omt = E.c("Omar Abdullah, plus haut responsable de la région", "bilan des victimes", "encore en cours de vérification", it="omar-toll", lab="being verified", st="Omar Abdullah's post of 22 Apr (the toll is still being ascertained)", quote="Le bilan des victimes est encore en cours de vérification, donc je ne veux pas entrer dans les détails", via="omar")
lap_few = E.c("LaPresse", "morts", "redoutés", "plusieurs", it=TOLL, iv=(2, INF), hedge="redoutés", place="prairie de Baisaran, à environ cinq kilomètres de Pahalgam")

# 26 Pulso San Luis (AP, Spanish)
E.article("psl", "Pulso San Luis", "https://pulsosanluis2.azurewebsites.net/mundo/ataque-terrorista-en-cachemira-multiples-victimas/1920737",
          None, "es", "Ataque terrorista en Cachemira: impacto en turistas",
          {"pol": {"outlet": "La policía", "wire": "AP"}, "omar": {"outlet": "Omar Abdullah, el principal funcionario electo de la región", "title": "redes sociales"}})
psl_pol = E.c("La policía", "incidente", "culpó a", "los milicianos que luchan contra el dominio indio", it="perp", lab="militants", st="the police's attribution relayed by AP (a terror attack by militants fighting Indian rule)", sp="police (AP)", qualifiers=["« ataque terrorista »"], via="pol")
psl_omar = E.c("Omar Abdullah, el principal funcionario electo de la región", "ataque", "mucho más grande que cualquier cosa dirigida a civiles en los últimos años", it="omar", lab="larger", st="Omar Abdullah's post of 22 Apr (attack much larger than anything on civilians in recent years)", via="omar")
psl_omt = E.c("Omar Abdullah, el principal funcionario electo de la región", "número de muertos", "aún no se ha determinado", it="omar-toll", lab="being verified", st="Omar Abdullah's post of 22 Apr (the toll is still being ascertained)", via="omar")

# 28 Pura Noticia (EFE)
E.article("pn", "Pura Noticia", "https://puranoticia.pnt.cl/internacional/al-menos-26-turistas-perdieron-la-vida-en-un-ataque-en-la-region-india-de",
          None, "es", "Al menos 26 turistas perdieron la vida en un ataque en la región india de Cachemira",
          {"omar": {"outlet": "Omar Abdulá", "title": "X"}, "raina": {"outlet": "Ravinder Raina"}})
pn_toll = E.c("Pura Noticia", "turistas", "murieron", "al menos 26", it=TOLL, iv=(26, INF), place="Pahalgam", qualifiers=["sin que por ahora haya reclamación de la autoría"])
pn_omar = E.c("Omar Abdulá", "ataque", "mucho mayor que cualquier otro dirigido contra civiles en los últimos años", it="omar", lab="larger", st="Omar Abdullah's post of 22 Apr (attack much larger than anything on civilians in recent years)", via="omar")
pn_omt = E.c("Omar Abdulá", "cifra de muertos", "está siendo esclarecida", it="omar-toll", lab="being verified", st="Omar Abdullah's post of 22 Apr (the toll is still being ascertained)", via="omar")
pn_raina = E.c("Ravinder Raina", "ataque", "perpetrar", "terroristas paquistaníes", it="perp", lab="Pakistani terrorists", qualifiers=["jefe del BJP en Jammu y Cachemira"], via="raina")
pn_unc = E.c("Pura Noticia", "autoría", "reclamación", polarity="denied", it="claimed", lab="not claimed", qualifiers=["por ahora"])

# -- label relations between different speakers ---------------------------------------
L = E.labrel
L[frozenset(("TRF", "LeT"))] = "refines"          # TRF is the LeT proxy: claim by TRF is the more specific
L[frozenset(("TRF", "not TRF"))] = "contradicts"
L[frozenset(("LeT", "not TRF"))] = "contradicts"
L[frozenset(("TRF", "false flag"))] = "contradicts"
L[frozenset(("LeT", "false flag"))] = "contradicts"
L[frozenset(("not TRF", "false flag"))] = "compatible"
L[frozenset(("checked religion", "recite verse"))] = "refines"
L[frozenset(("involved", "not involved"))] = "contradicts"
L[frozenset(("militants", "TRF"))] = "refines"
L[frozenset(("militants", "LeT"))] = "refines"
L[frozenset(("militants", "false flag"))] = "contradicts"
L[frozenset(("militants", "not TRF"))] = "compatible"
L[frozenset(("militants", "Pakistani terrorists"))] = "refines"
L[frozenset(("Pakistani terrorists", "false flag"))] = "contradicts"
E.exclusive.add("pak")

# the TRF's retraction against its own claim (same speaker) is a revision: derived (same sp "TRF").
# Khawaja Asif's false flag is the same speaker group as the denials of involvement but another item.

# -- manual pairs -----------------------------------------------------------------------
P = E.pair
for unc in (cn1_unc, fig_unc, pn_unc):
    for trf in (ecd_trf, ndtv_trf, nd_trf, nn_trf, alt_let, aj_trf, nx_trf, v7_trf, dn_trf, dds_trf):
        P(unc, trf, "contradicts", "the outlet says the attack was not claimed / a TRF claim of responsibility is relayed")
    for ret in (dn_ret, ehl_ret):
        P(unc, ret, "compatible", "not claimed (22-23 Apr) / TRF disowns the claim (25 Apr): both say no claim stands")
for a_, b_ in ((cn1_unc, fig_unc), (cn1_unc, pn_unc), (fig_unc, pn_unc)):
    P(a_, b_, "agrees", "both outlets: the attack had not been claimed")
# false flag (India staged it) vs India's accusation that Pakistan backed the attackers
for ff in (dn_ff, ehl_ff):
    for ind in (ld_ind, cn2_ind):
        P(ff, ind, "contradicts", "Pakistan: a false flag staged by India / India: Pakistan-backed attackers")
# hard negatives
P(fig_bar, ecd_for, "unrelated", "two suspected insurgents killed in Baramulla on Wednesday vs two foreigners among the Pahalgam dead: same figure, other event")
P(fig_bar, nd_loc, "unrelated", "two insurgents killed in Baramulla vs two locals among the Pahalgam dead: same figure, other event and item")
P(ld_3, dds_n, "unrelated", "three suspects killed on 29 July vs two or three attackers at Baisaran: other event, other item")
P(ld_3, ld_toll, "unrelated", "three suspects killed in July vs the 26 dead of 22 April: other event")
P(fig_agg, fig_toll, "unrelated", "insurgency toll since 1989 (aggregate) vs the Pahalgam toll")
P(v7_loc, nx_toll, "unrelated", "no casualties in the LoC firing vs the 26 dead at Pahalgam: other event")
P(asia_wnd, asia_toll, "unrelated", "13 injured vs at least 24 killed: other item of the same incident")
P(nd_for, nd_toll, "unrelated", "two foreigners among the dead vs 26 dead: a part, other item")
P(fig_men, cn2_toll, "compatible", "all the dead were men / 26 men killed: the same account of who died, the second with a figure")
P(alt_n, ld_3, "unrelated", "six attackers at Baisaran vs three suspects killed in July: other event")
P(nd_omar, naiz_omar, "unrelated", "the same post's two statements: the attack's scale vs the toll still being verified: other item")

E.aggregate(fig_agg, ["pahalgam-2025"])
E.write()
