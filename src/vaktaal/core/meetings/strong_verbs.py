"""Common Dutch verbs whose forms change inside the word ("kijken, keek, gekeken").

Each line: the infinitive, then its other forms. `infinitive("keken")` -> "kijken"; also
after a separable particle: "nagekeken" -> "nakijken". Forms that are also common nouns
("namen", "reden", "lagen") are left out.
"""

_TABLE = """
beginnen begint begon begonnen
blijven blijft bleef bleven gebleven
breken breekt brak braken gebroken
brengen brengt bracht brachten gebracht
denken denkt dacht dachten gedacht
doen doe doet deed deden gedaan
dragen draagt droeg droegen gedragen
gaan ga gaat ging gingen gegaan
geven geeft gaf gegeven
hebben heb heeft had hadden gehad
helpen helpt hielp hielpen geholpen
houden houdt hield hielden gehouden
kijken kijkt keek keken gekeken
komen komt kwam kwamen gekomen
kopen koopt kocht kochten gekocht
krijgen krijgt kreeg kregen gekregen
laten laat liet lieten gelaten
liggen ligt lag gelegen
lopen loopt liep liepen gelopen
nemen neemt nam genomen
rijden rijdt reed gereden
schrijven schrijft schreef schreven geschreven
sluiten sluit sloot gesloten
slaan sla slaat sloeg sloegen geslagen
spreken spreekt sprak spraken gesproken
staan sta staat stond stonden gestaan
trekken trekt trok trokken getrokken
vallen valt viel vielen gevallen
vinden vindt vond vonden gevonden
vragen vraagt vroeg vroegen gevraagd
weten weet wist wisten geweten
zeggen zegt zei zeiden gezegd
zien zie ziet zag zagen gezien
zitten zit zat zaten gezeten
zoeken zoekt zocht zochten gezocht
"""
_INFINITIVES = {
    form: line.split()[0] for line in _TABLE.strip().splitlines() for form in line.split()[1:]
}


def infinitive(word: str, particles: tuple[str, ...]) -> str | None:
    """The infinitive of an irregular form, with its particle in front if it has one."""
    if word in _INFINITIVES:
        return _INFINITIVES[word]
    for particle in particles:
        rest = word[len(particle) :]
        if word.startswith(particle) and rest in _INFINITIVES:
            return particle + _INFINITIVES[rest]
    return None
