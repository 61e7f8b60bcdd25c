"""bounti-2021: the French (Barkhane) air strike near Bounti, Douentza circle, Mopti region, central Mali,
Sunday 3 January 2021.  Annotated blind (see ../bounti-2021.md).

Per claim: the item (`it`), the statement relayed (`st`, echo), the speaker group (`sp`, revises), the
interval the written figure means (`iv`) or a qualitative label (`lab`), and the gold event (`ev`).
Pairs within an item are derived by lib.py (with one rule added below); pairs across items are written
by hand at the end of the file.
"""
from lib import Event, INF, Q


class Bounti(Event):
    """One rule added to lib.py's table: two figures of one speaker from two statements, one strictly
    within the other ("several dozen" jihadists, then "about thirty"), say the same count more or less
    precisely: the narrower one `refines` the wider one; it is not a revision.  Disjoint figures of one
    speaker (Tabital Pulaaku's "at least 20", then "19") stay `revises`."""

    def _judge(self, item, ma, mb):
        if (ma["sp"] == mb["sp"] and ma["iv"] is not None and mb["iv"] is not None
                and not (ma["st"] and ma["st"] == mb["st"])):
            (a0, a1), (b0, b1) = ma["iv"], mb["iv"]
            if (a0, a1) != (b0, b1) and ((b0 <= a0 and a1 <= b1) or (a0 <= b0 and b1 <= a1)):
                return ("refines", f"same speaker, one figure within the other ({self._fmt(ma)} / {self._fmt(mb)})")
        return super()._judge(item, ma, mb)


E = Bounti("bounti-2021")
S = E.src

# readings the model cannot take as times (yearless dates in undated articles, other languages'
# dates, nights across two days): kept as qualifiers (see the event page)
E.bad_when = {"dimanche 3 janvier", "3 janvier", "dans la nuit du 3 au 4 janvier", "dans la nuit de dimanche à lundi",
              "3. Januar", "am 3. Januar gegen drei Uhr nachmittags", "nella notte tra il 3 e il 4 gennaio", "Sunday", "3 gennaio",
              "3 de enero", "dimanche", "le 3 décembre", "3 يناير 2021", "الأحد 3 يناير 2021", "Sunday, Jan. 3",
              "vers 15h, dimanche 3 janvier", "afternoon of Jan. 3", "vers deux heures du matin"}

# -- items ------------------------------------------------------------------------------
TOLL = "civilian-toll"      # civilians (wedding guests, villagers) killed by the strike
DEAD = "all-dead"           # everyone the strike killed, civilians and armed men together
TERR = "jihadists-killed"   # jihadists / terrorists / members of the armed group killed
SPOT = "killed-outright"    # killed on the spot (UN: 19, civilians and armed men)
CIVSPOT = "civilians-killed-outright"  # civilians killed on the spot (UN: 16)
TRANSF = "died-in-transfer"  # civilians who died of their wounds on the way to care
WND = "wounded"             # civilians wounded
MISS = "missing"            # people missing after the strike
GATH = "gathering"          # what the gathering struck was (label)
SIZE = "gathering-size"     # how many people were at the site struck
ARMED = "armed-present"     # armed men present at the site
CHILD = "women-children"    # whether women or children were among those struck (label)
AIR = "aircraft"            # what struck (label)
TIME = "time-of-strike"     # when in the day the strike fell (label)
COLL = "collateral"         # the denials that any civilian was harmed (label)
REJ = "un-report"           # France's rejection of the UN report (label)
INTERV = "un-interviews"    # interviews the UN investigators held
FIRST = "first-bomb"        # people killed by the first bomb (a Fulani association spokesman)
FR = "France"               # speaker group: the general staff, its spokesmen, the armed forces ministry, Parly
MALI = "Mali"               # speaker group: the Malian defence ministry and army
UN = "MINUSMA"              # speaker group: the UN mission's human rights division
TABG = "Tabital Pulaaku"    # speaker group: the Fulani association and its youth president Hamadoun Dicko

E.exclusive = {GATH, CHILD, AIR, TIME}
WED = "a wedding (civilians)"
ATG = "an armed terrorist group (no wedding)"
WC = "women or children struck"
NOWC = "no women or children"
HELI = "a helicopter"
JETS = "fighter jets (no helicopter)"
DAY = "afternoon of 3 Jan"
NIGHT = "night of 3-4 Jan"

# -- statements relayed by several articles (echo) ------------------------------------
TAB = "Tabital Pulaaku's communiqué of 3-4 Jan 2021 (an air strike killed at least 20 civilians at a wedding in Bounti; 27 missing)"
GHANA = "villager Ahmadou Ghana to AFP (19 dead, two of them his brothers)"
VILAFP = "Bounti villagers to AFP (a helicopter fired on a wedding; 19 dead including children)"
EMA5AFP = "the French army spokesman / headquarters to AFP, Tue 5 Jan 2021 (fighter jets neutralised dozens of jihadists; the wedding reports do not match the observations)"
SRCAFP = "a French military source to AFP, 5 Jan 2021 (no wedding; a fully identified armed terrorist group)"
EMA5RFI = "the French general staff to RFI, 5 Jan 2021 (several dozen terrorists neutralised around 3 pm by Mirage 2000s; no helicopter; the wedding account does not match)"
BARBRYAP = "Col. Frederic Barbry to AP (no connection with a wedding; a suspicious gathering, an armed terrorist group)"
EMA7 = "the French general staff's communiqué of Thu 7 Jan 2021 (two Mirage 2000, three bombs, about 40 adult men, about 30 terrorists neutralised)"
MALIST = "the Malian defence ministry's communiqué of 6-7 Jan 2021, signed by Gen. Souleymane Doucouré (about fifty individuals, no woman or child, Katiba Serma, about thirty neutralised)"
PARLY10 = "Florence Parly on France Inter, Sun 10 Jan 2021"
PARLY12 = "Florence Parly before the National Assembly's defence committee, Tue 12 Jan 2021"
HRW21 = "Human Rights Watch's statement of Thu 21 Jan 2021"
UNREP = "MINUSMA's report of Tue 30 Mar 2021 (a wedding of about 100 civilians with five armed men; at least 22 killed: 19 civilians, three suspected Katiba Serma)"
FRMOD30 = "the French armed forces ministry's communiqué of Tue 30 Mar 2021 (maintains: an armed terrorist group; reservations on the UN report)"
MAYOR = "the mayor, Adama Griaba, to Studio Tamani (an unidentified helicopter at night; more than 100 dead)"
DICKOAN = "Hamadoune Dicko to Africanews, 30-31 Mar 2021 (19 victims, all Fulani civilians)"

