from lib import Event, INF, Q

SLUG = "khanshaykhun-2017"
TOLL, CHILD, WOMEN, WND, PERP, AGENT, HOSP = "toll", "children among the dead", "women among the dead", "wounded", "perp", "agent", "hospital hit"

# who is responsible for the release of the toxic agent (labels)
REG = "the Syrian government's forces (aircraft) carried out the chemical attack"
REGRU = "Syrian or Russian aircraft struck"
UNK = "unidentified aircraft struck"
DENSY = "the Syrian army denies using chemical weapons"
DENRU = "Russia denies that its aircraft struck"
DENSYRU = "neither Syrian loyalist nor Russian forces did it"
DEPOT = "a Syrian strike hit a rebel depot of chemical munitions"
TERR = "the terrorist groups are responsible"
NODEPOT = "the rebel-depot account is false"
# the agent
SARIN = "sarin"
NERVE = "a nerve agent"
CHLSAR = "chlorine and sarin"
UNKGAS = "substance not identified"


class KhanShaykhun(Event):
    """As in olenivka.py: no speaker changes its account of who did it in these excerpts; two
    labels of one side (a denial and a counter-account in one statement, 'unidentified aircraft'
    then 'Syrian or Russian jets' from the monitor) are parts of one account, related by the
    label table, never a revision."""

    def _judge(self, item, ma, mb):
        if (item in (PERP, AGENT) and ma["lab"] and mb["lab"] and ma["lab"] != mb["lab"]
                and not (ma["st"] and ma["st"] == mb["st"])):
            lr = self.labrel.get(frozenset((ma["lab"], mb["lab"])), "compatible")
            return (lr, f"{lr}: {ma['lab']} / {mb['lab']} ({self._fmt(ma)} / {self._fmt(mb)})")
        return super()._judge(item, ma, mb)


E = KhanShaykhun(SLUG)
S = E.src
# event times the model does not read (another language's relative day, no year and no dated report) go to qualifiers
E.bad_when = {"este martes", "esta madrugada", "صباح اليوم الثلاثاء", "sejak pukul 08.00 Selasa pagi",
              "esta terça-feira, entre as 11:30 e as 12:30, hora local", "na passada terça-feira", "le 4 avril", "أمس",
              "4. April", "4 أبريل"}

# -- statements relayed by several articles (echo) -----------------------------------
SOHR18 = "SOHR's first toll, morning of 4 Apr 2017 (at least 18 dead)"
SOHR35 = "SOHR's toll of 4 Apr 2017 (35 dead)"
SOHR58 = "SOHR's toll of 4 Apr 2017 (at least 58 dead)"
SOHR58C11 = "SOHR's toll of 4 Apr 2017 (11 children among the 58)"
SOHR58C9 = "SOHR's statement that at least nine children were among the dead"
SOHR_W170 = "SOHR's toll of 4 Apr 2017 (170 wounded)"
SOHR67 = "SOHR's toll of 4 Apr 2017 (at least 67 dead)"
SOHR67W = "SOHR's toll of 4 Apr 2017 (200 wounded)"
SOHR72 = "SOHR's toll of 5 Apr 2017 (72 dead)"
SOHR72C = "SOHR's toll of 5 Apr 2017 (20 children among the dead)"
SOHR86 = "SOHR's toll of 5 Apr 2017 evening (86 dead)"
SOHR86C30 = "SOHR's toll of 5 Apr 2017 evening (30 children among the 86)"
SOHR86W = "SOHR's toll of 5 Apr 2017 evening (20 women among the 86)"
SOHR86W160 = "SOHR's toll at 86 dead (more than 160 wounded)"
SOHRUNK = "SOHR: the attack was carried out by unidentified aircraft"
SOHRREGRU = "SOHR: Syrian government or Russian jets struck the town"
IDL100 = "the Idlib Health Directorate's toll (100 dead)"
IDL400 = "the Idlib Health Directorate's toll (more than 400 wounded)"
COAL = "the National Coalition's statement of 4 Apr 2017 (government aircraft struck with chemical (sarin) munitions; call for a UN Security Council meeting)"
SYDEN = "the Syrian army's statement of 4 Apr 2017 (categorical denial of any use of chemical weapons)"
SYTERR = "the Syrian army's statement of 4 Apr 2017 (the terrorist groups are responsible)"
RUDEN = "the Russian defence ministry's denial of 4 Apr 2017 (its aircraft carried out no strike near Khan Shaykhun)"
KONA = "Russian defence ministry spokesman Igor Konashenkov, 5 Apr 2017 (a Syrian strike hit a terrorist depot with chemical munitions)"
UOSSM100 = "UOSSM's toll (100 dead)"
UOSSM400 = "UOSSM's toll (400 victims)"
OPCW = "the OPCW fact-finding mission's report (sarin used)"

