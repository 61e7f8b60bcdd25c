"""Kerman, Iran, 3 January 2024: two bombs on the road to Qassem Soleimani's tomb.

Working file of the blind annotation of `kerman-2024` (see ../kerman-2024.md).

Two rules are added to lib.py's derivation.  (1) As majdalshams.py does: on who is responsible (WHO),
two labels of one speaker (the State Department's "the US was not involved" and "no reason to believe
Israel was involved") are parts of one account, never a revision: they are related by the label table.
(2) As kunduz.py and sumy.py: two figures of one speaker that share their lower bound, one exact and one
open ("103" and "at least 103"), refine each other, not a revision.
"""
from lib import Event, INF, Q


def QA(text, low, high, best):
    """An approximate measure (minutes, metres) with its best estimate."""
    return {"type": "quantity", "low": low, "high": high, "kind": "approximate", "best": best, "text": text}

TOLL, WND, HOSP, CRIT = "toll", "wounded", "wounded still in hospital", "wounded in critical condition"
WHO, CLAIM, CAUSE, METHOD = "who is responsible", "claim of responsibility", "cause of the explosions", "how the bombs went off"
GAP, T1, D1, D2, POL, CHD, NBL = ("minutes between the two blasts", "time of the first blast (minutes after 14:00)",
                                  "first blast's distance from the tomb (m)", "second blast's distance from the tomb (m)",
                                  "police officers killed", "children among the dead", "number of explosions")
STAMP, SOLK, SOLD, AROURI, AROUS = ("2020 funeral stampede toll", "how Soleimani was killed", "year Soleimani was killed",
                                    "al-Arouri killing", "US notice of the al-Arouri strike")
EV = "kerman-2024"
EV_STAMP, EV_SOL, EV_AR = "kerman-2020-funeral-stampede", "baghdad-2020-soleimani-strike", "beirut-2024-arouri-strike"

# WHO labels
IS = "the Islamic State did it"
USZ = "the US and Israel (the 'Zionist regime') are responsible"
ISR = "Israel is to blame"
NOTUS = "the US was not involved (denial)"
NOTISR = "no reason to believe Israel was involved"
NOTBOTH = "neither the US nor Israel was involved (denial)"
# CLAIM labels
NOCL = "no group has claimed it (yet)"
ISCL = "the Islamic State claimed it"
# CAUSE labels
TERR = "a terrorist attack"
GAS = "gas cylinders exploded"
UNC = "unclear whether gas cylinders or an attack"
# METHOD labels
REMOTE = "bombs in bags detonated by remote control"
SUI = "suicide bombers with explosive belts"
NOTSUI = "not suicide bombings (denial)"
PLANT = "explosives planted (a bag in a Peugeot 405, a rubbish bin)"
BOMB = "bombs (no detail)"
UNCM = "unclear whether bombs or suicide bombers"
# background labels
USDR = "a US drone strike at Baghdad airport"
IRDR = "an Iranian drone at Baghdad airport"
BEI = "killed in a drone strike in Beirut"
NONOT = "the US was not notified in advance"


class Kerman(Event):
    """WHO: two labels of one speaker are parts of one account, related by the label table, not a revision.
    Two figures of one speaker sharing their lower bound (one exact, one open) refine each other."""

    def _judge(self, item, ma, mb):
        same_st = ma["st"] and ma["st"] == mb["st"]
        if (ma["sp"] == mb["sp"] and ma["iv"] is not None and mb["iv"] is not None and not same_st
                and ma["iv"][0] == mb["iv"][0] and INF in (ma["iv"][1], mb["iv"][1]) and ma["iv"][1] != mb["iv"][1]):
            return ("refines", f"same speaker, the exact figure within the open one that shares its lower bound ({self._fmt(ma)} / {self._fmt(mb)})")
        if item == WHO and ma["lab"] and mb["lab"] and ma["lab"] != mb["lab"] and not same_st and ma["sp"] == mb["sp"]:
            lr = self.labrel.get(frozenset((ma["lab"], mb["lab"])), "compatible")
            return (lr, f"one speaker's one account, {lr}: {ma['lab']} / {mb['lab']} ({self._fmt(ma)} / {self._fmt(mb)})")
        return super()._judge(item, ma, mb)

    def c(self, *a, **k):
        if a[0] not in self.sources:  # an outlet's own reporting, or a speaker named once
            self.src(a[0], "media")
        return super().c(*a, **k)


E = Kerman(EV)
S = E.src
# event times the model may not read as written (other languages' weekdays, relative days): kept as qualifiers
E.bad_when = {"miércoles", "este miércoles", "mercredi", "ce mercredi", "mercoledì", "Mittwoch", "am Mittwoch", "Mittwochabend",
              "الأربعاء", "اليوم الأربعاء", "چهارشنبه", "quarta-feira", "nesta quarta-feira", "esta quarta-feira", "onsdag",
              "3 січня", "3 января", "3 Januari 2024", "13 دی ۱۴۰۲", "ieri", "gisteren", "la veille", "yesterday",
              "3 січня 2020 року", "3 января 2020 года", "2 يناير 2020", "3 janvier"}

# -- statements relayed by several articles (echo keys) --------------------------------------------------
EM73 = "the emergency organisation's spokesman, 3 Jan afternoon, via IRNA/Tasnim (73 dead)"
EM73W = "the emergency organisation's spokesman, 3 Jan afternoon, via IRNA/Tasnim (about 170 wounded)"
EM103 = "the emergency services' update of 3 Jan evening, via IRNA/Tasnim (103 dead)"
EM103W = "the emergency services' update of 3 Jan evening, via IRNA/Tasnim (141 wounded)"
EIN95 = "health minister Einollahi on IRINN, 3 Jan evening (95 dead)"
EIN95W = "health minister Einollahi / IRNA, 3 Jan evening (211 wounded)"
VAH84 = "interior minister Vahidi in Kerman, 4 Jan (84 dead, forensic count)"
VAH84W = "interior minister Vahidi in Kerman, 4 Jan (284 wounded)"
VAHH = "interior minister Vahidi in Kerman, 4 Jan (220 hospitalised)"
MIA84 = "Jafar Miadfar, head of the emergency services, on state TV / IRNA, 4 Jan (84 dead)"
MIA84W = "Jafar Miadfar, 4 Jan (284 wounded)"
MIAH = "Jafar Miadfar, 4 Jan (195 still in hospital)"
JAL = "deputy governor Rahman Jalali on state TV, 3 Jan (a terrorist attack)"
TASB = "Tasnim, 3 Jan (two bags with bombs, detonated by remote control)"
MAY10 = "Kerman's mayor to ISNA, 3 Jan (two blasts about ten minutes apart)"
MAYU = "Kerman's mayor to ISNA, 3 Jan (unclear whether gas cylinders or suicide bombers)"
IRNA700 = "IRNA, 3 Jan (first blast 700 m from the tomb)"
IRNA1K = "IRNA, 3 Jan (second blast about 1 km from the tomb)"
MIL = "State Department spokesman Matthew Miller's briefing, 3 Jan (the US was not involved; suggestions ridiculous)"
MILI = "State Department spokesman Matthew Miller's briefing, 3 Jan (no reason to believe Israel was involved)"
ISC = "the Islamic State's statement on Telegram, 4 Jan (it claims the attack)"
ISCM = "the Islamic State's statement on Telegram, 4 Jan (two members detonated explosive belts)"
JAM = "Mohammad Jamshidi on X, 4 Jan (responsibility lies with the US and Zionist regimes)"
NYTUS = "four US officials to the NYT (US intelligence: most likely the Islamic State)"
GASTV = "early Iranian reports of 3 Jan (gas cylinders exploded on the road)"
NOSUI = "security sources via Tasnim, 3 Jan (not suicide bombings)"
IRNASUI = "an informed source to IRNA, 4 Jan (the first blast was a suicide bomber)"

# -- sources ---------------------------------------------------------------------------------------------
S("Iranian authorities", "state", ["Iran"], "Iran")
S("Ahmad Vahidi", "state", ["Interior Minister", "Iran's Interior Minister"], "Iran")
S("Jafar Miadfar", "state", ["head of Iran's National Medical Emergency Organization", "head of Iran's emergency services"], "Iran")
S("Bahram Einollahi", "state", ["Iranian Health Minister", "Bahram Eynollahi"], "Iran")
S("Rahman Jalali", "state", ["deputy governor of the Kerman province"], "Iran")
S("Sayyed Mohammad Saberi", "state", ["head of the Medical Emergency Organization in Kerman"], "Iran")
S("Matthew Miller", "state", ["State Department spokesman", "US State Department spokesperson"], "United States")
S("Islamic State", "armed_group", ["IS", "ISIS", "Daesh"], "Islamic State")
S("Mohammad Jamshidi", "state", ["the Iranian president's political deputy"], "Iran")

# ============================================================================================================
# 1 Radio Svoboda (Ukrainian), 3 Jan
E.article("rsv", "Радіо Свобода", "https://radiosvoboda.org/amp/news-iran-vybuh-ponad-70-lyudej-zahynuly-sulejmani/32758610.html", None, "uk",
          None, {"em": {"outlet": "представник екстрених служб"}, "nn": {"outlet": "Nournews"}, "loc": {"outlet": "Місцева влада"}})
E.c("представник екстрених служб", "особи", "загинули", "73", it=TOLL, iv=73, st=EM73, sp="emergency", qualifiers=["спершу"], via="em")
E.c("представник екстрених служб", "поранено", "не менш як", "170", it=WND, iv=(170, INF), st=EM73W, sp="emergency", via="em")
E.c("Радіо Свобода", "жертв", "щонайменше", "103", it=TOLL, iv=(103, INF), qualifiers=["оновлені дані"])
E.c("Nournews", "вибухів", "було щонайменше", "два", it=NBL, iv=(2, INF), via="nn")
E.c("Місцева влада", "подію", "кваліфікує як теракт", it=CAUSE, lab=TERR, via="loc")
E.c("Радіо Свобода", "Касем Сулеймані", "був убитий цілеспрямованим ударом Військово-повітряних сил США", it=SOLK, lab=USDR, ev=EV_SOL, when="3 січня 2020 року")

