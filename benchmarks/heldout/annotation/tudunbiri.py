"""tudunbiri-2023: the Nigerian military drone strike on villagers celebrating Maulud (Mawlid) at Tudun
Biri, Afaka ward, Igabi LGA, Kaduna State, north-west Nigeria, night of Sunday 3 December 2023.
Annotated blind (see ../tudunbiri-2023.md).

Per claim: the item (`it`), the statement relayed (`st`, echo), the speaker group (`sp`, revises), the
interval the written figure means (`iv`) or a qualitative label (`lab`), and the gold event (`ev`).
Pairs within an item are derived by lib.py (unchanged); pairs across items are written by hand below.
"""
from lib import Event, INF

E = Event("tudunbiri-2023")
S = E.src
_c = E.c

# readings the model cannot take as times (weekdays in articles without a publication date): kept as qualifiers
E.bad_when = {"Sunday", "late Sunday", "Sunday night", "domingo", "Sonntagabend", "am Sonntag", "dimanche", "domenica",
              "la noche del domingo", "el domingo", "مساء الأحد", "Monday", "since 2009", "desde 2009", "depuis 2017"}

# -- items ------------------------------------------------------------------------------
TOLL = "toll"            # people (villagers, civilians, worshippers) killed by the strike at Tudun Biri, 3 Dec 2023
WOUND = "wounded"        # people wounded (injured, hospitalised)
PERP = "perp"            # whose aircraft / drone struck the village
ACCT = "account"         # how it came about: a strike on civilians by mistake
BOMBS = "bombs"          # how many bombs fell
FAM_D = "dahiru-family"  # members of Idris Dahiru's family killed
FAM_I = "ibrahim-family" # members of Husseini Ibrahim's family killed
GRAVE = "per-grave"      # bodies in each mass grave (Amnesty)
ADJ = "adjoining"        # dead from adjoining villages (Amnesty)
COVER = "cover-up"       # the authorities' contradictory explanations / cover-up (Amnesty)
TRIAL = "trial"          # officers to be tried over the strike

# speaker groups (revises)
MIL = "Nigerian armed forces"      # the army (Okoro, Lagbaja, Army HQ), the defence HQ, and "the military" as articles name it
NAF = "Nigerian Air Force"         # the NAF's own statement (Gabkwet)
KDG = "Kaduna State government"    # Governor Uba Sani, commissioner Samuel Aruwan
FG = "Nigerian presidency"         # Tinubu, via his spokesman Ajuri Ngelale
AMN = "Amnesty International Nigeria"

E.exclusive = {PERP}
L = E.labrel
L[frozenset(("Nigerian military", "Nigerian Army"))] = "refines"
L[frozenset(("Nigerian military", "Nigerian Air Force"))] = "refines"
L[frozenset(("not the Air Force", "Nigerian Army"))] = "compatible"
L[frozenset(("not the Air Force", "Nigerian military"))] = "compatible"
L[frozenset(("not the Air Force", "military denied"))] = "compatible"

# -- statements relayed by several articles (echo) ------------------------------------
NAFST = "the NAF's statement of 3 Dec 2023 (Air Cdre Edward Gabkwet: the news is false; no NAF air operations in Kaduna in 24 hours; not the only service with armed drones)"
ARUWAN = "Samuel Aruwan's statement after the security meeting of Mon 4 Dec 2023 (GOC 1 Division Okoro: a routine mission against terrorists inadvertently affected the community; several dead; dozens evacuated)"
GOVSANI = "Governor Uba Sani's condolence statement of Mon 4 Dec 2023 (Muslim faithful mistakenly killed by a military drone attack; investigation ordered)"
NEMA = "NEMA's north-west zonal office, Tue 5 Dec 2023 (85 dead bodies buried so far, search ongoing; 66 hospitalised)"
TINUBU = "the presidency's statement by Ajuri Ngelale, Tue 5 Dec 2023 (a bombing mishap; very unfortunate; investigation)"
AMN4 = "Amnesty International Nigeria's first toll, Mon 4 Dec 2023 (120 killed)"
AMN5 = "Amnesty Nigeria's Isa Sanusi, Tue 5 Dec 2023 (more than 120; at least 77 bodies in each mass grave; 17 from adjoining villages)"
AMN11 = "Amnesty Nigeria's statement by Isa Sanusi, 11 Dec 2023 (cover-up of the killing of over 120; contradictory explanations)"
LAGBAJA = "the Army's statement on the Chief of Army Staff Lagbaja's visit, Tue 5 Dec 2023 (troops misinterpreted a group's activities as bandits'; apology)"
DAHIRU_BBC = "Idris Dahiru to BBC Hausa / Daily Trust (34 family members dead; two bombs; 66 in hospital)"
IBRAHIM = "Husseini Ibrahim to AFP (13 of his family among the 85 killed)"
RES_AFP = "residents to AFP, 4-5 Dec 2023 (85 dead, 60 injured)"
SAUDATU = "Saudatu Alamagani to The Punch (bombed twice, from about 10 pm; four of her family killed)"

