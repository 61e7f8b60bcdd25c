"""kostiantynivka-2023: the missile that hit the central market of Kostiantynivka (Kostyantynivka,
Konstantinovka), Donetsk region, Ukraine, on Wednesday 6 September 2023.  Annotated blind (see
../kostiantynivka-2023.md).

Per claim: the item (`it`), the statement relayed (`st`, echo), the speaker group (`sp`, revises), the
interval the written figure means (`iv`) or a qualitative label (`lab`), and the gold event (`ev`).
Pairs within an item are derived by lib.py unchanged; pairs across items are written by hand below.
"""
from lib import Event, INF

E = Event("kostiantynivka-2023")
S = E.src

# -- items ------------------------------------------------------------------------------------
TOLL = "toll"            # people killed by the 6 Sep 2023 strike on the market
WND = "wounded"          # people wounded by it
CHILD = "child-dead"     # children among the dead
CAS = "casualties"       # killed and wounded together
RESC = "rescuer-dead"    # rescuers among the victims
PERP = "perp"            # whose missile / attack it was
WEAP = "weapon"          # what hit the market
DELIB = "intent"         # deliberate attack or accident
MIL = "military-nearby"  # whether there was anything military at the place
HOUR = "hour"            # the time of day of the strike
SHOPS = "shops"          # shops damaged (prosecutors' list)
PAV = "pavilions"        # market pavilions damaged by the fire
ORIG = "origin"          # the direction the missile came from
ACCESS = "access"        # whether the Ukrainian authorities hindered the NYT's access
INVEST = "investigation" # state of the Ukrainian investigation
LAUNCH = "launches"      # Ukrainian surface-to-air missiles launched from Druzhkivka before the strike
# background incidents in the same town (hard negatives)
APR = "kostiantynivka-2023-04-strike"        # Russian strike on residential areas, Sunday 2 April 2023
JUL = "kostiantynivka-2023-07-cluster"       # cluster munitions, July 2023
SUP = "kostiantynivka-2024-08-supermarket"   # strike on a supermarket and post office, 9 Aug 2024
M25 = "kostiantynivka-2025-08-market"        # Smerch rockets on the market, 20 Aug 2025

# -- labels -------------------------------------------------------------------------------------
RU, UA, NOT_RU, NOT_UA = "Russia", "Ukraine", "not Russia", "not Ukraine"
ART, NOT_ART, BAL, S300, BUK, AIRL = ("artillery", "not artillery", "ballistic missile", "S-300 missile",
                                      "Buk 9M38 air-defence missile", "missile fired from an aircraft")
DEL, ACC, NOCIV = "deliberate attack", "accident (errant missile)", "Russia does not target civilians deliberately"
NOMIL, MILTOWN = "no military target or unit there", "the town is often crowded with military personnel"

E.exclusive = {PERP, WEAP, DELIB, HOUR}
# day phrases the model cannot read here (no year, no dated report, another language, or "today" in a page dated the next day): kept as qualifiers
E.bad_when = {"today", "Wednesday, Sept. 6", "6 вересня", "6. září"}
L = E.labrel
L[frozenset((UA, NOT_RU))] = "refines"
L[frozenset((RU, NOT_UA))] = "refines"
L[frozenset((NOT_RU, NOT_UA))] = "compatible"
L[frozenset((BAL, S300))] = "refines"
L[frozenset((NOT_ART, S300))] = "refines"
L[frozenset((NOT_ART, BAL))] = "refines"
L[frozenset((NOT_ART, BUK))] = "refines"
L[frozenset((NOT_ART, AIRL))] = "refines"
L[frozenset((BAL, BUK))] = "compatible"
L[frozenset((ACC, NOCIV))] = "compatible"
L[frozenset((NOMIL, MILTOWN))] = "compatible"

# -- speaker groups (revises) -------------------------------------------------------------------
ZEL = "Zelensky"
SHM = "Shmyhal"
MVS = "Ukraine's interior ministry (Klymenko, the National Police)"
PROS = "Ukraine's prosecutors (Prosecutor General's office, Donetsk regional prosecutor)"
MOD = "Ukraine's defence ministry"
SBU = "SBU"
NYT = "The New York Times"

# -- statements relayed by several articles (echo) ----------------------------------------------
ZEL16 = "Zelensky's post on Telegram / X, Wed 6 Sep 2023 (at least 16 killed by Russian artillery / shelling; a market, shops, a pharmacy)"
ZEL17 = "Zelensky's updated toll, Wed 6 Sep 2023 (17 killed)"
ZELPC = "Zelensky at the press conference with Mette Frederiksen in Kyiv, Wed 6 Sep 2023 (deliberate; no military units nearby)"
SHMT = "Shmyhal on Telegram, Wed 6 Sep 2023 (at least 16 killed, a child among them; at least 20 wounded)"
KLY28 = "Klymenko's first Telegram post, Wed 6 Sep 2023 (28 wounded; about 30 pavilions burned; a rescuer among the victims)"
KLY17 = "Klymenko's evening Telegram post, Wed 6 Sep 2023 (17 killed, 32 wounded; search and rescue completed)"
POL7 = "Donetsk police spokesperson Oleksandra Havrylko, Thu 7 Sep 2023 (16 dead, 33 wounded, not 17)"
POLT = "the police, Wed 6 Sep 2023 (the market was crowded; hit around 2pm)"
PGO = "the Prosecutor General's office, Wed 6 Sep 2023 (34 wounded; 20 shops, power lines, an administrative building damaged)"
REGPRO = "the Donetsk regional prosecutor's office, latest information by 19 Sep 2023 (at least 15 killed, 36 wounded)"
MODS = "the defence ministry, Wed 6 Sep 2023 evening (a Russian S-300 ballistic missile hit the market)"
DSNS = "the State Emergency Service (DSNS) press service, Wed 6 Sep 2023 (S-300; fire on 300 m2; about 30 pavilions)"
NYTR = "The New York Times' investigation, Mon 18 / Tue 19 Sep 2023 (an errant Ukrainian Buk 9M38 missile)"
SBUS = "the SBU's statement, 19 Sep 2023 (a Russian S-300; identified fragments; a Russian war crime)"
BROWN = "Denise Brown's statement, Wed 6 Sep 2023 (dozens of adults and children killed and wounded)"
UKRU = "Ukraina.ru and other Telegram channels, 6 Sep 2023 (a missile fired from an aircraft, maybe a Storm Shadow)"
EXPS = "two independent bomb-disposal experts to the NYT (most consistent with a 9M38)"

WHEN = "6 September 2023"

# =============================================================================================
# 1 1News (AP), 7 Sep 2023
S("Ukrainian officials", "state", [], "Ukraine")
S("Associated Press", "media", ["AP"])
S("Stefan Slovak", "witness", ["resident of Kostiantynivka"])
S("Volodymyr Zelenskyy", "state", ["Ukrainian President Volodymyr Zelensky"], "Ukraine")
E.article("ap1", "1News", "https://www.1news.co.nz/2023/09/07/russian-missile-attack-kills-17-at-ukrainian-market/", "2023-09-07", "en",
          "Russian missile attack kills 17 at Ukrainian market",
          {"off": {"outlet": "Ukrainian officials", "wire": "Associated Press"},
           "res": {"outlet": "Stefan Slovak", "wire": "Associated Press"},
           "zel": {"outlet": "Volodymyr Zelenskyy", "title": "news conference with Danish Prime Minister Mette Frederiksen", "wire": "Associated Press"}})
ap1_17 = E.c("Ukrainian officials", "people", "killed", "17", it=TOLL, iv=17, sp="Ukrainian officials (AP)", place="Kostiantynivka", when="today",
             qualifiers=["one of Russia's deadliest strikes in months"], via="off")
ap1_w = E.c("Ukrainian officials", "people", "wounded", "at least 32", it=WND, iv=(32, INF), sp="Ukrainian officials (AP)", place="Kostiantynivka", via="off")
ap1_ru = E.c("Associated Press", "outdoor market", "struck by", "a Russian missile", it=PERP, lab=RU, sp="AP", actor="Russia", place="Kostiantynivka, eastern Ukraine",
             when="today")
ap1_nomil = E.c("Stefan Slovak", "military target", "there was", polarity="denied", it=MIL, lab=NOMIL, sp="Stefan Slovak",
                quote="There was no military target here.", qualifiers=["a peaceful neighbourhood in the city centre"], via="res")
