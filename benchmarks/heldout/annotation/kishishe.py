from lib import Event, INF, Q

E = Event("kishishe-2022")
S = E.src
TOLL = "toll"
PERP = "perp"
E.bad_when = {"mardi", "29 et 30 novembre", "29 and 30 November", "29. November", "letzte Woche", "la settimana scorsa",
              "29 novembre", "November", "novembre", "over a 10-day period in November",
              "dinsdag", "29/11/2022", "29 e 30 novembre", "last year", "entre el 21 y el 30 de noviembre de 2022",
              "between November 21 and November 30, 2022", "Novemba mwaka uliopita", "tangu Jumatatu", "between Nov. 2022 and Apr. 2023"}

BAD_STATED = {"lunedì", "Montag", "ce lundi 05", "5. Dezember", "el martes", "Tuesday", "Thursday", "Thursday night", "lundi"}
_c = E.c


def _claim(*args, **fields):
    """Keeps a statement day the model cannot read (no year, no dated report) as a qualifier."""
    if fields.get("stated") in BAD_STATED:
        fields["qualifiers"] = list(fields.get("qualifiers", [])) + ["stated " + fields.pop("stated")]
    return _c(*args, **fields)


E.c = _claim

# -- statements relayed by several articles (echo) -----------------------------------
ARMY50 = "the FARDC statement of Thu 1 Dec 2022 (Gen. Sylvain Ekenge: 50 civilians killed on Tuesday in Kishishe)"
GOV2 = "the government's figure of 2 Dec 2022 (100 dead; three days of mourning)"
GOV5 = "the government's press conference of Mon 5 Dec 2022 (Paluku, Muyaya: 272 dead, 'about 300')"
GOV5C = "the government's press conference of Mon 5 Dec 2022 (children among the dead)"
UNPRE = "the UN's preliminary investigation (MONUSCO and UNJHRO), statement of 8 Dec 2022 (at least 131 civilians)"
UNPREC = "the UN's preliminary investigation of 8 Dec 2022 (12 children among the 131)"
UNPREW = "the UN's preliminary investigation of 8 Dec 2022 (8 wounded by bullets)"
UNPREK = "the UN's preliminary investigation of 8 Dec 2022 (60 kidnapped)"
UNPRER = "the UN's preliminary investigation of 8 Dec 2022 (at least 22 women and 5 girls raped)"
UNPREX = "the UN's preliminary investigation of 8 Dec 2022 (victims executed in reprisals)"
UNFIN = "the UNJHRO annual report of 7 Feb 2023 (at least 171 summarily executed in Bambo and Kishishe, 21-30 Nov)"
UNEARLY = "MONUSCO's first statement (a high number of civilian casualties, no figure)"
M23DEN = "M23's communiqué of Thu 1 Dec 2022 ('baseless allegations'; never targeted civilians)"
M23_8 = "M23's statement (8 civilians killed by stray bullets; the other dead were fighters)"
M23REU = "M23's denial relayed by Reuters after the government's toll (denied responsibility, asked for an inquiry)"
KANY = "M23 spokesman Lawrence Kanyuka to Reuters, 8 Dec 2022 (the UN never came; a figure 'even if false')"
HRWF = "HRW's report of 6 Feb 2023 (at least 22 summarily executed in Kishishe; 10 more killed in searches)"
HRWJ = "HRW's report of 14 Jun 2023 (at least 14 mass graves in Kishishe)"

# -- sources --------------------------------------------------------------------------
S("sources dans cette partie du territoire de Rutshuru", "other", ["sources de RADIOMOTO.NET"])
S("sources indépendantes dans la région", "other", ["mêmes sources"])
S("sources dans la zone", "other", [])
S("une source administrative", "state", [], "DR Congo")
S("RADIOMOTO.NET", "media", ["La Rédaction"])
S("sources civiles", "other", [])
S("un habitant local", "witness", ["Kishishe resident"])
S("M23", "armed_group", ["Mouvement du 23-Mars", "March 23 Movement", "rebels"], "M23")
S("General Sylvain Ekenzi", "state", ["General Ekenge", "spokesman for the FARDC"], "DR Congo")
S("Lawrence Kanuka", "armed_group", ["M23 political spokesman"], "M23")
S("General Sylvain Ekenge", "state", ["Ekenge", "DRC army"], "DR Congo")
S("M23 statement", "armed_group", ["M23", "the rebel group"], "M23")
S("Paul Lutibahwa", "other", ["head of civil society groups for the Bambo region"])
S("Congolese armed forces", "state", ["DRC government forces", "Congolese military"], "DR Congo")
S("Patrick Muyaya", "state", ["government spokesman"], "DR Congo")
S("Monusco", "international_org", ["UN peacekeeping mission"], "UN")
S("Nzaghani", "other", ["lawmaker"])
S("ooggetuigen", "witness", [])
S("Nieuwsblad", "media", [])
S("een arts", "witness", ["één bron"])
S("M23-rebellenbeweging", "armed_group", ["M23"], "M23")
S("M23 group", "armed_group", ["M23", "the statement of M23"], "M23")
S("les autorités congolaises et les Nations unies", "other", ["autorités congolaises", "ONU"])
S("BCNUDH and MONUSCO", "international_org", ["UN", "UN forces in DR Congo", "local UN office"], "UN")
S("The M23", "armed_group", ["M23", "rebel movement"], "M23")
S("UN investigation", "international_org", ["UN", "United Nations"], "UN")
S("The M23 rebels", "armed_group", ["M23"], "M23")
S("United Nations", "international_org", ["UN", "MONUSCO", "UNJHRO"], "UN")
S("government", "state", ["DRC government"], "DR Congo")
S("Lawrence Kanyuka", "armed_group", ["spokesman for M23"], "M23")
S("UN mission", "international_org", ["MONUSCO", "UN"], "UN")
S("Authorities in Kinshasa", "state", ["Kinshasa"], "DR Congo")
S("The group", "armed_group", ["M23"], "M23")
S("indagine preliminare delle Nazioni Unite", "international_org", ["missione Onu nella Rdc", "ONU"], "UN")
S("autorità di Kinshasa", "state", [], "DR Congo")
S("Myndighetene i Kinshasa", "state", [], "DR Congo")
S("opprørsgruppen", "armed_group", ["M23"], "M23")
S("FNs fredsbevarende styrker", "international_org", ["FN"], "UN")
S("UNO", "international_org", ["UN-Mission Monusco"], "UN")
S("Regierung in Kinshasa", "state", [], "DR Congo")
S("Rebellenorganisation", "armed_group", ["M23-Rebellen"], "M23")
S("Julien Paluku", "state", ["ministre congolais, porte-parole du Gouvernement"], "DR Congo")
S("armée congolaise", "state", ["FARDC"], "DR Congo")
S("rébellion du M23", "armed_group", ["M23"], "M23")
S("lokale Behörden", "state", [], "DR Congo")
S("Minister und Regierungssprecher Julien Paluku", "state", ["Minister Paluku"], "DR Congo")
S("die M23", "armed_group", ["Bewegung des 23. März"], "M23")
S("deux ministres congolais", "state", [], "DR Congo")
S("mouvement rebelle du M23", "armed_group", ["M23"], "M23")
S("kongolesische Regierung", "state", [], "DR Congo")
S("Rebellengruppe M23", "armed_group", ["M23"], "M23")
S("Vereinte Nationen", "international_org", ["UN"], "UN")
S("Governo del Congo", "state", ["governo congolese"], "DR Congo")
S("gruppo ribelle M23", "armed_group", ["M23"], "M23")
S("Nazioni Unite", "international_org", [], "UN")
S("ONU", "international_org", ["MONUSCO", "Oficina Conjunta de Derechos Humanos"], "UN")
S("el gobierno", "state", ["gobierno del Congo"], "DR Congo")
S("la milicia", "armed_group", ["M23"], "M23")
S("U.N. Joint Human Rights Office", "international_org", ["UN", "United Nations"], "UN")
S("DRC's government", "state", [], "DR Congo")
S("Human Rights Watch", "ngo", ["HRW"])
S("United Nations Joint Human Rights Office (UNJHRO)", "international_org", ["UN Human Rights Office in DR Congo"], "UN")
S("Kinshasa authorities", "state", [], "DR Congo")
S("La Oficina Conjunta de Naciones Unidas de Derechos Humanos", "international_org", ["ONU"], "UN")
S("autoridades de Kinshasa", "state", [], "DR Congo")
S("Bureau Conjoint des Nations-Unies aux Droits de l'Homme (BCNUDH)", "international_org", ["BCNUDH"], "UN")
S("Kinshasa police", "state", [], "DR Congo")
S("Nations unies", "international_org", ["ONU"], "UN")
S("enquête préliminaire (bureau des droits de l'Homme de l'ONU et Monusco)", "international_org", ["ONU", "Monusco"], "UN")
S("UN data", "international_org", ["UN"], "UN")
S("Michel", "witness", ["survivor"])
S("International Organization for Migration", "international_org", ["IOM"], "UN")
S("Umoja wa Mataifa", "international_org", ["UN"], "UN")
S("Duru", "other", ["mwakilishi mmoja wa asasi ya kiraia"])
S("United Nations Joint Human Rights Office (UNJHRO) investigation", "international_org", ["UNJHRO"], "UN")
S("HRW and Amnesty International", "ngo", ["HRW", "AI"])
S("Human Rights Watch (HRW)", "ngo", ["HRW"])
S("Congolese military spokesperson Maj. Gen. Sylvain Ekenge", "state", [], "DR Congo")
S("DRC government", "state", [], "DR Congo")
S("Minister of Industry Julien Paluku and Government Spokesperson Patrick Muyaya", "state", [], "DR Congo")
S("MONUSCO", "international_org", ["United Nations Organization Stabilization Mission in the DRC"], "UN")
S("IGIHE", "media", [])
S("gouvernement du pays", "state", ["gouvernement"], "DR Congo")
S("porte-parole de l'armée congolaise", "state", [], "DR Congo")
S("La Nouvelle Tribune", "media", ["Tass"])
S("chefs du M23", "armed_group", ["M23"], "M23")
S("actualite.cd", "media", [])