# -- sources --------------------------------------------------------------------------
S("Nigerian Army", "state", ["Army", "the army"], "Nigeria")
S("Samuel Aruwan", "state", ["Kaduna State Commissioner for Internal Security and Home Affairs"], "Nigeria")
S("Idris Dahiru", "witness", ["resident of Tudun Biri"])
S("Uba Sani", "state", ["Governor of Kaduna State"], "Nigeria")
S("Channels Television", "media", ["Channels"])
S("Samuel Aruwan, the local state security commissioner", "state", ["Kaduna State"], "Nigeria")
S("The military", "state", ["Nigerian military"], "Nigeria")
S("Husseini Ibrahim", "witness", ["resident"])
S("official records", "state", ["military authorities"], "Nigeria")
S("Nigerian Air force", "state", ["NAF", "Air Commodore Edward Gabkwet"], "Nigeria")
S("survivors", "witness", ["villagers"])
S("Naija News", "media", [])
S("Air Commodore Edward Gabkwet", "state", ["Nigerian Air Force", "NAF"], "Nigeria")
S("Femi Fani-Kayode", "other", ["former Minister of Aviation"])
S("Nigerian Air Force (NAF)", "state", ["NAF", "Edward Gabkwet"], "Nigeria")
S("locals", "witness", ["local sources"])
S("Nigeria Air Force(NAF)", "state", ["NAF"], "Nigeria")
S("Daily Review", "media", [])
S("resident", "witness", ["eyewitness"])
S("Nigerian Air Force", "state", ["NAF"], "Nigeria")
S("Isa Sanusi", "ngo", ["Amnesty International Nigeria"])
S("National Emergency Management Agency (NEMA)", "state", ["NEMA", "Halima Suleiman"], "Nigeria")
S("residents", "witness", [])
S("Ajuri Ngelale", "state", ["presidential spokesman", "President Tinubu"], "Nigeria")
S("Amnesty International", "ngo", ["Isah Sanusi", "Amnesty International's Country Director"])
S("Isah Sanusi", "ngo", ["Country Director of Amnesty International"])
S("Saudatu Alamagani", "witness", ["survivor"])
S("Alh Ahmed Sanusi", "witness", ["one of the Imams from the area"])
S("The Guild", "media", [])
S("Lt. Gen. Taoreed Lagbaja", "state", ["Chief of the Army Staff", "COAS", "Nigerian Army"], "Nigeria")
S("Lt.-Gen. Taoreed Lagbaja", "state", ["Chief of Army Staff", "COAS"], "Nigeria")
S("The armed forces", "state", [], "Nigeria")
S("National Emergency Management Agency", "state", ["NEMA"], "Nigeria")
S("witnesses", "witness", [])
S("زعيم ديني", "other", ["religious leader"])
S("شاهدان", "witness", ["two witnesses"])
S("صموئيل أروان", "state", ["مفوض الشؤون الداخلية في كادونا"], "Nigeria")
S("الجيش النيجيري", "state", [], "Nigeria")
S("Agence nationale de gestion des urgences (Nema)", "state", ["Nema"], "Nigeria")
S("l'armée", "state", ["armée nigériane"], "Nigeria")
S("Samuel Aruwan, ministre local de l'information", "state", [], "Nigeria")
S("cabinet de conseil SBM", "other", ["SBM"])
S("Amnesty International", "ngo", [])
S("l'armée de l'air nigériane", "state", [], "Nigeria")
S("agence nationale de gestion des urgences", "state", ["bureau de zone du nord-ouest"], "Nigeria")
S("villageois", "witness", [])
S("Medien", "media", [])
S("Büro von Amnesty International in Nigeria", "ngo", ["Amnesty International"])
S("Vertreter des Ministeriums für innere Sicherheit im Bundesstaat Kaduna", "state", [], "Nigeria")
S("lokale Medien", "media", [])
S("Das Militär", "state", ["Luftwaffe"], "Nigeria")
S("Anwohner", "witness", [])
S("Samuel Aruwan, örtlicher Sicherheitsbeauftragter", "state", [], "Nigeria")
S("Katastrophenschutzbehörde", "state", [], "Nigeria")
S("Dorfbewohner", "witness", [])
S("Die Armee", "state", ["nigerianische Streitkräfte"], "Nigeria")
S("AFP", "media", [])
S("Sahara Reporters", "media", [])
S("La Fuerza Aérea de Nigeria", "state", [], "Nigeria")
S("Samuel Aruwan, ministro de Interior del estado de Kaduna", "state", [], "Nigeria")
S("agencia nacional de gestión de emergencias (NEMA)", "state", ["NEMA"], "Nigeria")
S("los habitantes", "witness", [])
S("autoridades locales", "state", ["autoridades del estado de Kaduna"], "Nigeria")
S("Uba Sani, gobernador estatal de Kaduna", "state", [], "Nigeria")
S("Agencia Nacional de Gestión de Emergencias (NEMA)", "state", ["NEMA"], "Nigeria")
S("el ejército nigeriano", "state", [], "Nigeria")
S("Amnistía Internacional", "ngo", ["Amnesty International Nigeria"])
S("Il Post", "media", [])
S("l'esercito nigeriano", "state", [], "Nigeria")
S("The Dispatch", "media", [])
S("Nationnewslead", "media", [])
S("The Frontier", "media", ["The Nation"])
S("Aljazayr", "media", [])
S("AbidjanTV", "media", [])
S("Montevideo Portal", "media", [])
S("فيتو", "media", ["Vetogate"])

# -- claims, article by article -------------------------------------------------------

# 1 Naija102 (Nigerian Pidgin)
E.article("n102", "Naija102", "https://naija102.com/army-don-accept-responsibility-for-di-air-strike-wey-happun-for-kaduna/", None, "pcm",
          "Army don accept responsibility for di air strike wey happun for Kaduna",
          {"aru": {"outlet": "Samuel Aruwan", "title": "after one emergency security meeting"},
           "army": {"outlet": "Nigerian Army", "title": "at the emergency security meeting"}})
n102_perp = E.c("Samuel Aruwan", "di air strike", "Nigerian Army don carry responsibility for", it=PERP, lab="Nigerian Army", st=ARUWAN, sp=KDG,
                actor="Nigerian Army", place="Tudun Biri village, Kaduna State", via="aru")
n102_acc = E.c("Nigerian Army", "di bombing", "no be intentional but na accident", it=ACCT, lab="by mistake", st=ARUWAN, sp=MIL,
               qualifiers=["as dem dey do routine mission against terrorists"], via="army")

# 2 Legit.ng, 5 Dec 2023 (Dahiru to BBC Hausa, via Daily Trust)
E.article("lgt", "Legit.ng", "https://www.legit.ng/nigeria/1567117-resident-narrates-how-lost-34-family-members-bombing-kaduna-villagers/", "2023-12-05", "en",
          None,
          {"dah": {"outlet": "Idris Dahiru", "title": "interview with BBC Hausa", "wire": "Daily Trust"}})
lgt_34 = E.c("Idris Dahiru", "family members", "were killed", "34", it=FAM_D, iv=34, st=DAHIRU_BBC, sp="Dahiru", actor="Nigerian Army",
             place="Tudun Biri village, Igabi local government area of Kaduna state", when="Sunday, December 3", via="dah")
lgt_bombs = E.c("Idris Dahiru", "bombs", "the jet returned, unleashing a second bomb", "second", it=BOMBS, iv=2, st=DAHIRU_BBC, sp="Dahiru",
                quote="As we rushed to aid the injured, the jet returned, unleashing a second bomb", via="dah")
lgt_66 = E.c("Idris Dahiru", "loved ones", "receiving medical care at Barau Dikko Hospital", "66", it=WOUND, iv=66, st=DAHIRU_BBC, sp="Dahiru", via="dah")

# 3 Channels TV, 4 Dec 2023 (the governor)
E.article("chg", "Channels Television", "https://www.channelstv.com/2023/12/04/governor-sani-orders-probe-of-kaduna-bomb-incident/", "2023-12-04", "en",
          "Governor Sani orders probe of Kaduna bomb incident",
          {"gov": {"outlet": "Uba Sani", "title": "statement issued to condole with the people of Tudun Biri community"}})
chg_50 = E.c("Channels Television", "people", "claimed the lives of", "over 50", it=TOLL, iv=(51, INF), sp="Channels Television", actor="military air strike",
             place="Tudun Biri village", when="Sunday", via=None)
chg_acc = E.c("Uba Sani", "villagers observing Maulud celebration", "were mistakenly killed", it=ACCT, lab="by mistake", st=GOVSANI, sp=KDG,
              qualifiers=["following a military drone attack targeting terrorists and bandits"], via="gov")

# 4 The Dispatch (Uganda)
E.article("dsp", "The Dispatch", "https://www.dispatch.ug/2023/12/05/nigerian-army-drone-mistakenly-strikes-village-killing-85-civilians/", None, "en",
          None,
          {"dah": {"outlet": "Idris Dahiru"}, "aru": {"outlet": "Samuel Aruwan, the local state security commissioner"},
           "mil": {"outlet": "The military"}, "ibr": {"outlet": "Husseini Ibrahim"}})
dsp_85 = E.c("Idris Dahiru", "casualties", "totaling", "85", it=TOLL, iv=85, sp="Dahiru", actor="army drone strike", place="Tudun Biri village, Kaduna State",
             when="late Sunday", qualifiers=["included women and children"], via="dah")
dsp_60 = E.c("Idris Dahiru", "injured individuals", "receiving treatment in hospitals", "over 60", it=WOUND, iv=(61, INF), sp="Dahiru", via="dah")
dsp_aru = E.c("Samuel Aruwan, the local state security commissioner", "citizens", "dead", "several", it=TOLL, iv=(3, INF), st=ARUWAN, sp=KDG,
              qualifiers=["and others injured", "did not specify the toll"], via="aru")
dsp_acc = E.c("The military", "the community", "inadvertently affected", it=ACCT, lab="by mistake", st=ARUWAN, sp=MIL,
              qualifiers=["a routine mission against militants"], via="mil")
