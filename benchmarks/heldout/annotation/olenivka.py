from lib import Event, INF, Q

TOLL, WND, STAFF, HELD, CAUSE, AGES, ACCESS = "toll", "wounded", "staff wounded", "held", "cause", "ages", "access"

# cause labels
HIM = "a Ukrainian HIMARS strike"
RUS = "Russia did it"
WAG = "Wagner did it"
NOUA = "no Ukrainian strike"
NOHIM = "not a HIMARS / rocket strike"
NORUS = "not Russia"

class Olenivka(Event):
    """No speaker changes its account of the cause in these excerpts: two labels of one side
    (an accusation and a denial in one communiqué, a 'not HIMARS' finding and an accusation)
    are parts of one account, related by the label table, never a revision."""

    def _judge(self, item, ma, mb):
        if (item == CAUSE and ma["lab"] and mb["lab"] and ma["lab"] != mb["lab"]
                and not (ma["st"] and ma["st"] == mb["st"])):
            lr = self.labrel.get(frozenset((ma["lab"], mb["lab"])), "compatible")
            return (lr, f"{lr}: {ma['lab']} / {mb['lab']} ({self._fmt(ma)} / {self._fmt(mb)})")
        return super()._judge(item, ma, mb)

E = Olenivka("olenivka-2022")
S = E.src
# dates without a year in articles without a publication date (or read against a later one) go to qualifiers
E.bad_when = {"July 29", "giovedì notte", "v noci na piatok", "am vergangenen Freitag", "29 July", "July 28", "as of the morning of July 30",
              "29. Juli", "в ночь с 28 на 29 июля", "в пятницу 29 июля", "W nocy 29 lipca 2022 roku", "в травні 2022 року"}  # the model does not read these
RUMOD, DPR, GS, PGO, UN = "Russian Ministry of Defence", "DPR authorities", "Ukrainian General Staff", "Ukrainian Prosecutor General's Office", "UN human rights office"

S("Russia's defence ministry", "state", ["Russian defence ministry"], "Russia")
S("Denis Pushilin", "state", ["Russian-backed separatist leader"], "DPR")
S("Reuters", "media")
S("Russian Defense Ministry", "state", ["Russian Defence Ministry"], "Russia")
S("Kirill Stremousov", "state", ["Moscow-appointed local administrator"], "Russia")
S("Devdiscourse", "media")
S("VOI", "media")
S("senior US defense official", "state", ["a senior U.S. defense official"], "United States")
S("Lt. Gen. Igor Konashenkov", "state", ["Russian Defense Ministry spokesman"], "Russia")
S("prorussische Separatisten", "state", ["Separatisten", "Separatistenführung in Donezk"], "DPR")
S("russisches Verteidigungsministerium", "state", ["Moskau"], "Russia")
S("Generalstab der ukrainischen Streitkräfte", "state", [], "Ukraine")
S("Kiew", "state", [], "Ukraine")
S("Blick", "media")
S("Russland", "state", [], "Russia")
S("Dmytro Kuleba", "state", ["Aussenminister"], "Ukraine")
S("Wolodimir Selenski", "state", ["ukrainischer Präsident"], "Ukraine")
S("US-Institut für Kriegsstudien", "other", ["Institute for the Study of War"])
S("Büro des Generalstaatsanwalts", "state", ["Staatsanwaltschaft"], "Ukraine")
S("Generalstab der ukrainischen Armee", "state", [], "Ukraine")
S("Prosecutor General's Office", "state", ["PGO"], "Ukraine")
S("self-proclaimed \"DPR\"", "state", [], "DPR")
S("SBU", "state", ["Security Service of Ukraine"], "Ukraine")
S("Ukrainian intelligence", "state", [], "Ukraine")
S("Министерство обороны России", "state", ["Минобороны России"], "Russia")
S("власти ДНР", "state", [], "DPR")
S("Штаб территориальной обороны ДНР", "state", [], "DPR")
S("Lenta.ru", "media")
S("Игорь Конашенков", "state", ["официальный представитель Минобороны России"], "Russia")
S("Russian officials", "state", [], "Russia")
S("RIA Novosti", "media", ["Russian state-owned news agency"])
S("Ukrainian military", "state", [], "Ukraine")
S("Danijil Bezsonov", "state", ["hovorca proruských separatistov"], "DPR")
S("ruské ministerstvo obrany", "state", [], "Russia")
S("Kyjev", "state", [], "Ukraine")
S("Ministerio de Defensa ruso", "state", ["Ministerio de Defensa de Rusia"], "Russia")
S("Daniil Beznosov", "state", ["viceministro de información de la RPD"], "DPR")
S("Estado Mayor General de las fuerzas armadas ucranianas", "state", [], "Ukraine")
S("funcionarios rusos y de las autoridades separatistas", "state", [], "Russia")
S("Moscú", "state", [], "Russia")
S("ejército ucraniano", "state", ["El ejército ucraniano"], "Ukraine")
S("asesor del presidente ucraniano", "state", ["Un asesor del presidente ucraniano, Volodymyr Zelenskyy"], "Ukraine")
S("portavoz de las fuerzas separatistas", "state", [], "DPR")
S("portavoz de las fuerzas rusas", "state", [], "Russia")
S("gobierno de Volodímir Zelenski", "state", [], "Ukraine")
S("Dymtro Kuleba", "state", ["ministro de Relaciones Exteriores"], "Ukraine")
S("Servicio de Inteligencia de Ucrania", "state", [], "Ukraine")
S("Continental", "media")
S("oficina del fiscal general", "state", ["Andriy Kostin"], "Ukraine")
S("teniente general Igor Konashenkov", "state", ["portavoz del ministerio"], "Russia")
S("defensora del pueblo respaldada por Rusia", "state", [], "DPR")
S("asesor del presidente Volodymyr Zelensky", "state", [], "Ukraine")
S("Ucrania", "state", [], "Ukraine")
S("Rusia", "state", [], "Russia")
S("Estado Mayor de las Fuerzas Armadas de Ucrania", "state", ["Estado Mayor ucraniano"], "Ukraine")
S("ufficio del procuratore generale", "state", ["Andriy Kostin"], "Ukraine")
S("ministero della Difesa russo", "state", [], "Russia")
S("Igor Konashenkov", "state", ["portavoce del ministero della Difesa russo"], "Russia")
S("Oleksiy Arestovych", "state", ["consigliere del presidente ucraino"], "Ukraine")
S("Ucraina", "state", [], "Ukraine")
S("Russia", "state", [], "Russia")
S("Libero", "media")
S("Ministero della Difesa russo", "state", [], "Russia")
S("Denis Pushilin, capo della Repubblica Popolare di Donetsk", "state", [], "DPR")
S("ufficio del procuratore ucraino", "state", [], "Ukraine")
S("IBTimes", "media", ["International Business Times"])
S("Andrii Kostin", "state", ["Prosecutor General of Ukraine"], "Ukraine")
S("Volodymyr Zelensky", "state", ["Ukrainian President"], "Ukraine")
S("Russia's Defense Ministry", "state", [], "Russia")
S("experts consulted by The Washington Post", "other", ["six experts"])
S("The UN rights body", "international_org", ["UN", "the UN"], "UN")
S("Interfax-Ukraine", "media")
S("UN High Commissioner for Human Rights Volker Tuerk", "international_org", ["the Geneva-based UN office"], "UN")
S("UrduPoint", "media")
S("i24NEWS", "media")
S("UN Rights Monitoring Mission in Ukraine", "international_org", ["UN investigators"], "UN")
S("UN High Commissioner for Human Rights (OHCHR)", "international_org", ["OHCHR"], "UN")
S("Kyiv Independent", "media")
S("Ukraine's Prosecutor General's Office", "state", [], "Ukraine")
S("Interia", "media")
S("rosyjski przekaz propagandowy", "state", [], "Russia")
S("Anatolij Jegorow", "witness", ["ukraiński żołnierz z brygady AZOW", "uwolniony jeniec"])
S("Deutschlandfunk", "media")
S("russische Angaben", "state", [], "Russia")
S("ukrainischer Militärgeheimdienst", "state", [], "Ukraine")
S("Tages-Anzeiger", "media")
S("the Russian Defence Ministry", "state", [], "Russia")
S("the Ukrainian defence intelligence agency", "state", [], "Ukraine")
S("the so-called Donetsk people's republic", "state", [], "DPR")
S("Robert Mardini", "international_org", ["International Committee of the Red Cross Director-General"], "ICRC")
S("WKZO", "media")
S("Покровська міська рада", "state", [], "Ukraine")
S("російські ЗМІ", "media", [])
S("Генштаб ЗСУ", "state", [], "Ukraine")
S("The Ukrainian side", "state", [], "Ukraine")
S("Russian side", "state", [], "Russia")
S("Svidomi", "media")

