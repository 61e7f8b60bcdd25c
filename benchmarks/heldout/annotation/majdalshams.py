"""Majdal Shams, Golan Heights, 27 July 2024: a rocket on a football pitch.

Working file of the blind annotation of `majdalshams-2024` (see ../majdalshams-2024.md).

Two rules are added to lib.py's derivation.  (1) As olenivka.py does for the cause: on who is
responsible (WHO) and on what Hezbollah says it struck that day (BASE), two labels of one speaker
(Hezbollah's denial and its account that an Israeli interceptor fell on the pitch; its "rockets at a
base near Majdal Shams" and its "four strikes incl. the Hermon HQ") are parts of one account, never
a revision: they are related by the label table.  (2) As kunduz.py and sumy.py: two figures of one
speaker that share their lower bound, one exact and one open ("10" and "at least 10"), refine each
other, not a revision.  On the toll, like sumy.py, a toll of "soldiers" (IRNA's relay of "Israeli media") and
every toll of the people / children on the pitch are a victim-class dispute for the same dead:
they contradict even where their figures overlap.
"""
from lib import Event, INF

TOLL, WND, SER, WHO, WPN, BAR, BASE, AGE, CHW = ("toll", "wounded", "seriously wounded", "who fired", "weapon",
                                                 "barrage", "Hezbollah's strikes on military positions", "victims' ages",
                                                 "wounded children in critical condition")
HOSP, ZIV, ZIVS = "wounded still in hospital on Sunday morning", "wounded received at Ziv hospital", "seriously wounded at Ziv hospital"
KFK, DEIR, LEB, LEB0, IDM = ("Kfar Kila strike toll", "Deir al-Balah school strike toll", "Israeli strikes in Lebanon, night of 29-30 Jul",
                             "Israeli strikes in Lebanon, night of 27-28 Jul", "Iron Dome fragments, March 2024")

# who-fired labels
HEZ = "Hezbollah fired the rocket that hit the pitch"
NOT = "Hezbollah did not strike Majdal Shams (denial)"
ICPT = "an Israeli interceptor fell on the pitch"
ICPTQ = "an Iron Dome interceptor possibly hit Majdal Shams (a possibility)"
UNK = "the source of the rocket is unknown"
BOTH = "both sides disclaim responsibility"


class MajdalShams(Event):
    """WHO: two labels of one speaker (Hezbollah's denial and its interceptor account) are parts of one account,
    related by the label table, not a revision.  TOLL: a toll of soldiers and any toll of the people on the pitch
    are a victim-class dispute (contradicts), whatever the figures."""

    def _judge(self, item, ma, mb):
        same_st = ma["st"] and ma["st"] == mb["st"]
        if (ma["sp"] == mb["sp"] and ma["iv"] is not None and mb["iv"] is not None and not same_st
                and ma["iv"][0] == mb["iv"][0] and INF in (ma["iv"][1], mb["iv"][1]) and ma["iv"][1] != mb["iv"][1]):
            return ("refines", f"same speaker, the exact figure within the open one that shares its lower bound ({self._fmt(ma)} / {self._fmt(mb)})")
        if item in (WHO, BASE) and ma["lab"] and mb["lab"] and ma["lab"] != mb["lab"] and not same_st and ma["sp"] == mb["sp"]:
            lr = self.labrel.get(frozenset((ma["lab"], mb["lab"])), "compatible")
            return (lr, f"one speaker's one account, {lr}: {ma['lab']} / {mb['lab']} ({self._fmt(ma)} / {self._fmt(mb)})")
        if item == TOLL and not same_st and (ma.get("vc") == "mil") != (mb.get("vc") == "mil"):
            return ("contradicts", f"victim-class dispute: soldiers vs the children and people on the pitch, same dead ({self._fmt(ma)} / {self._fmt(mb)})")
        return super()._judge(item, ma, mb)

    def c(self, *a, vc=None, **k):
        if a[0] not in self.sources:  # an outlet's own reporting, or a speaker named once
            self.src(a[0], "media")
        cid = super().c(*a, **k)
        self.claims[-1][1]["vc"] = vc
        return cid


E = MajdalShams("majdalshams-2024")
S = E.src
# event times the model does not read as written (other languages' weekdays and dates): kept as qualifiers
E.bad_when = {"27 lug.", "sábado", "este sábado", "Samstag", "Samstagnachmittag", "am Samstagabend", "السبت", "اليوم السبت",
              "السبت 27 تموز/يوليو", "27 липня", "27 июля", "в субботу, 27 июля", "neste sábado", "este sábado (27.07.2024)",
              "sabato", "27 luglio 2024", "subotu", "el sábado", "samedi", "ce samedi 27 juillet"}
E.exclusive = {WHO, WPN}

# -- statements relayed by several articles (echo keys) --------------------------------------------------
IDF1 = "the IDF's statement of Sat 27 Jul evening (per its assessment and intelligence the launch at Majdal Shams was Hezbollah's; Hezbollah is behind the rocket on the football pitch, many civilian casualties incl. children)"
HZS = "Hezbollah's (Islamic Resistance's) written statement of Sat 27 Jul (categorically denies targeting Majdal Shams, no connection to the incident, all false allegations)"
AFR = "Mohammad Afif to Reuters, Sat 27 Jul (we are not responsible for the strike on Majdal Shams)"
AFQ = "Mohammad Afif's denial of Sat 27 Jul ('any relation to the Majdal Shams incident', 'all allegations are false')"
AFAP = "Mohammad Afif to the AP, Sat 27 Jul (categorically denies carrying out an attack on Majdal Shams)"
UNF = "Hezbollah's message to UNIFIL, 27-28 Jul (the deaths were caused by an Israeli interceptor falling)"
UNFN = "Hezbollah's message to UNIFIL, 27-28 Jul (it did not target Majdal Shams; not responsible)"
HAGF = "Hagari at the scene, Sun 28 Jul (a Falaq-1 rocket, Iranian-made, warhead of over 50 kg, fired by Hezbollah from north of Chebaa)"
HAL = "Halevi at the pitch, Sun 28 Jul (a Falaq rocket with a 53-kg warhead, a Hezbollah rocket)"
ADR = "Avichay Adraee, Sun 28 Jul (Hezbollah responsible despite its denial; launch led by Ali Muhammad Yahya, Chebaa area)"
HAG12 = "Hagari's toll of Sun 28 Jul (12 children and young people killed)"
HAGT = "Hagari on television (12 victims, all children and teenagers; 30 wounded, 6 serious)"
CH12 = "Channel 12's report of Sat 27 Jul (9 killed)"
MDA10A = "MDA's update of Sat 27 Jul (10 dead; 6 serious, 3 moderate, 4 light; others treated for anxiety)"
MDA34 = "MDA's update of Sat 27 Jul relayed by Ynet (10 dead, 34 wounded, 17 critical)"
MDAS = "MDA's first report of Sat 27 Jul (9 seriously wounded)"
MDAAGE = "MDA on the victims' ages (between 10 and 20)"
IDF40 = "the IDF's report of Sat 27 Jul (about 40 projectiles in three salvos from Lebanon)"
HZB = "Hezbollah's claims of Sat 27 Jul (rockets on Israeli military positions in the Golan, incl. near Majdal Shams)"
KATZ = "Katz to Channel 12, Sat 27 Jul (Hezbollah crossed all red lines; full war)"