# 2 Hamshahri Online (Persian), 3 Jan 15:18 (Tehran): the first report
E.article("ham", "همشهری آنلاین", "https://hamshahrionline.ir/amp/821422", "2024-01-03", "fa", None,
          {"gz": {"outlet": "مسئولین گلزار شهدا"}})
E.c("مسئولین گلزار شهدا", "صدا", "مربوط به انفجار چند کپسول گاز میباشد", it=CAUSE, lab=GAS, via="gz")
E.c("مسئولین گلزار شهدا", "کسی", "اتفاق خاصی رخ نداده است", it=TOLL, iv=(0, 0), sp="cemetery officials",
    qualifiers=["no one hurt"], via="gz")

# 3 Bamna (Persian), 3 Jan
E.article("bam", "بامنا", "https://www.bamna.ir/tag/%d8%a7%d9%86%d9%81%d8%ac%d8%a7%d8%b1-%da%af%d9%84%d8%b2%d8%a7%d8%b1-%d8%b4%d9%87%d8%af%d8%a7%db%8c-%da%a9%d8%b1%d9%85%d8%a7%d9%86",
          None, "fa", "۲۰ شهید و ۷۱ مجروح در حمله تروریستی کرمان", {"gz": {"outlet": "مسوولین گلزار شهدا"}})
E.c("بامنا", "شهید", "در حمله تروریستی کرمان", "۲۰", it=TOLL, iv=20)
E.c("بامنا", "مجروح", "در حمله تروریستی کرمان", "۷۱", it=WND, iv=71)
E.c("مسوولین گلزار شهدا", "صدا", "مربوط به انفجار چند کپسول گاز بوده است", it=CAUSE, lab=GAS, via="gz")

# 4 Kachaf (Arabic), 3 Jan: the deputy governor's first figure, gas cylinders on TV
E.article("kac", "كشاف", "https://www.kachaf.com/details.php?n=65956ec845d9ce043b5b3f39", None, "ar", None,
          {"dg": {"outlet": "نائب محافظ كرمان"}, "tv": {"outlet": "التلفزيون الإيراني"}, "afp": {"outlet": "فرانس برس"}})
E.c("نائب محافظ كرمان", "الانفجار", "كان نتيجة عملية إرهابية", it=CAUSE, lab=TERR, sp="Jalali", via="dg")
E.c("نائب محافظ كرمان", "قتيلا", "خلّفت", "نحو 20", it=TOLL, iv=(18, 22), sp="Jalali", via="dg")
E.c("نائب محافظ كرمان", "جرحى", "خلّفت", "5", it=WND, iv=5, sp="Jalali", via="dg")
E.c("التلفزيون الإيراني", "إسطوانات للغاز", "انفجار", it=CAUSE, lab=GAS, st=GASTV, sp="Iranian state TV", place="قرب الطريق المؤدية إلى مرقد سليماني", via="tv")
E.c("فرانس برس", "انفجارين", "سماع دوي", "2", it=NBL, iv=2, sp="AFP", via="afp")

# 5 Smotrim (Russian), 3 Jan
E.article("smo", "Смотрим", "https://smotrim.ru/article/3736275", "2024-01-03", "ru", "20 человек погибли в результате взрыва в иранском городе Керман",
          {"irna": {"outlet": "ИРНА"}})
E.c("Смотрим", "человек", "погибли", "по меньшей мере 20", it=TOLL, iv=(20, INF), place="Керман", qualifiers=["Причина ЧП пока неизвестна"])
E.c("ИРНА", "взрыв", "прогремел на дороге, ведущей к кладбищу", it=None, via="irna")
E.c("Смотрим", "Сулеймани", "погиб в аэропорту Багдада в результате американского авиаудара", it=SOLK, lab=USDR, ev=EV_SOL, when="3 января 2020 года")

# 6 El Balad (Arabic), 3 Jan: from 20 to 50
E.article("elb", "صدى البلد", "https://elbalad.news/6061060", None, "ar", None,
          {"tas": {"outlet": "وكالة تسنيم"}, "gov": {"outlet": "محافظ كرمان"}, "off": {"outlet": "مصادر رسمية"}, "mehr": {"outlet": "وكالة مهر"},
           "may": {"outlet": "رئيس بلدية كرمان", "wire": "إيسنا"}})
E.c("وكالة تسنيم", "حقيبتان مفخختان", "فجروا القنبلتين بجهاز تحكم عن بعد", it=METHOD, lab=REMOTE, st=TASB, sp="Tasnim", hedge="يبدو", via="tas")
E.c("وكالة تسنيم", "عدد القتلى", "من المرجح أن يتجاوز", "50", it=TOLL, iv=(51, INF), sp="Tasnim", hedge="من المرجح", via="tas")
E.c("محافظ كرمان", "الانفجاران", "وقعا بفارق", Q("10 دقائق", 10, 10, "exact"), it=GAP, iv=10, sp="Kerman governor", via="gov")
E.c("مصادر رسمية", "شخصاً", "مقتل", "20", it=TOLL, iv=20, sp="official sources", qualifiers=["حتى الآن"], via="off")
E.c("وكالة مهر", "حصيلة قتلى الانفجارين", "ارتفاع إلى", "50", it=TOLL, iv=50, sp="Mehr", via="mehr")
E.c("رئيس بلدية كرمان", "الانفجارات", "لا يزال من غير الواضح ما إذا كانت ناجمة عن انفجار أسطوانات غاز أم عن إرهابيين انتحاريين",
    it=CAUSE, lab=UNC, st=MAYU, sp="Kerman mayor", via="may")

# 7 Upday (Dutch), 3 Jan
E.article("upd", "Upday", "https://www.upday.com/nl/zeker-50-doden-bij-aanslag-op-processie-voor-iraanse-generaal", None, "nl",
          None, {"ir": {"outlet": "de Iraanse autoriteiten"}})
E.c("Upday", "doden", "gevallen", "meer dan vijftig", it=TOLL, iv=(51, INF), place="Kerman")
E.c("Upday", "gewonden", "gevallen", "tientallen", it=WND, iv=(20, 99))
E.c("de Iraanse autoriteiten", "een terroristische aanslag", "er is sprake van", it=CAUSE, lab=TERR, sp="Iranian authorities", via="ir")
E.c("de Iraanse autoriteiten", "bommen", "van afstand gestuurd", it=METHOD, lab=REMOTE, sp="Iranian authorities", place="bij de ingang van de plaats waar Soleimani is begraven", via="ir")

# 8 Turkey Alaan (Arabic), 3 Jan: 73 and 171
E.article("tal", "تركيا الآن", "https://turkeyalaan.net/2024/01/03/73-%d9%82%d8%aa%d9%8a%d9%84%d8%a7%d9%8b-%d9%88171-%d9%85%d8%b5%d8%a7%d8%a8%d9%8b%d8%a7-%d8%a8%d8%a7%d9%86%d9%81%d8%ac%d8%a7%d8%b1%d9%8a%d9%86-%d9%81%d9%8a-%d8%a5%d9%8a%d8%b1%d8%a7%d9%86",
          "2024-01-03", "ar", None,
          {"rep": {"outlet": "تقارير إيرانية"}, "aut": {"outlet": "السلطات الإيرانية"}, "tas": {"outlet": "وكالة تسنيم"}})
E.c("تقارير إيرانية", "شخصًا", "مقتل", "73", it=TOLL, iv=73, st=EM73, sp="emergency", via="rep")
E.c("تقارير إيرانية", "آخرين", "إصابة", "171", it=WND, iv=171, st=EM73W, sp="emergency", via="rep")
E.c("السلطات الإيرانية", "الانفجار", "كان نتيجة عملية إرهابية", it=CAUSE, lab=TERR, sp="Iranian authorities", via="aut")
E.c("تركيا الآن", "الانفجاران", "وقعا بفارق زمني قصير يقدر بحوالي", QA("10 دقائق", 8, 12, 10), it=GAP, iv=(8, 12))
E.c("وكالة تسنيم", "حقيبتين ملغمتين", "نجم الانفجاران عن", it=METHOD, lab=REMOTE, st=TASB, sp="Tasnim", qualifiers=["تم تركهما في المكان"], via="tas")

# 9 Lindipendente (Italian), 3 Jan: Reuters' 73 and 170, gas or terror unclear
E.article("lin", "L'Indipendente", "https://lindipendente.online/2024/01/03/iran-esplosioni-vicino-a-tomba-soleimani-oltre-73-morti", "2024-01-03", "it",
          None,
          {"em": {"outlet": "un portavoce dei servizi di emergenza iraniani", "wire": "Reuters"}})
E.c("un portavoce dei servizi di emergenza iraniani", "morti", "è di almeno", "73", it=TOLL, iv=(73, INF), st=EM73, sp="emergency", via="em")
E.c("un portavoce dei servizi di emergenza iraniani", "feriti", "è di almeno", "170", it=WND, iv=(170, INF), st=EM73W, sp="emergency", via="em")
E.c("L'Indipendente", "la prima esplosione", "è avvenuta a", Q("700 metri", 700, 700, "exact"), it=D1, iv=700, qualifiers=["Secondo le prime ricostruzioni"])
E.c("L'Indipendente", "gli scoppi", "non è ancora chiaro se siano dovuti a bombole di gas o ad un attacco terroristico", it=CAUSE, lab=UNC)

# 10 La Nación (Chile, Spanish), 3 Jan: 73, the Red Crescent, a security official's doubt
E.article("lnc", "La Nación", "https://lanacion.cl/al-menos-73-muertos-en-iran-por-explosiones-el-hecho-ocurrio-durante-homenaje-a-general-abatido-por-eeuu-en-2020",
          None, "es", None,
          {"em": {"outlet": "portavoz de la organización de emergencia en Irán", "wire": "IRNA"}, "irna": {"outlet": "IRNA"},
           "rc": {"outlet": "Reza Fallah", "wire": "IRNA"}, "sec": {"outlet": "un responsable de seguridad en Kerman"},
           "vg": {"outlet": "el vicegobernador de Kerman", "wire": "Tasnim"}})
