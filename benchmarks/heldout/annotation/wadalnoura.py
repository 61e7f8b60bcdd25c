"""Annotation of wadalnoura-2024: the RSF attack on the village of Wad al-Noura (Wad Al-Noora, Wad al-Nourah,
ود النورة), Gezira (al-Jazira) state, Sudan, Wednesday 5 June 2024.

Uses lib.py unchanged.  Pairs across items (the RSF's denials and its "we attacked army camps" account against
every toll of people killed in the village, hard negatives) are written by hand below.
"""
from lib import Event, INF

E = Event("wadalnoura-2024")
S = E.src
TOLL = "toll"      # people killed in the attack on Wad al-Noura, 5 June 2024
CHILD = "child"    # children killed in it
CHW = "chw"        # children injured in it
WND = "wnd"        # people injured in it
TARGET = "target"  # what the RSF attacked: the village and its civilians, or army camps around it
ARMED = "armed"    # whether the villagers were armed / mobilised fighters
PERP = "perp"      # who killed the villagers
WEAP = "weap"      # the weapons used: heavy artillery / heavy weapons
WAVES = "waves"    # the number of assaults on the village that day
RSFL = "rsfl"      # the RSF's own losses
HELP = "help"      # whether the army answered the villagers' call for help
WAR = "war"        # the war's overall toll since April 2023 (aggregate)
SENNAR = "sennar"  # RSF killing of civilians near Sennar (another incident)
DARF = "darf"      # El Geneina / West Darfur town toll (another incident)

E.exclusive = {TARGET, ARMED, PERP}
# event times the model cannot read as written (weekdays and dates in French, Spanish, German, Danish, Arabic, Italian,
# Indonesian; "since April 2023"): kept as qualifiers, as the earlier annotators did
E.bad_when = {"ce mercredi 5 juin", "el miércoles pasado", "am Mittwoch", "onsdag", "أمس الأربعاء", "الأربعاء", "Negli ultimi giorni",
              "dal 15 aprile 2023", "desde que comenzó el conflicto en abril de 2023", "in the 13-month conflict",
              "sejak konflik dimulai pada April 2023", "since April 2023"}

CIV = "the village and its civilians"
CAMPS = "army camps around the village"
UNARMED = "unarmed villagers"
ARM = "armed / mobilised villagers"
RSF = "the RSF"
NOTRSF = "the RSF denies killing civilians"
HEAVY = "heavy weapons / artillery"
NOHELP = "the army did not answer the call for help"

# -- statements relayed by several articles (echo) -------------------------------------
RC1 = "Wad Madani (Madani) Resistance Committee statement of late Wed 5 June 2024 (the RSF attacked twice, up to 100 killed, 'genocide')"
RC1W = "Wad Madani Resistance Committee statement of late Wed 5 June 2024: two waves / twice"
RC1A = "Wad Madani Resistance Committee statement of 5 June 2024: heavy artillery"
RCH = "Wad Madani Resistance Committee's later toll (the dead in the hundreds)"
RCHELP = "Wad Madani Resistance Committee: the army did not heed the villagers' call for help"
RC104 = "Madani Resistance Committee toll of Thu 6 June 2024 (104 killed, more than 90 wounded)"
RSFST = "RSF statement on X of 5-6 June 2024 (attacked three army / intelligence / Islamist camps around Wad al-Noura, clashed outside the village)"
SC = "Sovereignty Council statement of Wed evening 5 June 2024 (a massacre by the RSF, a large number of civilians killed)"
FM = "Sudanese Ministry of Foreign Affairs statement (at least 180 unarmed villagers killed by the RSF)"
UNICEF = "UNICEF executive director Catherine Russell's statement (35 children killed, more than 20 injured)"
UNICEFW = "UNICEF's statement: more than 20 children injured"
TURK = "UN human rights chief Volker Türk's statement of 7 June 2024 (wide-area weapons, artillery shells; clashes with SAF-mobilised individuals)"
TURKC = "Türk's statement of 7 June 2024: clashes with individuals mobilised by the SAF"
BBC150 = "BBC report of Thu 6 June 2024 (at least 150 feared dead)"
UNWAR = "UN estimate of more than 15,000 killed since April 2023"
AFPD = "AFP background: up to 15,000 killed in a single West Darfur town"
PERR = "US envoy Tom Perriello's estimate of up to 150,000 dead in the war"

# -- sources ------------------------------------------------------------------------------
S("Wad Madani Resistance Committee", "ngo", ["pro-democracy Wad Madani Resistance Committee", "local activists"])
S("Madani Resistance Committee", "ngo", ["local pro-democracy activists' committee"])
S("Rapid Support Forces", "armed_group", ["RSF"], "RSF")
S("RSF", "armed_group", ["Rapid Support Forces"], "RSF")
S("Sudan's Transitional Sovereignty Council", "state", ["Sovereignty Council"], "Sudan")
S("Clementine Nkweta Salami", "international_org", ["UN Resident and Humanitarian Coordinator in Sudan"], "UN")
S("Sudanese Ministry of Health", "state", [], "Sudan")
S("resident of Wad El Noura", "witness", [])
S("Radio Dabanga", "media", [])
S("resistance committees of Wad Madani", "ngo", [])
S("The Africa Daily Post", "media", [])
S("Hafiz Mohamad", "ngo", ["Justice Africa Sudan"])
S("Sudan's embattled military government", "state", [], "Sudan")
S("UN", "international_org", ["United Nations"], "UN")
S("CounterVortex", "media", [])
S("Resistance Committees in Madani", "ngo", [])
S("local resistance volunteers", "ngo", [])
S("Ali Ibrahim", "witness", ["a 40-year-old farmer", "survivors"])
S("BBC", "media", ["BBC video analysis"])
S("eyewitnesses", "witness", ["witness"])
S("UNICEF", "international_org", ["Unicef", "Catherine Russell"], "UN")
S("Volker Türk", "international_org", ["UN High Commissioner for Human Rights", "my Office"], "UN")
S("Reuters", "media", [])
S("Tom Perriello", "state", ["US special envoy for Sudan"], "United States")
S("Justice Africa Sudan", "ngo", ["Hafiz Mohamad"])
S("مليشيا الدعم السريع", "armed_group", ["الدعم السريع"], "RSF")
S("مصادر", "other", [])
S("ذات مصر", "media", [])
S("لجنة ناشطين مؤيدين للديمقراطية", "ngo", [])
S("فولكر تورك", "international_org", ["المفوض الأممي لحقوق الإنسان"], "UN")
S("لجان مقاومة ود مدني", "ngo", [])
S("مجلس السيادة السوداني", "state", [], "Sudan")
S("شهود عيان", "witness", ["شاهد العيان"])
S("ناشطون", "ngo", [])
S("مجلس السيادة الحاكم", "state", [], "Sudan")
S("الدعم السريع", "armed_group", ["قوات الدعم السريع"], "RSF")
S("لجان المقاومة المدنية", "ngo", ["اللجان"])
S("العين الإخبارية", "media", [])
S("لجان مقاومة مدني", "ngo", [])
S("ميليشيات الدعم السريع", "armed_group", [], "RSF")
S("فيتو", "media", [])
S("قوات الدعم السريع", "armed_group", [], "RSF")
S("RFI", "media", [])
S("un habitant", "witness", [])
S("les FSR", "armed_group", ["Forces de soutien rapide"], "RSF")
S("L'armée et le comité de résistance de Wad el-Noura", "state", ["l'armée"], "Sudan")
S("comité de résistance de Madani", "ngo", [])
S("CNews", "media", [])
S("El Comité de Resistencia de Madani", "ngo", [])
S("Las RSF", "armed_group", ["RSF"], "RSF")
S("Hafiz Mohamad, de Justicia África Sudán", "ngo", [])
S("El comité de resistencia", "ngo", [])
S("Ministerio de Asuntos Exteriores de Sudán", "state", [], "Sudan")
S("Carlos Martín Huerta", "media", [])
S("Reto Diario", "media", [])
S("BBC Mundo", "media", ["BBC"])
S("la BBC", "media", [])
S("Welt-Sichten", "media", [])
S("britische Sender BBC", "media", ["BBC"])
S("UN-Generalsekretär António Guterres", "international_org", ["die UN"], "UN")
S("Sudan Tribune", "media", [])
S("Unicef", "international_org", [], "UN")
S("örtliches Widerstandskomitee", "ngo", ["Widerstandskomitee"])
S("Wad Madani Modstandskomité", "ngo", ["aktivistgruppen"])
S("RSF (dk)", "armed_group", ["RSF"], "RSF")
S("Komite Perlawanan Madani", "ngo", [])
S("Hafiz Mohamad (id)", "ngo", ["Justice Africa Sudan"])
S("Bisnis Update", "media", [])
S("LaPresse", "media", [])
S("Un gruppo creato per proteggere i residenti di Wad Madani", "ngo", [])
S("Consiglio di Sovranità Transitorio", "state", ["governo di transizione sudanese"], "Sudan")
S("Rsf", "armed_group", ["L'Rsf"], "RSF")
S("Al-Tahir Ibrahim Al-Khair", "state", ["governatore di Al-Jazira"], "Sudan")
S("fonti locali", "other", ["operatori di una organizzazione umanitaria", "Le fonti"])
S("Comitati di resistenza con base a Wad Madani", "ngo", [])
S("Focus on Africa", "media", [])
S("Comitato di Resistenza Madani", "ngo", [])
S("Le RSF", "armed_group", [], "RSF")
S("Middle East Eye", "media", [])
S("varie fonti", "other", [])
S("Ministry of Foreign Affairs", "state", ["Sudanese Ministry of Foreign Affairs"], "Sudan")
S("Frontline in Focus and Daraj Media", "media", [])
S("Scores of civilians", "other", [])
S("SOFX", "media", [])
S("David Cameron", "state", ["UK Foreign Secretary"], "United Kingdom")
S("NowViba", "media", [])
S("Dabanga resident", "witness", [])
S("local sources", "other", [])