# -- sources --------------------------------------------------------------------------
S("Osservatorio nazionale per i diritti umani (Ondus)", "ngo", ["Ondus"])
S("fonti degli attivisti", "other", ["attivisti"])
S("Observatorio Sirio de Derechos Humanos", "ngo", ["OSDH"])
S("Osservatorio siriano per i diritti umani", "ngo", ["Ong"])
S("Syrian Observatory for Human Rights", "ngo", ["SOHR", "the Britain-based war monitoring group", "monitoring group"])
S("activists and a monitoring group", "other", [])
S("Conselho Local de Khan Cheikhoun", "other", ["opositor Conselho Local"], "Syrian opposition")
S("OSDH", "ngo", ["Observatório Sírio dos Direitos Humanos"])
S("Observatório Sírio dos Direitos Humanos", "ngo", ["OSDH", "ONG"])
S("Observatoire syrien des droits de l'Homme", "ngo", ["OSDH"])
S("Coalition nationale", "other", ["opposition syrienne"], "Syrian opposition")
S("correspondant de l'AFP", "media", ["AFP"])
S("operatori umanitari e autorità sanitarie locali", "other", [])
S("Mohammad Hassoun", "other", ["portavoce dei soccorritori della protezione civile"])
S("ONG Observatório Sírio para os Direitos Humanos (OSDH)", "ngo", ["OSDH"])
S("oposição síria no exterior", "other", [], "Syrian opposition")
S("Idlib Health Directorate", "other", [], "Syrian opposition")
S("Syrian military source", "state", ["Syrian army"], "Syria")
S("Az Emberi Jogok Szíriai Megfigyelőközpontja (OSDH)", "ngo", ["OSDH"])
S("karpatalja.ma", "media", [])
S("Osservatorio nazionale per i diritti umani", "ngo", [])
S("Página12", "media", [])
S("Observatorio Sirio para los Derechos Humanos", "ngo", [])
S("الخوذات البيضاء", "ngo", ["منظمة الخوذات البيضاء", "White Helmets"])
S("مديرية صحة إدلب", "other", ["Idlib Health Directorate"], "Syrian opposition")
S("المرصد السوري لحقوق الإنسان", "ngo", ["SOHR"])
S("الائتلاف الوطني لقوى الثورة والمعارضة السورية", "other", ["الائتلاف"], "Syrian opposition")
S("Dinas kesehatan Idlib", "other", [], "Syrian opposition")
S("Koalisi Revolusi Nasional dan Oposisi Suriah", "other", ["Koalisi"], "Syrian opposition")
S("Union des organisations de Secours et Soins Médicaux (UOSSM)", "ngo", ["UOSSM"])
S("LCI", "media", [])
S("Damas", "state", ["régime syrien"], "Syria")
S("Washington, Londres et Paris", "state", [])
S("منظمة الصحة العالمية", "international_org", ["WHO"], "UN")
S("al-Weeam", "media", ["الوئام"])
S("LifeGate", "media", [])
S("Coalición Nacional Siria", "other", [], "Syrian opposition")
S("Damasco y Rusia", "state", [], "Syria")
S("Igor Konashenkov", "state", ["porta-voz do Ministério de Defesa russo"], "Russia")
S("Rússia", "state", [], "Russia")
S("Observatório Sírio para os Direitos Humanos", "ngo", [])
S("El Doce", "media", [])
S("Ejército Árabe Sirio", "state", [], "Syria")
S("Unión de las Organizaciones de Socorro y Auxilio Médicos (UOSSM)", "ngo", ["UOSSM"])
S("القوى الغربية", "state", [])
S("الجيش الحكومي السوري", "state", [], "Syria")
S("Observatório Sírio de Direitos Humanos", "ngo", [])
S("24 Horas", "media", [])
S("Coalición Nacional Siria (CNFROS)", "other", [], "Syrian opposition")
S("fuente militar siria de alto rango", "state", [], "Syria")
S("Ministerio ruso de Defensa", "state", [], "Russia")
S("Cobrapost", "media", [])
S("ब्रिटेन की सीरियन ऑब्जरवेटरी फॉर ह्यूमन राइट्स", "ngo", [])
S("डॉक्टरों", "other", ["मेडिकल टीम"])
S("Donald Trump y Rex Tillerson", "state", [], "United States")
S("El Ejército sirio", "state", [], "Syria")
S("Ministerio de Defensa de Rusia", "state", [], "Russia")
S("Major-General Igor Konashenkov", "state", ["Russian Defence Ministry spokesperson"], "Russia")
S("البيت الأبيض", "state", ["White House"], "United States")
S("اللواء ايغور كوناشينكوف", "state", ["المتحدث باسم وزارة الدفاع الروسية"], "Russia")
S("إيغور كوناشينكوف", "state", ["المتحدث باسم وزارة الدفاع الروسية"], "Russia")
S("منظمة إغاثة طبية", "ngo", [])
S("جان مارك إيرولت", "state", ["وزير الخارجية الفرنسية"], "France")
S("النشرة", "media", ["elnashra"])
S("رامي عبد الرحمن", "ngo", ["مدير المرصد السوري لحقوق الإنسان"])
S("رجب أقداغ", "state", ["وزير الصحة التركي"], "Turkey")
S("RTL", "media", [])
S("Jean-Marc Ayrault", "state", ["ministre des Affaires étrangères"], "France")
S("Abdoulhamid", "witness", ["rescapé"])
S("Hassan", "witness", ["victime de l'attaque chimique"])
S("Untersuchungsteam der Vereinten Nationen und der Organisation für das Verbot von Chemiewaffen", "international_org", ["UN", "OPCW"], "UN")
S("rdl", "media", ["Radio Dreyeckland"])
S("Die syrische Regierung und Russland", "state", [], "Syria")
S("خبراء منظمة حظر الأسلحة الكيميائية", "international_org", ["OPCW"])
S("مصادر عدة", "other", [])
S("لجنة التحقيقات بالأمم المتحدة", "international_org", ["UN Commission of Inquiry"], "UN")
S("الحكومة السورية", "state", [], "Syria")
S("الفجر", "media", ["El Fagr"])
S("منظمة حظر الأسلحة الكيماوية", "international_org", ["OPCW", "بعثة تقصي الحقائق"])
S("Syrian Observatory for Human Rights (via The Independent)", "ngo", ["SOHR"])
S("Centro de Medios de Edlib", "media", [])
S("Sky News Arabia", "media", [])
S("Palinfo", "media", [])
S("Sol", "media", [])
S("Veto (Masress)", "media", ["فيتو"])
S("Mohamad Firas al-Jundi", "other", ["opposition minister of health"], "Syrian opposition")

P = E.pair

# 1 Gazzetta di Parma (ANSAmed), 4 Apr
E.article("gdp", "Gazzetta di Parma", "http://www.gazzettadiparma.it/news/italia-mondo/424381/siria-attivisti-18-uccisi-in-raid-governativo-con-gas.html",
          "2017-04-04", "it", None,
          {"ondus": {"outlet": "Osservatorio nazionale per i diritti umani (Ondus)", "wire": "Daily Star"},
           "att": {"outlet": "fonti degli attivisti", "wire": "ANSAmed"}})
gdp_18 = E.c("fonti degli attivisti", "civili", "sarebbero stati uccisi", "almeno 18", it=TOLL, iv=(18, INF), sp="activists (Gazzetta di Parma)", hedge="sarebbero",
             actor="raid aereo governativo", place="Khan Sheikhun, provincia di Idlib", qualifiers=["da gas tossici", "notizie impossibili da verificare"], via="att")
gdp_c = E.c("fonti degli attivisti", "bambini", "tra i civili uccisi", "due", it=CHILD, iv=2, sp="activists (Gazzetta di Parma)", via="att")
gdp_reg = E.c("fonti degli attivisti", "raid aereo governativo", "gas tossici usati in", it=PERP, lab=REG, sp="activists (Gazzetta di Parma)", hedge="sarebbero", via="att")
gdp_gas = E.c("Osservatorio nazionale per i diritti umani (Ondus)", "la sostanza tossica", "non è in grado di precisare", it=AGENT, lab=UNKGAS, sp="SOHR",
              qualifiers=["no substance named"], via="ondus")

# 2 El Correo de Burgos (EFE), 4 Apr
E.article("ecb", "El Correo de Burgos", "http://www.elcorreodeburgos.com/noticias/internacional/bombardeo-armas-quimicas-masacra-menos-35-civiles-siria_149141.html",
          "2017-04-04", "es", None,
          {"osdh": {"outlet": "Observatorio Sirio de Derechos Humanos"}})
ecb_18 = E.c("Observatorio Sirio de Derechos Humanos", "personas", "murieron", "al menos 18", it=TOLL, iv=(18, INF), st=SOHR18, sp="SOHR", place="Jan Shijún, provincia de Idleb",
             when="este martes", qualifiers=["supuesto bombardeo con gases", "decenas resultaron heridas"], via="osdh")
ecb_unk = E.c("Observatorio Sirio de Derechos Humanos", "ataque", "perpetrado por", "aviones no identificados", it=PERP, lab=UNK, st=SOHRUNK, sp="SOHR", via="osdh")

# 4 The Independent, relayed on a blog
E.article("ind", "blog.thedrahos.net (The Independent)", "http://blog.thedrahos.net/2017/04/syria-gas-attack-nine-children-among-at-least-35-people-reported-killed-in-alleged-regime-strike-on-idlib",
          None, "en", "Syria 'gas attack': Nine children among at least 35 people reported killed in alleged regime strike on Idlib",
          {"sohr": {"outlet": "Syrian Observatory for Human Rights (via The Independent)", "wire": "The Independent"},
           "act": {"outlet": "activists and a monitoring group", "wire": "The Independent"}})
ind_35 = E.c("Syrian Observatory for Human Rights (via The Independent)", "people", "had been killed", "35", it=TOLL, iv=35, st=SOHR35, sp="SOHR", place="Khan Sheikhun, Idlib province",
             qualifiers=["most of the casualties were civilians"], via="sohr")