E.c("portavoz de la organización de emergencia en Irán", "personas fallecidas", "ha dejado un saldo de", "73", it=TOLL, iv=73, st=EM73, sp="emergency", via="em")
E.c("portavoz de la organización de emergencia en Irán", "heridas", "más de", "170", it=WND, iv=(171, INF), st=EM73W, sp="emergency", via="em")
E.c("IRNA", "la primera explosión", "se registró a", Q("700 metros", 700, 700, "exact"), it=D1, iv=700, st=IRNA700, sp="IRNA", place="de la tumba del general Soleimani", via="irna")
E.c("IRNA", "una segunda explosión", "a un kilómetro de distancia", Q("un kilómetro", 1000, 1000, "exact"), it=D2, iv=1000, st=IRNA1K, sp="IRNA", via="irna")
E.c("Reza Fallah", "personas heridas", "han sido llevadas a los hospitales", "aproximadamente 170", it=WND, iv=(160, 180), sp="Red Crescent", via="rc")
E.c("un responsable de seguridad en Kerman", "la explosión", "aún no está claro si fue provocada por una bombona de gas o resultado de un ataque terrorista",
    it=CAUSE, lab=UNC, sp="a security official in Kerman", via="sec")
E.c("el vicegobernador de Kerman", "los eventos de hoy", "actos de terrorismo", it=CAUSE, lab=TERR, st=JAL, sp="Jalali", via="vg")

# 11 Elaph (Arabic), 3 Jan: more than 70, the second blast targeted a security force
E.article("ela", "إيلاف", "https://elaph.com/Web/News/2024/01/1524744.html", None, "ar", None,
          {"dg": {"outlet": "معاون محافظ مدينة كرمان"}, "em": {"outlet": "رئيس الطوارئ الطبية في كرمان"}, "mehr": {"outlet": "وكالة مهر"},
           "tas": {"outlet": "هيئة الطوارئ", "wire": "وكالة تسنيم"}})
E.c("معاون محافظ مدينة كرمان", "الانفجارين", "نجما عن هجوم إرهابي", it=CAUSE, lab=TERR, st=JAL, sp="Jalali", via="dg")
E.c("رئيس الطوارئ الطبية في كرمان", "عبوتين مفخختين", "نجما عن", it=METHOD, lab=BOMB, sp="Kerman medical emergency head", place="في منطقتين على مسير زوار مرقد سليماني", via="em")
E.c("وكالة مهر", "قوة أمنية", "استهدف الانفجار الثاني", it="target of the second blast", lab="a security force", sp="Mehr", via="mehr")
E.c("إيلاف", "الانفجار", "ناجم عن نيران اندلعت في اسطوانات غاز", it=CAUSE, lab=GAS, hedge="وردت أنباء")
E.c("هيئة الطوارئ", "شخصا", "سقوط أكثر من", "70", it=TOLL, iv=(71, INF), st=EM73, sp="emergency", hedge="على الأرجح", via="tas")
E.c("هيئة الطوارئ", "جريحا", "نقل نحو", "170", it=WND, iv=(160, 180), st=EM73W, sp="emergency", via="tas")
E.c("إيلاف", "قاسم سليماني", "اغتالته مسيرة إيرانية في مطار بغداد", it=SOLK, lab=IRDR, ev=EV_SOL, when="2 يناير 2020")

# 12 El Fagr (Arabic), 3 Jan: 103 and 173, suicide denied
E.article("elf", "الفجر", "https://elfagr.org/4846544", None, "ar", "إيران: ارتفاع حصيلة الانفجار الدموي بالقرب من مدفن قاسم سليماني في محافظة كرمان",
          {"sec": {"outlet": "مصادر أمنية رسمية"}, "tas": {"outlet": "مصادر أمنية", "wire": "وكالة تسنيم"}, "tv": {"outlet": "التلفزيون الإيراني"}})
E.c("مصادر أمنية رسمية", "حقيبتين تحتويان على عبوات ناسفة", "نجم التفجير عن", it=METHOD, lab=REMOTE, st=TASB, sp="Tasnim", via="sec")
E.c("الفجر", "شخصا", "قتل", "103", it=TOLL, iv=103, qualifiers=["في آخر الإحصائيات"])
E.c("الفجر", "آخرين", "جرح", "173", it=WND, iv=173)
E.c("مصادر أمنية", "التفجيرات", "انتحارية", polarity="denied", it=METHOD, lab=NOTSUI, st=NOSUI, sp="security sources (Tasnim)", via="tas")
E.c("التلفزيون الإيراني", "إسطوانات للغاز", "انفجار", it=CAUSE, lab=GAS, st=GASTV, sp="Iranian state TV", qualifiers=["قبل ذلك"], via="tv")
E.c("التلفزيون الإيراني", "الإصابات", "قدر", "15", it=WND, iv=15, sp="Iranian state TV", qualifiers=["في بداية الأمر"], via="tv")
E.c("الفجر", "سليماني", "مقتل في مطار العاصمة العراقية بغداد", "2019", it=SOLD, iv=2019, ev=EV_SOL)

# 13 Hadese24 (Persian), 3 Jan: 103, the bags, 14:50
E.article("had", "حادثه 24", "https://hadese24.ir/amp/102218", None, "fa", None,
          {"em": {"outlet": "سازمان اورژانس کشور"}, "tas": {"outlet": "منابع مستقر در کرمان", "wire": "خبرگزاری تسنیم"},
           "emk": {"outlet": "روابط عمومی اورژانس کرمان"}})
E.c("سازمان اورژانس کشور", "تعداد شهدای حادثه انفجار در کرمان", "رسید به", "103", it=TOLL, iv=103, st=EM103, sp="emergency", via="em")
E.c("حادثه 24", "انفجار اول", "روی داد", it=T1, iv=50, when="3 January 2024, 14:50", qualifiers=["ساعت 14:50 دقیقه"])
E.c("حادثه 24", "انفجار اول", "در ۷۰۰ متری مزار شهید سلیمانی روی داد", Q("۷۰۰ متری", 700, 700, "exact"), it=D1, iv=700)
E.c("منابع مستقر در کرمان", "دو کیف بمبگذاری شده", "با ریموت بمبها را منفجر کردهاند", it=METHOD, lab=REMOTE, st=TASB, sp="Tasnim", hedge="ظاهرا", via="tas")
E.c("روابط عمومی اورژانس کرمان", "مصدومان", "عمدتاً به دلیل ازدحام جمعیت و فرار مردم دچار مصدومیت شدهاند", it="how the wounded were hurt", lab="mostly in the crush of the fleeing crowd", sp="Kerman emergency", via="emk")

# 14 Capdz (French, Algeria), 3 Jan: 103 and 141, before 73 and 173
E.article("cap", "Capdz", "https://capdz.dz/2024/01/03/iran-103-morts-dans-une-double-explosion-au-sud/", "2024-01-03", "fr",
          None,
          {"irna": {"outlet": "Irna"}, "jal": {"outlet": "Rahman Jalali"}})
E.c("Irna", "morts", "le bilan est passé à", "103", it=TOLL, iv=103, st=EM103, sp="emergency", via="irna")
E.c("Irna", "blessées", "le bilan est passé à", "141", it=WND, iv=141, st=EM103W, sp="emergency", via="irna")
E.c("Capdz", "morts", "un précédent bilan faisait état de", "73", it=TOLL, iv=73, st=EM73, sp="emergency")
E.c("Capdz", "blessés", "un précédent bilan faisait état de", "173", it=WND, iv=173, sp="earlier count (Capdz)")
E.c("Rahman Jalali", "acte", "terroriste", it=CAUSE, lab=TERR, st=JAL, sp="Jalali", via="jal")

# 15 Israel Noticias (Spanish), 3 Jan: 103, 141, remote control, the mayor's ten minutes
E.article("isn", "Israel Noticias", "https://israelnoticias.1eye.us/iran/103-muertos-y-141-heridos-en-las-explosiones-en-iran", None, "es",
          None,
          {"med": {"outlet": "Los medios estatales de Irán"}, "irna": {"outlet": "IRNA"}, "src": {"outlet": "fuentes bien informadas"},
           "may": {"outlet": "Saeed Tabrizi", "wire": "ISNA"}, "jal": {"outlet": "Rahman Jalali"}})
E.c("Los medios estatales de Irán", "víctimas mortales", "ha aumentado a", "103", it=TOLL, iv=103, st=EM103, sp="emergency", via="med")
E.c("IRNA", "personas", "resultaron heridas", "141", it=WND, iv=141, st=EM103W, sp="emergency", via="irna")
E.c("fuentes bien informadas", "las explosiones", "fueron activadas por control remoto", it=METHOD, lab=REMOTE, sp="well-informed sources (Israel Noticias)", via="src")
E.c("Saeed Tabrizi", "las explosiones", "se produjeron con diez minutos de diferencia", Q("diez minutos", 10, 10, "exact"), it=GAP, iv=10, st=MAY10, sp="Kerman mayor", via="may")
E.c("Rahman Jalali", "el atentado", "terrorista", it=CAUSE, lab=TERR, st=JAL, sp="Jalali", via="jal")

# 16 Agenzia Nova (Italian), 3 Jan: Mehr's 103 and 141
E.article("nov", "Agenzia Nova", "https://www.agenzianova.com/a/65958b6e4a3757.75936727/4746717/2024-01-03/i-fatti-del-giorno-medio-oriente-3", "2024-01-03", "it",
          None, {"mehr": {"outlet": "Mehr"}, "irna": {"outlet": "Irna"}, "loc": {"outlet": "Le autorità locali"}})
E.c("Mehr", "morti", "si aggrava ad almeno", "103", it=TOLL, iv=(103, INF), st=EM103, sp="emergency", via="mehr")
E.c("Mehr", "feriti", "il bilancio", "141", it=WND, iv=141, st=EM103W, sp="emergency", via="mehr")
E.c("Irna", "La prima esplosione", "sarebbe avvenuta a 700 metri dalla tomba", Q("700 metri", 700, 700, "exact"), it=D1, iv=700, st=IRNA700, sp="IRNA", via="irna")
E.c("Irna", "la seconda", "a un chilometro di distanza", Q("un chilometro", 1000, 1000, "exact"), it=D2, iv=1000, st=IRNA1K, sp="IRNA", via="irna")
E.c("Agenzia Nova", "Le due esplosioni", "sarebbero avvenute a dieci minuti di distanza l'una dall'altra", Q("dieci minuti", 10, 10, "exact"), it=GAP, iv=10, hedge="sarebbero")
E.c("Le autorità locali", "attacco terroristico", "parlano di", it=CAUSE, lab=TERR, sp="local authorities", via="loc")

