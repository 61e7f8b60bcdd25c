"""karma-2023: the killing of villagers at Karma (Barga department, Yatenga province, Nord region,
Burkina Faso) by men in the uniforms of the national army, Thursday 20 April 2023.  Annotated blind
(see ../karma-2023.md).

Per claim: the item (`it`), the statement relayed (`st`, echo), the speaker group (`sp`, revises), the
interval the written figure means (`iv`) or a qualitative label (`lab`), and the gold event (`ev`).
Pairs within an item are derived by lib.py (unchanged); pairs across items and the few exceptions to
the table are written by hand below.
"""
from lib import Event, INF, Q

E = Event("karma-2023")
S = E.src

# readings the model cannot take as times (kept as qualifiers, see the event page): phrases it cannot read
# at all, and weekdays or days without a year in articles that give no publication date
NEVER = {"Am 20. April", "Donnerstag", "the same day", "Aux environ de 7h30", "el domingo", "el martes", "Samstag",
         "zondagavond", "مساء الأحد", "20 kwietnia 2023 r.", "il 20 aprile scorso", "na última quinta-feira", "tego samego dnia (20 kwietnia)",
         "vorige week donderdag"}
RELATIVE = {"Dimanche soir", "Saturday", "Thursday", "Tuesday", "20 April", "April 20", "Le 20 avril"}
_article, _c = E.article, E.c
_pub = {}


def _art(short, outlet, url, published, *args, **kw):
    _pub["now"] = published
    return _article(short, outlet, url, published, *args, **kw)


def c(*args, **fields):
    for k in ("when", "stated"):
        v = fields.get(k)
        if v in NEVER or (v in RELATIVE and not _pub["now"]):
            fields["qualifiers"] = list(fields.get("qualifiers", [])) + [(k + " " if k == "stated" else "") + fields.pop(k)]
    return _c(*args, **fields)


E.article = _art

# -- items ------------------------------------------------------------------------------
TOLL = "toll"          # people killed in the village of Karma on 20 Apr 2023
TOLLALL = "toll-all"   # people killed at Karma and in the nearby villages that day (a figure said to include them)
NEAR = "nearby"        # people killed that day in the villages near Karma and on the road (outside Karma)
DING = "dinguiri"      # people killed at Dinguiri that day
WOMEN = "women"        # women among the dead
CHILD = "children"     # children among the dead
MEN = "men"            # men among the dead
WOUND = "wounded"      # wounded
ATTK = "attackers"     # the number of assailants
POP = "population"     # inhabitants of Karma
PERP = "perp"          # who killed the villagers
COND = "condemnation"  # the government's condemnation of the killings
AOR = "aorema-dead"    # soldiers and VDP killed near Aorema, 15 Apr 2023 (another incident)
AORS = "aorema-soldiers"   # soldiers among them
AORV = "aorema-vdp"        # VDP auxiliaries among them
CONFLICT = "conflict-toll"  # deaths in Burkina Faso's conflict since 2015 (aggregate)
SORO = "soro-toll"     # villagers killed at Soro and Nondin, 25 Feb 2024 (another incident)
SOROD = "soro-denial"  # the government's rejection of HRW's report on Soro and Nondin (another incident)
EAST = "east-soldiers"  # soldiers killed in the East region, 27 Apr 2023 (another incident)
AOR_EV = "burkina-2023-aorema-attack"
SORO_EV = "burkina-2024-soro-nondin"
EAST_EV = "burkina-2023-east-region-attack"
CONF_EV = "burkina-conflict-since-2015"

# speaker groups
PROS = "Ouahigouya prosecutor"
GOV = "Burkina Faso government"           # the communications minister, the military regime, "Ouagadougou", the authorities
MILJ = "military justice"                 # the director of military justice (Col. François Yaméogo)
UN = "UN human rights office"
CISC = "CISC"
HRW = "HRW"
AMN = "Amnesty International"
SURV = "Karma survivors and residents"     # their written statements and their press conference at Ouahigouya
AFPRES = "Karma residents reached by AFP"  # residents relaying survivors to AFP (about 80)
LIB = "Libération's sources"

E.exclusive = {PERP}
L = E.labrel
L[frozenset(("men in army uniforms", "army"))] = "refines"
L[frozenset(("men in army uniforms", "army and VDP"))] = "refines"
L[frozenset(("men in army uniforms", "terrorists in army uniforms"))] = "refines"
L[frozenset(("men in army uniforms", "denied"))] = "compatible"
L[frozenset(("army", "army and VDP"))] = "refines"
L[frozenset(("terrorists in army uniforms", "denied"))] = "compatible"

# -- statements relayed by several articles (echo) ------------------------------------
PROSC = "the Ouahigouya prosecutor Lamine Kaboré's communiqué of Sun 23 Apr 2023 (about sixty killed by persons wearing the uniforms of the national armed forces)"
AFPR = "Karma residents to AFP, relaying survivors (more than a hundred on motorbikes and pickups; about 80 dead)"
SURV25 = "the survivors' and residents' statement of Tue 25 Apr 2023 (more than 100 dead; a village of some 400; men in uniform)"
SURV29 = "the residents' and survivors' statement of Sat 29 Apr 2023 (136 dead, nine wounded; men in military uniforms)"
CONF29 = "the press conference of Karma's natives and survivors at Ouahigouya, Sat 29 Apr 2023 (147 dead, 45 children, Karma and surroundings)"
CISC28 = "the CISC's statement sent to AFP, Fri 28 Apr 2023 (136 bodies at Karma, 50 women, 21 children; 11 dead nearby; FDS/VDP)"
OHCHR = "OHCHR spokeswoman Ravina Shamdasani's press release of Tue 25 Apr 2023 (at least 150 civilians; FDS with VDP auxiliaries)"
GOV27 = "Communications minister Jean Emmanuel Ouédraogo's statement of Thu 27 Apr 2023 (condemns barbaric acts; inquiry)"
HRW4 = "Human Rights Watch's report of Thu 4 May 2023 (at least 156 civilians, 83 men, 28 women, 45 children; nine bodies nearby; apparent soldiers)"
AMN2 = "Amnesty International's statement of Tue 2 May 2023 (at least 147 killed, 45 children; 3rd battalion of the BIR)"
LIBE = "Libération's local sources, Sun 23 Apr 2023 (about 150 civilians executed by the FDS)"
LIBR = "a Karma native to Libération (more than 120 dead; hundreds of men in military uniform)"
LIBF = "relatives of the families to Libération (a toll approaching 200)"
YAM = "the director of military justice, Col. François Yaméogo (136 bodies buried)"