# -- sources --------------------------------------------------------------------------
S("French armed forces", "state", ["French military", "French defence ministry"], "France")
S("Malian army", "state", ["FAMa"], "Mali")
S("Human Rights Watch and a Malian group", "ngo", ["Human Rights Watch"])
S("wedding guests", "witness", ["a 46-year-old teacher"])
S("French military spokesman", "state", ["French military headquarters"], "France")
S("Ahmadou Ghana", "witness", ["Bounti villager"])
S("Tabital Pulakuu", "ngo", ["Tabital Pulaaku", "Fulani association"])
S("French military source", "state", [], "France")
S("Bounti villagers", "witness", ["villagers"])
S("local sources", "witness", [])
S("Col. Frederic Barbry", "state", ["French military spokesman"], "France")
S("French army", "state", ["French army spokesman"], "France")
S("residents of Bounti", "witness", ["residents"])
S("Minusma spokesman", "international_org", ["UN peacekeeping mission in Mali"], "UN")
S("residents and a Fulani association", "witness", ["Tabital Pulaaku"])
S("French military", "state", [], "France")
S("Human Rights Watch", "ngo", ["HRW"])
S("Mali's defence ministry", "state", ["Malian defence ministry"], "Mali")
S("French armed forces (statement of January 7)", "state", ["French armed forces"], "France")
S("Florence Parly", "state", ["France's defense minister"], "France")
S("witnesses", "witness", [])
S("Hamadoun Dicko", "ngo", ["Tabital Pulaaku Youth Association"])
S("AP", "media", ["Associated Press"])
S("MINUSMA", "international_org", ["United Nations Multidimensional Integrated Stabilization Mission in Mali", "UN"], "UN")
S("General Staff of French Army", "state", ["French army"], "France")
S("UN (MINUSMA)", "international_org", ["United Nations mission in Mali", "MINUSMA"], "UN")
S("local civil society groups and some witnesses", "other", [])
S("Florence Parly (French armed forces minister)", "state", ["Ms. Parly"], "France")
S("l'état-major français", "state", ["armée française", "autorités militaires françaises"], "France")
S("des villageois de Bounti", "witness", ["villageois"])
S("RFI", "media", [])
S("villageois et une association de défense des peuls", "witness", ["Tabital Pulaaku"])
S("armée française", "state", ["Barkhane", "état-major"], "France")
S("Mondafrique", "media", [])
S("le maire de la localité", "other", ["maire de Bounti"])
S("médias locaux citant des témoins", "media", ["témoins"])
S("Adama Griaba", "other", ["maire de la localité"])
S("sources locales", "witness", [])
S("Journal du Pays", "media", [])
S("villageois", "witness", [])
S("colonel Frédéric Barbry", "state", ["porte-parole de l'état-major des armées"], "France")
S("Jeunesse Tabital Pulaaku", "ngo", ["association peule"])
S("ministère de la Défense et des Anciens combattants du Mali", "state", ["Souleymane Doucouré"], "Mali")
S("état-major français", "state", ["ministère de la Défense malien"], "France")
S("Florence Parly", "state", ["ministre française des Armées"], "France")
S("ministère français des Armées", "state", ["Paris"], "France")
S("Minusma", "international_org", ["mission de l'Onu pour la stabilisation au Mali"], "UN")
S("division des droits de l'homme de la Minusma", "international_org", ["Nations unies"], "UN")
S("Hamadoune Dicko", "ngo", ["président de la Jeunesse Tabital Pulaaku Mali"])
S("ministère français de la défense", "state", ["La France"], "France")
S("Africanews", "media", [])
S("französische Armee", "state", ["Armeesprecher"], "France")
S("Dorfbewohner", "witness", ["Bewohner des Dorfes Bounti"])
S("Ahmadou Ghana (Dorfbewohner)", "witness", [])
S("Verband Tabital Pulakuu", "ngo", [])
S("französische Armeekreise", "state", [], "France")
S("MINUSMA-Sprecher", "international_org", [], "UN")
S("junge Welt", "media", [])
S("französische Militärs", "state", [], "France")
S("ONU (MINUSMA)", "international_org", ["equipo de investigación de la ONU"], "UN")
S("Ministerio francés de las Fuerzas Armadas", "state", [], "France")
S("rapporto Onu (MINUSMA)", "international_org", ["Nazioni Unite"], "UN")
S("insidertrend", "media", [])
S("ministero della Difesa francese", "state", ["Parigi"], "France")
S("Il Post", "media", [])
S("esercito francese", "state", ["Francia"], "France")
S("rapporto delle Nazioni Unite", "international_org", ["ONU"], "UN")
S("fonti locali", "witness", ["abitanti della zona"])
S("comandi militari francesi", "state", [], "France")
S("Tabital Pulaaku", "ngo", ["associazione dell'etnia fulana"])
S("residenti del villaggio di Bounti", "witness", [])
S("تقارير من منطقة غرب إفريقيا", "media", ["The Times"])
S("قائمة على وسائل التواصل الاجتماعي", "other", [])
S("وزارة الدفاع في مالي", "state", [], "Mali")
S("علي باري", "ngo", ["المتحدث باسم جمعية شعب الفولاني"])
S("تحقيق للأمم المتحدة", "international_org", ["الأمم المتحدة"], "UN")
S("الجيش الفرنسي", "state", [], "France")
S("سكان", "witness", [])
S("تنظيم داعش", "armed_group", ["Islamic State"], "Islamic State")
S("Maliweb", "media", [])
S("associated press", "media", [])

# 1 The Seattle Times (The Washington Post)
E.article("wp", "The Seattle Times (The Washington Post)", "https://www.seattletimes.com/nation-world/france-says-it-bombed-an-armed-terrorist-group-witnesses-say-it-was-a-wedding/",
          None, "en", "France says it bombed an armed terrorist group. Witnesses say it was a wedding.",
          {"fr": {"outlet": "French armed forces", "title": "statement", "published": "2021-01-07"}, "mali": {"outlet": "Malian army"},
           "hrw": {"outlet": "Human Rights Watch and a Malian group", "title": "investigations"}, "gst": {"outlet": "wedding guests"}})
wp_30 = E.c("French armed forces", "men", "killed", "about 30", it=TERR, iv=(27, 33), st=EMA7, sp=FR, actor="a pair of Mirage 2000 fighter jets",
            place="near Bounti in the Mopti region", qualifiers=["all militants", "three explosives"], via="fr")
wp_atg = E.c("French armed forces", "the gathering struck", "was", "a gathering of armed terrorist group members", it=GATH, lab=ATG, st=EMA7, sp=FR, via="fr")
wp_mali = E.c("Malian army", "a marriage, women or children", "sign of", polarity="denied", it=GATH, lab=ATG, st=MALIST, sp=MALI,
              quote="There was no sign of a marriage, women or children.", via="mali")
wp_19 = E.c("Human Rights Watch and a Malian group", "civilian men", "died in the blasts", "19", it=TOLL, iv=19, sp="HRW and a Malian group (WP)",
            qualifiers=["some in their late 60s and 70s"], via="hrw")
wp_wed = E.c("wedding guests", "the men", "gathered for", "a wedding", it=GATH, lab=WED, sp="two guests (WP)",
             qualifiers=["only men were in the field because extremists had banned socializing with women"], via="gst")

# 2 Taipei Times (AFP), 7 Jan 2021
E.article("tt", "Taipei Times (AFP)", "https://www.taipeitimes.com/News/world/archives/2021/01/07/2003750118", "2021-01-07", "en", None,
          {"spk": {"outlet": "French military spokesman", "published": "2021-01-05"}, "gh": {"outlet": "Ahmadou Ghana"},
           "tab": {"outlet": "Tabital Pulakuu", "published": "2021-01-03"}, "src": {"outlet": "French military source"}, "vil": {"outlet": "Bounti villagers"}})
tt_doz = E.c("French military spokesman", "militants", "neutralized", "dozens", it=TERR, iv=(20, INF), st=EMA5AFP, sp=FR, actor="fighter jets",
             place="central Mali", qualifiers=["after the group had been tracked for several days"], via="spk")
tt_nomatch = E.c("French military spokesman", "the reports relating to a wedding", "match the observations that were made", polarity="denied", it=GATH, lab=ATG,
                 st=EMA5AFP, sp=FR, quote="The reports relating to a wedding do not match the observations that were made", via="spk")
tt_gh = E.c("Ahmadou Ghana", "people", "died", "19", it=TOLL, iv=19, st=GHANA, sp="Ahmadou Ghana", qualifiers=["including two of his brothers", "several others seriously wounded"],
            via="gh")
tt_tab = E.c("Tabital Pulakuu", "civilians", "claimed the lives of", "at least 20", it=TOLL, iv=(20, INF), st=TAB, sp=TABG, quote="airstrike that claimed the lives of at least 20 civilians",
             via="tab")
tt_src = E.c("French military source", "a wedding", "there was", polarity="denied", it=GATH, lab=ATG, st=SRCAFP, sp=FR,
             quote="There can't be any doubts or ambiguity, there was no wedding.", qualifiers=["a fully identified armed terrorist group"], via="src")
tt_heli = E.c("Bounti villagers", "a lone helicopter", "opened fire", it=AIR, lab=HELI, st=VILAFP, sp="Bounti villagers (AFP)",
              qualifiers=["in broad daylight", "sowing panic among a crowd gathered for a wedding"], via="vil")