for _o in ("Nigeria News Today", "Cedar News", "TRT World", "Tiny Hand (Frontline in Focus and Daraj Media)", "التحرير", "الجزيرة مباشر", "United Muslim World",
           "CNews", "Crónica", "Diario Amanecer", "welt-sichten", "junge Welt", "Internazionale", "Giornale di Brescia", "AFP"):
    S(_o, "media", [])
S("Vetogate", "media", [])

V = "5 June 2024"

# 1 LBCI (Reuters), 6 Jun 2024
E.article("lbc", "LBCI", "https://www.lbcgroup.tv/news/world-news/776924/sudans-rsf-kills-at-least-100-in-attack-on-village/en", "2024-06-06", "en",
          "Sudan's RSF kills at least 100 in attack on village",
          {"rc": {"outlet": "Wad Madani Resistance Committee", "title": "statement on social media", "published": "2024-06-05", "wire": "Reuters"},
           "rch": {"outlet": "Wad Madani Resistance Committee", "wire": "Reuters"},
           "rsf": {"outlet": "Rapid Support Forces", "title": "statement", "published": "2024-06-05", "wire": "Reuters"}})
lbc_100 = E.c("Wad Madani Resistance Committee", "people", "killing", "at least 100", it=TOLL, iv=(100, INF), st=RC1, sp="RC", actor="Rapid Support Forces",
              place="a village in Gezira State", when="Wednesday", qualifiers=["according to local activists"], via="rc")
lbc_q = E.c("Wad Madani Resistance Committee", "people", "killing", "up to 100", it=TOLL, iv=(1, 100), st=RC1, sp="RC", actor="the RSF", place="Wad Alnoura village",
            when="Wednesday", quote="\"Wad Alnoura village ... witnessed a genocide on Wednesday after the RSF attacked twice, killing up to 100 people\"", via="rc")
lbc_tw = E.c("Wad Madani Resistance Committee", "Wad Alnoura village", "attacked twice", "twice", it=WAVES, iv=2, st=RC1W, sp="RC", actor="the RSF", via="rc")
lbc_h = E.c("Wad Madani Resistance Committee", "the number of dead", "put in", "hundreds", it=TOLL, iv=(200, 999), st=RCH, sp="RC", via="rch")
lbc_help = E.c("Wad Madani Resistance Committee", "the Sudanese army", "had not heeded a request for help", None, it=HELP, lab=NOHELP, st=RCHELP, sp="RC", via="rch")
lbc_rsf = E.c("Rapid Support Forces", "army and allied militia bases around Wad Alnoura", "had attacked", None, it=TARGET, lab=CAMPS, st=RSFST, sp="RSF",
              qualifiers=["did not acknowledge any civilian casualties"], via="rsf")
lbc_art = E.c("Wad Madani Resistance Committee", "heavy artillery against civilians", "using", None, it=WEAP, lab=HEAVY, st=RC1A, sp="RC", actor="the RSF", via="rc")
lbc_war = E.c("Reuters", "the RSF", "began fighting the army", None, it=None, ev="sudan-war-2023-outbreak", when="April 2023")

# 2 The New Arab (Reuters), 6 Jun 2024
E.article("nar", "The New Arab", "https://www.newarab.com/news/sudans-rsf-kills-least-100-attack-village", "2024-06-06", "en",
          "Sudan's RSF kills at least 100 in attack on village, activists say",
          {"rc": {"outlet": "Wad Madani Resistance Committee", "title": "statement on social media", "published": "2024-06-05", "wire": "Reuters"},
           "rch": {"outlet": "Wad Madani Resistance Committee", "wire": "Reuters"},
           "rsf": {"outlet": "Rapid Support Forces", "title": "statement", "published": "2024-06-05", "wire": "Reuters"}})
nar_100 = E.c("Wad Madani Resistance Committee", "people", "killing", "at least 100", it=TOLL, iv=(100, INF), st=RC1, sp="RC", actor="Sudanese paramilitary Rapid Support Forces",
              place="a town in Gezira State", when="Wednesday", qualifiers=["according to local activists"], via="rc")
nar_q = E.c("Wad Madani Resistance Committee", "people", "killing", "up to 100", it=TOLL, iv=(1, 100), st=RC1, sp="RC", actor="the RSF", place="Wad Alnoura village",
            when="Wednesday", via="rc")
nar_h = E.c("Wad Madani Resistance Committee", "the number of dead", "put in", "hundreds", it=TOLL, iv=(200, 999), st=RCH, sp="RC", via="rch")
nar_help = E.c("Wad Madani Resistance Committee", "the Sudanese army", "had not heeded a request for help", None, it=HELP, lab=NOHELP, st=RCHELP, sp="RC", via="rch")
nar_rsf = E.c("Rapid Support Forces", "army and allied militia bases around Wad Alnoura", "had attacked", None, it=TARGET, lab=CAMPS, st=RSFST, sp="RSF",
              qualifiers=["did not acknowledge any civilian casualties"], via="rsf")
nar_art = E.c("Wad Madani Resistance Committee", "heavy artillery against civilians", "using", None, it=WEAP, lab=HEAVY, st=RC1A, sp="RC", actor="the RSF", via="rc")
nar_ver = E.c("Reuters", "the death toll", "could not immediately verify", None, it=None, qualifiers=["telecommunications blackout"])

# 3 Nigeria News Today (AFP), 6 Jun 2024
E.article("nnt", "Nigeria News Today", "https://www.nigerianewstoday.com/2024/06/06/over-100-killed-in-sudan-village-attack-committee/", "2024-06-06", "en",
          "Over 100 killed in Sudan village attack - committee",
          {"rc": {"outlet": "Madani Resistance Committee"}, "rsf": {"outlet": "RSF", "title": "statement", "published": "2024-06-06"},
           "per": {"outlet": "Tom Perriello"}})
nnt_100 = E.c("Madani Resistance Committee", "people", "were killed", "Up to 100", it=TOLL, iv=(1, 100), st=RC1, sp="RC", actor="the Rapid Support Forces (RSF)",
              place="Wad al-Noura, al-Jazira state", when="Wednesday", quote="\"Up to 100 people were killed,\" stated the committee", via="rc")
nnt_tw = E.c("Madani Resistance Committee", "the village of Wad al-Noura", "launched a two-wave attack on", "two-wave", it=WAVES, iv=2, st=RC1W, sp="RC",
             actor="the Rapid Support Forces (RSF)", via="rc")
nnt_art = E.c("Madani Resistance Committee", "heavy artillery", "using", None, it=WEAP, lab=HEAVY, st=RC1A, sp="RC", actor="the Rapid Support Forces (RSF)", via="rc")
nnt_rsf = E.c("RSF", "three army camps in the Wad al-Noura area", "had targeted", "three", it=TARGET, lab=CAMPS, st=RSFST, sp="RSF",
              qualifiers=["engaged in clashes with the enemy outside the city"], via="rsf")
nnt_dar = E.c("Nigeria News Today", "people", "killed", "up to 15,000", it=DARF, iv=(1, 15000), st=AFPD, sp="AFP", ev="wadalnoura-2024-west-darfur-town", place="a single West Darfur town")
nnt_per = E.c("Tom Perriello", "casualties", "estimates", "up to 150,000", it=WAR, iv=(1, 150000), st=PERR, sp="Perriello", ev="sudan-war-2023-toll", via="per")

# 4 Cedar News (NNA / AFP), 6 Jun 2024
E.article("ced", "Cedar News", "https://en.cedarnews.net/94162/task/sudan-committee-says-up-to-100-killed-in-village-attack/", "2024-06-06", "en",
          "Sudan Committee Says 'Up To 100' Killed In Village Attack",
          {"rc": {"outlet": "Madani Resistance Committee", "wire": "AFP"}, "rsf": {"outlet": "RSF", "title": "statement", "published": "2024-06-06", "wire": "AFP"},
           "per": {"outlet": "Tom Perriello", "wire": "AFP"}})
