from lib import Event, INF, Q

E = Event("elade-2016")
S = E.src
TOLL = "toll"          # Kenyan (AMISOM) soldiers killed in the El Adde attack of 15 Jan 2016
NOFIG = "nofig"        # Kenya's (and AMISOM's) not giving a toll
BASE = "base"          # what was overrun on 15 Jan: the Kenyan AMISOM base, or only a Somali army camp
CAPT = "capt"          # Kenyan soldiers taken alive
METH = "meth"          # how the assault began
SHLOSS = "shloss"      # al-Shabaab's own losses in the attack
GARR = "garr"          # how many Kenyan soldiers were in the camp
PERP = "perp"          # who did it
ALLD = "alld"          # all the dead (not only Kenyan soldiers)
WDR = "wdr"            # the Kenyan pull-out from El Adde, about 26 Jan (another day)
AIR = "air"            # Kenyan air strikes on El Adde town after the attack
KOLB = "kolb"          # the Kolbiyow attack, 27 Jan 2017 (another incident)

# event times the model cannot read as written (a time zone, German or Spanish weekdays, no year on an undated page,
# a phrase that is no time): kept as qualifiers, as the earlier annotators did
E.bad_when = {"vers 1h GMT", "vendredi 15 janvier", "ce dimanche", "Freitag", "Freitagmorgen", "Dienstag (26.01.2016)", "el viernes",
              "a primeras horas del viernes", "last month", "last April", "dawn ambush", "early Tuesday", "since Friday's attack",
              "ce matin"}
E.exclusive = {BASE, SHLOSS}

# -- statements relayed by several articles (echo) -----------------------------------
SH63 = "al-Shabaab's claim of Fri 15 Jan 2016 (63 Kenyan soldiers killed, the base taken; spokesman Abu Musab / Abu Mudan, radio Andalus)"
SH61 = "al-Shabaab spokesman Abdiasis Abu Musab to Reuters, Fri 15 Jan 2016 (61 soldiers' bodies counted and gathered in the base)"
SH100 = "al-Shabaab's statement of Sun 17 Jan 2016 (more than 100 Kenyan soldiers killed, soldiers captured alive, weapons and vehicles seized)"
SHCTL = "al-Shabaab's claim of Fri 15 Jan 2016 (the whole town and the base in its hands)"
SP180 = "Somali president Hassan Sheikh Mohamud on Somali Cable TV, Feb 2016 ('180 or close to 200 soldiers ... killed in one day')"
KDF180 = "KDF spokesman Col. David Obonyo, Thu 25 Feb 2016 (the Somali president's figure is untrue, beyond a company size)"
KDF15 = "KDF spokesman Col. David Obonyo's communiqué of Fri 15 Jan 2016 (an SNA camp was overrun, Kenyan troops counter-attacked; losses on each side unknown)"
KGDISP = "the Kenyan government and AMISOM disputing al-Shabaab's figure as propaganda (Xinhua, 17 Jan 2016)"
HERSI = "Somali commander Aden Ahmed Hersi, Fri 15 Jan 2016 (15 Kenyan soldiers killed)"
IDRIS = "Somali army Col. Idris Ahmed to AFP, Fri 15 Jan 2016 (offensive on the base, heavy fighting and losses, a suicide bomber, the base apparently stormed)"
AJ50 = "Al Jazeera's report of Fri 15 Jan 2016 (at least 50 Kenyan soldiers killed)"
BBC60 = "BBC's report of Fri 15 Jan 2016 (at least 60 Kenyan soldiers died)"
KEN15 = "President Kenyatta's statement of Fri 15 Jan 2016 (some of our patriots in uniform paid the ultimate price)"
MWA17 = "Gen. Samson Mwathethe to the press, Sun 17 Jan 2016 (search, rescue and recovery operation)"
MWA21 = "Gen. Samson Mwathethe's press conference of Thu 21 Jan 2016 (DNA tests before any toll; camp recaptured; three VBIEDs)"
OMAMO = "Defence Cabinet Secretary Raychelle Omamo after the attack (a company-size force; VBIEDs driven by suicide bombers)"
SHWD = "al-Shabaab spokesman Abu Musab to Reuters, Tue 26 Jan 2016 (El Adde captured peacefully)"
KDFWD = "KDF spokesman Obonyo, 26 Jan 2016 (the troops vacated the camp and are stationed nearby)"

# -- sources --------------------------------------------------------------------------
S("colonel Idris Ahmed", "state", ["responsable militaire somalien"], "Somalia")
S("les Shebab", "armed_group", ["Shebab", "al-Shabaab"], "al-Shabaab")
S("Cheikh Abdulaziz Abu Musab", "armed_group", ["porte-parole des Shebab"], "al-Shabaab")
S("colonel David Obonyo", "state", ["porte-parole de l'armée kényane"], "Kenya")
S("Hussein Adam", "witness", ["chef traditionnel d'un village proche"])
S("Uhuru Kenyatta", "state", ["président kényan"], "Kenya")
S("Cheikh Abdiassis", "armed_group", ["Porte-parole des Shebab"], "al-Shabaab")
S("Col David Obonyo", "state", ["armée kenyane"], "Kenya")
S("Cheikh Abdiassis Abou Moussab", "armed_group", ["porte-parole du mouvement"], "al-Shabaab")
S("Shebab", "armed_group", ["islamistes somaliens Shebab"], "al-Shabaab")
S("Samson Mwathethe", "state", ["chef militaire", "chef de l'armée kényane"], "Kenya")
S("sites internet islamistes somaliens", "other", [])
S("RFI", "media", [])
S("Les autorités kenyanes", "state", ["Nairobi"], "Kenya")
S("mohamed Hussein Al-Qadi", "state", ["stellvertretender Gouverneur der Provinz Gedo"], "Somalia")
S("Al-Shabaab", "armed_group", ["Terrormiliz Al-Shabaab"], "al-Shabaab")
S("Aden Ahmed Hersi", "state", ["ranghoher somalischer Kommandeur"], "Somalia")
S("AU-Kommandeur in Mogadischu", "international_org", ["AU"], "AMISOM")
S("al-Schabab-Sprecher Scheich Abdiasis Abu Musab", "armed_group", ["al-Schabab"], "al-Shabaab")
S("Associated Press", "media", ["AP"])
S("Al-Schabaab", "armed_group", [], "al-Shabaab")
S("Die Regierung in Nairobi", "state", [], "Kenya")
S("Kenia", "state", ["kenianische Armee"], "Kenya")
S("Schabab-Miliz", "armed_group", ["Schabab"], "al-Shabaab")
S("kenianische Armee", "state", ["Armeesprecher Paul Njuguna"], "Kenya")
S("Abdirazak Hussein", "state", ["comandante del ejército de la Región de Gedo"], "Somalia")
S("Ahmed Naaleeye", "witness", ["residente de El-Adde"])
S("Al Shabaab", "armed_group", ["Al-Shabaab"], "al-Shabaab")
S("Al Jazeera", "media", [])
S("al-Shabaab", "armed_group", ["terroristi di al-Shabaab"], "al-Shabaab")
S("portavoce dell'esercito keniota", "state", ["esercito keniota"], "Kenya")
S("al-Jazeera", "media", [])
S("BBC", "media", ["BBC News"])
S("Abdiasis Abu Musab", "armed_group", ["purtătorul de cuvânt al operaţiunilor militare Al-Shabaab"], "al-Shabaab")
S("حركة الشباب", "armed_group", ["الحركة"], "al-Shabaab")
S("الكولونيل أدين أحمد هيرسي", "state", [], "Somalia")
S("الكولونيل ديفيد اوبونيو", "state", ["المتحدث باسم الجيش الكيني"], "Kenya")
S("الكولونيل إدريس أحمد", "state", ["المسؤول العسكري الصومالي"], "Somalia")
S("الشباب", "armed_group", [], "al-Shabaab")
S("السلطات في نيروبي", "state", [], "Kenya")
S("ألجنرال سمسون مواتيتي", "state", ["رئيس أركان حرب القوات المسلّحة في كينيا"], "Kenya")
S("Al-Shabaab statement", "armed_group", ["al-Shabaab", "Mujahideen's military department"], "al-Shabaab")
S("Kenyan government and Amisom officials", "state", ["Kenyan government", "Amisom"], "Kenya")
S("Al shabaab spokesman", "armed_group", ["Abu Musab"], "al-Shabaab")
S("Somalian Al Shabaab militant group", "armed_group", ["Al Shabaab"], "al-Shabaab")
S("Military headquarters in Nairobi", "state", ["Kenya Defence Forces", "KDF"], "Kenya")
S("President Uhuru Kenyatta", "state", ["Commander-in-Chief"], "Kenya")
S("security sources", "state", ["source"], "Kenya")
S("Joseph Nkaiserry", "state", ["Interior Cabinet Secretary"], "Kenya")
S("al Shabaab", "armed_group", [], "al-Shabaab")
S("David Obonyo", "state", ["spokesman for the Kenya Defence Forces"], "Kenya")
S("General Samson Mwathethe", "state", ["Chief of Defence Forces"], "Kenya")
S("Hassan Sheikh Mohamud", "state", ["Somalia's President", "President Mohamud"], "Somalia")
S("Raychelle Omamo", "state", ["Defence Cabinet Secretary"], "Kenya")
S("Col David Obonyo", "state", ["KDF spokesman"], "Kenya")
S("Daud Awes", "state", ["spokesman of the Somalia President", "Hassan Mohamud"], "Somalia")
S("Kenya", "state", ["Kenyan government"], "Kenya")
S("Kenya's army", "state", ["Kenyan military"], "Kenya")
S("The Islamist militant group", "armed_group", ["al-Shabab"], "al-Shabaab")
S("The Star", "media", [])
S("Saleh An-Nabhani Battalion", "armed_group", ["Al Shabaab faction"], "al-Shabaab")
S("Andrew Franklin", "other", ["Kenya based security analyst"])
S("The militant group", "armed_group", ["Al-Shabaab"], "al-Shabaab")
S("residents of neighbouring villages", "witness", [])
S("Xogdoon News", "media", [])
S("different accounts", "other", [])
S("resident of El-Adde town", "witness", ["residents"])
S("Somali military official", "state", [], "Somalia")
S("Colonel Farah Surow", "state", ["senior military officer"], "Somalia")
S("Paul Njuguna", "state", ["AMISOM spokesman"], "AMISOM")
S("Kenyan officials", "state", [], "Kenya")
S("extremist group al-Shabab", "armed_group", [], "al-Shabaab")
S("الجيش الكيني", "state", [], "Kenya")
S("Kenyan military", "state", ["KDF"], "Kenya")
S("Mapsofworld", "media", [])
S("BuzzKenya", "media", [])
S("örtlicher Beamter", "other", [])
for _o in ("Jeune Afrique", "Bamada.net", "neues deutschland", "Gebende Hände", "Pueblo en Línea", "Il Fatto Quotidiano", "LaPresse", "صحيفة مكة",
           "Celebcafe", "Daily Nation", "The Standard", "Africa Uncensored", "Gedo Times", "محيط", "BBC News", "Der Spiegel"):
    S(_o, "media", [])
