from lib import Event, INF, Q

E = Event("barsalogho-2024")
S = E.src
TOLL, WND = "toll", "wounded"
E.bad_when = {"August 24", "September 17", "August", "Saturday, August 24", "early in the morning", "Samstag", "24. August", "30. August", "dimanche", "24 de agosto"}

S("Dakarposte", "media")
S("plusieurs sources sécuritaires", "state", ["sources sécuritaires"], "Burkina Faso")
S("RFI", "media", ["Radio France Internationale"])
S("Organizacja Narodów Zjednoczonych", "international_org", ["ONZ", "United Nations"], "UN")
S("francuskie służby bezpieczeństwa", "state", ["raport francuskich służb bezpieczeństwa"], "France")
S("TVN24", "media")
S("TheWorldNews.net", "media")
S("TheWorldNews.fr", "media")
S("sources who spoke with injured survivors", "other", [])
S("Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", ["JNIM", "al Qaeda affiliate"], "JNIM")
S("The Theorist", "media")
S("French government security assessment", "state", ["a French government security assessment"], "France")
S("United Nations", "international_org", ["UN"], "UN")
S("JNIM", "armed_group", ["Jama'at Nusrat al-Islam wal-Muslimin"], "JNIM")
S("Naija247news", "media")
S("witnesses and relatives", "witness", ["Witnesses and relatives"])
S("Wassim Nasr", "other", ["Sahel specialist and senior research fellow at the Soufan Center"])
S("Al Qaeda", "armed_group", ["JNIM"], "JNIM")
S("Mahamadou Sana", "state", ["Burkina Faso's security minister"], "Burkina Faso")
S("Directions News", "media")
S("Wassim Nasr, spécialiste du Sahel", "other", ["chercheur principal au Soufan Center"])
S("sources sécuritaires et civiles", "other", ["plusieurs sources sécuritaires et civiles"])
S("La Boussole Infos", "media")
S("Jnim", "armed_group", ["Groupe de soutien à l'islam et aux musulmans"], "JNIM")
S("Groupe de soutien à l'islam et aux musulmans (GSIM)", "armed_group", ["JNIM"], "JNIM")
S("Collectif Justice pour Barsalogho", "ngo", ["CJB"])
S("AFP", "media", ["l'AFP"])
S("PressAfrik", "media")
S("le collectif", "ngo", ["Collectif Justice pour Barsalogho", "collectif de proches de victimes"])
S("Juubal", "media")
S("Human Rights Watch", "ngo", ["HRW"])
S("ministère de la justice", "state", ["Le ministère de la justice"], "Burkina Faso")
S("CNN", "media")
S("Edward Buba", "state", ["director of defence media operations"], "Nigeria")
S("social media", "other", ["claims on social media"])
S("Aussiedlerbote", "media")
S("AP", "media", ["The Associated Press"])
S("Justice Minister Edasso Rodrigue Bayala", "state", [], "Burkina Faso")
S("Le Monde", "media")
S("security, humanitarian and local sources", "other", [])
S("Collectif Justice Pour Barsalgho", "ngo", ["CJB"])
S("Grupo de Apoyo al Islam y los Musulmanes (JNIM)", "armed_group", ["JNIM"], "JNIM")
S("fuentes locales", "other", ["fuentes locales a ACN"])
S("Ayuda a la Iglesia Necesitada", "ngo", ["ACN"])
S("múltiples fuentes de seguridad", "state", ["fuentes de seguridad"], "Burkina Faso")
S("La Jornada", "media")
S("Negocios y Política", "media")
S("testigos y fuentes de seguridad", "other", [])
S("Lokale Behörden", "state", ["lokale Behörden"], "Burkina Faso")
S("Dailywrap", "media")
S("Netzwerk Afrika", "media")
S("Urho24", "media")
S("Reutersin todistaja", "witness", ["Reuters witness"])
S("Sticna", "media")
S("el Gobierno", "state", [], "Burkina Faso")
S("El Deber", "media")
S("SITE Intelligence Group", "other", [])
S("Costa Rica Noticias", "media")
S("Mahamadou Sana, ministro de Seguridad", "state", [], "Burkina Faso")
S("The Spanish Media", "media")
S("New Indian Express", "media")
S("Asodegue", "media")
S("fuentes de seguridad, humanitarias y locales", "other", [])
S("Colectivo Justicia para Barsalgho (CJB)", "ngo", ["CJB"])
S("Esquila Misional", "media")
S("TMY Newspaper", "media")
S("Infobae", "media")
S("Africa-Press", "media")
S("Africanews", "media")
S("GhanaWeb", "media")

UN = "the UN's early estimate (at least 200, 'around 200' in some relays)"
FR = "the French government security assessment given to CNN (up to 600)"
JN2 = "JNIM's statement of late August (nearly 300 killed, all militia)"
JN1 = "JNIM's claim of 25 Aug (total control of a militia position / army headquarters in Barsalogho)"
RFI = "RFI's security and civilian sources (over 200 dead, over 300 wounded)"
NASR = "Wassim Nasr's count on the attack videos (at least 100, relayed by AP)"
CJB400 = "the CJB's estimate (at least 400 dead)"
CJBF = "the CJB's communiqué (the military forced residents to dig, 3 km out of town)"
HRW = "HRW's report of 29 Oct (at least 133 killed, at least 200 injured)"
HRWF = "HRW's report of 29 Oct (villagers forced by threats and beatings)"
BAY = "the justice minister's reply to HRW (forced labour not proven)"
SANA = "security minister Sana on state television, 25 Aug (soldiers and civilians killed; ground and air response)"
EP = "Europa Press's security sources (at least a hundred dead, at least 140 wounded)"
LM = "Le Monde's report of 28 Aug (its sources: several hundred civilians killed)"
LMV = "Le Monde's report of 28 Aug (over 110 bodies on the attackers' video)"
RTR = "Reuters' report of 27 Aug (witnesses and relatives: could exceed 500; not claimed)"