dsp_ibr = E.c("Husseini Ibrahim", "members of his immediate family", "losing", "13", it=FAM_I, iv=13, st=IBRAHIM, sp="Ibrahim", via="ibr")
dsp_40k = E.c("The Dispatch", "lives", "claiming", "over 40,000", it="nigeria-conflict-dead", iv=(40001, INF), sp="The Dispatch",
              ev="nigeria-conflict-since-2009", when="since 2009", qualifiers=["the conflict"])

# 5 Nationnewslead (six months after)
E.article("nnl", "Nationnewslead", "https://nationnewslead.com/life-in-tudun-biri-six-months-after-military-drone-attack", None, "en",
          "Life in Tudun Biri six months after military drone attack",
          {"off": {"outlet": "official records", "title": "an official statement by the military authorities"},
           "naf": {"outlet": "Nigerian Air force", "title": "rebuttal statement"}, "sur": {"outlet": "survivors"}})
nnl_80 = E.c("official records", "people", "were killed", "80", it=TOLL, iv=80, sp=MIL, actor="military drone", when="December 3, 2023",
             place="Tudun Biri community, Kaduna State", via="off")
nnl_87 = E.c("official records", "others", "were injured", "87", it=WOUND, iv=87, sp=MIL, via="off")
nnl_den = E.c("Nigerian Air force", "the drone attack", "responsible", polarity="denied", it=PERP, lab="not the Air Force", st=NAFST, sp=NAF,
              qualifiers=["exonerated NAF of being responsible"], via="naf")
nnl_sur = E.c("survivors", "a NAF aircraft", "hovering around the area since afternoon", actor="Nigerian Air Force", it=PERP, lab="Nigerian Air Force",
              sp="survivors (Nationnewslead)", via="sur")
nnl_bombs = E.c("Nationnewslead", "bomb", "dropped a second bomb", "second", it=BOMBS, iv=2, sp="Nationnewslead", hedge="it was reported",
                qualifiers=["some minutes later", "first bomb at around some minutes past eight o'clock in the evening"])

# 6 Naija News, 4 Dec 2023 (NAF speaks)
E.article("nn1", "Naija News", "https://www.naijanews.com/2023/12/04/naf-speaks-on-bombing-villagers-in-kaduna/", "2023-12-04", "en", None,
          {"naf": {"outlet": "Air Commodore Edward Gabkwet", "title": "WhatsApp message (chat with Channels TV)"}})
nn1_30 = E.c("Naija News", "people", "lost their lives", "about thirty", it=TOLL, iv=(27, 33), sp="Naija News", hedge="there had been reports",
             when="Sunday, around 9:00 pm", place="Tudun Biri, Igabi Local Government Area of Kaduna State")
nn1_den = E.c("Air Commodore Edward Gabkwet", "The Nigerian Air Force", "carried out any air operations within Kaduna State and environs in the last 24 hours",
              polarity="denied", it=PERP, lab="not the Air Force", st=NAFST, sp=NAF,
              quote="The Nigerian Air Force has not carried out any air operations within Kaduna State and environs in the last 24 hours.", via="naf")

# 7 Naija News, 4 Dec 2023 (Fani-Kayode)
E.article("nn2", "Naija News", "https://www.naijanews.com/2023/12/04/this-is-babaric-fani-kayode-calls-for-sanction-of-naf-over-alleged-bombing-of-kaduna-community/",
          "2023-12-04", "en", None,
          {"ffk": {"outlet": "Femi Fani-Kayode", "title": "post on X"}, "naf": {"outlet": "Nigerian Air Force (NAF)", "title": "reaction to the report"}})
nn2_30 = E.c("Femi Fani-Kayode", "innocent Muslim worshippers", "were bombed & butchered", "30", it=TOLL, iv=30, sp="Fani-Kayode (Daily Trust)", actor="Nigerian Air Force",
             qualifiers=["confirmed by Daily Trust"], via="ffk")
nn2_perp = E.c("Femi Fani-Kayode", "innocent Muslim worshippers", "bombed by our own @NigAirForce", actor="Nigerian Air Force", it=PERP, lab="Nigerian Air Force",
               sp="Fani-Kayode (Daily Trust)", via="ffk")
nn2_den = E.c("Nigerian Air Force (NAF)", "bombing villagers at Tudun Biri", "carried out", polarity="denied", it=PERP, lab="not the Air Force", st=NAFST, sp=NAF,
              qualifiers=["no air operation in Kaduna within the last 24 hours"], via="naf")

# 8 Channels TV (NAF denies)
E.article("chn", "Channels Television", "https://www.channelstv.com/2023/12/04/naf-denies-carrying-out-bomb-attack-in-kaduna-village/", None, "en",
          "NAF denies carrying out bomb attack in Kaduna village",
          {"naf": {"outlet": "Nigerian Air Force", "title": "THE NAF HAS NOT UNDERTAKEN ANY AIR OPERATIONS IN KADUNA STATE IN THE LAST 24 HOURS",
                   "published": "2023-12-03"}})
chn_den = E.c("Nigerian Air Force", "Nigerian Air Force (NAF) aircraft", "accidentally killed innocent civilians in Kaduna", polarity="denied", it=PERP, lab="not the Air Force", st=NAFST, sp=NAF, stated="2023-12-03",
              quote="The news making the rounds alleging that Nigerian Air Force (NAF) aircraft accidentally killed innocent civilians in Kaduna is false.", via="naf")
chn_other = E.c("Nigerian Air Force", "the NAF", "the only organization operating combat armed drones in the North western region of Nigeria", polarity="denied",
                it="drone-operators", st=NAFST, sp=NAF, via="naf")

# 9 The Nation, 4 Dec 2023
E.article("tno", "The Nation", "https://thenationonlineng.net/naf-denies-involvement-in-alleged-bombing-of-civilians-in-kaduna/", "2023-12-04", "en",
          "NAF denies involvement in alleged bombing of civilians in Kaduna",
          {"loc": {"outlet": "locals"}, "naf": {"outlet": "Air Commodore Edward Gabkwet", "title": "statement"}})
tno_30 = E.c("locals", "people", "killing", "not less than 30", it=TOLL, iv=(30, INF), sp="locals (The Nation)", actor="a NAF jet",
             when="Sunday, around 9:00 pm", place="Tudun Biri, Igabi Local Government Area of Kaduna State", via="loc")
tno_perp = E.c("locals", "a NAF jet", "dropped a bomb on them", actor="Nigerian Air Force", it=PERP, lab="Nigerian Air Force", sp="locals (The Nation)", via="loc")
tno_den = E.c("Air Commodore Edward Gabkwet", "the Air Force", "carried out any air operation in Kaduna state in the last 24 hours", polarity="denied",
              it=PERP, lab="not the Air Force", st=NAFST, sp=NAF, via="naf")

# 10 Daily Review
E.article("drv", "Daily Review", "https://dailyreviewonline-ng.com/2023/12/04/66131/", None, "en",
          "Mass killing: Nigerian Air Force Denies bombing Kaduna Village",
          {"naf": {"outlet": "Nigeria Air Force(NAF)", "title": "statement on Monday"}})
drv_30 = E.c("Daily Review", "residents", "reportedly killed", "about 30", it=TOLL, iv=(27, 33), sp="Daily Review", hedge="reportedly",
             place="Tudun Biriin Igabi Local Government Area of Kaduna State", qualifiers=["Sunday night, during a Maulud Nabiy celebration"])
drv_den = E.c("Nigeria Air Force(NAF)", "Nigeria Air Force(NAF)", "complicity in the airstrikes on Tudun Biri", polarity="denied", it=PERP, lab="not the Air Force", st=NAFST, sp=NAF, via="naf")

