from lib import Event, INF, Q

# items
TOLL, STAFFK, PATK, CHILD, CARE = "toll", "staff killed", "patients killed", "children killed", "caretakers killed"
INJ, STAFFINJ, MISS = "injured", "staff injured", "missing"
PRESP, PRESS, PRESALL = "patients present", "staff present", "people present"
TAL, VICTIM, INSURG = "Taliban at the hospital", "who the dead were", "insurgents killed"
CALL, INTENT, PERP = "why the strike was called", "how the hospital came to be hit", "who struck"
DUR, GPS = "minutes of bombing after MSF's alert", "coordinates shared"

# labels
TAL_IN = "Taliban fighters were in / firing from the hospital"
NO_TAL = "no Taliban or armed men in the hospital"
USFIRE = "the strike answered fire on US / coalition forces"
AFGREQ = "Afghan forces under fire asked for the strike"
USDEC = "the decision was made in the US chain of command"
COLLAT = "collateral damage from a strike in the vicinity"
MISTAKE = "the hospital was struck by mistake"
DELIB = "the bombing was deliberate"
US, NATO, SECF = "US forces", "NATO", "security forces"
SHARED = "MSF gave the hospital's coordinates to the parties"
NOHURT = "no doctors, patients or civilians hurt"
STAFFPAT = "all the victims were staff and patients"

# speaker groups (revises)
MSF, USMIL, AFGOV = "MSF", "US / NATO command in Afghanistan", "Afghan authorities"

# statements (echo)
MSF3 = "MSF's first statement of 3 Oct (three staff dead, more than 30 missing)"
MSFPRES = "MSF's statement of 3 Oct (105 patients and caretakers, about 80 staff in the hospital)"
MSF9 = "MSF's statement of 3 Oct (nine staff dead, 37 seriously injured, 19 of them staff)"
MSF16 = "MSF spokeswoman's count of 3 Oct (nine staff and seven patients, three of them children)"
MSF19 = "MSF's statement of 3 Oct (19 dead: 12 staff and at least 7 patients, 3 of them children; 37 injured)"
MSF22 = "MSF's statement of 4 Oct (three more patients died: 22 dead, 12 staff and 10 patients)"
MSFNOT = "MSF's statement of 4 Oct (gates closed all night: no Taliban inside)"
MSFDUR = "MSF's statement of 3 Oct (the bombing went on more than 30 minutes after it alerted the militaries)"
MSFGPS = "MSF's statement of 3 Oct (GPS coordinates given to all parties)"
MSF30 = "MSF's initial internal review of 5 Nov (at least 30 killed; no armed combatants inside)"
MSF42 = "MSF's count of 12 Dec (42 killed: 24 patients, 14 staff, 4 caretakers)"
TRIB = "Col. Brian Tribus's statement of 3 Oct (a strike on those threatening the force; may have caused collateral damage to a nearby medical facility)"
PENT = "the US military's statement of 4 Oct (a strike on those firing on US servicemembers, in the vicinity of the hospital)"
CAMP5 = "Campbell's Pentagon briefing of 5 Oct (Afghan forces asked for air support; civilians accidentally struck)"
CAMP6 = "Campbell's Senate testimony of 6 Oct (a US decision; a hospital mistakenly struck)"
CAMP25 = "Campbell's briefing of 25 Nov (human error; relied on Afghan partners)"
AFMOD = "the Afghan defence ministry's statement of 3 Oct (armed terrorists used the hospital as a base)"
AFMOD2 = "the Afghan defence ministry's statement (Taliban attacked the hospital and used it as a human shield)"
POL = "Hussaini via Xinhua (15 insurgents hiding in the hospital killed; no doctors, patients or civilians hurt)"
UNR = "UNAMA and OHCHR joint report of 12 Dec (30 killed in the hospital strike; about 290 civilians in the battle)"

class Kunduz(Event):
    """One rule added to lib.py's table: two figures of one speaker (MSF) from two statements that
    share their lower bound, one exact and one open ("at least 37" and "37", "at least 12" and
    "12"), do not change the count: the exact one `refines` the open one; it is not a revision."""

    def _judge(self, item, ma, mb):
        if (ma["sp"] == mb["sp"] and ma["iv"] is not None and mb["iv"] is not None
                and not (ma["st"] and ma["st"] == mb["st"])):
            (a0, a1), (b0, b1) = ma["iv"], mb["iv"]
            if a0 == b0 and a1 != b1:
                return ("refines", f"same speaker, same count, one exact and one open ({self._fmt(ma)} / {self._fmt(mb)})")
        return super()._judge(item, ma, mb)


E = Kunduz("kunduz-2015")
S = E.src
# dates the model does not read, or yearless dates in articles without a publication date
E.bad_when = {"Oct.3", "Oct. 3", "3 octobre", "3 de octubre", "En juillet dernier", "3 de outubro", "3 ottobre",
              "с 28 сентября по 13 октября", "vendredi 02 octobre 2015", "3. Oktober 2015", "3 октября 2015"}

