"""Working file of `parcw-2025`: the JNIM attack on two Beninese army posts (the "Point triple" and the Koudou falls),
W National Park, Alibori, northern Benin, 17 April 2025.  Uses lib.py unchanged (no rule added); pairs across items
(the government's refutation of "about a hundred" against the rumour it refutes, part tolls against the total,
hard negatives) and a few exceptions to the table are written by hand below and listed on the event's page."""
from lib import Event, INF, Q

E = Event("parcw-2025")
S = E.src

TOLL = "toll"          # Beninese soldiers killed in the two attacks of 17 April 2025 (both posts together)
TOLLK = "toll-koudou"  # soldiers killed at the Koudou falls post alone
TOLLT = "toll-triple"  # soldiers killed at the Point triple post alone
WND = "wounded"        # Beninese soldiers wounded on 17 April
ATK = "attackers"      # attackers killed ("neutralised") on 17 April and in the sweep after it
OUT = "outcome"        # what became of the two posts: taken by JNIM, or the attack repelled
PERP = "perp"          # who did it
DEN = "denial"         # (no item) the government's refutation of "about a hundred dead" rumours
JAN = "jan8"           # the attack of 8 January 2025 at the Point triple (another incident)
JUL = "jul2024"        # the W park attack of 24-25 July 2024 (another incident)

E.exclusive = {OUT}

# event times the model does not read as written (weekday names, words, another language's calendar): kept as
# qualifiers, as the earlier annotators did
E.bad_when = {"jeudi", "Thursday", "last Thursday's", "final Thursday", "jeudi dernier", "la semaine dernière", "last week",
              "ce jour-là", "dans la matinée du jeudi 17 avril", "في 17 أبريل", "الأسبوع الماضي", "la scorsa settimana",
              "la semana pasada", "na semana passada", "minggu lalu", "giovedì scorso", "el jueves pasado", "Anfang Januar",
              "early January", "في يناير", "Erst im Januar", "Début janvier", "En janvier dernier", "in January", "en enero",
              "a principios de enero", "all'inizio di gennaio", "يوم الخميس الماضي", "janvier dernier", "final week",
              "final Thursday's", "17 أبريل", "8. Januar", "17 فبراير",
              # no year in an undated article
              "jeudi 17 avril", "April 17", "Thursday, April 17", "January 8", "17. April", "In January"}

# -- statements relayed by several articles (echo) -----------------------------------------------------------------
JNIM70 = "JNIM's statement of Thu 17 Apr 2025, reported by SITE on Sat 19 Apr (70 soldiers killed in raids on two military posts)"
JNIMR = "JNIM's statement of 17-19 Apr 2025 (claiming the attack)"
JNIMC = "JNIM's statement of 17 Apr 2025 (control of two army barracks, at Wada and Koudou, taken)"
GOV8 = "the Beninese authorities' first toll, 17-18 Apr 2025 (eight soldiers killed)"
GOV54 = "government spokesman Houngbédji's press briefing after the Council of Ministers, Wed 23 Apr 2025 (54 soldiers killed)"
GOV54K = "Houngbédji, 23 Apr 2025 (eight of the 54 killed at the Koudou falls)"
GOV54T = "Houngbédji, 23 Apr 2025 (46 of the 54 killed at the Point triple)"
GOV33 = "Houngbédji, 23 Apr 2025 (33 attackers neutralised)"
GOVDEN = "Houngbédji, 23 Apr 2025 (the rumours of about a hundred dead refuted)"
MIL54 = "RFI's military source, 23-24 Apr 2025 (54 soldiers killed, an 'almost final' toll)"
SEC11 = "security sources to RFI, 17-19 Apr 2025 (eleven jihadist fighters killed)"
RUM = "the social-media rumours of a heavier toll (about a hundred dead), before 23 Apr 2025"
NONV = "presidential spokesman Serge Nonvignon's Facebook post, Wed 23 Apr 2025 (heavy losses for the nation)"
RFI8 = "RFI's report of 18-19 Apr 2025 by its Cotonou correspondent (eight soldiers killed, more than ten wounded)"
BBCK = "the BBC's report of 23-24 Apr 2025 (JNIM's 70 via SITE)"

BEN = "Benin authorities"  # speaker group: the government, its spokesmen, the army and its (military, security, official) sources

# -- sources -----------------------------------------------------------------------------------------------------------
def media(*names):
    for n in names:
        S(n, "media", [])


S("Fraternité FM", "media", ["radio Fraternité FM", "médias locaux"])
S("Koaci", "media", ["site d'actualités Koaci"])
S("lieutenant-colonel Vincent Honfoga", "state", ["porte-parole de l'armée"], "Benin")
S("GSIM/JNIM", "armed_group", ["Groupe de soutien à l'islam et aux musulmans", "JNIM"], "JNIM")
S("JNIM", "armed_group", ["Groupe de soutien à l'islam et aux musulmans (JNIM)", "GSIM"], "JNIM")
S("sources sécuritaires", "state", [], "Benin")
S("sources officielles", "state", [], "Benin")
S("Groupe de soutien à l'islam et aux musulmans (JNIM)", "armed_group", ["JNIM"], "JNIM")
S("témoignages locaux", "witness", [])
S("le groupe", "armed_group", ["Groupe de soutien à l'islam et aux musulmans (JNIM)"], "JNIM")
S("Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)", "armed_group", ["JNIM", "affilié à Al-Qaïda"], "JNIM")
S("Al Qaeda affiliate JNIM", "armed_group", ["Jama'a Nusrat ul-Islam waal-Muslimin (JNIM)"], "JNIM")
S("Wilfried Léandre Houngbédji", "state", ["porte-parole du gouvernement"], "Benin")
S("source militaire", "state", [], "Benin")
S("Le Gouvernement béninois", "state", ["l'exécutif", "Wilfried Léandre Houngbédji"], "Benin")
S("rumeurs", "other", ["réseaux sociaux"])
S("Government spokesman Wilfried Leandre Houngbedji", "state", ["The government of Benin"], "Benin")
S("Jama'at Nusrat al-Islam wal Muslimeen (JNIM)", "armed_group", ["JNIM", "al-Qaeda affiliate"], "JNIM")
S("Benin's government", "state", ["the nation's authorities"], "Benin")
S("the jihadist group", "armed_group", ["Jama'at Nusrat al-Islam wal Muslimeen (Jnim)"], "JNIM")
S("Serge Nonvignon", "state", ["presidential spokesman"], "Benin")
S("Regierungssprecher Wilfried Léandre Houngbédji", "state", ["Regierung"], "Benin")
S("JNIM \"Dschamaat Nusrat al-Islam wal-Muslimin\"", "armed_group", ["Ableger der Terrormiliz Al-Kaida"], "JNIM")
S("Regierung", "state", [], "Benin")
S("Regierungsangaben und Berichte lokaler Medien", "state", ["Regierung"], "Benin")
S("governo", "state", ["il governo del Paese"], "Benin")
S("Il gruppo di supporto dell'Islam e dei musulmani (JNIM)", "armed_group", ["JNIM"], "JNIM")
S("الحكومة", "state", ["المتحدث باسم الحكومة ويلفريد لياندر هونغبيدي"], "Benin")
S("المجموعة لدعم الإسلام والمسلمين", "armed_group", ["GSIM", "JNIM"], "JNIM")
S("الحكومة البنينية", "state", ["المتحدث باسم الحكومة، ويلفريد لياندر هونغبيدجي"], "Benin")
S("جماعة نصرة الإسلام والمسلمين", "armed_group", ["JNIM", "GSIM"], "JNIM")
S("السلطات", "state", [], "Benin")
S("el gobierno del país", "state", ["el gobierno de Benin"], "Benin")
S("Jama'at Nusrat al-Islam Wal Muslimeen (Jnim)", "armed_group", ["JNIM"], "JNIM")
S("El gobierno de Benin", "state", ["Las autoridades"], "Benin")
S("El grupo yihadista", "armed_group", ["JNIM"], "JNIM")
S("O governo de Benin", "state", ["As autoridades"], "Benin")
S("O grupo jihadista", "armed_group", ["JNIM"], "JNIM")
S("Pemerintah Benin", "state", ["Otoritas"], "Benin")
S("Kelompok jihadist tersebut", "armed_group", ["Jnim"], "JNIM")
S("Benin's army spokesman Ebenezer Honfoga", "state", [], "Benin")
S("porte-parole de l'armée, Ebenezer Honfoga", "state", [], "Benin")
S("a security source", "state", [], "Benin")
S("The Democrats", "other", ["opposition party"])
media("PressAfrik", "RFI", "24 Heures au Bénin", "Le Parakois", "Taqadoumy", "RT France", "Daily Times", "Dunya News",
      "Dakaractu", "Kaweru", "Courrier stratégique", "Benews", "Libre Express", "Africaho", "Africa Top Success",
      "SOFX", "East Coast Daily", "Kritika News", "JHB News", "tagesschau", "Tgcom24", "Al Ayam", "Akhbar Lhawdh",
      "Warrior", "Africanews", "Qiraat African", "BBC", "Rosamarinalake",
      "leitzahl news", "News.tn", "Tripotaylakay", "AllAfrica", "WACSOF", "Vatican News", "Prensa Comunitaria", "Mano la da Força",
      "Bisnis Update")

