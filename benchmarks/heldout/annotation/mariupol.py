"""mariupol-2022: the strike on the Donetsk Academic Regional Drama Theatre in Mariupol, Ukraine, used as a
bomb shelter, on Wednesday 16 March 2022.  Annotated blind (see ../mariupol-2022.md).

Per claim: the item (`it`), the statement relayed (`st`, echo), the speaker group (`sp`, revises), the
interval the written figure means (`iv`) or a qualitative label (`lab`), and the gold event (`ev`).
Pairs within an item are derived by lib.py unchanged; pairs across items are written by hand below.
"""
from lib import Event, INF, Q

E = Event("mariupol-2022")
S = E.src

# -- items ------------------------------------------------------------------------------------
TOLL = "toll"              # people killed by the 16 March 2022 strike on the theatre
INJ = "injured"            # people wounded by it
SHELT = "sheltering"       # people in the theatre (its shelter) at the time of the strike
SURV = "survivors"         # people who got out / were rescued alive
KITCH = "kitchen-dead"     # people killed at the field kitchen outside the theatre
PERP = "perp"              # who destroyed the theatre
WEAP = "weapon"            # what destroyed it
DELIB = "intent"           # whether the theatre was targeted deliberately
MIL = "military-use"       # whether Ukrainian fighters used the theatre
HELD = "shelter-held"      # whether the basement shelter withstood the strike
DENY = "russian-strike"     # whether Russian aircraft struck the theatre at all (Russia's denials)
SIGN = "children-sign"     # the word "children" written outside the theatre
# background incidents (hard negatives)
CHER = "chernihiv-2022-03-16-breadline"         # people killed queuing for bread in Chernihiv, same day
ART = "mariupol-2022-03-20-art-school"          # the art school used as a shelter, hit on 20 March 2022
CITY = "mariupol-2022-siege-toll"               # people killed in Mariupol during the siege (aggregate)
HOUSES = "mariupol-2022-siege-housing"          # share of the city's houses destroyed

# -- labels -------------------------------------------------------------------------------------
RU, AZOV, NOT_RU = "Russian air strike", "Azov blew up the mined building", "not a Russian air strike"
BOMB, B500, B1000, ROCK, ARTY, INSIDE = ("a bomb dropped from an aircraft", "two 500-kg air-dropped bombs",
                                         "a 1000-kg bomb", "a missile / rocket", "artillery",
                                         "explosives set off inside the building")
DEL, NOTARG = "deliberately targeted", "never seen as a target"
NOMIL, HOST, FIGHT = ("no Ukrainian military use of the theatre", "civilians held hostage there by Azov",
                      "fighters present in the theatre")
HELDL = "the shelter held"

E.exclusive = {PERP, WEAP, DELIB, MIL}
# day phrases the model cannot read here (no year, no dated report, or another language): kept as qualifiers
E.bad_when = {"the 16th", "March 16", "16 marzo", "16 марта 2022 года"}
L = E.labrel
L[frozenset((BOMB, B500))] = "refines"
L[frozenset((BOMB, B1000))] = "refines"
L[frozenset((HOST, FIGHT))] = "compatible"

# -- speaker groups (revises) -------------------------------------------------------------------
CC = "Mariupol city council (mayor, deputy mayor, advisers, council's Telegram)"
ZEL = "Zelensky"
MOD = "Russian defence ministry"
AMN = "Amnesty International"
APS = "Associated Press"
DEN = "Denisova"

# -- statements relayed by several articles (echo) ----------------------------------------------
CCBOMB = "the city council's Telegram post, Wed 16 Mar 2022 (a plane dropped a bomb on a building sheltering hundreds; impossible to establish a toll)"
CC1000 = "the city council, 16-17 Mar 2022 (more than a thousand people were sheltering in the theatre)"
ORLOV = "deputy mayor Serhiy Orlov to the BBC / the Guardian, 16 Mar 2022 (1,000-1,200 people in the theatre; toll unknown)"
CC0 = "the city council's first toll, Fri 18 Mar 2022 (at least one seriously wounded, no dead)"
CC300 = "the city council's Telegram post, Fri 25 Mar 2022 (eyewitnesses: about 300 killed)"
MODDEN = "the Russian defence ministry's statement, Wed 16 Mar 2022 (no air strike on the theatre / no strikes on ground targets; Azov blew up the mined building; never a target)"
TARUTA = "MP Serhiy Taruta on Facebook, Thu 17 Mar 2022 (the bomb shelter held; people coming out alive)"
GURIN = "MP Dmytro Gurin to the BBC, 17 Mar 2022 (the shelter survived; most seem fine; casualties unknown)"
ANDR = "mayor's adviser Petro Andriushchenko to Reuters, 17 Mar 2022 (the shelter held; there are survivors; victims unknown)"
DEN130 = "Lyudmila Denisova, 17 Mar 2022 (130 people rescued alive)"
ZELDEL = "Zelensky's video address, Wed 16 Mar 2022 evening (Russian aircraft deliberately dropped a bomb; hundreds of victims; toll unknown)"
KULEBA = "Kuleba on Twitter, Wed 16 Mar 2022 (a horrific Russian attack on the drama theatre; another war crime)"
AP600 = "the AP investigation, 4 May 2022 (closer to 600 killed; about 1,000 inside; no more than 200 seen escaping; 100 at the field kitchen)"
AMNR = "Amnesty International's report 'Children', 30 Jun 2022 (at least 12 killed; two 500-kg bombs from a Russian aircraft; deliberate; a war crime)"
BUKH = "DPR militia spokesman Yuri Bukharev, April 2022 (the explosion came from inside the building; Azov)"
GUARD300 = "the Guardian's report, 25 Mar 2022 (local officials: at least 300 killed; about 1,300 sheltering; only 150 survivors emerged)"


# =============================================================================================
# 1 National Post (Reuters), 16 Mar 2022
S("Russia's defense ministry", "state", ["Russian defence ministry"], "Russia")
S("Mariupol city council", "state", ["the council in the besieged port city"], "Ukraine")
E.article("np1", "National Post (Reuters)", "https://nationalpost.com/pmn/news-pmn/russia-denies-it-carried-out-air-strike-against-mariupol-theater-ria",
          "2022-03-16", "en", "Russia denies it carried out air strike against Mariupol theater - RIA",
          {"mod": {"outlet": "Russia's defense ministry", "wire": "RIA"}, "cc": {"outlet": "Mariupol city council"}})
np1_den = E.c("Russia's defense ministry", "an air strike against a theater in Mariupol", "carried out", polarity="denied", it=DENY, lab=NOT_RU, st=MODDEN, sp=MOD,
              actor="Russia", place="Mariupol", when="Wednesday", via="mod")
np1_ru = E.c("Mariupol city council", "a theater where civilians were sheltering", "bombed", it=PERP, lab=RU, st=CCBOMB, sp=CC, actor="Russian forces",
             place="Mariupol", via="cc")

# 2 YPA (English), 17 Mar 2022
S("The Russian Defense Ministry", "state", ["Moscow"], "Russia")
E.article("ypa", "YPA (Yemen Press Agency)", "https://en.ypagency.net/256475", "2022-03-17", "en", None,
          {"mod": {"outlet": "The Russian Defense Ministry", "title": "statement on Wednesday"}})
ypa_azov = E.c("The Russian Defense Ministry", "the theater", "blowing up", it=PERP, lab=AZOV, st=MODDEN, sp=MOD, actor="the Azov Battalion", place="Mariupol",
               via="mod")
ypa_den = E.c("The Russian Defense Ministry", "a raid on the dramatic theater building in Mariupol", "carried out", polarity="denied", it=DENY, lab=NOT_RU, st=MODDEN,
              sp=MOD, actor="Russian forces", qualifiers=["denied Kiev's allegations"], via="mod")
ypa_targ = E.c("The Russian Defense Ministry", "the theatre building in Mariupol", "has never been seen as a target", it=DELIB, lab=NOTARG, st=MODDEN, sp=MOD,
               quote="The theatre building in Mariupol has never been seen as a target because there is a potential threat to civilian lives", via="mod")