# 1 Radiomoto, 29 Nov
E.article("rm1", "RADIOMOTO.NET", "https://www.radiomoto.net/2022/11/29/nord-kivu-pres-de-15-civils-tues-lors-des-combats-entre-le-m23-et-des-mai-mai-a-bwito/",
          "2022-11-29", "fr", "Nord-Kivu : près de 15 civils tués lors des combats entre le M23 et des Maï-Maï à Bwito",
          {"src": {"outlet": "sources dans cette partie du territoire de Rutshuru"}})
rm1_toll = E.c("sources dans cette partie du territoire de Rutshuru", "civils", "ont péri", "près de 15", it=TOLL, iv=(13, 15), sp="Radiomoto's local sources",
               place="Kishishe, groupement de Bambo, chefferie de Bwito", when="mardi 29 novembre 2022", hedge="provisional",
               qualifiers=["lors des affrontements entre les combattants du M23 et des porteurs d'armes présentés comme des miliciens Maï-Maï", "ce bilan pourrait s'alourdir"], via="src")

# 2 Radiomoto, 30 Nov
E.article("rm2", "RADIOMOTO.NET", "http://www.radiomoto.net/2022/11/30/combats-entre-m23-et-mai-mai-a-rutshuru-bilan-revu-a-la-hausse-plus-de-30-civils-tues/",
          "2022-11-30", "fr", "Combats entre M23 et Maï-Maï à Rutshuru : bilan revu à la hausse, plus de 30 civils tués",
          {"src": {"outlet": "sources indépendantes dans la région"}})
rm2_toll = E.c("sources indépendantes dans la région", "civils", "tués", "plus de 30", it=TOLL, iv=(31, INF), sp="Radiomoto's local sources",
               place="Kishishe, territoire de Rutshuru", when="mardi 29 novembre 2022", qualifiers=["bilan revu à la hausse", "la plupart des hommes ayant péri dans ces affrontements"], via="src")

# 3 Kivu Morning Post, 30 Nov
E.article("kmp", "Kivu Morning Post", "https://kivumorningpost.com/2022/11/30/rutshuru-15-civils-tues-a-kishishe-lors-des-affrontements-entre-m23-et-mai-mai/",
          "2022-11-30", "fr", "Rutshuru : 15 civils tués à Kishishe lors des affrontements entre M23 et Maï-Maï",
          {"src": {"outlet": "sources dans la zone"}, "adm": {"outlet": "une source administrative"}})
kmp_toll = E.c("sources dans la zone", "civils", "ont été tués", "au moins 15", it=TOLL, iv=(15, INF), place="Kishishe, groupement de Bambo",
               when="mardi 29 novembre 2022", qualifiers=["la plupart des hommes", "ce bilan pourrait s'alourdir"], via="src")

# 4 24 News Agency (about 1 Dec)
E.article("ann", "24 News Agency", "https://24newsagency.com/rutshuru-le-bilan-des-civils-tues-a-kishishe-salourdit-il-passe-de-120-a-129-personnes-tuees-par-le-m23/",
          None, "fr", "Rutshuru : le bilan des civils tués à Kishishe s'alourdit, il passe de 120 à 129 personnes tuées par le M23",
          {"civ": {"outlet": "sources civiles"}, "hab": {"outlet": "un habitant local"}, "m23": {"outlet": "M23"}})
ann_120 = E.c("sources civiles", "personnes", "tuées", Q("plus ou moins 120", 120, 120, "approximate"), it=TOLL, iv=(108, 132), actor="les rebelles du M23", place="Kishishe, groupement Bwito",
              when="mardi", qualifiers=["written 'plus au moins 120'"], via="civ")
ann_den = E.c("M23", "la rébellion", "s'est déversée sur la population", polarity="denied", it=PERP, lab="denied", qualifiers=["dit avoir eu la résistance des forces négatives"], via="m23")

# 5 WeAfrica24, 2 Dec
E.article("wea", "WeAfrica24", "https://weafrica24.com/2022/12/02/drc-ceasefire-ends-military-accuses-m23-of-massacring-50-civilians/",
          "2022-12-02", "en", "DRC: Ceasefire ends, military accuses M23 of massacring 50 civilians",
          {"fardc": {"outlet": "General Sylvain Ekenzi", "title": "statement"}, "m23": {"outlet": "Lawrence Kanuka"}})