# -- sources ---------------------------------------------------------------------------------------------
S("IDF", "state", ["Israel Defense Forces", "Israeli army"], "Israel")
S("Israel Defense Forces", "state", ["IDF"], "Israel")
S("Hezbollah", "armed_group", ["Islamic Resistance in Lebanon"], "Hezbollah")
S("Mohamad Afif", "armed_group", ["Hezbollah spokesman"], "Hezbollah")
S("Mohammed Afif", "armed_group", ["Hezbollah chief spokesman"], "Hezbollah")
S("Daniel Hagari", "state", ["IDF spokesperson", "Rear Adm. Daniel Hagari"], "Israel")
S("Magen David Adom", "state", ["MDA", "Israel's emergency services"], "Israel")
S("Daniel Harari", "state", ["IDF Spokesman"], "Israel")
S("Herzi Halevi", "state", ["capo di stato maggiore dell'Idf", "chefe do Estado-Maior israelense"], "Israel")
S("Даніель Хагарі", "state", ["речник ЦАХАЛ"], "Israel")
S("Tsahal", "state", ["armée israélienne"], "Israel")
S("L'armée", "state", ["armée israélienne"], "Israel")
S("Israel", "state", [], "Israel")
S("Israel's military", "state", [], "Israel")
S("the Israeli army", "state", [], "Israel")
S("Israeli authorities", "state", [], "Israel")
S("Israeli officials", "state", [], "Israel")
S("officials", "state", [], "Israel")
S("Die israelische Regierung", "state", [], "Israel")
S("israelische Verteidigungsstreitkräfte IDF", "state", ["IDF"], "Israel")
S("die israelischen Streitkräfte", "state", [], "Israel")
S("Le forze israeliane", "state", ["Idf"], "Israel")
S("Le forze israeliane di difesa (Idf)", "state", ["Idf"], "Israel")
S("las Fuerzas de Defensa de Israel (FDI)", "state", ["FDI"], "Israel")
S("Las Fuerzas de Defensa de Israel (FDI)", "state", ["FDI"], "Israel")
S("El ejército israelí", "state", [], "Israel")
S("El ejército del régimen israelí", "state", [], "Israel")
S("Portavoz del ejército israelí", "state", [], "Israel")
S("пресслужба ЦАХАЛ", "state", ["ЦАХАЛ"], "Israel")
S("ізраїльські військовослужбовці", "state", [], "Israel")
S("الجيش الإسرائيلي", "state", [], "Israel")
S("جيش الاحتلال", "state", [], "Israel")
S("la oficina del primer ministro", "state", ["Benjamin Netanyahu"], "Israel")
S("Дмитрий Гендельман", "state", ["советник израильского премьера"], "Israel")
S("Israel Katz", "state", ["Israeli Foreign Minister", "Außenminister"], "Israel")
S("Israel's emergency services", "state", ["Magen David Adom"], "Israel")
S("The Israeli ambulance service", "state", [], "Israel")
S("Le Magen David Adom", "state", ["MDA"], "Israel")
S("Eli Bin", "state", ["direttore del Magen David Adom (MDA)"], "Israel")
S("i servizi di soccorso israeliani", "state", [], "Israel")
S("la Estrella de David Roja israelí (Magen David Adom)", "state", ["Magen David Adom"], "Israel")
S("El servicio de emergencias israelí", "state", [], "Israel")
S("los servicios de emergencia israelíes", "state", [], "Israel")
S("los servicios de emergencia locales", "state", [], "Israel")
S("الإسعاف الإسرائيلي", "state", [], "Israel")
S("هيئة الإسعاف الإسرائيلية", "state", [], "Israel")
S("Idan Avshalom", "state", ["MDA", "ambulancier en chef du MDA"], "Israel")
S("Das Ziv-Krankenhaus in Safed", "other", ["Ziv"], "Israel")
S("fonte médica", "other", [])
S("a person familiar with the matter", "state", ["US intelligence officials"], "United States")
S("Hezbollah officials", "armed_group", [], "Hezbollah")
S("Hezbolá", "armed_group", ["Hezbollah"], "Hezbollah")
S("Le Hezbollah", "armed_group", ["Hezbollah"], "Hezbollah")
S("Die Miliz", "armed_group", ["Hisbollah"], "Hezbollah")
S("The Islamic Resistance in Lebanon", "armed_group", ["Hezbollah"], "Hezbollah")
S("La Resistencia Islámica en el Líbano", "armed_group", ["Hezbolá"], "Hezbollah")
S("La milizia libanese di Hezbollah", "armed_group", ["Hezbollah"], "Hezbollah")
S("The resistance movement", "armed_group", ["Hezbollah"], "Hezbollah")
S("el grupo", "armed_group", ["Hezbollah"], "Hezbollah")
S("«Хезболла»", "armed_group", ["Хезболла"], "Hezbollah")
S("حزب الله", "armed_group", ["المقاومة الإسلامية في لبنان"], "Hezbollah")
S("حزب الله اللبناني", "armed_group", [], "Hezbollah")
S("الحزب", "armed_group", ["حزب الله"], "Hezbollah")
S("Mohammad Afif", "armed_group", ["alto representante de Hezbolá para los medios"], "Hezbollah")
S("Muhammad Afif", "armed_group", ["Hezbollah spokesperson"], "Hezbollah")
S("محمد عفيف", "armed_group", ["مسؤول العلاقات الإعلامية في حزب الله"], "Hezbollah")
S("des sources bien informées", "other", [], "Hezbollah")
S("Ghaleb Saif", "other", ["head of the Druze Initiative"])
S("fontes dos serviços de segurança libaneses", "state", [], "Lebanon")
S("NNA", "state", ["staatliche Nachrichtenagentur"], "Lebanon")
S("Jihan Sfadi", "witness", ["principal of an elementary school"])
S("Mourhaf Abu Saleh", "witness", ["a witness"])
S("مصادر محلية", "other", [])
S("medios locales", "media", [])
S("Certains médias", "media", [])
S("Los medios israelíes", "media", [])
S("Israeli media", "media", [])
S("a post on X", "other", [])

# ============================================================================================ articles
# 1 TASS, 27 Jul
E.article("tas1", "TASS", "https://tass.com/world/1822199", "2024-07-27", "en", None,
          {"idf": {"outlet": "Israel Defense Forces", "title": "statement"}})
tas1_idf = E.c("Israel Defense Forces", "the rocket toward Majdal Shams", "was launched by", actor="the Hezbollah terrorist organization", it=WHO, lab=HEZ, st=IDF1, sp="IDF",
               quote="The Hezbollah terrorist organization is behind a rocket attack earlier this evening on a soccer field in Majdal Shams that caused multiple civilian casualties and killed children.",
               via="idf")
tas1_toll = E.c("TASS", "children and teenagers", "were killed", "nine", it=TOLL, iv=9, place="Majdal Shams", qualifiers=["according to the latest data"])
tas1_wnd = E.c("TASS", "other people", "were injured", "more than 30", it=WND, iv=(31, INF))
tas1_den = E.c("Hezbollah", "any involvement", "denied", polarity="denied", it=WHO, lab=NOT, sp="Hezbollah")

# 2 TASS, 28 Jul (Al Jazeera, UNIFIL)
E.article("tas2", "TASS", "https://tass.com/world/1822247", "2024-07-28", "en", None,
          {"unf": {"outlet": "Hezbollah", "title": "statement to the UNIFIL command", "wire": "Al Jazeera"},
           "tg": {"outlet": "Hezbollah", "title": "Telegram channel"}, "hag": {"outlet": "Daniel Harari"}})
tas2_toll = E.c("TASS", "children from the local Druze mountaineer community", "were killed", "12", it=TOLL, iv=12, when="Saturday")
tas2_icpt = E.c("Hezbollah", "The civilian deaths", "were the result of an Israeli anti-missile interceptor falling", it=WHO, lab=ICPT, st=UNF, sp="Hezbollah",
                quote="The Islamic Resistance is not responsible for this incident.", via="unf")
tas2_not = E.c("Hezbollah", "the village of Majdal Shams", "did not target", polarity="denied", it=WHO, lab=NOT, st=UNFN, sp="Hezbollah", via="unf")
tas2_bar = E.c("Hezbollah", "MLRS munitions", "fired", "more than 100", it=BASE, iv=(101, INF), sp="Hezbollah", when="July 27",
               qualifiers=["at Israeli forces in the Golan Heights and the Upper Galilee", "12 operations"], via="tg")
tas2_kfk = E.c("Hezbollah", "Islamic resistance fighters", "killing of", "four", it=KFK, iv=4, ev="kfarkila-2024-07-27", place="Kafr Kila", via="tg")
tas2_wpn = E.c("Daniel Harari", "an Iran-made Falaq-1 rocket used by Hezbollah", "struck the Druze community of Majdal Shams", it=WPN, lab="Falaq-1", sp="IDF",
               quote="the forensic findings at the scene point to this rocket", via="hag")

# 3 Outlook India, 27 Jul
E.article("out", "Outlook India", "https://www.outlookindia.com/international/israel-rocket-attack-soccer-field-golan-deaths-injuries-idf-hezbollah-deadliest-attack-false-allegations",
          "2024-07-27", "en", None,
          {"idf": {"outlet": "IDF", "title": "statement"}, "afi": {"outlet": "Mohamad Afif"}})
out_toll = E.c("officials", "persons", "have been killed", "At least 10", it=TOLL, iv=(10, INF), place="a football pitch in the Israeli-occupied Golan Heights")
out_idf = E.c("IDF", "the rocket launch toward Majdal Shams", "was carried out by", actor="the Hezbollah terrorist organization", it=WHO, lab=HEZ, st=IDF1, sp="IDF",
              quote="According to an IDF situational assessment and the intelligence in our possession, the rocket launch toward Majdal Shams was carried out by the Hezbollah terrorist organization",
              via="idf")
out_afi = E.c("Mohamad Afif", "any relation to the Majdal Shams incident", "denied", polarity="denied", it=WHO, lab=NOT, st=AFQ, sp="Hezbollah", via="afi")

# 4 News of Israel, 28 Jul
E.article("noi", "News of Israel", "https://newsofisrael.com/israel/2024-07-28/children-killed-in-hezbollah-rocket-attack-on-soccer-field-in-majdal-shams-are-named/amp",
          "2024-07-28", "en", "Children killed in Hezbollah rocket attack on soccer field in Majdal Shams are named",
          {"idf": {"outlet": "IDF"}, "hag": {"outlet": "Daniel Hagari", "title": "IDF Spokesperson"}, "afi": {"outlet": "Muhammad Afif", "wire": "Reuters"},
           "unf": {"outlet": "Hezbollah", "title": "statement to UNIFIL"}})
noi_toll = E.c("News of Israel", "children and teenagers", "were killed", "Twelve", it=TOLL, iv=12, when="July 27")
noi_age = E.c("News of Israel", "All victims", "were under 16 years old", it=AGE, lab="under 16")
noi_wnd = E.c("News of Israel", "others", "were injured", "Eleven", it=WND, iv=11, qualifiers=["five serious, three moderate, four light", "six more treated for shock"])
noi_ser = E.c("News of Israel", "injured", "in serious condition", "Five", it=SER, iv=5)
noi_ad = E.c("IDF", "a malfunction in the air defense system", "reported", it=None, qualifiers=["under investigation"], via="idf")
noi_who = E.c("IDF", "the attack", "is responsible for", actor="Hezbollah", it=WHO, lab=HEZ, sp="IDF", qualifiers=["launching the rocket from an area north of the village of Shebaa"], via="idf")
noi_wpn = E.c("Daniel Hagari", "the rocket", "was an Iranian-made Falaq-1 with a 53 kg warhead", it=WPN, lab="Falaq-1", st=HAGF, sp="IDF", via="hag")
noi_afi = E.c("Muhammad Afif", "the attack", "is responsible for", polarity="denied", it=WHO, lab=NOT, st=AFR, sp="Hezbollah", via="afi")
noi_icpt = E.c("Hezbollah", "the civilian deaths", "an Israeli counter-rocket caused", it=WHO, lab=ICPT, st=UNF, sp="Hezbollah", via="unf")

# 5 The Nation (Thailand), AP, 28 Jul
E.article("nat", "The Nation (Thailand)", "https://www.nationthailand.com/news/world/40040079", "2024-07-28", "en", None,
          {"sfa": {"outlet": "Jihan Sfadi", "title": "Channel 12", "wire": "Channel 12"}, "mil": {"outlet": "Israel's military"},
           "usi": {"outlet": "a person familiar with the matter", "title": "US intelligence officials"}})
