from lib import Event, INF, Q

TOLL, WND, CHK, CHW, KW, CHCAS = "toll", "wounded", "children killed", "children wounded", "killed and wounded", "children among the victims"
TARGET, WEAPON, NMISS, TIME, CER, ORG, SHIELD, PRESENT, DISM = ("target", "weapon", "missiles", "time", "ceremony", "organiser", "human shield",
                                                              "military present", "dismissal")
KR, KRW, SU23, SU24 = "Kryvyi Rih toll", "Kryvyi Rih account", "Sumy July 2023 toll", "Sumy 2024 toll"

# target labels
MIL = "a military target (a command meeting; only military targets)"
CIV = "civilians targeted"
MIST = "a mistake"
MIST2 = "the mistake was letting the war start"
CERT = "the awards ceremony was the target"


class Sumy(Event):
    """On the dead, Russia's 'more than 60 servicemen' and any other toll (Ukrainian officials' and outlets' tolls
    of people, civilians, children) are a victim-class dispute for the same dead: they contradict even where the
    figures overlap ('dozens of civilians', 'at least 34 people')."""

    def _judge(self, item, ma, mb):
        if (ma["sp"] == mb["sp"] and ma["iv"] is not None and mb["iv"] is not None and not (ma["st"] and ma["st"] == mb["st"])
                and ma["iv"][0] == mb["iv"][0] and INF in (ma["iv"][1], mb["iv"][1]) and ma["iv"][1] != mb["iv"][1]):
            if (ma.get("vc") == "mil") == (mb.get("vc") == "mil"):
                return ("refines", f"same speaker, the exact figure within the open one that shares its lower bound ({self._fmt(ma)} / {self._fmt(mb)})")
        if (item == TOLL and not (ma["st"] and ma["st"] == mb["st"])
                and (ma.get("vc") == "mil") != (mb.get("vc") == "mil")):
            return ("contradicts", f"victim-class dispute: servicemen vs the people (civilians) of the other toll, same dead ({self._fmt(ma)} / {self._fmt(mb)})")
        return super()._judge(item, ma, mb)

    def c(self, *a, vc=None, **k):
        if a[0] not in self.sources:  # an outlet's own reporting
            self.src(a[0], "media")
        cid = super().c(*a, **k)
        self.claims[-1][1]["vc"] = vc
        return cid


E = Sumy("sumy-2025")
S = E.src
E.bad_when = {"Sunday", "domenica", "dimanche", "domingo", "Sonntag", "am Sonntag", "este domingo", "dimanche 13 avril",
              "اليوم الأحد", "الأسبوع الماضي", "13 квітня", "У неділю, 13 квітня", "Зранку 13 квітня", "13 апреля", "13 април", "April 15",
              "مساء 29 تمّوز/يوليو", "في أوائل تمّوز/يوليو"}  # the model does not read these (or no year in an undated article)
UKPOL = "Ukrainian officials"
RUMOD = "Russian Ministry of Defence"
DSNS = "State Emergency Service of Ukraine"

# statements (echo keys)
KOB1 = "Kobzar's Telegram post of 13 April (more than 20 dead)"
KOBC = "Kobzar's Telegram post of 13 April (the enemy struck civilians again)"
ZEL1 = "Zelensky's post of 13 April (dozens of civilians killed and wounded)"
ZELC = "Zelensky's post of 13 April (missiles on an ordinary street on Palm Sunday; only scum do this)"
DS21 = "the emergency service's first post of 13 April (at least 21 dead)"
DS21W = "the emergency service's first post of 13 April (over 20 wounded)"
KLY = "Klymenko's Telegram post of 13 April (21 killed)"
POL83 = "the national police / interior ministry of 13 April (83 wounded, 7 children)"
DS24 = "the emergency service's update of 13 April (24 dead, one child)"
DS24W = "the emergency service's update of 13 April (84 wounded)"
DS31 = "the emergency service's update of 13:40, 13 April (31 dead, 2 children)"
DS31W = "the emergency service's update of 13:40, 13 April (84 wounded, 10 children)"
DS34 = "the emergency service's update of 18:00, 13 April (34 dead, 2 children)"
DS34W = "the emergency service's update of 18:00, 13 April (117 wounded, 15 children)"
MOD = "the Russian defence ministry's statement of 14 April (a command meeting struck, more than 60 servicemen killed)"
MODT = "the Russian defence ministry's statement of 14 April (a meeting of command staff was the target)"
MODS = "the Russian defence ministry's statement of 14 April (civilians used as a human shield)"
MODW = "the Russian defence ministry's statement of 14 April (two Iskander-M)"
PESK = "Peskov to reporters, 14 April (only military targets)"
TRU1 = "Trump aboard Air Force One, 13 April (they made a mistake)"
SEM = "Semenikhin's accusation (Artiukh organised the ceremony)"
ART = "Artiukh to Suspilne, 14 April (not my initiative, I was invited)"
ARTC = "Artiukh to Suspilne, 14 April (a ceremony was planned that day)"
SEC200 = "a Russian security source (about 200 military present)"
BUD = "Budanov's statement (two Iskander-M/KN-23)"
KRIV = "Kryvosheyenko's statement (the second missile, cluster munition; aimed at civilians)"
BEZ = "Bezuhla's post of 13 April (the ceremony leaked to the Russians)"
LAV = "Lavrov to Interfax, 14 April (a meeting with Western colleagues)"

S("Artem Kobzar", "state", ["acting mayor", "Sumy's acting mayor"], "Ukraine")
S("Prosecutor General's Office", "state", ["Ukraine's Prosecutor General's Office"], "Ukraine")
S("Volodymyr Zelenskyy", "state", ["Ukrainian President"], "Ukraine")
S("The Independent", "media")
S("Andriy Yermak", "state", ["head of Ukraine's presidential office"], "Ukraine")
S("AP", "media", ["Associated Press"])
S("sindaco ad interim", "state", ["Artem Kobzar"], "Ukraine")
S("LaPresse", "media")
S("Russian Defense Ministry", "state", ["the ministry"], "Russia")
S("Dmitry Peskov", "state", ["Kremlin spokesman"], "Russia")
S("Hromadske", "media")
S("Ihor Mosiychuk", "state", ["former Ukrainian lawmaker"], "Ukraine")
S("Maryana Bezuhla", "state", ["Ukrainian lawmaker"], "Ukraine")
S("Donald Trump", "state", ["US President"], "United States")
S("Sputnik", "media")
S("Ukrainian officials", "state", [], "Ukraine")
S("Russia's Defense Ministry", "state", [], "Russia")
S("The Moscow Times", "media")
S("local authorities in Sumy", "state", [], "Ukraine")
S("Artyom Semenikhin", "state", ["Konotop mayor"], "Ukraine")
S("Mariana Bezuglaya", "state", ["Ukrainian lawmaker"], "Ukraine")
S("Sergey Lavrov", "state", ["Russian Foreign Minister"], "Russia")
S("Russian Ministry of Defense", "state", [], "Russia")
S("Igor Mosiychuk", "state", ["former Russian parliament member"], "Ukraine")
S("Artem Semenikhin", "state", ["mayor of Konotop"], "Ukraine")
S("security source", "state", ["a security source"], "Russia")
S("Berdychiv military administration", "state", [], "Ukraine")
S("Rettungskräfte", "state", ["ukrainische Rettungskräfte"], "Ukraine")
S("Wolodymyr Selenskyj", "state", ["Präsident"], "Ukraine")
S("t-online", "media")
S("Ihor Klymenko", "state", ["ukrainischer Innenminister"], "Ukraine")
S("Nationalpolizei", "state", [], "Ukraine")
S("Bregenzer Zeitung", "media")
S("Artem Kobzar (Bürgermeister)", "state", ["Bürgermeister"], "Ukraine")
S("ukrainische Luftwaffe", "state", [], "Ukraine")
S("Servicio Estatal de Emergencias (DSNS)", "state", ["DSNS"], "Ukraine")
S("Kiril Budánov", "state", ["jefe de la inteligencia militar ucraniana"], "Ukraine")
S("Serguí Krivosheyenko", "state", ["responsable de la Administración Militar de la Ciudad de Sumi"], "Ukraine")
S("El Mercurio de Antofagasta", "media")
S("Volodímir Artiuj", "state", ["jefe de la Administración Militar Regional de Sumi"], "Ukraine")
S("Santiago Noticias", "media")
S("El Eco del Norte", "media")
S("autoridades ucranianas", "state", [], "Ukraine")
S("Rusia", "state", [], "Russia")
S("Arten Kobzar", "state", ["alcalde de Sumi"], "Ukraine")
S("Volodímir Zelenski", "state", ["presidente ucraniano"], "Ukraine")
S("وزير الداخلية الأوكراني", "state", [], "Ukraine")
S("أرتيم كوبزار", "state", ["القائم بأعمال رئيس بلدية سومي"], "Ukraine")
S("فولوديمير زيلينسكي", "state", ["الرئيس الأوكراني"], "Ukraine")
S("النيل", "media", ["nile1"])
S("خبرين", "media", ["khabaren"])
S("مسؤولون محليون", "state", [], "Ukraine")
S("ДСНС", "state", ["Державна служба з надзвичайних ситуацій"], "Ukraine")
S("Володимир Зеленський", "state", ["президент України"], "Ukraine")
S("Володимир Артюх", "state", ["начальник Сумської ОВА"], "Ukraine")
S("news.meta.ua", "media")
S("Министерство обороны", "state", ["военное министерство"], "Russia")
S("российские силовые структуры", "state", ["руководитель отдела"], "Russia")
S("ГСЧС Украины", "state", [], "Ukraine")
S("Сумская МВА", "state", [], "Ukraine")
S("руското министерство на отбраната", "state", ["Кремъл"], "Russia")
S("Actualno", "media")
S("ministère russe de la Défense", "state", [], "Russia")
S("services d'urgence ukrainiens", "state", [], "Ukraine")
S("Volodymyr Zelensky", "state", ["président ukrainien"], "Ukraine")
S("armée ukrainienne", "state", [], "Ukraine")
S("franceinfo", "media")
S("Neural News", "media")
S("ministero della Difesa russo", "state", [], "Russia")
S("Taras Melnychuk", "state", ["government spokesman"], "Ukraine")
S("RFE/RL", "media")
S("Volodymyr Artyukh", "state", ["head of the Sumy Regional Military Administration"], "Ukraine")
S("Vladimir Artyukh", "state", ["head of Ukraine's Sumy Regional Military Administration"], "Ukraine")
S("RT", "media")
S("Ukrainian local authorities", "state", [], "Ukraine")
S("Volodymyr Artiukh", "state", ["Sumy Oblast Governor"], "Ukraine")
S("Kyiv Independent", "media")
S("Bridget Brink", "state", ["outgoing U.S. Ambassador to Ukraine"], "United States")
S("Oleksandr", "witness", ["a Ukrainian serviceman", "participant in the ceremony"])
S("The Washington Post", "media")
S("Novaya Gazeta Europe", "media")
S("Keith Kellogg", "state", ["special envoy for Ukraine"], "United States")
S("Novinite", "media")
S("Mayor Lysenko", "state", ["Sumy Mayor"], "Ukraine")
S("Turkish media", "media")
S("الشرطة الوطنية", "state", [], "Ukraine")
S("Last News", "media")