ap1_del = E.c("Volodymyr Zelenskyy", "the strike", "was deliberate", it=DELIB, lab=DEL, st=ZELPC, sp=ZEL, via="zel")
ap1_units = E.c("Volodymyr Zelenskyy", "military units", "nearby", polarity="denied", it=MIL, lab=NOMIL, st=ZELPC, sp=ZEL,
                quote="There aren't any military units nearby.", via="zel")

# 2 Financial Times (as copied by skynews.icu)
S("President Volodymyr Zelenskyy", "state", ["Zelenskyy"], "Ukraine")
S("Ukraine's prosecutor-general's office", "state", ["prosecutor-general"], "Ukraine")
S("Ukraine's defence ministry", "state", ["defence ministry"], "Ukraine")
E.article("ft", "Financial Times (via skynews.icu)", "https://skynews.icu/top-stories/457791-russian-rocket-attack-on-market-in-eastern-ukraine-kills-17", None, "en",
          "Russian rocket attack on market in eastern Ukraine kills 17",
          {"zel": {"outlet": "President Volodymyr Zelenskyy", "title": "posts on social media"},
           "pgo": {"outlet": "Ukraine's prosecutor-general's office"},
           "mod": {"outlet": "Ukraine's defence ministry", "title": "statement on Wednesday evening"}})
ft_17 = E.c("President Volodymyr Zelenskyy", "people", "killed", "at least 17", it=TOLL, iv=(17, INF), st=ZEL17, sp=ZEL, actor="Russian rocket attack",
            place="Kostyantynivka", qualifiers=["including a child", "a daytime attack on a busy market"], via="zel")
ft_ru = E.c("President Volodymyr Zelenskyy", "a regular market, shops, and a pharmacy", "attacked", it=PERP, lab=RU, st=ZEL16, sp=ZEL, actor="Russian terrorists",
            quote="Russian terrorists have attacked a regular market, shops, and a pharmacy, killing innocent people.", via="zel")
ft_w = E.c("Ukraine's prosecutor-general's office", "people", "wounded", "34", it=WND, iv=34, st=PGO, sp=PROS, qualifiers=["another 34"], via="pgo")
ft_shops = E.c("Ukraine's prosecutor-general's office", "shops", "damaged", "20", it=SHOPS, iv=20, st=PGO, sp=PROS,
               qualifiers=["and power lines, an administrative building and the fifth floor of a residential building"], via="pgo")
ft_s300 = E.c("Ukraine's defence ministry", "an outdoor market", "hit by", "a Russian ballistic missile", it=WEAP, lab=S300, st=MODS, sp=MOD,
              actor="Russia", qualifiers=["S-300 ballistic missile", "rescue efforts had concluded"], via="mod")

# 3 Kyiv Post, Thu 7 Sep 2023 (no date on the page)
S("Kyiv Post", "media")
S("Alexandra Gavrilko", "state", ["Donetsk region police spokesperson", "police"], "Ukraine")
E.article("kp", "Kyiv Post", "https://kyivpost.com./post/21358", None, "en", None,
          {"pol": {"outlet": "Alexandra Gavrilko", "title": "statement on Thursday, Sept. 7", "published": "2023-09-07"}})
kp_ru = E.c("Kyiv Post", "a busy market", "hit with a missile", it=PERP, lab=RU, sp="Kyiv Post", actor="The Russian army", place="Kostyantynivka, Donetsk region",
            when="Wednesday, Sept. 6")
kp_s300 = E.c("Kyiv Post", "the missile", "from the S-300 missile system", it=WEAP, lab=S300, sp="Kyiv Post", hedge="believed to be")
kp_16 = E.c("Alexandra Gavrilko", "bodies of dead people", "we have", "16", it=TOLL, iv=16, st=POL7, sp=MVS, stated="2023-09-07",
            quote="According to official information, we have 16 bodies of dead people and 33 wounded people.",
            qualifiers=["initially there was information about 17 dead", "one victim unidentified"], via="pol")
kp_w = E.c("Alexandra Gavrilko", "wounded people", "we have", "33", it=WND, iv=33, st=POL7, sp=MVS, stated="2023-09-07", via="pol")
kp_ch = E.c("Alexandra Gavrilko", "child", "among the dead", "one", it=CHILD, iv=1, sp=MVS, qualifiers=["police said they had identified all but one of the victims"],
            via="pol")

# 4 Al Jazeera, 6 Sep 2023
S("officials", "state", ["Ukrainian officials"], "Ukraine")
S("President Volodymyr Zelenskyy", "state", ["Zelenskyy"], "Ukraine")
S("Ihor Klimenko", "state", ["interior Minister"], "Ukraine")
E.article("aj", "Al Jazeera", "https://www.aljazeera.com/news/2023/9/6/civilians-reported-killed-as-russia-shells-outdoor-market-in-east-ukraine", "2023-09-06", "en",
          "Civilians reported killed as Russia shells outdoor market in east Ukraine",
          {"off": {"outlet": "officials"},
           "zel": {"outlet": "President Volodymyr Zelenskyy", "title": "press conference in Kyiv"},
           "kly": {"outlet": "Ihor Klimenko", "title": "Telegram"}})
aj_16 = E.c("officials", "people", "killed", "at least 16", it=TOLL, iv=(16, INF), sp="officials (Al Jazeera)", actor="Russian shelling",
            place="a market in the eastern Ukrainian city of Kostiantynivka", when="Wednesday", via="off")
aj_ru = E.c("President Volodymyr Zelenskyy", "the market", "deliberately hit", it=PERP, lab=RU, st=ZELPC, sp=ZEL, actor="the Russian Federation",
            quote="This is one more terrorist attack by the Russian Federation. They deliberately hit the market.", via="zel")
aj_del = E.c("President Volodymyr Zelenskyy", "attack on a peaceful city", "deliberate", it=DELIB, lab=DEL, st=ZELPC, sp=ZEL, via="zel")
aj_w = E.c("Ihor Klimenko", "people", "wounded", "at least 28", it=WND, iv=(28, INF), st=KLY28, sp=MVS, place="the central city market", via="kly")
aj_pav = E.c("Ihor Klimenko", "pavilions at the outdoor market", "damaged by the fire", "about 30", it=PAV, iv=(27, 33), st=KLY28, sp=MVS, via="kly")

# 5 Evening Standard (Reuters), via inkl
S("authorities", "state", ["Ukrainian authorities"], "Ukraine")
S("Prime Minister Denys Shmyhal", "state", ["Shmyhal"], "Ukraine")
S("Internal Minister Ihor Klymenko", "state", ["Klymenko", "Interior Minister Ihor Klymenko"], "Ukraine")
S("Police", "state", ["police"], "Ukraine")
E.article("es", "Evening Standard (via inkl)", "https://inkl.com/news/ukraine-at-least-16-dead-after-missile-attack-on-city-of-kostiantynivka", None, "en",
          "Ukraine war: At least 17 dead after missile attack on market in Kostiantynivka",
          {"aut": {"outlet": "authorities"},
           "shm": {"outlet": "Prime Minister Denys Shmyhal", "wire": "Reuters"},
           "kly": {"outlet": "Internal Minister Ihor Klymenko", "wire": "Reuters"},
           "pol": {"outlet": "Police", "wire": "Reuters"}})
es_17 = E.c("authorities", "people", "killed", "At least 17", it=TOLL, iv=(17, INF), sp="authorities (Evening Standard)", actor="Russian missile attack",
            place="a market in the Ukrainian town of Kostiantynivka", qualifiers=["including a child"], via="aut")
es_ch = E.c("Prime Minister Denys Shmyhal", "child", "among the dead", "1", it=CHILD, iv=1, st=SHMT, sp=SHM, qualifiers=["a child"], via="shm")
es_w = E.c("Internal Minister Ihor Klymenko", "people", "wounded", "At least 32", it=WND, iv=(32, INF), st=KLY17, sp=MVS, via="kly")
es_hour = E.c("Police", "the market", "hit", it=HOUR, lab="about 14:00", st=POLT, sp=MVS, qualifiers=["at around 2.00pm (11am GMT)", "the market had been crowded"],
              via="pol")

# 6 The Guardian, 19 Sep 2023
S("The Guardian", "media")
S("New York Times", "media", ["NYT"])
S("Volodymyr Zelensky", "state", ["Ukrainian president"], "Ukraine")
E.article("gu", "The Guardian", "https://www.theguardian.com/world/2023/sep/19/ukrainian-market-tragedy-may-have-been-caused-by-errant-missile-fired-by-ukraine",
          "2023-09-19", "en", "Ukrainian market tragedy may have been caused by errant missile fired by Ukraine",
          {"nyt": {"outlet": "New York Times", "title": "report"}, "zel": {"outlet": "Volodymyr Zelensky"}})