MOD1 = "the Russian defence ministry's daily briefing of 29 July (40 killed, 75 wounded)"
MOD1W = "the Russian defence ministry's briefing of 29 July (75 wounded)"
MOD1S = "the Russian defence ministry's briefing of 29 July (8 staff wounded)"
MOD1C = "the Russian defence ministry's briefing of 29 July (a HIMARS strike by Ukraine)"
MOD2 = "Konashenkov's briefing of 30 July (50 killed)"
MOD2W = "Konashenkov's briefing of 30 July (73 seriously wounded)"
MOD2H = "Konashenkov's briefing of 30 July (193 prisoners held)"
MOD2C = "Konashenkov's briefing of 30 July (a deliberate HIMARS strike by the Kyiv regime)"
DPR1 = "Bezsonov's Telegram post of 29 July (40 dead, 130 wounded)"
DPR1W = "Bezsonov's Telegram post of 29 July (130 wounded)"
DPR2 = "the DPR's later toll of 29 July (53 dead)"
DPR2W = "the DPR's later figure of 29 July (75 wounded)"
PUSH193 = "Pushilin via Interfax, 29 July (the prison housed 193)"
PGO1 = "the Prosecutor General's Office on Telegram, 29 July (about 40 killed)"
PGO1W = "the Prosecutor General's Office on Telegram, 29 July (130 wounded)"
PGO1C = "the Prosecutor General's Office on Telegram, 29 July (shelling by Russian troops)"
GS_ACC = "the Ukrainian General Staff's statement of 29 July (Russian forces shelled the prison)"
GS_DEN = "the Ukrainian General Staff's statement of 29 July (no Ukrainian rocket or artillery strikes on Olenivka)"
APOFF = "AP's Russian and separatist officials, 29 July (53 killed)"
APOFFW = "AP's Russian and separatist officials, 29 July (75 wounded)"
RIAF = "RIA Novosti's report of HIMARS fragments found at the site"
ADV = "AP's adviser to Zelensky (deliberate, cynical mass murder)"
SBU = "the SBU's intercepts (explosives placed inside by the Russians)"
GUR = "Ukrainian military intelligence (Wagner, on Prigozhin's order)"
UNJ = "the UN human rights office's statement of 25 July 2023 (not a HIMARS rocket)"
UNO = "the UN human rights office's report of 4 Oct 2023 (not HIMARS)"

# 1 Devdiscourse (Reuters), 29 July
E.article("rtr", "Devdiscourse", "https://www.devdiscourse.com/article/technology/2126611-russia-says-ukraine-struck-prison-in-donetsk-region-killing-40",
          "2022-07-29", "en", None,
          {"mod": {"outlet": "Russia's defence ministry", "title": "daily briefing", "wire": "Reuters"},
           "push": {"outlet": "Denis Pushilin", "wire": "Interfax"}})
rtr_toll = E.c("Russia's defence ministry", "Ukrainian prisoners of war", "killing", "40", it=TOLL, iv=40, st=MOD1, sp=RUMOD, stated="Friday", via="mod")
rtr_wnd = E.c("Russia's defence ministry", "Ukrainian prisoners of war", "leaving wounded", "75", it=WND, iv=75, st=MOD1W, sp=RUMOD, via="mod")
rtr_him = E.c("Russia's defence ministry", "a pre-trial detention center in the area of the settlement of Olenivka", "struck with U.S.-made HIMARS rockets", actor="Ukraine", it=CAUSE, lab=HIM, st=MOD1C, sp=RUMOD,
              quote="A missile strike from the U.S.-made multiple launch rocket system (HIMARS) was carried out on a pre-trial detention center in the area of the settlement of Olenivka", via="mod")