# 1 PressAfrik, Apr 2025 (18 Apr): Fraternité FM, Koaci, the army's spokesman
E.article("pra", "PressAfrik", "https://www.pressafrik.com/Benin-au-moins-8-soldats-tues-dans-une-attaque-revendiquee-par-JNIM-dans-la-zone-Triple_a288106.html",
          "2025-04", "fr", "Bénin : au moins 8 soldats tués dans une attaque revendiquée par JNIM dans la zone Triple",
          {"fr": {"outlet": "Fraternité FM"}, "koa": {"outlet": "Koaci"}, "jn": {"outlet": "GSIM/JNIM", "title": "revendication", "wire": "Koaci"},
           "hon": {"outlet": "lieutenant-colonel Vincent Honfoga"}})
pra_8 = E.c("Fraternité FM", "soldats béninois", "ont perdu la vie", "au moins huit", it=TOLL, iv=(8, INF), place="parc national du W",
            when="jeudi", qualifiers=["selon les premières informations", "trois attaques simultanées"], via="fr")
pra_w = E.c("Fraternité FM", "soldats béninois", "ont été blessés", "une dizaine", it=WND, iv=(8, 12), qualifiers=["secourus par hélicoptère"], via="fr")
pra_atk = E.c("Fraternité FM", "terroristes", "auraient été neutralisés", None, it=ATK, iv=(1, INF), hedge="auraient", qualifiers=["lors de la riposte", "no figure given"], via="fr")
pra_jn = E.c("GSIM/JNIM", "l'attaque", "a été revendiquée par", None, it=PERP, lab="JNIM", st=JNIMR, sp="JNIM", when="jeudi", via="jn")
pra_hon = E.c("lieutenant-colonel Vincent Honfoga", "l'attaque", "a confirmé", None, it=None, sp=BEN,
              qualifiers=["sans donner de détails", "une vaste opération de ratissage était en cours", "no figure given"], via="hon")

# 2 Koaci, 18 Apr 2025
E.article("ko1", "Koaci", "https://koaci.com/index.php/article/2025/04/18/benin/politique/benin-huit-soldats-tues-dans-une-attaque-revendiquee-par-le-jnim-dans-la-zone-triple_186193.html",
          "2025-04-18", "fr", "Bénin : Huit soldats tués dans une attaque revendiquée par le JNIM dans la « zone triple »",
          {"hon": {"outlet": "lieutenant-colonel Vincent Honfoga"}, "jn": {"outlet": "Groupe de soutien à l'islam et aux musulmans (JNIM)", "title": "revendication"}})
ko1_8 = E.c("Koaci", "militaires", "l'assaut a coûté la vie à", "huit", it=TOLL, iv=8, place="région des chutes de Koudou, au cœur du parc W", when="jeudi")
ko1_w = E.c("Koaci", "militaires", "ont été blessés", "plusieurs", it=WND, iv=(2, INF))
ko1_atk = E.c("lieutenant-colonel Vincent Honfoga", "terroristes", "a permis de neutraliser", "plusieurs", it=ATK, iv=(2, INF), sp=BEN,
              qualifiers=["une vaste opération de ratissage est en cours"], via="hon")
ko1_jn = E.c("Groupe de soutien à l'islam et aux musulmans (JNIM)", "l'attaque", "a été revendiquée par", None, it=PERP, lab="JNIM", st=JNIMR, sp="JNIM",
             when="jeudi", via="jn")
ko1_ctl = E.c("Groupe de soutien à l'islam et aux musulmans (JNIM)", "deux casernes de l'armée béninoise", "dit avoir pris le contrôle de", None, it=OUT,
              lab="the two posts taken", st=JNIMC, sp="JNIM", place="Wada et Koudou, région de Kandi", via="jn")

# 3 Tripotaylakay (RFI), 19 Apr 2025
E.article("rf1", "Tripotaylakay", "https://tripotaylakay.com/huit-soldats-tues-dans-deux-attaques-jihadistes-dans-le-nord-du-pays", "2025-04-19", "fr",
          "huit soldats tués dans deux attaques jihadistes dans le nord du pays",
          {"rfi": {"outlet": "RFI", "title": "Avec notre correspondant à Cotonou, Jean-Luc Aplogan"},
           "sec": {"outlet": "sources sécuritaires", "wire": "RFI"}})
rf1_8 = E.c("RFI", "soldats béninois", "ont été tués", "Huit", it=TOLL, iv=8, st=RFI8, place="nord du Bénin", when="jeudi 17 avril",
            qualifiers=["deux attaques jihadistes simultanées"], via="rfi")
rf1_w = E.c("RFI", "soldats", "blessés", "plus d'une dizaine", it=WND, iv=(11, INF), st=RFI8 + " (wounded)", via="rfi")
rf1_rep = E.c("sources sécuritaires", "l'ennemi", "ont fini par repousser", None, it=OUT, lab="attack repelled", sp=BEN,
              actor="les forces de défense et de sécurité béninoises", qualifiers=["après plusieurs minutes de combats"], via="sec")
rf1_11 = E.c("sources sécuritaires", "combattants jihadistes", "tuant", "onze", it=ATK, iv=11, st=SEC11, sp=BEN, via="sec")
rf1_jan = E.c("RFI", "morts", "une quarantaine de", "Une quarantaine", it=JAN, iv=(35, 45), ev="benin-2025-jan8-attack", when="le 8 janvier",
              qualifiers=["précédente attaque"], via="rfi")

# 4 24 Heures au Bénin, Apr 2025
E.article("24h", "24 Heures au Bénin", "https://www.24haubenin.info/?Plusieurs-assaillants-neutralises-lors-des-attaques-du-jeudi", None, "fr",
          "Plusieurs assaillants neutralisés lors des attaques du jeudi", {"off": {"outlet": "sources officielles"}})
h24_8 = E.c("sources officielles", "morts dans le rang des FSD", "le bilan fait état de", "8", it=TOLL, iv=8, st=GOV8, sp=BEN, when="jeudi 17 avril 2025",
            place="Point triple, chutes de Koudou", via="off")
h24_atk = E.c("24 Heures au Bénin", "assaillants", "ont été tués", "Plus d'une dizaine", it=ATK, iv=(11, INF), qualifiers=["la riposte des militaires béninois"])
h24_perp = E.c("24 Heures au Bénin", "des individus armés", "non identifiés", None, it=PERP, lab="unidentified armed men", when="jeudi 17 avril 2025")
h24_jan = E.c("24 Heures au Bénin", "soldats béninois", "a coûté la vie à", "de nombreux", it=JAN, iv=(10, INF), ev="benin-2025-jan8-attack",
              when="janvier dernier", qualifiers=["la plus meurtrière"])

# 5 Le Parakois, 23 Apr 2025 (before the government spoke)
E.article("par", "Le Parakois", "https://leparakois.com/2025/04/23/parc-w-sous-feu-une-attaque-terroriste-sans-precedent", "2025-04-23", "fr",
          "Parc W sous feu : une attaque terroriste sans précédent",
          {"jn": {"outlet": "Groupe de soutien à l'islam et aux musulmans (JNIM)", "title": "communiqué publié sur ses canaux de propagande"},
           "tem": {"outlet": "témoignages locaux"}})
par_70 = E.c("Groupe de soutien à l'islam et aux musulmans (JNIM)", "soldats béninois", "affirme avoir tué", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM",
             qualifiers=["le chiffre n'est pas encore confirmé de source officielle"], via="jn")
par_jn = E.c("Groupe de soutien à l'islam et aux musulmans (JNIM)", "les attaques", "a revendiqué", None, it=PERP, lab="JNIM", st=JNIMR, sp="JNIM",
             qualifiers=["quelques heures après ces violences"], via="jn")
par_tem = E.c("témoignages locaux", "pertes humaines", "évoquent", "importantes", it=TOLL, iv=(1, INF), qualifiers=["y compris dans les rangs des assaillants"], via="tem")
par_sil = E.c("Le Parakois", "l'événement", "un silence officiel entoure", None, it=None, qualifiers=["no figure given"])