# 3 Dar al-Maaref (RT Arabic), 16 Mar 2022
S("وزارة الدفاع الروسية", "state", ["وزارة الدفاع"], "Russia")
E.article("dm", "دار المعارف", "https://daralmaref.com/News/1000604.aspx", None, "ar", None,
          {"mod": {"outlet": "وزارة الدفاع الروسية", "title": "بيان", "wire": "روسيا اليوم"}})
dm_azov = E.c("وزارة الدفاع الروسية", "مبنى المسرح الذي فخخته في وقت سابق", "فجرت", it=PERP, lab=AZOV, st=MODDEN, sp=MOD, actor="كتيبة آزوف",
              qualifiers=["استفزازا دمويا جديدا"], via="mod")
dm_ins = E.c("وزارة الدفاع الروسية", "مبنى المسرح", "فخخته في وقت سابق", it=WEAP, lab=INSIDE, st=MODDEN, sp=MOD, actor="كتيبة آزوف", via="mod")
dm_targ = E.c("وزارة الدفاع الروسية", "مبنى المسرح في ماريوبول", "لم ينظر إليه أبدا بمثابة هدف", it=DELIB, lab=NOTARG, st=MODDEN, sp=MOD,
              qualifiers=["نظرا لوجود خطر محتمل على حياة المدنيين"], via="mod")

# 4 TGCOM24 (ANSA), March 2022
S("ministero della Difesa di Mosca", "state", ["la Russia"], "Russia")
S("Cremlino", "state", ["Kremlin"], "Russia")
E.article("tg", "TGCOM24", "https://www.tgcom24.mediaset.it/mondo/guerra-ucraina-mosca-nega-gli-attacchi-a-mariupol-echernihiv_47449085-202202k.shtml", None, "it",
          "Mosca nega gli attacchi a Mariupol e Chernihiv",
          {"mod": {"outlet": "ministero della Difesa di Mosca"}, "kr": {"outlet": "Cremlino"}})
tg_azov = E.c("ministero della Difesa di Mosca", "l'edificio", "distruggere", it=PERP, lab=AZOV, st=MODDEN, sp=MOD, actor="Battaglione Azov",
              qualifiers=["la Russia nega le accuse di aver bombardato il teatro"], via="mod")
tg_cher = E.c("Cremlino", "civili in fila per il pane", "uccisi", "almeno 10", it=CHER + "-toll", iv=(10, INF), ev=CHER, sp="Kremlin (TGCOM24)",
              polarity="denied", place="Chernihiv, 150 km a nord di Kiev", qualifiers=["il Cremlino smentisce di essere responsabile del raid"], via="kr")

# 5 Radio Télé Caraïbes (AFP), Fri 18 Mar 2022
S("conseil municipal de Marioupol", "state", ["conseil municipal"], "Ukraine")
E.article("rtc", "Radio Télé Caraïbes (AFP)", "https://www.radiotelecaraibes.com/theatre-de-marioupol-un-blesse-grave-et-pas-de-morts-selon-un-premier-bilan-du-conseil-municipal-de-la-ville/",
          None, "fr", "Théâtre de Marioupol: un blessé grave et pas de morts selon un premier bilan du conseil municipal de la ville",
          {"cc": {"outlet": "conseil municipal de Marioupol", "title": "premier bilan, vendredi"}})
rtc_0 = E.c("conseil municipal de Marioupol", "morts", "a fait", "pas de morts", it=TOLL, iv=(0, 0), st=CC0, sp=CC, hedge="premier bilan",
            qualifiers=["vendredi"], via="cc")
rtc_inj = E.c("conseil municipal de Marioupol", "blessé grave", "a fait", "au moins un", it=INJ, iv=(1, INF), st=CC0, sp=CC, hedge="premier bilan", via="cc")

# 6 franceinfo, March 2022
S("une Ukrainienne", "witness", ["témoin"])
S("Moscou", "state", ["Russie"], "Russia")
S("franceinfo", "media")
E.article("fi", "franceinfo", "https://www.francetvinfo.fr/monde/europe/manifestations-en-ukraine/guerre-en-ukraine-que-sait-on-du-bombardement-du-theatre-de-marioupol_5022181.html",
          None, "fr", "Guerre en Ukraine: que sait-on du bombardement du théâtre de Marioupol ?",
          {"wit": {"outlet": "une Ukrainienne"}, "mos": {"outlet": "Moscou"}})
fi_800 = E.c("une Ukrainienne", "personnes", "étaient à l'intérieur", "environ 800", it=SHELT, iv=(720, 880), sp="franceinfo witness",
             qualifiers=["à part les centaines qui ont réussi à s'enfuir, les autres sont sous les décombres"], via="wit")
fi_den = E.c("Moscou", "l'attaque du théâtre", "a démenti", polarity="denied", it=DENY, lab=NOT_RU, st=MODDEN, sp=MOD, actor="Moscou",
             qualifiers=["accuse les nationalistes ukrainiens"], via="mos")
fi_sign = E.c("franceinfo", "le mot \"enfant\"", "était inscrit en russe à l'avant et à l'arrière du bâtiment", it=SIGN, lab="children written", sp="franceinfo")

# 7 Mona FM, 16 Mar 2022
S("Serhiy Orlov", "state", ["adjoint au maire de Marioupol"], "Ukraine")
S("la mairie", "state", ["mairie de Marioupol"], "Ukraine")
E.article("mona", "Mona FM", "https://monafm.fr/news/amp/l-armee-russe-aurait-bombarde-un-theatre-a-marioupol-ou-se-trouvaient-1-000-a-1-200-personnes-20396",
          None, "fr", "L'armée russe aurait bombardé un théâtre à Marioupol où se trouvaient 1.000 à 1.200 personnes",
          {"orl": {"outlet": "Serhiy Orlov", "wire": "BBC"}, "cc": {"outlet": "la mairie", "title": "Telegram"}})
mona_1000 = E.c("Serhiy Orlov", "personnes", "se trouvaient dans le théâtre durant le bombardement", "entre 1000 et 1200", it=SHELT, iv=(1000, 1200), st=ORLOV, sp="Orlov",
                via="orl")
mona_bomb = E.c("la mairie", "le bâtiment où s'abritaient des centaines de civils", "l'avion a largué une bombe sur", it=WEAP, lab=BOMB, st=CCBOMB, sp=CC,
                quote="L'avion a largué une bombe sur le bâtiment où s'abritaient des centaines de civils.", via="cc")
mona_none = E.c("la mairie", "le bilan", "impossible d'établir dans l'immédiat", it=TOLL, st=CCBOMB, sp=CC, qualifiers=["no figure given"], via="cc")

# 8 Atlantico, March 2022
S("Sergiy Taruta", "state", ["député ukrainien"], "Ukraine")
S("Dmytro Gurin", "state", ["député"], "Ukraine")
S("Le ministère de la Défense russe", "state", ["ministère de la Défense russe"], "Russia")
E.article("atl", "Atlantico", "https://atlantico.fr/article/pepite/ukraine-que-sait-on-du-bombardement-d-un-theatre-dans-la-ville-de-marioupol-assiegee", None, "fr",
          "Ukraine: que sait-on du bombardement d'un théâtre dans la ville de Marioupol assiégée",
          {"tar": {"outlet": "Sergiy Taruta", "title": "page Facebook"}, "gur": {"outlet": "Dmytro Gurin", "wire": "BBC"},
           "mod": {"outlet": "Le ministère de la Défense russe", "wire": "Radio Canada"}})
atl_held = E.c("Sergiy Taruta", "l'abri antibombes", "a survécu", it=HELD, lab=HELDL, st=TARUTA, sp="Taruta", qualifiers=["les gens sortent vivants"], via="tar")
atl_gur = E.c("Dmytro Gurin", "l'abri", "a tenu", it=HELD, lab=HELDL, st=GURIN, sp="Gurin", qualifiers=["les gens ont survécu", "la majorité d'entre eux vont bien"],
              via="gur")