# 11 Amebohour
E.article("amb", "Amebohour", "https://amebohour.com/air-force-denies-bombing/", None, "en", "Air Force Denies Bombing",
          {"naf": {"outlet": "Air Commodore Edward Gabkwet"}, "wit": {"outlet": "resident"}})
amb_den = E.c("Air Commodore Edward Gabkwet", "NAF aircraft", "accidental killing of innocent civilians", polarity="denied", it=PERP,
              lab="not the Air Force", st=NAFST, sp=NAF, via="naf")
amb_30 = E.c("resident", "people", "death", "more than 30", it=TOLL, iv=(31, INF), sp="resident (Amebohour)", actor="a flying object, possibly a jet",
             place="Tudun Biri village", qualifiers=["during a religious celebration"], via="wit")

# 12 Daily Post, 5 Dec 2023 (NEMA)
E.article("dp1", "Daily Post", "https://dailypost.ng/2023/12/05/tudun-biri-army-airstrike-killed-85-injured-66-persons-nema-confirms/", "2023-12-05", "en", None,
          {"nema": {"outlet": "National Emergency Management Agency (NEMA)", "title": "press briefing by North-West zonal spokesman Halima Suleiman"},
           "res": {"outlet": "residents"}, "pres": {"outlet": "Ajuri Ngelale", "title": "statement"}})
dp1_85 = E.c("National Emergency Management Agency (NEMA)", "dead bodies", "have so far been buried", "85", it=TOLL, iv=(85, INF), st=NEMA, sp="NEMA",
             actor="Nigerian Army", place="Tudun Biri village in Igabi Local Government Area of Kaduna State",
             quote="The Northwest Zonal Office has received details from the local authorities that 85 dead bodies have so far been buried while a search is still ongoing",
             via="nema")
dp1_66 = E.c("National Emergency Management Agency (NEMA)", "additional people", "were injured", "66", it=WOUND, iv=66, st=NEMA, sp="NEMA", via="nema")
dp1_res = E.c("residents", "people", "were murdered", "85", it=TOLL, iv=85, st=RES_AFP, sp="residents (AFP)", qualifiers=["many of whom were women and children"], via="res")
dp1_pres = E.c("Ajuri Ngelale", "the incident", "very unfortunate, disturbing, and painful", it=ACCT, lab="by mistake", st=TINUBU, sp=FG, via="pres")

# 13 Daily Post, 6 Dec 2023 (Amnesty 120)
E.article("dp2", "Daily Post", "https://dailypost.ng/2023/12/06/kaduna-village-bombing-death-toll-hits-120-survivors-allege-military-bombed-twice/",
          "2023-12-06", "en", "Kaduna village bombing: Death toll hits 120, survivors allege military bombed twice",
          {"amn": {"outlet": "Isa Sanusi", "title": "Amnesty International officials who visited the affected communities"},
           "nema": {"outlet": "National Emergency Management Agency (NEMA)"}, "sur": {"outlet": "survivors"}})
dp2_120 = E.c("Isa Sanusi", "persons", "had died", "over 120", it=TOLL, iv=(121, INF), st=AMN5, sp=AMN, place="Tudun Biri in the Igabi Local Government Area of Kaduna State",
              via="amn")
dp2_77 = E.c("Isa Sanusi", "bodies", "in each of the mass graves", "at least 77", it=GRAVE, iv=(77, INF), st=AMN5, sp=AMN, via="amn")
dp2_85 = E.c("National Emergency Management Agency (NEMA)", "deaths", "initially reported", "85", it=TOLL, iv=85, st=NEMA, sp="NEMA", via="nema")
dp2_66 = E.c("National Emergency Management Agency (NEMA)", "injuries", "initially reported", "66", it=WOUND, iv=66, st=NEMA, sp="NEMA", via="nema")
dp2_twice = E.c("survivors", "they", "were bombed", "twice", it=BOMBS, iv=2, sp="survivors (Daily Post)", actor="Nigerian Army", via="sur")

# 14 Daily Post, 11 Dec 2023 (Amnesty: cover-up)
E.article("dp3", "Daily Post", "https://dailypost.ng/2023/12/11/kaduna-drone-attack-military-trying-to-cover-up-killing-of-civilians-amnesty-international/",
          "2023-12-11", "en", None,
          {"amn": {"outlet": "Isa Sanusi", "title": "statement by the organisation's director"}})
dp3_120 = E.c("Isa Sanusi", "civilians", "mass killing", "over 120", it=TOLL, iv=(121, INF), st=AMN11, sp=AMN, actor="the military", via="amn")
dp3_cov = E.c("Isa Sanusi", "the Nigerian military", "contradictory explanations", it=COVER, lab="cover-up", st=AMN11, sp=AMN,
              quote="The contradictory explanations offered by the Nigerian military so far show their complete disregard for civilian lives and suggest attempts by the authorities to cover up these grave human rights violations.",
              via="amn")

# 15 Torizone
E.article("tor", "Torizone", "https://torizone.com/posts/2023/12/124874-victims-mass-burial-death-toll-kaduna-village-bombing-rises-120", None, "en",
          "Victims get mass burial as death toll from Kaduna village bombing rises to 120",
          {"amn": {"outlet": "Isah Sanusi", "published": "2023-12-05"}, "sau": {"outlet": "Saudatu Alamagani", "wire": "The Punch"},
           "nema": {"outlet": "National Emergency Management Agency (NEMA)"}})
tor_120 = E.c("Isah Sanusi", "persons", "the current number of casualties", "more than 120", it=TOLL, iv=(121, INF), st=AMN5, sp=AMN, stated="2023-12-05",
              quote="I can confirm to you that the current number of casualties in the affected areas is more than 120 persons", via="amn")
tor_17 = E.c("Isah Sanusi", "other persons who are from adjoining villages", "lost their lives", "17", it=ADJ, iv=17, st=AMN5, sp=AMN, via="amn")
tor_77 = E.c("Isah Sanusi", "dead bodies", "in each of the mass graves", "at least 77", it=GRAVE, iv=(77, INF), st=AMN5, sp=AMN, via="amn")
tor_twice = E.c("Saudatu Alamagani", "they", "bombed us", "twice", it=BOMBS, iv=2, st=SAUDATU, sp="Saudatu Alamagani", actor="the military",
                qualifiers=["It all started around 10 pm"], via="sau")
tor_4 = E.c("Saudatu Alamagani", "members of my family", "were killed", "Four", it="saudatu-family", iv=4, st=SAUDATU, sp="Saudatu Alamagani", via="sau")
tor_85 = E.c("National Emergency Management Agency (NEMA)", "casualty figure", "had earlier put", "85", it=TOLL, iv=85, st=NEMA, sp="NEMA", via="nema")

# 16 The Frontier (from The Nation)
E.article("frt", "The Frontier", "https://thefrontierng.com/kaduna-bombing-death-toll-rises-to-127-survivors/", None, "en",
          "Kaduna bombing: Death toll rises to 127 – Survivors",
          {"sur": {"outlet": "survivors", "wire": "The Nation"}, "dah": {"outlet": "Idris Dahiru"}, "imam": {"outlet": "Alh Ahmed Sanusi", "title": "on Monday"}})
frt_127 = E.c("survivors", "death toll", "has risen to", "127", it=TOLL, iv=127, sp="survivors (The Nation)", qualifiers=["as of yesterday evening", "several others still unaccounted for"],
              via="sur")