wea_50 = E.c("General Sylvain Ekenzi", "civilians", "cowardly killing", "50", it=TOLL, iv=50, st=ARMY50, sp="DRC authorities", actor="M23", place="Kisheshe", via="fardc")
wea_den = E.c("Lawrence Kanuka", "civilians", "targeted", polarity="denied", it=PERP, lab="denied", st=M23DEN, sp="M23", stated="Thursday night",
              quote="M23 denies these baseless allegations", qualifiers=["called for an independent investigation"], via="m23")

# 6 Daily Monitor (AFP), 2 Dec
E.article("mon", "Daily Monitor", "https://www.monitor.co.ug/uganda/news/dr-congo-accuses-m23-rebels-of-civilian-massacre-breaching-truce-4040876",
          "2022-12-02", "en", "DR Congo accuses M23 rebels of civilian massacre, breaching truce",
          {"fardc": {"outlet": "General Sylvain Ekenge"}, "m23": {"outlet": "M23 statement", "title": "statement issued late Thursday"},
           "lut": {"outlet": "Paul Lutibahwa"}})
mon_50 = E.c("General Sylvain Ekenge", "Congolese civilians", "heinously murdered", "50", it=TOLL, iv=50, st=ARMY50, sp="DRC authorities", actor="the M23 group",
             place="Kishishe", when="Tuesday", stated="Thursday", via="fardc")
mon_den = E.c("M23 statement", "a massacre in Kishishe", "committed", polarity="denied", quote="baseless allegations", it=PERP, lab="denied", st=M23DEN, sp="M23",
              qualifiers=["it has never targeted civilian populations"], via="m23")
mon_kir = E.c("Paul Lutibahwa", "fighting", "resumed", it=None, ev="kirima-2022-12-01-fighting", place="Kirima, about 10 kilometres from Kibirizi", when="Thursday",
              quote="The rebels have crossed the bridge, heading for Kibirizi... there's panic", via="lut")

# 7 WhatsNew2Day (Al Jazeera), 1 Dec
E.article("wnd", "WhatsNew2Day", "https://whatsnew2day.com/dr-congo-army-accuses-the-m23-rebels-killing-50-civilians/",
          "2022-12-01", "en", "DR Congo army accuses the M23 rebels of killing 50 civilians",
          {"fardc": {"outlet": "General Sylvain Ekenge", "wire": "AFP"}, "army": {"outlet": "Congolese armed forces", "title": "statement on Thursday"},
           "un": {"outlet": "United Nations"}})
wnd_50 = E.c("General Sylvain Ekenge", "Congolese civilians", "brutally murdered", "50", it=TOLL, iv=50, st=ARMY50, sp="DRC authorities", actor="M23", place="Kishishe",
             when="Tuesday", via="fardc")
wnd_un = E.c("United Nations", "the killings in Kishishe", "were aware of", it=None, qualifiers=["no figure given", "could not provide details or information on the number of fatalities"], via="un")

# 8 inkl, 1-2 Dec
E.article("ink", "inkl", "https://inkl.com/news/m23-rebels-accused-of-civilian-massacre-as-ceasefire-collapses-in-eastern-drc",
          None, "en", "M23 rebels accused of civilian massacre as ceasefire collapses in eastern DRC",
          {"army": {"outlet": "Congolese armed forces", "title": "Thursday's statement"}, "muy": {"outlet": "Patrick Muyaya", "title": "tweet", "published": "2022-12-01"},
           "un": {"outlet": "Monusco"}})
ink_50 = E.c("Congolese armed forces", "people", "killed", "at least 50", it=TOLL, iv=(50, INF), st=ARMY50, sp="DRC authorities", actor="the M23 rebel group", via="army")
ink_muy = E.c("Patrick Muyaya", "personnes", "massacrées", "au moins 50", it=TOLL, iv=(50, INF), sp="DRC authorities", actor="les terroristes du M23", place="Kishishie",
              quote="Au moins 50 personnes massacrées par les terroristes du #M23 à #Kishishie", via="muy")
ink_un = E.c("Monusco", "violence", "included", "a high number of civilian casualties", it=None, st=UNEARLY, place="Kishishe village",
             qualifiers=["Tuesday", "no figure given"], via="un")
ink_perp = E.c("Congolese armed forces", "deaths in Kishishe", "blame on", actor="Rwandan defense forces and the M23", it=PERP, lab="M23 and RDF", via="army")

# 9 Sputnik, 2 Dec
E.article("spu", "Sputnik", "https://sputnikglobe.com/amp/20221202/m23-rebels-kill-over-120-people-in-eastern-dr-congo-despite-reached-truce---lawmaker-1104950679.html",
          "2022-12-02", "en", "M23 rebels kill over 120 people in eastern DR Congo despite reached truce - lawmaker",
          {"nz": {"outlet": "Nzaghani", "wire": "actualite.cd"}})
spu_122 = E.c("Nzaghani", "dead", "there are now", "at least 122", it=TOLL, iv=(122, INF), actor="M23 fighters", place="Kishishe",
              quote="There are now at least 122 dead — civilians brutally murdered by M23 fighters.", qualifiers=["civilians", "some killed in churches"], via="nz")

# 10 VRT, 3 Dec
E.article("vrt", "VRT NWS", "https://www.vrt.be/vrtnws/nl/2022/12/03/congo-drie-dagen-van-nationale-rouw-na-bloedbad-in-kisheshe-oo/",
          "2022-12-03", "nl", "Congo: drie dagen van nationale rouw na bloedbad in Kisheshe",
          {"wit": {"outlet": "ooggetuigen"}})
vrt_50 = E.c("ooggetuigen", "doden", "zouden zijn gevallen", "minstens 50", it=TOLL, iv=(50, INF), hedge="zouden", place="Kisheshe", when="dinsdag",
             qualifiers=["bij strijd van M23 met plaatselijke milities", "onduidelijk hoeveel van de slachtoffers burgers zijn"], via="wit")

# 11 Het Nieuwsblad, 3 Dec
E.article("nsb", "Het Nieuwsblad", "https://www.nieuwsblad.be/cnt/dmf20221203_93656107", "2022-12-03", "nl", None,
          {"arts": {"outlet": "een arts"}, "m23": {"outlet": "M23-rebellenbeweging"}})
nsb_100 = E.c("Nieuwsblad", "burgers", "gedood", Q("meer dan honderd", 101, None, "lower_bound"), it=TOLL, iv=(101, INF), place="Kisheshe, zo'n zeventig kilometer van Goma", when="dinsdag",
              qualifiers=["written in quotation marks without a speaker", "niet onafhankelijk geverifieerd"])
nsb_den = E.c("M23-rebellenbeweging", "het bloedbad", "verantwoordelijk voor", polarity="denied", it=PERP, lab="denied", sp="M23", via="m23")

# 12 Umwezi (Rwanda), M23's statement
E.article("umw", "Umwezi", "https://umwezi.rw/?p=11359", None, "en", "M23 admitted that 28 civilians were killed in the fighting in Kisheshe",
          {"m23": {"outlet": "M23 group", "title": "statement"}})
umw_8 = E.c("M23 group", "civilians", "were killed in the fighting by stray bullets", "8", it=TOLL, iv=8, st=M23_8, sp="M23", place="Kisheshe", when="29/11/2022",
            qualifiers=["it also released their names"], via="m23")