atl_gnone = E.c("Dmytro Gurin", "personnes", "blessées ou tuées", it=TOLL, st=GURIN, sp="Gurin", qualifiers=["no figure given", "on ne sait pas encore combien"], via="gur")
atl_den = E.c("Le ministère de la Défense russe", "cette frappe aérienne", "avoir mené", polarity="denied", it=DENY, lab=NOT_RU, st=MODDEN, sp=MOD, via="mod")
atl_azov = E.c("Le ministère de la Défense russe", "l'explosion", "a attribué", "au bataillon nationaliste ukrainien Azov", it=PERP, lab=AZOV, st=MODDEN, sp=MOD,
               actor="bataillon Azov", via="mod")

# 9 n-tv, 17 Mar 2022
S("Petro Andruschtschenko", "state", ["Berater des Bürgermeisters"], "Ukraine")
S("Serhij Taruta", "state", ["Abgeordneter"], "Ukraine")
S("Mariupoler Stadtrat", "state", ["Stadtrat"], "Ukraine")
S("Wolodymyr Selenskyj", "state", ["Staatschef"], "Ukraine")
E.article("ntv", "n-tv", "https://www.n-tv.de/politik/Menschen-ueberleben-offenbar-unter-Theater-Truemmern-article23202470.html", None, "de",
          "Menschen überleben offenbar unter Theater-Trümmern",
          {"and": {"outlet": "Petro Andruschtschenko", "title": "Telefonat", "wire": "Reuters"}, "tar": {"outlet": "Serhij Taruta", "title": "Facebook"},
           "cc": {"outlet": "Mariupoler Stadtrat", "title": "Telegram"}, "zel": {"outlet": "Wolodymyr Selenskyj"}})
ntv_held = E.c("Petro Andruschtschenko", "Ein Luftschutzkeller unter dem Theater", "habe dem russischen Angriff standgehalten", it=HELD, lab=HELDL, st=ANDR, sp=CC,
               quote="Jetzt werden die Trümmer beseitigt. Es gibt Überlebende.", via="and")
ntv_none = E.c("Petro Andruschtschenko", "Opfer", "wie viele", it=TOLL, st=ANDR, sp=CC, qualifiers=["no figure given", "noch nicht bekannt"], via="and")
ntv_tar = E.c("Serhij Taruta", "Der Luftschutzbunker", "hat standgehalten", it=HELD, lab=HELDL, st=TARUTA, sp="Taruta", qualifiers=["Die Menschen kommen lebend heraus!"],
              via="tar")
ntv_1000 = E.c("Mariupoler Stadtrat", "Menschen", "hätten in dem Theater Schutz gefunden", "mehr als tausend", it=SHELT, iv=(1001, INF), st=CC1000, sp=CC, via="cc")
ntv_zel = E.c("Wolodymyr Selenskyj", "Opfer", "vermutete", "Hunderte", it=TOLL, iv=(200, 999), st=ZELDEL, sp=ZEL, via="zel")

# 10 nd (dpa), March 2022
S("ukrainische Informationen", "state", [], "Ukraine")
S("andere Quellen", "other", [])
S("Mariupoler Stadtverwaltung", "state", ["Stadtverwaltung"], "Ukraine")
S("Präsident Wolodymyr Selenskyj", "state", ["Selenskyj"], "Ukraine")
S("nd", "media")
E.article("nd", "nd (dpa)", "https://www.nd-aktuell.de/artikel/1162219.ukraine-krieg-die-tragoedie-von-mariupol.html", None, "de", "Die Tragödie von Mariupol",
          {"ua": {"outlet": "ukrainische Informationen"}, "oth": {"outlet": "andere Quellen"}, "cc": {"outlet": "Mariupoler Stadtverwaltung"},
           "zel": {"outlet": "Präsident Wolodymyr Selenskyj"}})
nd_1000 = E.c("Mariupoler Stadtverwaltung", "Zivilisten", "haben in dem Gebäude Schutz gesucht", "Mehr als 1000", it=SHELT, iv=(1001, INF), st=CC1000, sp=CC, via="cc")
nd_b1000 = E.c("ukrainische Informationen", "eine 1000-Kilogramm schwere Bombe", "soll zum Einsatz gekommen sein", it=WEAP, lab=B1000, sp="Ukrainian information (nd)",
               via="ua")
nd_rock = E.c("andere Quellen", "Raketeneinschlag", "sprechen von", it=WEAP, lab=ROCK, sp="other sources (nd)", via="oth")
nd_zel = E.c("Präsident Wolodymyr Selenskyj", "Opfern", "ging von Hunderten aus", "Hunderten", it=TOLL, iv=(200, 999), st=ZELDEL, sp=ZEL, via="zel")
nd_sign = E.c("nd", "das Wort »Djeti« (Kinder)", "mit großen weißen Buchstaben auf den Asphalt geschrieben", it=SIGN, lab="children written", sp="nd",
              qualifiers=["Aufnahmen des US-Satellitenfotodienstes Maxar vom Montag"])

# 11 Der Tagesspiegel, 17 Mar 2022
S("Dmytro Kuleba", "state", ["ukrainische Außenminister"], "Ukraine")
S("Verteidigungsministerium", "state", ["Russland"], "Russia")
E.article("ts", "Der Tagesspiegel", "https://www.tagesspiegel.de/politik/belagerte-stadt-mariupol-schutzsuchende-in-theater-sollen-russischen-angriff-offenbar-ueberlebt-haben/28171288.html",
          None, "de", "Schutzsuchende in Theater sollen russischen Angriff offenbar überlebt haben",
          {"kul": {"outlet": "Dmytro Kuleba", "title": "Twitter"}, "mod": {"outlet": "Verteidigungsministerium", "wire": "RIA"},
           "tar": {"outlet": "Serhij Taruta", "title": "Facebook"}})
ts_kul = E.c("Dmytro Kuleba", "das Drama-Theater, wo sich Hunderte unschuldiger Zivilisten versteckt haben", "Heftiger russischer Angriff", it=PERP, lab=RU, st=KULEBA,
             sp="Kuleba", actor="Russland", qualifiers=["ein weiteres Kriegsverbrechen"], via="kul")
ts_den = E.c("Verteidigungsministerium", "Luftangriffe gegen Bodenziele in Mariupol", "ausgeführt", polarity="denied", it=DENY, lab=NOT_RU, st=MODDEN, sp=MOD,
             qualifiers=["am Mittwoch gar keine"], via="mod")
ts_azov = E.c("Verteidigungsministerium", "die Attacke", "verantwortlich", it=PERP, lab=AZOV, st=MODDEN, sp=MOD, actor="das ukrainische nationalistische Regiment Asow",
              qualifiers=["das Gebäude zuerst vermint"], via="mod")
ts_tar = E.c("Serhij Taruta", "Der Luftschutzbunker", "hat standgehalten", it=HELD, lab=HELDL, st=TARUTA, sp="Taruta", via="tar")

# 12 Der Standard, March 2022
S("ukrainische Parlamentsabgeordnete", "state", [], "Ukraine")
S("Serhij Orlow", "state", ["Vizebürgermeister"], "Ukraine")
S("Der Standard", "media")
E.article("std", "Der Standard", "https://www.derstandard.at/story/2000134203263/zahl-der-opfer-nach-angriff-auf-theater-in-mariupol-unklar", None, "de",
          "Zahl der Opfer nach Angriff auf Theater in Mariupol unklar",
          {"mp": {"outlet": "ukrainische Parlamentsabgeordnete"}, "orl": {"outlet": "Serhij Orlow", "wire": "Forbes Ukraine"}})