ced_100 = E.c("Madani Resistance Committee", "people", "were killed", "Up to 100", it=TOLL, iv=(1, 100), st=RC1, sp="RC", actor="The Rapid Support Forces (RSF)",
              place="Wad al-Noura, al-Jazira state", when="Wednesday", via="rc")
ced_tw = E.c("Madani Resistance Committee", "the village of Wad al-Noura", "attacked \"in two waves\"", "two", it=WAVES, iv=2, st=RC1W, sp="RC", via="rc")
ced_art = E.c("Madani Resistance Committee", "heavy artillery", "with", None, it=WEAP, lab=HEAVY, st=RC1A, sp="RC", via="rc")
ced_rsf = E.c("RSF", "three army camps in the Wad al-Noura area", "had attacked", "three", it=TARGET, lab=CAMPS, st=RSFST, sp="RSF",
              qualifiers=["clashed with the enemy \"outside the city\""], via="rsf")
ced_dar = E.c("Cedar News", "people", "killed", "up to 15,000", it=DARF, iv=(1, 15000), st=AFPD, sp="AFP", ev="wadalnoura-2024-west-darfur-town", place="a single West Darfur town")
ced_per = E.c("Tom Perriello", "the war's overall death toll", "estimates of", "up to 150,000", it=WAR, iv=(1, 150000), st=PERR, sp="Perriello", ev="sudan-war-2023-toll", via="per")

# 5 The Africa Daily Post (a rewrite of the BBC's report, which it does not name)
E.article("adp", "The Africa Daily Post", "https://theafricadailypost.com/314415/news/feared-massacre-leaves-over-150-dead-in-sudan/", None, "en",
          "Feared massacre leaves over 150 dead in Sudan",
          {"hm": {"outlet": "Hafiz Mohamad"}, "un": {"outlet": "UN"}})
adp_150 = E.c("The Africa Daily Post", "villagers", "are feared dead", "At least 150", it=TOLL, iv=(150, INF), st=BBC150, sp="BBC", hedge="feared",
              actor="the Rapid Support Forces (RSF)", place="Wad al-Nourah, Gezira state", qualifiers=["Wednesday (undated page)"])
adp_rsf = E.c("RSF", "attacks on army positions", "recent pronouncements boasted of", None, it=TARGET, lab=CAMPS, st=RSFST, sp="RSF",
              qualifiers=["the RSF has yet to address the accusations"])
adp_hm = E.c("Hafiz Mohamad", "a full body count", "is hampered", None, it=None, qualifiers=["numerous missing villagers", "RSF forces looting the area"], via="hm")
adp_war = E.c("UN", "lives", "have been lost", "over 15,000", it=WAR, iv=(15001, INF), st=UNWAR, sp="UN", ev="sudan-war-2023-toll", when="since April 2023", via="un")
adp_tw = E.c("The Africa Daily Post", "the village", "endured a double assault", "double", it=WAVES, iv=2, hedge="Reports suggest", actor="RSF fighters")

# 6 TRT World, 7 Jun 2024
E.article("trt", "TRT World", "https://trt.global/world/article/18170661", "2024-06-07", "en",
          "Sudanese and international bodies condemn the killing of over 100 civilians in Wad al Noora",
          {"sc": {"outlet": "Sudan's Transitional Sovereignty Council", "published": "2024-06-06"}, "rsf": {"outlet": "RSF"},
           "rc": {"outlet": "Madani Resistance Committee"}, "un": {"outlet": "Clementine Nkweta Salami", "title": "statement"},
           "moh": {"outlet": "Sudanese Ministry of Health", "title": "statement"}})
trt_100 = E.c("TRT World", "civilians", "the killing of", "over 100", it=TOLL, iv=(101, INF), hedge="allegedly", actor="paramilitary Rapid Support Forces [RSF]",
              place="Wad al Noora, Gezira state")
trt_sc = E.c("Sudan's Transitional Sovereignty Council", "innocents", "killing", "a large number of", it=TOLL, iv=(1, INF), st=SC, sp="SC", actor="RSF",
             quote="accused RSF of committing a massacre in the village, killing \"a large number of innocents\"", via="sc")
trt_rsf = E.c("RSF", "three camps housing elements of the army and intelligence personnel", "attacked", "three", it=TARGET, lab=CAMPS, st=RSFST, sp="RSF", via="rsf")
trt_104 = E.c("Madani Resistance Committee", "the toll", "put", "more than 104", it=TOLL, iv=(105, INF), st=RC104, sp="RC", via="rc")
trt_un = E.c("Clementine Nkweta Salami", "heavy gunfire and the use of explosive weapons in populated civilian areas", "credible reports of", None, it=WEAP, lab=HEAVY,
             sp="UN", place="Wad al Noora in al Jazirah [Gezira] State", when="5 June 2024", via="un")
trt_conf = E.c("Clementine Nkweta Salami", "their elements were involved in ground operations in this area", "the RSF had publicly confirmed", None, it=None,
               when="June 5", via="un")
trt_moh = E.c("Sudanese Ministry of Health", "the RSF", "decried the \"heinous crime\" by", None, it=PERP, lab=RSF, sp="MoH", via="moh")

# 7 Radio Dabanga, 6 Jun 2024
E.article("dab", "Radio Dabanga", "https://dabangasudan.org/en/all-news/article/100-massacred-by-rsf-in-sudans-el-gezira", "2024-06-06", "en",
          "100+ 'massacred' by RSF in Sudan's El Gezira",
          {"res": {"outlet": "resident of Wad El Noura"}, "rc": {"outlet": "resistance committees of Wad Madani", "title": "Facebook page"},
           "rsf": {"outlet": "Rapid Support Forces", "title": "statement on their official X account"},
           "sc": {"outlet": "Sudan's Transitional Sovereignty Council", "title": "statement", "published": "2024-06-05"}})
dab_100 = E.c("Radio Dabanga", "people", "committed a massacre ... killing", "more than 100", it=TOLL, iv=(101, INF), actor="Rapid Support Forces (RSF)",
              place="Wad El Noura village in El Gezira", qualifiers=["Multiple sources reported"])
dab_107 = E.c("resident of Wad El Noura", "the death toll", "so far amounts to", "107", it=TOLL, iv=(107, INF), sp="resident-dab", via="res")
dab_rc = E.c("resistance committees of Wad Madani", "the death toll", "confirmed", "107", it=TOLL, iv=(107, INF), sp="RC",
             qualifiers=["have yet to count all the bodies"], via="rc")
dab_hw = E.c("resident of Wad El Noura", "heavy weapons", "the RSF targeted the village with", None, it=WEAP, lab=HEAVY, sp="witnesses-dab", via="res")
dab_rsf = E.c("Rapid Support Forces", "three camps of Islamist forces in the area", "targeted", "three", it=TARGET, lab=CAMPS, st=RSFST, sp="RSF",
              quote="they \"targeted three camps of Islamist forces in the area who were preparing to attack the RSF.\"", via="rsf")
dab_sc = E.c("Sudan's Transitional Sovereignty Council", "the massacre", "perpetrators", None, it=PERP, lab=RSF, st=SC, sp="SC",
             qualifiers=["one of many committed by the RSF, targeting civilians"], via="sc")

# 8 CounterVortex (Sudan Tribune, Al Jazeera)
E.article("cvx", "CounterVortex", "https://classic.countervortex.org/node/18237", None, "en", "Sudan: RSF accused in village massacre",
          {"rc": {"outlet": "Resistance Committees in Madani", "published": "2024-06-05"}, "rsf": {"outlet": "Rapid Support Forces"}})
cvx_100 = E.c("Resistance Committees in Madani", "people", "killing", "nearly 100", it=TOLL, iv=(90, 99), st=RC1, sp="RC", actor="the Rapid Support Forces (RSF)",
              place="the nearby village of Wad al-Noora", qualifiers=["June 5 (undated page)"], via="rc")
cvx_rsf = E.c("Rapid Support Forces", "army positions on the village outskirts", "only targeted", None, it=TARGET, lab=CAMPS, st=RSFST, sp="RSF",
              qualifiers=["acknowledged operations in the area"], via="rsf")

# 9 cruizewithme (the BBC's investigation of September 2024)
E.article("bbs", "Cruize With Me (BBC)", "https://cruizewithme.com/feeds.php?title=Who+was+behind+one+of+the+deadliest+attacks+in+Sudan%3F", "2024-09-16", "en",
          "Who was behind one of the deadliest attacks in Sudan?",
          {"vol": {"outlet": "local resistance volunteers"}, "ali": {"outlet": "Ali Ibrahim"}, "rsf": {"outlet": "RSF"}})
bbs_100 = E.c("local resistance volunteers", "people", "were killed", "over 100", it=TOLL, iv=(101, INF), sp="RC", place="Wad al-Nourah", when="June 5", via="vol")
bbs_tw = E.c("Ali Ibrahim", "another assault", "followed", "a four-hour bombardment followed by another assault the next morning", it=None, via="ali")
bbs_un = E.c("Ali Ibrahim", "weapons", "have never carried", None, it=ARMED, lab=UNARMED, sp="survivors", quote="\"We are simple farmers. We've never carried weapons.\"", via="ali")
bbs_den = E.c("RSF", "civilians", "targeting", None, it=PERP, lab=NOTRSF, sp="RSF", polarity="denied", qualifiers=["claiming they were only engaging with the SAF and Al Mustanfaron"],
              via="rsf")
