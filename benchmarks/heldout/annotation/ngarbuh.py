"""ngarbuh-2020: the killing of civilians at Ngarbuh (Ntumbaw / Ntumbo, Ndu, Donga-Mantung, North-West
Cameroon), night of 13-14 February 2020.  Annotated blind (see ../ngarbuh-2020.md).

Per claim: the item (`it`), the statement relayed (`st`, echo), the speaker group (`sp`, revises), the
interval the written figure means (`iv`) or a qualitative label (`lab`), and the gold event (`ev`).
Pairs within an item are derived by lib.py; pairs across items are written by hand below.
"""
from lib import Event, INF, Q

E = Event("ngarbuh-2020")
S = E.src
_c = E.c

# readings the model cannot take as times: kept as qualifiers (see the event page)
E.bad_when = {"Friday's incident", "last February 14", "14th of February", "samedi 14 février 2020", "al mediodía del pasado viernes", "el viernes",
              "Feb. 13 and Feb. 14", "le matin du 14 février", "14 février", "Freitag", "14 de febrero"}
BAD_STATED = {"Monday", "lundi", "Tuesday", "dimanche", "am Dienstag", "este martes", "Thursday", "oggi", "16日"}


def _claim(*args, **fields):
    """Keeps a statement day the model cannot read (weekday, no dated report) as a qualifier."""
    if fields.get("stated") in BAD_STATED:
        fields["qualifiers"] = list(fields.get("qualifiers", [])) + ["stated " + fields.pop("stated")]
    return _c(*args, **fields)


E.c = _claim

# -- items ------------------------------------------------------------------------------
TOLL = "toll"          # civilians (villagers, people) killed at Ngarbuh on 14 Feb 2020
CHILD = "children"     # children among the dead
WOMEN = "women"        # women among the dead
U5 = "under-five"      # children under five among the dead
TERR = "separatists-killed"  # separatists ("terrorists") killed in the operation
ALLDEAD = "all-dead"   # every death in the operation, civilians and separatists together
HOUSES = "houses"      # houses burned
SOLD = "troops"        # members of the security forces in the operation
MILITIA = "militia"    # armed Fulani / vigilante members with them
ATTK = "attackers"     # attackers in all
PERP = "perp"          # who killed the civilians
CAUSE = "cause"        # how the civilians died
FIGHT = "firefight"    # whether there was an exchange of fire with separatists
DATE = "date"          # the day of the events
DISP = "displaced"     # people who fled Ngarbuh
CONFLICT = "conflict-toll"  # deaths in the anglophone conflict since 2017 (aggregate)
HRWDISP = "hrw-figure"  # the government's rejection of HRW's report
REPORT = "first-report"  # the government's admission that its first account rested on a biased report
ARREST = "charged"     # soldiers charged
GOV = "Cameroon government"   # speaker group: the army, the defence ministry, ministers, the presidency
UN = "UN"                     # speaker group: OCHA's office in the North-West and the UN human rights office

E.exclusive = {PERP, CAUSE, FIGHT, DATE}
L = E.labrel
L[frozenset(("security forces", "security forces and militia"))] = "refines"
L[frozenset(("armed men", "security forces"))] = "refines"
L[frozenset(("armed men", "security forces and militia"))] = "refines"
L[frozenset(("armed men", "separatists"))] = "refines"
L[frozenset(("armed men", "denied"))] = "compatible"
L[frozenset(("separatists", "denied"))] = "compatible"
L[frozenset(("shot and burned", "killed by the detachment; fires set to hide it"))] = "compatible"

# -- statements relayed by several articles (echo) ------------------------------------
ARMY17 = "the defence ministry's communiqué of Mon 17 Feb 2020 (Col. Cyrille Atonfack Guemo: an accident, fuel explosion, 5 dead, 7 terrorists)"
ATONAFP = "Atonfack Guemo to AFP by phone (five civilians, seven terrorists)"
ARMYFALSE = "an army official to AFP ('False')"
NUNAN = "OCHA's James Nunan to AFP and the press, 16 Feb 2020 (up to 22 civilians, 14 children, nine under five)"
NUNANRFI = "OCHA's James Nunan to RFI (22 civilians, 14 children, nine under five; shot, bodies burned)"
OHCHR = "the UN human rights office in Geneva, Tue 18 Feb 2020 (Colville, Bachelet: 23 killed, 15 children, some 40 armed men)"
SEP40 = "an anonymous separatist leader to Xinhua (some 40 civilians; no confrontation)"
HRW25 = "Human Rights Watch's report of 25 Feb 2020 (at least 21 civilians, 13 children; soldiers and armed Fulani)"
SADI27 = "Communication minister René Emmanuel Sadi's press conference of Thu 27 Feb 2020 (HRW's report false)"
BISHOP = "Bishop George Nkuo of Kumbo's letter of 18 Feb 2020 (24 killed, nine houses)"
AGBOR = "Felix Agbor (Nkongho) Mballa's Facebook post (state defence forces; 27 civilians)"
NGO26 = "the report of a coalition of 26 Cameroonian NGOs (Mandela Center, NDH-Cameroun), 27 Feb 2020 (more than 35 civilians)"
PRES21 = "the presidency's communiqué of Tue 21 Apr 2020 (Ferdinand Ngoh Ngoh: the commission of inquiry's findings)"
MRC = "the MRC's statement (the regime and the head of the security and defence forces responsible)"
WITAJ = "an eyewitness to Al Jazeera (buried 21 bodies; nine houses)"
VILX = "Ngarbuh villagers to Xinhua (pregnant woman and children; nine houses)"
MUT = "witnesses quoted by the daily Mutations (twenty killed, 13 houses)"