umw_man = E.c("M23 group", "the numbers", "manipulated for political gain by", "the Congolese government", it="gov-figure", lab="government figures false", st=M23_8, sp="M23",
              qualifiers=["50 civilians, about 120: all lies because there is no evidence"], via="m23")
umw_fig = E.c("M23 group", "fighters who died in the battle", "left the dead bodies of", "20", it="fighters", st=M23_8, sp="M23",
              qualifiers=["and the Mai Mai leader PONDU", "of the coalition FARDC, FDLR, PARECO, NYATURA, ACPLS and Mai Mai"], via="m23")

# 13 TV5Monde
E.article("tv5", "TV5Monde", "https://information.tv5monde.com/afrique/rdc-les-temoignages-des-rescapes-du-massacre-de-kishishe-1556085",
          None, "fr", "RDC : les témoignages des rescapés du massacre de Kishishe",
          {"src": {"outlet": "les autorités congolaises et les Nations unies"}})
tv5_131 = E.c("les autorités congolaises et les Nations unies", "civils", "ont été tués", "au moins 131", it=TOLL, iv=(131, INF), actor="les rebelles du M23",
              place="Kishishe, province du Nord-Kivu", when="29 et 30 novembre", via="src")

# 14 Sezonuyakala (English)
E.article("sez", "Sezonuyakala", "https://sezonuyakala.com/massacre-in-the-drc-a-un-investigation-accuses-the-m23-of-having-massacred-131-civilians/",
          None, "en", "Massacre in the DRC: A UN investigation accuses the M23 of having massacred 131 civilians",
          {"un": {"outlet": "BCNUDH and MONUSCO", "title": "UN statement"}, "m23": {"outlet": "The M23"}})
sez_131 = E.c("BCNUDH and MONUSCO", "civilians", "killed", "at least 131", it=TOLL, iv=(131, INF), st=UNPRE, sp="UN", actor="the M23 rebels", place="Kishishe and Bambo",
              when="29 and 30 November", qualifiers=["102 men, 17 women and 12 children"], via="un")
sez_8 = E.c("The M23", "civilians", "were killed by stray bullets", "eight", it=TOLL, iv=8, st=M23_8, sp="M23", qualifiers=["denied the massacres of civilians in Kishishe"], via="m23")
sez_vic = E.c("The M23", "the other victims", "were members of", "the rebel groups who had attacked them", it="victims", lab="fighters", st=M23_8, sp="M23",
              qualifiers=["accused the government of 'taking killed rebels as civilians to make propaganda'"], via="m23")

# 15 Citi Newsroom (BBC), 8 Dec
E.article("cit", "Citi Newsroom", "https://citinewsroom.com/2022/12/over-130-civilians-killed-by-dr-congo-rebels-un/", "2022-12-08", "en",
          "Over 130 civilians killed by DR Congo rebels - UN",
          {"un": {"outlet": "UN investigation"}, "m23": {"outlet": "The M23 rebels"}})
cit_131 = E.c("UN investigation", "people", "were killed", "at least 131", it=TOLL, iv=(131, INF), st=UNPRE, sp="UN", actor="the M23 rebel group",
              place="Kishishe and Bambo, Rutsuhuru district", when="end of November", via="un")
cit_ex = E.c("UN investigation", "victims", "were executed in", "a reprisal", it="cause", lab="executed", st=UNPREX, sp="UN", via="un")
cit_den = E.c("The M23 rebels", "civilians", "are attacking", polarity="denied", it=PERP, lab="denied", sp="M23", via="m23")

# 16 WION, 8 Dec (Reuters)
E.article("wio", "WION", "https://www.wionews.com/node/541248", "2022-12-08", "en", None,
          {"un": {"outlet": "United Nations", "title": "statement", "published": "2022-12-08"}, "gov": {"outlet": "government"},
           "kan": {"outlet": "Lawrence Kanyuka", "wire": "Reuters"}})
wio_131 = E.c("United Nations", "villagers", "executed", "131", it=TOLL, iv=131, st=UNPRE, sp="UN", actor="militant group M23", stated="Thursday",
              qualifiers=["retaliatory killings", "late last month"], via="un")
wio_ch = E.c("United Nations", "children", "were arbitrarily executed", "12", it="children", iv=12, st=UNPREC, sp="UN", qualifiers=["102 men, 17 women and 12 children"], via="un")
wio_k = E.c("United Nations", "others", "kidnapped", "60", it="kidnapped", st=UNPREK, sp="UN", via="un")
wio_272 = E.c("government", "deaths", "responsible for", "as many as 272", hedge="allegedly", it=TOLL, iv=272, st=GOV5, sp="DRC authorities", actor="M23", via="gov")
wio_kan = E.c("Lawrence Kanyuka", "the government", "was pressuring the UN to present a number", "even if it is false", it="un-figure", lab="UN figure false", st=KANY, sp="M23",
              quote="We asked that there be investigations together with us in Kishishe but the UN never came", qualifiers=["denied responsibility and demanded a thorough inquiry"], via="kan")

# 17 UMM News (NNN), 8 Dec
E.article("umm", "UMM News", "http://www.ummnews.org/node/88078", "2022-12-08", "en", None,
          {"un": {"outlet": "UN mission", "title": "statement"}, "kin": {"outlet": "Authorities in Kinshasa"}, "m23": {"outlet": "The group"}})
umm_131 = E.c("UN mission", "civilians", "killed", "at least 131", it=TOLL, iv=(131, INF), st=UNPRE, sp="UN", actor="M23 rebels", place="eastern Democratic Republic of Congo",
              when="Nov 29-30", qualifiers=["preliminary findings"], via="un")
umm_300 = E.c("Authorities in Kinshasa", "people, almost all civilians", "had died", "some 300", it=TOLL, iv=(270, 330), st=GOV5, sp="DRC authorities", actor="M23",
              place="the village of Kishishe", via="kin")
umm_8 = E.c("The group", "civilians", "deaths blamed on stray bullets", Q("just eight", 8, 8, "exact"), it=TOLL, iv=8, st=M23_8, sp="M23", qualifiers=["had denied being behind the massacre"], via="m23")
umm_women = E.c("UN mission", "women", "were arbitrarily executed", "17", it="women", st="the UN's preliminary investigation of 8 Dec 2022 (17 women among the 131)", sp="UN", via="un")
umm_w = E.c("UN mission", "people", "were wounded by bullets", "Eight", it="wounded", st=UNPREW, sp="UN", via="un")
umm_272 = E.c("Authorities in Kinshasa", "people", "killing", "as many as 272", it=TOLL, iv=272, st=GOV5, sp="DRC authorities", actor="M23",
              qualifiers=["The government has accused M23"], via="kin")

# 18 bluewin.ch (Swisstxt), Italian
E.article("blu", "bluewin.ch", "https://www.bluewin.ch/it/index/rdc-sono-almeno-131-le-vittime-1516165.html", None, "it", "Rdc, sono almeno 131 le vittime",
          {"un": {"outlet": "indagine preliminare delle Nazioni Unite", "title": "nota della missione Onu nella Rdc"}, "kin": {"outlet": "autorità di Kinshasa"}})