# 6 Koaci, 22 Apr 2025
E.article("ko2", "Koaci", "https://koaci.com/article/2025/04/22/benin/politique/benin-le-gnim-affirme-avoir-tue-70-soldats-dans-deux-attaques-distinctes-a-kandi_186278.html",
          "2025-04-22", "fr", "Bénin : Le GNIM affirme avoir tué 70 soldats dans deux attaques distinctes à Kandi",
          {"jn": {"outlet": "Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)"}, "off": {"outlet": "sources officielles", "title": "bilan officiel"}})
ko2_70 = E.c("Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)", "soldats béninois", "affirme avoir tué", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM",
             place="province de Kandi, département de l'Alibori", when="17 avril", via="jn")
ko2_8 = E.c("sources officielles", "morts", "le bilan officiel fait état de", "huit", it=TOLL, iv=8, st=GOV8, sp=BEN, via="off")
ko2_na = E.c("Koaci", "l'armée béninoise", "n'a pas encore réagi à cette information", None, it=None, qualifiers=["no figure given"])
ko2_jan = E.c("Koaci", "militaires béninois", "avaient été tués", "28", it=JAN, iv=28, ev="benin-2025-jan8-attack", when="Début janvier",
              place="triple point", actor="le même groupe")

# 7 Taqadoumy (Mauritania), Apr 2025
E.article("taq", "Taqadoumy", "https://fr.taqadoumy.mr/archives/25392", None, "fr", None,
          {"jn": {"outlet": "le groupe", "title": "communiqué", "published": None}})
taq_jn = E.c("le groupe", "une attaque meurtrière visant deux postes militaires béninois", "a revendiqué", None, it=PERP, lab="JNIM", st=JNIMR, sp="JNIM",
             place="régions de Wada et Koudou, région de Kandi", when="jeudi dernier", via="jn")
taq_70 = E.c("le groupe", "soldats", "l'attaque a entraîné la mort de", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM",
             qualifiers=["selon un communiqué publié par le groupe samedi"], via="jn")
taq_veh = E.c("le groupe", "véhicules militaires", "avoir incendié", "7", it=None, sp="JNIM", qualifiers=["5 mortiers, 9 Dushka, 11 RPG, 22 PK, 78 Kalachnikov saisis"], via="jn")

# 8 RT France (Reuters of 20 Apr)
E.article("rt1", "RT France", "https://francais.rt.com/afrique/119684-benin-70-soldats-tues-dans-terrorisme-jnim-attaque", None, "fr",
          "Bénin : 70 soldats tués dans deux attaques revendiquées par un groupe affilié à Al-Qaïda",
          {"jn": {"outlet": "Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)", "wire": "Reuters"}, "hon": {"outlet": "porte-parole de l'armée, Ebenezer Honfoga", "wire": "Reuters"}})
rt1_70 = E.c("Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)", "soldats béninois", "affirment avoir tué", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM",
             place="province de Kandi, département de l'Alibori", via="jn")
rt1_hon = E.c("porte-parole de l'armée, Ebenezer Honfoga", "les sollicitations de Reuters", "n'a pas donné suite à", None, it=None, sp=BEN,
              qualifiers=["no figure given", "les autorités béninoises n'ont pas encore réagi"], via="hon")

# 9 Daily Times (Reuters), 20 Apr 2025
E.article("dt", "Daily Times", "https://dailytimes.com.pk/1289910/al-qaeda-affiliate-says-it-killed-70-soldiers-in-benin-site-reports/", "2025-04-20", "en",
          "Al Qaeda affiliate says it killed 70 soldiers in Benin, SITE reports",
          {"jn": {"outlet": "Al Qaeda affiliate JNIM", "title": "statement", "wire": "SITE Intelligence Group"},
           "hon": {"outlet": "Benin's army spokesman Ebenezer Honfoga", "wire": "Reuters"}})
dt_70 = E.c("Al Qaeda affiliate JNIM", "soldiers", "said it killed", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM",
            place="Kandi province, Alibori department", qualifiers=["Reuters could not immediately confirm the report independently"], via="jn")
dt_hon = E.c("Benin's army spokesman Ebenezer Honfoga", "calls and messages", "did not respond to", None, it=None, sp=BEN, qualifiers=["no figure given"], via="hon")

# 10 Dunya News (Reuters), 20 Apr 2025
E.article("dun", "Dunya News", "https://dunyanews.tv/en/World/879582-breaking-al-qaeda-affiliate-says-it-killed-70-soldiers-in-benin-site", "2025-04-20", "en",
          "BREAKING: Al Qaeda affiliate says it killed 70 soldiers in Benin, SITE reports",
          {"jn": {"outlet": "Al Qaeda affiliate JNIM", "wire": "SITE Intelligence Group"}})
dun_70 = E.c("Al Qaeda affiliate JNIM", "soldiers", "has said it killed", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM", place="Benin",
             qualifiers=["in raids on two military posts"], via="jn")

# 11 Dakaractu (AFP), Apr 2025
E.article("dak", "Dakaractu", "https://www.dakaractu.com/Nouveau-bilan-d-une-attaque-jihadiste-presumee-dans-le-nord-du-Benin-54-militaires-tues-gouvernement_a260744.html",
          "2025-04", "fr", "Nouveau bilan d'une attaque jihadiste présumée dans le nord du Bénin: 54 militaires tués (gouvernement)",
          {"gov": {"outlet": "Wilfried Léandre Houngbédji", "title": "point de presse", "published": "2025-04-23", "wire": "AFP"}})
dak_54 = E.c("Wilfried Léandre Houngbédji", "militaires béninois", "ont été tués", "Cinquante-quatre", it=TOLL, iv=54, st=GOV54, sp=BEN,
             place="parc national du W, nord du Bénin", when="la semaine dernière", qualifiers=["nouveau bilan « stabilisé »"],
             quote="« Chaque enfant du Bénin qui meurt, c'est toutes les familles du Bénin qui sont éplorées. »", via="gov")

# 12 AllAfrica (RFI), Apr 2025
E.article("aa", "AllAfrica", "https://fr.allafrica.com/stories/202504240156.html", "2025-04", "fr", None,
          {"mil": {"outlet": "source militaire", "wire": "RFI"}, "mil8": {"outlet": "source militaire", "title": "juste après l'attaque", "wire": "RFI"},
           "jn": {"outlet": "Groupe de soutien à l'islam et aux musulmans (JNIM)", "title": "revendication"},
           "gov": {"outlet": "Wilfried Léandre Houngbédji", "title": "point sur le Conseil des ministres", "published": "2025-04-23"}})
aa_54 = E.c("source militaire", "soldats béninois tués", "le dernier bilan fait état de", "54", it=TOLL, iv=54, st=MIL54, sp=BEN, when="17 avril",
            qualifiers=["« presque définitif »"], via="mil")
aa_8 = E.c("source militaire", "décès", "avaient annoncé", "huit", it=TOLL, iv=8, st=GOV8, sp=BEN, qualifiers=["juste après l'attaque"], via="mil8")
aa_jn = E.c("Groupe de soutien à l'islam et aux musulmans (JNIM)", "bilan", "avait donné un bilan beaucoup plus lourd", "beaucoup plus lourd", it=TOLL,
            iv=(9, INF), st=JNIM70, sp="JNIM", qualifiers=["en revendiquant l'attaque"], via="jn")
aa_gov = E.c("Wilfried Léandre Houngbédji", "soldats béninois tués", "a donné les mêmes chiffres", "54", it=TOLL, iv=54, st=GOV54, sp=BEN, via="gov")
aa_pos = E.c("AllAfrica", "positions ciblées", "ont été attaquées simultanément", "deux", it=None,
             place="« Point triple » à la frontière Bénin-Niger-Burkina et près des chutes de Koudou dans le parc W")

# 13 Africa Top Success (RFI), Apr 2025
E.article("ats", "Africa Top Success", "https://africatopsuccess.com/au-benin-le-bilan-de-lattaque-du-17-avril-sest-alourdi", None, "fr",
          "Au Bénin, le bilan de l'attaque du 17 avril s'est alourdi",
          {"mil": {"outlet": "source militaire", "wire": "RFI"}, "gov": {"outlet": "Wilfried Léandre Houngbédji", "title": "au micro de RFI", "wire": "RFI"},
           "jn": {"outlet": "Groupe de soutien à l'islam et aux musulmans (JNIM)"}})
ats_54 = E.c("source militaire", "soldats béninois tués", "le dernier bilan s'élève à", "54", it=TOLL, iv=54, st=MIL54, sp=BEN,
             qualifiers=["communiqué six jours après l'attaque"], via="mil")