# 17 News.ru (Russian), 3 Jan: IRNA's 103 and 141
E.article("nru", "News.ru", "https://news.ru/near-east/chislo-zhertv-terakta-v-irane-perevalilo-za-sotnyu", None, "ru",
          None, {"em": {"outlet": "Директор скорой помощи Кермана", "wire": "IRNA"}})
E.c("Директор скорой помощи Кермана", "человека", "погибли", "103", it=TOLL, iv=103, st=EM103, sp="emergency", via="em")
E.c("Директор скорой помощи Кермана", "пострадавший", "был доставлен в больницы Кермана", "141", it=WND, iv=141, st=EM103W, sp="emergency", via="em")
E.c("News.ru", "Взрыв", "был произведен дистанционно", it=METHOD, lab=REMOTE, qualifiers=["две сумки со взрывчаткой"])
E.c("News.ru", "Первый взрыв", "произошел в 700 метрах от могилы Сулеймани", Q("700 метрах", 700, 700, "exact"), it=D1, iv=700)

# 18 Grodno24 (Russian), 3 Jan: Tasnim's 103, four police officers
E.article("grd", "Гродно24", "https://grodno24.com/2024/01/v-irane-obnovili-dannye-o-zhertvah-vzryva-u-kladbishha-gde-pokoitsya-sulejmani.html", None, "ru",
          None,
          {"tas": {"outlet": "Tasnim", "title": "Telegram"}, "src": {"outlet": "Источники"}})
E.c("Tasnim", "жертвами", "стали не менее", "103", it=TOLL, iv=(103, INF), st=EM103, sp="emergency", via="tas")
E.c("Tasnim", "человек", "получили ранения", "141", it=WND, iv=141, st=EM103W, sp="emergency", via="tas")
E.c("Источники", "полицейских", "погибли", "четыре", it=POL, iv=4, sp="sources (Grodno24)", via="src")

# 19 Al-Alam (Persian), 3 Jan
E.article("ala", "العالم", "https://fa.alalam.ir./news/6781923/%DA%AF%D8%B2%D8%A7%D8%B1%D8%B4-%D8%AE%D8%A8%D8%B1%D9%86%DA%AF%D8%A7%D8%B1-%D8%B4%D8%A8%DA%A9%D9%87-%D8%AE%D8%A8%D8%B1%DB%8C-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D8%A7%D8%B2-%D8%A2%D8%AE%D8%B1%DB%8C%D9%86-%D8%AC%D8%B2%D8%A6%DB%8C%D8%A7%D8%AA-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%DA%A9%D8%B1%D9%85%D8%A7%D9%86-%D9%88%DB%8C%D8%AF%D8%A6%D9%88", None, "fa", None,
          {"rep": {"outlet": "خبرنگار شبکه خبری العالم در کرمان"}})
E.c("خبرنگار شبکه خبری العالم در کرمان", "شرکت کنندگان در مراسم", "هدف اصلی این بمبگذاری تروریستی بودند", it="target", lab="the people at the commemoration", sp="Al-Alam", via="rep")
E.c("العالم", "نفر", "به شهادت رسیدند", "103", it=TOLL, iv=103, qualifiers=["تاکنون"])
E.c("العالم", "نفر دیگر", "مجروح شدند", Q("بیش از 140", 141, None, "lower_bound"), it=WND, iv=(141, INF))
E.c("العالم", "انفجار دوم", "در یک کیلومتری مزار بوده و خارج از مسیر زائران", Q("یک کیلومتری", 1000, 1000, "exact"), it=D2, iv=1000)

# 20 Motor Económico (Spanish, Argentina), 3 Jan: 103 and 188, Vahidi: the second blast killed most
E.article("mot", "Motor Económico", "https://motoreconomico.com.ar/atentado-en-iran-deja-mas-de-cien-muertos-en-el-aniversario-del-asesinato-del-general-soleimani/", None, "es",
          None,
          {"loc": {"outlet": "las autoridades locales"}, "may": {"outlet": "Saeed Sharbaf"}, "med": {"outlet": "Medios locales"},
           "vah": {"outlet": "Ahmad Vahidi"}, "tas": {"outlet": "Tasnim"}})
E.c("Motor Económico", "personas", "fallecieron", "al menos 103", it=TOLL, iv=(103, INF), qualifiers=["según la última información"])
E.c("Motor Económico", "resultaron heridas", "resultaron heridas", "188", it=WND, iv=188)
E.c("las autoridades locales", "las explosiones en Kermán", "atentado terrorista", it=CAUSE, lab=TERR, sp="local authorities", via="loc")
E.c("Saeed Sharbaf", "las dos explosiones", "se produjeron con 10 minutos de diferencia", Q("10 minutos", 10, 10, "exact"), it=GAP, iv=10, st=MAY10, sp="Kerman mayor", via="may")
E.c("Medios locales", "dos artefactos explosivos", "fueron colocados en bolsas; su detonación se realizó a distancia", it=METHOD, lab=REMOTE, sp="local media", via="med")
E.c("Tasnim", "Una", "explotó a unos 700 metros de la tumba", QA("unos 700 metros", 650, 750, 700), it=D1, iv=(650, 750), sp="Tasnim", via="tas")
E.c("Ahmad Vahidi", "la primera explosión", "tuvo lugar", it=T1, iv=60, when="3 January 2024, 15:00", qualifiers=["a las 15:00 (hora local)"], sp="Vahidi", via="vah")
E.c("Ahmad Vahidi", "la segunda explosión", "causó más muertos y heridos", it="which blast killed most", lab="the second", sp="Vahidi", via="vah")

# 21 Insurgente (Spanish), 3-4 Jan: the emergency organisation's "211 dead", Qaani
E.article("ins", "Insurgente", "https://insurgente.org/iran-son-al-menos-211-las-personas-asesinadas-en-las-dos-explosiones-de-kerman/", None, "es",
          None,
          {"em": {"outlet": "La Organización de Emergencia de Irán"}, "qa": {"outlet": "El general Qaani"}})
E.c("La Organización de Emergencia de Irán", "personas", "murieron", "al menos 211", it=TOLL, iv=(211, INF), sp="emergency", via="em")
E.c("Insurgente", "el primer estallido", "aconteció", it=T1, iv=50, hedge="Al parecer", when="3 January 2024, 14:50", qualifiers=["a las 14H50 hora local"])
E.c("Insurgente", "La segunda explosión", "tuvo lugar 15 minutos después", Q("15 minutos", 15, 15, "exact"), it=GAP, iv=15)
E.c("El general Qaani", "el pueblo de Kerman", "fue atacado por personas sedientas de sangre patrocinadas por Estados Unidos y el régimen sionista",
    it=WHO, lab=USZ, sp="Qaani", via="qa")

# 22 Mashregh via Rouz News (Persian), 3 Jan: 95 and 211, a Peugeot and a rubbish bin, three police officers
E.article("rou", "روز نیوز", "https://rouz.news/%D8%B1%D9%88%D8%A7%DB%8C%D8%AA%DB%8C-%DA%A9%D9%88%D8%AA%D8%A7%D9%87-%D8%A7%D8%B2-%D8%A7%D9%86%D8%AF%D9%88%D9%87-%D8%A8%D8%B2%D8%B1%DA%AF-%DA%A9%D8%B1%D9%85%D8%A7%D9%86-%D9%88-%D8%A7%DB%8C%D8%B1%D8%A7%D9%86/%D8%AE%D8%A8%D8%B1/3680602",
          None, "fa", "روایتی کوتاه از اندوه بزرگ کرمان و ایران", {"msh": {"outlet": "مشرق"}})
E.c("مشرق", "نفر", "شهید", "95", it=TOLL, iv=95, sp="Mashregh", via="msh")
E.c("مشرق", "نفر", "مجروح شدند", "211", it=WND, iv=211, sp="Mashregh", via="msh")
E.c("مشرق", "مواد منفجره", "در یک کیف و داخل یک خودروی پژو 405 جاسازی شده بود", it=METHOD, lab=PLANT, sp="Mashregh", via="msh")
E.c("مشرق", "نخستین انفجار", "شنیده شد", it=T1, iv=45, when="3 January 2024, 14:45", qualifiers=["ساعت 14:45 دقیقه امروز (چهارشنبه)"], sp="Mashregh", via="msh")
E.c("مشرق", "انفجار دوم", "15 دقیقه بعد اتفاق افتاد", Q("15 دقیقه", 15, 15, "exact"), it=GAP, iv=15, sp="Mashregh", via="msh")
E.c("مشرق", "افسران پلیس", "به شهادت رسیدند", "سه نفر", it=POL, iv=3, sp="Mashregh", via="msh")
E.c("مشرق", "گروهی", "مسوولیت آن را به عهده نگرفته است", polarity="denied", it=CLAIM, lab=NOCL, sp="Mashregh", qualifiers=["هنوز"], via="msh")

# 23 Document.no (Norwegian, NTB), 3 Jan: Einollahi's 95
E.article("doc", "Document", "https://document.no/?p=823380", None, "no", None,
          {"ein": {"outlet": "Bahram Eynollahi", "title": "intervju", "wire": "NTB"}})
E.c("Bahram Eynollahi", "drepte", "nedjustert fra 103 til", "95", it=TOLL, iv=95, st=EIN95, sp="Einollahi", via="ein")
E.c("Bahram Eynollahi", "personer", "kritisk såret", "Rundt 30", it=CRIT, iv=(25, 35), sp="Einollahi", via="ein")
E.c("Bahram Eynollahi", "personer", "såret", "211", it=WND, iv=211, st=EIN95W, sp="Einollahi", via="ein")
E.c("Document", "Ingen", "har tatt på seg ansvaret", polarity="denied", it=CLAIM, lab=NOCL, qualifiers=["så langt"])

# 24 People's Daily (Portuguese), 4 Jan
E.article("ppl", "Diário do Povo", "http://portuguese.people.com.cn/n3/2024/0104/c309808-20118235.html", "2024-01-04", "pt", None,
          {"ein": {"outlet": "Bahram Eynollahi", "wire": "emissora estatal do Irã"}, "irna": {"outlet": "IRNA"}})
E.c("Bahram Eynollahi", "mortes", "causaram pelo menos", "95", it=TOLL, iv=(95, INF), st=EIN95, sp="Einollahi", via="ein")
E.c("IRNA", "pessoas", "feridas", "211", it=WND, iv=211, st=EIN95W, sp="Einollahi", via="irna")