frt_120 = E.c("The Frontier", "people", "were confirmed dead", "120", it=TOLL, iv=120, sp="The Frontier", hedge="it was gathered", qualifiers=["as of Wednesday"])
frt_34 = E.c("Idris Dahiru", "members of his family", "lost", "34", it=FAM_D, iv=34, sp="Dahiru", via="dah")
frt_75 = E.c("Idris Dahiru", "injured people", "has increased to", "75", it=WOUND, iv=75, sp="Dahiru",
             quote="The number of injured people has increased to 75, one person had died this morning.", via="dah")
frt_100 = E.c("Alh Ahmed Sanusi", "people", "buried", "100", it=TOLL, iv=(100, INF), sp="Imam Ahmed Sanusi", when="Monday",
              qualifiers=["as of Tuesday, 20 more bodies were recovered; as of Wednesday, another six buried"], via="imam")

# 17 The Guild, 5 Dec 2023
E.article("gld", "The Guild", "https://theguildng.com/just-in-army-apologizes-over-85-kaduna-villagers-death/", "2023-12-05", "en",
          "JUST IN: Army apologizes over 85 Kaduna villagers death",
          {"coas": {"outlet": "Lt. Gen. Taoreed Lagbaja", "title": "visit to Tudun Biri"}})
gld_80 = E.c("The Guild", "Kaduna State residents", "claimed the lives of", "over 80", it=TOLL, iv=(81, INF), sp="The Guild", actor="airstrike")
gld_66 = E.c("The Guild", "others", "left with varying degrees of injuries", "66", it=WOUND, iv=66, sp="The Guild")
gld_acc = E.c("Lt. Gen. Taoreed Lagbaja", "their pattern of activities", "wrongly analyzed and misinterpreted to be similar to that of the bandits", it=ACCT, lab="by mistake",
              st=LAGBAJA, sp=MIL, actor="troops carrying out aerial patrols", via="coas")
gld_perp = E.c("Lt. Gen. Taoreed Lagbaja", "the Nigerian Army", "sincere regrets and unreserved apologies", it=PERP, lab="Nigerian Army", st=LAGBAJA, sp=MIL, via="coas")

# 18 The Recorder
E.article("rec", "The Recorder", "https://therecorderng.com/?p=63175", None, "en", None,
          {"coas": {"outlet": "Lt.-Gen. Taoreed Lagbaja", "title": "visit to Tudun Biri village on Tuesday"}})
rec_perp = E.c("Lt.-Gen. Taoreed Lagbaja", "innocent civilians in Tudun Biri", "the drone carried out the strike on", actor="troops of the Nigerian Army",
               it=PERP, lab="Nigerian Army", st=LAGBAJA, sp=MIL,
               quote="Unfortunately, the report we got thereafter revealed that it was innocent civilians in Tudun Biri that the drone carried out the strike on.", via="coas")
rec_acc = E.c("Lt.-Gen. Taoreed Lagbaja", "a strike", "decision was taken to conduct", it=ACCT, lab="by mistake", st=LAGBAJA, sp=MIL,
              qualifiers=["based on the observations of tactics usually employed by bandits", "armed reconnaissance along Riyawa and Rimawa villages"], via="coas")

# 19 Messages Life (TIME)
E.article("tim", "Messages Life", "https://messageslife.com/2023/12/05/nigerias-president-orders-investigation-into-85-deaths-caused-by-military-drones/", None, "en",
          "Nigeria's President Orders Investigation Into 85 Deaths Caused by Military Drones",
          {"nema": {"outlet": "National Emergency Management Agency"}, "ibr": {"outlet": "Husseini Ibrahim", "wire": "Agence France-Presse"},
           "wit": {"outlet": "witnesses"}, "af": {"outlet": "The armed forces"}})
tim_85 = E.c("National Emergency Management Agency", "people", "were accidentally killed", "85", it=TOLL, iv=85, st=NEMA, sp="NEMA", qualifiers=["the official death toll, confirmed for the first time on Tuesday"],
             via="nema")
tim_66 = E.c("National Emergency Management Agency", "people", "were injured", "66", it=WOUND, iv=66, st=NEMA, sp="NEMA", via="nema")
tim_13 = E.c("Husseini Ibrahim", "members of my immediate family", "lost", "13", it=FAM_I, iv=13, st=IBRAHIM, sp="Ibrahim", qualifiers=["seven boys and six girls"],
             quote="I lost 13 members of my immediate family among the 85 that were killed.", via="ibr")
tim_ibr85 = E.c("Husseini Ibrahim", "people", "were killed", "85", it=TOLL, iv=85, st=IBRAHIM, sp="Ibrahim", via="ibr")
tim_2 = E.c("witnesses", "another blast", "took place around 30 minutes later", "another", it=BOMBS, iv=2, sp="witnesses (TIME)", via="wit")
tim_acc = E.c("The armed forces", "members of the community", "inadvertently affected", it=ACCT, lab="by mistake", st=ARUWAN, sp=MIL,
              qualifiers=["a routine mission against terrorists"], via="af")

# 20 Reuters in Arabic (news.tn)
E.article("rta", "news.tn (رويترز)", "https://cms.news.tn/posts/%D9%85%D9%82%D8%AA%D9%84-%D9%85%D8%AF%D9%86%D9%8A%D9%8A%D9%86-%D9%81%D9%8A-%D9%87%D8%AC%D9%88%D9%85-%D8%A8%D8%B7%D8%A7%D8%A6%D8%B1%D8%A9-%D8%A8%D8%AF%D9%88%D9%86-%D8%B7%D9%8A%D8%A7%D8%B1-%D9%86%D9%8A",
          None, "ar", None,
          {"rel": {"outlet": "زعيم ديني", "wire": "رويترز"}, "wit": {"outlet": "شاهدان", "wire": "رويترز"},
           "aru": {"outlet": "صموئيل أروان", "title": "بيان بعد الاجتماع", "wire": "رويترز"}})
rta_50 = E.c("زعيم ديني", "القتلى", "بلغ عدد", "50", it=TOLL, iv=50, sp="religious leader (Reuters)", place="قرية تودون بيري، ولاية كادونا", via="rel")
rta_80 = E.c("شاهدان", "القتلى", "قتلوا", "80", it=TOLL, iv=80, sp="two witnesses (Reuters)", via="wit")
rta_acc = E.c("صموئيل أروان", "الجيش النيجيري", "كان في مهمة روتينية ضد الإرهابيين لكنه أثر عن غير قصد على أفراد المجتمع", it=ACCT, lab="by mistake", st=ARUWAN, sp=KDG,
              via="aru")

# 21 Vetogate (Arabic)
E.article("vtg", "فيتو (Vetogate)", "https://vetogate.com/keyword/333398", None, "ar", None,
          {"army": {"outlet": "الجيش النيجيري"}})
vtg_trial = E.c("الجيش النيجيري", "ضابطين", "أمر بمحاكمة", "ضابطين", it=TRIAL, iv=2, sp=MIL, qualifiers=["تسببا في هجوم بطائرة بدون طيار"], via="army")
vtg_85 = E.c("فيتو", "مدنيا", "مقتل", "85 على الأقل", it=TOLL, iv=(85, INF), sp="Vetogate", actor="هجوم بطائرة بدون طيار")

# 22 Guinée360
E.article("g36", "Guinée360", "https://www.guinee360.com/05/12/2023/nigeria-85-civils-tues-par-erreur-par-un-drone-de-larmee/", None, "fr",
          "Nigeria : 85 civils tués par erreur par un drone de l'armée",
          {"nema": {"outlet": "Agence nationale de gestion des urgences (Nema)", "title": "page Facebook"}, "army": {"outlet": "l'armée"},
           "aru": {"outlet": "Samuel Aruwan, ministre local de l'information", "wire": "RFI"}, "sbm": {"outlet": "cabinet de conseil SBM"}})