nat_sfa = E.c("Jihan Sfadi", "students", "were among the dead", "five", it=None, qualifiers=["students of her elementary school"], via="sfa")
nat_lau = E.c("Israel's military", "the rocket", "was launched from an area north of the village of Chebaa in southern Lebanon", it=None, via="mil")
nat_usi = E.c("a person familiar with the matter", "the attack on the Golan Heights", "carried out", actor="Hezbollah", it=WHO, lab=HEZ, sp="US intelligence officials",
              qualifiers=["not clear if the group intended the target or misfired"], via="usi")

# 6 Politico Europe
E.article("pol", "Politico Europe", "https://www.politico.eu/article/rocket-kills-10-at-football-pitch-in-israeli-occupied-golan-heights/", None, "en",
          "Rocket kills 10 at football pitch in Israeli-occupied Golan Heights",
          {"idf": {"outlet": "Israel Defense Forces", "title": "post on X"}, "mda": {"outlet": "Israel's emergency services", "wire": "Reuters"},
           "afi": {"outlet": "Mohammed Afif", "wire": "Associated Press"}, "hag": {"outlet": "Daniel Hagari", "title": "X"}})
pol_toll = E.c("Politico Europe", "people", "deaths", "11", it=TOLL, iv=11)
pol_wnd = E.c("Israel's emergency services", "more people", "were injured", "19", it=WND, iv=19, sp="MDA", via="mda")
pol_idf = E.c("Israel Defense Forces", "the rocket launch at a soccer field in Majdal Shams", "is behind", actor="The Hezbollah terrorist organization", it=WHO, lab=HEZ, st=IDF1, sp="IDF", via="idf")
pol_afi = E.c("Mohammed Afif", "carrying out an attack on Majdal Shams", "categorically denies", polarity="denied", it=WHO, lab=NOT, st=AFAP, sp="Hezbollah", via="afi")
pol_hag = E.c("Daniel Hagari", "the attack", "was behind", actor="Hezbollah", it=WHO, lab=HEZ, sp="IDF", qualifiers=["reliable intelligence information available to the IDF"], via="hag")

# 7 CNN, 27 Jul
E.article("cnn", "CNN", "https://amp.cnn.com/cnn/2024/07/27/middleeast/lebanon-israel-golan-strikes-intl-latam", "2024-07-27", "en", None,
          {"off": {"outlet": "Israeli officials"}, "isr": {"outlet": "Israel"}, "hez": {"outlet": "Hezbollah"}})
cnn_toll = E.c("Israeli officials", "people, including children", "were killed", "At least 12", it=TOLL, iv=(12, INF), when="Saturday", via="off")
cnn_bar = E.c("Israel", "projectiles", "had identified crossing from Lebanon", "approximately 30", it=BAR, iv=(27, 33), sp="IDF", via="isr")
cnn_hzb = E.c("Hezbollah", "other parts of the Golan Heights", "has admitted targeting", it=BASE, lab="military positions targeted", sp="Hezbollah", via="hez")
cnn_den = E.c("Hezbollah", "the deadly strike", "was behind", polarity="denied", it=WHO, lab=NOT, sp="Hezbollah", qualifiers=["firmly"], via="hez")
cnn_wnd = E.c("CNN", "people", "were injured", "at least 29", it=WND, iv=(29, INF))

# 8 The Express Tribune (Reuters)
E.article("tri", "The Express Tribune", "https://tribune.com.pk/story/2483537/deadly-rocket-attack-escalates-israel-hezbollah-tensions?amp=1", None, "en",
          "Deadly rocket attack escalates Israel-Hezbollah tensions",
          {"hzs": {"outlet": "Hezbollah", "title": "written statement"}, "amb": {"outlet": "The Israeli ambulance service"},
           "wit": {"outlet": "Mourhaf Abu Saleh"}})
tri_toll = E.c("The Express Tribune", "people, including children", "killed", "12", it=TOLL, iv=12, qualifiers=["Saturday"], place="a football ground in the Israeli-occupied Golan Heights")
tri_who = E.c("Israeli authorities", "the attack", "blamed", actor="Hezbollah", it=WHO, lab=HEZ, sp="IDF")
tri_hzs = E.c("Hezbollah", "the incident", "has absolutely nothing to do with", polarity="denied", it=WHO, lab=NOT, st=HZS, sp="Hezbollah",
              quote="The Islamic Resistance has absolutely nothing to do with the incident, and categorically denies all false allegations in this regard.", via="hzs")
tri_wnd = E.c("The Israeli ambulance service", "more people", "were wounded", "13", it=WND, iv=13, sp="MDA", via="amb")
tri_wit = E.c("Mourhaf Abu Saleh", "they", "couldn't reach the shelter before the rocket hit", it=None,
              quote="It took them 15 seconds, but they couldn't reach the shelter before the rocket hit", via="wit")

# 9 IRNA English, 27 Jul
E.article("irn", "IRNA", "https://en.irna.ir/news/85550706/Hezbollah-told-UN-occupied-Golan-attack-caused-by-Israeli-anti-rocket", "2024-07-27", "en",
          "Hezbollah told UN occupied Golan attack caused by Israeli anti-rocket",
          {"med": {"outlet": "Israeli media"}, "unf": {"outlet": "Hezbollah officials", "title": "told the UN", "wire": "Axios"}})
irn_toll = E.c("Israeli media", "soldiers", "death of", "9", it=TOLL, iv=9, vc="mil", place="the Druze village of Majdal Shams town", via="med")
irn_den = E.c("The resistance movement", "any involvement", "categorically denied", polarity="denied", it=WHO, lab=NOT, st=HZS, sp="Hezbollah", qualifiers=["it had fired no rocket"])
irn_icpt = E.c("Hezbollah officials", "the incident", "was the result of an Israeli anti-rocket interceptor hitting the soccer field", it=WHO, lab=ICPT, st=UNF, sp="Hezbollah", via="unf")

# 10 Al-Manar English
E.article("man", "Al-Manar", "https://english.almanar.com.lb/2160930", None, "en", None,
          {"hzs": {"outlet": "The Islamic Resistance in Lebanon", "title": "statement"}, "saf": {"outlet": "Ghaleb Saif"}})
man_hzs = E.c("The Islamic Resistance in Lebanon", "targeting the Majdal Shams area", "the allegations", polarity="denied", it=WHO, lab=NOT, st=HZS, sp="Hezbollah",
              quote="Hezbollah affirms that it has no connection to the incident whatsoever and emphatically denies all false claims in this regard.", via="hzs")
man_saf = E.c("Ghaleb Saif", "the missiles that fell on the Syrian Golan and Galilee", "were Israeli interceptor missiles", it=WHO, lab=ICPT, sp="Ghaleb Saif",
              quote="Every day, we see how Iron Dome missiles miss their targets and end up falling on us", via="saf")

# 11 UrduPoint (APP), 30 Jul
E.article("urd", "UrduPoint", "https://www.urdupoint.com/en/world/druze-in-golan-reject-israeli-threats-to-reta-1848551.html", "2024-07-30", "en",
          "Druze In Golan Reject Israeli Threats To Retaliate For Rocket Strike",
          {"idf": {"outlet": "the Israeli army"}})
urd_toll = E.c("UrduPoint", "children", "killed", "12", it=TOLL, iv=12, when="Saturday")
urd_age = E.c("UrduPoint", "children", "aged between 10 and 16", it=AGE, lab="10 to 16")
urd_leb = E.c("the Israeli army", "Hezbollah targets", "had struck", "around 10", it=LEB, iv=(9, 11), ev="lebanon-2024-07-29-strikes", qualifiers=["overnight"], via="idf")
urd_leb1 = E.c("the Israeli army", "of the group's fighters", "killed", "one", it=None, ev="lebanon-2024-07-29-strikes", via="idf")

# 12 i24NEWS (French), 28 Jul
E.article("i24", "i24NEWS", "https://www.i24news.tv/fr/actu/israel-en-guerre/artc-attaque-du-hezbollah-a-majdal-shams-l-identite-des-12-victimes-revelees", "2024-07-28", "fr",
          "Attaque du Hezbollah à Majdal Shams : l'identité des 12 victimes révélées", {"tsa": {"outlet": "Tsahal"}})
i24_toll = E.c("i24NEWS", "enfants et adolescents", "ont été tués", "Douze", it=TOLL, iv=12, when="hier", place="un terrain de football dans la ville druze du nord")
i24_wpn = E.c("Tsahal", "la roquette", "était une Falaq-1 de fabrication iranienne", it=WPN, lab="Falaq-1", st=HAGF, sp="IDF",
              qualifiers=["une ogive de plus de 50 kilogrammes d'explosifs"], via="tsa")
i24_who = E.c("i24NEWS", "Majdal Shams", "l'attaque du Hezbollah à", actor="Hezbollah", it=WHO, lab=HEZ, sp="i24NEWS")

# 13 So Foot
E.article("sof", "So Foot", "https://www.sofoot.com/breves/une-frappe-meurtriere-sur-un-terrain-de-football-dans-la-ville-israelienne-de-majdal-shams", "2024-07-28", "fr",
          "Une frappe meurtrière sur un terrain de football dans la ville israélienne de Majdal Shams", {"tw": {"outlet": "a post on X", "title": "BREAKING"}})
sof_toll = E.c("So Foot", "morts", "dernier bilan", "12", it=TOLL, iv=12, qualifiers=["âgés de 10 à 16 ans", "dernier bilan"])
sof_wnd = E.c("So Foot", "personnes", "blessées et encore hospitalisées ce dimanche matin", "30", it=HOSP, iv=30)
sof_twt = E.c("a post on X", "children", "killing", "9", it=TOLL, iv=9, actor="Hezbollah", via="tw")
sof_tww = E.c("a post on X", "people", "gravely injuring", "over 28", it=SER, iv=(29, INF), via="tw")
sof_twh = E.c("a post on X", "a playground in the Israeli Druze town of Majdal Shams", "directly struck", actor="Hezbollah", it=WHO, lab=HEZ, sp="a post on X", via="tw")

