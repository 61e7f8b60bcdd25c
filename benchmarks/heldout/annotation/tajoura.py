"""tajoura-2019: air strike on the Tajoura migrant detention centre, eastern Tripoli, Libya, night of 2-3 July 2019.

Annotated blind (no claimrec judgement run on it): per claim, the annotator's reading (item, relayed
statement, speaker group, the interval a figure means or a qualitative label, gold event); lib.py
derives the pairs within an item; pairs across items are written by hand at the end.
"""
from lib import Event, INF, Q


PERP = "perp"          # who carried out the strike on the centre (labels)


class TajouraEvent(Event):
    """Two rules added to lib.py's derivation. First (as kunduz.py): two figures of one speaker from two
    statements that share their lower bound, one exact and one open ("at least 40" and "40"),
    refine each other; they are not a revision."""

    def c(self, source, subject, predicate, value=None, **fields):
        """A perpetrator named as the value of "attributed to" / "blamed on" is the claim's actor."""
        if fields.get("it") == PERP and isinstance(value, str) and not fields.pop("keep_value", False):
            if "actor" in fields:
                fields["qualifiers"] = list(fields.get("qualifiers", [])) + [value]
            else:
                fields["actor"] = value
            value = None
        return super().c(source, subject, predicate, value, **fields)

    def _judge(self, item, ma, mb):
        if ma["st"] and ma["st"] == mb["st"]:
            return super()._judge(item, ma, mb)
        if item == PERP and ma["sp"] == mb["sp"] and ma["lab"] != mb["lab"]:
            # second rule (as olenivka.py, maikadra.py): on who struck, two labels of one speaker that can both
            # hold ("Haftar's planes" and "a foreign aircraft") are parts of one account; only labels that
            # exclude each other (a denial, then "a technical fault of the aircraft") are a revision
            lr = self.labrel.get(frozenset((ma["lab"], mb["lab"])), "compatible")
            desc = f"({self._fmt(ma)} / {self._fmt(mb)})"
            if lr == "contradicts":
                return ("revises", f"same speaker changes its account {desc}")
            return (lr, f"same speaker, parts of one account: {ma['lab']} / {mb['lab']} {desc}")
        if ma["sp"] == mb["sp"] and ma["iv"] is not None and mb["iv"] is not None and ma["iv"] != mb["iv"] and ma["iv"][0] == mb["iv"][0]:
            return ("refines", f"same speaker, same lower bound, one figure within the other ({self._fmt(ma)} / {self._fmt(mb)})")
        return super()._judge(item, ma, mb)


E = TajouraEvent("tajoura-2019")
S = E.src
TOLL = "toll"          # migrants killed in the strike on the centre
WOUND = "wounded"      # people wounded in the strike
PERP = "perp"          # who carried out the strike on the centre (labels)
HANGAR = "hangar"      # people held in the hangar that was hit
CENTRE = "centre"      # people held in the whole centre at the time
GUARDS = "guards"      # guards fired on migrants fleeing
STRIKES = "strikes"    # how many strikes hit the compound
KIDS = "children"      # children among the dead
# days the model cannot read (no dated report, or no year): kept as qualifiers
E.bad_when = {"mardi", "martedì sera", "Monday", "la nuit de mardi à mercredi", "nuit de mardi à mercredi",
              "in der Nacht zu Mittwoch", "in der Nacht auf Mittwoch", "in der Nacht zum Mittwoch", "la noche del martes", "martes de noche",
              "nella notte tra martedì e mercoledì", "questa notte", "early Wednesday", "Wednesday", "الأربعاء", "أمس الأربعاء",
              "last July", "July", "in July", "juillet dernier", "early hours on 3 July", "nuit du mardi à mercredi", "7 de mayo de 2019", "3 يوليو 2019", "يوليو 2019"}

# -- statements relayed by several articles (echo) -----------------------------------
OSAMA = "emergency services spokesman Osama Ali, early Wed 3 Jul 2019 (preliminary: nearly 40 killed, 70+ wounded, 120 in the hangar)"
MERSET = "health ministry spokesman Malek Merset, night of 2-3 Jul 2019 (40 killed, 80 wounded)"
GNAPC = "GNA Presidency Council statement, early Wed 3 Jul 2019 (Haftar's air force, deliberate and precise; dozens killed and wounded)"
UNSMIL = "UNSMIL statement / Ghassan Salamé, Wed 3 Jul 2019 (at least 44 killed, more than 130 severely injured; possible war crime)"
MESMARI = "LNA spokesman Ahmad al-Mesmari, Wed 3 Jul 2019 (denies LNA responsibility, blames the GNA)"
LNAREU = "LNA official to Reuters, 3 Jul 2019 (denial: Tripoli-allied militias shelled the centre after an LNA precision strike on a camp)"
LNACMD = "LNA general command statement, 3 Jul 2019 (denies the 'allegations'; the centre used by militias for military purposes)"
OCHA = "UN OCHA report, Thu 4 Jul 2019 (53 killed incl. 6 children, 130 wounded; two strikes; guards fired on fleeing migrants)"
IOMF = "IOM statement / Joel Millman, Fri 5 Jul 2019 (53 dead incl. 6 children; 600+ migrants of 17 nationalities; 350 remain)"
IOMT = "IOM's Safa Msehli to AFP, Thu 4 Jul 2019 (more than 44 dead, 130 wounded; 300 still in the centre)"
WHO = "WHO, Fri 5 Jul 2019 (53 dead, 130 wounded)"
UNAY30 = "GNA health ministry spokesman Fawzi Unayyis to Anadolu, 3 Jul 2019 (at least 30 killed)"
UNAY40 = "GNA health ministry spokesman Fawzi Unayyis to Anadolu, 3 Jul 2019 (at least 40 killed, 80 wounded)"
DCIM53 = "DCIM figure given in the UN report of Jan 2020 (53 killed, 87 wounded)"
UNREP = "UNSMIL/OHCHR report on Tajoura, Mon 27 Jan 2020 (two strikes; aircraft of a foreign state probably; at least 53)"
BBCUN = "confidential UN investigation seen by BBC, Nov 2019 (foreign state's aircraft; Mirage 2000-9)"
BASH_F = "GNA interior minister Fathi Bashagha (strikes by 'foreign' aircraft)"

# -- 1 francetvinfo (AFP) -------------------------------------------------------------
S("Osama Ali", "state", ["porte-parole des services de secours", "emergency services spokesman"], "GNA")
S("gouvernement d'union nationale (GNA)", "state", ["GNA", "gouvernement d'union nationale"], "GNA")
S("Haut commissariat des Nations unies pour les réfugiés (HCR)", "international_org", ["HCR", "UNHCR"], "UN")
S("francetvinfo", "media", [])
E.article("ftv", "francetvinfo", "https://www.francetvinfo.fr/monde/afrique/libye/libye-des-dizaines-de-victimes-apres-la-frappe-contre-un-centre-de-migrants_3518819.html",
          None, "fr", "Libye : des dizaines de victimes après la frappe contre un centre de migrants",
          {"osa": {"outlet": "Osama Ali", "wire": "AFP"}, "gna": {"outlet": "gouvernement d'union nationale (GNA)", "title": "communiqué"},
           "hcr": {"outlet": "Haut commissariat des Nations unies pour les réfugiés (HCR)", "title": "Twitter"}})
ftv_40 = E.c("Osama Ali", "migrants", "ont été tués", "près de 40", it=TOLL, iv=(36, 40), st=OSAMA, sp="emergency services", place="Tajoura, banlieue de Tripoli",
             when="mardi 2 juillet 2019", hedge="provisional", qualifiers=["bilan préliminaire", "le bilan pourrait s'aggraver"], via="osa")
ftv_w = E.c("Osama Ali", "migrants", "ont été blessés", "au moins 70", it=WOUND, iv=(70, INF), st=OSAMA, sp="emergency services", hedge="provisional", via="osa")
ftv_h = E.c("Osama Ali", "migrants", "étaient détenus dans le hangar", "120", it=HANGAR, iv=120, st=OSAMA, sp="emergency services", qualifiers=["le hangar atteint de plein fouet"], via="osa")
ftv_gna = E.c("gouvernement d'union nationale (GNA)", "l'attaque contre le centre de migrants", "attribue", "Khalifa Haftar", it=PERP, lab="LNA", st=GNAPC, sp="GNA",
              actor="forces pro-Haftar", quote="un crime odieux", qualifiers=["attaque « préméditée » et « précise »"], via="gna")
ftv_nc = E.c("francetvinfo", "la frappe contre le centre", "revendiquée", polarity="denied", it=None, qualifiers=["no claim of responsibility"], via=None)