# -- sources ------------------------------------------------------------------------------
S("Human Rights Watch", "ngo", ["HRW"])
S("public prosecutor in Ouahigouya", "state", ["Lamine Kaboré", "prosecutor"], "Burkina Faso")
S("Communications Minister Rimtalba Jean Emmanuel Ouédraogo", "state", ["government", "Burkina Faso authorities"], "Burkina Faso")
S("survivors", "witness", ["Karma villagers"])
S("Collective Against Impunity and Stigmatisation of Communities (CISC)", "ngo", ["CISC", "Daouda Diallo"])
S("local prosecutor", "state", ["Lamine Kabore"], "Burkina Faso")
S("Survivors and Karma residents", "witness", ["survivors", "residents"])
S("Ravina Shamdasani", "international_org", ["UN's high commissioner for human rights", "UN"], "UN")
S("Burkina's military government", "state", ["military-run government", "junta"], "Burkina Faso")
S("Lamine Kabore", "state", ["prosecutor in Waiguia"], "Burkina Faso")
S("residents and survivors", "witness", ["Karma residents"])
S("Collectif contre l'impunité et la stigmatisation des communautés (CISC)", "ngo", ["CISC", "Dauda Diallo"])
S("Burkina Faso's military regime", "state", ["military regime"], "Burkina Faso")
S("Amnesty International", "ngo", ["Amnesty"])
S("villager", "witness", ["survivor"])
S("Regional prosecutor Lamine Kabore", "state", ["prosecutor"], "Burkina Faso")
S("Communications Minister Jean Emmanuel Ouedraogo", "state", ["military-run government"], "Burkina Faso")
S("France 24", "media", ["FRANCE 24"])
S("Daouda Belem", "witness", ["spokesman for the survivors"])
S("the army", "state", [], "Burkina Faso")
S("ADF", "media", ["Africa Defense Forum"])
S("Collective Against Impunity and Stigmatisation of Communities", "ngo", ["CISC"])
S("procureur de Ouahigouya", "state", ["Lamine Kaboré", "chef du parquet de Ouahigouya"], "Burkina Faso")
S("habitants de Karma", "witness", ["survivants"])
S("Haut-Commissariat des Nations unies aux droits de l'homme", "international_org", ["ONU"], "UN")
S("collectif contre l'impunité et la stigmatisation des communautés (CISC)", "ngo", ["Daouda Dialo"])
S("des habitants", "witness", [])
S("ONG", "ngo", [])
S("Abrahamane Mande", "state", ["préfet"], "Burkina Faso")
S("France 24 / RFI", "media", ["PressAfrik"])
S("le gouvernement", "state", [], "Burkina Faso")
S("les rescapés", "witness", [])
S("ressortissants et rescapés du massacre de Karma", "witness", ["conférenciers"])
S("sources locales", "other", ["Libération"])
S("un ressortissant de Karma", "witness", [])
S("proches de ces familles", "witness", [])
S("François Yameogo", "state", ["directeur de la justice militaire du Burkina Faso"], "Burkina Faso")
S("Ouagadougou", "state", ["autorités burkinabè"], "Burkina Faso")
S("Amnesty", "ngo", ["Amnesty International"])
S("une ONG burkinabè", "ngo", ["CISC"])
S("un rescapé", "witness", [])
S("Überlebende", "witness", ["Dorfbewohner", "Augenzeugen"])
S("Lamine Kabore", "state", ["Bezirksstaatsanwalt der Stadt Ouahigouya"], "Burkina Faso")
S("Libération", "media", [])
S("humanitäre Helfer", "other", [])
S("Amnesty International (Westafrika)", "ngo", ["Amnesty International"])
S("Pressekonferenz der Staatsangehörigen von Karma", "witness", [])
S("las autoridades del país", "state", [], "Burkina Faso")
S("Colectivo contra la Impunidad y la Estigmatización de las Comunidades (CISC)", "ngo", ["CISC"])
S("ONU", "international_org", [], "UN")
S("mejorinformado.com", "media", [])
S("el fiscal regional Lamine Kabore", "state", [], "Burkina Faso")
S("supervivientes y lugareños", "witness", [])
S("Ravina Shamdasani", "international_org", ["Alto Comisionado de la ONU para los Derechos Humanos"], "UN")
S("Lamine Kaboré", "state", ["fiscal del tribunal superior de Ouahigouya"], "Burkina Faso")
S("pobladores contactados por AFP", "witness", ["sobrevivientes"])
S("Burkinabe Collective Against Impunity and Stigmatization of Communities (CISC)", "ngo", ["CISC", "Collettivo"])
S("procuratore locale", "state", [], "Burkina Faso")
S("testimoni sopravvissuti", "witness", [])
S("Daouda Belem", "witness", ["una sopravvissuta"])
S("la giustizia burkinabé", "state", ["procura di Ouahigouya"], "Burkina Faso")
S("i testimoni oculari", "witness", [])
S("i media locali e le ONG", "other", [])
S("مدع عام محلي", "state", ["المدعي العام"], "Burkina Faso")
S("منظمة حقوقية بوركينابية", "ngo", ["CISC"])
S("منظمة العفو الدولية", "ngo", ["Amnesty International"])
S("لامين كابوري", "state", ["المدعي العام في بوركينا فاسو"], "Burkina Faso")
S("ليبراسيون", "media", ["Libération"])
S("أحد السكان المحليين", "witness", [])
S("Collectief tegen straffeloosheid en stigmatisering van gemeenschappen (CISC)", "ngo", ["CISC"])
S("procureur van Ouahigouya", "state", [], "Burkina Faso")
S("Overlevenden en inwoners", "witness", ["Ooggetuigen"])
S("Mieszkańcy wsi Karma", "witness", ["ocaleli"])
S("organizacja pozarządowa", "ngo", [])
S("Lamine Kaboré", "state", ["procurador-geral da região de Ouahigouya"], "Burkina Faso")
S("moradores da aldeia", "witness", [])
S("communications minister Rimtalba Jean Emmanuel Ouedraogo", "state", ["Burkina Faso"], "Burkina Faso")
S("ngos", "ngo", ["NGO estimate"])
S("ngo's", "ngo", [])
S("Sahutiafrica", "media", [])
S("Deutsche Welle", "media", ["DW"])
S("Azua al Instante", "media", [])
S("TYN Panamá", "media", [])
S("Spoilermoz", "media", [])
S("أهل مصر", "media", [])
S("worldterror.pl", "media", [])
S("vol.at", "media", [])
S("AFP", "media", ["Nachrichtenagentur AFP"])


# 1 HRW, 4 May 2023
E.article("hrw", "Human Rights Watch", "http://hrw.org:80/news/2023/05/04/burkina-faso-army-linked-massacre-156-civilians", "2023-05-04", "en",
          "Burkina Faso: Army Linked to Massacre of 156 Civilians",
          {"pros": {"outlet": "public prosecutor in Ouahigouya", "published": "2023-04-23"},
           "gov": {"outlet": "Communications Minister Rimtalba Jean Emmanuel Ouédraogo", "published": "2023-04-27"}})
hrw_156 = c("Human Rights Watch", "civilians", "summary execution", "at least 156", it=TOLLALL, iv=(156, INF), st=HRW4, sp=HRW, actor="alleged military forces",
            place="the village of Karma", when="April 20, 2023")
hrw_men = c("Human Rights Watch", "men", "killed", "83", it=MEN, iv=83, st=HRW4, sp=HRW, actor="Apparent soldiers", place="the village of Karma and vicinity")
hrw_w = c("Human Rights Watch", "women", "killed", "28", it=WOMEN, iv=28, st=HRW4, sp=HRW, actor="Apparent soldiers", place="the village of Karma and vicinity")
hrw_ch = c("Human Rights Watch", "children", "killed", "45", it=CHILD, iv=45, st=HRW4, sp=HRW, actor="Apparent soldiers", place="the village of Karma and vicinity")
hrw_perp = c("Human Rights Watch", "the massacre", "linked to", actor="the army", it=PERP, lab="army", st=HRW4, sp=HRW, hedge="apparent")
hrw_60 = c("public prosecutor in Ouahigouya", "people", "killed", "60", it=TOLL, iv=60, st=PROSC, sp=PROS, actor="men wearing Burkinabè army uniforms",
           place="Karma", stated="2023-04-23", via="pros")
hrw_cond = c("Communications Minister Rimtalba Jean Emmanuel Ouédraogo", "the attack", "condemned", it=COND, lab="condemned", st=GOV27, sp=GOV, stated="2023-04-27",
             qualifiers=["promised that the government would do everything for the total manifestation of the truth"], via="gov")

# 2 West Africa Herald (AllAfrica), HRW's report
E.article("wah", "West Africa Herald", "https://westafricaherald.com/politics/army-linked-to-massacre-of-156-civilians-in-burkina-faso", None, "en",
          "Army Linked to Massacre of 156 Civilians in Burkina Faso",
          {"hrw": {"outlet": "Human Rights Watch", "title": "report", "wire": "AllAfrica"}, "surv": {"outlet": "survivors"}})
wah_156 = c("Human Rights Watch", "civilians", "summary execution", "at least 156", it=TOLLALL, iv=(156, INF), st=HRW4, sp=HRW, actor="military forces",
            hedge="allegedly", place="the village of Karma", when="April 20, 2023", via="hrw")
wah_9 = c("Human Rights Watch", "bodies", "were found", "Nine more", it="nearby-bodies", iv=9, st=HRW4, sp=HRW, place="the nearby villages of Dinguiri, Kèrga, and Ramdola",
          via="hrw")
wah_perp = c("survivors", "the killings", "carried out", actor="the army", it=PERP, lab="army", sp="survivors (HRW)", qualifiers=["a six-hour operation"], via="surv")