# 14 JForum
E.article("jfo", "JForum", "https://jforum.fr/12-enfants-tues-dans-une-attaque-a-la-roquette-du-hezbollah.html", "2024-07-28", "fr",
          "12 enfants tués dans une attaque à la roquette du Hezbollah",
          {"hez": {"outlet": "Hezbollah"}, "mda": {"outlet": "Le Magen David Adom"}, "avs": {"outlet": "Idan Avshalom"}})
jfo_toll = E.c("JForum", "enfants et adolescents", "ont été tués", "Douze", it=TOLL, iv=12, place="un terrain de football à Majdal Shams")
jfo_wnd = E.c("JForum", "autres", "ont été blessés", "au moins 30", it=WND, iv=(30, INF))
jfo_den = E.c("Hezbollah", "les dégâts causés à Majdal Shams", "Nous n'avons rien à voir avec", polarity="denied", it=WHO, lab=NOT, sp="Hezbollah", via="hez")
jfo_age = E.c("Le Magen David Adom", "les blessés graves", "âgés de 10 à 20 ans", it=AGE, lab="10 to 20", st=MDAAGE, sp="MDA", via="mda")
jfo_avs = E.c("Idan Avshalom", "Les victimes", "étaient allongées sur l'herbe", it=None, via="avs")

# 15 The Times of Israel (French), 30 Jul
E.article("tof", "The Times of Israel", "https://fr.timesofisrael.com/liveblog_entry/majdal-shams-de-nouvelles-images-montrent-la-roquette-du-hezbollah-frappant-le-terrain-de-foot-tuant-12-enfants/",
          "2024-07-30", "fr", "Majdal Shams : De nouvelles images montrent la roquette du Hezbollah frappant le terrain de foot, tuant 12 enfants",
          {"hzb": {"outlet": "Le Hezbollah"}, "arm": {"outlet": "L'armée"}})
tof_toll = E.c("The Times of Israel", "enfants", "tuant", "douze", it=TOLL, iv=12, when="samedi")
tof_hzb = E.c("Le Hezbollah", "une roquette Falaq-1 sur une base de l'armée israélienne située à proximité de Majdal Shams", "avait revendiqué avoir lancé", it=BASE,
              lab="a Falaq-1 at an army base near Majdal Shams", st=HZB, sp="Hezbollah", via="hzb")
tof_den = E.c("Le Hezbollah", "son implication dans cette attaque meurtrière", "nié", polarity="denied", it=WHO, lab=NOT, st=HZS, sp="Hezbollah",
              qualifiers=["après la publication d'informations faisant état de victimes civiles"], via="hzb")
tof_wpn = E.c("L'armée", "des éclats d'obus correspondant à une roquette Falaq-1 de fabrication iranienne", "avait publié des preuves", it=WPN, lab="Falaq-1", sp="IDF",
              when="dimanche", via="arm")
tof_who = E.c("The Times of Israel", "la roquette du Hezbollah", "a frappé le terrain de football", actor="Hezbollah", it=WHO, lab=HEZ, sp="The Times of Israel")

# 16 IRNA (French)
E.article("irf", "IRNA", "https://fr.irna.ir/amp/85550669", None, "fr", None,
          {"hzs": {"outlet": "Le Hezbollah", "title": "communiqué"}, "aha": {"outlet": "des sources bien informées", "wire": "Al-Ahad"},
           "med": {"outlet": "Certains médias"}})
irf_hzs = E.c("Le Hezbollah", "une attaque au missile contre un terrain de jeu dans le district de Majdal Shams", "a nié être à l'origine d'", polarity="denied",
              it=WHO, lab=NOT, st=HZS, sp="Hezbollah", quote="la Résistance islamique libanaise rejette catégoriquement tout lien avec l'incident", via="hzs")
irf_aha = E.c("des sources bien informées", "une attaque contre Majdal Shams", "l'accusation du Hezbollah d'", polarity="denied", qualifiers=["absolument fausse"], it=WHO, lab=NOT, sp="Al-Ahad's sources", via="aha")
irf_med = E.c("Certains médias", "un missile du Dôme de fer", "pourrait avoir accidentellement touché Majdal Shams", it=WHO, lab=ICPTQ, sp="some media", hedge="pourrait", via="med")

# 17 Safir al-Chamal (Arabic), 27 Jul
E.article("saf", "سفير الشمال", "https://safiralchamal.com/?p=498143", "2024-07-27", "ar",
          "قتلى وعشرات الجرحى بسقوط صاروخ على مجدل شمس في الجولان.. تأهّب إسرائيلي و\"حزب الله\" ينفي مسؤوليته",
          {"c12": {"outlet": "القناة 12 الإسرائيلية"}, "mda": {"outlet": "هيئة الإسعاف الإسرائيلية"}, "afi": {"outlet": "محمد عفيف", "wire": "رويترز"},
           "hzs": {"outlet": "حزب الله", "title": "بيان رسمي"}})
saf_unk = E.c("سفير الشمال", "مصدر الصاروخ", "لم يُعرَف", it=WHO, lab=UNK, sp="سفير الشمال", qualifiers=["حتى الساعة"])
saf_toll = E.c("القناة 12 الإسرائيلية", "إسرائيليين", "مقتل", "9", it=TOLL, iv=9, st=CH12, sp="Channel 12", via="c12")
saf_wnd = E.c("هيئة الإسعاف الإسرائيلية", "جريحاً", "سقوط", "34", it=WND, iv=34, st=MDA34, sp="MDA", via="mda")
saf_chw = E.c("هيئة الإسعاف الإسرائيلية", "أطفال حالتهم حرجة", "بينهم", "7", it=CHW, iv=7, sp="MDA", via="mda")
saf_afi = E.c("محمد عفيف", "الضربة على مجدل شمس", "لسنا مسؤولين عن", polarity="denied", it=WHO, lab=NOT, st=AFR, sp="Hezbollah", via="afi")
saf_hzs = E.c("حزب الله", "استهداف مجدل شمس", "تنفي المقاومة الإسلامية في لبنان نفياً قاطعاً الادّعاءات", polarity="denied", it=WHO, lab=NOT, st=HZS, sp="Hezbollah",
              quote="لا علاقة للمقاومة الاسلامية بالحادث على الإطلاق", via="hzs")

# 18 Al-Araby Al-Jadeed (Arabic), 27 Jul
E.article("ara", "العربي الجديد", "https://alaraby.com/node/771519", "2024-07-27", "ar", None,
          {"idf": {"outlet": "الجيش الإسرائيلي"}, "c12": {"outlet": "قناة 12 الإسرائيلية"}, "mda": {"outlet": "الإسعاف الإسرائيلي"},
           "rin": {"outlet": "كريستين ريناوي", "title": "مراسلة التلفزيون العربي"}})
ara_toll = E.c("الجيش الإسرائيلي", "شخصًا", "قُتل", "11", it=TOLL, iv=11, sp="IDF", when="اليوم السبت", via="idf")
ara_who = E.c("الجيش الإسرائيلي", "إطلاق قذيفة صاروخية على ملعب كرة قدم", "اتهم بالوقوف وراء", actor="حزب الله اللبناني", it=WHO, lab=HEZ, sp="IDF", via="idf")
ara_den = E.c("الحزب", "مسؤوليته عن الهجوم", "نفى", polarity="denied", it=WHO, lab=NOT, sp="Hezbollah")
ara_c12 = E.c("قناة 12 الإسرائيلية", "أشخاص", "قُتلوا جراء سقوط مسيّرة لبنانية", "9", it=TOLL, iv=9, st=CH12, sp="Channel 12", via="c12")
ara_c12w = E.c("قناة 12 الإسرائيلية", "مسيّرة لبنانية", "سقوط", it=WPN, lab="a Lebanese drone", sp="Channel 12", via="c12")
ara_mda = E.c("الإسعاف الإسرائيلي", "القتلى في مجدل شمس", "ارتفاع عدد", "10", it=TOLL, iv=10, sp="MDA", via="mda")
ara_rin = E.c("كريستين ريناوي", "أشخاص معظمهم من الفتية والأطفال", "أُعلن عن مقتل", "تسعة", it=TOLL, iv=9, sp="Kristine Rinawi", via="rin")
ara_rinw = E.c("كريستين ريناوي", "آخرين", "إصابة", "نحو 30", it=WND, iv=(27, 33), sp="Kristine Rinawi", via="rin")

# 19 Al-Menassa (Arabic), 28 Jul
E.article("men", "المنصة", "https://almenassa.org/2024/07/28/%d9%82%d8%aa%d9%84%d9%89-%d9%88%d8%ac%d8%b1%d8%ad%d9%89-%d9%81%d9%8a-%d8%a7%d9%84%d8%ac%d9%88%d9%84%d8%a7%d9%86-%d9%88%d8%ad%d8%b2%d8%a8-%d8%a7%d9%84%d9%84%d9%87-%d9%8a%d9%86%d9%81%d9%8a-%d9%85%d8%b3",
          "2024-07-28", "ar", "قتلى وجرحى في الجولان وحزب الله ينفي مسؤوليته",
          {"idf": {"outlet": "جيش الاحتلال"}, "loc": {"outlet": "مصادر محلية"}, "hzs": {"outlet": "حزب الله اللبناني", "title": "بيان"}})
men_toll = E.c("جيش الاحتلال", "شخصًا", "قُتل", "11", it=TOLL, iv=11, sp="IDF", when="السبت", via="idf")
men_loc = E.c("مصادر محلية", "أشخاص معظمهم من الفتية والأطفال", "أُعلن عن مقتل", "تسعة", it=TOLL, iv=9, sp="local sources (al-Menassa)", via="loc")
men_locw = E.c("مصادر محلية", "آخرين", "إصابة", "نحو 30", it=WND, iv=(27, 33), sp="local sources (al-Menassa)", via="loc")
men_hzs = E.c("حزب الله اللبناني", "مسؤوليته عن الهجوم على بلدة مجدل شمس", "نفى", polarity="denied", it=WHO, lab=NOT, st=HZS, sp="Hezbollah",
              quote="لا علاقة للمقاومة الإسلامية بالحادث على الإطلاق", via="hzs")