# 1 ABC News, 13 April: Kobzar, Yermak
E.article("abc", "ABC News", "https://abcnews.go.com/International/russian-missile-strike-ukraines-sumy-kills-mayor/story?id=120759230", "2025-04-13", "en",
          "Russian missile strike on Ukraine's Sumy kills 'many,' mayor says",
          {"kob": {"outlet": "Artem Kobzar", "title": "Telegram"}, "yer": {"outlet": "Andriy Yermak"}})
abc_toll = E.c("Artem Kobzar", "people", "confirmed killed", "At least 20", it=TOLL, iv=(20, INF), st=KOB1, sp="Kobzar", when="Sunday morning", via="kob")
abc_civ = E.c("Artem Kobzar", "the civilian population", "struck again", actor="The enemy", it=TARGET, lab=CIV, st=KOBC, sp="Kobzar", via="kob")
abc_yer = E.c("Andriy Yermak", "civilians", "killing", actor="The Russians", it=None, sp="Yermak", quote="The Russians hit the city of Sumy with missiles, killing civilians.", via="yer")

# 2 AJC (AP), 13 April
E.article("ajc", "The Atlanta Journal-Constitution", "https://www.ajc.com/news/nation-world/more-than-20-people-killed-in-russian-missile-attack-on-ukrainian-city-of-sumy/YGTP7QC4RVAWTHG4T33IWO736Y/",
          "2025-04-13", "en", "More than 20 people killed in Russian missile attack on Ukrainian city of Sumy",
          {"kob": {"outlet": "Artem Kobzar", "title": "statement on social media", "wire": "AP"}})
ajc_toll = E.c("Artem Kobzar", "deaths", "we already know of", "more than 20", it=TOLL, iv=(21, INF), st=KOB1, sp="Kobzar", via="kob")
ajc_miss = E.c("AP", "ballistic missiles", "struck the heart of the city", "Two", it=NMISS, iv=2, when="Sunday", qualifiers=["as local people gathered to celebrate Palm Sunday"])

# 3 The Independent, 13 April (no date on the excerpt)
E.article("ind", "The Independent", "https://www.the-independent.com/news/world/europe/sumy-ukraine-map-attack-war-b2732429.html", None, "en",
          "More than 20 killed in brutal Palm Sunday missile attack on Ukrainian city of Sumy",
          {"kob": {"outlet": "Artem Kobzar"}, "pgo": {"outlet": "Prosecutor General's Office"}, "zel": {"outlet": "Volodymyr Zelenskyy"}})
ind_toll = E.c("The Independent", "people", "claiming the lives of", "more than 20", it=TOLL, iv=(21, INF), vc="civ")
ind_ch = E.c("The Independent", "children", "among the dead", "five", it=CHK, iv=5)
ind_time = E.c("The Independent", "two ballistic missiles", "struck the city centre", it=TIME, qualifiers=["around 10:15am"], iv=(605, 625))
ind_kob = E.c("Artem Kobzar", "deaths", "we already know of", "more than 20", it=TOLL, iv=(21, INF), st=KOB1, sp="Kobzar", via="kob")
ind_pgo = E.c("Prosecutor General's Office", "fatalities", "confirm", "at least 21", it=TOLL, iv=(21, INF), sp="PGO", hedge="initial investigations", via="pgo")
ind_pgow = E.c("Prosecutor General's Office", "injuries", "confirm", "34", it=WND, iv=34, sp="PGO", via="pgo")
ind_pgoc = E.c("Prosecutor General's Office", "children", "among the victims", "five", it=CHCAS, iv=5, sp="PGO", via="pgo")
ind_zel = E.c("Volodymyr Zelenskyy", "civilians", "were killed and wounded", "dozens", it=KW, iv=(20, INF), st=ZEL1, sp="Zelensky", hedge="according to preliminary information", via="zel")

# 4 LaPresse (Italian), 13 April
E.article("lap", "LaPresse", "https://lapresse.it/esteri/2025/04/13/ucraina-attacco-russo-a-sumy-le-immagini-delle-esplosioni/amp", "2025-04-13", "it", None,
          {"kob": {"outlet": "sindaco ad interim"}, "pgo": {"outlet": "Prosecutor General's Office"}})
lap_toll = E.c("sindaco ad interim", "persone", "sono state uccise", "Più di 30", it=TOLL, iv=(31, INF), sp="Kobzar", qualifiers=["secondo il sindaco ad interim e l'ufficio del procuratore generale"], via="kob")
lap_time = E.c("LaPresse", "Due missili balistici", "hanno colpito il cuore della città", it=TIME, qualifiers=["intorno alle 10:15 del mattino"], iv=(605, 625))

# 5 Sputnik, 14 April
E.article("spu", "Sputnik", "https://sputnikglobe.com/20250414/russia-wipes-out-60-ukrainian-troops-with-precise-iskander-missile-strike-on-sumy-1121868991.html",
          "2025-04-14", "en", "Russia Wipes Out 60 Ukrainian Troops With Precise Iskander Missile Strike on Sumy",
          {"mod": {"outlet": "Russian Defense Ministry", "title": "statement", "published": "2025-04-14"}, "pes": {"outlet": "Dmitry Peskov"},
           "hro": {"outlet": "Hromadske"}, "mos": {"outlet": "Ihor Mosiychuk"}, "bez": {"outlet": "Maryana Bezuhla"}, "tru": {"outlet": "Donald Trump"}})
spu_toll = E.c("Russian Defense Ministry", "servicepeople", "killing", "60", it=TOLL, iv=60, st=MOD, sp=RUMOD, vc="mil", when="Sunday", via="mod")
spu_tgt = E.c("Russian Defense Ministry", "the site of a meeting of the Seversk tactical and operational command's leadership in Sumy", "carried out a strike on",
              it=TARGET, lab=MIL, st=MODT, sp=RUMOD, via="mod")