# 3 yeswecantv (AFP), 29 Apr 2023
E.article("ywc", "yeswecantv (AFP)", "http://yeswecantv.com/2023/04/29/burkina-rights-group-says-136-killed-in-massacre-by-uniformed-men", "2023-04-29", "en",
          None,
          {"cisc": {"outlet": "Collective Against Impunity and Stigmatisation of Communities (CISC)", "title": "statement"},
           "pros": {"outlet": "local prosecutor"}, "surv": {"outlet": "Survivors and Karma residents"},
           "un": {"outlet": "Ravina Shamdasani", "title": "press release"}, "gov": {"outlet": "Burkina's military government", "title": "statement"}})
ywc_136 = c("Collective Against Impunity and Stigmatisation of Communities (CISC)", "dead bodies", "documented and registered", "136", it=TOLL, iv=136, st=CISC28,
            sp=CISC, place="Karma", quote="Our teams have documented and registered 136 dead bodies in Karma, including 50 women and 21 children", via="cisc")
ywc_w = c("Collective Against Impunity and Stigmatisation of Communities (CISC)", "women", "among the dead bodies", "50", it=WOMEN, iv=50, st=CISC28, sp=CISC, via="cisc")
ywc_ch = c("Collective Against Impunity and Stigmatisation of Communities (CISC)", "children", "among the dead bodies", "21", it=CHILD, iv=21, st=CISC28, sp=CISC,
           qualifiers=["some babies under 30 days old killed on their mothers' backs"], via="cisc")
ywc_11 = c("Collective Against Impunity and Stigmatisation of Communities (CISC)", "people", "killed", "11", it=NEAR, iv=11, st=CISC28, sp=CISC, place="nearby",
           when="the same day", qualifiers=["six in Dinguiri village, two in Mene and three on the road between Ouahigouya and Barga"], via="cisc")
ywc_60 = c("local prosecutor", "people", "killing", "around 60", it=TOLL, iv=(54, 66), st=PROSC, sp=PROS, actor="Armed men dressed in the fatigues of the country's armed forces",
           place="Karma", when="April 20", via="pros")
ywc_100 = c("Survivors and Karma residents", "people", "died in the assault", "more than 100", it=TOLL, iv=(101, INF), st=SURV25, sp=SURV, via="surv")
ywc_aor = c("Collective Against Impunity and Stigmatisation of Communities (CISC)", "troops and volunteer auxiliaries", "claimed the lives of", "40", it=AOR, iv=40,
            ev=AOR_EV, sp=CISC, actor="jihadist", when="April 15", qualifiers=["in the same region"], via="cisc")
ywc_150 = c("Ravina Shamdasani", "civilians", "may have been killed", "at least 150", it=TOLL, iv=(150, INF), st=OHCHR, sp=UN, hedge="according to reports",
            stated="Tuesday", via="un")
ywc_cond = c("Burkina's military government", "barbaric acts", "condemning", it=COND, lab="condemned", st=GOV27, sp=GOV, stated="Thursday",
             qualifiers=["urging a full inquiry"], via="gov")

# 4 Africanews, 29 Apr 2023
E.article("afn", "Africanews", "https://www.africanews.com/2023/04/29/burkina-faso-ngo-says-karma-massacre-death-toll-is-at-least-136/", "2023-04-29", "en",
          None,
          {"cisc": {"outlet": "Collective Against Impunity and Stigmatisation of Communities (CISC)", "title": "statement", "wire": "AFP"},
           "pros": {"outlet": "public prosecutor in Ouahigouya"}, "surv": {"outlet": "survivors"}})
afn_136 = c("Collective Against Impunity and Stigmatisation of Communities (CISC)", "civilians", "killed", "136", it=TOLL, iv=136, st=CISC28, sp=CISC,
            actor="men wearing army fatigues", place="the village of Karma in northern Burkina Faso", when="April 20",
            qualifiers=["including 50 women and 21 children"], via="cisc")
afn_60 = c("public prosecutor in Ouahigouya", "people", "official death toll", "around sixty", it=TOLL, iv=(54, 66), st=PROSC, sp=PROS, stated="Sunday",
           via="pros")
afn_100 = c("survivors", "people", "killed", "more than a hundred", it=TOLL, iv=(101, INF), st=SURV25, sp=SURV, qualifiers=["survivors and residents of Karma"], via="surv")
afn_6 = c("Collective Against Impunity and Stigmatisation of Communities (CISC)", "people", "killing", "six", it=DING, iv=6, st=CISC28, sp=CISC, place="Dinguiri",
          when="April 20", qualifiers=["two in Ménè, and three on the road between Ouahigouya and Barga"], via="cisc")
afn_aors = c("Collective Against Impunity and Stigmatisation of Communities (CISC)", "soldiers", "were killed", "six", it=AORS, iv=6, ev=AOR_EV, sp=CISC,
             when="April 15", actor="jihadist", qualifiers=["and at least 34 army auxiliaries", "near a village in the same region"], via="cisc")

# 5 newsbulletin247, Amnesty
E.article("nb2", "newsbulletin247", "https://newsbulletin247.com/world/319234.html", None, "en", None,
          {"amn": {"outlet": "Amnesty International", "title": "statement", "published": None}, "vil": {"outlet": "villager"},
           "pros": {"outlet": "Lamine Kabore"}, "cisc": {"outlet": "Collectif contre l'impunité et la stigmatisation des communautés (CISC)"}})
nb2_147 = c("Amnesty International", "people", "killing", "147", it=TOLL, iv=147, st=AMN2, sp=AMN, actor="elements of the Burkina Faso army",
            place="Karma, a village 15 kilometers from Waiguia", qualifiers=["in eight neighborhoods of the village"], stated="Tuesday", via="amn")
nb2_ch = c("Amnesty International", "children", "killing", "45", it=CHILD, iv=45, st=AMN2, sp=AMN, via="amn")
nb2_perp = c("Amnesty International", "the massacre", "carried out", actor="the 3rd Battalion of the Rapid Intervention Brigade", it=PERP, lab="army", st=AMN2, sp=AMN,
             qualifiers=["based on testimonies of survivors"], via="amn")
nb2_vil = c("villager", "the massacre", "committed", actor="men of the Burkina Faso army", it=PERP, lab="army", sp="a survivor (Amnesty)",
            quote="It was men of the Burkina Faso army who committed the massacre", via="vil")
nb2_60 = c("Lamine Kabore", "people", "were killed", "about 60", it=TOLL, iv=(54, 66), st=PROSC, sp=PROS, actor="men in the uniforms of our armed forces",
           qualifiers=["the official account"], via="pros")
nb2_11 = c("Collectif contre l'impunité et la stigmatisation des communautés (CISC)", "dead", "spoke of", "11", it=NEAR, iv=11, st=CISC28, sp=CISC,
           place="neighboring villages", qualifiers=["another", "136 dead in Karma, among them 50 women and 21 children"], via="cisc")

# 6 VOA Africa (AFP)
E.article("voa", "VOA Africa", "https://voaafrica.com/a/burkina-massacre-survivors-describe-horror/7066692.html", None, "en", "Burkina Massacre Survivors Describe Horror",
          {"pros": {"outlet": "Regional prosecutor Lamine Kabore", "wire": "AFP"}, "surv": {"outlet": "survivors", "title": "statement"},
           "un": {"outlet": "Ravina Shamdasani", "title": "press release"}})
voa_60 = c("Regional prosecutor Lamine Kabore", "people", "were killed", "about 60", it=TOLL, iv=(54, 66), st=PROSC, sp=PROS, actor="assailants dressed in army uniforms",
           place="the village of Karma", when="April 20", via="pros")
voa_100 = c("survivors", "people", "died", "more than 100", it=TOLL, iv=(101, INF), st=SURV25, sp=SURV, stated="Tuesday",
            qualifiers=["survivors and local residents", "in a massacre that lasted hours"], via="surv")
voa_150 = c("Ravina Shamdasani", "civilians", "may have been killed", "at least 150", it=TOLL, iv=(150, INF), st=OHCHR, sp=UN, hedge="according to reports", via="un")
voa_pop = c("survivors", "people", "village of", "some 400", it=POP, iv=(360, 440), st=SURV25, sp=SURV, via="surv")
voa_perp = c("survivors", "the village", "was surrounded", actor="a large number of men in uniform", it=PERP, lab="army", st=SURV25, sp=SURV,
             qualifiers=["arriving on motorbikes, pickup trucks, armoured vehicles and a tank", "happy to see that these soldiers had arrived"], via="surv")