std_1000 = E.c("Der Standard", "Menschen", "hatten Schutz gesucht", "bis zu 1.000", it=SHELT, iv=(0, 1000), sp="Der Standard")
std_130 = E.c("ukrainische Parlamentsabgeordnete", "Menschen", "lebend gerettet", "130", it=SURV, iv=130, st=DEN130, sp=DEN, quote="ein Wunder!", via="mp")
std_none = E.c("Der Standard", "Menschen", "ums Leben kamen", it=TOLL, sp="Der Standard", qualifiers=["no figure given", "derzeit unbekannt"])
std_hous = E.c("Serhij Orlow", "der Häuser", "seien zerstört", "80 bis 90 Prozent", it=HOUSES, ev=HOUSES, sp=CC, place="Mariupol",
               qualifiers=["percentage, not a count"], via="orl")
std_sign = E.c("Der Standard", "das russische Wort \"deti\"", "auf den Platz vor dem Schauspielhaus geschrieben", it=SIGN, lab="children written", sp="Der Standard",
               qualifiers=["Satellitenaufnahmen vom 14. März"])

# 13 La Gaceta, 17 Mar 2022
S("La Gaceta", "media")
S("la alcaldía", "state", ["alcaldía de la ciudad"], "Ukraine")
S("Serhiy Taruta", "state", ["parlamentario ucraniano"], "Ukraine")
S("Dmytro Gurin", "state", ["parlamentario ucraniano"], "Ukraine")
E.article("lg1", "La Gaceta", "https://lagaceta.com.ar/nota/935124/actualidad/rusia-bombardeo-teatro-ucrania-albergaba-refugiados.html", None, "es",
          "Rusia bombardeó un teatro de Ucrania que albergaba refugiados",
          {"cc": {"outlet": "la alcaldía"}, "tar": {"outlet": "Serhiy Taruta"}, "gur": {"outlet": "Dmytro Gurin", "wire": "BBC"}})
lg1_0 = E.c("La Gaceta", "víctimas fatales", "hubo", polarity="denied", it=TOLL, iv=(0, 0), sp="La Gaceta", hedge="por ahora, se cree")
lg1_ru = E.c("La Gaceta", "un teatro que albergaba a más de mil civiles", "bombardearon", it=PERP, lab=RU, sp="La Gaceta", actor="Las fuerzas rusas")
lg1_bomb = E.c("la alcaldía", "el edificio que albergaba a centenas de civiles", "el avión soltó una bomba sobre", it=WEAP, lab=BOMB, st=CCBOMB, sp=CC, via="cc")
lg1_tar = E.c("Serhiy Taruta", "el refugio antiaéreo", "resistió", it=HELD, lab=HELDL, st=TARUTA, sp="Taruta", qualifiers=["la gente está saliendo con vida"], via="tar")
lg1_gur = E.c("Dmytro Gurin", "el refugio antibombas", "ha sobrevivido", it=HELD, lab=HELDL, st=GURIN, sp="Gurin",
              qualifiers=["parece que la mayoría han sobrevivido y están bien", "se desconoce si hay heridos, o muertos"], via="gur")

# 14 La Gaceta, 25 Mar 2022 (CNN)
S("el ayuntamiento", "state", ["las autoridades"], "Ukraine")
S("Rusia", "state", [], "Russia")
E.article("lg2", "La Gaceta", "https://lagaceta.com.ar/nota/amp/936286/actualidad/{{user_url}}", None, "es", None,
          {"cc": {"outlet": "el ayuntamiento", "title": "Telegram", "wire": "CNN"}, "ru": {"outlet": "Rusia", "wire": "CNN"}})
lg2_300 = E.c("el ayuntamiento", "personas", "murieron en el Teatro Dramático de Mariúpol", "unas 300", it=TOLL, iv=(270, 330), st=CC300, sp=CC,
              actor="la aviación rusa", qualifiers=["información basada en testigos presenciales"], via="cc")
lg2_150 = E.c("La Gaceta", "personas", "pudieron huir del edificio", "cerca de 150", it=SURV, iv=(135, 165), sp="La Gaceta",
              hedge="se estima")
lg2_den = E.c("Rusia", "sus fuerzas", "sean responsables del crimen", polarity="denied", it=DENY, lab=NOT_RU, st=MODDEN, sp=MOD, via="ru")
lg2_azov = E.c("Rusia", "el teatro", "lo voló", it=PERP, lab=AZOV, st=MODDEN, sp=MOD, actor="el batallón Azov", via="ru")
lg2_art = E.c("La Gaceta", "personas", "refugio en una escuela de arte", "unas 400", it=ART + "-sheltering", iv=(360, 440), ev=ART, sp="La Gaceta",
              place="la misma ciudad", qualifiers=["otro bombardeo"])

# 15 EME Radio, March 2022
S("Las autoridades ucranianas", "state", [], "Ukraine")
S("EME Radio FM", "media")
E.article("eme", "EME Radio FM", "https://emeradiofm.com/rusia-bombardeo-un-teatro-que-servia-de-refugio-en-mariupol/", None, "es",
          "Rusia bombardeó un teatro que servía de refugio en Mariupol", {"aut": {"outlet": "Las autoridades ucranianas"}})
eme_arty = E.c("Las autoridades ucranianas", "el teatro", "ataque de la artillería rusa", it=WEAP, lab=ARTY, sp="Ukrainian authorities (EME)", actor="artillería rusa",
               via="aut")
eme_none = E.c("Las autoridades ucranianas", "víctimas", "número todavía indeterminado", it=TOLL, sp="Ukrainian authorities (EME)", qualifiers=["no figure given"],
               via="aut")
eme_1000 = E.c("EME Radio FM", "personas", "servía de refugio para", "más de un millar", it=SHELT, iv=(1001, INF), sp="EME Radio FM")

# 16 Noizz (Poland), 25 Mar 2022
S("Rada miejska Mariupola", "state", [], "Ukraine")
E.article("noz", "Noizz", "https://noizz.pl/spoleczenstwo/teatr-w-mariupolu-wladze-miasta-po-bombardowaniu-zginelo-ok-300-osob/81sp3t7", None, "pl",
          "Teatr w Mariupolu. Władze miasta: po bombardowaniu zginęło ok. 300 osób",
          {"cc": {"outlet": "Rada miejska Mariupola", "title": "komunikat, piątek"}})
noz_300 = E.c("Rada miejska Mariupola", "osób", "zginęło", "ok. 300", it=TOLL, iv=(270, 330), st=CC300, sp=CC, actor="rosyjski nalot", place="teatr dramatyczny",
              via="cc")

# 17 Censor.net, 25 Mar 2022
S("Mariupol City Council", "state", ["City Council"], "Ukraine")
E.article("cen", "Censor.NET", "https://m.censor.net/en/news/3328484/eyewitnesses_300_people_died_in_mariupol_drama_theater_on_march_16", "2022-03-25", "en",
          "Eyewitnesses: 300 people died in Mariupol Drama Theater on March 16", {"cc": {"outlet": "Mariupol City Council", "published": "2022-03-25"}})
cen_300 = E.c("Mariupol City Council", "people", "were killed", "about 300", it=TOLL, iv=(270, 330), st=CC300, sp=CC, actor="a Russian plane",
              place="the Mariupol Drama Theater", when="March 16, 2022", qualifiers=["eyewitnesses reported"], via="cc")
cen_ru = E.c("Mariupol City Council", "this terrorist act", "waged by", "the aggressor country, the terrorist country Russia", it=PERP, lab=RU, st=CC300, sp=CC,
             actor="Russia", via="cc")

# 18 Babel (Russian-language site, English text), 25 Mar 2022
S("The Mariupol City Council", "state", ["city council"], "Ukraine")
S("Babel", "media")
E.article("bab1", "Babel", "https://babel.ua/ru/news/77310-mariupol-city-council-about-300-people-were-killed-at-the-mariupol-drama-theater", None, "en",
          "Mariupol City Council: About 300 people were killed at the Mariupol Drama Theater",
          {"cc": {"outlet": "The Mariupol City Council"}})
bab1_300 = E.c("The Mariupol City Council", "city residents", "were killed", "about 300", it=TOLL, iv=(270, 330), st=CC300, sp=CC,
               qualifiers=["according to eyewitnesses", "hiding in the basement of the Drama Theater"], via="cc")