gu_17 = E.c("The Guardian", "civilians", "killing", "at least 17", it=TOLL, iv=(17, INF), sp="The Guardian", place="a crowded market in the Ukrainian city of Kostiantynivka",
            when="6 September")
gu_buk = E.c("New York Times", "the strike", "the result of", "an Ukrainian air defence missile fired by a Buk launch system", it=WEAP, lab=BUK, st=NYTR, sp=NYT,
             hedge="suggests", actor="Ukraine", via="nyt")
gu_ua = E.c("New York Times", "errant missile", "fired by", "Ukraine", it=PERP, lab=UA, st=NYTR, sp=NYT, hedge="could have been", actor="Ukraine", via="nyt")
gu_orig = E.c("New York Times", "the missile", "flew into Kostiantynivka from the direction of", "Ukrainian-held territory", it=ORIG, lab="from Ukrainian-held territory",
              st=NYTR, sp=NYT, quote="the missile flew into Kostiantynivka from the direction of Ukrainian-held territory, not from behind Russian lines", via="nyt")
gu_ru = E.c("Volodymyr Zelensky", "the attack", "responsibility", it=PERP, lab=RU, sp=ZEL, actor="Russia", qualifiers=["a few hours later accused Russia"], via="zel")

# 7 The Kyiv Independent, 19 Sep 2023
S("The New York Times", "media", ["NYT"])
S("Security Service (SBU) and Air Force", "state", ["SBU", "Air Force"], "Ukraine")
S("regional prosecutor's office", "state", ["Donetsk Oblast prosecutor's office"], "Ukraine")
S("Ukrainian authorities", "state", [], "Ukraine")
S("SBU", "state", ["Ukraine's Security Service"], "Ukraine")
E.article("ki", "The Kyiv Independent", "https://kyivindependent.com/nyt-reports-ukrainian-missile-might-have-accidentally-struck-kostiantynivka-market-kyiv-still-investigating",
          "2023-09-19", "en", "NYT reports Ukrainian missile might have accidentally struck Kostiantynivka market, Kyiv still investigating",
          {"nyt": {"outlet": "The New York Times", "published": "2023-09-18"},
           "sbu": {"outlet": "Security Service (SBU) and Air Force", "wire": "Suspilne"},
           "pro": {"outlet": "regional prosecutor's office"},
           "aut": {"outlet": "Ukrainian authorities"},
           "sbu2": {"outlet": "SBU"}})
ki_ua = E.c("The New York Times", "the Sept. 6 missile strike on a market", "could have resulted from", "a Ukrainian malfunctioning air defense missile", it=PERP, lab=UA,
            st=NYTR, sp=NYT, actor="Ukrainian forces", when="Sept. 6", via="nyt")
ki_buk = E.c("The New York Times", "missile", "fired using the Buk air defense system", it=WEAP, lab=BUK, st=NYTR, sp=NYT, actor="Ukrainian forces",
             qualifiers=["9M38", "from the outskirts of nearby Druzhkivka", "possibly falling short of its target"], hedge="might have", via="nyt")
ki_inv = E.c("Security Service (SBU) and Air Force", "the attack", "still investigating", it=INVEST, lab="still investigating", sp="SBU and Air Force (Suspilne)",
             via="sbu")
ki_15 = E.c("regional prosecutor's office", "people", "killing", "at least 15", it=TOLL, iv=(15, INF), st=REGPRO, sp=PROS, when="Sept. 6",
            place="crowded market in front-line Kostiantynivka", qualifiers=["latest information"], via="pro")
ki_36 = E.c("regional prosecutor's office", "people", "wounding", "36", it=WND, iv=36, st=REGPRO, sp=PROS, via="pro")
ki_aut = E.c("Ukrainian authorities", "the market", "hit with an S-300 missile", it=WEAP, lab=S300, sp="Ukrainian authorities (Kyiv Independent)", actor="Russia",
             via="aut")
ki_sbu = E.c("SBU", "identified missile fragments", "evidence of an S-300 missile", it=WEAP, lab=S300, st=SBUS, sp=SBU, actor="Russia", via="sbu2")

# 8 The Times, 19 Sep 2023
S("The Times", "media")
S("the New York Times", "media", ["NYT"])
S("Ukraine's SBU state security service", "state", ["SBU"], "Ukraine")
E.article("tt", "The Times", "https://www.thetimes.co.uk/article/errant-ukrainian-missile-probably-caused-deadly-market-strike-us-report-fkn38w2vz", "2023-09-19", "en",
          "Errant Ukrainian missile probably caused deadly market strike, says US media report",
          {"nyt": {"outlet": "the New York Times", "title": "on-the-ground investigation"},
           "sbu": {"outlet": "Ukraine's SBU state security service"}})
tt_16 = E.c("The Times", "people", "killed", "at least 16", it=TOLL, iv=(16, INF), sp="The Times", place="a busy market in Kostyantynivka", qualifiers=["this month"])
tt_buk = E.c("the New York Times", "the strike", "the result of", "an errant Ukrainian air-defence missile fired by a Buk launch system", it=WEAP, lab=BUK, st=NYTR,
             sp=NYT, hedge="probably", qualifiers=["9M38"], via="nyt")
tt_ua = E.c("the New York Times", "a wayward Ukrainian missile", "result of", it=PERP, lab=UA, st=NYTR, sp=NYT, hedge="probably", actor="Ukraine",
            qualifiers=["and not a Russian attack"], via="nyt")
tt_sbu = E.c("Ukraine's SBU state security service", "fragments found at the scene", "identified as", "a Russian surface-to-air missile", it=WEAP, lab=S300,
             st=SBUS, sp=SBU, qualifiers=["S-300", "rejected the report"], via="sbu")
tt_apr = E.c("The Times", "people", "killed in Kostyantynivka", "Six", it=APR + "-toll", iv=6, ev=APR, sp="The Times", actor="Russian shelling", when="April")

# 9 socialbites.ca
S("socialbites.ca", "media")
S("Ukrainian president Volodymyr Zelensky", "state", ["Ukrainian president Volodymyr Zelensky"], "Ukraine")
S("The New York Times", "media", ["The New York Times"])
S("the Kremlin", "state", ["Kremlin"], "Russia")
E.article("sb", "socialbites.ca", "https://socialbites.ca/news/unfolded-events-in-konstantinivka-and-the-buk-missile-question", None, "en", None,
          {"zel": {"outlet": "Ukrainian president Volodymyr Zelensky", "title": "post on the social platform"},
           "nyt": {"outlet": "The New York Times", "title": "investigation published on Monday"},
           "kr": {"outlet": "the Kremlin"}})
sb_hour = E.c("socialbites.ca", "a blast", "swept through streets surrounding a market", it=HOUR, lab="noon", sp="socialbites", place="Konstantinivka",
              qualifiers=["At noon", "On September 6"])
sb_15 = E.c("socialbites.ca", "people", "died", "At least 15", it=TOLL, iv=(15, INF), sp="socialbites", qualifiers=["On September 6"])
sb_30 = E.c("socialbites.ca", "people", "were injured", "30", it=WND, iv=30, sp="socialbites")
sb_16 = E.c("Ukrainian president Volodymyr Zelensky", "people", "died in Russian bombardment", "At least 16", it=TOLL, iv=(16, INF), st=ZEL16, sp=ZEL,
            actor="Russian forces", place="Kostyantynivka, Donetsk region", via="zel")
sb_zru = E.c("Ukrainian president Volodymyr Zelensky", "a civilian area", "struck", it=PERP, lab=RU, st=ZEL16, sp=ZEL, actor="Russian militants", via="zel")
sb_ua = E.c("The New York Times", "the devastating strike", "resulted from", "an errant Ukrainian air defense missile fired by a Buk launch system",
            it=PERP, lab=UA, st=NYTR, sp=NYT, hedge="suggested", actor="Kyiv", via="nyt")
sb_kr = E.c("the Kremlin", "the Ukrainian leader's accusations", "rejected", it=PERP, lab=NOT_RU, sp="Kremlin", via="kr")