rtr_held = E.c("Denis Pushilin", "people", "the prison housed", "193", it=HELD, iv=193, st=PUSH193, sp=DPR, qualifiers=["no foreigners among the detainees"], via="push")

# 2 Devdiscourse (Sputnik), 29 July; background: Antonivskyi bridge, a port strike
E.article("spk", "Devdiscourse", "https://www.devdiscourse.com/article/international/2126706-ukrainian-strike-kills-40-prisoners-of-war-in-dpr-russia",
          "2022-07-29", "en", None,
          {"mod": {"outlet": "Russian Defense Ministry", "wire": "Sputnik"}, "strem": {"outlet": "Kirill Stremousov"}})
spk_toll = E.c("Russian Defense Ministry", "Ukrainian prisoners of war", "killed", "40", it=TOLL, iv=40, st=MOD1, sp=RUMOD, place="pre-trial detention centre near Olenivka in the Donbas region", via="mod")
spk_him = E.c("Russian Defense Ministry", "pre-trial detention centre near Olenivka", "attacked with HIMARS rocket systems", actor="the Ukrainian military", it=CAUSE, lab=HIM, st=MOD1C, sp=RUMOD, qualifiers=["a flagrant provocation"], via="mod")
spk_bridge = E.c("Kirill Stremousov", "Antonivskyi bridge", "struck with US-supplied high mobility artillery rocket systems (HIMARS)", it=None, ev="kherson-antonivskyi-bridge-2022-07",
                 actor="Ukrainian forces", place="Kherson", qualifiers=["closed to traffic after the attack"], via="strem")
spk_port = E.c("Devdiscourse", "missiles", "hit the infrastructure of the port", "at least two", it=None, ev="black-sea-port-strike-2022-07",
               qualifiers=["two were shot down by Ukraine's air defence", "one day after the grain deal"])

# 3 EurAsian Times (Konashenkov, 30 July)
E.article("eat", "EurAsian Times", "https://www.eurasiantimes.com/himars-havoc-russia-says-50-killed-73-injured-after-ukraine/?amp", None, "en",
          "HIMARS HAVOC! Russia Says 50 Killed, 73 Injured After Ukraine Fired US MLRS Rockets On Military Prisoners",
          {"kon": {"outlet": "Lt. Gen. Igor Konashenkov", "title": "daily briefing"}})
eat_toll = E.c("Lt. Gen. Igor Konashenkov", "Ukrainians", "killed as a result of the missile attack", "50", it=TOLL, iv=50, st=MOD2, sp=RUMOD, when="as of the morning of July 30", qualifiers=["said on Saturday"], via="kon")
eat_wnd = E.c("Lt. Gen. Igor Konashenkov", "Ukrainian military prisoners", "taken to medical facilities with serious wounds", "73", it=WND, iv=73, st=MOD2W, sp=RUMOD, via="kon")
eat_held = E.c("Lt. Gen. Igor Konashenkov", "Ukrainian military prisoners", "held there", "193", it=HELD, iv=193, st=MOD2H, sp=RUMOD, qualifiers=["most of them killed and injured"], via="kon")
eat_him = E.c("Lt. Gen. Igor Konashenkov", "the detention center in Olenivka", "deliberate missile strike using the US multiple-launch rocket system HIMARS", actor="the Kiev regime", it=CAUSE, lab=HIM, st=MOD2C, sp=RUMOD, when="July 29", via="kon")

# 4 n-tv (German)
E.article("ntv", "n-tv", "https://www.n-tv.de/politik/Moskau-Ukraine-toetet-40-eigene-Kaempfer-article23495227.html", None, "de", None,
          {"sep": {"outlet": "prorussische Separatisten"}, "mod": {"outlet": "russisches Verteidigungsministerium"},
           "gs": {"outlet": "Generalstab der ukrainischen Streitkräfte"}, "kiew": {"outlet": "Kiew"}})
ntv_sep = E.c("prorussische Separatisten", "ukrainische Kriegsgefangene", "getötet", "mindestens 40", it=TOLL, iv=(40, INF), st=DPR1, sp=DPR, qualifiers=["die Opferzahl könnte sich noch erhöhen"], via="sep")
ntv_wsep = E.c("prorussische Separatisten", "Gefangene", "bei dem Beschuss verletzt", "130", it=WND, iv=130, st=DPR1W, sp=DPR, via="sep")
ntv_him = E.c("russisches Verteidigungsministerium", "Angriff auf die Haftanstalt Oleniwka", "mit einem HIMARS-Raketenwerfer ausgeführt", actor="die Ukraine", it=CAUSE, lab=HIM, st=MOD1C, sp=RUMOD, hedge="soll", via="mod")
ntv_gs = E.c("Generalstab der ukrainischen Streitkräfte", "Justizvollzugsanstalt in der Siedlung Oleniwka", "gezielt mit Artillerie beschossen", actor="Die Streitkräfte der Russischen Föderation", it=CAUSE, lab=RUS, st=GS_ACC, sp=GS, via="gs")
ntv_kiew = E.c("Kiew", "Beschuss der Haftanstalt", "verantwortlich", polarity="denied", it=CAUSE, lab=NOUA, via="kiew")

# 5 Blick (German)
E.article("blk", "Blick", "https://blick.ch/ausland/nach-angriff-auf-gefaengnis-mit-40-toten-russland-und-ukraine-beschuldigen-sich-gegenseitig-id17739544.html", None, "de", None,
          {"ru": {"outlet": "Russland", "wire": "Der Spiegel"}, "kul": {"outlet": "Dmytro Kuleba"}, "zel": {"outlet": "Wolodimir Selenski"}})
blk_toll = E.c("Blick", "Tote", "forderte der Angriff", "40", it=TOLL, iv=40, place="Gefängnis in der ostukrainischen Stadt Oleniwka")
blk_ru = E.c("Russland", "Angriff auf die Haftanstalt", "mit einem Himars-Raketenwerfer ausgeführt", actor="die Ukraine", it=CAUSE, lab=HIM, qualifiers=["wenige Stunden nach dem Angriff"], via="ru")
blk_kul = E.c("Dmytro Kuleba", "zivile Infrastruktur", "beschossen", polarity="denied", actor="die Ukraine", it=CAUSE, lab=NOUA,
              quote="die Ukraine habe niemals zivile Infrastruktur beschossen und wird dies auch nicht tun", via="kul")