# 7 AFP copy on a CDN (the junta breaks its silence)
E.article("cdn", "AFP (syndicated copy)", "https://d33gy59ovltp76.cloudfront.net/news/burkina-junta-breaks-silence-over-massacre-by-men-in-army-uniform", None, "en",
          None,
          {"gov": {"outlet": "Communications Minister Jean Emmanuel Ouedraogo", "title": "statement"}, "pros": {"outlet": "local prosecutor"},
           "surv": {"outlet": "Survivors and Karma residents", "title": "statement"}, "un": {"outlet": "Ravina Shamdasani"},
           "army": {"outlet": "the army"}, "ngo": {"outlet": "ngos"}})
cdn_cond = c("Communications Minister Jean Emmanuel Ouedraogo", "these unspeakable and barbaric acts", "condemned", it=COND, lab="condemned", st=GOV27, sp=GOV,
             stated="Thursday", qualifiers=["reports of killings, in circumstances that remain to be clarified"], via="gov")
cdn_60 = c("local prosecutor", "people", "killing", "at least 60", it=TOLL, iv=(60, INF), st=PROSC, sp=PROS, actor="Armed men dressed in the uniform of the country's armed forces",
           place="the village of Karma", when="20 April", via="pros")
cdn_100 = c("Survivors and Karma residents", "people", "died", "more than 100", it=TOLL, iv=(101, INF), st=SURV25, sp=SURV, via="surv")
cdn_150 = c("Ravina Shamdasani", "civilians", "may have been killed", "at least 150", it=TOLL, iv=(150, INF), st=OHCHR, sp=UN, hedge="according to reports", via="un")
cdn_east = c("the army", "soldiers", "killed", "33", it=EAST, iv=33, ev=EAST_EV, sp="the army", actor="suspected jihadists", place="the East region",
             when="Thursday", via="army")
cdn_10k = c("ngos", "civilians and members of the security forces", "have died", "More than 10,000", it=CONFLICT, iv=(10001, INF), ev=CONF_EV, sp="NGOs",
            qualifiers=["an NGO estimate"], via="ngo")

# 8 France 24 (copied by catfishwaiter.blog)
E.article("f24", "France 24 (copy on catfishwaiter.blog)", "https://catfishwaiter.blog/2023/05/burkina-faso-authorities-under-fire-after-uniformed-men-massacre-150-villagers",
          None, "en", None,
          {"bel": {"outlet": "Daouda Belem", "title": "press conference", "published": "2023-04-29"}, "surv": {"outlet": "survivors"}})
f24_150 = c("France 24", "civilians", "were massacred", "more than 150", it=TOLLALL, iv=(151, INF), sp="France 24", actor="uniformed men", place="northern villages")
f24_130 = c("France 24", "people", "killed", "more than 130", it=TOLL, iv=(131, INF), sp="France 24", actor="Men in military uniforms", place="the village of Karma in Yatenga province",
            when="April 20")
f24_bel = c("Daouda Belem", "the massacre", "accusations against", actor="members of the defence and security forces", it=PERP, lab="army", sp=SURV,
            st=CONF29, stated="2023-04-29", quote="unjust barbarity", via="bel")
f24_ret = c("survivors", "the army's retaliatory operation against the villagers", "denounced", actor="the army", it=PERP, lab="army", sp="survivors (France 24)", via="surv")

# 9 PressAfrik (RFI), April 2023
E.article("pa1", "PressAfrik", "https://www.pressafrik.com/Nord-du-Burkina-Faso-une-soixantaine-de-personnes-tuees-par-des-hommes-en-tenue-de-l-armee_a256395.html",
          None, "fr", None,
          {"pros": {"outlet": "procureur de Ouahigouya", "title": "communiqué"}, "hab": {"outlet": "habitants de Karma", "wire": "AFP"}})
pa1_60 = c("procureur de Ouahigouya", "civils", "ont été tués", "une soixantaine, au moins", it=TOLL, iv=(54, INF), st=PROSC, sp=PROS, place="Karma",
           when="le 20 avril 2023", actor="des personnes arborant des tenues de nos forces armées nationales", via="pros")
pa1_perp = c("procureur de Ouahigouya", "les victimes", "auraient été tuées", actor="des personnes arborant des tenues de nos forces armées nationales", it=PERP,
             lab="men in army uniforms", st=PROSC, sp=PROS, hedge="auraient", via="pros")
pa1_att = c("habitants de Karma", "personnes à bord de motocyclettes et de pickups", "évoquent", "plus d'une centaine", it=ATTK, iv=(101, INF), st=AFPR, sp=AFPRES,
            via="hab")
pa1_80 = c("habitants de Karma", "morts", "font état d'un bilan", Q("avoisinant les 80", 80, 80, "approximate"), it=TOLL, iv=(72, 88), st=AFPR, sp=AFPRES, via="hab")

# 10 Eurafrica (Le Monde), 28 Apr 2023
E.article("eur", "eurafrica.info (Le Monde)", "https://eurafrica.info/2023/04/28/burkina-faso-a-karma-les-militaires-ont-defonce-les-portes-des-maisons-et-ont-reuni-les-habitants-dehors-pour-les-tuer",
          "2023-04-28", "fr", "Burkina Faso : à Karma, « les militaires ont défoncé les portes des maisons et ont réuni les habitants dehors pour les tuer »",
          {"un": {"outlet": "Haut-Commissariat des Nations unies aux droits de l'homme", "title": "communiqué"}, "pros": {"outlet": "procureur de Ouahigouya"}})
eur_150 = c("Haut-Commissariat des Nations unies aux droits de l'homme", "civils", "auraient disparu", "au moins 150", it=TOLL, iv=(150, INF), st=OHCHR, sp=UN,
            stated="mardi", qualifiers=["après l'attaque"], via="un")
eur_perp = c("Haut-Commissariat des Nations unies aux droits de l'homme", "l'attaque", "menée par",
             actor="des hommes armés en uniforme qui seraient des membres des forces de défense et de sécurité, accompagnés d'auxiliaires paramilitaires", it=PERP,
             lab="army and VDP", st=OHCHR, sp=UN, hedge="seraient", via="un")
eur_60 = c("procureur de Ouahigouya", "personnes", "ont été tuées", "une soixantaine", it=TOLL, iv=(54, 66), st=PROSC, sp=PROS, place="Karma", when="jeudi 20 avril",
           via="pros")

# 11 Sahutiafrica, CISC
E.article("sa1", "Sahutiafrica", "https://sahutiafrica.net/burkina-faso-que-sest-il-reellement-passe-la-journee-du-20-avril-a-karma/", None, "fr",
          None,
          {"cisc": {"outlet": "collectif contre l'impunité et la stigmatisation des communautés (CISC)", "title": "communiqué"},
           "pros": {"outlet": "procureur de Ouahigouya"}, "hab": {"outlet": "des habitants"}, "ong": {"outlet": "ONG"}})
sa1_136 = c("collectif contre l'impunité et la stigmatisation des communautés (CISC)", "civils", "ont été abattus", "Près de 136", it=TOLL, iv=136, st=CISC28, sp=CISC,
            actor="des hommes armés en tenue de l'armée burkinabè", place="le village de Karma", via="cisc")
sa1_w = c("collectif contre l'impunité et la stigmatisation des communautés (CISC)", "femmes", "figurent parmi les victimes", "cinquante", it=WOMEN, iv=50, st=CISC28,
          sp=CISC, via="cisc")
sa1_ch = c("collectif contre l'impunité et la stigmatisation des communautés (CISC)", "enfants", "figurent parmi les victimes", "une vingtaine", it=CHILD, iv=(18, 22),
           st=CISC28, sp=CISC, via="cisc")
sa1_60 = c("procureur de Ouahigouya", "morts", "faisait état", "une soixantaine", it=TOLL, iv=(54, 66), st=PROSC, sp=PROS, stated="2023-04-23",
           qualifiers=["le bilan officiel"], via="pros")