# 1 Dakarposte (RFI)
E.article("dkp", "Dakarposte", "https://www.dakarposte.com/Burkina-Faso-de-nombreux-morts-dans-le-Centre-Nord-apres-une-attaque-terroriste_a77306.html",
          None, "fr", "Burkina Faso : de nombreux morts dans le Centre-Nord après une attaque terroriste",
          {"sec": {"outlet": "plusieurs sources sécuritaires"}})
dkp_toll = E.c("plusieurs sources sécuritaires", "personnes", "tuées", "entre 100 et 200", it=TOLL, iv=(100, 200), qualifiers=["civils, soldats et volontaires pour la défense de la patrie"], via="sec")
dkp_wnd = E.c("Dakarposte", "personnes", "évacuées vers les centres de santé", "au moins 140", it=WND, iv=(140, INF))
dkp_date = E.c("Dakarposte", "attaque", "a eu lieu", it="date", lab="24 Aug", qualifiers=["ce samedi 24 août"])

# 2 TVN24 (Polish)
E.article("tvn", "TVN24", "https://tvn24.pl/swiat/burkina-faso-600-ofiar-smiertelnych-ataku-dzihadystow-al-kaidy-cnn-st8123987?source=rss",
          None, "pl", "Burkina Faso. 600 ofiar śmiertelnych ataku dżihadystów Al-Kaidy",
          {"un": {"outlet": "Organizacja Narodów Zjednoczonych"}, "fr": {"outlet": "francuskie służby bezpieczeństwa", "wire": "CNN"}})
tvn_un = E.c("Organizacja Narodów Zjednoczonych", "ofiar", "oszacowała liczbę", Q("co najmniej 200", 200, None, "lower_bound"), it=TOLL, iv=(200, INF), st=UN, sp="UN", qualifiers=["początkowo"], via="un")
tvn_fr = E.c("francuskie służby bezpieczeństwa", "osób", "zginąć mogło", Q("nawet 600", None, 600, "upper_bound"), it=TOLL, iv=(0, 600), st=FR, via="fr")

# 3 The World News (Reuters)
E.article("twn", "TheWorldNews.net", "https://theworldnews.net/amp/deadly-attack-in-burkina-faso-claims-hundreds-of-lives",
          None, "en", "Deadly attack in Burkina Faso claims hundreds of lives",
          {"surv": {"outlet": "sources who spoke with injured survivors"}, "jnim": {"outlet": "Jama'at Nusrat al-Islam wal-Muslimin"}})
twn_toll = E.c("TheWorldNews.net", "individuals", "lost their lives", "hundreds", it=TOLL, iv=(200, 999), place="north-central Burkina Faso", qualifiers=["August 26, 2024"])
twn_500 = E.c("sources who spoke with injured survivors", "death toll", "may exceed", "500", it=TOLL, iv=(500, INF), hedge="may", via="surv")
twn_unc = E.c("TheWorldNews.net", "bloodshed", "directly claimed", polarity="denied", it="claimed", lab="not claimed", qualifiers=["No group has directly claimed responsibility"])
twn_jn = E.c("Jama'at Nusrat al-Islam wal-Muslimin", "suspected army headquarters in Barsalogho", "announced control over", it="claimed", lab="control announced", st=JN1, sp="JNIM", qualifiers=["August 24, 2024"], via="jnim")

# 5 Naija247news (Reuters)
E.article("n247", "Naija247news", "https://naija247news.com/2024/08/28/over-500-killed-in-jihadist-attack-in-burkina-faso/",
          "2024-08-28", "en", "Over 500 killed in jihadist attack in Burkina Faso",
          {"wit": {"outlet": "witnesses and relatives"}, "jnim": {"outlet": "Jama'at Nusrat al-Islam wal-Muslimin"}})
n247_500 = E.c("witnesses and relatives", "death toll", "could exceed", "500", it=TOLL, iv=(500, INF), hedge="could", via="wit")
n247_unc = E.c("Naija247news", "attack", "claimed by any group", polarity="denied", it="claimed", lab="not claimed")
n247_jn = E.c("Jama'at Nusrat al-Islam wal-Muslimin", "military outpost in Barsalogho", "reported control of", it="claimed", lab="control announced", st=JN1, sp="JNIM", qualifiers=["August 24"], via="jnim")

# 6 TRT (AP)
E.article("trt", "TRT", "https://trt.global/world/article/18200436", "2024-08-26", "en",
          "At least 100 killed in central Burkina Faso in latest Al Qaeda attack",
          {"nasr": {"outlet": "Wassim Nasr", "wire": "AP"}, "aq": {"outlet": "Al Qaeda", "title": "statement", "wire": "AP"},
           "sana": {"outlet": "Mahamadou Sana", "title": "state television broadcast", "wire": "AP"}})
