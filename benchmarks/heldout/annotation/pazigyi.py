from lib import Event, INF, Q

TOLL, WND, CHILD, CHILD14, CHILD10, WOMEN, ATT = "toll", "wounded", "children killed", "children under 14 killed", "children under 10 killed", "women killed", "attendance"
VICT, CAUSE, PERP, INTENT, SECOND, RESC, CONCERT, COUP = "victims", "cause", "perp", "intent", "second strike", "rescuers killed", "concert strike toll", "coup civilian toll"

# labels
FIGHT_ALL = "the dead were PDF members"
FIGHT_SOME = "some of the dead were PDF fighters"
CIV_ALL = "the victims were civilians, not fighters"
CIV_SOME = "civilians (schoolchildren) were among the victims"
EXPL = "many deaths caused by PDF explosives / mines / ammunition"
NOEXPL = "not a weapons cache explosion (the military's account disputed)"
AIR = "killed by the jet's bombs and the helicopter's fire"
MIL = "the Myanmar military carried out the strike"
RESTRAINT = "struck with restraint to avoid civilian casualties"
DELIB = "struck the village on purpose, knowing it was not a military camp"
AGAIN = "attacked again later that day"


class Pazigyi(Event):
    """On who the victims were and on the cause, two labels of one speaker (the junta's 'some of the
    dead were fighters' and 'the dead were PDF members'; the NUG's 'civilians') are parts of one
    account, related by the label table, never a revision."""

    def _judge(self, item, ma, mb):
        if (item in (VICT, CAUSE) and ma["lab"] and mb["lab"] and ma["lab"] != mb["lab"]
                and not (ma["st"] and ma["st"] == mb["st"])):
            lr = self.labrel.get(frozenset((ma["lab"], mb["lab"])), "compatible")
            return (lr, f"{lr}: {ma['lab']} / {mb['lab']} ({self._fmt(ma)} / {self._fmt(mb)})")
        return super()._judge(item, ma, mb)


E = Pazigyi("pazigyi-2023")
S = E.src
# day names and dates without a year in articles without a publication date go to qualifiers
E.bad_when = {"Tuesday", "mardi", "on Tuesday", "Dienstagmorgen", "martedì", "el martes", "In the evening", "in serata",
              "Wednesday afternoon", "Thursday", "vendredi", "October"}

JUNTA, NUG, KYU, VIL = "junta", "NUG", "Kyunhla", "AFP's cremation villager"

# -- statements relayed by several articles (echo) -----------------------------------
ZMT_P = "Zaw Min Tun to AFP, late Tue 11 Apr (a PDF office opening ceremony at Pazi Gyi; we attacked it)"
ZMT_V = "Zaw Min Tun to AFP, late Tue 11 Apr (some of the dead were fighters in uniform)"
ZMT_C = "Zaw Min Tun to AFP, late Tue 11 Apr (deaths not from our attack only: PDF mines)"
ZMT_C2 = "Zaw Min Tun to AFP, late Tue 11 Apr (the strike hit a store of gunpowder and mines)"
ZMT_TV_V = "Zaw Min Tun on state television, 11 Apr (PDF members in attendance died)"
MIL_AFP_C = "the military authorities via AFP (casualties from a rebel weapons cache exploding)"
TURK_V = "Volker Türk's statement of Tue 11 Apr (schoolchildren and other civilians among the victims)"
TURK_T = "Volker Türk's statement of Tue 11 Apr (reports of up to 100 killed)"
TURK_AIR = "Volker Türk's statement of Tue 11 Apr (a gunship reportedly fired on those fleeing)"
AFPW = "witnesses contacted by AFP (as many as / around 100 dead)"
NUG53 = "the NUG's e-mailed statement of 11 Apr (53 dead)"
NUGS50 = "an NUG spokesman, 11 Apr (at least 50)"
NUGCIV = "the NUG's statement of 11 Apr (another example of indiscriminate extreme force against innocent civilians)"
BIR50 = "BBC Burmese, The Irrawaddy and RFA, 11 Apr (at least 50), as compiled by Reuters/AFP"
IRW50 = "The Irrawaddy's first report, 11 Apr (at least 50 civilians killed)"
IRW30 = "The Irrawaddy's first report, 11 Apr (30 injured)"
IRWAIR = "The Irrawaddy's first report, 11 Apr (the jet dropped two bombs)"
NZL = "U Nay Zin Latt to The Irrawaddy (casualties could exceed 50)"
AMM165 = "Aung Myo Min / the NUG, Thu 13 Apr (at least 165)"
AMM133 = "Aung Myo Min to CNN, 12 Apr (at least 133)"
NUG168 = "the NUG's chart tweeted Fri 14 Apr (168 dead)"
VIL171 = "AFP's villager involved in the cremations, Fri 14 Apr (171)"
VIL130 = "AFP's villager involved in the cremations, count of Thu 13 Apr (130)"
VIL38 = "AFP's villager, Fri 14 Apr (38 children)"
VIL24 = "AFP's villager, Fri 14 Apr (24 women)"
VIL53W = "AFP's villager, Fri 14 Apr (53 wounded)"
CREM170 = "a person involved in cremating bodies and local media via AFP (at least 170)"
RW_DISP = "rescue workers via AFP (disputed the military's account)"
RW_AIR = "rescue workers via AFP (jet bombs, then Mi-35 strafing)"
KYU20 = "the Kyunhla Activists Group to CNN, 12 Apr (at least 20 children)"
KYU50W = "the Kyunhla Activists Group to CNN, 12 Apr (50 wounded)"
CNNWIT = "CNN's anonymous witness (about 300 gathered)"
GUT = "the UN Secretary-General's statement via his spokesman, 11 Apr (condemns the attack by the Myanmar Armed Forces)"