ats_8 = E.c("Africa Top Success", "décès", "annoncés juste après l'attaque", "8", it=TOLL, iv=8, qualifiers=["bien loin des 8 décès annoncés"])
ats_jn = E.c("Groupe de soutien à l'islam et aux musulmans (JNIM)", "L'attaque", "a été revendiquée par", None, it=PERP, lab="JNIM", st=JNIMR, sp="JNIM", via="jn")
ats_gov = E.c("Wilfried Léandre Houngbédji", "ces attaques", "ne se dérouleraient pas de cette façon", None, it=None, sp=BEN,
              quote="« Si de l'autre côté de la frontière il y avait un dispositif au moins comme le nôtre, ces attaques ne se dérouleraient pas de cette façon »",
              qualifiers=["cause: le manque de coopération des pays voisins"], via="gov")

# 14 Kaweru, 24 Apr 2025
E.article("kaw", "Kaweru", "https://kaweru.com/politique-societe/2025/04/24/attaques-du-17-avril-le-benin-confirme-54-morts-parmi-ses-soldats-et-dement-les-rumeurs-de-bilan-exagere",
          "2025-04-24", "fr", "Attaques du 17 avril : le Bénin confirme 54 morts parmi ses soldats et dément les rumeurs de bilan exagéré",
          {"gov": {"outlet": "Le Gouvernement béninois", "title": "point de presse", "published": "2025-04-23"}, "rum": {"outlet": "rumeurs", "title": "rumeurs virales"}})
kaw_54 = E.c("Le Gouvernement béninois", "soldats", "a officiellement reconnu la mort de", "54", it=TOLL, iv=54, st=GOV54, sp=BEN, when="17 avril",
             place="nord du pays", via="gov")
kaw_rum = E.c("rumeurs", "bilan", "évoquaient un bilan plus lourd", "plus lourd", it=TOLL, iv=(55, INF), st=RUM, qualifiers=["rumeurs virales"], via="rum")
kaw_den = E.c("Le Gouvernement béninois", "les allégations d'un chiffre gonflé", "a rejeté", None, it=DEN, lab="heavier-toll rumours refuted", polarity="denied", st=GOVDEN, sp=BEN, via="gov")
kaw_k = E.c("Le Gouvernement béninois", "soldats", "ont perdu la vie", "huit", it=TOLLK, iv=8, st=GOV54K, sp=BEN, place="près des chutes de Koudou", via="gov")
kaw_t = E.c("Le Gouvernement béninois", "soldats", "ont été tués", "46", it=TOLLT, iv=46, st=GOV54T, sp=BEN,
            place="zone du « triple point », à la frontière entre le Bénin, le Niger et le Burkina Faso", via="gov")
kaw_33 = E.c("Le Gouvernement béninois", "assaillants", "l'armée béninoise avait neutralisé", "33", it=ATK, iv=33, st=GOV33, sp=BEN, via="gov")
kaw_jan = E.c("Kaweru", "soldats", "avaient trouvé la mort", "28", it=JAN, iv=28, ev="benin-2025-jan8-attack", when="En janvier dernier",
              qualifiers=["embuscade sanglante", "revendiquée par Jama'at Nasr al-Islam wal-Muslimin"])
kaw_82 = E.c("Kaweru", "soldats béninois morts", "Cela fait donc", "82", it=None, ev="benin-2025-jan-apr-soldier-toll", qualifiers=["en seulement 4 mois"])

# 15 Courrier stratégique, Apr 2025
E.article("cs", "Courrier stratégique", "https://courrierstrategique.com/21166-benin-terrorisme-letat-confirme-la-mort-de-54-de-ses-soldats-lors-de-lattaque-du-17-avril-dernier.html",
          None, "fr", "Bénin-Terrorisme : l'État confirme la mort de 54 de ses soldats lors de l'attaque du 17 avril dernier",
          {"gov": {"outlet": "Wilfried Léandre Houngbédji", "title": "à l'issue d'une session du Conseil des ministres", "published": "2025-04-23"},
           "rum": {"outlet": "rumeurs", "title": "réseaux sociaux"}})
cs_54 = E.c("Wilfried Léandre Houngbédji", "soldats béninois", "ont été tués", "54", it=TOLL, iv=54, st=GOV54, sp=BEN, when="jeudi 17 avril",
            place="deux postes militaires situés à la frontière nord du Bénin avec le Burkina Faso et le Niger", stated="2025-04-23", via="gov")
cs_den = E.c("Wilfried Léandre Houngbédji", "les rumeurs faisant état d'une centaine de victimes", "a réfuté", None, it=DEN, lab="heavier-toll rumours refuted", polarity="denied", st=GOVDEN, sp=BEN,
             stated="2025-04-23", via="gov")
cs_rum = E.c("rumeurs", "victimes", "faisant état d'une centaine de", "une centaine", it=TOLL, iv=(90, 110), st=RUM, qualifiers=["circulent sur les réseaux sociaux"], via="rum")

# 16 Benews, Apr 2025
E.article("bnw", "Benews", "https://benews.fr/benin-33-assaillants-neutralises-par-les-forces-de-defense-au-nord-du-pays", None, "fr",
          "Bénin : 33 assaillants neutralisés par les forces de défense au nord du pays",
          {"off": {"outlet": "sources officielles"}})
bnw_54 = E.c("sources officielles", "militaires béninois", "ont perdu la vie", "54", it=TOLL, iv=54, st=GOV54, sp=BEN, when="jeudi 17 avril 2025",
             place="département de l'Alibori", via="off")
bnw_33 = E.c("sources officielles", "présumés terroristes", "ont été neutralisés", "33", it=ATK, iv=33, st=GOV33, sp=BEN, qualifiers=["lors de la riposte"], via="off")
bnw_k = E.c("sources officielles", "soldats", "ont été tués", "8", it=TOLLK, iv=8, st=GOV54K, sp=BEN, place="chutes de Koudou", via="off")
bnw_t = E.c("sources officielles", "soldats", "ont été tués", "46", it=TOLLT, iv=46, st=GOV54T, sp=BEN, place="point Triple", via="off")
bnw_fl = E.c("sources officielles", "des corps de leurs camarades", "certains terroristes en fuite auraient emporté", None, it=None, sp=BEN, hedge="auraient", via="off")

# 17 Libre Express, 23 Apr 2025
E.article("lex", "Libre Express", "https://libre-express.com/2905/benin-54-soldats-tues-dans-l%E2%80%99attaque-terroriste-au-point-triple-et-aux-chutes-de-koudou-selon-des-officiels",
          None, "fr", "Bénin : 54 soldats tués dans l'attaque terroriste au Point triple et aux chutes de Koudou selon des officiels",
          {"gov": {"outlet": "Wilfried Léandre Houngbédji", "published": "2025-04-23"}})
lex_8 = E.c("Libre Express", "soldats tués", "le bilan provisoire faisait état de", "au moins 8", it=TOLL, iv=(8, INF), qualifiers=["bilan provisoire"])
lex_13 = E.c("Libre Express", "blessés", "le bilan provisoire faisait état de", "13", it=WND, iv=13, qualifiers=["bilan provisoire"])
lex_54 = E.c("Wilfried Léandre Houngbédji", "militaires béninois", "ayant perdu la vie", "54", it=TOLL, iv=54, st=GOV54, sp=BEN, when="jeudi 17 avril 2025",
             place="chutes de Koudou et « Point triple »", qualifiers=["décompte final"], via="gov")
lex_k = E.c("Wilfried Léandre Houngbédji", "militaires", "tués", "8", it=TOLLK, iv=8, st=GOV54K, sp=BEN, place="chutes de Koudou", via="gov")
lex_t = E.c("Wilfried Léandre Houngbédji", "militaires", "tués", "46", it=TOLLT, iv=46, st=GOV54T, sp=BEN, place="point triple", via="gov")
lex_33 = E.c("Libre Express", "terroristes", "ont été tués", "trente-trois (33)", it=ATK, iv=33, qualifiers=["selon les informations officielles"])

# 18 Africaho, Apr 2025
E.article("aho", "Africaho", "https://africaho.bj/article/benin-54-soldats-tues-dans-la-double-attaque-du-17-avril-dans-le-nord", None, "fr",
          "Bénin : 54 soldats tués dans la double attaque du 17 avril dans le nord",
          {"gov": {"outlet": "Wilfried Léandre Houngbédji", "title": "à l'issue du Conseil des ministres", "published": "2025-04-23"},
           "jn": {"outlet": "Groupe de soutien à l'islam et aux musulmans (JNIM)"}})
