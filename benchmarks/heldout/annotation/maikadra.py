from lib import Event, INF, Q

E_SLUG = "maikadra-2020"
TOLL, PERP, VICT = "toll", "perp", "victims"
DITCH = "ditch"

# perpetrator labels (who killed the civilians of Mai Kadra on 9-10 November 2020)
TIG = "Tigrayan forces"            # forces / militia / police loyal to the TPLF, Tigrayan youths
SAMRI = "Samri youth group"        # the EHRC's finding: the Samri group aided by local police and militia
DEN = "TPLF denies"                # the TPLF denies any involvement
UNC = "unconfirmed"                # who did it is not (yet) confirmed
FEDAM = "federal and Amhara forces"  # refugees' account: federal soldiers and Amhara forces killed Tigrayans
AMDEN = "Amhara forces deny"       # the Amhara regional government: groundless that its forces killed Tigrayans

# victim labels (who the dead were)
AMH = "Amhara"
NONTIG = "non-Tigrayans"
TIGV = "Tigrayans"
LAB = "day labourers"
BOTH = "Amhara and Tigrayans"


class MaiKadra(Event):
    """On who the victims were and who killed them, two labels of one speaker are parts of one
    account (Amnesty's 'day labourers' and, later, 'Amhara men'; Abiy's 'TPLF forces' and his
    ministry's 'the Samri group'), related by the label table, never a revision.  A speaker that
    first could not say who did it and later names a perpetrator (Amnesty) revises its account."""

    def _judge(self, item, ma, mb):
        if (item in (VICT, PERP) and ma["lab"] and mb["lab"] and ma["lab"] != mb["lab"]
                and UNC not in (ma["lab"], mb["lab"]) and not (ma["st"] and ma["st"] == mb["st"])):
            lr = self.labrel.get(frozenset((ma["lab"], mb["lab"])), "compatible")
            return (lr, f"{lr}: {ma['lab']} / {mb['lab']} ({self._fmt(ma)} / {self._fmt(mb)})")
        return super()._judge(item, ma, mb)


E = MaiKadra(E_SLUG)
S = E.src
E.exclusive |= {PERP, VICT}
# day phrases the model cannot read against the article (no year, undated article) go to qualifiers
E.bad_when = {"9 de noviembre de 2020", "la nuit du 9 novembre", "am Montag", "de nacht van 9 november", "twee dagen geleden",
              "the night of 9 November", "ليلة 9 نوفمبر", "the night of November 9", "9 نوفمبر/تشرين الثاني", "يوم 9 نوفمبر",
              "am 9. November", "9 listopada", "El 9 de noviembre", "9 de noviembre", "el lunes 9 de noviembre"}

# -- statements relayed by several articles (echo) -----------------------------------
AMN = "Amnesty International's statement of Thu 12 Nov 2020 (scores, likely hundreds, stabbed or hacked to death in Mai-Kadra on the night of 9 Nov)"
AMNV = "Amnesty's statement of 12 Nov 2020 (the dead appear to be day labourers not involved in the offensive; Deprose Muchena)"
AMNW = "Amnesty's statement of 12 Nov 2020 (witnesses: forces loyal to the TPLF did it, after a defeat)"
AMNU = "Amnesty's statement of 12 Nov 2020 (it could not yet confirm who was responsible)"
EHRC = "the EHRC's preliminary report of Tue 24 Nov 2020 (at least 600 killed in Mai Kadra on 9 Nov)"
EHRCP = "the EHRC's report of 24 Nov 2020 (the Samri youth group, aided by local police and militia)"
EHRCV = "the EHRC's report of 24 Nov 2020 (victims of Amhara and Wolkait origin; non-Tigrayans targeted)"
ABIY = "Abiy Ahmed's statement of about 12-13 Nov 2020 (TPLF forces massacred civilians in Mai-Kadra)"
ABIYS = "Abiy Ahmed's statement of about 12-13 Nov 2020 (bodies of soldiers shot with hands and feet tied)"
TPLFD = "the TPLF's denial of mid-November 2020 (Debretsion Gebremichael to AFP: baseless, 'cannot have a link with us')"

# -- sources --------------------------------------------------------------------------
S("Amnesty International", "ngo", ["Amnesty", "AI"])
S("Amnesty", "ngo", ["Amnesty International"])
S("Deprose Muchena", "ngo", ["Amnesty International's Director for East and Southern Africa"])
S("witnesses", "witness", ["Mai-Kadra witnesses"])
S("Ethiopian Human Rights Commission", "state", ["EHRC", "the Commission"], "Ethiopia")
S("EHRC", "state", ["Ethiopian Human Rights Commission"], "Ethiopia")
S("Abiy Ahmed", "state", ["Prime Minister Abiy Ahmed", "Ethiopian Prime Minister"], "Ethiopia")
S("Tigrayan officials", "armed_group", ["TPLF"], "TPLF")
S("Debretsion Gebremichael", "armed_group", ["President of Tigray", "TPLF leader"], "TPLF")
S("TPLF", "armed_group", ["Tigray People's Liberation Front"], "TPLF")
S("Tigrayan refugees", "witness", ["refugees in Sudan"])
S("AFP", "media", ["Agence France-Presse"])
S("Associated Press", "media", ["AP"])
S("Tesfaalem Germay", "witness", ["ethnic Tigrayan survivor from Mai-Kadra"])
S("Reuters", "media", [])
S("Amhara regional government", "state", [], "Amhara region")
S("Getachew Reda", "armed_group", ["TPLF spokesman", "Getachew"], "TPLF")
S("Ethiopian prosecutors", "state", ["attorney general's office"], "Ethiopia")
S("Misganaw Gebeyo", "witness", ["agricultor de 23 años"])
S("Debretsion Gebremichael (presidente del Tigré)", "armed_group", ["presidente del Tigré"], "TPLF")
S("Fisseha Tekle", "ngo", ["peneliti utama Amnesty Ethiopia", "Amnesty"])
S("Fesseha Tessema", "armed_group", ["pejabat TPLF"], "TPLF")
S("pengungsi Tigrayan", "witness", ["Tigrayan refugees"])
S("Ministry of Foreign Affairs of Ethiopia", "state", ["Ethiopian MFA"], "Ethiopia")
S("citizen reports", "other", [])
S("Tigrayan militias", "witness", [])
S("survivor (CNN)", "witness", ["he said over the phone to CNN"])
S("Komisja Praw Człowieka", "state", ["Etiopska Komisja Praw Człowieka"], "Ethiopia")
S("Władze prowincji Tigraj", "armed_group", ["TPLF"], "TPLF")
S("Äthiopische Menschenrechtskommission", "state", ["EHRC"], "Ethiopia")
S("TPLF-Führung", "armed_group", ["TPLF"], "TPLF")
S("Amnesty International (de)", "ngo", ["Amnesty"])
S("لجنة حقوق الإنسان الإثيوبية", "state", ["EHRC"], "Ethiopia")
S("منظمة العفو الدولية", "ngo", ["Amnesty"])
S("شهود", "witness", ["witnesses"])
S("Commission éthiopienne des droits de l'homme", "state", ["EHRC"], "Ethiopia")
S("Amnesty International (fr)", "ngo", ["Amnesty"])
S("témoins", "witness", ["witnesses"])
S("Amnistía Internacional", "ngo", ["Amnesty"])
S("Comisión de Derechos Humanos de Etiopía", "state", ["CEDH", "EHRC"], "Ethiopia")
S("residentes de etnia amhara", "witness", ["Amhara residents"])
S("Amnesty International (nl)", "ngo", ["Amnesty"])
S("getuigen", "witness", ["witnesses"])
S("een getuige", "witness", ["a witness"])
S("GMS", "media", [])
S("nachrichten-online", "media", [])
S("Deutschlandfunk", "media", [])
S("Boorsee (VOA)", "media", ["VOA"])
S("Eurafrica", "media", ["RFI"])
S("AzVision (n-tv)", "media", ["n-tv"])
S("Riau24", "media", [])
S("Análisis Noticias", "media", [])
S("Al Jazeera", "media", [])
S("other witnesses", "witness", ["Others"])
S("Daniel Bekele", "state", ["chief commissioner", "EHRC"], "Ethiopia")