tt_day = E.c("Bounti villagers", "a lone helicopter", "opened fire in broad daylight", it=TIME, lab=DAY, st=VILAFP, sp="Bounti villagers (AFP)", via="vil")

# 3 Brinkwire (AP)
E.article("bw", "Brinkwire (AP)", "https://en.brinkwire.com/world/wedding-guests-killed-in-a-mali-airstrike-according-to-local-sources/", None, "en",
          "Wedding guests killed in a Mali airstrike, according to local sources",
          {"loc": {"outlet": "local sources", "wire": "associated press"}, "gh": {"outlet": "Ahmadou Ghana"}, "tab": {"outlet": "Tabital Pulakuu"},
           "bar": {"outlet": "Col. Frederic Barbry", "wire": "associated press"}})
bw_20 = E.c("local sources", "people", "were killed", "more than 20", it=TOLL, iv=(21, INF), sp="local sources (AP)", qualifiers=["including children", "during a wedding ceremony"],
            place="remote desert region in central Mali", via="loc")
bw_ch = E.c("local sources", "children", "among those killed", it=CHILD, lab=WC, sp="local sources (AP)", via="loc")
bw_gh = E.c("Ahmadou Ghana", "people", "died", "19", it=TOLL, iv=19, st=GHANA, sp="Ahmadou Ghana", qualifiers=["including two of his brothers"], via="gh")
bw_tab = E.c("Tabital Pulakuu", "civilians", "air attack that took the lives of", "at least 20", it=TOLL, iv=(20, INF), st=TAB, sp=TABG, via="tab")
bw_bar = E.c("Col. Frederic Barbry", "a connection between the attack and a wedding celebration", "existed", polarity="denied", it=GATH, lab=ATG, st=BARBRYAP, sp=FR,
             qualifiers=["a suspicious gathering of people", "an armed terrorist group"], via="bar")

# 4 Radio Fiji
E.article("rf", "Radio Fiji", "https://radiofiji.com.fj/mali-at-least-20-dead-after-a-french-air-strike/6168/", None, "en", "Mali: At least 20 dead after a French air strike",
          {"spk": {"outlet": "French army", "wire": "AFP"}, "res": {"outlet": "residents of Bounti"}, "tab": {"outlet": "Tabital Pulakuu"}})
rf_doz = E.c("French army", "members of an Islamist group", "neutralized", "several dozen", it=TERR, iv=(20, INF), st=EMA5AFP, sp=FR, actor="French fighter jets", via="spk")
rf_20 = E.c("residents of Bounti", "wedding guests", "were killed", "around 20", it=TOLL, iv=(18, 22), st=VILAFP, sp="Bounti villagers (AFP)", actor="a helicopter", via="res")
rf_tab = E.c("Tabital Pulakuu", "civilians", "killed", "at least 20", it=TOLL, iv=(20, INF), st=TAB, sp=TABG, via="tab")
rf_miss = E.c("Tabital Pulakuu", "people", "were missing", "27", it=MISS, iv=27, st=TAB, sp=TABG, via="tab")

# 5 SpaceWar (AFP), 21 Jan 2021
E.article("sw", "SpaceWar.com (AFP)", "https://www.spacewar.com/afp/210121130449.gx41jg9e.html", "2021-01-21", "en", "HRW urges investigation into French air strike in central Mali",
          {"res": {"outlet": "residents and a Fulani association"}, "fr": {"outlet": "French military"}, "hrw": {"outlet": "Human Rights Watch", "title": "statement", "published": "2021-01-21"},
           "mali": {"outlet": "Mali's defence ministry", "published": "2021-01-07"}})
sw_20 = E.c("residents and a Fulani association", "people", "killing", "about 20", it=TOLL, iv=(18, 22), sp="residents and Tabital (AFP)", actor="a helicopter",
            when="January 3", qualifiers=["during a wedding party"], via="res")
sw_doz = E.c("French military", "combatants", "killing", "several dozen", it=TERR, iv=(20, INF), sp=FR, actor="a fighter jet", place="north of the village", via="fr")
sw_nowc = E.c("French military", "women or children", "struck", polarity="denied", it=CHILD, lab=NOWC, sp=FR, qualifiers=["denying that a wedding party had been hit"], via="fr")
sw_hrw = E.c("Human Rights Watch", "male wedding guests", "had gathered separately", it=GATH, lab=WED, st=HRW21, sp="HRW",
             qualifiers=["three Bounti residents told HRW", "gender-segregation rules imposed by jihadists"], via="hrw")
sw_mali = E.c("Mali's defence ministry", "members of the Katiba Serma jihadist group", "neutralised", "about 30", it=TERR, iv=(27, 33), st=MALIST, sp=MALI,
              actor="a Mirage 2000", stated="2021-01-07", via="mali")

# 6 Tolerance.ca (Human Rights Watch), 21 Jan 2021
E.article("hrw", "Tolerance.ca (Human Rights Watch)", "https://www.tolerance.ca/ArticleExt.aspx?ID=483168&L=en", "2021-01-21", "en", "Mali/France: Investigate French Airstrike Killing 19",
          {"fr": {"outlet": "French armed forces (statement of January 7)", "title": "statement", "published": "2021-01-07"}})
hrw_19 = E.c("Human Rights Watch", "people", "killed", "19", it=TOLL, iv=19, st=HRW21, sp="HRW", qualifiers=["alleged by local residents to be civilians"],
             actor="French airstrike", when="2021-01-03")
hrw_40 = E.c("French armed forces (statement of January 7)", "adult men", "a group of", "about 40", it=SIZE, iv=(36, 44), st=EMA7, sp=FR,
             qualifiers=["two French Mirage 2000 jet fighters delivered three bombs", "at about 3 p.m."], via="fr")

# 7 Higher Ground Times (AP), 10 Jan 2021
E.article("ap", "Higher Ground Times (AP)", "https://highergroundtimes.com/higher-ground/2021/jan/10/french-minister-insists-troops-didnt-bomb-mali-wed", "2021-01-10", "en", None,
          {"par": {"outlet": "Florence Parly", "title": "interview on France Inter", "published": "2021-01-10"}, "wit": {"outlet": "witnesses"}, "dk": {"outlet": "Hamadoun Dicko"}})
ap_doz = E.c("Florence Parly", "jihadis", "eliminated", "several dozen", it=TERR, iv=(20, INF), st=PARLY10, sp=FR, when="Jan. 3", via="par")
ap_nowed = E.c("Florence Parly", "a marriage, women or children", "there was", polarity="denied", it=GATH, lab=ATG, st=PARLY10, sp=FR,
               quote="There was neither a marriage, nor women nor children. It was men, exclusively.", via="par")
ap_nowc = E.c("Florence Parly", "women or children", "there were", polarity="denied", it=CHILD, lab=NOWC, st=PARLY10, sp=FR, qualifiers=["It was men, exclusively."], via="par")
ap_jets = E.c("Florence Parly", "helicopters", "engaged in the strike", polarity="denied", it=AIR, lab=JETS, st=PARLY10, sp=FR, qualifiers=["fighter jets"], via="par")
ap_wit = E.c("witnesses", "people", "were killed", "at least 20", it=TOLL, iv=(20, INF), sp="witnesses (AP)", place="Bounti", via="wit")
ap_six = E.c("AP", "French troops", "were killed", "six", it="french-ied-deaths", iv=6, ev="mali-2021-01-french-ied-attacks", sp="AP",
             qualifiers=["last week", "in two separate attacks involving improvised explosive devices"])
ap_50 = E.c("AP", "French deaths", "total number of", "50", it="french-deaths-total", iv=50, ev="barkhane-2013-2021-french-deaths", sp="AP",
            qualifiers=["since France first intervened in Mali in 2013"])

# 8 Xinhua, 31 Mar 2021 (Bamako, 30 Mar)
E.article("xh", "Xinhua", "http://xinhuanet.com/english/africa/2021-03/31/c_139847703.htm", "2021-03-31", "en", None,
          {"un": {"outlet": "MINUSMA", "title": "investigation report", "published": "2021-03-30"}})