aho_54 = E.c("Wilfried Léandre Houngbédji", "morts dans le rang des Forces armées Béninoises (FAB)", "le bilan stabilisé fait état de", "54", it=TOLL, iv=54,
             st=GOV54, sp=BEN, place="« Point triple » et près des chutes de Koudou dans le parc W", when="jeudi 17 avril", via="gov")
aho_33 = E.c("Africaho", "assaillants", "le ratissage a permis de neutraliser", "33", it=ATK, iv=33, qualifiers=["Côté ennemi"])
aho_jn = E.c("Groupe de soutien à l'islam et aux musulmans (JNIM)", "bilan", "évoquant un bilan plus lourd", "plus lourd", it=TOLL, iv=(55, INF), st=JNIM70,
             sp="JNIM", via="jn")
aho_perp = E.c("Groupe de soutien à l'islam et aux musulmans (JNIM)", "cette double attaque", "a revendiqué", None, it=PERP, lab="JNIM", st=JNIMR, sp="JNIM", via="jn")

# 19 Africa Top Success, Apr 2025 (the official toll and JNIM's video)
E.article("at2", "Africa Top Success", "https://africatopsuccess.com/?p=230246", None, "fr", None,
          {"off": {"outlet": "Le Gouvernement béninois", "title": "bilan officiel"}, "jn": {"outlet": "le groupe", "title": "vidéo de revendication"}})
at2_54 = E.c("Le Gouvernement béninois", "militaires béninois", "a coûté la vie à", "54", it=TOLL, iv=54, st=GOV54, sp=BEN, when="jeudi 17 avril 2025",
             place="Koudou et Point Triple", qualifiers=["bilan officiel communiqué ce mercredi"], via="off")