# 1 Amnesty International, Spanish version of its own statement, 12 Nov
E.article("amn", "Amnesty International", "https://www.amnesty.org/es/latest/news/2020/11/ethiopia-investigation-reveals-evidence-that-scores-of-civilians-were-killed-in-massacre-in-tigray-state/",
          "2020-11-12", "es", None)
amn_toll = E.c("Amnistía Internacional", "personas", "mataron a machetazos o apuñalándolas", "decenas", it=TOLL, iv=(20, INF), st=AMN, sp="Amnesty",
               place="Mai-Kadra, zona suroccidental de la región etíope de Tigré", when="9 de noviembre de 2020",
               qualifiers=["decenas o, probablemente, cientos", "el 9 de noviembre por la noche"])
amn_vic = E.c("Amnistía Internacional", "civiles", "parece que eran", "jornaleros", it=VICT, lab=LAB, st=AMNV, sp="Amnesty",
              quote="Hemos confirmado la matanza de un número muy elevado de civiles, que parece que eran jornaleros sin relación alguna con la actual ofensiva militar.")

# 2 Amnesty communiqué relayed by allAfrica (fr), 17 Nov
E.article("aaf", "allAfrica", "https://fr.allafrica.com/stories/202011170160.html", "2020-11-17", "fr", None,
          {"amn": {"outlet": "Amnesty International (fr)", "title": "communiqué de presse"}})
aaf_toll = E.c("Amnesty International (fr)", "personnes", "ont été tuées à coups de couteau et de machette", "plusieurs dizaines", it=TOLL, iv=(20, INF), st=AMN, sp="Amnesty",
               place="Mai-Kadra (May Cadera), zone Sud-Ouest de la région du Tigré", when="la nuit du 9 novembre", qualifiers=["plusieurs dizaines, voire plusieurs centaines"], via="amn")
aaf_vic = E.c("Amnesty International (fr)", "civils", "sont manifestement des", "travailleurs journaliers", it=VICT, lab=LAB, st=AMNV, sp="Amnesty",
              qualifiers=["absolument pas impliqués dans l'offensive militaire en cours"], via="amn")

# 3 Africa Radio (AFP), 12 Nov
E.article("afr", "Africa Radio", "https://www.africaradio.com/news/ethiopie-amnesty-affirme-que-de-nombreux-civils-ont-ete-tues-dans-un-massacre-au-tigre-175273",
          "2020-11-12", "fr", "Ethiopie: Amnesty affirme que de nombreux civils ont été tués dans un \"massacre\" au Tigré",
          {"amn": {"outlet": "Amnesty International (fr)", "wire": "AFP"}, "tem": {"outlet": "témoins", "wire": "AFP"}})
afr_toll = E.c("Amnesty International (fr)", "civils", "ont été tués", "de nombreux", it=TOLL, iv=(20, INF), st=AMN, sp="Amnesty", place="région éthiopienne du Tigré",
               qualifiers=["lors d'un \"massacre\""], via="amn")
afr_perp = E.c("témoins", "massacre", "perpétré par", actor="des forces loyales au parti au pouvoir dans la région éthiopienne du Tigré", it=PERP, lab=TIG, st=AMNW,
               sp="Amnesty's witnesses", via="tem")
afr_ref = E.c("AFP", "personnes", "ont fui au Soudan voisin", "plus de 11.000", it=None, ev="tigray-2020-refugees-sudan",
              qualifiers=["une opération militaire lancée par le pouvoir fédéral"])

# 4 gms.sn (fr), about 12-13 Nov
E.article("gms", "GMS", "https://gms.sn/ethiopie-amnesty-international-denonce-un-massacre-de-civils-dans-la-region-du-tigre", None, "fr",
          "Ethiopie : Amnesty International dénonce un massacre de civils dans la région du Tigré",
          {"amn": {"outlet": "Amnesty International (fr)", "title": "communiqué"}})
gms_toll = E.c("Amnesty International (fr)", "personnes", "ont été poignardées ou tuées à la hache", "de nombreuses", it=TOLL, iv=(20, INF), st=AMN, sp="Amnesty",
               place="Mai-Kadra, sud-ouest du Tigré", when="la nuit du 9 novembre", qualifiers=["probablement des centaines"],
               quote="De nombreuses personnes, probablement des centaines, ont été poignardées ou tuées à la hache", via="amn")
gms_agg = E.c("GMS", "morts", "le conflit a déjà fait", "des centaines", it=None, ev="tigray-war-2020-toll", place="Tigré",
              qualifiers=["depuis début novembre", "conflit entre les forces fédérales et le TPLF"])

# 5 Deutschlandfunk (de), Nov 2020
E.article("dlf", "Deutschlandfunk", "https://www.deutschlandfunk.de/aethiopien-amnesty-international-berichtet-ueber-massaker.1939.de.html?drn:news_id=1194056",
          None, "de", "Äthiopien: Amnesty International berichtet über Massaker",
          {"amn": {"outlet": "Amnesty International (de)"}, "abiy": {"outlet": "Abiy Ahmed"}})
dlf_toll = E.c("Amnesty International (de)", "Menschen", "getötet", "dutzende", it=TOLL, iv=(20, INF), st=AMN, sp="Amnesty", place="Mai-Kadra im Südwesten von Tigray",
               when="am Montag", qualifiers=["möglicherweise sogar hunderte"], via="amn")
dlf_unc = E.c("Deutschlandfunk", "den Angriff", "verübte", it=PERP, lab=UNC, qualifiers=["Unklar ist, wer den Angriff verübte"])
dlf_abiy = E.c("Abiy Ahmed", "das Massaker", "verübt", actor="Truppen in Tigray", it=PERP, lab=TIG, st=ABIY, sp="Ethiopian government", via="abiy")
dlf_sold = E.c("Abiy Ahmed", "Leichen von Soldaten der regulären Armee", "entdeckt", it="soldiers", ev="tigray-2020-soldiers-executed", st=ABIYS, sp="Ethiopian government",
               qualifiers=["gefesselt erschossen"], via="abiy")

# 6 nachrichten-online (de, AFP), 13 Nov
E.article("nol", "nachrichten-online", "https://nachrichten-online.eu/2020/11/13/ueberfall-auf-zivilisten-in-tigray-amnesty-international-befuerchtet-massaker/",
          "2020-11-13", "de", "Überfall auf Zivilisten in Tigray: Amnesty International befürchtet „Massaker“",
          {"amn": {"outlet": "Amnesty International (de)", "title": "Mitteilung am Donnerstag", "wire": "AFP"}})
nol_toll = E.c("Amnesty International (de)", "Menschen", "einem „Massaker“ zum Opfer gefallen", "dutzende", it=TOLL, iv=(20, INF), st=AMN, sp="Amnesty",
               place="Stadt Mai-Kadra im Südwesten von Tigray", qualifiers=["„dutzende“ und „wahrscheinlich hunderte“"], via="amn")