# -- 2 The Defense Post ---------------------------------------------------------------
S("Emergency services spokesperson Osama Ali", "state", ["Osama Ali"], "GNA")
S("health official", "state", ["Malek Merset", "health ministry spokesperson"], "GNA")
S("United Nations Support Mission in Libya", "international_org", ["UNSMIL", "UN"], "UN")
S("Médecins Sans Frontières", "ngo", ["MSF", "Doctors Without Borders"])
S("Government of National Accord", "state", ["GNA", "U.N.-backed Government of National Accord"], "GNA")
S("Libyan Address Journal", "media", ["pro-Haftar Libyan Address Journal"], "LNA")
S("officials at the center", "state", ["detention center officials"], "GNA")
E.article("tdp", "The Defense Post", "https://www.thedefensepost.com/2019/07/03/libya-lna-airstrike-migrant-detention-center/",
          "2019-07-03", "en", "Libya National Army airstrike on Tajoura migrant detention center kills and injures dozens",
          {"osa": {"outlet": "Emergency services spokesperson Osama Ali", "wire": "AFP"}, "hea": {"outlet": "health official", "wire": "Reuters"},
           "un": {"outlet": "United Nations Support Mission in Libya", "published": "2019-07-03"}, "msf": {"outlet": "Médecins Sans Frontières"},
           "gna": {"outlet": "Government of National Accord", "title": "statement released early on Wednesday"},
           "lna": {"outlet": "Libyan Address Journal"}, "off": {"outlet": "officials at the center"}})
tdp_40 = E.c("Emergency services spokesperson Osama Ali", "people", "were killed", "almost 40", it=TOLL, iv=(36, 40), st=OSAMA, sp="emergency services",
             hedge="provisional", place="Tajoura", qualifiers=["a preliminary assessment and the toll could rise"], via="osa")
tdp_w70 = E.c("Emergency services spokesperson Osama Ali", "people", "injured", "more than 70", it=WOUND, iv=(71, INF), st=OSAMA, sp="emergency services", via="osa")
tdp_r40 = E.c("health official", "people", "were killed", "at least 40", it=TOLL, iv=(40, INF), st=MERSET, sp="GNA health ministry", via="hea")
tdp_44 = E.c("United Nations Support Mission in Libya", "people", "had died", "at least 44", it=TOLL, iv=(44, INF), st=UNSMIL, sp="UN", via="un")
tdp_w130 = E.c("United Nations Support Mission in Libya", "people", "were severely injured", "more than 130", it=WOUND, iv=(131, INF), st=UNSMIL, sp="UN", via="un")
tdp_msf = E.c("Médecins Sans Frontières", "people", "were in the cell that was hit", "126", it=HANGAR, iv=126, qualifiers=["visited the detention center earlier on Tuesday"], via="msf")
tdp_off = E.c("officials at the center", "the raid", "blamed on", "the Libyan National Army commanded by Khalifa Haftar", it=PERP, lab="LNA", sp="GNA", via="off")
tdp_gna = E.c("Government of National Accord", "migrant shelter center in Tajoura", "deliberate attack by", "the air force of the war criminal, Khalifa Haftar",
              it=PERP, lab="LNA", st=GNAPC, sp="GNA", qualifiers=["'scores' killed and wounded"], via="gna")
tdp_lna = E.c("Libyan Address Journal", "militias allied with the Government of National Accord in Tripoli and Tajoura", "carried out raids on", actor="the LNA Air Force",
              it="lna-raids", lab="LNA raids on military sites", via="lna")

# -- 3 UrduPoint (AFP) ----------------------------------------------------------------
S("Ahmad al-Mesmari", "armed_group", ["spokesman", "LNA spokesman"], "LNA")
S("UrduPoint", "media", [])
E.article("urd", "UrduPoint", "https://www.urdupoint.com/en/miscellaneous/haftar-forces-deny-responsibility-over-libya-661037.html",
          "2019-07-04", "en", "Haftar Forces Deny Responsibility Over Libya Migrant Attack: Spokesman",
          {"mes": {"outlet": "Ahmad al-Mesmari", "wire": "AFP"}})
urd_den = E.c("Ahmad al-Mesmari", "the attack on the migrant centre of Tajoura", "responsibility in", polarity="denied", it=PERP, lab="denied", st=MESMARI, sp="LNA",
              quote="The (pro-Haftar) forces deny their responsibility in the attack on the migrant centre of Tajoura", stated="2019-07-03", via="mes")
urd_bl = E.c("Ahmad al-Mesmari", "the attack", "blamed on", "Haftar's rivals in the Tripoli-based internationally recognised government", it=PERP, lab="denied", st=MESMARI, sp="LNA", via="mes")
urd_40 = E.c("UrduPoint", "migrants", "killed", "more than 40", it=TOLL, iv=(41, INF), place="a Tripoli suburb", via=None)

# -- 4 Antiwar.com ----------------------------------------------------------------------
S("Antiwar.com", "media", ["Jason Ditz"])
S("unity government", "state", ["GNA"], "GNA")
S("Hafter", "armed_group", ["Khalifa Hafter", "Libyan National Army"], "LNA")
E.article("anw", "Antiwar.com", "https://news.antiwar.com/2019/07/03/libyas-haftar-denies-responsibility-after-airstrike-kills-44-migrants/",
          "2019-07-03", "en", "Libya's Haftar Denies Responsibility After Airstrike Kills 44 Migrants",
          {"gna": {"outlet": "unity government"}, "haf": {"outlet": "Hafter"}})
anw_44 = E.c("Antiwar.com", "civilians", "killing", "at least 44", it=TOLL, iv=(44, INF), place="Tripoli", via=None)
anw_gna = E.c("unity government", "the attack", "blamed on", "forces loyal to former Gen. Khalifa Hafter's Libyan National Army", it=PERP, lab="LNA", sp="GNA", via="gna")
anw_den = E.c("Hafter", "his forces", "were behind such an attack", polarity="denied", it=PERP, lab="denied", sp="LNA",
              qualifiers=["insisting they never target government, private or public institutions"], via="haf")
anw_mil = E.c("Hafter", "a nearby military site", "carried out a strike near the detention center", actor="his forces", it="lna-raids", lab="LNA raids on military sites", sp="LNA", via="haf")
anw_sh = E.c("Hafter", "detainees", "put at the site as human shields", hedge="speculated", it="shields", sp="LNA", via="haf")

# -- 5 Acumen Risk ------------------------------------------------------------------------
S("Acumen Risk", "media", [])
S("UNSMIL", "international_org", ["United Nations Support Mission in Libya", "the mission"], "UN")
S("Presidency Council of the Government of National Accord", "state", ["GNA", "the council"], "GNA")
S("Fathi Bashagha", "state", ["Interior Minister of the GNA", "Bashagha"], "GNA")
S("LNA command centre", "armed_group", ["LNA"], "LNA")
E.article("acu", "Acumen Risk", "https://acumenrisk.com/incident-report/e31f520f-a1e2-442b-af63-60369830ab12/",
          None, "en", "Around 40 migrants killed in air strike on a detention centre",
          {"un": {"outlet": "UNSMIL"}, "pc": {"outlet": "Presidency Council of the Government of National Accord", "title": "statement released in the early hours of 3 July"},
           "bas": {"outlet": "Fathi Bashagha"}, "lna": {"outlet": "LNA command centre"}})
acu_40 = E.c("Acumen Risk", "migrants", "were killed", "At least 40", it=TOLL, iv=(40, INF), place="Tajura", when="3 July 2019", qualifiers=["in the early hours"], via=None)
acu_44 = E.c("UNSMIL", "death toll from the strikes", "put at", "more than 44", it=TOLL, iv=(45, INF), st=UNSMIL, sp="UN", via="un")
acu_w = E.c("UNSMIL", "people", "had been seriously injured", "over 130", it=WOUND, iv=(131, INF), st=UNSMIL, sp="UN", via="un")
acu_pc = E.c("Presidency Council of the Government of National Accord", "a migrant shelter in Tajura", "targeted", actor="planes belonging to the war criminal Khalifa Haftar",
             it=PERP, lab="LNA", st=GNAPC, sp="GNA", stated="2019-07-03", quote="planes belonging to the war criminal Khalifa Haftar targeted a migrant shelter in Tajura, killing and injuring dozens", via="pc")
acu_bas = E.c("Fathi Bashagha", "the strikes", "had been carried out by", "'foreign' aircraft", it=PERP, lab="foreign", st=BASH_F, sp="GNA", via="bas")
acu_den = E.c("LNA command centre", "its air force", "had targeted the detention centre", polarity="denied", it=PERP, lab="denied", st=LNACMD, sp="LNA",
              qualifiers=["dismissed 'unsuccessful attempts' to 'fabricate' reports"], via="lna")