# sources
S("Associated Press", "media", ["AP"])
S("gouvernement d'unité nationale (NUG)", "state", ["NUG", "Government of National Unity"], "NUG")
S("médias locaux", "media")
S("Visualiser la corruption", "media")
S("service birman de la BBC, The Irrawaddy et Radio Free Asia", "media", ["BBC Burmese", "The Irrawaddy", "Radio Free Asia"])
S("secouriste d'un groupe rebelle armé", "witness", ["rescuer"])
S("BBC", "media", ["service birman de la BBC"])
S("Aung Myo Min", "state", ["ministre des Droits de l'homme au sein du gouvernement d'unité nationale"], "NUG")
S("The Irrawaddy", "media", ["Irrawaddy"])
S("U Nay Zin Latt", "state", ["député élu du canton de Kanbalu"], "NLD")
S("rapports initiaux non confirmés", "other")
S("villageois impliqué dans l'incinération des corps", "witness", ["villageois"])
S("BBC birman", "media", ["BBC Burmese"])
S("Mandalay Free Press", "media")
S("Topactualnews", "media")
S("ground sources", "witness")
S("Kyunhla Activists Group", "ngo", ["Kyunhla"])
S("rescue workers", "witness")
S("DMG", "media", ["DMG Newsroom"])
S("National Unity Government", "state", ["the country's shadow government", "NUG"], "NUG")
S("Nway Oo", "witness", ["rescue worker"])
S("RFA Burmese", "media", ["Radio Free Asia"])
S("local volunteers", "witness")
S("a survivor", "witness")
S("a person involved in cremating bodies and local media", "witness")
S("a villager involved in the cremation of the bodies", "witness", ["villager"])
S("The National Unity Government (NUG)", "state", ["NUG"], "NUG")
S("infoplant4u", "media")
S("Zaw Min Tun", "state", ["junta spokesman", "Major General Zaw Min Tun", "SAC spokesperson"], "Myanmar military")
S("a witness, a member of a local pro-democracy group and independent media", "witness")
S("Volker Turk", "international_org", ["UN rights chief", "UN High Commissioner for Human Rights"], "UN")
S("an emergency worker at the scene and an official of the National Unity Government", "other")
S("military authorities", "state", ["Myanmar military"], "Myanmar military")
S("a person involved in cremating bodies and local media reports", "witness")
S("a villager involved in cremating the bodies", "witness")
S("Bangkok Post", "media")
S("verschiedene Medienberichte", "media")
S("SRF", "media")
S("ein Augenzeuge", "witness")
S("Tiroler Tageszeitung", "media", ["tt.com"])
S("RSI", "media")
S("testimoni", "witness")
S("il Governo militare", "state", ["la giunta"], "Myanmar military")
S("L'Osservatore Romano", "media")
S("Zaw Min Tun (portavoce della giunta)", "state", ["portavoce della giunta"], "Myanmar military")
S("medios británicos", "media")
S("algunos sobrevivientes", "witness")
S("un aldeano", "witness")
S("Los Andes", "media")
S("Aung Myo Min, ministro de derechos humanos del Gobierno de Unidad Nacional", "state", ["Aung Myo Min"], "NUG")
S("un testigo", "witness")
S("Euronews", "media")
S("portavoz del GUN", "state", ["Gobierno de Unidad Nacional"], "NUG")
S("diferentes medios locales", "media")
S("portavoz del NUG", "state", ["Gobierno de Unidad Nacional"], "NUG")
S("witnesses contacted by AFP", "witness")
S("Regime spokesperson Zaw Min Tun", "state", ["Zaw Min Tun"], "Myanmar military")
S("Locals", "witness")
S("a local", "witness")
S("National League for Democracy (NLD)", "other", ["NLD"], "NLD")
S("the information team of the State Administration Council (SAC)", "state", ["SAC"], "Myanmar military")
S("social media", "other")
S("SAC spokesperson Major General Zaw Min Tun", "state", ["Zaw Min Tun"], "Myanmar military")
S("two local groups", "other")
S("The Washington Post", "media")
S("Myanmar's military", "state", [], "Myanmar military")
S("the NUG and the local anti-junta People's Defence Force (PDF)", "state", ["NUG", "PDF"], "NUG")
S("an officer in the Kanbalu District PDF's fourth battalion", "armed_group", ["PDF"], "PDF")
S("Myanmar Now", "media")
S("Kompas.com", "media")
S("juru bicara junta Zaw Min Tun", "state", ["Zaw Min Tun"], "Myanmar military")
S("Kepala HAM PBB Volker Turk", "international_org", ["OHCHR"], "UN")
S("BBC Burma, The Irrawaddy, dan Radio Free Asia", "media")
S("Aung Myo Min, Menteri Hak Asasi Manusia dari Pemerintah Persatuan Nasional", "state", ["Aung Myo Min"], "NUG")
S("Kelompok aktivis Kyunhla", "ngo", ["Kyunhla"])
S("seorang saksi mata", "witness")
S("laporan media dan saksi", "other")
S("Kerajaan Perpaduan Nasional", "state", ["Kerajaan bayangan anti-junta"], "NUG")
S("Agensi Berita Jerman (dpa)", "media", ["dpa"])
S("NUG", "state", ["National Unity Government"], "NUG")
S("Yee Mon", "state", ["NUG's Defence Minister"], "NUG")
S("locals", "witness")
S("Volker Türk", "international_org", ["Vysoký komisár OSN pre ľudské práva"], "UN")
S("očití svedkovia, ktorých kontaktovala AFP", "witness")
S("witnesses (BBC Burma, Radio Free Asia, the Irrawaddy)", "other")
S("junta spokesman Zaw Min Tun", "state", ["Zaw Min Tun", "General Zaw Min"], "Myanmar military")
S("NRK", "media")
S("RMOL", "media")
S("juru bicara pemerintah militer", "state", [], "Myanmar military")
S("pihak oposisi", "state", ["Pemerintah Persatuan Nasional"], "NUG")
S("UN Secretary-General Antonio Guterres", "international_org", ["Guterres"], "UN")
S("a rescuer connected to an anti-coup PDF group", "witness")
S("Tak provincial officials", "state", [], "Thailand")
S("EconoTimes", "media")
S("witnesses and local media outlets", "other")

# 1 Visualiser la corruption (French translation of an English report; AP, the NUG's e-mail)
E.article("vlc", "Visualiser la corruption", "https://www.visualiserlacorruption.fr/au-moins-50-morts-dans-une-frappe-aerienne-contre-un-bastion-de-la-resistance-dans-le-centre-du-myanmar/",
          None, "fr", "Au moins 50 morts dans une frappe aérienne contre un bastion de la Résistance dans le centre du Myanmar",
          {"ap": {"outlet": "Associated Press"}, "nug": {"outlet": "gouvernement d'unité nationale (NUG)", "title": "communiqué envoyé par courrier électronique"},
           "loc": {"outlet": "médias locaux"}})
vlc_own = E.c("Visualiser la corruption", "personnes", "ont tué", "au moins 50", it=TOLL, iv=(50, INF), actor="l'armée birmane", qualifiers=["dont de jeunes enfants"])
vlc_ap = E.c("Associated Press", "une foule de personnes", "un avion de chasse a largué des bombes directement sur", it=CAUSE, lab=AIR, actor="l'armée birmane", place="village de Pazigyi, canton de Kanbalu, région de Sagaing", via="ap")
vlc_nug = E.c("gouvernement d'unité nationale (NUG)", "morts", "le nombre s'élevait actuellement à", "53", it=TOLL, iv=53, st=NUG53, sp=NUG, qualifiers=["le bilan des premières victimes devrait augmenter"], via="nug")
vlc_loc = E.c("médias locaux", "morts", "font état de", "100", it=TOLL, iv=100, via="loc")

# 2 Abidjan TV (RFI's reporting)
E.article("abj", "AbidjanTV.net", "http://abidjantv.net/actualites/birmanie-une-attaque-aerienne-attribuee-a-la-junte-fait-des-dizaines-de-morts/", None, "fr",
          "Birmanie: une attaque aérienne attribuée à la junte fait des dizaines de morts",
          {"bir": {"outlet": "service birman de la BBC, The Irrawaddy et Radio Free Asia"}, "rsc": {"outlet": "secouriste d'un groupe rebelle armé"},
           "bbc": {"outlet": "BBC"}, "amm": {"outlet": "Aung Myo Min", "wire": "RFI"}, "nug": {"outlet": "gouvernement d'unité nationale (NUG)"}})
abj_50 = E.c("service birman de la BBC, The Irrawaddy et Radio Free Asia", "personnes", "auraient été tuées", Q("au moins cinquante", 50, None, "lower_bound"), it=TOLL, iv=(50, INF), st=BIR50, hedge="auraient", via="bir")
abj_100 = E.c("secouriste d'un groupe rebelle armé", "morts", "le bilan pourrait s'élever à", "100", it=TOLL, iv=(0, 100), hedge="pourrait", via="rsc")
abj_w = E.c("BBC", "blessés", "il y aurait", "une vingtaine", it=WND, iv=(18, 22), hedge="il y aurait", via="bbc")
abj_air = E.c("Aung Myo Min", "la foule", "ont bombardé puis tiré de manière indiscriminée depuis des hélicoptères MI-35", actor="Les militaires", it=CAUSE, lab=AIR, sp=NUG, via="amm")
abj_civ = E.c("Aung Myo Min", "les victimes", "étaient associées avec un groupe armé", polarity="denied", it=VICT, lab=CIV_ALL, sp=NUG,
              quote="les victimes n'étaient associées avec aucun groupe armé", via="amm")
abj_nug = E.c("gouvernement d'unité nationale (NUG)", "civils innocents", "usage aveugle de la force extrême contre", it=VICT, lab=CIV_ALL, st=NUGCIV, sp=NUG, via="nug")

# 3 humamis (French translation of The Irrawaddy's first report)
E.article("hum", "humamis", "https://humamis.yj.fr/author/j-james", None, "fr", "Massacre lors d'une frappe aérienne du régime du Myanmar à Sagaing",
          {"irw": {"outlet": "The Irrawaddy", "title": "Massacre lors d'une frappe aérienne du régime du Myanmar à Sagaing"},
           "nzl": {"outlet": "U Nay Zin Latt", "wire": "The Irrawaddy"}, "ini": {"outlet": "rapports initiaux non confirmés", "wire": "The Irrawaddy"}})
hum_50 = E.c("The Irrawaddy", "civils", "ont été tués", "au moins 50", it=TOLL, iv=(50, INF), st=IRW50, sp="The Irrawaddy", actor="un chasseur à réaction du régime",
             place="Pa Zi Gyi, canton de Kanbalu, région de Sagaing", qualifiers=["dont des enfants"], via="irw")
hum_30 = E.c("The Irrawaddy", "personnes", "blessés", "30", it=WND, iv=30, st=IRW30, sp="The Irrawaddy", via="irw")
hum_air = E.c("The Irrawaddy", "une maison où une cérémonie était organisée", "le chasseur à réaction a largué deux bombes sur", it=CAUSE, lab=AIR, st=IRWAIR, sp="The Irrawaddy", via="irw")
hum_nzl = E.c("U Nay Zin Latt", "les pertes", "pourraient dépasser", Q("les 50 personnes", 51, None, "lower_bound"), it=TOLL, iv=(51, INF), st=NZL, hedge="pourraient", via="nzl")
hum_ini = E.c("rapports initiaux non confirmés", "morts", "évaluent le nombre à", "environ 100", it=TOLL, iv=(90, 110), hedge="non confirmés", via="ini")