# 25 SEAToday (English), 3-4 Jan
E.article("sea", "SEAToday", "https://news.seatoday.website/story/almost-100-killed-in-iran-explosions-at-soleimani-memorial", None, "en",
          None,
          {"off": {"outlet": "Iranian officials"}, "hl": {"outlet": "the health authorities"}})
E.c("SEAToday", "people", "killing", "almost 100", it=TOLL, iv=(90, 99))
E.c("Iranian officials", "a pair of bombs", "had been placed along the road toward the cemetery", it=METHOD, lab=PLANT, sp="Iranian officials", via="off")
E.c("the health authorities", "people", "killed", "at least 95", it=TOLL, iv=(95, INF), st=EIN95, sp="Einollahi", via="hl")
E.c("the health authorities", "wounded", "more than", "200", it=WND, iv=(201, INF), sp="Einollahi", via="hl")

# 26 China Daily (Xinhua), 4 Jan: 103 -> 95 -> 84
E.article("xin", "China Daily", "https://global.chinadaily.com.cn/a/202401/04/WS6596b4f4a3105f21a507a9e5.html", "2024-01-04", "en",
          "Iran revises down death toll from Kerman attacks to 84",
          {"vah": {"outlet": "Ahmad Vahidi", "wire": "Iranian Students' News Agency"}, "mia": {"outlet": "Jafar Miadfar", "wire": "IRNA"},
           "ein": {"outlet": "Bahram Einollahi", "title": "live interview", "wire": "IRINN"}, "irna": {"outlet": "IRNA"}, "jal": {"outlet": "Rahman Jalali", "wire": "IRNA"}})
E.c("Ahmad Vahidi", "the death toll", "revised from 95 to", "84", it=TOLL, iv=84, st=VAH84, sp="Vahidi", via="vah")
E.c("Ahmad Vahidi", "the injured", "put the number at", "284", it=WND, iv=284, st=VAH84W, sp="Vahidi", via="vah")
E.c("Ahmad Vahidi", "injured", "hospitalized", "220", it=HOSP, iv=220, st=VAHH, sp="Vahidi", via="vah")
E.c("Jafar Miadfar", "the inaccurate death toll", "miscalculations", it="why the toll fell", lab="severed limbs counted as bodies; names counted twice", sp="Miadfar", via="mia")
E.c("Bahram Einollahi", "the death toll", "revised from 103 to", "95", it=TOLL, iv=95, st=EIN95, sp="Einollahi", stated="2024-01-03", via="ein")
E.c("China Daily", "The two blasts", "occurred some 20 minutes apart", QA("some 20 minutes", 17, 23, 20), it=GAP, iv=(17, 23))
E.c("China Daily", "The two blasts", "occurred", it=T1, iv=(50, 70), when="3 January 2024, 15:00", qualifiers=["at around 15:00 local time (1130 GMT)"])
E.c("IRNA", "The first blast", "was about 700 meters from Soleimani's tomb", QA("about 700 meters", 650, 750, 700), it=D1, iv=(650, 750), st=IRNA700, sp="IRNA", via="irna")
E.c("IRNA", "the second", "was 1,000 meters away", Q("1,000 meters", 1000, 1000, "exact"), it=D2, iv=1000, st=IRNA1K, sp="IRNA", via="irna")
E.c("Rahman Jalali", "the explosions", "were carried out by \"terrorists\"", it=CAUSE, lab=TERR, st=JAL, sp="Jalali", via="jal")

# 27 MENAFN (English), 4 Jan: 103 -> 84, Saberi
E.article("mfn", "MENAFN", "https://menafn.com/1107684659/Iranian-officials-revise-death-toll-in-bombing-from-103-to-84", "2024-01-04", "en",
          None,
          {"vah": {"outlet": "Ahmad Vahidi"}, "off": {"outlet": "officials"}, "sab": {"outlet": "Sayyed Mohammad Saberi"}})
E.c("Ahmad Vahidi", "The death toll", "has been revised down to", "84", it=TOLL, iv=84, st=VAH84, sp="Vahidi", via="vah")
E.c("Ahmad Vahidi", "individuals", "injured", "284", it=WND, iv=284, st=VAH84W, sp="Vahidi", via="vah")
E.c("MENAFN", "injured individuals", "have been admitted to various hospitals", "220", it=HOSP, iv=220, st=VAHH, sp="Vahidi")
E.c("officials", "fatalities", "stating", "103", it=TOLL, iv=103, st=EM103, sp="emergency", qualifiers=["Initial reports on Wednesday"], via="off")
E.c("officials", "injuries", "stating", "140", it=WND, iv=140, sp="officials (MENAFN)", via="off")
E.c("Sayyed Mohammad Saberi", "the death toll", "a revision from 103 to", "84", it=TOLL, iv=84, sp="Kerman medical emergency head", via="sab")
E.c("MENAFN", "group", "has claimed responsibility for these attacks", polarity="denied", it=CLAIM, lab=NOCL, qualifiers=["as of now"])

# 28 Times Now (AFP, English), 4 Jan: 84, Miadfar, Jamshidi, Washington's rejection
E.article("afp", "Times Now", "https://www.mytimesnow.com/news/world/2664256/iran-revises-death-toll-from-twin-blasts-to-84", None, "en",
          "Iran revises death toll from twin blasts to 84",
          {"vah": {"outlet": "Ahmad Vahidi", "wire": "IRNA"}, "mia": {"outlet": "Jafar Miadfar"}, "jam": {"outlet": "Mohammad Jamshidi", "title": "X"},
           "us": {"outlet": "Washington"}})
E.c("Ahmad Vahidi", "martyrs", "has been announced as", "84", it=TOLL, iv=84, st=VAH84, sp="Vahidi",
    quote="according to forensic statistics, the number of martyrs from this incident has been announced as 84 so far", via="vah")
E.c("Jafar Miadfar", "killed", "the revised death toll was confirmed", "84", it=TOLL, iv=84, st=MIA84, sp="emergency", via="mia")
E.c("Jafar Miadfar", "killed", "the earlier tally", "95", it=TOLL, iv=95, st=EIN95, sp="Einollahi", qualifiers=["some bodies had been dismembered and counted several times"], via="mia")
E.c("Jafar Miadfar", "injured", "had been", "284", it=WND, iv=284, st=MIA84W, sp="emergency", via="mia")
E.c("Jafar Miadfar", "still hospitalised", "are", "195", it=HOSP, iv=195, st=MIAH, sp="emergency", via="mia")
E.c("Times Now", "No group", "has claimed responsibility", polarity="denied", it=CLAIM, lab=NOCL)
E.c("Mohammad Jamshidi", "The responsibility for this crime", "lies with the US and Zionist (Israeli) regimes", it=WHO, lab=USZ, st=JAM, sp="Jamshidi",
    quote="The responsibility for this crime lies with the US and Zionist (Israeli) regimes, and terrorism is just a tool", via="jam")
E.c("Washington", "either nation's involvement", "suggestions", polarity="denied", it=WHO, lab=NOTBOTH, sp="Miller", qualifiers=["the US and Israel"], via="us")

# 29 RT France (French), 4 Jan: 84, Miadfar, earlier 103 and 181
E.article("rtf", "RT France", "https://francais.rt.com/international/108691-iran-explosion-morts-tombe-soleimani/amp", "2024-01-04", "fr", None,
          {"mia": {"outlet": "Jafar Miadfar", "wire": "télévision d'État"}, "jal": {"outlet": "Rahman Jalali", "wire": "télévision d'État"}})
E.c("Jafar Miadfar", "personnes", "ont été tuées", "84", it=TOLL, iv=84, st=MIA84, sp="emergency", quote="Selon les dernières statistiques, 84 personnes ont été tuées", via="mia")
E.c("Jafar Miadfar", "blessés", "faisant état de", "284", it=WND, iv=284, st=MIA84W, sp="emergency", via="mia")
E.c("Jafar Miadfar", "toujours hospitalisés", "dont", "195", it=HOSP, iv=195, st=MIAH, sp="emergency", via="mia")
E.c("RT France", "morts", "un précédent bilan faisait état, la veille, de", "103", it=TOLL, iv=103, st=EM103, sp="emergency")
E.c("RT France", "blessés", "un précédent bilan faisait état, la veille, de", "181", it=WND, iv=181, sp="earlier count (RT France)")
E.c("Rahman Jalali", "L'incident", "est une attaque terroriste", it=CAUSE, lab=TERR, st=JAL, sp="Jalali", via="jal")

# 30 BRF (German, dpa), 4 Jan: 84, state media's 103, the minister's 95, the US rejection
E.article("brf", "BRF", "https://brf.be/international/1789725", None, "de", None,
          {"res": {"outlet": "Irans Rettungsdienst"}, "med": {"outlet": "Staatsmedien"}, "ein": {"outlet": "der Gesundheitsminister"},
           "us": {"outlet": "Die US-Regierung", "wire": "dpa"}})
E.c("Irans Rettungsdienst", "Toten", "nach unten korrigiert", "84", it=TOLL, iv=84, st=MIA84, sp="emergency", via="res")
E.c("Irans Rettungsdienst", "Verletzten", "die Rede ist von", "284", it=WND, iv=284, st=MIA84W, sp="emergency", via="res")
E.c("Staatsmedien", "Todesopfer", "zunächst angegeben", "103", it=TOLL, iv=103, st=EM103, sp="emergency", via="med")
E.c("der Gesundheitsminister", "Todesopfer", "korrigierte auf", "95", it=TOLL, iv=95, st=EIN95, sp="Einollahi", via="ein")
E.c("Die US-Regierung", "in die Attacke verwickelt gewesen zu sein", "wies Behauptungen zurück", polarity="denied", it=WHO, lab=NOTUS, st=MIL, sp="Miller", via="us")
E.c("Die US-Regierung", "Israel", "an den Explosionen beteiligt gewesen", polarity="denied", it=WHO, lab=NOTISR, st=MILI, sp="Miller",
    qualifiers=["keinen Grund zu der Annahme"], via="us")
E.c("BRF", "keine Gruppe", "reklamierte die Tat für sich", polarity="denied", it=CLAIM, lab=NOCL, qualifiers=["zunächst"])