ind_c = E.c("activists and a monitoring group", "children", "have been killed", "nine", it=CHILD, iv=9, sp="activists (The Independent)",
            qualifiers=["and around 26 adults"], via="act")
ind_reg = E.c("activists and a monitoring group", "chemical weapons attack", "carried out by", "the Syrian regime", it=PERP, lab=REG, hedge="alleged",
              sp="activists (The Independent)", actor="the Syrian regime", via="act")

# 5 Visão (Lusa), 4 Apr
E.article("vis", "Visão", "https://visao.pt/atualidade/mundo/2017-04-04-criancas-entre-os-35-mortos-em-ataque-aereo-com-gas-toxico-na-siria",
          "2017-04-04", "pt", None,
          {"cl": {"outlet": "Conselho Local de Khan Cheikhoun", "title": "comunicado na página de Facebook"},
           "osdh": {"outlet": "OSDH"}})
vis_30 = E.c("Conselho Local de Khan Cheikhoun", "pessoas", "morreram", "30", it=TOLL, iv=30, place="Khan Cheikhoun", via="cl")
vis_w = E.c("Conselho Local de Khan Cheikhoun", "pessoas", "ficaram feridas", "cerca de 200", it=WND, iv=(180, 220), via="cl")
vis_gas = E.c("Conselho Local de Khan Cheikhoun", "bombas termobáricas", "continham", "gás cloro e gás sarin", it=AGENT, lab=CHLSAR,
              qualifiers=["quatro bombardeamentos"], via="cl")
vis_unk = E.c("OSDH", "ataque", "perpetrado por", "aviões não identificados", it=PERP, lab=UNK, st=SOHRUNK, sp="SOHR", via="osdh")

# 7 Europe 1 (AFP), 4 Apr
E.article("eu1", "Europe 1", "https://europe1.fr/international/syrie-lopposition-appelle-lonu-a-enqueter-apres-lattaque-au-gaz-toxique-3220157",
          "2017-04-04", "fr", None,
          {"osdh": {"outlet": "Observatoire syrien des droits de l'Homme"}, "cn": {"outlet": "Coalition nationale"},
           "afp": {"outlet": "correspondant de l'AFP"}})
eu1_58 = E.c("Observatoire syrien des droits de l'Homme", "civils", "ont été tués", "au moins 58", it=TOLL, iv=(58, INF), st=SOHR58, sp="SOHR", place="Khan Cheikoun",
             when="mardi", via="osdh")
eu1_w = E.c("Observatoire syrien des droits de l'Homme", "autres", "blessés", "170", it=WND, iv=170, st=SOHR_W170, sp="SOHR", via="osdh")
eu1_c = E.c("Observatoire syrien des droits de l'Homme", "enfants", "figurent parmi les victimes", "au moins 11", it=CHILD, iv=(11, INF), st=SOHR58C11, sp="SOHR", via="osdh")
eu1_reg = E.c("Coalition nationale", "le régime de Bachar al-Assad", "accuse d'avoir utilisé des obus contenant du gaz chimique", it=PERP, lab=REG, st=COAL,
              sp="Syrian National Coalition", actor="le régime de Bachar al-Assad", via="cn")
eu1_hos = E.c("correspondant de l'AFP", "l'hôpital où étaient soignées les victimes", "a été bombardé", it=HOSP, lab="hit",
              qualifiers=["dégâts importants", "fuite de médecins"], via="afp")

# 10 Voice of People Today
E.article("vop", "Voice of People Today", "https://voiceofpeopletoday.com/the-toxic-gas-attack-killed-at-least-58-people-including-11-children-in-the-town-of-khan-seikhoun-syria/",
          None, "en", "The toxic gas attack killed at least 58 people, including 11 children in the town of Khan Seikhoun, Syria",
          {"sohr": {"outlet": "Syrian Observatory for Human Rights"}, "idl": {"outlet": "Idlib Health Directorate", "title": "reports citing"},
           "mil": {"outlet": "Syrian military source"}})
vop_58 = E.c("Syrian Observatory for Human Rights", "people", "air strikes killed", "at least 58", it=TOLL, iv=(58, INF), st=SOHR58, sp="SOHR",
             place="Khan Sheikhoun, Idlib", via="sohr")
vop_c = E.c("Syrian Observatory for Human Rights", "children", "including", "11", it=CHILD, iv=11, st=SOHR58C11, sp="SOHR", via="sohr")
vop_c9 = E.c("Syrian Observatory for Human Rights", "children", "the victims included", "at least nine", it=CHILD, iv=(9, INF), st=SOHR58C9, sp="SOHR", via="sohr")
vop_100 = E.c("Idlib Health Directorate", "people", "could be dead", "up to 100", it=TOLL, iv=(1, 100), st=IDL100, sp="Idlib health directorate", hedge="could", via="idl")
vop_400 = E.c("Idlib Health Directorate", "people", "injured", "400", it=WND, iv=400, st=IDL400, sp="Idlib health directorate", via="idl")
vop_rr = E.c("Syrian Observatory for Human Rights", "Syrian government or Russian jets", "pounded the town", it=PERP, lab=REGRU, st=SOHRREGRU, sp="SOHR",
             actor="Syrian government or Russian jets", via="sohr")
vop_den = E.c("Syrian military source", "government forces", "used any such weapons", polarity="denied", it=PERP, lab=DENSY, sp="Syrian army",
              quote="the army 'does not and has not' used chemical weapons 'not in the past and not in the future'", via="mil")

# 11 karpatalja.ma (Hungarian)
E.article("kar", "karpatalja.ma", "https://karpatalja.ma/kitekinto/vilag/legalabb-szaz-halott-a-sziriai-gaztamadasban", None, "hu",
          "Legalább száz halott a szíriai gáztámadásban",
          {"osdh": {"outlet": "Az Emberi Jogok Szíriai Megfigyelőközpontja (OSDH)"}})
kar_100 = E.c("karpatalja.ma", "halott", "áldozatainak a száma emelkedett", Q("legalább 100", 100, None, "lower_bound"), it=TOLL, iv=(100, INF), place="Idlíb tartomány",
              qualifiers=["a legfrissebb értesülések szerint"])
kar_58 = E.c("Az Emberi Jogok Szíriai Megfigyelőközpontja (OSDH)", "ember", "meghalt", Q("legalább 58", 58, None, "lower_bound"), it=TOLL, iv=(58, INF), st=SOHR58, sp="SOHR", via="osdh")
kar_c = E.c("Az Emberi Jogok Szíriai Megfigyelőközpontja (OSDH)", "gyerek", "köztük", "kilenc", it=CHILD, iv=9, st=SOHR58C9, sp="SOHR", via="osdh")
kar_w = E.c("Az Emberi Jogok Szíriai Megfigyelőközpontja (OSDH)", "ember", "megsebesültek", "170", it=WND, iv=170, st=SOHR_W170, sp="SOHR", via="osdh")

# 12 Il Tempo, 4 Apr
E.article("itm", "Il Tempo", "http://tv.iltempo.it/home-tv/2017/04/04/video/raid-aereo-con-gas-tossici-in-siria-ecco-le-immagini-choc-1026931/",
          "2017-04-04", "it", None,
          {"osdh": {"outlet": "Osservatorio nazionale per i diritti umani"}})
itm_60 = E.c("Osservatorio nazionale per i diritti umani", "morti", "in un raid aereo del regime", "almeno 60", it=TOLL, iv=(60, INF), sp="SOHR",
             actor="regime", place="Khan Sheikhun, provincia di Idlib", qualifiers=["tra cui molti bambini"], via="osdh")