# 4 Topactualnews (French; AFP: the villager's 171, BBC Burmese, Mandalay Free Press, the NUG's 168)
E.article("ta2", "Topactualnews", "https://topactualnews.com/customize-this-title-in-frenchle-nombre-de-morts-grimpe-a-au-moins-170-dans-la-frappe-aerienne-de-la-junte-du-myanmar-sur-un-village",
          None, "fr", None,
          {"vil": {"outlet": "villageois impliqué dans l'incinération des corps", "wire": "AFP"}, "bbc": {"outlet": "BBC birman"},
           "mfp": {"outlet": "Mandalay Free Press"}, "nug": {"outlet": "gouvernement d'unité nationale (NUG)", "title": "tableau tweeté vendredi"}})
ta2_171 = E.c("villageois impliqué dans l'incinération des corps", "nombre de morts", "a révisé à", "171", it=TOLL, iv=171, st=VIL171, sp=VIL, qualifiers=["vendredi", "contre 130 la veille"], via="vil")
ta2_130 = E.c("villageois impliqué dans l'incinération des corps", "nombre de morts", "la veille", "130", it=TOLL, iv=130, st=VIL130, sp=VIL, via="vil")
ta2_ch = E.c("villageois impliqué dans l'incinération des corps", "enfants", "avaient été tués", "38", it=CHILD, iv=38, st=VIL38, sp=VIL, via="vil")
ta2_bbc = E.c("BBC birman", "morts", "a signalé un nombre de", "171", it=TOLL, iv=171, via="bbc")
ta2_mfp = E.c("Mandalay Free Press", "morts", "a mis le nombre à", "170", it=TOLL, iv=170, via="mfp")
ta2_nug = E.c("gouvernement d'unité nationale (NUG)", "morts", "faisant état d'un total de", "168", it=TOLL, iv=168, st=NUG168, sp=NUG, via="nug")
ta2_coup = E.c("Topactualnews", "civils", "tués dans le cadre de la répression de la junte contre la dissidence", "environ 3 200", it=COUP, iv=(2880, 3520),
               ev="myanmar-2021-2023-civilian-toll", qualifiers=["depuis le coup d'État de février 2021"])

# 5 DMG, 14 April
E.article("dmg", "DMG", "https://dmediag.com/news/sgvses.html", "2023-04-14", "en", "Death toll in junta airstrikes on Sagaing Region village rises to 171",
          {"gs": {"outlet": "ground sources"}, "kyu": {"outlet": "Kyunhla Activists Group"}, "rw": {"outlet": "rescue workers"}})
dmg_171 = E.c("ground sources", "people", "killed in a junta airstrike on Pazigyi Village", "at least 171", it=TOLL, iv=(171, INF), place="Pazigyi Village, Kanbalu Township, Sagaing Region", via="gs")
dmg_c10 = E.c("Kyunhla Activists Group", "children under the age of 10", "among the victims", "25", it=CHILD10, iv=25, sp=KYU, qualifiers=["and 12 teenagers under the age of 16"], via="kyu")
dmg_vil = E.c("rescue workers", "victims", "are from Pazigyi Village", "as many as 100", it=None, qualifiers=["the remainder are from nearby villages"], via="rw")
dmg_air = E.c("DMG", "the opening ceremony of a public administration office", "a military jet fighter dropped bombs and subsequently attacked with helicopter gunships at",
              it=CAUSE, lab=AIR, when="April 11", qualifiers=["at about 8 a.m."])

# 6 RFA Burmese (via crimeandmoreworld)
E.article("rfa", "crimeandmoreworld (RFA Burmese)", "https://crimeandmoreworld.com/death-toll-in-myanmar-air-strike-rises-to-165-while-threat-of-attack-remains", None, "en",
          "Death toll in Myanmar air strike rises to 165 while threat of attack remains",
          {"nug": {"outlet": "National Unity Government", "wire": "RFA Burmese"}, "nway": {"outlet": "Nway Oo", "wire": "RFA Burmese"}})
rfa_165 = E.c("National Unity Government", "people", "killed in an air strike", "165", it=TOLL, iv=165, st=AMM165, sp=NUG, qualifiers=["said Thursday"], via="nug")
rfa_crem = E.c("Nway Oo", "bodies", "had been cremated", "130", it=None, qualifiers=["as of Thursday morning"], via="nway")
rfa_resc = E.c("RFA Burmese", "rescue workers", "killed", "three", it=RESC, iv=3, actor="junta troops", qualifiers=["hours after the air strike", "again attacked the site"])

# 7 The Irrawaddy, Wednesday 12 April
E.article("irw", "The Irrawaddy", "https://www.irrawaddy.com/news/burma/death-toll-from-myanmar-juntas-aerial-massacre-of-villagers-in-sagaing-tops-110.html", None, "en",
          "Death toll from Myanmar junta's aerial massacre of villagers in Sagaing tops 110",
          {"loc": {"outlet": "a local"}, "vol": {"outlet": "local volunteers"}, "sur": {"outlet": "a survivor"}})
irw_110 = E.c("The Irrawaddy", "death toll", "rose to", "110", it=TOLL, iv=110, sp="The Irrawaddy", qualifiers=["by Wednesday afternoon", "expected to increase"])
irw_loc = E.c("a local", "people", "perished in Tuesday's bombardment", "more than 110", it=TOLL, iv=(111, INF), qualifiers=["five of them died from injuries later the same day"], via="loc")
irw_c14 = E.c("local volunteers", "separate remains belonging to dead children aged under 14", "found", "more than 50", it=CHILD14, iv=(51, INF), via="vol")
irw_2nd = E.c("The Irrawaddy", "a junta jet fighter", "conducted another air strike while locals were still collecting bodies", it=SECOND, lab=AGAIN, sp="The Irrawaddy", qualifiers=["In the evening"])
irw_sur = E.c("a survivor", "the crowd of people", "the junta fighter jet dropped bombs directly into", it=CAUSE, lab=AIR, qualifiers=["killing many instantly"], via="sur")
irw_att = E.c("The Irrawaddy", "locals including children", "had gathered for a feast", "hundreds", it=ATT, iv=(200, INF), sp="The Irrawaddy")

# 8 infoplant4u (AFP, RFA)
E.article("ifp", "infoplant4u", "https://infoplant4u.com/2023/04/at-least-170-people-have-been-killed-in.html", None, "en", None,
          {"crem": {"outlet": "a person involved in cremating bodies and local media"}, "rw": {"outlet": "rescue workers"},
           "vil": {"outlet": "a villager involved in the cremation of the bodies"}, "nug": {"outlet": "The National Unity Government (NUG)", "title": "chart"}})
ifp_170 = E.c("a person involved in cremating bodies and local media", "death toll", "has climbed to", "at least 170", it=TOLL, iv=(170, INF), st=CREM170, via="crem")
ifp_rw = E.c("rescue workers", "the account provided by the military authorities", "is accurate", polarity="denied", it=CAUSE, lab=NOEXPL, st=RW_DISP,
             qualifiers=["highlighted the methodical and deliberate nature of the attack"], via="rw")
ifp_air = E.c("rescue workers", "the assault", "began with a jet fighter dropping bombs, followed by an Mi-35 helicopter strafing the area", it=CAUSE, lab=AIR, st=RW_AIR, via="rw")
ifp_171 = E.c("a villager involved in the cremation of the bodies", "death toll", "raised to", "171", it=TOLL, iv=171, st=VIL171, sp=VIL, qualifiers=["from the earlier count of 130"], via="vil")
ifp_w = E.c("a villager involved in the cremation of the bodies", "injured individuals", "were receiving medical attention", "53", it=WND, iv=53, st=VIL53W, sp=VIL, via="vil")
ifp_168 = E.c("The National Unity Government (NUG)", "fatalities", "a chart indicated a total of", "168", it=TOLL, iv=168, st=NUG168, sp=NUG, qualifiers=["released on Friday"], via="nug")
ifp_fled = E.c("infoplant4u", "residents of the 100 homes", "fleeing and refusing to return", "over 800", it=None, place="Pa Zi Gyi")
ifp_coup = E.c("infoplant4u", "civilians", "killing of an estimated", "5,000", it=COUP, iv=(4500, 5500), ev="myanmar-2021-2023-civilian-toll", qualifiers=["since the military ousted the civilian government in 2021"])