blk_zel = E.c("Wolodimir Selenski", "Angriff", "Terroranschlag verübt von", "russischen unmenschlichen Monstern", it=CAUSE, lab=RUS, sp="Zelensky", via="zel")

# 6 Ukrinform (German): the PGO's figures
E.article("uk1", "Ukrinform", "https://ukrinform.de/amp/rubric-ato/3539644-russischer-angriff-auf-oleniwka-40-ukrainische-kriegsgefangene-getotet-130-verletzt.html", None, "de",
          "Russischer Angriff auf Oleniwka: 40 ukrainische Kriegsgefangene getötet, 130 verletzt",
          {"pgo": {"outlet": "Büro des Generalstaatsanwalts", "title": "Telegram"}, "gs": {"outlet": "Generalstab der ukrainischen Armee"}})
uk1_toll = E.c("Büro des Generalstaatsanwalts", "Kriegsgefangene", "kamen ums Leben", "etwa 40", it=TOLL, iv=(36, 44), st=PGO1, sp=PGO, when="29. Juli", via="pgo")
uk1_wnd = E.c("Büro des Generalstaatsanwalts", "Personen", "wurden verletzt", "130", it=WND, iv=130, st=PGO1W, sp=PGO, via="pgo")
uk1_cause = E.c("Büro des Generalstaatsanwalts", "Strafkolonie Nr. 120 im Ort Oleniwka", "Beschuss durch die russische Armee", it=CAUSE, lab=RUS, st=PGO1C, sp=PGO, via="pgo")
uk1_gs = E.c("Generalstab der ukrainischen Armee", "Erklärungen des Kremls über die angeblichen Angriffe auf die zivile Infrastruktur durch die ukrainische Armee", "sind wahr",
             polarity="denied", it=CAUSE, lab=NOUA, st=GS_DEN, sp=GS, quote="eine offene Lüge und Provokation", via="gs")

# 7 Hromadske (English), 29 July
E.article("hro", "Hromadske", "https://en.hromadske.ua/posts/deadly-explosion-in-colony-in-occupied-olenivka-pgo-starts-investigation-sbu-intercepts-russian-conversations",
          "2022-07-29", "en", "Deadly explosion in colony in occupied Olenivka: PGO starts investigation, SBU intercepts Russian conversations",
          {"pgo": {"outlet": "Prosecutor General's Office"}, "dpr": {"outlet": "self-proclaimed \"DPR\""}, "sbu": {"outlet": "SBU", "title": "intercepted telephone conversations"},
           "gur": {"outlet": "Ukrainian intelligence"}})
hro_toll = E.c("Prosecutor General's Office", "people", "died", "approximately 40", it=TOLL, iv=(36, 44), st=PGO1, sp=PGO, via="pgo")
hro_dpr = E.c("self-proclaimed \"DPR\"", "dead Ukrainians", "reported", "53", it=TOLL, iv=53, st=DPR2, sp=DPR, via="dpr")
hro_dprw = E.c("self-proclaimed \"DPR\"", "wounded", "reported", "75", it=WND, iv=75, st=DPR2W, sp=DPR, via="dpr")
hro_sbu = E.c("SBU", "explosives", "placed inside the colony", actor="Russians", it=CAUSE, lab=RUS, st=SBU, hedge="could have", qualifiers=["none of the eyewitnesses heard a characteristic whistle from the rocket"], via="sbu")
hro_gur = E.c("Ukrainian intelligence", "the explosions in Olenivka", "carried out by", "mercenaries of the Wagner Group PMC", actor="Wagner Group", it=CAUSE, lab=WAG, st=GUR, sp="GUR",
              qualifiers=["allegedly on the personal command of Yevgeny Prigozhin"], via="gur")

# 8 Lenta.ru (Russian), 29 July
E.article("len", "Lenta.ru", "https://m.lenta.ru/brief/2022/07/29/elenovka_vsu/amp/", "2022-07-29", "ru",
          "ВСУ нанесли удар по тюрьме с пленными бойцами батальона «Азов». Огонь вели из HIMARS. Погибли более 50 украинцев",
          {"mod": {"outlet": "Министерство обороны России"}, "dpr1": {"outlet": "власти ДНР"}, "dpr2": {"outlet": "Штаб территориальной обороны ДНР"}})
len_him = E.c("Министерство обороны России", "следственный изолятор в Еленовке", "удар был нанесен с помощью американских РСЗО HIMARS", actor="Вооруженные силы Украины (ВСУ)", it=CAUSE, lab=HIM, st=MOD1C, sp=RUMOD, when="в ночь с 28 на 29 июля", via="mod")
len_40 = E.c("власти ДНР", "погибших", "сообщали", "40", it=TOLL, iv=40, st=DPR1, sp=DPR, qualifiers=["изначально"], via="dpr1")
len_53 = E.c("Штаб территориальной обороны ДНР", "заключенных", "погибли", Q("по меньшей мере 53", 53, None, "lower_bound"), it=TOLL, iv=(53, INF), st=DPR2, sp=DPR, qualifiers=["число возросло до 53"], via="dpr2")
len_own = E.c("Lenta.ru", "украинцев", "погибли", Q("более 50", 51, None, "lower_bound"), it=TOLL, iv=(51, INF))

# 9 RIA Novosti Krym (Russian), 30 July
E.article("cri", "РИА Новости Крым", "https://crimea-news.com/society/2022/07/30/950556.html", "2022-07-30", "ru",
          "Опубликованы списки погибших при ударе по СИЗО в Еленовке",
          {"kon": {"outlet": "Игорь Конашенков"}})
cri_toll = E.c("Игорь Конашенков", "украинцев", "погибли в результате ракетного удара", "50", it=TOLL, iv=50, st=MOD2, sp=RUMOD, when="в пятницу 29 июля", qualifiers=["по уточненным на утро 30 июля данным"], via="kon")
cri_wnd = E.c("Игорь Конашенков", "человека", "доставлены в медучреждения с тяжелыми ранениями", "73", it=WND, iv=73, st=MOD2W, sp=RUMOD, via="kon")
cri_age = E.c("Игорь Конашенков", "погибшие", "мужчины в возрасте", Q("от 20 до 65 лет", 20, 65, "range"), it=AGES, lab="20 to 65", st="the Russian defence ministry's list of 30 July (the dead aged 20 to 65)", sp=RUMOD, via="kon")