# 10 TF1 Info, September 2023
S("TF1 Info", "media")
S("Volodymyr Zelensky", "state", ["Volodymyr Zelensky"], "Ukraine")
E.article("tf1", "TF1 Info", "https://www.tf1info.fr/international/guerre-en-ukraine-russie-17-morts-apres-le-bombardement-d-un-marche-munitions-a-uranium-le-point-sur-la-situation-2268932.html",
          None, "fr", "Guerre en Ukraine : 17 morts après le bombardement d'un marché",
          {"zel": {"outlet": "Volodymyr Zelensky"}})
tf1_17 = E.c("TF1 Info", "personnes", "ont perdu la vie", "Au moins 17", it=TOLL, iv=(17, INF), sp="TF1", actor="une frappe russe", place="un marché de la ville de Kostiantynivka",
             qualifiers=["dont un enfant", "ce mercredi"])
tf1_32 = E.c("TF1 Info", "blessés", "a fait", "32", it=WND, iv=32, sp="TF1", hedge="provisional", qualifiers=["selon un bilan provisoire"])
tf1_del = E.c("Volodymyr Zelensky", "le marché", "ont délibérément visé", it=DELIB, lab=DEL, sp=ZEL, actor="Les terroristes russes",
              quote="Les terroristes russes ont délibérément visé le marché", via="zel")

# 11 RTBF, September 2023 (AFP)
S("Volodymyr Zelensky", "state", ["Volodymyr Zelensky"], "Ukraine")
S("Denys Chmygal", "state", ["Premier ministre"], "Ukraine")
S("Igor Klymenko", "state", ["ministère de l'Intérieur"], "Ukraine")
E.article("rtbf", "RTBF", "https://www.rtbf.be/article/guerre-en-ukraine-une-frappe-russe-cause-au-moins-16-morts-sur-un-marche-de-kostiantynivka-nord-de-donetsk-11251675",
          None, "fr", "Guerre en Ukraine : une frappe russe cause au moins 16 morts sur un marché de Kostiantynivka",
          {"zel": {"outlet": "Volodymyr Zelensky"}, "shm": {"outlet": "Denys Chmygal", "title": "message séparé"},
           "kly": {"outlet": "Igor Klymenko"}})
rtbf_16 = E.c("Volodymyr Zelensky", "personnes", "a tué", "16", it=TOLL, iv=16, st=ZEL16, sp=ZEL, actor="L'artillerie des terroristes russes",
              place="la ville de Kostiantynivka, dans la région de Donetsk", quote="L'artillerie des terroristes russes a tué 16 personnes dans la ville de Kostiantynivka",
              via="zel")
rtbf_art = E.c("Volodymyr Zelensky", "16 personnes", "tuées par", "l'artillerie", it=WEAP, lab=ART, st=ZEL16, sp=ZEL, actor="terroristes russes", via="zel")
rtbf_20 = E.c("Denys Chmygal", "blessés", "fait état de", "au moins 20", it=WND, iv=(20, INF), st=SHMT, sp=SHM, via="shm")
rtbf_28 = E.c("Igor Klymenko", "blessés", "a évoqué", "28", it=WND, iv=28, st=KLY28, sp=MVS, via="kly")

# 12 3sec.info (AP in French)
S("autorités ukrainiennes", "state", [], "Ukraine")
S("Volodymyr Zelenskyy", "state", ["Ukrainian President Volodymyr Zelensky"], "Ukraine")
S("la Russie", "state", ["Russie"], "Russia")
S("ministère ukrainien de la Défense", "state", [], "Ukraine")
S("bureau du procureur général", "state", [], "Ukraine")
E.article("3s", "3sec.info", "https://3sec.info/une/frappes-de-missiles-dans-un-marche-bonde-de-lest-de-lukraine/", None, "fr",
          "Frappes de missiles dans un marché bondé de l'est de l'Ukraine",
          {"aut": {"outlet": "autorités ukrainiennes"}, "zel": {"outlet": "Volodymyr Zelenskyy"}, "ru": {"outlet": "la Russie"},
           "mod": {"outlet": "ministère ukrainien de la Défense"}, "pgo": {"outlet": "bureau du procureur général"}})
s3_nociv = E.c("la Russie", "les civils", "cibler délibérément", polarity="denied", it=DELIB, lab=NOCIV, sp="Russia",
               qualifiers=["n'a pas immédiatement commenté"], via="ru")
s3_bal = E.c("ministère ukrainien de la Défense", "le marché", "a été touché par", "un missile balistique", it=WEAP, lab=BAL, st=MODS, sp=MOD, via="mod")

# 13 Topwar (French edition), 6 Sep 2023
S("Topwar", "media", ["Military Review"])
S("chaînes Telegram, dont Ukraina.ru", "media", ["Ukraina.ru"])
E.article("tw", "Topwar (fr.topwar.ru)", "https://fr.topwar.ru/225512-telegram-kanaly-ukraina-mogla-sama-nanesti-raketnyj-udar-po-rynku-v-konstantinovke.html",
          None, "fr", "Chaînes Telegram : l'Ukraine aurait pu elle-même frapper le marché de Konstantinovka",
          {"tg": {"outlet": "chaînes Telegram, dont Ukraina.ru"}})
tw_16 = E.c("Topwar", "personnes", "a tué", "16", it=TOLL, iv=16, sp="Topwar", actor="L'attaque au missile", place="le marché de la ville de Konstantinovka")
tw_air = E.c("chaînes Telegram, dont Ukraina.ru", "une roquette", "tirée depuis", "un avion", it=WEAP, lab=AIRL, st=UKRU, sp="Ukraina.ru",
             qualifiers=["des témoins oculaires ont vu un avion survoler Konstantinovka", "peut-être un missile Storm Shadow"], via="tg")
tw_ua = E.c("chaînes Telegram, dont Ukraina.ru", "le missile", "tiré depuis un avion ukrainien", it=PERP, lab=UA, st=UKRU, sp="Ukraina.ru", hedge="il est possible",
            actor="l'armée de l'air ukrainienne", via="tg")

# 14 actufrancais (AFP), August 2024: the supermarket strike, and the market strike as background
S("Igor Klymenko, ministre ukrainien de l'Intérieur", "state", ["Igor Klymenko"], "Ukraine")
S("AFP", "media", ["Agence France-Presse"])
S("Kiev", "state", ["Ukrainiens"], "Ukraine")
E.article("afr", "actufrancais.com (AFP)", "https://actufrancais.com/deces-de-dix-personnes-suite-a-une-attaque-russe-sur-un-supermarche-en-ukraine", None, "fr",
          "Décès de dix personnes suite à une attaque russe sur un supermarché en Ukraine",
          {"kly": {"outlet": "Igor Klymenko, ministre ukrainien de l'Intérieur"}, "afp": {"outlet": "AFP"}, "kiev": {"outlet": "Kiev"}})
afr_sup = E.c("Igor Klymenko, ministre ukrainien de l'Intérieur", "morts", "bilan", "au moins 10", it=SUP + "-toll", iv=(10, INF), ev=SUP, sp=MVS,
              place="un supermarché à Kostiantynivka", via="kly")
afr_supw = E.c("Igor Klymenko, ministre ukrainien de l'Intérieur", "blessés", "bilan", "35", it=SUP + "-wounded", iv=35, ev=SUP, sp=MVS, via="kly")
afr_16 = E.c("AFP", "personnes", "avait causé la mort de", "16", it=TOLL, iv=16, sp="AFP (actufrancais)", place="dans la région", when="septembre 2023",
             qualifiers=["une autre attaque"], via="afp")
afr_ua = E.c("AFP", "cette attaque", "un tir raté de", "l'armée ukrainienne", it=PERP, lab=UA, sp="AFP (actufrancais)", actor="l'armée ukrainienne",
             qualifiers=["initialement attribuée aux Russes par les Ukrainiens", "plus tard révélée"], via="afp")
afr_kiev = E.c("Kiev", "un tir raté de l'armée ukrainienne", "démenti", polarity="denied", it=PERP, lab=NOT_UA, sp="Kyiv", via="kiev")

# 15 Salzburger Nachrichten, Thu 7 Sep 2023
S("eine Polizeisprecherin", "state", ["Polizei"], "Ukraine")
S("Wolodymyr Selenskyj", "state", ["ukrainischer Präsident"], "Ukraine")
S("Polizei", "state", [], "Ukraine")
S("lokale Medien", "media")
E.article("sn", "Salzburger Nachrichten", "https://www.sn.at/politik/weltpolitik/16-tote-bei-russischem-angriff-auf-ukrainischen-markt-144897205", None, "de",
          "16 Tote bei russischem Angriff auf ukrainischen Markt",
          {"pol": {"outlet": "eine Polizeisprecherin", "wire": "ukrainische Medien"}, "zel": {"outlet": "Wolodymyr Selenskyj", "title": "erste Reaktion"},
           "pol2": {"outlet": "Polizei"}, "med": {"outlet": "lokale Medien"}})