S("a Kenyan newspaper", "media", [])
S("Barre", "state", ["official"], "Somalia")

# 1 Jeune Afrique (AFP), 15 Jan 2016
E.article("jea", "Jeune Afrique", "https://www.jeuneafrique.com/293946/politique/somalie-camp-de-lunion-africaine-attaque-shebab-plusieurs-morts/",
          "2016-01-15", "fr", None,
          {"idr": {"outlet": "colonel Idris Ahmed", "wire": "AFP"}, "sh": {"outlet": "Shebab", "title": "revendication"},
           "kdf": {"outlet": "colonel David Obonyo", "title": "communiqué", "published": "2016-01-15"},
           "wit": {"outlet": "Hussein Adam"}})
jea_idr = E.c("colonel Idris Ahmed", "une base militaire à El-Adde", "ont lancé une offensive contre", None, it=METH, lab="assault on the base", st=IDRIS,
              actor="les Shebab", place="El-Adde, région de Gedo", quote="« Un kamikaze s'est fait exploser avant que les islamistes ne lancent l'assaut »", via="idr")
jea_idr2 = E.c("colonel Idris Ahmed", "la base", "semble qu'ils aient pénétré dans", None, it=BASE, lab="base overrun", st=IDRIS, hedge="il semble",
               actor="les Shebab", place="El-Adde", qualifiers=["troupes somaliennes et kényanes stationnées"], via="idr")
jea_63 = E.c("les Shebab", "soldats kényans", "avoir tué", "63", it=TOLL, iv=63, st=SH63, sp="al-Shabaab", actor="les Shebab", place="El-Adde",
             qualifiers=["un bilan impossible à vérifier de manière indépendante"], via="sh")
jea_ctl = E.c("les Shebab", "la position", "pris le contrôle de", None, it=BASE, lab="base overrun", st=SHCTL, sp="al-Shabaab", place="El-Adde", via="sh")
jea_many = E.c("Cheikh Abdulaziz Abu Musab", "soldats chrétiens du Kenya", "ont tué beaucoup de", "beaucoup", it=TOLL, iv=(2, INF), sp="al-Shabaab",
               quote="« Les moudjahidines ont mené une opération réussie ce matin sur une base militaire d'El-Adde et ont tué beaucoup de soldats chrétiens du Kenya »", via="sh")
jea_sna = E.c("colonel David Obonyo", "un camp de l'Armée nationale somalienne (SNA)", "était l'installation attaquée", None, it=BASE, lab="SNA camp overrun, Kenyan base not taken",
              st=KDF15, sp="Kenya", place="proche de celui des troupes kényanes de l'Amisom", when="vers 1h GMT",
              quote="« Le camp de la SNA a été envahi et les troupes kényanes ont contre-attaqué pour soutenir la SNA »", via="kdf")
jea_unk = E.c("colonel David Obonyo", "le bilan des pertes de chaque côté", "est inconnu", None, it=NOFIG, lab="toll unknown / not given", st=KDF15, sp="Kenya",
              qualifiers=["no figure given"], via="kdf")
jea_amf = E.c("Jeune Afrique", "l'Amisom", "n'a pour l'heure fourni aucun bilan", None, it=NOFIG, lab="toll unknown / not given", qualifiers=["no figure given"])

# 2 Mauriweb (AFP), 16 Jan 2016
E.article("mau", "Mauriweb", "http://mauriweb.info/node/1098", "2016-01-16", "fr", "Somalie: les shebab attaquent une base kényane de la force africaine",
          {"ken": {"outlet": "Uhuru Kenyatta", "title": "communiqué", "published": "2016-01-15"},
           "idr": {"outlet": "colonel Idris Ahmed", "wire": "AFP"}, "sh": {"outlet": "Cheikh Abdulaziz Abu Musab"}})
mau_ken = E.c("Uhuru Kenyatta", "certains de nos patriotes en uniforme", "ont payé le prix ultime", None, it=TOLL, iv=(1, INF), st=KEN15, sp="Kenya",
              qualifiers=["sans donner aucun bilan"], when="vendredi", via="ken")
mau_att = E.c("Uhuru Kenyatta", "un camp de l'Amisom à El-Adde tenu par les Forces de défense du Kenya", "a attaqué", None, it=PERP, lab="al-Shabaab", st=KEN15,
              actor="le groupe terroriste al-shebab", place="El-Adde, Somalie", when="ce matin", via="ken")
mau_idr = E.c("colonel Idris Ahmed", "la base", "il semble qu'ils aient pénétré dans", None, it=BASE, lab="base overrun", st=IDRIS, hedge="il semble", actor="les islamistes",
              qualifiers=["un kamikaze s'est fait exploser avant l'assaut"], via="idr")
mau_60 = E.c("Cheikh Abdulaziz Abu Musab", "soldats kényans", "ont tué", "une soixantaine", it=TOLL, iv=(55, 65), st=SH63, sp="al-Shabaab", actor="les shebab", via="sh")
mau_63 = E.c("Cheikh Abdulaziz Abu Musab", "corps", "avons compté", "63", it=TOLL, iv=63, st=SH63, sp="al-Shabaab", place="éparpillés à travers la base",
             quote="« Nous avons compté 63 corps éparpillés à travers la base »", qualifiers=["un bilan impossible à vérifier"], via="sh")