bbs_eng = E.c("RSF", "the Sudanese Armed Forces (SAF) and an aligned militia, Al Mustanfaron", "were only engaging with", None, it=ARMED, lab=ARM, sp="RSF", via="rsf")
bbs_vid = E.c("BBC", "heavy weapons from positions outside the village", "RSF forces fired", None, it=WEAP, lab=HEAVY, sp="BBC-analysis", actor="RSF forces",
              qualifiers=["video analysis"])

# 10 NowViba
E.article("nvb", "NowViba", "https://nowviba.com/templates/article/Sudanese-RSF-paramilitaries-clash-with-the-army--leaving-at-least-100-people-dead/6429", None, "en",
          "Sudanese RSF paramilitaries clash with the army, leaving at least 100 people dead",
          {"rc": {"outlet": "Madani Resistance Committee"}, "wit": {"outlet": "eyewitnesses"}, "rsf": {"outlet": "RSF", "title": "statement"}})
nvb_100 = E.c("Madani Resistance Committee", "people", "the deaths of", "at least 100", it=TOLL, iv=(100, INF), st=RC1, sp="RC", place="Wad al-Noura, Gezira state", via="rc")
nvb_150 = E.c("eyewitnesses", "people", "dead", "150", it=TOLL, iv=150, sp="witnesses-nvb", qualifiers=["most of the victims being civilians, including women and children"], via="wit")
nvb_200 = E.c("eyewitnesses", "injured", "left", "200", it=WND, iv=200, sp="witnesses-nvb", via="wit")
nvb_120 = E.c("eyewitnesses", "people", "burying ... in a mass grave", "more than 120", it=TOLL, iv=(121, INF), sp="witnesses-nvb2", via="wit")
nvb_pre = E.c("RSF", "a pre-emptive strike against the Sudanese Armed Forces (SAF)", "describing it as", None, it=TARGET, lab=CAMPS, sp="RSF", via="rsf")
nvb_nomil = E.c("eyewitnesses", "military presence in the village", "there was no", None, it=TARGET, lab=CIV, sp="witnesses-nvb", polarity="denied",
                qualifiers=["a military base approximately 30 kilometers southwest of Wad al-Noura"], via="wit")
nvb_8 = E.c("RSF", "their fighters", "were killed", "eight", it=RSFL, iv=8, sp="RSF", via="rsf")

# 11 SOFX
E.article("sfx", "SOFX", "https://www.sofx.com/sudans-al-jazirah-state-sees-mass-casualty-attack-by-rsf-militia/", None, "en",
          "Sudan's Al Jazirah State sees mass casualty attack by RSF militia",
          {"rc": {"outlet": "Wad Madani Resistance Committee"}, "uni": {"outlet": "UNICEF"}, "un": {"outlet": "UN"}})
sfx_sc = E.c("SOFX", "civilians", "are feared dead", "Scores of", it=TOLL, iv=(40, INF), hedge="feared", actor="the Rapid Support Forces (RSF)", place="Wad Al-Noora, Al Jazirah state",
             qualifiers=["Wednesday (undated page)"])
sfx_100 = E.c("Wad Madani Resistance Committee", "people", "were killed", "up to a hundred", it=TOLL, iv=(1, 100), st=RC1, sp="RC", via="rc")
sfx_35 = E.c("UNICEF", "children", "were among the dead", "35", it=CHILD, iv=35, st=UNICEF, sp="UNICEF", via="uni")
sfx_20 = E.c("UNICEF", "children", "were injured", "more than 20", it=CHW, iv=(21, INF), st=UNICEFW, sp="UNICEF", via="uni")
sfx_war = E.c("UN", "people", "have been killed", "at least 15,000", it=WAR, iv=(15000, INF), st=UNWAR, sp="UN", ev="sudan-war-2023-toll", when="in the 13-month conflict", via="un")
sfx_40 = E.c("SOFX", "armed vehicles", "storming the village", "over 40", it=None, qualifiers=["Eyewitnesses described"])

# 12 OHCHR statement, 7 Jun 2024 (the statement itself)
E.article("ohc", "OHCHR", "https://www.ohchr.org/en/statements/2024/06/turk-profoundly-shocked-killings-sudans-wad-al-nawara", "2024-06-07", "en",
          "Türk profoundly shocked by killings in Sudan's Wad Al Nawara")
ohc_w = E.c("Volker Türk", "weapons with wide-area effects, including artillery shells", "the RSF used", None, it=WEAP, lab=HEAVY, st=TURK, sp="Türk",
            actor="the Rapid Support Forces (RSF)", place="Wad Al-Noura, Al Jazirah State", when="Wednesday")
ohc_cl = E.c("Volker Türk", "individuals mobilised by the Sudanese Armed Forces", "clashes were also said to have erupted between the RSF and", None, it=ARMED, lab=ARM,
             st=TURKC, sp="Türk", hedge="were said to")
ohc_civ = E.c("Volker Türk", "civilians", "brutal killings of", None, it=PERP, lab=RSF, sp="Türk", qualifiers=["reports of"], actor="the Rapid Support Forces (RSF)")

# 13 Scoop (OHCHR press release)
E.article("scp", "Scoop", "https://www.scoop.co.nz/stories/WO2406/S00077/comment-by-un-human-rights-chief-volker-turk-on-killings-in-sudans-wad-al-noura-village.htm",
          "2024-06-08", "en", "Comment By UN Human Rights Chief Volker Türk On Killings In Sudan's Wad Al-Noura Village",
          {"tu": {"outlet": "OHCHR", "title": "Press Release", "published": "2024-06-07"}})
scp_w = E.c("Volker Türk", "weapons with wide-area effects, including artillery shells", "the RSF used", None, it=WEAP, lab=HEAVY, st=TURK, sp="Türk",
            actor="the Rapid Support Forces (RSF)", place="Wad Al-Noura, Al Jazirah State", when="Wednesday", via="tu")
scp_cl = E.c("Volker Türk", "individuals mobilised by the Sudanese Armed Forces", "clashes were also said to have erupted between the RSF and", None, it=ARMED, lab=ARM,
             st=TURKC, sp="Türk", hedge="were said to", via="tu")

# 14 Frontline in Focus / Daraj (tinyhand)
E.article("tnh", "Tiny Hand (Frontline in Focus and Daraj Media)", "https://tinyhand.net/?p=10106", None, "en", None,
          {"mfa": {"outlet": "Ministry of Foreign Affairs", "title": "statement"}})
tnh_perp = E.c("Frontline in Focus and Daraj Media", "the Wad Al-Noura massacre", "committed", None, it=PERP, lab=RSF, sp="FiF", actor="The Rapid Support Forces (RSF)", qualifiers=["June 5 (undated page)"])
tnh_pop = E.c("Frontline in Focus and Daraj Media", "population", "around", "30,000", it=None, place="Wad Al-Noura")
tnh_sen = E.c("Ministry of Foreign Affairs", "civilians", "killed", "40", it=SENNAR, iv=40, ev="wadalnoura-2024-sennar-outskirts", actor="the RSF",
              place="the outskirts of Sennar city", via="mfa")

# 15 Al-Tahrer (Arabic)
E.article("tah", "التحرير", "https://alttahrer.com/archives/96483", None, "ar", None, {"src": {"outlet": "مصادر"}})
tah_100 = E.c("التحرير", "قتيل", "أدت إلى سقوط", "أكثر من مائة", it=TOLL, iv=(101, INF), sp="Tahrer", actor="مليشيا الدعم السريع",
              place="قرية ود النورة غرب المناقل", when="الأربعاء")
tah_w = E.c("مصادر", "المدفع الثنائي والمدافع الثقيلة", "استخدمت", None, it=WEAP, lab=HEAVY, sp="sources-tah", actor="قوات الدعم السريع", via="src")
tah_tw = E.c("التحرير", "الهجوم", "كررت المليشيا الهجوم على دفعتين", "دفعتين", it=WAVES, iv=2)

# 16 Zat Masr (Arabic)
E.article("zat", "ذات مصر", "https://zatmisr.com/23901/مجزرة-ود-النورة-100-قتيل-ي-ذبحون-في-هجوم-دموي-لقوات-الدعم-السريع", None, "ar",
          "مجزرة ودّ النورة: 100 قتيل يُذبحون في هجوم دموي لقوات الدعم السريع",
          {"rc": {"outlet": "لجنة ناشطين مؤيدين للديمقراطية", "title": "تقرير"}, "tu": {"outlet": "فولكر تورك", "title": "بيان"}})
zat_100 = E.c("لجنة ناشطين مؤيدين للديمقراطية", "شخص", "مقتل عدد", "يصل إلى 100", it=TOLL, iv=(1, 100), st=RC1, sp="RC", actor="قوات الدعم السريع",
              place="قرية ود النورة", via="rc")