blu_131 = E.c("indagine preliminare delle Nazioni Unite", "civili", "sono stati uccisi", "Almeno 131", it=TOLL, iv=(131, INF), st=UNPRE, sp="UN", actor="ribelli dell'M23",
              when="29 e 30 novembre", via="un")
blu_300 = E.c("autorità di Kinshasa", "morti", "avevano parlato di un bilancio di", "circa 300", it=TOLL, iv=(270, 330), st=GOV5, sp="DRC authorities", place="villaggio di Kishishe",
              stated="lunedì", via="kin")

# 19 ABC Nyheter, 8 Dec (Norwegian)
E.article("abc", "ABC Nyheter", "https://www.abcnyheter.no/nyheter/verden/2022/12/08/195889457/minst-131-sivile-drept-i-kongo-av-m23-opprorere",
          "2022-12-08", "no", "Minst 131 sivile drept i Kongo av M23-opprørere",
          {"kin": {"outlet": "Myndighetene i Kinshasa"}, "m23": {"outlet": "opprørsgruppen"}, "un": {"outlet": "FNs fredsbevarende styrker", "title": "uttalelse"}})
abc_131 = E.c("FNs fredsbevarende styrker", "sivile", "drept", "Minst 131", it=TOLL, iv=(131, INF), st=UNPRE, sp="UN", actor="M23-opprørere", qualifiers=["from the headline"], via="un")
abc_300 = E.c("Myndighetene i Kinshasa", "sivile", "ble drept", "rundt 300", it=TOLL, iv=(270, 330), st=GOV5, sp="DRC authorities", actor="M23", place="landsbyen Kishishe", via="kin")
abc_den = E.c("opprørsgruppen", "massakren", "står bak", polarity="denied", it=PERP, lab="denied", sp="M23", via="m23")

# 20 stol.it (dpa), German
E.article("sto", "stol.it", "https://www.stol.it/artikel/chronik/m23-rebellen-toeten-laut-uno-mindestens-131-zivilisten-im-kongo",
          None, "de", "M23-Rebellen töten laut UNO mindestens 131 Zivilisten im Kongo",
          {"un": {"outlet": "UNO"}, "kin": {"outlet": "Regierung in Kinshasa"}, "m23": {"outlet": "Rebellenorganisation"}})
sto_131 = E.c("UNO", "Zivilisten", "töten", "mindestens 131", it=TOLL, iv=(131, INF), st=UNPRE, sp="UN", actor="M23-Rebellen", qualifiers=["from the headline"], via="un")
sto_w = E.c("UNO", "Menschen", "durch Schüsse verletzt", "8", it="wounded", st=UNPREW, sp="UN", place="Kishishe und Bambo", via="un")
sto_300 = E.c("Regierung in Kinshasa", "Menschen", "getötet", "etwa 300", it=TOLL, iv=(270, 330), st=GOV5, sp="DRC authorities", actor="M23-Rebellen", place="Dorf Kishishe",
              stated="Montag", qualifiers=["fast ausschließlich Zivilisten"], via="kin")
sto_den = E.c("Rebellenorganisation", "Angriff", "Verantwortung für", polarity="denied", it=PERP, lab="denied", sp="M23", st=M23_8, via="m23")
sto_8 = E.c("Rebellenorganisation", "Zivilisten", "Tod durch Querschläger", "8", it=TOLL, iv=8, st=M23_8, sp="M23", via="m23")

# 21 AgenceAfrique
E.article("aga", "AgenceAfrique", "https://agenceafrique.com/39246-rdc-le-bilan-du-massacre-de-kishishe-salourdit-a-272-morts.html",
          None, "fr", "RDC : le bilan du massacre de Kishishe s'alourdit à 272 morts",
          {"pal": {"outlet": "Julien Paluku", "title": "conférence de presse à Kinshasa"}, "arm": {"outlet": "armée congolaise"},
           "m23": {"outlet": "rébellion du M23", "title": "communiqué"}})
aga_272 = E.c("Julien Paluku", "personnes", "le bilan est passé à", "272", it=TOLL, iv=272, st=GOV5, sp="DRC authorities", actor="rebelles du M23", place="Kishishe, territoire de Rutshuru",
              when="29 novembre 2022", stated="ce lundi 05", quote="272 morts", qualifiers=["the article dates the briefing 'lundi 05 novembre'"], via="pal")
aga_ch = E.c("Julien Paluku", "enfants", "dont", "une dizaine", it="children", iv=(8, 12), st=GOV5C, sp="DRC authorities", qualifiers=["et d'autres personnes qui étaient dans une église adventiste"], via="pal")
aga_50 = E.c("armée congolaise", "morts", "bilan initial", "50", it=TOLL, iv=50, st=ARMY50, sp="DRC authorities", via="arm")
aga_den = E.c("rébellion du M23", "populations qu'il protège", "a pris pour cible", polarity="denied", it=PERP, lab="denied", st=M23DEN, sp="M23",
              quote="le prétendu massacre de Kishishe n'est qu'une vue de l'esprit des autorités", via="m23")

# 22 APD (Adventist press service), German
E.article("apd", "APD", "https://apd.media/news/archiv/15396.html", None, "de", None,
          {"lb": {"outlet": "lokale Behörden"}, "pal": {"outlet": "Minister und Regierungssprecher Julien Paluku", "published": "2022-12-05"},
           "m23": {"outlet": "die M23", "title": "Kommuniqué", "wire": "AgenceAfrique"}})
apd_50 = E.c("lokale Behörden", "Todesopfer", "gefordert", "50", it=TOLL, iv=50, st=ARMY50, sp="DRC authorities", actor="M23", when="29. November", via="lb")
apd_272 = E.c("Minister und Regierungssprecher Julien Paluku", "Todesopfer", "gestiegen auf", "272", it=TOLL, iv=272, st=GOV5, sp="DRC authorities", place="Kishishe, Gebiet Rutshuru",
              stated="5. Dezember", via="pal")
apd_den = E.c("die M23", "die Bevölkerung, die sie schützt", "ins Visier genommen", polarity="denied", it=PERP, lab="denied", st=M23DEN, sp="M23",
              quote="Die M23 hat niemals die Bevölkerung, die sie schützt, ins Visier genommen.", via="m23")

# 23 Cyberlego (France 24 video), 6 Dec
E.article("cyb", "Cyberlego", "https://www.cyberlego.net/blog/2022/12/06/massacre-de-kishishe-le-gouvernement-de-rd-congo-evoque-un-bilan-autour-de-300-morts/",
          "2022-12-06", "fr", "Massacre de Kishishe : le gouvernement de RD Congo évoque un bilan « autour de 300 morts »",
          {"min": {"outlet": "deux ministres congolais"}, "m23": {"outlet": "mouvement rebelle du M23"}})
cyb_300 = E.c("deux ministres congolais", "morts", "avait fait", "environ 300", it=TOLL, iv=(270, 330), st=GOV5, sp="DRC authorities", place="village de Kishishe, Nord-Kivu",
              stated="lundi", via="min")
cyb_ch = E.c("deux ministres congolais", "enfants", "dont", "17", it="children", iv=17, st=GOV5C, sp="DRC authorities", via="min")
cyb_den = E.c("mouvement rebelle du M23", "massacre", "pointé du doigt pour le", polarity="denied", qualifiers=["rejette ces accusations"], it=PERP, lab="denied", sp="M23", via="m23")