acu_use = E.c("LNA command centre", "the detention centre", "the militias have been using for military purposes", it="use", lab="military use", st=LNACMD, sp="LNA",
              qualifiers=["accused rivals of using migrants in 'storing weapons' and 'recruiting them for money'"], via="lna")

# -- 6 Defence Point ---------------------------------------------------------------------------
S("Serraj government", "state", ["Presidency Council and Government of National Accord", "Serraj administration"], "GNA")
S("the Hafter side", "armed_group", ["Hafter"], "LNA")
E.article("dfp", "Defence Point", "https://defence-point.com/2019/07/03/tripoli-airstrike-kills-44-migrants/", "2019-07-03", "en", "Tripoli airstrike kills 44 migrants",
          {"un": {"outlet": "United Nations Support Mission in Libya"}, "gna": {"outlet": "Serraj government"}, "haf": {"outlet": "the Hafter side"}})
dfp_44 = E.c("United Nations Support Mission in Libya", "deaths", "led to", "at least 44", it=TOLL, iv=(44, INF), st=UNSMIL, sp="UN", place="the Tajura migrant centre east of Tripoli", via="un")
dfp_w = E.c("United Nations Support Mission in Libya", "severe injuries", "led to", "more than 130", it=WOUND, iv=(131, INF), st=UNSMIL, sp="UN", via="un")
dfp_gna = E.c("Serraj government", "the airstrike", "attributed to", "the Libyan National Army (LNA) Air Force led by Khalifa Hafter", it=PERP, lab="LNA", st=GNAPC, sp="GNA",
              qualifiers=["deliberate and precise and not accidental"], via="gna")
dfp_haf = E.c("the Hafter side", "the deaths of the migrants", "caused by", "the exploding ammunition", keep_value=True, it=PERP, lab="denied", sp="LNA",
              qualifiers=["they had targeted the militia base near the migrant centre"], via="haf")

# -- 7 Ensonhaber (Anadolu) --------------------------------------------------------------------
S("Ensonhaber", "media", [])
S("Fawzi Unayyis", "state", ["GNA's spokesman for the Health Ministry"], "GNA")
S("Al-Mabruk Abdulhafez", "state", ["senior-level migration officer"], "GNA")
E.article("ens", "Ensonhaber", "https://www.ensonhaber.com/en/world/haftars-forces-kill-40-irregular-migrants", None, "en", "Haftar's forces kill 40 irregular migrants",
          {"una": {"outlet": "Fawzi Unayyis", "wire": "Anadolu Agency"}, "abd": {"outlet": "Al-Mabruk Abdulhafez", "title": "Libyan TV station"}})
ens_40 = E.c("Ensonhaber", "irregular migrants", "were killed", "at least 40", it=TOLL, iv=(40, INF), actor="fighter jets linked to commander Haftar", via=None)
ens_30 = E.c("Fawzi Unayyis", "migrants", "were killed", "at least 30", it=TOLL, iv=(30, INF), st=UNAY30, sp="GNA health ministry", actor="fighter jets linked to Haftar",
             qualifiers=["the death toll could increase"], via="una")
ens_perp = E.c("Fawzi Unayyis", "the shelter", "struck", actor="fighter jets linked to Haftar", it=PERP, lab="LNA", st=UNAY30, sp="GNA", via="una")
ens_120 = E.c("Al-Mabruk Abdulhafez", "irregular migrants", "residing in the facility hit", "120", it=HANGAR, iv=120, sp="DCIM", via="abd")

# -- 8 3danews (Anadolu) ------------------------------------------------------------------------
E.article("tda", "3danews", "https://en.3danews.ir/world/7105/libya-haftars-forces-kill-40-migrants-in-bombing", None, "en", "Libya: Haftar's forces kill 40 migrants in bombing",
          {"una": {"outlet": "Fawzi Unayyis", "wire": "Anadolu Agency"}})
tda_40 = E.c("Fawzi Unayyis", "migrants", "were killed", "At least 40", it=TOLL, iv=(40, INF), st=UNAY40, sp="GNA health ministry", actor="fighter jets linked to Haftar",
             place="the Tajoura suburb", via="una")
tda_w = E.c("Fawzi Unayyis", "others", "wounded", "80", it=WOUND, iv=80, st=UNAY40, sp="GNA health ministry", via="una")

# -- 9 North Africa Post --------------------------------------------------------------------------
S("Fawzi Awnis", "state", ["spokesman for the ministry", "GNA health ministry"], "GNA")
S("The LNA", "armed_group", ["LNA", "Libyan National Army"], "LNA")
E.article("nap", "North Africa Post", "https://northafricapost.com/32323-libya-at-least-36-migrants-killed-in-drone-air-strike.html", None, "en",
          "Libya: at least 36 migrants killed in drone air strike", {"aw": {"outlet": "Fawzi Awnis"}, "lna": {"outlet": "The LNA"}})
nap_36 = E.c("Fawzi Awnis", "migrants", "has killed", "at least 36", it=TOLL, iv=(36, INF), sp="GNA health ministry", actor="forces loyal to east-based military commander Khalifa Haftar",
             place="Tajoura migrant detention center, east of Tripoli", when="Monday", qualifiers=["a drone airstrike"], via="aw")
nap_w = E.c("Fawzi Awnis", "others", "wounded", "80", it=WOUND, iv=80, sp="GNA health ministry", via="aw")
nap_den = E.c("The LNA", "the raid", "any responsibility in", polarity="denied", it=PERP, lab="denied", st=LNAREU, sp="LNA",
              qualifiers=["blamed GNA-aligned militias for the shelling after a precision air strike by the LNA on a camp"], via="lna")

# -- 10 Middle East Observer ------------------------------------------------------------------------
S("United Nations", "international_org", ["UN"], "UN")
S("Khaled Al-Meshri", "state", ["President of the High Council of State of Libya"], "GNA")
S("self-styled Libyan National Army (LNA)", "armed_group", ["LNA"], "LNA")
S("Interior Minister Fathi Bashagha", "state", ["Fathi Bashagha"], "GNA")
E.article("meo", "Middle East Observer", "https://middleeastobserver.org/2019/07/04/al-meshri-egypt-bombed-african-migrants-in-tajoura/", "2019-07-04", "en",
          "Al-Meshri: Egypt bombed African migrants in Tajoura",
          {"un": {"outlet": "United Nations"}, "mes": {"outlet": "Khaled Al-Meshri", "title": "tweet"}, "lna": {"outlet": "self-styled Libyan National Army (LNA)"},
           "bas": {"outlet": "Interior Minister Fathi Bashagha", "title": "al-Wasat radio"}})
meo_44 = E.c("United Nations", "people", "killing", "at least 44", it=TOLL, iv=(44, INF), st=UNSMIL, sp="UN", place="a suburb of the Libyan capital Tripoli", when="Tuesday", qualifiers=["late on Tuesday"], via="un")
meo_w = E.c("United Nations", "people", "wounding", "more than 130", it=WOUND, iv=(131, INF), st=UNSMIL, sp="UN", via="un")
meo_eg = E.c("Khaled Al-Meshri", "African migrants in Tajoura", "bombed", actor="the country that heads the African Union today", it=PERP, lab="Egypt", sp="Al-Meshri",
             quote="The country that heads the African Union today is the one that bombed African migrants in Tajoura", via="mes")
meo_den = E.c("self-styled Libyan National Army (LNA)", "the detention center", "had hit", polarity="denied", it=PERP, lab="denied", sp="LNA", via="lna")
meo_man = E.c("Interior Minister Fathi Bashagha", "legal and moral responsibility", "bears", "Muhammad al-Manfour", it=PERP, lab="LNA", sp="GNA",
              qualifiers=["air force commander of Haftar's Libyan National Army"], via="bas")

# -- 11 Nyhetsbanken (Reuters / AP) -------------------------------------------------------------------
S("officials in the country's United Nations-supported government", "state", ["GNA officials"], "GNA")
S("An LNA official", "armed_group", ["LNA"], "LNA")
S("UNOCHA", "international_org", ["OCHA"], "UN")
E.article("nyh", "Nyhetsbanken", "http://nyhetsbanken.info/2019/07/05/migrants-still-detained-at-site-of-deadly-libyan-air-strike.html", "2019-07-05", "en",
          "Migrants still detained at site of deadly Libyan air strike",
          {"gov": {"outlet": "officials in the country's United Nations-supported government"}, "lna": {"outlet": "An LNA official", "wire": "Reuters"},
           "och": {"outlet": "UNOCHA"}})
nyh_40 = E.c("officials in the country's United Nations-supported government", "people", "killing", "at least 40", it=TOLL, iv=(40, INF), st=MERSET, sp="GNA health ministry",
             place="a detention center for migrants in the Libyan capital", via="gov")