xh_size = E.c("MINUSMA", "civilians", "a wedding celebration which brought together", "more than 100", it=SIZE, iv=(101, INF), st=UNREP, sp=UN, via="un")
xh_arm = E.c("MINUSMA", "armed persons", "including", "five", it=ARMED, iv=5, st=UNREP, sp=UN, qualifiers=["alleged members of the Katiba Serma"], via="un")
xh_22 = E.c("MINUSMA", "people", "were killed", "at least 22", it=DEAD, iv=(22, INF), st=UNREP, sp=UN, actor="the Barkhane Force", place="Bounty (central Mali)",
            when="January 3, 2021", via="un")
xh_19 = E.c("MINUSMA", "civilians", "deaths", "19", it=TOLL, iv=19, st=UNREP, sp=UN, actor="the French Barkhane force", via="un")
xh_men = E.c("MINUSMA", "the victims", "are all men", it=CHILD, lab=NOWC, st=UNREP, sp=UN, qualifiers=["aged 23 to 71", "the majority of whom lived in the village of Bounty"],
             via="un")

# 9 5Pillars, 12 Apr 2021
E.article("fp", "5Pillars", "https://5pillarsuk.com/2021/04/12/un-says-french-military-killed-19-civilians-at-wedding-party-in-mali", "2021-04-12", "en",
          None, {"un": {"outlet": "UN (MINUSMA)", "title": "statement"}})
fp_16 = E.c("UN (MINUSMA)", "civilians", "directly affected by the strike", "16", it=CIVSPOT, iv=16, st=UNREP, sp=UN, qualifiers=["19 were directly affected by the strike, including 16 civilians"], via="un")
fp_wnd = E.c("UN (MINUSMA)", "other civilians", "were injured", "at least eight", it=WND, iv=(8, INF), st=UNREP, sp=UN, via="un")
fp_int = E.c("UN (MINUSMA)", "face-to-face interviews", "organised", "at least 115", it=INTERV, iv=(115, INF), st=UNREP, sp=UN, via="un")

# 10 ExBulletin (The Telegraph), 12 Feb 2021
E.article("tg", "ExBulletin (The Telegraph)", "https://exbulletin.com/world/734458/", "2021-02-12", "en", None,
          {"cs": {"outlet": "local civil society groups and some witnesses"}, "par": {"outlet": "Florence Parly (French armed forces minister)"}})
tg_19 = E.c("local civil society groups and some witnesses", "civilians", "killed", "19", it=TOLL, iv=19, sp="civil society groups and witnesses (Telegraph)",
            qualifiers=["the airstrike hit a wedding"], via="cs")
tg_par = E.c("Florence Parly (French armed forces minister)", "a wedding", "we did have", polarity="denied", it=GATH, lab=ATG, sp=FR, quote="We did not have a wedding.",
             qualifiers=["the two Mirages received very accurate information"], via="par")

# 11 PressAfrik (RFI), January 2021
E.article("pa", "PressAfrik (RFI)", "https://www.pressafrik.com/Mali-plusieurs-personnes-tuees-par-une-frappe-aerienne-de-Barkhane-dans-le-centre-du-pays_a226010.html",
          None, "fr", "Mali: plusieurs personnes tuées par une frappe aérienne de Barkhane dans le centre du pays",
          {"ema": {"outlet": "l'état-major français"}, "vil": {"outlet": "des villageois de Bounti", "wire": "AFP"}})
pa_doz = E.c("l'état-major français", "terroristes", "neutraliser", "plusieurs dizaines", it=TERR, iv=(20, INF), st=EMA5RFI, sp=FR, actor="une patrouille de Mirage 2000",
             place="région de Douentza, non loin du village de Bounti", when="dimanche 3 janvier", via="ema")
pa_15h = E.c("l'état-major français", "les tirs", "ont eu lieu vers 15h", it=TIME, lab=DAY, st=EMA5RFI, sp=FR, when="dimanche 3 janvier", via="ema")
pa_nomatch = E.c("l'état-major français", "le récit d'un bombardement sur une fête de mariage à Bounti", "correspond aux observations effectuées par la force Barkhane",
                 polarity="denied", it=GATH, lab=ATG, st=EMA5RFI, sp=FR, qualifiers=["ne correspond en rien"], via="ema")
pa_nohel = E.c("l'état-major français", "aucun hélicoptère", "est intervenu lors de cette opération", polarity="denied", it=AIR, lab=JETS, st=EMA5RFI, sp=FR, via="ema")
pa_19 = E.c("des villageois de Bounti", "morts", "il y aurait", "19", it=TOLL, iv=19, st=VILAFP, sp="Bounti villagers (AFP)", actor="les tirs d'un hélicoptère",
            qualifiers=["lors d'une noce", "dont des enfants"], via="vil")
pa_ch = E.c("des villageois de Bounti", "enfants", "parmi les morts", it=CHILD, lab=WC, st=VILAFP, sp="Bounti villagers (AFP)", via="vil")
pa_rfi = E.c("RFI", "quelques femmes et des enfants originaires de Bounti", "sont soignés à Douentza", it=CHILD, lab=WC, sp="RFI", qualifiers=["RFI a eu confirmation"])

# 12 aBamako (RFI)
E.article("ab", "aBamako (RFI)", "http://news.abamako.com/h/245629.html", None, "fr", None,
          {"vil": {"outlet": "villageois et une association de défense des peuls"}, "fr": {"outlet": "armée française"},
           "ema": {"outlet": "armée française", "title": "communiqué de l'État-major", "published": "2021-01-07"}})
ab_19 = E.c("villageois et une association de défense des peuls", "civils venus assister à un mariage", "tué", "19", it=TOLL, iv=19, sp="villagers and a Fulani association (RFI)",
            when="dimanche 3 janvier", place="Bounti dans la région de Douentza", via="vil")
ab_terr = E.c("armée française", "les hommes tués", "étaient bien des terroristes", it=GATH, lab=ATG, sp=FR, qualifiers=["selon les constatations effectuées sur place", "Barkhane dément fermement"],
              via="fr")
ab_30 = E.c("armée française", "terroristes", "neutraliser", "une trentaine", it=TERR, iv=(27, 33), st=EMA7, sp=FR, actor="un drone et deux avions de chasse",
            qualifiers=["trois bombes"], via="ema")
ab_nowc = E.c("armée française", "la présence de femmes et d'enfants", "exclue", polarity="denied", it=CHILD, lab=NOWC, st=EMA7, sp=FR, via="ema")

# 13 aBamako (Mondafrique), 5 Jan 2021
E.article("mf", "aBamako (Mondafrique)", "http://news.abamako.com/h/245471.html", "2021-01-05", "fr", "Une noce bombardée au centre du Mali: vingt morts",
          {"may": {"outlet": "le maire de la localité", "wire": "Studio Tamani"}})
mf_20 = E.c("Mondafrique", "hommes participant à un mariage", "ont péri", "une vingtaine", it=TOLL, iv=(18, 22), sp="Mondafrique", actor="un bombardement d'origine inconnue",
            place="village peul de Bounti, cercle de Douentza", qualifiers=["et plusieurs blessés"])
mf_night = E.c("Mondafrique", "le bombardement", "a eu lieu dans la nuit", it=TIME, lab=NIGHT, sp="Mondafrique", qualifiers=["dans la nuit du 3 au 4 janvier", "vers deux heures du matin"])
mf_may = E.c("le maire de la localité", "morts", "le bilan serait plus élevé", "de 100 à 200", it=TOLL, iv=(100, 200), st=MAYOR, sp="the mayor", qualifiers=["selon les témoins"],
             via="may")

# 14 L-Frii
E.article("lf", "L-Frii", "https://l-frii.com/mali-plus-de-100-civils-tues-lors-dune-frappe-aerienne-lundi", None, "fr", "Mali: plus de 100 civils tués lors d'une frappe aérienne lundi",
          {"may": {"outlet": "Adama Griaba", "title": "joint au téléphone", "wire": "Studio Tamani"}})