# 9 Nepalbahas (Malay Mail / AFP; SMH; The Irrawaddy; Türk)
E.article("npb", "Nepalbahas", "https://en.nepalbahas.com/news/detail/258146", None, "en", "Myanmar's military junta confirms deadly air strike on a village in Sagaing region",
          {"zmt": {"outlet": "Zaw Min Tun", "wire": "malaymail"}, "wit": {"outlet": "a witness, a member of a local pro-democracy group and independent media", "wire": "The Sydney Morning Herald"}, "irw": {"outlet": "The Irrawaddy"},
           "turk": {"outlet": "Volker Turk"}, "ew": {"outlet": "an emergency worker at the scene and an official of the National Unity Government"}})
npb_p = E.c("Zaw Min Tun", "a deadly air strike on a village in the Sagaing region", "confirmed", it=PERP, lab=MIL, st=ZMT_P, sp=JUNTA,
            quote="There was (a People's Defence Force) office opening ceremony ... (Tuesday) morning about 8 am at Pazi Gyi village", via="zmt")
npb_v = E.c("Zaw Min Tun", "some of the dead", "were anti-coup fighters in uniform", it=VICT, lab=FIGHT_SOME, st=ZMT_V, sp=JUNTA, qualifiers=["there could be some people with civilian clothes"], via="zmt")
npb_c = E.c("Zaw Min Tun", "people", "were killed not because of our attack only: mines planted by PDF around that area", it=CAUSE, lab=EXPL, st=ZMT_C, sp=JUNTA, actor="PDF", via="zmt")
npb_c2 = E.c("Zaw Min Tun", "a storage area for gunpowder and mines", "the airstrike had also hit", it=CAUSE, lab=EXPL, st=ZMT_C2, sp=JUNTA, via="zmt")
npb_wit = E.c("a witness, a member of a local pro-democracy group and independent media", "people", "killed", "as many as 100", it=TOLL, iv=(0, 100), qualifiers=["including many children"], via="wit")
npb_irw = E.c("The Irrawaddy", "civilians including children", "were killed", "50", it=TOLL, iv=(50, INF), st=IRW50, sp="The Irrawaddy", qualifiers=["written 'at 50'"], via="irw")
npb_irw30 = E.c("The Irrawaddy", "people", "injured", "30", it=WND, iv=30, st=IRW30, sp="The Irrawaddy", via="irw")
npb_turk = E.c("Volker Turk", "schoolchildren performing dances", "included among the victims", it=VICT, lab=CIV_SOME, st=TURK_V, sp="UN", via="turk")
npb_ch = E.c("an emergency worker at the scene and an official of the National Unity Government", "children", "were among the dead", "at least 30", it=CHILD, iv=(30, INF), via="ew")

# 10 Bangkok Post (AFP)
E.article("bkp", "Bangkok Post", "https://www.bangkokpost.com/world/2550199/myanmar-air-strike-deaths-reach-at-least-170", None, "en", "Myanmar air strike deaths reach at least 170",
          {"crem": {"outlet": "a person involved in cremating bodies and local media reports"}, "mil": {"outlet": "military authorities"},
           "rw": {"outlet": "rescue workers"}, "vil": {"outlet": "a villager involved in cremating the bodies", "wire": "AFP"}})
bkp_170 = E.c("a person involved in cremating bodies and local media reports", "death toll", "has risen to", "at least 170", it=TOLL, iv=(170, INF), st=CREM170, via="crem")
bkp_p = E.c("military authorities", "an operation in the area against 'terrorists'", "confirmed they had carried out", it=PERP, lab=MIL, sp=JUNTA, via="mil")
bkp_c = E.c("military authorities", "the large number of casualties", "was the result of a rebel weapons cache exploding", it=CAUSE, lab=EXPL, st=MIL_AFP_C, sp=JUNTA, via="mil")
bkp_sh = E.c("military authorities", "PDF fighters", "used civilians as human shields", it=None, sp=JUNTA, via="mil")
bkp_rw = E.c("rescue workers", "that account", "disputed", it=CAUSE, lab=NOEXPL, st=RW_DISP, qualifiers=["noting the deliberate and thorough nature of the attack"], via="rw")
bkp_air = E.c("rescue workers", "the attack", "began with a jet fighter dropping bombs, followed by an Mi-35 helicopter strafing the area", it=CAUSE, lab=AIR, st=RW_AIR, via="rw")
bkp_171 = E.c("a villager involved in cremating the bodies", "death count", "revised up to", "171", it=TOLL, iv=171, st=VIL171, sp=VIL, qualifiers=["said on Friday"], via="vil")
bkp_130 = E.c("a villager involved in cremating the bodies", "death count", "a day earlier", "130", it=TOLL, iv=130, st=VIL130, sp=VIL, via="vil")
bkp_ch = E.c("a villager involved in cremating the bodies", "children", "were killed", "38", it=CHILD, iv=38, st=VIL38, sp=VIL, via="vil")
bkp_wo = E.c("a villager involved in cremating the bodies", "women", "were killed", "24", it=WOMEN, iv=24, st=VIL24, sp=VIL, via="vil")
bkp_w = E.c("a villager involved in cremating the bodies", "wounded", "were receiving medical care", "53", it=WND, iv=53, st=VIL53W, sp=VIL, via="vil")
bkp_att = E.c("Bangkok Post", "local residents", "had gathered to mark the opening of a new administrative centre", "Dozens", it=ATT, iv=(20, INF))

# 11 SRF (German)
E.article("srf", "SRF", "https://srf.ch/news/international/bis-100-tote-bei-luftangriff-militaer-feuert-raketen-auf-dorf-in-myanmar", None, "de",
          "Bis 100 Tote bei Luftangriff: Militär feuert Raketen auf Dorf in Myanmar", {"med": {"outlet": "verschiedene Medienberichte"}})
srf_toll = E.c("verschiedene Medienberichte", "Zivilistinnen und Zivilisten", "sollen ums Leben gekommen sein", Q("zwischen 50 und 100", 50, 100, "range"), it=TOLL, iv=(50, 100), hedge="sollen", via="med")
srf_air = E.c("SRF", "die Gemeinde Pazigyi in der Region Sagaing", "hätten Raketen abgefeuert auf", actor="Die Streitkräfte des machthabenden Militärregimes", it=CAUSE, lab=AIR, hedge="hätten")
srf_con = E.c("SRF", "Menschen", "bei einem Luftangriff auf ein Konzert im Norden des Landes getötet", "80", it=CONCERT, iv=80, ev="kachin-concert-2022-10",
              qualifiers=["Im Oktober vergangenen Jahres"])

# 12 Tiroler Tageszeitung (German)
E.article("tt", "Tiroler Tageszeitung", "https://www.tt.com/artikel/30851529/keine-worte-entsetzen-nach-luftangriff-auf-zivilisten-in-myanmar", None, "de",
          "Keine Worte: Entsetzen nach Luftangriff auf Zivilisten in Myanmar", {"wit": {"outlet": "ein Augenzeuge"}})
tt_toll = E.c("ein Augenzeuge", "Tote", "es sind", Q("mindestens 90 oder 100", 90, None, "lower_bound"), it=TOLL, iv=(90, INF), qualifiers=["sagte am Mittwoch"],
              quote="Wir können nicht genau sagen, wie viele Tote es sind, aber es sind mindestens 90 oder 100", via="wit")
tt_w = E.c("ein Augenzeuge", "weitere Menschen", "sind schwer verletzt", "mindestens 50", it=WND, iv=(50, INF), via="wit")

# 13 RSI (Italian)
E.article("rsi", "RSI", "https://rsi.ch/info/mondo/Myanmar-la-giunta-giustifica-la-strage--1814848.html", None, "it", "Myanmar, la giunta giustifica la strage",
          {"wit": {"outlet": "testimoni"}, "gov": {"outlet": "il Governo militare"}})