nyh_den = E.c("An LNA official", "the detention centre", "had hit", polarity="denied", it=PERP, lab="denied", st=LNAREU, sp="LNA",
              qualifiers=["militias allied to Tripoli had shelled it after a precision air strike by the LNA on a military camp"], via="lna")
nyh_och = E.c("UNOCHA", "the number of civilians who have died in the LNA-GNA fighting", "almost doubled", it=None, ev="tripoli-2019-offensive-civilian-toll",
              qualifiers=["in the past three months", "this latest Tajoura attack"], via="och")

# -- 12 Business Standard (PTI / AFP), Friday 5 July ----------------------------------------------------
S("World Health Organization", "international_org", ["WHO", "UN agency"], "UN")
S("Joel Millman", "international_org", ["International Organization for Migration spokesman", "IOM"], "UN")
E.article("bst", "Business Standard", "https://business-standard.com/article/pti-stories/death-toll-of-air-raid-on-libya-migrant-camp-rises-to-53-who-119070500934_1.html",
          "2019-07-05", "en", "Death toll of air raid on Libya migrant camp rises to 53: WHO",
          {"who": {"outlet": "World Health Organization", "wire": "AFP"}, "iom": {"outlet": "Joel Millman", "wire": "AFP"}})
bst_53 = E.c("World Health Organization", "dead", "casualty toll has climbed to", "53", it=TOLL, iv=53, st=WHO, sp="WHO", when="Tuesday night", stated="2019-07-05", via="who")
bst_w = E.c("World Health Organization", "wounded", "has climbed to", "130", it=WOUND, iv=130, st=WHO, sp="WHO", stated="2019-07-05", via="who")
bst_agg = E.c("World Health Organization", "dead", "overall toll of the assault on Tripoli", "almost 1,000", it=None, ev="tripoli-2019-offensive-toll", stated="2019-07-05",
              qualifiers=["since April", "and 5,000 wounded"], via="who")
bst_ch = E.c("Joel Millman", "children", "were among those killed", "six", it=KIDS, iv=6, st=IOMF, sp="IOM", via="iom")
bst_ctr = E.c("Joel Millman", "migrants", "at the Tajoura detention centre", "600", it=CENTRE, iv=600, st=IOMF, sp="IOM", qualifiers=["seventeen different nationalities"], via="iom")

# -- 13 Arraed (IOM), 6 July ----------------------------------------------------------------------------
S("International Organization for Migration (IOM)", "international_org", ["IOM", "the organization"], "UN")
S("Arraed", "media", [])
E.article("arr", "Arraed", "https://arraedlg.net/2019/07/06/iom-confirmed-the-increase-in-number-of-migrant-victims-in-tajoura-air-raid", "2019-07-06", "en",
          "IOM confirmed the increase in number of migrant victims in Tajoura air raid",
          {"iom": {"outlet": "International Organization for Migration (IOM)", "title": "statement Friday", "published": "2019-07-05"}})
arr_53 = E.c("International Organization for Migration (IOM)", "migrants", "increase in number of migrant victims to", "53", it=TOLL, iv=53, st=IOMF, sp="IOM",
             qualifiers=["including 6 children"], via="iom")
arr_ctr = E.c("International Organization for Migration (IOM)", "migrants", "the center housed", "more than 600", it=CENTRE, iv=(601, INF), st=IOMF, sp="IOM",
              qualifiers=["17 different nationalities"], via="iom")
arr_44 = E.c("Arraed", "migrants", "killing", "44", it=TOLL, iv=44, actor="Hafar's air force", when="Tuesday", via=None)
arr_w = E.c("Arraed", "others", "injuring", "more than 80", it=WOUND, iv=(81, INF), via=None)

# -- 14 Uberfuzz (The Guardian), July 2020 ----------------------------------------------------------------
S("the UN", "international_org", ["UN"], "UN")
E.article("ubf", "Uberfuzz (The Guardian)", "https://uberfuzz.com/2020/07/refugee-victims-of-tajoura-bombing-still-lie-in-unmarked-graves-one-year-on", None, "en",
          "Refugee victims of Tajoura bombing still lie in unmarked graves one year on", {"un": {"outlet": "the UN"}})
ubf_53 = E.c("the UN", "people", "were killed", "At least 53", it=TOLL, iv=(53, INF), st=UNREP, sp="UN", when="2 July 2019", qualifiers=["on the night of 2 July 2019"], via="un")
ubf_w = E.c("the UN", "people", "injured", "130", it=WOUND, iv=130, st=UNREP, sp="UN", via="un")
ubf_f = E.c("the UN", "a hall where migrants and refugees were locked up", "hit", actor="an airstrike by a foreign aircraft supporting eastern warlord Khalifa Haftar's forces",
            it=PERP, lab="foreign", st=UNREP, sp="UN", via="un")

# -- 15 Libya Al Ahrar, Jan 2020 ----------------------------------------------------------------------------
S("A report by the United Nations (UN)", "international_org", ["UN", "UN report"], "UN")
S("Panel of Experts", "international_org", ["UN Panel of Experts"], "UN")
E.article("lah", "Libya Al Ahrar", "https://libyaalahrar.net/un-report-aircraft-supporting-or-belonging-to-haftar-killed-53-immigrants-in-tajoura/", None, "en",
          "UN report: Aircraft supporting or belonging to Haftar killed 53 immigrants in Tajoura",
          {"un": {"outlet": "A report by the United Nations (UN)", "title": "report"}, "poe": {"outlet": "Panel of Experts"}})
lah_53 = E.c("A report by the United Nations (UN)", "immigrants", "responsible for killing", "at least 53", it=TOLL, iv=(53, INF), st=UNREP, sp="UN",
             actor="foreign aircraft supporting Khalifa Haftar or his forces' aircraft", place="the Tajoura detention center", when="last July", via="un")
lah_f = E.c("A report by the United Nations (UN)", "the immigrants", "killing", actor="the second strike by Haftar's aircraft or foreign craft in his support",
            it=PERP, lab="foreign", st=UNREP, sp="UN", via="un")
lah_civ = E.c("A report by the United Nations (UN)", "the detention center in Tajoura", "is a civilian target", it="use", lab="civilian", st=UNREP, sp="UN",
              qualifiers=["well known to all parties", "previously hit by an airstrike in May 2019"], via="un")
lah_pmay = E.c("A report by the United Nations (UN)", "the Tajoura Detention Center", "previously hit by an airstrike", it=None, ev="tajoura-2019-05-strike",
               when="May 2019", via="un")
lah_mem = E.c("Panel of Experts", "the airstrike", "could have been carried out by", "precisely-directed missiles from modern aircraft owned and operated by a UN Security Council member state supporting Haftar",
              hedge="could have", it=PERP, lab="foreign", sp="UN Panel of Experts", via="poe")

# -- 18 Dakaractu ----------------------------------------------------------------------------------------------------
S("Dakaractu", "media", [])
S("l'armée nationale libyenne dirigée par le Général Khalifa Haftar", "armed_group", ["ANL"], "LNA")
S("médias locaux", "media", [])
E.article("dka", "Dakaractu", "https://www.dakaractu.com/Cible-d-un-raid-meurtrier-Les-nationalites-qui-ont-sejourne-au-centre-de-detention-de-migrants-de-Tajoura_a172996.html",
          None, "fr", "Cible d'un raid meurtrier : Les nationalités qui ont séjourné au centre de détention de migrants de Tajoura",
          {"lna": {"outlet": "l'armée nationale libyenne dirigée par le Général Khalifa Haftar"}, "loc": {"outlet": "médias locaux"}})
dka_40 = E.c("Dakaractu", "morts", "a fait", "quarante (40)", it=TOLL, iv=40, place="Tajoura, à l'est de Tripoli", when="nuit de mardi à mercredi", via=None)
dka_w = E.c("Dakaractu", "blessés", "a fait", "autant", it=WOUND, iv=40, qualifiers=["as many wounded as dead (40)"], via=None)
dka_ctr = E.c("médias locaux", "migrants", "la cible a accueilli", "500 voire 600", it=CENTRE, iv=(500, 600), via="loc")
dka_den = E.c("l'armée nationale libyenne dirigée par le Général Khalifa Haftar", "la frappe aérienne", "être responsable de", polarity="denied", it=PERP, lab="denied", sp="LNA", via="lna")