# 24 MarketScreener DE (Reuters)
E.article("msd", "MarketScreener", "https://de.marketscreener.com/boerse-nachrichten/nachrichten/Laut-kongolesischer-Regierung-wurden-letzte-Woche-272-Zivilisten-bei-einem-Massaker-getotet--42480667/",
          None, "de", "Laut kongolesischer Regierung wurden letzte Woche 272 Zivilisten bei einem Massaker getötet",
          {"gov": {"outlet": "kongolesische Regierung", "wire": "Reuters"}, "m23": {"outlet": "Rebellengruppe M23", "wire": "Reuters"},
           "un": {"outlet": "Vereinte Nationen", "wire": "Reuters"}})
msd_272 = E.c("kongolesische Regierung", "Zivilisten", "getötet", "272", it=TOLL, iv=272, st=GOV5, sp="DRC authorities", when="letzte Woche", qualifiers=["from the headline"], via="gov")
msd_den = E.c("Rebellengruppe M23", "Massaker", "Verantwortung für", polarity="denied", it=PERP, lab="denied", st=M23REU, sp="M23", via="m23")

# 26 MarketScreener ES (Reuters), UN 131
E.article("mse", "MarketScreener", "https://es.marketscreener.com/noticias/ultimas/La-ONU-dice-que-los-rebeldes-del-M23-mataron-al-menos-a-131-personas-en-represalias-en-el-Congo--42501563/",
          None, "es", "La ONU dice que los rebeldes del M23 mataron al menos a 131 personas en represalias en el Congo",
          {"un": {"outlet": "ONU", "title": "comunicado", "wire": "Reuters"}, "gov": {"outlet": "el gobierno", "wire": "Reuters"},
           "m23": {"outlet": "la milicia", "wire": "Reuters"}, "kan": {"outlet": "Lawrence Kanyuka", "wire": "Reuters"}})
mse_131 = E.c("ONU", "personas", "mataron", Q("al menos a 131", 131, None, "lower_bound"), it=TOLL, iv=(131, INF), st=UNPRE, sp="UN", actor="los rebeldes del M23", qualifiers=["from the headline", "en represalias"], via="un")
mse_272 = E.c("el gobierno", "personas", "ha acusado al M23 de matar", "hasta 272", it=TOLL, iv=272, st=GOV5, sp="DRC authorities", actor="M23", via="gov")
mse_den = E.c("la milicia", "masacre", "responsabilidad", polarity="denied", it=PERP, lab="denied", st=M23REU, sp="M23", qualifiers=["ha pedido una investigación completa"], via="m23")
mse_kan = E.c("Lawrence Kanyuka", "la ONU", "está presionada por el gobierno para que dé una cifra", "aunque sea falsa", it="un-figure", lab="UN figure false", st=KANY, sp="M23",
              quote="La ONU está presionada por el gobierno para que dé una cifra, aunque sea falsa", via="kan")

# 27 VOA, Feb 2023
E.article("voa", "VOA", "https://www.voanews.com/a/un-revises-toll-from-dr-congo-s-kishishe-massacre-to-171/6951349.html",
          None, "en", "UN Revises Toll From DR Congo's Kishishe Massacre to 171",
          {"un": {"outlet": "U.N. Joint Human Rights Office", "title": "document summarizing abuses committed in the DRC last year"},
           "gov": {"outlet": "DRC's government"}, "m23": {"outlet": "M23"}, "hrw": {"outlet": "Human Rights Watch", "title": "report released on Monday"}})
voa_171 = E.c("U.N. Joint Human Rights Office", "civilians", "executed", "at least 171", it=TOLL, iv=(171, INF), st=UNFIN, sp="UN", actor="M23 rebels",
              place="Kishishe and Bambo, North Kivu", when="November", stated="Tuesday", via="un")
voa_131 = E.c("U.N. Joint Human Rights Office", "civilians", "had been killed", "131", it=TOLL, iv=131, st=UNPRE, sp="UN", qualifiers=["A preliminary U.N. probe initially found"], via="un")
voa_300 = E.c("DRC's government", "people", "had been killed", "some 300", it=TOLL, iv=(270, 330), st=GOV5, sp="DRC authorities", qualifiers=["initially said"], via="gov")
voa_8 = E.c("M23", "civilians", "were killed by stray bullets", "eight", it=TOLL, iv=8, st=M23_8, sp="M23", via="m23")
voa_22 = E.c("Human Rights Watch", "people", "executed", "at least 22", it=TOLL, iv=(22, INF), st=HRWF, sp="HRW", actor="the M23", place="Kishishe", via="hrw")
voa_10 = E.c("Human Rights Watch", "people", "killed while searching for enemy militia members", Q("another 10", 10, 10, "exact"), it="hrw-search", st=HRWF, sp="HRW", actor="the M23", via="hrw")
voa_agg = E.c("U.N. Joint Human Rights Office", "human-rights violations", "recorded", "nearly 6,000", it=None, ev="drc-2022-rights-violations", place="the DRC",
              when="last year", qualifiers=["a 15-percent reduction compared to 2021"], via="un")

# 28 Africanews, 7 Feb 2023
E.article("afn", "Africanews", "https://www.africanews.com/2023/02/07/un-revises-toll-from-dr-congos-kishishe-massacre-to-171/",
          "2023-02-07", "en", "UN revises toll from DR Congo's Kishishe massacre to 171",
          {"un": {"outlet": "United Nations Joint Human Rights Office (UNJHRO)", "title": "annual report"}, "kin": {"outlet": "Kinshasa authorities"},
           "hrw": {"outlet": "Human Rights Watch", "title": "report"}})
afn_171 = E.c("United Nations Joint Human Rights Office (UNJHRO)", "civilians", "left dead", "171", it=TOLL, iv=171, st=UNFIN, sp="UN", place="two localities in the east of the DRC",
              when="end of November", stated="Tuesday", via="un")
afn_300 = E.c("Kinshasa authorities", "dead", "had mentioned", "about 300", it=TOLL, iv=(270, 330), st=GOV5, sp="DRC authorities", via="kin")
afn_22 = E.c("Human Rights Watch", "civilians", "summarily killed", "at least 22", it=TOLL, iv=(22, INF), st=HRWF, sp="HRW", actor="M23 rebels", place="Kishishe", via="hrw")

# 29 HT Noticias (AFP), Spanish
E.article("htn", "HT Noticias", "https://htnoticias.com/la-onu-eleva-a-171-los-muertos-en-una-masacre-en-noviembre-en-rd-congo", None, "es",
          "La ONU eleva a 171 los muertos en una masacre en noviembre en RD Congo",
          {"un": {"outlet": "La Oficina Conjunta de Naciones Unidas de Derechos Humanos", "title": "informe"}, "kin": {"outlet": "autoridades de Kinshasa"}})
htn_171 = E.c("La Oficina Conjunta de Naciones Unidas de Derechos Humanos", "personas", "ejecuciones sumarias de", "al menos 171", it=TOLL, iv=(171, INF), st=UNFIN, sp="UN",
              actor="el M23", place="localidades de Bambo y Kishishe", when="entre el 21 y el 30 de noviembre de 2022", stated="el martes", via="un")