S("Doctors Without Borders", "ngo", ["Medecins Sans Frontieres", "MSF"], "MSF")
S("MSF", "ngo", ["Médecins Sans Frontières", "Doctors Without Borders"], "MSF")
S("Medecins Sans Frontieres", "ngo", ["MSF", "medical aid group"], "MSF")
S("Sediq Sediqi", "state", ["ministry spokesman"], "Afghanistan")
S("Lidtime", "media")
S("Afghan officials", "state", [], "Afghanistan")
S("Pentagon spokesperson", "state", ["Pentagon"], "United States")
S("CBS News", "media")
S("U.S. military", "state", ["US military"], "United States")
S("Afghan Ministry of Defence", "state", [], "Afghanistan")
S("MSF official", "ngo", ["one official of the group"], "MSF")
S("Sayed Sarwar Hussaini", "state", ["Kunduz police spokesman"], "Afghanistan")
S("Zabihullah Mujahid", "armed_group", ["Taliban spokesman"], "Taliban")
S("hospital authorities", "ngo", [], "MSF")
S("The Seattle Times", "media", ["AP"])
S("Joanne Liu", "ngo", ["the president of Doctors Without Borders"], "MSF")
S("Afghanistan government", "state", [], "Afghanistan")
S("Arkansas Online", "media", ["AP"])
S("Gen. John Campbell", "state", ["the top commander of American and coalition forces in Afghanistan"], "United States")
S("US Army General John Campbell", "state", ["the American commander of international forces in Afghanistan"], "United States")
S("John Campbell", "state", ["az Afganisztánban tartózkodó amerikai és koalíciós erők parancsnoka"], "United States")
S("Háromszék", "media")
S("Campbell", "state", ["comandante militar norte-americano"], "United States")
S("noticiabrasil.net.br", "media")
S("Lekarze bez Granic (MSF)", "ngo", [], "MSF")
S("Tendance Ouest", "media")
S("MSF (AFP)", "ngo", ["Médecins sans Frontières"], "MSF")
S("une porte-parole de MSF", "ngo", ["MSF", "l'ONG"], "MSF")
S("l'OTAN", "international_org", ["OTAN"], "NATO")
S("ministère afghan de la Défense", "state", [], "Afghanistan")
S("colonel Brian Tribus", "international_org", ["porte-parole de «Soutien résolu»", "porte-parole de l'Otan"], "NATO")
S("L'Expression", "media")
S("Franceinfo", "media")
S("Les autorités afghanes", "state", [], "Afghanistan")
S("l'organisation humanitaire", "ngo", ["MSF"], "MSF")
S("Le général John Campbell", "state", ["commandant des forces américaines et de l'OTAN en Afghanistan"], "United States")
S("Nordkurier", "media", ["dpa"])
S("Ärzte ohne Grenzen", "ngo", ["MSF"], "MSF")
S("Médicos Sin Fronteras (MSF)", "ngo", [], "MSF")
S("RT", "media", ["RT en español"])
S("Médicos Sin Fronteras", "ngo", ["MSF"], "MSF")
S("HispanTV", "media")
S("Carta del Sur", "media")
S("Internazionale", "media")
S("la Nato", "international_org", ["Nato"], "NATO")
S("Msf", "ngo", ["Medici senza frontiere"], "MSF")
S("Radio In Blu", "media")
S("il governo di Kabul", "state", [], "Afghanistan")
S("Врачи без границ", "ngo", ["«Врачи без границ»"], "MSF")
S("UNAMA и OHCHR", "international_org", ["миссия ООН по оказанию помощи в Афганистане", "офис верховного комиссара ООН по правам человека"], "UN")
S("أطباء بلا حدود", "ngo", ["منظمة أطباء بلا حدود"], "MSF")
S("الوطن", "media", ["El Watan News"])
S("مسؤولين أفغان", "state", [], "Afghanistan")
S("منظمة أطباء بلا حدود", "ngo", ["أطباء بلا حدود"], "MSF")
S("میهن ویدیو", "media", ["Mihan Video"])
S("Երկիր", "media", ["Yerkir"])
S("MSF International", "ngo", ["MSF"], "MSF")
S("Task & Purpose", "media")
S("Vickie Hawkins", "ngo", ["MSF UK"], "MSF")
S("BBC News", "media")

# 1 Twitchy (The Washington Post), 3 Oct 2015
E.article("twi", "Twitchy", "https://twitchy.com/2015/10/03/reports-9-dead-after-airstrike-hits-doctors-without-borders-hospital-in-kunduz-afghanistan/",
          "2015-10-03", "en", None,
          {"msf": {"outlet": "Doctors Without Borders", "title": "statement", "wire": "The Washington Post"}})
twi_staff = E.c("Doctors Without Borders", "Doctors Without Borders staff members", "killed", "at least nine", it=STAFFK, iv=(9, INF), st=MSF9, sp=MSF,
                place="trauma hospital in Kunduz", qualifiers=["the death toll could rise"], via="msf")
twi_inj = E.c("Doctors Without Borders", "other people", "seriously injured", "at least 37", it=INJ, iv=(37, INF), st=MSF9, sp=MSF, via="msf")

# 2 Lidtime, Oct 2015 (no date): Sediqi, MSF; background: the fighting's toll
E.article("lid", "Lidtime", "https://www.lidtime.com/m-decins-sans-fronti-res-staff-killed-after-suspected-united-states-airstrike-on-afghan-6101/",
          None, "en", "Médecins Sans Frontières staff killed after suspected United States airstrike on Afghan",
          {"sed": {"outlet": "Sediq Sediqi"}, "msf": {"outlet": "MSF"}})
lid_sed = E.c("Sediq Sediqi", "all of the terrorists", "were killed", it=TAL, lab=TAL_IN, sp=AFGOV,
              quote="They are killed, all of the terrorists were killed, but we also lost doctors", via="sed")
lid_fight = E.c("Lidtime", "people", "are known to have died in recent fighting", "at least 60", it=None, ev="kunduz-2015-battle", place="Kunduz")

# 3 CBS News, 4 Oct 2015
E.article("cbs", "CBS News", "https://cbsnews.com/amp/news/doctors-without-borders-leaves-bombarded-hospital-in-afghanistan", "2015-10-04", "en",
          "Doctors Without Borders leaves bombarded hospital",
          {"msf": {"outlet": "Doctors Without Borders"}, "afg": {"outlet": "Afghan officials"},
           "pent": {"outlet": "Pentagon spokesperson", "title": "statement", "published": "2015-10-04"}})
cbs_toll = E.c("Doctors Without Borders", "people", "total death toll", "22", it=TOLL, iv=22, st=MSF22, sp=MSF, stated="Sunday",
               qualifiers=["three injured hospital patients had died"], via="msf")
cbs_ch = E.c("Doctors Without Borders", "the dead", "were children in the intensive care unit", "three", it=CHILD, iv=3, st=MSF19, sp=MSF,
             qualifiers=["said earlier"], via="msf")
cbs_afg = E.c("Afghan officials", "helicopter gunships", "returned fire from Taliban fighters who were hiding in the facility", it=TAL, lab=TAL_IN, sp=AFGOV, via="afg")
cbs_fire = E.c("Pentagon spokesperson", "a group", "airstrike on those directly firing upon U.S. servicemembers", it=CALL, lab=USFIRE, st=PENT, sp=USMIL,
               quote="who were directly firing upon U.S. servicemembers advising and assisting Afghan Security Forces in the city of Kunduz", via="pent")
cbs_vic = E.c("Pentagon spokesperson", "the strike", "was conducted in the vicinity of a Doctors Without Borders medical facility", it=INTENT, lab=COLLAT, st=PENT, sp=USMIL, via="pent")

# 4 Reuters (UK), 4 Oct 2015
E.article("reu", "Reuters", "http://uk.reuters.com/article/afghanistan-attack-idUKL3N12404Y20151004", "2015-10-04", "en", None,
          {"msf": {"outlet": "Medecins Sans Frontieres"}, "us": {"outlet": "U.S. military"}, "mod": {"outlet": "Afghan Ministry of Defence"},
           "msfst": {"outlet": "Medecins Sans Frontieres", "title": "statement", "published": "2015-10-04"}, "off": {"outlet": "MSF official"}})