trt_toll = E.c("Wassim Nasr", "villagers and soldiers", "killed", "at least 100", it=TOLL, iv=(100, INF), st=NASR, place="Barsalogho commune", when="Saturday", qualifiers=["according to videos of the violence analyzed by a regional specialist"], via="nasr")
trt_aq = E.c("Al Qaeda", "militia position in Barsalogho", "gained total control over", it="claimed", lab="claimed", st=JN1, sp="JNIM", stated="Sunday", qualifiers=["claimed responsibility for the attack"], via="aq")
trt_sana = E.c("Mahamadou Sana", "soldiers and civilians", "among those killed", it="victims", lab="civilians and soldiers", st=SANA, stated="Sunday", qualifiers=["without stating the exact number of casualties"], via="sana")
trt_resp = E.c("Mahamadou Sana", "government", "responded to the attack with support from", "the ground and air", it="response", lab="responded", st=SANA, stated="Sunday", via="sana")

# 7 Directions News (CNN)
E.article("dir", "Directions News", "https://directionsnews.com/post/50156.html", None, "en",
          "Al-Qaeda-linked militants left at least 600 dead in Burkina Faso",
          {"fr": {"outlet": "French government security assessment", "wire": "CNN"}, "un": {"outlet": "United Nations"}, "jnim": {"outlet": "JNIM"}})
dir_fr = E.c("French government security assessment", "people", "dead", "at least 600", it=TOLL, iv=(600, INF), st=FR, hedge="reportedly", place="Barsalogho", when="August 24", via="fr")
dir_un = E.c("United Nations", "death toll", "estimated", "around 200", it=TOLL, iv=(180, 220), st=UN, sp="UN", via="un")
dir_jn = E.c("JNIM", "“fighters”", "claimed responsibility for killing", "nearly 300", it=TOLL, iv=(270, 300), st=JN2, sp="JNIM", via="jnim")
dir_agg = E.c("Directions News", "people", "killed", "more than 20,000", it=None, ev="burkina-2015-2024-conflict-toll", place="Burkina Faso", qualifiers=["since the conflict began in 2015"])

# 8 La Boussole Infos
E.article("bou", "La Boussole Infos", "https://laboussoleinfos.com/2024/08/26/burkina-faso-lattaque-de-barsalogho-qui-a-fait-plus-de-200-morts-et-300-blesses-revendiquee-par-les-djihadistes-du-jnim",
          "2024-08-26", "fr", "Burkina Faso : l'attaque de Barsalogho, qui a fait plus de 200 morts et 300 blessés, revendiquée par les djihadistes du JNIM",
          {"nasr": {"outlet": "Wassim Nasr, spécialiste du Sahel"}, "src": {"outlet": "sources sécuritaires et civiles"}})
bou_nasr = E.c("Wassim Nasr, spécialiste du Sahel", "villageois et soldats", "tué", "près de 200", it=TOLL, iv=(180, 200), st=NASR, qualifiers=["selon des vidéos analysées"], via="nasr")
bou_toll = E.c("sources sécuritaires et civiles", "morts", "aurait fait", "plus de 200", it=TOLL, iv=(201, INF), st=RFI, hedge="aurait", qualifiers=["comprenant des militaires"], via="src")
bou_wnd = E.c("sources sécuritaires et civiles", "blessés", "aurait fait", "plus de 300", it=WND, iv=(301, INF), st=RFI, hedge="aurait", via="src")

# 9 PressAfrik (RFI), claim
E.article("paf1", "PressAfrik", "https://www.pressafrik.com/Burkina-Faso-l-attaque-de-Barsalogho-revendiquee-par-le-Jnim_a277437.html",
          None, "fr", "Burkina Faso : l'attaque de Barsalogho revendiquée par le Jnim",
          {"src": {"outlet": "sources sécuritaires et civiles"}, "jnim": {"outlet": "Jnim"}})
paf1_toll = E.c("sources sécuritaires et civiles", "morts", "a fait", "plus de 200", it=TOLL, iv=(201, INF), st=RFI, via="src")
paf1_vic = E.c("sources sécuritaires et civiles", "morts", "parmi lesquels", "des militaires, des VDP et de nombreux civils dont des femmes et des enfants", it="victims", lab="civilians and soldiers", st=RFI, via="src")
paf1_jn = E.c("Jnim", "attaque", "a revendiqué", it="claimed", lab="claimed", st=JN1, sp="JNIM", qualifiers=["a diffusé une vidéo dans laquelle on voit des dizaines de corps"], via="jnim")

# 10 Dakaractu (AFP)
E.article("dka", "Dakaractu", "https://www.dakaractu.com/Tuerie-au-Burkina-un-collectif-de-victimes-reclame-des-comptes-a-l-armee_a252511.html",
          None, "fr", "Tuerie au Burkina : un collectif de victimes réclame des comptes à l'armée",
          {"afp": {"outlet": "AFP"}, "jnim": {"outlet": "Groupe de soutien à l'islam et aux musulmans (GSIM)", "wire": "AFP"},
           "cjb": {"outlet": "Collectif Justice pour Barsalogho", "title": "communiqué", "wire": "AFP"}})
dka_toll = E.c("AFP", "morts", "a fait", "plusieurs dizaines", it=TOLL, iv=(20, INF), via="afp")
dka_91 = E.c("AFP", "personnes", "dénombrer sur les images", "au moins 91", it=TOLL, iv=(91, INF), qualifiers=["toutes en habits civils", "deux vidéos attribuées au JNIM"], via="afp")
dka_civ = E.c("AFP", "personnes dénombrées sur les images", "en habits civils", it="victims", lab="civilians", qualifiers=["toutes"], via="afp")
dka_jn = E.c("Groupe de soutien à l'islam et aux musulmans (GSIM)", "quartier général des milices burkinabè", "a pris le contrôle total", it="claimed", lab="control announced", st=JN1, sp="JNIM", place="Barsalogho", via="jnim")
dka_cjb = E.c("Collectif Justice pour Barsalogho", "populations", "ont obligé, à travers des menaces, à participer aux travaux", it="forced", lab="forced", st=CJBF, sp="CJB", actor="des responsables militaires", qualifiers=["à environ 3 km à l'extérieur de la ville"], via="cjb")