# -- 20 La Lettre Med, Jan 2020 -------------------------------------------------------------------------------------------
S("Département libyen de lutte contre les migrations illégales (DCIM)", "state", ["DCIM"], "GNA")
S("enquêteurs des Nations Unies", "international_org", ["rapport d'enquête des Nations Unies"], "UN")
S("Michelle Bachelet", "international_org", ["Haut Commissaire des Nations Unies aux droits de l'Homme"], "UN")
E.article("lm2", "La Lettre Med", "https://lalettremed.com/?p=17050", None, "fr", None,
          {"dci": {"outlet": "Département libyen de lutte contre les migrations illégales (DCIM)", "title": "bilan"},
           "un": {"outlet": "enquêteurs des Nations Unies", "title": "rapport d'enquête"}, "bac": {"outlet": "Michelle Bachelet"}})
lm2_53 = E.c("Département libyen de lutte contre les migrations illégales (DCIM)", "migrants", "ces frappes ont coûté la vie à", "53", it=TOLL, iv=53, st=DCIM53, sp="DCIM",
             when="2 juillet 2019", qualifiers=["peu avant minuit"], via="dci")
lm2_w = E.c("Département libyen de lutte contre les migrations illégales (DCIM)", "autres", "blessé", "87", it=WOUND, iv=87, st=DCIM53, sp="DCIM", via="dci")
lm2_str = E.c("enquêteurs des Nations Unies", "raids aériens", "ont visé un garage et un des cinq hangars", "deux", it=STRIKES, iv=2, st=UNREP, sp="UN", via="un")
lm2_f = E.c("enquêteurs des Nations Unies", "les raids", "ont été menés à l'aide d'appareils appartenant à", "un Etat étranger", hedge="probablement", it=PERP, lab="foreign",
            st=UNREP, sp="UN", qualifiers=["pas en mesure d'affirmer si c'étaient des avions des FAAL ou utilisés par cet Etat étranger en faveur de ces troupes"], via="un")
lm2_ctr = E.c("enquêteurs des Nations Unies", "clandestins", "se trouvaient à Tajoura", "plus de 600", it=CENTRE, iv=(601, INF), st=UNREP, sp="UN", via="un")

# -- 21 VOA Afrique -----------------------------------------------------------------------------------------------------------
S("VOA Afrique", "media", [])
E.article("voa", "VOA Afrique", "https://voaafrique.com/a/4986389.html", None, "fr", None, {})
voa_50 = E.c("VOA Afrique", "migrants", "ont été tués", "Une cinquantaine", it=TOLL, iv=(45, 55), place="Tajoura, près de Tripoli", actor="forces du maréchal Khalifa Haftar",
             hedge="attribué", via=None)
voa_w = E.c("VOA Afrique", "migrants", "blessés", "une centaine", it=WOUND, iv=(90, 110), via=None)

# -- 23 Ari7 (El País) -----------------------------------------------------------------------------------------------------------
S("Malek Merset", "state", ["portavoz del Ministerio de Salud del Gobierno de Unidad de Trípoli"], "GNA")
S("Gobierno de Unidad", "state", ["Ejecutivo reconocido por la ONU"], "GNA")
S("migrante en Tayura", "witness", ["uno de los migrantes"])
S("otro refugiado", "witness", [])
S("El País", "media", [])
E.article("ari", "Ari7 (El País)", "https://ari7.com/el-gobierno-de-unidad-nacional-reconocido-por-la-onu-atribuye-la-matanza-a-las-tropas-del-mariscal-jalifa-hafter",
          None, "es", "Al menos 40 muertos tras un bombardeo en un centro de migrantes en Trípoli",
          {"mer": {"outlet": "Malek Merset"}, "gna": {"outlet": "Gobierno de Unidad"}, "w1": {"outlet": "migrante en Tayura", "title": "WhatsApp"},
           "w2": {"outlet": "otro refugiado"}})
ari_40 = E.c("Malek Merset", "fallecidos", "la cifra asciende a", "cuarenta", it=TOLL, iv=40, st=MERSET, sp="GNA health ministry", place="centro de Tayura, quince kilómetros al este de Trípoli", via="mer")
ari_gna = E.c("Gobierno de Unidad", "la matanza", "atribuye a", "las tropas del mariscal Jalifa Hafter", it=PERP, lab="LNA", sp="GNA", via="gna")
ari_80 = E.c("migrante en Tayura", "muertos", "habrán muerto", "80", it=TOLL, iv=(72, 88), hedge="yo creo",
             quote="Nadie puede saber la cifra exacta de muertos.", via="w1")
ari_70 = E.c("otro refugiado", "muertos", "habría", "más de 70", it=TOLL, iv=(71, INF), hedge="calculó", via="w2")
ari_ctr = E.c("El País", "migrantes", "se encontraban presos en el centro", "620", it=CENTRE, iv=620, via=None)
ari_h = E.c("El País", "migrantes", "dormían en el hangar alcanzado", "una centena", it=HANGAR, iv=(90, 110), via=None)

# -- 24 infoLibre (Europa Press) ---------------------------------------------------------------------------------------------------
S("Oficina de Coordinación de Asuntos Humanitarios de la ONU (OCHA)", "international_org", ["OCHA"], "UN")
E.article("inl", "infoLibre", "https://infolibre.es/politica/onu-eleva-53-muertos-centro-migrantes-tripoli-denuncia-bombardeado-veces_1_1172322.amp.html", None, "es",
          "La ONU eleva a 53 los muertos en el centro de migrantes de Trípoli y denuncia que fue bombardeado dos veces",
          {"och": {"outlet": "Oficina de Coordinación de Asuntos Humanitarios de la ONU (OCHA)", "title": "informe", "wire": "Europa Press"}})
inl_53 = E.c("Oficina de Coordinación de Asuntos Humanitarios de la ONU (OCHA)", "migrantes y refugiados", "murieron", "Al menos 53", it=TOLL, iv=(53, INF), st=OCHA, sp="UN",
             place="centro de detención de Tajura, en Trípoli", when="la noche del martes", qualifiers=["entre los que habría seis niños"], via="och")
inl_w = E.c("Oficina de Coordinación de Asuntos Humanitarios de la ONU (OCHA)", "otros", "resultaron heridos", "130", it=WOUND, iv=130, st=OCHA, sp="UN", via="och")
inl_str = E.c("Oficina de Coordinación de Asuntos Humanitarios de la ONU (OCHA)", "el centro de detención", "resultó alcanzado", "dos veces", it=STRIKES, iv=2, st=OCHA, sp="UN",
              hedge="aparentemente", via="och")
inl_gu = E.c("Oficina de Coordinación de Asuntos Humanitarios de la ONU (OCHA)", "algunos refugiados y migrantes", "fueron disparados por los guardias", it=GUARDS, lab="fired",
             st=OCHA, sp="UN", hedge="hay informaciones", via="och")
inl_ctr = E.c("Oficina de Coordinación de Asuntos Humanitarios de la ONU (OCHA)", "refugiados y migrantes", "estaban detenidos en el centro", "Más de 600", it=CENTRE, iv=(601, INF),
              st=OCHA, sp="UN", via="och")
inl_may = E.c("Oficina de Coordinación de Asuntos Humanitarios de la ONU (OCHA)", "heridos", "otro ataque en la zona dejó", "dos", it=None, ev="tajoura-2019-05-strike",
              when="7 de mayo de 2019", via="och")

# -- 25 El Heraldo (AFP), 5 July ------------------------------------------------------------------------------------------------------
S("Organización Internacional para las Migraciones (OIM)", "international_org", ["OIM", "Safa Msehli"], "UN")
E.article("ehd", "El Heraldo", "https://elheraldo.co/internacional/2019/07/05/libia-en-el-centro-de-la-masacre-aun-hay-300-migrantes", "2019-07-05", "es",
          "Libia: en el centro de la masacre aún hay 300 migrantes",
          {"oim": {"outlet": "Organización Internacional para las Migraciones (OIM)", "wire": "AFP"}})
ehd_44 = E.c("Organización Internacional para las Migraciones (OIM)", "muertos", "bombardeo aéreo que provocó", "más de 44", it=TOLL, iv=(45, INF), st=IOMT, sp="IOM", via="oim")
ehd_w = E.c("Organización Internacional para las Migraciones (OIM)", "heridos", "bombardeo aéreo que provocó", "130", it=WOUND, iv=130, st=IOMT, sp="IOM", via="oim")
ehd_300 = E.c("Organización Internacional para las Migraciones (OIM)", "migrantes", "aún continúan en el sitio", "300", it="remain", iv=300, st=IOMT, sp="IOM",
              stated="2019-07-04", via="oim")

# -- 27 Kurier -----------------------------------------------------------------------------------------------------------------------------
S("Sprecher der Rettungskräfte", "state", ["Rettungskräfte"], "GNA")
S("Reporter des Senders Al-Jazeera", "media", ["Al-Jazeera"])
S("Kurier", "media", [])
E.article("kur", "Kurier", "https://kurier.at/politik/ausland/viele-tote-bei-angriff-auf-fluechtlingslager-in-libyen/400540937", None, "de",
          "Viele Tote bei Angriff auf Flüchtlingslager in Libyen",
          {"ret": {"outlet": "Sprecher der Rettungskräfte"}, "alj": {"outlet": "Reporter des Senders Al-Jazeera"}})