reu_toll = E.c("Medecins Sans Frontieres", "staff and patients", "killed", "19", it=TOLL, iv=19, st=MSF19, sp=MSF, actor="U.S.-led coalition forces",
               hedge="probably", when="Saturday", via="msf")
reu_inj = E.c("Medecins Sans Frontieres", "people", "wounded", "37", it=INJ, iv=37, st=MSF19, sp=MSF, via="msf")
reu_vic = E.c("U.S. military", "an air strike", "conducted in the vicinity of the hospital", it=INTENT, lab=COLLAT, st=PENT, sp=USMIL, via="us")
reu_fire = E.c("U.S. military", "Taliban insurgents", "targeted as directly firing on U.S. military personnel", it=CALL, lab=USFIRE, st=PENT, sp=USMIL, via="us")
reu_mod = E.c("Afghan Ministry of Defence", "Taliban fighters", "had attacked the hospital and were using the building as a human shield", it=TAL, lab=TAL_IN,
              st=AFMOD2, sp=AFGOV, via="mod")
reu_not = E.c("Medecins Sans Frontieres", "Taliban fighters", "were firing from its hospital", polarity="denied", it=TAL, lab=NO_TAL, st=MSFNOT, sp=MSF, stated="Sunday",
              quote="The gates of the hospital compound were closed all night so no one that is not staff, a patient or a caretaker was inside the hospital when the bombing happened",
              via="msfst")
reu_dur = E.c("MSF official", "bombs", "continued to rain down after MSF staff telephoned military officials", Q("nearly an hour", 60, 60, "approximate"), it=DUR, iv=(50, 60),
              via="off")

# 5 Hürriyet Daily News (Reuters)
E.article("hur", "Hürriyet Daily News", "https://www.hurriyetdailynews.com/medical-aid-group-denies-taliban-were-firing-from-afghan-hospital-hit-by-air-strike-89368",
          None, "en", "Medical aid group denies Taliban were firing from Afghan hospital hit by air strike",
          {"msf": {"outlet": "Medecins Sans Frontieres", "wire": "Reuters"}, "us": {"outlet": "U.S. military", "wire": "Reuters"},
           "mod": {"outlet": "Afghan Ministry of Defence", "wire": "Reuters"}})
hur_toll = E.c("Medecins Sans Frontieres", "staff and patients", "killed", "19", it=TOLL, iv=19, st=MSF19, sp=MSF, actor="U.S.-led coalition forces", hedge="probably",
               when="Oct.3", via="msf")
hur_vic = E.c("U.S. military", "an air strike", "conducted in the vicinity of the hospital", it=INTENT, lab=COLLAT, st=PENT, sp=USMIL, via="us")
hur_mod = E.c("Afghan Ministry of Defence", "Taliban fighters", "had attacked the hospital and were using the building as a human shield", it=TAL, lab=TAL_IN,
              st=AFMOD2, sp=AFGOV, via="mod")
hur_not = E.c("Medecins Sans Frontieres", "Taliban fighters", "were firing from its hospital", polarity="denied", it=TAL, lab=NO_TAL, st=MSFNOT, sp=MSF,
              quote="The gates of the hospital compound were closed all night so no one that is not staff, a patient or a caretaker was inside the hospital when the bombing happened",
              via="msf")

# 6 Janta Ka Reporter (Xinhua): the Kunduz police, the Taliban
E.article("jan", "Janta Ka Reporter", "http://www.jantakareporter.com/world/15-militants-die-in-air-strikes-on-afghanistan-hospital/18643/", None, "en",
          "15 militants die in air strikes on Afghanistan hospital",
          {"pol": {"outlet": "Sayed Sarwar Hussaini", "wire": "Xinhua"}, "tal": {"outlet": "Zabihullah Mujahid", "title": "telephone"},
           "hosp": {"outlet": "hospital authorities"}})
jan_15 = E.c("Sayed Sarwar Hussaini", "insurgents", "were killed when security forces conducted air raids", "at least 15", it=INSURG, iv=(15, INF), st=POL, sp=AFGOV,
             actor="security forces", place="a hospital in Kunduz city", via="pol")
jan_hid = E.c("Sayed Sarwar Hussaini", "Taliban militants", "were hiding in a hospital in Kunduz city", it=TAL, lab=TAL_IN, st=POL, sp=AFGOV, via="pol")
jan_no = E.c("Sayed Sarwar Hussaini", "doctors of the hospital or patients and civilians", "have been hurt in the air strikes", polarity="denied", it=VICTIM, lab=NOHURT,
             st=POL, sp=AFGOV, quote="No doctors of the hospital or patients and civilians have been hurt in the air strikes.", via="pol")
jan_3no = E.c("Sayed Sarwar Hussaini", "three doctors of the hospital", "were killed in the air attack", polarity="denied", it=None, st=POL, via="pol")
jan_hosp = E.c("hospital authorities", "staff", "dead", "three", it=STAFFK, iv=3, st=MSF3, sp=MSF, via="hosp")
jan_mu = E.c("Zabihullah Mujahid", "all the victims", "were hospital staff and patients", it=VICTIM, lab=STAFFPAT, via="tal")
jan_65 = E.c("Sayed Sarwar Hussaini", "Taliban insurgents", "have been killed since Saturday", "65", it=None, ev="kunduz-2015-battle", via="pol")

# 7 The Seattle Times (AP)
E.article("sea", "The Seattle Times", "https://www.seattletimes.com/nation-world/taliban-attack-police-hq-in-embattled-afghan-city/", None, "en",
          "Taliban attack police HQ in embattled Afghan city",
          {"liu": {"outlet": "Joanne Liu", "title": "statement"}, "gov": {"outlet": "Afghanistan government", "wire": "Joanne Liu"},
           "msf": {"outlet": "Doctors Without Borders"}})
sea_toll = E.c("The Seattle Times", "people", "were killed", "at least 22", it=TOLL, iv=(22, INF), qualifiers=["the bombing early Saturday of a hospital in Kunduz"])
sea_liu = E.c("Joanne Liu", "the bombing of the hospital", "was deliberate", it=INTENT, lab=DELIB, sp=MSF, qualifiers=["Tuesday"],
              quote="These statements imply that Afghan and U.S. forces working together decided to raze to the ground a fully functioning hospital, which amounts to an admission of a war crime",
              via="liu")