# 10 SOFREP (English)
E.article("sof", "SOFREP", "https://sofrep.com/news/russia-and-ukraine-blame-each-other-for-deadly-attack-on-pow-prison/", None, "en", None,
          {"ro": {"outlet": "Russian officials"}, "ria": {"outlet": "RIA Novosti"}, "ua": {"outlet": "Ukrainian military"}})
sof_toll = E.c("Russian officials", "Ukrainian POWs", "died in the attack", "53", it=TOLL, iv=53, sp="Russian officials (SOFREP)", st="SOFREP's Russian officials (53 died, 75 injured, aged 20 to 62)", via="ro")
sof_age = E.c("Russian officials", "those killed", "ranged in age", "from 20 to 62", it=AGES, lab="20 to 62", sp="Russian officials (SOFREP)", via="ro")
sof_ria = E.c("RIA Novosti", "fragments of US-supplied HIMARS rockets", "found at the prison site", it=CAUSE, lab=HIM, st=RIAF, qualifiers=["by Russia's Investigative Committee (SKR)", "not independently verified"], via="ria")
sof_den = E.c("Ukrainian military", "rocket or artillery strikes into Olenivka", "made", polarity="denied", it=CAUSE, lab=NOUA, st=GS_DEN, sp=GS, via="ua")

# 11 Nový Čas (Slovak)
E.article("cas", "Nový Čas", "https://cas.sk/clanok/2703067/zabili-ukrajinci-vlastnych-vojakov-rusko-vypustilo-desive-tvrdenie-o-desiatkach-obeti", None, "sk", None,
          {"bez": {"outlet": "Danijil Bezsonov", "title": "Telegram"}, "kyiv": {"outlet": "Kyjev"}})
cas_toll = E.c("Danijil Bezsonov", "ľudí", "zahynulo", Q("najmenej 40", 40, None, "lower_bound"), it=TOLL, iv=(40, INF), st=DPR1, sp=DPR, qualifiers=["počty sa môžu ešte meniť"], via="bez")
cas_wnd = E.c("Danijil Bezsonov", "osôb", "utrpelo zranenia", "130", it=WND, iv=130, st=DPR1W, sp=DPR, via="bez")
cas_him = E.c("Danijil Bezsonov", "väznica v meste Olenivka", "útočili raketometmi HIMARS", actor="Ukrajinci", it=CAUSE, lab=HIM, st="Bezsonov's Telegram post of 29 July (Ukrainians attacked, probably with HIMARS)", sp=DPR, hedge="pravdepodobne", when="v noci na piatok", via="bez")
cas_den = E.c("Kyjev", "útok na väznicu", "spáchal", polarity="denied", it=CAUSE, lab=NOUA, st="Kyiv's denial (Nový Čas)", via="kyiv")

# 12 Política y Economía (CNN, Spanish)
E.article("cnn", "Política y Economía", "https://politicayeconomia.news/?p=37218", None, "es", None,
          {"mod": {"outlet": "Ministerio de Defensa ruso", "title": "comunicado", "wire": "CNN"}, "bez": {"outlet": "Daniil Beznosov", "title": "Canal de telegramas", "wire": "CNN"},
           "gs": {"outlet": "Estado Mayor General de las fuerzas armadas ucranianas", "wire": "CNN"}})
cnn_him = E.c("Ministerio de Defensa ruso", "centro de detención preventiva en el área del asentamiento de Yelenovka (Olenivka)", "alcanzado por un ataque con misiles del sistema estadounidense HIMARS",
              actor="el régimen de Kyiv", it=CAUSE, lab=HIM, st=MOD1C, sp=RUMOD, quote="el régimen de Kyiv llevó a cabo deliberadamente una sangrienta provocación", via="mod")
cnn_btoll = E.c("Daniil Beznosov", "muertos", "resultado hasta ahora", "40", it=TOLL, iv=40, st=DPR1, sp=DPR, quote="Fue un golpe directo en el cuartel de prisioneros.", qualifiers=["los números pueden aumentar"], via="bez")
cnn_bwnd = E.c("Daniil Beznosov", "heridos", "resultado hasta ahora", "130", it=WND, iv=130, st=DPR1W, sp=DPR, via="bez")
cnn_gs = E.c("Estado Mayor General de las fuerzas armadas ucranianas", "institución correccional en el asentamiento de Olenivka", "bombardeo de artillería dirigido", actor="fuerzas rusas", it=CAUSE, lab=RUS, st=GS_ACC, sp=GS, via="gs")

# 13 En Pelotas (AP, Spanish), 29 July
E.article("ap", "En Pelotas", "https://enpelotas.com/l/2022/07/29/separatistas-bombardeos-matan-a-presos-de-guerra-ucranianos_n_156112.html", "2022-07-29", "es",
          "Moscú y Kiev se acusan de ataque a penal con reos ucranianos",
          {"off": {"outlet": "funcionarios rusos y de las autoridades separatistas", "wire": "AP"}, "mos": {"outlet": "Moscú", "wire": "AP"},
           "ria": {"outlet": "RIA Novosti", "wire": "AP"}, "army": {"outlet": "ejército ucraniano", "wire": "AP"}, "adv": {"outlet": "asesor del presidente ucraniano", "wire": "AP"}})
ap_toll = E.c("funcionarios rusos y de las autoridades separatistas", "prisioneros de guerra ucranianos", "muertos", "53", it=TOLL, iv=53, st=APOFF, via="off")
ap_him = E.c("Moscú", "cárcel de Olenivka", "ataque con lanzamisiles HIMARS", actor="Ucrania", it=CAUSE, lab=HIM, st="Moscow's accusation (AP)", via="mos")
ap_ria = E.c("RIA Novosti", "fragmentos de cohetes de precisión HIMARS", "se encontraron en el lugar", it=CAUSE, lab=HIM, st=RIAF, via="ria")
ap_den = E.c("ejército ucraniano", "ataques con misiles o artillería contra Olenivka", "perpetrado", polarity="denied", it=CAUSE, lab=NOUA, st=GS_DEN, sp=GS, via="army")
ap_adv = E.c("asesor del presidente ucraniano", "el cañoneo", "asesinato en masa deliberado, cínico y calculado", it=CAUSE, lab=RUS, st=ADV,
             quote="un asesinato en masa deliberado, cínico y calculado de prisioneros ucranianos", via="adv")