# -- sources --------------------------------------------------------------------------
S("James Nunan", "international_org", ["OCHA", "UN's humanitarian coordination agency", "United Nations"], "UN")
S("eyewitness", "witness", ["Ngarbuh resident"])
S("Movement for the Rebirth of Cameroon (MRC)", "other", ["MRC", "opposition party"])
S("army official", "state", ["Cameroon army"], "Cameroon")
S("Cyrille Atonfack Nguemo", "state", ["Army spokesperson", "Cameroonian army"], "Cameroon")
S("separatist leader", "armed_group", ["armed separatists"], "Ambazonian separatists")
S("villagers", "witness", ["villagers who survived the attack"])
S("United Nations", "international_org", ["UN", "OCHA"], "UN")
S("Colonel Cyrille Atonfack Guemo", "state", ["army spokesman", "Atonfack"], "Cameroon")
S("Atonfack Guemo", "state", ["spokesperson for the Cameroonian army"], "Cameroon")
S("Journal du Cameroun", "media", [])
S("Government", "state", ["Government of Cameroon"], "Cameroon")
S("Government of Cameroon", "state", ["commission of enquiry"], "Cameroon")
S("Human Rights Watch", "ngo", ["HRW"])
S("Rene Emmanuel Sadi", "state", ["Communication Minister", "Government spokesperson"], "Cameroon")
S("President Paul Biya's communication unit", "state", ["Authorities in Cameroon", "Cameroonian government"], "Cameroon")
S("survivors", "witness", ["eyewitness survivors"])
S("The government", "state", ["military"], "Cameroon")
S("aid officials", "other", [])
S("Bishop Nkuo", "other", ["Bishop of Kumbo", "George Nkuo", "Diocese of Kumbo"])
S("reports", "other", ["The SUN"])
S("Barrister Nkongho Felix Agbor", "other", ["Felix Agbor Mballa", "Agbor Balla"])
S("Rupert Colville", "international_org", ["UN High Commissioner for Human Rights", "UN"], "UN")
S("coalition of 26 Cameroonian NGOs", "ngo", ["Mandela Center", "New Human Rights-Cameroon"])
S("Ferdinand Ngoh Ngoh", "state", ["Secretary General of the Presidency of the Republic", "government"], "Cameroon")
S("Defense Boss, Joseph Beti Assomo", "state", ["Defence minister", "government"], "Cameroon")
S("Rights movements", "ngo", [])
S("ministère de la défense", "state", ["l'armée camerounaise"], "Cameroon")
S("Cyrille Atonfack Nguemo, porte-parole de l'armée camerounaise", "state", [], "Cameroon")
S("un chef séparatiste", "armed_group", [], "Ambazonian separatists")
S("un responsable humanitaire local de l'ONU", "international_org", ["ONU"], "UN")
S("le colonel Cyrille Atonfack Guemo", "state", ["porte-parole de l'armée", "l'armée du Cameroun"], "Cameroon")
S("ONG internationales", "ngo", [])
S("le gouvernement Camerounais", "state", ["le pouvoir"], "Cameroon")
S("James Nunan, le chef d'Ocha pour les régions du nord-ouest et du sud-ouest", "international_org", ["ONU", "OCHA"], "UN")
S("Cyrille Atonfack", "state", ["colonel Cyrille Atonfack, chef de la division de la communication du Mindef", "Mindef"], "Cameroon")
S("Human right Watch", "ngo", ["HRW", "organisations de défenses de droit de l'homme"])
S("Ferdinand Ngoh Ngoh, ministre d'Etat, secrétaire général de la présidence", "state", ["Gouvernement"], "Cameroon")
S("ONU", "international_org", [], "UN")
S("présidence", "state", ["communiqué de la présidence"], "Cameroon")
S("Joseph Beti Assomo", "state", ["ministre délégué à la présidence chargé de la défense"], "Cameroon")
S("René Emmanuel Sadi", "state", ["porte-parole du gouvernement"], "Cameroon")
S("la coordination du bureau humanitaire de l'Onu", "international_org", ["Onu"], "UN")
S("Verteidigungsministerium", "state", ["Armeesprecher Cyrille Atonfack Guemo", "Kameruns Armee"], "Cameroon")
S("Augenzeugen", "witness", ["Mutations"])
S("James Nunan", "international_org", [], "UN")
S("Michelle Bachelet", "international_org", ["UN-Hochkommissarin für Menschenrechte"], "UN")
S("Human Rights Watch (HRW)", "ngo", ["HRW"])
S("El gobierno", "state", ["gobierno camerunés"], "Cameroon")
S("Ejército de Camerún", "state", ["comunicado oficial"], "Cameroon")
S("ONU", "international_org", [], "UN")
S("RTVE", "media", [])
S("habitantes de la zona", "witness", ["residents"])
S("Bruno Ngeh", "witness", ["survivor", "teacher"])
S("colonnello Cyrille Atonfack Guemo", "state", ["portavoce dell'esercito camerunense"], "Cameroon")
S("Nazioni Unite", "international_org", [], "UN")
S("联合国人道事务协调厅(OCHA)地方官员努南", "international_org", ["联合国", "James Nunan"], "UN")
S("La Agencia de la ONU para los Refugiados", "international_org", ["ACNUR", "UNHCR"], "UN")

# 1 Al Jazeera, 17 Feb 2020
E.article("aj", "Al Jazeera", "https://www.aljazeera.com/news/2020/2/17/un-14-children-among-at-least-22-dead-in-cameroon-massacre?traffic_source=KeepReading",
          "2020-02-17", "en", "UN: 14 children among at least 22 dead in Cameroon massacre",
          {"ocha": {"outlet": "James Nunan", "wire": "AFP"}, "wit": {"outlet": "eyewitness"}, "mrc": {"outlet": "Movement for the Rebirth of Cameroon (MRC)", "title": "statement"},
           "army": {"outlet": "army official"}})
aj_22 = E.c("James Nunan", "civilians", "were killed", "up to 22", it=TOLL, iv=22, st=NUNAN, sp=UN, place="village of Ntumbo, Northwest Region", when="Friday",
            actor="armed men", quote="Up to 22 civilians were killed, including a pregnant woman", via="ocha")
aj_ch = E.c("James Nunan", "children", "among the dead", "14", it=CHILD, iv=14, st=NUNAN, sp=UN, qualifiers=["including nine under age five", "eleven of the children were girls"], via="ocha")
aj_u5 = E.c("James Nunan", "children under age five", "among the dead", "nine", it=U5, iv=9, st=NUNAN, sp=UN, via="ocha")
aj_wit = E.c("eyewitness", "bodies", "helped bury", "21", it=TOLL, iv=(21, INF), st=WITAJ, qualifiers=["in four graves in four different compounds", "with the help of an associate"], via="wit")
aj_hou = E.c("eyewitness", "houses", "were set ablaze", "nine", it=HOUSES, iv=9, st=WITAJ, via="wit")
aj_mrc = E.c("Movement for the Rebirth of Cameroon (MRC)", "these crimes", "chiefly responsible for",
             actor="the dictatorial regime and the supreme head of the security and defence forces", it=PERP, lab="security forces", st=MRC, sp="MRC",
             quote="The dictatorial regime [and] the supreme head of the security and defence forces are chiefly responsible for these crimes.", via="mrc")
aj_den = E.c("army official", "the army", "carried out the killings", polarity="denied", it=PERP, lab="denied", st=ARMYFALSE, sp=GOV, quote="False.",
             qualifiers=["no other official comment was immediately available"], via="army")

# 2 Xinhua, 17 Feb 2020
E.article("xin", "Xinhua", "http://www.xinhuanet.com/english/2020-02/17/c_138792780.htm", "2020-02-17", "en",
          "5 civilians killed in accidental explosion in Cameroon's restive Anglophone region",
          {"army": {"outlet": "Cyrille Atonfack Nguemo", "title": "statement", "published": "2020-02-17"}, "sep": {"outlet": "separatist leader"},
           "vil": {"outlet": "villagers"}})
xin_5 = E.c("Cyrille Atonfack Nguemo", "victims", "left", "five", it=TOLL, iv=5, st=ARMY17, sp=GOV, place="Ngarbuh village", when="Friday", stated="Monday",
            quote="This fire left five victims, including a woman and four children", via="army")
xin_cause = E.c("Cyrille Atonfack Nguemo", "the deaths", "caused by", "an accidental explosion of fuel containers", it=CAUSE, lab="fuel explosion in a firefight",
                st=ARMY17, sp=GOV, qualifiers=["several fuel containers", "when the military attacked separatist camps", "separatists retaliated with heavy fire"], via="army")
xin_sep = E.c("separatist leader", "civilians", "were killed", "some 40", hedge="claimed", it=TOLL, iv=(36, 44), st=SEP40, sp="separatists",
              qualifiers=["during the military operation", "under anonymity"], via="sep")
xin_nof = E.c("separatist leader", "confrontation between government soldiers and our fighters", "took place", polarity="denied", it=FIGHT, lab="no firefight",
              st=SEP40, sp="separatists", quote="there was never any confrontation between government soldiers and our fighters", via="sep")
xin_hou = E.c("villagers", "houses", "torched", "nine", it=HOUSES, iv=9, st=VILX, sp="villagers (Xinhua)", qualifiers=["a pregnant woman and several children including two toddlers among those killed"],
              via="vil")