kur_40 = E.c("Sprecher der Rettungskräfte", "Menschen", "getötet", "fast 40", it=TOLL, iv=(36, 40), st=OSAMA, sp="emergency services", hedge="provisional",
             qualifiers=["vorläufige Bilanz"], via="ret")
kur_w = E.c("Sprecher der Rettungskräfte", "Flüchtlinge", "verletzt", "Mehr als 70", it=WOUND, iv=(71, INF), st=OSAMA, sp="emergency services", via="ret")
kur_150 = E.c("Reporter des Senders Al-Jazeera", "Migranten aus Sudan, Eritrea und Somalia", "untergebracht im Lager", "rund 150", it=CENTRE, iv=(135, 165), via="alj")
kur_perp = E.c("Kurier", "den Luftangriff", "verantwortlich", "die Streitkräfte des abtrünnigen Generals Chalifa Haftar", it=PERP, lab="LNA",
               hedge="hieß es", via=None)

# -- 28 SWR ----------------------------------------------------------------------------------------------------------------------------------
S("UN-Nothilfebüro", "international_org", ["OCHA"], "UN")
S("Einheitsregierung in Tripolis", "state", ["GNA"], "GNA")
S("Haftars Leute", "armed_group", ["Haftar"], "LNA")
E.article("swr", "SWR Aktuell", "https://www.swr.de/swraktuell/Libysche-Regierung-erwaegt-Schliessung-von-Fluechtlingslagern,libyen-108.html", None, "de",
          "Libysche Regierung erwägt Schließung von Flüchtlingslagern",
          {"och": {"outlet": "UN-Nothilfebüro", "title": "Bericht"}, "gna": {"outlet": "Einheitsregierung in Tripolis"}, "lna": {"outlet": "Haftars Leute"}})
swr_53 = E.c("UN-Nothilfebüro", "Menschen", "starben", "Mehr als 53", it=TOLL, iv=(54, INF), st=OCHA, sp="UN", place="Lager Tadschura im Osten von Tripolis", via="och")
swr_str = E.c("UN-Nothilfebüro", "Raketen", "das Lager getroffen", "zwei", it=STRIKES, iv=2, st=OCHA, sp="UN", via="och")
swr_gna = E.c("Einheitsregierung in Tripolis", "den Angriff", "macht verantwortlich", "die Luftwaffe vom Milizenführer Chalifa Haftar", it=PERP, lab="LNA", sp="GNA", via="gna")
swr_den = E.c("Haftars Leute", "die Anschuldigungen", "wiesen zurück", polarity="denied", it=PERP, lab="denied", sp="LNA", via="lna")

# -- 29 der-spiegel.net ------------------------------------------------------------------------------------------------------------------------
S("der-spiegel.net", "media", [])
S("ein in Tadschura untergebrachter Ghanaer", "witness", ["Ghanaer"])
E.article("spg", "der-spiegel.net", "http://www.der-spiegel.net/viele-tote-bei-raketenangriff-auf-fluechtlinge/", None, "de", "Viele Tote bei Raketenangriff auf Flüchtlinge",
          {"gha": {"outlet": "ein in Tadschura untergebrachter Ghanaer"}})
spg_44 = E.c("der-spiegel.net", "Menschen", "getötet", "mindestens 44", it=TOLL, iv=(44, INF), place="Lager Tadschura östlich der Hauptstadt Tripolis", when="in der Nacht zum Mittwoch", via=None)
spg_w = E.c("der-spiegel.net", "Menschen", "verletzt", "mehr als 130", it=WOUND, iv=(131, INF), via=None)
spg_616 = E.c("ein in Tadschura untergebrachter Ghanaer", "Gefangenen", "gerieten in Panik", "616", it=CENTRE, iv=616, via="gha")

# -- 31 San Marino RTV ---------------------------------------------------------------------------------------------------------------------------------
S("ministero della Salute del governo sostenuto dall'Onu", "state", [], "GNA")
S("altre fonti", "other", [])
E.article("smr", "San Marino RTV", "https://sanmarinortv.sm/news/mondo-c8/libia-raid-su-centro-migranti-40-morti-a173670", None, "it", "Libia, raid su centro migranti: 40 morti",
          {"min": {"outlet": "ministero della Salute del governo sostenuto dall'Onu"}, "alt": {"outlet": "altre fonti"}})
smr_40 = E.c("ministero della Salute del governo sostenuto dall'Onu", "persone", "sono morte", "Almeno 40", it=TOLL, iv=(40, INF), st=MERSET, sp="GNA health ministry",
             place="Tagiura, a una dozzina di chilometri a est di Tripoli", via="min")
smr_w = E.c("ministero della Salute del governo sostenuto dall'Onu", "immigrati", "sono rimasti feriti", "oltre 80", it=WOUND, iv=(81, INF), st=MERSET, sp="GNA health ministry", via="min")
smr_100 = E.c("altre fonti", "vittime", "parlano di", "oltre cento", it=TOLL, iv=(101, INF), qualifiers=["inclusi donne e bambini"], via="alt")

# -- 32 Speciale Libia, 3 July ------------------------------------------------------------------------------------------------------------------------------
S("Ministero della Salute del Governo di Accordo Nazionale", "state", [], "GNA")
E.article("spl", "Speciale Libia", "https://specialelibia.it/2019/07/03/raid-aereo-colpisce-il-centro-di-detenzione-migranti-di-tajoura/", "2019-07-03", "it",
          "Raid aereo colpisce il centro di detenzione migranti di Tajoura",
          {"min": {"outlet": "Ministero della Salute del Governo di Accordo Nazionale", "title": "prime stime"}})
spl_150 = E.c("Ministero della Salute del Governo di Accordo Nazionale", "migranti", "sarebbero rimasti uccisi", "circa 150", it=TOLL, iv=(135, 165), hedge="sarebbero",
              sp="GNA health ministry", place="area di Tajoura", when="martedì sera", qualifiers=["prime stime", "nel centro erano detenuti circa 150 migranti"], via="min")
spl_ctr = E.c("Ministero della Salute del Governo di Accordo Nazionale", "migranti", "nel centro erano detenuti", "circa 150", it=CENTRE, iv=(135, 165), sp="GNA health ministry", via="min")

# -- 33 Libero Quotidiano (askanews), 3 July ---------------------------------------------------------------------------------------------------------------------
S("missione delle Nazioni Unite in Libia", "international_org", ["Unsmil"], "UN")
S("le forze del generale libico Haftar", "armed_group", ["Haftar"], "LNA")
E.article("lib", "Libero Quotidiano (askanews)", "https://tv.liberoquotidiano.it/video/tv-news/13479977/strage-migranti-in-libia-missione-onu-44-morti.html", "2019-07-03", "it",
          "Strage migranti in Libia, missione Onu: 44 morti",
          {"un": {"outlet": "missione delle Nazioni Unite in Libia", "wire": "askanews"}, "lna": {"outlet": "le forze del generale libico Haftar", "wire": "askanews"}})
lib_44 = E.c("missione delle Nazioni Unite in Libia", "morti", "il bilancio delle vittime", "44", it=TOLL, iv=44, st=UNSMIL, sp="UN", place="Tajoura, ad est della capitale libica Tripoli", via="un")
lib_w = E.c("missione delle Nazioni Unite in Libia", "feriti", "il bilancio delle vittime", "oltre 130", it=WOUND, iv=(131, INF), st=UNSMIL, sp="UN", via="un")
lib_ctr = E.c("missione delle Nazioni Unite in Libia", "migranti", "sono detenuti nel centro", "circa 600", it=CENTRE, iv=(570, 630), st=UNSMIL, sp="UN", via="un")
lib_tec = E.c("le forze del generale libico Haftar", "il bombardamento", "hanno parlato di un difetto tecnico dell'aereo", it=PERP, lab="technical fault", sp="LNA",
              qualifiers=["ritenute responsabili del bombardamento"], via="lna")

# -- 34 Fanpage --------------------------------------------------------------------------------------------------------------------------------------------------
S("Ufficio delle Nazioni Unite per gli affari umanitari", "international_org", ["OCHA"], "UN")
S("Fanpage", "media", [])
E.article("fnp", "Fanpage", "https://fanpage.it/esteri/bombardamento-in-libia-le-guardie-sparavano-ai-migranti-che-tentavano-di-fuggire", None, "it",
          "Bombardamento in Libia: le guardie sparavano ai migranti che tentavano di fuggire",
          {"och": {"outlet": "Ufficio delle Nazioni Unite per gli affari umanitari", "title": "nota"}})