rsi_toll = E.c("RSI", "civili", "sono rimasti uccisi", Q("forse 100", 100, 100, "approximate"), it=TOLL, iv=(90, 110), hedge="forse", qualifiers=["certamente più dei 50 del primo bilancio"])
rsi_w = E.c("RSI", "feriti", "si contano a", "decine", it=WND, iv=(20, INF))
rsi_2nd = E.c("testimoni", "l'attacco", "è stato poi ripetuto in serata, quando erano ancora in corso le operazioni di soccorso", it=SECOND, lab=AGAIN, via="wit")
rsi_p = E.c("il Governo militare", "un attacco aereo contro il villaggio di Pazigyi", "ha ammesso e giustificato", it=PERP, lab=MIL, sp=JUNTA, via="gov")
rsi_monk = E.c("il Governo militare", "monaci e insegnanti", "uccisione", actor="le Forze di difesa popolare", it=None, ev="myanmar-pdf-killings-alleged", sp=JUNTA, via="gov")

# 14 L'Osservatore Romano, 12 April
E.article("oss", "L'Osservatore Romano", "https://www.osservatoreromano.va/it/news/2023-04/quo-085/strage-di-civili-in-myanmar.print.html", "2023-04-12", "it", "Strage di civili in Myanmar",
          {"zmt": {"outlet": "Zaw Min Tun (portavoce della giunta)"}})
oss_toll = E.c("L'Osservatore Romano", "persone", "sono rimaste uccise in un attacco aereo", "almeno un centinaio", it=TOLL, iv=(100, INF), actor="l'esercito birmano",
               qualifiers=["ieri", "tra cui anche molte donne"])
oss_ch = E.c("L'Osservatore Romano", "bambini", "sono rimasti uccisi", "circa trenta", it=CHILD, iv=(27, 33))
oss_p = E.c("Zaw Min Tun (portavoce della giunta)", "l'operazione", "è stata condotta mentre era in corso la cerimonia di inaugurazione di una sede delle Forze di difesa del popolo",
            it=PERP, lab=MIL, st=ZMT_P, sp=JUNTA, via="zmt")

# 15 Los Andes (Spanish)
E.article("lan", "Los Andes", "https://sanjuan.losandes.com.ar/mundo/junta-militar-de-birmania-bombardea-pueblo-opositor-y-asesina-a-mas-de-50-civiles", None, "es",
          "Junta militar de Birmania bombardea pueblo opositor y asesina a más de 50 civiles",
          {"bm": {"outlet": "medios británicos"}, "sur": {"outlet": "algunos sobrevivientes"}, "ald": {"outlet": "un aldeano"}})
lan_own = E.c("Los Andes", "civiles", "asesina a", "más de 50", it=TOLL, iv=(51, INF), actor="Junta militar de Birmania")
lan_w = E.c("Los Andes", "heridos", "dejando", "cientos", it=WND, iv=(200, INF), qualifiers=["gran parte de ellos mujeres y niños"])
lan_53 = E.c("medios británicos", "personas", "habrían muerto", "al menos 53", it=TOLL, iv=(53, INF), hedge="habrían", via="bm")
lan_wo = E.c("algunos sobrevivientes", "mujeres", "entre los muertos se encuentran", "al menos 15", it=WOMEN, iv=(15, INF), qualifiers=["y varios niños"], via="sur")
lan_air = E.c("un aldeano", "la aldea", "un avión militar soltó una bomba, seguido de un helicóptero artillado que ametralló durante veinte minutos", it=CAUSE, lab=AIR, via="ald")

# 16 Diario La Voz (CNN), 13 April
E.article("dlv", "Diario La Voz", "https://diariolavoz.net/2023/04/13/masacre-en-birmania-ascienden-a-165-los-muertos-entre-ellos-19-ninos", "2023-04-13", "es",
          "Masacre en Birmania: ascienden a 165 los muertos, entre ellos 19 niños",
          {"amm": {"outlet": "Aung Myo Min, ministro de derechos humanos del Gobierno de Unidad Nacional", "title": "Twitter; confirmado a CNN", "wire": "CNN"},
           "wit": {"outlet": "un testigo", "wire": "CNN"}})
dlv_165 = E.c("Aung Myo Min, ministro de derechos humanos del Gobierno de Unidad Nacional", "personas", "murieron", "al menos 165", it=TOLL, iv=(165, INF), st=AMM165, sp=NUG,
              actor="la junta militar de Myanmar", place="municipio de Kanbalu, región de Sagaing", via="amm")
dlv_wo = E.c("Aung Myo Min, ministro de derechos humanos del Gobierno de Unidad Nacional", "mujeres", "murieron", "27", it=WOMEN, iv=27, sp=NUG, via="amm")
dlv_ch = E.c("Aung Myo Min, ministro de derechos humanos del Gobierno de Unidad Nacional", "niños", "murieron", "19", it=CHILD, iv=19, sp=NUG, via="amm")
dlv_w = E.c("Aung Myo Min, ministro de derechos humanos del Gobierno de Unidad Nacional", "personas", "resultaron heridas", "30", it=WND, iv=30, sp=NUG,
            qualifiers=["20 de las cuales permanecen en estado grave"], via="amm")
dlv_crem = E.c("Aung Myo Min, ministro de derechos humanos del Gobierno de Unidad Nacional", "cuerpos", "han sido incinerados", "158", it=None, sp=NUG, via="amm")
dlv_att = E.c("un testigo", "personas", "se habían reunido en la aldea de Pazigyi", "Unas 300", it=ATT, iv=(270, 330), st=CNNWIT, sp="CNN's witness", via="wit")

# 17 Euronews (Spanish), 12 April
E.article("eun", "Euronews", "https://es.euronews.com/2023/04/12/mas-de-100-muertos-en-un-bombardeo-de-la-junta-militar-de-birmania-contra-la-oposicion", "2023-04-12", "es",
          "Más de 100 muertos en un bombardeo de la Junta Militar de Birmania contra la oposición",
          {"nug": {"outlet": "portavoz del GUN"}, "loc": {"outlet": "diferentes medios locales"}})
eun_own = E.c("Euronews", "fallecidos", "se estima que el ataque dejó", Q("más de 100", 101, None, "lower_bound"), it=TOLL, iv=(101, INF), qualifiers=["entre ellos decenas de niños"])
eun_50 = E.c("portavoz del GUN", "personas", "confirmó la muerte de", "al menos 50", it=TOLL, iv=(50, INF), st=NUGS50, sp=NUG, via="nug")
eun_loc = E.c("diferentes medios locales", "personas", "pueden haber muerto", Q("más de un centenar", 101, None, "lower_bound"), it=TOLL, iv=(101, INF), via="loc")
eun_att = E.c("diferentes medios locales", "personas", "pudieron acudir al evento", "hasta 150", it=ATT, iv=(0, 150), hedge="se estima", via="loc")
eun_2nd = E.c("portavoz del GUN", "los cazas", "volvieron a bombardear el poblado cuando voluntarios buscaban supervivientes", it=SECOND, lab=AGAIN, sp=NUG, via="nug")

# 18 BioBioChile (EFE), 11 April
E.article("bio", "BioBioChile", "https://www.biobiochile.cl/noticias/internacional/asia/2023/04/11/al-menos-50-muertos-entre-ellos-ninos-tras-bombardeo-a-un-acto-de-la-oposicion-en-birmania.shtml",
          "2023-04-11", "es", "Al menos 50 muertos, entre ellos niños, tras bombardeo a un acto de la oposición en Birmania",
          {"nug": {"outlet": "portavoz del NUG", "wire": "EFE"}, "irw": {"outlet": "The Irrawaddy"}})
bio_50 = E.c("portavoz del NUG", "víctimas mortales", "nuestras estimaciones actuales son de", "al menos 50", it=TOLL, iv=(50, INF), st=NUGS50, sp=NUG,
             quote="Nuestras estimaciones actuales son de al menos 50 víctimas mortales", via="nug")
bio_att = E.c("The Irrawaddy", "personas", "presenciaban la inauguración", Q("un centenar", 100, 100, "approximate"), it=ATT, iv=(90, 110), sp="The Irrawaddy", via="irw")
bio_air = E.c("The Irrawaddy", "dos bombas", "los aviones militares lanzaron", it=CAUSE, lab=AIR, st=IRWAIR, sp="The Irrawaddy", via="irw")

# 19 The Brussels Times (Belga/AFP)
E.article("bxl", "The Brussels Times", "https://www.brusselstimes.com/452674/un-expresses-horror-following-air-strike-on-burmese-village-blamed-on-ruling-junta", None, "en",
          "UN expresses horror following air strike on Burmese village blamed on ruling junta",
          {"turk": {"outlet": "Volker Turk", "title": "statement"}, "afp": {"outlet": "witnesses contacted by AFP", "wire": "AFP"}})