# 11 PressAfrik (RFI), collective
E.article("paf2", "PressAfrik", "https://www.pressafrik.com/Burkina-Faso-apres-l-attaque-de-Barsalogho-un-collectif-fustige-les-erreurs-de-l-armee_a277518.html",
          None, "fr", "Burkina Faso : après l'attaque de Barsalogho, un collectif fustige les erreurs de l'armée",
          {"cjb": {"outlet": "le collectif", "title": "communiqué de deux pages"}})
paf2_toll = E.c("PressAfrik", "morts", "a fait", "près de 200", it=TOLL, iv=(180, 200), qualifiers=["quatre jours après l'attaque"])
paf2_cjb = E.c("le collectif", "population", "a été forcée à sortir à 3 km hors de la ville pour creuser le fossé", it="forced", lab="forced", st=CJBF, sp="CJB", quote="la population a été forcée à sortir à 3 km hors de la ville pour creuser le fossé", via="cjb")
paf2_int = E.c("le collectif", "Barsalogho", "a bénéficié d'une intervention militaire pendant le massacre", polarity="denied", it="response", lab="no intervention", sp="CJB", quote="pourquoi Barsalogho n'a pas pu bénéficier d'une intervention militaire pendant que le massacre se déroulait", via="cjb")

# 12 Juubal (AFP)
E.article("juu", "Juubal", "https://juubal.com/massacre-de-barsalogho-au-burkina-des-proches-de-victimes-fustigent-le-mepris-du-capitaine-traore-2/",
          None, "fr", "Massacre de Barsalogho au Burkina : des proches de victimes fustigent le « mépris » du capitaine Traoré",
          {"cjb": {"outlet": "le collectif"}})
juu_400 = E.c("le collectif", "personnes", "sont mortes", "plus de 400", it=TOLL, iv=(401, INF), st=CJB400, sp="CJB", when="24 August 2024", via="cjb")
juu_gsim = E.c("Juubal", "massacre", "revendiqué par", "le Groupe de soutien à l'islam et aux musulmans", it="perp", lab="JNIM")

# 13 The World News (fr), HRW report
E.article("twf", "TheWorldNews.fr", "https://theworldnews.fr/amp/le-massacre-de-barsalogho-expose-les-failles-du-systeme-de-defense-au-burkina-faso",
          None, "fr", "Le massacre de Barsalogho expose les failles du système de défense au Burkina Faso",
          {"hrw": {"outlet": "Human Rights Watch", "title": "rapport"}, "jus": {"outlet": "ministère de la justice"},
           "cjb": {"outlet": "Collectif Justice pour Barsalogho"}})
twf_hrw = E.c("Human Rights Watch", "personnes", "mort", "au moins 133", it=TOLL, iv=(133, INF), st=HRW, sp="HRW", qualifiers=["dont plusieurs enfants"], via="hrw")
twf_jus = E.c("ministère de la justice", "accusations de travail forcé", "nie", polarity="denied", it="forced", lab="denied", st=BAY, sp="Burkina justice ministry", qualifiers=["a annoncé l'ouverture d'une enquête par le tribunal de Kaya"], via="jus")
twf_cjb = E.c("Collectif Justice pour Barsalogho", "nombre réel de victimes", "pourrait dépasser", "400", it=TOLL, iv=(400, INF), st=CJB400, sp="CJB", hedge="pourrait", via="cjb")

# 14 MyGhOnline (CNN)
E.article("cnn", "CNN", "https://myghonline.com/massacre-in-burkina-faso-left-600-dead-double-previous-estimates-according-to-french-security-assessment",
          None, "en", "Massacre in Burkina Faso left 600 dead, double previous estimates, according to French security assessment",
          {"fr": {"outlet": "French government security assessment", "title": "given to CNN by a French security official"}})
cnn_fr = E.c("French government security assessment", "people", "shot dead", "up to 600", it=TOLL, iv=(0, 600), st=FR, actor="al Qaeda-linked militants", place="Barsalogho", when="August 24", via="fr")
cnn_date = E.c("CNN", "attack", "took place", it="date", lab="24 Aug", qualifiers=["August 24"])
cnn_civ = E.c("CNN", "dead", "were", "women and children", it="victims", lab="civilians", qualifiers=["many of the dead"])

# 15 TMY Newspaper
E.article("tmy", "TMY Newspaper", "https://tmynewspaper.com/?p=13097", None, "en",
          "At least 600 killed in JNIM assault in Burkina Faso",
          {"fr": {"outlet": "French government security assessment"}, "sm": {"outlet": "social media"}, "buba": {"outlet": "Edward Buba"}})
tmy_fr = E.c("French government security assessment", "people", "killed", "at least 600", it=TOLL, iv=(600, INF), st=FR, place="Barsalogho", via="fr")
tmy_sm = E.c("social media", "attack", "happened in", "Nigeria", it="country", lab="Nigeria", qualifiers=["claims surfaced a few days after the incident"], via="sm")
tmy_buba = E.c("Edward Buba", "attack", "happened in Nigeria", polarity="denied", it="country", lab="not Nigeria", qualifiers=["debunked the reports", "terrorists' antics of spreading disinformation"], via="buba")