# 14 7 de Junio (agencies, Spanish)
E.article("dej", "7 de Junio", "https://7dejunio.com/ataque-a-prision-mata-a-decenas-rusia-acusa-a-ucrania/", None, "es",
          "Ataque a prisión mata a decenas, Rusia acusa a Ucrania",
          {"sep": {"outlet": "portavoz de las fuerzas separatistas"}, "rus": {"outlet": "portavoz de las fuerzas rusas"}})
dej_sep = E.c("portavoz de las fuerzas separatistas", "muertos", "calculaba", "53", it=TOLL, iv=53, st=DPR2, sp=DPR, via="sep")
dej_rus = E.c("portavoz de las fuerzas rusas", "la prisión", "atacaron", polarity="denied", actor="los rusos", it=CAUSE, lab=NORUS, via="rus")

# 15 Continental (Argentina)
E.article("con", "Continental", "https://www.continental.com.ar/internacional/un-ataque-a-una-prision-ucraniana-deja-a-decenas-de-muertos-y-varios-heridos_a62e4379bf6d0e17c5ea03dbd", None, "es", None,
          {"pgo": {"outlet": "oficina del fiscal general"}, "kon": {"outlet": "teniente general Igor Konashenkov"}, "omb": {"outlet": "defensora del pueblo respaldada por Rusia"},
           "adv": {"outlet": "asesor del presidente Volodymyr Zelensky"}})
con_pgo = E.c("oficina del fiscal general", "personas", "murieron", "unas 40", it=TOLL, iv=(36, 44), st=PGO1, sp=PGO, hedge="se cree", via="pgo")
con_staff = E.c("teniente general Igor Konashenkov", "miembros del personal penitenciario", "resultaron heridos", "ocho", it=STAFF, iv=8, st=MOD1S, sp=RUMOD, via="kon")
con_omb = E.c("defensora del pueblo respaldada por Rusia", "miembros del personal penitenciario", "resultó afectado", Q("ninguno", 0, 0, "zero"), it=STAFF, iv=0, via="omb")
con_adv = E.c("asesor del presidente Volodymyr Zelensky", "la escena", "parecía un incendio provocado", it=CAUSE, lab=NOHIM, qualifiers=["un ataque con misiles habría esparcido los cuerpos"], via="adv")

# 16 Israel Noticias (the General Staff's statement)
E.article("isr", "Israel Noticias", "https://israelnoticias.com/internacional/rusia-bombardea-una-carcel-con-prisioneros-de-guerra-ucranianos-en-donetsk", None, "es", None,
          {"gs": {"outlet": "Estado Mayor de las Fuerzas Armadas de Ucrania", "title": "comunicado"}})
isr_acc = E.c("Estado Mayor de las Fuerzas Armadas de Ucrania", "institución penal en la aldea de Olenivka", "bombardeo deliberado de artillería", actor="Las Fuerzas Armadas de la Federación Rusa", it=CAUSE, lab=RUS, st=GS_ACC, sp=GS, via="gs")
isr_den = E.c("Estado Mayor de las Fuerzas Armadas de Ucrania", "ataques con misiles o artillería cerca de Olenivka", "realizaron", polarity="denied", actor="las Fuerzas Armadas ucranianas", it=CAUSE, lab=NOUA, st=GS_DEN, sp=GS,
              qualifiers=["según el comandante de las Fuerzas de Misiles y Artillería de Ucrania"], via="gs")
isr_toll = E.c("Estado Mayor de las Fuerzas Armadas de Ucrania", "personas", "murieron", "53", it=TOLL, iv=53, sp=GS, qualifiers=["según los datos preliminares"], via="gs")

# 17 Il Post, 29 July
E.article("ip1", "Il Post", "https://www.ilpost.it/2022/07/29/ucraina-russia-prigione-bombardata-olenivka/", "2022-07-29", "it", None,
          {"pgo": {"outlet": "ufficio del procuratore generale"}, "mod": {"outlet": "ministero della Difesa russo"}, "kon": {"outlet": "Igor Konashenkov"}, "are": {"outlet": "Oleksiy Arestovych"}})
ip1_toll = E.c("ufficio del procuratore generale", "persone", "uccise", "circa 40", it=TOLL, iv=(36, 44), st=PGO1, sp=PGO, hedge="potrebbero", via="pgo")
ip1_him = E.c("ministero della Difesa russo", "la prigione", "colpita da missili sparati con un lanciarazzi HIMARS", it=CAUSE, lab=HIM, st=MOD1C, sp=RUMOD, via="mod")
ip1_staff = E.c("Igor Konashenkov", "membri del personale della prigione", "sono stati feriti", "8", it=STAFF, iv=8, st=MOD1S, sp=RUMOD, via="kon")
ip1_are = E.c("Oleksiy Arestovych", "la prigione", "bruciata, non bombardata", it=CAUSE, lab=NOHIM, hedge="le immagini suggeriscono", qualifiers=["se fosse stata bombardata i corpi sarebbero smembrati"], via="are")

# 18 Libero (Italian)
E.article("lib", "Libero", "https://www.liberoquotidiano.it/news/esteri/32585061/battaglione-azov-strage-prigionieri-ucraini-carcere-donbass-terrificante-sospetto.html", None, "it", None,
          {"mod": {"outlet": "Ministero della Difesa russo", "title": "nota"}, "push": {"outlet": "Denis Pushilin, capo della Repubblica Popolare di Donetsk"},
           "pgo": {"outlet": "ufficio del procuratore ucraino", "title": "nota"}})
lib_toll = E.c("Libero", "prigionieri", "sono rimasti uccisi", "almeno 53", it=TOLL, iv=(53, INF), place="Yelenovka", when="giovedì notte")
lib_him = E.c("Ministero della Difesa russo", "il centro di detenzione preventiva nella zona dell'insediamento di Yelenovka (Olenivka)", "colpito da un attacco missilistico del sistema americano Himars",
              it=CAUSE, lab=HIM, st=MOD1C, sp=RUMOD, via="mod")