lf_100 = E.c("médias locaux citant des témoins", "civils", "sont morts", "plus d'une centaine", it=TOLL, iv=(101, INF), sp="local media (L-Frii)",
             place="village de Bounti (peul) au centre du Mali", qualifiers=["dans la nuit de dimanche à lundi", "plusieurs convives d'un mariage"])
lf_heli = E.c("Adama Griaba", "ces frappes", "ont été effectuées par", "un hélicoptère non identifié", it=AIR, lab=HELI, st=MAYOR, sp="the mayor", via="may")
lf_night = E.c("Adama Griaba", "ces frappes", "ont été effectuées", "nuitamment", it=TIME, lab=NIGHT, st=MAYOR, sp="the mayor", via="may")

# 15 Bamada (Le Pays)
E.article("lp", "Bamada (Le Pays)", "http://bamada.net/douentza-larmee-francaise-annonce-avoir-tue-plusieurs-dizaines-de-jihadistes-a-bounti", None, "fr", None,
          {"fr": {"outlet": "armée française"}, "loc": {"outlet": "sources locales"}})
lp_plus = E.c("armée française", "jihadistes", "mort", "plusieurs", it=TERR, iv=(2, INF), sp=FR, quote="Cette frappe a engendré la mort de plusieurs jihadistes et on dément avoir tué des civils qui participaient à un mariage",
              via="fr")
lp_den = E.c("armée française", "civils qui participaient à un mariage", "avoir tué", polarity="denied", it=COLL, lab="denied", sp=FR, via="fr")
lp_18 = E.c("sources locales", "civils", "avaient trouvé la mort", "18", it=TOLL, iv=18, sp="local sources (Le Pays)", actor="un hélicoptère non identifié",
            qualifiers=["plusieurs autres ont été blessés"], via="loc")

# 17 Mondafrique (décryptage)
E.article("md", "Mondafrique", "https://mondafrique.com/decryptage/noce-bombardee-au-mali-2-versions-toujours-opposees", None, "fr", None,
          {"mali": {"outlet": "ministère de la Défense et des Anciens combattants du Mali", "title": "communiqué"}})
md_50 = E.c("ministère de la Défense et des Anciens combattants du Mali", "individus", "regroupement de", "une cinquantaine", it=SIZE, iv=(45, 55), st=MALIST, sp=MALI,
            qualifiers=["observés le dimanche 03 janvier vers 11h00"], via="mali")
md_nowc = E.c("ministère de la Défense et des Anciens combattants du Mali", "femme ni enfant", "ce regroupement comprenait", polarity="denied", it=CHILD, lab=NOWC, st=MALIST, sp=MALI,
              quote="Ce regroupement ne comprenait ni femme, ni enfant.", via="mali")
md_ks = E.c("ministère de la Défense et des Anciens combattants du Mali", "ces éléments", "de la Katiba Serma", it=GATH, lab=ATG, st=MALIST, sp=MALI,
            qualifiers=["vêtus de la même façon", "qualifiés d'objectif militaire"], via="mali")
md_30 = E.c("ministère de la Défense et des Anciens combattants du Mali", "GAT", "neutralisés", "une trentaine", it=TERR, iv=(27, 33), st=MALIST, sp=MALI,
            actor="un Mirage 2000", qualifiers=["selon les images de la mission d'observation et de surveillance"], via="mali")

# 18 PressAfrik (RFI): Parly before the defence committee
E.article("pp", "PressAfrik (RFI)", "https://www.pressafrik.com/Frappes-sur-Bounti-au-Mali-les-rumeurs-font-le-jeu-des-jihadistes-selon-Florence-Parly_a226330.html",
          None, "fr", "Frappes sur Bounti au Mali: les «rumeurs» font le jeu des jihadistes, selon Florence Parly",
          {"ema": {"outlet": "état-major français"}, "par": {"outlet": "Florence Parly", "title": "audition par la commission Défense de l'Assemblée nationale"}})
pp_30 = E.c("état-major français", "terroristes", "neutralisant", "une trentaine", it=TERR, iv=(27, 33), sp=FR, actor="les avions de l'opération française Barkhane",
            qualifiers=["selon l'état-major français et le ministère de la Défense malien", "le 3 décembre (sic)"], via="ema")
pp_coll = E.c("Florence Parly", "dommage collatéral", "il y a eu", polarity="denied", it=COLL, lab="denied", st=PARLY12, sp=FR, quote="Il n'y a pas eu de dommage collatéral observé.",
              via="par")
pp_fest = E.c("Florence Parly", "rassemblement festif à l'endroit où la frappe est intervenue", "il y a eu", polarity="denied", it=GATH, lab=ATG, st=PARLY12, sp=FR,
              quote="On a entendu parler d'un mariage : il n'y a pas eu de rassemblement festif à l'endroit où la frappe est intervenue", via="par")
pp_rec = E.c("Florence Parly", "les armées", "aient pu occasionner ce dont elles ont été accusées", polarity="denied", it=COLL, lab="denied", st=PARLY12, sp=FR,
             quote="Je récuse absolument l'idée que les armées aient pu le 3 janvier occasionner ce dont elles ont été accusées", via="par")

# 19 Seneweb (AFP), March 2021
E.article("sn", "Seneweb (AFP)", "https://www.seneweb.com/news/Afrique/mali-la-minusma-evoque-19-civils-morts-l_n_343959.html", None, "fr",
          "Mali : La Minusma évoque 19 civils morts lors d'une frappe française, Paris réfute",
          {"mod": {"outlet": "ministère français des Armées", "title": "communiqué"}, "un": {"outlet": "Minusma", "title": "rapport final"}})
sn_rej = E.c("ministère français des Armées", "les conclusions d'un rapport de l'Onu", "a réfuté", it=REJ, lab="rejected", st=FRMOD30, sp=FR, via="mod")
sn_atg = E.c("ministère français des Armées", "un groupe armé terroriste identifié comme tel", "frappe aérienne ciblant", it=GATH, lab=ATG, st=FRMOD30, sp=FR,
             quote="le 3 janvier, les forces armées françaises ont effectué une frappe aérienne ciblant un groupe armé terroriste identifié comme tel", via="mod")
sn_nowc = E.c("ministère français des Armées", "aucune femme et aucun enfant", "n'a été touché", polarity="denied", it=CHILD, lab=NOWC, st=FRMOD30, sp=FR,
              qualifiers=["une frappe qui a neutralisé des combattants terroristes"], via="mod")
sn_22 = E.c("Minusma", "personnes", "a tué", "au moins 22", it=DEAD, iv=(22, INF), st=UNREP, sp=UN, actor="la force Barkhane", place="environs du village de Bounti",
            qualifiers=["trois djihadistes présumés et dix-neuf civils"], via="un")
sn_3 = E.c("Minusma", "djihadistes présumés", "tués", "trois", it=TERR, iv=3, st=UNREP, sp=UN, via="un")
sn_19 = E.c("Minusma", "civils", "tués", "dix-neuf", it=TOLL, iv=19, st=UNREP, sp=UN, qualifiers=["dont trois sont morts des suites de leurs blessures lors de leur transfert"], via="un")

# 20 RFI, 30 Mar 2021
E.article("rfi", "RFI", "https://www.rfi.fr/fr/afrique/20210330-mali-une-enqu%C3%AAte-de-l-onu-conclut-qu-une-frappe-de-barkhane-a-tu%C3%A9-des-civils-en-janvier-%C3%A0-bounti",
          "2021-03-30", "fr", None,
          {"un": {"outlet": "division des droits de l'homme de la Minusma", "title": "rapport"}, "fr": {"outlet": "armée française"}})
rfi_wed = E.c("division des droits de l'homme de la Minusma", "une cérémonie de mariage", "il y avait bien", it=GATH, lab=WED, st=UNREP, sp=UN, when="3 janvier 2021",
              place="village malien de Bounti", qualifiers=["une centaine de personnes, en majorité des civils"], via="un")
