"""dnipro-2023: the Russian missile that destroyed a section of a nine-storey apartment block in the Peremoha
residential area of Dnipro, Ukraine, on the afternoon of Saturday 14 January 2023.  Annotated blind (see
../dnipro-2023.md).

Per claim: the item (`it`), the statement relayed (`st`, echo), the speaker group (`sp`, revises), the
interval the written figure means (`iv`) or a qualitative label (`lab`), and the gold event (`ev`).
Pairs within an item are derived by lib.py unchanged; pairs across items are written by hand below.
"""
from lib import Event, INF

E = Event("dnipro-2023")
S = E.src

# -- items ------------------------------------------------------------------------------------
TOLL = "toll"            # people killed by the strike on the block
WND = "wounded"          # people wounded by it
MISS = "missing"         # people missing / whose fate is unknown (at the time given)
RESC = "rescued"         # people pulled out alive
CHILD = "child-dead"     # children among the dead
APT = "apartments-destroyed"
APTD = "apartments-damaged"
RES = "residents"        # people living in the building
HOME = "homeless"        # people left homeless
PERP = "perp"            # who is responsible for the missile that hit the block
CAUSE = "cause"          # why the missile hit the block (shot down onto it / not intercepted / missed its target)
WEAP = "weapon"          # what hit the block
LAUNCH = "launches"      # missiles of that type launched that day
MIL = "military-site"    # whether there was anything military at the block
TGT = "mod-targets"      # what the Russian defence ministry says its strikes of 14 Jan hit
MREP = "missing-reports" # reports of missing persons received by the police, and what became of them
# the nationwide wave of 14 Jan 2023 (aggregate: covers the Dnipro missile)
WAVE = "ukraine-2023-01-14-missile-wave"
MSL = "wave-missiles"    # missiles fired at Ukraine that day
MSLD = "wave-downed"     # missiles shot down that day
# background incidents (hard negatives)
KR = "kryvyirih-2023-01-14"          # the strike on Kryvyi Rih the same afternoon
KREM = "kremenchuk-2022"             # the Kh-22 on the Kremenchuk shopping centre, June 2022
ZAP = "zaporizhzhia-2022-09-30"      # the strike on the aid convoy in Zaporizhzhia region, 30 Sep 2022
DN25 = "dnipro-2025-11-08"           # the drone strike on another block in Dnipro, 8 Nov 2025

# -- labels -------------------------------------------------------------------------------------
RU, NOT_RU = "Russia", "not Russia (Russian forces do not strike residential buildings)"
SHOT = "shot down by Ukrainian air defence, fell on the block"
NOTSHOT = "not shot down (Ukraine cannot intercept this missile)"
MISSED = "aimed at the power plant, flew past and hit the houses"
KH22 = "Kh-22 cruise missile"
NOMIL = "no military facility at the site"
MILT = "military command and energy targets, all hit"

E.exclusive = {PERP, CAUSE}
L = E.labrel
L[frozenset((MISSED, NOTSHOT))] = "refines"
# day phrases the model does not read here (no year and no dated report, or another language)
E.bad_when = {"samedi 14 janvier", "14 січня 2023 року", "lørdag", "sobota", "niedziela", "Montag", "Sonntagabend", "Накануне",
              "mardi après-midi", "January 14", "Tuesday", "samedi"}

# -- speaker groups (revises) -------------------------------------------------------------------
REZ = "Reznichenko (head of the Dnipropetrovsk regional military administration)"
LUK = "Lukashuk (chairman of the regional council)"
FIL = "Filatov (mayor of Dnipro)"
ZEL = "Zelensky"
SES = "State Emergency Service of Ukraine"
BAB = "Babachenko (adviser to the head of the regional administration)"
TYM = "Tymoshenko (deputy head of the presidential office)"
AF = "Ukrainian Air Force (Ihnat, Oleshchuk)"
PES = "Peskov (Kremlin)"
ARE = "Arestovych"
MODR = "Russian defence ministry"
GS = "Ukrainian General Staff"
POL = "National Police of Ukraine"
CITY = "Dnipro city council"

# -- statements relayed by several articles (echo) ----------------------------------------------
REZ5 = "Reznichenko on Telegram, Sat 14 Jan (5 dead, 27 wounded including 6 children; a Russian missile)"
REZ5M = "Reznichenko's preliminary tally, Sat 14 Jan (5 dead, nearly 60 wounded including 12 children)"
REZ9 = "Reznichenko, Sat 14 Jan evening (9 dead including a girl of 15, 64 wounded)"
REZ12 = "Reznichenko, Sat 14 Jan night (12 dead)"
REZ18 = "Reznichenko (18 dead, 73 wounded, 12 of them children)"
REZ21 = "Reznichenko, Sun 15 Jan (21 dead including a child, 73 wounded, 38 rescued, 35 missing)"
REZ35 = "Reznichenko, Mon 16 Jan (35 dead including 2 children, 75 wounded, 35 missing)"
REZ44 = "Reznichenko on Telegram, Tue 17 Jan (search completed: 44 dead including 5 children, 39 saved)"
REZ45 = "Reznichenko, Tue 17 Jan afternoon (45 dead including 6 children)"
LUK21 = "Lukashuk on Telegram, Sun 15 Jan (21 dead including a child, 73 wounded, 38 rescued, 35 sought)"
LUKP = "Lukashuk's earlier Telegram message (72 apartments destroyed, more than 230 damaged)"
FIL17 = "the mayor, Sun 15 Jan (at least 17 dead, 64 wounded)"
FIL21 = "Filatov at the site, Sun 15 Jan (21 dead, 40 missing at 11am; aiming at the power plant)"
ZEL25 = "Zelensky on Telegram, Sun 15 Jan (25 dead including a child, 73 wounded, 43 missing, 39 rescued)"
ZELM = "Zelensky, Sat 14 Jan (of more than 30 missiles, more than 20 shot down)"
SES5 = "the State Emergency Service, Sat 14 Jan (5 dead including a child)"
SES40L = "the State Emergency Service (at least 40 dead, 46 missing, 75 wounded)"
SES44 = "the State Emergency Service on Telegram, Tue 17 Jan (search ended at 13:00; 44 dead including 5 children, 20 missing, 39 extracted, 79 wounded)"
SES46 = "the State Emergency Service (search ended 17 Jan at 13:00; 46 dead including 6 children, 79 wounded, 39 saved)"
BAB35 = "Babachenko (35 dead, 39 rescued, more than 40 unknown)"
POL36 = "the National Police on Telegram, Mon 16 Jan (36 dead including 2 children, 75 wounded)"
TYM1700 = "Tymoshenko, Sat 14 Jan (about 1,700 residents; 72 apartments in the destroyed entrance)"
PESK = "Peskov to reporters, Mon 16 Jan (Russian forces do not strike residential buildings; Ukrainian air defence)"
ARE1 = "Arestovych on Feygin Live (YouTube), Sat 14 Jan (the missile was shot down and fell on the entrance)"
ARE2 = "Arestovych's resignation letter and apology on Facebook, Tue 17 Jan (a fundamental error)"
MOD15 = "the Russian defence ministry's daily briefing, Sun 15 Jan (all designated targets hit)"
IHN = "Yurii Ihnat, Air Force spokesman, Sat 14 Jan (a Kh-22 fired from a Tu-22M3; five launches)"
GS57 = "the General Staff, Sun 15 Jan (three waves, 57 missiles, 26 shot down)"
AF38 = "the Air Force (38 missiles of various types, 25 destroyed; the Kh-22 cannot be shot down)"