sn_16 = E.c("eine Polizeisprecherin", "Tote", "gibt es derzeit", "16", it=TOLL, iv=16, st=POL7, sp=MVS, qualifiers=["ein Todesopfer weniger als zuerst berichtet"],
            quote="Nach offiziellen Angaben gibt es derzeit 16 Tote und 33 Verwundete", via="pol")
sn_33 = E.c("eine Polizeisprecherin", "Verwundete", "gibt es derzeit", "33", it=WND, iv=33, st=POL7, sp=MVS, via="pol")
sn_art = E.c("Wolodymyr Selenskyj", "Markt", "Artillerietreffer", it=WEAP, lab=ART, st=ZEL16, sp=ZEL, qualifiers=["in seiner ersten Reaktion zunächst"], via="zel")
sn_noart = E.c("Polizei", "Artillerietreffer", "Version", polarity="denied", it=WEAP, lab=NOT_ART, st=POL7, sp=MVS,
               qualifiers=["Diese Version schließt die Polizei nach eigenen Angaben inzwischen aus"], via="pol2")
sn_s300 = E.c("lokale Medien", "Geschoss", "S-300-Rakete", it=WEAP, lab=S300, sp="local media (SN)", hedge="gingen von ... aus", via="med")

# 16 Freie Presse (dpa), 6 Sep 2023
S("Innenminister Ihor Klymenko", "state", ["Klymenko"], "Ukraine")
E.article("fp", "Freie Presse", "https://www.freiepresse.de/nachrichten/welt/marktplatz-beschossen-viele-tote-in-ostukrainischer-stadt-artikel13036317", None, "de",
          "Marktplatz beschossen: Viele Tote in ostukrainischer Stadt",
          {"kly": {"outlet": "Innenminister Ihor Klymenko", "title": "Telegram, am Abend"}})
fp_17 = E.c("Innenminister Ihor Klymenko", "Menschen", "getötet", "mindestens 17", it=TOLL, iv=(17, INF), st=KLY17, sp=MVS, actor="russischer Beschuss",
            place="Marktplatz in der ostukrainischen Stadt Kostjantyniwka", qualifiers=["darunter auch ein Kind", "Such- und Rettungsarbeiten abgeschlossen"], via="kly")
fp_30 = E.c("Innenminister Ihor Klymenko", "Menschen", "verletzt", "Mehr als 30", it=WND, iv=(31, INF), st=KLY17, sp=MVS, via="kly")

# 17 wallstreet-online (dpa-AFX), 6 Sep 2023
S("Ministerpräsident Denys Schmyhal", "state", ["Schmyhal"], "Ukraine")
S("Ukraine", "state", ["ukrainische Regierung"], "Ukraine")
S("einige lokale Medien", "media")
E.article("wo", "wallstreet-online (dpa-AFX)", "https://www.wallstreet-online.de/nachricht/17309004-roundup-marktplatz-beschossen-16-tote-ostukrainischer-stadt", None, "de",
          "ROUNDUP Marktplatz beschossen: Mindestens 16 Tote in ostukrainischer Stadt",
          {"shm": {"outlet": "Ministerpräsident Denys Schmyhal", "title": "Telegram, am Mittwoch"}, "ua": {"outlet": "Ukraine"},
           "med": {"outlet": "einige lokale Medien"}})
wo_16 = E.c("Ministerpräsident Denys Schmyhal", "Menschen", "getötet", "mindestens 16", it=TOLL, iv=(16, INF), st=SHMT, sp=SHM, actor="russischer Beschuss",
            place="Marktplatz in der ostukrainischen Stadt Kostjantyniwka", via="shm")
wo_ch = E.c("Ministerpräsident Denys Schmyhal", "Kind", "darunter", "ein", it=CHILD, iv=1, st=SHMT, sp=SHM, quote="Darunter ist auch ein Kind", via="shm")
wo_jul = E.c("Ukraine", "Kind", "getötet", "ein", it=JUL + "-child", iv=1, ev=JUL, sp="Ukraine (dpa)", actor="Russland",
             qualifiers=["Streubombeneinsatz in Kostjantyniwka", "im Juli"], via="ua")

# 18 stern (AFP): the April 2023 strike (hard negative)
S("Regionalpolizei von Donezk", "state", ["Polizei"], "Ukraine")
E.article("ste", "stern", "https://www.stern.de/news/sechs-menschen-bei--massivem-angriff--in-der-ostukraine-getoetet-33341702.html", None, "de",
          "Sechs Menschen bei \"massivem Angriff\" in der Ostukraine getötet",
          {"pol": {"outlet": "Regionalpolizei von Donezk"}})
ste_6 = E.c("Regionalpolizei von Donezk", "Menschen", "getötet", "sechs", it=APR + "-toll", iv=6, ev=APR, sp="Donetsk regional police (April)", actor="Russland",
            place="Kostjantyniwka", qualifiers=["am Sonntag", "massiver Angriff auf eine dicht besiedelte Gegend"], via="pol")
ste_16 = E.c("Regionalpolizei von Donezk", "Mehrfamilienhäuser", "getroffen", "16", it=APR + "-buildings", iv=16, ev=APR, sp="Donetsk regional police (April)",
             qualifiers=["acht weitere Wohnhäuser und ein Kindergarten"], via="pol")

# 19 HCH (CNN in Spanish), 6 Sep 2023
S("Denys Shmyhal", "state", ["primer ministro ucraniano"], "Ukraine")
S("informaciones procedentes del lugar de los hechos", "media")
S("HCH", "media", ["CNN"])
E.article("hch", "HCH", "https://hch.tv/2023/09/06/al-menos-16-muertos-tras-impactar-un-misil-ruso-en-el-centro-de-una-ciudad-de-la-region-de-donetsk-segun-el-primer-ministro-ucraniano",
          "2023-09-06", "es", "Al menos 16 muertos tras impactar un misil ruso en el centro de una ciudad de la región de Donetsk, según el primer ministro ucraniano",
          {"shm": {"outlet": "Denys Shmyhal", "title": "Telegram"}, "inf": {"outlet": "informaciones procedentes del lugar de los hechos"}})
hch_16 = E.c("Denys Shmyhal", "personas", "matando", "al menos 16", it=TOLL, iv=(16, INF), st=SHMT, sp=SHM, actor="Un misil ruso",
             place="un mercado en la ciudad de Kostiantynivka, en la región oriental de Donetsk", qualifiers=["entre ellas un niño"], via="shm")
hch_ru = E.c("Denys Shmyhal", "las tropas rusas", "son terroristas", it=PERP, lab=RU, st=SHMT, sp=SHM, actor="Las tropas rusas",
             quote="Las tropas rusas son terroristas que no serán perdonados ni dejados en paz.", via="shm")
hch_s300 = E.c("informaciones procedentes del lugar de los hechos", "Un misil ruso S-300", "parece haber caído en medio de la ciudad", it=WEAP, lab=S300,
               sp="reports from the scene (CNN)", hedge="parece", via="inf")
hch_mil = E.c("HCH", "Kostiantynivka", "suele estar abarrotada de personal militar", it=MIL, lab=MILTOWN, sp="CNN (HCH)")

# 20 La Razón, 19 Sep 2023
S("La Razón", "media")
S("The New York Times", "media", ["The New York Times"])
S("Ucrania", "state", ["servicio de seguridad"], "Ukraine")
S("Volodimir Zelenski", "state", ["presidente ucraniano"], "Ukraine")
E.article("lr", "La Razón", "https://www.larazon.es/internacional/the-new-york-times-asegura-que-misil-perdido-ucraniano-provoco-matanza-mercado-kostyantynivka_20230919650975751fb4a600013d79fd.html",
          "2023-09-19", "es", "The New York Times asegura que un misil perdido ucraniano provocó la matanza del mercado de Kostyantynivka",
          {"nyt": {"outlet": "The New York Times", "title": "investigación propia publicada este martes"}, "ua": {"outlet": "Ucrania"},
           "zel": {"outlet": "Volodimir Zelenski"}})