nol_unc = E.c("nachrichten-online", "dem Angriff", "steckt hinter", it=PERP, lab=UNC, qualifiers=["Wer hinter dem Angriff steckt, war zunächst unklar"])

# 7 HLN (nl), Nov 2020
E.article("hln", "HLN", "https://www.hln.be/buitenland/amnesty-international-slaat-alarm-over-groot-aantal-burgerdoden-bij-bloedbad-in-ethiopie~ae0523f8/",
          None, "nl", "Amnesty International slaat alarm over groot aantal burgerdoden bij bloedbad in Ethiopië",
          {"amn": {"outlet": "Amnesty International (nl)"}})
hln_toll = E.c("Amnesty International (nl)", "mensen", "doodgestoken of gedood met een bijl", "talrijke", it=TOLL, iv=(20, INF), st=AMN, sp="Amnesty",
               place="stad Mai-Kadra", when="de nacht van 9 november", qualifiers=["allicht honderden"], via="amn")

# 8 NH Nieuws (nl), Nov 2020
E.article("nhn", "NH Nieuws", "https://www.nhnieuws.nl/nieuws/n16744/amnesty-international-meldt-massamoord-in-ethiopie", None, "nl",
          "Amnesty International meldt massamoord in Ethiopië",
          {"amn": {"outlet": "Amnesty International (nl)"}, "get": {"outlet": "getuigen"}, "een": {"outlet": "een getuige"}})
nhn_toll = E.c("Amnesty International (nl)", "burgers", "afgeslacht", Q("tientallen tot honderden", 20, 999, "range"), it=TOLL, iv=(20, INF), st=AMN, sp="Amnesty",
               place="plaats May Cadera in het noordwesten van de regio Tigray", when="twee dagen geleden", via="amn")
nhn_vic = E.c("Amnesty International (nl)", "burgers", "het lijkt erop dat het waren", "dagloners", it=VICT, lab=LAB, st=AMNV, sp="Amnesty", via="amn")
nhn_perp = E.c("getuigen", "het bloedbad", "verantwoordelijk", actor="milities die met het Tigray People's Liberation Front (TPLF) meevechten", it=PERP, lab=TIG,
               st=AMNW, sp="Amnesty's witnesses", via="get")
nhn_vic2 = E.c("een getuige", "de slachtoffers", "behoorden tot", "het Amhara-volk", it=VICT, lab=AMH, via="een")

# 9 Nation (Kenya), about 13 Nov
E.article("nat", "Nation", "https://beta.nation.co.ke/kenya/news/africa/amnesty-raises-alarm-as-it-reports-massacre-in-tigray-3020060", None, "en",
          "Amnesty raises alarm as it reports 'massacre' in Tigray",
          {"amn": {"outlet": "Amnesty International", "title": "Thursday bulletin"}, "mu": {"outlet": "Deprose Muchena"}})
nat_toll = E.c("Amnesty International", "people", "were stabbed or hacked to death", "scores", it=TOLL, iv=(20, INF), st=AMN, sp="Amnesty", actor="militia groups thought to be allied to the TPLF",
               place="Mai-Kadra (May Cadera) town in the South West Zone of Ethiopia's Tigray Region", when="the night of 9 November", qualifiers=["and likely hundreds"], via="amn")
nat_unc = E.c("Deprose Muchena", "the exact groups responsible for the killings", "unable to pin", it=PERP, lab=UNC, st=AMNU, sp="Amnesty", via="mu")

# 10 Al-Wasat (ar, AFP), 12 Nov
E.article("was", "Al-Wasat", "http://alwasat.ly/news/international/301164", None, "ar", "«العفو الدولية»: مجزرة بمنطقة تيغراي الإثيوبية تودي بالعشرات",
          {"amn": {"outlet": "منظمة العفو الدولية", "title": "تقرير", "wire": "فرانس برس"}, "sh": {"outlet": "شهود", "wire": "فرانس برس"}})
was_toll = E.c("منظمة العفو الدولية", "الناس", "طعنوا أو قطعوا حتى الموت", "عشرات", it=TOLL, iv=(20, INF), st=AMN, sp="Amnesty", place="بلدة ماي كاديرا جنوب غرب منطقة تيغراي",
               when="ليلة 9 نوفمبر", qualifiers=["عشرات، ومن المرجح مئات"], via="amn")
was_perp = E.c("شهود", "الهجوم", "نفذته", actor="قوى داعمة لـ«جبهة تحرير شعب تيغراي»", it=PERP, lab=TIG, st=AMNW, sp="Amnesty's witnesses",
               qualifiers=["عقب هزيمتها في مواجهة الجيش الإثيوبي"], via="sh")
was_unc = E.c("منظمة العفو الدولية", "هوية المسؤول عن عمليات القتل", "لم تتمكن من تأكيد", it=PERP, lab=UNC, st=AMNU, sp="Amnesty", via="amn")

# 11 Sputnik Arabic (AFP), 12 Nov
E.article("spa", "Sputnik Arabic", "https://sarabic.ae/amp/20201112/%D8%A5%D8%AB%D9%8A%D9%88%D8%A8%D9%8A%D8%A7-%D8%A7%D9%84%D8%B9%D9%81%D9%88-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A%D8%A9-%D8%AA%D9%82%D9%88%D9%84-%D8%A5%D9%86-%D9%85%D8%B0%D8%A8%D8%AD%D8%A9-%D9%85%D8%B1%D9%88%D8%B9%D8%A9-%D8%A8%D8%AD%D9%82-%D8%A7%D9%84%D9%85%D8%AF%D9%86%D9%8A%D9%8A%D9%86-%D9%88%D9%82%D8%B9%D8%AA-%D9%81%D9%8A-%D8%AA%D9%8A%D8%BA%D8%B1%D8%A7%D9%8A-1047170750.html",
          "2020-11-12", "ar", "إثيوبيا... العفو الدولية تقول إن \"مذبحة مروعة\" بحق المدنيين وقعت في تيغراي",
          {"amn": {"outlet": "منظمة العفو الدولية", "title": "تقرير", "wire": "فرانس برس"}, "sh": {"outlet": "شهود", "wire": "فرانس برس"}})
spa_toll = E.c("منظمة العفو الدولية", "المدنيين", "قتلوا", "عشرات", it=TOLL, iv=(20, INF), st=AMN, sp="Amnesty", place="بلدة ماي كادرا في المنطقة الجنوبية الغربية من تيغراي",
               when="ليلة 9 نوفمبر", qualifiers=["العشرات، وربما المئات"], via="amn")
spa_perp = E.c("شهود", "الهجوم", "نفذته", actor="القوات المتحالفة مع جبهة تحرير شعب تيغراي", it=PERP, lab=TIG, st=AMNW, sp="Amnesty's witnesses", via="sh")

# 13 Polres Sidrap (id, Newsweek), about 14 Nov
E.article("pol", "Polres Sidrap", "https://polressidrap.com/pembantaian-di-ethiopia-warga-sipil-di-kota-terkoyak-sampai", None, "id",
          "Pembantaian di Ethiopia, warga sipil di kota terkoyak sampai ...",
          {"abiy": {"outlet": "Abiy Ahmed", "title": "pernyataan di Facebook"}, "tig": {"outlet": "Tigrayan officials"},
           "deb": {"outlet": "Debretsion Gebremichael", "wire": "AFP"}})
pol_perp = E.c("Abiy Ahmed", "warga sipil tak berdosa", "secara brutal membunuh", actor="pejuang TPLF", it=PERP, lab=TIG, st=ABIY, sp="Ethiopian government",
               place="Mai-Kadra, sebuah kota di wilayah barat daya Tigray", via="abiy")