# 16 Aussiedlerbote (CNN)
E.article("aus", "Aussiedlerbote", "https://aussiedlerbote.de/en/tragic-event-in-burkina-faso-results-in-estimated-600-fatalities-surpassing-previous-analyses-from-french-security-forces",
          None, "en", "Tragic event in Burkina Faso results in estimated 600 fatalities",
          {"un": {"outlet": "United Nations"}, "jnim": {"outlet": "JNIM"}})
aus_un = E.c("United Nations", "casualty count", "estimated", "at least 200", it=TOLL, iv=(200, INF), st=UN, sp="UN", qualifiers=["initially"], via="un")
aus_jn = E.c("JNIM", "people", "claimed to have killed", "almost 300", it=TOLL, iv=(270, 300), st=JN2, sp="JNIM", via="jnim")
aus_mil = E.c("JNIM", "targets", "were", "militia members affiliated with the army rather than innocent civilians", it="victims", lab="militia", st=JN2, sp="JNIM", via="jnim")
aus_bam = E.c("Aussiedlerbote", "fatalities", "resulted in", "more than 70", it=None, ev="bamako-2024-09-17", place="Bamako", when="September 17")

# 17 Africanews (AP), HRW report
E.article("afn", "Africanews", "https://www.africanews.com/2024/10/29/burkina-civilians-needlessly-exposed-to-danger-according-to-hrw/",
          "2024-10-29", "en", "Burkina: civilians needlessly exposed to danger, according to HRW",
          {"hrw": {"outlet": "Human Rights Watch", "title": "report", "published": "2024-10-29"},
           "jnim": {"outlet": "JNIM", "title": "response to the report"}})
afn_ap = E.c("Africanews", "villagers", "killed", "at least 100", it=TOLL, iv=(100, INF), actor="fighters from an al-Qaeda-linked militant group", place="central Burkina Faso", when="August 2024")
afn_hrw = E.c("Human Rights Watch", "people", "killed", "at least 133", it=TOLL, iv=(133, INF), st=HRW, sp="HRW", qualifiers=["including dozens of children", "confirmed through video analysis and witness testimony"], via="hrw")
afn_hw = E.c("Human Rights Watch", "others", "injured", "at least 200", it=WND, iv=(200, INF), st=HRW, sp="HRW", via="hrw")
afn_for = E.c("Human Rights Watch", "villagers", "were forcibly helping security forces dig trenches", it="forced", lab="forced", st=HRWF, sp="HRW", via="hrw")
afn_mil = E.c("JNIM", "villagers targeted", "were members of", "Burkina Faso-affiliated militias", it="victims", lab="militia", sp="JNIM", qualifiers=["all"], via="jnim")

# 18 GhanaWeb (BBC)
E.article("gw", "GhanaWeb", "https://mobile.ghanaweb.com/GhanaHomePage/africa/Burkina-Faso-putting-civilians-at-risk-amid-conflict-with-rebels-HRW-1957623",
          None, "en", "Burkina Faso putting civilians at risk amid conflict with rebels - HRW",
          {"hrw": {"outlet": "Human Rights Watch", "title": "report"}, "bay": {"outlet": "Justice Minister Edasso Rodrigue Bayala"}})
gw_hrw = E.c("Human Rights Watch", "people", "killed", "at least 133", it=TOLL, iv=(133, INF), st=HRW, sp="HRW", actor="Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", when="August", via="hrw")
gw_for = E.c("Human Rights Watch", "villagers", "forced by the military, using threats and beatings, to dig trenches", it="forced", lab="forced", st=HRWF, sp="HRW", via="hrw")
gw_bay = E.c("Justice Minister Edasso Rodrigue Bayala", "accusations that the military forced people to dig the trench", "are proven", polarity="denied", it="forced", lab="denied", st=BAY, sp="Burkina justice ministry", quote="not proven", qualifiers=["forced labour is forbidden by law"], via="bay")

# 19 Le Monde (English, via am1.news)
E.article("lm", "Le Monde", "https://am1.news/usconservative/topic/lemonde/6-slug-burkina-faso-civilians-pay-ruling-junta-s-anti-jihadist-strategy-with-their-lives",
          None, "en", "Burkina Faso civilians pay for ruling junta's anti-jihadist strategy with their lives",
          {"src": {"outlet": "security, humanitarian and local sources"}, "cjb": {"outlet": "Collectif Justice Pour Barsalgho", "title": "statement issued on Sunday"}})
lm_toll = E.c("security, humanitarian and local sources", "civilians", "killed", "several hundred", it=TOLL, iv=(200, 999), st=LM, place="Barsalogho", when="Saturday, August 24", via="src")
lm_110 = E.c("Le Monde", "bodies", "video footage shows", "over 110", it=TOLL, iv=(111, INF), st=LMV, qualifiers=["only one side of the trench"])
lm_400 = E.c("Collectif Justice Pour Barsalgho", "dead", "there are", "at least 400", it=TOLL, iv=(400, INF), st=CJB400, sp="CJB", via="cjb")
lm_for = E.c("Collectif Justice Pour Barsalgho", "people", "forced by the heads of the military detachment to take part in the construction work", it="forced", lab="forced", st=CJBF, sp="CJB", qualifiers=["by threatening them"], via="cjb")