g36_85 = E.c("Agence nationale de gestion des urgences (Nema)", "corps", "ont été enterrés jusqu'à présent", "85", it=TOLL, iv=(85, INF), st=NEMA, sp="NEMA",
             qualifiers=["tandis que les recherches se poursuivent"], via="nema")
g36_66 = E.c("Agence nationale de gestion des urgences (Nema)", "personnes", "sont hospitalisées", "66", it=WOUND, iv=66, st=NEMA, sp="NEMA", via="nema")
g36_perp = E.c("l'armée", "cette frappe de drone « commise par erreur »", "reconnaissant finalement être à l'origine de", it=PERP, lab="Nigerian Army", sp=MIL,
               qualifiers=["l'armée est revenue sur son démenti"], via="army")
g36_den = E.c("l'armée", "cette frappe de drone", "être à l'origine de", polarity="denied", it=PERP, lab="military denied", st=NAFST, sp=MIL, via="army")
g36_doz = E.c("Samuel Aruwan, ministre local de l'information", "personnes", "actuellement à l'hôpital pour blessures", "dizaines", it=WOUND, iv=(20, INF), st=ARUWAN, sp=KDG,
              via="aru")
g36_300 = E.c("cabinet de conseil SBM", "morts civils", "dans des frappes aériennes conduites par l'armée", "au moins 300", it="airstrike-civilians-since-2017", iv=(300, INF),
              sp="SBM", ev="nigeria-airstrikes-civilian-toll-2017-2023", when="depuis 2017", via="sbm")

# 23 Algérie (fr.aljazayr)
E.article("alj", "Aljazayr", "https://fr.aljazayr.com/international/46062.html", None, "fr", None,
          {"amn": {"outlet": "Amnesty International"}, "naf": {"outlet": "l'armée de l'air nigériane"}})
alj_85 = E.c("Aljazayr", "civils", "a accidentellement tué", "au moins 85", it=TOLL, iv=(85, INF), sp="Aljazayr", actor="L'armée nigériane",
             qualifiers=["entre 21h00 et 22h00 heure locale"])
alj_66 = E.c("Aljazayr", "autres", "blessé", "66", it=WOUND, iv=66, sp="Aljazayr", qualifiers=["soignés à l'hôpital Barau Dikko"])
alj_120 = E.c("Amnesty International", "morts", "a porté le bilan à", "120", it=TOLL, iv=(120, INF), st=AMN4, sp=AMN, via="amn")
alj_den = E.c("l'armée de l'air nigériane", "des civils innocents", "avoir tué accidentellement", polarity="denied", it=PERP, lab="not the Air Force",
              st=NAFST, sp=NAF, qualifiers=["initialement"], via="naf")

# 24 AbidjanTV
E.article("abt", "AbidjanTV", "http://abidjantv.net/actualites/nigeria-larmee-tue-85-civils-par-erreur-tinubu-ordonne-une-enquete/?utm_source=rss&utm_medium=rss&utm_campaign=nigeria-larmee-tue-85-civils-par-erreur-tinubu-ordonne-une-enquete",
          None, "fr", "Nigeria : L'armée tue 85 civils par erreur, Tinubu ordonne une enquête",
          {"nema": {"outlet": "agence nationale de gestion des urgences"}, "vil": {"outlet": "villageois", "wire": "Jeune Afrique"}})
abt_85 = E.c("agence nationale de gestion des urgences", "corps", "ont été enterrés jusqu'à présent", "85", it=TOLL, iv=(85, INF), st=NEMA, sp="NEMA",
             quote="Le bureau de zone du nord-ouest a reçu des informations des autorités locales selon lesquelles 85 corps ont été enterrés jusqu'à présent, tandis que les recherches se poursuivent",
             via="nema")
abt_bombs = E.c("villageois", "bombe", "une deuxième bombe est tombée", "deuxième", it=BOMBS, iv=2, sp="villager (Jeune Afrique)", via="vil")
abt_none = E.c("AbidjanTV", "l'armée nigériane", "n'a pas établi de bilan", it=None, sp="AbidjanTV", qualifiers=["no figure given"])

# 25 Süddeutsche Zeitung
E.article("sz", "Süddeutsche Zeitung", "https://www.sueddeutsche.de/politik/nigeria-militaer-drohne-tote-1.6314270", None, "de", None,
          {"med": {"outlet": "Medien"}, "amn": {"outlet": "Büro von Amnesty International in Nigeria"},
           "aru": {"outlet": "Vertreter des Ministeriums für innere Sicherheit im Bundesstaat Kaduna"}})
sz_90 = E.c("Medien", "Tote", "berichten von", "30 bis 90", it=TOLL, iv=(30, 90), sp="media (SZ)", qualifiers=["am Montag", "offizielle Angaben gibt es bislang nicht"], via="med")
sz_120 = E.c("Büro von Amnesty International in Nigeria", "Todesopfer", "spricht von", "120", it=TOLL, iv=(120, INF), st=AMN4, sp=AMN, via="amn")
sz_perp = E.c("Vertreter des Ministeriums für innere Sicherheit im Bundesstaat Kaduna", "den Angriff", "machte das Militär verantwortlich", actor="das Militär",
              it=PERP, lab="Nigerian military", st=ARUWAN, sp=KDG, via="aru")

# 26 BRF (dpa)
E.article("brf", "BRF", "https://brf.be/international/1781432", None, "de", None,
          {"med": {"outlet": "lokale Medien", "wire": "dpa"}, "mil": {"outlet": "Das Militär", "wire": "dpa"}})
brf_80 = E.c("lokale Medien", "Todesopfer", "sprechen von", "30 bis 80", it=TOLL, iv=(30, 80), sp="local media (dpa)", via="med")
brf_den = E.c("Das Militär", "den Angriff", "verantwortlich für", polarity="denied", it=PERP, lab="military denied", st=NAFST, sp=MIL,
              qualifiers=["Die Luftwaffe habe zu dem Zeitpunkt des Angriffs keine Flugoperationen im Bundesstaat Kaduna durchgeführt"], via="mil")

# 27 Tagesspiegel (AFP)
E.article("tsp", "Tagesspiegel", "https://www.tagesspiegel.de/internationales/drohnenangriff-auf-muslimische-feier-nigerianische-armee-totet-versehentlich-bis-zu-85-zivilisten-10880386.html",
          None, "de", "Drohnenangriff auf muslimische Feier: Nigerianische Armee tötet versehentlich bis zu 85 Zivilisten",
          {"res": {"outlet": "Anwohner", "wire": "AFP"}, "res1": {"outlet": "Anwohner", "title": "der Nachrichtenagentur AFP", "wire": "AFP"},
           "aru": {"outlet": "Samuel Aruwan, örtlicher Sicherheitsbeauftragter", "wire": "AFP"}, "army": {"outlet": "Die Armee", "wire": "AFP"}})
tsp_85 = E.c("Anwohner", "Tote", "sprachen von", "85", it=TOLL, iv=85, st=RES_AFP, sp="residents (AFP)", via="res")
tsp_60 = E.c("Anwohner", "Verletzten", "sprachen von", "60", it=WOUND, iv=60, st=RES_AFP, sp="residents (AFP)", via="res")
tsp_30 = E.c("Anwohner", "Todesopfer", "seien bisher identifiziert worden", "30", it=TOLL, iv=(30, INF), sp="a resident (AFP)", via="res1")
tsp_doz = E.c("Samuel Aruwan, örtlicher Sicherheitsbeauftragter", "Verletzte", "seien in ein Krankenhaus der Hauptstadt Kadunas gebracht worden", "Dutzende",
              it=WOUND, iv=(20, INF), st=ARUWAN, sp=KDG, via="aru")