lib_push = E.c("Denis Pushilin, capo della Repubblica Popolare di Donetsk", "l'attacco", "palese provocazione commessa per intimidire i militari ucraini", it=CAUSE, lab=HIM, sp=DPR, via="push")
lib_pgo = E.c("ufficio del procuratore ucraino", "missili e colpi di artiglieria nell'area dell'insediamento di Olenivka", "lanciato", polarity="denied", actor="le Forze Armate dell'Ucraina", it=CAUSE, lab=NOUA, sp=PGO, via="pgo")

# 19 IBTimes (English)
E.article("ibt", "IBTimes", "https://intl.ibtimes.com/definitely-not-rocket-fire-ukrainians-olenivka-prison-likely-killed-thermobaric-40220", None, "en", None,
          {"kos": {"outlet": "Andrii Kostin", "wire": "Pravda"}, "zel": {"outlet": "Volodymyr Zelensky"}})
ibt_toll = E.c("IBTimes", "people", "were killed", "at least 50", it=TOLL, iv=(50, INF))
ibt_kos = E.c("Andrii Kostin", "method of killing", "was", "a thermobaric weapon", it=CAUSE, lab=NOHIM, sp=PGO, hedge="preliminary conclusions",
              quote="it was definitely not rocket fire", via="kos")
ibt_zel = E.c("Volodymyr Zelensky", "the bombing", "was a deliberate Russian war crime", actor="Russia", it=CAUSE, lab=RUS, sp="Zelensky", via="zel")

# 20 Jobogor (The Washington Post)
E.article("wap", "Jobogor", "https://jobogor.com/ukrainian-pows-killed-in-olenivka-prison-explosion-what-to-know/", None, "en",
          "Ukrainian POWs killed in Olenivka prison explosion: What to know",
          {"ro": {"outlet": "Russian officials", "wire": "The Washington Post"}, "mod": {"outlet": "Russia's Defense Ministry", "wire": "The Washington Post"},
           "exp": {"outlet": "experts consulted by The Washington Post", "wire": "The Washington Post"}})
wap_toll = E.c("Russian officials", "people", "the blast killed", "at least 50", it=TOLL, iv=(50, INF), sp="Russian officials (WaPo)", st="WaPo's Russian officials (at least 50)", when="July 29", via="ro")
wap_him = E.c("Russia's Defense Ministry", "the blast", "caused using a US-supplied rocket launcher known as HIMARS", actor="Ukrainian forces", it=CAUSE, lab=HIM, sp=RUMOD, via="mod")
wap_exp = E.c("experts consulted by The Washington Post", "images of the destroyed building", "consistent with a HIMARS-launched attack", polarity="denied", it=CAUSE, lab=NOHIM, hedge="appear",
              qualifiers=["could not definitively say what caused the damage", "signs of an intense fire"], via="exp")

# 21 Interfax-Ukraine, 25 July 2023
E.article("ifx", "Interfax-Ukraine", "https://en.interfax.com.ua/news/general/925055.html", "2023-07-25", "en", None,
          {"un": {"outlet": "The UN rights body", "title": "statement", "wire": "Reuters"}, "pgo": {"outlet": "Prosecutor General's Office"}})
ifx_un = E.c("The UN rights body", "the incident", "was caused by a HIMARS rocket", polarity="denied", it=CAUSE, lab=NOHIM, st=UNJ, sp=UN, qualifiers=["had not identified the source of the explosion"], via="un")
ifx_own = E.c("Interfax-Ukraine", "a thermobaric explosion", "staged", actor="the armed forces of the Russian Federation", it=CAUSE, lab=RUS, when="July 28")
ifx_toll = E.c("Prosecutor General's Office", "Ukrainian soldiers", "were killed", "about 40", it=TOLL, iv=(36, 44), st=PGO1, sp=PGO, via="pgo")

# 22 Kyiv Independent, Oct 2023
E.article("kyi", "Kyiv Independent", "https://kyivindependent.com/un-again-rejects-russias-version-of-olenivka-prison-massacre-confirms-himars-did-not-cause-explosions", None, "en", None,
          {"un": {"outlet": "UN High Commissioner for Human Rights (OHCHR)", "title": "report", "published": "2023-10-04"}, "pgo": {"outlet": "Ukraine's Prosecutor General's Office"}})
kyi_toll = E.c("Kyiv Independent", "Ukrainian prisoners", "killed", "over 50", it=TOLL, iv=(51, INF), when="Between July 28 and 29, 2022")
kyi_un = E.c("UN High Commissioner for Human Rights (OHCHR)", "the Olenivka prison massacre", "caused by a Ukrainian HIMARS rocket", polarity="denied", it=CAUSE, lab=NOHIM, st=UNO, sp=UN, via="un")
kyi_pgo = E.c("Ukraine's Prosecutor General's Office", "the Olenivka prison", "used a thermobaric munition at", actor="Russia", it=CAUSE, lab=RUS, sp=PGO, hedge="likely", via="pgo")

# 23 Interia (Polish), May 2023
E.article("int", "Interia", "https://wydarzenia.interia.pl/zagranica/news-zolnierz-zwolniony-z-rosyjskiej-niewoli-to-byla-egzekucja,nId,6791682", None, "pl", None,
          {"jeg": {"outlet": "Anatolij Jegorow", "title": "rozmowa z TSN", "wire": "TSN"}})
int_toll = E.c("Interia", "jeńców", "zginęło", "53", it=TOLL, iv=53, when="W nocy 29 lipca 2022 roku")
int_wnd = E.c("Interia", "jeńców", "zostało rannych", Q("ponad 100", 101, None, "lower_bound"), it=WND, iv=(101, INF))
int_jeg = E.c("Anatolij Jegorow", "miny", "podłożono w baraku", it=CAUSE, lab=RUS, quote="To była egzekucja!", qualifiers=["Chcieli pokazać, że trafiliśmy w swoich"], via="jeg")

# 24 Deutschlandfunk (German)
E.article("dlf", "Deutschlandfunk", "https://www.deutschlandfunk.de/nach-angriff-auf-gefaengnis-bittet-russland-uno-und-rotes-kreuz-um-untersuchung-102.html", None, "de", None,
          {"ru": {"outlet": "russische Angaben"}, "gur": {"outlet": "ukrainischer Militärgeheimdienst"}})
