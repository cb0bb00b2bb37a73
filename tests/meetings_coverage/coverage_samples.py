"""Two realistic meetings built in the test: a servicedesk dagstart and a warehouse werkoverleg."""

from vaktaal.core.meetings.model import ActionItem, Line, MainPoint, Meeting, Speaker


def servicedesk_dagstart() -> Meeting:
    return Meeting(
        id="servicedesk-dagstart",
        title="Dagstart servicedesk",
        situation="Maandag 8:30, dagstart bij de servicedesk.",
        speakers=(
            Speaker("sanne", "Sanne de Vries", "teamleider"),
            Speaker("omar", "Omar", "servicedeskmedewerker"),
            Speaker("lisa", "Lisa", "servicedeskmedewerker"),
        ),
        lines=(
            Line("sanne", "Goedemorgen allemaal. Er is sinds vannacht een storing in de mail."),
            Line("sanne", "Veel klanten bellen over hun wachtwoord. Reset het alleen na controle."),
            Line("omar", "Ik bel de klanten met een open ticket terug, vóór twaalf uur."),
            Line("lisa", "Ik controleer vandaag de nieuwe laptops voor het magazijn."),
        ),
        main_points=(
            MainPoint(
                "storing",
                "Er is een storing in de e-mail.",
                (("storing", "probleem", "kapot"), ("mail", "e-mail", "email")),
            ),
            MainPoint(
                "wachtwoord",
                "Reset een wachtwoord pas na controle van de klant.",
                (
                    ("wachtwoord", "password"),
                    ("resetten", "herstellen"),
                    ("controleren", "checken"),
                ),
            ),
        ),  # fmt: skip
        action_items=(
            ActionItem(
                "terugbellen",
                "omar",
                "Klanten met een open ticket terugbellen",
                "vóór 12:00",
                (("klant",), ("terugbellen", "bellen"), ("ticket", "melding")),
            ),
            ActionItem(
                "laptops",
                "lisa",
                "De nieuwe laptops controleren",
                "vandaag",
                (("laptop", "computer"), ("controleren", "checken", "testen")),
            ),
        ),  # fmt: skip
    )


def magazijn_werkoverleg() -> Meeting:
    return Meeting(
        id="magazijn-werkoverleg",
        title="Werkoverleg magazijn",
        situation="Donderdag 13:00, werkoverleg in het magazijn.",
        speakers=(
            Speaker("kees", "Kees Jansen", "magazijnchef"),
            Speaker("ahmed", "Ahmed", "orderpicker"),
        ),
        lines=(
            Line("kees", "De pallets voor de bouwplaats staan vanaf nu bij dock 3."),
            Line("kees", "Elke bestelling controleer je twee keer voordat ze de deur uit gaat."),
            Line("ahmed", "Ik ruim vrijdag de lege dozen in gang B op."),
        ),
        main_points=(
            MainPoint(
                "dock",
                "De pallets voor de bouwplaats staan bij dock 3.",
                (("pallet",), ("dock 3", "laadperron 3", "deur 3")),
            ),
            MainPoint(
                "dubbel",
                "Controleer elke bestelling twee keer.",
                (("bestelling", "order"), ("controleren", "nakijken", "checken"), ("twee keer",)),
            ),
        ),  # fmt: skip
        action_items=(
            ActionItem(
                "dozen",
                "ahmed",
                "De lege dozen in gang B opruimen",
                "vrijdag",
                (("doos", "karton"), ("opruimen", "weghalen", "weggooien")),
            ),
        ),  # fmt: skip
    )