# =============================================================================================
# 1 CNN live, Sat 14 Jan 2023
S("Yurii Ihnat", "state", ["spokesman for the Ukrainian air force", "Ukrainian Air Force"], "Ukraine")
S("State Emergency Service of Ukraine", "state", [], "Ukraine")
S("CNN", "media")
S("Russian Defense Ministry", "state", [], "Russia")
E.article("cnn", "CNN", "https://www.cnn.com/europe/live-news/russia-ukraine-war-news-1-14-23/h_f709d16f87b301bc15b9ce4a18148b51", "2023-01-14", "en",
          "January 14, 2023 Russia-Ukraine news",
          {"ihn": {"outlet": "Yurii Ihnat"}, "ses": {"outlet": "State Emergency Service of Ukraine"},
           "mod": {"outlet": "Russian Defense Ministry"}})
cnn_9 = E.c("CNN", "people", "killing", "nine", it=TOLL, iv=9, sp="CNN", actor="Russian missile", place="an apartment block in Dnipro",
            when="Saturday")
cnn_kh = E.c("Yurii Ihnat", "the Russian missile that hit an apartment block in Dnipro", "was",
             "an older type of cruise missile fired from a long-range bomber", it=WEAP, lab=KH22, st=IHN, sp=AF, actor="Russia",
             qualifiers=["Kh-22", "Tu-22M3", "launched from the area near Kursk and the Sea of Azov"], via="ihn")
cnn_s5 = E.c("State Emergency Service of Ukraine", "people", "killed", "5", it=TOLL, iv=5, st=SES5, sp=SES, actor="Russian missile",
             qualifiers=["a child among them"], via="ses")
cnn_krem = E.c("CNN", "people", "killed", "At least 18", it=KREM + "-toll", iv=(18, INF), ev=KREM, sp="CNN",
               place="a shopping center in Kremenchuk", qualifiers=["last June", "hit by a Kh-22"])

# 2 franceinfo (no date; its text: samedi 14 janvier)
S("Valentin Reznitchenko", "state", ["gouverneur de la région"], "Ukraine")
S("état-major de l'armée ukrainienne", "state", [], "Ukraine")
E.article("ftv", "franceinfo", "https://www.francetvinfo.fr/monde/europe/manifestations-en-ukraine/guerre-en-ukraine-une-frappe-sur-un-immeuble-residentiel-fait-au-moins-cinq-morts-et-27-blesses-a-dnipro_5602850.html",
          None, "fr", "Guerre en Ukraine : une frappe sur un immeuble résidentiel fait au moins cinq morts et 27 blessés à Dnipro",
          {"rez": {"outlet": "Valentin Reznitchenko", "title": "Telegram"}, "gs": {"outlet": "état-major de l'armée ukrainienne"}})
ftv_5 = E.c("Valentin Reznitchenko", "personnes", "tuées", "au moins cinq", it=TOLL, iv=(5, INF), st=REZ5, sp=REZ, actor="l'armée russe",
            place="un bâtiment d'habitation, à Dnipro", when="samedi 14 janvier", quote="Il y a déjà cinq morts, 27 personnes ont été blessées et hospitalisées, dont six enfants",
            via="rez")
ftv_27 = E.c("Valentin Reznitchenko", "personnes", "blessées et hospitalisées", "27", it=WND, iv=27, st=REZ5, sp=REZ, qualifiers=["dont six enfants"], via="rez")
ftv_gs = E.c("état-major de l'armée ukrainienne", "tirs de missiles", "l'ennemi a procédé à", "une cinquantaine", it=MSL, iv=(45, 55), ev=WAVE, sp=GS,
             qualifiers=["dans la journée", "et trois frappes aériennes"], via="gs")

# 3 Jyllands-Posten (Ritzau), Jan 2023
S("den regionale guvernør", "state", ["guvernøren"], "Ukraine")
E.article("jp", "Jyllands-Posten", "https://jyllands-posten.dk/international/europa/ECE14847017/angreb-paa-ukrainsk-boligblok-har-draebt-mindst-fem/", None, "da",
          "Angreb på ukrainsk boligblok har dræbt mindst fem", {"rez": {"outlet": "den regionale guvernør"}})
jp_5 = E.c("den regionale guvernør", "personer", "dræbt", "Mindst fem", it=TOLL, iv=(5, INF), st=REZ5, sp=REZ, place="en boligblok i den ukrainske by Dnipro",
           when="lørdag", via="rez")
jp_27 = E.c("den regionale guvernør", "personer", "såret", "27", it=WND, iv=27, st=REZ5, sp=REZ, qualifiers=["seks børn blandt de sårede"], via="rez")
jp_ru = E.c("den regionale guvernør", "missil", "der er tale om et", "russisk missil", it=PERP, lab=RU, st=REZ5, sp=REZ, actor="Rusland", via="rez")

# 4 Adnkronos via Zazoom, 15 Jan 2023
S("Valentin Reznichenko", "state", ["governatore locale"], "Ukraine")
S("Volodymyr Zelensky", "state", ["presidente ucraino"], "Ukraine")
E.article("zaz", "Zazoom (Adnkronos)", "https://www.zazoom.it/2023-01-15/ucraina-missili-russi-continuano-a-uccidere-9-morti-tra-cui-una-15enne/12230437/", "2023-01-15", "it",
          "Ucraina, missili russi continuano a uccidere: 9 morti tra cui una 15enne",
          {"rez": {"outlet": "Valentin Reznichenko", "wire": "Adnkronos"}, "zel": {"outlet": "Volodymyr Zelensky", "wire": "Adnkronos"}})
zaz_9 = E.c("Valentin Reznichenko", "persone", "uccise", "9", it=TOLL, iv=9, st=REZ9, sp=REZ, actor="attacco missilistico russo", place="Dnipro",
            qualifiers=["tra cui una ragazza di 15 anni"], via="rez")
zaz_64 = E.c("Valentin Reznichenko", "persone", "ferite", "64", it=WND, iv=64, st=REZ9, sp=REZ, via="rez")

# 5 Rubryka, 14 Jan 2023
S("Валентин Резніченко", "state", ["голова Дніпропетровської ОВА"], "Ukraine")
S("Кирило Тимошенко", "state", ["заступник керівника Офісу президента"], "Ukraine")
E.article("rub", "Rubryka", "https://rubryka.com/2023/01/14/udar-rf-po-bagatopoverhivtsi-dnipri-kilkist-zagyblyh-zrosla-do-12/amp", "2023-01-14", "uk",
          "Удар рф по багатоповерхівці в Дніпрі: кількість загиблих зросла до 12",
          {"rez": {"outlet": "Валентин Резніченко"}, "tym": {"outlet": "Кирило Тимошенко"}})
rub_12 = E.c("Валентин Резніченко", "загиблих", "кількість зросла до", "12", it=TOLL, iv=12, st=REZ12, sp=REZ, actor="російська ракета", place="Дніпро",
             via="rez")
rub_res = E.c("Кирило Тимошенко", "мешканців", "проживало", "близько 1700", it=RES, iv=(1530, 1870), st=TYM1700, sp=TYM, qualifiers=["будинок, у якому 16 під'їздів"],
              via="tym")
rub_apt = E.c("Кирило Тимошенко", "квартири", "у зруйнованому під'їзді", "72", it=APT, iv=72, st=TYM1700, sp=TYM,
              qualifiers=["за інформацією з прописок, це 100-200 людей (близько 50 дітей)"], via="tym")