sea_gov = E.c("Afghanistan government", "Taliban forces", "were using the hospital to fire on coalition forces", it=TAL, lab=TAL_IN, sp=AFGOV, via="gov")
sea_staff = E.c("Doctors Without Borders", "staff", "were killed", "At least 12", it=STAFFK, iv=(12, INF), st=MSF22, sp=MSF,
                qualifiers=["and 10 patients, including three children"], via="msf")

# 8 Arkansas Online (AP), 6 Oct 2015
E.article("ark", "Arkansas Online", "http://m.arkansasonline.com/news/2015/oct/06/u-s-gunship-hit-afghan-hospital-general/", "2015-10-06", "en",
          "U.S. gunship hit Afghan hospital, general confirms",
          {"camp": {"outlet": "Gen. John Campbell", "title": "Pentagon briefing"}})
ark_req = E.c("Gen. John Campbell", "Afghan forces", "asked for air support from U.S. forces", it=CALL, lab=AFGREQ, st=CAMP5, sp=USMIL, stated="Monday",
              quote="We have now learned that on Oct. 3, Afghan forces advised that they were taking fire from enemy positions and asked for air support from U.S. forces.",
              via="camp")
ark_acc = E.c("Gen. John Campbell", "several civilians", "were accidentally struck", it=INTENT, lab=MISTAKE, st=CAMP5, sp=USMIL, via="camp")
ark_gun = E.c("Gen. John Campbell", "an American gunship", "carried out the aerial assault that destroyed a hospital", it=PERP, lab=US, st=CAMP5, sp=USMIL, via="camp")
ark_toll = E.c("Arkansas Online", "people", "killing", "22", it=TOLL, iv=22, qualifiers=["including 12 aid workers"])

# 9 USMC Life
E.article("usm", "USMC Life", "https://usmclife.com/taliban-attack-police-headquarters-after-hospital-airstrike/", None, "en",
          "Taliban attack police headquarters after hospital airstrike",
          {"camp": {"outlet": "US Army General John Campbell", "title": "testimony to the Senate Armed Services Committee"}})
usm_dec = E.c("US Army General John Campbell", "the decision to provide aerial fires", "was a US decision made within the US chain of command", it=CALL, lab=USDEC,
              st=CAMP6, sp=USMIL, via="camp")
usm_mis = E.c("US Army General John Campbell", "A hospital", "was mistakenly struck", it=INTENT, lab=MISTAKE, st=CAMP6, sp=USMIL,
              quote="A hospital was mistakenly struck. We would never intentionally target a protected medical facility.", via="camp")

# 10 Háromszék (Hungarian)
E.article("har", "Háromszék", "https://3szek.ro/load/cikk/85070/hiba-volt-roviden", None, "hu", None,
          {"camp": {"outlet": "John Campbell", "title": "meghallgatás a szenátus katonai bizottságában"}})
har_dec = E.c("John Campbell", "a kunduzi kórházat eltaláló légitámadásról", "az amerikai parancsláncon belül született döntés", it=CALL, lab=USDEC, st=CAMP6, sp=USMIL, via="camp")
har_mis = E.c("John Campbell", "az egészségügyi intézményre mért csapás", "hiba volt", it=INTENT, lab=MISTAKE, st=CAMP6, sp=USMIL, via="camp")
har_toll = E.c("Háromszék", "egy kunduzi kórházban", "életüket vesztették", Q("legkevesebb 22", 22, None, "lower_bound"), it=TOLL, iv=(22, INF),
               actor="egy amerikai légicsapás")

# 11 Notícia Brasil, 25 Nov 2015
E.article("nbr", "noticiabrasil.net.br", "https://noticiabrasil.net.br/20151125/EUA-informacoes-parceiros-afegaos-ataque-hospital-MSF-2876452.html", "2015-11-25", "pt", None,
          {"camp": {"outlet": "Campbell"}})
nbr_err = E.c("Campbell", "o incidente", "causado tanto por falha humana quanto por problemas com a aeronave", it=INTENT, lab=MISTAKE, st=CAMP25, sp=USMIL,
              qualifiers=["o bombardeio ao hospital era evitável", "o comandante da equipe dos EUA confiou nas informações dos parceiros afegãos"], via="camp")
nbr_toll = E.c("noticiabrasil.net.br", "pessoas", "matando", "pelo menos 22", it=TOLL, iv=(22, INF), actor="um Lockheed AC-130 das Forças Armadas dos Estados Unidos",
               when="3 de outubro", qualifiers=["incluindo três crianças"])
nbr_miss = E.c("noticiabrasil.net.br", "outras", "permanecem desaparecidas", "24", it=MISS, iv=24, qualifiers=["acredita-se que estejam mortas sob os escombros"])

# 12 ru24.pro (Polish)
E.article("r24", "ru24.pro", "https://ru24.pro/pics/32263864?nomobile=1", None, "pl", None,
          {"msf": {"outlet": "Lekarze bez Granic (MSF)"}})
r24_toll = E.c("Lekarze bez Granic (MSF)", "ofiar nalotu", "liczba wzrosła do", "22", it=TOLL, iv=22, st=MSF22, sp=MSF, qualifiers=["w niedzielę"], via="msf")

# 13 Tendance Ouest (AFP)
E.article("tou", "Tendance Ouest", "https://www.tendanceouest.com/actualite-117414-kaboul-afp-afghanistan-neuf-morts-dans-le-bombardement-de-l-hopital-de-msf-a-kunduz",
          None, "fr", None,
          {"msf": {"outlet": "MSF (AFP)", "title": "nouveau bilan", "wire": "AFP"}})
tou_staff = E.c("MSF (AFP)", "employés de Médecins sans Frontières (MSF)", "ont été tués", Q("Neuf", 9, 9, "exact"), it=STAFFK, iv=9, st=MSF9, sp=MSF,
                qualifiers=["samedi", "qui pourrait être dû à une frappe américaine"], via="msf")
tou_inj = E.c("MSF (AFP)", "personnes", "gravement blessées", "37", it=INJ, iv=37, st=MSF9, sp=MSF, via="msf")

# 14 Le Temps
E.article("ltp", "Le Temps", "https://www.letemps.ch/bombardement-dun-hopital-msf-dixneuf-morts-nombreux-disparus", None, "fr", None,
          {"msf": {"outlet": "une porte-parole de MSF", "title": "dernier bilan"}, "otan": {"outlet": "l'OTAN"},
           "mod": {"outlet": "ministère afghan de la Défense"}, "msf2": {"outlet": "MSF"}})