at2_33 = E.c("Le Gouvernement béninois", "assaillants", "ont été neutralisés", "33", it=ATK, iv=33, st=GOV33, sp=BEN, via="off")
at2_8 = E.c("Africa Top Success", "morts dans les rangs de l'armée", "les premières estimations évoquaient", "8", it=TOLL, iv=8)
at2_70 = E.c("le groupe", "soldats", "affirmant avoir tué", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM", via="jn")

# 20 RT France (after 23 Apr)
E.article("rt2", "RT France", "https://francais.rt.com/news/119862-benin-bilan-officiel-attaque-jihadiste-salourdit-54-soldats-tues/amp", None, "fr",
          "Bénin : le bilan officiel de l'attaque jihadiste s'alourdit à 54 soldats tués",
          {"gov": {"outlet": "Wilfried Léandre Houngbédji", "published": "2025-04-23"}, "jn": {"outlet": "Groupe de soutien à l'islam et aux musulmans (JNIM)"}})
rt2_54 = E.c("Wilfried Léandre Houngbédji", "soldats béninois", "avait tué", "54", it=TOLL, iv=54, st=GOV54, sp=BEN, when="17 avril",
             place="postes militaires de Banikoara et Koudou", stated="2025-04-23", via="gov")
rt2_jn = E.c("Groupe de soutien à l'islam et aux musulmans (JNIM)", "l'assaut", "a revendiqué", None, it=PERP, lab="JNIM", st=JNIMR, sp="JNIM",
             qualifiers=["deux jours après"], via="jn")

# 21 SOFX (AFP), Apr 2025
E.article("sfx", "SOFX", "https://sofx.com/benin-confirms-54-soldiers-killed-in-jihadist-attack-near-northern-border", None, "en",
          "Benin confirms 54 soldiers killed in jihadist attack near northern border",
          {"gov": {"outlet": "Government spokesman Wilfried Leandre Houngbedji", "title": "press briefing"},
           "jn": {"outlet": "Jama'at Nusrat al-Islam wal Muslimeen (JNIM)"}})
sfx_54 = E.c("Government spokesman Wilfried Leandre Houngbedji", "soldiers", "were killed", "54", it=TOLL, iv=54, st=GOV54, sp=BEN,
             place="W National Park, northern Benin", when="April 17", qualifiers=["updated death toll"],
             quote="\"Even if it's not 70… it's still a lot,\" Houngbedji said.", via="gov")
sfx_8 = E.c("SOFX", "deaths", "initially reported", "eight", it=TOLL, iv=8, qualifiers=["a sharp increase from the eight deaths initially reported"])
sfx_70 = E.c("Jama'at Nusrat al-Islam wal Muslimeen (JNIM)", "soldiers", "said that they had killed", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM",
             qualifiers=["earlier claimed responsibility for the attack"], via="jn")
sfx_jan = E.c("SOFX", "soldiers", "were killed", "28", it=JAN, iv=28, ev="benin-2025-jan8-attack", when="In January",
              place="near the border area with Burkina Faso and Niger", qualifiers=["a similar assault"])

# 22 East Coast Daily, 27 Apr 2025
E.article("ecd", "East Coast Daily", "https://www.eastcoastdaily.in/2025/04/27/54-soldiers-killed-after-terrorist-attack-on-military-posts.html", "2025-04-27", "en",
          "54 soldiers killed after terrorist attack on military posts", {"jn": {"outlet": "JNIM"}})
ecd_54 = E.c("East Coast Daily", "soldiers", "were killed", "54", it=TOLL, iv=54, place="W national park in northern Benin",
             actor="Islamic militants", qualifiers=["the heaviest toll since jihadist attacks began in the northern part of the country"])
ecd_jn = E.c("JNIM", "the attack", "claimed", None, it=PERP, lab="JNIM", st=JNIMR, sp="JNIM", via="jn")
ecd_jan = E.c("East Coast Daily", "Benin soldiers", "were killed", "28", it=JAN, iv=28, ev="benin-2025-jan8-attack", when="in January",
              place="near the border between Benin, Niger and Burkina Faso", qualifiers=["an attack also claimed by the JNIM"])
ecd_dep = E.c("East Coast Daily", "soldiers", "Benin deployed", "nearly 3,000", it=None, ev="benin-2022-deployment", when="January 2022",
              qualifiers=["to secure its borders"])

# 23 Kritika News (BBC), Apr 2025
E.article("kri", "Kritika News", "https://kritikanews.com/islamic-militants-kill-at-least-54-soldiers-in-northern-benin-government-says", None, "en",
          "Islamic militants kill at least 54 soldiers in northern Benin, government says",
          {"gov": {"outlet": "Benin's government"}, "gov8": {"outlet": "Benin's government", "title": "initial toll"},
           "jn": {"outlet": "Jama'at Nusrat al-Islam wal Muslimeen (JNIM)", "wire": "SITE Intelligence Group"},
           "hg": {"outlet": "Government spokesman Wilfried Leandre Houngbedji"}})
kri_54 = E.c("Benin's government", "troopers", "killed", "a minimum of 54", it=TOLL, iv=(54, INF), st=GOV54, sp=BEN, actor="Islamic militants",
             place="Alibori division, northern Benin", when="final week", via="gov")
kri_8 = E.c("Benin's government", "troopers", "initially stated had died", "eight", it=TOLL, iv=8, st=GOV8, sp=BEN, when="final Thursday's",
            qualifiers=["revised the death toll up on Wednesday"], via="gov8")
kri_70 = E.c("Jama'at Nusrat al-Islam wal Muslimeen (JNIM)", "troopers", "claimed that it had killed", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM", via="jn")
kri_jn = E.c("Jama'at Nusrat al-Islam wal Muslimeen (JNIM)", "the killings", "stated it was behind", None, it=PERP, lab="JNIM", st=JNIMR, sp="JNIM", via="jn")
kri_nb = E.c("Government spokesman Wilfried Leandre Houngbedji", "these assaults", "wouldn't happen on this method", None, it=None, sp=BEN,
             quote="“The troopers who’ve fallen are our youngsters, our mother and father, our mates.”",
             qualifiers=["neighbouring nations must do more"], via="hg")
kri_jan = E.c("Kritika News", "Beninese troopers", "left lifeless", "28", it=JAN, iv=28, ev="benin-2025-jan8-attack", when="early January",
              actor="JNIM")

# 24 JHB News (BBC), Apr 2025
E.article("jhb", "JHB News", "https://jhb.news/benin-admits-that-54-soldiers-killed-in-border-attack-by-jnim", None, "en",
          "Benin admits that 54 soldiers killed in border attack by JNIM",
          {"gov": {"outlet": "Benin's government"}, "gov8": {"outlet": "Benin's government", "title": "initial toll"},
           "jn": {"outlet": "the jihadist group", "wire": "SITE Intelligence Group"},
           "nv": {"outlet": "Serge Nonvignon", "title": "Facebook post", "published": "2025-04-23"}})
jhb_54 = E.c("Benin's government", "troopers", "had admitted had been killed", "54", it=TOLL, iv=54, st=GOV54, sp=BEN, actor="suspected jihadists",
             place="the nation's north, near the borders with Burkina Faso and Niger", when="final week", via="gov")
jhb_8 = E.c("Benin's government", "troopers", "had beforehand stated had been killed", "eight", it=TOLL, iv=8, st=GOV8, sp=BEN, qualifiers=["solely"], via="gov8")
jhb_70 = E.c("the jihadist group", "troopers", "had stated it killed", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM", qualifiers=["in raids on two army posts in the north"], via="jn")
jhb_nv = E.c("Serge Nonvignon", "losses for the nation", "wrote", "Heavy", it=TOLL, iv=(1, INF), st=NONV, quote="“Heavy losses for the nation,”", via="nv")

# 25 WACSOF, Apr 2025
E.article("wac", "WACSOF", "https://wacsofoscao.org/54-beninese-soldiers-killed", None, "en", "54 Beninese soldiers killed",
          {"gov": {"outlet": "Government spokesman Wilfried Leandre Houngbedji", "title": "press briefing", "published": "2025-04-22"}})
wac_54 = E.c("WACSOF", "Beninese soldiers", "were killed", "54", it=TOLL, iv=54, place="“Triple Point” region", when="Thursday, April 17",
             qualifiers=["two simultaneous jihadist attacks"])
wac_w = E.c("WACSOF", "others", "injured", "more than a dozen", it=WND, iv=(13, INF))
wac_gov = E.c("Government spokesman Wilfried Leandre Houngbedji", "the death toll", "announced the revised", "54", it=TOLL, iv=54, st=GOV54, sp=BEN,
              stated="2025-04-22", qualifiers=["significantly raising the earlier count of eight fatalities"], via="gov")
wac_jan = E.c("WACSOF", "the Beninese army", "had already been the target of a particularly deadly assault", None, it=None, ev="benin-2025-jan8-attack",
              when="January 8", place="“Triple Point” region")

# 26 Qiraat African (BBC, in French), Apr 2025
E.article("qir", "Qiraat African", "https://qiraatafrican.com/fr/?p=15064", None, "fr", None,
          {"gov": {"outlet": "Le Gouvernement béninois"}, "gov8": {"outlet": "sources officielles", "title": "bilan précédent"}})
qir_54 = E.c("Le Gouvernement béninois", "soldats", "a reconnu la mort de", "54", it=TOLL, iv=54, st=GOV54, sp=BEN, actor="des djihadistes présumés",
             place="nord du pays, près des frontières avec le Burkina Faso et le Niger", when="la semaine dernière", via="gov")
qir_8 = E.c("sources officielles", "soldats", "avaient précédemment déclaré que seuls avaient été tués", "huit", it=TOLL, iv=8, st=GOV8, sp=BEN, via="gov8")
qir_jn = E.c("Qiraat African", "L'attaque", "a été revendiquée par", None, it=PERP, lab="JNIM", actor="Jama'at Nusrat al-Islam wal Muslimeen (Jnim)")

# 27 tagesschau (mirror), Apr 2025
E.article("tag", "tagesschau", "https://cyaalxkjiq.oedi.net/ausland/afrika/benin-terror-islamismus-100.html", None, "de",
          "Viele Tote nach Angriff von Islamisten in Benin",
          {"gov": {"outlet": "Regierungssprecher Wilfried Léandre Houngbédji"}, "gov8": {"outlet": "Regierung", "title": "zuvor"},
           "jn": {"outlet": "JNIM \"Dschamaat Nusrat al-Islam wal-Muslimin\"", "wire": "Site Intelligence Group"}})
tag_54 = E.c("Regierungssprecher Wilfried Léandre Houngbédji", "Soldaten", "seien bei der Attacke getötet worden", "54", it=TOLL, iv=54, st=GOV54, sp=BEN,
             place="Norden Benins, Grenzgebiet zu Burkina Faso und Niger", when="17. April", via="gov")
tag_8 = E.c("Regierung", "Toten", "hatte die Regierung die Zahl angegeben mit", "acht", it=TOLL, iv=8, st=GOV8, sp=BEN,
            qualifiers=["zuvor"], via="gov8")
tag_70 = E.c("JNIM \"Dschamaat Nusrat al-Islam wal-Muslimin\"", "Soldaten", "behauptete, getötet zu haben", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM",
             qualifiers=["direkt nach der Attacke"], via="jn")
tag_jn = E.c("JNIM \"Dschamaat Nusrat al-Islam wal-Muslimin\"", "den Angriff", "beanspruchte für sich", None, it=PERP, lab="JNIM", st=JNIMR, sp="JNIM", via="jn")
tag_jan = E.c("tagesschau", "Soldaten", "getötet", "etwa 30", it=JAN, iv=(25, 35), ev="benin-2025-jan8-attack", when="Erst im Januar")

# 28 leitzahl news (gopher), Apr 2025
E.article("lz", "leitzahl news", "https://phroot.kroovy.de/gopherproxy/?q=gopher.leitzahl.de%2F0%2Fnews%2F16f1612ec694234a8422838a14f537a1acb42ef0.txt", None, "de", None,
          {"gov": {"outlet": "Regierungsangaben und Berichte lokaler Medien"}})
lz_54 = E.c("Regierungsangaben und Berichte lokaler Medien", "Soldaten", "getötet worden", "mindestens 54", it=TOLL, iv=(54, INF),
            actor="islamistischer Terrormilizen", place="Norden des Landes", when="17. April", via="gov")
lz_8 = E.c("leitzahl news", "toten Soldaten", "Zunächst war die Rede von", "acht", it=TOLL, iv=8)
lz_jn = E.c("leitzahl news", "dem Anschlag", "bekannt hatte sich", None, it=PERP, lab="JNIM", actor="JNIM, westafrikanischer Ableger der Terrormiliz Al Kaida")
lz_jan = E.c("leitzahl news", "Soldaten", "getötet worden", "etwa 30", it=JAN, iv=(25, 35), ev="benin-2025-jan8-attack", when="Erst im Januar",
             qualifiers=["bei einem ähnlichen Angriff"])

# 29 Tgcom24 (AFP), Apr 2025
E.article("tgc", "Tgcom24", "https://tgcom24.mediaset.it/mondo/benin-almeno-54-soldati-uccisi-in-un-attacco-jihadista_97127184-202502k.shtml", None, "it",
          "Benin, almeno 54 soldati uccisi in un attacco jihadista", {"gov": {"outlet": "governo", "wire": "AFP"}})
tgc_54 = E.c("governo", "soldati del Benin", "sono stati uccisi", "Cinquantaquattro", it=TOLL, iv=54, st=GOV54, sp=BEN, actor="sospetto attacco jihadista",
             place="Parco nazionale W, nord del Paese", when="la scorsa settimana", qualifiers=["un nuovo bilancio delle vittime"], via="gov")

# 30 Rosamarinalake (BBC, machine translated into Italian), Apr 2025
E.article("ros", "Rosamarinalake", "https://rosamarinalake.com/notizie-in-evidenza/israele-sta-riprendendo-i-corpi-di-ostaggio-uccisi-da-hamas-il-7-ottobre/42255/?random-post=1",
          None, "it", "La milizia islamica uccide almeno 54 soldati nel Benin settentrionale, secondo il governo",
          {"gov": {"outlet": "governo"}, "gov8": {"outlet": "governo", "title": "inizialmente"},
           "jn": {"outlet": "Il gruppo di supporto dell'Islam e dei musulmani (JNIM)", "wire": "Gruppo di intelligence del sito"}})
ros_54 = E.c("governo", "soldati", "hanno ucciso", "almeno 54", it=TOLL, iv=(54, INF), st=GOV54, sp=BEN, actor="Milizia islamica", via="gov")
ros_8 = E.c("governo", "soldati", "inizialmente ha detto", "otto", it=TOLL, iv=8, st=GOV8, sp=BEN, when="giovedì scorso", via="gov8")
ros_70 = E.c("Il gruppo di supporto dell'Islam e dei musulmani (JNIM)", "soldati", "ha affermato di aver ucciso", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM", via="jn")
ros_jan = E.c("Rosamarinalake", "soldati", "sono morti", "28", it=JAN, iv=28, ev="benin-2025-jan8-attack",
              when="all'inizio di gennaio", qualifiers=["Jnim ha anche affermato di formare un attacco"])

# 31 News.tn (AFP, in Arabic), 23 Apr 2025
E.article("ntn", "News.tn", "https://headless2.news.tn/posts/%d9%87%d8%ac%d9%88%d9%85-%d8%a7%d9%84%d8%ac%d9%87%d8%a7%d8%af%d9%8a-%d9%81%d9%8a-%d8%a8%d9%86%d9%8a%d9%86-%d9%8a%d9%82%d8%aa%d9%84-54-%d8%b9%d9%84%d9%89-%d8%a7%d9%84%d8%a3%d9%82%d9%84-%d8%8c-%d9%83",
          None, "ar", None,
          {"gov": {"outlet": "الحكومة", "title": "مؤتمر صحفي", "published": "2025-04-23"}, "gov8": {"outlet": "السلطات", "title": "في السابق"},
           "jn": {"outlet": "المجموعة لدعم الإسلام والمسلمين"}})
ntn_54 = E.c("الحكومة", "جنديًا", "قتلوا", "54", it=TOLL, iv=54, st=GOV54, sp=BEN, actor="المتمردين الجهاديين", place="حديقة W الوطنية في شمال بنين",
             stated="2025-04-23", quote="“حتى لو لم يكن 70 … إنه كثير”", via="gov")
ntn_8 = E.c("السلطات", "جنود", "قد قالت في السابق إن قتلوا", "ثمانية", it=TOLL, iv=8, st=GOV8, sp=BEN, via="gov8")
ntn_70 = E.c("المجموعة لدعم الإسلام والمسلمين", "جنديًا بنينيين", "لقد قال قتلوا", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM", via="jn")
ntn_jan = E.c("News.tn", "جنديًا بنين", "قُتل", "ثمانية وعشرون", it=JAN, iv=28, ev="benin-2025-jan8-attack", when="في يناير",
              place="بالقرب من الحدود بين بنين والنيجر وبوركينا فاسو")

# 32 Al Ayam (Egypt), Apr 2025: headline 45, body 54
E.article("aya", "Al Ayam", "https://www.alayamegy.com/509155", None, "ar", "مقتل 45 جنديا في هجوم إرهابي على حدود بنين وبروكينا فاسو",
          {"gov": {"outlet": "الحكومة البنينية", "title": "مؤتمر صحفي"}, "gov8": {"outlet": "السلطات", "title": "سابقًا"},
           "jn": {"outlet": "جماعة نصرة الإسلام والمسلمين"}})
aya_45 = E.c("Al Ayam", "جنديا", "مقتل", "45", it=TOLL, iv=45, place="حدود بنين وبروكينا فاسو", qualifiers=["headline"])
aya_54 = E.c("الحكومة البنينية", "جنديًا متمركزين في متنزه وطني", "قتلوا", "54", it=TOLL, iv=54, st=GOV54, sp=BEN, when="17 أبريل",
             actor="مسلحين يُشتبه في انتمائهم لتنظيم إرهابي", quote="\"حتى لو لم يكن العدد 70 ... فهو كثير\"", via="gov")
aya_8 = E.c("السلطات", "جنود", "قد أعلنت سابقًا مقتل", "ثمانية", it=TOLL, iv=8, st=GOV8, sp=BEN, via="gov8")
aya_70 = E.c("جماعة نصرة الإسلام والمسلمين", "جنديًا بنينيًا", "قد أعلنت مقتل", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM", via="jn")
aya_jn = E.c("جماعة نصرة الإسلام والمسلمين", "الهجوم", "تبنت", None, it=PERP, lab="JNIM", st=JNIMR, sp="JNIM", via="jn")

# 33 Warrior (BBC, in Spanish), Apr 2025
E.article("war", "Warrior", "https://warrior.do/?p=16818", None, "es", "Los militantes islámicos matan al menos a 54 soldados en el norte de Benin, dice el gobierno",
          {"gov": {"outlet": "el gobierno del país"}, "gov8": {"outlet": "El gobierno de Benin", "title": "originalmente"},
           "jn": {"outlet": "Jama'at Nusrat al-Islam Wal Muslimeen (Jnim)", "wire": "el grupo de inteligencia del sitio"}})
war_54 = E.c("el gobierno del país", "soldados", "mataron al menos a", Q("al menos a 54", 54, None, "lower_bound"), it=TOLL, iv=(54, INF), st=GOV54, sp=BEN, actor="Los militantes islámicos",
             place="departamento de Alibori, norte de Benin", when="la semana pasada", via="gov")
war_8 = E.c("El gobierno de Benin", "soldados", "originalmente dijo que habían muerto", "ocho", it=TOLL, iv=8, st=GOV8, sp=BEN, when="el jueves pasado",
            qualifiers=["revisaron significativamente el número de muertos el miércoles"], via="gov8")
war_70 = E.c("Jama'at Nusrat al-Islam Wal Muslimeen (Jnim)", "soldados", "afirmó que había matado a", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM", via="jn")
war_jn = E.c("Jama'at Nusrat al-Islam Wal Muslimeen (Jnim)", "los asesinatos", "dijo que estaba detrás de", None, it=PERP, lab="JNIM", st=JNIMR, sp="JNIM", via="jn")
war_jan = E.c("Warrior", "soldados beninoses", "dejó muertos", "28", it=JAN, iv=28, ev="benin-2025-jan8-attack", when="a principios de enero",
              qualifiers=["Jnim también se atribuyó la responsabilidad"])

# 34 Prensa Comunitaria (BBC, in Spanish), Apr 2025
E.article("pco", "Prensa Comunitaria", "https://prensacomunitaria.com/?p=50112", None, "es", "Benin admite que 54 soldados asesinados en ataque de Al-Qaeda Group",
          {"gov": {"outlet": "El gobierno de Benin"}, "gov8": {"outlet": "El gobierno de Benin", "title": "anteriormente"},
           "jn": {"outlet": "El grupo yihadista", "wire": "el sitio del grupo de inteligencia"},
           "nv": {"outlet": "Serge Nonvignon", "title": "publicación de Facebook", "published": "2025-04-23"}})
pco_54 = E.c("El gobierno de Benin", "soldados", "admitió que fueron asesinados", "54", it=TOLL, iv=54, st=GOV54, sp=BEN, actor="presuntos yihadistas",
             place="norte del país, cerca de las fronteras con Burkina Faso y Níger", when="la semana pasada", via="gov")
pco_8 = E.c("El gobierno de Benin", "soldados", "habían dicho anteriormente que fueron asesinados", "ocho", it=TOLL, iv=8, st=GOV8, sp=BEN, qualifiers=["solo"], via="gov8")
pco_70 = E.c("El grupo yihadista", "soldados", "había dicho que mató a", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM",
             qualifiers=["en redadas en dos puestos militares en el norte"], via="jn")
pco_nv = E.c("Serge Nonvignon", "pérdidas para la nación", "escribió", "Grandes", it=TOLL, iv=(1, INF), st=NONV, quote="«Grandes pérdidas para la nación»", via="nv")

# 35 Mano la da Força (BBC, in Portuguese), Apr 2025
E.article("mlf", "Mano la da Força", "https://manoladadaforca.com.br/noticias/benin-admite-que-54-soldados-mortos-em-ataque-pelo-grupo-da-al-qaeda/27595", None, "pt",
          "Benin admite que 54 soldados mortos em ataque pelo grupo da Al-Qaeda",
          {"gov": {"outlet": "O governo de Benin"}, "gov8": {"outlet": "O governo de Benin", "title": "anteriormente"},
           "jn": {"outlet": "O grupo jihadista", "wire": "website do Intelligence Group"},
           "nv": {"outlet": "Serge Nonvignon", "title": "submit no Fb", "published": "2025-04-23"}})
mlf_54 = E.c("O governo de Benin", "soldados", "admitiu que foram mortos", "54", it=TOLL, iv=54, st=GOV54, sp=BEN, actor="suspeitos de jihadistas",
             place="norte do país, perto das fronteiras com Burkina Faso e Níger", when="na semana passada", via="gov")
mlf_8 = E.c("O governo de Benin", "soldados", "haviam dito anteriormente que foram mortos", "oito", it=TOLL, iv=8, st=GOV8, sp=BEN, qualifiers=["apenas"], via="gov8")
mlf_70 = E.c("O grupo jihadista", "soldados", "disse que matou", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM",
             qualifiers=["em ataques em dois postos militares no norte"], via="jn")
mlf_nv = E.c("Serge Nonvignon", "perdas para o país", "escreveu", "pesadas", it=TOLL, iv=(1, INF), st=NONV, quote="“Perdas pesadas para o país”", via="nv")

# 36 Bisnis Update (BBC, in Indonesian), Apr 2025
E.article("bis", "Bisnis Update", "https://bisnisupdate.com/luar-negeri/benin-mengakui-bahwa-54-tentara-tewas-dalam-serangan-perbatasan-oleh-jnim/194351", None, "id",
          "Benin mengakui bahwa 54 tentara tewas dalam serangan perbatasan oleh JNIM",
          {"gov": {"outlet": "Pemerintah Benin"}, "gov8": {"outlet": "Pemerintah Benin", "title": "sebelumnya"},
           "jn": {"outlet": "Kelompok jihadist tersebut", "wire": "kelompok intelijen SITE"}})
bis_54 = E.c("Pemerintah Benin", "prajurit", "telah mengakui bahwa tewas", "54", it=TOLL, iv=54, st=GOV54, sp=BEN, actor="dugaan jihadist",
             place="bagian utara negara, dekat perbatasan dengan Burkina Faso dan Niger", when="minggu lalu", via="gov")
bis_8 = E.c("Pemerintah Benin", "prajurit", "sebelumnya mengatakan bahwa tewas", "delapan", it=TOLL, iv=8, st=GOV8, sp=BEN, qualifiers=["hanya"], via="gov8")
bis_70 = E.c("Kelompok jihadist tersebut", "prajurit", "mengatakan telah membunuh", "70", it=TOLL, iv=70, st=JNIM70, sp="JNIM",
             qualifiers=["dalam serangan terhadap dua pos militer di utara"], via="jn")

# 37 Vatican News (Fides), May 2025
E.article("vat", "Vatican News", "https://www.vaticannews.va/de/welt/news/2025-05/benin-bischofe-solidarisch-nach-todlichen-jihadistenangriffen.html", "2025-05", "de",
          None, {})
vat_54 = E.c("Vatican News", "Soldaten", "haben das Leben gekostet", "54", it=None, ev="benin-2025-two-attacks-total",
             qualifiers=["Zwei jihadistische Angriffe innerhalb von drei Monaten"], place="Norden Benins")
vat_jn = E.c("Vatican News", "zwei Militärposten im Dreiländereck von Benin, Burkina Faso und Niger", "überfallen", None, it=PERP, lab="JNIM",
             actor="Kämpfer des „Jamaat Nusrat al-Islam wal-Muslimin“ (JNIM)", when="17. April")
vat_100 = E.c("Vatican News", "Bewaffnete auf Motorrädern", "waren beteiligt", "rund hundert", it=None, qualifiers=["Insgesamt"])
vat_jan = E.c("Vatican News", "Soldaten", "das Leben gekostet", "rund 30", it=JAN, iv=(25, 35), ev="benin-2025-jan8-attack", when="8. Januar",
              place="bei Karimama")

# 38 Akhbar Lhawdh (Arabic), Feb 2026: background
E.article("akh", "Akhbar Lhawdh", "https://www.akhbarlhawdh.info/?p=17670", "2026-02", "ar",
          "جماعة نصرة الإسلام والمسلمين تعلن مقتل جنديين بنينيين في كمين شمال البلاد",
          {"jn2": {"outlet": "جماعة نصرة الإسلام والمسلمين", "title": "منشور"}, "jn": {"outlet": "جماعة نصرة الإسلام والمسلمين", "title": "تبنٍّ"}})
akh_2 = E.c("جماعة نصرة الإسلام والمسلمين", "جنديين من الجيش البنيني", "مقتل", "2", it=None, ev="benin-2026-feb17-ambush", sp="JNIM",
            place="بين منطقتي غونجي وغساسي قرب الحدود مع بوركينا فاسو", when="17 فبراير", via="jn2")
akh_54 = E.c("جماعة نصرة الإسلام والمسلمين", "جندياً بنينياً", "قالت إنه أسفر عن مقتل", "54", it=TOLL, iv=54, sp="JNIM",
             qualifiers=["تبنت الجماعة في أبريل من العام ذاته هجوماً"], via="jn")

# -- pairs written by hand ---------------------------------------------------------------------------------------------
P = E.pair
# the government's refutation of the rumours of a heavier toll (about a hundred dead) vs those rumours
for d in (kaw_den, cs_den):
    for r in (kaw_rum, cs_rum):
        P(d, r, "contradicts", "the government refutes the rumours of a heavier toll (about a hundred dead) vs those rumours: assertion and denial")
# Houngbédji's remark on the neighbours' lack of a force like Benin's (23 Apr), relayed twice
P(ats_gov, kri_nb, "echo", "both relay Houngbédji's remark of 23 Apr: with a force like ours across the border these attacks would not happen this way")
# Reuters' report that the army spokesman did not answer (19-20 Apr), relayed twice
P(rt1_hon, dt_hon, "echo", "both relay Reuters' report that army spokesman Honfoga did not respond (19-20 Apr)")
# the army's 'several terrorists neutralised' (18 Apr) and the Beninese sources' later figures: the figure is more specific, not a revision
for a in (rf1_11, kaw_33, bnw_33, at2_33):
    P(ko1_atk, a, "refines", "Benin authorities: 'several' attackers neutralised (18 Apr), then a figure: the figure is more specific, not a revision")

# hard negatives: part tolls against the total, other items, other incidents, totals
for k in (kaw_k, bnw_k, lex_k):
    for a in (ko1_8, h24_8, rf1_8):
        P(k, a, "unrelated", "eight killed at the Koudou falls post (a part) vs eight killed in the two attacks (the first total): same figure, other item")
for t in (kaw_t, bnw_t, lex_t):
    P(t, kaw_54 if t == kaw_t else (bnw_54 if t == bnw_t else lex_54), "unrelated", "46 killed at the Point triple (a part) vs 54 in both attacks: other item, one article")
P(kaw_33, kaw_54, "unrelated", "33 attackers neutralised vs 54 soldiers killed: other item, one article")
P(bnw_33, bnw_54, "unrelated", "33 attackers neutralised vs 54 soldiers killed: other item, one article")
P(rf1_11, rf1_8, "unrelated", "eleven jihadists killed vs eight soldiers killed: other item, one article")
P(lex_13, lex_8, "unrelated", "13 wounded vs at least 8 killed (the provisional toll): other item, one article")
P(pra_w, pra_8, "unrelated", "about ten wounded vs at least eight killed: other item, one article")
P(kaw_82, kaw_54, "unrelated", "82 soldiers dead in four months (January and April attacks) vs 54 on 17 April: total vs incident")
P(kaw_82, kaw_jan, "unrelated", "82 soldiers dead in four months vs 28 on 8 January: total vs incident")
for a in (dak_54, cs_54, sfx_54, tag_54):
    P(vat_54, a, "unrelated", "54 soldiers killed in two attacks in three months (Vatican News) vs 54 killed on 17 April: same figure, total vs incident")
P(vat_jan, vat_54, "unrelated", "about 30 on 8 January vs 54 in two attacks: incident vs total, one article")
P(vat_100, cs_rum, "unrelated", "about a hundred armed men on motorcycles (attackers) vs rumours of about a hundred dead: near figure, other item")
P(vat_100, vat_54, "unrelated", "about a hundred attackers vs 54 soldiers killed: other item, one article")
P(ecd_dep, ecd_54, "unrelated", "nearly 3,000 soldiers deployed in January 2022 vs 54 killed on 17 April: other item, other date")
for a in (ko2_jan, sfx_jan, kri_jan, ntn_jan, war_jan):
    P(a, {ko2_jan: ko2_8, sfx_jan: sfx_54, kri_jan: kri_54, ntn_jan: ntn_54, war_jan: war_54}[a], "unrelated",
      "28 soldiers killed on 8 January vs the toll of 17 April: same place (the Point triple), other incident, one article")
P(rf1_jan, rf1_8, "unrelated", "about forty dead on 8 January vs eight on 17 April: same place, other incident, one article")
P(tag_jan, tag_54, "unrelated", "about 30 killed in January vs 54 on 17 April: other incident, one article")
P(lz_jan, lz_54, "unrelated", "about 30 killed in January vs at least 54 on 17 April: other incident, one article")
P(ros_jan, ros_70, "unrelated", "28 dead in early January vs JNIM's 70 of 17 April: other incident, one article")
P(akh_2, akh_54, "unrelated", "JNIM: two soldiers killed in the ambush of 17 February 2026 vs 54 in April 2025: same speaker, other incident")
P(taq_veh, taq_70, "unrelated", "JNIM: seven military vehicles burnt vs 70 soldiers killed: same statement, other item")
P(h24_jan, h24_8, "unrelated", "many soldiers killed in January vs eight on 17 April: other incident, one article")
# the military source's 54 (RFI) and the government's 54 relayed as "at least 54": the same figure of the same speaker
for m in (aa_54, ats_54):
    for g in (kri_54, ros_54, war_54):
        P(m, g, "agrees", "Benin authorities: 54 (military source to RFI) and 54 (the government, relayed as 'at least 54'): same figure, another occasion")

E.aggregate(kaw_82, ["parcw-2025", "benin-2025-jan8-attack"])
E.aggregate(vat_54, ["parcw-2025", "benin-2025-jan8-attack"])

E.write()