# 6 Euronews (German), 15 Jan 2023 (the first story)
S("Bürgermeister", "state", ["laut Bürgermeister"], "Ukraine")
S("Borys Filatov", "state", ["Bürgermeister von Dnipro"], "Ukraine")
S("Euronews", "media")
E.article("eu1", "Euronews (Deutsch)", "http://de.euronews.com/2023/01/15/dnipro-in-der-ukraine-unter-raketenbeschuss-mindestens-17-tote-menschen-auch-kinder", "2023-01-15",
          "de", "Dnipro in der Ukraine unter Raketenbeschuss: mindestens 17 Tote",
          {"may": {"outlet": "Bürgermeister"}, "fil": {"outlet": "Borys Filatov", "title": "vor Ort"}})
eu1_17 = E.c("Bürgermeister", "Menschen", "getötet", "mindestens 17", it=TOLL, iv=(17, INF), st=FIL17, sp=FIL, actor="russischer Raketenangriff",
             place="ein neunstöckiges Wohnhaus in Dnipro", via="may")
eu1_64 = E.c("Bürgermeister", "Menschen", "verletzt", "64", it=WND, iv=64, st=FIL17, sp=FIL, via="may")
eu1_home = E.c("Euronews", "Menschen", "obdachlos", "Bis zu 200", it=HOME, iv=(1, 200), sp="Euronews")
eu1_res = E.c("Borys Filatov", "Menschen", "lebten in dem Gebäude", "mehr als 1.100", it=RES, iv=(1101, INF), sp=FIL, via="fil")

# 7 Vologda-Poisk (no date)
S("Алексей Арестович", "state", ["советник главы офиса президента"], "Ukraine")
S("ВВС Украины", "state", [], "Ukraine")
S("Валентин Резниченко", "state", ["глава областной военной администрации"], "Ukraine")
E.article("vp", "Vologda-Poisk", "https://vologda-poisk.ru/news/na-zlobu-dnya/v-ofise-zelenskogo-priznali-vo-vzryve-zhilogo-doma-v-dnepre-vinovaty-ne-russkie-a-sily-pvo-ukrainy",
          None, "ru", "В офисе Зеленского признали: во взрыве жилого дома в Днепре виноваты не русские, а силы ПВО Украины",
          {"are": {"outlet": "Алексей Арестович", "title": "эфир «Фейгин Live»"}, "af": {"outlet": "ВВС Украины"},
           "rez": {"outlet": "Валентин Резниченко"}})
vp_shot = E.c("Алексей Арестович", "ракета, которая пролетала над городом", "сбили", it=CAUSE, lab=SHOT, st=ARE1, sp=ARE, actor="силы ПВО Украины",
              quote="Летевшую над Днепром ракету сбили. Она взорвалась, когда упала на подъезд", via="are")
vp_no = E.c("ВВС Украины", "средства, которые могут сбить тип ракеты, попавшей в многоэтажный дом в Днепре", "имеют", polarity="denied", it=CAUSE,
            lab=NOTSHOT, sp="ВВС Украины (Vologda-Poisk)", via="af")
vp_18 = E.c("Валентин Резниченко", "жертвами", "стали", "18", it=TOLL, iv=18, st=REZ18, sp=REZ, place="Днепр", via="rez")
vp_73 = E.c("Валентин Резниченко", "человек", "получили ранения", "73", it=WND, iv=73, st=REZ18, sp=REZ, qualifiers=["12 из них дети"], via="rez")

# 8 Wprost, Jan 2023
S("Ołeksiej Arestowycz", "state", ["doradca kancelarii prezydenta Ukrainy"], "Ukraine")
S("Wprost", "media")

# 9 Wirtualna Polska, Jan 2023
S("Mychajło Łysenko", "state", ["zastępca mera Dniepru"], "Ukraine")
S("Wirtualna Polska", "media", ["WP"])
E.article("wp", "Wirtualna Polska", "https://wiadomosci.wp.pl/dramatyczna-relacja-z-dniepru-ludzie-ciagle-krzyczeli-6856158039767169v", None, "pl",
          "Dramatyczna relacja z Dniepru. Ludzie ciągle krzyczeli", {"lys": {"outlet": "Mychajło Łysenko"}})
wp_kh = E.c("Wirtualna Polska", "dziewięciokondygnacyjny blok mieszkalny w mieście Dniepr", "spadła", "rosyjska rakieta", it=WEAP, lab=KH22, sp="Wirtualna Polska",
            actor="Rosja", qualifiers=["Ch-22"], when="sobota")
wp_23 = E.c("Mychajło Łysenko", "osoby", "zginęły", "co najmniej 23", it=TOLL, iv=(23, INF), sp="Łysenko (deputy mayor)", when="niedziela",
            qualifiers=["wśród ofiar są też dzieci"], via="lys")

# 10 Ukrinform (French), 15 Jan 2023
S("Valentyn Reznytchenko", "state", ["chef de l'administration militaire régionale de Dnipropetrovsk"], "Ukraine")
S("présidence ukrainienne", "state", [], "Ukraine")
E.article("ukf", "Ukrinform", "https://ukrinform.fr/amp/rubric-ato/3652977-guerre-en-ukraine-le-bilan-de-la-frappe-meurtriere-russe-sur-dnipro-a-grimpe-a-21-morts.html",
          None, "fr", "Guerre en Ukraine : le bilan de la frappe meurtrière russe sur Dnipro a grimpé à 21 morts",
          {"rez": {"outlet": "Valentyn Reznytchenko"}, "pres": {"outlet": "présidence ukrainienne"}})
ukf_21 = E.c("Valentyn Reznytchenko", "morts", "le bilan s'est alourdi à", "21", it=TOLL, iv=21, st=REZ21, sp=REZ, actor="frappe russe",
             place="un immeuble à Dnipro", qualifiers=["dont 1 enfant"], via="rez")
ukf_35 = E.c("Valentyn Reznytchenko", "personnes", "sort inconnu", "35", it=MISS, iv=35, st=REZ21, sp=REZ, via="rez")
ukf_38 = E.c("Valentyn Reznytchenko", "survivants", "extraire", "38", it=RESC, iv=38, st=REZ21, sp=REZ, qualifiers=["dont 6 enfants"], via="rez")
ukf_home = E.c("présidence ukrainienne", "personnes", "sans abri", "entre 100 et 200", it=HOME, iv=(100, 200), sp="Ukrainian presidency", via="pres")

# 11 Nagua al Día (EFE, via Ukrinform), 15 Jan 2023
S("Mykola Lukashuk", "state", ["presidente del consejo regional de Dnipropetrovsk"], "Ukraine")
E.article("nag", "Nagua al Día", "https://naguaaldia.com/2023/01/15/ascienden-a-21-los-muertos-en-el-ataque-ruso-a-un-edificio-en-dnipro", "2023-01-15", "es",
          "Ascienden a 21 los muertos en el ataque ruso a un edificio en Dnipro",
          {"luk": {"outlet": "Mykola Lukashuk", "title": "Telegram", "wire": "Ukrinform"},
           "lukp": {"outlet": "Mykola Lukashuk", "title": "mensaje previo", "wire": "Ukrinform"}})
nag_21 = E.c("Mykola Lukashuk", "muertos", "escribió", "21", it=TOLL, iv=21, st=LUK21, sp=LUK, actor="misil ruso", place="Dnipró",
             quote="21 muertos, 1 niño", via="luk")
nag_apt = E.c("Mykola Lukashuk", "apartamentos", "destruyó", "72", it=APT, iv=72, st=LUKP, sp=LUK, via="lukp")
nag_aptd = E.c("Mykola Lukashuk", "apartamentos", "dejó daños en", "más de 230", it=APTD, iv=(231, INF), st=LUKP, sp=LUK, via="lukp")