itm_w = E.c("Osservatorio nazionale per i diritti umani", "feriti o intossicati", "ci sono", "almeno 400", it=WND, iv=(400, INF), sp="SOHR", via="osdh")
itm_reg = E.c("Osservatorio nazionale per i diritti umani", "raid aereo del regime", "ha sprigionato gas tossici", it=PERP, lab=REG, sp="SOHR", actor="regime", via="osdh")

# 13 Página12
E.article("p12", "Página12", "https://pagina12.com.ar/29790-tras-el-ataque-con-armas-quimicas-la-oposicion-siria-pide-la", None, "es",
          None,
          {"osdh": {"outlet": "Observatorio Sirio para los Derechos Humanos"}})
p12_67 = E.c("Página12", "personas", "mató", "67", it=TOLL, iv=67, place="Jan Seijun, provincia de Idlib", when="esta madrugada", qualifiers=["ataque con armas químicas"])
p12_c = E.c("Página12", "niños", "de ellas", "20", it=CHILD, iv=20)
p12_reg = E.c("Observatorio Sirio para los Derechos Humanos", "la Fuerza Aérea del gobierno de Bashar Al-Asad", "responsabilizó", it=PERP, lab=REG, sp="SOHR",
              actor="la Fuerza Aérea del gobierno de Bashar Al-Asad", qualifiers=["no descartó la participación de la aviación rusa"], via="osdh")

# 14 Ahl Masr News (Sky News Arabia), 4 Apr
E.article("amn", "Ahl Masr News", "https://ahlmasrnews.com/276735/ارتفاع-أعداد-ضحايا-الغارات-السامة-عل-إدلب-إل-267-قتيلا-وجريحا", None, "ar",
          None,
          {"sohr": {"outlet": "المرصد السوري لحقوق الإنسان", "wire": "Sky News Arabia"}})
amn_67 = E.c("المرصد السوري لحقوق الإنسان", "قتيلا", "ارتفاع أعداد ضحايا", "67 على الاقل", it=TOLL, iv=(67, INF), st=SOHR67, sp="SOHR",
             actor="طيران النظام", place="خان شيخون في إدلب", qualifiers=["بسبب إصابة الضحايا بحالات اختناق جراء الغاز السام"], via="sohr")
amn_w = E.c("المرصد السوري لحقوق الإنسان", "مصاب", "ارتفاع أعداد", "200", it=WND, iv=200, st=SOHR67W, sp="SOHR", via="sohr")
amn_reg = E.c("المرصد السوري لحقوق الإنسان", "الغارات السامة", "شنها", "طيران النظام", it=PERP, lab=REG, sp="SOHR", actor="طيران النظام", via="sohr")

# 15 Ahl Masr News (White Helmets)
E.article("amw", "Ahl Masr News", "https://ahlmasrnews.com/277944/اللقطات-الأولي-لقصف-مستشف-خان-شيخون-بالغازات-السامة-فيديو", None, "ar",
          None,
          {"wh": {"outlet": "الخوذات البيضاء"}})
amw_50 = E.c("الخوذات البيضاء", "شخصًا", "بمقتل", "50", it=TOLL, iv=50, place="خان شيخون", qualifiers=["تقارير أولية", "بينهم نساء وأطفال"], hedge="preliminary", via="wh")
amw_w = E.c("الخوذات البيضاء", "آخرين", "إصابة", "أكثر من 300", it=WND, iv=(301, INF), hedge="preliminary", via="wh")

# 16 Noonpresse (Maghress), 4 Apr
E.article("noo", "Noonpresse (Maghress)", "https://maghress.com/noonpresse/66443", "2017-04-04", "ar", None,
          {"idl": {"outlet": "مديرية صحة إدلب"}, "sohr": {"outlet": "المرصد السوري لحقوق الإنسان", "title": "موقعه الإلكتروني"},
           "coal": {"outlet": "الائتلاف الوطني لقوى الثورة والمعارضة السورية"}})
noo_100 = E.c("مديرية صحة إدلب", "قتيل", "ارتفع عدد ضحايا الغارة إلى", "مائة", it=TOLL, iv=100, st=IDL100, sp="Idlib health directorate",
              actor="طائرات النظام", place="خان شيخون", when="صباح اليوم الثلاثاء", via="idl")
noo_w = E.c("مديرية صحة إدلب", "مصاب", "ارتفع عدد ضحايا الغارة إلى", "أكثر من أربعمائة", it=WND, iv=(401, INF), st=IDL400, sp="Idlib health directorate",
            qualifiers=["معظمهم من الأطفال"], via="idl")
noo_sar = E.c("مديرية صحة إدلب", "الغارة", "بواسطة", "غاز السارين", it=AGENT, lab=SARIN, sp="Idlib health directorate", via="idl")
noo_doz = E.c("المرصد السوري لحقوق الإنسان", "العشرات", "أسفرت عن مقتل", "العشرات", it=TOLL, iv=(24, 99), sp="SOHR", qualifiers=["وإصابة المئات"], via="sohr")
noo_reg = E.c("الائتلاف الوطني لقوى الثورة والمعارضة السورية", "طائرات النظام السوري", "استهداف مدينة خان شيخون بصواريخ محملة بغازات كيميائية سامة",
              it=PERP, lab=REG, st=COAL, sp="Syrian National Coalition", actor="طائرات النظام السوري", via="coal")

# 17 Palinfo (Indonesian), 5 Apr
E.article("pal", "Palinfo", "https://ms1.palinfo.com/2017/04/05/22746", "2017-04-05", "id", None,
          {"idl": {"outlet": "Dinas kesehatan Idlib"}, "coal": {"outlet": "Koalisi Revolusi Nasional dan Oposisi Suriah"}})
pal_100 = E.c("Dinas kesehatan Idlib", "orang", "terbunuh", "100", it=TOLL, iv=100, st=IDL100, sp="Idlib health directorate", place="Khan Syaikhun",
              qualifiers=["diantaranya anak-anak"], via="idl")
pal_w = E.c("Dinas kesehatan Idlib", "orang", "terluka", "lebih dari 400", it=WND, iv=(401, INF), st=IDL400, sp="Idlib health directorate", via="idl")
pal_reg = E.c("Koalisi Revolusi Nasional dan Oposisi Suriah", "pesawat rezim Suriah", "menuding membombardir kota dengan roket berbahan kimia beracun",
              it=PERP, lab=REG, st=COAL, sp="Syrian National Coalition", actor="pesawat rezim Suriah", via="coal")
pal_raids = E.c("Palinfo", "serangan udara", "dilakukan sebanyak", "15 kali", it=None, when="sejak pukul 08.00 Selasa pagi",
                qualifiers=["number of air raids, not of victims"])

# 18 LCI, what we know, 4 Apr
E.article("lc1", "LCI", "http://www.lci.fr/international/syrie-ce-que-l-on-sait-de-l-attaque-chimique-de-khan-cheikhoun-rebelles-onu-bachar-al-assad-2043491.html",
          "2017-04-04", "fr", None,
          {"uossm": {"outlet": "Union des organisations de Secours et Soins Médicaux (UOSSM)"}})
lc1_100 = E.c("Union des organisations de Secours et Soins Médicaux (UOSSM)", "morts", "a fait", "100", it=TOLL, iv=100, st=UOSSM100, sp="UOSSM",
              place="Khan Cheikhoun, au sud de la ville d'Idlib", when="ce mardi", qualifiers=["dernier bilan"], via="uossm")