spu_wpn = E.c("Russian Defense Ministry", "two Iskander-M operational-tactical complexes", "using", it=WEAPON, lab="Iskander-M", st=MODW, sp=RUMOD, via="mod")
spu_shd = E.c("Russian Defense Ministry", "civilians", "uses as a \"living shield\"", actor="The Kiev regime", it=SHIELD, lab="human shield", st=MODS, sp=RUMOD, via="mod")
spu_pes = E.c("Dmitry Peskov", "military and near-military facilities in Ukraine", "strike exclusively at", actor="Russian forces", it=TARGET, lab=MIL, st=PESK, sp="Peskov", stated="2025-04-14", via="pes")
spu_hro = E.c("Hromadske", "explosions", "had occurred in the Ukrainian city of Sumy", "two", it=None, when="the morning of April 13", via="hro")
spu_mos = E.c("Ihor Mosiychuk", "a ceremonial awarding for the military of the 117th brigade of the Ukrainian territorial defense", "was taking place in Sumy", it=CER, lab="ceremony held", sp="Mosiychuk", via="mos")
spu_bez = E.c("Maryana Bezuhla", "the strikes", "had been carried out during the awards ceremony", it=TARGET, lab=CERT, st=BEZ, sp="Bezuhla", via="bez")
spu_tru = E.c("Donald Trump", "what happened in Sumy", "called", "a mistake", it=TARGET, lab=MIST, st=TRU1, sp="Trump", via="tru")

# 6 The Moscow Times, 14 April
E.article("mtm", "The Moscow Times", "https://www.themoscowtimes.com/2025/04/14/russian-army-claims-sumy-missile-attack-targeted-ukrainian-military-commanders-a88725",
          "2025-04-14", "en", "Russian Army Claims Sumy Missile Strike Targeted Ukrainian Military Commanders",
          {"mod": {"outlet": "Russia's Defense Ministry", "published": "2025-04-14"}, "ua": {"outlet": "Ukrainian officials"}, "pes": {"outlet": "Dmitry Peskov"},
           "tru": {"outlet": "Donald Trump"}})
mtm_toll = E.c("Russia's Defense Ministry", "Ukrainian servicemen", "killed", "more than 60", it=TOLL, iv=(61, INF), st=MOD, sp=RUMOD, vc="mil",
               qualifiers=["during a meeting of military commanders"], via="mod")
mtm_wpn = E.c("Russia's Defense Ministry", "two Iskander-M ballistic missiles", "fired", it=WEAPON, lab="Iskander-M", st=MODW, sp=RUMOD, via="mod")
mtm_shd = E.c("Russia's Defense Ministry", "civilians", "using as \"human shields\"", actor="Kyiv", it=SHIELD, lab="human shield", st=MODS, sp=RUMOD, via="mod")
mtm_ua = E.c("Ukrainian officials", "people", "killed", "34", it=TOLL, iv=34, sp=UKPOL, when="Sunday morning", via="ua")
mtm_uaw = E.c("Ukrainian officials", "others", "wounded", "117", it=WND, iv=117, sp=UKPOL, via="ua")
mtm_uac = E.c("Ukrainian officials", "children", "killed", "two", it=CHK, iv=2, sp=UKPOL, via="ua")
mtm_pes = E.c("Dmitry Peskov", "military and military-related targets", "hits only", actor="Our army", it=TARGET, lab=MIL, st=PESK, sp="Peskov",
              quote="Our army hits only military and military-related targets", via="pes")
mtm_tru = E.c("Donald Trump", "Russia", "had made a mistake", it=TARGET, lab=MIST, st=TRU1, sp="Trump", hedge="suggested", via="tru")

# 7 MENAFN, May 2025 (RT wording)
E.article("mfn", "MENAFN", "https://menafn.com/1109518014/Moscow-says-Sumy-attack-targeted-meeting-of-Ukrainian-commanders", "2025-05-07", "en",
          "Moscow says Sumy attack targeted meeting of Ukrainian commanders",
          {"mod": {"outlet": "Russian Defense Ministry", "title": "statement"}, "loc": {"outlet": "local authorities in Sumy"},
           "sem": {"outlet": "Artyom Semenikhin"}, "bez": {"outlet": "Mariana Bezuglaya"}})
mfn_toll = E.c("Russian Defense Ministry", "Ukrainian soldiers", "deaths", "over 60", it=TOLL, iv=(61, INF), st=MOD, sp=RUMOD, vc="mil", via="mod")
mfn_tgt = E.c("Russian Defense Ministry", "a gathering of the command staff of the Seversk operational-tactical group", "the strike aimed at", it=TARGET, lab=MIL, st=MODT, sp=RUMOD, via="mod")
mfn_loc = E.c("local authorities in Sumy", "civilians", "were killed", "over 20", it=TOLL, iv=(21, INF), sp="Sumy local authorities", vc="civ", via="loc")
mfn_locw = E.c("local authorities in Sumy", "wounded", "reported", "more than 80", it=WND, iv=(81, INF), sp="Sumy local authorities", via="loc")
mfn_sem = E.c("Artyom Semenikhin", "an award ceremony for the troops in close proximity to the front line", "organized", actor="Artyukh", it=ORG, lab="Artiukh organised it",
              st=SEM, sp="Semenikhin", qualifiers=["despite being warned against it"], via="sem")
mfn_bez = E.c("Mariana Bezuglaya", "the gathering in Sumy", "had prior knowledge of", actor="the Russians", it=TARGET, lab=CERT, st=BEZ, sp="Bezuhla", hedge="may have", via="bez")

# 8 Sott.net (RT), 19 April: Lavrov
E.article("sot", "Sott.net", "https://www.sott.net/article/499033-Russian-strike-on-Sumy-targeted-Ukrainian-and-NATO-officers-Lavrov", "2025-04-19", "en",
          "Russian strike on Sumy targeted Ukrainian and NATO officers - Lavrov",
          {"lav": {"outlet": "Sergey Lavrov", "title": "interview", "wire": "Interfax"}, "mod": {"outlet": "Russian Ministry of Defense", "title": "report"}})
sot_lav = E.c("Sergey Lavrov", "another meeting of Ukrainian military leaders with their Western colleagues", "was at the facility that was hit in Sumy", it=TARGET, lab=MIL, st=LAV, sp="Lavrov",
              stated="Monday", quote="There are NATO servicemen there and they are directly in charge", via="lav")
sot_toll = E.c("Russian Ministry of Defense", "senior commanders", "killing", "at least 60", it=TOLL, iv=(60, INF), st=MOD, sp=RUMOD, vc="mil", via="mod")

# 9 Egypt Daily News
E.article("egy", "Egypt Daily News", "https://egyptdailynews.com/ukrainians-blame-zelensky-for-attack-on-sumy", None, "en", "Ukrainians blame Zelensky for attack on Sumy",
          {"mod": {"outlet": "Russian Ministry of Defense"}, "zel": {"outlet": "Volodymyr Zelenskyy", "title": "video statement"}, "mos": {"outlet": "Igor Mosiychuk"},
           "sem": {"outlet": "Artem Semenikhin"}, "sec": {"outlet": "security source"}, "ber": {"outlet": "Berdychiv military administration"}})
egy_toll = E.c("Russian Ministry of Defense", "Ukrainian officers", "killing", "more than 60", it=TOLL, iv=(61, INF), st=MOD, sp=RUMOD, vc="mil", via="mod")
egy_zel = E.c("Volodymyr Zelenskyy", "civilians", "were killed and injured", "dozens", it=KW, iv=(20, INF), st=ZEL1, sp="Zelensky", via="zel")
egy_mos = E.c("Igor Mosiychuk", "the 117th Territorial Defense Brigade", "was the actual target", it=TARGET, lab=CERT, sp="Mosiychuk", via="mos")
egy_sem = E.c("Artem Semenikhin", "the head of the regional government administration, Volodymyr Artyukh", "blamed", it=ORG, lab="Artiukh organised it", st=SEM, sp="Semenikhin", via="sem")
egy_200 = E.c("security source", "military personnel", "were present at the event held in the conference center", "around 200", it=PRESENT, iv=(180, 220), st=SEC200, sp="security source", via="sec")
egy_yula = E.c("Berdychiv military administration", "Colonel Yurii Yula, commander of the 27th Rocket Artillery Brigade", "among the confirmed casualties", it="Yula",
               lab="Yula killed", qualifiers=["the announcement was later deleted"], via="ber")