htn_300 = E.c("autoridades de Kinshasa", "muertos", "elevaban el balance a", "unos 300", it=TOLL, iv=(270, 330), st=GOV5, sp="DRC authorities", via="kin")

# 30 RRSSJ (7sur7.cd), Feb 2023
E.article("rrs", "RRSSJ", "https://www.rrssjrdc.org/2023/02/rdc-171-personnes-tuees-a-bambo-et-kishishe-par-le-m23-en-novembre-2022-bcnudh/",
          None, "fr", "RDC : 171 personnes tuées à Bambo et Kishishe par le M23 en novembre 2022 (BCNUDH)",
          {"un": {"outlet": "Bureau Conjoint des Nations-Unies aux Droits de l'Homme (BCNUDH)", "title": "rapport", "published": "2023-02-07", "wire": "7SUR7.CD"}})
rrs_172 = E.c("Bureau Conjoint des Nations-Unies aux Droits de l'Homme (BCNUDH)", "personnes", "tuées", "172", it=TOLL, iv=172, st=UNFIN, sp="UN", actor="rebelles du M23",
              place="localités de Bambo et Kishishe", when="novembre", via="un")
rrs_171 = E.c("Bureau Conjoint des Nations-Unies aux Droits de l'Homme (BCNUDH)", "personnes", "exécution sommaire d'", "au moins 171", it=TOLL, iv=(171, INF), st=UNFIN, sp="UN",
              when="entre le 21 et le 30 novembre 2022", quote="le BCNUDH a documenté des cas d'exécution sommaire d'au moins 171 personnes dans les localités de Bambo et Kishishe", via="un")

# 31 AllNews.ng, 7 Feb 2023
E.article("aln", "AllNews", "https://allnews.ng/news/dr-congo-un-revises-death-toll-from-kishishe-massacre-to-171", "2023-02-07", "en",
          "DR Congo: UN Revises Death Toll From Kishishe Massacre To 171",
          {"un": {"outlet": "United Nations Joint Human Rights Office (UNJHRO)", "title": "annual report"}, "pol": {"outlet": "Kinshasa police"},
           "hrw": {"outlet": "Human Rights Watch (HRW)", "title": "report released on Monday"}})
aln_171 = E.c("United Nations Joint Human Rights Office (UNJHRO)", "people", "summary execution of", "at least 171", it=TOLL, iv=(171, INF), st=UNFIN, sp="UN",
              place="villages of Bambo and Kishishe", when="between November 21 and November 30, 2022", stated="Tuesday", via="un")
aln_300 = E.c("Kinshasa police", "people", "were killed", "300", it=TOLL, iv=300, st=GOV5, sp="DRC authorities", via="pol")
aln_22 = E.c("Human Rights Watch (HRW)", "people", "arbitrarily executed", "at least 22", it=TOLL, iv=(22, INF), st=HRWF, sp="HRW", actor="M23 rebels", place="Kishishe", via="hrw")

# 32 Boursorama (France 24), 11 Apr 2023
E.article("bou", "Boursorama", "https://www.boursorama.com/videos/actualites/rd-congo-apres-le-depart-du-m23-des-cadavres-et-des-fosses-decouverts-a-kishishe-ef48414c1988a88acc40771d78ee5b4d",
          "2023-04-11", "fr", "RD Congo : après le départ du M23, des cadavres et des fosses découverts à Kishishe",
          {"un": {"outlet": "Nations unies", "wire": "France 24"}})
bou_170 = E.c("Nations unies", "civils", "ont été tués", "plus de 170", it=TOLL, iv=(171, INF), st=UNFIN, sp="UN", actor="le M23", place="Kishishe, Nord-Kivu", when="29 novembre", via="un")

# 34 Taipei Times (AFP), 12 Apr 2023
E.article("tpt", "Taipei Times", "https://taipeitimes.com/News/world/archives/2023/04/12/2003797796", "2023-04-12", "en", None,
          {"un": {"outlet": "UN data", "wire": "AFP"}, "mic": {"outlet": "Michel", "wire": "AFP"}, "iom": {"outlet": "International Organization for Migration", "wire": "AFP"}})
tpt_170 = E.c("UN data", "civilians", "were killed", "More than 170", it=TOLL, iv=(171, INF), st=UNFIN, sp="UN", actor="the rebels", place="Kishishe", when="Nov. 29", qualifiers=["last year"], via="un")
tpt_iom = E.c("International Organization for Migration", "people", "have fled its advance", "More than 900,000", it=None, ev="m23-offensive-displacement",
              qualifiers=["the M23's advance"], via="iom")

# 35 DW Kiswahili, 15 Nov 2023
E.article("dws", "DW Kiswahili", "https://odvt.org/dw/sw/m23-wakiteka-tena-kijiji-cha-kishishe-mashariki-mwa-kongo/a-67402996",
          "2023-11-15", "sw", "M23 wakiteka tena kijiji cha Kishishe mashariki mwa Kongo",
          {"un": {"outlet": "Umoja wa Mataifa", "title": "ripoti"}, "duru": {"outlet": "Duru"}, "m23": {"outlet": "M23"}})
dws_171 = E.c("Umoja wa Mataifa", "watu", "waliwaua", "171", it=TOLL, iv=171, st=UNFIN, sp="UN", actor="waasi wa M23", place="kijiji cha Kishishe", when="Novemba mwaka uliopita", via="un")
dws_den = E.c("M23", "watu 171 katika kijiji cha Kishishe", "waliwaua", polarity="denied", qualifiers=["shutuma ambazo M23 imezikanusha"], it=PERP, lab="denied", sp="M23", via="m23")
dws_rec = E.c("Duru", "kijiji cha Kishishe", "wamekiteka tena", it=None, ev="kishishe-2023-11-recapture", actor="M23", when="tangu Jumatatu",
              qualifiers=["mapigano yameendelea kwa siku mbili"], via="duru")

# 36 La Prensa Latina (EFE), 14 Jun 2023
E.article("lpl", "La Prensa Latina", "https://www.laprensalatina.com/m23-rebels-responsible-for-mass-graves-in-eastern-democratic-republic-of-congo-hrw/",
          "2023-06-14", "en", "M23 rebels responsible for mass graves in eastern Democratic Republic of Congo: HRW",
          {"hrw": {"outlet": "Human Rights Watch", "title": "statement", "published": "2023-06-14", "wire": "EFE"},
           "un": {"outlet": "United Nations Joint Human Rights Office (UNJHRO) investigation", "wire": "EFE"},
           "hai": {"outlet": "HRW and Amnesty International", "wire": "EFE"}})
lpl_gr = E.c("Human Rights Watch", "mass graves", "responsible for", "at least 14", it="graves", st=HRWJ, sp="HRW", actor="M23 rebel group", place="Kishishe",
             qualifiers=["these appear to be only a fraction of total burial sites"], via="hrw")
lpl_sc = E.c("Human Rights Watch", "civilians and captured militiamen", "has killed", "scores", it=None, ev="kishishe-2022-2023-m23-killings", st=HRWJ, sp="HRW",
             actor="the March 23 Movement (M23)", place="Kishishe", when="between Nov. 2022 and Apr. 2023", via="hrw")
lpl_171 = E.c("United Nations Joint Human Rights Office (UNJHRO) investigation", "people", "were killed", "at least 171", it=TOLL, iv=(171, INF), st=UNFIN, sp="UN",
              place="Kishishe and Bambo", when="over a 10-day period in November", via="un")