lc1_w = E.c("Union des organisations de Secours et Soins Médicaux (UOSSM)", "victimes d'asphyxie", "a fait", "400", it=WND, iv=400, st=UOSSM400, sp="UOSSM", via="uossm")
lc1_hos = E.c("Union des organisations de Secours et Soins Médicaux (UOSSM)", "le centre des casques blancs de Khan Sheikhoun et l'hôpital Al-Rahme",
              "ont été aussi touchés par une attaque chimique", it=HOSP, lab="hit", sp="UOSSM", via="uossm")
lc1_40 = E.c("Union des organisations de Secours et Soins Médicaux (UOSSM)", "attaques", "on recense", "plus d'une quarantaine", it=None,
             qualifiers=["depuis 6h30", "number of attacks, not of victims"], via="uossm")

# 19 LCI, toll 72
E.article("lc2", "LCI", "http://www.lci.fr/international/attaque-chimique-en-syrie-le-bilan-s-alourdit-a-72-morts-dont-20-enfants-2043537.html",
          None, "fr", None,
          {"dam": {"outlet": "Damas"}, "wlp": {"outlet": "Washington, Londres et Paris"}})
lc2_72 = E.c("LCI", "civils", "au moins", "72", it=TOLL, iv=(72, INF), place="Khan Cheikhoun", qualifiers=["bilan revu à la hausse", "au moins 72 civils"])
lc2_c = E.c("LCI", "enfants", "dont", "20", it=CHILD, iv=20)
lc2_w = E.c("LCI", "personnes", "a également blessé", "170", it=WND, iv=170)
lc2_acc = E.c("Washington, Londres et Paris", "Damas", "accusant", it=PERP, lab=REG, sp="Western governments", actor="Damas", via="wlp")
lc2_den = E.c("Damas", "l'attaque chimique", "a mené", polarity="denied", qualifiers=["nie"], it=PERP, lab=DENSY, sp="Syrian army", via="dam")
lc2_ter = E.c("Damas", "les rebelles", "incrimine", it=PERP, lab=TERR, sp="Syrian army", actor="les rebelles", via="dam")

# 20 al-Weeam (Sauress)
E.article("wea", "al-Weeam (Sauress)", "https://sauress.com/alweeam/458684", None, "ar", None,
          {"who": {"outlet": "منظمة الصحة العالمية"}})
wea_ner = E.c("منظمة الصحة العالمية", "غاز الأعصاب", "وجود دلائل على استخدام", it=AGENT, lab=NERVE, via="who")
wea_72 = E.c("al-Weeam", "شخصًا", "ارتفعت حصيلة قتلى القصف بالغازات السامة إلى", "72", it=TOLL, iv=72, actor="طيران النظام السوري", place="خان شيخون",
             qualifiers=["عدد القتلى مرشح للارتفاع"])
wea_c = E.c("al-Weeam", "طفلاً", "بينهم", "20", it=CHILD, iv=20)
wea_wo = E.c("al-Weeam", "امرأة", "بينهم", "17", it=WOMEN, iv=17)
wea_reg = E.c("al-Weeam", "القصف بالغازات السامة", "شنه", "طيران النظام السوري", it=PERP, lab=REG, actor="طيران النظام السوري")

# 22 laSexta (EFE), 5 Apr
E.article("las", "laSexta", "https://lasexta.com/noticias/internacional/mundo-senala-asad-brutal-ataque-quimico-siria-que-dejado-muertos_2017040558e4adae0cf2abec9e0b21dc.html",
          "2017-04-05", "es", None,
          {"osdh": {"outlet": "Observatorio Sirio de Derechos Humanos"}, "cns": {"outlet": "Coalición Nacional Siria"},
           "dr": {"outlet": "Damasco y Rusia"}})
las_70 = E.c("Observatorio Sirio de Derechos Humanos", "personas", "el número de víctimas mortales asciende a", "más de 70", it=TOLL, iv=(71, INF), st=SOHR72, sp="SOHR",
             place="Jan Shijún", via="osdh")
las_c = E.c("Observatorio Sirio de Derechos Humanos", "niños", "entre ellas", "20", it=CHILD, iv=20, st=SOHR72C, sp="SOHR", via="osdh")
las_reg = E.c("Coalición Nacional Siria", "aviones gubernamentales", "acusó de haber atacado con proyectiles que contenían gas sarín", it=PERP, lab=REG, st=COAL,
              sp="Syrian National Coalition", actor="aviones gubernamentales", via="cns")
las_den = E.c("Damasco y Rusia", "la localidad", "haber bombardeado", polarity="denied", it=PERP, lab=DENSYRU, sp="Damascus and Moscow", via="dr")

# 23 SIC Notícias (Lusa), 5 Apr
E.article("sic", "SIC Notícias", "https://sicnoticias.pt/mundo/2017-04-05-Russia-diz-que-Damasco-bombardeou-deposito-de-armas-toxicas-de-rebeldes",
          "2017-04-05", "pt", None,
          {"kon": {"outlet": "Igor Konashenkov", "published": "2017-04-05"}, "ru": {"outlet": "Rússia", "published": "2017-04-04"},
           "osdh": {"outlet": "OSDH", "wire": "France Presse"}})
sic_dep = E.c("Igor Konashenkov", "a aviação síria", "bombardeou um grande depósito de armamento dos terroristas", it=PERP, lab=DEPOT, st=KONA, sp="Russian defence ministry",
              actor="a aviação síria", place="zona de Khan Cheikhoun", when="esta terça-feira, entre as 11:30 e as 12:30, hora local",
              qualifiers=["uma fábrica para produção de minas com substâncias tóxicas"], via="kon")
sic_den = E.c("Rússia", "a sua aviação", "tivesse bombardeado a zona", polarity="denied", it=PERP, lab=DENRU, st=RUDEN, sp="Russian defence ministry", via="ru")
sic_72 = E.c("OSDH", "pessoas", "causou a morte de", "pelo menos 72", it=TOLL, iv=(72, INF), st=SOHR72, sp="SOHR", via="osdh")

# 25 Al-Wasat, 5 Apr
E.article("was", "Al-Wasat", "http://alwasatnews.com/news/1227639.html", "2017-04-05", "ar", None,
          {"sohr": {"outlet": "المرصد السوري لحقوق الإنسان", "published": "2017-04-05"}, "west": {"outlet": "القوى الغربية"},
           "army": {"outlet": "الجيش الحكومي السوري"}})
was_86 = E.c("المرصد السوري لحقوق الإنسان", "قتيلا", "ارتفعت حصيلة ضحايا هجوم يشتبه بأنه كيميائي إلى", "86", it=TOLL, iv=86, st=SOHR86, sp="SOHR",
             place="خان شيخون بالريف الجنوبي لمدينة إدلب", qualifiers=["حصيلة القتلى مرشحة للزيادة"], via="sohr")
was_c = E.c("المرصد السوري لحقوق الإنسان", "طفلا", "تشمل", "30", it=CHILD, iv=30, st=SOHR86C30, sp="SOHR", via="sohr")
was_wo = E.c("المرصد السوري لحقوق الإنسان", "امرأة", "تشمل", "20", it=WOMEN, iv=20, st=SOHR86W, sp="SOHR", via="sohr")
was_acc = E.c("القوى الغربية", "الحكومة السورية", "حملت مسؤولية ذلك الهجوم", it=PERP, lab=REG, sp="Western governments", actor="الحكومة السورية", via="west")
was_den = E.c("الجيش الحكومي السوري", "ذلك الهجوم", "مسؤولية", polarity="denied", qualifiers=["نفى"], it=PERP, lab=DENSY, sp="Syrian army", via="army")