lr_16 = E.c("La Razón", "personas", "mató", "al menos 16", it=TOLL, iv=(16, INF), sp="La Razón", place="Kostjantynivka", qualifiers=["a principios de este mes"])
lr_ua = E.c("The New York Times", "El ataque con misiles", "fue causado por", "un proyectil ucraniano", it=PERP, lab=UA, st=NYTR, sp=NYT, actor="Ucrania",
            via="nyt")
lr_buk = E.c("The New York Times", "misil", "disparado desde", "un sistema de lanzamiento Buk", it=WEAP, lab=BUK, st=NYTR, sp=NYT,
             qualifiers=["misil de defensa aérea ucraniano extraviado"], via="nyt")
lr_inv = E.c("Ucrania", "el incidente de Kostjantynivka", "todavía está investigando", it=INVEST, lab="still investigating", sp="Ukraine (La Razón)", via="ua")
lr_ru = E.c("Volodimir Zelenski", "un mercado, tiendas y una farmacia", "atacaron", it=PERP, lab=RU, st=ZEL16, sp=ZEL, actor="terroristas rusos",
            quote="Los terroristas rusos atacaron un mercado, tiendas y una farmacia, matando a personas inocentes", via="zel")

# 21 Vanguardia (NYT in Spanish), September 2023
S("The New York Times", "media", ["The New York Times"])
S("vocero de las fuerzas armadas de Ucrania", "state", [], "Ukraine")
S("dos expertos militares independientes en desactivación de bombas", "other", [])
E.article("va", "Vanguardia", "https://vanguardia.com.mx/noticias/internacional/evidencias-indican-que-un-misil-ucraniano-provoco-la-tragedia-en-el-mercado-de-la-ciudad-de-konstantinovka-AA9345255",
          None, "es", "Evidencias indican que un misil ucraniano provocó la tragedia en el mercado de la ciudad de Konstantinovka",
          {"nyt": {"outlet": "The New York Times"}, "af": {"outlet": "vocero de las fuerzas armadas de Ucrania", "wire": "The New York Times"},
           "exp": {"outlet": "dos expertos militares independientes en desactivación de bombas", "wire": "The New York Times"}})
va_buk = E.c("The New York Times", "las medidas de los agujeros y los fragmentos", "coinciden con el misil 9M38", it=WEAP, lab=BUK, st=NYTR, sp=NYT,
             qualifiers=["disparado desde el vehículo antiaéreo móvil Buk"], via="nyt")
va_inv = E.c("vocero de las fuerzas armadas de Ucrania", "el incidente", "está investigando", it=INVEST, lab="still investigating", sp="Ukrainian armed forces spokesman",
             qualifiers=["el servicio de seguridad del país", "no puede realizar más comentarios"], via="af")
va_exp = E.c("dos expertos militares independientes en desactivación de bombas", "los fragmentos y los daños", "más consistentes con un 9M38", it=WEAP, lab=BUK,
             st=EXPS, sp="bomb-disposal experts", via="exp")

# 22 AgenPress, 6 Sep 2023
S("Denys Shmyhal", "state", ["primo ministro ucraino"], "Ukraine")
S("Klymenko", "state", ["Ihor Klymenko"], "Ukraine")
E.article("agp", "AgenPress", "https://www.agenpress.it/2023/09/06/ucraina-missile-russo-colpisce-un-mercato-nella-regione-di-donetsk-uccisi17-civili-tra-questi-un-bambino/",
          "2023-09-06", "it", "Ucraina. Missile russo colpisce un mercato nella regione di Donetsk, uccisi 17 civili, tra questi un bambino",
          {"shm": {"outlet": "Denys Shmyhal"}, "kly": {"outlet": "Klymenko"}})
agp_17 = E.c("Denys Shmyhal", "morti", "tra i 17 morti c'è anche un bambino", "17", it=TOLL, iv=17, sp=SHM, via="shm")
agp_ch = E.c("Denys Shmyhal", "un bambino", "tra i morti", "un", it=CHILD, iv=1, sp=SHM, via="shm")
agp_32 = E.c("Klymenko", "feriti", "è salito a", "32", it=WND, iv=32, st=KLY17, sp=MVS, via="kly")

# 23 Akhbar Al Aan (AFP in Arabic), 6 Sep 2023
S("دنيز براون", "international_org", ["منسقة الأمم المتحدة للشؤون الإنسانية في أوكرانيا", "Denise Brown"], "UN")
S("فولوديمير زيلينسكي", "state", ["الرئيس الأوكراني"], "Ukraine")
E.article("akh", "Akhbar Al Aan", "https://akhbaralaan.net/news/world/2023/09/06/16-%d9%82%d8%aa%d9%8a%d9%84%d8%a7%d9%8b-%d9%81%d9%8a-%d8%b6%d8%b1%d8%a8%d8%a9-%d8%b1%d9%88%d8%b3%d9%8a%d8%a9-%d8%b9%d9%84%d9%89-%d8%b3%d9%88%d9%82-%d9%81%d9%8a-%d8%a3%d9%88%d9%83%d8%b1%d8%a7%d9%86%d9%8a%d8%a7",
          "2023-09-06", "ar", "قتلى في ضربة روسية في كوستيانتينيفكا شرقي أوكرانيا",
          {"un": {"outlet": "دنيز براون", "title": "بيان"}, "zel": {"outlet": "فولوديمير زيلينسكي", "title": "شبكات التواصل الاجتماعي"}})
akh_cas = E.c("دنيز براون", "البالغين والأطفال", "مقتل وإصابة", "عشرات", it=CAS, iv=(24, 99), st=BROWN, sp="UN (Denise Brown)",
              place="سوق مزدحم في كوستيانتينيفكا", qualifiers=["الهجوم المروّع"], via="un")
akh_17 = E.c("فولوديمير زيلينسكي", "شخصاً", "قتلت", "17", it=TOLL, iv=17, st=ZEL17, sp=ZEL, actor="مدفعية الإرهابيين الروس", qualifiers=["على الأقل"], via="zel")
akh_art = E.c("فولوديمير زيلينسكي", "17 شخصاً", "قتلتهم", "مدفعية", it=WEAP, lab=ART, st=ZEL17, sp=ZEL, actor="الإرهابيين الروس", via="zel")

# 24 Al Khaleej Trend, September 2023
S("مسؤولون", "state", ["مسؤولون أوكرانيون"], "Ukraine")
S("دينيس شميهال", "state", ["رئيس الوزراء"], "Ukraine")
S("إيهور كليمينكو", "state", ["وزير الداخلية"], "Ukraine")
E.article("khl", "Al Khaleej Trend", "https://alkhaleejtrend.com/?p=266655", None, "ar", None,
          {"off": {"outlet": "مسؤولون"}, "shm": {"outlet": "دينيس شميهال"}, "kly": {"outlet": "إيهور كليمينكو"}})
khl_ru = E.c("مسؤولون", "سوق", "سقط عليه", "صاروخا روسيا", it=PERP, lab=RU, sp="officials (Al Khaleej Trend)", actor="روسيا", via="off")
khl_ch = E.c("دينيس شميهال", "طفلا", "من بين القتلى", "1", it=CHILD, iv=1, st=SHMT, sp=SHM, qualifiers=["طفلا"], via="shm")
khl_28 = E.c("إيهور كليمينكو", "شخصا", "أصيبوا", "28", it=WND, iv=28, st=KLY28, sp=MVS, via="kly")
khl_resc = E.c("إيهور كليمينكو", "أحد المنقذين", "من بين الضحايا", "أحد", it=RESC, iv=1, st=KLY28, sp=MVS, via="kly")

# 25 RIA Novosti, 19 Sep 2023
S("РИА Новости", "media", ["RIA Novosti"])
S("The New York Times", "media", ["The New York Times"])
E.article("ria", "РИА Новости", "https://ria.ru/20230919/konstantinovka-1897121459.html", "2023-09-19", "ru",
          "NYT: удар по рынку в Константиновке был нанесен украинской ракетой",
          {"nyt": {"outlet": "The New York Times", "title": "расследование"}})
ria_16 = E.c("РИА Новости", "человек", "погибли", "16", it=TOLL, iv=16, sp="RIA Novosti", place="рынок в Константиновке")
ria_ua = E.c("The New York Times", "удар по рынку", "нанесла", "украинская армия", it=PERP, lab=UA, st=NYTR, sp=NYT, actor="украинская армия", via="nyt")
ria_buk = E.c("The New York Times", "катастрофический удар", "был вызван", "отклонившейся от траектории украинской ракетой ПВО, выпущенной из комплекса \"Бук\"",
              it=WEAP, lab=BUK, st=NYTR, sp=NYT, via="nyt")