ltp_staff = E.c("une porte-parole de MSF", "employés", "tués", Q("neuf", 9, 9, "exact"), it=STAFFK, iv=9, st=MSF16, sp=MSF, via="msf")
ltp_pat = E.c("une porte-parole de MSF", "patients", "tués", "sept", it=PATK, iv=7, st=MSF16, sp=MSF, qualifiers=["dont trois enfants"], via="msf")
ltp_otan = E.c("l'OTAN", "un raid américain", "pourrait avoir causé des dommages collatéraux dans un centre médical qui se trouvait à proximité", it=INTENT, lab=COLLAT,
               st=TRIB, sp=USMIL, via="otan")
ltp_mod = E.c("ministère afghan de la Défense", "des terroristes armés", "ont attaqué l'hôpital de MSF et l'ont utilisé en tant que base pour attaquer les forces afghanes et les civils",
              it=TAL, lab=TAL_IN, st=AFMOD, sp=AFGOV, hedge="sans doute", via="mod")
ltp_dur = E.c("MSF", "les bombardements", "se sont poursuivis après qu'elle a averti les armées afghane et américaine", Q("plus d'une demi-heure", 31, None, "lower_bound"),
              it=DUR, iv=(31, INF), st=MSFDUR, sp=MSF, via="msf2")
ltp_394 = E.c("MSF", "blessés", "traités depuis lundi", "394", it=None, ev="kunduz-2015-battle", via="msf2")

# 15 L'Expression (via Djazairess)
E.article("lex", "L'Expression", "https://djazairess.com/fr/lexpression/226615", None, "fr", None,
          {"msf": {"outlet": "MSF", "title": "nouveau bilan"}, "trib": {"outlet": "colonel Brian Tribus"}, "mod": {"outlet": "ministère afghan de la Défense"}})
lex_staff = E.c("MSF", "employés", "tués", Q("neuf", 9, 9, "exact"), it=STAFFK, iv=9, st=MSF9, sp=MSF, via="msf")
lex_prev = E.c("MSF", "employés", "tués", "trois", it=STAFFK, iv=3, st=MSF3, sp=MSF, qualifiers=["auparavant"], via="msf")
lex_sinj = E.c("MSF", "employés de MSF", "grièvement blessés", "19", it=STAFFINJ, iv=19, st=MSF9, sp=MSF, via="msf")
lex_trib = E.c("colonel Brian Tribus", "des personnes qui menaçaient les forces de la coalition", "la frappe visait", it=CALL, lab=USFIRE, st=TRIB, sp=USMIL, via="trib")
lex_coll = E.c("colonel Brian Tribus", "le raid", "pourrait avoir causé des dommages collatéraux dans un centre médical qui se trouvait à proximité", it=INTENT, lab=COLLAT,
               st=TRIB, sp=USMIL, via="trib")
lex_mod = E.c("ministère afghan de la Défense", "des terroristes armés", "ont attaqué l'hôpital de MSF et l'ont utilisé comme base pour attaquer les forces afghanes et les civils",
              it=TAL, lab=TAL_IN, st=AFMOD, sp=AFGOV, hedge="sans doute", via="mod")
lex_logar = E.c("L'Expression", "soldats afghans", "tués par erreur dans un raid américain", "10", it=None, ev="logar-2015-07", place="province orientale de Logar",
                when="En juillet dernier")

# 16 Franceinfo
E.article("fti", "Franceinfo", "https://www.francetvinfo.fr/monde/afghanistan/medecins-sans-frontieres-bombarde-en-afghanistan_1111555.html", None, "fr", None,
          {"afg": {"outlet": "Les autorités afghanes"}, "msf": {"outlet": "l'organisation humanitaire"}})
fti_toll = E.c("Franceinfo", "morts", "il y aurait", "au moins 19", it=TOLL, iv=(19, INF), hedge="il y aurait", qualifiers=["dont 12 membres de l'ONG, sept patients parmi lesquels trois enfants"])
fti_us = E.c("Franceinfo", "une attaque", "des forces américaines", it=PERP, lab=US, hedge="il s'agirait")
fti_afg = E.c("Les autorités afghanes", "des talibans", "il y avait dans l'hôpital", it=TAL, lab=TAL_IN, sp=AFGOV, when="3 octobre", via="afg")

# 17 Linfo.re
E.article("lin", "Linfo.re", "http://www.linfo.re/monde/amerique/678461-hopital-msf-bombarde-en-afghanistan-l-armee-americaine-admet-une-erreur", None, "fr",
          "Hôpital MSF bombardé en Afghanistan : l'armée américaine admet une erreur",
          {"camp": {"outlet": "Le général John Campbell"}})
lin_err = E.c("Le général John Campbell", "un hôpital de Médecins sans frontières (MSF) à Kunduz", "bombardé par erreur", it=INTENT, lab=MISTAKE, st=CAMP6, sp=USMIL, via="camp")
lin_resp = E.c("Le général John Campbell", "les forces américaines", "responsabilité reconnue", it=PERP, lab=US, st=CAMP6, sp=USMIL, via="camp")

# 18 Nordkurier (dpa)
E.article("nku", "Nordkurier", "http://www.nordkurier.de/nachrichten/ticker/nach-luftangriff-aerzte-ohne-grenzen-verlaesst-kundus-0417858510.html", None, "de",
          "Nach Luftangriff: Ärzte ohne Grenzen verlässt Kundus",
          {"msf": {"outlet": "Ärzte ohne Grenzen", "title": "MSF-Angaben"}})
nku_toll = E.c("Ärzte ohne Grenzen", "Menschen", "starben", "mindestens 19", it=TOLL, iv=(19, INF), st=MSF19, sp=MSF, via="msf")
nku_staff = E.c("Ärzte ohne Grenzen", "MSF-Mitarbeiter", "starben", "zwölf", it=STAFFK, iv=12, st=MSF19, sp=MSF, via="msf")
nku_ch = E.c("Ärzte ohne Grenzen", "Kinder", "darunter", "drei", it=CHILD, iv=3, st=MSF19, sp=MSF, qualifiers=["unter sieben getöteten Patienten"], via="msf")
nku_us = E.c("Nordkurier", "Das Krankenhaus", "versehentlich von US-Bomben getroffen", it=INTENT, lab=MISTAKE, hedge="offenbar")

# 19 Ärzte ohne Grenzen (MSF Germany), video page
E.article("ag1", "Ärzte ohne Grenzen", "https://www.aerzte-ohne-grenzen.de/video-satellitenbilder-kundus-angriff-krankenhaus", None, "de",
          "Video zum Luftangriff auf unser Krankenhaus in Kundus")