# 27 Leral (AFP)
E.article("ler", "Leral", "http://www.leral.net/Du-gaz-sarin-a-bien-ete-utilise-lors-de-l-attaque-chimique-en-Syrie-bilan-86-morts-dont-27-enfants-et-plus-de-160_a197852.html",
          None, "fr", None,
          {"osdh": {"outlet": "Observatoire syrien des droits de l'Homme"}})
ler_86 = E.c("Observatoire syrien des droits de l'Homme", "morts", "a fait au moins", "86", it=TOLL, iv=(86, INF), st=SOHR86, sp="SOHR",
             place="Khan Cheikhoun", when="le 4 avril", via="osdh")
ler_c = E.c("Observatoire syrien des droits de l'Homme", "enfants", "dont", "27", it=CHILD, iv=27, sp="SOHR", via="osdh")
ler_w = E.c("Observatoire syrien des droits de l'Homme", "blessés", "et", "plus de 160", it=WND, iv=(161, INF), st=SOHR86W160, sp="SOHR", via="osdh")
ler_gh = E.c("Observatoire syrien des droits de l'Homme", "morts", "avait fait", "plus de 1.400", it=None, ev="ghouta-2013-chemical-attack", place="Ghouta orientale, périphérie de Damas",
             when="21 août 2013", qualifiers=["l'attaque chimique la plus meurtrière du conflit"], via="osdh")

# 28 24 Horas (Mexico), 5 Apr
E.article("h24", "24 Horas", "https://24-horas.mx/2017/04/05/oposicion-siria-pide-la-intervencion-de-la-onu", "2017-04-05", "es",
          None,
          {"cn": {"outlet": "Coalición Nacional Siria (CNFROS)"}, "mil": {"outlet": "fuente militar siria de alto rango"},
           "mdr": {"outlet": "Ministerio ruso de Defensa", "title": "nota"}})
h24_100 = E.c("24 Horas", "personas", "mató", "más de 100", it=TOLL, iv=(101, INF), place="Jan Seijun, provincia de Idlib", when="esta madrugada")
h24_c = E.c("24 Horas", "niños", "de ellas", "11", it=CHILD, iv=11)
h24_hos = E.c("24 Horas", "un centro médico en Jan Shijún", "aviones de guerra volvieron a atacar", it=HOSP, lab="hit", qualifiers=["quedó fuera de servicio"])
h24_reg = E.c("Coalición Nacional Siria (CNFROS)", "aviones gubernamentales", "acusó de haber bombardeado con proyectiles que contenían gas sarín", it=PERP, lab=REG, st=COAL,
              sp="Syrian National Coalition", actor="aviones gubernamentales", via="cn")
h24_sar = E.c("Coalición Nacional Siria (CNFROS)", "proyectiles", "que contenían", "gas sarín", it=AGENT, lab=SARIN, st=COAL + " (agent)", sp="Syrian National Coalition", via="cn")
h24_den = E.c("fuente militar siria de alto rango", "las fuerzas leales al presidente Bachar al Asad o las rusas", "estén detrás del presunto ataque químico",
              polarity="denied", it=PERP, lab=DENSYRU, sp="Syrian army", via="mil")
h24_ru = E.c("Ministerio ruso de Defensa", "su aviación", "ha efectuado ningún ataque en las proximidades de Jan Shijún", polarity="denied", it=PERP, lab=DENRU, st=RUDEN,
             sp="Russian defence ministry", via="mdr")

# 29 Cobrapost (Hindi)
E.article("cob", "Cobrapost", "https://archive.hindi.cobrapost.com/world/pictures-chemical-attack-in-syria/65370/3", None, "hi", None,
          {"sohr": {"outlet": "ब्रिटेन की सीरियन ऑब्जरवेटरी फॉर ह्यूमन राइट्स"}, "doc": {"outlet": "डॉक्टरों"}})
cob_100 = E.c("Cobrapost", "लोगों", "मौत होने की खबर है", "100 से ज्यादा", it=TOLL, iv=(101, INF), qualifiers=["खबर"])
cob_sohr = E.c("ब्रिटेन की सीरियन ऑब्जरवेटरी फॉर ह्यूमन राइट्स", "केमिकल हवाई हमला", "हुआ", it=None, place="इडलिब प्रांत के खान शयखुन कस्बे",
               qualifiers=["where, not who: no actor named"], via="sohr")
cob_doc = E.c("डॉक्टरों", "कई लोगों", "की मौत दम घुटने से हुई", it=None, qualifiers=["cause of death: suffocation"], via="doc")

# 30 Tiempo Militar
E.article("tmi", "Tiempo Militar", "https://www.tiempomilitar.com.ar/index.php?start=3360", None, "es", None,
          {"us": {"outlet": "Donald Trump y Rex Tillerson"}, "ej": {"outlet": "El Ejército sirio"}, "mdr": {"outlet": "Ministerio de Defensa de Rusia"}})
tmi_reg = E.c("Donald Trump y Rex Tillerson", "el Gobierno de Bashar al Assad", "atribuyeron la responsabilidad de un 'ataque químico'", it=PERP, lab=REG,
              sp="US government", actor="el Gobierno de Bashar al Assad", via="us")
tmi_den = E.c("El Ejército sirio", "materiales químicos o tóxicos", "uso en la localidad", polarity="denied", qualifiers=["niega rotundamente"], it=PERP, lab=DENSY, st=SYDEN,
              sp="Syrian army", via="ej")
tmi_ter = E.c("El Ejército sirio", "los grupos terroristas que operan en la zona", "responsabiliza del ataque", it=PERP, lab=TERR, st=SYTERR, sp="Syrian army",
              actor="los grupos terroristas que operan en la zona", via="ej")
tmi_dep = E.c("Ministerio de Defensa de Rusia", "la aviación siria", "bombardeó una fábrica de armas químicas de la oposición armada", it=PERP, lab=DEPOT, st=KONA,
              sp="Russian defence ministry", actor="la aviación siria", qualifiers=["que enviaba armamento a Alepo y a Irak"], via="mdr")

# 31 Friends of Syria (Al-Masdar News), 5 Apr
E.article("fos", "friendsofsyria.wordpress.com", "https://friendsofsyria.wordpress.com/2017/04/05/airstrike-hits-rebel-warehouse-containing-chemical-weapons-bound-for-iraq/",
          "2017-04-05", "en", None,
          {"kon": {"outlet": "Major-General Igor Konashenkov", "published": "2017-04-05"}})
fos_dep = E.c("Major-General Igor Konashenkov", "the Syrian Air Force", "conducted an airstrike on a militant warehouse where chemical weapons were stored", it=PERP, lab=DEPOT,
              st=KONA, sp="Russian defence ministry", actor="the Syrian Air Force", place="eastern outskirts of the city Khan Sheikhun",
              qualifiers=["between 11.30 to 12.30 local time"],
              quote="Workshops for the production of land mines stuffed with poisonous substances were on the territory of this warehouse.", via="kon")
fos_alep = E.c("Major-General Igor Konashenkov", "ammunition with poisonous substances", "were also used by militants", it=None, ev="aleppo-2016-chemical-claims",
               place="Aleppo", sp="Russian defence ministry", via="kon")