# 4 Bamada.net
E.article("bam", "Bamada.net", "http://bamada.net/somalie-des-islamistes-shebab-attaquent-une-base-de-lunion-africaine", None, "fr",
          "Somalie : des islamistes shebab attaquent une base de l'Union africaine",
          {"idr": {"outlet": "colonel Idris Ahmed"}, "sh": {"outlet": "Cheikh Abdiassis Abou Moussab"}, "kdf": {"outlet": "Col David Obonyo", "title": "communiqué"}})
bam_doz = E.c("Bamada.net", "morts", "a fait", "plusieurs dizaines", it=ALLD, iv=(20, INF), place="sud de la Somalie")
bam_61 = E.c("Cheikh Abdiassis Abou Moussab", "corps de soldats (kényans)", "avons dénombré et rassemblé", "61", it=TOLL, iv=61, st=SH61, sp="al-Shabaab",
             qualifiers=["sans que l'information ne soit vérifiable"], via="sh")
bam_60 = E.c("Shebab", "soldats", "avoir tué", "plus d'une soixantaine", it=TOLL, iv=(61, INF), st=SH61, sp="al-Shabaab", via="sh")
bam_sna = E.c("Col David Obonyo", "un camp des forces somaliennes (SNA) voisin d'une base kényane", "est tombé aux mains des jihadistes", None, it=BASE,
              lab="SNA camp overrun, Kenyan base not taken", st=KDF15, sp="Kenya", via="kdf")

# 5 RDC Nouvelles (RFI)
E.article("rdc", "RDC Nouvelles", "https://rdcnouvelles.com/afrique/archives-afrique/2170-somalie-operation-de-recherche-apres-l-attaque-d-une-base-kenyane-par-les-shebab.html",
          None, "fr", None,
          {"sh": {"outlet": "Shebab", "title": "communiqué", "wire": "AFP"}, "mwa": {"outlet": "Samson Mwathethe", "published": "2016-01-17"},
           "web": {"outlet": "sites internet islamistes somaliens"}})
rdc_100 = E.c("Shebab", "envahisseurs kényans", "ont tué", "plus de 100", it=TOLL, iv=(101, INF), st=SH100, sp="al-Shabaab", actor="Les combattants moudjahidines", via="sh")
rdc_cap = E.c("Shebab", "soldats kényans", "ont capturé vivants", None, it=CAPT, iv=(1, INF), st=SH100, sp="al-Shabaab", qualifiers=["n'a pas dit combien"], via="sh")
rdc_12 = E.c("sites internet islamistes somaliens", "soldats kényans", "ont été capturés", "12", it=CAPT, iv=12,
             qualifiers=["impossibles à vérifier de manière indépendante"], via="web")
rdc_nof = E.c("Les autorités kenyanes", "le bilan des victimes", "n'a pas communiqué", None, it=NOFIG, lab="toll unknown / not given", sp="Kenya", qualifiers=["no figure given"])
rdc_150 = E.c("RFI", "soldats kényans", "se trouvait dans cette base", "environ 150", it=GARR, iv=(135, 165), place="El-Adde")

# 6 Agence Afrique
E.article("aga", "Agence Afrique", "https://agenceafrique.com/6370-une-centaine-de-soldats-kenyans-tues-par-les-shebab-en-somalie.html", None, "fr",
          None, {"sh": {"outlet": "les Shebab", "title": "déclaration", "published": "2016-01-17"}})
aga_100 = E.c("les Shebab", "croisés kenyans massacrés dans la base", "nombre total s'est élevé à", "100", it=TOLL, iv=100, st=SH100, sp="al-Shabaab", place="El-Adde, région de Gedo",
              when="vendredi 15 janvier", via="sh")
aga_cap = E.c("les Shebab", "soldats kenyans", "ont capturé", None, it=CAPT, iv=(1, INF), st=SH100, sp="al-Shabaab", via="sh")
aga_dis = E.c("Les autorités kenyanes", "le bilan livré par Les Shebab", "contestant", None, it=None, polarity="denied", st=KGDISP, sp="Kenya",
              qualifiers=["Nairobi n'a pas non plus livré de chiffre officiel"])
aga_5 = E.c("Les autorités kenyanes", "soldats blessés", "seraient rentrés au Kenya", "cinq", it=None, hedge="seraient", when="ce dimanche")

# 7 neues deutschland
E.article("ndt", "neues deutschland", "http://www.neues-deutschland.de/artikel/998159.somalia-ueber-tote-nach-angriff-von-al-shabaab.html", None, "de",
          "Somalia: Über 40 Tote nach Angriff von Al-Shabaab", {"gov": {"outlet": "mohamed Hussein Al-Qadi"}, "sh": {"outlet": "Al-Shabaab", "title": "Bekennerbotschaft"}})
ndt_40 = E.c("mohamed Hussein Al-Qadi", "Menschen", "ums Leben gekommen", "mindestens 40", it=ALLD, iv=(40, INF), place="El-Ade",
             qualifiers=["die meisten der Opfer kenianische AU-Soldaten"], via="gov")
ndt_63 = E.c("Al-Shabaab", "kenianische Soldaten", "getötet zu haben", "63", it=TOLL, iv=63, st=SH63, sp="al-Shabaab", via="sh")
ndt_100f = E.c("örtlicher Beamter", "Kämpfer der sunnitischen Terrorgruppe", "waren an dem Angriff beteiligt", "mehr als hundert", it=None)

# 8 stol.it (dpa), 15 Jan 2016
E.article("stl", "stol.it", "https://www.stol.it/artikel/chronik/somalia-tote-nach-angriff-der-terrormiliz-al-shabaab", "2016-01-15", "de",
          "Somalia: Tote nach Angriff der Terrormiliz Al-Shabaab",
          {"her": {"outlet": "Aden Ahmed Hersi", "wire": "dpa"}, "au": {"outlet": "AU-Kommandeur in Mogadischu", "wire": "dpa"},
           "sh": {"outlet": "Al-Shabaab", "title": "Bekennerbotschaft", "wire": "dpa"}})
stl_15 = E.c("Aden Ahmed Hersi", "kenianische AU-Soldaten", "tot", "15", it=TOLL, iv=15, st=HERSI, sp="Somali army", when="Freitag", qualifiers=["zunächst"], via="her")
stl_au = E.c("AU-Kommandeur in Mogadischu", "Opfer", "noch unklar, wie viele", None, it=NOFIG, lab="toll unknown / not given", sp="AMISOM",
             quote="„Wir haben schrecklichen Neuigkeiten aus El-Ade“", via="au")
stl_63 = E.c("Al-Shabaab", "Kenianer", "getötet zu haben", "63", it=TOLL, iv=63, st=SH63, sp="al-Shabaab", via="sh")

# 9 RT Deutsch (AP, Reuters)
E.article("rtd", "RT Deutsch", "https://deutsch.rt.com/international/36326-al-kaida-ableger-al-schabab/", None, "de",
          "Al-Kaida-Ableger Al-Schabab erobert kenianische Militärbasis in Somalia - Dutzende Tote",
          {"ap": {"outlet": "Associated Press"}, "sh": {"outlet": "al-Schabab-Sprecher Scheich Abdiasis Abu Musab", "wire": "Reuters"}})
rtd_doz = E.c("Associated Press", "Angehörige von Friedenstruppen der Afrikanischen Union", "getötet", "Dutzende", it=TOLL, iv=(20, INF), actor="al-Schabab-Miliz",
              place="Militärbasis im Südwesten von Somalia, El-Ade, Gedo", when="Freitagmorgen", via="ap")
rtd_car = E.c("Associated Press", "Selbstmordanschlag in einem Auto", "wurde begonnen mit", None, it=METH, lab="suicide car bomb at the gate", place="vor der kenianischen Militärbasis", via="ap")
rtd_60 = E.c("al-Schabab-Sprecher Scheich Abdiasis Abu Musab", "kenianische Soldaten", "getötet", "mehr als 60", it=TOLL, iv=(61, INF), st=SH63, sp="al-Shabaab",
             qualifiers=["gemeldet von einem der al-Schabab nahestehenden Online-Radiosender"], via="sh")