sa1_100 = c("des habitants", "morts", "ont parlé", "une centaine", it=TOLL, iv=(90, 110), sp="residents (Sahutiafrica)", via="hab")
sa1_10k = c("ONG", "morts", "ont fait", "plus de 10.000", it=CONFLICT, iv=(10001, INF), ev=CONF_EV, sp="NGOs", qualifiers=["civils et militaires", "depuis 2015"], via="ong")

# 12 PressAfrik (France 24), May 2023
E.article("pa2", "PressAfrik", "https://www.pressafrik.com/Au-Burkina-Faso-la-societe-civile-demande-des-comptes-apres-le-massacre-de-150-villageois_a256916.html",
          None, "fr", None,
          {"gov": {"outlet": "le gouvernement", "title": "communiqué"}, "res": {"outlet": "les rescapés"}})
pa2_130 = c("France 24 / RFI", "personnes", "ont été exécutées", "plus de 130", it=TOLL, iv=(131, INF), sp="France 24", actor="des hommes en uniforme militaire",
            place="ce village de la province du Yatenga")
pa2_cond = c("le gouvernement", "des actes ignobles et barbares", "condamnant", it=COND, lab="condemned", st=GOV27, sp=GOV, via="gov")
pa2_ret = c("les rescapés", "une opération de représailles", "dénoncent", actor="l'armée", it=PERP, lab="army", sp="survivors (France 24)", via="res")

# 13 LeFaso.net, 1 May 2023
E.article("lfn", "LeFaso.net", "https://lefaso.net/spip.php?article121171", "2023-05-01", "fr",
          "Massacre de Karma : « Dans le lot, ils ont épargné deux dames qui étaient enceintes », témoigne un présumé rescapé",
          {"conf": {"outlet": "ressortissants et rescapés du massacre de Karma", "title": "conférence de presse", "published": "2023-04-29"}})
lfn_147 = c("ressortissants et rescapés du massacre de Karma", "morts", "ont fait", "147", it=TOLLALL, iv=147, st=CONF29, sp=SURV, place="Karma et environnants",
            when="Le jeudi 20 avril 2023", stated="2023-04-29", via="conf")
lfn_ch = c("ressortissants et rescapés du massacre de Karma", "enfants", "dont", "45", it=CHILD, iv=45, st=CONF29, sp=SURV, stated="2023-04-29", via="conf")

# 14 Teranga News (Libération)
E.article("ter", "Teranga News", "https://teranganews.sn/?p=142475", None, "fr", None,
          {"lib": {"outlet": "sources locales", "wire": "Libération"}, "res": {"outlet": "un ressortissant de Karma", "wire": "Libération"},
           "fam": {"outlet": "proches de ces familles", "wire": "Libération"}, "pros": {"outlet": "procureur de Ouahigouya", "title": "communiqué"}})
ter_150 = c("sources locales", "civils", "ont été exécutés", "Environ 150", it=TOLL, iv=(135, 165), st=LIBE, sp=LIB, actor="des forces de défense et de sécurité (FDS)",
            qualifiers=["un premier bilan"], via="lib")
ter_perp = c("sources locales", "les civils", "ont été exécutés", actor="des forces de défense et de sécurité (FDS)", it=PERP, lab="army", st=LIBE, sp=LIB, via="lib")
ter_120 = c("un ressortissant de Karma", "personnes", "ont péri", "Plus de 120", it=TOLL, iv=(121, INF), st=LIBR, sp="a Karma native (Libération)",
            qualifiers=["dont des vieillards, des enfants et des femmes"], via="res")
ter_att = c("un ressortissant de Karma", "hommes en tenue militaire", "ont encerclé le village", "des centaines", it=ATTK, iv=(200, 999), st=LIBR,
            sp="a Karma native (Libération)", when="Aux environ de 7h30", via="res")
ter_pop = c("Libération", "habitants", "localité de moins de", "400", it=POP, iv=(1, 399), sp="Libération")
ter_200 = c("proches de ces familles", "morts", "avancent un bilan", Q("approchant 200", 200, 200, "approximate"), it=TOLL, iv=(180, 200), st=LIBF, sp="relatives (Libération)", via="fam")
ter_60 = c("procureur de Ouahigouya", "personnes", "auraient été tuées", "une soixantaine", it=TOLL, iv=(54, 66), st=PROSC, sp=PROS,
           actor="des personnes arborant des tenues de nos forces armées nationales", stated="Dimanche soir", via="pros")

# 15 Boursorama (France 24 video), 4 May 2023
E.article("bou", "Boursorama (France 24)", "https://www.boursorama.com/videos/actualites/massacre-de-karma-ouagadougou-met-en-garde-contre-les-terroristes-en-habit-de-soldats-bd7830b354e117ae49ef4a528ce0045f",
          "2023-05-04", "fr", "Massacre de Karma : Ouagadougou met en garde contre les \"terroristes en habit de soldats\"",
          {"yam": {"outlet": "François Yameogo"}, "oua": {"outlet": "Ouagadougou"}, "ong": {"outlet": "ONG"}})
bou_136 = c("François Yameogo", "corps", "avaient été inhumés", "136", it=TOLL, iv=136, st=YAM, sp=MILJ, place="Karma", when="la semaine dernière",
            qualifiers=["a reconnu"], via="yam")
bou_terr = c("Ouagadougou", "les massacres", "commis par", actor="des terroristes en habit de soldats", it=PERP, lab="terrorists in army uniforms", sp=GOV,
             qualifiers=["met en garde contre"], via="oua")
bou_ong = c("ONG", "la responsabilité de l'armée burkinabè dans les meurtres", "pointent du doigt", actor="l'armée burkinabè", it=PERP, lab="army",
            sp="NGOs (France 24)", via="ong")

# 16 Le360 Afrique, Amnesty
E.article("l36", "Le360 Afrique", "https://afrique.le360.ma/societe/massacre-de-karma-au-burkina-faso-amnesty-accuse-larmee_W4C3AC6K3NE5HLHZEJFYF46QIM", None, "fr",
          None,
          {"amn": {"outlet": "Amnesty", "title": "communiqué"}, "pros": {"outlet": "procureur de Ouahigouya"},
           "cisc": {"outlet": "une ONG burkinabè"}, "res": {"outlet": "un rescapé", "wire": "Amnesty"}})
l36_147 = c("Amnesty", "personnes", "tuant ainsi", "au moins 147", it=TOLL, iv=(147, INF), st=AMN2, sp=AMN, actor="des éléments de l'armée burkinabè",
            place="Karma, village à 15 km de Ouahigouya", when="Le 20 avril", qualifiers=["recensées dans huit quartiers du village"], via="amn")
l36_ch = c("Amnesty", "enfants", "dont", "45", it=CHILD, iv=45, st=AMN2, sp=AMN, via="amn")
l36_bir = c("Amnesty", "les meurtres", "responsabilité", actor="3e bataillon de la Brigade d'intervention rapide (BIR)", it=PERP, lab="army", st=AMN2, sp=AMN, via="amn")
l36_60 = c("procureur de Ouahigouya", "tués", "Le bilan officiel fait état", "une soixantaine", it=TOLL, iv=(54, 66), st=PROSC, sp=PROS,
           actor="des personnes arborant des tenues de nos forces armées nationales", via="pros")
l36_136 = c("une ONG burkinabè", "morts", "parlant de", "136", it=TOLL, iv=136, st=CISC28, sp=CISC, place="Karma",
            qualifiers=["dont 50 femmes et 21 enfants", "ainsi que onze morts dans d'autres villages proches"], via="cisc")
l36_res = c("un rescapé", "ce massacre", "ont commis", actor="les militaires du Burkina", it=PERP, lab="army", sp="a survivor (Amnesty)",
            quote="Ce sont les militaires du Burkina qui ont commis ce massacre", via="res")

# 17 vol.at (APA/Reuters), April 2023
E.article("vol", "vol.at", "https://www.vol.at/dorfbewohner-136-tote-bei-massaker-in-burkina-faso/8050813", None, "de", None,
          {"surv": {"outlet": "Überlebende", "title": "Mitteilung"}})
vol_136 = c("Überlebende", "Zivilisten", "getötet", "136", it=TOLL, iv=136, st=SURV29, sp=SURV, stated="Samstag", place="das Dorf Karma im Norden des Landes",
            qualifiers=["insgesamt"], via="surv")
