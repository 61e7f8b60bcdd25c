"""Word-level helpers of resolution: stems, phrase n-grams, place strings."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from importlib.resources import files

from claimrec._text import normalize
from claimrec.vocab import PlaceKind, Predicate, PredicateVocabulary, Vocabulary


@functools.cache
def _verb_words(section: str) -> frozenset[str]:
    """Return the normalised words of one section of ``claimrec/data/verb_words.json``."""
    data = json.loads((files("claimrec") / "data" / "verb_words.json").read_text("utf-8"))
    return frozenset(normalize(w) for w in data[section]["words"])


@functools.lru_cache(maxsize=4096)
def _predicative(text: str) -> str | None:
    """Return the predicate an adjective names when it is the whole predicate, or None.

    German *tot* ("15 Soldaten tot", *sind tot*) is *killed*; inside a longer phrase it is
    read as nothing (Dutch *tot*, until: *opgelopen tot*). ``verb_words.json``,
    ``predicative``; the auxiliaries of that file may come before it.

    >>> from claimrec.resolution._words import _predicative
    >>> _predicative("tot"), _predicative("sind tot"), _predicative("opgelopen tot")
    ('killed', 'killed', None)
    """
    words = normalize(text).split()
    auxiliaries = _verb_words("auxiliaries")
    for size in (2, 1):
        if len(words) > size and " ".join(words[:size]) in auxiliaries:
            words = words[size:]
            break
    return _predicative_words().get(" ".join(words))


@functools.cache
def _predicative_words() -> dict[str, str]:
    data = json.loads((files("claimrec") / "data" / "verb_words.json").read_text("utf-8"))
    return {normalize(w): pid for pid, ws in data["predicative"]["words"].items() for w in ws}


@functools.cache
def _others_words() -> frozenset[str]:
    data = json.loads((files("claimrec") / "data" / "toll_frames.json").read_text("utf-8"))
    return frozenset(normalize(w) for w in data["others"]["words"])


def _counts_others(subject: str) -> bool:
    """Whether a subject is only a word of more people ("and 117 *more* injured").

    >>> from claimrec.resolution._words import _counts_others
    >>> _counts_others("more"), _counts_others("другие"), _counts_others("another blast")
    (True, True, False)
    """
    return normalize(subject) in _others_words()


_PLACE_MATCH = 85.0  # Gazetteer.best's threshold for misspelled names
_PREDICATE_MATCH = 90.0  # closer than this is a misspelling; "crashed"/"clashed" is 86
_SPEAKER_MATCH = 90.0
_MIN_FUZZY_LEN = 5  # shorter words are never read as misspellings of other words
_LEADING_THE = re.compile(r"^the ")

# "near X", "north of X", "à l'est de X": the place is X (or next to it).
_NEAR = re.compile(
    r"^(?:(?:in|at|on|from)\s+)?(?:the\s+)?(?:"
    r"near|nearby|outside|around|close to|just outside|on the outskirts of|outskirts of|"
    r"(?:(?:in the|to the)\s+)?(?:north|south|east|west|north east|north west|south east|"
    r"south west|northeast|northwest|southeast|southwest|centre|center|central)\s+(?:of)|"
    r"central|northern|southern|eastern|western|north eastern|north western|"
    r"south eastern|south western|downtown|greater|"
    r"(?:north|south|east|west)(?:ern)?\s+outskirts\s+of|"
    r"pres de|a proximite de|aux environs de|autour de|non loin de|"
    r"au (?:nord|sud|centre)(?:\s+(?:est|ouest))?\s+de|a l (?:est|ouest)\s+de|"
    r"dans la (?:region|localite|commune|zone) de|region de|cercle de|commune de|"
    r"localite de|village de|ville de|zone de|secteur de|province de|departement de|"
    r"village of|town of|city of|district of|area of|region of|province of|vila de|"
    r"cidade de|distrito de|aldeia de|perto de|nas proximidades de|aux alentours de|"
    r"in and around|across|the besieged|besieged|"
    r"(?:a\s+)?(?:suburb|suburbs|district|neighbourhood|neighborhood) of|"
    r"(?:une?\s+)?(?:banlieue|faubourg|quartier) de|"
    # a capital named with its country's adjective, before or after the word of capital:
    # "the Libyan capital Tripoli", "la capitale libyenne Tripoli", "der libyschen Hauptstadt
    # Tripolis", "la capital libia, Tripoli" (the name after it must itself be read)
    r"(?:(?:la|le|der|die|de|il|a|an)\s+)?(?:[a-z]+\s+)?(?:capital|capitale|hauptstadt|"
    r"hoofdstad|stolica|stolicy|capitala)(?:\s+[a-z]+)?"
    r")\s+(?:the\s+)?(?P<rest>.+)$"
)
# "Burkina Faso's volatile north", "Mali's central region": a part of X, read as X.
_POSSESSIVE_PART = re.compile(
    r"^(?P<rest>.+?)['\u2019]s\s+(?:[a-z]+\s+)?(?:far\s+)?(?P<side>north|south|east|west|"
    r"north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west|centre|center|central|"
    r"northern|southern|eastern|western|border)(?:\s+(?:region|regions|part|area|areas))?$",
    re.IGNORECASE,
)
_REGION_WORDS = re.compile(
    r"^(?P<rest>.+?)\s+(?:local government area|local government|lga|region|province|state|"
    r"governorate|district|prefecture|area|circle|cercle|county|department|oblast|wilaya|"
    r"township|canton|division|subdivision|woreda|kebele|tehsil|raion|rayon|territory|"
    r"municipio|kecamatan|kabupaten|hromada)$"
)
# A distance from a place: "some 20 kilometres from Goma", "à 40 km au nord de Gao", "a cerca
# de 40 quilómetros de Palma": near the place.
_DISTANCE = re.compile(
    r"^(?:(?:some|about|around|approximately|roughly|nearly|almost|just|only|over|more than|"
    r"less than|under|environ|a|a peine|a quelque|a cerca de|cerca de|a unos|unos|a mais de|"
    r"mais de|a menos de)\s+)?\d+(?:\s*[.,]\s*\d+)?\s*(?:km|kms|kilometres|kilometers|kilometre|"
    r"kilometer|quilometros|kilometros|miles|mi)\s+(?:\w+\s+){0,3}?(?:from|of|de|du|des|da|do)"
    r"\s+(?:the\s+)?(?P<rest>.+)$"
)
# A place string opening with a bare preposition: "in Kramatorsk", "à Sake", "em Palma"
_PREPOSITION = re.compile(
    r"^(?:in|at|from|inside|within|a|au|aux|dans|en|em|no|na|nos|nas)\s+(?P<rest>.+)$"
)
# A settlement named with its kind: "Goma city", "Solhan village", "Niono zone", "village
# SOLHAN", "ville de Goma" ("de"/"of" forms are in _NEAR). A neighbourhood named after another
# place ("bairro Quelimane") is not that place: those words are left out.
_SETTLEMENT = re.compile(
    r"^(?:(?P<rest>.+?)\s+(?:city|town|village|villages|locality|commune|zone|sector|"
    r"municipality|settlement|hamlet|community)|(?:village|town|city|ville|localite|commune|"
    r"cidade|aldeia|vila|aldea|pueblo|ciudad|municipio|hameau)\s+(?P<after>.+))$"
)
# Verbs that report a figure without saying what it counts ("the toll stood at", "nombre
# de morts"): the subject says it ("morts" is a casualty word).
_GENERIC = frozenset(
    {
        "number", "numbers", "nombre", "numero", "total", "count", "counted", "toll", "tolls",
        "figure", "figures", "estimated", "estimate", "estimates", "reported", "reports",
        "said", "says", "confirmed the death of", "bilan", "bilan officiel", "bilan provisoire",
        "font etat de", "fait etat de", "faisait cas de", "fait cas de", "fait", "a fait",
        "ont fait", "aurait fait", "le conflit a fait", "denombrees", "denombres", "denombre",
        "recense", "recenses", "recensees", "put at", "stood at", "rose to", "reached",
        "s eleve a", "atteint", "gemeld", "relatado", "registado", "registados",
        # verbs that count, find or bury what the subject names: its figure is a count
        "recovered", "retrieved", "found", "collected", "exhumed", "buried", "comptait",
        "comptes", "trouve", "trouves", "retrouve", "retrouves", "recuperes", "ramasses",
        "inhumes", "enterres", "recuperados", "encontrados", "sepultados", "enterrados",
        "gevonden", "begraven", "geteld",
        # German, Italian, Dutch, Russian, Ukrainian, Polish, Scandinavian, Indonesian,
        # Swahili (keys: Cyrillic folded to Latin letters as every key is)
        *(normalize(w) for w in (
            "Zahl", "Bilanz", "gezählt", "gemeldet", "registriert", "geborgen", "gefunden",
            "begraben", "beigesetzt", "bilancio", "numero", "contati", "registrati",
            "recuperati", "ritrovati", "sepolti", "число", "насчитали", "зафиксировано",
            "обнаружены", "найдены", "похоронены", "кількість", "нарахували", "зафіксовано",
            "виявлено", "знайдено", "поховані", "liczba", "odnaleziono", "znaleziono",
            "pochowano", "antall", "antal", "funnet", "hittade", "jumlah", "ditemukan",
            "dimakamkan", "idadi", "walipatikana", "walizikwa",
        )),
        # verbs that count, see or receive what the subject names ("bodies seen", "corpses
        # received at the hospital", "se contabilizan cadáveres", "footage shows bodies")
        "seen", "saw", "sighted", "shows", "show", "showed", "shown", "received",
        "denombrer", "denombrait", "vus", "vues", "montre", "montrent", "montraient", "recus",
        "recues", "contabilizan", "contabilizaron", "contabilizo", "contabilizados",
        "contabilizadas", "contados", "contadas", "vistos", "vistas", "muestra", "muestran",
        "recibidos", "recibidas", "contabilizou", "contabilizaram", "mostra", "mostram",
        "recebidos", "recebidas", "gezien", "toont", "tonen", "ontvangen",
        *(normalize(w) for w in (
            "gezählt", "gesehen", "zeigt", "zeigen", "zeigten", "contati", "visti", "mostrano",
            "ricevuti", "oszacowała", "oszacował", "oszacowano", "policzono", "naliczono",
            "widać", "pokazuje", "pokazują", "насчитано", "показывает", "показывают",
            "видно", "нараховано", "показує", "показують",
        )),
    }
)  # fmt: skip
_GENERIC |= _verb_words("counting")  # "documented", "registered" (data)
# Nouns naming what a figure is read from ("video footage shows", "imágenes de vídeo
# muestran", "on the images"): the source of a count, not its act.
_MEDIA = frozenset(
    {
        "video", "videos", "footage", "images", "image", "imagery", "photos", "photo",
        "photographs", "pictures", "satellite", "imagenes", "imagens", "imagem", "fotos",
        "foto", "bilder", "aufnahmen", "beelden", "immagini", "filmati", "nagrania",
        "zdjecia", "nagranie", "snimki", "kadry", "zapisi",
    }
)  # fmt: skip
_OF = frozenset({"of", "de", "du", "des", "do", "da", "der", "van", "di", "del"})
# Words that open what a count is read from ("on the images", "sur les images", "in the
# video"): prepositions and articles before a noun of ``_MEDIA``. A place after the verb
# ("recovered in the ruins", "retrouvés dans les rues") is not one: it says which stage of a
# toll the count is.
_ON_MEDIA = frozenset(
    {
        "in", "on", "the", "sur", "dans", "les", "la", "le", "l", "en", "las", "los", "el",
        "em", "nas", "nos", "na", "no", "as", "os", "auf", "den", "dem", "im", "op", "nel",
        "nei", "sulle", "w", "die", "das", "der", "de", "het", "these", "ces", "estas",
    }
)  # fmt: skip
_REFLEXIVE_PRONOUNS = frozenset({"se", "s", "sich", "si", "sie", "zich", "sja"})


@functools.lru_cache(maxsize=65536)
def _reports_figure(verb: str) -> bool:
    """Whether a verb phrase only counts, sees or reports its figure (``_GENERIC``).

    The verb itself is listed, or the phrase is such a verb with the words that say what
    it counts from: a reflexive pronoun (*se contabilizan*), the media the count is read
    from (*video footage shows*, *dénombrer sur les images*), or the noun of a number
    (*oszacowała liczbę*, "estimated the number"). A phrase with any other word names
    something else; a place after the verb says which stage of a toll it counts (*found in
    the streets*, *recovered in the ruins*).

    >>> from claimrec.resolution._words import _reports_figure
    >>> _reports_figure("counted on the images"), _reports_figure("video footage shows")
    (True, True)
    >>> _reports_figure("se contabilizan"), _reports_figure("recovered in the ruins")
    (True, False)
    >>> _reports_figure("shows no sign of"), _reports_figure("footage")
    (False, False)
    >>> _reports_figure("were found"), _reports_figure("se habían encontrado")
    (True, True)
    >>> _reports_figure("documented and registered"), _reports_figure("were killed")
    (True, False)
    """
    key = normalize(verb)
    if key in _GENERIC:
        return True
    words = _words(verb)
    while words and words[0] in _REFLEXIVE_PRONOUNS:
        words = words[1:]
    auxiliaries = _verb_words("auxiliaries")
    for size in (2, 2, 1, 1):  # "have been found", "se habían encontrado", "were found"
        if len(words) > size and " ".join(words[:size]) in auxiliaries:
            words = words[size:]
    joined = next((k for k, w in enumerate(words) if w in _AND), None)
    if joined is not None:
        second = words[joined + 1 :]
        second = second[1:] if second[:1] and second[0] in auxiliaries else second
        if {" ".join(words[:joined]), " ".join(second)} <= _GENERIC:
            return True  # "documented and registered", "am numărat şi am adunat"
    lead = 0
    while lead < len(words) and words[lead] in _ON_MEDIA:
        lead += 1  # "the images show", "las fotos muestran"
    if lead < len(words) and words[lead] in _MEDIA:  # "imágenes de vídeo muestran"
        words = words[lead:]
        while words and (words[0] in _MEDIA or words[0] in _OF):
            words = words[1:]
    if not words or words[0] not in _GENERIC:
        return False
    rest = words[1:]
    if all(w in _NUMBER_NOUNS for w in rest):
        return True
    return rest[0] in _ON_MEDIA and all(w in _ON_MEDIA or w in _MEDIA for w in rest) and any(
        w in _MEDIA for w in rest
    )


_NUMBER_NOUNS = frozenset(
    {
        "number", "numbers", "figure", "figures", "toll", "total", "nombre", "chiffre", "bilan",
        "numero", "cifra", "cifras", "zahl", "anzahl", "aantal", "liczba", "liczbe", "liczby",
        "bilans", "bilansu", "chislo", "kilkist",
    }
)  # fmt: skip
# The plain verbs that deny an act ("niega", "desmiente", "nega", "smentiscono"), beside
# the forms of ``_AGENCY`` below: like "denied", the act is the subject's.
_DENIES = frozenset(
    {
        "niega", "niegan", "negaron", "desmiente", "desmienten", "desmintio",
        "desmintieron", "nega", "negam", "negaram", "desmente", "desmentem", "desmentiram",
        "nient", "dementent", "bestreiten", "bestritt", "negano", "smentiscono",
    }
)  # fmt: skip
# Verbs that only say that someone did (or denies, or confirms) the act their subject
# names ("exécutions commises", "realizou ataque", "a démenti les tirs"): the act is the
# subject's.
_AGENCY = frozenset(
    {
        "carried out", "carry out", "carries out", "carrying out", "successfully carried out",
        "conducted", "conduct", "committed", "commit", "perpetrated", "perpetrate",
        "launched", "staged", "denied", "denies", "deny", "confirmed", "confirms",
        "commis", "commise", "commises", "perpetre", "perpetres", "perpetree", "perpetrees",
        "mene", "menee", "menes", "menees", "lance", "lancee", "dementi", "dement", "nie",
        "confirme", "realizou", "realizaram", "realizado", "realizada", "cometeu",
        "cometeram", "cometido", "cometidos", "perpetrou", "negou", "desmentiu",
        "llevo a cabo", "cometio", "cometieron", "nego", "uitgevoerd", "gepleegd",
        "ontkend", "ontkent", *_DENIES,
        "committing", "commits", "perpetrating", "conducting", "undertook", "undertaken",
        "realizaron", "realizo", "efectuaron", "efectuo", "efectuado", "efectuada",
        "perpetrado", "perpetrada", "perpetraron", "perpetro", "cometida", "cometidas",
        "llevaron a cabo", "efetuou", "efetuaram", "efetuado", "efetuada",
        "lanciato", "lanciati", "condotto", "condotti", "commessa", "commessi",
        "perpetrato", "perpetrata",
        *(normalize(w) for w in (
            "verübten", "verübte", "beging", "begingen", "совершил", "совершила",
            "dokonał", "dokonała", "przeprowadził", "przeprowadziła", "dilakukan",
            "melancarkan", "melaksanakan", "نفذ", "نفذت", "نفذوا", "نفذته", "ارتكب",
            "ارتكبت", "ارتكبوا", "نفذتها", "نفذوه", "نفذوها", "ارتكبته", "ارتكبتها",
            "ارتكبوه", "ارتكبوها", "نفذها", "نفذه", "شن", "شنت", "شنوا", "شنها", "شنه",
            "شنتها", "شنته", "شنوها",
        )),
        *(normalize(w) for w in (
            "verübt", "begangen", "durchgeführt", "bestritten", "bestreitet", "dementiert",
            "bestätigt", "commesso", "compiuto", "compiuti", "effettuato", "effettuati",
            "smentito", "smentisce", "negato", "confermato", "совершили", "совершено",
            "провели", "отрицает", "отрицают", "опроверг", "опровергли", "подтвердил",
            "скоїли", "скоєно", "провели", "заперечує", "заперечили", "спростував",
            "підтвердив", "dokonali", "dokonano", "przeprowadzili", "zaprzeczył",
            "zaprzeczyli", "zdementował", "potwierdził", "utført", "benektet", "benekter",
            "genomförde", "förnekade", "melakukan", "membantah", "menyangkal",
            "walitekeleza", "alikanusha", "walikanusha",
        )),
    }
)  # fmt: skip
# Verbs that only say that the act their subject names happened or went on ("the attack
# took place", "fighting resumed"): like ``_AGENCY``, the act is the subject's. Verbs of use
# ("chemical weapons were used") are left out: measured on the real-news corpus, a use
# reported of another day's attack, or denied of a weapon, became false disputes.
_OCCURRED = frozenset(
    {
        "took place", "take place", "takes place", "taken place", "happened", "happens",
        "occurred", "occurs", "unfolded", "continued", "continues", "continue", "continuing",
        "resumed", "resume", "resumes", "persisted", "went on", "goes on", "raged", "erupted",
        "broke out",
        "a eu lieu", "ont eu lieu", "eu lieu", "avait eu lieu", "s est produit",
        "s est produite", "se sont produits", "se sont produites", "s est deroule",
        "s est deroulee", "se sont deroules", "continuent", "continuaient", "ont continue",
        "se poursuit", "se poursuivent", "se poursuivaient", "ont repris", "reprennent",
        "a repris", "ont eclate", "a eclate",
        "tuvo lugar", "tuvieron lugar", "ocurrio", "ocurrieron", "se produjo",
        "se produjeron", "continuaron", "continuan", "continua", "se reanudaron", "estallaron",
        "teve lugar", "tiveram lugar", "ocorreu", "ocorreram", "aconteceu", "aconteceram",
        "continuaram", "continuam", "recomecaram",
        "fand statt", "fanden statt", "gingen weiter", "ausgefuhrt", "vond plaats",
        "vonden plaats", "plaatsgevonden", "gingen door", "uitgevoerd",
        *(normalize(w) for w in (
            "ereignete sich", "dauerten an", "ha avuto luogo", "hanno avuto luogo",
            "è avvenuto", "è avvenuta", "sono proseguiti", "sono ripresi", "eseguito",
            "miało miejsce", "doszło", "trwały", "wznowiono", "произошло", "произошел",
            "состоялось", "продолжались", "продолжаются", "возобновились", "відбулося",
            "сталося", "тривали", "тривають", "відновилися",
        )),
    }
)  # fmt: skip
# Prepositions that open the means of an act done ("mit einem Raketenwerfer ausgeführt").
_WITH = frozenset({"with", "mit", "avec", "con", "com", "met", "z", "s", "by", "par", "por"})


@functools.lru_cache(maxsize=65536)
def _names_subjects_act(verb: str) -> bool:
    """Whether a verb phrase only says that its subject's act was done or happened.

    The verb is one of ``_AGENCY`` or ``_OCCURRED``, alone, with what follows it saying
    where or when (*took place in*, *continued on*), or after the means it was done with
    (*mit einem Raketenwerfer ausgeführt*, *with drones carried out*).

    >>> from claimrec.resolution._words import _names_subjects_act
    >>> _names_subjects_act("took place in"), _names_subjects_act("mit Drohnen durchgeführt")
    (True, True)
    >>> _names_subjects_act("used to be"), _names_subjects_act("took place")
    (False, True)
    >>> _names_subjects_act("formellement démenti"), _names_subjects_act("categorically denied")
    (True, True)
    >>> _names_subjects_act("a démenti"), _names_subjects_act("has carried out")
    (True, True)
    """
    key = " ".join(w for w in normalize(verb).split() if w not in _MANNER)
    if key in _AGENCY or key in _OCCURRED:  # "démenti", "formellement démenti"
        return True
    auxiliary, _, participle = key.partition(" ")
    if auxiliary in _TENSE_AUXILIARY and (participle in _AGENCY or participle in _OCCURRED):
        return True  # "a démenti", "has denied", "ont mené": the compound past of one
    words = _words(verb)
    if len(words) == 2 and words[0] in _OBJECT_CLITIC and words[1] in _AGENCY:
        return True  # "lo efectuaron", "la perpetraron": the clitic is the subject's act
    for cut in range(len(words) - 1, 0, -1):
        head, rest = " ".join(words[:cut]), words[cut:]
        if (head in _AGENCY or head in _OCCURRED) and len(rest) <= 1 and rest[0] in _ADJUNCT_OF:
            return True  # "took place in", "happened on"
    if len(words) >= 2 and words[0] in _WITH:
        last = words[-1]
        return last in _AGENCY or last in _OCCURRED
    return False


# Active forms of the verbs of ``_AGENCY`` that say someone did the act, never that it was
# done: gerunds and finite active verbs ("committing", "realizaron", "совершили", "نفذوا").
# A participle ("committed", "commis", "menée", "perpetrado") may be passive: "no chemical
# attack was carried out" denies the act, not one's part in it.
_DOING_ACTIVE = frozenset(
    {
        "committing", "commits", "commit", "perpetrating", "perpetrate", "conducting",
        "conduct", "carrying out", "carry out", "carries out",
        "realizaron", "realizo", "realizaram", "realizou", "cometeu", "cometeram", "perpetrou",
        "cometio", "cometieron", "llevo a cabo", "llevaron a cabo", "efectuaron", "efectuo",
        "efetuou", "efetuaram", "perpetraron", "perpetro",
        *(normalize(w) for w in (
            "verübten", "verübte", "beging", "begingen", "совершили", "совершил", "совершила",
            "провели", "скоїли", "dokonali", "dokonał", "dokonała", "przeprowadzili",
            "przeprowadził", "przeprowadziła", "melakukan", "melancarkan", "melaksanakan",
            "walitekeleza", "نفذ", "نفذت", "نفذوا", "نفذته", "ارتكب", "ارتكبت", "ارتكبوا",
            "نفذتها", "نفذوه", "نفذوها", "ارتكبته", "ارتكبتها", "ارتكبوه", "ارتكبوها",
            "نفذها", "نفذه", "شن", "شنت", "شنوا", "شنها", "شنه", "شنتها", "شنته", "شنوها",
        )),
    }
)  # fmt: skip
# Auxiliaries of an active compound past or infinitive ("having committed", "avoir commis",
# "ont perpétré", "haber perpetrado", "ter cometido"): the participle after them is active.
_ACTIVE_AUXILIARY = frozenset(
    {
        "having", "have", "has", "had", "avoir", "ont", "avait", "avaient", "haber", "han",
        "habian", "ter", "tem", "teriam", "aver", "avere", "hanno", "haben",
    }
)  # fmt: skip


@functools.lru_cache(maxsize=65536)
def _only_does(verb: str) -> bool:
    """Whether a verb phrase, in an active form, only says that someone did its subject's act.

    A gerund or finite active verb of ``_AGENCY`` (*committing*, *realizaron*), or a
    participle after an active auxiliary (*having committed*, *avoir commis*); not a bare
    participle (*committed*, *menée*: perhaps passive, the act denied), nor a verb that
    denies, confirms or says that the act happened.

    >>> from claimrec.resolution._words import _only_does
    >>> _only_does("committing"), _only_does("avoir commis"), _only_does("realizaron")
    (True, True, True)
    >>> _only_does("committed"), _only_does("was carried out"), _only_does("denied")
    (False, False, False)
    """
    words = _words(verb)
    if len(words) >= 2 and words[0] in _ACTIVE_AUXILIARY:
        key = " ".join(words[1:])
        return key in _AGENCY and key not in _SAYING
    return " ".join(words) in _DOING_ACTIVE


# Verbs that deliver the means of an attack ("dropped" bombs, "нанесла" удар; data).
_DELIVERING = _verb_words("delivering")


def _delivers(verb: str) -> bool:
    """Whether a verb phrase delivers its subject's means of attack (*dropped*, *warfen ab*).

    >>> _delivers("dropped"), _delivers("warfen ab"), _delivers("killed")
    (True, True, False)
    """
    return not _DELIVERING.isdisjoint(_words(verb))


@functools.lru_cache(maxsize=65536)
def _opens_with_doing(text: str) -> bool:
    """Whether a noun phrase opens with an active verb that only says someone did an act.

    The object of a verb of denying (*categorically denies* "carrying out an attack",
    *nie* "avoir commis le massacre"): a gerund or finite active verb of ``_AGENCY``, or a
    participle after an active auxiliary (:func:`_only_does`), then the act's words.

    >>> _opens_with_doing("carrying out an attack on the town")
    True
    >>> _opens_with_doing("avoir commis le massacre"), _opens_with_doing("the attack")
    (True, False)
    >>> _opens_with_doing("carried out")  # no act after it
    False
    """
    words = _words(text)
    return any(_only_does(" ".join(words[:cut])) for cut in range(1, min(4, len(words))))


# Verbs of ``_AGENCY`` that deny the act (of ``_SAYING``, those that do not confirm it).
_DENYING = frozenset(
    {
        "denied", "denies", "deny", "dementi", "dement", "nie", "negou", "desmentiu", "nego",
        "ontkend", "ontkent",
        *(normalize(w) for w in (
            "bestritten", "bestreitet", "dementiert", "smentito", "smentisce", "negato",
            "отрицает", "отрицают", "опроверг", "опровергли", "заперечує", "заперечили",
            "спростував", "zaprzeczył", "zaprzeczyli", "zdementował", "benektet", "benekter",
            "förnekade", "membantah", "menyangkal", "alikanusha", "walikanusha",
        )),
        # the plain verbs that deny, reject or refute an account, in every vocabulary
        # language (words of manner around them, *formellement*, *categorically*, change
        # nothing: a phrase is a denial when any of its words is one)
        "denying", "rejects", "rejected", "reject", "rejecting", "refutes", "refuted",
        "refute", "dismisses", "dismissed", "repudiated", "repudiates",
        "dementent", "dementait", "dementir", "nient", "niait", "nier", "rejette",
        "rejettent", "rejete", "refutent", "refuter",
        "niega", "niegan", "negaron", "negado", "negar", "rechaza", "rechazan", "rechazo",
        "rechazaron", "desmiente", "desmienten", "desmintio", "desmintieron", "refuta",
        "refutan", "refuto", "refutaron",
        "nega", "negam", "negaram", "rejeita", "rejeitam", "rejeitou", "rejeitaram",
        "desmente", "desmentem", "desmentiram", "refutou", "refutaram",
        "bestreiten", "bestritt", "bestritten", "dementierte", "dementieren",
        "zuruckgewiesen", "zuruckweisen",
        "negano", "smentiscono", "smentita", "smentiti", "respinge", "respingono",
        "respinto", "respinta", "respinte",
        "ontkennen", "ontkende", "verwerpt", "verwierp", "weerlegt",
        # contesting a report or its findings (never the Spanish *contestar*: to answer)
        "contests", "contested", "contest", "conteste", "contestent", "contestait",
        "contester", "contestato", "contestata", "contesta", "contestano", "contestare",
        "membantahnya", "dibantah", "menepis", "ditepis",
        *(normalize(w) for w in (
            "отрицал", "отрицала", "отвергает", "отвергают", "отверг", "отвергли",
            "заперечив", "заперечила", "відкидає", "відкинув", "zaprzecza", "odrzuca",
            "odrzucił", "odrzuciła", "отвергла", "відкинула", "відкинули",
        )),
    }
)  # fmt: skip
_DENYING |= _verb_words("denying")  # "renie", "nekter" (data)
# German separable verbs of rejecting ("weist die Vorwürfe zurück"): the verb with its
# particle anywhere after it.
_DENYING_SEPARABLE = frozenset({"weist", "wies", "weisen", "wiesen"})
_PARTICLE = "zuruck"


def _says_denied(verb: str) -> bool:
    """Whether a verb phrase is a verb of denying (*denied*, *a nié toute*, *bestreitet*).

    >>> from claimrec.resolution._words import _says_denied
    >>> _says_denied("a nié toute"), _says_denied("independently verified")
    (True, False)
    >>> _says_denied("niega rotundamente"), _says_denied("weist entschieden zurück")
    (True, True)
    """
    words = _words(verb)
    if any(w in _DENYING for w in words):
        return True
    return _PARTICLE in words and not _DENYING_SEPARABLE.isdisjoint(words)


# Verbs of ``_AGENCY`` that deny or confirm the act rather than do it.
_SAYING = frozenset(
    {
        "denied", "denies", "deny", "confirmed", "confirms", "dementi", "dement", "nie",
        "confirme", "negou", "desmentiu", "nego", "ontkend", "ontkent", *_DENIES,
        *(normalize(w) for w in (
            "bestritten", "bestreitet", "dementiert", "bestätigt", "smentito", "smentisce",
            "negato", "confermato", "отрицает", "отрицают", "опроверг", "опровергли",
            "подтвердил", "заперечує", "заперечили", "спростував", "підтвердив",
            "zaprzeczył", "zaprzeczyli", "zdementował", "potwierdził", "benektet",
            "benekter", "förnekade", "membantah", "menyangkal", "alikanusha", "walikanusha",
        )),
    }
)  # fmt: skip


# Verbs by which a speaker confirms or admits an act ("the army confirmed the air strike",
# "ha ammesso", "mengonfirmasi"), and those that may follow them joined by "and" (*ha
# ammesso e giustificato*): the act is the subject's (:func:`_admits`).
_CONFIRMING = frozenset(
    {
        "confirmed", "confirms", "confirm", "admitted", "admits", "admit", "acknowledged",
        "acknowledges", "acknowledge", "conceded", "concedes", "owned up to",
        "confirme", "confirment", "reconnu", "reconnait", "reconnaissent", "admis",
        "admet", "avoue",
        "confirmo", "confirma", "confirmaron", "admitio", "admite", "admitieron", "reconocio",
        "reconoce", "reconocieron", "confirmou", "confirmaram", "admitiu", "admitiram",
        "reconheceu", "reconheceram",
        "bestatigt", "bestatigte", "bestatigten", "eingeraumt", "zugegeben",
        "confermato", "conferma", "confermano", "ammesso", "ammette", "ammettono",
        "riconosciuto", "riconosce", "bevestigd", "bevestigt", "toegegeven", "erkend",
        "mengonfirmasi", "membenarkan", "mengakui", "dikonfirmasi",
        *(normalize(w) for w in (
            "подтвердил", "подтвердили", "признал", "признали", "підтвердив", "підтвердили",
            "визнав", "визнали", "potwierdził", "potwierdzili", "przyznał", "przyznali",
        )),
    }
)  # fmt: skip
_JUSTIFYING = frozenset(
    {
        "justified", "defended", "justifie", "defendu", "justifico", "defendio", "justificou",
        "defendeu", "gerechtfertigt", "verteidigt", "giustificato", "difeso",
        "gerechtvaardigd", "verdedigd", "membela",
    }
)  # fmt: skip
_AND = frozenset({"and", "et", "y", "e", "und", "en", "dan", "i", "a", "si"})  # si: Romanian și
_THAT = frozenset({"that", "que", "qu", "che", "dass", "bahwa", "dat", "chto", "shcho", "ze"})
# Auxiliaries of a compound past that may open a verb phrase ("has confirmed", "ha ammesso",
# "a reconnu", "telah mengonfirmasi").
_AUXILIARY = frozenset(
    {
        "has", "have", "had", "a", "ont", "avait", "ha", "han", "hanno", "hat", "haben",
        "heeft", "hebben", "tem", "teve", "telah", "sudah",
    }
)  # fmt: skip


@functools.lru_cache(maxsize=65536)
def _admits(verb: str) -> bool:
    """Whether a verb phrase only says that its speaker confirmed or admitted its subject's act.

    A verb of ``_CONFIRMING`` (after an auxiliary: *has confirmed*, *ha ammesso*), alone,
    joined to a verb of justifying (*ha ammesso e giustificato*), or followed by a clause
    whose verb only says the act was done (*confirmed they had carried out*, *confirmed that
    the military conducted*: at most three words between, ``_AGENCY``).

    >>> from claimrec.resolution._words import _admits
    >>> _admits("ha ammesso e giustificato"), _admits("confirmed they had carried out")
    (True, True)
    >>> _admits("mengonfirmasi"), _admits("confirmed that the military conducted")
    (True, True)
    >>> _admits("confirmed the death of"), _admits("admitted to hospital")
    (False, False)
    """
    words = _words(verb)
    while words and words[0] in _AUXILIARY:
        words = words[1:]
    cut = next((n for n in (3, 2, 1) if " ".join(words[:n]) in _CONFIRMING), 0)
    if not cut:
        return False
    rest = words[cut:]
    if not rest:
        return True
    if len(rest) == 2 and rest[0] in _AND:
        return rest[1] in _CONFIRMING or rest[1] in _JUSTIFYING
    if rest[0] in _THAT:
        rest = rest[1:]
    for n in (3, 2, 1):
        tail = " ".join(rest[-n:])
        if len(rest) >= n and len(rest) - n <= 3 and tail in _AGENCY and tail not in _SAYING:
            return True
    return False


# Spanish and Italian object pronouns before a verb ("lo efectuaron", "lo hanno compiuto").
_OBJECT_CLITIC = frozenset({"lo", "la", "los", "las", "li", "le"})
# Auxiliaries of a compound past ("a démenti", "has denied", "hat bestritten", "ha negado"):
# the participle after one says what the verb alone says.
_TENSE_AUXILIARY = frozenset(
    {"a", "ont", "avait", "avaient", "has", "have", "had", "ha", "han", "hat", "haben",
     "hatte", "hatten", "tem", "tinha", "hanno", "heeft", "hebben"}
)  # fmt: skip
# Prepositions that end a verb of occurrence whose place or time is the claim's own field.
_ADJUNCT_OF = frozenset(
    {"in", "at", "on", "near", "a", "au", "en", "dans", "em", "no", "na", "im", "am", "an",
     "w", "v", "op", "bij", "nel"}
)  # fmt: skip
# Words of manner or degree inside a verb phrase ("regained full control of", "brutally
# murdered", "totalement détruit"): the phrase without them names the act (data:
# ``verb_words.json``, ``manner``).
_MANNER = _verb_words("manner")
# Prepositions that open the cause or means of a harm inside a verb phrase ("have been hurt
# in the air strikes", "tués dans une frappe aérienne", "bei dem Luftangriff getötet"): an act
# named after them is how the harm came, the harm is the claim's predicate. Normalised
# (accents dropped, Cyrillic and Arabic transliterated).
_CAUSE_PREPOSITION = frozenset(
    {
        "in", "by", "during", "after", "amid", "from", "following", "under",
        "dans", "par", "lors", "pendant", "apres", "sous", "suite",
        "en", "por", "durante", "tras", "bajo", "em", "no", "na", "nos", "nas", "pelo",
        "pela", "pelos", "pelas", "apos", "sob",
        "bei", "beim", "durch", "im", "wahrend", "nach", "unter",
        "nel", "nella", "nei", "negli", "nelle", "da", "dal", "dalla", "dai", "dopo", "sotto",
        "bij", "door", "tijdens", "onder",
        "w", "we", "podczas", "przez", "po", "pod",
        "v", "vo", "pri", "ot", "posle",
        "dalam", "oleh", "akibat", "saat", "ketika", "karena",
        "fy",
    }
)  # fmt: skip
# Families of a harm (what befell people or things) and of the act that caused it.
_HARM_FAMILIES = frozenset({"casualties", "injuries", "destruction", "displacement", "missing"})
_CAUSE_FAMILIES = frozenset({"attack", "clashes"})
# Words opening a clause of time inside a verb phrase ("a bénéficié d'une intervention
# pendant le massacre", "were trapped during the shelling"): an act named only after them
# dates the claim's act, it is not the act.
_TIME_CLAUSE = frozenset(
    {
        "during", "while", "amid", "amidst", "after", "before", "following", "when",
        "pendant", "durant", "lors", "apres", "avant", "tandis", "quand", "lorsque",
        "durante", "mientras", "tras", "despues", "antes", "enquanto", "apos", "depois",
        "cuando", "quando",
        "wahrend", "tijdens", "mentre", "dopo", "podczas",
    }
)  # fmt: skip
# Words that open, after the people a subject names, some of those people ("people,
# including women and children", "personnes, dont des enfants", "orang, termasuk
# anak-anak"): what follows is a part, the subject is the people named first.
_INCLUSION = re.compile(
    r"^(?P<head>.+?)\s*,?\s+(?:including|among them|among whom|of whom|dont|parmi lesquels|"
    r"parmi lesquelles|parmi eux|incluidos|incluidas|incluyendo|entre ellos|entre ellas|"
    r"entre los que|entre las que|incluindo|inclusive|entre eles|entre elas|darunter|"
    r"einschliesslich|tra cui|tra i quali|tra le quali|inclusi|incluse|termasuk|"
    r"di antaranya|antara lain|w tym|waaronder|inclusief|включая|в том числе|среди них|"
    r"зокрема|серед них|بينهم|بينهن|منهم|منهن)\b"
)
# Sites named after the place they are in ("Kramatorsk railway station", "Gaza hospital").
_SITE_NOUNS = (
    r"railway station|train station|bus station|station|airport|airfield|air base|"
    r"military base|base|hospital|clinic|health centre|health center|medical centre|"
    r"camp|displacement camp|refugee camp|market|marketplace|school|university|mosque|"
    r"church|hotel|prison|stadium|port|harbour|bridge|checkpoint|square|field|fields|"
    r"rice field|farm|farms|outskirts|suburbs|periphery|city centre|city center|centre|"
    r"center|downtown|"
    r"gare|aeroport|hopital|clinique|marche|ecole|mosquee|eglise|"
    r"centre de sante|estacao|aeroporto|mercado|escola|igreja|ziekenhuis|markt"
)
# Words that name kinds of places or their parts, never a town by themselves, though some
# towns bear them as names (*Central*, *Union*, *Station*, *Market*): a place string that is
# one of them is not read as a town.
_COMMON_PLACE_WORDS = frozenset(
    {
        *(w for w in _SITE_NOUNS.split("|") if " " not in w),
        "city", "town", "village", "capital", "area", "zone", "region", "province", "state",
        "district", "county", "commune", "cercle", "locality", "sector", "secteur", "axe",
        "north", "south", "east", "west", "centre", "center", "central", "northern",
        "southern", "eastern", "western", "border", "frontier", "frontiere", "front", "union",
        "police", "army", "bush", "forest", "road", "highway", "river", "lake", "valley",
        "mountain", "hills", "desert", "coast", "island", "islands", "border area",
        "ville", "villa", "cite", "nord", "sud", "est", "ouest", "brousse", "route", "fleuve",
        "cidade", "aldeia", "norte", "sul", "leste", "oeste", "ciudad", "pueblo",
        "independence", "liberty", "victory", "progress", "hope", "freedom", "peace", "unity",
    }
)  # fmt: skip
_SITE_SUFFIX = re.compile(rf"^(?P<rest>.+?)\s+(?:{_SITE_NOUNS})$")
# Qualifiers of a figure, in a verb phrase ("could be up to", "dépassent le nombre de").
_BOUND = re.compile(
    r"\b(?:up to|as many as|as high as|at least|at most|more than|less than|fewer than|over|"
    r"exceed\w*|surpass\w*|nearly|almost|about|around|approximately|roughly|some|"
    r"jusqu a|au moins|au plus|plus de|moins de|depass\w*|pres de|presque|environ|"
    r"quelque|pelo menos|mais de|menos de|cerca de|quase|ate|al menos|hasta|casi|"
    r"minstens|meer dan|bijna|ongeveer)\b"
)
_LIST_SPLIT = re.compile(r"\s*(?:,|;|/|&|\(|\)|\band\b|\bet\b|\bor\b|\bou\b)\s*")


# --------------------------------------------------------------------------- words


def _lemma(token: str) -> str:
    """Return a crude English/French stem: enough to meet a vocabulary phrase's inflected form."""
    if len(token) <= 3:
        return token
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("ying", "y"),
        ("ing", ""),
        ("ees", ""),
        ("ed", ""),
        ("es", ""),
        ("ee", ""),
        ("er", ""),
        ("s", ""),
        ("e", ""),
    ):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            stem = token[: len(token) - len(suffix)] + repl
            if suffix in {"ing", "ed", "er"} and len(stem) > 3 and stem[-1] == stem[-2]:
                stem = stem[:-1]  # pulled -> pull -> pul; pull -> pul too
            elif stem.endswith("ll"):
                stem = stem[:-1]
            stem = stem.removesuffix("e")
            return stem  # noqa: RET504 - the loop's one exit
    if len(token) >= 4 and token[-1] == token[-2] and token[-1] not in "aeiou":
        return token[:-1]  # "pull" as "pulled" -> "pul"
    return token