# 31 ANSA (Italian), 4 Jan: 84 and 284 from the interior ministry
E.article("ans", "ANSA", "https://www.ansa.it/sito/notizie/mondo/mediooriente/2024/01/04/iran-sono-84-i-morti-provocati-dalle-esplosioni-a-kerman_34a7511a-66a7-4ed6-805b-1ce6f4abe311.html",
          "2024-01-04", "it", None,
          {"int": {"outlet": "il ministero dell'Interno", "wire": "Mizan"}, "san": {"outlet": "ministero della Sanità"}})
E.c("il ministero dell'Interno", "persone", "hanno perso la vita", "84", it=TOLL, iv=84, st=VAH84, sp="Vahidi", via="int")
E.c("il ministero dell'Interno", "feriti", "almeno", "284", it=WND, iv=(284, INF), st=VAH84W, sp="Vahidi", via="int")
E.c("ministero della Sanità", "il bilancio di 103 morti", "era già stato corretto", it="why the toll fell", lab="names counted twice", sp="Einollahi",
    qualifiers=["il nome di alcune delle vittime era stato registrato erroneamente due volte"], via="san")
E.c("ANSA", "le esplosioni", "non sono ancora state rivendicate da nessun gruppo", polarity="denied", it=CLAIM, lab=NOCL)

# 32 Akhaltskha (Armenian), 4 Jan
E.article("akh", "Akhaltskha", "https://akhaltskha.net/?p=67147", None, "hy", None, None)
E.c("Akhaltskha", "մարդ", "զոհվել է", "84", it=TOLL, iv=84, qualifiers=["Վերջին ճշտված պաշտոնական տվյալներով"])
E.c("Akhaltskha", "մարդ", "վիրավորվել է", "284", it=WND, iv=284)
E.c("Akhaltskha", "զոհի", "Ավելի վաղ շրջանառվող տվյալներում նշվում էր", "103", it=TOLL, iv=103, st=EM103, sp="emergency")

# 33 Libération (French), 3 Jan: at least 84 (updated), 13 minutes apart
E.article("lib", "Libération", "https://www.staging.libe.io/international/moyen-orient/attentat-en-iran-la-republique-islamique-touchee-au-coeur-20240103_EBQUVLTW7NHB3F7ZDEA6C24RAE",
          "2024-01-03", "fr", None, {"med": {"outlet": "un média d'Etat iranien"}})
E.c("Libération", "deux explosions", "survenues à treize minutes d'écart", Q("treize minutes", 13, 13, "exact"), it=GAP, iv=13)
E.c("un média d'Etat iranien", "d'entre eux", "ne se sont pas relevés", "Au moins 84", it=TOLL, iv=(84, INF), sp="Iranian state media (Libération)", via="med")
E.c("Libération", "L'attentat", "n'avait pas été revendiqué", polarity="denied", it=CLAIM, lab=NOCL, qualifiers=["mercredi soir"])

# 34 Mediaterranee (French), after 4 Jan: 84, three officers and six children
E.article("mdt", "Mediaterranee", "https://mediaterranee.com/node?page=7", None, "fr", None, None)
E.c("Mediaterranee", "personnes", "a causé la mort d'au moins", "84", it=TOLL, iv=(84, INF), when="3 janvier")
E.c("Mediaterranee", "officiers", "dont", "trois", it=POL, iv=3)
E.c("Mediaterranee", "enfants", "dont", "six", it=CHD, iv=6)
E.c("Mediaterranee", "Les bombes", "ont été déclenchées à distance", it=METHOD, lab=REMOTE, qualifiers=["placées à l'entrée du cimetière"])

# 35 IRNA (German), 5 Jan: 89, ISIS claimed
E.article("ird", "IRNA", "https://de.irna.ir/news/85344229/Die-Zahl-der-Opfer-nach-der-Terrorexplosion-in-Kerman-erreichte", None, "de",
          None, {"off": {"outlet": "Einer der verantwortlichen Beamten"}})
E.c("IRNA", "Die Terrorgruppe ISIS", "übernahm die Verantwortung für diese Selbstmordexplosionen", it=CLAIM, lab=ISCL)
E.c("Einer der verantwortlichen Beamten", "Märtyrer", "erreicht habe", "89", it=TOLL, iv=89, sp="an official (IRNA)", via="off")
E.c("Einer der verantwortlichen Beamten", "unter 15 Jahre alt", "seien", "12", it=CHD, iv=12, sp="an official (IRNA)",
    qualifiers=["von denen 12 unter 15 Jahre alt seien: of the dead (or of the wounded who died)"], via="off")
E.c("IRNA", "zwei terroristische Explosionen", "Selbstmordexplosionen", it=METHOD, lab=SUI, sp="IRNA", when="Mittwochabend")

# 36 Pledge Times (English), 3 Jan: Miller
E.article("plt", "Pledge Times", "https://pledgetimes.com/the-state-department-stated-that-the-united-states-was-not-involved-in-the-explosions-in-iran/",
          "2024-01-03", "en", "Miller: US not involved in explosions in Iranian Kerman",
          {"mil": {"outlet": "Matthew Miller", "title": "briefing"}, "wh": {"outlet": "the White House"}, "dg": {"outlet": "Deputy Governor Kerman for Security"}})
E.c("Matthew Miller", "the United States", "is involved in this", polarity="denied", it=WHO, lab=NOTUS, st=MIL, sp="Miller",
    quote="the United States is not involved in this. And any suggestion to the contrary is simply ridiculous", via="mil")
E.c("the White House", "Israel", "involved in the explosions", polarity="denied", it=WHO, lab=NOTISR, sp="White House", via="wh")
E.c("Pledge Times", "the second", "a kilometer away", Q("a kilometer", 1000, 1000, "exact"), it=D2, iv=1000)
E.c("Deputy Governor Kerman for Security", "the explosions", "are terrorist in nature", it=CAUSE, lab=TERR, st=JAL, sp="Jalali", via="dg")

# 37 LBC (English), 3 Jan: Miller on Kerman and on al-Arouri
E.article("lbc", "LBCI", "https://www.lbcgroup.tv/news/lebanon-news/745079/miller-refutes-accusations-us-israel-not-involved-in-iran-explosions-s/en", "2024-01-03", "en",
          "Miller refutes accusations: US, Israel not involved in Iran explosions; says US not notified of al-Arouri assassination",
          {"mil": {"outlet": "Matthew Miller", "title": "press briefing"}})
E.c("Matthew Miller", "The United States", "was involved", polarity="denied", it=WHO, lab=NOTUS, st=MIL, sp="Miller",
    quote="The United States was not involved in any way, and any suggestion to the contrary is ridiculous", via="mil")
E.c("Matthew Miller", "Israel", "was involved in this explosion", polarity="denied", it=WHO, lab=NOTISR, st=MILI, sp="Miller",
    quote="We have no reason to believe that Israel was involved in this explosion.", via="mil")
E.c("Matthew Miller", "Washington", "received prior notice of the strike", polarity="denied", it=AROUS, lab=NONOT, ev=EV_AR, sp="Miller", via="mil")
E.c("LBCI", "Saleh al-Arouri", "assassination", it=AROURI, lab=BEI, ev=EV_AR, place="Beirut", when="Tuesday")

# 38 Al-Shorouk (Arabic), 3 Jan: Miller
E.article("sho", "الشروق", "https://www.masress.com/shorouk/2133731", None, "ar", None,
          {"mil": {"outlet": "ماثيو ميلر", "title": "مؤتمر صحفي"}, "off": {"outlet": "مسئولون إيرانيون"}})
E.c("ماثيو ميلر", "الولايات المتحدة", "لم تشارك في الأمر بأي شكل من الأشكال", polarity="denied", it=WHO, lab=NOTUS, st=MIL, sp="Miller", via="mil")
E.c("ماثيو ميلر", "إسرائيل", "متورطة في هذا الانفجار", polarity="denied", it=WHO, lab=NOTISR, st=MILI, sp="Miller", qualifiers=["ليس لدينا سبب للاعتقاد"], via="mil")
E.c("مسئولون إيرانيون", "شخص", "أوديا بحياة أكثر من", "100", it=TOLL, iv=(101, INF), sp="Iranian officials (al-Shorouk)", via="off")
E.c("ماثيو ميلر", "واشنطن", "تم إبلاغها مسبقا بالهجوم الذي وقع جنوب بيروت", polarity="denied", it=AROUS, lab=NONOT, ev=EV_AR, sp="Miller", via="mil")

# 39 News of Israel (English), 4 Jan: the IS statement, 83
E.article("noi", "News of Israel", "https://www.newsofisrael.com/middle-east/2024-01-04/islamic-state-slaims-responsibility-for-deadly-bombings-in-kerman-iran/",
          "2024-01-04", "en", None, {"is": {"outlet": "Islamic State", "title": "statement"}})
E.c("Islamic State", "the bombing attack in Kerman", "claimed responsibility for", it=CLAIM, lab=ISCL, st=ISC, sp="Islamic State", via="is")
E.c("News of Israel", "people", "killed", "83", it=TOLL, iv=83)
E.c("Islamic State", "explosive belts", "detonated", it=METHOD, lab=SUI, st=ISCM, sp="Islamic State", actor="Omar al-Mowahid and Sayefulla al-Mujahid",
    quote="Brothers Omar al-Mowahid and Sayefulla al-Mujahid approached a large gathering of Shiites at the tomb of General Qassim Suleimani and detonated explosive belts", via="is")

# 40 The Telegraph India (NYT), 4-5 Jan: the IS claim, US intelligence, Iranian leaders blamed Israel
E.article("nyt", "The Telegraph (India)", "https://obeta.ttef.in/world/islamic-state-confesses-about-its-responsibility-of-bombing-in-iran-killing-84-people/cid/1991619", None, "en",
          None,
          {"is": {"outlet": "Islamic State", "title": "official Telegram account", "published": "2024-01-04"},
           "us": {"outlet": "four US officials", "wire": "The New York Times"}, "ir": {"outlet": "Some Iranian leaders"}})
E.c("Islamic State", "the bombing attack", "claimed responsibility", it=CLAIM, lab=ISCL, st=ISC, sp="Islamic State", via="is")
E.c("The Telegraph (India)", "people", "killed", "84", it=TOLL, iv=84, place="Kerman, Iran")
E.c("Islamic State", "explosive belts strapped to their bodies", "detonated", it=METHOD, lab=SUI, st=ISCM, sp="Islamic State",
    actor="Omar al-Mowahid and Sayefulla al-Mujahid", via="is")