dlf_toll = E.c("Deutschlandfunk", "ukrainische Kriegsgefangene", "getötet", "Dutzende", it=TOLL, iv=(20, INF))
dlf_held = E.c("russische Angaben", "ukrainische Soldaten", "befanden sich in dem Gebäude", "193", it=HELD, iv=193, via="ru")
dlf_gur = E.c("ukrainischer Militärgeheimdienst", "Wachleute aus der sogenannten Volksrepublik Donezk", "unter den Opfern des Beschusses", Q("keine", 0, 0, "zero"), it=STAFF, iv=0, sp="GUR", via="gur")

# 25 Tages-Anzeiger (German), Aug 2022
E.article("tag", "Tages-Anzeiger", "https://www.tagesanzeiger.ch/die-graeber-wurden-schon-vor-der-explosion-ausgehoben-317081168652", None, "de",
          "Angriff auf ukrainische Kriegsgefangene – Die Gräber wurden schon vor der Explosion ausgehoben")
tag_ru = E.c("Tages-Anzeiger", "Russen", "wurden verletzt", Q("keine", 0, 0, "zero"), it=STAFF, iv=0)

# 26 Novaya Gazeta Europe, 6 Jan 2023
E.article("nov", "Novaya Gazeta Europe", "https://novayagazeta.eu/articles/2023/01/06/un-dissolves-its-mission-investigating-deaths-of-ukrainian-war-prisoners-in-infamous-olenivka-prison-en-news",
          "2023-01-06", "en", None,
          {"mod": {"outlet": "the Russian Defence Ministry"}, "gur": {"outlet": "the Ukrainian defence intelligence agency"}, "dpr": {"outlet": "the so-called Donetsk people's republic"}})
nov_dpr = E.c("the so-called Donetsk people's republic", "a prison in Olenivka", "accused Kyiv of striking", actor="Kyiv", it=CAUSE, lab=HIM, sp=DPR, when="29 July", via="dpr")
nov_toll = E.c("the Russian Defence Ministry", "Ukrainians", "the strike killed", "50", it=TOLL, iv=50, st=MOD2, sp=RUMOD, via="mod")
nov_gur = E.c("the Ukrainian defence intelligence agency", "the attack", "involved", "the notorious Wagner Group", actor="Wagner Group", it=CAUSE, lab=WAG, st=GUR, sp="GUR", via="gur")

# 27 WKZO (Reuters), 1 Sept 2022
E.article("wkz", "WKZO", "https://wkzo.com/2022/09/01/red-cross-denied-access-to-prisoners-at-russian-held-olenivka-despite-intense-talks-icrc-chief/", "2022-09-01", "en", None,
          {"mar": {"outlet": "Robert Mardini", "title": "news conference in Kyiv", "wire": "Reuters"}})
wkz_toll = E.c("WKZO", "prisoners", "were killed", "dozens", it=TOLL, iv=(20, INF), when="in July")
wkz_acc = E.c("Robert Mardini", "access to those POWs", "granted", polarity="denied", it=ACCESS, lab="no access", stated="Thursday", qualifiers=["lacked security guarantees"], via="mar")
wkz_reg = E.c("Robert Mardini", "people taken from the besieged Azovstal steel works", "registered", "1,800", it=None, ev="azovstal-surrender-2022", place="Mariupol", via="mar")

# 28 Pokrovsk city council (Ukrainian), 29 July 2024
E.article("pok", "Покровська міська рада", "https://pokrovsk-rada.gov.ua/articles/item/10455/dva-roki-tomu-rosiya-zdijsnila-masove-vbivstvo-polonenih-v-olenivci", "2024-07-29", "uk",
          "Два роки тому росія здійснила масове вбивство полонених в Оленівці",
          {"rumedia": {"outlet": "російські ЗМІ"}})
pok_sent = E.c("Покровська міська рада", "полонених українських військових", "відправили до Оленівки", "211", it=None, ev="olenivka-2022-05-transfer", when="в травні 2022 року", actor="окупанти")
pok_toll = E.c("Покровська міська рада", "захисників «Азовсталі»", "загинуло", Q("щонайменше 50", 50, None, "lower_bound"), it=TOLL, iv=(50, INF))
pok_ru = E.c("російські ЗМІ", "барак", "обстріляний ракетами з реактивних систем Himars", actor="Україна", it=CAUSE, lab=HIM, hedge="начебто", via="rumedia")

# -- label relations between different speakers ---------------------------------------
L = E.labrel
for other in (RUS, WAG, NOUA, NOHIM):
    L[frozenset((HIM, other))] = "contradicts"
for other in (RUS, WAG):
    L[frozenset((NORUS, other))] = "contradicts"
L[frozenset((RUS, WAG))] = "compatible"
L[frozenset(("invited", "no access"))] = "compatible"
E.exclusive.add(AGES)

P = E.pair
# hard negatives
P(spk_bridge, spk_him, "unrelated", "HIMARS strike on the Antonivskyi bridge (Kherson) vs the alleged HIMARS strike on Olenivka: same weapon, other event")
P(spk_port, spk_toll, "unrelated", "missiles on a Black Sea port vs the Olenivka toll: other place, other day")
P(wkz_reg, rtr_held, "unrelated", "1,800 registered from Azovstal vs 193 held in the prison: other item")
P(wkz_reg, wkz_toll, "unrelated", "1,800 registered from Azovstal vs dozens killed at Olenivka: other item")
P(pok_sent, eat_held, "unrelated", "211 prisoners sent to Olenivka in May vs 193 held in the detention centre on 29 July: other time, other item")
P(pok_sent, dlf_held, "unrelated", "211 sent in May vs 193 in the building: other time, other item")
P(eat_held, eat_toll, "unrelated", "193 held vs 50 killed: other item of the same incident")
P(uk1_wnd, uk1_toll, "unrelated", "130 wounded vs about 40 killed: other item")
P(cas_wnd, cas_toll, "unrelated", "130 wounded vs at least 40 killed: other item")
P(con_omb, con_pgo, "unrelated", "no staff affected vs about 40 prisoners killed: other item")
P(kyi_un, spk_bridge, "unrelated", "the UN: Olenivka was not a HIMARS strike vs the HIMARS strike on the Antonivskyi bridge: other event")
P(tag_ru, ntv_wsep, "unrelated", "no Russians wounded vs 130 prisoners wounded: other victims")
P(cri_age, cri_toll, "unrelated", "ages of the dead vs the number of dead: other item")

E.write()