# 3 The Sun (Nigeria), AFP
E.article("sun", "The Sun Nigeria", "https://www.sunnewsonline.com/cameroon-army-blames-accident-for-village-massacre/", None, "en",
          None,
          {"un": {"outlet": "United Nations"}, "afp": {"outlet": "Colonel Cyrille Atonfack Guemo", "title": "phone interview", "wire": "AFP"},
           "st": {"outlet": "Colonel Cyrille Atonfack Guemo", "title": "statement"}})
sun_22 = E.c("United Nations", "civilians", "died", "up to 22", it=TOLL, iv=22, st=NUNAN, sp=UN, qualifiers=["14 of them children"], when="Friday's incident", via="un")
sun_5 = E.c("Colonel Cyrille Atonfack Guemo", "civilians", "died", "Five", it=TOLL, iv=5, st=ATONAFP, sp=GOV, qualifiers=["a woman and four children"], via="afp")
sun_7 = E.c("Colonel Cyrille Atonfack Guemo", "terrorists", "neutralised", "seven", it=TERR, iv=7, st=ATONAFP, sp=GOV, via="afp")
sun_sold = E.c("Colonel Cyrille Atonfack Guemo", "soldiers and gendarmes", "carrying out nighttime reconnaissance on foot",
               Q("four soldiers and two gendarmes", 6, 6, "exact"), it=SOLD, iv=6, st=ARMY17, sp=GOV, qualifiers=["near a home transformed into a fortress"], via="st")

# 4 Journal du Cameroun, 17 Feb 2020
E.article("jc1", "Journal du Cameroun", "https://www.journalducameroun.com/en/cameroon-army-confirms-death-of-woman-children-in-ngarbuh/", "2020-02-17", "en",
          None,
          {"army": {"outlet": "Atonfack Guemo", "title": "statement"}})
jc1_5 = E.c("Atonfack Guemo", "persons", "killed", "at least five", it=TOLL, iv=(5, INF), st=ARMY17, sp=GOV, place="Ngarbuh, North West Region",
            qualifiers=["a woman and five children (sic)", "a violent explosion of containers of fuel led to fire"], via="army")
jc1_ch = E.c("Atonfack Guemo", "children", "were killed", "at least four", it=CHILD, iv=(4, INF), st=ARMY17, sp=GOV, qualifiers=["and one woman", "following a shoot out with separatists"], via="army")
jc1_7 = E.c("Atonfack Guemo", "separatist fighters", "death", "seven", it=TERR, iv=7, st=ARMY17, sp=GOV, when="Friday night", via="army")

# 5 Journal du Cameroun, 27 Feb 2020
E.article("jc2", "Journal du Cameroun", "https://www.journalducameroun.com/en/cameroon-president-biya-orders-commission-of-enquiry-into-ngarbuh-killings/",
          "2020-02-27", "en", None,
          {"gov": {"outlet": "Government"}})
jc2_20 = E.c("Journal du Cameroun", "civilians", "reported death", "at least twenty", it=TOLL, iv=(20, INF), sp="Journal du Cameroun", hedge="reported",
             when="last February 14", qualifiers=["including women and children"])
jc2_5 = E.c("Government", "persons", "killing", "five", it=TOLL, iv=5, sp=GOV, qualifiers=["an unfortunate incident that resulted from a reconnaissance operation of security forces",
                                                                                      "including one woman and four children"], via="gov")

# 6 Journal du Cameroun, 21 Apr 2020
E.article("jc3", "Journal du Cameroun", "https://www.journalducameroun.com/en/cameroon-govt-admits-soldiers-killed-civilians-burned-houses-in-ngarbuh/",
          "2020-04-21", "en", None,
          {"pres": {"outlet": "Government of Cameroon", "title": "communique from the Presidency of the Republic", "published": "2020-04-21"}})
jc3_13 = E.c("Government of Cameroon", "civilians", "death", "some thirteen", it=TOLL, iv=(12, 14), st=PRES21, sp=GOV, actor="army",
             place="Ngarbuh-Ntumbaw, North West region", when="last February 14", via="pres")
jc3_ch = E.c("Government of Cameroon", "children", "death", "ten", it=CHILD, iv=10, st=PRES21, sp=GOV, actor="army", via="pres")
jc3_burn = E.c("Government of Cameroon", "houses", "deliberate burning down to conceal the facts", it=CAUSE, lab="killed by the detachment; fires set to hide it",
               st=PRES21, sp=GOV, actor="army", via="pres")

# 7 Journal du Cameroun, Sadi refutes HRW (press conference "yesterday", 27 Feb)
E.article("jc4", "Journal du Cameroun", "https://www.journalducameroun.com/en/cameroon-govt-refutes-hrw-allegations-indicting-security-forces-of-ngarbuh-killings/",
          None, "en", None,
          {"hrw": {"outlet": "Human Rights Watch", "title": "report"}, "sadi": {"outlet": "Rene Emmanuel Sadi", "title": "late night press conference"}})
jc4_hrw = E.c("Human Rights Watch", "civilians", "deliberately killed", "at least twenty-one", it=TOLL, iv=(21, INF), st=HRW25, sp="HRW",
              actor="defence and security forces", when="last February 14", qualifiers=["including women and children"], via="hrw")
jc4_false = E.c("Rene Emmanuel Sadi", "HRW's balance sheet of this regrettable incident", "true", polarity="denied", it=HRWDISP, lab="HRW false", st=SADI27, sp=GOV,
                quote="Human Rights Watch, like several other groups…has been quick to publish a false balance sheet of this regrettable incident",
                qualifiers=["the report is overtly biased and grounded on baseless facts"], via="sadi")
jc4_fire = E.c("Rene Emmanuel Sadi", "a fire", "broke out in", "the fortified refuge containing explosives and flammable products stored by the rebels", it=CAUSE,
               lab="fuel explosion in a firefight", st=SADI27, sp=GOV, qualifiers=["during the clashes between six elite elements and the heavily armed secessionists"], via="sadi")
jc4_six = E.c("Rene Emmanuel Sadi", "elite elements of the Cameroonian Armed Forces", "clashes", "six", it=SOLD, iv=6, st=SADI27, sp=GOV, via="sadi")

# 8 Christian Post (April 2020)
E.article("cpo", "The Christian Post", "https://www.christianpost.com/news/cameroon-admits-soldiers-vigilantes-killed-10-kids-and-3-women-in-massacre.html",
          None, "en", "Cameroon admits soldiers, 'vigilantes' killed 10 kids, 3 women in massacre",
          {"pres": {"outlet": "President Paul Biya's communication unit", "title": "lengthy statement"}})
cpo_ch = E.c("President Paul Biya's communication unit", "children", "had died because of its actions", "10", it=CHILD, iv=10, st=PRES21, sp=GOV, actor="the detachment",
             via="pres")
cpo_w = E.c("President Paul Biya's communication unit", "women", "had died because of its actions", "three", it=WOMEN, iv=3, st=PRES21, sp=GOV, actor="the detachment", via="pres")
cpo_5 = E.c("President Paul Biya's communication unit", "terrorists", "were killed", "five", it=TERR, iv=5, st=PRES21, sp=GOV, qualifiers=["during an exchange of gunfire"],
            quote="Following an exchange of gunfire, during which five terrorists were killed, and many weapons seized, the detachment discovered that three women and 10 children had died because of its actions",
            via="pres")