rtd_ctl = E.c("al-Schabab-Sprecher Scheich Abdiasis Abu Musab", "die Basis", "nahmen wir ein", None, it=BASE, lab="base overrun", st=SHCTL, sp="al-Shabaab",
              quote="„Unsere Kämpfer drangen ein und nach heftigen Feuergefechten nahmen wir die Basis ein“", via="sh")

# 10 Gebende Hände (Der Standard), 28 Jan 2016
E.article("geh", "Gebende Hände", "https://gebende-haende.de/n4553-70.html", "2016-01-28", "de", "Kenia: Kenia ruft Truppen aus Somalia zurück",
          {"sh": {"outlet": "Al-Schabaab", "wire": "Der Standard"}, "eld": {"outlet": "Die Regierung in Nairobi", "wire": "Der Standard"}})
geh_100 = E.c("Al-Schabaab", "kenianische Soldaten", "fielen dem Angriff zum Opfer", "etwa 100", it=TOLL, iv=(90, 110), st=SH100, sp="al-Shabaab", place="Stützpunkt in El-Ade", via="sh")
geh_nof = E.c("Die Regierung in Nairobi", "Informationen zur Zahl der Opfer", "hält zurück", None, it=NOFIG, lab="toll unknown / not given", sp="Kenya", via="eld")
geh_wd = E.c("Gebende Hände", "kenianische Truppen", "haben den Rückzug angetreten", None, it=WDR, lab="withdrew", ev="elade-2016-withdrawal", place="Badhaade und El-Ade",
             when="Dienstag (26.01.2016)", qualifiers=["versicherten örtliche Stammesälteste"])

# 11 Der Spiegel, January 2017 (Kolbiyow; El Adde as background)
E.article("spg", "Der Spiegel", "http://www.spiegel.de/politik/ausland/terrorangriff-in-somalia-kenias-armee-und-schabab-melden-dutzende-opfer-a-1132094.html", None, "de",
          None,
          {"sh": {"outlet": "Schabab-Miliz"}, "kdf": {"outlet": "kenianische Armee", "title": "Pressemitteilung"}})
spg_k50 = E.c("Schabab-Miliz", "kenianische Soldaten", "getötet", "mehr als 50", it=KOLB, iv=(51, INF), ev="kolbiyow-2017", sp="al-Shabaab", place="Kolbiyow",
              when="Freitagmorgen", qualifiers=["January 2017"], via="sh")
spg_kden = E.c("kenianische Armee", "diese Angaben", "wies als Propaganda zurück", None, it=None, ev="kolbiyow-2017", polarity="denied", place="Kolbiyow", via="kdf")
spg_kkill = E.c("kenianische Armee", "Angreifer", "getötet", "große Anzahl", it=None, ev="kolbiyow-2017", place="Kolbiyow", via="kdf")
spg_ea100 = E.c("Kenia", "kenianische Soldaten", "räumte später ein, getötet wurden", "mehr als 100", it=TOLL, iv=(101, INF), sp="Kenya", place="El-Ade",
                qualifiers=["vor fast genau einem Jahr", "auch damals nannte Kenia zunächst keine Opferzahlen"])

# 12 Pueblo en Línea (Xinhua), 16 Jan 2016
E.article("pel", "Pueblo en Línea", "http://spanish.peopledaily.com.cn/n3/2016/0116/c31618-9004731.html", "2016-01-16", "es",
          None,
          {"gedo": {"outlet": "Abdirazak Hussein", "wire": "Xinhua"}, "res": {"outlet": "Ahmed Naaleeye", "wire": "Xinhua"},
           "sh": {"outlet": "Al Shabaab", "title": "reivindicación"}, "aj": {"outlet": "Al Jazeera"}})
pel_doz = E.c("Pueblo en Línea", "soldados kenianos", "murieron", "Decenas", it=TOLL, iv=(20, INF), actor="Al Shabaab", place="base de El-Adde, región de Gedo", when="el viernes",
              qualifiers=["dijeron oficiales y residentes"])
pel_car = E.c("Abdirazak Hussein", "un coche bomba suicida", "empotraron contra la puerta de la base", None, it=METH, lab="suicide car bomb at the gate",
              place="El-Adde, a unos 93 kilómetros de la frontera keniana", via="gedo")
pel_cas = E.c("Abdirazak Hussein", "bajas entre las dos partes", "hubo", "varias", it=None, via="gedo")
pel_wit = E.c("Ahmed Naaleeye", "una explosión potente", "se produjo", None, it=None, quote="\"Se produjo una explosión potente antes del ataque directo.\"",
              via="res")
pel_63 = E.c("Al Shabaab", "soldados de las Fuerzas de Defensa de Kenia (KDF)", "ha eliminado", "más de 63", it=TOLL, iv=(64, INF), st=SH63, sp="al-Shabaab", via="sh")
pel_ctl = E.c("Al Shabaab", "la base", "ha tomado el control de", None, it=BASE, lab="base overrun", st=SHCTL, sp="al-Shabaab", via="sh")
pel_50 = E.c("Al Jazeera", "soldados kenianos", "murieron", "al menos 50", it=TOLL, iv=(50, INF), st=AJ50, when="a primeras horas del viernes", via="aj")

# 14 Il Post, 15 Jan 2016
E.article("ipo", "Il Post", "http://www.ilpost.it/2016/01/15/alshabaab-somalia/", "2016-01-15", "it", "L'attacco di al Shabaab a una base dell'Unione Africana in Somalia",
          {"sh": {"outlet": "al-Shabaab"}, "kdf": {"outlet": "portavoce dell'esercito keniota"}})
ipo_60 = E.c("al-Shabaab", "soldati kenioti", "avere ucciso", "60", it=TOLL, iv=60, st=SH63, sp="al-Shabaab", place="El-Ade", via="sh")
ipo_ctl = E.c("al-Shabaab", "una base dell'Unione Africana a El-Ade", "avere preso il completo controllo", None, it=BASE, lab="base overrun", st=SHCTL, sp="al-Shabaab", via="sh")
ipo_unk = E.c("portavoce dell'esercito keniota", "numero di morti da entrambe le parti", "non ci sono conferme sul", None, it=NOFIG, lab="toll unknown / not given", st=KDF15, sp="Kenya", via="kdf")
ipo_den = E.c("portavoce dell'esercito keniota", "il gruppo ne abbia preso il controllo", "nega che", None, it=BASE, lab="SNA camp overrun, Kenyan base not taken", polarity="denied",
              st=KDF15, sp="Kenya", qualifiers=["l'esercito ha risposto all'attacco"], via="kdf")

# 15 LaPresse, 15 Jan 2016
E.article("lpr", "LaPresse", "https://www.lapresse.it/esteri/somalia_al-shabaab_attacca_base_unione_africana_50_soldati_morti-526623/news/2016-01-15/", "2016-01-15", "it",
          None, {"aj": {"outlet": "al-Jazeera"}})
lpr_50 = E.c("al-Jazeera", "soldati kenyoti", "sono stati uccisi", "50", it=TOLL, iv=50, st=AJ50, place="base di Ceel Cado", via="aj")
lpr_car = E.c("LaPresse", "un'autobomba contro i cancelli", "hanno fatto esplodere", None, it=METH, lab="suicide car bomb at the gate", actor="Combattenti del gruppo somalo al-Shabaab")

# 17 Telegraf (Romania)
E.article("tlg", "Telegraf", "http://www.telegrafonline.ro/cel-putin-60-de-morti-intrun-atac-terorist-in-somalia", None, "ro",
          None,
          {"bbc": {"outlet": "BBC", "title": "BBC News online"}, "sh": {"outlet": "Abdiasis Abu Musab", "wire": "Reuters"}})
tlg_60 = E.c("BBC", "militari kenyeni", "au murit", Q("Cel puţin 60", 60, None, "lower_bound"), it=TOLL, iv=(60, INF), st=BBC60, via="bbc")
tlg_61 = E.c("Abdiasis Abu Musab", "corpurile militarilor (kenyeni)", "am numărat şi am adunat", "61", it=TOLL, iv=61, st=SH61, sp="al-Shabaab", place="înăuntrul bazei", via="sh")
tlg_ctl = E.c("Abdiasis Abu Musab", "întregul oraş şi întreaga bază", "sunt în mâinile noastre", None, it=BASE, lab="base overrun", st=SH61, sp="al-Shabaab", via="sh")