# 20 Jinha (Arabic)
E.article("jin", "وكالة جن", "https://jinhaagency1.com/ar/alywm/mqtl-ma-la-yql-n-11-tfl-wfty-fy-drbt-mjdl-shms-43430?page=107", "2024-07-28", "ar",
          "مقتل ما لا يقل عن 11 طفل وفتى في ضربة مجدل شمس")
jin_toll = E.c("وكالة جن", "طفلاً ومراهقاً", "قتل", "ما لا يقل عن 11", it=TOLL, iv=(11, INF), qualifiers=["تتراوح أعمارهم بين 10 إلى 16 عاماً"])
jin_toll2 = E.c("وكالة جن", "طفل ومراهق", "أسفرت ضربة صاروخية على ملعب عن مقتل", "12", it=TOLL, iv=12)
jin_both = E.c("وكالة جن", "الجهتين", "تتنصل من تحمل المسؤولية في الضربة", it=WHO, lab=BOTH, sp="وكالة جن")

# 21 B.Z. (German), 27 Jul
E.article("bzb", "B.Z.", "https://bz-berlin.de/welt/israel-hisbolla-angriff", "2024-07-27", "de", None,
          {"idf": {"outlet": "israelische Verteidigungsstreitkräfte IDF"}, "mda": {"outlet": "Magen David Adom"}, "kat": {"outlet": "Israel Katz", "wire": "Channel 12"}})
bzb_toll = E.c("israelische Verteidigungsstreitkräfte IDF", "Menschen – darunter viele Kinder", "getötet", "Elf", it=TOLL, iv=11, sp="IDF", actor="Hisbollah", via="idf")
bzb_age = E.c("Magen David Adom", "die Opfer", "im Alter zwischen 10 und 20 Jahren", it=AGE, lab="10 to 20", st=MDAAGE, sp="MDA", via="mda")
bzb_wnd = E.c("B.Z.", "Verletzte", "Es gibt", "mehr als 30", it=WND, iv=(31, INF))
bzb_bar = E.c("israelische Verteidigungsstreitkräfte IDF", "Geschosse", "hatte aus dem Libanon in Richtung Nord-Israel abgefeuert", "40", it=BAR, iv=40, st=IDF40, sp="IDF",
              actor="die Hisbollah", via="idf")
bzb_wpn = E.c("B.Z.", "die Waffe", "könnte sich gehandelt haben um eine Falaq-1", it=WPN, lab="Falaq-1", sp="B.Z.", hedge="bislang unbestätigten Angaben zufolge")
bzb_kat = E.c("Israel Katz", "die Hisbollah", "hat alle roten Linien überschritten", it=None, st=KATZ, quote="Wir stehen vor einem umfassenden Krieg.", via="kat")

# 22 t-online (German)
E.article("ton", "t-online", "https://www.t-online.de/nachrichten/ausland/id_100458144/auswaertiges-amt-deutsche-sollen-aus-dem-libanon-ausreisen.html", None, "de",
          None, {"hez": {"outlet": "Die Miliz"}, "nna": {"outlet": "NNA", "title": "staatliche Nachrichtenagentur"}})
ton_toll = E.c("t-online", "Kinder und Jugendliche", "getötet", "mindestens zwölf", it=TOLL, iv=(12, INF), place="Madschd al-Schams", when="Samstag")
ton_gov = E.c("Die israelische Regierung", "den Angriff", "macht verantwortlich für", actor="die Hisbollah", it=WHO, lab=HEZ, sp="IDF")
ton_den = E.c("Die Miliz", "mit dem Angriff", "habe nichts zu tun", polarity="denied", it=WHO, lab=NOT, st=HZS, sp="Hezbollah", via="hez")
ton_leb = E.c("NNA", "Menschen", "getötet", "zwei", it=LEB0, iv=2, ev="lebanon-2024-07-28-strikes", place="Libanon", qualifiers=["in der Nacht auf Sonntag"], via="nna")

# 23 All Israel (German)
E.article("ais", "All Israel", "https://allisrael.com/de/12-kinder-und-jugendliche-getoetet-viele-schwer-verletzt-durch-einschlag-einer-hisbollah-rakete-auf-fussballplatz-in-drusischem-dorf",
          "2024-07-28", "de", "12 Kinder und Jugendliche getötet, viele schwer verletzt durch Einschlag einer Hisbollah-Rakete auf Fußballplatz in drusischem Dorf",
          {"ziv": {"outlet": "Das Ziv-Krankenhaus in Safed"}})
ais_toll = E.c("All Israel", "Kinder und Jugendliche", "wurden getötet", "Mindestens 12", it=TOLL, iv=(12, INF), qualifiers=["im Alter zwischen 10 und 20 Jahren"], actor="Hisbollah")
ais_ziv = E.c("Das Ziv-Krankenhaus in Safed", "Verletzte", "meldete", "32", it=ZIV, iv=32, qualifiers=["gegen 22.00 Uhr", "6 schwer, 13 mittelschwer bis schwer, 10 leicht"], via="ziv")
ais_ser = E.c("Das Ziv-Krankenhaus in Safed", "Verletzte", "schwer", "6", it=ZIVS, iv=6, via="ziv")
ais_kw = E.c("All Israel", "Menschen", "getötet oder verwundet", "mindestens 40", it=None, qualifiers=["combined figure"])

# 24 Extremnews (dts), German
E.article("ext", "Extremnews", "https://www.extremnews.com/nachrichten/weltgeschehen/526f19a95053f97?source=feed", None, "de", None,
          {"jpo": {"outlet": "Jerusalem Post"}, "idf": {"outlet": "die israelischen Streitkräfte"}})
ext_toll = E.c("Jerusalem Post", "Menschen", "getötet", "zehn", it=TOLL, iv=10, sp="Jerusalem Post", when="Samstag", via="jpo")
ext_bar = E.c("die israelischen Streitkräfte", "Geschosse", "in drei Salven abgefeuert", "etwa 40", it=BAR, iv=(36, 44), st=IDF40, sp="IDF", actor="die libanesische Hisbollah-Miliz", via="idf")

# 25 Israel Noticias (Spanish): 10 dead
E.article("ino", "Israel Noticias", "https://israelnoticias.com/idf/aumenta-a-10-el-numero-de-muertos-en-ataque-de-hezbola-en-majdal-shams", "2024-07-27", "es",
          "Aumenta a 10 el número de muertos en ataque de Hezbolá en Majdal Shams",
          {"mda": {"outlet": "Magen David Adom"}, "hzs": {"outlet": "Hezbolá", "title": "comunicado"}, "idf": {"outlet": "las Fuerzas de Defensa de Israel (FDI)"}})
ino_toll = E.c("Magen David Adom", "muertos", "ha dejado un saldo de", "10", it=TOLL, iv=10, st=MDA10A, sp="MDA", qualifiers=["la mayoría de ellos niños"], via="mda")
ino_wnd = E.c("Magen David Adom", "personas", "resultaron heridas", "más de una docena", it=WND, iv=(13, INF), st=MDA10A, sp="MDA", via="mda")
ino_ser = E.c("Magen David Adom", "heridos", "en estado grave", "seis", it=SER, iv=6, st=MDA10A, sp="MDA", via="mda")
ino_hzs = E.c("Hezbolá", "cualquier responsabilidad en el ataque", "negó", polarity="denied", it=WHO, lab=NOT, st=HZS, sp="Hezbollah",
              quote="No tenemos ninguna conexión con el incidente y negamos categóricamente todas las acusaciones falsas", via="hzs")
ino_hzb = E.c("Hezbolá", "docenas de cohetes contra una base del ejército en los Altos del Golán, cerca de Majdal Shams", "había declarado haber lanzado", it=BASE,
              lab="rockets at an army base near Majdal Shams", st=HZB, sp="Hezbollah", via="hzs")
ino_idf = E.c("las Fuerzas de Defensa de Israel (FDI)", "el lanzamiento del cohete que impactó en el campo de fútbol en Majdal Shams", "está detrás de", "Hezbolá",
              it=WHO, lab=HEZ, st=IDF1, sp="IDF", via="idf")

# 26 NX Noticias (Spanish): at least 30 dead
E.article("nxn", "NX Noticias", "https://nxnoticias.com/ataque-en-los-altos-del-golan-deja-30-muertos-israel-culpa-a-hezbola", None, "es",
          "Ataque en los Altos del Golán deja 30 muertos; Israel culpa a Hezbolá",
          {"loc": {"outlet": "medios locales"}, "afi": {"outlet": "Mohammad Afif"}, "net": {"outlet": "la oficina del primer ministro"}})
nxn_toll = E.c("medios locales", "muertos", "dejando", "al menos 30", it=TOLL, iv=(30, INF), sp="local media (NX Noticias)", qualifiers=["incluidos niños"], via="loc")
nxn_wnd = E.c("medios locales", "heridos", "así como", "más de 30", it=WND, iv=(31, INF), sp="local media (NX Noticias)", via="loc")
nxn_who = E.c("Israel", "el ataque", "culpa", actor="Hezbolá", it=WHO, lab=HEZ, sp="IDF")
nxn_afi = E.c("Mohammad Afif", "la responsabilidad en el ataque contra Majdal Shams", "negó", polarity="denied", it=WHO, lab=NOT, st=AFR, sp="Hezbollah", via="afi")
nxn_net = E.c("la oficina del primer ministro", "el asesinato de niños y personas inocentes por parte de Hezbolá", "expresó su profunda conmoción por", actor="Hezbolá", it=WHO, lab=HEZ,
              sp="Netanyahu", via="net")

# 27 Annur TV (Spanish)
E.article("ann", "Annur TV", "https://annurtv.com/news-130684-falsa-bandera-régimen-israelí-intenta-culpar-a-resistencia-libanesa-por-ataque-en-el-golán-ocupado", None, "es",
          "¿Falsa bandera? Régimen israelí intenta culpar a Resistencia libanesa por ataque en el Golán ocupado",
          {"med": {"outlet": "Los medios israelíes"}, "idf": {"outlet": "El ejército del régimen israelí"}, "hzs": {"outlet": "Hezbolá", "title": "comunicado"},
           "por": {"outlet": "Portavoz del ejército israelí"}})