bxl_v = E.c("Volker Turk", "schoolchildren performing dances, as well as other civilians", "were among the victims", it=VICT, lab=CIV_SOME, st=TURK_V, sp="UN", hedge="It appears", via="turk")
bxl_t = E.c("Volker Turk", "people", "may have been killed", "as many as 100", it=TOLL, iv=(0, 100), st=TURK_T, sp="UN", qualifiers=["Media reported"], via="turk")
bxl_air = E.c("Volker Turk", "those fleeing the hall", "a helicopter gunship then fired on", it=CAUSE, lab=AIR, st=TURK_AIR, sp="UN", hedge="reportedly", via="turk")
bxl_afp = E.c("witnesses contacted by AFP", "dead", "reported", "around 100", it=TOLL, iv=(90, 110), st=AFPW, via="afp")

# 20 DVB, 12 April
E.article("dvb", "DVB", "https://english.dvb.no/military-regime-claims-responsibility-for-airstrikes-on-kanbalu-township/", "2023-04-12", "en",
          "Military regime claims responsibility for airstrikes on Kanbalu Township",
          {"zmt": {"outlet": "Regime spokesperson Zaw Min Tun", "title": "Myanmar Radio and Television (MRTV)"}, "loc": {"outlet": "Locals"},
           "one": {"outlet": "a local"}, "nld": {"outlet": "National League for Democracy (NLD)"}})
dvb_p = E.c("Regime spokesperson Zaw Min Tun", "an airstrike in Pa Zi Gyi village", "confirmed that the military conducted", it=PERP, lab=MIL, sp=JUNTA, when="April 11",
            quote="There was an opening ceremony for an office of the so-called terrorist group the People's Defense Force [PDF]. We had to attack it.", via="zmt")
dvb_v = E.c("Regime spokesperson Zaw Min Tun", "members of that terrorist group", "were killed at the ceremony", it=VICT, lab=FIGHT_ALL, st=ZMT_TV_V, sp=JUNTA, via="zmt")
dvb_cc = E.c("Regime spokesperson Zaw Min Tun", "its members", "were wearing civilian clothes at the opening ceremony", it=VICT, lab=FIGHT_ALL, sp=JUNTA, hedge="alleged", via="zmt")
dvb_c = E.c("Regime spokesperson Zaw Min Tun", "an ammunition depot and landmines planted by the PDF", "the airstrike hit", it=CAUSE, lab=EXPL, sp=JUNTA, hedge="claimed", via="zmt")
dvb_loc = E.c("Locals", "people", "were killed in the airstrikes", "more than 100", it=TOLL, iv=(101, INF), via="loc")
dvb_ch = E.c("Locals", "children", "were killed", "30", it=CHILD, iv=30, via="loc")
dvb_att = E.c("a local", "people", "were gathered at the People's Administration office", "200", it=ATT, iv=200, via="one")
dvb_nld = E.c("National League for Democracy (NLD)", "innocent civilians", "the military committed a mass killing of", it=VICT, lab=CIV_ALL, sp="NLD", via="nld")

# 21 Eleven Myanmar, 12 April
E.article("elv", "Eleven Myanmar", "https://elevenmyanmar.com/news/many-people-killed-in-air-strike-in-pazigyi-village-sac-claims-attacks-target-nug-office", "2023-04-12", "en",
          "Many people killed in air strike in Pazigyi Village; SAC claims attacks target NUG office opening",
          {"sac": {"outlet": "the information team of the State Administration Council (SAC)", "title": "statement"}, "sm": {"outlet": "social media"},
           "zmt": {"outlet": "SAC spokesperson Major General Zaw Min Tun", "title": "state-run televisions"}})
elv_p = E.c("the information team of the State Administration Council (SAC)", "the opening of an NUG (National Unity Government) office", "the air raid targeted", it=PERP, lab=MIL, sp=JUNTA, via="sac")
elv_sm = E.c("social media", "people including young children", "were killed in the strike", "Around 100", it=TOLL, iv=(90, 110), qualifiers=["could not be independently verified by the Eleven Media Group"], via="sm")
elv_int = E.c("the information team of the State Administration Council (SAC)", "air strikes", "launched with restraint by calculating the distance between the village and the site to avoid civilian casualties",
              it=INTENT, lab=RESTRAINT, sp=JUNTA, via="sac")
elv_v = E.c("the information team of the State Administration Council (SAC)", "PDF (People's Defence Force) leader Thant Zin and members", "the strike killed", it=VICT, lab=FIGHT_SOME, sp=JUNTA, via="sac")
elv_c = E.c("the information team of the State Administration Council (SAC)", "a lot more deaths", "might have been caused by a huge explosion of the explosives displayed at the event",
            it=CAUSE, lab=EXPL, sp=JUNTA, hedge="might", via="sac")
elv_tv = E.c("SAC spokesperson Major General Zaw Min Tun", "those PDF members in attendance", "died", it=VICT, lab=FIGHT_ALL, st=ZMT_TV_V, sp=JUNTA,
             quote="We learnt that those PDF members in attendance died.", qualifiers=["Most of their members were in uniform. Some might have been in civilian clothes."], via="zmt")

# 22 The Washington Post (via Progressive Voice), 4 August
E.article("wap", "Progressive Voice (The Washington Post)", "https://progressivevoicemyanmar.org/2023/08/04/myanmars-military-said-it-bombed-terrorists-it-killed-children/", "2023-08-04", "en",
          "Myanmar's military said it bombed 'terrorists.' It killed children.",
          {"grp": {"outlet": "two local groups", "wire": "The Washington Post"}, "mil": {"outlet": "Myanmar's military", "wire": "The Washington Post"}})
wap_157 = E.c("two local groups", "people", "were killed", "At least 157", it=TOLL, iv=(157, INF), qualifiers=["verified the toll over several months"], via="grp")
wap_att = E.c("The Washington Post", "people", "had gathered to inaugurate the opening of a local administrative building", "several hundred", it=ATT, iv=(200, INF))
wap_ch = E.c("The Washington Post", "children", "killed in the Pa Zi Gyi airstrike", "dozens", it=CHILD, iv=(20, INF))
wap_mil = E.c("Myanmar's military", "'terrorists'", "bombed", it=VICT, lab=FIGHT_ALL, sp=JUNTA, via="mil")

# 23 Myanmar Now (about four months on)
E.article("mmn", "Myanmar Now", "https://myanmar-now.org/en/news/nearly-four-months-on-survivors-of-pa-zi-gyi-air-strike-still-on-the-run-from-myanmar-military/", None, "en",
          "Nearly four months on, survivors of Pa Zi Gyi air strike still on the run from Myanmar military",
          {"ver": {"outlet": "the NUG and the local anti-junta People's Defence Force (PDF)"}, "off": {"outlet": "an officer in the Kanbalu District PDF's fourth battalion"}})
mmn_155 = E.c("the NUG and the local anti-junta People's Defence Force (PDF)", "death toll", "was confirmed to be", "155", it=TOLL, iv=155, sp=NUG, qualifiers=["After three weeks of verification"], via="ver")
mmn_ch = E.c("an officer in the Kanbalu District PDF's fourth battalion", "children", "among the casualties", "more than 30", it=CHILD, iv=(31, INF), qualifiers=["18 of whom were under two years old"], via="off")
mmn_att = E.c("Myanmar Now", "others", "gathered to commemorate the event", "some 200", it=ATT, iv=(180, 220))

# 24 Kompas (AFP), 12 April
E.article("kom", "Kompas.com", "https://amp.kompas.com/global/read/2023/04/12/084004470/junta-myanmar-akui-serang-desa-pazi-gyi-50-orang-tewas", "2023-04-12", "id",
          "Junta Myanmar Akui Serang Desa Pazi Gyi, 50 Orang Tewas",
          {"zmt": {"outlet": "juru bicara junta Zaw Min Tun", "wire": "AFP"}, "turk": {"outlet": "Kepala HAM PBB Volker Turk"},
           "bir": {"outlet": "BBC Burma, The Irrawaddy, dan Radio Free Asia"}})
kom_toll = E.c("Kompas.com", "orang", "dilaporkan menewaskan", "50", it=TOLL, iv=50, hedge="dilaporkan")
kom_p = E.c("juru bicara junta Zaw Min Tun", "serangan udara mematikan di Desa Pazi Gyi", "mengonfirmasi", it=PERP, lab=MIL, st=ZMT_P, sp=JUNTA,
            quote="Ada upacara pembukaan kantor (Pasukan Pertahanan Rakyat/PDF) pada Selasa (11/4/2023) pagi sekitar pukul 08.00 di Desa Pazi Gyi", via="zmt")