ria_acc = E.c("The New York Times", "журналистам газеты", "пытались помешать получить доступ к обломкам ракеты", it=ACCESS, lab="hindered", st=NYTR, sp=NYT,
              actor="киевские власти", via="nyt")

# 26 Postimees (Russian edition), 6 Sep 2023
S("украинские военные", "state", [], "Ukraine")
S("Владимир Зеленский", "state", ["президент Украины"], "Ukraine")
S("Игорь Клименко", "state", ["глава МВД Украины"], "Ukraine")
E.article("pm", "Postimees (на русском)", "https://rus.postimees.ee/7849687/rossiyskaya-armiya-obstrelyala-rynok-v-gorode-konstantinovka-pogibli-17-chelovek", None, "ru",
          "Российская армия обстреляла рынок в городе Константиновка, погибли 17 человек",
          {"mil": {"outlet": "украинские военные"}, "zel": {"outlet": "Владимир Зеленский"}, "kly": {"outlet": "Игорь Клименко"}})
pm_s300 = E.c("украинские военные", "удар", "был нанесен при помощи системы С-300", it=WEAP, lab=S300, sp="Ukrainian military (Postimees)", via="mil")
pm_art = E.c("Владимир Зеленский", "Константиновка", "пострадала от", "российской артиллерии", it=WEAP, lab=ART, sp=ZEL, qualifiers=["позже"], via="zel")
pm_17 = E.c("Игорь Клименко", "человек", "погибли", "17", it=TOLL, iv=17, st=KLY17, sp=MVS, via="kly")
pm_32 = E.c("Игорь Клименко", "человека", "получили ранения", "32", it=WND, iv=32, st=KLY17, sp=MVS, via="kly")

# 27 RealGazeta (Ukrainska Pravda relaying the SBU), 19 Sep 2023
S("СБУ", "state", ["Служба безпеки України"], "Ukraine")
S("The New York Times", "media", ["The New York Times"])
S("українська влада", "state", [], "Ukraine")
E.article("rg", "RealGazeta", "https://realgazeta.com.ua/v-sbu-prokomentuvaly-publikatsiiu-nyt-pro-konstantynovku-ta-zaiavyly-shcho-po-rynku-udaryla-rosiyska-raketa-s-300",
          None, "uk", "В СБУ прокоментували публікацію NYT про Костянтинівку та заявили, що по ринку ударила російська ракета С-300",
          {"sbu": {"outlet": "СБУ", "title": "повідомлення", "wire": "Українська правда"}, "nyt": {"outlet": "The New York Times"},
           "aut": {"outlet": "українська влада"}})
rg_s300 = E.c("СБУ", "цивільний об'єкт", "ворог ударив із комплексу С-300", it=WEAP, lab=S300, st=SBUS, sp=SBU, when="6 вересня",
              quote="За даними слідства, ворог ударив по даному цивільному об'єкту із комплексу С-300.", qualifiers=["ідентифіковані уламки ракети"], via="sbu")
rg_ru = E.c("СБУ", "обстріл ринку у Костянтинівці", "черговий воєнний злочин РФ", it=PERP, lab=RU, st=SBUS, sp=SBU, actor="росіяни",
            qualifiers=["за 438 статтею Кримінального кодексу"], via="sbu")
rg_acc = E.c("The New York Times", "удар 6 вересня", "трагічний нещасний випадок", it=DELIB, lab=ACC, st=NYTR, sp=NYT,
             qualifiers=["падіння української ракети, а не російський обстріл"], via="nyt")

# 28 Odessa.online, 6 Sep 2023
S("ДСНС України", "state", ["пресслужба ДСНС"], "Ukraine")
E.article("od", "Odessa.online", "https://odessa.online/uk/rosiyani-obstrilyali-rinok-u-prifrontovij-kostyantinivtsi-bagato-zagiblih-ta-postrazhdalih", None, "uk",
          "Росіяни обстріляли ринок у прифронтовій Костянтинівці: багато загиблих та постраждалих",
          {"dsns": {"outlet": "ДСНС України", "title": "пресслужба"}})
od_s300 = E.c("ДСНС України", "удар", "було завдано за допомогою системи «С-300»", it=WEAP, lab=S300, st=DSNS, sp="DSNS", via="dsns")
od_ru = E.c("ДСНС України", "центральний ринок міста Костянтинівка", "завдали ракетного удару", it=PERP, lab=RU, st=DSNS, sp="DSNS", actor="російські війська",
            when="6 вересня", via="dsns")
od_pav = E.c("ДСНС України", "торгових павільйонів", "пошкоджено", "близько 30", it=PAV, iv=(27, 33), st=DSNS, sp="DSNS", qualifiers=["пожежа на площі близько 300 кв. метрів"],
             via="dsns")
od_16 = E.c("ДСНС України", "людей", "загинули", "16", it=TOLL, iv=16, st=DSNS, sp="DSNS", hedge="За попередніми даними", via="dsns")
od_28 = E.c("ДСНС України", "людей", "отримали поранення", "28", it=WND, iv=28, st=DSNS, sp="DSNS", hedge="За попередніми даними", via="dsns")

# 29 ČTK (ceskenoviny.cz), 19 Sep 2023
S("The New York Times", "media", ["The New York Times"])
S("Ihor Klymenko", "state", ["ukrajinský ministr vnitra"], "Ukraine")
S("Volodymyr Zelenskyj", "state", ["ukrajinský prezident"], "Ukraine")
S("místní skupina na platformě Telegram", "other", [])
E.article("cz", "ČTK (České noviny)", "https://www.ceskenoviny.cz/zpravy/nyt-kostantynivku-kde-bylo-17-obeti-patrne-omylem-zasahla-ukrajinska-raketa/2415367", None, "cs",
          "NYT: Kosťantynivku, kde bylo 17 obětí, patrně omylem zasáhla ukrajinská raketa",
          {"nyt": {"outlet": "The New York Times"}, "kly": {"outlet": "Ihor Klymenko", "title": "oznámení"}, "zel": {"outlet": "Volodymyr Zelenskyj"},
           "tg": {"outlet": "místní skupina na platformě Telegram"}})
cz_ua = E.c("The New York Times", "tržiště v Kosťantynivce", "dopadla", "ukrajinská raketa vypálená komplexem Buk", it=PERP, lab=UA, st=NYTR, sp=NYT,
            hedge="patrně omylem", when="6. září", via="nyt")
cz_17 = E.c("Ihor Klymenko", "lidí", "zahynulo", "17", it=TOLL, iv=17, st=KLY17, sp=MVS, via="kly")
cz_32 = E.c("Ihor Klymenko", "dalších", "utrpělo zranění", "32", it=WND, iv=32, st=KLY17, sp=MVS, via="kly")
cz_ru = E.c("Volodymyr Zelenskyj", "útok", "obvinil z útoku", "Rusko", it=PERP, lab=RU, sp=ZEL, actor="Rusko", qualifiers=["zhruba dvě hodiny po zásahu tržiště"], via="zel")
cz_tg = E.c("místní skupina na platformě Telegram", "ukrajinských raket země-vzduch", "odpálení z města Družkivka", "dvou", it=LAUNCH, iv=2, sp="local Telegram group",
            qualifiers=["několik minut před zásahem tržiště", "asi 16 kilometrů od Kosťantynivky"], via="tg")

# 30 iNews Kutai, 20 Sep 2023
S("iNews", "media")
S("Dinas Keamanan Ukraina (SBU)", "state", ["SBU"], "Ukraine")
S("New York Times", "media", ["New York Times"])
E.article("in", "iNews Kutai", "https://kutai.inews.id/read/347905/rudal-ukraina-salah-sasaran-hancurkan-pasar-ramai-pengunjung-di-kostiantynivka-17-tewas/2", None, "id",
          "Rudal Ukraina Salah Sasaran Hancurkan Pasar Ramai Pengunjung di Kostiantynivka, 17 Tewas",
          {"sbu": {"outlet": "Dinas Keamanan Ukraina (SBU)", "title": "pernyataan", "wire": "The Guardian"}, "nyt": {"outlet": "New York Times"}})
in_17 = E.c("iNews", "orang", "tewas", "17", it=TOLL, iv=17, sp="iNews", place="Pasar Ramai Pengunjung di Kostiantynivka")
in_s300 = E.c("Dinas Keamanan Ukraina (SBU)", "fasilitas sipil", "musuh menyerang dengan sistem S-300", it=WEAP, lab=S300, st=SBUS, sp=SBU,
              qualifiers=["dibuktikan dengan ditemukannya pecahan rudal di lokasi"], via="sbu")