cpo_perp = E.c("President Paul Biya's communication unit", "soldiers", "involved in the killing", actor="soldiers and vigilantes", it=PERP, lab="security forces and militia",
               st=PRES21, sp=GOV, when="Feb. 13 and Feb. 14", via="pres")

# 9 The New Humanitarian, 3 Mar 2020
E.article("tnh", "The New Humanitarian", "https://www.thenewhumanitarian.org/analysis/2020/03/03/Cameroon-Ambazonia-Ngarbuh-massacre", "2020-03-03", "en",
          "How an 'execution-style' massacre unfolded in Cameroon",
          {"sur": {"outlet": "survivors"}, "gov": {"outlet": "The government"}, "aid": {"outlet": "aid officials"}})
tnh_21 = E.c("survivors", "people", "killed", "at least 21", it=TOLL, iv=(21, INF), sp="survivors (TNH)", actor="government forces and an ethnic Fulani militia",
             when="14 February", qualifiers=["including 13 children and one pregnant woman", "more than a dozen eyewitness survivors"], via="sur")
tnh_ch = E.c("survivors", "children", "killed", "13", it=CHILD, iv=13, sp="survivors (TNH)", via="sur")
tnh_perp = E.c("survivors", "the killings", "to blame", actor="government forces and an ethnic Fulani militia", it=PERP, lab="security forces and militia", sp="survivors (TNH)", via="sur")
tnh_gov = E.c("The government", "the 14 February deaths", "blames", "an exploding fuel container", it=CAUSE, lab="fuel explosion in a firefight", sp=GOV,
              qualifiers=["calling reports of the killings 'terrorist propaganda'"], via="gov")
tnh_disp = E.c("aid officials", "people", "were displaced", "nearly 2,700", it=DISP + "-area", iv=(2500, 2699), ev="ngarbuh-2020-area-displacement",
               qualifiers=["by the violence and subsequent attacks in nearby villages"], via="aid")

# 10 Cameroon-Info.Net (Bishop of Kumbo)
E.article("cin", "Cameroon-Info.Net", "http://cameroon-info.net/article/cameroon-anglophone-crisis-despite-armys-unfortunate-accident-claims-kumbo-bishop-says-24-people-were-363405.html",
          None, "en", None,
          {"bp": {"outlet": "Bishop Nkuo", "title": "letter to all men and women of good will in the Diocese of Kumbo"}})
cin_24 = E.c("Bishop Nkuo", "people", "were killed", "twenty-four", it=TOLL, iv=24, st=BISHOP, sp="Kumbo diocese", actor="the military", place="Ngarbuh-Ntumbaw",
             when="14th of February", qualifiers=["among whom were pregnant women and little children", "the military invaded Ngarbuh at 4 a.m."], hedge="we are told", via="bp")
cin_hou = E.c("Bishop Nkuo", "houses", "were burnt down", "nine", it=HOUSES, iv=9, st=BISHOP, sp="Kumbo diocese", via="bp")

# 11 The SUN (Cameroon)
E.article("tsn", "The SUN (Cameroon)", "https://thesunnewspaper.cm/widespread-condemnation-killing-least-30-civilians-ngarbuh-village-nw", None, "en",
          "Widespread condemnation over killing of at least 30 civilians in Ngarbuh village, NW",
          {"rep": {"outlet": "reports"}, "agb": {"outlet": "Barrister Nkongho Felix Agbor", "title": "social media post", "published": "2020-02-16"}})
tsn_32 = E.c("reports", "civilians", "killing", "some 32", it=TOLL, iv=(29, 35), sp="The SUN's reports", hedge="allegedly", actor="the Cameroon Defence Forces",
             when="Friday, February 14, 2020", qualifiers=["a joint operation comprising the military, Mbororos and some ex-combatants"], via="rep")
tsn_27 = E.c("Barrister Nkongho Felix Agbor", "civilians", "gruesome murder", "27", it=TOLL, iv=27, st=AGBOR, sp="Agbor", actor="the State Defense Forces",
             when="14 February 2020", place="Ngarbuh, Donga Mantung Division", stated="Sunday, February 16, 2020", qualifiers=["including women and children"], via="agb")

# 12 Cameroon News Agency (OHCHR, 18 Feb)
E.article("cna", "Cameroon News Agency", "https://cameroonnewsagency.com/un-calls-for-investigations-into-killing-of-dozens-in-ngarbuh-nw-region/", None, "en",
          "Cameroon: UN Calls For Investigations Into Killing Of Dozens In Ngarbuh, NW Region",
          {"un": {"outlet": "Rupert Colville", "published": "2020-02-18"}, "gov": {"outlet": "Government", "title": "statement on Monday"}})
cna_23 = E.c("Rupert Colville", "people", "killed", "23", it=TOLL, iv=23, st=OHCHR, sp=UN, qualifiers=["among them 15 children, nine under five", "two pregnant women"], via="un")
cna_ch = E.c("Rupert Colville", "children", "among the people killed", "15", it=CHILD, iv=15, st=OHCHR, sp=UN, via="un")
cna_40 = E.c("Rupert Colville", "armed men", "attacked the village of Ngarbuh", "some 40", it=ATTK, iv=(36, 44), st=OHCHR, sp=UN,
             actor="armed men, including members of the security and defense forces", via="un")
cna_5 = E.c("Government", "people", "died in the fight between government forces and separatist fighters", "five", it=TOLL, iv=5, st=ARMY17, sp=GOV,
            qualifiers=["collateral damage"], via="gov")

# 13 Afrinews (26 NGOs), 27 Feb 2020
E.article("afn", "Afrinews", "https://www.afrinews.pro/2020/02/ngarbuh-26-ngos-reveal-hidden-truth.html", "2020-02-27", "en",
          "Ngarbuh: 26 NGOs reveal the hidden truth about the February 14 Scene",
          {"ngo": {"outlet": "coalition of 26 Cameroonian NGOs", "title": "18-page report"}})
afn_35 = E.c("coalition of 26 Cameroonian NGOs", "civilians", "were massacred", "more than 35", it=TOLL, iv=(36, INF), st=NGO26, sp="NGO coalition",
             actor="a local militia supervised by Cameroonian soldiers", place="Ngarbuh", qualifiers=["including 7 women and 14 children"], via="ngo")
afn_w = E.c("coalition of 26 Cameroonian NGOs", "women", "were massacred", "7", it=WOMEN, iv=7, st=NGO26, sp="NGO coalition", via="ngo")
afn_ch = E.c("coalition of 26 Cameroonian NGOs", "children", "were massacred", "14", it=CHILD, iv=14, st=NGO26, sp="NGO coalition", via="ngo")
afn_sold = E.c("coalition of 26 Cameroonian NGOs", "soldiers", "joint operation composed of", "six", it=SOLD, iv=6, st=NGO26, sp="NGO coalition", when="14 February 2020",
               qualifiers=["three armed men belonging to ex-combatants and many shepherds", "around 3 a.m."], via="ngo")

# 14 Mimi Mefo Info (21 Apr 2020)
E.article("mmf", "Mimi Mefo Info", "https://mimimefoinfos.com/heads-begin-to-roll-as-government-reveals-findings-of-inquiry-commission-on-ngarbuh-massacre/",
          None, "en", None,
          {"pres": {"outlet": "Ferdinand Ngoh Ngoh", "title": "communiqué from Secretary General of the Presidency of the Republic"}})
mmf_sold = E.c("Ferdinand Ngoh Ngoh", "servicemen and gendarmes", "unit made up of", Q("three servicemen and two gendarmes", 5, 5, "exact"), it=SOLD, iv=5, st=PRES21, sp=GOV,
               qualifiers=["led by Sergeant Baba Guida"], via="pres")