bab1_del = E.c("The Mariupol City Council", "the bombs", "fell on the place", it=DELIB, lab=DEL, st=CC300, sp=CC, quote="The occupiers knew where they were hitting.",
               via="cc")
bab1_1000 = E.c("Babel", "people", "haven for", "about a thousand", it=SHELT, iv=(900, 1100), sp="Babel", qualifiers=["including children and the sick"])

# 19 playcrazygame (Folha de S.Paulo in English), 26 Mar 2022
S("City Council", "state", ["Mariupol City Council"], "Ukraine")
S("Liudmyla Denisova", "state", ["Ukrainian Parliament's human rights commissioner"], "Ukraine")
S("Ukrainian authorities", "state", [], "Ukraine")
S("Russia's Defense Ministry", "state", [], "Russia")
S("The Kremlin", "state", [], "Russia")
E.article("pcg", "playcrazygame.com", "https://playcrazygame.com/2022/03/26/russian-bombing-of-mariupol-theater-leaves-around-300-dead-ukrainian-body-says/", "2022-03-26",
          "en", "Russian bombing of Mariupol theater leaves around 300 dead, Ukrainian body says",
          {"cc": {"outlet": "City Council", "title": "Telegram, Friday (25)", "published": "2022-03-25"}, "den": {"outlet": "Liudmyla Denisova"},
           "aut": {"outlet": "Ukrainian authorities"}, "mod": {"outlet": "Russia's Defense Ministry"}, "kr": {"outlet": "The Kremlin"}})
pcg_300 = E.c("City Council", "dead", "left", "about 300", it=TOLL, iv=(270, 330), st=CC300, sp=CC, when="the 16th", place="a theater in Mariupol",
              quote="There are reports from eyewitnesses that around 300 people died at the Drama Theater in Mariupol as a result of Russian bombing", via="cc")
pcg_130 = E.c("Liudmyla Denisova", "people", "were rescued alive from the air-raid shelter", "About 130", it=SURV, iv=(117, 143), st=DEN130, sp=DEN,
              qualifiers=["reported last week"], via="den")
pcg_shel = E.c("Ukrainian authorities", "people", "in the shelter", "between 1,000 and 2,000", it=SHELT, iv=(1000, 2000), sp="Ukrainian authorities (Folha)",
               qualifiers=["not possible to determine how many were there at the time of the bombing"], via="aut")
pcg_azov = E.c("Russia's Defense Ministry", "the theater", "blown up", it=PERP, lab=AZOV, st=MODDEN, sp=MOD, actor="Ukrainian far-right Azov battalion",
               qualifiers=["as a provocation"], via="mod")
pcg_kr = E.c("The Kremlin", "the bombing", "justified by", "the alleged presence of fighters there", it=MIL, lab=FIGHT, sp="Kremlin", via="kr")

# 20 El Watan News (the Guardian), 25 Mar 2022
S("مسؤولون محليون في مدينة ماريوبول", "state", [], "Ukraine")
S("الجارديان", "media", ["The Guardian"])
S("روسيا", "state", [], "Russia")
E.article("wat", "الوطن", "https://elwatannews.com/news/details/6011188", None, "ar", "أوكرانيا.. 300 قتيل في قصف مسرح للأطفال بمدينة «ماريوبول»",
          {"off": {"outlet": "مسؤولون محليون في مدينة ماريوبول", "wire": "الجارديان"}, "gu": {"outlet": "الجارديان"}, "ru": {"outlet": "روسيا"}})
wat_300 = E.c("مسؤولون محليون في مدينة ماريوبول", "شخص", "قتلوا في قصف استهدف مسرحا", "300 على الأقل", it=TOLL, iv=(300, INF), st=CC300, sp=CC,
              qualifiers=["في 16 مارس"], via="off")
wat_1300 = E.c("الجارديان", "شخص", "كانوا يحتمون بالمبنى", "نحو 1300", it=SHELT, iv=(1170, 1430), st=GUARD300, sp="The Guardian", hedge="يُعتقد", via="gu")
wat_150 = E.c("الجارديان", "ناج", "خرجوا من تحت الأنقاض مباشرة بعد الهجوم", "150 فقط", it=SURV, iv=150, st=GUARD300, sp="The Guardian", via="gu")
wat_den = E.c("روسيا", "قصف المسرح بالطائرة", "تنفيه", polarity="denied", it=DENY, lab=NOT_RU, st=MODDEN, sp=MOD, via="ru")

# 21 Elaph (AFP), late March 2022
S("بلدية ماريوبول", "state", ["البلدية"], "Ukraine")
S("ليودميلا دينيسوفا", "state", ["المكلّفة شؤون حقوق الإنسان في البرلمان الأوكراني"], "Ukraine")
S("فولوديمير زيلينسكي", "state", ["الرئيس الأوكراني"], "Ukraine")
E.article("ela", "إيلاف", "https://elaph.com/Web/News/2022/03/1469681.html", None, "ar", None,
          {"cc": {"outlet": "بلدية ماريوبول", "title": "تلغرام", "wire": "فرانس برس"}, "den": {"outlet": "ليودميلا دينيسوفا"},
           "zel": {"outlet": "فولوديمير زيلينسكي"}})
ela_300 = E.c("بلدية ماريوبول", "شخص", "قتلوا في مسرح ماريوبول", Q("حوالى 300", 300, 300, "approximate"), it=TOLL, iv=(270, 330), st=CC300, sp=CC, actor="طائرة روسية",
              qualifiers=["لدى شهود معلومات"], via="cc")
ela_held = E.c("ليودميلا دينيسوفا", "ملجأ المسرح", "صمد أمام القصف", it=HELD, lab=HELDL, sp=DEN, qualifiers=["في 17 آذار/مارس"], via="den")
ela_130 = E.c("فولوديمير زيلينسكي", "شخصاً", "أنقذوا من المبنى", "أكثر من 130", it=SURV, iv=(131, INF), sp=ZEL, qualifiers=["قبل أسبوع", "المئات ما زالوا تحت الأنقاض"],
              via="zel")

# 22 Al Jazeera (Arabic), 17 Mar 2022
S("الرئيس الأوكراني فولوديمير زيلينسكي", "state", ["زيلينسكي"], "Ukraine")
S("نائبة برلمانية أوكرانية", "state", [], "Ukraine")
S("بترو أندروشينكو", "state", ["مستشار رئيس بلدية ماريوبول"], "Ukraine")
S("بلدية ماريوبول", "state", [], "Ukraine")
E.article("aj", "الجزيرة نت", "https://www.aljazeera.net/news/politics/2022/3/17/%D9%85%D8%A7%D8%B1%D9%8A%D9%88%D8%A8%D9%88%D9%84-%D8%A3%D9%88%D9%83%D8%B1%D8%A7%D9%86%D9%8A%D8%A7-%D8%AA%D8%AA%D9%87%D9%85-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%A8%D9%82%D8%B5%D9%81",
          "2022-03-17", "ar", None,
          {"zel": {"outlet": "الرئيس الأوكراني فولوديمير زيلينسكي", "title": "مساء الأربعاء"}, "mp": {"outlet": "نائبة برلمانية أوكرانية"},
           "and": {"outlet": "بترو أندروشينكو", "wire": "رويترز"}, "cc": {"outlet": "بلدية ماريوبول"}})
aj_del = E.c("الرئيس الأوكراني فولوديمير زيلينسكي", "قنبلة على مسرح الدراما في وسط المدينة", "ألقى سلاح الجو الروسي عمدا", it=DELIB, lab=DEL, st=ZELDEL, sp=ZEL,
             actor="سلاح الجو الروسي", via="zel")
aj_bomb = E.c("الرئيس الأوكراني فولوديمير زيلينسكي", "مسرح الدراما", "ألقى سلاح الجو الروسي قنبلة على", it=WEAP, lab=BOMB, st=ZELDEL, sp=ZEL, actor="سلاح الجو الروسي",
              via="zel")