# 20 Asodegue (Le Monde in Spanish)
E.article("aso", "Asodegue", "https://asodegue.es/noticias/burkina-faso-ha-sufrido-el-atentado-terrorista-mas-mortifero-de-su-historia-morgane-le-cam-le-monde-28-de-agosto-2024",
          None, "es", "Burkina Faso ha sufrido el atentado terrorista más mortífero de su historia (Morgane Le Cam, Le Monde, 28 de agosto 2024)",
          {"src": {"outlet": "fuentes de seguridad, humanitarias y locales", "wire": "Le Monde"}, "lm": {"outlet": "Le Monde", "published": "2024-08-28"},
           "cjb": {"outlet": "Colectivo Justicia para Barsalgho (CJB)", "wire": "Le Monde"}})
aso_toll = E.c("fuentes de seguridad, humanitarias y locales", "civiles", "murieron", "varios centenares", it=TOLL, iv=(200, 999), st=LM, via="src")
aso_110 = E.c("Le Monde", "cadáveres", "imágenes de vídeo muestran", "más de 110", it=TOLL, iv=(111, INF), st=LMV, via="lm")
aso_400 = E.c("Colectivo Justicia para Barsalgho (CJB)", "muertos", "hay", "al menos 400", it=TOLL, iv=(400, INF), st=CJB400, sp="CJB", via="cjb")

# 21 Infobae (Europa Press)
E.article("inf", "Infobae", "https://www.infobae.com/america/agencias/2024/08/30/la-rama-de-al-qaeda-eleva-a-300-los-muertos-en-su-ultimo-ataque-en-burkina-faso-y-niega-victimas-civiles/",
          "2024-08-30", "es", "La rama de Al Qaeda eleva a 300 los muertos en su último ataque en Burkina Faso y niega víctimas civiles",
          {"jnim": {"outlet": "Grupo de Apoyo al Islam y los Musulmanes (JNIM)", "title": "comunicado publicado a través de sus canales de propaganda", "wire": "Europa Press"}})
inf_300 = E.c("Grupo de Apoyo al Islam y los Musulmanes (JNIM)", "elementos", "se saldó con la muerte de", "300", it=TOLL, iv=300, st=JN2, sp="JNIM", quote="se saldó con la muerte de 300 elementos", via="jnim")
inf_mil = E.c("Grupo de Apoyo al Islam y los Musulmanes (JNIM)", "eliminados", "son", "milicianos afiliados con el Ejército burkinés", it="victims", lab="militia", st=JN2, sp="JNIM", quote="Mienten cuando dicen que son civiles", via="jnim")
inf_date = E.c("Grupo de Apoyo al Islam y los Musulmanes (JNIM)", "hermanos muyahidín", "pudieron atacar", it="date", lab="26 Aug", st=JN2, sp="JNIM", qualifiers=["el 26 de agosto", "a milicianos burkineses y una base del Ejército cuando cavaban trincheras"], via="jnim")

# 22 Esquila Misional (ACN)
E.article("acn", "Esquila Misional", "https://esquilamisional.org/?p=6148", None, "es",
          "Barsalogho: más de 150 muertos, entre ellos 22 cristianos",
          {"loc": {"outlet": "fuentes locales", "wire": "Ayuda a la Iglesia Necesitada"}})
acn_toll = E.c("fuentes locales", "personas", "murieron", "más de 150", it=TOLL, iv=(151, INF), qualifiers=["entre ellas 22 cristianos"], via="loc")

# 23 La Jornada (Europa Press)
E.article("jor", "La Jornada", "https://jornada.com.mx/noticia/2024/08/25/mundo/reportan-al-menos-100-muertos-tras-ataque-de-al-qaeda-en-burkina-faso-3574",
          "2024-08-25", "es", "Reportan al menos 100 muertos tras ataque de Al Qaeda en Burkina Faso",
          {"sec": {"outlet": "múltiples fuentes de seguridad"}})
jor_toll = E.c("múltiples fuentes de seguridad", "personas", "fallecieron", Q("al menos un centenar", 100, None, "lower_bound"), it=TOLL, iv=(100, INF), st=EP, hedge="preliminar", qualifiers=["podría incluso alcanzar los 200"], via="sec")
jor_wnd = E.c("múltiples fuentes de seguridad", "personas", "resultaron heridas", "al menos 140", it=WND, iv=(140, INF), st=EP, via="sec")
jor_vic = E.c("La Jornada", "ataque", "contra", "civiles, militares y milicias aliadas", it="victims", lab="civilians and soldiers", st="Europa Press's account of 25 Aug (an attack on civilians, soldiers and allied militias)")

# 24 Negocios y Política (Europa Press)
E.article("nyp", "Negocios y Política", "https://www.negociosypolitica.mx/mundo/ataque-del-grupo-de-apoyo-al-islam-y-los-musulmanes-deja-un-centenar-de-muertos-en-burkina-faso/",
          None, "es", "Ataque del Grupo de Apoyo al Islam y los Musulmanes deja un centenar de muertos en Burkina Faso",
          {"sec": {"outlet": "testigos y fuentes de seguridad"}})
nyp_toll = E.c("testigos y fuentes de seguridad", "personas", "murieron", Q("al menos un centenar", 100, None, "lower_bound"), it=TOLL, iv=(100, INF), st=EP, qualifiers=["se teme que el número de muertos pueda aumentar hasta 200"], via="sec")
nyp_wnd = E.c("testigos y fuentes de seguridad", "personas", "resultaron heridas", "alrededor de 140", it=WND, iv=(126, 154), st=EP, via="sec")