# 12 stern (Reuters video), Jan 2023
S("Borys Filatow", "state", ["Bürgermeister"], "Ukraine")
S("Behörden", "state", [], "Ukraine")
S("ukrainischer Generalstab", "state", [], "Ukraine")
E.article("ste", "stern (Reuters)", "https://www.stern.de/panorama/video-ueberlebende-nach-raketeneinschlag-in-dnipro-gerettet-33101906.html", None, "de",
          "Überlebende nach Raketeneinschlag in Dnipro gerettet",
          {"fil": {"outlet": "Borys Filatow", "wire": "Reuters"}, "aut": {"outlet": "Behörden", "wire": "Reuters"},
           "gs": {"outlet": "ukrainischer Generalstab", "published": "2023-01-15", "wire": "Reuters"}})
ste_21 = E.c("Borys Filatow", "Menschen", "tot", "21", it=TOLL, iv=21, st=FIL21, sp=FIL, qualifiers=["Stand elf Uhr vormittags"],
             quote="Stand elf Uhr vormittags sind 21 Menschen tot, 40 werden noch vermisst.", via="fil")
ste_40 = E.c("Borys Filatow", "Menschen", "werden noch vermisst", "40", it=MISS, iv=40, st=FIL21, sp=FIL, qualifiers=["Stand elf Uhr vormittags"], via="fil")
ste_25 = E.c("Behörden", "Toten", "korrigierten die Zahl nach oben, auf", "mindestens 25", it=TOLL, iv=(25, INF), sp="Behörden (stern)", via="aut")
ste_tpp = E.c("Borys Filatow", "die Rakete", "flog vorbei und traf Wohnhäuser", it=CAUSE, lab=MISSED, st=FIL21, sp=FIL,
              quote="sie versuchten, das Heizkraftwerk zu treffen. Aber die Rakete flog vorbei und traf Wohnhäuser.", hedge="Vermutung", via="fil")
ste_57 = E.c("ukrainischer Generalstab", "Raketen", "eingesetzt", "57", it=MSL, iv=57, ev=WAVE, st=GS57, sp=GS, qualifiers=["drei Angriffswellen am Samstag"],
             via="gs")

# 13 Oggi Treviso, Jan 2023
S("Volodymyr Zelensky (Telegram)", "state", ["presidente ucraino"], "Ukraine")
S("esercito ucraino", "state", ["difesa aerea ucraina"], "Ukraine")
E.article("ogt", "OggiTreviso", "https://www.oggitreviso.it/ucraina-25-morti-raid-russia-su-dnipro-si-scava-tra-le-macerie-au16145-298532", None, "it",
          "Ucraina, 25 morti per il raid della Russia su Dnipro: si scava tra le macerie",
          {"zel": {"outlet": "Volodymyr Zelensky (Telegram)", "title": "Telegram"}, "arm": {"outlet": "esercito ucraino"}})
ogt_25 = E.c("Volodymyr Zelensky (Telegram)", "morti", "ci sono", "25", it=TOLL, iv=25, st=ZEL25, sp=ZEL, actor="bombardamento russo",
             qualifiers=["tra i quali un bambino"], via="zel")
ogt_73 = E.c("Volodymyr Zelensky (Telegram)", "feriti", "ci sono", "73", it=WND, iv=73, st=ZEL25, sp=ZEL, qualifiers=["13 dei quali minori"], via="zel")
ogt_43 = E.c("Volodymyr Zelensky (Telegram)", "persone", "non rispondono all'appello", "43", it=MISS, iv=43, st=ZEL25, sp=ZEL, via="zel")
ogt_39 = E.c("Volodymyr Zelensky (Telegram)", "persone", "messe in salvo", "39", it=RESC, iv=39, st=ZEL25, sp=ZEL, qualifiers=["compresi sei bambini"], via="zel")
ogt_no = E.c("esercito ucraino", "potenza di fuoco in grado di abbattere questo tipo di missile", "ha", polarity="denied", it=CAUSE, lab=NOTSHOT,
             sp="esercito ucraino (OggiTreviso)", qualifiers=["Kh-22", "attualmente"], via="arm")

# 14 Handelsblatt live blog, Jan 2023
S("Rettungsdienste", "state", [], "Ukraine")
S("Wolodymyr Selenskyj", "state", ["ukrainischer Präsident"], "Ukraine")
S("Stadtverwaltung", "state", [], "Ukraine")
S("Handelsblatt", "media")

# 15 Meduza, 15 Jan 2023 (news)
S("Igor Konashenkov", "state", ["Russian Ministry of Defense spokesperson"], "Russia")
S("the Ukrainian side", "state", [], "Ukraine")
S("Agentstvo", "media")
E.article("med", "Meduza", "https://meduza.io/en/news/2023/01/15/russian-defense-ministry-says-missile-strike-that-destroyed-a-dnipro-residential-building-reached-its-target",
          "2023-01-15", "en", "Russian Defense Ministry says missile strike that destroyed a Dnipro residential building 'reached its target'",
          {"mod": {"outlet": "Igor Konashenkov", "title": "daily briefing"}, "ua": {"outlet": "the Ukrainian side"}, "ag": {"outlet": "Agentstvo"}})
med_tgt = E.c("Igor Konashenkov", "all designated targets", "have been hit", it=TGT, lab=MILT, st=MOD15, sp=MODR,
              quote="All designated targets have been hit. The goal of the strike has been achieved.",
              qualifiers=["Ukrainian military command and energy targets", "the massive strike of January 14"], via="mod")
med_20 = E.c("the Ukrainian side", "people", "killing", "over 20", it=TOLL, iv=(21, INF), sp="the Ukrainian side (Meduza)", place="a nine-story apartment complex in Dnipro",
             via="ua")
med_70 = E.c("the Ukrainian side", "people", "injuring", "over 70", it=WND, iv=(71, INF), sp="the Ukrainian side (Meduza)", via="ua")
med_zap = E.c("Agentstvo", "people", "killed", "32", it=ZAP + "-toll", iv=32, ev=ZAP, sp="Agentstvo", place="a humanitarian aid convoy in Zaporizhzhia",
              qualifiers=["September, 2022"], via="ag")

# 16 Meduza, 15 Jan 2023 (feature, with update)
S("Ukrainian authorities", "state", [], "Ukraine")
S("Valentyn Reznichenko", "state", ["Governor of Dnipropetrovsk"], "Ukraine")

# 17 Reuters via cde.news, 15 Jan 2023
S("Russia's defence ministry", "state", [], "Russia")
S("Ukrainian authorities (Reuters)", "state", [], "Ukraine")
E.article("cde", "CDE News (Reuters)", "https://cde.news/russia-says-it-launched-missile-strikes-against-ukraine-on-saturday/", "2023-01-15", "en",
          "Russia says it launched missile strikes against Ukraine on Saturday",
          {"mod": {"outlet": "Russia's defence ministry", "published": "2023-01-15", "wire": "Reuters"},
           "aut": {"outlet": "Ukrainian authorities (Reuters)", "wire": "Reuters"}})
cde_tgt = E.c("Russia's defence ministry", "All assigned objects", "were hit", it=TGT, lab=MILT, st=MOD15, sp=MODR,
              quote="All assigned objects were hit. The targets of the strike have been achieved.",
              qualifiers=["Ukrainian military and infrastructure sites", "did not mention Dnipro"], via="mod")
cde_21 = E.c("Ukrainian authorities (Reuters)", "people", "killed", "At least 21", it=TOLL, iv=(21, INF), sp="Ukrainian authorities (Reuters)", actor="Russian strike",
             place="an apartment complex in the eastern city of Dnipro", when="Saturday evening", via="aut")