pol_den = E.c("Tigrayan officials", "kekejaman itu", "terlibat dalam", polarity="denied", it=PERP, lab=DEN, sp="TPLF", via="tig")
pol_den2 = E.c("Debretsion Gebremichael", "pembantaian tersebut", "melakukan", polarity="denied", actor="pejuang TPLF", qualifiers=["tuduhan itu tidak berdasar"], it=PERP, lab=DEN, st=TPLFD, sp="TPLF", via="deb")

# 15 Saheliantimes, about 13 Nov
E.article("sah", "Sahelian Times", "https://saheliantimes.com/ethiopias-prime-minister-accuses-tigrayan-troops-of-massacre/", None, "en",
          "Ethiopia's Prime Minister accuses Tigrayan troops of massacre",
          {"abiy": {"outlet": "Abiy Ahmed", "title": "statement"}, "wit": {"outlet": "witnesses"}, "tig": {"outlet": "Tigrayan officials"}})
sah_perp = E.c("Abiy Ahmed", "a massacre of civilians", "carrying out", actor="forces in the northern Tigray region", it=PERP, lab=TIG, st=ABIY, sp="Ethiopian government", via="abiy")
sah_wit = E.c("witnesses", "Monday's killings", "blamed", actor="forces loyal to the Tigray People's Liberation Front (TPLF)", it=PERP, lab=TIG, st=AMNW, sp="Amnesty's witnesses",
              place="Mai-Kadra", when="the night of November 9", via="wit")
sah_den = E.c("Tigrayan officials", "the atrocities", "committing", polarity="denied", it=PERP, lab=DEN, sp="TPLF", via="tig")

# 16 CNN relayed by Summarizer, 22 Nov
E.article("sum", "Summarizer (CNN)", "https://summarizer.co/article/these-refugees-fled-a-massacre-in-ethiopias-tigray-region-they-join-tens-of-thousands-making-the-journey-to-sudan",
          "2020-11-22", "en", "These refugees fled a massacre in Ethiopia's Tigray region. They join tens of thousands making the journey to Sudan",
          {"sur": {"outlet": "survivor (CNN)", "title": "phone interview with CNN"}, "amn": {"outlet": "Amnesty"}})
sum_perp = E.c("survivor (CNN)", "people from the Amhara region", "came looking for to kill", actor="Tigrayan militias", it=PERP, lab=TIG, sp="survivor (CNN)",
               qualifiers=["came with machetes and knives"], quote="We came here to work, but when they realized that the defense force was winning, they killed us for no reason", via="sur")
sum_vic = E.c("survivor (CNN)", "people from the Amhara region", "killed", it=VICT, lab=AMH, sp="survivor (CNN)", via="sur")
sum_toll = E.c("Amnesty", "people", "were stabbed or hacked to death", "scores", it=TOLL, iv=(20, INF), st=AMN, sp="Amnesty", place="Mai-Kadra",
               qualifiers=["and likely hundreds"], via="amn")

# 17 Al Jazeera, 24 Nov
E.article("alj", "Al Jazeera", "https://www.aljazeera.com/news/2020/11/24/over-600-people-killed-by-tigrayan-youth-group-commission", "2020-11-24", "en",
          "At least 600 killed in Mai Kadra massacre: Ethiopian rights body",
          {"ehrc": {"outlet": "Ethiopian Human Rights Commission", "published": "2020-11-24"}})
alj_toll = E.c("Ethiopian Human Rights Commission", "civilians", "were killed", "at least 600", it=TOLL, iv=(600, INF), st=EHRC, sp="EHRC", place="town of Mai Kadra",
               when="November 9", qualifiers=["the death toll was likely to be higher"], via="ehrc")
alj_perp = E.c("Ethiopian Human Rights Commission", "the killings", "were carried out by", actor="a local youth group called Samri, with the support of other Tigrayan civilians, police and militia",
               it=PERP, lab=SAMRI, st=EHRCP, sp="EHRC", via="ehrc")
alj_agg = E.c("Al Jazeera", "people", "believed to have been killed so far", "thousands", it=None, ev="tigray-war-2020-toll", place="Tigray",
              qualifiers=["since November 4", "both sides have been accused of committing atrocities"])

# 18 Boorsee (VOA), 24 Nov
E.article("voa", "Boorsee (VOA)", "https://boorsee.com/2020/11/ethiopian-rights-commission-alleges-atrocious-massacre-in-tigray.html", "2020-11-24", "en",
          "Ethiopian rights commission alleges 'atrocious massacre' in Tigray",
          {"ehrc": {"outlet": "Ethiopian Human Rights Commission", "title": "preliminary report", "published": "2020-11-24"},
           "bek": {"outlet": "Daniel Bekele", "title": "phone interview with VOA", "published": "2020-11-24"}, "tplf": {"outlet": "TPLF"}})
voa_toll = E.c("Ethiopian Human Rights Commission", "people", "were killed", "at least 600", it=TOLL, iv=(600, INF), st=EHRC, sp="EHRC", actor="a youth group",
               place="Tigray region town of Mai-Kadra", when="November 9", qualifiers=["hundreds of civilians", "aided by Tigrayan security forces"], via="ehrc")
voa_bek = E.c("Daniel Bekele", "civilians", "targeted on the basis of ethnic identity", it=PERP, lab=TIG, sp="EHRC", actor="they (retreating TPLF-aligned forces)",
              quote="they have carefully planned and executed quite an atrocious massacre against the civilians, which targeted people on the basis of ethnic identity", via="bek")
voa_den = E.c("TPLF", "the Mai-Kadra killings", "involvement in", polarity="denied", it=PERP, lab=DEN, sp="TPLF", qualifiers=["previously has denied", "did not immediately comment on the report"], via="tplf")
voa_ditch = E.c("Boorsee (VOA)", "bodies of victims", "filled with", "more than 20", it=DITCH, iv=(21, INF), place="a ditch in the outskirts of Mai Kadra", when="Nov. 21, 2020",
                qualifiers=["photo caption", "allegedly killed in a massacre on Nov. 9, 2020"])

# 19 Journal du Cameroun (en), 24 Nov
E.article("jdc", "Journal du Cameroun", "https://www.journalducameroun.com/en/at-least-600-civilians-massacred-in-ethiopias-maikadra-town-human-right-commission/",
          "2020-11-24", "en", "At least 600 civilians massacred in Ethiopia's Maikadra town - Human Right Commission",
          {"ehrc": {"outlet": "EHRC", "title": "preliminary findings", "published": "2020-11-24"}})
jdc_toll = E.c("EHRC", "civilians", "were massacred", "at least 600", it=TOLL, iv=(600, INF), st=EHRC, sp="EHRC", actor="informal group of Tigrayan youth known as 'Samri'",
               place="Maikadra, Tigray Region", when="November 9th, 2020", qualifiers=["the death toll could be higher still"], via="ehrc")
jdc_vic = E.c("EHRC", "crimes of genocide", "against", "ethnic Amhara people and other people called \"Welqaites\"", it=VICT, lab=AMH, st=EHRCV, sp="EHRC", via="ehrc")
jdc_perp = E.c("EHRC", "the massacre", "committed by", actor="'Samri', supported by the local administration and security establishment under TPLF administration",
               it=PERP, lab=SAMRI, st=EHRCP, sp="EHRC", via="ehrc")