kom_v = E.c("juru bicara junta Zaw Min Tun", "beberapa yang tewas", "adalah pejuang anti-kudeta berseragam", it=VICT, lab=FIGHT_SOME, st=ZMT_V, sp=JUNTA,
            qualifiers=["kemungkinan ada beberapa orang dengan pakaian sipil"], via="zmt")
kom_c = E.c("juru bicara junta Zaw Min Tun", "orang-orang", "tewas bukan hanya karena serangan kami: ranjau yang ditanam oleh PDF", it=CAUSE, lab=EXPL, st=ZMT_C, sp=JUNTA, via="zmt")
kom_c2 = E.c("juru bicara junta Zaw Min Tun", "area penyimpanan mesiu dan ranjau", "serangan udara itu juga mengenai", it=CAUSE, lab=EXPL, st=ZMT_C2, sp=JUNTA, via="zmt")
kom_turk = E.c("Kepala HAM PBB Volker Turk", "anak-anak sekolah yang sedang menari", "termasuk korban", it=VICT, lab=CIV_SOME, st=TURK_V, sp="UN", via="turk")
kom_bir = E.c("BBC Burma, The Irrawaddy, dan Radio Free Asia", "korban jiwa", "melaporkan", "sedikitnya 50", it=TOLL, iv=(50, INF), st=BIR50, via="bir")

# 25 Tribunnews (CNN), 12 April
E.article("trb", "Tribunnews", "https://m.tribunnews.com/internasional/2023/04/12/133-orang-tewas-dalam-serangan-udara-junta-myanmar-jasad-hangus-berserakan", "2023-04-12", "id",
          "133 Orang Tewas dalam Serangan Udara Junta Myanmar, Jasad Hangus Berserakan",
          {"amm": {"outlet": "Aung Myo Min, Menteri Hak Asasi Manusia dari Pemerintah Persatuan Nasional", "wire": "CNN"},
           "kyu": {"outlet": "Kelompok aktivis Kyunhla"}, "wit": {"outlet": "seorang saksi mata", "wire": "CNN"}})
trb_133 = E.c("Aung Myo Min, Menteri Hak Asasi Manusia dari Pemerintah Persatuan Nasional", "orang, termasuk wanita dan anak-anak", "tewas", "Sedikitnya 133", it=TOLL, iv=(133, INF),
              st=AMM133, sp=NUG, place="Kanbalu, Sagaing tengah", via="amm")
trb_ch = E.c("Kelompok aktivis Kyunhla", "anak", "tewas", "sedikitnya 20", it=CHILD, iv=(20, INF), st=KYU20, sp=KYU, via="kyu")
trb_w = E.c("Kelompok aktivis Kyunhla", "orang", "terluka", "50", it=WND, iv=50, st=KYU50W, sp=KYU, via="kyu")
trb_att = E.c("seorang saksi mata", "orang", "berkumpul di Desa Pazigyi", Q("sekira 300", 300, 300, "approximate"), it=ATT, iv=(270, 330), st=CNNWIT, sp="CNN's witness", via="wit")

# 26 Free Malaysia Today (Malay; dpa), 12 April
E.article("fmt", "Free Malaysia Today", "https://dev-v4.freemalaysiatoday.com/category/bahasa/dunia/2023/04/12/tentera-myanmar-lancar-serangan-udara-sekurang-kurangnya-100-terbunuh",
          "2023-04-12", "ms", "Tentera Myanmar lancar serangan udara, sekurang-kurangnya 100 terbunuh",
          {"med": {"outlet": "laporan media dan saksi"}, "dpa": {"outlet": "Agensi Berita Jerman (dpa)"}, "nug": {"outlet": "Kerajaan Perpaduan Nasional"}})
fmt_100 = E.c("laporan media dan saksi", "orang awam termasuk beberapa kanak-kanak", "terbunuh", Q("sekurang-kurangnya 100", 100, None, "lower_bound"), it=TOLL, iv=(100, INF), via="med")
fmt_air = E.c("Agensi Berita Jerman (dpa)", "perbandaran Pazigyi di wilayah Sagaing", "tentera melancarkan roket ke", it=CAUSE, lab=AIR, via="dpa")
fmt_nug = E.c("Kerajaan Perpaduan Nasional", "orang awam yang tidak bersalah", "bukti keganasan junta terhadap", it=VICT, lab=CIV_ALL, st=NUGCIV, sp=NUG, qualifiers=["perbuatan keji"], via="nug")

# 27 Myanmar Peace Monitor (Narinjara): the NUG's list of 16 April
E.article("mpm", "Myanmar Peace Monitor", "https://mmpeacemonitor.org/318334/40-children-are-among-those-killed-in-pazigyi-village-airstrike", None, "en",
          "40 children are among those killed in Pazigyi village airstrike",
          {"nug": {"outlet": "NUG", "title": "list of victims", "published": "2023-04-16"}, "ym": {"outlet": "Yee Mon"}, "loc": {"outlet": "locals"}})
mpm_168 = E.c("NUG", "people", "killed in the airstrike", "168", it=TOLL, iv=168, sp=NUG, via="nug")
mpm_ch = E.c("NUG", "children aged below 18", "are among those killed", "Forty", it=CHILD, iv=40, sp=NUG, via="nug")
mpm_w = E.c("NUG", "villagers", "the airstrike also wounded", "16", it=WND, iv=16, sp=NUG, via="nug")
mpm_ym = E.c("Yee Mon", "a village", "the military council bombarded on purpose although it knew it was not a military camp", it=INTENT, lab=DELIB, sp=NUG, via="ym")
mpm_loc = E.c("locals", "people", "killing", "more than 160", it=TOLL, iv=(161, INF), when="11 April 2023", via="loc")

# 28 Slovak (TASR/AFP)
E.article("svk", "HN24", "https://admin01.svetevity.sk/hn24/96077054-komisar-osn-je-zdeseny-naletmi-vojenskej-junty-na-salu-v-mjanmarsku", None, "sk",
          "Komisár OSN je zdesený náletmi vojenskej junty na sálu v Mjanmarsku",
          {"turk": {"outlet": "Volker Türk"}, "afp": {"outlet": "očití svedkovia, ktorých kontaktovala AFP", "wire": "AFP"}})
svk_v = E.c("Volker Türk", "školáci predvádzajúci tance a ďalší civilisti", "boli medzi obeťami", it=VICT, lab=CIV_SOME, st=TURK_V, sp="UN", hedge="Zdá sa", via="turk")
svk_afp = E.c("očití svedkovia, ktorých kontaktovala AFP", "mŕtvych", "hovorili", Q("až o 100", None, 100, "upper_bound"), it=TOLL, iv=(0, 100), st=AFPW, via="afp")

# 29 NRK (English translation via teknomers)
E.article("nrk", "teknomers (NRK)", "https://teknomers.com/en/?p=39883", None, "en", "UN chief terrorized - school children among victims in Myanmar",
          {"wit": {"outlet": "witnesses (BBC Burma, Radio Free Asia, the Irrawaddy)", "wire": "Reuters"}, "zmt": {"outlet": "junta spokesman Zaw Min Tun"}})
nrk_toll = E.c("witnesses (BBC Burma, Radio Free Asia, the Irrawaddy)", "people", "were killed in the attack", "between 50 and 100", it=TOLL, iv=(50, 100), via="wit")
nrk_v = E.c("junta spokesman Zaw Min Tun", "some of those killed", "were opponents of the junta's coup dressed in uniform", it=VICT, lab=FIGHT_SOME, st=ZMT_V, sp=JUNTA,
            qualifiers=["there may have been some people in civilian clothes"], via="zmt")
nrk_con = E.c("NRK", "civilians", "were killed during a concert", "50", it=CONCERT, iv=50, ev="kachin-concert-2022-10", qualifiers=["in October"])

# 30 RMOL (Indonesian), 12 April
E.article("rml", "RMOL", "https://rmol.id/amp/2023/04/12/570463/junta-myanmar-akui-serangan-ke-desa-pazigyi-korban-jiwa-bertambah-100-orang", "2023-04-12", "id",
          "Junta Myanmar Akui Serangan ke Desa Pazigyi, Korban Jiwa Bertambah 100 Orang",
          {"wit": {"outlet": "seorang saksi mata", "wire": "Associated Press"}, "spk": {"outlet": "juru bicara pemerintah militer"}, "opp": {"outlet": "pihak oposisi"}})