ann_toll = E.c("Los medios israelíes", "personas", "han muerto", "al menos 10", it=TOLL, iv=(10, INF), st=MDA34, sp="MDA", via="med")
ann_wnd = E.c("Los medios israelíes", "otras", "han resultado heridas", "34", it=WND, iv=34, st=MDA34, sp="MDA", qualifiers=["17 de ellas en estado grave"], via="med")
ann_bar = E.c("El ejército del régimen israelí", "proyectiles procedentes del Líbano", "había detectado", "unos 40", it=BAR, iv=(36, 44), st=IDF40, sp="IDF", qualifiers=["en tres tandas"], via="idf")
ann_hzs = E.c("Hezbolá", "las acusaciones de los medios israelíes sobre el ataque a Majdal Shams", "ha negado categóricamente", polarity="denied", it=WHO, lab=NOT,
              st=HZS, sp="Hezbollah", quote="Confirmamos que la Resistencia Islámica no tiene absolutamente nada que ver con el incidente", via="hzs")
ann_por = E.c("Portavoz del ejército israelí", "un misil del sistema antiaéreo israelí Cúpula de Hierro", "está examinando la posibilidad de que impactara accidentalmente en Majdal Shams",
              it=WHO, lab=ICPTQ, sp="IDF", hedge="la posibilidad", via="por")
ann_mar = E.c("Annur TV", "misiles israelíes del sistema antiaéreo Cúpula de Hierro", "cayeron en Majdal Shams y sus alrededores", it=IDM, lab="Iron Dome missiles fell",
              ev="majdalshams-2024-03-irondome", qualifiers=["En marzo pasado"])
ann_nocl = E.c("Annur TV", "la responsabilidad del ataque", "Ningún grupo o individuo se ha atribuido todavía", it=None, qualifiers=["no claim"])

# 28 TRT Español, 28 Jul
E.article("trt", "TRT Español", "https://www.trtespanol.com/article/1492933100", "2024-07-28", "es", None,
          {"hag": {"outlet": "Daniel Hagari", "title": "portavoz militar israelí"}, "ems": {"outlet": "los servicios de emergencia israelíes"},
           "hez": {"outlet": "el grupo", "title": "a la agencia Anadolu", "wire": "Anadolu"}})
trt_toll = E.c("Daniel Hagari", "chicos y chicas jóvenes", "causó la muerte de", "12", it=TOLL, iv=12, st=HAG12, sp="IDF", via="hag")
trt_wnd = E.c("los servicios de emergencia israelíes", "jóvenes", "fueron heridos", "18", it=WND, iv=18, sp="MDA", via="ems")
trt_hez = E.c("el grupo", "el ataque a Majdal Shams en los Altos del Golán ocupados", "no tiene conexión con", polarity="denied", it=WHO, lab=NOT, sp="Hezbollah", via="hez")
trt_who = E.c("El ejército israelí", "el cohete", "alegó que había disparado desde el sur del Líbano", actor="Hezbollah", it=WHO, lab=HEZ, sp="IDF")

# 29 Multimedio Mordisquito (Telesur), 27 Jul
E.article("mmo", "Multimedio Mordisquito", "https://multimediomordisquito.com.ar/2024/07/27/hezbola-niega-que-haya-atacado-los-altos-del-golan-ocupados", "2024-07-27", "es",
          "Hezbolá niega que haya atacado los Altos del Golán ocupados",
          {"hzs": {"outlet": "La Resistencia Islámica en el Líbano", "title": "comunicado", "wire": "Telesur"}, "mar": {"outlet": "Marta Maroto", "title": "X"},
           "ems": {"outlet": "los servicios de emergencia locales", "wire": "Telesur"}, "idf": {"outlet": "Las Fuerzas de Defensa de Israel (FDI)", "wire": "Telesur"}})
mmo_toll = E.c("los servicios de emergencia locales", "víctimas mortales", "hay", "al menos 10", it=TOLL, iv=(10, INF), sp="MDA", qualifiers=["incluidos niños"], via="ems")
mmo_wnd = E.c("los servicios de emergencia locales", "heridos", "hay", "más de 30", it=WND, iv=(31, INF), sp="MDA", via="ems")
mmo_hzs = E.c("La Resistencia Islámica en el Líbano", "Las acusaciones ... sobre la acción que tuvo como objetivo Majdal Shams", "desmiente categóricamente", polarity="denied",
              it=WHO, lab=NOT, st=HZS, sp="Hezbollah", via="hzs")
mmo_mar = E.c("Hezbolá", "restos del escudo anti-misiles israelí", "impactaron en la zona civil", it=WHO, lab=ICPT, sp="Hezbollah",
              qualifiers=["Hezbolá dice"], via="mar")
mmo_bar = E.c("Las Fuerzas de Defensa de Israel (FDI)", "cohetes", "fueron disparados desde el lado libanés", "30", it=BAR, iv=30, sp="IDF", via="idf")

# 30 Extremo Noticias (Spanish): at least 15 dead
E.article("exn", "Extremo Noticias", "https://extremonoticias.com.mx/?p=94568", None, "es", None)
exn_toll = E.c("Extremo Noticias", "muertos", "dejando", "al menos 15", it=TOLL, iv=(15, INF), place="el campo de fútbol")
exn_wnd = E.c("Extremo Noticias", "heridos", "dejando", "más de 30", it=WND, iv=(31, INF))
exn_bar = E.c("Extremo Noticias", "misiles", "cayeron al suelo", "más de 100", it=BAR, iv=(101, INF), qualifiers=["as written: de nada más de 100 misiles"])

# 31 Il Tempo (Italian), 27 Jul
E.article("itm", "Il Tempo", "https://www.iltempo.it/esteri/2024/07/27/news/israele-razzo-campo-calcio-bimbi-guerra-totale-hezbollah-che-succede-39974513/", "2024-07-27", "it",
          None, {"afi": {"outlet": "Mohamad Afif", "title": "capo dell'ufficio stampa"}, "idf": {"outlet": "Le forze israeliane"}})
itm_toll = E.c("Il Tempo", "persone", "sono state uccise", "Almeno dieci", it=TOLL, iv=(10, INF), qualifiers=["bambini e adolescenti fra i 10 e i 20 anni"])
itm_afi = E.c("Mohamad Afif", "qualsiasi relazione con l'incidente di Majdel Shams", "ha negato", polarity="denied", it=WHO, lab=NOT, st=AFQ, sp="Hezbollah",
              quote="tutte le accuse sono false", via="afi")
itm_idf = E.c("Le forze israeliane", "il lancio di razzi su Majdal Shams", "è stato effettuato dal", actor="gruppo terroristico Hezbollah", it=WHO, lab=HEZ, st=IDF1, sp="IDF", via="idf")

# 32 LaPresse (Italian), 27 Jul: 9 dead per Ynet
E.article("lp9", "LaPresse", "https://www.lapresse.it/esteri/2024/07/27/israele-attacchi-hezbollah-sul-golan-9-morti/", "2024-07-27", "it",
          "Israele, attacchi Hezbollah sul Golan: 9 morti",
          {"ynt": {"outlet": "Ynet"}, "hzb": {"outlet": "La milizia libanese di Hezbollah"}, "hzs": {"outlet": "Hezbollah", "title": "dichiarazione", "wire": "The Times of Israel"},
           "idf": {"outlet": "Le forze israeliane di difesa (Idf)"}, "kat": {"outlet": "Israel Katz", "wire": "Canale 12"}})
lp9_toll = E.c("Ynet", "morti", "il bilancio sarebbe di", "almeno nove", it=TOLL, iv=(9, INF), sp="Ynet", hedge="sarebbe", via="ynt")
lp9_wnd = E.c("Ynet", "feriti", "il bilancio sarebbe di", "34", it=WND, iv=34, sp="Ynet", hedge="sarebbe", via="ynt")
lp9_hzb = E.c("La milizia libanese di Hezbollah", "con decine di razzi una base militare israeliana vicino a Majdal Shams", "ha rivendicato di aver preso di mira", it=BASE,
              lab="rockets at an army base near Majdal Shams", st=HZB, sp="Hezbollah", via="hzb")
lp9_hzs = E.c("Hezbollah", "l'attacco missilistico contro Majdal Shams", "ha smentito di aver lanciato", polarity="denied", it=WHO, lab=NOT, st=HZS, sp="Hezbollah",
              quote="non avere alcun legame con l'incidente e nega categoricamente tutte le false accuse", via="hzs")
lp9_idf = E.c("Le forze israeliane di difesa (Idf)", "il lancio di razzi su Majdal Shams", "è stato effettuato dal", actor="gruppo terroristico Hezbollah", it=WHO, lab=HEZ, st=IDF1, sp="IDF", via="idf")
lp9_kat = E.c("Israel Katz", "Hezbollah", "abbia oltrepassato tutte le linee rosse", it=None, st=KATZ, quote="Stiamo affrontando una guerra totale", via="kat")

# 33 Shalom (Italian)
E.article("sha", "Shalom", "http://77.68.119.19/plesk-site-preview/www.shalom.it/https/77.68.119.19/israele/almeno-10-morti-e-decine-di-feriti-in-un-attacco-di-hezbollah-a-majdal-shams",
          None, "it", "Almeno 10 morti e decine di feriti in un attacco di Hezbollah a Majdal Shams",
          {"mda": {"outlet": "Eli Bin", "title": "direttore del Magen David Adom (MDA)"}, "idf": {"outlet": "IDF"}})