# 20 Ethiopian Citizen (en), 24 Nov
E.article("etc", "Ethiopian Citizen", "https://ethiopiancitizen.com/2020/11/samri-informal-tigrayan-youth-group-responsible-for-the-Mai-Kadra-massacre.html",
          "2020-11-24", "en", "\"Samri\", informal Tigrayan youth group, police and militia responsible for Mai Kadra massacre says Ethiopian Human Right Commission (EHRC)",
          {"ehrc": {"outlet": "Ethiopian Human Rights Commission", "published": "2020-11-24"}})
etc_toll = E.c("Ethiopian Human Rights Commission", "killed", "are estimated to be", Q("600 or above", 600, None, "lower_bound"), it=TOLL, iv=(600, INF), st=EHRC, sp="EHRC", place="Mai Kadra",
               when="November 9, 2020", via="ehrc")
etc_vic = E.c("Ethiopian Human Rights Commission", "those who are non-Tigrayan specifically those who were Amhara", "targeting", it=VICT, lab=AMH, st=EHRCV, sp="EHRC",
              qualifiers=["the massacre was ethnic based"], via="ehrc")
etc_det = E.c("Ethiopian Human Rights Commission", "people they profiled as Amhara and Wolkait", "detained", "up to 60", it="detained", place="Mai Kadra",
              when="November 9, 2020", qualifiers=["by the town police, from around 11:00 AM"], via="ehrc")

# 21 Hadgat News (ar), 24 Nov
E.article("hdg", "Hadgat News", "https://hadgatnews.net/2785", None, "ar", "لجنة حقوقية : مقتل 600 مدني في مذبحة بإثيوبيا",
          {"ehrc": {"outlet": "لجنة حقوق الإنسان الإثيوبية", "title": "تقرير أولي", "published": "2020-11-24"}})
hdg_toll = E.c("لجنة حقوق الإنسان الإثيوبية", "شخص من عرقية أمهرة و\"ولكايت\"", "قتلوا", "ما لا يقل عن 600", it=TOLL, iv=(600, INF), st=EHRC, sp="EHRC",
               actor="مجموعة \"سامري\"", place="ماي كاديرا", when="9 نوفمبر/تشرين الثاني", via="ehrc")
hdg_perp = E.c("لجنة حقوق الإنسان الإثيوبية", "المجزرة", "ارتكبتها", actor="مجموعة شبابية تدعى\" سامري\"، بدعم من قوات الشرطة المحلية الموالية للجبهة، وميليشيات",
               it=PERP, lab=SAMRI, st=EHRCP, sp="EHRC", via="ehrc")

# 22 Al-Mowaten (ar, AFP), 24 Nov
E.article("mow", "Al-Mowaten", "https://almowaten.net/2020/11/مذبحة-في-إثيوبيا-والميليشيا-والشرطة-ي", None, "ar", "مذبحة في إثيوبيا",
          {"ehrc": {"outlet": "لجنة حقوق الإنسان الإثيوبية", "title": "تقرير أولي", "published": "2020-11-24"}})
mow_toll = E.c("لجنة حقوق الإنسان الإثيوبية", "شخص", "قتلت", "600 على الأقل", it=TOLL, iv=(600, INF), st=EHRC, sp="EHRC",
               actor="ميليشيات محلية من تيغراي بمساعدة الشرطة", place="بلدة ماي كادرا في إقليم تيغراي", when="يوم 9 نوفمبر", via="ehrc")
mow_vic = E.c("لجنة حقوق الإنسان الإثيوبية", "المذبحة", "استهدفت", "عمالًا زراعيين موسميين ليسوا من المنطقة", it=VICT, lab=NONTIG, st=EHRCV, sp="EHRC", via="ehrc")

# 23 Eurafrica (fr, RFI), 30 Nov
E.article("eur", "Eurafrica", "https://eurafrica.info/2020/11/30/ethiopie-le-massacre-de-mai-kadra-aurait-fait-environ-600-morts/", "2020-11-30", "fr",
          "Ethiopie: le massacre de Maï-Kadra aurait fait environ 600 morts",
          {"ehrc": {"outlet": "Commission éthiopienne des droits de l'homme", "title": "enquête"}})
eur_toll = E.c("Commission éthiopienne des droits de l'homme", "individus Amharas", "auraient été massacrés", "au moins 600", it=TOLL, iv=(600, INF), st=EHRC, sp="EHRC",
               hedge="reportedly", actor="une milice tigréenne", place="Mai-Kadra", when="9 novembre", via="ehrc")
eur_perp = E.c("Commission éthiopienne des droits de l'homme", "crimes", "commis de sang-froid par", actor="les Samri, une brigade de jeunes miliciens tigréens",
               it=PERP, lab=SAMRI, st=EHRCP, sp="EHRC", qualifiers=["d'après des entretiens réalisés auprès de survivants"], via="ehrc")
eur_ref = E.c("Eurafrica", "Éthiopiens", "se sont réfugiés au Soudan voisin", "plus de 40 000", it=None, ev="tigray-2020-refugees-sudan")

# 24 n-tv relayed by AzVision (de), about 24 Nov
E.article("azv", "AzVision (n-tv)", "https://de.azvision.az/news/90725/massaker-in-%C3%A4thiopien-mindestens-600-tote.html", None, "de",
          "Massaker in Äthiopien: Mindestens 600 Tote",
          {"ehrc": {"outlet": "Äthiopische Menschenrechtskommission"}, "tplf": {"outlet": "TPLF-Führung"}})
azv_toll = E.c("Äthiopische Menschenrechtskommission", "Tote", "Massaker", "mindestens 600", it=TOLL, iv=(600, INF), st=EHRC, sp="EHRC", place="Mai Kadra",
               when="am 9. November", qualifiers=["from the headline"], via="ehrc")
azv_vic = E.c("Äthiopische Menschenrechtskommission", "Menschen, die nicht zum Stamm der Tigrayer gehörten", "gezielt verübt an", it=VICT, lab=NONTIG, st=EHRCV, sp="EHRC", via="ehrc")
azv_den = E.c("TPLF-Führung", "das Massaker", "Verantwortung", polarity="denied", it=PERP, lab=DEN, sp="TPLF", qualifiers=["damals (am 12. November)"], via="tplf")
azv_agg = E.c("AzVision (n-tv)", "Menschen", "ums Leben gekommen", Q("Hunderte, wenn nicht gar Tausende", 200, 9999, "vague"), it=None, ev="tigray-war-2020-toll",
              qualifiers=["seit Anfang November", "Kämpfe zwischen der Zentralregierung und der TPLF"])

# 25 wnp.pl (pl, PAP), about 24 Nov
E.article("wnp", "wnp.pl", "https://www.wnp.pl/rynki-zagraniczne/etiopia-komisja-praw-czlowieka-mowi-o-600-zamordowanych-cywilach-w-mai-kadra,433731.html", None, "pl",
          "Etiopia: Komisja Praw Człowieka mówi o 600 zamordowanych cywilach w Mai-Kadra",
          {"ehrc": {"outlet": "Komisja Praw Człowieka", "published": "2020-11-24"}, "ai": {"outlet": "Amnesty International"}, "tig": {"outlet": "Władze prowincji Tigraj"}})
wnp_toll = E.c("Komisja Praw Człowieka", "cywilów", "zginęło", "co najmniej 600", it=TOLL, iv=(600, INF), st=EHRC, sp="EHRC", place="miasto Mai-Kadra",
               when="9 listopada", qualifiers=["stated we wtorek"], via="ehrc")
wnp_ai = E.c("Amnesty International", "osób", "zabito", "kilkaset", it=TOLL, iv=(200, 999), st=AMN, sp="Amnesty", qualifiers=["głównie nożami, siekierami i innymi ostrymi narzędziami"],
             via="ai")