rfi_16 = E.c("division des droits de l'homme de la Minusma", "civils", "ont été tués lors de la frappe", "au moins 16", it=CIVSPOT, iv=(16, INF), st=UNREP, sp=UN, via="un")
rfi_tr = E.c("division des droits de l'homme de la Minusma", "civils", "sont morts des suites de leurs blessures", "trois", it=TRANSF, iv=3, st=UNREP, sp=UN, via="un")
rfi_3 = E.c("division des droits de l'homme de la Minusma", "individus armés", "sont morts lors de cette frappe aérienne", "trois", it=TERR, iv=3, st=UNREP, sp=UN,
            qualifiers=["parmi cinq individus armés"], via="un")
rfi_fr = E.c("armée française", "des jihadistes qui organisaient un rassemblement", "a visé", it=GATH, lab=ATG, sp=FR, via="fr")

# 21 Africanews (French), 31 Mar 2021
E.article("an", "Africanews", "https://fr.africanews.com/2021/03/31/mali-le-rapport-sur-le-raid-de-la-force-barkhane-bien-accueilli/", "2021-03-31", "fr",
          "Mali : le rapport sur le raid de la force Barkhane bien accueilli",
          {"un": {"outlet": "Minusma", "title": "rapport"}, "dk": {"outlet": "Hamadoune Dicko"}, "mod": {"outlet": "ministère français de la défense"}})
an_19 = E.c("Minusma", "civils", "a tué", "19", it=TOLL, iv=19, st=UNREP, sp=UN, actor="l'armée française", place="près du village de Bounti", via="un")
an_dk = E.c("Hamadoune Dicko", "victimes toutes des civils peulh", "tués", "19", it=TOLL, iv=19, st=DICKOAN, sp=TABG,
            quote="nous avons signalé depuis le début qui a eu 19 victimes toutes des civils peulh tués", via="dk")
an_cent = E.c("Africanews", "personnes", "réunies pour un mariage coutumier", "des centaines", it=SIZE, iv=(200, 999), sp="Africanews")
an_coll = E.c("ministère français de la défense", "la possibilité d'un dommage collatéral", "exclure", polarity="denied", it=COLL, lab="denied", sp=FR,
              quote="les éléments disponibles permettent d'exclure la possibilité d'un dommage collatéral", qualifiers=["en janvier"], via="mod")
an_rej = E.c("ministère français de la défense", "toute bavure de ses soldats", "a réfuté", it=REJ, lab="rejected", st=FRMOD30, sp=FR,
             qualifiers=["de nombreuses réserves sur le rapport des nations unies"], via="mod")

# 22 Bamada (Studio Tamani)
E.article("st", "Bamada (Studio Tamani)", "http://bamada.net/mali-un-nouveau-rapport-de-la-minusma-sur-une-attaque-a-bounty", None, "fr", None,
          {"un": {"outlet": "Minusma", "title": "rapport final d'enquête"}})
st_wed = E.c("Minusma", "la célébration d'un mariage", "il y avait bel et bien", it=GATH, lab=WED, st=UNREP, sp=UN, place="Bounty dans la région de Mopti", via="un")
st_spot = E.c("Minusma", "personnes", "l'ont été directement par la frappe", "19", it=SPOT, iv=19, st=UNREP, sp=UN, qualifiers=["dont 16 civils"], via="un")
st_16 = E.c("Minusma", "civils", "tués directement par la frappe", "16", it=CIVSPOT, iv=16, st=UNREP, sp=UN, via="un")

# 24 junge Welt, February 2021
E.article("jw", "junge Welt", "https://www.jungewelt.de/loginFailed.php?ref=/artikel/396634.bomben-auf-zivilisten-reihenweise-kriegsverbrechen.html", None, "de", None,
          {"fr": {"outlet": "französische Militärs"}, "vil": {"outlet": "Dorfbewohner"}})
jw_40 = E.c("junge Welt", "Männern", "eine Gruppe von", "rund 40", it=SIZE, iv=(36, 44), sp="junge Welt", actor="zwei »Mirage 2000«-Jets der französischen Luftwaffe",
            place="unweit des Dorfes Bounti in Zentralmali")
jw_19 = E.c("junge Welt", "Menschen", "kamen ums Leben", "19", it=DEAD, iv=19, sp="junge Welt", qualifiers=["viele weitere wurden teils schwer verletzt"])
jw_time = E.c("junge Welt", "die Bombardierung", "fand gegen drei Uhr nachmittags statt", it=TIME, lab=DAY, sp="junge Welt", qualifiers=["am 3. Januar"])
jw_fr = E.c("französische Militärs", "mehrere Dschihadisten", "identifiziert", it=GATH, lab=ATG, sp=FR, qualifiers=["eine Hochzeitsgesellschaft ohne Frauen und Kinder?"], via="fr")
jw_vil = E.c("Dorfbewohner", "die Männer", "hätten sich getrennt von den Frauen und Kindern treffen müssen", it=GATH, lab=WED, sp="villagers (junge Welt)",
             qualifiers=["Hochzeitsgesellschaft", "Geschlechterseparation durch die Dschihadisten"], via="vil")

# 25 Radio Universidad de Chile (RFI), 30 Mar 2021
E.article("ru", "Radio Universidad de Chile", "https://radio.uchile.cl/2021/03/30/investigacion-de-la-onu-concluye-que-ataque-frances-mato-a-civiles-en-mali", "2021-03-30", "es",
          None,
          {"un": {"outlet": "ONU (MINUSMA)", "title": "informe"}, "mod": {"outlet": "Ministerio francés de las Fuerzas Armadas", "title": "comunicado de prensa"}})
ru_wed = E.c("ONU (MINUSMA)", "una ceremonia de boda", "se celebró", it=GATH, lab=WED, st=UNREP, sp=UN, place="pueblo maliense de Bounti", via="un")
ru_100 = E.c("ONU (MINUSMA)", "personas", "asistieron", "unas 100", it=SIZE, iv=(90, 110), st=UNREP, sp=UN, qualifiers=["en su mayoría civiles"], via="un")
ru_16 = E.c("ONU (MINUSMA)", "civiles", "murieron en el ataque", "al menos 16", it=CIVSPOT, iv=(16, INF), st=UNREP, sp=UN, actor="la fuerza francesa Barkhane", via="un")
ru_int = E.c("ONU (MINUSMA)", "personas", "entrevistó", Q("entre 115 y 200", 115, 200, "range"), it=INTERV, iv=(115, 200), st=UNREP, sp=UN, via="un")
ru_rej = E.c("Ministerio francés de las Fuerzas Armadas", "estas conclusiones", "refuta", it=REJ, lab="rejected", st=FRMOD30, sp=FR, via="mod")

# 27 InsiderTrend, 30 Mar 2021
E.article("it", "InsiderTrend", "https://insidertrend.it/2021/03/30/conflitti/mali-guerra-bombardamento-francese-su-un-villaggio-colpita-una-festa-di-matrimonio-ventidue-morti",
          "2021-03-30", "it", None,
          {"un": {"outlet": "rapporto Onu (MINUSMA)"}, "mod": {"outlet": "ministero della Difesa francese"}})
it_19 = E.c("rapporto Onu (MINUSMA)", "civili", "sono stati uccisi", "almeno diciannove", it=TOLL, iv=(19, INF), st=UNREP, sp=UN, actor="l'aviazione militare di Parigi",
            qualifiers=["una festa di matrimonio con un centinaio di persone"], via="un")
it_22 = E.c("rapporto Onu (MINUSMA)", "persone", "l'uccisione di", "ventidue", it=DEAD, iv=22, st=UNREP, sp=UN, qualifiers=["delle quali soltanto tre ritenute appartenenti al gruppo jihadista Katiba Serma"],
            via="un")
it_night = E.c("insidertrend", "il raid", "ha avuto luogo di notte", it=TIME, lab=NIGHT, sp="insidertrend", place="villaggio maliano di Bounti, nei pressi di Douentza",
                 qualifiers=["nella notte tra il 3 e il 4 gennaio"])
it_rej = E.c("ministero della Difesa francese", "le conclusioni dell'indagine dell'Onu", "ha contestato", it=REJ, lab="rejected", st=FRMOD30, sp=FR,
             qualifiers=["riserve sulla metodologia"], via="mod")