# 32 New Lebanon
E.article("nlb", "New Lebanon", "https://www.newlebanon.info/lebanon-now/311078/البيت-الأبيض-لا-صحة-لانفجار-مستودع-أسلحة-كيميائية-تابع-للمعارضة-بادلب", None, "ar",
          None,
          {"wh": {"outlet": "البيت الأبيض"}, "kon": {"outlet": "اللواء ايغور كوناشينكوف"}})
nlb_no = E.c("البيت الأبيض", "مستودع أسلحة كيميائية للمعارضة السورية", "انفجر في خان شيخون", polarity="denied", qualifiers=["مزاعم روسيا لا ينسجم مع الواقع"], it=PERP, lab=NODEPOT,
             sp="US government", via="wh")
nlb_dep = E.c("اللواء ايغور كوناشينكوف", "القوات الجوية السورية", "قصفت مستودعا للذخيرة تابعا للإرهابيين يحتوي على أسلحة كيميائية وصلت من العراق", it=PERP, lab=DEPOT,
              st=KONA, sp="Russian defence ministry", actor="القوات الجوية السورية", place="الأطراف الشرقية لبلدة خان شيخون بريف إدلب", via="kon")

# 34 El Nashra
E.article("nsh", "El Nashra", "https://elnashra.com/news/show/1097590/إيرولت-عينات-الإستخبارات-الفرنسية-تؤكد-هجوم-خان-بغ", None, "ar",
          None,
          {"ayr": {"outlet": "جان مارك إيرولت"}, "rar": {"outlet": "رامي عبد الرحمن"}})
nsh_sar = E.c("جان مارك إيرولت", "هجوم خان شيخون", "نُفّذ بغاز السارين", it=AGENT, lab=SARIN, sp="French government", via="ayr")
nsh_reg = E.c("جان مارك إيرولت", "غاز السارين المستخدم", "صُنع في المعامل السورية", it=PERP, lab=REG, sp="French government", via="ayr")
nsh_100 = E.c("النشرة", "مدني", "قُتل", "أكثر من 100", it=TOLL, iv=(101, INF), place="بلدة خان شيخون بريف إدلب")
nsh_rr = E.c("رامي عبد الرحمن", "طائرات حربية لم يعرف إذا كانت سوريّة أم روسيّة", "تنفيذ قصفاً بغازات سامة", it=PERP, lab=REGRU, st=SOHRREGRU, sp="SOHR",
             actor="طائرات حربية لم يعرف إذا كانت سوريّة أم روسيّة", via="rar")

# 36 RTL, 20 Apr
E.article("rtl", "RTL", "http://www.rtl.fr/actu/international/attaque-chimique-en-syrie-bachar-est-un-menteur-temoigne-un-rescape-7788206795",
          "2017-04-20", "fr", None,
          {"ayr": {"outlet": "Jean-Marc Ayrault"}, "abd": {"outlet": "Abdoulhamid"}, "has": {"outlet": "Hassan"}})
rtl_87 = E.c("RTL", "morts", "c'est le terrible bilan", "87", it=TOLL, iv=87, place="Khan Cheikhoun", when="4 avril", qualifiers=["de nombreux blessés"])
rtl_reg = E.c("Jean-Marc Ayrault", "le régime", "a sciemment utilisé l'arme chimique", it=PERP, lab=REG, sp="French government", actor="le régime syrien", via="ayr")
rtl_fam = E.c("Abdoulhamid", "ses proches", "l'attaque a tué", "une trentaine", it=None, qualifiers=["one family's dead, a subset of the toll"], via="abd")
rtl_nod = E.c("Hassan", "produits chimiques", "il y avait dans notre ville", it=PERP, lab=NODEPOT, polarity="denied", sp="survivor Hassan",
              quote="Ce que je sais, c'est que Bachar est un menteur, il n'y avait pas de produits chimiques dans notre ville", via="has")

# 37 Radio Dreyeckland: the UN-OPCW joint investigation
E.article("rdl", "Radio Dreyeckland", "https://rdl.de/beitrag/uno-bericht-macht-syrische-regierung-verantwortlich-f-r-giftgasangriff", None, "de",
          None,
          {"jim": {"outlet": "Untersuchungsteam der Vereinten Nationen und der Organisation für das Verbot von Chemiewaffen", "title": "Bericht"},
           "syru": {"outlet": "Die syrische Regierung und Russland"}})
rdl_reg = E.c("Untersuchungsteam der Vereinten Nationen und der Organisation für das Verbot von Chemiewaffen", "das Regime von Baschar al-Asad",
              "beschuldigt, den chemischen Kampfstoff Sarin eingesetzt zu haben", it=PERP, lab=REG, sp="OPCW-UN JIM", actor="das Regime von Baschar al-Asad",
              place="Chan Scheichun", when="4. April", via="jim")
rdl_nod = E.c("Untersuchungsteam der Vereinten Nationen und der Organisation für das Verbot von Chemiewaffen", "ein Giftgasdepot von Rebellen",
              "wurde getroffen", polarity="denied", qualifiers=["diese Version glaubt das Untersuchungsteam ausschließen zu können"], it=PERP, lab=NODEPOT, sp="OPCW-UN JIM", via="jim")
rdl_87 = E.c("rdl", "Menschen", "starben durch das Gas", "mindestens 87", it=TOLL, iv=(87, INF), qualifiers=["nach einem Luftangriff"])
rdl_den = E.c("Die syrische Regierung und Russland", "Giftgas", "Einsatz von", polarity="denied", qualifiers=["bestreiten"], it=PERP, lab=DENSY, sp="Damascus and Moscow", via="syru")
rdl_dep = E.c("Die syrische Regierung und Russland", "ein Giftgasdepot von Rebellen", "wurde getroffen", it=PERP, lab=DEPOT, sp="Damascus and Moscow", via="syru")
rdl_shy = E.c("rdl", "einen Luftangriff auf einen Luftwaffenstützpunkt des Regimes", "ordnete an", it=None, ev="shayrat-2017-us-strike", actor="US-Präsident Donald Trump",
              qualifiers=["als Vergeltung"])

# 38 Al-Riyadh (Sauress): OPCW fact-finding mission
E.article("riy", "Al-Riyadh (Sauress)", "https://sauress.com/alriyadh/1606375", None, "ar", None,
          {"opcw": {"outlet": "خبراء منظمة حظر الأسلحة الكيميائية", "title": "تقرير سري"}, "src": {"outlet": "مصادر عدة"}})
riy_sar = E.c("خبراء منظمة حظر الأسلحة الكيميائية", "غاز السارين", "استخدم بالفعل في الهجوم", it=AGENT, lab=SARIN, st=OPCW, sp="OPCW", place="بلدة خان شيخون",
              when="4 أبريل", quote="عددًا كبيرًا من الأشخاص، بينهم أشخاص ماتوا، تعرضوا للسارين أو لمنتج من نوع السارين", via="opcw")
riy_87 = E.c("مصادر عدة", "شخصًا", "قتل", "87", it=TOLL, iv=87, actor="النظام السوري", sp="several sources (al-Riyadh)", via="src")
riy_c = E.c("مصادر عدة", "طفلاً", "بينهم", "31", it=CHILD, iv=31, sp="several sources (al-Riyadh)", via="src")
riy_reg = E.c("مصادر عدة", "غارة جوية", "نفذها النظام السوري", it=PERP, lab=REG, sp="several sources (al-Riyadh)", actor="النظام السوري", via="src")

