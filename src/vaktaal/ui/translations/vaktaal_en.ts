<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionItemsView</name>
    <message>
        <location filename="../meetings/action_items_view.py" line="36"/>
        <source>Wie doet wat, en wanneer?</source>
        <translation>Who does what, and when?</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="73"/>
        <source>Taak {n} van {total}</source>
        <translation>Task {n} of {total}</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="77"/>
        <source>Wie doet dit?</source>
        <translation>Who does this?</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="116"/>
        <source>Wie: {who}</source>
        <translation>Who: {who}</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="118"/>
        <source>Wanneer moet het klaar zijn?</source>
        <translation>When must it be done?</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="132"/>
        <source>{who} doet dit. Klaar: {when}.</source>
        <translation>{who} does this. Done by: {when}.</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="134"/>
        <source>Goed!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="139"/>
        <source>De persoon klopt, de tijd niet</source>
        <translation>The person is right, the time is not</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="141"/>
        <source>De tijd klopt, de persoon niet</source>
        <translation>The time is right, the person is not</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="142"/>
        <source>Nog niet goed</source>
        <translation>Not right yet</translation>
    </message>
</context>
<context>
    <name>AnkiExport</name>
    <message>
        <location filename="../authoring/anki_export.py" line="25"/>
        <source>Exporteren voor Anki</source>
        <translation>Export for Anki</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="28"/>
        <source>Anki-pakketten (*.apkg)</source>
        <translation>Anki packages (*.apkg)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="35"/>
        <source>Opgeslagen voor Anki: {name}</source>
        <translation>Saved for Anki: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="39"/>
        <source>Het pakket kon niet opgeslagen worden. Er is niets veranderd.</source>
        <translation>The deck could not be saved. Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="60"/>
        <source>Bezig met exporteren voor Anki…</source>
        <translation>Exporting for Anki…</translation>
    </message>
</context>
<context>
    <name>AnkiImportDialog</name>
    <message>
        <location filename="../authoring/anki_dialog.py" line="63"/>
        <location filename="../authoring/anki_dialog.py" line="89"/>
        <source>Termen uit Anki</source>
        <translation>Terms from Anki</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="66"/>
        <source>Kies een Anki-pakket (.apkg).</source>
        <translation>Choose an Anki package (.apkg).</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="71"/>
        <source>Anki</source>
        <translation>Anki</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>&amp;Bestand kiezen</source>
        <translation>Choose &amp;file</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="77"/>
        <location filename="../authoring/anki_dialog.py" line="78"/>
        <source>Naam van het nieuwe pakket</source>
        <translation>Name of the new deck</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="81"/>
        <source>Voorbeeld van de termen</source>
        <translation>Preview of the terms</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="85"/>
        <source>Problemen en meldingen</source>
        <translation>Problems and notes</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="123"/>
        <source>Anki-pakketten (*.apkg *.colpkg)</source>
        <translation>Anki packages (*.apkg *.colpkg)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="91"/>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="125"/>
        <source>Kies een bestand</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="133"/>
        <source>Bezig met lezen…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="160"/>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="181"/>
        <source>Klaar om te importeren. Termen: {n}</source>
        <translation>Ready to import. Terms: {n}</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="197"/>
        <source>Er ging iets mis. Er is niets veranderd. Probeer het opnieuw.</source>
        <translation>Something went wrong. Nothing has changed. Please try again.</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="199"/>
        <source>Zo kan het niet. Kijk bij de problemen.</source>
        <translation>This does not work yet. See the problems.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../practice/article_view.py" line="39"/>
        <source>De of het?</source>
        <translation>De or het?</translation>
    </message>
    <message>
        <location filename="../practice/article_view.py" line="54"/>
        <source>Toets {key}</source>
        <translation>Key {key}</translation>
    </message>
</context>
<context>
    <name>AvatarChoice</name>
    <message>
        <location filename="../profiles/avatar_choice.py" line="47"/>
        <source>Plaatje: {name}</source>
        <translation>Picture: {name}</translation>
    </message>
</context>
<context>
    <name>AvatarGrid</name>
    <message>
        <location filename="../profiles/avatar_grid.py" line="123"/>
        <source>{name}, met pincode</source>
        <translation>{name}, with PIN</translation>
    </message>
</context>
<context>
    <name>BuddyEndPage</name>
    <message>
        <location filename="../staff/buddy/end_page.py" line="33"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="42"/>
        <source>Wat ging goed</source>
        <translation>What went well</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="43"/>
        <source>Wat moet nog geoefend worden</source>
        <translation>What still needs practice</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="44"/>
        <source>Notitie voor de volgende keer</source>
        <translation>Note for next time</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="72"/>
        <source>Klaar met {name}! Hoe ging het?</source>
        <translation>Done with {name}! How did it go?</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="82"/>
        <source>{saved} van {n} antwoorden bewaard</source>
        <translation>{saved} of {n} answers saved</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="84"/>
        <source>1 antwoord bewaard</source>
        <translation>1 answer saved</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="85"/>
        <source>{n} antwoorden bewaard</source>
        <translation>{n} answers saved</translation>
    </message>
</context>
<context>
    <name>BuddySessionPage</name>
    <message>
        <location filename="../staff/buddy/session_page.py" line="80"/>
        <source>De tijd is om. Maak deze oefening af.</source>
        <translation>Time is up. Finish this exercise.</translation>
    </message>
</context>
<context>
    <name>BusyNote</name>
    <message>
        <location filename="../busy.py" line="15"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
</context>
<context>
    <name>ChoiceView</name>
    <message>
        <location filename="../practice/choice_view.py" line="56"/>
        <location filename="../practice/choice_view.py" line="58"/>
        <source>Luister</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="61"/>
        <source>Toets L</source>
        <translation>Key L</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="127"/>
        <source>Luister. Welk plaatje hoort erbij?</source>
        <translation>Listen. Which picture goes with it?</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="129"/>
        <source>Welk plaatje hoort bij dit woord?</source>
        <translation>Which picture goes with this word?</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="145"/>
        <source>Plaatje {n}</source>
        <translation>Picture {n}</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="176"/>
        <source>Plaatje {n}: {word}</source>
        <translation>Picture {n}: {word}</translation>
    </message>
</context>
<context>
    <name>CoachFlow</name>
    <message>
        <location filename="../staff/learners/coach_flow.py" line="71"/>
        <source>Er ging iets mis. Er is niets veranderd.</source>
        <translation>Something went wrong. Nothing has changed.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../controller.py" line="128"/>
        <source>Het installeren is niet gelukt. Er is niets veranderd. Vraag IT om hulp.</source>
        <translation>Installing did not work. Nothing was changed. Ask IT for help.</translation>
    </message>
    <message>
        <location filename="../controller.py" line="175"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>Something went wrong. What you did is saved. Start Vaktaal again.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../staff/buddy/session_page.py" line="64"/>
        <source>Tijd over: {time}</source>
        <translation>Time left: {time}</translation>
    </message>
</context>
<context>
    <name>CoverageRow</name>
    <message>
        <location filename="../meetings/summary_feedback.py" line="113"/>
        <source>Erin</source>
        <translation>In it</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="115"/>
        <source>Voor een deel erin</source>
        <translation>Partly in it</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="116"/>
        <source>Nog niet erin</source>
        <translation>Not in it yet</translation>
    </message>
</context>
<context>
    <name>DashboardFlow</name>
    <message>
        <location filename="../staff/dashboard/dashboard_flow.py" line="60"/>
        <source>Overzicht laden…</source>
        <translation>Loading the overview…</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_flow.py" line="79"/>
        <location filename="../staff/dashboard/dashboard_flow.py" line="96"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="62"/>
        <source>Pakket</source>
        <translation>Deck</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="65"/>
        <source>Nog geen leerlingen.</source>
        <translation>No learners yet.</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="66"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="68"/>
        <source>Bekijken</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="83"/>
        <source>Alle leerlingen</source>
        <translation>All learners</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="97"/>
        <source>Grafiek</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="101"/>
        <source>Overzicht leerlingen</source>
        <translation>Learners overview</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="105"/>
        <source>Pakket:</source>
        <translation>Deck:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="119"/>
        <source>Alle pakketten</source>
        <translation>All decks</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../home/day_chart.py" line="69"/>
        <source>Antwoorden per dag</source>
        <translation>Answers per day</translation>
    </message>
    <message>
        <location filename="../home/day_chart.py" line="76"/>
        <source>Antwoorden</source>
        <translation>Answers</translation>
    </message>
</context>
<context>
    <name>DeckCards</name>
    <message>
        <location filename="../home/deck_cards.py" line="96"/>
        <source>Oefen dit</source>
        <translation>Practise this</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="97"/>
        <source>Oefen dit: {title}</source>
        <translation>Practise this: {title}</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="106"/>
        <source>{n} te oefenen</source>
        <translation>{n} to practise</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="107"/>
        <source>{n} nieuw</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="108"/>
        <source>{n} geleerd</source>
        <translation>{n} learned</translation>
    </message>
</context>
<context>
    <name>DeckDetails</name>
    <message>
        <location filename="../authoring/deck_details.py" line="23"/>
        <source>Naam van het pakket</source>
        <translation>Deck name</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="24"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="25"/>
        <source>Functie</source>
        <translation>Job function</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="25"/>
        <source>bijvoorbeeld: monteur</source>
        <translation>for example: fitter</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="26"/>
        <source>Taakprofiel</source>
        <translation>Task profile</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="26"/>
        <source>of: de taken</source>
        <translation>or: the tasks</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="27"/>
        <source>Taalniveau</source>
        <translation>Language level</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="29"/>
        <source>Talen van de vertalingen</source>
        <translation>Translation languages</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="32"/>
        <source>Nog niet gecontroleerd</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="34"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="35"/>
        <source>Gemaakt door</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="36"/>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="37"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="38"/>
        <source>Id (vast)</source>
        <translation>Id (fixed)</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="39"/>
        <source>Pictogram van het pakket</source>
        <translation>Deck pictogram</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="43"/>
        <source>Het pakket</source>
        <translation>The deck</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="51"/>
        <source>Talen: {names}</source>
        <translation>Languages: {names}</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="55"/>
        <source>Nog niet gecontroleerd door iemand met deze moedertaal: {names}</source>
        <translation>Not yet checked by a native speaker: {names}</translation>
    </message>