wnp_vic = E.c("Komisja Praw Człowieka", "mieszkańców Mai-Kadra z grup etnicznych Amhara i Wolkait", "atak został dokonany na", it=VICT, lab=AMH, st=EHRCV, sp="EHRC", via="ehrc")
wnp_den = E.c("Władze prowincji Tigraj", "masakra", "związki z", polarity="denied", qualifiers=["zaprzeczyły jednak jakimkolwiek związkom z tą masakrą"], it=PERP, lab=DEN, sp="TPLF", via="tig")

# 26 Riau24 (id, Al Jazeera), about 25 Nov
E.article("ri1", "Riau24", "https://riau24.com/berita/baca/1606293948-setidaknya-600-orang-tewas-dalam-pembantaian-mai-kadra-di-etiopia?page=2", None, "id",
          "Setidaknya 600 Orang Tewas Dalam Pembantaian Mai Kadra di Etiopia",
          {"ehrc": {"outlet": "EHRC", "title": "laporan"}, "tplf": {"outlet": "TPLF"}, "amn": {"outlet": "Amnesty", "title": "laporan", "published": "2020-11-12"},
           "ref": {"outlet": "pengungsi Tigrayan"}})
ri1_toll = E.c("EHRC", "orang", "tewas", "setidaknya 600", it=TOLL, iv=(600, INF), st=EHRC, sp="EHRC", place="Mai Kadra", qualifiers=["from the headline"], via="ehrc")
ri1_vic = E.c("EHRC", "etnis Amhara dan Wolkaits", "secara khusus menargetkan", it=VICT, lab=AMH, st=EHRCV, sp="EHRC", via="ehrc")
ri1_den = E.c("TPLF", "pembantaian Mai Kadra", "tanggung jawab atas", polarity="denied", it=PERP, lab=DEN, sp="TPLF", qualifiers=["sebelumnya"], via="tplf")
ri1_unc = E.c("Amnesty", "siapa yang bertanggung jawab atas pembunuhan itu", "belum dapat memastikan", it=PERP, lab=UNC, st=AMNU, sp="Amnesty", via="amn")
ri1_ref = E.c("pengungsi Tigrayan", "pembunuhan massal", "dilakukan oleh", actor="pasukan pemerintah", it=PERP, lab=FEDAM, sp="Tigrayan refugees", hedge="diduga",
              qualifiers=["termasuk dengan parang dan kapak"], via="ref")
ri1_n = E.c("Riau24", "orang", "melarikan diri ke negara tetangga, Sudan", "40.000", it=None, ev="tigray-2020-refugees-sudan")

# 27 Swissinfo (es, AFP), about 25 Nov
E.article("swi", "Swissinfo (AFP)", "https://www.swissinfo.ch/spa/la-terror%25C3%25ADfica-masacre-de-mai-kadra--en-etiop%25C3%25ADa--y-sus-numerosos-interrogantes/46185276", None, "es",
          "La terrorífica masacre de Mai Kadra, en Etiopía, y sus numerosos interrogantes",
          {"res": {"outlet": "residentes de etnia amhara", "wire": "AFP"}, "mis": {"outlet": "Misganaw Gebeyo", "wire": "AFP"},
           "deb": {"outlet": "Debretsion Gebremichael (presidente del Tigré)", "wire": "AFP"}})
swi_toll = E.c("AFP", "civiles", "fueron asesinados", "cientos", it=TOLL, iv=(200, 999), place="Mai Kadra", when="El 9 de noviembre",
               qualifiers=["con palos, cuchillos, machetes y hachas, incluso estrangulados con cuerdas"])
swi_ditch = E.c("AFP", "cadáveres", "hacinados en una fosa al borde de una carretera", "Decenas", it=DITCH, iv=(20, INF), place="Mai Kadra",
                qualifiers=["dos semanas después de la masacre"])
swi_res = E.c("residentes de etnia amhara", "la masacre", "haber participado en", actor="sus vecinos de etnia tigré", it=PERP, lab=TIG, sp="Amhara residents (AFP)", via="res")
swi_mis = E.c("Misganaw Gebeyo", "nos", "atacaron con armas de fuego", actor="milicias y policías [de la región de Tigré]", it=PERP, lab=TIG, sp="Misganaw Gebeyo",
              quote="Querían exterminar a los amhara", via="mis")
swi_den = E.c("Debretsion Gebremichael (presidente del Tigré)", "la masacre", "implicación de las tropas leales al TPLF", polarity="denied", it=PERP, lab=DEN, st=TPLFD, sp="TPLF",
              quote="Esto no puede estar relacionado con nosotros [...] Tenemos nuestros valores, nuestras reglas", via="deb")

# 28 Analisis Noticias (es, AFP), about 26 Nov
E.article("ana", "Análisis Noticias", "https://analisisnoticias.cl/etiopia-una-matanza-masiva-en-mai-kadra/", None, "es", "Etiopía: una matanza masiva en Mai-Kadra",
          {"ehrc": {"outlet": "Comisión de Derechos Humanos de Etiopía", "published": "2020-11-24"}})
ana_toll = E.c("Análisis Noticias", "residentes", "fueron asesinados", "Cientos", it=TOLL, iv=(200, 999), place="Mai-Kadra", when="9 de noviembre",
               qualifiers=["con palos, cuchillos, machetes y hachas"])
ana_ehrc = E.c("Comisión de Derechos Humanos de Etiopía", "personas \"pre-identificadas de su etnia\"", "masacrar", "al menos 600", it=TOLL, iv=(600, INF), st=EHRC, sp="EHRC",
               actor="una milicia juvenil tigresa, respaldada por las fuerzas de seguridad locales", qualifiers=["stated El martes"], via="ehrc")
ana_vic = E.c("Comisión de Derechos Humanos de Etiopía", "la mayoría de las víctimas", "eran de origen", "Amhara", it=VICT, lab=AMH, st=EHRCV, sp="EHRC", via="ehrc")

# 29 Página/12 (es), about 13 Nov
E.article("p12", "Página/12", "https://pagina12.com.ar/305672-el-primer-crimen-de-guerra-en-el-conflicto-en-etiopia", None, "es",
          "El primer crimen de guerra en el conflicto en Etiopía",
          {"amn": {"outlet": "Amnistía Internacional"}})
p12_toll = E.c("Amnistía Internacional", "civiles", "muertos", Q("veintenas", 20, 99, "vague"), it=TOLL, iv=(20, INF), st=AMN, sp="Amnesty", place="pequeño pueblo de Mai Kadra",
               when="el lunes 9 de noviembre", qualifiers=["\"veintenas y talvez centenares\""], via="amn")
p12_vic = E.c("Amnistía Internacional", "las víctimas", "son", "campesinos y peones", it=VICT, lab=LAB, st=AMNV, sp="Amnesty", via="amn")
p12_perp = E.c("Amnistía Internacional", "el ataque contra los civiles", "lo efectuaron", actor="milicianos del Frente de Liberación",
               it=PERP, lab=TIG, st=AMNW, sp="Amnesty's witnesses", qualifiers=["según los sobrevivientes y testigos que Amnistía Internacional pudo entrevistar"], via="amn")

# 30 AP relayed by the Trumbull Times, 12 Dec
E.article("ap", "Trumbull Times (AP)", "https://www.trumbulltimes.com/news/article/Shadowy-Ethiopian-massacre-could-be-tip-of-the-15796478.php", "2020-12-12", "en",
          "Shadowy Ethiopian massacre could be 'tip of the iceberg'",
          {"ger": {"outlet": "Tesfaalem Germay", "wire": "Associated Press"}})