# 39 El Fagr (Masress): UN Commission of Inquiry
E.article("fgr", "El Fagr (Masress)", "https://www.masress.com/elfagr/3741281", None, "ar", None,
          {"coi": {"outlet": "لجنة التحقيقات بالأمم المتحدة", "title": "تقرير"}, "gov": {"outlet": "الحكومة السورية"}})
fgr_reg = E.c("لجنة التحقيقات بالأمم المتحدة", "الحكومة السورية", "مسؤولة عن استخدام غاز السارين في هجوم خان شيخون", it=PERP, lab=REG, sp="UN Commission of Inquiry",
              actor="الحكومة السورية", via="coi")
fgr_33 = E.c("لجنة التحقيقات بالأمم المتحدة", "مرة", "تم توثيق استخدام أسلحة كميائية في سوريا", "33", it=None, ev="syria-2017-chemical-uses", sp="UN Commission of Inquiry",
             qualifiers=["في الفترة بين مارس ويوليو", "aggregate: a count of uses across Syria"], via="coi")
fgr_87 = E.c("الفجر", "قتيلاً", "اوقع", "87", it=TOLL, iv=87, qualifiers=["أغلبهم من الأطفال والنساء"])
fgr_rej = E.c("الحكومة السورية", "تقرير منظمة حظر الأسلحة الكيمياوية عن هجوم خان شيخون", "يفتقد المصداقية", it=None, sp="Syrian government",
              qualifiers=["rejection of the OPCW's report"], via="gov")

# 40 Veto (Masress): OPCW fact-finding mission
E.article("vet", "Veto (Masress)", "https://www.masress.com/veto/2770878", None, "ar", None,
          {"opcw": {"outlet": "منظمة حظر الأسلحة الكيماوية"}})
vet_sar = E.c("منظمة حظر الأسلحة الكيماوية", "غاز السارين المحظور", "تم استخدامه خلال هجوم", it=AGENT, lab=SARIN, st=OPCW, sp="OPCW", place="بلدة خان شيخون السورية",
              quote="عددًا كبيرًا من الناس الذين مات بعضهم تعرضوا إلى السارين أو مادة تشبهه", via="opcw")
vet_shy = E.c("Veto (Masress)", "قاعدة جوية سورية", "قصف صاروخي على", it=None, ev="shayrat-2017-us-strike", actor="الولايات المتحدة",
              qualifiers=["قالت واشنطن إنها استخدمت في شن الهجوم"])

# -- label relations ------------------------------------------------------------------
L = E.labrel
C, X, R = "compatible", "contradicts", "refines"
for a, b, r in [
    (REG, REGRU, R), (REG, UNK, R), (REGRU, UNK, R),
    (REG, DENSY, X), (REG, DENSYRU, X), (REG, DEPOT, X), (REG, TERR, X), (REG, DENRU, C), (REG, NODEPOT, C),
    (REGRU, DENSY, C), (REGRU, DENRU, C), (REGRU, DENSYRU, X), (REGRU, DEPOT, X), (REGRU, TERR, X), (REGRU, NODEPOT, C),
    (UNK, DENSY, C), (UNK, DENRU, C), (UNK, DENSYRU, C), (UNK, DEPOT, C), (UNK, TERR, C), (UNK, NODEPOT, C),
    (DENSY, DENRU, C), (DENSY, DENSYRU, R), (DENSY, DEPOT, C), (DENSY, TERR, C), (DENSY, NODEPOT, C),
    (DENRU, DENSYRU, R), (DENRU, DEPOT, C), (DENRU, TERR, C), (DENRU, NODEPOT, C),
    (DENSYRU, DEPOT, X), (DENSYRU, TERR, C), (DENSYRU, NODEPOT, C),
    (DEPOT, TERR, C), (DEPOT, NODEPOT, X), (TERR, NODEPOT, C),
    (SARIN, NERVE, R), (SARIN, CHLSAR, C), (SARIN, UNKGAS, C), (NERVE, CHLSAR, C), (NERVE, UNKGAS, C), (CHLSAR, UNKGAS, C),
]:
    L[frozenset((a, b))] = r

# -- pairs across items and exceptions to the table ------------------------------------
# the Syrian government's rejection of the OPCW report against the OPCW's finding of sarin
for o in (riy_sar, vet_sar):
    P(fgr_rej, o, "contradicts", "Syria: the OPCW report on Khan Shaykhun lacks credibility vs the OPCW's finding that sarin was used: rejection of the finding")
# the Russian account and denials name no toll: a toll that names the regime's aircraft as the killer is an accusation the denials deny
REGTOLL = (amn_67, noo_100, wea_72, riy_87, itm_60, gdp_18)
for d in (vop_den, lc2_den, was_den, tmi_den, h24_den, las_den, rdl_den):
    for t in REGTOLL:
        P(d, t, "contradicts", "denial that the Syrian forces used chemical weapons vs a toll of a toxic strike by the regime's aircraft: assertion and denial")
for d in (sic_dep, tmi_dep, fos_dep, nlb_dep, rdl_dep, lc2_ter, tmi_ter):
    for t in REGTOLL:
        P(d, t, "contradicts", "the toxic release came from a rebel depot / the terrorists vs a toll of a toxic strike by the regime's aircraft: different perpetrators")
# one article, one speaker, one moment: "11 children" and "at least nine children" are not a revision
P(vop_c, vop_c9, "refines", "SOHR in one article: 11 children and 'at least nine' children among the dead: 11 is within 'at least nine'")
# hard negatives
P(rtl_fam, vis_30, "unrelated", "about thirty relatives of one survivor killed vs the local council's 30 dead: same figure, a subset, other item")
P(rtl_fam, rtl_87, "unrelated", "one family's thirty dead vs the toll of 87: a subset, other item")
P(ler_gh, ler_86, "unrelated", "Ghouta, 21 Aug 2013, more than 1,400 dead vs Khan Shaykhun's 86: other incident")
P(fgr_33, fgr_87, "unrelated", "33 documented chemical uses in Syria, March-July (aggregate) vs the Khan Shaykhun toll")
P(rdl_shy, rdl_87, "unrelated", "the US strike on the regime's air base vs the Khan Shaykhun toll: other incident")
P(vet_shy, vet_sar, "unrelated", "the US missile strike on a Syrian air base vs the OPCW's sarin finding: other incident")
P(pal_raids, pal_100, "unrelated", "15 air raids since 08:00 vs 100 dead: number of raids, not of victims")
P(lc1_40, lc1_100, "unrelated", "more than forty attacks since 6:30 vs 100 dead: number of attacks, not of victims")
P(fos_alep, fos_dep, "unrelated", "chemical munitions used by militants in Aleppo (2016) vs the Khan Shaykhun depot account: other incident")
P(eu1_hos, eu1_58, "unrelated", "the hospital treating victims bombed later vs the toll of the gas attack: other item of the same day")
P(h24_hos, h24_100, "unrelated", "a medical centre attacked again hours later vs the toll: other item of the same day")
P(wea_wo, wea_c, "unrelated", "17 women vs 20 children among the dead: two disjoint parts, other item")
P(was_wo, was_c, "unrelated", "20 women vs 30 children among the dead: other item")
P(was_wo, lc2_c, "unrelated", "20 women (SOHR) vs 20 children (LCI): same figure, other item")
P(amn_w, p12_c, "unrelated", "200 wounded vs 20 children dead: other item")

E.aggregate(fgr_33, [SLUG])
E.write()