# 18 Makkah newspaper (AFP), 16 Jan 2016
E.article("mak", "صحيفة مكة", "https://makkahnewspaper.com/ampArticle/116335", None, "ar", "مقتل عشرات الكينيين بهجوم للشباب على قاعدة بالصومال",
          {"idr": {"outlet": "الكولونيل إدريس أحمد"}, "kdf": {"outlet": "الكولونيل ديفيد اوبونيو"}, "sh": {"outlet": "حركة الشباب"}, "her": {"outlet": "الكولونيل أدين أحمد هيرسي"}})
mak_doz = E.c("صحيفة مكة", "الكينيين", "مقتل", "عشرات", it=TOLL, iv=(20, INF), qualifiers=["from the headline"])
mak_idr = E.c("الكولونيل إدريس أحمد", "القاعدة", "يبدو أنه جرى اقتحام", None, it=BASE, lab="base overrun", st=IDRIS, hedge="يبدو", via="idr")
mak_sna = E.c("الكولونيل ديفيد اوبونيو", "مركز للجيش الوطني الصومالي", "القاعدة التي تعرضت للهجوم هي", None, it=BASE, lab="SNA camp overrun, Kenyan base not taken",
              st=KDF15, sp="Kenya", quote="«تم اقتحام المعسكر وردت القوات الكينية بهجوم مضاد لدعم الجيش الصومالي»", via="kdf")
mak_63 = E.c("حركة الشباب", "جنديا كينيا", "مقتل", "63", it=TOLL, iv=63, st=SH63, sp="al-Shabaab", via="sh")
mak_15 = E.c("الكولونيل أدين أحمد هيرسي", "جنديا كينيا", "قتل", "أكثر من 15", it=TOLL, iv=(16, INF), st=HERSI, sp="Somali army", via="her")

# 19 Fides (Arabic), 18 Jan 2016
E.article("fid", "Fides", "https://fides.org/ar/news/59200-افريقيا_كينيا_عملية_عسكرية_واسعة_أطلقها_الجيش_الكيني_ضد_حركة_الشباب", "2016-01-18", "ar",
          None,
          {"sh": {"outlet": "الشباب"}, "nai": {"outlet": "السلطات في نيروبي"}, "mwa": {"outlet": "ألجنرال سمسون مواتيتي"}})
fid_100 = E.c("الشباب", "الجنود الكينيين", "قتل المسلحون", "أكثر من مئة", it=TOLL, iv=(101, INF), st=SH100, sp="al-Shabaab", via="sh")
fid_nof = E.c("السلطات في نيروبي", "عدد القتلى", "لم تكشف عن", None, it=NOFIG, lab="toll unknown / not given", sp="Kenya",
              qualifiers=["يجب الإتصال بعائلات الضحايا قبل الإعلان"], via="nai")
fid_3 = E.c("ألجنرال سمسون مواتيتي", "سيارات مفخخة", "حصل الهجوم عبر", "ثلاث", it=METH, lab="three car bombs", sp="Kenya", via="mwa")

# 20 Business Standard (IANS, Xinhua), 17 Jan 2016
E.article("bst", "Business Standard", "https://business-standard.com/article/news-ians/al-shabaab-claims-100-kenyan-soldiers-killed-in-base-attack-116011700740_1.html",
          "2016-01-17", "en", "Al-Shabaab claims 100 Kenyan soldiers killed in base attack",
          {"sh": {"outlet": "Al-Shabaab statement", "title": "statement", "published": "2016-01-17", "wire": "Xinhua"}})
bst_100 = E.c("Al-Shabaab statement", "Kenyan crusaders massacred in the base", "death toll has risen to", "100", it=TOLL, iv=100, st=SH100, sp="al-Shabaab",
              place="El-Adde, Gedo region", when="Friday", via="sh")
bst_more = E.c("Al-Shabaab statement", "Kenyan invaders", "killing", "more than 100", it=TOLL, iv=(101, INF), st=SH100, sp="al-Shabaab", actor="Commander Saleh An-Nabhani Battalion",
               via="sh")
bst_cap = E.c("Al-Shabaab statement", "Kenyan soldiers", "captured alive", None, it=CAPT, iv=(1, INF), st=SH100, sp="al-Shabaab", via="sh")
bst_dis = E.c("Kenyan government and Amisom officials", "the figure", "disputed, terming it as propaganda", None, it=None, polarity="denied", st=KGDISP, sp="Kenya")
bst_perp = E.c("Al-Shabaab statement", "the attack", "was conducted by", "Commander Saleh An Nabhani battalion", it=PERP, lab="al-Shabaab", st=SH100, sp="al-Shabaab", via="sh")

# 22 eNCA (Reuters), about 26 Jan 2016
E.article("enc", "eNCA", "https://www.enca.com/africa/al-shabaab-onslaught-forces-kenyan-troops-out-somalian-camp", None, "en",
          "Al-Shabaab forces Kenyan troops out of Somalian camp",
          {"sh": {"outlet": "al Shabaab", "title": "statement", "published": "2016-01-17", "wire": "Reuters"},
           "kdf": {"outlet": "David Obonyo", "wire": "Reuters"}, "shw": {"outlet": "Al shabaab spokesman", "wire": "Reuters"}})
enc_100 = E.c("al Shabaab", "Kenyan soldiers", "were killed", "more than 100", it=TOLL, iv=(101, INF), st=SH100, sp="al-Shabaab",
              qualifiers=["January 15", "revising up the number from the more than the 63 dead it had previously claimed"], via="sh")
enc_cap = E.c("al Shabaab", "some Kenyan", "had captured", None, it=CAPT, iv=(1, INF), st=SH100, sp="al-Shabaab", via="sh")
enc_nof = E.c("Kenyan officials", "the death toll", "have not yet revealed", None, it=NOFIG, lab="toll unknown / not given", sp="Kenya")
enc_vac = E.c("David Obonyo", "the camp", "had vacated", None, it=WDR, lab="withdrew", ev="elade-2016-withdrawal", st=KDFWD, sp="Kenya",
              qualifiers=["now stationed nearby"], via="kdf")
enc_shw = E.c("Al shabaab spokesman", "El Adde", "peacefully captured", None, it=WDR, lab="withdrew", ev="elade-2016-withdrawal", st=SHWD, sp="al-Shabaab",
              quote="\"This morning we peacefully captured El Adde\"", via="shw")

# 24 Daily Nation, KDF soldiers killed in army base attack
E.article("nt1", "Daily Nation", "http://www.nation.co.ke/news/KDF-soldiers-killed-in-army-base-attack/-/1056/3035660/-/ll992k/-/index.html", None, "en",
          "KDF soldiers killed in army base attack",
          {"hq": {"outlet": "Military headquarters in Nairobi"}, "uk": {"outlet": "President Uhuru Kenyatta"}})
nt1_hq = E.c("Military headquarters in Nairobi", "the deaths", "confirmed", None, it=TOLL, iv=(1, INF), sp="Kenya",
             qualifiers=["fell short of giving the number", "efforts to consolidate returns from the battlefield still ongoing"], via="hq")
nt1_unk = E.c("Daily Nation", "soldiers", "killing an unknown number of", None, it=TOLL, iv=(1, INF), actor="the terror group", place="El-Adde, in Gedo Somalia", qualifiers=["Friday"])
nt1_uk = E.c("President Uhuru Kenyatta", "some of our patriots in uniform", "paid the ultimate price", None, it=TOLL, iv=(1, INF), st=KEN15, sp="Kenya",
             quote="\"Regrettably, some of our patriots in uniform paid the ultimate price. It is heart-breaking.\"", via="uk")

# 25 Sunday Nation, 17 Jan 2016
E.article("nt2", "Daily Nation", "https://www.nation.co.ke/news/Kenya-mourns-fallen-heroes/-/1056/3036750/-/54lvb2/-/index.html", "2016-01-17", "en",
          "Leaders unite to mourn KDF soldiers killed in Somalia", {"src": {"outlet": "security sources", "title": "to the Sunday Nation in confidence"}})