ag1_toll = E.c("Ärzte ohne Grenzen", "Menschen", "getötet", "mindestens 30", it=TOLL, iv=(30, INF), sp=MSF, when="3. Oktober 2015")
ag1_staff = E.c("Ärzte ohne Grenzen", "Mitarbeiter", "getötet", Q("mindestens dreizehn", 13, None, "lower_bound"), it=STAFFK, iv=(13, INF), sp=MSF)
ag1_pat = E.c("Ärzte ohne Grenzen", "Patienten", "getötet", Q("zehn", 10, None, "lower_bound"), it=PATK, iv=(10, INF), sp=MSF, qualifiers=["mindestens"])
ag1_sinj = E.c("Ärzte ohne Grenzen", "Mitarbeiter", "wurden verletzt", "27", it=STAFFINJ, iv=27, sp=MSF)
ag1_us = E.c("Ärzte ohne Grenzen", "Unser Krankenhaus in Kundus", "mehrmals von US-Flugzeugen bombardiert", it=PERP, lab=US, sp=MSF)

# 20 Ärzte ohne Grenzen, one year after, 3 Oct 2016
E.article("ag2", "Ärzte ohne Grenzen", "https://www.aerzte-ohne-grenzen.de/ein-jahr-nach-kundus", "2016-10-03", "de",
          "3. Oktober 2016: Ein Jahr nach dem Angriff auf unser Krankenhaus in Kundus")
ag2_toll = E.c("Ärzte ohne Grenzen", "Menschen", "Die Angriffe töteten", "42", it=TOLL, iv=42, sp=MSF, when="3. Oktober 2015")
ag2_staff = E.c("Ärzte ohne Grenzen", "unserer Mitarbeiter", "getötet", "14", it=STAFFK, iv=14, sp=MSF)
ag2_pat = E.c("Ärzte ohne Grenzen", "Patienten", "getötet", "24", it=PATK, iv=24, sp=MSF)
ag2_care = E.c("Ärzte ohne Grenzen", "Begleitpersonen", "getötet", "4", it=CARE, iv=4, sp=MSF)

# 21 laSexta
E.article("lsx", "laSexta", "https://www.lasexta.com/noticias/internacional/msf-cifra-medicos-fallecidos-pacientes-bombardeo-eeuu_2015100457291b174beb28b947c41f6f.html",
          None, "es", "MSF niega que el hospital bombardeado fuera refugio de talibanes",
          {"msf": {"outlet": "Médicos Sin Fronteras (MSF)"}})
lsx_staff = E.c("Médicos Sin Fronteras (MSF)", "miembros de la ONG", "murieron", "12", it=STAFFK, iv=12, st=MSF19, sp=MSF, via="msf")
lsx_pat = E.c("Médicos Sin Fronteras (MSF)", "pacientes", "murieron", "7", it=PATK, iv=7, st=MSF19, sp=MSF, via="msf")
lsx_not = E.c("Médicos Sin Fronteras (MSF)", "los talibanes", "estuvieran usando el hospital de Kunduz para lanzar ataques contra las tropas internacionales",
              polarity="denied", it=TAL, lab=NO_TAL, st=MSFNOT, sp=MSF, via="msf")

# 22 RT en español
E.article("rte", "RT", "https://actualidad.rt.com/actualidad/187504-afganistan-medicos-morir-ataque-hospital/amp", None, "es", None,
          {"msf": {"outlet": "Médicos Sin Fronteras", "wire": "The Guardian"}})
rte_toll = E.c("RT", "muertos", "el ataque dejó", "16", it=TOLL, iv=16)
rte_miss = E.c("RT", "personas", "han desaparecido", "Más de 30", it=MISS, iv=(31, INF))
rte_dur = E.c("Médicos Sin Fronteras", "el ataque a su hospital", "continuó después de que los funcionarios estadounidenses y afganos hubieran sido informados",
              Q("30 minutos", 30, 30, "exact"), it=DUR, iv=30, st=MSFDUR, sp=MSF, via="msf")

# 23 HispanTV
E.article("htv", "HispanTV", "https://hispantv.com/noticias/afganistan/59688/msf-desmiente-refugio-talibanes-hospital-kunduz", None, "es",
          "MSF desmiente refugio de talibanes en hospital de Kunduz",
          {"msf": {"outlet": "Médicos Sin Fronteras", "title": "comunicado"}})
htv_not = E.c("Médicos Sin Fronteras", "ninguna persona que no fuera parte del personal sanitario o paciente", "estaba dentro cuando tuvo lugar el bombardeo",
              polarity="denied", it=TAL, lab=NO_TAL, st=MSFNOT, sp=MSF,
              quote="Las puertas del hospital de Kunduz estuvieron cerradas toda la noche", via="msf")
htv_toll = E.c("HispanTV", "muertos", "el ataque dejó", "19", it=TOLL, iv=19)
htv_staff = E.c("HispanTV", "miembros de la mencionada organización", "entre los muertos", "tres", it=STAFFK, iv=3)

# 24 Periódico de Ibiza, 3 Oct 2015
E.article("ibz", "Periódico de Ibiza", "https://amp.periodicodeibiza.es/noticias/internacional/2015/10/03/163235/nueve-muertos-bombardeo-eeuu-hospital-kunduz.html",
          "2015-10-03", "es", None,
          {"msf": {"outlet": "Médicos Sin Fronteras (MSF)", "title": "comunicado"}})
ibz_toll = E.c("Médicos Sin Fronteras (MSF)", "muertos", "ha elevado a nueve el número de", Q("nueve", 9, 9, "exact"), it=TOLL, iv=9, st=MSF9, sp=MSF,
               qualifiers=["todos los fallecidos son miembros de su personal"], via="msf")
ibz_inj = E.c("Médicos Sin Fronteras (MSF)", "heridos", "total", "37", it=INJ, iv=37, st=MSF9, sp=MSF, via="msf")

# 25 Carta del Sur, Nov 2015
E.article("cds", "Carta del Sur", "https://cartadelsur.blogspot.com/2015/11/medicos-sin-fronteras-acusa-eu-por.html", None, "es", None)
cds_toll = E.c("Carta del Sur", "personas entre pacientes y médicos", "fallecieron", "13", it=TOLL, iv=13, actor="fuerzas militares estadounidenses",
               when="3 de octubre")