# 18 UBN (French), Jan 2023
S("Natalia Babachenko", "state", ["conseillère de la tête de l'administration militaire de la région de Dnepropetrovsk"], "Ukraine")
E.article("ubn", "UBN", "https://ubn.news/?p=167620", None, "fr",
          "L'impact de la tragédie du Dnipro à la suite de la frappe massive de la Russie: 35 morts et 75 blessés",
          {"bab": {"outlet": "Natalia Babachenko"}})
ubn_35 = E.c("Natalia Babachenko", "morts", "est passé à", "35", it=TOLL, iv=35, st=BAB35, sp=BAB, actor="attaque de missiles russes", via="bab")

# 19 Vorarlberg Online (APA), Jan 2023
S("Walentyn Resnitschenko", "state", ["Militärgouverneur des Gebiets Dnipropetrowsk"], "Ukraine")
S("Vorarlberg Online", "media", ["vol.at"])
E.article("vol", "Vorarlberg Online", "https://www.vol.at/raketenschlag-auf-wohnblock-zahl-der-toten-steigt/7847734", None, "de",
          "Raketenschlag auf Wohnblock: Zahl der Toten steigt", {"rez": {"outlet": "Walentyn Resnitschenko", "title": "am Montag"}})
vol_35 = E.c("Walentyn Resnitschenko", "Toten", "sprach von", "35", it=TOLL, iv=35, st=REZ35, sp=REZ, when="Montag",
             qualifiers=["unter den Toten seien auch zwei Kinder"], via="rez")
vol_ch = E.c("Walentyn Resnitschenko", "Kinder", "unter den Toten", "zwei", it=CHILD, iv=2, st=REZ35, sp=REZ, via="rez")
vol_75 = E.c("Walentyn Resnitschenko", "Verletzten", "gab die Zahl an mit", "75", it=WND, iv=75, st=REZ35, sp=REZ, via="rez")
vol_30 = E.c("Vorarlberg Online", "Toten", "war die Rede gewesen von", "mindestens 30", it=TOLL, iv=(30, INF), sp="vol.at", when="Sonntagabend")

# 20 Al Jazeera, 16 Jan 2023
S("Governor Valentyn Reznichenko", "state", ["an official"], "Ukraine")
S("residents", "witness", ["Residents"])
S("Dmitry Peskov", "state", ["Kremlin spokesman"], "Russia")
E.article("aj", "Al Jazeera", "https://www.aljazeera.com/gallery/2023/1/16/dozens-feared-dead-after-russian-attack-in-ukraines-dnipro", "2023-01-16", "en",
          "Dnipro devastated by one of Russia's deadliest attacks",
          {"rez": {"outlet": "Governor Valentyn Reznichenko"}, "res": {"outlet": "residents"}, "pes": {"outlet": "Dmitry Peskov", "title": "to reporters"}})
aj_35 = E.c("Governor Valentyn Reznichenko", "death toll", "has risen to", "35", it=TOLL, iv=35, st=REZ35, sp=REZ, actor="alleged Russian missile attack",
            place="an apartment building in Dnipro", when="Monday", via="rez")
aj_75 = E.c("Governor Valentyn Reznichenko", "people", "wounded", "At least 75", it=WND, iv=(75, INF), st=REZ35, sp=REZ, via="rez")
aj_mil = E.c("residents", "military facilities at the site", "were", polarity="denied", it=MIL, lab=NOMIL, sp="residents (Al Jazeera)", via="res")
aj_not = E.c("Dmitry Peskov", "residential buildings or social infrastructure", "the Russian armed forces strike", polarity="denied", it=PERP, lab=NOT_RU,
             st=PESK, sp=PES, when="Monday",
             quote="The Russian armed forces do not strike residential buildings or social infrastructure, they strike military targets", via="pes")
aj_shot = E.c("Dmitry Peskov", "the strike", "could have been caused by", "air defence", it=CAUSE, lab=SHOT, st=PESK, sp=PES, hedge="could have been",
              qualifiers=["the conclusion of some representatives of the Ukrainian side"], via="pes")

# 21 TRT Italiano, 16 Jan 2023
S("polizia nazionale dell'Ucraina", "state", [], "Ukraine")
S("Dmitry Pescov", "state", ["portavoce di Cremlino"], "Russia")
E.article("trti", "TRT Italiano", "https://trt.net.tr/italiano/mondo/2023/01/16/sale-a-36-bilancio-vittime-attacco-russo-a-dnipro-1933392", "2023-01-16", "it",
          "Sale a 36 bilancio vittime attacco russo a Dnipro",
          {"pol": {"outlet": "polizia nazionale dell'Ucraina", "title": "Telegram"}, "pes": {"outlet": "Dmitry Pescov"}})
trti_36 = E.c("polizia nazionale dell'Ucraina", "persone", "uccise", "36", it=TOLL, iv=36, st=POL36, sp=POL, actor="attacco russo",
              place="un condominio di 9 piani a Dnipro", via="pol")
trti_75 = E.c("polizia nazionale dell'Ucraina", "persone", "ferite", "75", it=WND, iv=75, st=POL36, sp=POL, qualifiers=["tra cui 15 bambini"], via="pol")
trti_not = E.c("Dmitry Pescov", "il missile che ha colpito sabato Dnipro", "lanciato intenzionalmente su un edificio residenziale", polarity="denied", it=PERP,
               lab=NOT_RU, st=PESK, sp=PES, via="pes")
trti_shot = E.c("Dmitry Pescov", "la tragedia", "è il risultato di", "intercettazione di un missile della difesa aerea", it=CAUSE, lab=SHOT, st=PESK, sp=PES,
                qualifiers=["le conclusioni di certi esponenti ucraini"], via="pes")

# 22 dofa.news (Izvestia), Jan 2023
S("Дмитрий Песков", "state", ["Пресс-секретарь Президента России"], "Russia")
S("Алексей Арестович (dofa)", "state", ["советник офиса украинского президента"], "Ukraine")
E.article("dofa", "dofa.news", "https://dofa.news/peskov-nazval-padenie-rakety-v-dnepropetrovske-rezultatom-raboty-pvo-ukrainy", None, "ru",
          "Песков назвал падение ракеты в Днепропетровске результатом работы ПВО Украины",
          {"pes": {"outlet": "Дмитрий Песков", "wire": "Известия"}, "are": {"outlet": "Алексей Арестович (dofa)"}})
dofa_shot = E.c("Дмитрий Песков", "эта трагедия", "стала следствием действия", "контр-ракет противовоздушной обороны", it=CAUSE, lab=SHOT, st=PESK, sp=PES,
                qualifiers=["заключение некоторых представителей украинской стороны"], via="pes")
dofa_not = E.c("Дмитрий Песков", "жилые дома и объекты социнфраструктуры", "российские Вооруженные силы наносят удары по", polarity="denied", it=PERP,
               lab=NOT_RU, st=PESK, sp=PES, via="pes")
dofa_are = E.c("Алексей Арестович (dofa)", "ракета", "была сбита системой ПВО Украины", it=CAUSE, lab=SHOT, st=ARE1, sp=ARE, when="Накануне",
               qualifiers=["приземлившаяся на жилой девятиэтажный дом в Днепре"], via="are")

# 23 1News (AP), 17 Jan 2023
S("Authorities", "state", [], "Ukraine")
S("regional administration", "state", [], "Ukraine")
S("Residents", "witness", [])
S("1News", "media")
E.article("one", "1News (AP)", "https://www.1news.co.nz/2023/01/17/boom-deaths-from-strike-on-ukraine-apartment-building-climb-to-40/", "2023-01-17", "en",
          "'Boom': Deaths from strike on Ukraine apartment building climb to 40",
          {"aut": {"outlet": "Authorities", "wire": "Associated Press"}, "reg": {"outlet": "regional administration", "wire": "Associated Press"},
           "res": {"outlet": "Residents", "wire": "Associated Press"}})