rml_100 = E.c("RMOL", "korban tewas", "bertambah menjadi", "sekitar 100", it=TOLL, iv=(90, 110))
rml_att = E.c("seorang saksi mata", "kerumunan", "berkumpul untuk pembukaan kantor lokal", "sekitar 150", it=ATT, iv=(135, 165), sp="AP's witness", via="wit")
rml_v = E.c("juru bicara pemerintah militer", "sebagian korban tewas", "adalah pejuang anti-kudeta berseragam", it=VICT, lab=FIGHT_SOME, sp=JUNTA, via="spk")
rml_c = E.c("juru bicara pemerintah militer", "banyaknya kematian", "penyebabnya ranjau yang ditanam oleh pihak PDF", it=CAUSE, lab=EXPL, sp=JUNTA, via="spk")
rml_nug = E.c("pihak oposisi", "warga sipil tak berdosa", "penggunaan kekuatan ekstrem tanpa pandang bulu terhadap", it=VICT, lab=CIV_ALL, st=NUGCIV, sp=NUG, via="opp")

# 31 The Nation (AFP)
E.article("nat", "The Nation Thailand", "https://www.nationthailand.com/world/asean/40026566", None, "en", None,
          {"gut": {"outlet": "UN Secretary-General Antonio Guterres", "title": "statement by his spokesman Stephane Dujarric"},
           "rsc": {"outlet": "a rescuer connected to an anti-coup PDF group"}})
nat_gut = E.c("UN Secretary-General Antonio Guterres", "the attack by the Myanmar Armed Forces", "strongly condemns", it=PERP, lab=MIL, st=GUT, sp="UN", via="gut")
nat_rsc = E.c("a rescuer connected to an anti-coup PDF group", "death toll", "could be", "up to 100", it=TOLL, iv=(0, 100), hedge="estimated", via="rsc")

# 32 EconoTimes
E.article("eco", "EconoTimes", "https://econotimes.com/Myanmar-coup-Military-air-strike-kills-more-than-40-people-in-Sagaing-region-1654237", None, "en",
          "Myanmar coup: Military air strike kills more than 40 people in Sagaing region",
          {"wit": {"outlet": "witnesses and local media outlets"}, "tak": {"outlet": "Tak provincial officials", "title": "statement"}})
eco_50 = E.c("witnesses and local media outlets", "people, including children", "the strike killed", "at least 50", it=TOLL, iv=(50, INF), via="wit")
eco_tak = E.c("Tak provincial officials", "people", "crossed the border into Thailand's Tak province", "around 3998", it=None, ev="myawaddy-2023-04-displacement", via="tak")

# -- label relations between different speakers ---------------------------------------
L = E.labrel
L[frozenset((FIGHT_ALL, CIV_ALL))] = "contradicts"
L[frozenset((FIGHT_ALL, CIV_SOME))] = "contradicts"
L[frozenset((FIGHT_SOME, CIV_ALL))] = "contradicts"
L[frozenset((FIGHT_SOME, CIV_SOME))] = "compatible"
L[frozenset((FIGHT_ALL, FIGHT_SOME))] = "refines"
L[frozenset((CIV_ALL, CIV_SOME))] = "refines"
L[frozenset((EXPL, NOEXPL))] = "contradicts"
L[frozenset((EXPL, AIR))] = "compatible"
L[frozenset((NOEXPL, AIR))] = "compatible"
E.exclusive.add(INTENT)

P = E.pair
# NUG: its e-mailed 53 and its spokesman's "at least 50" the same day: one within the other, not a revision
P(vlc_nug, eun_50, "refines", "the NUG's 53 and its spokesman's 'at least 50' the same day (11 Apr): 53 within 'at least 50', not a revision")
P(vlc_nug, bio_50, "refines", "the NUG's 53 and its spokesman's 'at least 50' the same day (11 Apr): 53 within 'at least 50', not a revision")
# the junta: the dead were PDF members vs tolls of civilians and of children (victim dispute for the same dead)
FIGHTERS = (dvb_v, dvb_cc, elv_tv, wap_mil)
CIVTOLLS = (hum_50, npb_irw, srf_toll, rsi_toll, lan_own, fmt_100)
CHILDTOLLS = (ta2_ch, npb_ch, bkp_ch, oss_ch, dlv_ch, dvb_ch, wap_ch, mmn_ch, trb_ch, mpm_ch, irw_c14, dmg_c10)
for f in FIGHTERS:
    for c_ in CIVTOLLS:
        P(f, c_, "contradicts", "junta: those killed were PDF members vs a toll of civilians: victim dispute for the same dead")
    for c_ in CHILDTOLLS:
        P(f, c_, "contradicts", "junta: those killed were PDF members vs children among the dead: victim dispute")
# the junta's restraint to avoid civilian casualties vs civilians among the victims
for c_ in (abj_civ, abj_nug, dvb_nld, fmt_nug, rml_nug):
    P(elv_int, c_, "compatible", "SAC: struck with restraint to avoid civilian casualties vs civilians killed: intent and outcome, both can hold")
# children: more than 50 children under 14 (12 Apr) vs the NUG's 40 under 18 and other counts below 51 (a subset cannot exceed its set)
for c_ in (mpm_ch, ta2_ch, bkp_ch, dlv_ch, dvb_ch, oss_ch):
    P(irw_c14, c_, "contradicts", "more than 50 children under 14 among the dead vs fewer than 51 children in all: disjoint")
for c_ in (npb_ch, mmn_ch, wap_ch, trb_ch):
    P(irw_c14, c_, "compatible", "more than 50 children under 14 vs an open count of children: both can hold")
# 25 children under 10 (Kyunhla) vs counts of children below 25
P(dmg_c10, dlv_ch, "contradicts", "25 children under 10 vs 19 children in all: a subset cannot exceed its set")
# the coup-wide civilian tolls: different scopes
P(ta2_coup, ifp_coup, "compatible", "about 3,200 civilians killed in the junta's crackdown on dissent vs an estimated 5,000 civilians killed since 2021: different scopes, both can hold")
# hard negatives
P(ta2_coup, ta2_171, "unrelated", "civilians killed since the coup (aggregate) vs the Pazigyi toll: total vs incident")
P(ifp_coup, ifp_171, "unrelated", "5,000 killed since 2021 (aggregate) vs the Pazigyi toll: total vs incident")
P(srf_con, srf_toll, "unrelated", "the October 2022 concert strike (80) vs the Pazigyi toll: other event")
P(nrk_con, nrk_toll, "unrelated", "the October 2022 concert strike (50) vs the Pazigyi toll: other event")
P(nrk_con, hum_50, "unrelated", "50 civilians at the concert vs at least 50 civilians at Pazigyi: same figure, other event")
P(dmg_vil, dmg_171, "unrelated", "victims from Pazigyi village itself (as many as 100) vs the whole toll (171): part vs total")
P(rfa_crem, rfa_165, "unrelated", "130 bodies cremated vs 165 killed: other item")
P(rfa_crem, ta2_130, "unrelated", "130 bodies cremated (RFA's rescue worker) vs a death count of 130 (AFP's villager): same figure, other item")
P(dlv_crem, dlv_165, "unrelated", "158 bodies cremated vs at least 165 killed: other item")
P(rfa_resc, rfa_165, "unrelated", "three rescue workers killed in the later attack vs the strike's toll: other item")
P(ifp_fled, ifp_170, "unrelated", "800 residents fled vs 170 killed: other item")
P(eco_tak, eco_50, "unrelated", "3,998 people crossed into Tak (Myawaddy fighting) vs the Pazigyi toll: other event")
P(rsi_monk, rsi_p, "unrelated", "the junta's accusation that the PDF killed monks and teachers vs its admission of the Pazigyi strike: other event")
P(dvb_att, dvb_loc, "unrelated", "200 gathered vs more than 100 killed: other item")
P(mpm_w, mpm_168, "unrelated", "16 wounded vs 168 killed: other item")
P(hum_30, hum_50, "unrelated", "30 injured vs at least 50 killed: other item")
P(bkp_w, bkp_171, "unrelated", "53 wounded vs 171 killed: other item")
P(ta2_ch, ta2_171, "unrelated", "38 children vs 171 killed: a part vs the toll, other item")

# the coup-wide civilian tolls include the Pazigyi dead
E.aggregate(ta2_coup, ["pazigyi-2023"])
E.aggregate(ifp_coup, ["pazigyi-2023"])

E.write()