# 26 Internazionale, 3 Oct 2015
E.article("int", "Internazionale", "https://internazionale.it/notizie/2015/10/03/amp/sale-a-16-il-numero-dei-morti-nel-bombardamento-di-un-ospedale-di-medici-senza-frontiere-a-kunduz-in-afghanistan",
          "2015-10-03", "it", None,
          {"nato": {"outlet": "la Nato"}, "msf": {"outlet": "Msf"}})
int_toll = E.c("Internazionale", "morti", "sale a", "19", it=TOLL, iv=19, qualifiers=["dodici dipendenti dell'organizzazione, sette pazienti tra cui tre bambini"])
int_nato = E.c("la Nato", "L'ospedale", "è stato colpito come effetto collaterale dei raid aerei statunitensi", it=INTENT, lab=COLLAT, st=TRIB, sp=USMIL, via="nato")
int_dur = E.c("Msf", "gli attacchi", "sono continuati dopo l'avviso alle autorità afgane e statunitensi", Q("per più di mezz'ora", 31, None, "lower_bound"), it=DUR,
              iv=(31, INF), st=MSFDUR, sp=MSF, via="msf")

# 27 Radio In Blu, 3 Oct 2015
E.article("rib", "Radio In Blu", "https://radioinblu.it/2015/10/03/afghanistan-bombardato-ospedale-di-msf-a-kunduz-20-morti", "2015-10-03", "it", None,
          {"kab": {"outlet": "il governo di Kabul"}})
rib_toll = E.c("Radio In Blu", "morti", "bilancio provvisorio", Q("almeno venti", 20, None, "lower_bound"), it=TOLL, iv=(20, INF), actor="Nato", qualifiers=["provvisorio"])
rib_tal = E.c("il governo di Kabul", "dei terroristi", "si nascondevano nella struttura", it=TAL, lab=TAL_IN, sp=AFGOV, via="kab")

# 28 akimataktobe.kz (RIA Novosti), 3 Oct 2015
E.article("akt", "akimataktobe.kz", "http://news.akimataktobe.kz/novosti-kazakhstana/bolnica-vrachey-bez-granic-v-kunduze-r/", None, "ru",
          "Больница «Врачей без границ» в Кундузе разрушена при авианалете, 3 погибших",
          {"msf": {"outlet": "Врачи без границ", "title": "заявление на сайте организации", "wire": "Новости"}})
akt_staff = E.c("Врачи без границ", "сотрудников организации", "погибли", "Трое", it=STAFFK, iv=3, st=MSF3, sp=MSF, via="msf")
akt_miss = E.c("Врачи без границ", "человек", "пропали без вести", "более 30", it=MISS, iv=(31, INF), st=MSF3, sp=MSF, via="msf")

# 29 Deutsche Welle (Russian), 12 Dec 2015
E.article("dwr", "Deutsche Welle", "https://wufengqin.com/dw/ru/врачи-без-границ-уточнили-данные-о-погибших-при-авиаударе-по-больнице/a-18914076", "2015-12-12", "ru",
          "Число жертв удара по больнице в Кундузе возросло",
          {"msf": {"outlet": "Врачи без границ", "title": "пресс-релиз", "published": "2015-12-12"},
           "un": {"outlet": "UNAMA и OHCHR", "title": "совместный отчет", "published": "2015-12-12"}})
dwr_toll = E.c("Врачи без границ", "человека", "погибли", "42", it=TOLL, iv=42, st=MSF42, sp=MSF, actor="ВВС США", when="3 октября 2015", via="msf")
dwr_pat = E.c("Врачи без границ", "пациента", "в их числе", "24", it=PATK, iv=24, st=MSF42, sp=MSF, via="msf")
dwr_staff = E.c("Врачи без границ", "сотрудников MSF", "в их числе", "14", it=STAFFK, iv=14, st=MSF42, sp=MSF, via="msf")
dwr_care = E.c("Врачи без границ", "человека, помогавшие ухаживать за больными", "в их числе", "четыре", it=CARE, iv=4, st=MSF42, sp=MSF, via="msf")
dwr_un30 = E.c("UNAMA и OHCHR", "человек", "были убиты в результате авиаудара по госпиталю «Врачей без границ»", "30", it=TOLL, iv=30, st=UNR, via="un")
dwr_un290 = E.c("UNAMA и OHCHR", "мирных жителей", "погибли в ходе боев за Кундуз", "около 290", it=None, ev="kunduz-2015-battle",
                when="с 28 сентября по 13 октября", via="un")

# 30 Al-Sharq al-Awsat? no: Alazd via Sauress
E.article("azd", "الأزد", "https://sauress.com/alazd/150886", None, "ar", None,
          {"msf": {"outlet": "أطباء بلا حدود"}})
azd_staff = E.c("أطباء بلا حدود", "من عمال الإغاثة العاملين فيها", "قتلوا إثر غارة أميركية", "9", it=STAFFK, iv=9, st=MSF9, sp=MSF, via="msf")
azd_dur = E.c("أطباء بلا حدود", "قصف المستشفى", "استمر بعد إبلاغها الجيشين الأميركي والأفغاني", Q("لأكثر من 30 دقيقة", 31, None, "lower_bound"), it=DUR, iv=(31, INF),
              st=MSFDUR, sp=MSF, via="msf")

# 31 El Watan News (Egypt)
E.article("wat", "الوطن", "https://elwatannews.com/news/details/812964", None, "ar", "\"أطباء بلا حدود\" تنسحب من مدينة بأفغانستان بعد قصف مستشفى تابعا لها",
          {"msf": {"outlet": "أطباء بلا حدود"}, "afg": {"outlet": "مسؤولين أفغان"}})
wat_toll = E.c("الوطن", "شخصا", "أسفر عن مقتل", "19 على الأقل", it=TOLL, iv=(19, INF), qualifiers=["بينهم 12 من موظفي المنظمة"])
wat_us = E.c("أطباء بلا حدود", "الحادث", "كانت سبب", "غارة جوية أمريكية", it=PERP, lab=US, sp=MSF, via="msf")
wat_tal = E.c("مسؤولين أفغان", "مقاتلين لطالبان", "كانوا يختبئون في المستشفى", it=TAL, lab=TAL_IN, sp=AFGOV, qualifiers=["مروحيات ردت على إطلاق نار"], via="afg")

# 32 Xinhua Arabic, 4 Oct 2015
E.article("xin", "شينخوا", "http://arabic.news.cn/2015-10/04/c_134682370.htm", "2015-10-04", "ar", None,
          {"msf": {"outlet": "منظمة أطباء بلا حدود", "title": "بيان"}})