aj_hund = E.c("الرئيس الأوكراني فولوديمير زيلينسكي", "الضحايا", "سقوط", "مئات", it=TOLL, iv=(200, 999), st=ZELDEL, sp=ZEL, qualifiers=["عدد القتلى لم يعرف بعد"], via="zel")
aj_130 = E.c("نائبة برلمانية أوكرانية", "شخصا", "تم إنقاذ من تحت أنقاض المسرح", "130", it=SURV, iv=130, st=DEN130, sp=DEN, via="mp")
aj_held = E.c("بترو أندروشينكو", "مخبأ القنابل", "صمد", it=HELD, lab=HELDL, st=ANDR, sp=CC, qualifiers=["يوجد ناجين ولا نعلم عدد الضحايا حتى الآن"], via="and")
aj_1000 = E.c("بلدية ماريوبول", "شخص", "كانوا داخل المسرح", "أكثر من ألف", it=SHELT, iv=(1001, INF), st=CC1000, sp=CC, via="cc")

# 23 VRT NWS, 25 Mar 2022
S("stadsbestuur van Marioepol", "state", ["burgemeester van de havenstad Marioepol"], "Ukraine")
S("Een Oekraïense instantie", "state", [], "Ukraine")
S("VRT NWS", "media")
E.article("vrt", "VRT NWS", "https://www.vrt.be/vrtnws/nl/2022/03/25/al-135-kinderen-gedood-in-oekraine-medewerkers-tsjernobyl-rak/", "2022-03-25", "nl",
          None, {"cc": {"outlet": "stadsbestuur van Marioepol", "title": "Telegram-kanaal"}, "ua": {"outlet": "Een Oekraïense instantie"}})
vrt_300 = E.c("stadsbestuur van Marioepol", "doden", "gevallen bij de Russische luchtaanval op een theater", "ongeveer 300", it=TOLL, iv=(270, 330), st=CC300, sp=CC,
              qualifiers=["ooggetuigen", "niet duidelijk of de hulpverleners klaar waren"], via="cc")
vrt_1300 = E.c("Een Oekraïense instantie", "mensen", "in het theater aan het schuilen", "zo'n 1.300", it=SHELT, iv=(1170, 1430), sp="a Ukrainian body (VRT)", via="ua")
vrt_kids = E.c("VRT NWS", "kinderen", "gedood in Oekraïne", "135", it="ukraine-2022-children-killed", ev="ukraine-2022-children-killed", sp="VRT NWS",
               qualifiers=["national total since the invasion (headline)"])

# 24 CBC (AP), May 2022
S("The Associated Press", "media", ["AP", "Associated Press"])
S("Mariupol city officials", "state", [], "Ukraine")
S("Organization for Security and Co-operation in Europe", "ngo", ["OSCE"])
E.article("cbc", "CBC News (AP)", "http://amp.cbc.ca/news/world/investigation-death-count-mariupol-theatre-1.6440722", None, "en",
          "Investigation suggests 600 died in Russian attack on Mariupol theatre",
          {"ap": {"outlet": "The Associated Press", "title": "investigation"}, "cc": {"outlet": "Mariupol city officials"},
           "osce": {"outlet": "Organization for Security and Co-operation in Europe"}})
cbc_600 = E.c("The Associated Press", "people", "died in the Russian airstrike on the Mariupol drama theatre", "Close to 600", it=TOLL, iv=(540, 600), st=AP600, sp=APS,
              when="March 16", via="ap")
cbc_300 = E.c("Mariupol city officials", "initial estimate", "of deaths", "300", it=TOLL, iv=300, st=CC300, sp=CC, qualifiers=["the city government's initial estimate"], via="cc")
cbc_kit = E.c("The Associated Press", "people", "at the field kitchen outside the building, everyone there died", Q("upward of 100", 100, None, "lower_bound"), it=KITCH, iv=(101, INF), st=AP600, sp=APS,
              via="ap")
cbc_1000 = E.c("The Associated Press", "people", "were in the theatre at the time", "around 1,000", it=SHELT, iv=(900, 1100), st=AP600, sp=APS, qualifiers=["most accounts"],
               via="ap")
cbc_200 = E.c("The Associated Press", "people escape alive", "saw", "no more than 200", it=SURV, iv=(0, 200), st=AP600, sp=APS, via="ap")
cbc_c130 = E.c("Mariupol city officials", "survivors", "estimates", "130", it=SURV, iv=130, sp=CC, via="cc")
cbc_o150 = E.c("Organization for Security and Co-operation in Europe", "survivors", "estimates", "150", it=SURV, iv=150, sp="OSCE", via="osce")

# 25 Babel (English), 4 May 2022
S("Associated Press", "media", ["AP"])
E.article("bab2", "Babel", "https://babel.ua/en/news/78335-associated-press-an-air-strike-on-the-mariupol-drama-theater-killed-about-600-people", "2022-05-04", "en",
          "Associated Press: an air strike on the Mariupol Drama Theater killed about 600 people", {"ap": {"outlet": "Associated Press", "title": "investigation"}})
bab2_600 = E.c("Associated Press", "people", "could have died inside and outside the building", "about 600", it=TOLL, iv=(540, 660), st=AP600, sp=APS, when="March 16",
               via="ap")
bab2_kit = E.c("Associated Press", "people in the field kitchen near the theater", "no one survived", "at least 100", it=KITCH, iv=(100, INF), st=AP600, sp=APS, via="ap")
bab2_200 = E.c("Associated Press", "people escape alive", "no one saw more than", "200", it=SURV, iv=(0, 200), st=AP600, sp=APS, via="ap")
bab2_nomil = E.c("Associated Press", "the Ukrainian military operating inside the building", "None of the witnesses saw", polarity="denied", it=MIL, lab=NOMIL, st=AP600,
                 sp=APS, qualifiers=["denies Russia's allegations that the theater was destroyed by Ukrainian defense forces or served as a military base"], via="ap")

# 26 RFE/RL, May 2022
S("RFE/RL", "media")
S("Ukrainian officials", "state", [], "Ukraine")
E.article("rfe", "RFE/RL", "https://rferl.org/amp/ukraine-mariupol-600-dead-ap-investigation/31835506.html", None, "en",
          "AP Investigation Shows Around 600 Dead In Russian Strike On Mariupol Theater",
          {"ap": {"outlet": "The Associated Press", "title": "investigation"}, "off": {"outlet": "Ukrainian officials"}})
rfe_600 = E.c("The Associated Press", "civilians", "died", "about 600", it=TOLL, iv=(540, 660), st=AP600, sp=APS, when="March 16", via="ap")
rfe_300 = E.c("Ukrainian officials", "people", "died in the attack", "at least 300", it=TOLL, iv=(300, INF), st=CC300, sp=CC, via="off")

# 27 ERR (Estonian public broadcasting), May 2022
S("Associated Press", "media", ["AP"])
S("ERR", "media")
E.article("err", "ERR", "https://www.err.ee/1608586663/ap-mariupoli-teatri-pommitamises-hukkus-600-inimest", None, "et",
          "AP: Mariupoli teatri pommitamises hukkus 600 inimest", {"ap": {"outlet": "Associated Press", "title": "uuring"}})
err_600 = E.c("Associated Press", "inimest", "hukkus", Q("ligi 600", 600, 600, "nearly"), it=TOLL, iv=(540, 600), st=AP600, sp=APS, place="hoones ja väljaspool seda", via="ap")
err_300 = E.c("ERR", "hukkunust", "räägiti", "300", it=TOLL, iv=300, st=CC300, sp="ERR", hedge="esialgu")

# 28 Kyiv Independent, 30 Jun 2022 (Amnesty)
S("Amnesty International", "ngo", ["Amnesty"])
S("Mariupol officials", "state", [], "Ukraine")
E.article("ki", "The Kyiv Independent", "https://kyivindependent.com/uncategorized/amnesty-international-concludes-mariupol-theater-attack-was-a-clear-war-crime", None, "en",
          "Amnesty International concludes Mariupol theater attack was a clear war crime",
          {"amn": {"outlet": "Amnesty International", "title": "investigation"}, "cc": {"outlet": "Mariupol officials"}})