# 10 t-online (German), 13 April: first toll
E.article("to1", "t-online", "https://www.t-online.de/nachrichten/ukraine/id_100668560/ukraine-krieg-31-tote-durch-russischen-raketenangriff-auf-sumy.html", "2025-04-13", "de",
          "Zahl der Todesopfer nach russischem Angriff auf Sumy steigt auf 31",
          {"ret": {"outlet": "Rettungskräfte", "title": "Onlinedienste"}, "zel": {"outlet": "Wolodymyr Selenskyj", "title": "Onlinemedien"}})
to1_title = E.c("t-online", "Todesopfer", "Zahl steigt auf", "31", it=TOLL, iv=31)
to1_toll = E.c("Rettungskräfte", "Todesopfer", "es gebe", "mindestens 21", it=TOLL, iv=(21, INF), st=DS21, sp=DSNS, via="ret")
to1_wnd = E.c("Rettungskräfte", "Verletzte", "es gebe", "über 20", it=WND, iv=(21, INF), st=DS21W, sp=DSNS, via="ret")
to1_zel = E.c("Wolodymyr Selenskyj", "Tote und Verletzte", "gegeben habe", "Dutzende", it=KW, iv=(20, INF), st=ZEL1, sp="Zelensky", via="zel")

# 11 t-online (German), Klymenko and police
E.article("to2", "t-online", "https://www.t-online.de/nachrichten/ausland/id_100677340/mehr-als-20-tote-bei-russischem-raketenschlag-auf-sumy.html", "2025-04-13", "de",
          "Mehr als 20 Tote bei russischem Raketenschlag auf Sumy",
          {"kly": {"outlet": "Ihor Klymenko", "title": "Telegram"}, "pol": {"outlet": "Nationalpolizei"}})
to2_toll = E.c("Ihor Klymenko", "Menschen", "getötet", "mindestens 21", it=TOLL, iv=(21, INF), st=KLY, sp="Klymenko", via="kly")
to2_wnd = E.c("Nationalpolizei", "Verletzte", "gab es", "mindestens 83", it=WND, iv=(83, INF), st=POL83, sp="police", via="pol")
to2_chw = E.c("Nationalpolizei", "Kinder", "unter den Verletzten", "7", it=CHW, iv=7, st=POL83, sp="police", via="pol")

# 12 Bregenzer Zeitung (German)
E.article("bre", "Bregenzer Zeitung", "https://bregenzerzeitung.at/raketenangriff-auf-sumy-mindestens-32-tote-bei-russischem-beschuss-am-palmsonntag", None, "de",
          "Raketenangriff auf Sumy: Mindestens 32 Tote bei russischem Beschuss am Palmsonntag",
          {"kob": {"outlet": "Artem Kobzar (Bürgermeister)", "title": "gegenüber lokalen Medien"}})
bre_toll = E.c("Bregenzer Zeitung", "Menschen", "in den Tod gerissen", "mindestens 32", it=TOLL, iv=(32, INF))
bre_wnd = E.c("Bregenzer Zeitung", "Personen", "wurden verletzt", "84", it=WND, iv=84)
bre_chw = E.c("Bregenzer Zeitung", "Kinder", "unter den Verletzten", "zehn", it=CHW, iv=10)
bre_time = E.c("Bregenzer Zeitung", "Zwei russische Raketen", "schlugen ein", it=TIME, qualifiers=["gegen 10:50 Uhr Ortszeit"], iv=(640, 660))
bre_kob = E.c("Artem Kobzar (Bürgermeister)", "Tote", "konnten bereits identifiziert werden", "Mehr als 20", it=TOLL, iv=(21, INF), sp="Kobzar", via="kob")

# 13 Contexto HN (Spanish)
E.article("ctx", "Contexto HN", "https://contextohn.com/internacionales/tragedia-en-sumi-bombardeo-ruso-deja-al-menos-31-muertos-en-domingo-de-ramos", None, "es",
          "Tragedia en Sumi: Bombardeo ruso deja al menos 31 muertos en Domingo de Ramos")
ctx_toll = E.c("Contexto HN", "personas fallecidas", "dejando un saldo de", "al menos 31", it=TOLL, iv=(31, INF))
ctx_ch = E.c("Contexto HN", "niños", "entre los fallecidos", "dos", it=CHK, iv=2)
ctx_wnd = E.c("Contexto HN", "heridos", "dejando", "84", it=WND, iv=84)
ctx_chw = E.c("Contexto HN", "menores", "entre los heridos", "10", it=CHW, iv=10)

# 14 El Mercurio de Antofagasta (Spanish), 14 April
E.article("mer", "El Mercurio de Antofagasta", "https://mercurioantofagasta.cl/impresa/2025/04/14/full/cuerpo-principal/9", "2025-04-14", "es",
          "Devastador ataque ruso en Sumi deja al menos 34 muertos en Domingo de Ramos",
          {"dsn": {"outlet": "Servicio Estatal de Emergencias (DSNS)", "title": "Telegram"}, "bud": {"outlet": "Kiril Budánov"}, "kri": {"outlet": "Serguí Krivosheyenko"}})
mer_toll = E.c("Servicio Estatal de Emergencias (DSNS)", "fallecidos", "dejó", "al menos 34", it=TOLL, iv=(34, INF), st=DS34, sp=DSNS, via="dsn")
mer_ch = E.c("Servicio Estatal de Emergencias (DSNS)", "menores", "entre los fallecidos", "dos", it=CHK, iv=2, st=DS34, sp=DSNS, via="dsn")
mer_wnd = E.c("Servicio Estatal de Emergencias (DSNS)", "personas heridas", "dejó", "117", it=WND, iv=117, st=DS34W, sp=DSNS, via="dsn")
mer_chw = E.c("Servicio Estatal de Emergencias (DSNS)", "niños", "entre los heridos", "15", it=CHW, iv=15, st=DS34W, sp=DSNS, via="dsn")
mer_bud = E.c("Kiril Budánov", "dos misiles Iskander-M/KN-23", "se utilizaron", it=WEAPON, lab="Iskander-M/KN-23", st=BUD, sp="Budanov",
              qualifiers=["lanzados desde las regiones rusas de Vorónezh y Kursk por las brigadas 112 y 448"], via="bud")
mer_kri = E.c("Serguí Krivosheyenko", "el segundo misil", "contenía munición de fragmentación", it=WEAPON, lab="cluster munition", st=KRIV, sp="Kryvosheyenko", hedge="probablemente", via="kri")
mer_kric = E.c("Serguí Krivosheyenko", "civiles y espacios públicos", "claramente dirigidas contra", actor="los terroristas", it=TARGET, lab=CIV, st=KRIV, sp="Kryvosheyenko", via="kri")

# 15 Santiago Noticias (Spanish)
E.article("stn", "Santiago Noticias", "https://santiagonoticias.com/?amp=1&p=1795", None, "es", None,
          {"dsn": {"outlet": "Servicio Estatal de Emergencias (DSNS)"}, "art": {"outlet": "Volodímir Artiuj"}})
stn_toll = E.c("Servicio Estatal de Emergencias (DSNS)", "personas", "han perdido la vida", "Al menos 24", it=TOLL, iv=(24, INF), st=DS24, sp=DSNS, via="dsn")
stn_ch = E.c("Servicio Estatal de Emergencias (DSNS)", "niño", "entre los fallecidos", "un", it=CHK, iv=1, st=DS24, sp=DSNS, via="dsn")
stn_wnd = E.c("Servicio Estatal de Emergencias (DSNS)", "personas", "han resultado heridas", "más de 80", it=WND, iv=(81, INF), st=DS24W, sp=DSNS, via="dsn")
stn_chw = E.c("Servicio Estatal de Emergencias (DSNS)", "niños", "entre los heridos", "siete", it=CHW, iv=7, st=DS24W, sp=DSNS, via="dsn")
stn_art = E.c("Volodímir Artiuj", "dos misiles balísticos", "lanzó contra el centro de Sumi", "dos", actor="Rusia", it=NMISS, iv=2, sp="Artiukh", via="art")

# 16 El Eco del Norte (Spanish), 14 April
E.article("eco", "El Eco del Norte", "https://ecodelnortecuu.com/2025/04/14/lanzan-misiles-en-domingo-de-ramos-y-masacran-a-civiles-en-sumi-ucrania", "2025-04-14", "es", None,
          {"ua": {"outlet": "autoridades ucranianas"}, "ru": {"outlet": "Rusia"}})