sha_toll = E.c("Eli Bin", "persone, tra cui bambini", "uccidendo", "almeno 10", it=TOLL, iv=(10, INF), st=MDA34, sp="MDA", via="mda")
sha_wnd = E.c("Eli Bin", "persone", "ferendone", "34", it=WND, iv=34, st=MDA34, sp="MDA", via="mda")
sha_ser = E.c("Eli Bin", "feriti", "erano in condizioni critiche", "Diciassette", it=SER, iv=17, st=MDA34, sp="MDA", via="mda")
sha_ad = E.c("IDF", "il sistema di difesa aerea", "ha avuto difficoltà a intercettare il razzo", it=None, qualifiers=["Le indagini dell'IDF mostrano"], via="idf")
sha_idf = E.c("IDF", "il lancio del razzo verso Majdal Shams", "è stato effettuato dall'", actor="organizzazione terroristica Hezbollah", it=WHO, lab=HEZ, st=IDF1, sp="IDF", via="idf")

# 34 La Ragione (Italian)
E.article("lar", "La Ragione", "https://laragione.eu/esteri/israele-razzo/", None, "it", None,
          {"soc": {"outlet": "i servizi di soccorso israeliani", "wire": "Ynet"}, "hzs": {"outlet": "Hezbollah", "title": "nota"}})
lar_toll = E.c("i servizi di soccorso israeliani", "morti", "È salito a", "10", it=TOLL, iv=10, st=MDA34, sp="MDA", via="soc")
lar_wnd = E.c("i servizi di soccorso israeliani", "feriti", "è salito a", "34", it=WND, iv=34, st=MDA34, sp="MDA", via="soc")
lar_ser = E.c("i servizi di soccorso israeliani", "feriti", "in condizioni critiche", "17", it=SER, iv=17, st=MDA34, sp="MDA", via="soc")
lar_hzs = E.c("Hezbollah", "all'incidente", "non essere in alcun modo legato", polarity="denied", it=WHO, lab=NOT, st=HZS, sp="Hezbollah", via="hzs")

# 35 TG La7 (Italian), 28 Jul
E.article("la7", "TG La7", "https://tg.la7.it/esteri/israele-bambini-vittime-hezbollah-28-07-2024-218785", "2024-07-28", "it", None,
          {"hal": {"outlet": "Herzi Halevi", "title": "capo di stato maggiore dell'Idf"}})
la7_wpn = E.c("Herzi Halevi", "il razzo", "si tratta di un razzo Falaq con una testata da cinquantatré chilogrammi", it=WPN, lab="Falaq-1", st=HAL, sp="IDF", via="hal")
la7_who = E.c("Herzi Halevi", "un razzo", "Questo è un razzo di", actor="Hezbollah", it=WHO, lab=HEZ, st=HAL, sp="IDF", via="hal")
la7_deir = E.c("TG La7", "vittime", "facendo almeno", "30", it=DEIR, iv=(30, INF), ev="deiralbalah-2024-07-27", place="una scuola dove si trovavano gli sfollati palestinesi, a Deir al Balah",
               actor="gli israeliani")

# 36 Vatican News (Portuguese)
E.article("vat", "Vatican News", "https://www.vaticannews.va/pt/mundo/news/2024-07/12-criancas-mortas-ataque-missil-campo-futebol-colinas-golan.html", None, "pt",
          "12 crianças mortas em ataque de míssil a campo de futebol nas Colinas de Golã",
          {"hag": {"outlet": "Daniel Hagari", "title": "televisão israelense"}, "hal": {"outlet": "Herzi Halevi"}})
vat_toll = E.c("Daniel Hagari", "vítimas do foguete lançado do Líbano", "são crianças e adolescentes", "12", it=TOLL, iv=12, st=HAGT, sp="IDF", via="hag")
vat_wnd = E.c("Daniel Hagari", "feridos", "Há", "30", it=WND, iv=30, st=HAGT, sp="IDF", via="hag")
vat_ser = E.c("Daniel Hagari", "feridos", "em estado grave", "6", it=SER, iv=6, st=HAGT, sp="IDF", via="hag")
vat_hal = E.c("Herzi Halevi", "um foguete", "Este é um foguete do", actor="Hezbollah", it=WHO, lab=HEZ, st=HAL, sp="IDF", via="hal")
vat_wpn = E.c("Herzi Halevi", "o foguete", "se trata de um foguete Falaq com uma ogiva de cinquenta e três quilos", it=WPN, lab="Falaq-1", st=HAL, sp="IDF", via="hal")

# 37 Público (Portuguese), 27 Jul
E.article("pub", "Público", "https://www.publico.pt/2024/07/27/mundo/noticia/dez-mortos-incluindo-criancas-ataque-campo-futebol-norte-israel-2099050", "2024-07-27", "pt",
          "Dez mortos, incluindo crianças, em ataque a campo de futebol no Norte de Israel",
          {"har": {"outlet": "fonte médica", "wire": "Haaretz"}, "afi": {"outlet": "Mohammad Afif"}, "leb": {"outlet": "fontes dos serviços de segurança libaneses", "wire": "Reuters"}})
pub_toll = E.c("fonte médica", "pessoas", "morreram", "Pelo menos 11", it=TOLL, iv=(11, INF), sp="Haaretz medical source", via="har")
pub_age = E.c("fonte médica", "As vítimas", "com idades entre os 8 e os 14 anos", it=AGE, lab="8 to 14", sp="Haaretz medical source", via="har")
pub_wnd = E.c("Haaretz", "feridos", "registo de", "mais de 20", it=WND, iv=(21, INF), sp="Haaretz")
pub_afi = E.c("Mohammad Afif", "quaisquer responsabilidades", "negou", polarity="denied", it=WHO, lab=NOT, st=AFR, sp="Hezbollah", via="afi")
pub_kfk = E.c("fontes dos serviços de segurança libaneses", "combatentes", "morte de", "quatro", it=KFK, iv=4, ev="kfarkila-2024-07-27", place="Kfarkila", via="leb")

# 38 Mediabrest (Russian)
E.article("mbr", "Медиа-Полесье", "https://mediabrest.by/news/novosti-v-mire/o-gibeli-12-detey-soobschil-izrail-posle-udara-rakety-po-futbolnomu-polyu", None, "ru",
          "О гибели 12 детей сообщил Израиль после удара ракеты по футбольному полю",
          {"gen": {"outlet": "Дмитрий Гендельман", "title": "советник израильского премьера"}, "hez": {"outlet": "«Хезболла»"}})
mbr_toll = E.c("Дмитрий Гендельман", "детей и подростков", "погибли", "12", it=TOLL, iv=12, sp="Gendelman", via="gen")
mbr_wnd = E.c("Дмитрий Гендельман", "людей", "пострадали", "больше 30", it=WND, iv=(31, INF), sp="Gendelman", via="gen")
mbr_den = E.c("«Хезболла»", "причастность к атаке", "опровергла", polarity="denied", it=WHO, lab=NOT, sp="Hezbollah", via="hez")
mbr_hzb = E.c("«Хезболла»", "ответственность за четыре удара, в том числе по военному штабу «Хермон»", "взяла на себя", it=BASE, lab="strikes incl. the Hermon HQ",
              sp="Hezbollah", qualifiers=["в трех км от футбольного поля"], via="hez")
mbr_icpt = E.c("«Хезболла»", "инцидент в городе Мадждаль-Шамс", "связан с падением на его территорию израильской ракеты-перехватчика", it=WHO, lab=ICPT, st=UNF,
               sp="Hezbollah", qualifiers=["сообщила ООН"], via="hez")

# 39 Zaxid.net (Ukrainian)
E.article("zax", "Zaxid.net", "https://zaxid.net/izrayil_zayaviv_pro_ataku_hezbolli_po_futbolnomu_polyu_na_golanskih_visotah_n1590377", "2024-07-27", "uk",
          None, {"hag": {"outlet": "Даніель Хагарі", "title": "речник ЦАХАЛ", "wire": "Times Of Israel"}, "idf": {"outlet": "ізраїльські військовослужбовці"}})
zax_toll = E.c("Даніель Хагарі", "людей", "загинули", "11", it=TOLL, iv=11, sp="IDF", qualifiers=["більшість із них були дітьми"], via="hag")
zax_wnd = E.c("Даніель Хагарі", "людей", "постраждали", "Щонайменше 20", it=WND, iv=(20, INF), sp="IDF", via="hag")
zax_bar = E.c("ізраїльські військовослужбовці", "повітряних цілей", "випустила по поселеннях на Голанських висотах", "40", it=BAR, iv=40, st=IDF40, sp="IDF",
              actor="«Хезболла»", qualifiers=["три обстріли"], via="idf")
zax_who = E.c("пресслужба ЦАХАЛ", "ракетна атака", "звинуватили у ракетній атаці", actor="«Хезболла»", it=WHO, lab=HEZ, sp="IDF")

# 40 Dnevnik.hr (Croatian)
E.article("dnv", "Dnevnik.hr", "https://dnevnik.hr/vijesti/svijet/devet-mrtvih-kada-je-raketa-iz-libanona-pogodila-nogometno-igraliste-na-golanu---860870.html", "2024-07-27", "hr",
          "Devet mrtvih kada je raketa iz Libanona pogodila nogometno igralište na Golanu",
          {"c13": {"outlet": "Channel 13"}})
dnv_toll = E.c("Channel 13", "ljudi, uključivo djecu", "poginulo je", "Devetoro", it=TOLL, iv=9, sp="Channel 13", when="subotu", via="c13")
dnv_ser = E.c("Dnevnik.hr", "teško ranjenih", "u napadu je", "9", it=SER, iv=9, qualifiers=["Ranije je bilo objavljeno"])

# 41 El Semanario de Nuevo León (Reuters / Europa Press), 27 Jul
E.article("sem", "El Semanario de Nuevo León", "https://elsemanariodenuevoleon.com.mx/portal/?p=102098", "2024-07-27", "es", None,
          {"c13": {"outlet": "Canal 13 israelí", "wire": "Reuters"}, "mds": {"outlet": "El servicio de emergencias israelí", "wire": "Reuters"},
           "mda": {"outlet": "la Estrella de David Roja israelí (Magen David Adom)"},
           "reu": {"outlet": "Reuters"}})