nt2_50 = E.c("security sources", "dead", "there could be", "more than 50", it=TOLL, iv=(51, INF), sp="Kenyan security sources", hedge="could be", via="src",
             quote="\"The area has not been recaptured (by Saturday) and it is not clear how many soldiers we have lost and how many are missing.\"")
nt2_hq = E.c("Daily Nation", "The Kenya Defence Forces headquarters", "remained tight-lipped", None, it=NOFIG, lab="toll unknown / not given", sp="Kenya",
             qualifiers=["no figure given"])

# 26 The Standard, anxiety grips the nation
E.article("sta", "The Standard", "https://standardmedia.co.ke/counties/article/2000188404/anxiety-grips-the-nation-over-fate-of-kenya-defence-force-soldiers", None, "en",
          "Anxiety grips the nation over fate of Kenya Defence Force soldiers", {"nk": {"outlet": "Joseph Nkaiserry", "title": "press conference in Mombasa"}})
sta_sh = E.c("al Shabaab", "more Kenyan soldiers than they had proclaimed on Friday", "claimed to have killed", None, it=TOLL, iv=(64, INF), st=SH100, sp="al-Shabaab",
             qualifiers=["no figure given"])
sta_nk = E.c("Joseph Nkaiserry", "these claims", "refuted", None, it=None, polarity="denied", sp="Kenya", via="nk")
sta_nkl = E.c("Joseph Nkaiserry", "more fighters", "the terrorists lost", None, it=SHLOSS, lab="heavy al-Shabaab losses", sp="Kenya", actor="KDF soldiers", via="nk")

# 27 Kenyans.co.ke, KDF explains (Mwathethe)
E.article("kn1", "Kenyans.co.ke", "https://www.kenyans.co.ke/news/kdf-explains-why-soldiers-death-toll-cant-be-announced-yet", None, "en",
          "KDF Explains Why Soldiers Death Toll Can't Be Announced Yet", {"mw": {"outlet": "General Samson Mwathethe", "title": "press conference", "published": "2016-01-21"}})
kn1_dna = E.c("General Samson Mwathethe", "casualties", "could not release figures of", None, it=NOFIG, lab="toll unknown / not given", st=MWA21, sp="Kenya",
              quote="\"DNA test will have to be done on some of our fallen heroes. This may take long\"", via="mw")
kn1_rec = E.c("General Samson Mwathethe", "the ill-fated camp", "had recaptured", None, it=None, st=MWA21, qualifiers=["under full command and control by the KDF"], via="mw")

# 28 The Standard, 25 Feb 2016 (Somali president)
E.article("sts", "The Standard", "https://www.standardmedia.co.ke/counties/article/2000192945/al-shabaab-killed-over-180-kenyan-troops-in-el-adde-somali-president-says",
          "2016-02-25", "en", "Al Shabaab killed over 180 Kenyan troops in El Adde, Somali President says",
          {"sp": {"outlet": "Hassan Sheikh Mohamud", "title": "interview with Somali Cable TV", "wire": "BBC"}, "om": {"outlet": "Raychelle Omamo"}})
sts_180 = E.c("Hassan Sheikh Mohamud", "Kenyan troops", "were killed", "At least 180", it=TOLL, iv=(180, INF), st=SP180, sp="Somali president", actor="Al Shabaab",
              place="El Adde base", when="January 15", via="sp")
sts_200 = E.c("Hassan Sheikh Mohamud", "soldiers who were sent to us", "are killed in one day", Q("180 or close to 200", 180, 200, "range"), it=TOLL, iv=(180, 200), st=SP180, sp="Somali president",
              quote="\"When 180 or close to 200 soldiers who were sent to us are killed in one day in Somalia, it's not easy,\"", via="sp")
sts_nof = E.c("The Standard", "the number of those killed", "Kenya is yet to officially state", None, it=NOFIG, lab="toll unknown / not given", sp="Kenya")
sts_veh = E.c("Raychelle Omamo", "terrorists using vehicle borne improvised explosive devices (VBIED)", "the attack was carried out by", None, it=METH,
              lab="suicide car bombs (VBIEDs)", st=OMAMO, sp="Kenya", qualifiers=["commandeered by suicide bombers"], via="om")
sts_co = E.c("Raychelle Omamo", "soldiers affected by the attack", "are", "a company size force", it=GARR, iv=(80, 250), st=OMAMO, sp="Kenya",
             qualifiers=["a company is a unit, typically consisting of 80–250 soldiers (the article's gloss)"], via="om")

# 30 The Star, 25 Feb 2016 (KDF denies 200)
E.article("st2", "The Star", "http://www.the-star.co.ke/news/2016/02/25/kdf-denies-somalia-presidents-claim-200-soldiers-killed-in-el-adde_c1301850", "2016-02-25", "en",
          "KDF denies Somalia president's claim 200 soldiers killed in El Adde",
          {"sp": {"outlet": "Hassan Sheikh Mohamud", "title": "interview on Somali Cable TV"}, "kdf": {"outlet": "David Obonyo", "title": "to the Star on phone", "published": "2016-02-25"}})
st2_200 = E.c("Hassan Sheikh Mohamud", "Kenyan troops", "were killed", "180-200", it=TOLL, iv=(180, 200), st=SP180, sp="Somali president", place="El Adde", when="January 15", via="sp")
st2_den = E.c("David Obonyo", "the Somalia President's report that 180-200 Kenyan troops were killed", "has denied", "180-200", it=None, polarity="denied", st=KDF180, sp="Kenya",
              quote="\"The number the Somalia president quoted is way beyond a company size.\"", via="kdf")
st2_63 = E.c("The militant group", "soldiers", "were feared dead", "Sixty three", it=TOLL, iv=63, st=SH63, sp="al-Shabaab", qualifiers=["following the attack on a remote African Union base"])
st2_100 = E.c("The militant group", "the number", "revised up to", "100", it=TOLL, iv=100, st=SH100, sp="al-Shabaab")

# 31 Garowe Online (The Star): the president's retraction
E.article("gar", "Garowe Online", "https://www.garoweonline.com/en/news/world/i-was-misquoted-somalia-president-says-on-report-200-kdf-troops-killed-in-el-adde", None, "en",
          "I was misquoted, Somalia President says on report 200 KDF troops killed in El Adde",
          {"ret": {"outlet": "Daud Awes", "wire": "The Star"}, "sp": {"outlet": "Hassan Sheikh Mohamud", "title": "interview with Somali Cable TV", "wire": "The Star"},
           "kdf": {"outlet": "David Obonyo", "title": "to the Star on phone", "published": "2016-02-25", "wire": "The Star"}})
gar_ret = E.c("Daud Awes", "that between 180 and 200 KDF troops were killed by al Shabaab in El Adde", "has denied reports", None, it=None, polarity="denied", sp="Somali president",
              qualifiers=["was misquoted", "did not mean the figures were of soldiers massacred in the ambush"], via="ret")
gar_size = E.c("Daud Awes", "the size of a camp and the number of soldiers believed to have been present", "was only describing", Q("180 or close to 200", 180, 200, "range"), it=GARR, iv=(180, 200),
               sp="Somali president", via="ret")
gar_200 = E.c("Hassan Sheikh Mohamud", "soldiers who were sent to us", "are killed in one day", Q("180 or close to 200", 180, 200, "range"), it=TOLL, iv=(180, 200), st=SP180, sp="Somali president",
              quote="\"When 180 or close to 200 soldiers who were sent to us are killed in one day in Somalia, it is not easy.\"", via="sp")
gar_den = E.c("David Obonyo", "the number the Somalia president quoted", "is way beyond a company size", None, it=None, polarity="denied", st=KDF180, sp="Kenya",
              quote="\"We should stop trivializing the dead.\"", via="kdf")