vol_9 = c("Überlebende", "Zivilisten", "verletzt", "neun", it=WOUND, iv=9, st=SURV29, sp=SURV, stated="Samstag", via="surv")
vol_60 = c("vol.at", "Toten", "angegeben worden", "rund 60", it=TOLL, iv=(54, 66), sp="vol.at (earlier figure)",
           qualifiers=["kurz nach dem Überfall", "frühere Angabe, ohne Quelle"])
vol_perp = c("Überlebende", "die Angreifer", "Angehörige der Streitkräfte des Landes", actor="Angehörige der Streitkräfte des Landes", it=PERP, lab="army",
             st=SURV29, sp=SURV, via="surv")

# 18 Deutsche Welle
E.article("dw", "Deutsche Welle", "https://www.dw.com/de/m%C3%A4nner-in-armee-uniformen-ver%C3%BCben-massaker-in-burkina-faso/a-65414616", None, "de",
          None,
          {"pros": {"outlet": "Lamine Kabore"}, "surv": {"outlet": "Überlebende", "wire": "AFP"}, "lib": {"outlet": "Libération"},
           "hum": {"outlet": "humanitäre Helfer", "wire": "Libération"}, "afp": {"outlet": "AFP"}})
dw_60 = c("Lamine Kabore", "Menschen", "wurden getötet", "Etwa 60", it=TOLL, iv=(54, 66), st=PROSC, sp=PROS, actor="Personen, die die Uniformen unserer nationalen Streitkräfte trugen",
          place="Dorf Karma in der Provinz Yatenga", when="Donnerstag", via="pros")
dw_att = c("AFP", "Angreifer", "seien auf Motorrädern und Pick-ups in das Dorf eingefallen", "Mehr als 100", it=ATTK, iv=(101, INF), st=AFPR, sp=AFPRES, via="afp")
dw_80 = c("Überlebende", "Toten", "sprachen von", "rund 80", it=TOLL, iv=(72, 88), st=AFPR, sp=AFPRES, via="surv")
dw_150 = c("Libération", "Toten", "berichtet", "mindestens 150", it=TOLL, iv=(150, INF), st=LIBE, sp=LIB, via="lib")
dw_hum = c("humanitäre Helfer", "die Tötungen", "Armeeangehörige", actor="Armeeangehörige, mit der Rückeroberung beauftragt", it=PERP, lab="army", sp="humanitarian workers (Libération)",
           hedge="mutmaßlich", qualifiers=["wussten nicht, dass in dem Dorf weiterhin Zivilisten lebten"], via="hum")
dw_aor = c("Deutsche Welle", "freiwillige Sicherheitskräfte", "getötet", "34", it=AORV, iv=34, ev=AOR_EV, sp="DW", qualifiers=["sowie sechs Soldaten", "eine Woche zuvor"])

# 19 Amnesty International West Africa (German), May 2023
E.article("amd", "Amnesty International Westafrika-Koordinationsgruppe", "https://amnesty-westafrika.de/2023/05/burkina-faso-die-spezialkraefte-der-armee-werden-fuer-das-massaker-von-karma-verantwortlich-gemacht",
          None, "de", None,
          {"amn": {"outlet": "Amnesty International (Westafrika)"}, "conf": {"outlet": "Pressekonferenz der Staatsangehörigen von Karma", "published": "2023-04-29"}})
amd_147 = c("Amnesty International (Westafrika)", "Menschen", "wobei sie töteten", "mindestens 147", it=TOLL, iv=(147, INF), st=AMN2, sp=AMN,
            actor="Elemente der burkinischen Armee", place="Karma, einem Dorf im Norden des Landes, 15 km von Ouahigouya entfernt", when="Am 20. April", via="amn")
amd_bir = c("Amnesty International (Westafrika)", "die Morde", "verantwortlich", actor="das 3. Bataillon der Brigade d'Intervention Rapide (BIR)", it=PERP, lab="army",
            st=AMN2, sp=AMN, via="amn")
amd_conf = c("Pressekonferenz der Staatsangehörigen von Karma", "Opfer", "beziffert", "147", it=TOLLALL, iv=147, st=CONF29, sp=SURV, stated="2023-04-29",
             qualifiers=["Opfer des Massakers von Karma", "darunter 45 Kinder"], via="conf")

# 20 mejorinformado, 3 May 2023
E.article("mej", "Mejor Informado", "https://www.mejorinformado.com/mundo/2023/5/3/burkina-faso-denuncian-masacre-de-150-civiles-por-parte-del-ejercito-106301.html",
          "2023-05-03", "es", None,
          {"aut": {"outlet": "las autoridades del país"}, "cisc": {"outlet": "Colectivo contra la Impunidad y la Estigmatización de las Comunidades (CISC)",
           "title": "comunicado", "published": "2023-04-27"}, "un": {"outlet": "ONU"}})
mej_150 = c("mejorinformado.com", "civiles", "fueron masacrados", "Más de 150", it=TOLLALL, iv=(151, INF), sp="Mejor Informado", actor="hombres uniformados",
            place="varias aldeas del norte del país")
mej_den = c("las autoridades del país", "la acusación", "niegan", polarity="denied", it=PERP, lab="denied", sp=GOV, via="aut",
            qualifiers=["acusación contra miembros de las fuerzas de defensa y seguridad"])
mej_136 = c("Colectivo contra la Impunidad y la Estigmatización de las Comunidades (CISC)", "cuerpos", "se habían encontrado", "136", it=TOLL, iv=136, st=CISC28, sp=CISC,
            place="Karma", qualifiers=["incluyendo 50 mujeres y 21 niños"], via="cisc")
mej_un = c("ONU", "los atacantes", "eran", actor="miembros de las fuerzas de defensa y seguridad acompañados por auxiliares paramilitares (VDP)", it=PERP,
           lab="army and VDP", st=OHCHR, sp=UN, hedge="supuestamente", via="un")

# 21 La Stampa, 30 Apr 2023
E.article("lst", "La Stampa", "https://www.lastampa.it/esteri/2023/04/30/news/burkina_faso_136_morti-12780522/", "2023-04-30", "it", None,
          {"cisc": {"outlet": "Burkinabe Collective Against Impunity and Stigmatization of Communities (CISC)", "title": "nota"},
           "pros": {"outlet": "procuratore locale"}, "sop": {"outlet": "testimoni sopravvissuti"}})
lst_136 = c("Burkinabe Collective Against Impunity and Stigmatization of Communities (CISC)", "persone", "massacrate", "almeno 136", it=TOLL, iv=136, st=CISC28, sp=CISC,
            actor="uomini in uniforme", place="villaggio di Karma", when="il 20 aprile scorso", via="cisc")
lst_ch = c("Burkinabe Collective Against Impunity and Stigmatization of Communities (CISC)", "bambini", "tra cui", "21", it=CHILD, iv=21, st=CISC28, sp=CISC,
           qualifiers=["50 donne e 21 bambini"], via="cisc")
lst_60 = c("procuratore locale", "persone", "rimasero uccise", "60", it=TOLL, iv=60, st=PROSC, sp=PROS, via="pros")
lst_100 = c("testimoni sopravvissuti", "morti", "hanno dato un bilancio", "oltre 100", it=TOLL, iv=(101, INF), st=SURV25, sp=SURV, via="sop")
lst_11 = c("Burkinabe Collective Against Impunity and Stigmatization of Communities (CISC)", "persone", "furono uccise", "11", it=NEAR, iv=11, st=CISC28, sp=CISC,
           place="nelle città vicine e sull'autostrada Ouahigouya-Barga", qualifiers=["altre"], via="cisc")
lst_wd = c("Burkinabe Collective Against Impunity and Stigmatization of Communities (CISC)", "civili feriti", "furono portati all'ospedale universitario di Ouahigouya",
           "una dozzina", it=WOUND, iv=(10, 14), st=CISC28, sp=CISC, via="cisc")
lst_perp = c("Burkinabe Collective Against Impunity and Stigmatization of Communities (CISC)", "queste stragi", "ha attribuito",
             actor="uomini armati classificati come membri delle Forze di Difesa e Sicurezza del Burkina Faso (Fds), cioè i Volontari per la Difesa della Patria (Vdp)",
             it=PERP, lab="army and VDP", st=CISC28, sp=CISC, via="cisc")