ap_toll = E.c("Associated Press", "civilians", "were slaughtered", "hundreds", it=TOLL, iv=(200, 999), place="Mai-Kadra", qualifiers=["witnesses say", "they disagree about who killed whom"])
ap_ger = E.c("Tesfaalem Germay", "anyone they found", "would kill", actor="Ethiopian federal and Amhara regional forces", it=PERP, lab=FEDAM, sp="Tesfaalem Germay",
             quote="Anyone they found, they would kill", via="ger")
ap_gerv = E.c("Tesfaalem Germay", "Tigrayans", "were killed", it=VICT, lab=TIGV, sp="Tesfaalem Germay", qualifiers=["ethnic Tigrayan survivor"], via="ger")
ap_gert = E.c("Tesfaalem Germay", "bodies", "saw", "hundreds", it=TOLL, iv=(200, 999), sp="Tesfaalem Germay", via="ger")
ap_oth = E.c("other witnesses", "the killings", "responsible", actor="Tigrayan forces and their allies", it=PERP, lab=TIG, qualifiers=["Others say"])

# 31 Riau24 (id, Al Jazeera), December
E.article("ri2", "Riau24", "https://riau24.com/berita/baca/1607911981-para-penyintas-menceritakan-detail-mengerikan-dari-pembantaian-mai-kadra?page=5", None, "id",
          "Para Penyintas Menceritakan Detail Mengerikan Dari Pembantaian Mai Kadra",
          {"ref": {"outlet": "pengungsi Tigrayan"}, "deb": {"outlet": "Debretsion Gebremichael"}, "abiy": {"outlet": "Abiy Ahmed"},
           "fes": {"outlet": "Fesseha Tessema", "wire": "Al Jazeera"}, "fis": {"outlet": "Fisseha Tekle", "wire": "Al Jazeera"}})
ri2_refv = E.c("pengungsi Tigrayan", "warga sipil Tigrayan di Mai Kadra", "dibunuh", it=VICT, lab=TIGV, sp="Tigrayan refugees", via="ref")
ri2_refp = E.c("pengungsi Tigrayan", "warga sipil Tigrayan di Mai Kadra", "dibunuh oleh", actor="pasukan federal Ethiopia dan anggota milisi Amhara", it=PERP, lab=FEDAM,
               sp="Tigrayan refugees", via="ref")
ri2_reft = E.c("pengungsi Tigrayan", "mayat", "telah melihat", "ratusan", it=TOLL, iv=(200, 999), sp="Tigrayan refugees", qualifiers=["Beberapa mengatakan"], via="ref")
ri2_deb = E.c("Debretsion Gebremichael", "pembunuhan massal", "keterlibatan pasukannya dalam", polarity="denied", qualifiers=["menolak tuduhan ... sebagai \"tidak berdasar\""], it=PERP, lab=DEN, st=TPLFD, sp="TPLF", via="deb")
ri2_abiy = E.c("Abiy Ahmed", "satu warga sipil pun", "pasukan federal tidak membunuh", polarity="denied", it=None, ev="tigray-2020-federal-operation",
               qualifiers=["selama operasi mereka melawan TPLF"], via="abiy")
ri2_fes = E.c("Fesseha Tessema", "Tigrayans di Mai Kadra", "kejahatan keji yang dilakukan terhadap", it=VICT, lab=TIGV, sp="TPLF",
              quote="Kejahatan keji yang dilakukan terhadap Tigrayans di Mai Kadra hanyalah salah satu dari kejahatan serupa yang harus diselidiki oleh badan internasional", via="fes")
ri2_fis = E.c("Fisseha Tekle", "para pembunuh", "didukung oleh", actor="milisi lokal [TPLF] bersenjata", it=PERP, lab=TIG, sp="Amnesty",
              qualifiers=["organisasi itu tidak meragukan siapa yang berada di balik pembunuhan 9 November"], via="fis")
ri2_fisv = E.c("Fisseha Tekle", "laki-laki Amhara", "disuruh pulang ke rumah untuk mencari", it=VICT, lab=AMH, sp="Amnesty",
               qualifiers=["Kelompok pemuda dipersenjatai dengan kapak, parang dan pisau"], via="fis")

# 32 NAM News Network, 2 Dec
E.article("nam", "NAM News Network", "http://namnewsnetwork.org/?p=104101", "2020-12-02", "en", "Prime Minister Abiy Ahmed",
          {"abiy": {"outlet": "Abiy Ahmed", "title": "speech to the Federal House of Representatives"}})
nam_perp = E.c("Abiy Ahmed", "the Mai-Kadra massacre", "perpetrated by", actor="TPLF", it=PERP, lab=TIG, sp="Ethiopian government",
               quote="There is no way to explain the Mai-Kadra massacre perpetrated by TPLF.", via="abiy")
nam_fed = E.c("Abiy Ahmed", "any civilians in Tigray", "Ethiopian soldiers killed", polarity="denied", it=None, ev="tigray-2020-federal-operation", via="abiy")

# 33 Ethiopian Ministry of Foreign Affairs
E.article("mfa", "Ministry of Foreign Affairs of Ethiopia", "https://awith.mfa.gov.et/?p=2949", None, "en", None)
mfa_perp = E.c("Ministry of Foreign Affairs of Ethiopia", "a mass killing", "undertook", actor="TPLF's extremist clique and its retreating armed men and youth organized as Samri",
               it=PERP, lab=SAMRI, sp="Ethiopian government", place="a town called Mai Kadra", when="between 9-10 November 2020")
mfa_toll = E.c("Ministry of Foreign Affairs of Ethiopia", "non-Tigrean civilians notably the Amharas", "mass killing of", "hundreds", it=TOLL, iv=(200, 999),
               sp="Ethiopian government", place="Mai Kadra", when="between 9-10 November 2020")
mfa_vic = E.c("Ministry of Foreign Affairs of Ethiopia", "civilians", "were", "non-Tigrean civilians notably the Amharas", it=VICT, lab=NONTIG, sp="Ethiopian government")

# 34 Tricksfast (en), November
E.article("trk", "Tricksfast", "https://tricksfast.com/ethiopia/amnesty-international-issued-a-statement", None, "en", "Amnesty International issued a statement",
          {"cit": {"outlet": "citizen reports"}})
trk_toll = E.c("citizen reports", "ethnic Amhara people", "are said to have been massacred", "Up to 540", it=TOLL, iv=(0, 540), actor="the Tigray People's Liberation Forces",
               place="Mai-Kadra", hedge="said to", via="cit")

# 35 Reuters special report relayed by Yahoo, June 2021
E.article("ryh", "Yahoo News (Reuters)", "https://uk.news.yahoo.com/witnesses-slaughter-conflict-ethiopia-101049380.html", None, "en", "Witnesses to slaughter: The conflict in Ethiopia",
          {"tplf": {"outlet": "TPLF"}})
ryh_toll = E.c("Reuters", "Amhara civilians", "shot, stabbed and bludgeoned to death", "hundreds", it=TOLL, iv=(200, 999), actor="Tigrayan youths and a TPLF-dominated town militia",
               place="Mai Kadra", when="Nov. 9, 2020", qualifiers=["according to dozens of Amhara witnesses", "a first wave of killings"])
ryh_den = E.c("TPLF", "Amhara civilians", "attacking", polarity="denied", it=PERP, lab=DEN, sp="TPLF", via="tplf")

# 36 TRT World (Reuters), 8 Jun 2021
E.article("trt", "TRT World (Reuters)", "https://www.trtworld.com/article/12868913", "2021-06-08", "en", None,
          {"get": {"outlet": "Getachew Reda", "wire": "Reuters"}, "pro": {"outlet": "Ethiopian prosecutors", "title": "court filings", "wire": "Reuters"}})