eco_toll = E.c("El Eco del Norte", "muertos", "dejando", "al menos 34", it=TOLL, iv=(34, INF))
eco_wpn = E.c("autoridades ucranianas", "dos misiles Iskander-M", "fueron disparados desde las regiones rusas de Vorónezh y Kursk", it=WEAPON, lab="Iskander-M", sp="Ukrainian authorities (Eco del Norte)", via="ua")
eco_ru = E.c("Rusia", "una reunión de mandos militares", "era el objetivo", it=TARGET, lab=MIL, sp="Russia (Eco del Norte)", via="ru")
eco_civ = E.c("El Eco del Norte", "civiles", "en el lugar solo había", it=TARGET, lab=CIV)

# 17 Aire Visión (Spanish)
E.article("air", "Aire Visión", "https://airevision.com.ar/devastador-ataque-ruso-en-sumi-misiles-impactaron-durante-el-domingo-de-ramos/", None, "es", None,
          {"kob": {"outlet": "Arten Kobzar"}, "zel": {"outlet": "Volodímir Zelenski", "title": "X"}})
air_kob = E.c("Arten Kobzar", "muertes", "confirmó la cifra de víctimas", "al menos 32", it=TOLL, iv=(32, INF), sp="Kobzar", via="kob")
air_wnd = E.c("Arten Kobzar", "personas heridas", "confirmó", "84", it=WND, iv=84, sp="Kobzar", via="kob")
air_zel = E.c("Volodímir Zelenski", "una calle normal de la ciudad, una vida normal", "alcanzaron", actor="Misiles balísticos rusos", it=TARGET, lab=CIV, st=ZELC, sp="Zelensky", via="zel")

# 18 Al Jazeera Mubasher (Arabic), 13 April
E.article("ajm", "الجزيرة مباشر", "https://www.aljazeeramubasher.net/news/politics/2025/4/13/%D8%A7%D9%84%D9%84%D8%AD%D8%B8%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D9%88%D9%84%D9%89-%D9%84%D9%82%D8%B5%D9%81-%D8%B1%D9%88%D8%B3%D9%8A-%D8%B9%D9%84%D9%89-%D9%85%D8%AF%D9%8A%D9%86%D8%A9",
          "2025-04-13", "ar", "اللحظات الأولى لقصف روسي على مدينة سومي الأوكرانية ومقتل وإصابة العشرات",
          {"kly": {"outlet": "وزير الداخلية الأوكراني"}, "kob": {"outlet": "أرتيم كوبزار"}, "zel": {"outlet": "فولوديمير زيلينسكي"}})
ajm_toll = E.c("وزير الداخلية الأوكراني", "شخصا", "مقتل", "21", it=TOLL, iv=21, st=KLY, sp="Klymenko", when="اليوم الأحد", via="kly")
ajm_wnd = E.c("وزير الداخلية الأوكراني", "آخرين", "إصابة", "83", it=WND, iv=83, st=POL83, sp="police", via="kly")
ajm_chw = E.c("وزير الداخلية الأوكراني", "أطفال", "بين المصابين", "7", it=CHW, iv=7, st=POL83, sp="police", via="kly")
ajm_kob = E.c("أرتيم كوبزار", "المدنيين", "عاود استهداف", actor="العدو", it=TARGET, lab=CIV, st=KOBC, sp="Kobzar", via="kob")
ajm_zel = E.c("فولوديمير زيلينسكي", "القتلى والجرحى من المدنيين", "هناك", "عشرات", it=KW, iv=(20, INF), st=ZEL1, sp="Zelensky", via="zel")

# 19 Nile1 (Arabic)
E.article("nil", "النيل", "https://nile1.com/%d9%85%d8%ac%d8%b2%d8%b1%d8%a9-%d8%b3%d9%88%d9%85%d9%8a-%d8%b5%d8%a7%d8%b1%d9%88%d8%ae-%d8%b1%d9%88%d8%b3%d9%8a-%d9%8a%d8%ad%d8%b5%d8%af-%d8%a3%d8%b1%d9%88%d8%a7%d8%ad-31-%d9%85%d8%af%d9%86%d9%8a",
          None, "ar", "مجزرة سومي.. صاروخ روسي يحصد أرواح 31 مدنيًا في عيد الشعانين")
nil_toll = E.c("النيل", "مدنيًا", "يحصد أرواح", "31", it=TOLL, iv=31, vc="civ")
nil_tol2 = E.c("النيل", "قتيلًا", "سقوط", "ما لا يقل عن 31", it=TOLL, iv=(31, INF), qualifiers=["التقارير الأولية"])
nil_wnd = E.c("النيل", "آخرين", "إصابة", "نحو 100", it=WND, iv=(90, 110))

# 20 Khabaren (Arabic, CNN): Kryvyi Rih background
E.article("khb", "خبرين", "https://khabaren.net/news/russia-sumy-attack-casualties-sunday-service", None, "ar", "هجوم صاروخي مروع يسقط ضحايا في سومي الأوكرانية",
          {"loc": {"outlet": "مسؤولون محليون"}, "kly": {"outlet": "وزير الداخلية الأوكراني"}})
khb_toll = E.c("مسؤولون محليون", "شخصًا", "مقتل", "21 على الأقل", it=TOLL, iv=(21, INF), sp="local officials (Khabaren)", via="loc")
khb_wnd = E.c("وزير الداخلية الأوكراني", "شخصًا", "أصيب", "83 على الأقل", it=WND, iv=(83, INF), st=POL83, sp="police", via="kly")
khb_kr = E.c("خبرين", "شخصًا", "مقتل", "20", it=KR, iv=20, ev="kryvyirih-2025-04", place="مدينة كريفي ريه", when="الأسبوع الماضي")

# 21 Ukrpulse (Ukrainian)
E.article("ukp", "Ukrpulse", "https://ukrpulse.org.ua/2025/novini/novini-lugansk/ludi-povertalisia-z-cerkvi-y-verbny-nedilu-rosiiani-obstriliali-symi-zaginyla-31-ludina-ta-she-84-poraneno-foto",
          None, "uk", "Люди поверталися з церкви: у Вербну неділю росіяни обстріляли Суми, загинула 31 людина та ще 84 поранено",
          {"dsn": {"outlet": "ДСНС"}, "art": {"outlet": "Володимир Артюх", "title": "телемарафон Єдині новини"}})
ukp_toll = E.c("ДСНС", "особа", "загинула", "31", it=TOLL, iv=31, st=DS31, sp=DSNS, when="13 квітня", qualifiers=["станом на 13:40"], via="dsn")
ukp_ch = E.c("ДСНС", "дитини", "з них загинули", "2", it=CHK, iv=2, st=DS31, sp=DSNS, via="dsn")
ukp_wnd = E.c("ДСНС", "особи", "постраждало", "84", it=WND, iv=84, st=DS31W, sp=DSNS, via="dsn")
ukp_chw = E.c("ДСНС", "дітей", "з них постраждало", "10", it=CHW, iv=10, st=DS31W, sp=DSNS, via="dsn")
ukp_art = E.c("Володимир Артюх", "засіб з касетним спорядженням", "було застосовано", it=WEAPON, lab="cluster munition", sp="Artiukh", via="art")

# 22 0rd.kyiv.ua (Ukrainian)
E.article("ord", "0rd.kyiv.ua", "https://0rd.kyiv.ua/?p=11791", None, "uk", "Кількість загиблих у Сумах зросла до 24",
          {"zel": {"outlet": "Володимир Зеленський"}})
ord_toll = E.c("0rd.kyiv.ua", "людини", "загинули", "24", it=TOLL, iv=24, when="У неділю, 13 квітня")
ord_ch = E.c("0rd.kyiv.ua", "дитина", "серед них", "одна", it=CHK, iv=1)
ord_wnd = E.c("0rd.kyiv.ua", "особи", "отримали поранення", "84", it=WND, iv=84)
ord_zel = E.c("Володимир Зеленський", "ракету з касетними боєприпасами", "використали", actor="росіяни", it=WEAPON, lab="cluster munition", sp="Zelensky", via="zel")

# 23 news.meta.ua (Ukrainian), 14 April
E.article("met", "news.meta.ua", "https://news.meta.ua/uk/news/14-kvitnia-na-zakarpatti-ogoloshene-dnem-zhalobi-za-zhertvami-rosiiskikh-raketnikh-udariv-po-sumakh-video-10828516",
          None, "uk", "14 квітня на Закарпатті оголошене Днем жалоби за жертвами російських ракетних ударів по Сумах")