sem_c13 = E.c("Canal 13 israelí", "personas", "murieron", "Diez", it=TOLL, iv=10, sp="Channel 13", when="el sábado", via="c13")
sem_ser = E.c("El servicio de emergencias israelí", "personas", "resultaron gravemente heridas", "nueve", it=SER, iv=9, st=MDAS, sp="MDA", via="mds")
sem_mda = E.c("la Estrella de David Roja israelí (Magen David Adom)", "israelíes", "han muerto", "Al menos diez", it=TOLL, iv=(10, INF), st=MDA10A, sp="MDA",
              qualifiers=["según el último balance"], via="mda")
sem_wnd = E.c("la Estrella de David Roja israelí (Magen David Adom)", "heridos", "han resultado", "más de una docena", it=WND, iv=(13, INF), st=MDA10A, sp="MDA", via="mda")
sem_ser2 = E.c("la Estrella de David Roja israelí (Magen David Adom)", "heridos", "graves", "seis", it=SER, iv=6, st=MDA10A, sp="MDA", via="mda")
sem_kfk = E.c("Reuters", "militantes", "mató a", "cuatro", it=KFK, iv=4, ev="kfarkila-2024-07-27", qualifiers=["un ataque israelí en Líbano"], via="reu")

# -- label relations between different speakers ------------------------------------------------------------
L = E.labrel
L[frozenset((HEZ, NOT))] = "contradicts"
L[frozenset((HEZ, ICPT))] = "contradicts"
L[frozenset((NOT, ICPT))] = "compatible"
L[frozenset((HEZ, ICPTQ))] = "compatible"
L[frozenset((NOT, ICPTQ))] = "compatible"
L[frozenset((ICPT, ICPTQ))] = "refines"
L[frozenset((UNK, HEZ))] = "compatible"
L[frozenset((UNK, NOT))] = "compatible"
L[frozenset((UNK, ICPT))] = "compatible"
L[frozenset((UNK, ICPTQ))] = "compatible"
L[frozenset((BOTH, NOT))] = "refines"
L[frozenset((BOTH, HEZ))] = "compatible"
L[frozenset((BOTH, ICPT))] = "compatible"
L[frozenset((BOTH, ICPTQ))] = "compatible"
L[frozenset((BOTH, UNK))] = "compatible"
L[frozenset(("10 to 20", "10 to 16"))] = "refines"
L[frozenset(("10 to 20", "under 16"))] = "compatible"
L[frozenset(("10 to 16", "under 16"))] = "compatible"
L[frozenset(("8 to 14", "10 to 20"))] = "compatible"
L[frozenset(("8 to 14", "10 to 16"))] = "contradicts"
L[frozenset(("8 to 14", "under 16"))] = "refines"
L[frozenset(("rockets at an army base near Majdal Shams", "a Falaq-1 at an army base near Majdal Shams"))] = "refines"
L[frozenset(("military positions targeted", "rockets at an army base near Majdal Shams"))] = "refines"
L[frozenset(("military positions targeted", "a Falaq-1 at an army base near Majdal Shams"))] = "refines"
L[frozenset(("military positions targeted", "strikes incl. the Hermon HQ"))] = "refines"
L[frozenset(("strikes incl. the Hermon HQ", "rockets at an army base near Majdal Shams"))] = "compatible"
L[frozenset(("strikes incl. the Hermon HQ", "a Falaq-1 at an army base near Majdal Shams"))] = "compatible"

P = E.pair
WHOS = [(r["id"], m) for r, m in E.claims if m["it"] == WHO]
HEZS = [c for c, m in WHOS if m["lab"] == HEZ]
WPNF = [r["id"] for r, m in E.claims if m["it"] == WPN and m["lab"] == "Falaq-1"]
TOLLS = [r["id"] for r, m in E.claims if m["it"] == TOLL]
ICPTS = [c for c, m in WHOS if m["lab"] == ICPT]
NOTS = [c for c, m in WHOS if m["lab"] == NOT]
# an interceptor fell on the pitch vs a Falaq-1 rocket (Hezbollah's) hit it: exclusive accounts of what struck
for i in ICPTS:
    for w in WPNF:
        P(i, w, "contradicts", "an Israeli interceptor fell on the pitch vs the rocket that hit it was a Falaq-1 (Hezbollah's): exclusive accounts of what struck")
# Hezbollah's denial of striking Majdal Shams vs the IDF's weapon finding that names Hezbollah's rocket
for d in NOTS:
    for w in WPNF:
        P(d, w, "contradicts", "Hezbollah denies any connection to the strike vs a Falaq-1 'used exclusively by Hezbollah' struck the pitch: the finding entails what the denial denies")
# the tolls that name Hezbollah as the actor vs Hezbollah's denials and its interceptor account
for t in (bzb_toll, ais_toll, sof_twt):
    for d in NOTS + ICPTS:
        P(t, d, "contradicts", "a toll that names Hezbollah as the one who killed them vs Hezbollah's denial / its 'an Israeli interceptor' account: the toll entails what is denied")
# Channel 12's 'Lebanese drone' vs the Falaq-1 rocket is within WPN (exclusive, derived).
# the Hezbollah statements on the military positions it struck are not about the pitch: unrelated to the denial
for c, m in [(r["id"], m) for r, m in E.claims if m["it"] == BASE]:
    for d in (tof_den, ino_hzs, lp9_hzs, mbr_den):
        P(c, d, "unrelated", "Hezbollah's claim of rockets at military positions (a base near Majdal Shams) vs its denial of striking the village: other item (another target), not a revision of the account of who hit the pitch")
# hard negatives
P(tas2_kfk, tas1_toll, "unrelated", "four fighters killed at Kafr Kila (Lebanon) the same day vs nine killed at Majdal Shams: same day, other place")
P(pub_kfk, pub_toll, "unrelated", "four fighters killed at Kfarkila vs at least 11 killed at Majdal Shams: same day, other place")
P(sem_kfk, sem_c13, "unrelated", "four militants killed in Lebanon (Reuters) vs ten killed at Majdal Shams (Channel 13): same day, other place")
P(tas2_kfk, pub_kfk, "agrees", "Hezbollah's four fighters killed at Kafr Kila vs Lebanese security sources' four fighters killed at Kfarkila: different speakers, same figure")
P(tas2_kfk, sem_kfk, "agrees", "Hezbollah's four fighters killed at Kafr Kila vs Reuters' four militants killed: different speakers, same figure")
P(pub_kfk, sem_kfk, "agrees", "four fighters (Lebanese security sources) vs four militants (Reuters) killed at Kfarkila: different speakers, same figure")
P(la7_deir, itm_toll, "unrelated", "at least 30 killed at a Deir al-Balah school (Gaza) the same day vs at least ten at Majdal Shams: same day, other place")
P(la7_deir, nxn_toll, "unrelated", "at least 30 killed at a Deir al-Balah school vs NX Noticias' at least 30 at Majdal Shams: same day, same figure, other place")
P(ton_leb, ton_toll, "unrelated", "two killed by Israeli strikes in Lebanon overnight vs at least twelve at Majdal Shams: other place, next day")
P(urd_leb, urd_toll, "unrelated", "around 10 Hezbollah targets struck overnight vs 12 children killed at Majdal Shams: other item, other place, other day")
P(urd_leb1, urd_toll, "unrelated", "one Hezbollah fighter killed overnight in Lebanon vs 12 children killed at Majdal Shams: other place, other day")
P(urd_leb1, ton_leb, "unrelated", "one fighter killed in the strikes of 29-30 July vs two killed in the strikes of the night of 27-28 July: other night")
P(ann_mar, ann_por, "unrelated", "Iron Dome missiles fell on Majdal Shams in March vs the possibility that one hit it on 27 July: same place, other day")
P(ann_mar, tas2_icpt, "unrelated", "Iron Dome missiles fell on Majdal Shams in March vs an interceptor caused the deaths on 27 July: same place, other day")
P(ais_kw, ais_toll, "unrelated", "at least 40 killed or wounded (a combined figure) vs at least 12 killed: other item")
P(ais_kw, ais_ziv, "unrelated", "at least 40 killed or wounded (a combined figure) vs 32 wounded at Ziv: other item")
P(ais_ziv, sha_wnd, "unrelated", "32 wounded received at one hospital (Ziv, Safed) vs 34 wounded in all (MDA): a part, other item")
P(ais_ser, vat_ser, "unrelated", "6 seriously wounded at Ziv hospital vs 6 seriously wounded in all (Hagari): a part, other item")
P(sof_wnd, jfo_wnd, "unrelated", "30 wounded still in hospital on Sunday morning vs at least 30 wounded: other item (the hospitalised, not all the wounded)")
P(sof_wnd, vat_wnd, "unrelated", "30 wounded still in hospital on Sunday morning vs Hagari's 30 wounded: other item")
P(noi_wnd, noi_toll, "unrelated", "eleven injured vs twelve killed: other item")
P(sha_wnd, sha_toll, "unrelated", "34 wounded vs at least 10 killed: other item")
P(saf_chw, saf_wnd, "unrelated", "7 children in critical condition vs 34 wounded in all: other item (a part)")
P(nat_sfa, jfo_toll, "unrelated", "five students of one school among the dead vs twelve killed: a part, other item")
P(exn_bar, exn_toll, "unrelated", "more than 100 missiles fell vs at least 15 dead: other item")
P(tas2_bar, tas2_toll, "unrelated", "more than 100 MLRS munitions fired by Hezbollah at Israeli forces vs 12 children killed at Majdal Shams: other item")
P(noi_ad, sha_ad, "agrees", "the IDF: a malfunction of the air defence vs the air defence had difficulty intercepting the rocket: same account of the interception, different occasions")
P(noi_ad, noi_icpt, "unrelated", "the IDF: the air defence failed to intercept the rocket vs Hezbollah: an Israeli counter-rocket caused the deaths: other item (a failed interception, not an interceptor)")
P(jin_toll, jin_toll2, "refines", "one outlet in one article: at least 11 children and teenagers (aged 10-16) and 12 killed: the exact figure within the open one, not a revision")
P(bzb_kat, lp9_kat, "echo", "both relay Katz to Channel 12 (Hezbollah crossed all red lines; a full war)")

E.write()