# 25 Dailywrap (German)
E.article("dw", "Dailywrap", "https://dailywrap.net/de-de/blutiger-angriff-in-burkina-faso-fast-200-tote-nach-dschihadisten-attacke,7064170916907137a",
          "2024-08-26", "de", "Blutiger Angriff in Burkina Faso: Fast 200 Tote nach Dschihadisten-Attacke",
          {"lb": {"outlet": "Lokale Behörden"}})
dw_toll = E.c("Lokale Behörden", "Personen", "kamen ums Leben", "etwa 200", it=TOLL, iv=(180, 220), place="Stadt Barsalogho im Norden Burkina Fasos", via="lb")
dw_wnd = E.c("Dailywrap", "Personen", "wurden zu lokalen medizinischen Einrichtungen transportiert", "mindestens 140", it=WND, iv=(140, INF))
dw_agg = E.c("Dailywrap", "Zivilisten und Soldaten", "von Terroristen getötet", "fast 4.000", it=None, ev="burkina-2024-jihadist-toll", place="Burkina Faso", qualifiers=["in diesem Jahr"])

# 26 Netzwerk Afrika (German)
E.article("nwa", "Netzwerk Afrika", "https://netzwerkafrika.de/j%C3%BCngster-und-gewaltt%C3%A4tigster-dschihad-anschlag", None, "de",
          "Jüngster und gewalttätigster Dschihad-Anschlag")
nwa_toll = E.c("Netzwerk Afrika", "Menschen", "getötet", "bis zu 200", it=TOLL, iv=(0, 200), place="Region Barsalogho", when="Samstag")
nwa_wnd = E.c("Netzwerk Afrika", "Menschen", "verletzt", "mindestens 140", it=WND, iv=(140, INF))

# 27 Urho24 (Finnish)
E.article("urh", "Urho24", "https://urho24.com/politiikka/ulkomaat/islamistien-lauantaisessa-iskussa-kerrotaan-kuolleen-yli-200-valtamedia-hiljaa/",
          None, "fi", "Islamistien lauantaisessa iskussa kerrotaan kuolleen yli 200",
          {"rw": {"outlet": "Reutersin todistaja", "wire": "Reuters"}})
urh_toll = E.c("Urho24", "ihmistä", "kuoli", Q("jopa 200", None, 200, "upper_bound"), it=TOLL, iv=(0, 200), place="Barsalogho")
urh_400 = E.c("Reutersin todistaja", "kuolleen", "epäilee", Q("jopa 400", None, 400, "upper_bound"), it=TOLL, iv=(0, 400), hedge="epäilee", via="rw")

# 28 Sticna (German)
E.article("sti", "Sticna", "http://sticna.org/news/burkina-faso-dschihadisten-greifen-selbstverteidigungsgruppe-an?uid=363959", None, "de",
          "Burkina Faso: Dschihadisten greifen Selbstverteidigungsgruppe an")
sti_toll = E.c("Sticna", "Menschen", "ums Leben kamen", "mindestens 200", it=TOLL, iv=(200, INF), place="Dorf Barsalogho", when="24. August")
sti_barga = E.c("Sticna", "Menschen", "starben", "mindestens 13", it=None, ev="barga-2024-08-30", place="Barga im Norden des Landes", when="30. August", qualifiers=["Überfall auf eine lokale Selbstverteidigungsgruppe"])

# 29 El Deber (AFP), an earlier attack on the Foubé-Barsalogho road
E.article("deb", "El Deber", "https://eldeber.com.bo/mundo/diez-muertos-en-un-ataque-contra-convoy-humanitario-en-el-norte-de-burkina-faso_181700",
          None, "es", "Diez muertos en un ataque contra convoy humanitario en el norte de Burkina Faso",
          {"gov": {"outlet": "el Gobierno", "title": "comunicado"}})
deb_10 = E.c("el Gobierno", "muertos", "balance provisional", "10", it=None, ev="barsalogho-foube-convoy-attack", place="eje Foubé-Barsalogho", qualifiers=["5 civiles y 5 gendarmes", "el sábado"], via="gov")

# 30 Africa-Press, Djibo
E.article("apd", "Africa-Press", "https://www.africa-press.net/burkina-faso/politique/djibo-200-soldats-tues-al-qaida-frappe-un-grand-coup",
          None, "fr", "Djibo : 200 soldats tués, Al-Qaïda frappe un grand coup",
          {"jnim": {"outlet": "Jama'at Nusrat al-Islam wal-Muslimin", "wire": "SITE Intelligence Group"}})
apd_200 = E.c("Jama'at Nusrat al-Islam wal-Muslimin", "soldats", "affirme avoir tué", "200", it=None, ev="djibo-jnim-attack", place="base militaire à Djibo", when="dimanche", via="jnim")

# 31 Costa Rica Noticias (CNN)
E.article("crn", "Costa Rica Noticias", "https://costaricanoticias.cr/noticias-internacionales/al-qaeda-mato-a-tiros-a-600-personas-en-cuestion-de-horas-en-este-pais-africano/31404/",
          None, "es", "Al Qaeda mató a tiros a 600 personas en cuestión de horas en este país africano",
          {"fr": {"outlet": "French government security assessment", "wire": "CNN"}, "un": {"outlet": "United Nations", "wire": "CNN"}, "jnim": {"outlet": "JNIM", "wire": "CNN"}})