met_toll = E.c("news.meta.ua", "загиблих", "відомо про", "34", it=TOLL, iv=34, when="Зранку 13 квітня")
met_ch = E.c("news.meta.ua", "дітей", "з них загинули", "семеро", it=CHK, iv=7)
met_wnd = E.c("news.meta.ua", "людей", "постраждало", "119", it=WND, iv=119)
met_chw = E.c("news.meta.ua", "дітей", "з яких постраждало", "15", it=CHW, iv=15)

# 24 Nocenzor (Ukrainian): Zelensky's 34 / 117
E.article("noc", "Nocenzor", "https://nocenzor.kyiv.ua/zelenskyy-pro-rosiian-absoliutno-vidbyta-svolota.html", None, "uk", "Зеленський про росіян: Абсолютно відбита сволота",
          {"zel": {"outlet": "Володимир Зеленський"}})
noc_toll = E.c("Володимир Зеленський", "людини", "загинули", "34", it=TOLL, iv=34, sp="Zelensky", via="zel")
noc_wnd = E.c("Володимир Зеленський", "отримали поранення", "поранені", "117", it=WND, iv=117, sp="Zelensky", via="zel")

# 25 news.rin.ru (Russian): the MoD and a security source
E.article("rin", "news.rin.ru", "https://news.rin.ru/news/404964", None, "ru", None,
          {"mod": {"outlet": "Министерство обороны"}, "sec": {"outlet": "российские силовые структуры", "wire": "Last News"}})
rin_toll = E.c("Министерство обороны", "украинских террористов", "получилось ликвидировать", "более 60", it=TOLL, iv=(61, INF), st=MOD, sp=RUMOD, vc="mil", when="13 апреля", via="mod")
rin_tgt = E.c("Министерство обороны", "место проведения совещания командного состава оперативно-тактической группы «Северск» в Сумах", "нанесли удар", it=TARGET, lab=MIL, st=MODT, sp=RUMOD, via="mod")
rin_shd = E.c("Министерство обороны", "свое население", "применять в виде живого щита", actor="киевский режим", it=SHIELD, lab="human shield", st=MODS, sp=RUMOD, via="mod")
rin_200 = E.c("российские силовые структуры", "террористов ВСУ", "находились на месте удара", "около 200", it=PRESENT, iv=(180, 220), st=SEC200, sp="security source", via="sec")

# 26 Silkway News (Russian): the emergency service's 18:00 figure
E.article("slk", "Silkway News", "https://silkway.news/ru/udar-rf-po-sumah-kolichestvo-pogibshih-1150067", None, "ru", None,
          {"dsn": {"outlet": "ГСЧС Украины", "title": "Telegram", "wire": "РБК-Украина"}, "mva": {"outlet": "Сумская МВА"}})
slk_toll = E.c("ГСЧС Украины", "человека", "погибли", "34", it=TOLL, iv=34, st=DS34, sp=DSNS, qualifiers=["по состоянию на 18:00"], via="dsn")
slk_ch = E.c("ГСЧС Украины", "ребенка", "из них погибли", "2", it=CHK, iv=2, st=DS34, sp=DSNS, via="dsn")
slk_wnd = E.c("ГСЧС Украины", "человек", "среди пострадавших", "117", it=WND, iv=117, st=DS34W, sp=DSNS, via="dsn")
slk_chw = E.c("ГСЧС Украины", "дети", "из них", "15", it=CHW, iv=15, st=DS34W, sp=DSNS, via="dsn")
slk_32 = E.c("Silkway News", "погибших", "было известно о", "32", it=TOLL, iv=32, qualifiers=["по состоянию на 14:10"])
slk_mva = E.c("Сумская МВА", "второй удар", "привел к большим человеческим потерям", it=None, sp="Sumy city administration", via="mva")

# 27 Actualno (Bulgarian): Kryvyi Rih background
E.article("act", "Actualno", "https://www.actualno.com/europe/sled-masovoto-ubijstvo-na-civilni-na-cvetnica-rusija-s-nov-opit-da-zamaje-zverstvoto-si-news_2431425.html", None, "bg", None,
          {"mod": {"outlet": "руското министерство на отбраната"}})
act_toll = E.c("Actualno", "души", "загинаха", "34", it=TOLL, iv=34, when="13 април")
act_wnd = E.c("Actualno", "други", "бяха ранени", "117", it=WND, iv=117)
act_mod = E.c("руското министерство на отбраната", "украински военни", "са били убити", Q("над 60", 61, None, "lower_bound"), it=TOLL, iv=(61, INF), st=MOD, sp=RUMOD, vc="mil", via="mod")
act_kr = E.c("Actualno", "души", "загинаха", "19", it=KR, iv=19, ev="kryvyirih-2025-04", place="Кривой Рог", qualifiers=["сред които девет деца"])
act_krm = E.c("руското министерство на отбраната", "среща на командири на украински части със западни инструктори", "атаката в Кривой Рог е била заради", it=KRW,
              lab="a command meeting", ev="kryvyirih-2025-04", via="mod")

# 28 franceinfo / fresh.buzz (French)
E.article("frb", "franceinfo", "https://fresh.buzz/fr/europe/notre-armee-ne-vise-que-des-cibles-militaires-ou-paramilitaires-la-russie-sentete-dans-ses-explications-apres-un-nouveau-bombardement-qui-a-fait-35-morts-en-ukraine",
          None, "fr", "\"Notre armée ne vise que des cibles militaires ou paramilitaires\" : la Russie s'entête dans ses explications après un nouveau bombardement qui a fait 35 morts en Ukraine",
          {"mod": {"outlet": "ministère russe de la Défense"}})
frb_toll = E.c("franceinfo", "morts", "a fait", "35", it=TOLL, iv=35)
frb_tgt = E.c("ministère russe de la Défense", "une réunion d'officiers de l'armée ukrainienne", "visaient", it=TARGET, lab=MIL, st=MODT, sp=RUMOD, via="mod")

# 29 Neural News (French)
E.article("neu", "Neural News", "https://neuralnews24.com/?p=2781", None, "fr", None,
          {"urg": {"outlet": "services d'urgence ukrainiens"}, "zel": {"outlet": "Volodymyr Zelensky"}})
neu_toll = E.c("Neural News", "morts", "faisant", "au moins 35", it=TOLL, iv=(35, INF))
neu_ch = E.c("services d'urgence ukrainiens", "enfants", "ont perdu la vie", "deux", it=CHK, iv=2, sp=DSNS + " (Neural News)", via="urg")
neu_wnd = E.c("services d'urgence ukrainiens", "personnes", "ont été blessées", "117", it=WND, iv=117, sp=DSNS + " (Neural News)", via="urg")
neu_zel = E.c("Volodymyr Zelensky", "des civils", "attaque délibérée contre", it=TARGET, lab=CIV, sp="Zelensky", via="zel")

# 30 Kiosk / youboox (French)
E.article("ybx", "franceinfo (kiosque)", "https://kiosk.youboox.fr/en/pod/588/rss/102/article/57559070", None, "fr", "Ukraine : au moins 34 morts dans des frappes russes sur la ville de Soumy",
          {"zel": {"outlet": "Volodymyr Zelensky", "title": "réseaux sociaux"}, "arm": {"outlet": "armée ukrainienne"}})
ybx_toll = E.c("Volodymyr Zelensky", "morts", "ont fait", "au moins 34", it=TOLL, iv=(34, INF), sp="Zelensky", via="zel")
ybx_wnd = E.c("Volodymyr Zelensky", "blessés", "au moins", "117", it=WND, iv=(117, INF), sp="Zelensky", via="zel")
ybx_wpn = E.c("armée ukrainienne", "Iskander-M/KN-23", "missiles utilisés", it=WEAPON, lab="Iskander-M/KN-23", sp="Ukrainian army", via="arm")

# 31 Menanews (Italian), 14 April (RIA Novosti)
E.article("mni", "Menanews", "https://menanews.info/?p=66235", None, "it", None,
          {"mod": {"outlet": "ministero della Difesa russo", "wire": "RIA Novosti"}})
mni_toll = E.c("ministero della Difesa russo", "militari", "sono stati uccisi", "60", it=TOLL, iv=60, st=MOD, sp=RUMOD, vc="mil", via="mod")
mni_tgt = E.c("ministero della Difesa russo", "una riunione di ufficiali ucraini", "è stata presa di mira", it=TARGET, lab=MIL, st=MODT, sp=RUMOD, via="mod")