zat_w = E.c("فولكر تورك", "أسلحة ذات تأثير واسع وقذائف مدفعية", "باستخدام", None, it=WEAP, lab=HEAVY, st=TURK, sp="Türk", actor="قوات الدعم السريع", via="tu")
zat_cl = E.c("فولكر تورك", "اشتباكات بين قوات الدعم السريع وعناصر من القوات المسلحة السودانية", "تم الإبلاغ عن وقوع", None, it=ARMED, lab=ARM, st=TURKC, sp="Türk", via="tu")

# 17 Al Jazeera Mubasher (Arabic), 6 Jun 2024
E.article("ajm", "الجزيرة مباشر", "https://www.aljazeeramubasher.net/news/2024/6/6/على-أصوات-الرصاص-والآليات-لحظة-هجوم", "2024-06-06", "ar",
          "على أصوات الرصاص والآليات.. لحظة هجوم الدعم السريع على قرية ود النورة بولاية الجزيرة (فيديو)",
          {"rc": {"outlet": "لجان مقاومة ود مدني"}, "sc": {"outlet": "مجلس السيادة السوداني", "title": "بيان", "published": "2024-06-05"}})
ajm_w = E.c("لجان مقاومة ود مدني", "المدفع الثنائي والمدافع الثقيلة والتدوين العنيف", "استخدمت", None, it=WEAP, lab=HEAVY, st=RC1A, sp="RC", actor="مليشيا الدعم السريع", via="rc")
ajm_sc = E.c("مجلس السيادة السوداني", "مدني", "أسفرت عن مقتل", "أكثر من 100", it=TOLL, iv=(101, INF), st=SC, sp="SC", actor="قوات الدعم السريع",
             place="قرية ود النورة بولاية الجزيرة", when="أمس الأربعاء", via="sc")
ajm_rc = E.c("لجان مقاومة ود مدني", "عدد القتلى", "قد", "يصل إلى 100", it=TOLL, iv=(1, 100), st=RC1, sp="RC", via="rc")
ajm_dz = E.c("الجزيرة مباشر", "أبناء البلدة", "راح ضحيتها", "العشرات", it=TOLL, iv=(20, INF))

# 18 Zuhll News (Tasamuh News), witnesses
E.article("zuh", "زهل نيوز", "https://zuhllnews.com/?p=1867", None, "ar", "مجزرة بلون الدم إرتكبتها مليشيا الدعم السريع بقرية ود النورة",
          {"wit": {"outlet": "شهود عيان", "wire": "تسامح نيوز"}})
zuh_200 = E.c("شهود عيان", "الشهداء", "بلغ عدد ... يقارب", "200", it=TOLL, iv=(180, 199), sp="witnesses-zuh", qualifiers=["يقارب ال200 (nearly 200)"], actor="مليشيا الدعم السريع المتمردة", place="قرية ود النورة بولاية الجزيرة",
              via="wit")
zuh_arm = E.c("شهود عيان", "التعزيزات العسكرية", "كانوا يتوقعون ان تصلهم", None, it=HELP, lab=NOHELP, sp="witnesses-zuh", qualifiers=["من الجيش المتواجد بمدينة العزازي والمناقل"],
              via="wit")

# 19 Al Ain (via auto24news)
E.article("ain", "العين الإخبارية", "https://auto24news.com/8164247177", None, "ar", "تفاصيل \"مجزرة ود النورة\" بالسودان.. وطرفا الحرب يتراشقان الاتهامات",
          {"sc": {"outlet": "مجلس السيادة الحاكم", "title": "بيان", "wire": "سودان تربيون"}, "rc": {"outlet": "لجان المقاومة المدنية", "title": "بيان"},
           "rsf": {"outlet": "الدعم السريع"}})
ain_rng = E.c("العين الإخبارية", "من أهالي قرية ود النورة", "قتل", "ما بين 100 و200", it=TOLL, iv=(100, 200), sp="activists-ain", qualifiers=["وفق المتداول"], when="أمس الأربعاء")
ain_den = E.c("الدعم السريع", "مجزرة", "نفته", None, it=PERP, lab=NOTRSF, sp="RSF", polarity="denied", qualifiers=["اتهم فيها الجيش قوات الدعم السريع"], via="rsf")
ain_sc = E.c("مجلس السيادة الحاكم", "عدد كبير من المواطنين", "راح ضحيتها", "عدد كبير", it=TOLL, iv=(1, INF), st=SC, sp="SC", actor="الدعم السريع", via="sc")
ain_rc = E.c("لجان المقاومة المدنية", "شخص", "قتل ما قد", "يصل إلى 100", it=TOLL, iv=(1, 100), st=RC1, sp="RC", actor="الدعم السريع", via="rc")
ain_tw = E.c("لجان المقاومة المدنية", "عليها", "هجوم الدعم السريع عليها مرتين", "مرتين", it=WAVES, iv=2, st=RC1W, sp="RC", via="rc")

# 20 Vetogate (Arabic)
E.article("vet", "فيتو", "https://vetogate.com/5169052", None, "ar", "خلفت 200 قتيل، مجزرة ود النورة جريمة يندى لها الجبين في السودان (فيديو)",
          {"sc": {"outlet": "مجلس السيادة السوداني", "published": "2024-06-05"}, "rsf": {"outlet": "ميليشيات الدعم السريع"}, "rc": {"outlet": "لجان مقاومة مدني"}})
vet_200 = E.c("فيتو", "قتيل", "خلفت", "200", it=TOLL, iv=200, sp="Vetogate", qualifiers=["from the headline"])
vet_sc = E.c("مجلس السيادة السوداني", "الدعم السريع", "حمل ... مسئولية الهجوم", None, it=PERP, lab=RSF, st=SC, sp="SC", via="sc")
vet_100 = E.c("فيتو", "قتيل", "نتج عن الهجوم سقوط", "أكثر من 100", it=TOLL, iv=(101, INF), sp="Vetogate2")
vet_rsf = E.c("ميليشيات الدعم السريع", "قوات كبيرة في القرية", "زعمت ... أن الجيش يقوم بحشد", None, it=ARMED, lab=ARM, sp="RSF", via="rsf")
vet_rc = E.c("لجان مقاومة مدني", "شخص", "قتل", "أكثر من 100", it=TOLL, iv=(101, INF), st=RC1, sp="RC", qualifiers=["عقب هجوم قوات الدعم السريع عليها مرتين"], via="rc")

# 21 United Muslim World (Arabic)
E.article("umw", "United Muslim World", "https://unitedmuslimworld.com/21335", None, "ar", "الرعب والفوضى تغرق قرية سودانية.. التفاصيل الكاملة عن مجزرة ود النورة",
          {"act": {"outlet": "ناشطون"}, "rsf": {"outlet": "قوات الدعم السريع"}})
umw_rng = E.c("ناشطون", "مدني", "أسفر عن مقتل ما بين", "100 إلى 200", it=TOLL, iv=(100, 200), sp="activists-umw", actor="قوات الدعم السريع", place="قرية ود النورة", via="act")
umw_den = E.c("قوات الدعم السريع", "هذه الاتهامات", "نفت", None, it=PERP, lab=NOTRSF, sp="RSF", polarity="denied", via="rsf")
umw_camps = E.c("قوات الدعم السريع", "معسكرات كان بها عناصر من الجيش والمخابرات والقوات الإسلامية", "هاجمت", None, it=TARGET, lab=CAMPS, st=RSFST, sp="RSF",
                place="غرب وجنوب وشمال منطقة ود النورة", via="rsf")

# 22 Egypt Window (Arabic): activists' 200
E.article("egw", "نافذة مصر", "https://egyptwindow.net/article/4876145/سودانيون-يحملون-ساويرس-وبن-زايد-مسؤولية-مجازر-الدعم-السريع", None, "ar", None,
          {"act": {"outlet": "ناشطون"}})
egw_200 = E.c("ناشطون", "الشهداء", "ارتفع إلى", "٢٠٠", it=TOLL, iv=(200, INF), sp="activists-egw", qualifiers=["إلى هذه اللحظه وأن العدد في زيادة"], via="act")

# 23 RFI via AllAfrica (French), 7 Jun 2024
E.article("rfi", "RFI (AllAfrica)", "https://fr.allafrica.com/stories/202406070251.html", "2024-06-07", "fr", None,
          {"arm": {"outlet": "L'armée et le comité de résistance de Wad el-Noura"}, "rsf": {"outlet": "les FSR", "title": "communiqué"},
           "hab": {"outlet": "un habitant", "wire": "une chaîne locale"}})
rfi_100 = E.c("RFI", "personnes", "ont été tuées", "Au moins 100", it=TOLL, iv=(100, INF), sp="RFI", actor="les forces de soutien rapide (FSR)",
              place="Wad al-Noura, État d'al-Jazirah", when="ce mercredi 5 juin", hedge="auraient")