lpl_30 = E.c("HRW and Amnesty International", "people", "execution of", "around 30", it=TOLL, iv=(27, INF), place="the same areas", qualifiers=["also confirmed"], via="hai")

# 38 IGIHE (Rwanda)
E.article("igh", "IGIHE", "https://en.igihe.com/news/article/report-on-what-happened-in-kishishe-released", None, "en", "Report on what happened in Kishishe released",
          {"fardc": {"outlet": "Congolese military spokesperson Maj. Gen. Sylvain Ekenge", "published": "2022-12-01"},
           "gov2": {"outlet": "DRC government"},
           "gov5": {"outlet": "Minister of Industry Julien Paluku and Government Spokesperson Patrick Muyaya", "published": "2022-12-05"},
           "mon": {"outlet": "MONUSCO"}})
igh_50 = E.c("Congolese military spokesperson Maj. Gen. Sylvain Ekenge", "citizens", "died during the fighting", "50", it=TOLL, iv=50, st=ARMY50, sp="DRC authorities", via="fardc")
igh_100 = E.c("DRC government", "lives", "the fighting took", "100", it=TOLL, iv=100, st=GOV2, sp="DRC authorities", qualifiers=["On the next day", "declared three-day mourning"], via="gov2")
igh_300 = E.c("Minister of Industry Julien Paluku and Government Spokesperson Patrick Muyaya", "people", "were brutally killed", "over 300", it=TOLL, iv=(301, INF), st=GOV5,
              sp="DRC authorities", actor="M23", via="gov5")
igh_131 = E.c("MONUSCO", "lives", "the clashes claimed", "131", it=TOLL, iv=131, st=UNPRE, sp="UN", qualifiers=["including women and children"], via="mon")

# -- label relations --------------------------------------------------------------
L = E.labrel
L[frozenset(("killed in the fighting", "executed"))] = "compatible"
L[frozenset(("UN figure false", "figures not investigated"))] = "compatible"
L[frozenset(("M23 and RDF", "denied"))] = "contradicts"

P = E.pair
# same authorities, same day, same figure: the army's "50" and the government spokesman's tweet "at least 50"
for a in (wea_50, mon_50, wnd_50, ink_50, aga_50, apd_50, igh_50):
    P(a, ink_muy, "agrees", "the army's 50 (1 Dec) and the government spokesman's tweet 'at least 50' the same day: DRC authorities, same figure")
# M23's denials against every claim that the M23 killed the civilians (other speakers)
DEN = (ann_den, wea_den, mon_den, nsb_den, cit_den, abc_den, sto_den, aga_den, apd_den, cyb_den, msd_den, mse_den, dws_den)
ACC = (ann_120, wea_50, mon_50, wnd_50, ink_50, ink_muy, spu_122, tv5_131, sez_131, cit_131, wio_131, wio_272, umm_131, umm_300, umm_272,
       blu_131, abc_131, abc_300, sto_131, sto_300, aga_272, apd_50, msd_272, mse_131, mse_272, voa_171, voa_22, afn_22, htn_171, rrs_172, bou_170,
       tpt_170, dws_171, aln_22, igh_300, ink_perp, cit_ex, wio_ch, aga_ch, cyb_ch, umm_women)
for d in DEN:
    for a in ACC:
        P(d, a, "contradicts", "M23 denies killing (targeting) civilians vs a claim that the M23 killed them: assertion and denial")
# M23: the other dead were fighters, not civilians, vs tolls of civilians above eight
CIVT = (rm1_toll, rm2_toll, kmp_toll, wea_50, mon_50, wnd_50, spu_122, nsb_100, tv5_131, sez_131, umm_131, umm_300, blu_131, abc_131, abc_300, sto_131,
        sto_300, msd_272, voa_171, afn_171, afn_22, bou_170, tpt_170)
for v in (sez_vic,):
    for c_ in CIVT:
        P(v, c_, "contradicts", "M23: the dead beyond eight civilians were fighters vs a toll of civilians: victim dispute for the same dead")
# M23: only eight civilians, killed by stray bullets, vs more than eight children or women executed, and vs executions
M23_8S = (umw_8, sez_8, umm_8, sto_8, voa_8)
for m in M23_8S:
    for c_ in (wio_ch, cyb_ch, umm_women):
        P(m, c_, "contradicts", "M23: eight civilians killed in all vs more than eight children (or women) among the dead")
    P(m, cit_ex, "contradicts", "M23: the civilians died by stray bullets vs the UN: the victims were executed in reprisal")
for c_ in (wio_ch, cyb_ch, umm_women):
    P(sez_vic, c_, "contradicts", "M23: the other dead were fighters vs children (or women) executed: victim dispute")
# Kanyuka: the UN figure is false (pressured by the government) vs the UN's figure
for k in (wio_kan, mse_kan):
    for u in (sez_131, cit_131, wio_131, umm_131, blu_131, abc_131, sto_131, mse_131, tv5_131):
        P(k, u, "contradicts", "M23: the UN's figure is false, imposed by the government, vs the UN's toll (131)")
# M23: the government's 50 (and the press's 120) are lies
for a in (wea_50, mon_50, wnd_50, ink_50, aga_50, apd_50, igh_50, ink_muy, ann_120):
    P(umw_man, a, "contradicts", "M23: the government's 50 civilians and the 120 of some newspapers are lies vs that toll")
# hard negatives
P(umm_w, umm_8, "unrelated", "8 wounded (UN) vs 8 killed (M23), one article: same figure, other item")
P(umm_women, cyb_ch, "unrelated", "17 women among the dead (UN) vs 17 children (government): same figure, other item")
P(wio_k, wio_131, "unrelated", "60 kidnapped vs 131 executed: other item of the same incident")
P(voa_10, voa_22, "unrelated", "HRW: 22 executed and another 10 killed while searching: two disjoint sets of the dead, other item")
P(umw_fig, afn_22, "unrelated", "M23's 20 fighters and a Mai-Mai leader killed vs HRW's 22 civilians executed: other victims, other item")
P(voa_agg, voa_171, "unrelated", "nearly 6,000 rights violations in the DRC in 2022 (aggregate) vs the massacre's toll")
P(dws_rec, dws_171, "unrelated", "M23 retakes Kishishe, November 2023 vs the massacre of November 2022: same place, other day")
P(dws_rec, rm1_toll, "unrelated", "Kishishe, November 2023 vs Kishishe, 29 Nov 2022: same place, other day")
P(mon_kir, mon_50, "unrelated", "fighting at Kirima on Thursday vs the Kishishe killings on Tuesday: nearby place, other day")
P(tpt_iom, tpt_170, "unrelated", "900,000 displaced by the M23's advance vs the massacre's toll: other item")
P(lpl_sc, lpl_171, "unrelated", "HRW: scores executed between November 2022 and April 2023 (aggregate) vs the UN's toll for 21-30 November")
P(lpl_gr, kmp_toll, "unrelated", "14 mass graves vs at least 15 civilians killed: near figure, other item")

E.write()
E.aggregate(voa_agg, ["kishishe-2022"])
E.aggregate(lpl_sc, ["kishishe-2022"])
E.aggregate(tpt_iom, ["kishishe-2022"])
E.write()