in_ru = E.c("Dinas Keamanan Ukraina (SBU)", "kejahatan perang", "dilakukan oleh", "Rusia", it=PERP, lab=RU, st=SBUS, sp=SBU, actor="Rusia", via="sbu")

# 31 Interfax-Ukraine, 20 Aug 2025: another strike on the market (hard negative)
S("Вадим Філашкін", "state", ["глава Донецької обласної військової адміністрації"], "Ukraine")
E.article("ifx", "Інтерфакс-Україна", "https://interfax.com.ua/news/general/1097859.html", "2025-08-20", "uk",
          "Ворог ударив по ринку у Костянтинівці, загинули 3 людини та ще 4 – поранені – ОВА",
          {"fil": {"outlet": "Вадим Філашкін", "published": "2025-08-20"}})
ifx_3 = E.c("Вадим Філашкін", "людини", "загинули", "Щонайменше 3", it=M25 + "-toll", iv=(3, INF), ev=M25, sp="Filashkin", actor="Росіяни",
            place="ринок у Костянтинівці", when="2025-08-20", via="fil")
ifx_4 = E.c("Вадим Філашкін", "поранені", "поранені", "4", it=M25 + "-wounded", iv=4, ev=M25, sp="Filashkin", via="fil")
ifx_pav = E.c("Вадим Філашкін", "торгових павільйонів", "пошкоджено", "15", it=M25 + "-pavilions", iv=15, ev=M25, sp="Filashkin",
              qualifiers=["8 ракет зі \"Смерчів\""], via="fil")

# 32 Amsterdam24 (Reuters in Arabic): the April 2023 strike (hard negative)
S("آندريه يرماك", "state", ["مدير مكتب الرئيس الأوكراني"], "Ukraine")
S("الادارة المحلية للمدينة", "state", [], "Ukraine")
E.article("ams", "Amsterdam24", "https://amsterdam24.com/?p=136275", None, "ar", None,
          {"yer": {"outlet": "آندريه يرماك", "title": "تلغرام"}, "adm": {"outlet": "الادارة المحلية للمدينة"}})
ams_bld = E.c("آندريه يرماك", "بناية سكنية", "تضررت من القصف", "16", it=APR + "-buildings", iv=16, ev=APR, sp="Yermak",
              qualifiers=["و8 منازل وروضة أطفال ومبنى إداري"], via="yer")
ams_s300 = E.c("الادارة المحلية للمدينة", "ضربتين", "أطلق الجيش الروسي من صاروخ إس -300", it=APR + "-weapon", lab=S300, ev=APR, sp="Kostiantynivka city administration",
               actor="الجيش الروسي", qualifiers=["وأربع قذائف صاروخية من صاروخ أوراجان"], via="adm")

# -- pairs across items, by hand --------------------------------------------------------------------
P = E.pair
# Brown's 'dozens killed and wounded' is a total of two items
for t in (ap1_17, aj_16, kp_16, ki_15):
    P(akh_cas, t, "unrelated", "dozens killed and wounded together (UN) vs a count of the dead alone: other item (a total of two)")
for w in (aj_w, kp_w, ki_36):
    P(akh_cas, w, "unrelated", "dozens killed and wounded together (UN) vs a count of the wounded alone: other item")
# the NYT's 'tragic accident' against the Kremlin's 'no deliberate targeting': different questions (whose missile / Russia's intent)
# -- who fired it, across items: a claim that names Russia as the attacker (a toll 'killed by Russian shelling', a
# 'Russian S-300', a 'deliberate' Russian attack) against one that says the missile was Ukrainian (the NYT's Buk,
# its 'tragic accident'), and the denials of each side (guidelines §5: different perpetrators of the same act; a
# denial of what the other entails).  Pairs inside the perpetrator, weapon and intent items are derived above.
RU_PERP = (ap1_ru, ft_ru, kp_ru, aj_ru, gu_ru, sb_zru, hch_ru, lr_ru, khl_ru, rg_ru, od_ru, cz_ru, in_ru)
UA_PERP = (gu_ua, ki_ua, tt_ua, sb_ua, tw_ua, afr_ua, lr_ua, ria_ua, cz_ua)
RU_ENT = (ft_17, aj_16, es_17, sb_16, tf1_17, rtbf_16, hch_16, akh_17, fp_17, wo_16,                  # tolls naming a Russian attacker
          ft_s300, ki_aut, ki_sbu, tt_sbu, rg_s300, in_s300, hch_s300, rtbf_art, akh_art, pm_art,     # weapons said to be Russian
          ap1_del, aj_del, tf1_del)                                                                   # 'deliberate' Russian attack
UA_ENT = (gu_buk, ki_buk, tt_buk, lr_buk, ria_buk, rg_acc)                                            # the missile said to be Ukrainian
for a in RU_ENT:
    for b in UA_PERP + UA_ENT:
        if a != b:
            P(a, b, "contradicts", "a claim naming Russia as the attacker vs a claim that the missile was Ukrainian: different perpetrators of the same act")
    P(a, sb_kr, "contradicts", "the Kremlin rejects Kyiv's accusations vs a claim naming Russia as the attacker: assertion and denial")
for a in UA_ENT:
    for b in RU_PERP:
        P(a, b, "contradicts", "a claim that the missile was Ukrainian vs a claim naming Russia as the attacker: different perpetrators of the same act")
    P(a, afr_kiev, "contradicts", "Kyiv denies that a Ukrainian missile hit the market vs a claim that it was a Ukrainian missile: assertion and denial")

# hard negatives: same town, other days
for t in (tt_16, aj_16, rtbf_16, kp_16):
    P(tt_apr, t, "unrelated", "six killed in Kostiantynivka in April 2023 vs the 6 Sep 2023 market toll: same town, other day")
P(ste_6, sn_16, "unrelated", "the April 2023 strike (police) vs the 6 Sep 2023 market toll (police): same town, other day")
P(ste_16, rtbf_16, "unrelated", "16 apartment buildings hit in April 2023 vs 16 killed at the market in September: same figure, other item and day")
P(ams_bld, wo_16, "unrelated", "16 residential buildings damaged in April 2023 vs 16 killed at the market in September: same figure, other item and day")
P(ams_s300, od_s300, "unrelated", "S-300 strikes on Kostiantynivka in April 2023 vs the S-300 said to have hit the market in September: same weapon and town, other day")
P(ams_s300, rg_s300, "unrelated", "S-300 strikes in April 2023 vs the SBU's S-300 on the market on 6 Sep 2023: same weapon and town, other day")
P(afr_sup, afr_16, "unrelated", "the August 2024 supermarket strike (10 dead) vs the September 2023 attack (16): same town, other day")
P(afr_sup, fp_17, "unrelated", "the August 2024 supermarket strike vs the 6 Sep 2023 market toll: same town, other day")
P(afr_supw, sn_33, "unrelated", "35 wounded at the supermarket in August 2024 vs 33 wounded at the market in September 2023: other day")
P(ifx_3, cz_17, "unrelated", "the Smerch strike on the market of 20 Aug 2025 (3 dead) vs the 6 Sep 2023 market toll: same place, other day")
P(ifx_4, es_w, "unrelated", "4 wounded on 20 Aug 2025 vs the wounded of 6 Sep 2023: same market, other day")
P(ifx_pav, aj_pav, "unrelated", "15 pavilions damaged on 20 Aug 2025 vs about 30 pavilions burned on 6 Sep 2023: same market, other day")
P(wo_jul, wo_ch, "unrelated", "a child killed by cluster munitions in July 2023 vs the child among the market dead: same town, other day")
# other items of the same incident
P(ft_shops, ft_17, "unrelated", "20 shops damaged vs 17 killed: other item")
P(ft_shops, aj_pav, "unrelated", "20 shops damaged (prosecutors) vs about 30 pavilions burned (Klymenko): other item of the damage")
P(od_pav, od_16, "unrelated", "about 30 pavilions damaged vs 16 dead: other item")
P(khl_resc, khl_ch, "unrelated", "a rescuer among the victims vs a child among the dead: other item")
P(cz_tg, cz_17, "unrelated", "two missiles launched from Druzhkivka vs 17 killed: other item")
P(kp_ch, kp_16, "unrelated", "one child among the dead vs 16 dead: a part and its total")
P(tw_16, tt_apr, "unrelated", "16 killed at the market vs six killed in April: other day")

E.write()