E.c("four US officials", "the attack", "was most likely the work of the Islamic State", it=WHO, lab=IS, st=NYTUS, sp="US officials", hedge="most likely", via="us")
E.c("Some Iranian leaders", "Israel", "blame for the attack", it=WHO, lab=ISR, sp="some Iranian leaders", hedge="appeared to", qualifiers=["initially"], via="ir")

# 41 AP via Antelope Valley Press (English), 5 Jan: the IS claim, 84 and 284, the 2020 stampede
E.article("apv", "Antelope Valley Press", "https://www.pressreader.com/usa/antelope-valley-press/20240105/281775633990654", "2024-01-05", "en",
          "Islamic State says it's behind bombings",
          {"is": {"outlet": "The Islamic State group", "wire": "AP"}, "ap": {"outlet": "AP"}, "wit": {"outlet": "Mahdieh Sazmand", "wire": "AP"}})
E.c("The Islamic State group", "two suicide bombings", "claimed responsibility", it=CLAIM, lab=ISCL, st=ISC, sp="Islamic State", via="is")
E.c("The Islamic State group", "explosive vests", "carried out the attacks with", it=METHOD, lab=SUI, st=ISCM, sp="Islamic State",
    actor="Omar al-Mowahed and Seif-Allah al-Mujahed", via="is")
E.c("AP", "people", "killed", "at least 84", it=TOLL, iv=(84, INF), place="Kerman", via="ap")
E.c("AP", "additional", "wounded", "284", it=WND, iv=284, via="ap")
E.c("Mahdieh Sazmand", "the bomb", "exploded", it="witness account", lab="a bomb exploded as she turned to go to the square", sp="Sazmand",
    quote="If we were just 10 steps further we would have been right over the bomb.", via="wit")

# 42 RTP (Portuguese), 4 Jan: the IS claim
E.article("rtp", "RTP", "https://www.rtp.pt/noticias/mundo/irao-estado-islamico-reivindica-ataque-que-matou-mais-de-80-pessoas_n1541173", "2024-01-04", "pt",
          None, {"is": {"outlet": "O Estado Islâmico", "title": "Telegram"}})
E.c("O Estado Islâmico", "a autoria do ataque", "reivindicou", it=CLAIM, lab=ISCL, st=ISC, sp="Islamic State", via="is")
E.c("RTP", "pessoas", "matou", "84", it=TOLL, iv=84, place="Kerman")
E.c("O Estado Islâmico", "cintos com explosivos", "dois dos seus membros ativaram", it=METHOD, lab=SUI, st=ISCM, sp="Islamic State", via="is")

# 43 UOL (AFP, Portuguese), 4 Jan: an IRNA source's suicide bomber
E.article("uol", "UOL", "https://noticias.uol.com.br/ultimas-noticias/afp/2024/01/04/o-que-se-sabe-sobre-o-atentado-no-ira-que-deixou-84-mortos.htm", "2024-01-04", "pt",
          None, {"src": {"outlet": "uma fonte informada", "wire": "Irna"}})
E.c("uma fonte informada", "a primeira explosão", "foi detonada por um \"homem-bomba\"", it=METHOD, lab=SUI, st=IRNASUI, sp="IRNA's informed source", via="src")
E.c("uma fonte informada", "a primeira explosão", "ocorreu", it=T1, iv=45, when="3 January 2024, 14:45", qualifiers=["às 14h45 locais"], sp="IRNA's informed source", via="src")
E.c("uma fonte informada", "A segunda", "ocorreu 15 minutos mais tarde", Q("15 minutos", 15, 15, "exact"), it=GAP, iv=15, sp="IRNA's informed source", via="src")
E.c("uma fonte informada", "a segunda", "acionada por um suicida", it=METHOD, lab=UNCM, sp="IRNA's informed source", hedge="é possível", via="src")

# 44 Página Uno (Spanish), 5 Jan: the intelligence ministry, at least 93
E.article("pgu", "Página Uno", "https://paginauno.do/?p=30349", None, "es", None,
          {"mi": {"outlet": "El Ministerio de Inteligencia de Irán", "wire": "IRNA"}})
E.c("El Ministerio de Inteligencia de Irán", "dos terroristas que estaban involucrados en los atentados", "abatieron", "dos", it="attackers killed by Iranian forces", iv=2,
    sp="Iran's intelligence ministry", via="mi")
E.c("Página Uno", "muertos", "causaron al menos", "93", it=TOLL, iv=(93, INF))
E.c("Página Uno", "heridos", "causaron", "284", it=WND, iv=284)
E.c("Página Uno", "los actos terroristas", "reivindicados por el Estado Islámico", it=CLAIM, lab=ISCL)

# 45 CM Jornal (Portuguese), 3 Jan: at least 20, gas cylinders per a local official
E.article("cmj", "Correio da Manhã", "https://www.cmjornal.pt/mundo/detalhe/pelo-menos-20-mortos-em-ataque-durante-celebracoes-da-morte-de-general-iraniano", None, "pt",
          None, {"off": {"outlet": "um funcionário local", "wire": "Reuters"}})
E.c("Correio da Manhã", "pessoas", "morreram", "Pelo menos 20", it=TOLL, iv=(20, INF))
E.c("um funcionário local", "Várias botijas de gás", "explodiram na estrada que conduz ao cemitério", it=CAUSE, lab=GAS, sp="a local official (Reuters)", via="off")
E.c("um funcionário local", "as explosões", "ainda não é claro se foram causadas por botijas de gás ou por um ataque terrorista", it=CAUSE, lab=UNC, sp="a local official (Reuters)", via="off")

# 46 Portal Fronterizo (Spanish), 3 Jan: 103 and 141, four explosions reported
E.article("ptf", "Portal Fronterizo", "https://www.portalfronterizo.com/atentado-deja-mas-de-100-personas-muertas-y-decenas-de-heridos-en-iran/", None, "es",
          None,
          {"med": {"outlet": "los medios estatales de Irán"}, "rep": {"outlet": "algunos reportes"}, "irna": {"outlet": "IrnaNews"},
           "tas": {"outlet": "Tasnim"}})
E.c("los medios estatales de Irán", "personas", "han fallecido", "103", it=TOLL, iv=103, st=EM103, sp="emergency", via="med")
E.c("los medios estatales de Irán", "resultaron heridas", "unas", "141", it=WND, iv=141, st=EM103W, sp="emergency", via="med")
E.c("algunos reportes", "explosiones diferentes", "hablaban de", "cuatro", it=NBL, iv=4, sp="some reports", via="rep")
E.c("IrnaNews", "la segunda", "fue a un kilómetro de distancia", Q("un kilómetro", 1000, 1000, "exact"), it=D2, iv=1000, st=IRNA1K, sp="IRNA", via="irna")
E.c("IrnaNews", "la segunda", "con alrededor de diez minutos de diferencia", QA("alrededor de diez minutos", 8, 12, 10), it=GAP, iv=(8, 12), sp="IRNA", via="irna")
E.c("Tasnim", "dos bombas activadas por control remoto", "el atentado se produjo por medio de", it=METHOD, lab=REMOTE, st=TASB, sp="Tasnim", via="tas")
E.c("Portal Fronterizo", "nadie", "se ha atribuido la autoría del atentado", polarity="denied", it=CLAIM, lab=NOCL, qualifiers=["Hasta el momento"])

# 47 NH Diario (Spanish), 3 Jan: 103 and 140; the 2020 stampede
E.article("nhd", "NH Diario", "https://nhdiario.es/mas-de-100-muertos-por-dos-explosiones-en-iran/amp", None, "es", None, None)
E.c("NH Diario", "personas", "han muerto", "al menos 103", it=TOLL, iv=(103, INF))
E.c("NH Diario", "resultado heridas", "otras", "140", it=WND, iv=140)
E.c("NH Diario", "la causa de las explosiones", "se desconoce", it=CAUSE, lab=UNC, qualifiers=["Por el momento"])
E.c("NH Diario", "personas", "murieron en una estampida en su funeral", "al menos 56", it=STAMP, iv=(56, INF), ev=EV_STAMP)

# 48 TGCom24 (Italian), 7 Jan 2020: the funeral stampede (background, other day)
E.article("tgc", "TGCom24", "https://amp.tgcom24.mediaset.it/tgcom24/article/13155866", None, "it", None, None)
E.c("TGCom24", "persone", "sono morte nella calca durante la cerimonia di sepoltura del generale Qassem Soleimani", "Almeno 35", it=STAMP, iv=(35, INF), ev=EV_STAMP, place="Kerman")
E.c("TGCom24", "feriti", "sono rimaste", "48", it="2020 funeral stampede wounded", iv=48, ev=EV_STAMP)

# 49 Goias 24 Horas (Portuguese), 3 Jan: 103 and 171, al-Arouri
E.article("goi", "Goiás 24 Horas", "https://goias24horas.com.br/194297-atentado-em-cemiterio-do-ira-deixa-103-mortos-evento-marcava-cerimonia-da-morte-de-comandante-iraniano", None, "pt",
          None, {"tv": {"outlet": "A TV estatal do Irã"}, "leb": {"outlet": "as autoridades libanesas"}})
E.c("Goiás 24 Horas", "pessoas", "mataram pelo menos", "103", it=TOLL, iv=(103, INF))
E.c("Goiás 24 Horas", "feriram", "feriram", "171", it=WND, iv=171)
E.c("A TV estatal do Irã", "as explosões", "um ataque terrorista", it=CAUSE, lab=TERR, sp="Iranian state TV", via="tv")
E.c("as autoridades libanesas", "Saleh al Aruri", "morrer em um ataque com drone em Beirute", it=AROURI, lab=BEI, ev=EV_AR, actor="Israel", via="leb")

# 50 Daily Sangar (Urdu), 4-5 Jan: the IS claim
E.article("dsg", "روزنامہ سنگر", "https://dailysangar.online/?noamp=mobile&p=42780", None, "ur", None,
          {"is": {"outlet": "داعش"}, "isl": {"outlet": "اسلامک اسٹیٹ"}})