mmf_vig = E.c("Ferdinand Ngoh Ngoh", "vigilante members", "enlisted the support of", "some 17", it=MILITIA, iv=(15, 19), st=PRES21, sp=GOV, via="pres")
mmf_ch = E.c("Ferdinand Ngoh Ngoh", "children", "were killed", "three", it=CHILD, iv=3, st=PRES21, sp=GOV, qualifiers=["relays the communiqué's 'three women and 10 children' as 'three women and three children'"],
             via="pres")
mmf_5 = E.c("Ferdinand Ngoh Ngoh", "separatist fighters", "killed", "five", it=TERR, iv=5, st=PRES21, sp=GOV, via="pres")

# 15 Newsupfront (April 2020)
E.article("nup", "News Upfront", "https://newsupfront.com/ngarbuh-massacre-the-delayed-truth", None, "en", None,
          {"mod": {"outlet": "Defense Boss, Joseph Beti Assomo"}, "hrw": {"outlet": "Human Rights Watch", "title": "February Situation Report"},
           "rm": {"outlet": "Rights movements"}})
nup_7 = E.c("Defense Boss, Joseph Beti Assomo", "seperatist fighters", "neutralized", "seven (7)", it=TERR, iv=7, sp=GOV,
            qualifiers=["corroborated by government's spokesman Rene Emmanuel Sadi", "five (5) civilians including a woman killed"], via="mod")
nup_hrw = E.c("Human Rights Watch", "civilians", "killed", "twenty three (23)", it=TOLL, iv=23, st=HRW25, sp="HRW", qualifiers=["in the attacks on separate sites in Ngarbuh"],
              via="hrw")
nup_doz = E.c("Rights movements", "civilians killed", "were", "more than a dozen", it=TOLL, iv=(13, INF), sp="rights movements (News Upfront)", via="rm")

# 16 VOA Afrique
E.article("voa", "VOA Afrique", "https://voaafrique.com/a/5291853.html", None, "fr", None,
          {"mod": {"outlet": "ministère de la défense", "title": "communiqué"}})
voa_den = E.c("ministère de la défense", "massacre de populations par les forces de défense", "allégations", polarity="denied", it=PERP, lab="denied", st=ARMY17, sp=GOV,
              place="Ngarbuh", via="mod")
voa_12 = E.c("ministère de la défense", "personnes", "ont été tuées", "12", it=ALLDEAD, iv=12, st=ARMY17, sp=GOV, qualifiers=["un malheureux accident"], via="mod")
voa_5 = E.c("ministère de la défense", "civils", "tués", "5", it=TOLL, iv=5, st=ARMY17, sp=GOV, via="mod")

# 17 People's Daily (French), 18 Feb 2020
E.article("pdf", "Le Quotidien du Peuple", "http://french.peopledaily.com.cn/Afrique/n3/2020/0218/c96852-9658895.html", "2020-02-18", "fr", None,
          {"sep": {"outlet": "un chef séparatiste"}, "un": {"outlet": "un responsable humanitaire local de l'ONU", "title": "face à la presse"}})
pdf_40 = E.c("un chef séparatiste", "civils", "avaient été tués", "une quarantaine", it=TOLL, iv=(36, 44), st=SEP40, sp="separatists", qualifiers=["lors de l'opération de l'armée", "sous le couvert de l'anonymat"],
             via="sep")
pdf_22 = E.c("un responsable humanitaire local de l'ONU", "villageois", "avaient été tués", "22", it=TOLL, iv=22, st=NUNAN, sp=UN, actor="des hommes armés",
             qualifiers=["dont quatorze enfants"], via="un")

# 18 Le Griot (AFP)
E.article("lgr", "Le Griot", "http://www.legriot.info/25649-cameroun-anglophone-larmee-assimile-lattaque-meurtriere-contre-un-village-a-un-malheureux-accident.html",
          None, "fr", None,
          {"army": {"outlet": "le colonel Cyrille Atonfack Guemo", "title": "communiqué"}, "ong": {"outlet": "ONG internationales"}})
lgr_den = E.c("le colonel Cyrille Atonfack Guemo", "allégations mensongères", "dément formellement", polarity="denied", it=PERP, lab="denied", st=ARMY17, sp=GOV,
              qualifiers=["22 civils tués par des éléments de l'armée, selon une partie de l'opposition"], via="army")
lgr_5 = E.c("le colonel Cyrille Atonfack Guemo", "civils", "ont été tués", "cinq", it=TOLL, iv=5, st=ARMY17, sp=GOV, qualifiers=["seulement", "une femme et quatre enfants", "et non 22 comme annoncé sur les réseaux sociaux"],
            place="quartier de Ngarbuh du bourg de Ntumbo, région du Nord-Ouest", via="army")
lgr_7 = E.c("le colonel Cyrille Atonfack Guemo", "terroristes", "ont été mis hors d'état de nuire", "sept", it=TERR, iv=7, st=ARMY17, sp=GOV, via="army")
lgr_3000 = E.c("ONG internationales", "morts", "ont fait", "plus de 3.000", it=CONFLICT, iv=(3001, INF), sp="international NGOs (AFP)", ev="cameroon-anglophone-conflict",
               place="Nord-Ouest et Sud-Ouest du Cameroun", qualifiers=["depuis trois ans", "affrontements, exactions et crimes commis par les deux camps"], via="ong")

# 19 Actu Cameroun, 20 Feb 2020
E.article("acm", "Actu Cameroun", "https://actucameroun.com/2020/02/20/massacre-de-ngarbuh-lonu-et-letat-camerounais-a-couteaux-tiresvideo/amp/", "2020-02-20", "fr",
          "Massacre de Ngarbuh : l'Onu et l'État Camerounais à couteaux tirés (vidéo)",
          {"gov": {"outlet": "le gouvernement Camerounais"}})
acm_5 = E.c("le gouvernement Camerounais", "morts", "il y a", "5", it=TOLL, iv=5, sp=GOV, qualifiers=["le nombre de victimes est de cinq"], via="gov")
acm_0 = E.c("le gouvernement Camerounais", "enfant", "figure sur la liste des morts", polarity="denied", it=CHILD, iv=(0, 0), sp=GOV,
            qualifiers=["aucun enfant ne figure sur la liste des morts"], via="gov")

# 20 Abidjan TV (RFI)
E.article("abj", "AbidjanTV", "http://abidjantv.net/afrique-3/22-personnes-tuees-dont-14-enfants-dans-le-nord-ouest-anglophone-du-cameroun/", None, "fr",
          None,
          {"ocha": {"outlet": "James Nunan, le chef d'Ocha pour les régions du nord-ouest et du sud-ouest", "wire": "RFI"}})
abj_22 = E.c("James Nunan, le chef d'Ocha pour les régions du nord-ouest et du sud-ouest", "civils", "ont été tués", "vingt-deux", it=TOLL, iv=22, st=NUNANRFI, sp=UN,
             when="le matin du 14 février", place="village de Ntumbo", quote="vingt-deux civils ont été tués le matin du 14 février", via="ocha")
abj_ch = E.c("James Nunan, le chef d'Ocha pour les régions du nord-ouest et du sud-ouest", "enfants", "sur les vingt-deux victimes", "quatorze", it=CHILD, iv=14, st=NUNANRFI, sp=UN,
             via="ocha")