# 33 CGTN Africa, 26 Feb 2016
E.article("cgt", "CGTN Africa", "https://africa.cgtn.com/2016/02/26/kenya-denies-claims-by-somalias-president-that-nearly-200-soldiers-died-in-the-al-shabaab-attack/",
          "2016-02-26", "en", "Kenya denies claims by Somalia's President that nearly 200 soldiers died in the Al Shabaab attack",
          {"sh": {"outlet": "Al shabaab"}, "sp": {"outlet": "Hassan Sheikh Mohamud", "title": "interview on Somali TV"}, "kdf": {"outlet": "Col David Obonyo"}})
cgt_100 = E.c("al Shabaab", "Kenyan soldiers", "claimed to have killed", "100 or more", it=TOLL, iv=(100, INF), st=SH100, sp="al-Shabaab", via="sh")
cgt_180 = E.c("Hassan Sheikh Mohamud", "dead", "at least", Q("180, maybe 200", 180, 200, "range"), it=TOLL, iv=(180, 200), st=SP180, sp="Somali president", via="sp")
cgt_den = E.c("Col David Obonyo", "the Somali president's figure", "says it's not true", None, it=None, polarity="denied", st=KDF180, sp="Kenya", via="kdf")
cgt_nof = E.c("Kenya", "no tally", "are giving", None, it=NOFIG, lab="toll unknown / not given", sp="Kenya", qualifiers=["still trying to identify the dead"])

# 34 BBC (via NewsSniffer), Feb 2016
E.article("bbc", "BBC News", "https://newssniffer.co.uk/articles/1102919/diff/0/1", None, "en", "Somalia's al-Shabab killed '180 Kenyan troops' in el-Ade",
          {"sp": {"outlet": "Hassan Sheikh Mohamud", "title": "interview with a Somali television station"}})
bbc_180 = E.c("Hassan Sheikh Mohamud", "Kenyan troops", "were killed", "At least 180", it=TOLL, iv=(180, INF), st=SP180, sp="Somali president", actor="al-Shabab",
              when="last month", via="sp")
bbc_den = E.c("Kenya's army", "the number", "said was untrue", None, it=None, polarity="denied", st=KDF180, sp="Kenya", qualifiers=["again refused to give its own casualty figures"])
bbc_100 = E.c("The Islamist militant group", "Kenyan troops", "said it had killed", "about 100", it=TOLL, iv=(90, 110), st=SH100, sp="al-Shabaab")
bbc_gar = E.c("BBC News", "people", "killing of", "148", it=None, ev="garissa-2015", actor="al-Shabab", place="Garissa University College", when="last April")

# 35 The Star, 15 Apr 2016 (90 days on)
E.article("st3", "The Star", "https://www.the-star.co.ke/news/2016/04/15/90-days-on-kenya-remembers-dawn-raid-on-el-adde-kdf-base_c1329436", "2016-04-15", "en",
          "90 days on, Kenya remembers dawn raid on El Adde KDF base",
          {"sp": {"outlet": "Hassan Sheikh Mohamud", "title": "interview with a Somali TV station"}, "kdf": {"outlet": "Col David Obonyo"}})
st3_200 = E.c("The Star", "Kenyan troops killed", "it is estimated to have been", "close to 200", it=TOLL, iv=(180, 200), hedge="estimated",
              qualifiers=["the exact number has not been divulged"])
st3_180 = E.c("Hassan Sheikh Mohamud", "the figure", "put at", Q("180 or close to 200", 180, 200, "range"), it=TOLL, iv=(180, 200), st=SP180, sp="Somali president", via="sp")
st3_den = E.c("Col David Obonyo", "Mohamud's claim", "angrily dismissed, termed reckless", None, it=None, polarity="denied", st=KDF180, sp="Kenya", via="kdf")
st3_perp = E.c("Saleh An-Nabhani Battalion", "The El Adde attack", "was claimed by", None, it=PERP, lab="al-Shabaab", sp="al-Shabaab", qualifiers=["an Alshabaab faction"])

# 36 Africa Uncensored, July 2016 (six months)
E.article("auc", "Africa Uncensored", "https://africauncensored.online/six-months-of-silence-no-answer-yet-about-the-el-adde-debacle/", None, "en",
          None,
          {"af": {"outlet": "Andrew Franklin"}, "sh": {"outlet": "The militant group"}, "res": {"outlet": "residents of neighbouring villages"}})
auc_doz = E.c("Africa Uncensored", "Kenyan Defense Forces troops", "killed", "dozens", it=TOLL, iv=(20, INF), actor="Al-Shabaab")
auc_100 = E.c("The militant group", "Kenyan troops", "claimed it killed", "over 100", it=TOLL, iv=(101, INF), st=SH100, sp="al-Shabaab", via="sh")
auc_res = E.c("residents of neighbouring villages", "dead bodies lying in the camp", "reported", "dozens", it=TOLL, iv=(20, INF), via="res")
auc_af = E.c("Andrew Franklin", "Kenyan troops", "Al-Shabaab killed", Q("at least anywhere from 115-120", 115, None, "lower_bound"), it=TOLL, iv=(115, INF), actor="Al-Shabaab", via="af",
             quote="“The concentration on numbers has obscured the fact that this was a major defeat.\"")

# 37 Xogdoon News, Jan 2017
E.article("xog", "Xogdoon News", "http://xogdoonnews.net/no-word-on-kdf-hostages-a-year-after-el-adde-attack/", None, "en", "No word on KDF hostages a year after El Adde attack",
          {"acc": {"outlet": "different accounts"}})
xog_150 = E.c("Xogdoon News", "soldiers from the Eldoret-based 9th Kenya Riffles Battalion", "died", "Nearly 150", it=TOLL, iv=(140, 149), actor="Al Shabaab fighters",
              place="El Adde", when="dawn ambush")
xog_12 = E.c("different accounts", "captives", "place the number of", "a dozen", it=CAPT, iv=12, via="acc")

# 38 Goobjoog News (air strikes on El-Adde town)
E.article("goo", "Goobjoog News", "https://goobjoog.com/english/kenyan-planes-bombard-el-adde-town-following-al-shabaab-attack-on-au-base-residents/", None, "en",
          "Kenyan planes bombard El-Adde town following Al-Shabaab attack on AU base, residents",
          {"res": {"outlet": "resident of El-Adde town"}, "off": {"outlet": "Somali military official", "wire": "Associated Press"},
           "fs": {"outlet": "Colonel Farah Surow", "wire": "Reuters"}, "nj": {"outlet": "Paul Njuguna"}})
goo_air = E.c("resident of El-Adde town", "several buildings in the city", "the warplanes targeted", None, it=AIR, lab="air strikes with casualties", ev="elade-2016-airstrikes",
              qualifiers=["casualties including the occupants and bypassers"], via="res")
goo_ctl = E.c("Somali military official", "the base", "the militants had taken over", None, it=BASE, lab="base overrun", sp="Somali army", via="off",
              qualifiers=["Kenyan troops and about a dozen Somali soldiers were stationed inside the AU compound"])
goo_fs = E.c("Colonel Farah Surow", "the town and base", "AMISOM has gone out of", None, it=BASE, lab="base overrun", sp="Somali army", qualifiers=["for strategic reasons"], via="fs")
goo_nj = E.c("Paul Njuguna", "the attack", "confirmed", None, it=NOFIG, lab="toll unknown / not given", sp="AMISOM", qualifiers=["did not comment on the casualties"], via="nj")
goo_car = E.c("resident of El-Adde town", "the base entrance", "fighters attacked with a suicide car bomb", None, it=METH, lab="suicide car bomb at the gate", via="res")

# 39 Gedo Times, 26 Jan 2016
E.article("ged", "Gedo Times", "https://www.gedotimes.com/2016/01/26/kenyan-troops-pull-out-from-el-adde/", "2016-01-26", "en", "Kenyan troops pull out from El-Adde",
          {"sh": {"outlet": "extremist group al-Shabab"}})
ged_wd = E.c("Gedo Times", "Kenyan forces", "have pulled out of", None, it=WDR, lab="withdrew", ev="elade-2016-withdrawal", place="El-Ade", when="early Tuesday")
ged_nof = E.c("Kenyan officials", "how many troops were killed", "have not said", None, it=NOFIG, lab="toll unknown / not given", sp="Kenya")
ged_100 = E.c("extremist group al-Shabab", "Kenyans", "claimed to have killed", "about 100", it=TOLL, iv=(90, 110), st=SH100, sp="al-Shabaab", when="January 15", via="sh")