# 22 Slow News
E.article("slw", "Slow News", "https://slow-news.com/politica/il-massacro-di-karma-in-burkina-faso", None, "it", None,
          {"giu": {"outlet": "la giustizia burkinabé"}, "tes": {"outlet": "i testimoni oculari"}, "med": {"outlet": "i media locali e le ONG"},
           "bel": {"outlet": "Daouda Belem"}})
slw_60 = c("la giustizia burkinabé", "morti", "parla di", "60", it=TOLL, iv=60, st=PROSC, sp=PROS, qualifiers=["la procura di Ouahigouya ha aperto un'inchiesta"], via="giu")
slw_100 = c("i testimoni oculari", "morti", "parlano di", "almeno 100", it=TOLL, iv=(100, INF), sp="eyewitnesses (Slow News)", via="tes")
slw_150 = c("i media locali e le ONG", "morti", "parlano di", "almeno 150", it=TOLL, iv=(150, INF), sp="local media and NGOs (Slow News)", via="med")
slw_147 = c("Daouda Belem", "morti", "secondo", "147", it=TOLLALL, iv=147, st=CONF29, sp=SURV, qualifiers=["una sopravvissuta"], via="bel")
slw_w = c("Daouda Belem", "donne", "di cui", "28", it=WOMEN, iv=28, st=CONF29, sp=SURV, via="bel")
slw_ch = c("Daouda Belem", "bambini", "di cui", "45", it=CHILD, iv=45, st=CONF29, sp=SURV, via="bel")

# 23 Sahara Medias (Arabic)
E.article("sah", "صحراء ميديا", "https://saharamedias.net/208522", None, "ar", None,
          {"pros": {"outlet": "مدع عام محلي"}, "cisc": {"outlet": "منظمة حقوقية بوركينابية"}, "amn": {"outlet": "منظمة العفو الدولية"}})
sah_60 = c("مدع عام محلي", "شخصا", "قتلوا", "نحو ستين", it=TOLL, iv=(54, 66), st=PROSC, sp=PROS, via="pros")
sah_136 = c("منظمة حقوقية بوركينابية", "شخصا", "بمقتل", "136", it=TOLL, iv=136, st=CISC28, sp=CISC, via="cisc")
sah_11 = c("منظمة حقوقية بوركينابية", "شخصا آخرين", "قتلوا في اليوم نفسه", "11", it=NEAR, iv=11, st=CISC28, sp=CISC, place="في منطقة مجاورة", via="cisc")
sah_147 = c("منظمة العفو الدولية", "شخصا", "فقتلوا", "147 على الأقل", it=TOLL, iv=(147, INF), st=AMN2, sp=AMN, actor="جنودا بوركينابيين", place="قرية كارما",
            qualifiers=["بينهم 45 طفلا"], via="amn")
sah_perp = c("منظمة العفو الدولية", "القرويين", "أطلقوا النار عليهم من مسافة قريبة", actor="جنودا بوركينابيين", it=PERP, lab="army", st=AMN2, sp=AMN, via="amn")

# 24 Ahl Masr News (Arabic, Libération)
E.article("ahl", "أهل مصر", "https://ahlmasrnews.com/news/International-news/13122756/مقتل-عشرات-القرويين-عل-أيدي-رجال-يرتدون-الزي-العسكري-في-بوركينا-فاسو", None, "ar",
          None,
          {"pros": {"outlet": "لامين كابوري"}, "lib": {"outlet": "ليبراسيون"}, "res": {"outlet": "أحد السكان المحليين", "wire": "ليبراسيون"}})
ahl_60 = c("لامين كابوري", "شخصا", "قتل", "نحو 60", it=TOLL, iv=(54, 66), st=PROSC, sp=PROS, actor="أشخاص يرتدون الزي الرسمي لقواتنا المسلحة الوطنية",
           place="قرية كارما بشمال البلاد", stated="مساء الأحد", qualifiers=["وقعت يوم الجمعة"], via="pros")
ahl_150 = c("ليبراسيون", "شخصا", "قتل", "نحو 150", it=TOLL, iv=(135, 165), st=LIBE, sp=LIB, qualifiers=["نقلا عن مصادر محلية"], via="lib")
ahl_120 = c("أحد السكان المحليين", "شخصا", "قتل", "أكثر من 120", it=TOLL, iv=(121, INF), st=LIBR, sp="a Karma native (Libération)",
            qualifiers=["بمن فيهم كبار السن والأطفال والنساء"], via="res")
ahl_200 = c("ليبراسيون", "شخص", "أبلغوا عن مقتل", Q("ما يصل إلى 200", 0, 200, "upper_bound"), it=TOLL, iv=(180, 200), st=LIBF, sp="relatives (Libération)", qualifiers=["آخرون"], via="lib")
ahl_aor = c("أهل مصر", "شخصا", "قتل إرهابيون", "ما لا يقل عن 40", it=AOR, iv=(40, INF), ev=AOR_EV, sp="Ahl Masr", qualifiers=["ومن بين القتلى ستة جنود",
            "قبل بضعة أسابيع", "بالقرب من مدينة واهيجويا"])

# 25 Nieuwsblad, 28 Apr 2023
E.article("nwb", "Het Nieuwsblad", "https://www.nieuwsblad.be/cnt/dmf20230428_94555375", "2023-04-28", "nl", None,
          {"cisc": {"outlet": "Collectief tegen straffeloosheid en stigmatisering van gemeenschappen (CISC)", "title": "persbericht", "wire": "AFP"},
           "pros": {"outlet": "procureur van Ouahigouya"}, "surv": {"outlet": "Overlevenden en inwoners"}, "ngo": {"outlet": "ngo's"}})
nwb_136 = c("Collectief tegen straffeloosheid en stigmatisering van gemeenschappen (CISC)", "burgers", "gedood", "136", it=TOLL, iv=136, st=CISC28, sp=CISC,
            actor="mannen in legeruniform", when="vorige week donderdag", qualifiers=["onder wie 50 vrouwen en 21 kinderen"], via="cisc")
nwb_w = c("Collectief tegen straffeloosheid en stigmatisering van gemeenschappen (CISC)", "vrouwen", "onder wie", "50", it=WOMEN, iv=50, st=CISC28, sp=CISC, via="cisc")
nwb_60 = c("procureur van Ouahigouya", "doden", "officiële dodental", "een zestigtal", it=TOLL, iv=(54, 66), st=PROSC, sp=PROS, stated="zondagavond", via="pros")
nwb_100 = c("Overlevenden en inwoners", "doden", "spraken over", "meer dan honderd", it=TOLL, iv=(101, INF), st=SURV25, sp=SURV, via="surv")
nwb_10 = c("Collectief tegen straffeloosheid en stigmatisering van gemeenschappen (CISC)", "mensen", "gedood", "een tiental", it=NEAR, iv=11, st=CISC28, sp=CISC,
           place="andere naburige dorpen", when="20 april", via="cisc")
nwb_10k = c("ngo's", "burgers en soldaten", "het leven gekost", "meer dan 10.000", it=CONFLICT, iv=(10001, INF), ev=CONF_EV, sp="NGOs",
            qualifiers=["in de afgelopen zeven jaar"], via="ngo")

# 26 worldterror.pl
E.article("wtp", "worldterror.pl", "https://worldterror.pl/czy-za-masakre-w-burkina-faso-odpowiada-armia", None, "pl", None,
          {"mie": {"outlet": "Mieszkańcy wsi Karma"}, "ngo": {"outlet": "organizacja pozarządowa", "title": "oświadczenie", "published": "2023-04-29"}})
wtp_136 = c("Mieszkańcy wsi Karma", "osób", "Zabito", "136", it=TOLL, iv=136, st=SURV29, sp=SURV, when="20 kwietnia 2023 r.",
            qualifiers=["w tym 50 kobiet i 21 dzieci", "wcześniej informowano o ponad 60 ofiarach"], via="mie")