abj_u5 = E.c("James Nunan, le chef d'Ocha pour les régions du nord-ouest et du sud-ouest", "enfants de moins de cinq ans", "parmi les victimes", "neuf", it=U5, iv=9, st=NUNANRFI,
             sp=UN, hedge="nous sommes portés à croire", via="ocha")
abj_cause = E.c("James Nunan, le chef d'Ocha pour les régions du nord-ouest et du sud-ouest", "victimes", "tués par balles, corps brûlés dans des maisons incendiées",
                it=CAUSE, lab="shot and burned", st=NUNANRFI, sp=UN, qualifiers=["dans la plupart des cas"], via="ocha")
abj_perp = E.c("James Nunan, le chef d'Ocha pour les régions du nord-ouest et du sud-ouest", "ces personnes", "ont ciblé", actor="des hommes armés", it=PERP, lab="armed men",
               st=NUNANRFI, sp=UN, qualifiers=["pour une raison inconnue"], via="ocha")

# 21 News du Camer
E.article("ndc", "News du Camer", "http://www.newsducamer.com/tuerie-de-ngarbuh-larmee-avoue-le-crime-mais-relativise-et-se-justifie/", None, "fr",
          "Tuerie de Ngarbuh : L'armée avoue le crime, mais relativise et se justifie",
          {"mod": {"outlet": "Cyrille Atonfack", "title": "communiqué"}})
ndc_den = E.c("Cyrille Atonfack", "allégations mensongères", "dément formellement", polarity="denied", it=PERP, lab="denied", st=ARMY17, sp=GOV,
              quote="Le ministre de la Défense dément formellement ces allégations mensongères", via="mod")
ndc_7 = E.c("Cyrille Atonfack", "terroristes présents sur les lieux", "mise hors d'état de nuire", "7", it=TERR, iv=7, st=ARMY17, sp=GOV, when="14 février 2020", via="mod")
ndc_5 = E.c("Cyrille Atonfack", "victimes", "décompte", "cinq", it=TOLL, iv=5, st=ARMY17, sp=GOV, qualifiers=["dont une femme et quatre enfants"], via="mod")

# 22 Financial Afrik, 22 Apr 2020
E.article("fin", "Financial Afrik", "https://financialafrik.com/2020/04/22/cameroun-deux-mois-apres-le-gouvernement-reconnait-des-bavures-militaires-dans-la-zone-anglophone",
          "2020-04-22", "fr", None,
          {"pres": {"outlet": "Ferdinand Ngoh Ngoh, ministre d'Etat, secrétaire général de la présidence", "title": "communiqué", "published": "2020-04-21"},
           "hrw": {"outlet": "Human right Watch"}})
fin_hrw = E.c("Human right Watch", "personnes, essentiellement des femmes et des enfants", "froidement assassinées", "une quinzaine", it=TOLL, iv=(13, 17), st=HRW25, sp="HRW",
              via="hrw")
fin_5 = E.c("Ferdinand Ngoh Ngoh, ministre d'Etat, secrétaire général de la présidence", "terroristes", "ont été abattus", "cinq", it=TERR, iv=5, st=PRES21, sp=GOV,
            qualifiers=["written 'cinq (05)'", "après des échanges de tirs"], via="pres")
fin_ch = E.c("Ferdinand Ngoh Ngoh, ministre d'Etat, secrétaire général de la présidence", "enfants", "ont péri du fait de son action", "dix", it=CHILD, iv=10, st=PRES21, sp=GOV,
             actor="le détachement", qualifiers=["written 'dix (10)'", "et trois (03) femmes"], via="pres")

# 23 PressAfrik (April 2020)
E.article("pra", "PressAfrik", "https://www.pressafrik.com/Cameroun-arrestation-de-militaires-et-miliciens-suspectes-d-un-massacre-de-civils_a214971.html",
          None, "fr", None,
          {"un": {"outlet": "ONU"}, "pres": {"outlet": "présidence", "title": "communiqué lu à la radio nationale"}})
pra_23 = E.c("ONU", "civils", "ont été tués", "vingt-trois", it=TOLL, iv=23, st=OHCHR, sp=UN, when="14 février", place="Ngarbuh, un quartier du village de Ntumbah",
             qualifiers=["dont quinze enfants et deux femmes enceintes"], via="un")
pra_perp = E.c("présidence", "trois soldats et un groupe d'autodéfense", "impliqués", actor="trois soldats et un groupe d'autodéfense", it=PERP, lab="security forces and militia",
               st=PRES21, sp=GOV, via="pres")
pra_w = E.c("présidence", "femmes", "étaient mortes sous leurs balles", "trois", it=WOMEN, iv=3, st=PRES21, sp=GOV, qualifiers=["et dix enfants", "après des échanges de tirs avec des séparatistes"], via="pres")
pra_rep = E.c("présidence", "le compte-rendu d'un sergent à sa hiérarchie", "volontairement biaisé", it=REPORT, lab="first account biased", st=PRES21, sp=GOV,
              quote="Un sergent a volontairement biaisé le compte-rendu à sa hiérarchie (...) sur la base duquel le gouvernement a initialement fondé sa communication.",
              via="pres")

# 24 Camer.be (La Nouvelle Expression's reading of the ministers)
E.article("cmb", "Camer.be", "https://www.camer.be/79109/24:21/cameroun-massacres-dans-le-nord-ouest-qui-a-tue-qui-quand-ou-et-comment-cameroon.html", None, "fr",
          None,
          {"un": {"outlet": "la coordination du bureau humanitaire de l'Onu"}, "ba": {"outlet": "Joseph Beti Assomo", "wire": "La Nouvelle Expression"},
           "sa": {"outlet": "René Emmanuel Sadi", "wire": "La Nouvelle Expression"}})
cmb_22 = E.c("la coordination du bureau humanitaire de l'Onu", "morts", "il y a eu", "au moins vingt deux", it=TOLL, iv=(22, INF), st=NUNAN, sp=UN,
             qualifiers=["parmi eux quatorze enfants, une mère enceinte et deux femmes qui portaient leurs bébés"], via="un")
cmb_dba = E.c("Joseph Beti Assomo", "les événements de Ngarbuh", "ont eu lieu", it=DATE, lab="14 Feb", sp="Beti Assomo", when="samedi 14 février 2020", via="ba")
cmb_dsa = E.c("René Emmanuel Sadi", "les événements de Ngarbuh", "se sont produits", it=DATE, lab="15 Feb", sp="Sadi", when="samedi 15 février 2020", via="sa")

# 25 taz
E.article("taz", "taz", "https://taz.de/Konflikt-in-Kamerun/!5664960/", None, "de", "Geleugnetes Massaker",
          {"mod": {"outlet": "Verteidigungsministerium", "title": "Verlautbarung"}, "mut": {"outlet": "Augenzeugen", "wire": "Mutations"},
           "un": {"outlet": "James Nunan", "wire": "AFP"}})
taz_ch = E.c("Verteidigungsministerium", "Kinder", "seien gestorben", "vier", it=CHILD, iv=4, st=ARMY17, sp=GOV, qualifiers=["eine Frau und vier Kinder", "ein bedauerlicher Unfall"],
             via="mod")
taz_hou = E.c("Augenzeugen", "Häuser", "seien in Flammen aufgegangen", "13", it=HOUSES, iv=13, st=MUT, sp="Mutations' witnesses", via="mut")
taz_20 = E.c("Augenzeugen", "Menschen", "seien getötet worden", "zwanzig", it=TOLL, iv=20, st=MUT, sp="Mutations' witnesses", actor="Bewaffnete in Armeeuniformen",
             qualifiers=["viele davon lebendig verbrannt"], via="mut")