rfi_104 = E.c("RFI", "victimes civiles", "Le bilan provisoire ... s'élève à", "104", it=TOLL, iv=104, st=RC104, sp="RC", qualifiers=["bilan provisoire"])
rfi_acc = E.c("L'armée et le comité de résistance de Wad el-Noura", "les FSR", "accusent ... d'avoir commis ce massacre", None, it=PERP, lab=RSF, sp="army+RC", via="arm")
rfi_camps = E.c("les FSR", "trois camps militaires autour du village", "affirment avoir attaqué uniquement", "trois", it=TARGET, lab=CAMPS, st=RSFST, sp="RSF", via="rsf")
rfi_30 = E.c("un habitant", "plus de trente pick-up Toyota", "attaqué par des assaillants lourdement armés venus à bord de", None, it=None, via="hab")
rfi_arm = E.c("RFI", "des armes légères aux civils dans les villages", "l'armée a distribué", None, it=ARMED, lab=ARM, sp="RFI", qualifiers=["Wad el-Noura a bénéficié de ce programme"])

# 24 CNews (French), 6 Jun 2024
E.article("cnw", "CNews", "https://www.cnews.fr/monde/2024-06-06/soudan-que-sait-de-lattaque-contre-le-village-de-wad-al-noura-qui-aurait-fait", "2024-06-06", "fr",
          "Soudan : que sait-on de l'attaque contre le village de Wad al-Noura, qui aurait fait 100 morts ?",
          {"rc": {"outlet": "comité de résistance de Madani", "title": "communiqué", "published": "2024-06-05"}})
cnw_100 = E.c("comité de résistance de Madani", "morts", "Il y aurait eu", "jusqu'à 100", it=TOLL, iv=(1, 100), st=RC1, sp="RC", actor="Forces de soutien rapide (FSR)",
              place="Wad al-Noura, État d'al-Jazira", hedge="selon un premier bilan", via="rc")
cnw_tw = E.c("comité de résistance de Madani", "la bourgade", "attaque ... « à deux reprises »", "deux", it=WAVES, iv=2, st=RC1W, sp="RC", via="rc")
cnw_art = E.c("comité de résistance de Madani", "artillerie lourde", "avec de l'", None, it=WEAP, lab=HEAVY, st=RC1A, sp="RC", via="rc")

# 25 Crónica (Spanish, the BBC's report)
E.article("crw", "Crónica", "https://cronicaweb.com/masacre-en-sudan-en-el-estado-de-gezira-culpada-al-rsf", None, "es", "Masacre en Sudán en el estado de Gezira culpada al RSF",
          {"hm": {"outlet": "Hafiz Mohamad, de Justicia África Sudán", "wire": "BBC"}})
crw_150 = E.c("Crónica", "personas", "hayan muerto", "al menos 150", it=TOLL, iv=(150, INF), st=BBC150, sp="BBC", hedge="Se teme", actor="las Fuerzas de Apoyo Rápido (RSF)",
              place="una aldea en Sudán central")
crw_rsf = E.c("Las RSF", "dos posiciones del ejército", "se jactó de atacar", "dos", it=TARGET, lab=CAMPS, st=RSFST, sp="RSF", qualifiers=["el jueves", "El RSF no ha comentado sobre las acusaciones"])
crw_war = E.c("Crónica", "personas", "han muerto", "más de 15,000", it=WAR, iv=(15001, INF), st=UNWAR, sp="UN", ev="sudan-war-2023-toll", when="desde que comenzó el conflicto en abril de 2023")

# 26 Carlos Martín Huerta (Spanish)
E.article("cmh", "Carlos Martín Huerta", "https://carlosmartinhuerta.com.mx/ataque-aldea-sudan-deja-mas-100-muertos", None, "es", "Ataque a aldea en Sudán deja más de 100 muertos",
          {"rc": {"outlet": "El comité de resistencia"}})
cmh_104 = E.c("El comité de resistencia", "personas muertas", "informó que fueron", "104", it=TOLL, iv=104, st=RC104, sp="RC", via="rc")
cmh_90 = E.c("El comité de resistencia", "heridas", "más de", "más de 90", it=WND, iv=(91, INF), st=RC104, sp="RC", via="rc")
cmh_100 = E.c("Carlos Martín Huerta", "muertos", "dejando", "más de 100", it=TOLL, iv=(101, INF), sp="CMH", actor="Fuerzas Armadas de Apoyo Rápido (FAR)", place="la aldea Wad al Nura")

# 27 Reto Diario (Spanish, BBC and UNICEF), 7 Jun 2024
E.article("ret", "Reto Diario", "https://retodiario.com/internacional/2024/06/07/masacre-en-sudan-35-ninos-entre-las-150-victimas-de-ataque-perpetrado-por-las-rsf", "2024-06-07", "es",
          "Masacre en Sudán: 35 niños entre las 150 víctimas de ataque perpetrado por las RSF",
          {"uni": {"outlet": "UNICEF"}, "hm": {"outlet": "Hafiz Mohamad, de Justicia África Sudán", "wire": "BBC"}})
ret_150 = E.c("Reto Diario", "personas", "hayan sido asesinadas", "al menos 150", it=TOLL, iv=(150, INF), st=BBC150, sp="BBC", hedge="se teme", place="Wad al-Nourah, estado de Gezira")
ret_35 = E.c("UNICEF", "niños", "murieron en el ataque", "35", it=CHILD, iv=35, st=UNICEF, sp="UNICEF", via="uni")
ret_20 = E.c("UNICEF", "niños", "resultaron heridos", "más de 20", it=CHW, iv=(21, INF), st=UNICEFW, sp="UNICEF", via="uni")
ret_rsf = E.c("Las RSF", "dos posiciones del ejército", "se jactaron de haber atacado", "dos", it=TARGET, lab=CAMPS, st=RSFST, sp="RSF", qualifiers=["el jueves"])

# 28 El Quinto Elemento TV (Spanish): the Foreign Ministry's 180
E.article("qui", "El Quinto Elemento TV", "https://elquintoelementotv.com/fuerzas-paramilitares-matan-180-personas-en-un-pueblo-de-sudan", None, "es",
          "Fuerzas paramilitares matan 180 personas en un pueblo de Sudán",
          {"mfa": {"outlet": "Ministerio de Asuntos Exteriores de Sudán", "title": "comunicado"}})
qui_180 = E.c("Ministerio de Asuntos Exteriores de Sudán", "personas, incluidas mujeres y niños", "fallecieron", "Al menos 180", it=TOLL, iv=(180, INF), st=FM, sp="MFA",
              actor="la fuerza paramilitar Fuerzas de Apoyo Rápido (RSF)", place="la aldea de Wad el-Noura, estado de Gezira", via="mfa")
qui_un = E.c("Ministerio de Asuntos Exteriores de Sudán", "los aldeanos desarmados de Wad el-Noura", "atacaron", None, it=ARMED, lab=UNARMED, st=FM, sp="MFA", actor="las RSF",
             when="el miércoles pasado", via="mfa")

# 29 Diario Amanecer (Spanish, BBC)
E.article("dam", "Diario Amanecer", "https://diarioamanecer.com.mx/masacre-en-sudan-deja-al-menos-150-muertos-y-90-heridos", None, "es",
          "Masacre en Sudán deja al menos 150 muertos y 90 heridos")
dam_150 = E.c("Diario Amanecer", "personas", "hayan perdido la vida", "al menos 150", it=TOLL, iv=(150, INF), st=BBC150, sp="BBC", hedge="Se teme",
              actor="las Fuerzas de Apoyo Rápido (RSF)", place="Wad al-Nourah, estado de Gezira")
dam_90 = E.c("Diario Amanecer", "heridos", "deja", "90", it=WND, iv=90, sp="DAM", qualifiers=["from the headline"])
dam_rsf = E.c("Las RSF", "dos posiciones del ejército", "afirmaron haber atacado", "dos", it=TARGET, lab=CAMPS, st=RSFST, sp="RSF")

# 30 welt-sichten (German, epd / BBC)
E.article("wsi", "welt-sichten", "https://www.welt-sichten.org/node?page=114", None, "de", "Massaker an Dorfbewohnern im Sudan",
          {"bbc": {"outlet": "britische Sender BBC", "published": "2024-06-06"}})
wsi_150 = E.c("britische Sender BBC", "Bewohner", "ums Leben gekommen", "mindestens 150", it=TOLL, iv=(150, INF), st=BBC150, sp="BBC", hedge="Es werde befürchtet",
              actor="paramilitärischen Rapid Support Forces (RSF)", place="Dorf Wad al-Nura im Bundesstaat Al-Dschasira", via="bbc")
wsi_dz = E.c("welt-sichten", "Menschen", "getötet", "Dutzende", it=TOLL, iv=(20, INF), sp="welt-sichten", place="einem Dorf")
wsi_tw = E.c("britische Sender BBC", "das Dorf", "zweimal von RSF-Kämpfern angegriffen", "zweimal", it=WAVES, iv=2, sp="BBC", hedge="Berichten zufolge", when="am Mittwoch",
             via="bbc")