# 32 RFE/RL, 15 April
E.article("rfe", "RFE/RL", "https://origin-7.rferl.smart.censorship.guide/amp/ukraine-russia-governor-dismissal-sumy-attack-trump-g7-putin/33385926.html", None, "en",
          "Ukraine Replaces Regional Governor As Sumy Buries More Victims Of Russian Strike",
          {"mel": {"outlet": "Taras Melnychuk"}})
rfe_toll = E.c("RFE/RL", "people", "killed", "35", it=TOLL, iv=35, qualifiers=["including two children"])
rfe_wnd = E.c("RFE/RL", "people", "injuring", "more than 100", it=WND, iv=(101, INF))
rfe_dism = E.c("Taras Melnychuk", "the dismissal of the military governor of the Sumy region", "approved", actor="Ukraine's government", it=DISM, lab="dismissal approved", when="April 15", via="mel")
rfe_cer = E.c("RFE/RL", "an apparent military award ceremony", "held in Sumy just hours before the strike", it=CER, lab="ceremony held", hedge="apparent")

# 33 RT via news-pravda, 15 April
E.article("rtp", "RT", "https://nato.news-pravda.com/world/2025/04/15/35019.html", "2025-04-15", "en", "Zelensky fires Sumy head after Russian strike",
          {"mod": {"outlet": "Russian Defense Ministry", "published": "2025-04-14"}, "loc": {"outlet": "Ukrainian local authorities"},
           "art": {"outlet": "Vladimir Artyukh", "title": "Suspilne", "wire": "Suspilne"}, "sem": {"outlet": "Artem Semenikhin"}})
rtp_toll = E.c("Russian Defense Ministry", "senior Ukrainian servicemen", "were killed", "over 60", it=TOLL, iv=(61, INF), st=MOD, sp=RUMOD, vc="mil", via="mod")
rtp_loc = E.c("Ukrainian local authorities", "civilian deaths", "resulted in", "35", it=TOLL, iv=35, sp="Ukrainian local authorities (RT)", vc="civ", via="loc")
rtp_locw = E.c("Ukrainian local authorities", "others", "injured", "129", it=WND, iv=129, sp="Ukrainian local authorities (RT)", via="loc")
rtp_loct = E.c("Ukrainian local authorities", "a military awards ceremony for the 117th Territorial Defense Brigade", "the attack targeted", it=TARGET, lab=CERT,
               sp="Ukrainian local authorities (RT)", via="loc")
rtp_art = E.c("Vladimir Artyukh", "the event", "organize", polarity="denied", it=ORG, lab="not Artiukh's initiative", st=ART, sp="Artiukh", quote="was invited", via="art")
rtp_dism = E.c("RT", "a decree removing Artyukh from his post", "Zelensky signed", it=DISM, lab="dismissal decree signed", when="Tuesday")

# 34 Kyiv Independent (benborges mirror), 15 April
E.article("kyi", "Kyiv Independent", "https://benborges.xyz/2025/04/15/sumy-oblast-governor-confirms-award.html", "2025-04-15", "en",
          "Sumy Oblast governor confirms award ceremony plans ahead of Russian strike but denies responsibility",
          {"art": {"outlet": "Volodymyr Artiukh", "title": "comments for Suspilne", "published": "2025-04-14", "wire": "Suspilne"},
           "sem": {"outlet": "Artem Semenikhin"}, "mod": {"outlet": "Russia's Defense Ministry"}, "bri": {"outlet": "Bridget Brink"}})
kyi_toll = E.c("Kyiv Independent", "people", "killing", "35", it=TOLL, iv=35, when="April 13")
kyi_wnd = E.c("Kyiv Independent", "people", "injuring", "more than 100", it=WND, iv=(101, INF))
kyi_art = E.c("Volodymyr Artiukh", "initiative", "was my", polarity="denied", it=ORG, lab="not Artiukh's initiative", st=ART, sp="Artiukh",
              quote="It wasn't my initiative. I was invited.", via="art")
kyi_cer = E.c("Volodymyr Artiukh", "a military awards ceremony in Sumy", "was invited to", it=CER, lab="ceremony held", st=ARTC, sp="Artiukh", qualifiers=["planned for the same day"], via="art")
kyi_sem = E.c("Artem Semenikhin", "an awards ceremony for the 117th Brigade in the regional center", "planning", actor="Artiukh", it=ORG, lab="Artiukh organised it", st=SEM, sp="Semenikhin", via="sem")
kyi_mod = E.c("Russia's Defense Ministry", "the command center of the Siversk operational-tactical group in the city", "the missile struck", it=TARGET, lab=MIL, st=MODT, sp=RUMOD, via="mod")
kyi_bri = E.c("Bridget Brink", "cluster munitions", "Russia deployed", it=WEAPON, lab="cluster munition", sp="Brink", via="bri")

# 35 Babel (The Washington Post), 17 April
E.article("bab", "Babel", "https://babel.ua/en/news/117221-wp-military-personnel-were-being-awarded-in-sumy-during-the-russian-strike-journalists-spoke-with-a-participant-in-the-ceremony",
          "2025-04-17", "en", "WP: military personnel were being awarded in Sumy during the Russian strike",
          {"ole": {"outlet": "Oleksandr", "wire": "The Washington Post"}, "wap": {"outlet": "The Washington Post"}})
bab_cer = E.c("Oleksandr", "The award ceremony", "took place in the basement of the Sumy State University building", it=CER, lab="ceremony held", sp="Oleksandr", via="ole")
bab_inj = E.c("Oleksandr", "ceremony participants", "were injured", polarity="denied", it="participants' casualties", lab="none", sp="Oleksandr", via="ole")
bab_tgt = E.c("Oleksandr", "The awards ceremony itself", "could have been the Russians' target", it=TARGET, lab=CERT, sp="Oleksandr", hedge="could have", via="ole")
bab_civ = E.c("The Washington Post", "civilians who were near the site of the attack", "were killed", "dozens", it=TOLL, iv=(20, INF), vc="civ", via="wap")

# 36 Novaya Gazeta Europe, 15 April
E.article("nge", "Novaya Gazeta Europe", "https://novayagazeta.eu/articles/2025/04/15/zelensky-dismisses-regional-head-following-deadly-russian-missile-strike-on-sumy-en-news",
          "2025-04-15", "en", "Zelensky dismisses regional head following deadly Russian missile strike on Sumy",
          {"art": {"outlet": "Volodymyr Artyukh", "wire": "Suspilne"}, "sem": {"outlet": "Artem Semenikhin"}, "bez": {"outlet": "Maryana Bezuhla"},
           "mod": {"outlet": "Russian Defense Ministry", "title": "statement"}})
nge_toll = E.c("Novaya Gazeta Europe", "people", "killed", "at least 35", it=TOLL, iv=(35, INF))
nge_wnd = E.c("Novaya Gazeta Europe", "more", "injured", "129", it=WND, iv=129)
nge_sem = E.c("Artem Semenikhin", "a military award ceremony", "organising", actor="Artyukh", it=ORG, lab="Artiukh organised it", st=SEM, sp="Semenikhin", via="sem")
nge_art = E.c("Volodymyr Artyukh", "the organisation of the event", "any responsibility for", polarity="denied", it=ORG, lab="not Artiukh's initiative", st=ART, sp="Artiukh", stated="Monday", via="art")
nge_artc = E.c("Volodymyr Artyukh", "a military award ceremony", "was due to be held in Sumy on Sunday", it=CER, lab="ceremony held", st=ARTC, sp="Artiukh", via="art")
nge_bez = E.c("Maryana Bezuhla", "information about the award ceremony", "had been leaked to Russian forces", it=TARGET, lab=CERT, st=BEZ, sp="Bezuhla", hedge="suggested", via="bez")
nge_mod = E.c("Russian Defense Ministry", "a meeting of the Siversk operational-tactical group's command staff", "had struck", it=TARGET, lab=MIL, st=MODT, sp=RUMOD, via="mod")
nge_dism = E.c("Novaya Gazeta Europe", "Volodymyr Artyukh", "dismissed", actor="Volodymyr Zelensky", it=DISM, lab="dismissal decree signed")

# 37 Novinite: Trump
E.article("nov", "Novinite", "https://www.novinite.com/articles/231819/Trump+Calls+Sumy+Massacre+a+%27Terrible+Mistake%27%2C+Zelensky+Invites+Him+to+Visit+Ukraine", None, "en",
          "Trump Calls Sumy Massacre a 'Terrible Mistake', Zelensky Invites Him to Visit Ukraine",
          {"tru": {"outlet": "Donald Trump", "title": "remarks aboard Air Force One"}})