one_40 = E.c("Authorities", "death toll", "rose to", "40", it=TOLL, iv=40, sp="Authorities (1News)", actor="a Russian missile", place="a Dnipro apartment building",
             via="aut")
one_res = E.c("1News", "people", "lived in the multi-storey building", "About 1700", it=RES, iv=(1530, 1870), sp="AP (1News)")
one_mil = E.c("Residents", "military facilities", "the apartment tower did house", polarity="denied", it=MIL, lab=NOMIL, sp="Residents (1News)", via="res")

# 24 La Gaceta, Jan 2023
S("Servicio Estatal de Emergencias de Ucrania", "state", [], "Ukraine")
S("teniente general Mykola Oleshchuk", "state", ["comandante de la Fuerza Aérea de Ucrania"], "Ukraine")
S("Dmitri Peskov", "state", ["vocero del Kremlin"], "Russia")
E.article("lag", "La Gaceta", "https://lagaceta.com.ar/nota/976940/mundo/otro-bombardeo-ucrania.html", None, "es", "Otro bombardeo en Ucrania",
          {"ses": {"outlet": "Servicio Estatal de Emergencias de Ucrania"}, "ole": {"outlet": "teniente general Mykola Oleshchuk"},
           "pes": {"outlet": "Dmitri Peskov"}})
lag_40 = E.c("Servicio Estatal de Emergencias de Ucrania", "muertos", "son", "al menos 40", it=TOLL, iv=(40, INF), st=SES40L, sp=SES,
             actor="un misil", place="un edificio residencial, en la localidad de Dnipro", via="ses")
lag_46 = E.c("Servicio Estatal de Emergencias de Ucrania", "personas", "permanecen desaparecidas", "46", it=MISS, iv=46, st=SES40L, sp=SES, via="ses")
lag_no = E.c("teniente general Mykola Oleshchuk", "la defensa antiaérea ucraniana", "es capaz de derribar este tipo de misil", polarity="denied", it=CAUSE,
             lab=NOTSHOT, sp=AF, qualifiers=["Kh-22", "este y otros cuatro misiles más fueron detectados por los radares"], via="ole")
lag_not = E.c("Dmitri Peskov", "inmuebles residenciales, ni infraestructuras civiles", "las fuerzas armadas rusas bombardean", polarity="denied", it=PERP,
              lab=NOT_RU, st=PESK, sp=PES, quote="Las fuerzas armadas rusas no bombardean inmuebles residenciales, ni infraestructuras civiles.", via="pes")
lag_shot = E.c("Dmitri Peskov", "el edificio", "cayó", "un misil de defensa antiaérea ucraniano", it=CAUSE, lab=SHOT, st=PESK, sp=PES, hedge="deslizando la posibilidad",
               via="pes")

# 25 RTBF, 17 Jan 2023
S("Valentyn Reznitchenko", "state", ["gouverneur régional"], "Ukraine")
S("RTBF", "media")
S("Dmitri Peskov (RTBF)", "state", ["porte-parole du Kremlin", "Moscou"], "Russia")
E.article("rtbf", "RTBF", "https://www.rtbf.be/article/guerre-en-ukraine-ce-17-janvier-45-morts-et-une-vingtaine-de-disparus-dans-la-frappe-de-dnipro-11137515", None, "fr",
          "Guerre en Ukraine ce 17 janvier : 45 morts et une vingtaine de disparus dans la frappe de Dnipro",
          {"rez": {"outlet": "Valentyn Reznitchenko", "title": "mardi après-midi"}, "pes": {"outlet": "Dmitri Peskov (RTBF)"}})
rtbf_45 = E.c("Valentyn Reznitchenko", "morts", "a fait état de", "45", it=TOLL, iv=45, st=REZ45, sp=REZ, actor="un missile russe", when="mardi après-midi",
              qualifiers=["dont six enfants"], via="rez")
rtbf_ch = E.c("Valentyn Reznitchenko", "enfants", "parmi les morts", "six", it=CHILD, iv=6, st=REZ45, sp=REZ, via="rez")
rtbf_44 = E.c("RTBF", "morts", "le bilan précédent faisait état de", "44", it=TOLL, iv=44, sp="RTBF (previous toll)")
rtbf_miss = E.c("RTBF", "disparus", "le bilan précédent faisait état de", "20", it=MISS, iv=20, sp="RTBF (previous toll)")
rtbf_shot = E.c("Dmitri Peskov (RTBF)", "une tragédie", "pouvant être due à", "un tir de la défense antiaérienne ukrainienne", it=CAUSE, lab=SHOT, st=PESK, sp=PES,
                hedge="pouvant", via="pes")
rtbf_not = E.c("Dmitri Peskov (RTBF)", "toute responsabilité dans le massacre à Dnipro", "renie", polarity="denied", it=PERP, lab=NOT_RU, st=PESK, sp=PES,
               qualifiers=["rejette la faute sur les Ukrainiens"], via="pes")

# 26 TRT Français (Reuters), Jan 2023
S("services d'urgences de l'État", "state", ["service d'urgence"], "Ukraine")
S("La Russie", "state", [], "Russia")
E.article("trtf", "TRT Français (Reuters)", "https://trtfrancais.com/actualites/lukraine-met-fin-aux-recherches-de-survivants-a-dnipro-44-morts-11723087", None, "fr",
          "L'Ukraine met fin aux recherches de survivants à Dnipro: 44 morts",
          {"ses": {"outlet": "services d'urgences de l'État", "title": "Telegram", "wire": "Reuters"}, "ru": {"outlet": "La Russie", "wire": "Reuters"}})
trtf_44 = E.c("services d'urgences de l'État", "personnes", "sont décédées", "44", it=TOLL, iv=44, st=SES44, sp=SES, qualifiers=["dont cinq enfants"], via="ses")
trtf_ch = E.c("services d'urgences de l'État", "enfants", "parmi les personnes décédées", "cinq", it=CHILD, iv=5, st=SES44, sp=SES, via="ses")
trtf_not = E.c("La Russie", "bâtiments résidentiels", "ses tirs de missiles de samedi ont visé", polarity="denied", it=PERP, lab=NOT_RU, sp="La Russie (TRT)",
               via="ru")

# 27 war.ukraine.ua (French)
S("Service d'urgence d'État de l'Ukraine", "state", [], "Ukraine")
S("war.ukraine.ua", "state", ["Ukraine.ua"], "Ukraine")
E.article("wu", "war.ukraine.ua", "https://war.ukraine.ua/fr/crimes/un-missile-russe-a-frappe-l-immeuble-d-habitation-a-dnipro-et-a-cause-l-effondrement-de-la-section-entiere/",
          None, "fr", "Un missile russe a frappé l'immeuble d'habitation à Dnipro et a causé l'effondrement de la section entière",
          {"ses": {"outlet": "Service d'urgence d'État de l'Ukraine"}})
wu_ru = E.c("war.ukraine.ua", "l'immeuble d'habitation à Dnipro", "a frappé", "un missile russe", it=PERP, lab=RU, sp="war.ukraine.ua", actor="la Russie",
            qualifiers=["une section entière d'un immeuble de huit étages"])
wu_46 = E.c("Service d'urgence d'État de l'Ukraine", "personnes", "ont été tuées", "46", it=TOLL, iv=46, st=SES46, sp=SES, qualifiers=["dont 6 enfants"], via="ses")
wu_ch = E.c("Service d'urgence d'État de l'Ukraine", "enfants", "parmi les personnes tuées", "6", it=CHILD, iv=6, st=SES46, sp=SES, via="ses")
wu_39 = E.c("Service d'urgence d'État de l'Ukraine", "personnes", "ont été sauvées de dessous les décombres", "39", it=RESC, iv=39, st=SES46, sp=SES, via="ses")