ki_doz = E.c("Amnesty International", "people", "killing", "dozens", it=TOLL, iv=(24, 99), st=AMNR, sp=AMN, actor="Russian military forces", via="amn")
ki_b500 = E.c("Amnesty International", "two 500 kilogram bombs", "dropped", it=WEAP, lab=B500, st=AMNR, sp=AMN, actor="Russian fighter aircraft",
              hedge="almost certainly", via="amn")
ki_ru = E.c("Amnesty International", "a war crime", "committed", it=PERP, lab=RU, st=AMNR, sp=AMN, actor="Russian military forces", via="amn")
ki_300 = E.c("Mariupol officials", "dead", "estimated", "around 300", it=TOLL, iv=(270, 330), st=CC300, sp=CC, hedge="initially", via="cc")

# 29 godudunews (German), mid-2022 (Amnesty)
S("Julia Dukhro", "ngo", ["Amnesty International Deutschland"])
S("godudunews", "media")
E.article("god", "godudunews", "https://godudunews.pages.dev/posts/der-anschlag-von-mariupol-war-laut-amnesty-international-ein-kriegsverbrechen-", None, "de",
          "Der Anschlag von Mariupol war laut Amnesty International ein Kriegsverbrechen",
          {"amn": {"outlet": "Amnesty International", "title": "Bericht"}, "duk": {"outlet": "Julia Dukhro"}})
god_12 = E.c("Amnesty International", "Menschen", "getötet", "mindestens 12", it=TOLL, iv=(12, INF), st=AMNR, sp=AMN, qualifiers=["„viele andere“ schwer verletzt"],
             via="amn")
god_inj = E.c("Amnesty International", "andere", "schwer verletzt", "viele", it=INJ, sp=AMN, qualifiers=["no figure given"], via="amn")
god_ru = E.c("Julia Dukhro", "Der Angriff auf das Theater in Mariupol", "ist ein Kriegsverbrechen russischer Truppen", it=PERP, lab=RU, sp=AMN, actor="russischer Truppen",
             via="duk")
god_b500 = E.c("godudunews", "zwei 500-kg-Bomben", "warfen ab", it=WEAP, lab=B500, sp="godudunews", hedge="Wahrscheinlich")
god_hund = E.c("godudunews", "Zivilisten", "getötet worden sein", "mehrere hundert", it=TOLL, iv=(200, 999), sp="media estimates (godudunews)",
               qualifiers=["nach bisherigen Medienschätzungen und Ermittlungen"])

# 30 Euronews (Italian), 30 Jun 2022 (Amnesty)
S("Joanne Mariner", "ngo", ["Amnesty International"])
E.article("eun", "Euronews (italiano)", "https://it.euronews.com/2022/06/30/rapporto-di-amnesty-sul-bombardamento-di-mariupol", "2022-06-30", "it",
          "Rapporto di Amnesty sul bombardamento di Mariupol",
          {"amn": {"outlet": "Amnesty International", "title": "rapporto"}, "mar": {"outlet": "Joanne Mariner"}})
eun_12 = E.c("Amnesty International", "corpi", "sono stati identificati", Q("solo 12", 12, 12, "exact"), it=TOLL, iv=(12, INF), st=AMNR, sp=AMN,
             qualifiers=["un bilancio credibile e definitivo non sarà probabilmente mai noto"], via="amn")
eun_1000 = E.c("Joanne Mariner", "civili", "si erano rifugiati lì", "almeno un migliaio", it=SHELT + "-before", iv=(1000, INF), sp=AMN,
               qualifiers=["nelle settimane precedenti l'attacco"], via="mar")
eun_b500 = E.c("Amnesty International", "due bombe di almeno 500 chili", "colpito da", it=WEAP, lab=B500, st=AMNR, sp=AMN, via="amn")
eun_nomil = E.c("Joanne Mariner", "un sito civile", "non usato per fini militari", it=MIL, lab=NOMIL, sp=AMN, via="mar")

# 31 La Stampa, 30 Jun 2022 (Amnesty)
S("La Russia", "state", [], "Russia")
E.article("ls", "La Stampa", "https://www.lastampa.it/esteri/2022/06/30/news/amnestyinternational_inchioda_mosca_crimine_di_guerra_lattacco_russo_al_teatro_di_mariupol_600_civili_uccisi-5427863/",
          "2022-06-30", "it", None,
          {"amn": {"outlet": "Amnesty International", "title": "report"}, "ru": {"outlet": "La Russia"}})
ls_del = E.c("Amnesty International", "il teatro usato come rifugio", "presero di mira deliberatamente", it=DELIB, lab=DEL, st=AMNR, sp=AMN,
             actor="due attacchi aerei russi", when="16 marzo", via="amn")
ls_nomil = E.c("Amnesty International", "il Donetsk Academic Regional Drama Theater", "fosse una base operativa per i soldati ucraini", polarity="denied", it=MIL, lab=NOMIL,
               st=AMNR, sp=AMN, qualifiers=["non c'è alcuna indicazione"], via="amn")
ls_mil = E.c("La Russia", "il teatro", "era una base operativa per i soldati ucraini", it=MIL, lab=FIGHT, sp="Russia (La Stampa)", qualifiers=["come invece ha sostenuto la Russia"], via="ru")

# 32 Rossiyskaya Gazeta, 13 Apr 2022
S("Юрий Бухарев", "state", ["представитель Народной милиции ДНР"], "DPR")
S("Минобороны России", "state", ["военное ведомство"], "Russia")
E.article("rg", "Российская газета", "https://rg.ru/amp/2022/04/13/dramteatr-v-mariupole-byl-podorvan-iznutri.html", "2022-04-13", "ru",
          "Драмтеатр в Мариуполе был подорван изнутри",
          {"buk": {"outlet": "Юрий Бухарев"}, "mod": {"outlet": "Минобороны России"}})
rg_ins = E.c("Юрий Бухарев", "подрыв", "произошел изнутри здания", it=WEAP, lab=INSIDE, st=BUKH, sp="DPR militia",
             quote="По характеру взрыва можно уверенно сказать, что подрыв произошел изнутри здания.", via="buk")
rg_azov = E.c("Юрий Бухарев", "Взрыв драмтеатра в Мариуполе", "был произведен", it=PERP, lab=AZOV, st=BUKH, sp="DPR militia", actor="боевиками националистического полка \"Азов\"",
              via="buk")
rg_den = E.c("Минобороны России", "никаких ударов по наземным целям", "российская авиация выполняла", polarity="denied", it=DENY, lab=NOT_RU, st=MODDEN, sp=MOD,
             qualifiers=["в этот день"], via="mod")

# 33 Mail.ru News (Russian), later
S("Минобороны РФ", "state", ["оборонное ведомство"], "Russia")
S("Юрий Бухарев", "state", ["представитель Народной милиции ДНР"], "DPR")
E.article("mail", "Новости Mail.ru", "https://news.mail.ru/society/69269658/", None, "ru", None,
          {"mod": {"outlet": "Минобороны РФ"}, "buk": {"outlet": "Юрий Бухарев"}})
mail_azov = E.c("Минобороны РФ", "драмтеатр в Мариуполе", "был взорван", it=PERP, lab=AZOV, st=MODDEN, sp=MOD, actor="националистами «Азова»", when="16 марта 2022 года", via="mod")
mail_den = E.c("Минобороны РФ", "никаких ударов по наземным целям", "российская авиация выполняла", polarity="denied", it=DENY, lab=NOT_RU, st=MODDEN, sp=MOD, via="mod")
mail_host = E.c("Минобороны РФ", "мирные жители", "могли находиться в заложниках", it=MIL, lab=HOST, st=MODDEN, sp=MOD, via="mod")
mail_ins = E.c("Юрий Бухарев", "эпицентр взрыва", "находился внутри здания", it=WEAP, lab=INSIDE, st=BUKH, sp="DPR militia", qualifiers=["а не снаружи"], via="buk")