tsp_acc = E.c("Die Armee", "Mitglieder der Allgemeinheit", "ungewollt in Mitleidenschaft gezogen", it=ACCT, lab="by mistake", st=ARUWAN, sp=MIL,
              qualifiers=["bei einem Routine-Einsatz gegen Milizen"], via="army")

# 28 Epoch Times (AFP)
E.article("ept", "Epoch Times", "https://www.epochtimes.de/politik/ausland/nigerias-armee-toetet-bei-drohnenangriff-versehentlich-85-zivilisten-a4506454.html", None, "de",
          "Nigerias Armee tötet bei Drohnenangriff versehentlich 85 Zivilisten",
          {"nema": {"outlet": "Katastrophenschutzbehörde", "title": "Facebook-Seite", "wire": "AFP"}, "vil": {"outlet": "Dorfbewohner", "wire": "AFP"},
           "army": {"outlet": "Die Armee", "wire": "AFP"}, "afp": {"outlet": "AFP"}})
ept_85 = E.c("Katastrophenschutzbehörde", "Tote", "seien nach dem Angriff bereits bestattet worden", "85", it=TOLL, iv=(85, INF), st=NEMA, sp="NEMA",
             qualifiers=["Die Suche nach weiteren Opfern dauere an"], via="nema")
ept_vil = E.c("Dorfbewohner", "Toten", "sprachen ebenfalls von", "85", it=TOLL, iv=85, st=RES_AFP, sp="residents (AFP)", qualifiers=["darunter viele Frauen und Kinder"], via="vil")
ept_perp = E.c("Die Armee", "Dorfbewohner", "versehentlich getroffen zu haben", it=PERP, lab="Nigerian Army", st=ARUWAN, sp=MIL, when="Sonntagabend",
               qualifiers=["hatte am Montag eingeräumt"], via="army")
ept_zab = E.c("AFP", "Bauern", "getötet", "Mindestens 11", it="zabarmari-2023-farmers", iv=(11, INF), sp="AFP sources", ev="zabarmari-2023-11-farmers",
              actor="Mutmaßliche Boko-Haram-Dschihadisten", place="Bezirk Zabarmari außerhalb der Regionalhauptstadt Maiduguri", when="5. November 2023", via="afp")

# 29 Infobae (Europa Press)
E.article("ifb", "Infobae", "https://www.infobae.com/america/agencias/2023/12/04/el-ejercito-de-nigeria-mata-a-80-personas-tras-confundirlas-con-terroristas/",
          None, "es", "El Ejército de Nigeria mata a 80 personas tras confundirlas con terroristas",
          {"sr": {"outlet": "Sahara Reporters"}, "naf": {"outlet": "La Fuerza Aérea de Nigeria"}, "aru": {"outlet": "Samuel Aruwan, ministro de Interior del estado de Kaduna"}})
ifb_80 = E.c("Sahara Reporters", "personas", "han fallecido", "Al menos 80", it=TOLL, iv=(80, INF), sp="Sahara Reporters", place="Tudun Biriin, zona de Igabi, estado de Kaduna",
             via="sr")
ifb_den = E.c("La Fuerza Aérea de Nigeria", "La Fuerza Aérea de Nigeria", "implicación", polarity="denied", it=PERP, lab="not the Air Force", st=NAFST, sp=NAF,
              qualifiers=["en un primer momento", "dijo que no estaba operando en el estado de Kaduna"], via="naf")
ifb_perp = E.c("Samuel Aruwan, ministro de Interior del estado de Kaduna", "la implicación de las Fuerzas Aéreas", "ha confirmado", it=PERP, lab="Nigerian Air Force",
               st=ARUWAN, sp=KDG, via="aru")
ifb_acc = E.c("Samuel Aruwan, ministro de Interior del estado de Kaduna", "el Ejército de Nigeria", "realizando una misión rutinaria contra terroristas, pero inadvertidamente afectó a miembros de la comunidad",
              it=ACCT, lab="by mistake", st=ARUWAN, sp=KDG, via="aru")

# 30 Montevideo Portal (AFP)
E.article("mvd", "Montevideo Portal", "https://www.montevideo.com.uy/Noticias/Nigeria-85-personas-que-celebraban-una-fiesta-murieron-en-bombardeo-equivocado-con-dron-uc873050",
          None, "es", None,
          {"nema": {"outlet": "agencia nacional de gestión de emergencias (NEMA)", "title": "comunicado"}, "hab": {"outlet": "los habitantes"}})
mvd_85 = E.c("agencia nacional de gestión de emergencias (NEMA)", "cuerpos", "fueron enterrados hasta ahora", "85", it=TOLL, iv=(85, INF), st=NEMA, sp="NEMA",
             qualifiers=["mientras las búsquedas continúan"], via="nema")
mvd_66 = E.c("agencia nacional de gestión de emergencias (NEMA)", "personas", "fueron hospitalizadas", "66", it=WOUND, iv=66, st=NEMA, sp="NEMA", via="nema")
mvd_hab = E.c("los habitantes", "personas", "murieron", "85", it=TOLL, iv=85, st=RES_AFP, sp="residents (AFP)", qualifiers=["entre ellos mujeres y niños"], via="hab")
mvd_40k = E.c("Montevideo Portal", "personas", "ha matado", "más de 40.000", it="nigeria-conflict-dead", iv=(40001, INF), sp="Montevideo Portal",
              ev="nigeria-conflict-since-2009", when="desde 2009")

# 31 Periódico La Voz
E.article("lvz", "Periódico La Voz", "https://periodicolavoz.com.mx/mundo/dron-nigeriano-bombardea-por-accidente-una-fiesta-musulmana/285783", None, "es",
          "Dron nigeriano bombardea por accidente una fiesta musulmana",
          {"loc": {"outlet": "autoridades locales"}, "gov": {"outlet": "Uba Sani, gobernador estatal de Kaduna"}})
lvz_30 = E.c("autoridades locales", "personas", "habría cobrado la vida de", "30", it=TOLL, iv=30, sp="local authorities (La Voz)", hedge="habría", via="loc")
lvz_acc = E.c("Uba Sani, gobernador estatal de Kaduna", "Fieles musulmanes que celebraban el Mawlid", "fueron abatidos por error", it=ACCT, lab="by mistake", st=GOVSANI, sp=KDG,
              quote="Fieles musulmanes que celebraban el Mawlid fueron abatidos por error y muchos otros fueron heridos por el ataque de un dron militar que apuntaba contra terroristas y bandidos",
              via="gov")
lvz_perp = E.c("Uba Sani, gobernador estatal de Kaduna", "el ataque", "de un dron militar", actor="un dron militar", it=PERP, lab="Nigerian military", st=GOVSANI, sp=KDG, via="gov")

# 32 BioBioChile (El País)
E.article("bbc", "BioBioChile", "https://www.biobiochile.cl/noticias/internacional/africa/2023/12/05/el-ejercito-de-nigeria-mata-por-error-a-85-civiles-incluyendo-ninos-y-mujeres-en-un-ataque-aereo.shtml",
          None, "es", "El ejército de Nigeria mata por error a 85 civiles, incluyendo niños y mujeres, en un ataque aéreo",
          {"nema": {"outlet": "Agencia Nacional de Gestión de Emergencias (NEMA)", "wire": "El País"}, "army": {"outlet": "el ejército nigeriano"},
           "amn": {"outlet": "Amnistía Internacional"}, "amnx": {"outlet": "Amnistía Internacional", "title": "post on X (@AmnestyNigeria)", "published": "2023-12-04"}})