crn_fr = E.c("French government security assessment", "personas", "mató", "casi 600", it=TOLL, iv=(540, 600), st=FR, place="Barsalogho", when="24 de agosto", via="fr")
crn_un = E.c("United Nations", "muertos", "estimó", "unas 200", it=TOLL, iv=(180, 220), st=UN, sp="UN", via="un")
crn_jn = E.c("JNIM", "“combatientes”", "afirmó que mató", "unos 300", it=TOLL, iv=(270, 330), st=JN2, sp="JNIM", via="jnim")

# 32 The Spanish Media (AP)
E.article("tsm", "The Spanish Media", "https://thespanishmedia.com/ataque-yihadista-en-burkina-faso-en-africa-occidental-deja-al-menos-100-muertos/?amp=1",
          None, "es", "Ataque yihadista en Burkina Faso, en África Occidental, deja al menos 100 muertos",
          {"nasr": {"outlet": "Wassim Nasr"}, "aq": {"outlet": "Al Qaeda", "title": "comunicado"},
           "sana": {"outlet": "Mahamadou Sana, ministro de Seguridad", "title": "televisión estatal"}})
tsm_toll = E.c("Wassim Nasr", "cadáveres", "se contabilizan", "al menos 100", it=TOLL, iv=(100, INF), st=NASR, qualifiers=["basándose en videos del ataque"], via="nasr")
tsm_aq = E.c("Al Qaeda", "posición de la milicia", "tomó el control total de", it="claimed", lab="claimed", st=JN1, sp="JNIM", place="Barsalogho", via="aq")
tsm_resp = E.c("Mahamadou Sana, ministro de Seguridad", "gobierno", "respondió con", "apoyo terrestre y aéreo", it="response", lab="responded", st=SANA, via="sana")

# -- label relations between different speakers ---------------------------------------
L = E.labrel
L[frozenset(("civilians", "militia"))] = "contradicts"
L[frozenset(("civilians and soldiers", "militia"))] = "contradicts"
L[frozenset(("civilians", "civilians and soldiers"))] = "compatible"
L[frozenset(("forced", "denied"))] = "contradicts"
L[frozenset(("ordered", "forced"))] = "compatible"
L[frozenset(("ordered", "denied"))] = "compatible"
L[frozenset(("responded", "no intervention"))] = "contradicts"
L[frozenset(("claimed", "not claimed"))] = "contradicts"
L[frozenset(("control announced", "not claimed"))] = "compatible"
L[frozenset(("Nigeria", "not Nigeria"))] = "contradicts"
E.exclusive.add("date")

P = E.pair
P(dka_toll, dka_91, "refines", "AFP, one article: several dozen dead, and at least 91 counted on the images (the count is within the toll)")
# dates: 24 Aug (most) vs 26 Aug (JNIM's statement, The World News)
# a toll of civilians against JNIM's toll of militia: same dead, different victim classes
JTOLLS = (dir_jn, aus_jn, inf_300, crn_jn)
CIVTOLLS = (lm_toll, aso_toll, dka_91, afn_hrw, gw_hrw, twf_hrw)  # civilians, civilian clothes, dozens of children
for j in JTOLLS:
    for c_ in CIVTOLLS:
        P(j, c_, "contradicts", "JNIM's toll of militia/fighters vs a toll of civilians: victim dispute for the same dead")
    for v in (dka_civ, cnn_civ, paf1_vic, jor_vic, trt_sana):
        P(j, v, "contradicts", "JNIM's toll of militia/fighters vs the dead were (or included) civilians: victim dispute")
for m in (aus_mil, inf_mil, afn_mil):
    for c_ in CIVTOLLS:
        P(m, c_, "contradicts", "JNIM: the dead were militia vs a toll of civilians: victim dispute")
# the claim status: outlets' own 'JNIM claimed' vs 'not claimed'
for unc in (twn_unc, n247_unc):
    P(unc, juu_gsim, "contradicts", "not claimed / the massacre claimed by the GSIM")
P(twn_unc, n247_unc, "agrees", "both outlets: no group had claimed the attack")
# hard negatives
P(apd_200, tvn_un, "unrelated", "JNIM's 200 soldiers at Djibo vs the UN's at least 200 at Barsalogho: same figure, other event")
P(apd_200, sti_toll, "unrelated", "200 soldiers at Djibo vs at least 200 at Barsalogho: same figure, other event")
P(deb_10, dkp_toll, "unrelated", "the Foubé-Barsalogho convoy attack (10 dead) vs the trench massacre: same place, other day")
P(sti_barga, sti_toll, "unrelated", "Barga, 30 Aug (13 dead) vs Barsalogho, 24 Aug: other place, other day")
P(aus_bam, aus_jn, "unrelated", "Bamako, 17 Sept vs Barsalogho: other event")
P(dir_agg, dir_fr, "unrelated", "the conflict's toll since 2015 (aggregate) vs this attack's toll")
P(dw_agg, dw_toll, "unrelated", "this year's national toll (aggregate) vs this attack's toll")
P(afn_hw, tvn_un, "unrelated", "HRW's 200 injured vs the UN's 200 killed: same figure, other item")
P(bou_wnd, bou_toll, "unrelated", "wounded vs killed: other item of the same incident")
P(dkp_wnd, dkp_toll, "unrelated", "140 wounded evacuated vs 100-200 killed: other item")

E.write()
E.aggregate(dir_agg, ["barsalogho-2024", "barga-2024-08-30", "barsalogho-foube-convoy-attack"])
E.aggregate(dw_agg, ["barsalogho-2024"])
E.write()