taz_22 = E.c("James Nunan", "Zivilisten", "getötet", "mindestens 22", it=TOLL, iv=(22, INF), st=NUNAN, sp=UN, qualifiers=["davon 14 Kinder"], via="un")

# 26 epd (evangelisch.de), 18 Feb 2020
E.article("epd", "evangelisch.de (epd)", "https://mein.evangelisch.de/inhalte/166089/18-02-2020/un-fordern-untersuchung-von-massaker-kamerun", "2020-02-18", "de",
          None,
          {"un": {"outlet": "Michelle Bachelet", "published": "2020-02-18"}})
epd_23 = E.c("Michelle Bachelet", "Menschen", "seien ermordet worden", "23", it=TOLL, iv=23, st=OHCHR, sp=UN, when="Freitag", qualifiers=["die meisten Opfer seien Kinder gewesen"],
             via="un")
epd_fled = E.c("Michelle Bachelet", "Menschen", "hätten die Flucht ergriffen", "Hunderte", it=DISP, iv=(200, 999), st=OHCHR, sp=UN, via="un")
epd_40 = E.c("Michelle Bachelet", "Angreifer", "unter den Angreifern auch Angehörige der Streitkräfte", "etwa 40", it=ATTK, iv=(36, 44), st=OHCHR, sp=UN,
             qualifiers=["laut Zeugen"], via="un")

# 27 Anadolu (Spanish), 26 Feb 2020
E.article("aa", "Anadolu Agency (español)", "https://www.aa.com.tr/es/mundo/al-menos-21-civiles-fueron-masacrados-en-camer%C3%BAn-/1745002", "2020-02-26", "es",
          "Al menos 21 civiles fueron masacrados en Camerún",
          {"hrw": {"outlet": "Human Rights Watch (HRW)", "title": "informe", "published": "2020-02-25"}, "gov": {"outlet": "El gobierno"}})
aa_21 = E.c("Human Rights Watch (HRW)", "civiles", "causaron la muerte", "al menos 21", it=TOLL, iv=(21, INF), st=HRW25, sp="HRW",
            actor="las fuerzas del gobierno camerunés y pastores étnicos armados llamados Fulani", place="aldea de Ngarbuh", when="14 de febrero",
            qualifiers=["13 niños y una mujer embarazada entre las víctimas"], via="hrw")
aa_sold = E.c("Human Rights Watch (HRW)", "soldados", "responsables de las masacres", "de 10 a 15", it=SOLD, iv=(10, 15), st=HRW25, sp="HRW",
              qualifiers=["incluidos miembros del Batallón de Intervención Rápida (BIR)"], via="hrw")
aa_ful = E.c("Human Rights Watch (HRW)", "Fulani", "responsables de las masacres", "al menos 30", it=MILITIA, iv=(30, INF), st=HRW25, sp="HRW", via="hrw")
aa_den = E.c("El gobierno", "las acusaciones", "niega", polarity="denied", it=PERP, lab="denied", sp=GOV, via="gov")

# 28 RTVE, 17 Feb 2020
E.article("rtv", "RTVE", "https://rtve.es/noticias/20200217/ejercito-camerun-reconoce-muerte-mujeres-ninos-enfrentamiento-con-independentistas/2002045.shtml",
          "2020-02-17", "es", "El Ejército de Camerún reconoce la muerte de mujeres y niños en un enfrentamiento con los separatistas",
          {"army": {"outlet": "Ejército de Camerún", "title": "comunicado oficial"}, "un": {"outlet": "ONU"}, "army0": {"outlet": "Ejército de Camerún"}})
rtv_5 = E.c("Ejército de Camerún", "civiles", "mató", "cinco", it=TOLL, iv=5, st=ARMY17, sp=GOV, qualifiers=["\"solo\"", "cuatro niños y una mujer", "la explosión de contenedores de combustible"],
            place="aldea de Ntumbo", when="al mediodía del pasado viernes", via="army")
rtv_22 = E.c("ONU", "civiles", "murieron", "22", it=TOLL, iv=22, st=NUNAN, sp=UN, qualifiers=["entre ellos 14 niños", "cita como fuente a testigos de la aldea"], via="un")
rtv_sep = E.c("Ejército de Camerún", "los civiles", "asesinado por venganza", actor="las propias milicias independentistas", it=PERP, lab="separatists", sp=GOV,
              qualifiers=["en un primer momento"], via="army0")
rtv_3000 = E.c("RTVE", "muertos", "ha causado", "unos 3.000", it=CONFLICT, iv=(2700, 3300), sp="RTVE", ev="cameroon-anglophone-conflict",
               qualifiers=["el conflicto con las regiones anglófonas"])

# 29 20minutos (AP)
E.article("vmn", "20minutos", "https://www.20minutos.com/noticia/268310/0/ninos-pequenos-caen-victima-del-conflicto-interno-en-camerun/", None, "es",
          "Niños pequeños caen víctima del conflicto interno en Camerún",
          {"res": {"outlet": "habitantes de la zona", "wire": "AP"}, "gov": {"outlet": "El gobierno", "title": "comunicado", "wire": "AP"},
           "ngeh": {"outlet": "Bruno Ngeh", "wire": "AP"}})
vmn_22 = E.c("habitantes de la zona", "personas", "murieron en combates", "22", it=TOLL, iv=22, sp="residents (AP)", when="el viernes", place="aldea de Ngarbu",
             qualifiers=["varios niños pequeños entre ellos", "combates entre rebeldes separatistas y fuerzas oficialistas"], via="res")
vmn_8 = E.c("El gobierno", "miembros de las fuerzas de seguridad", "realizaron un operativo contra separatistas", "ocho", it=SOLD, iv=8, st=ARMY17, sp=GOV, when="14 de febrero",
            via="gov")
vmn_ngeh = E.c("Bruno Ngeh", "las fuerzas armadas", "responsables de la masacre", actor="las fuerzas armadas", it=PERP, lab="security forces", sp="Bruno Ngeh",
               quote="asesinados por el mismo ejército que debería protegerlos", via="ngeh")

# 30 Africa Rivista (June 2020)
E.article("ari", "Africa Rivista", "https://africarivista.it/camerun-militari-sotto-accusa/161208", None, "it", None,
          {"army": {"outlet": "colonnello Cyrille Atonfack Guemo", "title": "dichiarazione alla stampa"}, "un": {"outlet": "Nazioni Unite"},
           "hrw": {"outlet": "Human Rights Watch (HRW)"}})
ari_3 = E.c("colonnello Cyrille Atonfack Guemo", "soldati camerunensi", "sono stati accusati della strage", "tre", it=ARREST, iv=3, sp=GOV, stated="oggi",
            qualifiers=["accusati, tra l'altro, di omicidio", "misura detentiva provvisoria nella prigione militare di Yaoundé"], via="army")
ari_23 = E.c("Nazioni Unite", "vittime", "ha provocato", "almeno 23", it=TOLL, iv=(23, INF), st=OHCHR, sp=UN, via="un")
ari_21 = E.c("Human Rights Watch (HRW)", "civili", "aver ucciso", "almeno 21", it=TOLL, iv=(21, INF), st=HRW25, sp="HRW", actor="le forze armate",
             qualifiers=["tra cui 13 bambini e una donna incinta"], via="hrw")