E.c("داعش", "دو خودکش بم دھماکوں", "ذمہ داری قبول کی ہے", it=CLAIM, lab=ISCL, st=ISC, sp="Islamic State", via="is")
E.c("روزنامہ سنگر", "افراد", "ہلاک", "ایک سو کے قریب", it=TOLL, iv=(90, 99))
E.c("روزنامہ سنگر", "زخمی", "ہو گئے تھے", Q("280 سے زیادہ", 281, None, "lower_bound"), it=WND, iv=(281, INF))
E.c("داعش", "دھماکہ خیز جیکٹیں", "استعمال کی تھیں", it=METHOD, lab=SUI, st=ISCM, sp="Islamic State", actor="عمر الموحید اور سیف اللہ المجاہد", via="isl")

# 51 Daily Aag (Urdu), 3 Jan: Tasnim's 103 and 211, not suicide bombings
E.article("dag", "روزنامہ آگ", "https://dailyaag.com/phase2/heavy-explosions-on-the-way-to-the-shrine-of-martyr-qasim-soleimani-103-people-martyred-211-injured", None, "ur", None,
          {"tas": {"outlet": "تسنیم نیوز", "wire": "سحر نیوز"}, "src": {"outlet": "ذرائع"}})
E.c("تسنیم نیوز", "افراد", "شہید", "103", it=TOLL, iv=103, st=EM103, sp="emergency", qualifiers=["اب تک"], via="tas")
E.c("تسنیم نیوز", "افراد", "زخمی ہوئے ہیں", "211", it=WND, iv=211, sp="Tasnim (Sahar News)", via="tas")
E.c("ذرائع", "یہ دھماکے", "خودکش", polarity="denied", it=METHOD, lab=NOTSUI, st=NOSUI, sp="security sources (Tasnim)", via="src")
E.c("ذرائع", "بیگ میں رکھے گئے بموں", "ریموٹ کنٹرول سے کئے گئے", it=METHOD, lab=REMOTE, sp="sources (Daily Aag)", via="src")

# 52 Medcom (Indonesian), 3 Jan: the deputy governor via the BBC
E.article("mdc", "Medcom.id", "https://www.medcom.id/internasional/timur-tengah-afrika/aNr7XG6b-bertambah-drastis-korban-tewas-ledakan-di-iran-jadi-73-orang", None, "id", None,
          {"jal": {"outlet": "Rahman Jalali", "wire": "BBC"}})
E.c("Rahman Jalali", "Insiden ini", "adalah serangan teroris", it=CAUSE, lab=TERR, st=JAL, sp="Jalali", quote="Insiden ini adalah serangan teroris", via="jal")
E.c("Medcom.id", "Ledakan", "terjadi di sebuah prosesi di dekat masjid Saheb al-Zaman", it=None, place="Kota Kerman, Iran", when="3 Januari 2024")
E.c("Medcom.id", "jenderal", "terbunuh dalam serangan pesawat tak berawak AS di negara tetangga Irak", it=SOLK, lab=USDR, ev=EV_SOL, when="2020")

# -- label relations between different speakers ---------------------------------------
L = E.labrel
L[frozenset((IS, USZ))] = "compatible"
L[frozenset((IS, ISR))] = "compatible"
L[frozenset((IS, NOTUS))] = "compatible"
L[frozenset((IS, NOTISR))] = "compatible"
L[frozenset((USZ, NOTUS))] = "contradicts"
L[frozenset((USZ, NOTISR))] = "contradicts"
L[frozenset((ISR, NOTISR))] = "contradicts"
L[frozenset((ISR, NOTUS))] = "compatible"
L[frozenset((USZ, ISR))] = "refines"
L[frozenset((NOTUS, NOTISR))] = "compatible"
L[frozenset((NOTBOTH, USZ))] = "contradicts"
L[frozenset((NOTBOTH, ISR))] = "contradicts"
L[frozenset((NOTBOTH, NOTUS))] = "refines"
L[frozenset((NOTBOTH, NOTISR))] = "refines"
L[frozenset((NOTBOTH, IS))] = "compatible"
L[frozenset((NOCL, ISCL))] = "compatible"
L[frozenset((TERR, GAS))] = "contradicts"
L[frozenset((TERR, UNC))] = "refines"
L[frozenset((GAS, UNC))] = "refines"
L[frozenset((REMOTE, SUI))] = "contradicts"
L[frozenset((PLANT, SUI))] = "contradicts"
L[frozenset((REMOTE, PLANT))] = "compatible"
L[frozenset((NOTSUI, SUI))] = "contradicts"
L[frozenset((NOTSUI, REMOTE))] = "compatible"
L[frozenset((NOTSUI, PLANT))] = "compatible"
L[frozenset((NOTSUI, BOMB))] = "compatible"
L[frozenset((BOMB, REMOTE))] = "refines"
L[frozenset((BOMB, PLANT))] = "refines"
L[frozenset((BOMB, SUI))] = "compatible"
L[frozenset((UNCM, SUI))] = "refines"
L[frozenset((UNCM, REMOTE))] = "compatible"
L[frozenset((UNCM, PLANT))] = "compatible"
L[frozenset((UNCM, BOMB))] = "compatible"
L[frozenset((UNCM, NOTSUI))] = "compatible"
L[frozenset((USDR, IRDR))] = "contradicts"

P = E.pair


def sel(item=None, lab=None, ev=EV, art=None):
    out = []
    for rec, m in E.claims:
        if item is not None and m["it"] != item:
            continue
        if lab is not None and m["lab"] != lab:
            continue
        if ev is not None and m["ev"] != ev:
            continue
        if art is not None and not rec["id"].startswith(f"{EV}-{art}-"):
            continue
        out.append(rec["id"])
    return out


def cid(art, n):
    return f"{EV}-{art}-{n:02d}"


# gas cylinders (an accident) against every account of bombs or bombers: exclusive causes
for g in sel(CAUSE, GAS):
    for b in sel(METHOD, REMOTE) + sel(METHOD, SUI) + sel(METHOD, PLANT) + sel(METHOD, BOMB):
        P(g, b, "contradicts", "gas cylinders exploded (an accident) vs bombs / suicide bombers: exclusive causes")
# the cemetery officials' "nothing happened to anyone" against every count of wounded
for w in sel(WND):
    P(cid("ham", 2), w, "contradicts", "cemetery officials: nothing happened to anyone vs a count of wounded")
# one local official's one statement: gas cylinders exploded, and it is unclear whether gas or an attack
P(cid("cmj", 2), cid("cmj", 3), "refines", "one local official's one quote (Reuters): gas cylinders exploded, within 'unclear whether gas or an attack'")
# the IS claim and US intelligence's assessment that IS did it
for c in sel(CLAIM, ISCL):
    for w in sel(WHO, IS):
        P(c, w, "agrees", "the Islamic State claimed it vs US officials: most likely the Islamic State's work")
# the Iranian accusation against the Islamic State's claim: sponsors vs perpetrators, both can hold
for c in sel(CLAIM, ISCL):
    for w in sel(WHO, USZ):
        P(c, w, "compatible", "the IS claim vs 'responsibility lies with the US and the Zionist regime' (sponsors: 'terrorism is just a tool'): both can hold")
    for w in sel(WHO, ISR):
        P(c, w, "compatible", "the IS claim vs Iranian leaders initially blaming Israel: perpetrator vs the power blamed, both can hold as worded")
# one informed source's one account: the first blast a suicide bomber, the second possibly one too
P(cid("uol", 1), cid("uol", 4), "compatible", "IRNA's informed source: the first blast was a suicide bomber, the second possibly: one account of two blasts, not a revision")
# hard negatives
P(cid("nhd", 4), cid("nhd", 1), "unrelated", "at least 56 killed in the 2020 funeral stampede vs at least 103 killed on 3 Jan 2024: same place, other day")
P(cid("tgc", 1), cid("upd", 1), "unrelated", "at least 35 killed in the 2020 funeral stampede in Kerman vs more than fifty killed in Kerman in 2024: same place, other day")
P(cid("tgc", 2), cid("upd", 2), "unrelated", "48 wounded in the 2020 stampede vs dozens wounded in 2024: same place, other day")
P(cid("lbc", 3), cid("lbc", 1), "unrelated", "Miller: the US was not notified of the Beirut strike vs the US was not involved in Kerman: other incident")
P(cid("sho", 4), cid("sho", 1), "unrelated", "Miller on the Beirut strike vs on the Kerman blasts: other incident")
P(cid("lbc", 4), cid("lbc", 2), "unrelated", "al-Arouri killed in Beirut vs Israel's (non-)involvement in Kerman: other incident, other place")
P(cid("goi", 4), cid("goi", 1), "unrelated", "al-Arouri killed in a drone strike in Beirut the day before vs 103 killed in Kerman: other incident")
P(cid("smo", 3), cid("smo", 1), "unrelated", "Soleimani killed at Baghdad airport in 2020 vs 20 killed in Kerman in 2024: other incident")
P(cid("ela", 7), cid("ela", 5), "unrelated", "how Soleimani was killed in 2020 vs the 2024 toll: other incident")
P(cid("xin", 1), cid("xin", 2), "unrelated", "84 dead vs 284 wounded: other item")
P(cid("xin", 2), cid("xin", 3), "unrelated", "284 wounded vs 220 hospitalised: other item (a part of the wounded)")
P(cid("afp", 4), cid("afp", 5), "unrelated", "284 wounded vs 195 still hospitalised: other item")
P(cid("mdt", 1), cid("mdt", 3), "unrelated", "at least 84 dead vs six children among them: other item (a part)")
P(cid("mdt", 1), cid("mdt", 2), "unrelated", "at least 84 dead vs three officers among them: other item (a part)")
P(cid("rou", 1), cid("rou", 6), "unrelated", "95 dead vs three police officers among them: other item (a part)")
P(cid("grd", 1), cid("grd", 3), "unrelated", "at least 103 dead vs four police officers among them: other item (a part)")
P(cid("ird", 2), cid("ird", 3), "unrelated", "89 dead vs 12 under 15: other item (a part)")
P(cid("pgu", 1), cid("pgu", 2), "unrelated", "two attackers killed by Iranian forces vs at least 93 killed in the blasts: other item")
P(cid("doc", 2), cid("doc", 3), "unrelated", "about 30 critically wounded vs 211 wounded: other item (a part)")
E.write()