fnp_gu = E.c("Ufficio delle Nazioni Unite per gli affari umanitari", "i profughi che tentavano di fuggire", "hanno aperto il fuoco nei confronti di", it=GUARDS, lab="fired", st=OCHA, sp="UN",
             actor="le guardie del centro di detenzione", via="och")
fnp_53 = E.c("Fanpage", "migranti", "ha causato la morte di", "53", it=TOLL, iv=53, actor="l'aviazione controllata dal generale Haftar", qualifiers=["sei dei quali erano minori"], via=None)
fnp_perp = E.c("Fanpage", "il raid aereo", "è stato condotto da", "l'aviazione controllata dal generale Haftar", it=PERP, lab="LNA", via=None)
fnp_w = E.c("Fanpage", "altri", "sono stati feriti", "ottanta", it=WOUND, iv=80, via=None)
fnp_str = E.c("Ufficio delle Nazioni Unite per gli affari umanitari", "gli attacchi aerei condotti a Tajoura", "sono stati", "due", it=STRIKES, iv=2, st=OCHA, sp="UN", via="och")
fnp_h = E.c("Ufficio delle Nazioni Unite per gli affari umanitari", "rifugiati e migranti", "l'hangar conteneva", "circa 120", it=HANGAR, iv=(110, 130), st=OCHA, sp="UN", via="och")

# -- 35 Affaritaliani -----------------------------------------------------------------------------------------------------------------------------------------------
S("Osama Ali", "state", ["portavoce del Servizio di emergenza"], "GNA")
S("fonti del governo di Tripoli", "state", [], "GNA")
S("fonti concordanti", "other", ["servizi di soccorso"])
E.article("aff", "Affaritaliani", "http://www.affaritaliani.it/esteri/libia-bombe-su-centro-di-detenzione-migranti-40-morti-e-80-feriti-613749.html", None, "it",
          "Libia, bombe su centro di detenzione migranti: 40 morti e 80 feriti",
          {"osa": {"outlet": "Osama Ali"}, "gov": {"outlet": "fonti del governo di Tripoli"}, "fon": {"outlet": "fonti concordanti"}})
aff_40 = E.c("fonti concordanti", "migranti", "sono morti", "Almeno 40", it=TOLL, iv=(40, INF), place="Tajoura", when="questa notte", via="fon")
aff_str = E.c("fonti concordanti", "bombardamenti", "il centro di detenzione è stato colpito da", "due", it=STRIKES, iv=2, qualifiers=["a pochi minuti di distanza l'uno dall'altro"], via="fon")
aff_q = E.c("Osama Ali", "corpi", "i soccorritori hanno portato via", "una quarantina", it=TOLL, iv=(35, 45), st=OSAMA, sp="emergency services", hedge="provisional",
            qualifiers=["solo provvisorio, e potrebbe essere destinato ad aumentare"], via="osa")
aff_w = E.c("fonti concordanti", "feriti", "sarebbero", "80", it=WOUND, iv=80, hedge="sarebbero", via="fon")
aff_gov = E.c("fonti del governo di Tripoli", "l'episodio", "puntando il dito contro", "le milizie del generale Khalifa Haftar", it=PERP, lab="LNA", sp="GNA", via="gov")
aff_ctr = E.c("fonti concordanti", "persone", "erano rinchiuse a Tajoura", "150", it=CENTRE, iv=150, qualifiers=["in maggioranza originarie di Eritrea, Somalia e Sudan"], via="fon")

# -- 36 Libya Akhbar (Al-Mutawassit), 3 July ----------------------------------------------------------------------------------------------------------------------------
S("العقيد المبروك عبدالحفيظ", "state", ["رئيس جهاز الهجرة غير الشرعية", "الناطق الرسمي باسم وزارة الداخلية"], "GNA")
E.article("lk1", "Libya Akhbar (Al-Mutawassit)", "https://www.libyaakhbar.com/libya-news/975663.html", "2019-07-03", "ar", None,
          {"abd": {"outlet": "العقيد المبروك عبدالحفيظ"}})
lk1_40 = E.c("العقيد المبروك عبدالحفيظ", "المهاجرين غير الشرعيين", "بلغ عدد القتلى", "40", it=TOLL, iv=40, sp="DCIM", place="مركز إيواء المهاجرين غير الشرعيين بتاجوراء",
             when="3 يوليو 2019", via="abd")
lk1_w = E.c("العقيد المبروك عبدالحفيظ", "جريح", "بلغ عدد الجرحى", "35", it=WOUND, iv=35, sp="DCIM", via="abd")
lk1_h = E.c("العقيد المبروك عبدالحفيظ", "مهاجر", "قاطع المنامة يحوي", "120", it=HANGAR, iv=120, sp="DCIM", qualifiers=["من أصل 610 داخل مركز الإيواء"], via="abd")
lk1_ctr = E.c("العقيد المبروك عبدالحفيظ", "مهاجر", "داخل مركز الإيواء", "610", it=CENTRE, iv=610, sp="DCIM", via="abd")

# -- 37 Al Wasat, Thursday 4 July -----------------------------------------------------------------------------------------------------------------------------------------
S("الأمم المتحدة", "international_org", ["UN"], "UN")
S("حكومة الوفاق", "state", ["GNA"], "GNA")
S("اللواء أحمد المسماري", "armed_group", ["الناطق باسم القيادة العامة"], "LNA")
S("وزارة العدل بحكومة الوفاق", "state", ["GNA Ministry of Justice"], "GNA")
E.article("was", "Al Wasat", "http://alwasat.ly/news/libya/250089", "2019-07-04", "ar",
          "الأمم المتحدة تتلقى معلومات عن حراس أطلقوا النار على مهاجرين خلال هربهم من قصف مركز إيواء تاجوراء",
          {"un": {"outlet": "الأمم المتحدة", "title": "تقرير", "wire": "رويترز"}, "gna": {"outlet": "حكومة الوفاق"}, "mes": {"outlet": "اللواء أحمد المسماري"},
           "moj": {"outlet": "وزارة العدل بحكومة الوفاق", "published": "2019-07-04"}})
was_gu = E.c("الأمم المتحدة", "مهاجرين حاولوا الهرب", "حراسًا أطلقوا النار على", it=GUARDS, lab="fired", st=OCHA, sp="UN", hedge="تلقت معلومات", via="un")
was_53 = E.c("الأمم المتحدة", "شخصا", "أدى القصف إلى مقتل", "ما لا يقل عن 53", it=TOLL, iv=(53, INF), st=OCHA, sp="UN", qualifiers=["بينهم ستة أطفال"], via="un")
was_str = E.c("الأمم المتحدة", "ضربتين جويتين", "المركز تلقى", "2", it=STRIKES, iv=2, st=OCHA, sp="UN", qualifiers=["الأولى أصابت ساحة سيارات خاوية"], via="un")
was_gna = E.c("حكومة الوفاق", "الغارة", "حمّلت مسؤولية", "قوات القيادة العامة", it=PERP, lab="LNA", sp="GNA", via="gna")
was_den = E.c("اللواء أحمد المسماري", "مسؤولية الغارة", "تهمة نفاها", polarity="denied", it=PERP, lab="denied", st=MESMARI, sp="LNA", via="mes")
was_60 = E.c("وزارة العدل بحكومة الوفاق", "قتيلًا", "ارتفاع عدد ضحايا القصف إلى", "60", it=TOLL, iv=60, sp="GNA justice ministry", stated="2019-07-04", via="moj")
was_w = E.c("وزارة العدل بحكومة الوفاق", "آخرين", "إصابة", "77", it=WOUND, iv=77, sp="GNA justice ministry", stated="2019-07-04", via="moj")

# -- 39 Al Jazeera Net, 5 July ---------------------------------------------------------------------------------------------------------------------------------------------------
S("حسن آدم منصور", "witness", ["survivor", "سوداني"])
S("مراسل الجزيرة نت", "media", ["الجزيرة نت"])
E.article("ajn", "Al Jazeera Net", "https://www.aljazeera.net/news/politics/2019/7/5/ليبيا-مهاجرون-هجرة-غير-نظامية-طرابلس-تاجوراء", "2019-07-05", "ar",
          "مجزرة تاجوراء.. ناجون يروون للجزيرة نت هول الفاجعة", {"sur": {"outlet": "حسن آدم منصور"}})