bbc_85 = E.c("Agencia Nacional de Gestión de Emergencias (NEMA)", "cuerpos", "han sido enterrados hasta ahora", "85", it=TOLL, iv=(85, INF), st=NEMA, sp="NEMA",
             qualifiers=["mientras prosigue la búsqueda"], via="nema")
bbc_den = E.c("el ejército nigeriano", "el ataque", "estar detrás de", polarity="denied", it=PERP, lab="military denied", st=NAFST, sp=MIL, qualifiers=["en un primer momento"],
              via="army")
bbc_perp = E.c("el ejército nigeriano", "su responsabilidad en la masacre", "terminaron admitiendo", it=PERP, lab="Nigerian Army", sp=MIL, via="army")
bbc_120 = E.c("Amnistía Internacional", "muertos", "elevando la cifra a", "120", it=TOLL, iv=(120, INF), st=AMN4, sp=AMN, via="amn")
bbc_mut = E.c("Amnistía Internacional", "people", "killed", "over 64", it="mutumji-2022-toll", iv=(65, INF), sp=AMN, ev="mutumji-2022-air-strike",
              actor="Nigerian Air Force", place="Mutumji village of Zamfara State", when="18 December 2022", via="amnx")
bbc_doma = E.c("Amnistía Internacional", "civilians", "killed", "over 40", it="doma-2023-toll", iv=(41, INF), sp=AMN, ev="doma-2023-air-strike",
               actor="Nigerian military air strike", place="Doma LGA of Nasarawa state", when="24 January 2023", via="amnx")

# 33 Il Post
E.article("ilp", "Il Post", "https://www.ilpost.it/2023/12/05/nigeria-drone-attacca-citta-civili-uccisi/", None, "it", None,
          {"army": {"outlet": "l'esercito nigeriano"}})
ilp_85 = E.c("Il Post", "civili", "sono stati uccisi", "85", it=TOLL, iv=85, sp="Il Post", actor="un drone dell'esercito", place="Tudun Biri, nello stato di Kaduna",
             when="domenica")
ilp_66 = E.c("Il Post", "feriti", "sono stati", "66", it=WOUND, iv=66, sp="Il Post")
ilp_perp = E.c("l'esercito nigeriano", "l'errore", "ha ammesso", it=PERP, lab="Nigerian Army", sp=MIL,
               qualifiers=["sostenendo che l'attacco fosse mirato a colpire un gruppo terroristico locale"], via="army")

# -- pairs across items, by hand ----------------------------------------------------------
P = E.pair
# Amnesty's cover-up charge: a claim about the military's accounts; it contradicts none of them outright (left unlisted)
# the NAF's denial that it struck, against tolls that name the NAF / its jet as the perpetrator
NAF_TOLLS = (nn2_30, tno_30)
for d in (nnl_den, nn1_den, nn2_den, chn_den, tno_den, drv_den, amb_den, alj_den, ifb_den):
    for t in NAF_TOLLS:
        P(d, t, "contradicts", "the NAF: its aircraft did not strike vs a toll of a strike by a NAF jet (entailed perpetrator)")
# the military's denial (as relayed) against tolls that say the army's drone killed the villagers
ARMY_TOLLS = (lgt_34, dsp_85, dp1_85, nnl_80, alj_85, ilp_85, vtg_85)
for d in (g36_den, brf_den, bbc_den):
    for t in ARMY_TOLLS:
        P(d, t, "contradicts", "the military denied the strike vs a toll of the army's (military's) strike: assertion and denial")
    for t in NAF_TOLLS:
        P(d, t, "contradicts", "the military denied the strike vs a toll of a strike by a NAF jet: assertion and denial")
# the army's own account: the strike by mistake on civilians; against the military's denial as relayed: revision
for d in (g36_den, brf_den, bbc_den):
    for a in (n102_acc, dsp_acc, gld_acc, rec_acc, tim_acc, tsp_acc):
        P(d, a, "revises", "the military first denied, then explained its strike as a mistake: the same speaker changes its account")
    P(d, nnl_80, "revises", "the military first denied the strike, later gave an official toll of its strike")
# one speaker, two statements, figures within each other: not revisions
P(lgt_66, dsp_60, "refines", "Dahiru: 66 in hospital (BBC Hausa) and 'over 60' injured (another interview): the same count, one within the other")
P(frt_75, dsp_60, "refines", "Dahiru: 'over 60' injured and, later, 75: 75 is within 'over 60'")
for a in (alj_120, sz_120, bbc_120):
    for b in (dp2_120, tor_120, dp3_120):
        P(a, b, "refines", "Amnesty: 120 (first toll, relayed as '120') and 'more than 120' (Sanusi): the same count, not a change of figure")
P(lvz_perp, n102_perp, "refines", "Kaduna State government: a military drone (the governor) and the Nigerian Army (Aruwan): the army is a part of the military")
P(lvz_perp, ifb_perp, "refines", "Kaduna State government: a military drone (the governor) and the Air Force (Aruwan, as Infobae relays him)")
# hard negatives
P(lgt_34, lgt_66, "unrelated", "34 of Dahiru's family dead vs 66 in hospital: other item")
P(tim_13, tim_ibr85, "unrelated", "13 of Ibrahim's family among the dead vs the 85 dead: a part and the whole, other item")
P(tor_17, tor_120, "unrelated", "17 dead from adjoining villages vs more than 120 dead: a part, other item")
P(tor_77, tor_85, "unrelated", "at least 77 bodies per mass grave vs NEMA's 85: other item")
P(dp2_77, dp2_85, "unrelated", "at least 77 bodies per mass grave vs NEMA's 85: other item")
P(nnl_87, nnl_80, "unrelated", "87 injured vs 80 killed: other item")
P(g36_300, g36_85, "unrelated", "at least 300 civilians killed in air strikes since 2017 (SBM, a count before this strike) vs the Tudun Biri toll")
P(bbc_mut, bbc_85, "unrelated", "Mutumji, Zamfara, Dec 2022 air strike vs Tudun Biri: another strike, place and day")
P(bbc_doma, bbc_85, "unrelated", "Doma, Nasarawa, Jan 2023 air strike vs Tudun Biri: another strike, place and day")
P(bbc_mut, bbc_120, "unrelated", "Amnesty's toll of the Mutumji strike vs its toll of Tudun Biri: same speaker, other incident")
P(ept_zab, ept_85, "unrelated", "11 farmers killed at Zabarmari (Borno), Nov 2023 vs Tudun Biri: other incident")
P(dsp_40k, dsp_85, "unrelated", "over 40,000 killed in the conflict since 2009 (aggregate, the jihadist war) vs the Tudun Biri toll")
P(mvd_40k, mvd_85, "unrelated", "more than 40,000 killed since 2009 (aggregate) vs the Tudun Biri toll")
P(vtg_trial, lgt_bombs, "unrelated", "two officers to be tried vs the second bomb: same figure, other item")
P(tor_4, tor_twice, "unrelated", "four of Saudatu's family vs bombed twice: other item")

E.write()
E.aggregate(dsp_40k, ["zabarmari-2023-11-farmers"])
E.aggregate(mvd_40k, ["zabarmari-2023-11-farmers"])
E.aggregate(g36_300, ["mutumji-2022-air-strike", "doma-2023-air-strike"])
E.write()