# Words of grammar that an inflected content word can look like once cut (*entre*, "between",
# and *entrés*, "entered"; *para* and *parar*): the fallbacks keep them whole.
_FUNCTION_WORDS = frozenset(
    {
        "about", "after", "against", "among", "before", "between", "from", "into", "onto",
        "other", "others", "over", "their", "there", "these", "those", "under", "upon", "with",
        "within", "without",
        "apres", "autre", "autres", "avant", "avec", "cette", "contre", "dans", "depuis",
        "entre", "leur", "leurs", "lors", "mais", "malgre", "parmi", "pendant", "pour",
        "sans", "selon", "sous", "suite", "tous", "toutes", "tres", "vers",
        "ante", "bajo", "como", "contra", "desde", "durante", "esta", "estas", "este", "estes",
        "estos", "hacia", "hasta", "mientras", "otra", "otras", "otro", "otros", "para",
        "pela", "pelas", "pelo", "pelos", "segun", "sobre", "tras", "todas", "todos",
        "unas", "unos", "essa", "essas", "esse", "esses", "isso", "outra", "outras",
        "outro", "outros", "perante", "segundo",
        # adverbs of place, time and degree ("cerca de 40": about 40, not cercados)
        "cerca", "acerca", "perto", "junto", "dentro", "fuera", "fora", "encima", "debajo",
        "alrededor", "lejos", "todo", "toda", "cada", "nada", "algo", "mucho", "muchos",
        "mucha", "muchas", "muito", "muitos", "muita", "muitas", "poco", "pocos", "pouco",
        "poucos", "ainda", "casi", "quase", "solo", "solos", "apenas", "tambien", "tambem",
        "donde", "onde", "cuando", "quando", "porque", "pero", "entonces", "ahora", "agora",
        "luego", "despues", "depois", "antes", "aqui", "alli", "encore", "toujours", "presque",
        "environ", "autour", "pres", "loin", "dedans", "dehors", "ensuite", "alors",
    }
)  # fmt: skip