xin_toll = E.c("منظمة أطباء بلا حدود", "شخصا", "ارتفعت حصيلة قتلى القصف الجوي إلى", "19", it=TOLL, iv=19, st=MSF19, sp=MSF, via="msf")
xin_staff = E.c("منظمة أطباء بلا حدود", "من طاقم المستشفى", "قتل", "12", it=STAFFK, iv=12, st=MSF19, sp=MSF, via="msf")
xin_pat = E.c("منظمة أطباء بلا حدود", "مرضى على الأقل", "قتل", Q("سبعة", 7, None, "lower_bound"), it=PATK, iv=(7, INF), st=MSF19, sp=MSF,
              qualifiers=["من بينهم ثلاثة أطفال"], via="msf")

# 33 Mihan Video (Persian)
E.article("mih", "میهن ویدیو", "http://mihanvideo.com/video/25187/3440/", None, "fa", "۱۶ کشتیه در بمباران بیمارستانی در قندوز افغانستان")
mih_staff = E.c("میهن ویدیو", "نفر از کارکنان سازمان پزشکان بدون مرز", "جان باخته اند", "۱۶", it=STAFFK, iv=16)

# 34 Yerkir (Armenian), 3 Oct 2015
E.article("yer", "Երկիր", "https://yerkir.am/hy/article/2015/10/03/104734", "2015-10-03", "hy", None)
yer_toll = E.c("Երկիր", "մարդ", "մահացել է", "19", it=TOLL, iv=19, actor="ամերիկյան ավիացիա")
yer_sinj = E.c("Երկիր", "հիվանդանոցի աշխատակից", "տուժել են", "20", it=STAFFINJ, iv=20, qualifiers=["30 տուժածների մեջ"])

# 35 MSF International, initial internal review, 5 Nov 2015 (vdocuments copy)
E.article("rev", "MSF International", "https://vdocuments.site/msf-kunduz-internal-review.html", "2015-11-05", "en", "Public release of initial MSF internal review")
rev_toll = E.c("MSF International", "MSF staff and patients", "were killed", "At least 30", it=TOLL, iv=(30, INF), st=MSF30, sp=MSF, actor="US forces")
rev_not = E.c("MSF International", "armed combatants", "within the hospital compound", polarity="denied", it=TAL, lab=NO_TAL, st=MSF30, sp=MSF,
              quote="this was not a Taliban base")

# -- label relations between different speakers ---------------------------------------
L = E.labrel
L[frozenset((TAL_IN, NO_TAL))] = "contradicts"
L[frozenset((DELIB, MISTAKE))] = "contradicts"
L[frozenset((DELIB, COLLAT))] = "contradicts"
L[frozenset((MISTAKE, COLLAT))] = "compatible"
L[frozenset((USFIRE, AFGREQ))] = "contradicts"
L[frozenset((USFIRE, USDEC))] = "compatible"
L[frozenset((AFGREQ, USDEC))] = "compatible"
L[frozenset((NOHURT, STAFFPAT))] = "contradicts"
E.exclusive.add(TAL)

C = [r for r, _ in E.claims]
META = {r["id"]: m for r, m in E.claims}


def of(item):
    return [cid for cid, m in META.items() if m["it"] == item]


P = E.pair
# MSF's first toll of nine was of staff alone; relays that give it as the toll of all dead are the same statement
for a in (ibz_toll,):
    for b in of(STAFFK):
        if META[b]["st"] == MSF9:
            P(a, b, "echo", "both relay MSF's statement of 3 Oct: nine staff dead (all the dead were staff)")
# the police: no doctors, patients or civilians hurt vs every count of dead or injured staff, patients, children, and every toll of the hospital's dead
for b in of(TOLL) + of(STAFFK) + of(PATK) + of(CHILD) + of(CARE) + of(STAFFINJ) + of(INJ):
    P(jan_no, b, "contradicts", "police: no doctors, patients or civilians hurt vs dead or injured at the hospital")
# the police's 15 insurgents killed vs tolls of staff and patients: victim dispute (who the dead were)
for b in of(TOLL):
    P(jan_15, b, "contradicts", "police: the dead were insurgents hiding in the hospital vs the dead were staff and patients: victim dispute")
P(jan_15, jan_mu, "contradicts", "police: 15 insurgents killed vs Taliban: all the victims were staff and patients: victim dispute")
# the police deny three doctors killed vs every claim of three staff dead (and every higher count of staff)
for b in of(STAFFK):
    P(jan_3no, b, "contradicts", "police deny that three doctors were killed vs staff killed")
# the Taliban's 'all victims were staff and patients' vs the Afghan claims that Taliban were in the hospital
P(jan_mu, lid_sed, "contradicts", "Taliban: all the victims were staff and patients vs Sediqi: all of the terrorists (in the hospital) were killed: victim dispute")
# hard negatives
P(lid_fight, cbs_toll, "unrelated", "at least 60 dead in the recent fighting in Kunduz (aggregate) vs the hospital's toll")
P(dwr_un290, dwr_un30, "unrelated", "about 290 civilians killed in the battle for Kunduz, 28 Sep-13 Oct (aggregate) vs 30 killed in the hospital strike")
P(dwr_un290, dwr_toll, "unrelated", "about 290 civilians in the battle (aggregate) vs MSF's 42 in the hospital")
P(jan_65, jan_15, "unrelated", "65 Taliban killed in Kunduz since Saturday vs 15 insurgents in the hospital: other item (aggregate)")
P(lex_logar, lex_staff, "unrelated", "10 Afghan soldiers killed by mistake in a US raid in Logar in July vs nine MSF staff killed in Kunduz: other place, other day")
P(lex_logar, ark_acc, "unrelated", "a US strike in Logar killed soldiers by mistake (July) vs civilians accidentally struck in Kunduz (3 Oct): other event")
P(rte_miss, rte_toll, "unrelated", "more than 30 missing vs 16 dead: other item")
P(nbr_miss, nbr_toll, "unrelated", "24 missing vs at least 22 killed: other item")
P(ag2_care, ag2_toll, "unrelated", "4 caretakers among the dead vs 42 dead: part vs whole, other item")
P(jan_65, cbs_toll, "unrelated", "65 Taliban killed in the city since Saturday (aggregate) vs the hospital's toll")

E.aggregate(lid_fight, ["kunduz-2015"])
E.aggregate(dwr_un290, ["kunduz-2015"])
E.aggregate(jan_65, ["kunduz-2015"])
E.write()