trt_den = E.c("Getachew Reda", "targeting Amhara in Mai Kadra", "was never involved and could never be involved in", polarity="denied", it=PERP, lab=DEN, sp="TPLF",
              quote="TPLF was never involved and could never be involved in targeting Amhara in Mai Kadra", via="get")
trt_pro = E.c("Ethiopian prosecutors", "Tigrayan youths in Mai Kadra", "began organising", actor="TPLF", it=PERP, lab=TIG, sp="Ethiopian prosecutors",
              when="late October", qualifiers=["telling them to wear yellow", "arming them with machetes, axes and knives"], via="pro")
trt_sus = E.c("Ethiopian prosecutors", "suspects", "have identified", "202", it="suspects", qualifiers=["No formal charges have been brought"], via="pro")

# 37 Reuters video record (Screenocean), 7 Jun 2021
E.article("rsc", "Reuters Screenocean", "https://reuters.screenocean.com/record/1620329/media_id/1402497", "2021-06-07", "en",
          "SPECIAL REPORT: How killings and expulsions swept across Ethiopia's western Tigray",
          {"amh": {"outlet": "Amhara regional government"}})
rsc_den = E.c("Amhara regional government", "Tigrayans", "its forces attacked and killed", polarity="denied", it=PERP, lab=AMDEN, sp="Amhara regional government",
              qualifiers=["any accusation ... is groundless"], via="amh")
rsc_toll = E.c("Reuters", "people", "died", "hundreds", it=TOLL, iv=(200, 999), place="Mai Kadra",
               qualifiers=["The only thing the two sides agreed on was that hundreds died", "there were two rounds of killings in Mai Kadra"])

# -- label relations --------------------------------------------------------------
L = E.labrel
L[frozenset((TIG, SAMRI))] = "refines"          # the Samri group (with police and militia) is the more specific account
L[frozenset((UNC, TIG))] = "compatible"
L[frozenset((UNC, SAMRI))] = "compatible"
L[frozenset((UNC, DEN))] = "compatible"
L[frozenset((UNC, FEDAM))] = "compatible"
L[frozenset((UNC, AMDEN))] = "compatible"
L[frozenset((DEN, FEDAM))] = "compatible"       # the TPLF's denial and the refugees' account can both hold
L[frozenset((AMDEN, TIG))] = "compatible"
L[frozenset((AMDEN, SAMRI))] = "compatible"
L[frozenset((AMDEN, DEN))] = "compatible"
L[frozenset((TIG, DEN))] = "contradicts"
L[frozenset((SAMRI, DEN))] = "contradicts"
L[frozenset((TIG, FEDAM))] = "contradicts"
L[frozenset((SAMRI, FEDAM))] = "contradicts"
L[frozenset((FEDAM, AMDEN))] = "contradicts"
L[frozenset((AMH, TIGV))] = "contradicts"
L[frozenset((NONTIG, TIGV))] = "contradicts"
L[frozenset((AMH, NONTIG))] = "refines"         # Amhara is the more specific class of non-Tigrayans
L[frozenset((LAB, AMH))] = "compatible"
L[frozenset((LAB, NONTIG))] = "compatible"
L[frozenset((LAB, TIGV))] = "compatible"

P = E.pair
# tolls that name a Tigrayan perpetrator, against the TPLF's denials and the refugees' account
TOLL_TIG = (nat_toll, voa_toll, jdc_toll, hdg_toll, mow_toll, eur_toll, ana_ehrc, trk_toll, ryh_toll)
DENS = (pol_den, pol_den2, sah_den, voa_den, azv_den, wnp_den, ri1_den, swi_den, ri2_deb, ryh_den, trt_den)
FEDS = (ri1_ref, ap_ger, ri2_refp)
for t in TOLL_TIG:
    for d in DENS:
        P(t, d, "contradicts", "a toll of civilians killed by Tigrayan forces (the Samri group, TPLF militia) vs the TPLF's denial of any involvement")
    for f in FEDS:
        P(t, f, "contradicts", "a toll of civilians killed by Tigrayan forces vs the refugees' account that federal and Amhara forces did the killing: different perpetrators of the same act")

# victim-class disputes: tolls counted as Amhara against the dead as Tigrayans, and the reverse
TOLL_AMH = (hdg_toll, eur_toll, trk_toll, ryh_toll, mfa_toll)
VIC_TIG = (ap_gerv, ri2_refv, ri2_fes)
for t in TOLL_AMH:
    for v in VIC_TIG:
        P(t, v, "contradicts", "a toll of Amhara (non-Tigrayan) dead vs the dead were Tigrayans: victim dispute for the same dead")
# Abiy: federal soldiers killed no civilians (whole operation) vs the refugees' account that federal forces killed at Mai Kadra
for a in (ri2_abiy, nam_fed):
    for f in (ri1_ref, ap_ger, ri2_refp):
        P(a, f, "contradicts", "Abiy: federal forces killed no civilian in the operation vs the refugees: federal forces killed civilians at Mai Kadra (denial of what the other entails)")
P(ri2_abiy, nam_fed, "agrees", "Abiy on two occasions: federal soldiers killed no civilians")
# hard negatives
P(etc_det, trk_toll, "unrelated", "up to 60 detained by the police before the killings vs the toll: other item of the same incident")
P(trt_sus, ryh_toll, "unrelated", "202 suspects identified vs hundreds of Amhara civilians killed: figure in range, other item")
P(trt_sus, ap_toll, "unrelated", "202 suspects vs hundreds killed: other item")
P(voa_ditch, voa_toll, "unrelated", "more than 20 bodies in one ditch (21 Nov) vs the EHRC's toll: part of the dead, other item")
P(swi_ditch, swi_toll, "unrelated", "dozens of bodies in a roadside ditch vs hundreds killed: other item")
P(gms_agg, ap_toll, "unrelated", "hundreds dead in the whole Tigray conflict (aggregate) vs hundreds killed at Mai Kadra")
P(gms_agg, gms_toll, "unrelated", "hundreds dead in the whole conflict (aggregate) vs Amnesty's Mai-Kadra toll, one article")
P(azv_agg, azv_toll, "unrelated", "hundreds or thousands dead since early November (aggregate) vs the Mai Kadra toll, one article")
P(alj_agg, alj_toll, "unrelated", "thousands killed in the Tigray war (aggregate) vs at least 600 at Mai Kadra, one article")
P(afr_ref, afr_toll, "unrelated", "11,000 refugees in Sudan vs the massacre: other item")
P(eur_ref, eur_toll, "unrelated", "40,000 refugees in Sudan vs the toll: other item")
P(ri1_n, ri1_toll, "unrelated", "40,000 fled to Sudan vs at least 600 killed: other item")
P(dlf_sold, dlf_abiy, "unrelated", "soldiers' bodies found tied and shot vs the Mai-Kadra massacre: other incident, same statement")
P(ri2_abiy, ri2_refv, "unrelated", "Abiy on the federal operation as a whole vs the refugees' account of who died: other item")

E.write()
E.aggregate(gms_agg, [E_SLUG])
E.aggregate(azv_agg, [E_SLUG])
E.aggregate(alj_agg, [E_SLUG])
E.aggregate(ri2_abiy, [E_SLUG])
E.aggregate(nam_fed, [E_SLUG])
for r in (afr_ref, eur_ref, ri1_n):
    E.aggregate(r, [E_SLUG])  # the flight to Sudan from the whole offensive includes Mai Kadra's
E.write()