# A French elided article or pronoun glued to its word (*l'attaque*, *d'otages*, *s'emparer*):
# the keys drop apostrophes, so "l'attaque" would key as "lattaque"; the fallbacks read the word.
_ELISION = re.compile(
    r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['\u2019\u02bc`\u00b4]", re.IGNORECASE
)


def _words(text: str) -> list[str]:
    return normalize(_ELISION.sub("", text)).split()


def _cased(rest: str, text: str) -> str:
    """Return ``rest`` (normalised, from ``text``), capitalised when ``text`` has capitals.

    Rules read a place string normalised (*near zellin*); a town is read only from a
    capitalised name, so the part keeps the capitals its string had (*near Zellin*).
    """
    return rest.title() if any(ch.isupper() for ch in text) else rest


# Separable particles of German and Dutch verbs: the finite verb comes first and the particle
# last ("griffen das Dorf an", "namen drie mannen gevangen"), or glued in a subordinate clause
# ("die das Dorf angriffen"). "ein" is left out: *Einnahmen* is revenue, not a capture.
_PARTICLES = frozenset(
    {"an", "auf", "ab", "aus", "fest", "zuruck", "um", "nieder", "los", "weg",
     "aan", "op", "af", "uit", "vast", "terug", "om", "neer", "gevangen"}
)  # fmt: skip
_REFLEXIVE = frozenset({"sich", "zich"})
_MAX_CLAUSE = 8  # words of a verb phrase read as one clause


def _separable_forms(text: str) -> list[str]:
    """Return a verb phrase's words in the order a vocabulary lists its separable verb.

    The finite verb and its particle (or the noun of a fixed phrase, *ums Leben*) are
    brought together; the caller accepts a form only if it is a listed phrase, whole.

    >>> from claimrec.resolution._words import _separable_forms
    >>> _separable_forms("griffen das Dorf an")[0], _separable_forms("zogen sich zurück")[1]
    ('griffen an', 'zogen sich zuruck')
    >>> "kamen ums leben" in _separable_forms("ums Leben kamen")
    True
    >>> "griffen an" in _separable_forms("die das Dorf angriffen")
    True
    """
    words = _words(text)
    if not 1 <= len(words) <= _MAX_CLAUSE:
        return []
    out: list[str] = []
    first, last = words[0], words[-1]
    if len(words) >= 2:
        if last in _PARTICLES:
            out.append(f"{first} {last}")  # griffen das Dorf an
            if words[1] in _REFLEXIVE:
                out.append(f"{first} {words[1]} {last}")  # zogen sich aus dem Dorf zurück
        out.append(" ".join([first, *words[-2:]]))  # kamen bei dem Angriff ums Leben
        out.append(" ".join([last, *words[:-1]]))  # (die) ums Leben kamen
    for particle in sorted(_PARTICLES, key=len, reverse=True):
        if last.startswith(particle) and len(last) - len(particle) >= 4:
            out.append(f"{last[len(particle):]} {particle}")  # (die das Dorf) angriffen
    return out


def _separable(vocab: PredicateVocabulary, text: str) -> Predicate | None:
    """Return the predicate a separable verb names, its parts brought together, else None.

    The verb, whatever nouns lie between its parts (*wehrten den Angriff ab* is *repelled*,
    not *attacked*); a form counts only if it is a listed phrase, whole.

    >>> from claimrec.resolution._words import _separable
    >>> from claimrec.vocab import default_vocabulary
    >>> _separable(default_vocabulary().predicates, "wehrten den Angriff ab").id
    'repelled'
    """
    whole = normalize(text)
    listed = vocab.resolve(text)
    if listed is not None and whole in _listed(tuple(listed.synonyms)):
        return None  # a listed phrase, whole: "zogen sich zurück"
    for form in _separable_forms(text):
        found = vocab.resolve(form) if form != whole else None
        if found is not None and form in _listed(tuple(found.synonyms)):
            return found
    return None


@functools.lru_cache(maxsize=256)
def _listed(synonyms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(w) for w in synonyms)


def _lemmas(text: str) -> tuple[str, ...]:
    return tuple(t if t in _FUNCTION_WORDS else _lemma(t) for t in _words(text))


# Endings of Spanish, Portuguese and French inflection (on accent-free keys), longest first:
# past plurals (-aron, -ieron; -aram, -eram, -iram), participles in gender and number (-ados,
# -idas, -ees...), plural and gender vowels (-os, -as, -o, -a), Portuguese past (-ou, -iu),
# infinitives (-ar, -er, -ir).
# Only a stem of four letters or more is kept, so short words (*casa*, *caso*, *mina*) are
# never cut to a shared root; the stems of the vocabulary that two concepts share are
# dropped from the index (``_stem_index``), so no stem reads as two concepts.
_ROMANCE_ENDINGS = (
    "ieron", "aron", "aram", "eram", "iram",
    "adas", "ados", "idas", "idos", "ada", "ado", "ida", "ido",
    "ees", "ee", "es", "os", "as", "ou", "iu", "ar", "er", "ir", "o", "a", "e", "s",
)  # fmt: skip
_MIN_STEM = 4


@functools.lru_cache(maxsize=65536)
def _stem(token: str) -> str:
    """Return a Romance-language stem of a normalised token (gender, number, participle, past).

    >>> from claimrec.resolution._words import _stem
    >>> _stem("asesinadas"), _stem("asesinado"), _stem("asesinaron"), _stem("asesino")
    ('asesin', 'asesin', 'asesin', 'asesin')
    >>> _stem("feridas"), _stem("feridos"), _stem("casa"), _stem("caso")
    ('ferid', 'ferid', 'casa', 'caso')
    """
    if len(token) <= _MIN_STEM:
        return token
    for ending in _ROMANCE_ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= _MIN_STEM:
            return token[: len(token) - len(ending)]
    return token


def _stems(text: str) -> tuple[str, ...]:
    return tuple(t if t in _FUNCTION_WORDS else _stem(t) for t in _words(text))


# Stems and lemmas of listed words that are words of another language with another meaning:
# German *Kinder* (children) cuts to English *kind*, *Tote* (the dead) to Dutch *tot*
# ("until"), Norwegian *leger* (doctors) to English *leg*, Italian *donne* (women) to the
# stem of French *données* (data), Scandinavian *barna* (the children) to English *barn*,
# Italian *aereo* (aeroplane) to the stem of *aérea* (air force: *fuerza aérea*); or to a
# place's name (Indonesian *orang* and *Orange*, *anak* and *Anaka*, *sandera*, hostage, and
# *Sandere*; *kampe* and *Kampar*); French *mise*, *mis* (put: *mise en scène*, staging) cut
# to the lemma of English *missing*, French *reçus* (received) to the stem of Portuguese
# *recuar* (to fall back); and French words of two meanings whose listed forms name one
# (*piégé*, booby-trapped, and *piégées dans un hôtel*, trapped; *libérés*, freed hostages,
# and *camp libéré*, a place liberated). The listed words still read exactly; the fallbacks
# never index these keys.
_FALSE_FRIENDS = frozenset(
    {"kind", "tot", "leg", "donn", "barn", "aere", "orang", "anak", "kamp", "kvin", "panz",
     "sander", "mis", "recu", "pieg", "liber", "present"}
)  # fmt: skip


def _unambiguous_index(
    phrases: Iterable[tuple[tuple[str, ...], str]],
) -> tuple[dict[tuple[str, ...], str], int]:
    """Index keyed phrases by their key, leaving out keys that two ids share.

    A stem or lemma shared by two concepts' phrases (*arms* and *armée*, *shell* and
    *shelling*) names neither: an unlisted form that reduces to it stays unresolved. A
    one-word key that is another language's word of another meaning (``_FALSE_FRIENDS``:
    *Kinder* cut to *kind*) is left out too.

    >>> from claimrec.resolution._words import _unambiguous_index
    >>> _unambiguous_index([(("kind",), "children"), (("shell",), "shelled"),
    ...                     (("shell",), "weapons"), (("ferid",), "wounded")])
    ({('ferid',): 'wounded'}, 1)
    """
    index: dict[tuple[str, ...], str] = {}
    shared: set[tuple[str, ...]] = set()
    for key, rid in phrases:
        if not key or (len(key) == 1 and key[0] in _FALSE_FRIENDS):
            continue
        owner = index.setdefault(key, rid)
        if owner != rid:
            shared.add(key)
    for key in shared:
        del index[key]
    return index, max((len(k) for k in index), default=0)


def _ngrams(tokens: Sequence[str], index: dict[tuple[str, ...], str], longest: int) -> str | None:
    """Return the value of the longest (then earliest) run of ``tokens`` keyed in ``index``."""
    for size in range(min(longest, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            hit = index.get(tuple(tokens[start : start + size]))
            if hit is not None:
                return hit
    return None


@functools.lru_cache(maxsize=65536)
def _place_core(text: str) -> str:
    """Return the key a place string is compared by: its place, shorn of "near", "zone de"...

    >>> from claimrec.resolution._words import _place_core
    >>> _place_core("zone de Moura, cercle de Djenné"), _place_core("the village of Solhan")
    ('moura', 'solhan')
    """
    parts = [p for p in _LIST_SPLIT.split(text) if p.strip()] or [text]
    key = _LEADING_THE.sub("", normalize(parts[0]))
    for _ in range(3):
        near = _NEAR.match(key)
        if near is None:
            break
        key = _LEADING_THE.sub("", near.group("rest"))
    region = _REGION_WORDS.match(key)
    if region is not None:
        key = region.group("rest")
    else:
        named = _SETTLEMENT.match(key)
        if named is not None:
            key = named.group("rest") or named.group("after")
    return key or normalize(text)


# Words that, after a country's adjective, name its armed forces (*Russian forces*, *forças
# sírias*, *troupes maliennes*, *Ukrainian officers*), and the words an enemy names them
# by (*Kenyan invaders*, *envahisseurs kényans*, *croisés français*, *Russian occupiers*,
# *окупанти*): alone, *officers*, *commanders* and these words name no class (police
# officers, a militia's commanders, *invaders* of a village may be any armed men).
_FORCE_WORDS = frozenset(
    {
        "forces", "troops", "army", "military", "soldiers", "servicemen", "troupes",
        "armee", "militaires", "soldats", "forcas", "fuerzas", "tropas", "exercito",
        "ejercito", "militares", "soldados", "officers", "commanders", "invaders",
        "envahisseurs", "occupiers", "occupants", "crusaders", "croises", "invasores",
        "ocupantes", "okupanti", "okkupanty",
    }
)  # fmt: skip


def _demonym_subject(
    text: str, table: Mapping[tuple[str, ...], tuple[str, str]]
) -> tuple[str, bool] | None:
    """Return the actor a subject names only by its nationality, and whether as armed forces.

    *Palestinians*, *Syriens*: people of that country; *Russian forces*, *forças sírias*:
    its forces. ``table`` maps a demonym's normalised tokens to (country, actor).

    >>> from claimrec.resolution._demonyms import _tables
    >>> from claimrec.resolution._words import _demonym_subject
    >>> table = _tables().forms
    >>> _demonym_subject("Syrians", table), _demonym_subject("forças sírias", table)
    (('Syria government', False), ('Syria government', True))
    >>> _demonym_subject("Syrian doctors", table) is None
    True
    """
    tokens = _words(text)
    force = len(tokens) >= 2 and (tokens[0] in _FORCE_WORDS or tokens[-1] in _FORCE_WORDS)
    if force:
        tokens = tokens[1:] if tokens[0] in _FORCE_WORDS else tokens[:-1]
    for key in (tuple(tokens), tuple(_singular_word(t) for t in tokens)):
        hit = table.get(key)
        if hit is not None:
            return hit[1], force
    return None


def _singular_word(token: str) -> str:
    return token[:-1] if len(token) > 3 and token.endswith("s") else token


# Words that name a kind of place or site, never the place itself ("Al-Ahli *Hospital*",
# "*Camp* Zamzam", "Borno *State*"): a place's name is the capitalised word they go with.
_SITE_NAME_WORDS = frozenset(
    {
        "al", "el", "ad", "ar", "as", "an", "at", "ash", "the", "la", "le", "les", "los", "las",
        "hospital", "hopital", "hospitals", "camp", "camps", "city", "town", "village", "state",
        "region", "province", "district", "county", "area", "zone", "cercle", "commune",
        "municipality", "market", "marche", "mosque", "church", "school", "ecole", "station",
        "gare", "airport", "aeroport", "base", "road", "route", "street", "rue", "bridge",
        "river", "lake", "lac", "field", "fields", "general", "local", "government", "lga",
        "north", "south", "east", "west", "nord", "sud", "est", "ouest", "northern",
        "southern", "eastern", "western", "central", "upper", "lower", "greater", "saint",
        "st", "san", "sao", "santa", "mount", "mont", "port", "new", "old", "idp", "un",
        "displacement", "displaced", "refugee", "refugees", "centre", "center", "health",
    }
)  # fmt: skip
_NAME_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


@functools.lru_cache(maxsize=65536)
@functools.lru_cache(maxsize=65536)  # read by the events and the victim pairs, per claim
def _place_head(text: str) -> str | None:
    """Return the name a place string is first about: its first capitalised word, folded.

    A report names the most specific place first and the wider ones after it (*village de
    Moura, cercle de Djenné*; *Kalku, near Zabarmari*; *a hospital in Zamzam*), and a name
    is written with a capital (or in a script without case); words for a kind of site
    (*Hospital*, *Camp*, *State*, *al-*) are not names. None when no word is a name.

    >>> from claimrec.resolution._words import _place_head
    >>> _place_head("zone de Moura à 17 km de Kouakourou"), _place_head("al-Ahli Hospital in Gaza")
    ('moura', 'ahli')
    >>> _place_head("a hospital in Zamzam"), _place_head("parvis devant la gare")
    ('zamzam', None)
    """
    for token in _NAME_TOKEN.findall(text):
        if token[0].islower() or len(token) < 3:
            continue
        folded = normalize(token)
        if folded and folded not in _SITE_NAME_WORDS:
            return folded
    return None


def _place_names(text: str) -> tuple[str, ...]:
    """Return every name of a place string that names one place, folded; () for a list.

    *Baisaran near Pahalgam* and *a famed meadow near Kashmir's Pahalgam town* both name
    Pahalgam; a list (*El-Fasher and Zamzam*) or a compound (*Kishishe, Rutshuru*) names
    several places, or one inside others, so gives none. Names as :func:`_place_head`.

    >>> from claimrec.resolution._words import _place_names
    >>> _place_names("a famed meadow near Kashmir's Pahalgam town")
    ('kashmir', 'pahalgam')
    >>> _place_names("El-Fasher and Zamzam"), _place_names("a hospital in Zamzam")
    ((), ('zamzam',))
    """
    if len([p for p in _LIST_SPLIT.split(text) if p.strip()]) > 1:
        return ()
    names: dict[str, None] = {}
    for token in _NAME_TOKEN.findall(text):
        if token[0].islower() or len(token) < 3:
            continue
        folded = normalize(token)
        if folded and folded not in _SITE_NAME_WORDS:
            names[folded] = None
    return tuple(names)


def _wide_head(head: str, vocabulary: Vocabulary) -> bool:
    """Whether a place's head name (:func:`_place_head`) names a wide area, not one spot.

    *Borno*, *Mali*, *Cabo Delgado* name a state, a country, a province: many incidents
    share them, so they are no evidence of one. A head the gazetteer does not know by
    that exact name, or knows as a town, village or site, is not wide.

    >>> from claimrec.vocab import default_vocabulary
    >>> vocab = default_vocabulary()
    >>> _wide_head("moura", vocab), _wide_head("mali", vocab), _wide_head("kayes", vocab)
    (False, True, False)
    """
    found = vocabulary.places.resolve(head)  # exact: a near name is another place
    return bool(found) and all(p.kind not in _FINE_PLACE_KINDS for p in found)


_FINE_PLACE_KINDS = frozenset({PlaceKind.TOWN, PlaceKind.VILLAGE, PlaceKind.SITE})