# 34 Glavcom, 16 Mar 2023 (anniversary)
S("Главком", "media", ["Glavcom"])
E.article("gl", "Главком", "https://glavcom.ua/country/incidents/zahinuli-sotni-meshkantsiv-mista-richnitsja-aviaudaru-rosijan-po-dramteatru-u-mariupoli-914738.html",
          None, "uk", "Загинули сотні мешканців міста: річниця авіаудару росіян по драмтеатру у Маріуполі")
gl_range = E.c("Главком", "людей", "загинули", Q("від 300 до 600", 300, 600, "range"), it=TOLL, iv=(300, 600), sp="Glavcom", qualifiers=["За різними даними"])
gl_ru = E.c("Главком", "Маріупольському драмтеатру", "завдали авіаудару", it=PERP, lab=RU, sp="Glavcom", actor="росіяни")

# 35 CultureRU (Moscow Times text), May 2022
S("Vadym Boichenko", "state", ["mayor"], "Ukraine")
E.article("cru", "CultureRU", "https://cultureru.com/up-to-600-dead-in-mariupol-theater-airstrike-investigation", None, "en",
          "Up to 600 dead in Mariupol theater airstrike: investigation",
          {"ap": {"outlet": "Associated Press", "title": "investigation, Wednesday"}, "boi": {"outlet": "Vadym Boichenko"}})
cru_600 = E.c("Associated Press", "people", "could have been killed", "As many as 600", it=TOLL, iv=(0, 600), st=AP600, sp=APS, via="ap")
cru_21k = E.c("Vadym Boichenko", "people", "have died in Mariupol since the start of the war", "Around 21,000", it=CITY, iv=(18900, 23100), ev=CITY, sp=CC, via="boi")

# -- pairs across items, by hand --------------------------------------------------------------------
P = E.pair
RU_SAY = [c for c in (np1_ru, ts_kul, lg1_ru, cen_ru, ki_ru, god_ru, gl_ru)]     # perpetrator: a Russian strike
RU_WEAP = [mona_bomb, lg1_bomb, aj_bomb, nd_b1000, ki_b500, god_b500, eun_b500, eme_arty]  # weapons of a Russian attack from outside
RU_DEL = [aj_del, bab1_del, ls_del]                                                        # a deliberate Russian strike
RU_TOLL_ACTOR = [lg2_300, noz_300, cen_300, ela_300, vrt_300, pcg_300, cbc_600, ki_doz]   # tolls that name the Russian aircraft / attack
DENIALS = [np1_den, ypa_den, fi_den, atl_den, ts_den, lg2_den, wat_den, rg_den, mail_den]    # Russia denies the strike
AZOVS = [ypa_azov, dm_azov, tg_azov, atl_azov, ts_azov, lg2_azov, pcg_azov, rg_azov, mail_azov]
INS = [dm_ins, rg_ins, mail_ins]
# Russia's denials and the Azov account against the weapons, intent and tolls of a Russian air strike (guidelines §5:
# a denial of what the other entails; different perpetrators of the same act)
for a in DENIALS + AZOVS:
    for b in RU_WEAP + RU_DEL + RU_TOLL_ACTOR:
        P(a, b, "contradicts", "Russia denies the strike / Azov blew the building up vs a claim of a Russian air strike (weapon, intent or toll naming it): different perpetrators")
for a in DENIALS:
    for b in RU_SAY:
        P(a, b, "contradicts", "Russia denies carrying out the strike vs a claim that Russian forces struck the theatre: assertion and denial")
for a in INS:
    for b in RU_SAY + RU_DEL + RU_TOLL_ACTOR:
        P(a, b, "contradicts", "explosives set off inside the building (by Azov) vs a Russian air strike: exclusive accounts of the same destruction")
for a in (ypa_targ, dm_targ):
    for b in RU_SAY + RU_TOLL_ACTOR:
        P(a, b, "contradicts", "the theatre was never a Russian target vs a claim that Russia struck it: assertion and denial")
# military use of the theatre: Russia's hostage / fighters claims entail Azov's presence; AP and Amnesty deny it (derived within MIL)
# the Kremlin's 'bombing justified by fighters' concedes a strike: against the MoD's denial of any strike
for d in DENIALS:
    P(pcg_kr, d, "contradicts", "the Kremlin justifies the bombing by fighters' presence vs the defence ministry's denial of any strike: one says the strike happened")

# "other sources" speak of a missile: an attack from outside, against Azov blowing the building up (the weapon item gives the rest)
for a in AZOVS:
    P(nd_rock, a, "contradicts", "a missile strike vs Azov blew up the mined building: different perpetrators / exclusive accounts")
for a in (ypa_targ, dm_targ):
    for b in RU_WEAP:
        P(a, b, "contradicts", "the theatre was never a Russian target vs a Russian bomb / shell on it: assertion and denial")
# Zelensky's later "more than 130 rescued" against the 130 of 17 March: a count that grew as the rescue went on, not disjoint accounts
for b in (std_130, aj_130, pcg_130, cbc_c130):
    P(ela_130, b, "compatible", "more than 130 rescued (Zelensky, about a week later) vs 130 rescued (17 March): a later, larger count of a rescue still going on")
# AP denies that Ukrainian forces destroyed the theatre or used it; the Kremlin's "bombing" concedes a strike from outside
for a in AZOVS + INS:
    P(bab2_nomil, a, "contradicts", "AP: no Ukrainian military in the theatre, Russia's claim that Ukrainian forces destroyed it rejected vs Azov blew it up from inside")
    P(pcg_kr, a, "contradicts", "the Kremlin justifies the bombing (a strike happened) vs Azov blew up the mined building: exclusive accounts")
# the shelter held (17 March) and the first council toll of no dead vs later tolls: the shelter claims are about the basement, not a toll
for h in (atl_held, ntv_held, ntv_tar, lg1_tar):
    P(h, cen_300, "unrelated", "the basement shelter held (17 Mar) vs about 300 killed (25 Mar): other item (the shelter's fate, not the toll)")
# survivors vs sheltering vs dead: other items of the same incident
P(cbc_200, cbc_1000, "unrelated", "no more than 200 seen escaping vs about 1,000 inside: other item (survivors vs people inside)")
P(cbc_kit, cbc_600, "unrelated", "upward of 100 dead at the field kitchen vs close to 600 dead in all: a part and its total")
P(bab2_kit, bab2_600, "unrelated", "at least 100 dead at the field kitchen vs about 600 in all: a part and its total")
P(wat_150, wat_300, "unrelated", "150 survivors vs at least 300 dead: other item")
P(pcg_130, pcg_300, "unrelated", "about 130 rescued vs about 300 dead: other item")
P(rtc_inj, rtc_0, "unrelated", "one seriously wounded vs no dead: other item (wounded vs dead)")
P(god_inj, god_12, "unrelated", "many seriously wounded vs at least 12 killed: other item")
# hard negatives: other incidents
P(tg_cher, np1_den, "unrelated", "the Chernihiv bread-queue deaths (same day, other city) vs the denial of the theatre strike")
P(tg_cher, god_12, "unrelated", "at least 10 killed in Chernihiv vs at least 12 killed at the theatre: same day, other place")
P(lg2_art, cbc_1000, "unrelated", "about 400 sheltering in the art school (20 Mar) vs about 1,000 in the theatre: same city, other incident")
P(lg2_art, lg2_300, "unrelated", "the art school shelter (other day) vs the theatre toll")
P(cru_21k, cru_600, "unrelated", "about 21,000 killed in Mariupol during the siege vs the theatre's toll: a total against one incident")
P(cru_21k, cen_300, "unrelated", "the city's siege toll vs the theatre's toll: a total against one incident")
P(vrt_kids, vrt_300, "unrelated", "135 children killed in Ukraine (national total) vs about 300 killed at the theatre: other item")
P(std_hous, std_1000, "unrelated", "80-90% of the city's houses destroyed vs up to 1,000 sheltering in the theatre: other item")

E.aggregate(cru_21k, ["mariupol-2022"])
E.aggregate(vrt_kids, ["mariupol-2022"])
E.write()