# 31 Evangelische Zeitung (German, epd), UN Geneva
E.article("evz", "Evangelische Zeitung", "https://evangelische-zeitung.de/un-generalsekretaer-verurteilt-miliz-angriff-auf-dorf-im-sudan", None, "de",
          "UN-Generalsekretär verurteilt Miliz-Angriff auf Dorf im Sudan",
          {"un": {"outlet": "UN-Generalsekretär António Guterres", "published": "2024-06-07"}, "st": {"outlet": "Sudan Tribune"}, "uni": {"outlet": "Unicef"}})
evz_100 = E.c("UN-Generalsekretär António Guterres", "Menschen", "getötet worden", "mehr als 100", it=TOLL, iv=(101, INF), sp="UN-SG", hedge="möglicherweise",
              actor="paramilitärischen Rapid Support Forces (RSF)", place="Wad Al-Nura in Sudans Bundesstaat Al-Dschasira", via="un")
evz_180 = E.c("Sudan Tribune", "Zivilistinnen und Zivilisten", "getötet", "180", it=TOLL, iv=180, sp="Sudan Tribune", actor="RSF", via="st")
evz_35 = E.c("Unicef", "toten Kindern", "sprach von mindestens", "mindestens 35", it=CHILD, iv=(35, INF), st=UNICEF, sp="UNICEF", via="uni")
evz_20 = E.c("Unicef", "verletzten Kindern", "weiteren", "20", it=CHW, iv=20, st=UNICEFW, sp="UNICEF", via="uni")

# 32 junge Welt (German, AFP), 7 Jun 2024
E.article("jwe", "junge Welt", "https://www.jungewelt.de/artikel/476810.t%C3%B6dlicher-angriff-von-miliz-im-sudan.html", None, "de", "Tödlicher Angriff von Miliz im Sudan",
          {"rc": {"outlet": "örtliches Widerstandskomitee", "wire": "AFP"}})
jwe_100 = E.c("örtliches Widerstandskomitee", "Menschen", "seien gestorben", "Bis zu 100", it=TOLL, iv=(1, 100), st=RC1, sp="RC", actor="RSF-Milizionäre",
              place="Dorf Wad Al-Nura im Bundesstaat Al-Dschasira", via="rc")
jwe_tw = E.c("örtliches Widerstandskomitee", "das Dorf", "in zwei Wellen mit schwerer Artillerie beschossen", "zwei", it=WAVES, iv=2, st=RC1W, sp="RC", via="rc")
jwe_art = E.c("örtliches Widerstandskomitee", "schwerer Artillerie", "beschossen mit", None, it=WEAP, lab=HEAVY, st=RC1A, sp="RC", via="rc")

# 33 Kristeligt Dagblad (Danish, Ritzau / Reuters)
E.article("krd", "Kristeligt Dagblad", "https://www.kristeligt-dagblad.dk/udland/100-mennesker-meldes-draebt-i-angreb-paa-landsby-i-sudan", None, "da",
          "100 mennesker meldes dræbt i angreb på landsby i Sudan",
          {"rc": {"outlet": "Wad Madani Modstandskomité", "title": "udtalelse", "wire": "Reuters"}, "rch": {"outlet": "Wad Madani Modstandskomité", "wire": "Reuters"},
           "rsf": {"outlet": "RSF (dk)", "title": "udtalelse", "published": "2024-06-05", "wire": "Reuters"}})
krd_100 = E.c("Wad Madani Modstandskomité", "mennesker", "blev dræbt", "Mindst 100", it=TOLL, iv=(100, INF), st=RC1, sp="RC", actor="Rapid Support Forces (RSF)",
              place="en landsby i delstaten Gezira", when="onsdag", via="rc")
krd_q = E.c("Wad Madani Modstandskomité", "mennesker", "dræbte op til", "op til 100", it=TOLL, iv=(1, 100), st=RC1, sp="RC", actor="RSF", place="Wad Alnoura", via="rc")
krd_h = E.c("Wad Madani Modstandskomité", "dødstallet", "opjusteret", "flere hundrede", it=TOLL, iv=(200, 999), st=RCH, sp="RC", via="rch")
krd_rsf = E.c("RSF (dk)", "militærbaser i nærheden af Wad Alnoura", "havde angrebet", None, it=TARGET, lab=CAMPS, st=RSFST, sp="RSF",
              qualifiers=["ingen meldinger om civile ofre"], via="rsf")
krd_help = E.c("Wad Madani Modstandskomité", "hæren", "responderede ikke", None, it=HELP, lab=NOHELP, st=RCHELP, sp="RC", via="rc")

# 34 Bisnis Update (Indonesian, BBC)
E.article("bis", "Bisnis Update", "https://bisnisupdate.com/luar-negeri/pembantaian-di-sudan-di-negara-gezira-disalahkan-pada-rsf/62551", None, "id",
          "Pembantaian di Sudan di negara Gezira disalahkan pada RSF")
bis_150 = E.c("Bisnis Update", "orang", "dikhawatirkan tewas", "Setidaknya 150", it=TOLL, iv=(150, INF), st=BBC150, sp="BBC", hedge="dikhawatirkan",
              actor="Pasukan Dukungan Cepat (RSF)", place="sebuah desa di Sudan bagian tengah")
bis_rsf = E.c("RSF", "serangan terhadap dua posisi militer", "membanggakan", "dua", it=TARGET, lab=CAMPS, st=RSFST, sp="RSF", qualifiers=["pada hari Kamis"])
bis_war = E.c("Bisnis Update", "orang", "tewas", "lebih dari 15.000", it=WAR, iv=(15001, INF), st=UNWAR, sp="UN", ev="sudan-war-2023-toll", when="sejak konflik dimulai pada April 2023")

# 35 LaPresse (Italian), 6 Jun 2024
E.article("lap", "LaPresse", "https://www.lapresse.it/esteri/2024/06/06/sudan-paramilitari-attaccano-un-villaggio-almeno-100-morti/", "2024-06-06", "it",
          "Sudan, paramilitari attaccano un villaggio: almeno 100 morti",
          {"rc": {"outlet": "Un gruppo creato per proteggere i residenti di Wad Madani"}, "sc": {"outlet": "Consiglio di Sovranità Transitorio", "title": "messaggio su Telegram"},
           "rsf": {"outlet": "Rsf", "title": "comunicato su X"}})
lap_100 = E.c("LaPresse", "persone", "sono state uccise", "Almeno 100", it=TOLL, iv=(100, INF), sp="LaPresse", actor="le forze paramilitari di supporto rapido (Rsf)",
              place="Wad al-Noura, provincia di Gezira")
lap_w = E.c("LaPresse", "ferite", "sono rimaste", "decine", it=WND, iv=(20, 99), sp="LaPresse")
lap_art = E.c("Un gruppo creato per proteggere i residenti di Wad Madani", "l'artiglieria pesante", "hanno usato", None, it=WEAP, lab=HEAVY, st=RC1A, sp="RC", via="rc")
lap_sc = E.c("Consiglio di Sovranità Transitorio", "i civili", "prendere di mira", None, it=PERP, lab=RSF, st=SC, sp="SC", actor="queste milizie (Rsf)", via="sc")
lap_camps = E.c("Rsf", "tre campi a ovest, a nord e a sud di Wad-al Noura", "di aver attaccato", "tre", it=TARGET, lab=CAMPS, st=RSFST, sp="RSF",
                qualifiers=["scontrandosi con l'esercito sudanese"], via="rsf")

# 36 Giornale di Brescia (Italian, ANSA / Anadolu / SUNA), 6 Jun 2024
E.article("gdb", "Giornale di Brescia", "https://www.giornaledibrescia.it/italia-e-estero/sudan-100-morti-in-attacco-a-un-villaggio-ekd83ufk", "2024-06-06", "it",
          "Sudan, 100 morti in attacco a un villaggio",
          {"gov": {"outlet": "Al-Tahir Ibrahim Al-Khair", "wire": "Sudan News Agency"}})
gdb_100 = E.c("Al-Tahir Ibrahim Al-Khair", "persone", "ucciso", "circa 100", it=TOLL, iv=(90, 110), sp="governor", actor="Le Forze paramilitari di supporto rapido (Rsf)",
              place="un villaggio nello stato di Al-Jazira", via="gov")
gdb_war = E.c("Al-Tahir Ibrahim Al-Khair", "le \"brutali violazioni\" commesse dalle RSF a Wad Al-Noora", "costituiscono un \"crimine di guerra\"", None, it=PERP, lab=RSF,
              sp="governor", via="gov")

# 37 Gazzettino Italiano Patagonico (Italian, local sources), 8 Jun 2024
E.article("gip", "Gazzettino Italiano Patagonico", "https://gazzettinoitalianopatagonico.com/2024/06/08/sudan-rappresaglia-dei-paramilitari-nel-villaggio-almeno-cento-vittime/",
          "2024-06-08", "it", "Sudan, rappresaglia dei paramilitari nel villaggio: almeno cento vittime",
          {"fl": {"outlet": "fonti locali"}, "rc": {"outlet": "Comitati di resistenza con base a Wad Madani"}})