</context>
<context>
    <name>DeckImportDialog</name>
    <message>
        <location filename="../authoring/import_dialog.py" line="41"/>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>DeckListWidget</name>
    <message>
        <location filename="../deck_list.py" line="37"/>
        <source>Pakketten met woorden</source>
        <translation>Word packs</translation>
    </message>
    <message>
        <location filename="../deck_list.py" line="47"/>
        <source>{function} · {n} woorden · niveau {level}</source>
        <translation>{function} · {n} words · level {level}</translation>
    </message>
</context>
<context>
    <name>DecksDialog</name>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="24"/>
        <source>Pakketten van {name}</source>
        <translation>Decks of {name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="25"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="39"/>
        <source>Nieuwe pakketten komen dan niet meer vanzelf.</source>
        <translation>New decks are then no longer added automatically.</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="44"/>
        <source>Er zijn nog geen pakketten.</source>
        <translation>There are no decks yet.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="21"/>
        <source>{name} verwijderen?</source>
        <translation>Remove {name}?</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="22"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="28"/>
        <source>Let op</source>
        <translation>Watch out</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="30"/>
        <source>Dit gaat weg:</source>
        <translation>This will be removed:</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="37"/>
        <source>Dit kan niet terug.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="47"/>
        <source>het profiel van {name}</source>
        <translation>{name}&apos;s profile</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="48"/>
        <source>antwoorden bij het oefenen: {n}</source>
        <translation>answers from practice: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="51"/>
        <source>gesproken antwoorden: {n}</source>
        <translation>spoken answers: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="54"/>
        <source>uitslagen van vergaderingen: {n}</source>
        <translation>meeting results: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="57"/>
        <source>sessies met een taalbuddy (met notities): {n}</source>
        <translation>sessions with a language buddy (with notes): {n}</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../authoring/editor_actions.py" line="53"/>
        <source>In Vaktaal zetten voor leerlingen</source>
        <translation>Put in Vaktaal for learners</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="54"/>
        <source>Printen: woordkaartjes of handboek…</source>
        <translation>Print: word cards or handbook…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="55"/>
        <source>Importeren uit Excel of CSV…</source>
        <translation>Import from Excel or CSV…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="56"/>
        <source>Importeren uit Anki…</source>
        <translation>Import from Anki…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="57"/>
        <source>Exporteren naar Excel of CSV…</source>
        <translation>Export to Excel or CSV…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="58"/>
        <source>Exporteren voor Anki…</source>
        <translation>Export for Anki…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="59"/>
        <source>Vergadering maken…</source>
        <translation>Make a meeting…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="60"/>
        <source>Vergadering bewerken…</source>
        <translation>Edit a meeting…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="87"/>
        <source>Bezig met in Vaktaal zetten…</source>
        <translation>Putting the deck in Vaktaal…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="95"/>
        <source>Het pakket staat in Vaktaal. Leerlingen kunnen ermee oefenen.</source>
        <translation>The deck is in Vaktaal. Learners can practise with it.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="99"/>
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="100"/>
        <source>Het pakket kon niet in Vaktaal gezet worden. Er is niets veranderd.</source>
        <translation>The deck could not be put in Vaktaal. Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="121"/>
        <source>Opgeslagen: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="148"/>
        <source>Geen vergaderingen</source>
        <translation>No meetings</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="149"/>
        <source>Dit pakket heeft nog geen vergaderingen. Kies &apos;Vergadering maken…&apos;.</source>
        <translation>This deck has no meetings yet. Choose &apos;Make a meeting…&apos;.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="162"/>
        <source>Vergadering bewerken</source>
        <translation>Edit a meeting</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="162"/>
        <source>Welke vergadering?</source>
        <translation>Which meeting?</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="176"/>
        <source>Vergadering {title}</source>
        <translation>Meeting {title}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="183"/>
        <source>Eerst in Vaktaal zetten</source>
        <translation>Put in Vaktaal first</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="184"/>
        <source>Zet het pakket eerst in Vaktaal (Ctrl+I). Daarna kun je het printen of exporteren.</source>
        <translation>Put the deck in Vaktaal first (Ctrl+I). Then you can print or export it.</translation>
    </message>
</context>
<context>
    <name>EditorFiles</name>
    <message>
        <location filename="../authoring/editor_files.py" line="25"/>
        <source>Pakket openen</source>
        <translation>Open deck</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="27"/>
        <source>Pakketten (*.vaktaal deck.toml)</source>
        <translation>Decks (*.vaktaal deck.toml)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="37"/>
        <source>Eén bestand (*.vaktaal)</source>
        <translation>One file (*.vaktaal)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="38"/>
        <source>Een map met deck.toml (*)</source>
        <translation>A folder with deck.toml (*)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="41"/>
        <source>Pakket opslaan</source>
        <translation>Save deck</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="69"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="71"/>
        <source>Het pakket is veranderd. Wilt u de veranderingen opslaan?</source>
        <translation>The deck has changed. Do you want to save the changes?</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="76"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="79"/>
        <source>Niet opslaan</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="83"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EditorFlow</name>
    <message>
        <location filename="../authoring/editor_flow.py" line="50"/>
        <source>Dit pakket kan niet geopend worden. Er is niets veranderd. Probeer het nog eens.</source>
        <translation>This deck cannot be opened. Nothing was changed. Please try again.</translation>
    </message>
</context>
<context>
    <name>EditorLayout</name>
    <message>
        <location filename="../authoring/editor_layout.py" line="27"/>
        <source>Nieuwe term</source>
        <translation>New term</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="28"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="31"/>
        <source>Pakket</source>
        <translation>Deck</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="32"/>
        <source>Termen</source>
        <translation>Terms</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../authoring/editor_window.py" line="83"/>
        <source>Openen lukt niet</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="83"/>
        <source>Dit pakket kan niet open:
</source>
        <translation>This deck cannot be opened:
</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="118"/>
        <source>Versie {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="122"/>
        <source>Nog niet klaar</source>
        <translation>Not ready yet</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="123"/>
        <source>Het pakket heeft nog {n} problemen. Kies &apos;Alleen met problemen&apos; en los ze op.</source>
        <translation>The deck still has {n} problems. Choose &apos;Only with problems&apos; and fix them.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="105"/>
        <source>Opslaan lukt niet</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="106"/>
        <source>Opslaan is niet gelukt. Kies een andere plek of een andere naam.</source>
        <translation>Saving did not work. Choose another place or another name.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="142"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="143"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="144"/>
        <source>Openen…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="145"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="146"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="148"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="152"/>
        <source>B&amp;ewerken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="153"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="154"/>
        <source>Opnieuw doen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="160"/>
        <location filename="../authoring/editor_window.py" line="186"/>
        <source>Nieuwe term</source>
        <translation>New term</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="161"/>
        <source>Term verwijderen</source>
        <translation>Remove term</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="162"/>
        <source>Pictogram kiezen…</source>
        <translation>Choose pictogram…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="163"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="175"/>
        <source>Pakket veranderd</source>
        <translation>Deck changed</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="181"/>
        <source>Term veranderd</source>
        <translation>Term changed</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="195"/>
        <source>Term verwijderd</source>
        <translation>Term removed</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="208"/>
        <source>Pictogram gekozen</source>
        <translation>Pictogram chosen</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="246"/>
        <source>Nog op te lossen: {n}</source>
        <translation>Still to fix: {n}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="248"/>
        <source>Alles is in orde</source>
        <translation>Everything is fine</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="251"/>
        <source>Nieuw pakket</source>
        <translation>New deck</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="254"/>
        <source>{name}{changed} – Pakket maken</source>
        <translation>{name}{changed} – Make a deck</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="274"/>
        <source>Opgeslagen: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../practice/exercise_view.py" line="80"/>
        <source>Verder</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="107"/>
        <source>Het woord is: {word}</source>
        <translation>The word is: {word}</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="113"/>
        <source>Goed!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="115"/>
        <source>Bijna goed</source>
        <translation>Almost right</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="116"/>
        <source>Nog niet goed</source>
        <translation>Not right yet</translation>
    </message>
</context>
<context>
    <name>FieldMappingView</name>
    <message>
        <location filename="../authoring/anki_fields.py" line="23"/>
        <source>Velden van de Anki-notities</source>
        <translation>Fields of the Anki notes</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="35"/>
        <source>Notitietype &apos;{name}&apos; (notities: {n})</source>
        <translation>Note type &apos;{name}&apos; (notes: {n})</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>In de eerste {n} notities</source>
        <translation>In the first {n} notes</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>Wat is het?</source>
        <translation>What is it?</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="65"/>
        <source>Veld {field} is</source>
        <translation>Field {field} is</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="79"/>
        <source>Term (het woord)</source>
        <translation>Term (the word)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="80"/>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="81"/>
        <source>Voorbeeldzin</source>
        <translation>Example sentence</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="82"/>
        <source>Plaatje</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="83"/>
        <source>Geluid</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="84"/>
        <source>Id-nummer</source>
        <translation>Id number</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="85"/>
        <source>(niet gebruiken)</source>
        <translation>(do not use)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="87"/>
        <source>Vertaling: {language}</source>
        <translation>Translation: {language}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../staff/learners/form_parts.py" line="84"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="89"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../home/home_page.py" line="49"/>
        <source>Oefenen</source>
        <translation>Practise</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="57"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="63"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="65"/>
        <location filename="../home/home_page.py" line="121"/>
        <source>Spreken: even laden…</source>
        <translation>Speaking: loading…</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="67"/>
        <source>Vergaderingen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="98"/>
        <source>Jouw pakketten</source>
        <translation>Your packs</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="113"/>
        <source>Hallo {name}</source>
        <translation>Hello {name}</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="122"/>
        <source>Spreken: klaar</source>
        <translation>Speaking: ready</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="123"/>
        <location filename="../home/home_page.py" line="125"/>
        <source>Spreken: nog niet klaar</source>
        <translation>Speaking: not ready yet</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="124"/>
        <source>Spreken: werkt niet</source>
        <translation>Speaking: not working</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="145"/>
        <source>{n} te oefenen</source>
        <translation>{n} to practise</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="146"/>
        <source>{n} nieuw</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="149"/>
        <source>Alles geoefend voor vandaag!</source>
        <translation>All practised for today!</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="151"/>
        <source>Er zijn nog geen woorden voor jou. Vraag je begeleider.</source>
        <translation>There are no words for you yet. Ask your coach.</translation>
    </message>
</context>
<context>
    <name>ImportedPreview</name>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="21"/>
        <source>Zo worden de termen geïmporteerd</source>
        <translation>This is how the terms will be imported</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Woordsoort</source>
        <translation>Part of speech</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../profiles/keypad.py" line="21"/>
        <source>Cijfers</source>
        <translation>Digits</translation>
    </message>
    <message>
        <location filename="../profiles/keypad.py" line="30"/>
        <location filename="../profiles/keypad.py" line="31"/>
        <source>Wissen</source>
        <translation>Erase</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../launcher.py" line="135"/>
        <source>De database wordt bijgewerkt…</source>
        <translation>Updating the database…</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="141"/>
        <source>De database wordt bijgewerkt op een andere pc. Even wachten…</source>
        <translation>The database is being updated on another PC. Please wait…</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="192"/>
        <source>De gegevens van Vaktaal zijn kapot. Vraag hulp aan IT.</source>
        <translation>The Vaktaal data are damaged. Ask IT for help.</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="196"/>
        <source>Deze gegevens zijn gemaakt met een nieuwere Vaktaal. Update Vaktaal op deze pc.</source>
        <translation>These data were made with a newer Vaktaal. Update Vaktaal on this PC.</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="201"/>
        <source>Vaktaal kan zijn gegevens niet openen of opslaan. Is de schijf vol? Vraag hulp aan IT.</source>
        <translation>Vaktaal cannot open or save its data. Is the disk full? Ask IT for help.</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="205"/>
        <source>Er ging iets mis bij het starten. Start Vaktaal opnieuw. Lukt het niet? Vraag hulp aan IT.</source>
        <translation>Something went wrong while starting. Start Vaktaal again. Still not working? Ask IT for help.</translation>
    </message>
</context>
<context>
    <name>LearnerChoicePage</name>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="44"/>
        <source>Er zijn nog geen leerlingen.</source>
        <translation>There are no learners yet.</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="45"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="50"/>
        <source>Met wie oefen je?</source>
        <translation>Who are you practising with?</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="51"/>
        <source>Kies de leerling.</source>
        <translation>Choose the learner.</translation>
    </message>
</context>
<context>
    <name>LearnerEditDialog</name>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="20"/>
        <source>Profiel wijzigen</source>
        <translation>Change profile</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="20"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="22"/>
        <location filename="../staff/learners/edit_dialog.py" line="34"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="25"/>
        <location filename="../staff/learners/edit_dialog.py" line="35"/>
        <source>Eigen taal</source>
        <translation>Own language</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="26"/>
        <source>Tweede taal</source>
        <translation>Second language</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="36"/>
        <source>Tweede taal (hoeft niet)</source>
        <translation>Second language (optional)</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="38"/>
        <source>Plaatje</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="57"/>
        <source>Geen</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="69"/>
        <source>Typ een naam.</source>
        <translation>Type a name.</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="43"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="48"/>
        <source>Goed per week</source>
        <translation>Right per week</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="49"/>
        <location filename="../staff/dashboard/learner_page.py" line="69"/>
        <source>Woorden geleerd</source>
        <translation>Words learned</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="60"/>
        <source>Leerling</source>
        <translation>Learner</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="68"/>
        <source>Goed beantwoord, per week</source>
        <translation>Answered right, per week</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="80"/>
        <source>Antwoorden per dag</source>
        <translation>Answers per day</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="82"/>
        <source>Moet je weten</source>
        <translation>Must know</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="84"/>
        <source>Samen geoefend</source>
        <translation>Practised together</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="131"/>
        <source>Laatst geoefend: {day}</source>
        <translation>Last practised: {day}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="132"/>
        <source>Dagen op rij: {days}</source>
        <translation>Days in a row: {days}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="133"/>
        <source>{n} antwoorden in 30 dagen</source>
        <translation>{n} answers in 30 days</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="134"/>
        <source>Onthouden: {share}</source>
        <translation>Remembered: {share}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="135"/>
        <source>Spreken eens: {share} (van {n})</source>
        <translation>Speaking agreed: {share} (of {n})</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="144"/>
        <source>{done} van {total} veiligheidswoorden gekend</source>
        <translation>{done} of {total} safety words known</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="162"/>
        <source>Gekend</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="162"/>
        <source>Nog niet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="173"/>
        <source>Nog niet samen geoefend.</source>
        <translation>Not practised together yet.</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="181"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="182"/>
        <source>{n} antwoorden</source>
        <translation>{n} answers</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="184"/>
        <source>Ging goed:</source>
        <translation>Went well:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="184"/>
        <source>Oefenen:</source>
        <translation>To practise:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="185"/>
        <source>Volgende keer:</source>
        <translation>Next time:</translation>
    </message>
</context>
<context>
    <name>LearnersFlow</name>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="79"/>
        <source>{name} is gewijzigd.</source>
        <translation>{name} was changed.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="90"/>
        <source>{name} heeft een nieuwe pincode.</source>
        <translation>{name} has a new PIN.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="92"/>
        <source>{name} heeft geen pincode meer.</source>
        <translation>{name} no longer has a PIN.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="110"/>
        <source>De pakketten van {name} zijn opgeslagen.</source>
        <translation>{name}&apos;s decks are saved.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="120"/>
        <source>De gegevens van {name} staan in {path}.</source>
        <translation>{name}&apos;s data is in {path}.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="139"/>
        <source>{name} is verwijderd.</source>
        <translation>{name} was removed.</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <location filename="../staff/learners/learners_page.py" line="34"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="36"/>
        <source>Leerlingen beheren</source>
        <translation>Manage learners</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="38"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="67"/>
        <source>Er zijn nog geen leerlingen.</source>
        <translation>There are no learners yet.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="83"/>
        <source>Talen: {languages}</source>
        <translation>Languages: {languages}</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="84"/>
        <source>Pakketten: {decks}</source>
        <translation>Decks: {decks}</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="84"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="88"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="89"/>
        <source>Pincode opnieuw</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="90"/>
        <source>Pakketten</source>
        <translation>Decks</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="147"/>
        <location filename="../staff/learners/learners_page.py" line="91"/>
        <source>Gegevens opslaan</source>
        <translation>Save data</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="92"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <location filename="../practice/leave_question.py" line="26"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="27"/>
        <source>Stoppen?</source>
        <translation>Stop?</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="28"/>
        <source>Je antwoorden zijn bewaard.</source>
        <translation>Your answers are saved.</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="29"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="30"/>
        <source>Ja, stoppen</source>
        <translation>Yes, stop</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="31"/>
        <source>Toets J</source>
        <translation>Key J</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="32"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="34"/>
        <source>Nee, verder oefenen</source>
        <translation>No, keep practising</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="35"/>
        <source>Toets N of Esc</source>
        <translation>Key N or Esc</translation>
    </message>
</context>
<context>
    <name>LengthPage</name>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="80"/>
        <source>{n} minuten</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="85"/>
        <source>Andere leerling</source>
        <translation>Other learner</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="95"/>
        <source>Hoe lang oefenen jullie?</source>
        <translation>How long will you practise?</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="125"/>
        <source>Samen oefenen met {name}</source>
        <translation>Practise together with {name}</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="130"/>
        <source>Notitie van de vorige keer ({date}, {buddy}):</source>
        <translation>Note from last time ({date}, {buddy}):</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../speaking/level_meter.py" line="24"/>
        <source>Zo hard hoor ik je</source>
        <translation>How loud I hear you</translation>
    </message>
</context>
<context>
    <name>ListenPanel</name>
    <message>
        <location filename="../meetings/player_parts.py" line="107"/>
        <source>Alleen luisteren</source>
        <translation>Just listen</translation>
    </message>
    <message>
        <location filename="../meetings/player_parts.py" line="108"/>
        <source>Alleen luisteren. De tekst is uit.</source>
        <translation>Just listen. The text is off.</translation>
    </message>
</context>
<context>
    <name>ListenedPage</name>
    <message>
        <location filename="../meetings/end_page.py" line="22"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="26"/>
        <source>Goed geluisterd! Praat met een collega: wat was belangrijk? Wie doet wat?</source>
        <translation>Well listened! Talk with a colleague: what was important? Who does what?</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="30"/>
        <source>Nog een keer luisteren</source>
        <translation>Listen again</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="32"/>
        <source>Naar de vergaderingen</source>
        <translation>To the meetings</translation>
    </message>
</context>
<context>
    <name>MainPointsView</name>
    <message>
        <location filename="../meetings/main_points_view.py" line="25"/>
        <source>Wat waren de hoofdpunten?</source>
        <translation>What were the main points?</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="26"/>
        <source>Kies alles wat klopt. Toetsen 1 tot 9, dan Enter.</source>
        <translation>Choose everything that is right. Keys 1 to 9, then Enter.</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="28"/>
        <source>Controleer</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="70"/>
        <source>Goed!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="70"/>
        <source>Nog niet helemaal</source>
        <translation>Not quite yet</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="71"/>
        <source>{hits} van de {total} hoofdpunten gevonden. Groen zijn de hoofdpunten.</source>
        <translation>{hits} of the {total} main points found. The main points are green.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="56"/>
        <location filename="../main_window.py" line="71"/>
        <source>Vaktaal</source>
        <translation>Vaktaal</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="69"/>
        <source>Even geduld. Vaktaal wordt klaargezet…</source>
        <translation>One moment. Vaktaal is getting ready…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="57"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="58"/>
        <source>Eigen stem opnemen</source>
        <translation>Record your own voice</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="59"/>
        <source>Pakket maken</source>
        <translation>Make a deck</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="60"/>
        <source>Spraakmodel</source>
        <translation>Speech model</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="66"/>
        <source>Pakketten</source>
        <translation>Decks</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="46"/>
        <source>Pakketten bekijken</source>
        <translation>View packs</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../meetings/meeting_editor.py" line="71"/>
        <location filename="../meetings/meeting_editor.py" line="121"/>
        <source>Vergadering maken</source>
        <translation>Make a meeting</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="81"/>
        <source>Opname omzetten…</source>
        <translation>Convert a recording…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="82"/>
        <source>Ondertitels opslaan…</source>
        <translation>Save subtitles…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="83"/>
        <source>Opslaan…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="84"/>
        <source>In het pakket zetten</source>
        <translation>Put in the deck</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="87"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="90"/>
        <source>Omzetten: %p %</source>
        <translation>Converting: %p %</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="142"/>
        <source>Opname kiezen</source>
        <translation>Choose a recording</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="142"/>
        <source>Opnames (*.wav *.mp3)</source>
        <translation>Recordings (*.wav *.mp3)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="161"/>
        <source>{count} zinnen gevonden. Verbeter de tekst en geef de sprekers namen.</source>
        <translation>{count} sentences found. Correct the text and give the speakers names.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="166"/>
        <source>Omzetten niet gelukt</source>
        <translation>Conversion failed</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="170"/>
        <source>Gestopt. Er is niets veranderd.</source>
        <translation>Stopped. Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="186"/>
        <source>Vergadering opslaan</source>
        <translation>Save meeting</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="186"/>
        <source>Vergadering (*.toml)</source>
        <translation>Meeting (*.toml)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="196"/>
        <location filename="../meetings/meeting_editor.py" line="201"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="207"/>
        <source>Opgeslagen in {path}.</source>
        <translation>Saved in {path}.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="216"/>
        <location filename="../meetings/meeting_editor.py" line="221"/>
        <source>Nog niet klaar</source>
        <translation>Not ready yet</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="224"/>
        <source>De vergadering staat in het pakket. Sla het pakket op.</source>
        <translation>The meeting is in the deck. Save the deck.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="231"/>
        <source>Ondertitels opslaan</source>
        <translation>Save subtitles</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="232"/>
        <source>Ondertitels (*.srt *.vtt)</source>
        <translation>Subtitles (*.srt *.vtt)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="242"/>
        <location filename="../meetings/meeting_editor.py" line="247"/>
        <source>Geen ondertitels</source>
        <translation>No subtitles</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="251"/>
        <source>Ondertitels opgeslagen in {path}.</source>
        <translation>Subtitles saved in {path}.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="271"/>
        <source>Het bestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>The file could not be saved. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>MeetingExercises</name>
    <message>
        <location filename="../meetings/exercises.py" line="137"/>
        <source>Oefening {n} van {total}</source>
        <translation>Exercise {n} of {total}</translation>
    </message>
</context>
<context>
    <name>MeetingFlow</name>
    <message>
        <location filename="../meetings/meeting_flow.py" line="131"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>Something went wrong. What you did is saved. Start Vaktaal again.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../meetings/meeting_form.py" line="32"/>
        <source>Waar en wanneer? Bv. dagstart om 8:00</source>
        <translation>Where and when? E.g. daily start at 8:00</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="35"/>
        <source>Trefwoorden (a, b; c)</source>
        <translation>Keywords (a, b; c)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="38"/>
        <location filename="../meetings/meeting_form.py" line="56"/>
        <location filename="../meetings/meeting_form.py" line="64"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="39"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="40"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="41"/>
        <source>Stem</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="43"/>
        <location filename="../meetings/meeting_form.py" line="47"/>
        <source>Spreker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="48"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="49"/>
        <source>Begin (s)</source>
        <translation>Start (s)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="50"/>
        <source>Eind (s)</source>
        <translation>End (s)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="52"/>
        <source>Zin</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="57"/>
        <location filename="../meetings/meeting_form.py" line="60"/>
        <source>Hoofdpunt</source>
        <translation>Main point</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="65"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="66"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="67"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="70"/>
        <source>Actiepunt</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="76"/>
        <source>Sprekers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="77"/>
        <source>Zinnen</source>
        <translation>Sentences</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="78"/>
        <source>Hoofdpunten</source>
        <translation>Main points</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="79"/>
        <source>Actiepunten</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="82"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="83"/>
        <source>Situatie</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="161"/>
        <source>&apos;{value}&apos; is geen tijd. Schrijf seconden, bv. 12.5, of laat het leeg.</source>
        <translation>&apos;{value}&apos; is not a time. Write seconds, e.g. 12.5, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>MeetingListPage</name>
    <message>
        <location filename="../meetings/meeting_list.py" line="52"/>
        <location filename="../meetings/meeting_list.py" line="79"/>
        <source>Vergaderingen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="56"/>
        <source>Er zijn nog geen vergaderingen. Vraag je begeleider.</source>
        <translation>There are no meetings yet. Ask your supervisor.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="58"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="61"/>
        <source>Luisteren</source>
        <translation>Listen</translation>
    </message>
</context>
<context>
    <name>MeetingPlayer</name>
    <message>
        <location filename="../meetings/player.py" line="77"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="78"/>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="79"/>
        <location filename="../meetings/player.py" line="239"/>
        <source>Afspelen</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="84"/>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="85"/>
        <source>Langzamer</source>
        <translation>Slower</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="86"/>
        <source>Sneller</source>
        <translation>Faster</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="87"/>
        <location filename="../meetings/player.py" line="248"/>
        <source>Tekst uit</source>
        <translation>Text off</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="88"/>
        <source>Klaar met luisteren</source>
        <translation>Done listening</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="230"/>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="233"/>
        <source>Zin {n} van {total}</source>
        <translation>Line {n} of {total}</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="239"/>
        <source>Pauze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="247"/>
        <source>Snelheid {speed}</source>
        <translation>Speed {speed}</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="248"/>
        <source>Tekst aan</source>
        <translation>Text on</translation>
    </message>
</context>
<context>
    <name>Microphone</name>
    <message>
        <location filename="../speaking/capture.py" line="40"/>
        <source>Er is geen microfoon gevonden. Sluit een microfoon of headset aan.</source>
        <translation>No microphone was found. Connect a microphone or headset.</translation>
    </message>
    <message>
        <location filename="../speaking/capture.py" line="46"/>
        <source>De microfoon mag niet gebruikt worden. Vraag IT om toestemming te geven.</source>
        <translation>The microphone may not be used. Ask IT to give permission.</translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="54"/>
        <source>Begeleider (coach)</source>
        <translation>Supervisor (coach)</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="59"/>
        <location filename="../profiles/new_learner_dialog.py" line="101"/>
        <source>Nieuw profiel</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="62"/>
        <location filename="../profiles/new_learner_dialog.py" line="117"/>
        <source>Je naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="66"/>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="67"/>
        <source>Pincode nog een keer</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="71"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="72"/>
        <source>Profiel maken</source>
        <translation>Create profile</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="76"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="97"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="118"/>
        <location filename="../profiles/new_learner_dialog.py" line="182"/>
        <source>Jouw taal</source>
        <translation>Your language</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="119"/>
        <source>Kies een plaatje</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="120"/>
        <source>Pincode (hoeft niet)</source>
        <translation>PIN (optional)</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="139"/>
        <source>Nog een keer</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="198"/>
        <source>Typ je naam.</source>
        <translation>Type your name.</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="199"/>
        <source>Een pincode heeft 4 cijfers.</source>
        <translation>A PIN has 4 digits.</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="200"/>
        <source>Typ de pincode nog een keer.</source>
        <translation>Type the PIN once more.</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="201"/>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>NoSoundNote</name>
    <message>
        <location filename="../no_sound_note.py" line="42"/>
        <source>Geen geluid op deze pc</source>
        <translation>No sound on this PC</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <location filename="../profiles/picker_page.py" line="30"/>
        <source>Wie ben jij?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="32"/>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="34"/>
        <source>Profielen</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="36"/>
        <source>Nieuw profiel</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="45"/>
        <source>Hallo</source>
        <translation>Hello</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="67"/>
        <source>Kies je naam.</source>
        <translation>Choose your name.</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="70"/>
        <source>Hier is nog niemand. Maak eerst je profiel.</source>
        <translation>Nobody is here yet. First make your profile.</translation>
    </message>
</context>
<context>
    <name>PictogramPicker</name>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="66"/>
        <source>Pictogram kiezen</source>
        <translation>Choose a pictogram</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="83"/>
        <source>Zoek: een woord in het Nederlands of Engels</source>
        <translation>Search: a word in Dutch or English</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="84"/>
        <source>Zoek een pictogram</source>
        <translation>Search for a pictogram</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="92"/>
        <source>Gevonden pictogrammen</source>
        <translation>Pictograms found</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="101"/>
        <source>Foto: vierkant uit het midden</source>
        <translation>Photo: square from the middle</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="102"/>
        <source>Foto: de hele foto</source>
        <translation>Photo: the whole photo</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="103"/>
        <source>Hoe de foto wordt uitgesneden</source>
        <translation>How the photo is cropped</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="104"/>
        <source>Kiezen</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="105"/>
        <source>Eigen foto…</source>
        <translation>Own photo…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="106"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="74"/>
        <source>Even geduld: de pictogrammen worden geladen…</source>
        <translation>One moment: loading the pictograms…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="139"/>
        <source>De pictogrammen konden niet geladen worden. Kies een foto.</source>
        <translation>The pictograms could not be loaded. Choose a photo.</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="150"/>
        <source>Niets gevonden. Probeer een ander woord.</source>
        <translation>Nothing found. Try another word.</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="173"/>
        <source>Eigen foto kiezen</source>
        <translation>Choose your own photo</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="174"/>
        <source>Foto&apos;s (*.jpg *.jpeg *.png *.webp *.heic *.bmp *.gif *.tif *.tiff)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.heic *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="182"/>
        <source>Even geduld: de foto wordt klaargemaakt…</source>
        <translation>One moment: preparing the photo…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="196"/>
        <source>Eigen foto</source>
        <translation>Own photo</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="198"/>
        <source>Eigen foto ({w} × {h})</source>
        <translation>Own photo ({w} × {h})</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="217"/>
        <source>Deze foto kan niet gelezen worden. Kies een andere foto.</source>
        <translation>This photo cannot be read. Choose another photo.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../profiles/pin_dialog.py" line="43"/>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="51"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="52"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="69"/>
        <source>Hallo {name}</source>
        <translation>Hello {name}</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="70"/>
        <source>Typ je pincode.</source>
        <translation>Type your PIN.</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="119"/>
        <source>Verkeerde pincode. Probeer opnieuw.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="125"/>
        <source>Te vaak fout. Wacht 1 minuut.</source>
        <translation>Wrong too often. Wait 1 minute.</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="133"/>
        <source>{typed} van {total} cijfers getypt</source>
        <translation>{typed} of {total} digits typed</translation>
    </message>
</context>
<context>
    <name>PinPair</name>
    <message>
        <location filename="../staff/learners/form_parts.py" line="130"/>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="131"/>
        <source>Pincode nog een keer</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="136"/>
        <source>Nog een keer</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="144"/>
        <source>Typ een naam.</source>
        <translation>Type a name.</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="145"/>
        <source>Een pincode heeft 4 cijfers.</source>
        <translation>A PIN has 4 digits.</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="146"/>
        <source>Typ de pincode nog een keer.</source>
        <translation>Type the PIN once more.</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="147"/>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="20"/>
        <source>Nieuwe pincode voor {name}</source>
        <translation>New PIN for {name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="21"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="23"/>
        <source>Geen pincode</source>
        <translation>No PIN</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="25"/>
        <source>Nieuwe pincode</source>
        <translation>New PIN</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../practice/practice_page.py" line="129"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="130"/>
        <source>Toets Esc</source>
        <translation>Key Esc</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="207"/>
        <source>{n} van {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="211"/>
        <source>Voortgang: {text}</source>
        <translation>Progress: {text}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../authoring/print_dialog.py" line="70"/>
        <location filename="../authoring/print_dialog.py" line="85"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="77"/>
        <source>Het pakket wordt gelezen...</source>
        <translation>Reading the deck...</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="84"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="86"/>
        <source>Woordkaartjes</source>
        <translation>Word cards</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="86"/>
        <source>Handboek vaktermen</source>
        <translation>Handbook of terms</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="87"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="92"/>
        <source>Groot: 8 op een A4</source>
        <translation>Large: 8 on an A4</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="93"/>
        <source>Klein: 24 op een A4</source>
        <translation>Small: 24 on an A4</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="95"/>
        <source>Formaat</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="96"/>
        <source>Geen vertaling</source>
        <translation>No translation</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="97"/>
        <source>Vertaling</source>
        <translation>Translation</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="98"/>
        <source>Van A tot Z</source>
        <translation>From A to Z</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="98"/>
        <source>Per onderwerp</source>
        <translation>By topic</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="99"/>
        <source>Volgorde</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="103"/>
        <source>&amp;Opslaan als PDF</source>
        <translation>&amp;Save as PDF</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="106"/>
        <source>&amp;Printen</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="107"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="260"/>
        <source>Dit pakket bestaat niet meer.</source>
        <translation>This deck no longer exists.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="182"/>
        <source>Afdrukken: {title}</source>
        <translation>Print: {title}</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="188"/>
        <source>Kies wat je wilt afdrukken.</source>
        <translation>Choose what you want to print.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="205"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="215"/>
        <source>Bezig met de PDF...</source>
        <translation>Making the PDF...</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="229"/>
        <source>Opgeslagen: {file} ({pages} pagina&apos;s)</source>
        <translation>Saved: {file} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="245"/>
        <source>Naar de printer gestuurd ({pages} pagina&apos;s).</source>
        <translation>Sent to the printer ({pages} pages).</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="264"/>
        <source>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="266"/>
        <source>Hier mag Vaktaal niet opslaan. Kies een andere map.</source>
        <translation>Vaktaal may not save here. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="267"/>
        <source>Afdrukken lukte niet. Probeer het opnieuw of vraag IT.</source>
        <translation>Printing did not work. Try again or ask IT.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../home/progress_page.py" line="40"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="54"/>
        <source>Grafiek</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="58"/>
        <source>Jouw voortgang</source>
        <translation>Your progress</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="82"/>
        <source>Boom</source>
        <translation>Tree</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="94"/>
        <source>Woorden geleerd</source>
        <translation>Words learned</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="97"/>
        <source>Antwoorden per dag</source>
        <translation>Answers per day</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="135"/>
        <source>Je hebt nog geen pakketten.</source>
        <translation>You have no packs yet.</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="138"/>
        <source>{learned} van {total} woorden geleerd</source>
        <translation>{learned} of {total} words learned</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="150"/>
        <source>Vergaderingen geoefend: {n}</source>
        <translation>Meetings practised: {n}</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="162"/>
        <source>Woorden</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="163"/>
        <source>Woorden van {deck}</source>
        <translation>Words of {deck}</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="172"/>
        <source>Je hebt de laatste {days} dagen nog niet geoefend.</source>
        <translation>You have not practised in the last {days} days.</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="178"/>
        <source>Geoefend op {practised} van de {days} dagen. Antwoorden: {total}.
Vandaag: {today} (de groene balk).</source>
        <translation>Practised on {practised} of the {days} days. Answers: {total}.
Today: {today} (the green bar).</translation>
    </message>
</context>
<context>
    <name>RecallView</name>
    <message>
        <location filename="../practice/recall_view.py" line="49"/>
        <source>Nieuw woord</source>
        <translation>New word</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="52"/>
        <source>Laat zien</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="69"/>
        <source>Nog eens</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="70"/>
        <source>Moeilijk</source>
        <translation>Hard</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="71"/>
        <source>Goed</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="72"/>
        <source>Makkelijk</source>
        <translation>Easy</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="79"/>
        <source>Toets {key}</source>
        <translation>Key {key}</translation>
    </message>
</context>
<context>
    <name>RecordingBadge</name>
    <message>
        <location filename="../meetings/player_parts.py" line="128"/>
        <source>Echte opname</source>
        <translation>Real recording</translation>
    </message>
</context>
<context>
    <name>RecordingFlow</name>
    <message>
        <location filename="../recording/recording_flow.py" line="39"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>Something went wrong. What you did is saved. Start Vaktaal again.</translation>
    </message>
    <message>
        <location filename="../recording/recording_flow.py" line="69"/>
        <source>Dat lukte niet. Er is niets veranderd. Probeer het nog eens.</source>
        <translation>That did not work. Nothing has changed. Please try again.</translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <location filename="../recording/recording_page.py" line="67"/>
        <source>Eigen stem opnemen</source>
        <translation>Record your own voice</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="71"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="72"/>
        <source>Spatie = opnemen · L = luister · B = bewaren</source>
        <translation>Space = record · L = listen · S = save</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="105"/>
        <source>Ik hoor je…</source>
        <translation>I can hear you…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="110"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="110"/>
        <source>B</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="128"/>
        <source>Bewaard. Leerlingen horen nu jouw stem.</source>
        <translation>Saved. Learners now hear your voice.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="131"/>
        <source>Verwijderd. Leerlingen horen weer de gewone stem.</source>
        <translation>Deleted. Learners hear the usual voice again.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="160"/>
        <source>Zeg het woord.</source>
        <translation>Say the word.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="173"/>
        <source>Er is geen luidspreker. Sluit er een aan.</source>
        <translation>There is no loudspeaker. Connect one.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="177"/>
        <source>Er is nu geen geluid.</source>
        <translation>There is no sound right now.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="187"/>
        <source>Even bewaren…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="201"/>
        <source>Druk nog een keer om de opname te verwijderen.</source>
        <translation>Press again to delete the recording.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="205"/>
        <source>Even verwijderen…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="227"/>
        <source>Even luisteren…</source>
        <translation>Listening…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="231"/>
        <source>Goed. Luister, of bewaar de opname.</source>
        <translation>Good. Listen, or save the recording.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../staff/report_dialog.py" line="61"/>
        <location filename="../staff/report_dialog.py" line="79"/>
        <source>Rapport maken</source>
        <translation>Make a report</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="71"/>
        <source>De namen worden gelezen...</source>
        <translation>Reading the names...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="78"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="80"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="81"/>
        <source>Alle leerlingen</source>
        <translation>All learners</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="83"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="84"/>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="85"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="86"/>
        <source>PDF (om te printen)</source>
        <translation>PDF (for printing)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="86"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="87"/>
        <source>CSV (tekst voor Excel)</source>
        <translation>CSV (text for Excel)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="91"/>
        <source>&amp;Opslaan...</source>
        <translation>&amp;Save...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="94"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="148"/>
        <source>Kies wie, welke periode en welk bestand.</source>
        <translation>Choose who, which period and which file.</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="167"/>
        <source>Rapport opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="178"/>
        <source>Bezig met de cijfers...</source>
        <translation>Working on the figures...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="191"/>
        <source>Bezig met het rapport...</source>
        <translation>Working on the report...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="199"/>
        <source>Opgeslagen: {file} ({pages} pagina&apos;s)</source>
        <translation>Saved: {file} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="201"/>
        <source>Opgeslagen: {file}</source>
        <translation>Saved: {file}</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="213"/>
        <source>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="215"/>
        <source>Hier mag Vaktaal niet opslaan. Kies een andere map.</source>
        <translation>Vaktaal may not save here. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="216"/>
        <source>Het rapport lukte niet. Probeer het opnieuw of vraag IT.</source>
        <translation>The report did not work. Try again or ask IT.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../restore_dialog.py" line="57"/>
        <location filename="../restore_dialog.py" line="62"/>
        <source>De gegevens zijn kapot</source>
        <translation>The data are damaged</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="61"/>
        <source>Kapot</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="66"/>
        <source>Niet nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="66"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="78"/>
        <source>Terugzetten van {date}</source>
        <translation>Restore from {date}</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="84"/>
        <location filename="../restore_dialog.py" line="89"/>
        <source>Vaktaal kan de gegevens niet lezen.</source>
        <translation>Vaktaal cannot read the data.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="85"/>
        <source>Er is geen reservekopie. Vraag hulp aan IT.</source>
        <translation>There is no backup. Ask IT for help.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="86"/>
        <source>Voor IT: vaktaal db restore</source>
        <translation>For IT: vaktaal db restore</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="90"/>
        <source>Er is een reservekopie van {date}.</source>
        <translation>There is a backup from {date}.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="91"/>
        <source>Wat na die tijd is geoefend, is weg.</source>
        <translation>Practice done after that time will be lost.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="118"/>
        <location filename="../restore_dialog.py" line="122"/>
        <source>Bezig met terugzetten…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="136"/>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="137"/>
        <source>Terugzetten lukte niet. Vraag hulp aan IT.</source>
        <translation>Restoring did not work. Ask IT for help.</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../meetings/meeting_tables.py" line="58"/>
        <source>− Weghalen</source>
        <translation>− Remove</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <location filename="../practice/server_banner.py" line="26"/>
        <source>Geen verbinding</source>
        <translation>No connection</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="27"/>
        <source>De verbinding met de server is weg.</source>
        <translation>The connection to the server is lost.</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="29"/>
        <source>Je kunt verder oefenen; je antwoorden worden bewaard.</source>
        <translation>You can keep practising; your answers are saved.</translation>
    </message>
</context>
<context>
    <name>ServerWaitPage</name>
    <message>
        <location filename="../practice/server_banner.py" line="55"/>
        <source>Wachten</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="56"/>
        <source>Even wachten op de server…</source>
        <translation>Waiting for the server…</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="58"/>
        <source>Je antwoorden zijn bewaard. Het gaat zo vanzelf verder.</source>
        <translation>Your answers are saved. It will go on by itself soon.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="29"/>
        <source>Voorbeeld van het bestand</source>
        <translation>Preview of the file</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="44"/>
        <source>Is:</source>
        <translation>Is:</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="59"/>
        <source>Kolom {name} is</source>
        <translation>Column {name} is</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="60"/>
        <source>(niet gebruiken)</source>
        <translation>(do not use)</translation>
    </message>
</context>
<context>
    <name>SoundToggle</name>
    <message>
        <location filename="../home/sound_toggle.py" line="36"/>
        <source>Woorden klinken vanzelf: aan</source>
        <translation>Words play by themselves: on</translation>
    </message>
    <message>
        <location filename="../home/sound_toggle.py" line="38"/>
        <source>Woorden klinken vanzelf: uit</source>
        <translation>Words play by themselves: off</translation>
    </message>
</context>
<context>
    <name>SpeakPanel</name>
    <message>
        <location filename="../speaking/speak_panel.py" line="36"/>
        <source>Zeg het woord.</source>
        <translation>Say the word.</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="38"/>
        <location filename="../speaking/speak_panel.py" line="102"/>
        <source>Spreek</source>
        <translation>Speak</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="41"/>
        <source>Klik of druk op spatie. Of houd spatie vast.</source>
        <translation>Click or press space. Or hold space down.</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="43"/>
        <source>Luister naar jezelf</source>
        <translation>Listen to yourself</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="45"/>
        <source>Klik of druk op spatie. Zeg dan het woord.</source>
        <translation>Click or press space. Then say the word.</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="50"/>
        <source>Sla over</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="99"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="101"/>
        <source>Nog een keer</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="107"/>
        <source>Ik luister…</source>
        <translation>I am listening…</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="108"/>
        <source>Even luisteren…</source>
        <translation>Listening…</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="118"/>
        <source>Ik hoor je…</source>
        <translation>I can hear you…</translation>
    </message>
</context>
<context>
    <name>SpeakingView</name>
    <message>
        <location filename="../speaking/speaking_view.py" line="122"/>
        <source>Plaatje</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../speaking/speaking_view.py" line="270"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>That did not work. Please try again.</translation>
    </message>
</context>
<context>
    <name>SpeechModelPanel</name>
    <message>
        <location filename="../speaking/model_panel.py" line="34"/>
        <source>De andere oefeningen werken gewoon.</source>
        <translation>The other exercises work as usual.</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="35"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="88"/>
        <source>Spraakherkenning wordt geladen…</source>
        <translation>Speech recognition is loading…</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="88"/>
        <location filename="../speaking/model_panel.py" line="103"/>
        <source>Een ogenblik</source>
        <translation>One moment</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="91"/>
        <source>Spraakherkenning is klaar</source>
        <translation>Speech recognition is ready</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="92"/>
        <source>Je kunt de woorden nu hardop oefenen.</source>
        <translation>You can now practise the words out loud.</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="95"/>
        <source>Spreken kan nog niet op deze pc</source>
        <translation>Speaking is not possible on this PC yet</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="96"/>
        <source>Je begeleider kan dit regelen.</source>
        <translation>Your coach can arrange this.</translation>
    </message>
</context>
<context>
    <name>SpeechModelStaffPanel</name>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="41"/>
        <source>Spraakmodel (voor de begeleider of IT)</source>
        <translation>Speech model (for the coach or IT)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="45"/>
        <source>Vaktaal heeft dit Nederlandse spraakmodel nodig:</source>
        <translation>Vaktaal needs this Dutch speech model:</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="50"/>
        <source>Kies het zip-bestand</source>
        <translation>Choose the zip file</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="53"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="105"/>
        <source>Bezig met installeren… {p}%</source>
        <translation>Installing… {p}%</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="116"/>
        <source>Kies het spraakmodel (zip)</source>
        <translation>Choose the speech model (zip)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="116"/>
        <source>Zip-bestanden (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="123"/>
        <source>Het spraakmodel wordt geladen…</source>
        <translation>The speech model is loading…</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="124"/>
        <source>Het spraakmodel werkt.</source>
        <translation>The speech model works.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="125"/>
        <source>Er is nog geen spraakmodel.</source>
        <translation>There is no speech model yet.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="126"/>
        <source>Het spraakmodel werkt niet.</source>
        <translation>The speech model does not work.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="127"/>
        <source>Dit spraakmodel is niet Nederlands.</source>
        <translation>This speech model is not Dutch.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="135"/>
        <source>1. Vraag IT om het zip-bestand ({size}), of download het van {site}.</source>
        <translation>1. Ask IT for the zip file ({size}), or download it from {site}.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="137"/>
        <source>2. Kies het zip-bestand hier, of gebruik deze opdracht:</source>
        <translation>2. Choose the zip file here, or use this command:</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFiles</name>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="36"/>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="44"/>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="57"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="66"/>
        <source>Het bestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>The file could not be saved. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="62"/>
        <location filename="../authoring/spreadsheet_dialog.py" line="97"/>
        <source>Termen uit Excel of CSV</source>
        <translation>Terms from Excel or CSV</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="65"/>
        <source>Kies een bestand (CSV of Excel).</source>
        <translation>Choose a file (CSV or Excel).</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="71"/>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>&amp;Bestand kiezen</source>
        <translation>Choose &amp;file</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="77"/>
        <source>Pakket</source>
        <translation>Deck</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="79"/>
        <source>Nieuw pakket</source>
        <translation>New deck</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="139"/>
        <source>Bijwerken: {title}</source>
        <translation>Update: {title}</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="81"/>
        <location filename="../authoring/spreadsheet_dialog.py" line="82"/>
        <source>Naam van het nieuwe pakket</source>
        <translation>Name of the new deck</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="93"/>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="87"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="89"/>
        <source>Zo wordt het</source>
        <translation>How it will look</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="90"/>
        <source>Kolommen in het bestand</source>
        <translation>Columns in the file</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="105"/>
        <source>Pakket:</source>
        <translation>Deck:</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="145"/>
        <source>De pakketten in Vaktaal konden niet gelezen worden. Alleen een nieuw pakket kan.</source>
        <translation>The decks in Vaktaal could not be read. Only a new deck is possible.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="153"/>
        <source>Kies een bestand</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="163"/>
        <source>Bezig met lezen…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="199"/>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="221"/>
        <source>Alles is goed. Aantal termen: {n}.</source>
        <translation>All good. Number of terms: {n}.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="223"/>
        <source>Klaar om te importeren: {n} termen. Lees wat bij &apos;Let op&apos; staat.</source>
        <translation>Ready to import: {n} terms. Read what it says under &apos;Note&apos;.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="226"/>
        <source>Aantal problemen: {n}. Verbeter het bestand.</source>
        <translation>Number of problems: {n}. Fix the file.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="234"/>
        <source>Let op: {text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="241"/>
        <source>Er ging iets mis. Er is niets veranderd. Probeer het opnieuw.</source>
        <translation>Something went wrong. Nothing was changed. Please try again.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="244"/>
        <source>Zo kan het niet. Kijk bij de problemen.</source>
        <translation>This does not work yet. See the problems.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="246"/>
        <source>Dit bestand kan niet gebruikt worden.</source>
        <translation>This file cannot be used.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="23"/>
        <source>Begeleider toevoegen</source>
        <translation>Add supervisor</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="23"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="24"/>
        <location filename="../staff/learners/staff_dialog.py" line="40"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="27"/>
        <source>Taalbuddy</source>
        <translation>Language buddy</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="28"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="41"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="42"/>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <location filename="../staff/staff_home.py" line="34"/>
        <source>Samen oefenen</source>
        <translation>Practise together</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="35"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="36"/>
        <source>Rapport maken</source>
        <translation>Make a report</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="37"/>
        <source>Pakketten</source>
        <translation>Decks</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="38"/>
        <source>Leerlingen beheren</source>
        <translation>Manage learners</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="39"/>
        <source>Begeleiders</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="40"/>
        <source>Afmelden</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="60"/>
        <source>Welkom, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="62"/>
        <source>Je bent coach.</source>
        <translation>You are a coach.</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="62"/>
        <source>Je bent taalbuddy.</source>
        <translation>You are a language buddy.</translation>
    </message>
</context>
<context>
    <name>StaffLoginDialog</name>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="23"/>
        <location filename="../profiles/staff_login_dialog.py" line="47"/>
        <source>Begeleider</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="28"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="38"/>
        <source>Alleen voor begeleiders. Kies je naam.</source>
        <translation>Only for supervisors. Choose your name.</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="39"/>
        <source>Alleen voor begeleiders. Er is nog geen begeleider.</source>
        <translation>Only for supervisors. There is no supervisor yet.</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="43"/>
        <source>Slot</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../staff/learners/staff_page.py" line="27"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="29"/>
        <source>Begeleider toevoegen</source>
        <translation>Add supervisor</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="32"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="43"/>
        <source>Begeleiders</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="75"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="75"/>
        <source>Taalbuddy</source>
        <translation>Language buddy</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="78"/>
        <source>Dit ben jij. Jezelf verwijderen kan niet.</source>
        <translation>This is you. You cannot remove yourself.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="80"/>
        <source>De enige coach. Die blijft.</source>
        <translation>The only coach. This one stays.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="83"/>
        <source>Pincode wijzigen</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="84"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>StaffProfilesFlow</name>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="55"/>
        <source>{name} is toegevoegd.</source>
        <translation>{name} was added.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="65"/>
        <source>{name} heeft een nieuwe pincode.</source>
        <translation>{name} has a new PIN.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="71"/>
        <source>het profiel van {name}</source>
        <translation>{name}&apos;s profile</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="76"/>
        <source>{name} is verwijderd.</source>
        <translation>{name} was removed.</translation>
    </message>
</context>
<context>
    <name>StaffRow</name>
    <message>
        <location filename="../profiles/staff_row.py" line="39"/>
        <source>Begeleiders</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <location filename="../profiles/staff_row.py" line="78"/>
        <source>{name}, begeleider</source>
        <translation>{name}, supervisor</translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="58"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="59"/>
        <source>Laatst
geoefend</source>
        <translation>Last
practised</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="60"/>
        <source>Dagen
op rij</source>
        <translation>Days
in a row</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="61"/>
        <source>Geleerd</source>
        <translation>Learned</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="62"/>
        <source>Te
herhalen</source>
        <translation>To
review</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="63"/>
        <source>Onthouden</source>
        <translation>Remembered</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="64"/>
        <source>Moet je
weten</source>
        <translation>Must
know</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="65"/>
        <source>Met
buddy</source>
        <translation>With
buddy</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="66"/>
        <source>Spreken
eens</source>
        <translation>Speaking
agreed</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="71"/>
        <source>Dagen achter elkaar geoefend, tot vandaag</source>
        <translation>Days practised in a row, up to today</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="72"/>
        <source>Woorden geleerd: op 2 dagen goed, laatste antwoord goed</source>
        <translation>Words learned: right on 2 days, last answer right</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="73"/>
        <source>Kaarten die nu herhaald moeten worden</source>
        <translation>Cards that are due for review now</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="74"/>
        <source>Laatste 30 dagen: deel goede antwoorden (zonder eerste keer)</source>
        <translation>Last 30 days: share of right answers (not counting the first time)</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="77"/>
        <source>Veiligheidswoorden die de leerling kent, van alle</source>
        <translation>Safety words the learner knows, out of all</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="78"/>
        <source>Sessies met een taalbuddy deze maand</source>
        <translation>Sessions with a language buddy this month</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="79"/>
        <source>Hoe vaak computer en buddy het eens waren over spreken</source>
        <translation>How often the computer and the buddy agreed on speaking</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="198"/>
        <source>{learned} van {terms} geleerd</source>
        <translation>{learned} of {terms} learned</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="202"/>
        <source>{due} te herhalen</source>
        <translation>{due} to review</translation>
    </message>
</context>
<context>
    <name>Subtitles</name>
    <message>
        <location filename="../meetings/player_parts.py" line="74"/>
        <source>Tekst van de vergadering</source>
        <translation>Text of the meeting</translation>
    </message>
</context>
<context>
    <name>SummaryFeedback</name>
    <message>
        <location filename="../meetings/summary_feedback.py" line="64"/>
        <source>Hoofdpunten</source>
        <translation>Main points</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="64"/>
        <source>Taken</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="131"/>
        <source>Verbeter je tekst</source>
        <translation>Improve your text</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="133"/>
        <source>Ga terug en voeg punten toe</source>
        <translation>Go back and add points</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../practice/summary_page.py" line="51"/>
        <source>Feest</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="52"/>
        <source>Klaar!</source>
        <translation>Done!</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="56"/>
        <source>Goed</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="60"/>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="61"/>
        <source>Deze woorden oefen je nog een keer:</source>
        <translation>You will practise these words again:</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="64"/>
        <source>Alles goed. Knap gedaan!</source>
        <translation>All right. Well done!</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="66"/>
        <source>Nog een keer oefenen</source>
        <translation>Practise again</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="68"/>
        <source>Naar start</source>
        <translation>To start</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="110"/>
        <source>Woorden om te herhalen</source>
        <translation>Words to repeat</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="126"/>
        <source>Je hebt 1 woord geoefend.</source>
        <translation>You practised 1 word.</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="128"/>
        <source>Je hebt {n} woorden geoefend.</source>
        <translation>You practised {n} words.</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="129"/>
        <source>{m} goed</source>
        <translation>{m} right</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="149"/>
        <source>{saved} van {n} antwoorden bewaard</source>
        <translation>{saved} of {n} answers saved</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="151"/>
        <source>1 antwoord bewaard</source>
        <translation>1 answer saved</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="153"/>
        <source>{n} antwoorden bewaard</source>
        <translation>{n} answers saved</translation>
    </message>
</context>
<context>
    <name>SummarySpeech</name>
    <message>
        <location filename="../meetings/summary_speech.py" line="32"/>
        <source>De spraakherkenning voor Nederlands is er nog niet.</source>
        <translation>Speech recognition for Dutch is not there yet.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../meetings/summary_view.py" line="75"/>
        <source>Vat de vergadering samen</source>
        <translation>Summarise the meeting</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="76"/>
        <source>Schrijf of zeg: wat zijn de hoofdpunten, wie doet wat?</source>
        <translation>Write or say: what are the main points, who does what?</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="89"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="90"/>
        <source>Typ hier je samenvatting.</source>
        <translation>Type your summary here.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="93"/>
        <location filename="../meetings/summary_view.py" line="150"/>
        <source>Zeg het</source>
        <translation>Say it</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="94"/>
        <source>Ctrl+R: begin of stop met praten</source>
        <translation>Ctrl+R: start or stop talking</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="98"/>
        <source>Controleer</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="100"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="147"/>
        <source>Ik luister. Klik op Stop als je klaar bent.</source>
        <translation>I am listening. Click Stop when you are done.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="150"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="161"/>
        <source>Ik schrijf op wat je zei...</source>
        <translation>I am writing down what you said...</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="169"/>
        <source>Ik heb niets verstaan. Probeer het nog eens.</source>
        <translation>I did not understand anything. Try again.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="173"/>
        <source>Kijk of de tekst klopt. Verbeter hem als dat nodig is.</source>
        <translation>Check whether the text is right. Correct it if needed.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="180"/>
        <source>Dat lukte niet: {reason} Typ je samenvatting.</source>
        <translation>That did not work: {reason} Type your summary.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="239"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>That did not work. Please try again.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="218"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>TakePanel</name>
    <message>
        <location filename="../recording/take_panel.py" line="44"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="47"/>
        <location filename="../recording/take_panel.py" line="119"/>
        <source>Opnemen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="49"/>
        <source>Spatie</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="50"/>
        <source>Luister</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="51"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="52"/>
        <location filename="../recording/take_panel.py" line="99"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="83"/>
        <source>Plaatje</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="99"/>
        <source>Echt verwijderen?</source>
        <translation>Really delete?</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="109"/>
        <source>Dit pakket heeft geen woorden.</source>
        <translation>This deck has no words.</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="111"/>
        <source>Dit woord heeft een eigen opname.</source>
        <translation>This word has its own recording.</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="113"/>
        <source>Nog geen eigen opname.</source>
        <translation>No own recording yet.</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="118"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="119"/>
        <source>Nog een keer</source>
        <translation>Once more</translation>
    </message>
</context>
<context>
    <name>TakeRecorder</name>
    <message>
        <location filename="../recording/take_recorder.py" line="108"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>That did not work. Please try again.</translation>
    </message>
</context>
<context>
    <name>TermCard</name>
    <message>
        <location filename="../practice/term_card.py" line="94"/>
        <source>Luister</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="96"/>
        <location filename="../practice/term_card.py" line="97"/>
        <source>Let op: veiligheid</source>
        <translation>Watch out: safety</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="113"/>
        <source>Luister naar de uitleg</source>
        <translation>Listen to the explanation</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="118"/>
        <source>Luister naar de zin</source>
        <translation>Listen to the sentence</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="165"/>
        <source>Welk woord is dit?</source>
        <translation>Which word is this?</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="171"/>
        <source>Plaatje</source>
        <translation>Picture</translation>
    </message>
</context>
<context>
    <name>TermForm</name>
    <message>
        <location filename="../authoring/term_form.py" line="26"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="35"/>
        <source>Pictogram kiezen…</source>
        <translation>Choose pictogram…</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="37"/>
        <source>Vertalingen</source>
        <translation>Translations</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="48"/>
        <source>Woord</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="48"/>
        <source>bijvoorbeeld: heftruck</source>
        <translation>for example: heftruck</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="49"/>
        <source>Soort woord</source>
        <translation>Word class</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="51"/>
        <source>Lidwoord</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="51"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="53"/>
        <source>Meervoud</source>
        <translation>Plural</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="53"/>
        <source>- : geen meervoud</source>
        <translation>- : no plural</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="54"/>
        <source>Uitleg (eenvoudig Nederlands)</source>
        <translation>Explanation (plain Dutch)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="55"/>
        <source>Voorbeeldzin</source>
        <translation>Example sentence</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="56"/>
        <location filename="../authoring/term_form.py" line="102"/>
        <source>Pictogram</source>
        <translation>Pictogram</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="57"/>
        <source>Hoofdstuk</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="58"/>
        <source>Labels</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="58"/>
        <source>met komma&apos;s ertussen</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="59"/>
        <source>Belangrijk voor veiligheid</source>
        <translation>Important for safety</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="60"/>
        <source>Geluid (bestand in het pakket)</source>
        <translation>Sound (file in the deck)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="61"/>
        <source>Id (vast, voor de voortgang)</source>
        <translation>Id (fixed, keeps progress)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="86"/>
        <source>{language}, nog niet gecontroleerd</source>
        <translation>{language}, not checked yet</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="99"/>
        <source>Nieuwe term</source>
        <translation>New term</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="110"/>
        <source>zelfstandig naamwoord</source>
        <translation>noun</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="111"/>
        <source>werkwoord</source>
        <translation>verb</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="112"/>
        <source>bijvoeglijk naamwoord</source>
        <translation>adjective</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="113"/>
        <source>bijwoord</source>
        <translation>adverb</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="114"/>
        <source>uitdrukking</source>
        <translation>phrase</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="115"/>
        <source>afkorting</source>
        <translation>abbreviation</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="116"/>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="117"/>
        <source>open (nog niet bekend)</source>
        <translation>open (not known yet)</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <location filename="../authoring/term_list.py" line="26"/>
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="27"/>
        <source>Zoek een term</source>
        <translation>Search for a term</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="30"/>
        <source>Welke termen</source>
        <translation>Which terms</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="32"/>
        <source>Termen</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="56"/>
        <source>Alle termen</source>
        <translation>All terms</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="57"/>
        <source>Alleen met problemen</source>
        <translation>Only with problems</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="59"/>
        <source>Hoofdstuk: {name}</source>
        <translation>Chapter: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="85"/>
        <source>(nieuwe term)</source>
        <translation>(new term)</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="93"/>
        <source>Deze term heeft nog een probleem.</source>
        <translation>This term still has a problem.</translation>
    </message>
</context>
<context>
    <name>TermVoiceList</name>
    <message>
        <location filename="../recording/term_list.py" line="44"/>
        <source>Woorden</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../recording/term_list.py" line="69"/>
        <source>eigen opname</source>
        <translation>own recording</translation>
    </message>
    <message>
        <location filename="../recording/term_list.py" line="69"/>
        <source>geen eigen opname</source>
        <translation>no own recording</translation>
    </message>
</context>
<context>
    <name>TextSizeButtons</name>
    <message>
        <location filename="../home/text_size_buttons.py" line="22"/>
        <source>Tekst normaal</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="23"/>
        <source>Tekst groot</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="24"/>
        <source>Tekst extra groot</source>
        <translation>Extra large text</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="30"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="37"/>
        <source>A</source>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../home/today_panel.py" line="21"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="23"/>
        <source>Doel vandaag</source>
        <translation>Today&apos;s goal</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="38"/>
        <source>{done} van {goal} vandaag</source>
        <translation>{done} of {goal} today</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="40"/>
        <source>{done} van {goal} vandaag. Doel gehaald!</source>
        <translation>{done} of {goal} today. Goal reached!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="49"/>
        <source>Plantje</source>
        <translation>Seedling</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="50"/>
        <source>Oefen vandaag. Dan heb je 1 dag op rij!</source>
        <translation>Practise today. Then you have 1 day in a row!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="52"/>
        <location filename="../home/today_panel.py" line="55"/>
        <source>Vuur</source>
        <translation>Fire</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="53"/>
        <source>1 dag op rij. Goed bezig!</source>
        <translation>1 day in a row. Good going!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="56"/>
        <source>{n} dagen op rij</source>
        <translation>{n} days in a row</translation>
    </message>
</context>
<context>
    <name>TranscribeTask</name>
    <message>
        <location filename="../meetings/transcribe_task.py" line="89"/>
        <source>Het omzetten is niet gelukt. Probeer een andere opname.</source>
        <translation>The conversion failed. Try another recording.</translation>
    </message>
</context>
<context>
    <name>TypingView</name>
    <message>
        <location filename="../practice/typing_view.py" line="67"/>
        <source>Luister</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="68"/>
        <source>Typ het woord.</source>
        <translation>Type the word.</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="71"/>
        <source>Typ hier het woord</source>
        <translation>Type the word here</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="72"/>
        <source>Typ hier…</source>
        <translation>Type here…</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="76"/>
        <source>Controleer</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="78"/>
        <source>Weet ik niet</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="82"/>
        <source>Wat je typte</source>
        <translation>What you typed</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="118"/>
        <source>Plaatje</source>
        <translation>Picture</translation>
    </message>
</context>
<context>
    <name>UnknownWordsView</name>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="20"/>
        <source>Welke woorden kende je niet?</source>
        <translation>Which words did you not know?</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="22"/>
        <source>Tik erop. Je oefent ze later. Geen? Kies dan meteen Klaar.</source>
        <translation>Tap them. You will practise them later. None? Then choose Done.</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="25"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="63"/>
        <source>Naar je oefenlijst: {n}</source>
        <translation>To your practice list: {n}</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="65"/>
        <source>Je kende alle woorden. Goed!</source>
        <translation>You knew all the words. Well done!</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../upgrade_dialog.py" line="24"/>
        <source>Database bijwerken</source>
        <translation>Update the database</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="27"/>
        <source>Bijwerken</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="28"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="37"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="125"/>
        <location filename="../upgrade_dialog.py" line="40"/>
        <source>Vaktaal moet de database bijwerken.</source>
        <translation>Vaktaal must update the database.</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="41"/>
        <source>Maak eerst een backup:</source>
        <translation>First make a backup:</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="43"/>
        <source>Ben je niet de coach? Kies Stoppen.</source>
        <translation>Are you not the coach? Choose Stop.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../speaking/verdict_panel.py" line="62"/>
        <source>Luister naar het woord</source>
        <translation>Listen to the word</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="66"/>
        <source>Verder</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="102"/>
        <source>Buddy:</source>
        <translation>Buddy:</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="105"/>
        <source>bijna</source>
        <translation>almost</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="108"/>
        <source>Buddy: {verdict}</source>
        <translation>Buddy: {verdict}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="136"/>
        <source>Ik hoorde: {word}</source>
        <translation>I heard: {word}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="138"/>
        <source>Ik hoorde geen duidelijk woord.</source>
        <translation>I did not hear a clear word.</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="140"/>
        <source>Het woord is: {word}</source>
        <translation>The word is: {word}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="145"/>
        <source>De computer zei: {word}. Druk op B om dat terug te zetten.</source>
        <translation>The computer said: {word}. Press B to put that back.</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="149"/>
        <source>Buddy: druk op B als dit oordeel niet klopt.</source>
        <translation>Buddy: press B if this verdict is wrong.</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="158"/>
        <source>Buddy: bijna goed</source>
        <translation>Buddy: almost right</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="159"/>
        <source>Buddy: goed</source>
        <translation>Buddy: right</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="159"/>
        <source>Buddy: nog eens</source>
        <translation>Buddy: once more</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="161"/>
        <source>Goed!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="163"/>
        <source>Bijna goed</source>
        <translation>Almost right</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="164"/>
        <source>Nog eens</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="105"/>
        <location filename="../speaking/verdict_panel.py" line="174"/>
        <source>goed</source>
        <translation>right</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="175"/>
        <source>bijna goed</source>
        <translation>almost right</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="106"/>
        <location filename="../speaking/verdict_panel.py" line="175"/>
        <source>nog eens</source>
        <translation>once more</translation>
    </message>
</context>
<context>
    <name>WordListPage</name>
    <message>
        <location filename="../home/word_list_page.py" line="34"/>
        <source>Geleerd: je wist het woord goed op {days} verschillende dagen.</source>
        <translation>Learned: you knew the word on {days} different days.</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="57"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="79"/>
        <source>Boom</source>
        <translation>Tree</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="81"/>
        <source>Fout? Dan ga je het woord weer oefenen.</source>
        <translation>Wrong? Then you practise the word again.</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="115"/>
        <source>Woorden: {deck}</source>
        <translation>Words: {deck}</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="125"/>
        <source>{n} geleerd</source>
        <translation>{n} learned</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="126"/>
        <source>{n} bezig</source>
        <translation>{n} learning</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="127"/>
        <source>{n} nieuw</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="150"/>
        <source>Dit pakket heeft geen woorden.</source>
        <translation>This deck has no words.</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="154"/>
        <source>Geleerd ({n})</source>
        <translation>Learned ({n})</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="155"/>
        <source>Bezig met leren ({n})</source>
        <translation>Learning ({n})</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="156"/>
        <source>Nieuw ({n})</source>
        <translation>New ({n})</translation>
    </message>
</context>
<context>
    <name>WordRow</name>
    <message>
        <location filename="../home/word_row.py" line="70"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="71"/>
        <source>Bezig met leren</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="72"/>
        <source>Geleerd</source>
        <translation>Learned</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="78"/>
        <source>Moet je kennen: klaar!</source>
        <translation>Must know: done!</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="79"/>
        <source>Moet je kennen</source>
        <translation>Must know</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="99"/>
        <source>Luister</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="100"/>
        <source>Luister (spatie)</source>
        <translation>Listen (space)</translation>
    </message>
</context>
<context>
    <name>avatars</name>
    <message>
        <location filename="../profiles/avatars.py" line="22"/>
        <source>Gezicht</source>
        <translation>Face</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="23"/>
        <source>Kat</source>
        <translation>Cat</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="24"/>
        <source>Leeuw</source>
        <translation>Lion</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="25"/>
        <source>Vlinder</source>
        <translation>Butterfly</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="26"/>
        <source>Tulp</source>
        <translation>Tulip</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="27"/>
        <source>Boom</source>
        <translation>Tree</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="28"/>
        <source>Fiets</source>
        <translation>Bicycle</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="29"/>
        <source>Voetbal</source>
        <translation>Football</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../crash.py" line="51"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../crash.py" line="52"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard.
Meld dit bij IT.</source>
        <translation>Something went wrong. What you already did is saved.
Report this to IT.</translation>
    </message>
</context>
</TS>