# 28 Il Post, 31 Mar 2021
E.article("ip", "Il Post", "https://www.ilpost.it/2021/03/31/onu-francia-ha-ucciso-civili-mali/", "2021-03-31", "it", None,
          {"un": {"outlet": "rapporto delle Nazioni Unite"}, "fr": {"outlet": "esercito francese"}})
ip_19 = E.c("rapporto delle Nazioni Unite", "civili", "avrebbe ucciso", "19", it=TOLL, iv=19, st=UNREP, sp=UN, actor="l'esercito francese", place="Bounti", via="un")
ip_22 = E.c("Il Post", "persone", "erano state uccise", "22", it=DEAD, iv=22, sp="Il Post", qualifiers=["nell'attacco aereo che la Francia aveva ammesso di avere compiuto"])
ip_3 = E.c("rapporto delle Nazioni Unite", "persone uccise che facevano parte di un gruppo armato jihadista", "solo", "tre", it=TERR, iv=3, st=UNREP, sp=UN, via="un")
ip_fr = E.c("esercito francese", "solo terroristi", "aveva avuto come obiettivi", it=GATH, lab=ATG, sp=FR, qualifiers=["e non civili"], via="fr")

# 29 Contropiano, 9 Jan 2021
E.article("cp", "Contropiano", "https://contropiano.org/news/internazionale-news/2021/01/09/mali-accuse-ai-militari-francesi-per-bombardamento-su-un-matrimonio-19-morti-0135294",
          "2021-01-09", "it", None,
          {"loc": {"outlet": "fonti locali", "wire": "AFP"}, "fr": {"outlet": "comandi militari francesi"}, "tab": {"outlet": "Tabital Pulaaku"},
           "res": {"outlet": "residenti del villaggio di Bounti", "wire": "L'Express"}})
cp_19 = E.c("fonti locali", "persone", "uccisione", "19", it=TOLL, iv=19, st=VILAFP, sp="Bounti villagers (AFP)", qualifiers=["tra cui alcuni bambini", "e diversi feriti"], via="loc")
cp_ch = E.c("fonti locali", "alcuni bambini", "tra i morti", it=CHILD, lab=WC, st=VILAFP, sp="Bounti villagers (AFP)", via="loc")
cp_gsim = E.c("comandi militari francesi", "i 19 morti", "erano sostenitori del Gruppo di sostegno all'Islam e ai musulmani (Gsim)", it=GATH, lab=ATG, sp=FR, via="fr")
cp_coll = E.c("comandi militari francesi", "danni collaterali né vittime civili", "avrebbe provocato", polarity="denied", it=COLL, lab="denied", sp=FR,
              qualifiers=["l'operazione \u201cEclisse\u201d", "versione confermata dalle forze armate maliane"], via="fr")
cp_tab = E.c("Tabital Pulaaku", "persone civili", "uccisione", "almeno una ventina", it=TOLL, iv=(20, INF), st=TAB, sp=TABG, via="tab")
cp_heli = E.c("residenti del villaggio di Bounti", "colpi sparati da un elicottero francese", "feriti da", it=AIR, lab=HELI, sp="residents (L'Express)", via="res")

# 30 Howiyapress (The Times, Reuters)
E.article("hw", "هوية بريس (The Times)", "https://howiyapress.com/%d9%82%d8%b5%d9%81-%d9%81%d8%b1%d9%86%d8%b3%d9%8a-%d9%84%d8%ad%d9%81%d9%84-%d8%b2%d9%81%d8%a7%d9%81-%d8%a8%d9%85%d8%a7%d9%84%d9%8a-%d9%8a%d9%88%d8%af%d9%8a-%d8%a8%d8%ad%d9%8a%d8%a7%d8%a9-20-%d9%85",
          None, "ar", "قصف فرنسي لحفل زفاف بمالي يودي بحياة 20 مدنيا ضمنهم أطفال!",
          {"tim": {"outlet": "تقارير من منطقة غرب إفريقيا", "wire": "The Times"}, "lst": {"outlet": "قائمة على وسائل التواصل الاجتماعي"},
           "mali": {"outlet": "وزارة الدفاع في مالي", "wire": "Reuters"}, "ab": {"outlet": "علي باري"}})
hw_20 = E.c("تقارير من منطقة غرب إفريقيا", "شخصاً", "وفاة", "ما لا يقل عن 20", it=TOLL, iv=(20, INF), sp="reports (The Times)", actor="غارة فرنسية",
            place="قرية بالقرب من بلدة بونتي، وسط مالي", qualifiers=["ظهيرة الأحد 3 يناير 2021", "في حفل زفاف"], via="tim")
hw_18 = E.c("قائمة على وسائل التواصل الاجتماعي", "ضحية", "أسماء", "18", it=TOLL, iv=(18, INF), sp="a list of names (social media)", qualifiers=["في حفل زفاف العروسين علاي وإيساتا"], via="lst")
hw_ch = E.c("قائمة على وسائل التواصل الاجتماعي", "أطفال", "كان من بين الذين نُشرت أسماؤهم", it=CHILD, lab=WC, sp="a list of names (social media)",
            qualifiers=["و13 شخصاً كانوا فوق سن الأربعين"], via="lst")
hw_mali = E.c("وزارة الدفاع في مالي", "ضربة جوية فرنسية أدت لمقتل مدنيين كانوا يحضرون حفل زفاف", "ادعاءات", polarity="denied", it=COLL, lab="denied", st=MALIST, sp=MALI,
              qualifiers=["يوم الخميس"], via="mali")
hw_isl = E.c("وزارة الدفاع في مالي", "إسلاميين متشددين", "الضربة لم تستهدف سوى", it=GATH, lab=ATG, st=MALIST, sp=MALI, via="mali")
hw_16 = E.c("علي باري", "شخصاً تحت شجرة", "القنبلة الأولى أصابت وأردتهم قتلى", "16", it=FIRST, iv=16, sp="Ali Barry", via="ab")

# 31 Ahl Masr News (Reuters), 30 Mar 2021
E.article("am", "أهل مصر (Reuters)", "https://ahlmasrnews.com/news/International-news/1149674/الأمم-المتحدة-ضربة-فرنسية-أسفرت-عن-مقتل-19-مدنيا-و3-مسلحين-بمالي", None, "ar",
          "الأمم المتحدة: ضربة فرنسية أسفرت عن مقتل 19 مدنيا و3 مسلحين بمالي",
          {"un": {"outlet": "تحقيق للأمم المتحدة"}, "fr": {"outlet": "الجيش الفرنسي"}, "res": {"outlet": "سكان"}, "is": {"outlet": "تنظيم داعش"}})
am_19 = E.c("تحقيق للأمم المتحدة", "مدنيا", "أسفرت عن مقتل", "19", it=TOLL, iv=19, st=UNREP, sp=UN, actor="ضربة جوية فرنسية", place="وسط مالي", via="un")
am_3 = E.c("تحقيق للأمم المتحدة", "مسلحين", "أسفرت عن مقتل", "ثلاثة", it=TERR, iv=3, st=UNREP, sp=UN, via="un")
am_30 = E.c("الجيش الفرنسي", "متشددا إسلاميا", "قتل", "نحو 30", it=TERR, iv=(27, 33), st=EMA7, sp=FR, qualifiers=["رصدتهم المراقبة الجوية"], via="fr")
am_wed = E.c("سكان", "حفل زفاف حضره مدنيون", "أصابت الضربة الجوية", it=GATH, lab=WED, sp="residents (Reuters)", place="قرب قرية بونتي", via="res")
am_is = E.c("تنظيم داعش", "الهجوم الذي أسفر عن مقتل أفراد من الجيش المالي", "مسئوليته عن", it="is-claim", lab="claimed", ev="mali-2021-03-is-attack-on-malian-army",
            sp="Islamic State", via="is")