gip_100 = E.c("Comitati di resistenza con base a Wad Madani", "vittime", "un bilancio di", "circa cento", it=TOLL, iv=(90, 110), st=RC1, sp="RC", via="rc")
gip_base = E.c("fonti locali", "un base di gruppi islamisti sostenitori del precedente regime", "A Wad Al-Noora c'era", None, it=ARMED, lab=ARM, sp="local sources",
               qualifiers=["aveva reclutato molti abitanti del villaggio perché combattessero contro le Forze di supporto rapido"], via="fl")
gip_why = E.c("fonti locali", "il villaggio", "le Rsf hanno preso di mira ... per il supporto all'esercito", None, it=None, sp="local sources",
              qualifiers=["non costituisce alcuna giustificazione per l'uccisione di massa di civili innocenti"], via="fl")

# 38 Focus on Africa (Italian)
E.article("foa", "Focus on Africa", "https://www.focusonafrica.info/sudan-a-wad-al-noura-le-rsf-massacrano-centinaia-di-civili/", None, "it",
          "Sudan. A Wad al-Noura le RSF massacrano centinaia di civili",
          {"sc": {"outlet": "Consiglio di Sovranità Transitorio", "title": "dichiarazione sul proprio canale Telegram"}, "rsf": {"outlet": "Le RSF"}})
foa_104 = E.c("Focus on Africa", "vittime", "Almeno", "Almeno 104", it=TOLL, iv=(104, INF), sp="FoA", actor="Rapid Support Forces", place="Wad al-Noura, stato di Gezira")
foa_35 = E.c("Focus on Africa", "bambini", "tra i quali", "35", it=CHILD, iv=35, sp="FoA")
foa_art = E.c("Focus on Africa", "l'artiglieria pesante", "lo hanno bombardato con", None, it=WEAP, lab=HEAVY, sp="FoA", qualifiers=["in due differenti ondate"])
foa_camps = E.c("Le RSF", "tre campi dell'esercito nella regione di Wad al Noura", "di aver attaccato", "tre", it=TARGET, lab=CAMPS, st=RSFST, sp="RSF", via="rsf")

# 39 Internazionale (Italian, Middle East Eye), 13 Jun 2024
E.article("int", "Internazionale", "https://www.internazionale.it/magazine/2024/06/13/impossibile-difendersi", "2024-06-13", "it", "Impossibile difendersi",
          {"mee": {"outlet": "Middle East Eye"}, "vf": {"outlet": "varie fonti"}})
int_arm = E.c("Middle East Eye", "Contadini, ex soldati e poliziotti", "si erano armati", None, it=ARMED, lab=ARM, sp="MEE", via="mee")
int_150 = E.c("varie fonti", "morti", "sono stati", "150", it=TOLL, iv=150, sp="various-int", via="vf")
int_35 = E.c("varie fonti", "bambini", "tra cui", "35", it=CHILD, iv=35, sp="various-int", via="vf")
int_fas = E.c("Internazionale", "civili", "sono morti", "almeno 35", it=None, ev="wadalnoura-2024-al-fashir", place="Al Fashir", when="Negli ultimi giorni")
int_omd = E.c("Internazionale", "civili", "sono morti", "40", it=None, ev="wadalnoura-2024-omdurman", place="Omdurman, vicino a Khartoum", when="Negli ultimi giorni")
int_war = E.c("Internazionale", "vittime del conflitto", "Sono ormai", "15.500", it=WAR, iv=15500, sp="Internazionale", ev="sudan-war-2023-toll", when="dal 15 aprile 2023")

# aggregates: the war's toll covers this incident
for cid in (nnt_per, ced_per, adp_war, sfx_war, crw_war, bis_war, int_war):
    E.aggregate(cid, ["wadalnoura-2024"])

P = E.pair
TOLLS = [r["id"] for r, m in E.claims if m["it"] == TOLL]
CHILDS = [r["id"] for r, m in E.claims if m["it"] == CHILD]
DENY = (bbs_den, ain_den, umw_den)
CAMPACC = [r["id"] for r, m in E.claims if m["it"] == TARGET and m["lab"] == CAMPS and m["sp"] == "RSF"]
for d in DENY:
    for t in TOLLS + CHILDS:
        P(d, t, "contradicts", "the RSF denies killing civilians vs a toll of villagers killed by the RSF: assertion and denial")
for d in CAMPACC + [bbs_eng]:  # bbs_eng: "only engaging with the SAF and Al Mustanfaron", the same account
    for t in TOLLS + CHILDS:
        P(d, t, "contradicts", "the RSF: it attacked army camps and acknowledged no civilian casualties vs villagers killed by the RSF: rival account of who was hit")

# the RSF's denials vs claims that name the RSF as perpetrator are derived (PERP is exclusive); the denials among themselves
P(bbs_den, ain_den, "agrees", "the RSF denies targeting civilians / the massacre: the same denial, other reports")
P(bbs_den, umw_den, "agrees", "the RSF denies targeting civilians / the accusations: the same denial, other reports")
P(ain_den, umw_den, "agrees", "the RSF denies the massacre / the accusations: the same denial, other reports")
# the RSF's denial and its own account of the target are one account
RSFC = [r["id"] for r, m in E.claims if m["it"] == TARGET and m["sp"] == "RSF"]
for d in DENY:
    for b in RSFC:
        P(d, b, "unrelated", "the RSF's denial of killing civilians and its account of attacking army camps: one speaker, other items, one account")
# the RSF's own mobilised-fighters account (ARMED) vs its denial: other items
# Hafiz Mohamad's "a full count is hampered" vs a toll: other item
P(adp_hm, adp_150, "unrelated", "a full body count hampered (no figure) vs the feared toll of 150: other item")

# the Madani committee: "up to 100" then more: its later figures revise the first (derived); the headline 200 of Vetogate
# the toll of the war since April 2023 (aggregate) vs the village toll
for a in (adp_war, sfx_war, crw_war, bis_war):
    for t in (adp_150, sfx_100, crw_150, bis_150):
        if a != t:
            P(a, t, "unrelated", "the war's toll since April 2023 (aggregate) vs the Wad al-Noura toll: a total against one incident")
for a in (nnt_per, ced_per):
    P(a, nnt_100 if a == nnt_per else ced_100, "unrelated", "the war's overall toll estimate vs the village toll: a total against one incident")
P(int_war, int_150, "unrelated", "the war's 15,500 victims (aggregate) vs Wad al-Noura's 150: a total against one incident")
# other incidents
P(nnt_dar, nnt_100, "unrelated", "up to 15,000 in a West Darfur town (2023) vs Wad al-Noura's up to 100: other place, other time")
P(ced_dar, ced_100, "unrelated", "up to 15,000 in a West Darfur town vs Wad al-Noura's up to 100: other place, other time")
P(tnh_sen, tnh_perp, "unrelated", "40 civilians near Sennar (another RSF attack) vs the Wad al-Noura massacre: other place, other day")
P(tnh_sen, gdb_100, "unrelated", "40 civilians near Sennar vs about 100 at Wad al-Noura: other incident")
P(int_fas, int_35, "unrelated", "at least 35 civilians dead in Al Fashir vs 35 children dead at Wad al-Noura: same figure, other incident")
P(int_omd, int_150, "unrelated", "40 civilians dead in Omdurman vs 150 at Wad al-Noura: other incident")
P(int_fas, sfx_35, "unrelated", "at least 35 civilians dead in Al Fashir vs 35 children at Wad al-Noura: same figure, other incident")
# other items of the same incident
P(nvb_8, nvb_150, "unrelated", "eight RSF fighters killed vs 150 villagers dead: other item (victim group)")
P(nvb_200, nvb_150, "unrelated", "200 injured vs 150 dead: other item")
P(cmh_90, cmh_104, "unrelated", "more than 90 wounded vs 104 dead: other item, one statement")
P(sfx_20, sfx_35, "unrelated", "more than 20 children injured vs 35 children killed: other item")
P(ret_20, ret_35, "unrelated", "more than 20 children injured vs 35 children killed: other item")
P(evz_20, evz_35, "unrelated", "20 children injured vs 35 children dead: other item")
P(sfx_35, sfx_100, "unrelated", "35 children among the dead vs up to 100 people: the children are a part of the dead, another item")
P(dam_90, cmh_90, "compatible", "90 wounded (a headline) vs more than 90 wounded: a relay's rounding that cannot be tied to the statement; both can hold loosely")
P(tnh_pop, tnh_perp, "unrelated", "the village's population of about 30,000 vs the massacre: other item")
P(sfx_40, sfx_100, "unrelated", "over 40 armed vehicles vs up to 100 killed: other item")
P(lbc_tw, lbc_q, "unrelated", "the RSF attacked twice vs up to 100 killed: other item, one statement")
P(jwe_tw, jwe_100, "unrelated", "two waves vs up to 100 dead: other item, one statement")

E.write()