ajn_perp = E.c("مراسل الجزيرة نت", "مركز إيواء المهاجرين في منطقة تاجوراء", "القصف المروع من طائرة حربية", actor="طائرة حربية تابعة للواء المتقاعد خليفة حفتر", it=PERP, lab="LNA", via=None)
ajn_h = E.c("مراسل الجزيرة نت", "مهاجرا", "كان القطاع المقصوف يضم", "حوالي 130", it=HANGAR, iv=(117, 143), via=None)
ajn_ctr = E.c("مراسل الجزيرة نت", "مهاجر غير نظامي", "المركز يحوي إجمالا", "حوالي ستمئة", it=CENTRE, iv=(570, 630), via=None)

# -- 40 Arraed (BBC), 6 Nov 2019 -------------------------------------------------------------------------------------------------------------------------------------------------
S("بي بي سي", "media", ["BBC"])
S("مصادر مقربة من بي بي سي", "other", [])
E.article("bbc", "Arraed (BBC)", "https://arraedlg.net/2019/11/06/%d8%a8%d9%8a-%d8%a8%d9%8a-%d8%b3%d9%8a-%d8%aa%d9%82%d8%b1%d9%8a%d8%b1-%d8%a7%d9%84%d8%a3%d9%85%d9%85-%d8%a7%d9%84%d9%85%d8%aa%d8%ad%d8%af%d8%a9-%d9%8a%d8%ab%d8%a8%d8%aa-%d8%aa%d9%88%d8%b1%d8%b7", "2019-11-06", "ar", None,
          {"un": {"outlet": "الأمم المتحدة", "title": "تحقيق سري", "wire": "بي بي سي"}, "src": {"outlet": "مصادر مقربة من بي بي سي", "wire": "بي بي سي"}})
bbc_f = E.c("الأمم المتحدة", "مركز إيواء المهاجرين غير القانونين في تاجوراء", "تعرض للقصف", actor="طائرة حربية تابعة لدولة أجنبية", it=PERP, lab="foreign", st=BBCUN, sp="UN",
            when="يوليو 2019", via="un")
bbc_uae = E.c("مصادر مقربة من بي بي سي", "التحقيق", "ركّز على", "دولة الإمارات العربية المتحدة", it=PERP, lab="UAE", sp="BBC sources", via="src")
bbc_53 = E.c("بي بي سي", "قتيلا", "بلغ عدد الضحايا", "53", it=TOLL, iv=53, qualifiers=["وإصابة 130 آخرين"], via=None)

# -- 41 Wiara.pl -----------------------------------------------------------------------------------------------------------------------------------------------------------------------
S("Wiara.pl", "media", [])
E.article("wia", "Wiara.pl", "https://info.wiara.pl/wyszukaj/wyrazy_w/21?q=STO+NA+STO", None, "pl", "Libia: Atak na obóz uchodźców. Ponad stu zabitych", {})
wia_100 = E.c("Wiara.pl", "osób", "zginęło", "Ponad sto", it=TOLL, iv=(101, INF), place="Tadżura, wschodnie przedmieścia Trypolisu", via=None)
wia_ctr = E.c("Wiara.pl", "migrantów", "przebywało w obozie", "ponad 600", it=CENTRE, iv=(601, INF), via=None)

# -- 42 Arte ----------------------------------------------------------------------------------------------------------------------------------------------------------------------------
S("Arte", "media", [])
S("UNO", "international_org", ["UN"], "UN")
E.article("art", "Arte", "https://www.arte.tv/sites/story/reportage/euarms/?lang=de", None, "de", None, {"uno": {"outlet": "UNO", "title": "Bericht"}})
art_uae = E.c("Arte", "Flüchtlingslager", "werden beschuldigt, bombardiert zu haben", actor="die Mirages 2000-9 der Vereinigten Arabischen Emirate", it=PERP, lab="UAE", hedge="beschuldigt",
              qualifiers=["the UN report does not name the UAE; only the UAE has the Mirage 2000-9"], via=None)
art_53 = E.c("UNO", "Todesopfer", "forderte", "53", it=TOLL, iv=53, st=UNREP, sp="UN", qualifiers=["darunter Minderjährige"], via="uno")

# -- label relations -------------------------------------------------------------------------------------------------------------------------------------------------------------------------
E.exclusive = {"use"}
L = E.labrel
L[frozenset(("LNA", "denied"))] = "contradicts"
L[frozenset(("technical fault", "LNA"))] = "compatible"
L[frozenset(("Egypt", "UAE"))] = "contradicts"
L[frozenset(("foreign", "Egypt"))] = "refines"
L[frozenset(("foreign", "UAE"))] = "refines"
L[frozenset(("technical fault", "denied"))] = "contradicts"
for lab in ("foreign", "Egypt", "UAE"):
    L[frozenset(("LNA", lab))] = "compatible"
    L[frozenset(("denied", lab))] = "compatible"
    L[frozenset(("technical fault", lab))] = "compatible"

P = E.pair
# the LNA's account (its strike hit a military camp; militias' shelling or exploding ammunition killed the migrants)
# against the accounts that a foreign aircraft's strike hit the hangar: the cause of the deaths is disputed
ACCOUNT = (dfp_haf, nap_den, nyh_den)
FOREIGN_STRIKE = (acu_bas, ubf_f, lah_f, lah_mem, lm2_f, bbc_f, meo_eg, bbc_uae, art_uae)
for a in ACCOUNT:
    for f in FOREIGN_STRIKE + (lah_53,):
        P(a, f, "contradicts", "LNA: militias' shelling / exploding ammunition killed the migrants vs an air strike by a (foreign) aircraft hit the hangar: exclusive causes")
# the LNA's denial of responsibility against tolls that name Haftar's forces or jets as the killers
TOLL_LNA = (ens_40, ens_30, tda_40, nap_36, arr_44, voa_50, fnp_53)
LNA_DEN = (urd_den, urd_bl, acu_den, anw_den, dfp_haf, nap_den, meo_den, nyh_den, dka_den, swr_den, was_den)
for d in LNA_DEN:
    for t in TOLL_LNA:
        P(d, t, "contradicts", "LNA denies its forces struck the centre vs a toll of migrants killed by Haftar's forces / jets: assertion and denial")
# the LNA's "technical fault of the aircraft" (an accident) vs the GNA's "deliberate, precise, not accidental" strike
for g in (ftv_gna, tdp_gna, dfp_gna):
    P(lib_tec, g, "contradicts", "LNA forces: a technical fault of the aircraft (accident) vs GNA: a deliberate, precise attack, not accidental")
# the UN report's "foreign aircraft supporting Haftar or his forces' aircraft" toll: compatible with the denial of the LNA air force only
# the LNA: the centre was used for military purposes / human shields vs the UN: a civilian site
P(anw_sh, lah_civ, "contradicts", "LNA: detainees placed at a military site as human shields vs UN: the centre is a civilian target known to all parties")
# hard negatives
P(lah_pmay, lah_53, "unrelated", "the May 2019 strike on the same centre vs the July strike's toll: same place, other day")
P(inl_may, inl_53, "unrelated", "two wounded on 7 May 2019 vs 53 killed on 2 July: same place, other day")
P(inl_may, inl_w, "unrelated", "two wounded in May vs 130 wounded in July: same place, same kind of figure, other day")
P(bst_agg, bst_53, "unrelated", "almost 1,000 dead in the whole Tripoli offensive (aggregate) vs the Tajoura toll")
P(nyh_och, nyh_40, "unrelated", "civilian deaths of the offensive doubled (aggregate) vs the Tajoura toll")
P(tdp_lna, tdp_gna, "unrelated", "LNA raids on militias in Tripoli and Tajoura (another target) vs the strike on the detention centre")
P(anw_mil, anw_gna, "unrelated", "LNA strike on a nearby military site vs the attack on the centre blamed on the LNA: other target")
P(bst_ch, bst_53, "unrelated", "six children among the dead vs 53 dead: a part of the toll, other item")
P(ehd_300, ehd_44, "unrelated", "300 migrants still in the centre vs more than 44 dead: other item")
P(lk1_h, lk1_40, "unrelated", "120 held in the hangar vs 40 killed: other item")
P(ftv_h, ftv_40, "unrelated", "120 held in the hangar vs nearly 40 killed: other item")
P(spl_ctr, spl_150, "unrelated", "about 150 held in the centre vs about 150 killed: same figure, other item")
P(aff_ctr, aff_40, "unrelated", "150 held at Tajoura vs at least 40 dead: other item")
P(ubf_w, ubf_53, "unrelated", "130 injured vs 53 killed: other item")
P(dka_w, dka_40, "unrelated", "40 wounded vs 40 dead: same figure, other item")
P(tdp_msf, tdp_w70, "unrelated", "126 in the cell that was hit vs more than 70 injured: other item")

E.write()
E.aggregate(bst_agg, ["tajoura-2019"])
E.aggregate(nyh_och, ["tajoura-2019"])
E.write()