# 28 Babel, 17 Jan 2023
S("police", "state", ["The police"], "Ukraine")
S("Air Force of the Ukrainian Armed Forces", "state", [], "Ukraine")
E.article("bab", "Babel", "https://babel.ua/en/amp/news/89421-search-and-rescue-work-at-the-site-of-a-missile-attack-in-dnipro-has-been-completed-44-bodies-were-found-under-the-rubble",
          None, "en", "Search and rescue work at the site of a missile attack in Dnipro has been completed — 44 bodies were found under the rubble",
          {"pol": {"outlet": "police"}, "af": {"outlet": "Air Force of the Ukrainian Armed Forces"}})
bab_47 = E.c("police", "reports of missing persons", "received", "47", it=MREP, iv=47, sp=POL, via="pol")
bab_23 = E.c("police", "people reported missing", "identified as dead", "23", it=MREP + "-dead", iv=23, sp=POL, via="pol")
bab_38 = E.c("Air Force of the Ukrainian Armed Forces", "missiles of various types", "fired", "38", it=MSL, iv=38, ev=WAVE, st=AF38, sp=AF, when="January 14", via="af")
bab_no = E.c("Air Force of the Ukrainian Armed Forces", "missiles of this type", "capable of shooting down", polarity="denied", it=CAUSE, lab=NOTSHOT, st=AF38, sp=AF,
             qualifiers=["X-22", "previous reports about the alleged shooting down of the X-22 by Ukraine were false"], via="af")

# 29 Antiwar.com, 17 Jan 2023
S("Oleksiy Arestovych", "state", ["advisor to Ukrainian President Volodymyr Zelensky"], "Ukraine")
S("Kremlin spokesman Dmitry Peskov", "state", ["The Kremlin"], "Russia")
S("Ukrainian military officials", "state", [], "Ukraine")
S("Ukrainian authorities (Antiwar)", "state", [], "Ukraine")
E.article("aw", "Antiwar.com", "https://news.antiwar.com/2023/01/17/zelensky-advisor-resigns-after-comments-on-dnipro-strike-caused-backlash/", "2023-01-17", "en",
          "Zelensky Advisor Resigns After Comments on Dnipro Strike Caused Backlash",
          {"are": {"outlet": "Oleksiy Arestovych"}, "are2": {"outlet": "Oleksiy Arestovych", "title": "Facebook", "published": "2023-01-17"},
           "pes": {"outlet": "Kremlin spokesman Dmitry Peskov"}, "mil": {"outlet": "Ukrainian military officials"},
           "aut": {"outlet": "Ukrainian authorities (Antiwar)"}})
aw_shot = E.c("Oleksiy Arestovych", "the Russian missile that hit an apartment building in Dnipro", "shot down by Ukrainian air defenses", it=CAUSE, lab=SHOT, st=ARE1,
              sp=ARE, hedge="may have", when="Saturday", via="are")
aw_apol = E.c("Oleksiy Arestovych", "my premature error version of the reason the Russian missile hit a residential building", "apologized for", it=CAUSE,
              lab=NOTSHOT, st=ARE2, sp=ARE, quote="a mistake in principle, therefore, resignation", via="are2")
aw_not = E.c("Kremlin spokesman Dmitry Peskov", "strikes on residential buildings", "The Russian armed forces have been delivering", polarity="denied", it=PERP,
             lab=NOT_RU, st=PESK, sp=PES, via="pes")
aw_no = E.c("Ukrainian military officials", "air defenses shot down the missile", "denied", polarity="denied", it=CAUSE, lab=NOTSHOT,
            sp="Ukrainian military officials (Antiwar)", qualifiers=["Kh-22 anti-ship missile", "Ukrainian forces don't have the capability to intercept them"],
            via="mil")
aw_44 = E.c("Ukrainian authorities (Antiwar)", "people", "killed", "44", it=TOLL, iv=44, sp="Ukrainian authorities (Antiwar)", actor="a Russian missile",
            qualifiers=["including five children"], via="aut")

# 30 Dawn (Reuters), Jan 2023
S("Oleksiy Arestovych (Reuters)", "state", ["Ukrainian presidential adviser"], "Ukraine")
S("Dmitry Peskov (Reuters)", "state", ["Kremlin spokesman"], "Russia")
S("Reuters", "media")
E.article("dawn", "Dawn (Reuters)", "https://dawn.com/news/1732262", None, "en", "Ukrainian presidential adviser resigns over Dnipro comments",
          {"are": {"outlet": "Oleksiy Arestovych (Reuters)", "wire": "Reuters"},
           "are2": {"outlet": "Oleksiy Arestovych (Reuters)", "title": "letter tendering his resignation", "wire": "Reuters"},
           "pes": {"outlet": "Dmitry Peskov (Reuters)", "wire": "Reuters"}, "rt": {"outlet": "Reuters"}})
dawn_45 = E.c("Reuters", "people", "killed", "at least 45", it=TOLL, iv=(45, INF), sp="Reuters (Dawn)", actor="a Russian missile", place="the city of Dnipro", via="rt")
dawn_shot = E.c("Oleksiy Arestovych (Reuters)", "the Russian missile", "had fallen on the building after being shot down by Ukrainian air defences", it=CAUSE,
                lab=SHOT, st=ARE1, sp=ARE, hedge="it appeared", via="are")
dawn_apol = E.c("Oleksiy Arestovych (Reuters)", "my prematurely erroneous version of the reason for the Russian missile striking a residential building",
                "offer my sincere apologies for", it=CAUSE, lab=NOTSHOT, st=ARE2, sp=ARE, qualifiers=["a fundamental error"], via="are2")
dawn_shotp = E.c("Dmitry Peskov (Reuters)", "the strike", "was the result of", "Ukrainian air defences", it=CAUSE, lab=SHOT, st=PESK, sp=PES, hedge="suggested",
                 via="pes")

# 31 RT, 17 Jan 2023
S("Aleksey Arestovich", "state", ["adviser to President Vladimir Zelensky"], "Ukraine")
S("Ukrainian Defense Ministry", "state", [], "Ukraine")
S("Ukrainian officials", "state", [], "Ukraine")
E.article("rt", "RT", "https://www.rt.com/russia/569995-zelensky-aide-arestovich-resigns/", None, "en", "Zelensky aide Arestovich resigns",
          {"are": {"outlet": "Aleksey Arestovich", "title": "YouTube interview"}, "udm": {"outlet": "Ukrainian Defense Ministry"},
           "off": {"outlet": "Ukrainian officials", "title": "Tuesday"}})
rt_shot = E.c("Aleksey Arestovich", "a Russian missile over the city of Dnepr", "Ukrainian forces had shot down", it=CAUSE, lab=SHOT,
              st=ARE1, sp=ARE, qualifiers=["received a tip from an acquaintance, an experienced military expert"], via="are")
rt_no = E.c("Ukrainian Defense Ministry", "having engaged the projectile", "denied", polarity="denied", it=CAUSE, lab=NOTSHOT, sp="Ukrainian Defense Ministry (RT)",
            qualifiers=["didn't have the capability to intercept Kh-22 air-launched cruise missiles"], via="udm")
rt_40 = E.c("Ukrainian officials", "lives", "claimed", "at least 40", it=TOLL, iv=(40, INF), sp="Ukrainian officials (RT)", when="Tuesday", via="off")