# 32 Maliweb: another incident (hard negative)
E.article("mw", "Maliweb", "https://www.maliweb.net/wp-content/cache/wp-rocket/www.maliweb.net/contributions/boulikessi-et-mondoro-un-nouveau-revers-pour-les-terroristes-du-jnim-2914084.html/index.html_gzip",
          None, "fr", "Boulikessi et Mondoro : un nouveau revers pour les terroristes du JNIM")
mw_6 = E.c("Maliweb", "soldats", "a coûté la vie à", "6", it="boulkessi-soldiers", iv=6, ev="mali-2021-01-boulkessi-mondoro", sp="Maliweb",
           place="Mondoro et Boulikessi", qualifiers=["dans la nuit du 23 au 24 janvier", "18 autres blessés"])
mw_30 = E.c("Maliweb", "terroristes", "sont morts", "plus de trente", it="boulkessi-attackers", iv=(31, INF), ev="mali-2021-01-boulkessi-mondoro", sp="Maliweb",
            qualifiers=["certains étaient des adolescents"])

# -- pairs across items, by hand ----------------------------------------------------------
P = E.pair
meta = {r["id"]: m for r, m in E.claims}


def of(*items, sp=None, not_sp=None):
    return [r["id"] for r, m in E.claims if m["it"] in items and (sp is None or m["sp"] == sp) and (not_sp is None or m["sp"] != not_sp)]


def rel_iv(a, b):
    """The table's relation for two figures of different speakers."""
    (a0, a1), (b0, b1) = meta[a]["iv"], meta[b]["iv"]
    if (a0, a1) == (b0, b1):
        return "agrees"
    if a1 < b0 or b1 < a0:
        return "contradicts"
    if (b0 <= a0 and a1 <= b1) or (a0 <= b0 and b1 <= a1):
        return "refines"
    return "compatible"


CIVCLAIMS = of(TOLL, CIVSPOT, TRANSF)               # civilians killed, however counted
TERRFR = of(TERR, sp=FR) + of(TERR, sp=MALI)        # France's and Mali's "terrorists neutralised"
ATGS = [c for c in of(GATH) if meta[c]["lab"] == ATG]
WEDS = [c for c in of(GATH) if meta[c]["lab"] == WED]
DENY = of(COLL)                                      # "no collateral damage", "no civilian victims"
WCS = [c for c in of(CHILD) if meta[c]["lab"] == WC]
REJS = of(REJ)
UNCIV = [c for c in of(TOLL, CIVSPOT, TRANSF, SIZE, GATH, DEAD, WND, CHILD) if meta[c]["sp"] == UN and meta[c]["lab"] != NOWC]

# victim dispute: France's and Mali's "about 30 / dozens of terrorists" against every count of civilians killed
for t in TERRFR:
    for c in CIVCLAIMS:
        P(t, c, "contradicts", "France/Mali: the dead were terrorists vs civilians killed: victim dispute")
    for w in WEDS:
        P(t, w, "contradicts", "France/Mali: terrorists neutralised vs the gathering struck was a wedding of civilians: victim dispute")
# the dead were an armed terrorist group (no wedding) vs counts of civilians killed
for a in ATGS:
    for c in CIVCLAIMS:
        P(a, c, "contradicts", "the gathering was an armed terrorist group (no wedding) vs civilians killed: victim dispute")
# denials that any civilian was harmed vs every count of civilians killed, every wedding account, women or children struck
for d in DENY:
    for c in CIVCLAIMS:
        if meta[c]["sp"] == meta[d]["sp"]:
            continue
        P(d, c, "contradicts", "France/Mali deny any civilian victim (no collateral damage) vs civilians killed: assertion and denial")
    for w in WEDS + WCS:
        P(d, w, "contradicts", "France/Mali deny any civilian victim vs a wedding struck / women or children struck: denial of what the other entails")
# France's and Mali's tolls of terrorists vs totals of everyone killed
for t in TERRFR:
    for d in of(DEAD):
        r = rel_iv(t, d)
        if r == "contradicts":
            P(t, d, "contradicts", "France/Mali: about 30 / dozens killed, all terrorists vs a total of the dead disjoint from it")
        elif meta[d]["sp"] == UN:
            P(t, d, "contradicts", "France/Mali: the dead were terrorists vs the UN's dead (three suspected jihadists, the rest civilians): victim dispute")
    for d in of(SPOT):
        P(t, d, "contradicts", "France/Mali: the dead were terrorists vs the UN's 19 killed outright, 16 of them civilians: victim dispute")
# the UN's totals split into civilians and three suspected jihadists vs "an armed terrorist group" and the denials
UNMIX = [c for c in of(DEAD, SPOT) if meta[c]["sp"] == UN]
for u in UNMIX:
    for a in ATGS + DENY:
        P(a, u, "contradicts", "an armed terrorist group / no civilian victim vs the UN's dead, most of them civilians: victim dispute")
# RFI: women and children among the wounded vs the UN: the dead were all men: both can hold
for u in [c for c in of(CHILD) if meta[c]["sp"] == UN]:
    P(pa_rfi, u, "compatible", "women and children among the wounded (RFI) vs the dead all men (UN): both can hold")
# totals of the dead smaller than a count of civilians killed
for d in of(DEAD):
    for c in of(TOLL):
        if meta[d]["iv"][1] < meta[c]["iv"][0]:
            P(d, c, "contradicts", "a total of the dead smaller than another speaker's count of civilians killed")
# France rejects the UN report vs the UN's findings of civilians killed and a wedding
for r in REJS:
    for u in UNCIV:
        P(r, u, "contradicts", "France rejects the UN report's conclusions vs the UN's finding (civilians, a wedding)")
# the UN finds the victims all men: it is France's and Mali's "no women or children" (derived: agrees); the UN's wedding vs France's "no women": kept apart
# hard negatives
P(hw_16, st_16, "unrelated", "16 killed by the first bomb (a Fulani association's spokesman) vs 16 civilians killed outright (UN): same figure, other item")
P(hw_16, fp_16, "unrelated", "first bomb's 16 vs the UN's 16 civilians killed outright: same figure, other item")
P(mw_30, md_30, "unrelated", "more than thirty terrorists killed at Boulkessi and Mondoro, 23-24 Jan vs about thirty neutralised at Bounti, 3 Jan: other place and day")
P(mw_30, ab_30, "unrelated", "Boulkessi/Mondoro attackers killed vs the Bounti strike's toll: other incident")
P(mw_6, ap_six, "unrelated", "six Malian soldiers killed at Boulkessi/Mondoro vs six French troops killed by IEDs: other incident, same figure")
P(ap_six, ap_50, "unrelated", "six French troops killed last week vs 50 French deaths since 2013 (aggregate): a total against an incident")
P(ap_six, ap_doz, "unrelated", "French troops killed by IEDs vs jihadists killed at Bounti: other incident, other item")
P(am_is, am_19, "unrelated", "an Islamic State attack on the Malian army vs the Bounti strike: other incident")
P(rf_miss, rf_tab, "unrelated", "27 missing vs at least 20 civilians killed: other item of the same statement")
P(xh_arm, sn_3, "unrelated", "five armed men present vs three of them killed: other item")
P(xh_arm, xh_22, "unrelated", "five armed men present vs at least 22 killed: other item")
P(fp_wnd, fp_16, "unrelated", "eight civilians wounded vs 16 killed outright: other item")
P(fp_int, xh_size, "unrelated", "115 interviews by the UN vs more than 100 civilians at the wedding: other item")
P(ru_int, ru_100, "unrelated", "115 to 200 people interviewed vs about 100 at the wedding: other item")
P(st_spot, st_16, "unrelated", "19 killed outright vs 16 civilians among them: a total and its part")
P(rfi_tr, rfi_3, "unrelated", "three civilians died in transfer vs three armed men killed: same figure, other item")
P(sn_3, sn_19, "unrelated", "three suspected jihadists vs 19 civilians: other class of the same dead, the UN's own split")
P(md_50, md_30, "unrelated", "about fifty individuals gathered vs about thirty neutralised: other item")

E.write()
E.aggregate(ap_50, ["mali-2021-01-french-ied-attacks"])
E.write()