# 31 Qianzhou CNS (Chinese), 17 Feb 2020
E.article("qzc", "中国新闻网 (泉州)", "http://m.qzcns.com/qznews/2020/0217/596715.html", "2020-02-17", "zh", "西非国家喀麦隆一村落22名平民遇害 包括14名儿童",
          {"un": {"outlet": "联合国人道事务协调厅(OCHA)地方官员努南", "wire": "中央社"}})
qzc_22 = E.c("联合国人道事务协调厅(OCHA)地方官员努南", "平民", "遇害", "22", it=TOLL, iv=22, st=NUNAN, sp=UN, actor="一群武装男子", place="喀麦隆西北部村庄屯波(Ntumbo)",
             stated="16日", qualifiers=["多达22名平民遇害", "14日"], via="un")
qzc_ch = E.c("联合国人道事务协调厅(OCHA)地方官员努南", "儿童", "死者包括", "14", it=CHILD, iv=14, st=NUNAN, sp=UN, qualifiers=["其中9人不到5岁"], via="un")

# 32 Frontera Viva: another incident in Cameroon (hard negative)
E.article("fva", "Frontera Viva", "https://www.fronteraviva.com/indignacion-por-el-ataque-contra-un-campo-de-desplazados-en-camerun/", None, "es",
          None,
          {"acnur": {"outlet": "La Agencia de la ONU para los Refugiados"}})
fva_18 = E.c("La Agencia de la ONU para los Refugiados", "refugiados", "muerte", "18", it="idp-camp-toll", iv=18, ev="cameroon-2020-nguetchewe-idp-camp",
             place="campo para desplazados cerca del pueblo de Nguetchewe, norte de Camerún", qualifiers=["un explosivo", "en la madrugada del fin de semana"], via="acnur")
fva_11 = E.c("La Agencia de la ONU para los Refugiados", "refugiados", "resultaron heridos", "11", it="idp-camp-wounded", iv=11, ev="cameroon-2020-nguetchewe-idp-camp", via="acnur")

# -- pairs across items, by hand ----------------------------------------------------------
P = E.pair
# the government's denials (and its early blame on the separatists) against every claim that the security forces killed the civilians
DEN = (aj_den, voa_den, lgr_den, ndc_den, aa_den)
ACC = (aj_mrc, tnh_21, tnh_perp, cin_24, tsn_32, tsn_27, afn_35, taz_20, aa_21, aa_sold, ari_21, jc4_hrw, vmn_ngeh, cna_40, epd_40)
ADMIT = (cpo_perp, pra_perp, jc3_13, jc3_ch, jc3_burn, cpo_ch, cpo_w, fin_ch)
for d in DEN:
    for a in ACC:
        P(d, a, "contradicts", "the army denies that its forces killed the civilians vs a claim that they did: assertion and denial")
    for a in ADMIT:
        P(d, a, "revises", "the government admits in April that its soldiers killed the civilians: it revises its denial")
# the army's early accusation of the separatists against claims naming the security forces
for a in ACC:
    P(rtv_sep, a, "contradicts", "the army first blamed separatist militias vs a claim that the security forces killed the civilians: different perpetrators")
for a in ADMIT:
    P(rtv_sep, a, "revises", "the government first blamed the separatists, then admitted its soldiers killed the civilians")
# the army's accident account (fuel explosion) against accounts of deliberate killing by the security forces
ACCIDENT = (xin_cause, jc4_fire, tnh_gov)
for a in ACCIDENT:
    for b in ACC:
        P(a, b, "contradicts", "the army: the civilians died in an accidental fuel explosion during a firefight vs a claim that the security forces killed them")
    for b in ADMIT:
        if b is jc3_burn:
            continue  # same item: derived (revises)
        P(a, b, "revises", "the government's accident account, then its admission that the detachment's action killed the civilians")
    P(a, pra_rep, "revises", "the government says its first account rested on a deliberately biased report: it revises the accident account")
    P(rtv_sep, a, "revises", "the army first blamed the separatists, then called it an accident (fuel explosion): it changed its account")
# HRW's report is false (Sadi) vs HRW's figures and account
for h in (jc4_hrw, nup_hrw, fin_hrw, aa_21, ari_21, aa_sold, aa_ful):
    P(jc4_false, h, "contradicts", "the government: HRW's balance sheet is false vs HRW's report")
# the separatists: no confrontation took place vs the government's separatists killed in an exchange of fire, and the firefight account
for t in (sun_7, jc1_7, nup_7, lgr_7, ndc_7, cpo_5, mmf_5, fin_5, voa_12, xin_cause, jc4_fire, tnh_gov, jc4_six):
    P(xin_nof, t, "contradicts", "separatists: never any confrontation vs the government: separatists killed in an exchange of fire (entailed firefight)")
# the commission's report of a biased first account against the army's first figures
for a in (xin_5, sun_5, jc1_5, jc2_5, cna_5, voa_5, lgr_5, ndc_5, rtv_5, acm_5):
    P(pra_rep, a, "revises", "the presidency: the first account (five civilians) rested on a deliberately biased report")
# one speaker, one figure: relays that add "at least" to the same count are not revisions
P(taz_22, abj_22, "agrees", "OCHA's Nunan: 22 to AFP (relayed 'mindestens 22') and 22 to RFI: same speaker, same figure")
P(cmb_22, abj_22, "agrees", "OCHA's Nunan: 22 (relayed 'au moins vingt deux') and 22 to RFI: same speaker, same figure")
for g in (jc2_5, sun_5, acm_5):
    P(jc1_5, g, "agrees", "the army's five (relayed 'at least five') and the government's five on another occasion: same speaker, same figure")
# hard negatives
P(aj_u5, aj_hou, "unrelated", "nine children under five vs nine houses set ablaze: same figure, other item")
P(abj_u5, cin_hou, "unrelated", "nine children under five vs nine houses burnt: same figure, other item")
P(afn_w, sun_7, "unrelated", "seven women among the dead (NGOs) vs seven terrorists neutralised (army): same figure, other item")
P(taz_hou, jc3_13, "unrelated", "13 houses burned vs some thirteen civilians dead: same figure, other item")
P(ari_3, pra_w, "unrelated", "three soldiers charged vs three women killed: same figure, other item")
P(voa_12, voa_5, "unrelated", "12 dead in all vs 5 civilians among them: a total and its part, other item")
P(fva_18, cna_23, "unrelated", "18 refugees killed at Nguetchewe (Far North) vs 23 killed at Ngarbuh: same country, other place and day")
P(fva_18, xin_sep, "unrelated", "Nguetchewe camp attack vs Ngarbuh: other incident")
P(lgr_3000, lgr_5, "unrelated", "more than 3,000 dead in three years of conflict (aggregate) vs the Ngarbuh toll")
P(rtv_3000, rtv_22, "unrelated", "about 3,000 dead in the conflict (aggregate) vs the Ngarbuh toll")
P(tnh_disp, epd_fled, "unrelated", "2,700 displaced by Ngarbuh and subsequent attacks in nearby villages (aggregate) vs hundreds who fled Ngarbuh")
P(tnh_disp, tnh_21, "unrelated", "displaced vs killed: other item")
P(epd_40, epd_23, "unrelated", "about 40 attackers vs 23 killed: other item")
P(mmf_vig, mmf_sold, "unrelated", "17 vigilantes vs five servicemen: other item of the same operation")
P(sun_sold, sun_5, "unrelated", "six soldiers and gendarmes vs five civilians dead: other item")

E.write()
E.aggregate(tnh_disp, ["ngarbuh-2020"])
E.aggregate(lgr_3000, ["ngarbuh-2020"])
E.aggregate(rtv_3000, ["ngarbuh-2020"])
E.write()