# 32 Radio Svoboda, 8 Nov 2025
S("Борис Філатов", "state", ["міський голова"], "Ukraine")
S("Радіо Свобода", "media")
E.article("rsv", "Радіо Свобода", "https://www.radiosvoboda.org/a/news-dnipro-udar-rf-zahybli-filatov/33584816.html", "2025-11-08", "uk",
          "У Дніпрі до трьох зросла кількість загиблих унаслідок нічного російського удару", {"fil": {"outlet": "Борис Філатов"}})
rsv_3 = E.c("Борис Філатов", "людини", "загинуло", "три", it=DN25 + "-toll", iv=3, ev=DN25, sp=FIL, place="Дніпро", qualifiers=["нічний удар по багатоповерхівці"],
            via="fil")
rsv_46 = E.c("Радіо Свобода", "людей", "загинули", "46", it=TOLL, iv=46, sp="Радіо Свобода", place="будинок у мікрорайоні «Перемога»",
             when="14 січня 2023 року", qualifiers=["118-й будинок"])

# 33 ABC Nyheter (NTB), 18 Jan 2023
S("ABC Nyheter", "media")
S("Russland", "state", [], "Russia")
E.article("abc", "ABC Nyheter", "https://www.abcnyheter.no/nyheter/verden/2023/01/18/195897777/letearbeidet-stanses-i-ruinene-av-boligblokk-i-dnipro", "2023-01-18", "no",
          "Letearbeidet stanses i ruinene av boligblokk i Dnipro", {"ru": {"outlet": "Russland"}})
abc_45 = E.c("ABC Nyheter", "døde", "funnet", "45", it=TOLL, iv=45, sp="ABC Nyheter", qualifiers=["siden lørdag", "blant dem seks barn"])
abc_not = E.c("Russland", "å stå bak", "nekter for", polarity="denied", it=PERP, lab=NOT_RU, sp="Russland (ABC Nyheter)", via="ru")

# 34 TF1 Info, Jan 2023
S("armée ukrainienne", "state", ["L'armée ukrainienne"], "Ukraine")
S("TF1 Info", "media")
S("bilan officiel", "state", [], "Ukraine")
E.article("tf1", "TF1 Info", "https://www.tf1info.fr/international/video-guerre-en-ukraine-russie-je-vous-maudis-jusqu-a-votre-7e-generation-la-detresse-des-habitants-de-dnipro-apres-une-frappe-russe-meurtriere-2245042.html",
          None, "fr", "« Je vous maudis jusqu'à votre 7e génération » : la détresse des habitants de Dnipro après une frappe russe meurtrière",
          {"arm": {"outlet": "armée ukrainienne"}, "off": {"outlet": "bilan officiel"}})
tf1_38 = E.c("TF1 Info", "survivants", "extraire des décombres", "38", it=RESC, iv=38, sp="TF1 Info")
tf1_home = E.c("TF1 Info", "personnes", "n'avaient plus de toit", "près de 1700", it=HOME, iv=(1530, 1699), sp="TF1 Info", when="samedi")
tf1_no = E.c("armée ukrainienne", "défenses antiaériennes permettant d'abattre ce type d'engin", "avoir", polarity="denied", it=CAUSE, lab=NOTSHOT,
             sp="armée ukrainienne (TF1)", qualifiers=["missile Kh-22"], via="arm")
tf1_kr = E.c("bilan officiel", "personne", "tuée", "une", it=KR + "-toll", iv=1, ev=KR, sp="bilan officiel (TF1)", place="Kryvyi Rig",
             qualifiers=["une autre blessée", "destruction d'immeubles d'habitation par une frappe"], via="off")

# 35 sibru.com, Jan 2023
S("sibru", "media")
S("минобороны РФ", "state", ["МО РФ"], "Russia")

# 36 Myc.news, 17 Jan 2023
S("Valentin Reznichenko", "state", ["head of the Dnepropetrovsk OVA"], "Ukraine")

# -- pairs across items, by hand --------------------------------------------------------------------
P = E.pair
# The Kremlin's denial (Russia does not strike residential buildings; it denies responsibility) against every claim that names
# Russia (a Russian missile, strike, rocket) as the one that hit the block (guidelines §5: an assertion and its denial, including a
# denial of what the other entails).  Pairs inside the perpetrator item are derived.
NOTS = (aj_not, trti_not, dofa_not, lag_not, rtbf_not, trtf_not, aw_not, abc_not)
RU_ENT = (cnn_9, cnn_s5, cnn_kh, ftv_5, zaz_9, rub_12, eu1_17, wp_kh, ukf_21, nag_21, ogt_25, cde_21, ubn_35, aj_35, trti_36,
          one_40, rtbf_45, aw_44, dawn_45)
for a in NOTS:
    for b in RU_ENT:
        P(a, b, "contradicts", "the Kremlin / Russia denies striking the block vs a claim that names a Russian missile as what hit it: assertion and denial")
    P(a, ste_tpp, "contradicts", "Russia denies striking the block vs the mayor's account that a Russian missile aimed at the power plant hit the houses")

# hard negatives: same day other place; same weapon other day; same city other day; another item of the same incident
P(tf1_kr, ftv_5, "unrelated", "one killed in Kryvyi Rih vs the Dnipro toll: same day, same wave, other place")
P(tf1_kr, jp_5, "unrelated", "one killed in Kryvyi Rih vs the Dnipro toll: same day, other place")
P(cnn_krem, cnn_9, "unrelated", "the Kremenchuk shopping centre (June 2022, a Kh-22) vs the Dnipro toll: same weapon, other day and place")
P(cnn_krem, zaz_9, "unrelated", "Kremenchuk, June 2022 vs Dnipro, 14 Jan 2023: other incident")
P(med_zap, med_20, "unrelated", "the Zaporizhzhia convoy strike (Sep 2022, 32 dead) vs the Dnipro toll: other incident")
P(med_zap, ste_25, "unrelated", "the Zaporizhzhia convoy (32 dead) vs Dnipro: other incident")
P(rsv_3, rsv_46, "unrelated", "the drone strike on another Dnipro block (Nov 2025) vs the 14 Jan 2023 toll: same city, other day")
P(rsv_3, rtbf_45, "unrelated", "Dnipro, Nov 2025 vs Dnipro, Jan 2023: other day")
P(bab_23, wp_23, "unrelated", "23 of the reported missing identified as dead vs the deputy mayor's at least 23 dead: other item")
P(bab_47, lag_46, "unrelated", "47 reports of missing persons received vs 46 missing: other item (reports, not people still missing)")
P(bab_38, ukf_38, "unrelated", "38 missiles fired at Ukraine vs 38 people pulled alive: same figure, other item")
P(ukf_home, rub_res, "unrelated", "100-200 left homeless vs about 1,700 residents: other item")
P(eu1_home, eu1_res, "unrelated", "up to 200 homeless vs more than 1,100 residents: other item")
P(rub_apt, rub_12, "unrelated", "72 apartments in the destroyed entrance vs 12 dead: other item")
P(nag_aptd, nag_apt, "unrelated", "230 apartments damaged vs 72 destroyed: other item")
P(vol_ch, vol_35, "unrelated", "two children among the dead vs 35 dead: a part and its total")
P(wu_ch, wu_46, "unrelated", "six children among the dead vs 46 dead: a part and its total")
P(med_tgt, aj_mil, "unrelated", "the Russian defence ministry's targets of the whole wave (military command, energy) vs residents: nothing military at the block: other item")
P(ste_57, ste_21, "unrelated", "57 missiles fired at Ukraine that day vs 21 dead in Dnipro: a nationwide count vs the incident's toll")
# the nationwide counts cover the Dnipro missile
for cid in (ftv_gs, ste_57, bab_38):
    E.aggregate(cid, ["dnipro-2023"])

E.write()