# 42 Celebcafe, aftermath
E.article("cc2", "Celebcafe", "https://celebcafe.org/?p=280002", None, "en", "Kenyan soldiers Somali attack aftermath",
          {"sh": {"outlet": "Al Shabaab"}, "np": {"outlet": "a Kenyan newspaper"}})
cc2_loss = E.c("Al Shabaab", "any fighters", "has not lost", None, it=SHLOSS, lab="no al-Shabaab losses", sp="al-Shabaab", when="since Friday's attack", via="sh")
cc2_cap = E.c("Al Shabaab", "some Kenyan soldiers", "is holding captive", None, it=CAPT, iv=(1, INF), sp="al-Shabaab", via="sh")
cc2_nof = E.c("Celebcafe", "an official figure for those killed", "is still not known", None, it=NOFIG, lab="toll unknown / not given")

# -- label relations ------------------------------------------------------------------
L = E.labrel
L[frozenset(("suicide car bomb at the gate", "assault on the base"))] = "compatible"
L[frozenset(("suicide car bomb at the gate", "suicide car bombs (VBIEDs)"))] = "compatible"
L[frozenset(("suicide car bomb at the gate", "three car bombs"))] = "compatible"
L[frozenset(("assault on the base", "three car bombs"))] = "compatible"
L[frozenset(("assault on the base", "suicide car bombs (VBIEDs)"))] = "compatible"

P = E.pair
# one account of the KDF (Omamo: VBIEDs; Mwathethe: three car bombs): parts of one account, not a revision
P(sts_veh, fid_3, "refines", "Kenya: VBIEDs driven by suicide bombers, and three car bombs: the second is more specific (one account)")

# the Kenyan government's (and AMISOM's) dispute of al-Shabaab's 100 vs every relay of that figure
SH100S = (rdc_100, aga_100, geh_100, fid_100, bst_100, bst_more, enc_100, st2_100, cgt_100, bbc_100, auc_100, ged_100)
for d in (aga_dis, bst_dis):
    for a in SH100S:
        P(d, a, "contradicts", "Kenya (and AMISOM) dispute al-Shabaab's figure of 100 as propaganda vs that figure: assertion and denial")
    # Der Spiegel: Kenya later admitted more than 100 killed
    P(d, spg_ea100, "revises", "Kenya: disputed al-Shabaab's 100 as propaganda, later admitted more than 100 dead (Der Spiegel): same speaker changes its account")
# Nkaiserry refuted al-Shabaab's raised claim (more than announced on Friday)
for a in SH100S + (sta_sh,):
    P(sta_nk, a, "contradicts", "Kenya's interior minister refuted al-Shabaab's claim of more dead than on Friday vs that claim: assertion and denial")
P(sta_nk, spg_ea100, "revises", "Kenya: refuted al-Shabaab's raised toll, later admitted more than 100 dead (Der Spiegel): same speaker changes its account")
for d in (aga_dis, bst_dis):
    P(d, sta_sh, "contradicts", "Kenya disputes al-Shabaab's raised figure vs al-Shabaab's claim of more dead than on Friday")
    P(d, sta_nk, "agrees", "Kenya disputes al-Shabaab's 100; Nkaiserry refutes the raised claim: the same denial by two Kenyan voices")

# KDF's denial of the Somali president's 180-200 vs every relay of it, and vs other figures of 180-200
SP180S = (sts_180, sts_200, st2_200, gar_200, cgt_180, bbc_180, st3_180)
KDF180S = (st2_den, gar_den, cgt_den, bbc_den, st3_den)
for d in KDF180S:
    for a in SP180S + (st3_200,):
        P(d, a, "contradicts", "KDF: the Somali president's 180-200 is untrue vs a toll of 180-200: assertion and denial")
for a, b in [(x, y) for i, x in enumerate(KDF180S) for y in KDF180S[i + 1:]]:
    P(a, b, "echo", "both relay the KDF spokesman's denial of the Somali president's figure (25 Feb 2016)")
# the Somali president's own retraction: he did not mean 180-200 were killed
for a in SP180S:
    P(gar_ret, a, "revises", "Somali president: 180 or close to 200 killed, then 'misquoted', the figures were the camp's size: same speaker withdraws its figure")
    P(gar_size, a, "unrelated", "the president's 180-200 as soldiers present (garrison) vs as soldiers killed: other item")
for d in KDF180S:
    P(gar_ret, d, "agrees", "the president's retraction and the KDF's denial: both say 180-200 were not killed")

# al-Shabaab: no fighter lost vs Kenya: the terrorists lost more fighters
# the KDF's recapture of the camp (21 Jan) vs its first account that only an SNA camp was overrun (15 Jan)
for a in (jea_sna, bam_sna, ipo_den, mak_sna):
    P(kn1_rec, a, "revises", "KDF: only the SNA camp was overrun, the Kenyan base not taken (15 Jan), then the camp recaptured (21 Jan): same speaker changes its account")
# Kenya's deaths without a figure, then more than 100 (Der Spiegel): the second is within the first
for a in (mau_ken, nt1_hq, nt1_uk):
    P(a, spg_ea100, "refines", "Kenya: soldiers killed (no figure), then more than 100: the second is more specific, not a revision")
# al-Shabaab's 'killed many' (Abu Musab's quote, 15 Jan) and its figures: the figures are within it
for rec, m in E.claims:
    if m["it"] == TOLL and m["sp"] == "al-Shabaab" and rec["id"] != jea_many:
        P(jea_many, rec["id"], "refines", f"al-Shabaab: 'killed many' and {m['val']}: the figure is more specific, not a revision")

# hard negatives
P(geh_wd, geh_100, "unrelated", "the Kenyan pull-out from El Adde (26 Jan) vs the toll of 15 Jan: same place, other day")
P(enc_vac, enc_100, "unrelated", "the troops vacated the camp (26 Jan) vs the toll of 15 Jan: same place, other day, other item")
P(enc_shw, enc_100, "unrelated", "al-Shabaab captures El Adde peacefully (26 Jan) vs its toll of 15 Jan: same speaker, same place, other day")
P(ged_wd, ged_100, "unrelated", "pull-out of 26 Jan vs the toll of 15 Jan: same place, other day")
P(enc_vac, jea_sna, "unrelated", "KDF: vacated the camp (26 Jan) vs KDF: the Kenyan base not taken (15 Jan): other day")
P(goo_air, pel_doz, "unrelated", "Kenyan air strikes on El-Adde town vs the soldiers killed in the base attack: same place, other act")
P(spg_k50, spg_ea100, "unrelated", "Kolbiyow 2017 (al-Shabaab: more than 50) vs El Adde 2016 (more than 100): other place, other year, one article")
P(spg_kden, spg_ea100, "unrelated", "the KDF's 'propaganda' about Kolbiyow 2017 vs El Adde's toll: other incident")
for a in (bst_dis, aga_dis):
    P(spg_kden, a, "unrelated", "KDF calls al-Shabaab's Kolbiyow figure propaganda (2017) vs Kenya disputing its El Adde figure (2016): other incident")
for a in (rdc_100, jea_63, sts_180):
    P(spg_k50, a, "unrelated", "al-Shabaab's Kolbiyow toll (2017) vs an El Adde toll (2016): other incident")
P(bbc_gar, bbc_180, "unrelated", "Garissa University, April 2015 (148) vs El Adde (180): other incident, one article")
P(bbc_gar, xog_150, "unrelated", "Garissa University (148) vs El Adde (nearly 150): near figure, other incident")
P(rdc_150, xog_150, "unrelated", "about 150 soldiers in the base vs nearly 150 killed: near figure, other item")
P(gar_size, st3_200, "unrelated", "180-200 soldiers present (the president's retraction) vs close to 200 killed (The Star): same figure, other item")
P(xog_12, rdc_12, "agrees", "a dozen captives (Xogdoon's accounts) vs 12 captured (islamist websites): same figure")
P(aga_5, stl_15, "unrelated", "five wounded returned to Kenya vs 15 killed: other item")
P(ndt_100f, ndt_63, "unrelated", "more than a hundred attackers vs 63 soldiers killed: other item, one article")

E.write()