nov_tru = E.c("Donald Trump", "they", "made a mistake", it=TARGET, lab=MIST, st=TRU1, sp="Trump", quote="I was told they made a mistake.", via="tru")
nov_toll = E.c("Novinite", "people", "killed", "at least 34", it=TOLL, iv=(34, INF), qualifiers=["including two children"])
nov_wnd = E.c("Novinite", "another", "injured", "117", it=WND, iv=117)

# 38 Espreso: Trump's clarification, Kellogg via uanews
E.article("esp", "Espreso", "https://global.espreso.tv/world-about-ukraine-i-was-told-they-made-a-mistake-trump-on-russian-strike-on-sumy-on-apr-13", None, "en",
          "Trump explains calling Sumy strike mistake, points to Putin's guilt",
          {"tru": {"outlet": "Donald Trump", "wire": "Reuters"}, "tr2": {"outlet": "Donald Trump", "title": "White House press conference", "wire": "CNN"}})
esp_tru = E.c("Donald Trump", "the Russians", "had made a mistake", it=TARGET, lab=MIST, st=TRU1, sp="Trump", via="tru")
esp_tr2 = E.c("Donald Trump", "The mistake", "was allowing the war to happen", it=TARGET, lab=MIST2, sp="Trump", via="tr2")

E.article("uan", "UA News", "https://uanews.net/en/post/91177-russia-made-a-mistake-trump-spoke-about-the-russian-missile-strike-on-sumy", None, "en",
          "\"Russia made a mistake\". Trump spoke about the Russian missile strike on Sumy",
          {"kel": {"outlet": "Keith Kellogg", "title": "X"}, "zel": {"outlet": "Volodymyr Zelenskyy"}})
uan_kel = E.c("Keith Kellogg", "civilian facilities in Sumy", "the attack by Russian troops on", it=TARGET, lab=CIV, sp="Kellogg",
              quote="As a former soldier, I understand what a targeted strike is, and it is wrong.", via="kel")
uan_zel = E.c("Volodymyr Zelenskyy", "a university building", "the first one hit", it="first impact", lab="university building", sp="Zelensky", via="zel")
uan_toll = E.c("UA News", "people", "were killed in the attack", "34", it=TOLL, iv=34, qualifiers=["as of Sunday evening", "including two children"])

# 39 background: other strikes on Sumy (hard negatives)
E.article("prv", "Pravda.ru", "https://english.pravda.ru/news/hotspots/156999-sumy_strike/", "2023-07-04", "en",
          "Sumy missile strike: Ukrainian officers held meeting with Western special services",
          {"tur": {"outlet": "Turkish media"}, "lys": {"outlet": "Mayor Lysenko"}})
prv_tur = E.c("Turkish media", "people", "were killed", "at least 30", it=SU23, iv=(30, INF), ev="sumy-2023-07-03", place="the SBU building in Sumy", via="tur")
prv_lys = E.c("Mayor Lysenko", "people", "were killed", "three", it=SU23, iv=3, ev="sumy-2023-07-03", via="lys")

E.article("akh", "أخبار الآن", "https://akhbaralaan.net/news/world/2023/07/30/%d9%85%d9%82%d8%aa%d9%84-%d9%85%d8%af%d9%86%d9%8a-%d9%81%d9%8a-%d9%85%d8%af%d9%8a%d9%86%d8%a9-%d8%b3%d9%88%d9%85%d9%8a-%d8%a8%d8%a3%d9%88%d9%83%d8%b1%d8%a7%d9%86%d9%8a%d8%a7-%d8%ac%d8%b1%d8%a7%d8%a1-%d9%82%d8%b5%d9%81-%d8%b1%d9%88%d8%b3%d9%8a",
          "2023-07-30", "ar", "مقتل مدني جراء سقوط صاروخ روسي على مدينة سومي الأوكرانية",
          {"pol": {"outlet": "الشرطة الوطنية", "title": "تلغرام"}})
akh_one = E.c("الشرطة الوطنية", "مدني", "قُتل", "واحد على الأقلّ", it="Sumy 29 July 2023 toll", iv=(1, INF), ev="sumy-2023-07-29", when="مساء 29 تمّوز/يوليو", via="pol")
akh_jul = E.c("أخبار الآن", "قتلى", "مسفرا عن", "ثلاثة", it=SU23, iv=3, ev="sumy-2023-07-03", when="في أوائل تمّوز/يوليو", qualifiers=["هجوم بطائرات مسيّرة روسيّة على مبنى سكنيّ في سومي"])

# -- label relations between different speakers ---------------------------------------
L = E.labrel
L[frozenset((MIL, CIV))] = "contradicts"
L[frozenset((CERT, CIV))] = "contradicts"
L[frozenset((MIST, CIV))] = "contradicts"
L[frozenset((MIL, CERT))] = "compatible"
L[frozenset((MIST, MIL))] = "compatible"
L[frozenset((MIST, CERT))] = "compatible"
L[frozenset(("Artiukh organised it", "not Artiukh's initiative"))] = "contradicts"
L[frozenset(("dismissal approved", "dismissal decree signed"))] = "compatible"
L[frozenset(("Iskander-M", "Iskander-M/KN-23"))] = "refines"
L[frozenset(("Iskander-M", "cluster munition"))] = "compatible"
L[frozenset(("Iskander-M/KN-23", "cluster munition"))] = "compatible"

P = E.pair
# the participant: no one at the ceremony was hurt, vs Russia's 'more than 60 servicemen killed' there
MODTOLLS = (spu_toll, mtm_toll, mfn_toll, sot_toll, egy_toll, rin_toll, act_mod, mni_toll, rtp_toll)
for m in MODTOLLS:
    P(bab_inj, m, "contradicts", "a ceremony participant: its participants were not injured vs Russia: more than 60 servicemen at the meeting killed")
# Trump's later remark is about the war, not the strike: no relation to the other accounts of the target beyond his own revision
for x in (spu_tgt, mfn_tgt, sot_lav, rin_tgt, frb_tgt, mni_tgt, kyi_mod, nge_mod, spu_pes, mtm_pes, eco_ru, abc_civ, abc_yer, ajm_kob, mer_kric, air_zel, eco_civ,
          neu_zel, uan_kel, spu_bez, mfn_bez, egy_mos, rtp_loct, bab_tgt, nge_bez):
    P(esp_tr2, x, "unrelated", "Trump's 'the mistake was allowing the war' is about the war, not about what the strike aimed at")
P(abc_toll, bre_kob, "agrees", "Kobzar's 'more than 20' to local media and ABC's 'at least 20' relay of his Telegram post (more than 20): same speaker, same figure")
# hard negatives
P(khb_kr, khb_toll, "unrelated", "20 killed at Kryvyi Rih the week before vs 21 killed at Sumy: other place, other day")
P(act_kr, act_toll, "unrelated", "19 killed at Kryvyi Rih vs 34 killed at Sumy: other place, other day")
P(act_krm, act_mod, "unrelated", "the Kremlin's command-meeting account of Kryvyi Rih vs its account of Sumy: other strike")
P(act_krm, rin_tgt, "unrelated", "a command meeting at Kryvyi Rih vs a command meeting at Sumy: other strike")
P(prv_lys, to2_toll, "unrelated", "three killed in Sumy in July 2023 vs 21 killed in Sumy on 13 April 2025: same place, other day")
P(prv_tur, lap_toll, "unrelated", "at least 30 killed at the Sumy SBU building in 2023 vs more than 30 killed in Sumy in 2025: same place, other day")
P(akh_one, ajm_toll, "unrelated", "one killed in Sumy on 29 July 2023 vs 21 on 13 April 2025: same place, other day")
P(akh_jul, prv_tur, "contradicts", "early July 2023 drone attack on Sumy: three killed vs Turkish media's at least 30")
P(mer_toll, mer_wnd, "unrelated", "34 killed vs 117 wounded: other item")
P(ukp_toll, ukp_wnd, "unrelated", "31 killed vs 84 wounded: other item")
P(egy_200, egy_toll, "unrelated", "about 200 military present vs more than 60 killed: other item")
P(ind_pgoc, ind_ch, "unrelated", "five children among the victims (killed or injured) vs five children killed: other item, PGO vs the outlet")
P(ind_zel, ind_toll, "unrelated", "dozens killed and wounded together vs more than 20 killed: a combined figure, other item")

E.write()