wtp_perp = c("Mieszkańcy wsi Karma", "śmierć swoich bliskich", "obwiniają", actor="siły bezpieczeństwa", it=PERP, lab="army", st=SURV29, sp=SURV, via="mie")
wtp_att = c("worldterror.pl", "napastników ubranych w mundury wojskowe", "ataku", "ponad 100", it=ATTK, iv=(101, INF), sp="worldterror.pl")
wtp_11 = c("organizacja pozarządowa", "osób", "zabili także", "11", it=NEAR, iv=11, st=CISC28, sp=CISC, place="w pobliżu Karmy", when="tego samego dnia (20 kwietnia)",
           qualifiers=["6 w wiosce Dinguiri, 2 w Mene i 3 na drodze między Ouahigouya a Barga"], via="ngo")

# 27 Spoilermoz (Portuguese)
E.article("spm", "Spoilermoz", "https://www.spoilermoz.com/soldados-matam-60-civis-em-burkina-faso", None, "pt", None,
          {"pros": {"outlet": "Lamine Kaboré"}, "mor": {"outlet": "moradores da aldeia"}})
spm_60 = c("Lamine Kaboré", "civis", "resultou na morte", "pelo menos 60", it=TOLL, iv=(60, INF), st=PROSC, sp=PROS, actor="alegados soldados",
           place="uma aldeia chamada Karma, na província de Yatenga", when="na última quinta-feira", via="pros")
spm_att = c("moradores da aldeia", "indivíduos em motocicletas e carrinhas de caixa aberta", "invadiram a aldeia", "mais de uma centena", it=ATTK, iv=(101, INF),
            st=AFPR, sp=AFPRES, via="mor")
spm_aorv = c("Spoilermoz", "membros dos Voluntários para a Defesa da Pátria (VDP)", "morte", "34", it=AORV, iv=34, ev=AOR_EV, sp="Spoilermoz",
             actor="supostos fundamentalistas islâmicos", qualifiers=["e seis soldados", "perto da aldeia de Aorema"])

# 28 Daily Mail (AFP), 28 Apr 2024: another incident (Soro and Nondin), hard negatives
E.article("dml", "Daily Mail (AFP)", "https://www.dailymail.co.uk/wires/afp/article-13358909/Burkina-Faso-says-massacre-report-baseless.html", "2024-04-28", "en",
          None,
          {"gov": {"outlet": "communications minister Rimtalba Jean Emmanuel Ouedraogo", "title": "statement"}, "hrw": {"outlet": "Human Rights Watch", "title": "report"}})
dml_223 = c("Human Rights Watch", "villagers", "killed", "at least 223", it=SORO, iv=(223, INF), ev=SORO_EV, sp=HRW, actor="soldiers", when="February 25",
            qualifiers=["in two attacks"], via="hrw")
dml_den = c("communications minister Rimtalba Jean Emmanuel Ouedraogo", "such baseless accusations", "strongly rejects and condemns", polarity="denied", it=SOROD,
            lab="denied", ev=SORO_EV, sp=GOV, stated="Saturday", qualifiers=["the killings at Nodin and Soro"], via="gov")

# -- pairs across items, by hand ----------------------------------------------------------
P = E.pair
toll = [(r["id"], m) for r, m in E.claims if m["it"] == TOLL]
tall = [(r["id"], m) for r, m in E.claims if m["it"] == TOLLALL]
# a toll for Karma and the nearby villages (147, 156 and more) against a toll for Karma alone that cannot reach it:
# every account puts at most 11 dead outside Karma, so a Karma toll whose upper bound plus 11 stays below the combined
# toll's lower bound contradicts it
NEARMAX = 11
for a, ma in tall:
    for b, mb in toll:
        if mb["iv"][1] + NEARMAX < ma["iv"][0]:
            P(a, b, "contradicts", f"{ma['src']} {ma['val']} dead at Karma and nearby vs {mb['src']} {mb['val']} at Karma: disjoint even with the "
              "nearby dead (at most 11 by every account) added")
# 136 at Karma and 11 nearby make the 147 of Karma and its surroundings (the survivors' press conference)
for b in (lfn_147, amd_conf, slw_147):
    for a in (ywc_136, afn_136, sa1_136, l36_136, mej_136, lst_136, sah_136, nwb_136, vol_136, wtp_136, bou_136):
        P(a, b, "compatible", "136 at Karma (and 11 nearby, by the CISC) vs the survivors' 147 for Karma and its surroundings: the same count, two scopes")
# HRW's nine bodies in three nearby villages vs the CISC's 11 dead nearby (three of them on the road): two scopes, both can hold
for a in (ywc_11, nb2_11, lst_11, sah_11, nwb_10, wtp_11):
    P(wah_9, a, "compatible", "HRW: nine bodies in three nearby villages vs CISC: 11 dead nearby, three of them on the road: two scopes")
# who did it: the authorities' denial and their "terrorists in soldiers' clothing" are parts of one account, not a revision
P(mej_den, bou_terr, "compatible", "the authorities deny the army's role and warn of terrorists dressed as soldiers: one account")
# the government's condemnation of killings "in circumstances that remain to be clarified" does not name or deny a perpetrator
# the authorities' denial and the "terrorists in soldiers' clothing" against counts whose claim names the army (or soldiers) as the killers
ARMYCOUNTS = (hrw_156, hrw_men, hrw_w, hrw_ch, wah_156, nb2_147, l36_147, amd_147, sah_147, ter_150, spm_60)
for d in (mej_den, bou_terr):
    for a in ARMYCOUNTS:
        P(d, a, "contradicts", "the authorities deny the army's role / blame terrorists in army uniforms vs a count of the dead killed by the army (or soldiers): "
          "different perpetrators of the same act")
# the survivors' collective: more than 100 (Tue), then 136 (Sat): a more precise figure within the first, not a revision
for a in (ywc_100, afn_100, voa_100, cdn_100, lst_100, nwb_100):
    for b in (vol_136, wtp_136):
        P(a, b, "refines", "the survivors' statements: more than 100 (25 Apr), then 136 (29 Apr): the second within the first")
# the prosecutor's figure relayed as "at least 60" / "60" / "about 60": one statement (echo), whatever the relay did to it (derived)
# hard negatives
P(ywc_aor, ywc_136, "unrelated", "40 troops and auxiliaries killed near Aorema on 15 April vs the Karma toll: same region, other day")
P(afn_aors, afn_6, "unrelated", "six soldiers killed near Aorema on 15 April vs six killed at Dinguiri on 20 April: same figure, other incident")
P(dw_aor, ywc_11, "unrelated", "34 VDP killed near Aorema (15 April) vs 11 killed near Karma (20 April): other incident")
P(cdn_east, cdn_60, "unrelated", "33 soldiers killed in the East region vs the Karma toll: same week, other place")
P(cdn_10k, cdn_100, "unrelated", "more than 10,000 dead since 2015 (aggregate) vs the Karma toll")
P(sa1_10k, sa1_60, "unrelated", "more than 10,000 dead since 2015 (aggregate) vs the Karma toll")
P(nwb_10k, nwb_136, "unrelated", "more than 10,000 dead in seven years (aggregate) vs the Karma toll")
P(dml_223, hrw_156, "unrelated", "HRW: 223 villagers at Soro and Nondin (Feb 2024) vs HRW: 156 at Karma (Apr 2023): same speaker, other incident")
P(dml_den, mej_den, "unrelated", "the government's rejection of HRW's Soro report (2024) vs the denial over Karma: other incident")
P(dml_den, hrw_perp, "unrelated", "the government's rejection of HRW's Soro report (2024) vs HRW linking the army to Karma: other incident")
P(voa_pop, voa_100, "unrelated", "a village of some 400 people vs more than 100 dead: other item")
P(ter_pop, ter_120, "unrelated", "fewer than 400 inhabitants vs more than 120 dead: other item")
P(vol_9, wah_9, "unrelated", "nine wounded vs nine bodies found in nearby villages: same figure, other item")
P(ter_att, ter_200, "unrelated", "hundreds of men in uniform vs a toll approaching 200: other item")
P(wtp_att, ywc_100, "unrelated", "more than 100 assailants vs more than 100 dead: same figure, other item")
P(hrw_w, slw_w, "agrees", "HRW 28 women vs the survivors' spokesman 28 women: different speakers, same figure")

E.aggregate(cdn_10k, ["karma-2023"])
E.aggregate(sa1_10k, ["karma-2023"])
E.aggregate(nwb_10k, ["karma-2023"])
E.write()
