<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti_ET">
<context>
    <name>ActionItemsView</name>
    <message>
        <location filename="../meetings/action_items_view.py" line="36"/>
        <source>Wie doet wat, en wanneer?</source>
        <translation>መን እንታይ ይገብር፣ መዓስ?</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="73"/>
        <source>Taak {n} van {total}</source>
        <translation>ዕማም {n} ካብ {total}</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="77"/>
        <source>Wie doet dit?</source>
        <translation>እዚ መን ይገብሮ?</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="116"/>
        <source>Wie: {who}</source>
        <translation>መን: {who}</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="118"/>
        <source>Wanneer moet het klaar zijn?</source>
        <translation>መዓስ ክውዳእ ኣለዎ?</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="132"/>
        <source>{who} doet dit. Klaar: {when}.</source>
        <translation>እዚ ዕማም ናይ {who} እዩ። ክሳብ: {when}።</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="134"/>
        <source>Goed!</source>
        <translation>ቅኑዕ!</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="139"/>
        <source>De persoon klopt, de tijd niet</source>
        <translation>እቲ ሰብ ቅኑዕ፣ እቲ ግዜ ግን ኣይኮነን</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="141"/>
        <source>De tijd klopt, de persoon niet</source>
        <translation>እቲ ግዜ ቅኑዕ፣ እቲ ሰብ ግን ኣይኮነን</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="142"/>
        <source>Nog niet goed</source>
        <translation>ገና ቅኑዕ ኣይኮነን</translation>
    </message>
</context>
<context>
    <name>AnkiExport</name>
    <message>
        <location filename="../authoring/anki_export.py" line="25"/>
        <source>Exporteren voor Anki</source>
        <translation>ንAnki ምውጻእ</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="28"/>
        <source>Anki-pakketten (*.apkg)</source>
        <translation>ጥቕላላት Anki (*.apkg)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="35"/>
        <source>Opgeslagen voor Anki: {name}</source>
        <translation>ንAnki ተዓቂቡ: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="39"/>
        <source>Het pakket kon niet opgeslagen worden. Er is niets veranderd.</source>
        <translation>እቲ ጥቕላል ክዕቀብ ኣይከኣለን። ዝተቐየረ ነገር የለን።</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="60"/>
        <source>Bezig met exporteren voor Anki…</source>
        <translation>ንAnki ይወጽእ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>AnkiImportDialog</name>
    <message>
        <location filename="../authoring/anki_dialog.py" line="63"/>
        <location filename="../authoring/anki_dialog.py" line="89"/>
        <source>Termen uit Anki</source>
        <translation>ሞያዊ ቃላት ካብ Anki</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="66"/>
        <source>Kies een Anki-pakket (.apkg).</source>
        <translation>ጥቕላል Anki ምረጹ (.apkg)።</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="71"/>
        <source>Anki</source>
        <translation>Anki</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>&amp;Bestand kiezen</source>
        <translation>&amp;ፋይል ምምራጽ</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>&amp;Importeren</source>
        <translation>&amp;ምእታው</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>Annuleren</source>
        <translation>ምስራዝ</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="77"/>
        <location filename="../authoring/anki_dialog.py" line="78"/>
        <source>Naam van het nieuwe pakket</source>
        <translation>ስም ናይቲ ሓድሽ ጥቕላል</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="81"/>
        <source>Voorbeeld van de termen</source>
        <translation>ኣብነት ናይቶም ሞያዊ ቃላት</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="85"/>
        <source>Problemen en meldingen</source>
        <translation>ጸገማትን መልእኽትታትን</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="91"/>
        <source>Naam:</source>
        <translation>ስም:</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="123"/>
        <source>Anki-pakketten (*.apkg *.colpkg)</source>
        <translation>ጥቕላላት Anki (*.apkg *.colpkg)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="125"/>
        <source>Kies een bestand</source>
        <translation>ፋይል ምረጹ</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="133"/>
        <source>Bezig met lezen…</source>
        <translation>ይንበብ ኣሎ…</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="160"/>
        <source>Bezig met controleren…</source>
        <translation>ይረጋገጽ ኣሎ…</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="181"/>
        <source>Klaar om te importeren. Termen: {n}</source>
        <translation>ንምእታው ድሉው። ሞያዊ ቃላት: {n}</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="197"/>
        <source>Er ging iets mis. Er is niets veranderd. Probeer het opnieuw.</source>
        <translation>ገለ ጸገም ኣጋጢሙ። ዝተቐየረ ነገር የለን። ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="199"/>
        <source>Zo kan het niet. Kijk bij de problemen.</source>
        <translation>ከምዚ ኣይከኣልን። ነቶም ጸገማት ርኣዩ።</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../practice/article_view.py" line="39"/>
        <source>De of het?</source>
        <translation>de ወይስ het?</translation>
    </message>
    <message>
        <location filename="../practice/article_view.py" line="54"/>
        <source>Toets {key}</source>
        <translation>መጠወቒ {key}</translation>
    </message>
</context>
<context>
    <name>AvatarChoice</name>
    <message>
        <location filename="../profiles/avatar_choice.py" line="47"/>
        <source>Plaatje: {name}</source>
        <translation>ስእሊ: {name}</translation>
    </message>
</context>
<context>
    <name>AvatarGrid</name>
    <message>
        <location filename="../profiles/avatar_grid.py" line="123"/>
        <source>{name}, met pincode</source>
        <translation>{name}፣ ምስ ምስጢራዊ ቁጽሪ</translation>
    </message>
</context>
<context>
    <name>BuddyEndPage</name>
    <message>
        <location filename="../staff/buddy/end_page.py" line="33"/>
        <source>Bewaren</source>
        <translation>ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="42"/>
        <source>Wat ging goed</source>
        <translation>እንታይ ጽቡቕ ከይዱ</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="43"/>
        <source>Wat moet nog geoefend worden</source>
        <translation>እንታይ ገና ልምምድ የድልዮ</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="44"/>
        <source>Notitie voor de volgende keer</source>
        <translation>መዘኻኸሪ ንዝመጽእ ግዜ</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="72"/>
        <source>Klaar met {name}! Hoe ging het?</source>
        <translation>ምስ {name} ተወዲኡ! ከመይ ከይዱ?</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="82"/>
        <source>{saved} van {n} antwoorden bewaard</source>
        <translation>ካብ {n} መልስታት {saved} ተዓቂቦም</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="84"/>
        <source>1 antwoord bewaard</source>
        <translation>1 መልሲ ተዓቂቡ</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="85"/>
        <source>{n} antwoorden bewaard</source>
        <translation>{n} መልስታት ተዓቂቦም</translation>
    </message>
</context>
<context>
    <name>BuddySessionPage</name>
    <message>
        <location filename="../staff/buddy/session_page.py" line="80"/>
        <source>De tijd is om. Maak deze oefening af.</source>
        <translation>ግዜ ተወዲኡ። ነዚ ልምምድ ወድእዎ።</translation>
    </message>
</context>
<context>
    <name>BusyNote</name>
    <message>
        <location filename="../busy.py" line="15"/>
        <source>Bezig</source>
        <translation>ይሰርሕ ኣሎ</translation>
    </message>
</context>
<context>
    <name>ChoiceView</name>
    <message>
        <location filename="../practice/choice_view.py" line="56"/>
        <location filename="../practice/choice_view.py" line="58"/>
        <source>Luister</source>
        <translation>ስምዑ</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="61"/>
        <source>Toets L</source>
        <translation>መጠወቒ L</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="127"/>
        <source>Luister. Welk plaatje hoort erbij?</source>
        <translation>ስምዑ። ኣየናይ ስእሊ እዩ?</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="129"/>
        <source>Welk plaatje hoort bij dit woord?</source>
        <translation>ናይዚ ቃል ኣየናይ ስእሊ እዩ?</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="145"/>
        <source>Plaatje {n}</source>
        <translation>ስእሊ {n}</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="176"/>
        <source>Plaatje {n}: {word}</source>
        <translation>ስእሊ {n}: {word}</translation>
    </message>
</context>
<context>
    <name>CoachFlow</name>
    <message>
        <location filename="../staff/learners/coach_flow.py" line="71"/>
        <source>Er ging iets mis. Er is niets veranderd.</source>
        <translation>ገለ ጸገም ኣጋጢሙ። ዝተቐየረ ነገር የለን።</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../controller.py" line="128"/>
        <source>Het installeren is niet gelukt. Er is niets veranderd. Vraag IT om hulp.</source>
        <translation>ምትካል ኣይሰለጠን። ዝተቐየረ ነገር የለን። ካብ ክፍሊ IT ሓገዝ ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../controller.py" line="175"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>ገለ ጸገም ኣጋጢሙ። ዝገበርኩምዎ ተዓቂቡ ኣሎ። Vaktaal ደጊምኩም ክፈቱ።</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../staff/buddy/session_page.py" line="64"/>
        <source>Tijd over: {time}</source>
        <translation>ዝተረፈ ግዜ: {time}</translation>
    </message>
</context>
<context>
    <name>CoverageRow</name>
    <message>
        <location filename="../meetings/summary_feedback.py" line="113"/>
        <source>Erin</source>
        <translation>ኣሎ</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="115"/>
        <source>Voor een deel erin</source>
        <translation>ገለ ክፋሉ ኣሎ</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="116"/>
        <source>Nog niet erin</source>
        <translation>ገና የለን</translation>
    </message>
</context>
<context>
    <name>DashboardFlow</name>
    <message>
        <location filename="../staff/dashboard/dashboard_flow.py" line="60"/>
        <source>Overzicht laden…</source>
        <translation>ሓፈሻዊ ትርኢት ይጽዓን ኣሎ…</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_flow.py" line="79"/>
        <location filename="../staff/dashboard/dashboard_flow.py" line="96"/>
        <source>Laden…</source>
        <translation>ይጽዓን ኣሎ…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="62"/>
        <source>Pakket</source>
        <translation>ጥቕላል</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="65"/>
        <source>Nog geen leerlingen.</source>
        <translation>ገና ተማሃሮ የለዉን።</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="66"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="68"/>
        <source>Bekijken</source>
        <translation>ምርኣይ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="83"/>
        <source>Alle leerlingen</source>
        <translation>ኩሎም ተማሃሮ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="97"/>
        <source>Grafiek</source>
        <translation>ሰንጠረዥ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="101"/>
        <source>Overzicht leerlingen</source>
        <translation>ሓፈሻዊ ትርኢት ተማሃሮ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="105"/>
        <source>Pakket:</source>
        <translation>ጥቕላል:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="119"/>
        <source>Alle pakketten</source>
        <translation>ኩሎም ጥቕላላት</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../home/day_chart.py" line="69"/>
        <source>Antwoorden per dag</source>
        <translation>መልስታት ብመዓልቲ</translation>
    </message>
    <message>
        <location filename="../home/day_chart.py" line="76"/>
        <source>Antwoorden</source>
        <translation>መልስታት</translation>
    </message>
</context>
<context>
    <name>DeckCards</name>
    <message>
        <location filename="../home/deck_cards.py" line="96"/>
        <source>Oefen dit</source>
        <translation>ነዚ ተለማመዱ</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="97"/>
        <source>Oefen dit: {title}</source>
        <translation>ነዚ ተለማመዱ: {title}</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="106"/>
        <source>{n} te oefenen</source>
        <translation>ንልምምድ: {n}</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="107"/>
        <source>{n} nieuw</source>
        <translation>ሓድሽ: {n}</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="108"/>
        <source>{n} geleerd</source>
        <translation>ዝተመሃርኩምዎ: {n}</translation>
    </message>
</context>
<context>
    <name>DeckDetails</name>
    <message>
        <location filename="../authoring/deck_details.py" line="23"/>
        <source>Naam van het pakket</source>
        <translation>ስም ጥቕላል</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="24"/>
        <source>Organisatie</source>
        <translation>ትካል</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="25"/>
        <source>Functie</source>
        <translation>ሞያ</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="25"/>
        <source>bijvoorbeeld: monteur</source>
        <translation>ንኣብነት: ገጣጣሚ</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="26"/>
        <source>Taakprofiel</source>
        <translation>መግለጺ ዕማማት</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="26"/>
        <source>of: de taken</source>
        <translation>ወይ: እቶም ዕማማት</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="27"/>
        <source>Taalniveau</source>
        <translation>ደረጃ ቋንቋ</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="29"/>
        <source>Talen van de vertalingen</source>
        <translation>ቋንቋታት ትርጉም</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="32"/>
        <source>Nog niet gecontroleerd</source>
        <translation>ገና ኣይተረጋገጸን</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="34"/>
        <source>Beschrijving</source>
        <translation>መግለጺ</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="35"/>
        <source>Gemaakt door</source>
        <translation>ዝሰርሖ</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="36"/>
        <source>Licentie</source>
        <translation>ፍቓድ</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="37"/>
        <source>Versie</source>
        <translation>ሕታም</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="38"/>
        <source>Id (vast)</source>
        <translation>መለለዪ (ቀዋሚ)</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="39"/>
        <source>Pictogram van het pakket</source>
        <translation>ስእላዊ ምልክት ናይ ጥቕላል</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="43"/>
        <source>Het pakket</source>
        <translation>እቲ ጥቕላል</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="51"/>
        <source>Talen: {names}</source>
        <translation>ቋንቋታት: {names}</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="55"/>
        <source>Nog niet gecontroleerd door iemand met deze moedertaal: {names}</source>
        <translation>ገና ብወለዲ ተዛራባይ ናይዚ ቋንቋ ኣይተረጋገጸን: {names}</translation>
    </message>
</context>
<context>
    <name>DeckImportDialog</name>
    <message>
        <location filename="../authoring/import_dialog.py" line="41"/>
        <source>Bezig met importeren…</source>
        <translation>ይኣቱ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>DeckListWidget</name>
    <message>
        <location filename="../deck_list.py" line="37"/>
        <source>Pakketten met woorden</source>
        <translation>ጥቕላላት ቃላት</translation>
    </message>
    <message>
        <location filename="../deck_list.py" line="47"/>
        <source>{function} · {n} woorden · niveau {level}</source>
        <translation>{function} · ቃላት: {n} · ደረጃ {level}</translation>
    </message>
</context>
<context>
    <name>DecksDialog</name>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="24"/>
        <source>Pakketten van {name}</source>
        <translation>ጥቕላላት ናይ {name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="25"/>
        <source>Opslaan</source>
        <translation>ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="39"/>
        <source>Nieuwe pakketten komen dan niet meer vanzelf.</source>
        <translation>ሽዑ ሓደሽቲ ጥቕላላት ድሕሪ ሕጂ ባዕሎም ኣይመጹን።</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="44"/>
        <source>Er zijn nog geen pakketten.</source>
        <translation>ገና ጥቕላላት የለዉን።</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="21"/>
        <source>{name} verwijderen?</source>
        <translation>{name} ይደምሰስ ዶ?</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="22"/>
        <source>Verwijderen</source>
        <translation>ምድምሳስ</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="28"/>
        <source>Let op</source>
        <translation>ተጠንቀቑ</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="30"/>
        <source>Dit gaat weg:</source>
        <translation>እዚ ክጠፍእ እዩ:</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="37"/>
        <source>Dit kan niet terug.</source>
        <translation>እዚ ክምለስ ኣይክእልን።</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="47"/>
        <source>het profiel van {name}</source>
        <translation>ፕሮፋይል ናይ {name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="48"/>
        <source>antwoorden bij het oefenen: {n}</source>
        <translation>መልስታት ኣብ ልምምድ: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="51"/>
        <source>gesproken antwoorden: {n}</source>
        <translation>ብዘረባ ዝተዋህቡ መልስታት: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="54"/>
        <source>uitslagen van vergaderingen: {n}</source>
        <translation>ውጽኢት ኣኼባታት: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="57"/>
        <source>sessies met een taalbuddy (met notities): {n}</source>
        <translation>ልምምዳት ምስ መሓዛ ቋንቋ (ምስ መዘኻኸሪታት): {n}</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../authoring/editor_actions.py" line="53"/>
        <source>In Vaktaal zetten voor leerlingen</source>
        <translation>ንተማሃሮ ኣብ Vaktaal ምእታው</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="54"/>
        <source>Printen: woordkaartjes of handboek…</source>
        <translation>ምሕታም: ካርድታት ቃላት ወይ መምርሒ…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="55"/>
        <source>Importeren uit Excel of CSV…</source>
        <translation>ካብ Excel ወይ CSV ምእታው…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="56"/>
        <source>Importeren uit Anki…</source>
        <translation>ካብ Anki ምእታው…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="57"/>
        <source>Exporteren naar Excel of CSV…</source>
        <translation>ናብ Excel ወይ CSV ምውጻእ…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="58"/>
        <source>Exporteren voor Anki…</source>
        <translation>ንAnki ምውጻእ…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="59"/>
        <source>Vergadering maken…</source>
        <translation>ኣኼባ ምስራሕ…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="60"/>
        <source>Vergadering bewerken…</source>
        <translation>ኣኼባ ምእራም…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="87"/>
        <source>Bezig met in Vaktaal zetten…</source>
        <translation>ኣብ Vaktaal ይኣቱ ኣሎ…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="95"/>
        <source>Het pakket staat in Vaktaal. Leerlingen kunnen ermee oefenen.</source>
        <translation>እቲ ጥቕላል ኣብ Vaktaal ኣሎ። ተማሃሮ ክለማመድሉ ይኽእሉ።</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="99"/>
        <source>Niet gelukt</source>
        <translation>ኣይሰለጠን</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="100"/>
        <source>Het pakket kon niet in Vaktaal gezet worden. Er is niets veranderd.</source>
        <translation>እቲ ጥቕላል ኣብ Vaktaal ክኣቱ ኣይከኣለን። ዝተቐየረ ነገር የለን።</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="121"/>
        <source>Opgeslagen: {name}</source>
        <translation>ተዓቂቡ: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="148"/>
        <source>Geen vergaderingen</source>
        <translation>ኣኼባታት የለዉን</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="149"/>
        <source>Dit pakket heeft nog geen vergaderingen. Kies &apos;Vergadering maken…&apos;.</source>
        <translation>እዚ ጥቕላል ገና ኣኼባታት የብሉን። &apos;ኣኼባ ምስራሕ…&apos; ምረጹ።</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="162"/>
        <source>Vergadering bewerken</source>
        <translation>ኣኼባ ምእራም</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="162"/>
        <source>Welke vergadering?</source>
        <translation>ኣየናይ ኣኼባ?</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="176"/>
        <source>Vergadering {title}</source>
        <translation>ኣኼባ {title}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="183"/>
        <source>Eerst in Vaktaal zetten</source>
        <translation>ቅድም ኣብ Vaktaal ኣእትዉ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="184"/>
        <source>Zet het pakket eerst in Vaktaal (Ctrl+I). Daarna kun je het printen of exporteren.</source>
        <translation>ቅድም ነቲ ጥቕላል ኣብ Vaktaal ኣእትውዎ (Ctrl+I)። ድሕሪኡ ክትሕትምዎ ወይ ከተውጽእዎ ትኽእሉ።</translation>
    </message>
</context>
<context>
    <name>EditorFiles</name>
    <message>
        <location filename="../authoring/editor_files.py" line="25"/>
        <source>Pakket openen</source>
        <translation>ጥቕላል ምኽፋት</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="27"/>
        <source>Pakketten (*.vaktaal deck.toml)</source>
        <translation>ጥቕላላት (*.vaktaal deck.toml)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="37"/>
        <source>Eén bestand (*.vaktaal)</source>
        <translation>ሓደ ፋይል (*.vaktaal)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="38"/>
        <source>Een map met deck.toml (*)</source>
        <translation>deck.toml ዘለዎ ማህደር (*)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="41"/>
        <source>Pakket opslaan</source>
        <translation>ጥቕላል ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="69"/>
        <source>Niet opgeslagen</source>
        <translation>ኣይተዓቀበን</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="71"/>
        <source>Het pakket is veranderd. Wilt u de veranderingen opslaan?</source>
        <translation>እቲ ጥቕላል ተቐይሩ። ነቶም ለውጥታት ክትዕቅብዎም ትደልዩ ዶ?</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="76"/>
        <source>Opslaan</source>
        <translation>ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="79"/>
        <source>Niet opslaan</source>
        <translation>ብዘይ ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="83"/>
        <source>Annuleren</source>
        <translation>ምስራዝ</translation>
    </message>
</context>
<context>
    <name>EditorFlow</name>
    <message>
        <location filename="../authoring/editor_flow.py" line="50"/>
        <source>Dit pakket kan niet geopend worden. Er is niets veranderd. Probeer het nog eens.</source>
        <translation>እዚ ጥቕላል ክኽፈት ኣይክእልን። ዝተቐየረ ነገር የለን። ደጊምኩም ፈትኑ።</translation>
    </message>
</context>
<context>
    <name>EditorLayout</name>
    <message>
        <location filename="../authoring/editor_layout.py" line="27"/>
        <source>Nieuwe term</source>
        <translation>ሓድሽ ሞያዊ ቃል</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="28"/>
        <source>Verwijderen</source>
        <translation>ምድምሳስ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="31"/>
        <source>Pakket</source>
        <translation>ጥቕላል</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="32"/>
        <source>Termen</source>
        <translation>ሞያዊ ቃላት</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../authoring/editor_window.py" line="83"/>
        <source>Openen lukt niet</source>
        <translation>ምኽፋት ኣይከኣለን</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="83"/>
        <source>Dit pakket kan niet open:
</source>
        <translation>እዚ ጥቕላል ክኽፈት ኣይክእልን:
</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="105"/>
        <source>Opslaan lukt niet</source>
        <translation>ምዕቃብ ኣይከኣለን</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="106"/>
        <source>Opslaan is niet gelukt. Kies een andere plek of een andere naam.</source>
        <translation>ምዕቃብ ኣይሰለጠን። ካልእ ቦታ ወይ ካልእ ስም ምረጹ።</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="118"/>
        <source>Versie {n}</source>
        <translation>ሕታም {n}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="122"/>
        <source>Nog niet klaar</source>
        <translation>ገና ኣይተዳለወን</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="123"/>
        <source>Het pakket heeft nog {n} problemen. Kies &apos;Alleen met problemen&apos; en los ze op.</source>
        <translation>እቲ ጥቕላል ገና ጸገማት ኣለዎ: {n}። &apos;ጸገም ዘለዎም ጥራይ&apos; ምረጹ እሞ ፍትሕዎም።</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="142"/>
        <source>&amp;Bestand</source>
        <translation>&amp;ፋይል</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="143"/>
        <source>Nieuw</source>
        <translation>ሓድሽ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="144"/>
        <source>Openen…</source>
        <translation>ምኽፋት…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="145"/>
        <source>Opslaan</source>
        <translation>ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="146"/>
        <source>Opslaan als…</source>
        <translation>ብካልእ ስም ምዕቃብ…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="148"/>
        <source>Sluiten</source>
        <translation>ምዕጻው</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="152"/>
        <source>B&amp;ewerken</source>
        <translation>&amp;ምእራም</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="153"/>
        <source>Ongedaan maken</source>
        <translation>ምምላስ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="154"/>
        <source>Opnieuw doen</source>
        <translation>ዳግማይ ምግባር</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="160"/>
        <location filename="../authoring/editor_window.py" line="186"/>
        <source>Nieuwe term</source>
        <translation>ሓድሽ ሞያዊ ቃል</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="161"/>
        <source>Term verwijderen</source>
        <translation>ሞያዊ ቃል ምድምሳስ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="162"/>
        <source>Pictogram kiezen…</source>
        <translation>ስእላዊ ምልክት ምምራጽ…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="163"/>
        <source>Zoeken</source>
        <translation>ምድላይ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="175"/>
        <source>Pakket veranderd</source>
        <translation>ጥቕላል ተቐይሩ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="181"/>
        <source>Term veranderd</source>
        <translation>ሞያዊ ቃል ተቐይሩ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="195"/>
        <source>Term verwijderd</source>
        <translation>ሞያዊ ቃል ተደምሲሱ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="208"/>
        <source>Pictogram gekozen</source>
        <translation>ስእላዊ ምልክት ተመሪጹ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="246"/>
        <source>Nog op te lossen: {n}</source>
        <translation>ገና ዝፍታሕ: {n}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="248"/>
        <source>Alles is in orde</source>
        <translation>ኩሉ ጽቡቕ እዩ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="251"/>
        <source>Nieuw pakket</source>
        <translation>ሓድሽ ጥቕላል</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="254"/>
        <source>{name}{changed} – Pakket maken</source>
        <translation>{name}{changed} – ጥቕላል ምስራሕ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="274"/>
        <source>Opgeslagen: {name}</source>
        <translation>ተዓቂቡ: {name}</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../practice/exercise_view.py" line="80"/>
        <source>Verder</source>
        <translation>ቀጽሉ</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="107"/>
        <source>Het woord is: {word}</source>
        <translation>እቲ ቃል: {word}</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="113"/>
        <source>Goed!</source>
        <translation>ቅኑዕ!</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="115"/>
        <source>Bijna goed</source>
        <translation>ዳርጋ ቅኑዕ</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="116"/>
        <source>Nog niet goed</source>
        <translation>ገና ቅኑዕ ኣይኮነን</translation>
    </message>
</context>
<context>
    <name>FieldMappingView</name>
    <message>
        <location filename="../authoring/anki_fields.py" line="23"/>
        <source>Velden van de Anki-notities</source>
        <translation>መዓልቦታት ናይ Anki መዘኻኸሪታት</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="35"/>
        <source>Notitietype &apos;{name}&apos; (notities: {n})</source>
        <translation>ዓይነት መዘኻኸሪ &apos;{name}&apos; (መዘኻኸሪታት: {n})</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>Veld</source>
        <translation>መዓልቦ</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>In de eerste {n} notities</source>
        <translation>ኣብ ፈለማ {n} መዘኻኸሪታት</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>Wat is het?</source>
        <translation>እንታይ እዩ?</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="65"/>
        <source>Veld {field} is</source>
        <translation>መዓልቦ {field}:</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="79"/>
        <source>Term (het woord)</source>
        <translation>ሞያዊ ቃል (እቲ ቃል)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="80"/>
        <source>Uitleg</source>
        <translation>መብርሂ</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="81"/>
        <source>Voorbeeldzin</source>
        <translation>ኣብነታዊ ሓረግ</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="82"/>
        <source>Plaatje</source>
        <translation>ስእሊ</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="83"/>
        <source>Geluid</source>
        <translation>ድምጺ</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="84"/>
        <source>Id-nummer</source>
        <translation>ቁጽሪ መለለዪ</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="85"/>
        <source>(niet gebruiken)</source>
        <translation>(ኣይትጠቐሙ)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="87"/>
        <source>Vertaling: {language}</source>
        <translation>ትርጉም: {language}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../staff/learners/form_parts.py" line="84"/>
        <source>Melding</source>
        <translation>መልእኽቲ</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="89"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../home/home_page.py" line="49"/>
        <source>Oefenen</source>
        <translation>ልምምድ</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="57"/>
        <source>Voortgang</source>
        <translation>ምዕባለ</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="63"/>
        <source>Stoppen</source>
        <translation>ደው ኣብሉ</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="65"/>
        <location filename="../home/home_page.py" line="121"/>
        <source>Spreken: even laden…</source>
        <translation>ምዝራብ: ይጽዓን ኣሎ…</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="67"/>
        <source>Vergaderingen</source>
        <translation>ኣኼባታት</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="98"/>
        <source>Jouw pakketten</source>
        <translation>ጥቕላላትኩም</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="113"/>
        <source>Hallo {name}</source>
        <translation>ሰላም {name}</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="122"/>
        <source>Spreken: klaar</source>
        <translation>ምዝራብ: ድሉው</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="123"/>
        <location filename="../home/home_page.py" line="125"/>
        <source>Spreken: nog niet klaar</source>
        <translation>ምዝራብ: ገና ኣይተዳለወን</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="124"/>
        <source>Spreken: werkt niet</source>
        <translation>ምዝራብ: ኣይሰርሕን</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="145"/>
        <source>{n} te oefenen</source>
        <translation>ንልምምድ: {n}</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="146"/>
        <source>{n} nieuw</source>
        <translation>ሓድሽ: {n}</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="149"/>
        <source>Alles geoefend voor vandaag!</source>
        <translation>ናይ ሎሚ ልምምድ ተወዲኡ!</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="151"/>
        <source>Er zijn nog geen woorden voor jou. Vraag je begeleider.</source>
        <translation>ገና ንዓኹም ዝኸውን ቃላት የለን። ንኣሰልጣኒኹም ሕተቱ።</translation>
    </message>
</context>
<context>
    <name>ImportedPreview</name>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="21"/>
        <source>Zo worden de termen geïmporteerd</source>
        <translation>ሞያዊ ቃላት ከምዚ ክኣትዉ እዮም</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Term</source>
        <translation>ሞያዊ ቃል</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Woordsoort</source>
        <translation>ዓይነት ቃል</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Uitleg</source>
        <translation>መብርሂ</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Voorbeeld</source>
        <translation>ኣብነት</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../profiles/keypad.py" line="21"/>
        <source>Cijfers</source>
        <translation>ኣሃዛት</translation>
    </message>
    <message>
        <location filename="../profiles/keypad.py" line="30"/>
        <location filename="../profiles/keypad.py" line="31"/>
        <source>Wissen</source>
        <translation>ደምስሱ</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../launcher.py" line="135"/>
        <source>De database wordt bijgewerkt…</source>
        <translation>ዳታቤዝ ይሕደስ ኣሎ…</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="141"/>
        <source>De database wordt bijgewerkt op een andere pc. Even wachten…</source>
        <translation>ዳታቤዝ ኣብ ካልእ ኮምፒዩተር ይሕደስ ኣሎ። ቁሩብ ተጸበዩ…</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="192"/>
        <source>De gegevens van Vaktaal zijn kapot. Vraag hulp aan IT.</source>
        <translation>ሓበሬታ Vaktaal ተበላሽዩ። ንIT ሓገዝ ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="196"/>
        <source>Deze gegevens zijn gemaakt met een nieuwere Vaktaal. Update Vaktaal op deze pc.</source>
        <translation>እዚ ሓበሬታ ብሓድሽ ሕታም Vaktaal እዩ ተሰሪሑ። ኣብዚ ኮምፒዩተር Vaktaal ሓድሱ።</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="201"/>
        <source>Vaktaal kan zijn gegevens niet openen of opslaan. Is de schijf vol? Vraag hulp aan IT.</source>
        <translation>Vaktaal ሓበሬታኡ ክኸፍት ወይ ክዕቅብ ኣይክእልን። ዲስክ መሊኡ ድዩ? ንIT ሓገዝ ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="205"/>
        <source>Er ging iets mis bij het starten. Start Vaktaal opnieuw. Lukt het niet? Vraag hulp aan IT.</source>
        <translation>ኣብ ምጅማር ጌጋ ተፈጢሩ። Vaktaal እንደገና ጀምሩ። እንተዘይሰሪሑ ንIT ሓገዝ ሕተቱ።</translation>
    </message>
</context>
<context>
    <name>LearnerChoicePage</name>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="44"/>
        <source>Er zijn nog geen leerlingen.</source>
        <translation>ገና ተማሃሮ የለዉን።</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="45"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="50"/>
        <source>Met wie oefen je?</source>
        <translation>ምስ መን ኢኹም እትለማመዱ?</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="51"/>
        <source>Kies de leerling.</source>
        <translation>ነቲ ተማሃራይ ምረጹ።</translation>
    </message>
</context>
<context>
    <name>LearnerEditDialog</name>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="20"/>
        <source>Profiel wijzigen</source>
        <translation>ፕሮፋይል ምቕያር</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="20"/>
        <source>Opslaan</source>
        <translation>ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="22"/>
        <location filename="../staff/learners/edit_dialog.py" line="34"/>
        <source>Naam</source>
        <translation>ስም</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="25"/>
        <location filename="../staff/learners/edit_dialog.py" line="35"/>
        <source>Eigen taal</source>
        <translation>ቋንቋ ኣደ</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="26"/>
        <source>Tweede taal</source>
        <translation>ካልኣይ ቋንቋ</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="36"/>
        <source>Tweede taal (hoeft niet)</source>
        <translation>ካልኣይ ቋንቋ (ግዴታ ኣይኮነን)</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="38"/>
        <source>Plaatje</source>
        <translation>ስእሊ</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="57"/>
        <source>Geen</source>
        <translation>የለን</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="69"/>
        <source>Typ een naam.</source>
        <translation>ስም ጽሓፉ።</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="43"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="48"/>
        <source>Goed per week</source>
        <translation>ቅኑዕ ብሰሙን</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="49"/>
        <location filename="../staff/dashboard/learner_page.py" line="69"/>
        <source>Woorden geleerd</source>
        <translation>ዝተማህሩ ቃላት</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="60"/>
        <source>Leerling</source>
        <translation>ተማሃራይ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="68"/>
        <source>Goed beantwoord, per week</source>
        <translation>ቅኑዕ መልሲ፣ ብሰሙን</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="80"/>
        <source>Antwoorden per dag</source>
        <translation>መልስታት ብመዓልቲ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="82"/>
        <source>Moet je weten</source>
        <translation>ክትፈልጥዎ ዘለኩም</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="84"/>
        <source>Samen geoefend</source>
        <translation>ሓባራዊ ልምምድ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="131"/>
        <source>Laatst geoefend: {day}</source>
        <translation>ናይ መወዳእታ ልምምድ: {day}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="132"/>
        <source>Dagen op rij: {days}</source>
        <translation>መዓልታት ብተኸታታሊ: {days}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="133"/>
        <source>{n} antwoorden in 30 dagen</source>
        <translation>መልስታት ኣብ 30 መዓልታት: {n}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="134"/>
        <source>Onthouden: {share}</source>
        <translation>ዝተዘከረ: {share}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="135"/>
        <source>Spreken eens: {share} (van {n})</source>
        <translation>ስምምዕ ኣብ ምዝራብ: {share} (ካብ {n})</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="144"/>
        <source>{done} van {total} veiligheidswoorden gekend</source>
        <translation>ዝተፈለጡ ቃላት ድሕንነት: {done} ካብ {total}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="162"/>
        <source>Gekend</source>
        <translation>ተፈሊጡ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="162"/>
        <source>Nog niet</source>
        <translation>ገና</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="173"/>
        <source>Nog niet samen geoefend.</source>
        <translation>ገና ሓባራዊ ልምምድ ኣይተገብረን።</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="181"/>
        <source>{n} min</source>
        <translation>{n} ደቒቕ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="182"/>
        <source>{n} antwoorden</source>
        <translation>መልስታት: {n}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="184"/>
        <source>Ging goed:</source>
        <translation>ጽቡቕ ዝኸደ:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="184"/>
        <source>Oefenen:</source>
        <translation>ልምምድ:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="185"/>
        <source>Volgende keer:</source>
        <translation>ንዝመጽእ ግዜ:</translation>
    </message>
</context>
<context>
    <name>LearnersFlow</name>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="79"/>
        <source>{name} is gewijzigd.</source>
        <translation>ፕሮፋይል ናይ {name} ተቐይሩ።</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="90"/>
        <source>{name} heeft een nieuwe pincode.</source>
        <translation>{name}: ሓድሽ ምስጢራዊ ቁጽሪ ተቐሚጡ።</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="92"/>
        <source>{name} heeft geen pincode meer.</source>
        <translation>{name}: ምስጢራዊ ቁጽሪ ተኣልዩ።</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="110"/>
        <source>De pakketten van {name} zijn opgeslagen.</source>
        <translation>ጥቕላላት ናይ {name} ተዓቂቦም።</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="120"/>
        <source>De gegevens van {name} staan in {path}.</source>
        <translation>ሓበሬታ ናይ {name} ኣብ {path} ኣሎ።</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="139"/>
        <source>{name} is verwijderd.</source>
        <translation>ፕሮፋይል ናይ {name} ተደምሲሱ።</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <location filename="../staff/learners/learners_page.py" line="34"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="36"/>
        <source>Leerlingen beheren</source>
        <translation>ተማሃሮ ምምሕዳር</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="38"/>
        <source>Melding</source>
        <translation>መልእኽቲ</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="67"/>
        <source>Er zijn nog geen leerlingen.</source>
        <translation>ገና ተማሃሮ የለዉን።</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="83"/>
        <source>Talen: {languages}</source>
        <translation>ቋንቋታት: {languages}</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="84"/>
        <source>Pakketten: {decks}</source>
        <translation>ጥቕላላት: {decks}</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="84"/>
        <source>geen</source>
        <translation>የለን</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="88"/>
        <source>Wijzigen</source>
        <translation>ምቕያር</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="89"/>
        <source>Pincode opnieuw</source>
        <translation>ሓድሽ ምስጢራዊ ቁጽሪ</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="90"/>
        <source>Pakketten</source>
        <translation>ጥቕላላት</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="147"/>
        <location filename="../staff/learners/learners_page.py" line="91"/>
        <source>Gegevens opslaan</source>
        <translation>ሓበሬታ ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="92"/>
        <source>Verwijderen</source>
        <translation>ምድምሳስ</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <location filename="../practice/leave_question.py" line="26"/>
        <source>Stoppen</source>
        <translation>ደው ኣብሉ</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="27"/>
        <source>Stoppen?</source>
        <translation>ደው ክትብሉ ዶ?</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="28"/>
        <source>Je antwoorden zijn bewaard.</source>
        <translation>መልስታትኩም ተዓቂቦም ኣለዉ።</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="29"/>
        <source>Ja</source>
        <translation>እወ</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="30"/>
        <source>Ja, stoppen</source>
        <translation>እወ፣ ደው ኣብሉ</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="31"/>
        <source>Toets J</source>
        <translation>መጠወቒ J</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="32"/>
        <source>Nee</source>
        <translation>ኣይፋል</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="34"/>
        <source>Nee, verder oefenen</source>
        <translation>ኣይፋል፣ ልምምድ ቀጽሉ</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="35"/>
        <source>Toets N of Esc</source>
        <translation>መጠወቒ N ወይ Esc</translation>
    </message>
</context>
<context>
    <name>LengthPage</name>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="80"/>
        <source>{n} minuten</source>
        <translation>{n} ደቓይቕ</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="85"/>
        <source>Andere leerling</source>
        <translation>ካልእ ተማሃራይ</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="95"/>
        <source>Hoe lang oefenen jullie?</source>
        <translation>ክንደይ ግዜ ክትለማመዱ ኢኹም?</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="125"/>
        <source>Samen oefenen met {name}</source>
        <translation>ምስ {name} ብሓባር ምልምማድ</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="130"/>
        <source>Notitie van de vorige keer ({date}, {buddy}):</source>
        <translation>መዘኻኸሪ ናይ ዝሓለፈ ግዜ ({date}፣ {buddy}):</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../speaking/level_meter.py" line="24"/>
        <source>Zo hard hoor ik je</source>
        <translation>ድምጽኹም ክንድዚ ይስማዕ</translation>
    </message>
</context>
<context>
    <name>ListenPanel</name>
    <message>
        <location filename="../meetings/player_parts.py" line="107"/>
        <source>Alleen luisteren</source>
        <translation>ምስማዕ ጥራይ</translation>
    </message>
    <message>
        <location filename="../meetings/player_parts.py" line="108"/>
        <source>Alleen luisteren. De tekst is uit.</source>
        <translation>ምስማዕ ጥራይ። ጽሑፍ ተሓቢኡ ኣሎ።</translation>
    </message>
</context>
<context>
    <name>ListenedPage</name>
    <message>
        <location filename="../meetings/end_page.py" line="22"/>
        <source>Klaar</source>
        <translation>ተወዲኡ</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="26"/>
        <source>Goed geluisterd! Praat met een collega: wat was belangrijk? Wie doet wat?</source>
        <translation>ጽቡቕ ሰሚዕኩም! ምስ ብጻይ ስራሕኩም ተዘራረቡ: እንታይ ኣገዳሲ ነይሩ? መን እንታይ ይገብር?</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="30"/>
        <source>Nog een keer luisteren</source>
        <translation>ደጊምኩም ስምዑ</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="32"/>
        <source>Naar de vergaderingen</source>
        <translation>ናብ ኣኼባታት</translation>
    </message>
</context>
<context>
    <name>MainPointsView</name>
    <message>
        <location filename="../meetings/main_points_view.py" line="25"/>
        <source>Wat waren de hoofdpunten?</source>
        <translation>ቀንዲ ነጥብታት እንታይ ነይሮም?</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="26"/>
        <source>Kies alles wat klopt. Toetsen 1 tot 9, dan Enter.</source>
        <translation>ቅኑዕ ዝኾነ ኩሉ ምረጹ። መጠወቕታት 1 ክሳብ 9፣ ድሕሪኡ Enter።</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="28"/>
        <source>Controleer</source>
        <translation>ኣረጋግጹ</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="70"/>
        <source>Goed!</source>
        <translation>ቅኑዕ!</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="70"/>
        <source>Nog niet helemaal</source>
        <translation>ገና ምሉእ ኣይኮነን</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="71"/>
        <source>{hits} van de {total} hoofdpunten gevonden. Groen zijn de hoofdpunten.</source>
        <translation>ካብ {total} ቀንዲ ነጥብታት {hits} ረኺብኩም። ቀንዲ ነጥብታት ቀጠልያ እዮም።</translation>
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
        <translation>ቁሩብ ተጸበዩ። Vaktaal ይዳሎ ኣሎ…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70"/>
        <source>Melding</source>
        <translation>መልእኽቲ</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="57"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="58"/>
        <source>Eigen stem opnemen</source>
        <translation>ናይ ባዕልኹም ድምጺ ቅድሑ</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="59"/>
        <source>Pakket maken</source>
        <translation>ጥቕላል ምስራሕ</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="60"/>
        <source>Spraakmodel</source>
        <translation>ሞዴል ዘረባ</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="66"/>
        <source>Pakketten</source>
        <translation>ጥቕላላት</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="46"/>
        <source>Pakketten bekijken</source>
        <translation>ጥቕላላት ምርኣይ</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../meetings/meeting_editor.py" line="71"/>
        <location filename="../meetings/meeting_editor.py" line="121"/>
        <source>Vergadering maken</source>
        <translation>ኣኼባ ምስራሕ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="81"/>
        <source>Opname omzetten…</source>
        <translation>ቅዳሕ ናብ ጽሑፍ ምቕያር…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="82"/>
        <source>Ondertitels opslaan…</source>
        <translation>ንኡስ ጽሑፍ ምዕቃብ…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="83"/>
        <source>Opslaan…</source>
        <translation>ምዕቃብ…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="84"/>
        <source>In het pakket zetten</source>
        <translation>ኣብቲ ጥቕላል ምእታው</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="87"/>
        <source>Stoppen</source>
        <translation>ደው ኣብሉ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="90"/>
        <source>Omzetten: %p %</source>
        <translation>ምቕያር: %p %</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="142"/>
        <source>Opname kiezen</source>
        <translation>ቅዳሕ ምምራጽ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="142"/>
        <source>Opnames (*.wav *.mp3)</source>
        <translation>ቅዳሓት (*.wav *.mp3)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="161"/>
        <source>{count} zinnen gevonden. Verbeter de tekst en geef de sprekers namen.</source>
        <translation>ሓረጋት ተረኺቦም: {count}። ነቲ ጽሑፍ ኣዐርዩ፣ ንተዛረብቲ ድማ ስም ሃቡ።</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="166"/>
        <source>Omzetten niet gelukt</source>
        <translation>ምቕያር ኣይሰለጠን</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="170"/>
        <source>Gestopt. Er is niets veranderd.</source>
        <translation>ደው ኢሉ። ዝተቐየረ ነገር የለን።</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="186"/>
        <source>Vergadering opslaan</source>
        <translation>ኣኼባ ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="186"/>
        <source>Vergadering (*.toml)</source>
        <translation>ኣኼባ (*.toml)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="196"/>
        <location filename="../meetings/meeting_editor.py" line="201"/>
        <source>Niet opgeslagen</source>
        <translation>ኣይተዓቀበን</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="207"/>
        <source>Opgeslagen in {path}.</source>
        <translation>ኣብ {path} ተዓቂቡ።</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="216"/>
        <location filename="../meetings/meeting_editor.py" line="221"/>
        <source>Nog niet klaar</source>
        <translation>ገና ኣይተዳለወን</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="224"/>
        <source>De vergadering staat in het pakket. Sla het pakket op.</source>
        <translation>እቲ ኣኼባ ኣብቲ ጥቕላል ኣሎ። ነቲ ጥቕላል ዓቅብዎ።</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="231"/>
        <source>Ondertitels opslaan</source>
        <translation>ንኡስ ጽሑፍ ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="232"/>
        <source>Ondertitels (*.srt *.vtt)</source>
        <translation>ንኡስ ጽሑፍ (*.srt *.vtt)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="242"/>
        <location filename="../meetings/meeting_editor.py" line="247"/>
        <source>Geen ondertitels</source>
        <translation>ንኡስ ጽሑፍ የለን</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="251"/>
        <source>Ondertitels opgeslagen in {path}.</source>
        <translation>ንኡስ ጽሑፍ ኣብ {path} ተዓቂቡ።</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="271"/>
        <source>Het bestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>እቲ ፋይል ክዕቀብ ኣይከኣለን። ካልእ ማህደር ምረጹ።</translation>
    </message>
</context>
<context>
    <name>MeetingExercises</name>
    <message>
        <location filename="../meetings/exercises.py" line="137"/>
        <source>Oefening {n} van {total}</source>
        <translation>ልምምድ {n} ካብ {total}</translation>
    </message>
</context>
<context>
    <name>MeetingFlow</name>
    <message>
        <location filename="../meetings/meeting_flow.py" line="131"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>ገለ ጸገም ኣጋጢሙ። ዝገበርኩምዎ ተዓቂቡ ኣሎ። Vaktaal ደጊምኩም ክፈቱ።</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../meetings/meeting_form.py" line="32"/>
        <source>Waar en wanneer? Bv. dagstart om 8:00</source>
        <translation>ኣበይን መዓስን? ን.ኣ. ናይ ንግሆ ኣኼባ ሰዓት 8:00</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="35"/>
        <source>Trefwoorden (a, b; c)</source>
        <translation>ቀንዲ ቃላት (a, b; c)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="38"/>
        <location filename="../meetings/meeting_form.py" line="56"/>
        <location filename="../meetings/meeting_form.py" line="64"/>
        <source>Id</source>
        <translation>መለለዪ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="39"/>
        <source>Naam</source>
        <translation>ስም</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="40"/>
        <source>Rol</source>
        <translation>ተራ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="41"/>
        <source>Stem</source>
        <translation>ድምጺ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="43"/>
        <location filename="../meetings/meeting_form.py" line="47"/>
        <source>Spreker</source>
        <translation>ተዛራባይ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="48"/>
        <source>Tekst</source>
        <translation>ጽሑፍ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="49"/>
        <source>Begin (s)</source>
        <translation>መጀመርታ (ካ)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="50"/>
        <source>Eind (s)</source>
        <translation>መወዳእታ (ካ)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="52"/>
        <source>Zin</source>
        <translation>ሓረግ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="57"/>
        <location filename="../meetings/meeting_form.py" line="60"/>
        <source>Hoofdpunt</source>
        <translation>ቀንዲ ነጥቢ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="65"/>
        <source>Wie</source>
        <translation>መን</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="66"/>
        <source>Wat</source>
        <translation>እንታይ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="67"/>
        <source>Wanneer</source>
        <translation>መዓስ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="70"/>
        <source>Actiepunt</source>
        <translation>ዕማም</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="76"/>
        <source>Sprekers</source>
        <translation>ተዛረብቲ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="77"/>
        <source>Zinnen</source>
        <translation>ሓረጋት</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="78"/>
        <source>Hoofdpunten</source>
        <translation>ቀንዲ ነጥብታት</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="79"/>
        <source>Actiepunten</source>
        <translation>ዕማማት</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="82"/>
        <source>Titel</source>
        <translation>ኣርእስቲ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="83"/>
        <source>Situatie</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="161"/>
        <source>&apos;{value}&apos; is geen tijd. Schrijf seconden, bv. 12.5, of laat het leeg.</source>
        <translation>&apos;{value}&apos; ግዜ ኣይኮነን። ካልኢት ጽሓፉ፣ ን.ኣ. 12.5፣ ወይ ባዶ ግደፍዎ።</translation>
    </message>
</context>
<context>
    <name>MeetingListPage</name>
    <message>
        <location filename="../meetings/meeting_list.py" line="52"/>
        <location filename="../meetings/meeting_list.py" line="79"/>
        <source>Vergaderingen</source>
        <translation>ኣኼባታት</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="56"/>
        <source>Er zijn nog geen vergaderingen. Vraag je begeleider.</source>
        <translation>ገና ኣኼባታት የለዉን። ንኣሰልጣኒኹም ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="58"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="61"/>
        <source>Luisteren</source>
        <translation>ምስማዕ</translation>
    </message>
</context>
<context>
    <name>MeetingPlayer</name>
    <message>
        <location filename="../meetings/player.py" line="77"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="78"/>
        <source>Vorige</source>
        <translation>ዝሓለፈ</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="79"/>
        <location filename="../meetings/player.py" line="239"/>
        <source>Afspelen</source>
        <translation>ኣጻውቱ</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="84"/>
        <source>Volgende</source>
        <translation>ዝቕጽል</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="85"/>
        <source>Langzamer</source>
        <translation>ብቐስታ</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="86"/>
        <source>Sneller</source>
        <translation>ብቕልጡፍ</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="87"/>
        <location filename="../meetings/player.py" line="248"/>
        <source>Tekst uit</source>
        <translation>ጽሑፍ ሕብኡ</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="88"/>
        <source>Klaar met luisteren</source>
        <translation>ሰሚዐ ወዲአ</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="230"/>
        <source>Einde</source>
        <translation>መወዳእታ</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="233"/>
        <source>Zin {n} van {total}</source>
        <translation>ሓረግ {n} ካብ {total}</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="239"/>
        <source>Pauze</source>
        <translation>ጠጠው</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="247"/>
        <source>Snelheid {speed}</source>
        <translation>ቅልጣፈ {speed}</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="248"/>
        <source>Tekst aan</source>
        <translation>ጽሑፍ ኣርእዩ</translation>
    </message>
</context>
<context>
    <name>Microphone</name>
    <message>
        <location filename="../speaking/capture.py" line="40"/>
        <source>Er is geen microfoon gevonden. Sluit een microfoon of headset aan.</source>
        <translation>ማይክሮፎን ኣይተረኽበን። ማይክሮፎን ወይ ሄድሴት ኣራኽቡ።</translation>
    </message>
    <message>
        <location filename="../speaking/capture.py" line="46"/>
        <source>De microfoon mag niet gebruikt worden. Vraag IT om toestemming te geven.</source>
        <translation>ማይክሮፎን ምጥቃም ኣይፍቀድን። ካብ ክፍሊ IT ፍቓድ ሕተቱ።</translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="54"/>
        <source>Begeleider (coach)</source>
        <translation>መራሒ (ኮች)</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="59"/>
        <location filename="../profiles/new_learner_dialog.py" line="101"/>
        <source>Nieuw profiel</source>
        <translation>ሓድሽ ፕሮፋይል</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="62"/>
        <location filename="../profiles/new_learner_dialog.py" line="117"/>
        <source>Je naam</source>
        <translation>ስምኩም</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="66"/>
        <source>Pincode</source>
        <translation>ምስጢራዊ ቁጽሪ</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="67"/>
        <source>Pincode nog een keer</source>
        <translation>ምስጢራዊ ቁጽሪ ሓንሳብ ደጊም</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="71"/>
        <source>Melding</source>
        <translation>መልእኽቲ</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="72"/>
        <source>Profiel maken</source>
        <translation>ፕሮፋይል ስርሑ</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="76"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="97"/>
        <source>Persoon</source>
        <translation>ሰብ</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="118"/>
        <location filename="../profiles/new_learner_dialog.py" line="182"/>
        <source>Jouw taal</source>
        <translation>ቋንቋኹም</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="119"/>
        <source>Kies een plaatje</source>
        <translation>ስእሊ ምረጹ</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="120"/>
        <source>Pincode (hoeft niet)</source>
        <translation>ምስጢራዊ ቁጽሪ (ግዴታ ኣይኮነን)</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="139"/>
        <source>Nog een keer</source>
        <translation>ሓንሳብ ደጊም</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="198"/>
        <source>Typ je naam.</source>
        <translation>ስምኩም ጽሓፉ።</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="199"/>
        <source>Een pincode heeft 4 cijfers.</source>
        <translation>ምስጢራዊ ቁጽሪ 4 ኣሃዛት ኣለዎ።</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="200"/>
        <source>Typ de pincode nog een keer.</source>
        <translation>ምስጢራዊ ቁጽሪ ሓንሳብ ደጊምኩም ጽሓፉ።</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="201"/>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>እቶም ክልተ ምስጢራዊ ቁጽርታት ሓደ ኣይኮኑን።</translation>
    </message>
</context>
<context>
    <name>NoSoundNote</name>
    <message>
        <location filename="../no_sound_note.py" line="42"/>
        <source>Geen geluid op deze pc</source>
        <translation>ኣብዚ ኮምፒዩተር ድምጺ የለን</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <location filename="../profiles/picker_page.py" line="30"/>
        <source>Wie ben jij?</source>
        <translation>መን ኢኹም?</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="32"/>
        <source>Uitleg</source>
        <translation>መብርሂ</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="34"/>
        <source>Profielen</source>
        <translation>ፕሮፋይላት</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="36"/>
        <source>Nieuw profiel</source>
        <translation>ሓድሽ ፕሮፋይል</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="45"/>
        <source>Hallo</source>
        <translation>ሰላም</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="67"/>
        <source>Kies je naam.</source>
        <translation>ስምኩም ምረጹ።</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="70"/>
        <source>Hier is nog niemand. Maak eerst je profiel.</source>
        <translation>ኣብዚ ገና ሰብ የለን። ቅድም ፕሮፋይልኩም ስርሑ።</translation>
    </message>
</context>
<context>
    <name>PictogramPicker</name>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="66"/>
        <source>Pictogram kiezen</source>
        <translation>ስእላዊ ምልክት ምምራጽ</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="74"/>
        <source>Even geduld: de pictogrammen worden geladen…</source>
        <translation>ቁሩብ ተጸበዩ: ስእላዊ ምልክታት ይጽዓኑ ኣለዉ…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="83"/>
        <source>Zoek: een woord in het Nederlands of Engels</source>
        <translation>ድለዩ: ቃል ብሆላንድኛ ወይ ብእንግሊዝኛ</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="84"/>
        <source>Zoek een pictogram</source>
        <translation>ስእላዊ ምልክት ድለዩ</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="92"/>
        <source>Gevonden pictogrammen</source>
        <translation>ዝተረኽቡ ስእላዊ ምልክታት</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="101"/>
        <source>Foto: vierkant uit het midden</source>
        <translation>ፎቶ: ካብ ማእከል ርቡዕ</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="102"/>
        <source>Foto: de hele foto</source>
        <translation>ፎቶ: ምሉእ ፎቶ</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="103"/>
        <source>Hoe de foto wordt uitgesneden</source>
        <translation>እቲ ፎቶ ብኸመይ ይቑረጽ</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="104"/>
        <source>Kiezen</source>
        <translation>ምምራጽ</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="105"/>
        <source>Eigen foto…</source>
        <translation>ናይ ባዕልኹም ፎቶ…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="106"/>
        <source>Annuleren</source>
        <translation>ምስራዝ</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="139"/>
        <source>De pictogrammen konden niet geladen worden. Kies een foto.</source>
        <translation>ስእላዊ ምልክታት ክጽዓኑ ኣይከኣሉን። ፎቶ ምረጹ።</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="150"/>
        <source>Niets gevonden. Probeer een ander woord.</source>
        <translation>ዝተረኽበ የለን። ካልእ ቃል ፈትኑ።</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="173"/>
        <source>Eigen foto kiezen</source>
        <translation>ናይ ባዕልኹም ፎቶ ምምራጽ</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="174"/>
        <source>Foto&apos;s (*.jpg *.jpeg *.png *.webp *.heic *.bmp *.gif *.tif *.tiff)</source>
        <translation>ፎቶታት (*.jpg *.jpeg *.png *.webp *.heic *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="182"/>
        <source>Even geduld: de foto wordt klaargemaakt…</source>
        <translation>ቁሩብ ተጸበዩ: እቲ ፎቶ ይዳሎ ኣሎ…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="196"/>
        <source>Eigen foto</source>
        <translation>ናይ ባዕልኹም ፎቶ</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="198"/>
        <source>Eigen foto ({w} × {h})</source>
        <translation>ናይ ባዕልኹም ፎቶ ({w} × {h})</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="217"/>
        <source>Deze foto kan niet gelezen worden. Kies een andere foto.</source>
        <translation>እዚ ፎቶ ክንበብ ኣይክእልን። ካልእ ፎቶ ምረጹ።</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../profiles/pin_dialog.py" line="43"/>
        <source>Pincode</source>
        <translation>ምስጢራዊ ቁጽሪ</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="51"/>
        <source>Melding</source>
        <translation>መልእኽቲ</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="52"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="69"/>
        <source>Hallo {name}</source>
        <translation>ሰላም {name}</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="70"/>
        <source>Typ je pincode.</source>
        <translation>ምስጢራዊ ቁጽርኹም ጽሓፉ።</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="119"/>
        <source>Verkeerde pincode. Probeer opnieuw.</source>
        <translation>ጌጋ ምስጢራዊ ቁጽሪ። ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="125"/>
        <source>Te vaak fout. Wacht 1 minuut.</source>
        <translation>ብዙሕ ግዜ ተጋጊኹም። 1 ደቒቕ ተጸበዩ።</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="133"/>
        <source>{typed} van {total} cijfers getypt</source>
        <translation>ካብ {total} ኣሃዛት {typed} ተጻሒፉ</translation>
    </message>
</context>
<context>
    <name>PinPair</name>
    <message>
        <location filename="../staff/learners/form_parts.py" line="130"/>
        <source>Pincode</source>
        <translation>ምስጢራዊ ቁጽሪ</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="131"/>
        <source>Pincode nog een keer</source>
        <translation>ምስጢራዊ ቁጽሪ ሓንሳብ ደጊም</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="136"/>
        <source>Nog een keer</source>
        <translation>ሓንሳብ ደጊም</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="144"/>
        <source>Typ een naam.</source>
        <translation>ስም ጽሓፉ።</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="145"/>
        <source>Een pincode heeft 4 cijfers.</source>
        <translation>ምስጢራዊ ቁጽሪ 4 ኣሃዛት ኣለዎ።</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="146"/>
        <source>Typ de pincode nog een keer.</source>
        <translation>ምስጢራዊ ቁጽሪ ሓንሳብ ደጊምኩም ጽሓፉ።</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="147"/>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>እቶም ክልተ ምስጢራዊ ቁጽርታት ሓደ ኣይኮኑን።</translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="20"/>
        <source>Nieuwe pincode voor {name}</source>
        <translation>ሓድሽ ምስጢራዊ ቁጽሪ ን{name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="21"/>
        <source>Opslaan</source>
        <translation>ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="23"/>
        <source>Geen pincode</source>
        <translation>ብዘይ ምስጢራዊ ቁጽሪ</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="25"/>
        <source>Nieuwe pincode</source>
        <translation>ሓድሽ ምስጢራዊ ቁጽሪ</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../practice/practice_page.py" line="129"/>
        <source>Stoppen</source>
        <translation>ደው ኣብሉ</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="130"/>
        <source>Toets Esc</source>
        <translation>መጠወቒ Esc</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="207"/>
        <source>{n} van {total}</source>
        <translation>{n} ካብ {total}</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="211"/>
        <source>Voortgang: {text}</source>
        <translation>ምዕባለ: {text}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../authoring/print_dialog.py" line="70"/>
        <location filename="../authoring/print_dialog.py" line="85"/>
        <source>Afdrukken</source>
        <translation>ምሕታም</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="77"/>
        <source>Het pakket wordt gelezen...</source>
        <translation>እቲ ጥቕላል ይንበብ ኣሎ...</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="84"/>
        <source>Printer</source>
        <translation>ማሕተሚ</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="86"/>
        <source>Woordkaartjes</source>
        <translation>ካርድታት ቃላት</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="86"/>
        <source>Handboek vaktermen</source>
        <translation>መምርሒ ሞያዊ ቃላት</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="87"/>
        <source>Wat</source>
        <translation>እንታይ</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="92"/>
        <source>Groot: 8 op een A4</source>
        <translation>ዓቢ: 8 ኣብ ሓደ A4</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="93"/>
        <source>Klein: 24 op een A4</source>
        <translation>ንእሽቶ: 24 ኣብ ሓደ A4</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="95"/>
        <source>Formaat</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="96"/>
        <source>Geen vertaling</source>
        <translation>ብዘይ ትርጉም</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="97"/>
        <source>Vertaling</source>
        <translation>ትርጉም</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="98"/>
        <source>Van A tot Z</source>
        <translation>ካብ A ክሳብ Z</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="98"/>
        <source>Per onderwerp</source>
        <translation>ብኣርእስቲ</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="99"/>
        <source>Volgorde</source>
        <translation>ስርዓት</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="103"/>
        <source>&amp;Opslaan als PDF</source>
        <translation>ከም PDF &amp;ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="106"/>
        <source>&amp;Printen</source>
        <translation>&amp;ምሕታም</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="107"/>
        <source>Sluiten</source>
        <translation>ምዕጻው</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="182"/>
        <source>Afdrukken: {title}</source>
        <translation>ምሕታም: {title}</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="188"/>
        <source>Kies wat je wilt afdrukken.</source>
        <translation>እንታይ ክሕተም ከም እትደልዩ ምረጹ።</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="205"/>
        <source>Opslaan als PDF</source>
        <translation>ከም PDF ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="215"/>
        <source>Bezig met de PDF...</source>
        <translation>PDF ይዳሎ ኣሎ...</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="229"/>
        <source>Opgeslagen: {file} ({pages} pagina&apos;s)</source>
        <translation>ተዓቂቡ: {file} (ገጻት: {pages})</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="245"/>
        <source>Naar de printer gestuurd ({pages} pagina&apos;s).</source>
        <translation>ናብ ማሕተሚ ተላኢኹ (ገጻት: {pages})።</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="260"/>
        <source>Dit pakket bestaat niet meer.</source>
        <translation>እዚ ጥቕላል ደጊም የለን።</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="264"/>
        <source>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>ዲስክ መሊኡ ኣሎ። ቦታ ኣጽርዩ እሞ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="266"/>
        <source>Hier mag Vaktaal niet opslaan. Kies een andere map.</source>
        <translation>Vaktaal ኣብዚ ክዕቅብ ኣይፍቀደሉን። ካልእ ማህደር ምረጹ።</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="267"/>
        <source>Afdrukken lukte niet. Probeer het opnieuw of vraag IT.</source>
        <translation>ምሕታም ኣይሰለጠን። ደጊምኩም ፈትኑ ወይ ንክፍሊ IT ሕተቱ።</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../home/progress_page.py" line="40"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="54"/>
        <source>Grafiek</source>
        <translation>ሰንጠረዥ</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="58"/>
        <source>Jouw voortgang</source>
        <translation>ምዕባለኹም</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="82"/>
        <source>Boom</source>
        <translation>ኦም</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="94"/>
        <source>Woorden geleerd</source>
        <translation>ዝተማህሩ ቃላት</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="97"/>
        <source>Antwoorden per dag</source>
        <translation>መልስታት ብመዓልቲ</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="135"/>
        <source>Je hebt nog geen pakketten.</source>
        <translation>ገና ጥቕላል የብልኩምን።</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="138"/>
        <source>{learned} van {total} woorden geleerd</source>
        <translation>ካብ {total} ቃላት {learned} ተማሂርኩም</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="150"/>
        <source>Vergaderingen geoefend: {n}</source>
        <translation>ዝተለማመድኩምዎም ኣኼባታት: {n}</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="162"/>
        <source>Woorden</source>
        <translation>ቃላት</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="163"/>
        <source>Woorden van {deck}</source>
        <translation>ቃላት ናይ {deck}</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="172"/>
        <source>Je hebt de laatste {days} dagen nog niet geoefend.</source>
        <translation>ኣብዘን ዝሓለፋ {days} መዓልታት ኣይተለማመድኩምን።</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="178"/>
        <source>Geoefend op {practised} van de {days} dagen. Antwoorden: {total}.
Vandaag: {today} (de groene balk).</source>
        <translation>ካብ {days} መዓልታት ኣብ {practised} ተለማሚድኩም። መልስታት: {total}።
ሎሚ: {today} (እቲ ቀጠልያ ዓንዲ)።</translation>
    </message>
</context>
<context>
    <name>RecallView</name>
    <message>
        <location filename="../practice/recall_view.py" line="49"/>
        <source>Nieuw woord</source>
        <translation>ሓድሽ ቃል</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="52"/>
        <source>Laat zien</source>
        <translation>ኣርእዩ</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="69"/>
        <source>Nog eens</source>
        <translation>ደጊም</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="70"/>
        <source>Moeilijk</source>
        <translation>ከቢድ</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="71"/>
        <source>Goed</source>
        <translation>ቅኑዕ</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="72"/>
        <source>Makkelijk</source>
        <translation>ቀሊል</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="79"/>
        <source>Toets {key}</source>
        <translation>መጠወቒ {key}</translation>
    </message>
</context>
<context>
    <name>RecordingBadge</name>
    <message>
        <location filename="../meetings/player_parts.py" line="128"/>
        <source>Echte opname</source>
        <translation>ሓቀኛ ቅዳሕ</translation>
    </message>
</context>
<context>
    <name>RecordingFlow</name>
    <message>
        <location filename="../recording/recording_flow.py" line="39"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>ገለ ጸገም ኣጋጢሙ። ዝገበርኩምዎ ተዓቂቡ ኣሎ። Vaktaal ደጊምኩም ክፈቱ።</translation>
    </message>
    <message>
        <location filename="../recording/recording_flow.py" line="69"/>
        <source>Dat lukte niet. Er is niets veranderd. Probeer het nog eens.</source>
        <translation>ኣይሰለጠን። ዝተቐየረ ነገር የለን። ደጊምኩም ፈትኑ።</translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <location filename="../recording/recording_page.py" line="67"/>
        <source>Eigen stem opnemen</source>
        <translation>ናይ ባዕልኹም ድምጺ ቅድሑ</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="71"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="72"/>
        <source>Spatie = opnemen · L = luister · B = bewaren</source>
        <translation>Space = ቅድሑ · L = ስምዑ · B = ዓቅቡ</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="105"/>
        <source>Ik hoor je…</source>
        <translation>እሰምዓኩም ኣለኹ…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="110"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="110"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="128"/>
        <source>Bewaard. Leerlingen horen nu jouw stem.</source>
        <translation>ተዓቂቡ። ሕጂ ተማሃሮ ድምጽኹም ይሰምዑ።</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="131"/>
        <source>Verwijderd. Leerlingen horen weer de gewone stem.</source>
        <translation>ተደምሲሱ። ተማሃሮ ደጊሞም ንቡር ድምጺ ይሰምዑ።</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="160"/>
        <source>Zeg het woord.</source>
        <translation>ነቲ ቃል በሉ።</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="173"/>
        <source>Er is geen luidspreker. Sluit er een aan.</source>
        <translation>መጉልሒ ድምጺ የለን። ሓደ ኣራኽቡ።</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="177"/>
        <source>Er is nu geen geluid.</source>
        <translation>ሕጂ ድምጺ የለን።</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="187"/>
        <source>Even bewaren…</source>
        <translation>ይዕቀብ ኣሎ…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="201"/>
        <source>Druk nog een keer om de opname te verwijderen.</source>
        <translation>ነቲ ቅዳሕ ንምድምሳስ ሓንሳብ ደጊምኩም ጠውቑ።</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="205"/>
        <source>Even verwijderen…</source>
        <translation>ይድምሰስ ኣሎ…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="227"/>
        <source>Even luisteren…</source>
        <translation>ምስማዕ…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="231"/>
        <source>Goed. Luister, of bewaar de opname.</source>
        <translation>ጽቡቕ። ስምዑ፣ ወይ ነቲ ቅዳሕ ዓቅቡ።</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../staff/report_dialog.py" line="61"/>
        <location filename="../staff/report_dialog.py" line="79"/>
        <source>Rapport maken</source>
        <translation>ጸብጻብ ምስራሕ</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="71"/>
        <source>De namen worden gelezen...</source>
        <translation>ስማት ይንበቡ ኣለዉ...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="78"/>
        <source>Rapport</source>
        <translation>ጸብጻብ</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="80"/>
        <source>Wie</source>
        <translation>መን</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="81"/>
        <source>Alle leerlingen</source>
        <translation>ኩሎም ተማሃሮ</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="83"/>
        <source>Van</source>
        <translation>ካብ</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="84"/>
        <source>Tot en met</source>
        <translation>ክሳብ</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="85"/>
        <source>Bestand</source>
        <translation>ፋይል</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="86"/>
        <source>PDF (om te printen)</source>
        <translation>PDF (ንምሕታም)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="86"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="87"/>
        <source>CSV (tekst voor Excel)</source>
        <translation>CSV (ጽሑፍ ንExcel)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="91"/>
        <source>&amp;Opslaan...</source>
        <translation>&amp;ምዕቃብ...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="94"/>
        <source>Sluiten</source>
        <translation>ምዕጻው</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="148"/>
        <source>Kies wie, welke periode en welk bestand.</source>
        <translation>መን፣ ኣየናይ ግዜን ኣየናይ ፋይልን ምረጹ።</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="167"/>
        <source>Rapport opslaan</source>
        <translation>ጸብጻብ ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="178"/>
        <source>Bezig met de cijfers...</source>
        <translation>ቁጽርታት ይዳለዉ ኣለዉ...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="191"/>
        <source>Bezig met het rapport...</source>
        <translation>ጸብጻብ ይዳሎ ኣሎ...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="199"/>
        <source>Opgeslagen: {file} ({pages} pagina&apos;s)</source>
        <translation>ተዓቂቡ: {file} (ገጻት: {pages})</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="201"/>
        <source>Opgeslagen: {file}</source>
        <translation>ተዓቂቡ: {file}</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="213"/>
        <source>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>ዲስክ መሊኡ ኣሎ። ቦታ ኣጽርዩ እሞ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="215"/>
        <source>Hier mag Vaktaal niet opslaan. Kies een andere map.</source>
        <translation>Vaktaal ኣብዚ ክዕቅብ ኣይፍቀደሉን። ካልእ ማህደር ምረጹ።</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="216"/>
        <source>Het rapport lukte niet. Probeer het opnieuw of vraag IT.</source>
        <translation>ጸብጻብ ኣይሰለጠን። ደጊምኩም ፈትኑ ወይ ንክፍሊ IT ሕተቱ።</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../restore_dialog.py" line="57"/>
        <location filename="../restore_dialog.py" line="62"/>
        <source>De gegevens zijn kapot</source>
        <translation>እቲ ሓበሬታ ተበላሽዩ</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="61"/>
        <source>Kapot</source>
        <translation>ተበላሽዩ</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="66"/>
        <source>Niet nu</source>
        <translation>ሕጂ ኣይኮነን</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="66"/>
        <source>Sluiten</source>
        <translation>ምዕጻው</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="78"/>
        <source>Terugzetten van {date}</source>
        <translation>ናይ {date} ተጠባባቒ ቅዳሕ ምምላስ</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="84"/>
        <location filename="../restore_dialog.py" line="89"/>
        <source>Vaktaal kan de gegevens niet lezen.</source>
        <translation>Vaktaal ነቲ ሓበሬታ ከንብቦ ኣይክእልን።</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="85"/>
        <source>Er is geen reservekopie. Vraag hulp aan IT.</source>
        <translation>ተጠባባቒ ቅዳሕ የለን። ንIT ሓገዝ ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="86"/>
        <source>Voor IT: vaktaal db restore</source>
        <translation>ንIT: vaktaal db restore</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="90"/>
        <source>Er is een reservekopie van {date}.</source>
        <translation>ናይ {date} ተጠባባቒ ቅዳሕ ኣሎ።</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="91"/>
        <source>Wat na die tijd is geoefend, is weg.</source>
        <translation>ድሕሪ እቲ ግዜ ዝተገብረ ልምምድ ይጠፍእ።</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="118"/>
        <location filename="../restore_dialog.py" line="122"/>
        <source>Bezig met terugzetten…</source>
        <translation>ይምለስ ኣሎ…</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="136"/>
        <source>Probleem</source>
        <translation>ጸገም</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="137"/>
        <source>Terugzetten lukte niet. Vraag hulp aan IT.</source>
        <translation>ምምላስ ኣይሰለጠን። ንIT ሓገዝ ሕተቱ።</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../meetings/meeting_tables.py" line="58"/>
        <source>− Weghalen</source>
        <translation>− ምእላይ</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <location filename="../practice/server_banner.py" line="26"/>
        <source>Geen verbinding</source>
        <translation>ርክብ የለን</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="27"/>
        <source>De verbinding met de server is weg.</source>
        <translation>ርክብ ምስ ሰርቨር ተቛሪጹ።</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="29"/>
        <source>Je kunt verder oefenen; je antwoorden worden bewaard.</source>
        <translation>ልምምድ ክትቅጽሉ ትኽእሉ ኢኹም፤ መልስታትኩም ይዕቀቡ እዮም።</translation>
    </message>
</context>
<context>
    <name>ServerWaitPage</name>
    <message>
        <location filename="../practice/server_banner.py" line="55"/>
        <source>Wachten</source>
        <translation>ምጽባይ</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="56"/>
        <source>Even wachten op de server…</source>
        <translation>ንሰርቨር ቁሩብ ተጸበዩ…</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="58"/>
        <source>Je antwoorden zijn bewaard. Het gaat zo vanzelf verder.</source>
        <translation>መልስታትኩም ተዓቂቦም ኣለዉ። ቀልጢፉ ባዕሉ ክቕጽል እዩ።</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="29"/>
        <source>Voorbeeld van het bestand</source>
        <translation>ኣብነት ናይቲ ፋይል</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="44"/>
        <source>Is:</source>
        <translation>እዩ:</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="59"/>
        <source>Kolom {name} is</source>
        <translation>ዓምዲ {name}:</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="60"/>
        <source>(niet gebruiken)</source>
        <translation>(ኣይትጠቐሙ)</translation>
    </message>
</context>
<context>
    <name>SoundToggle</name>
    <message>
        <location filename="../home/sound_toggle.py" line="36"/>
        <source>Woorden klinken vanzelf: aan</source>
        <translation>ቃላት ባዕሎም ይስምዑ: ወሊዑ</translation>
    </message>
    <message>
        <location filename="../home/sound_toggle.py" line="38"/>
        <source>Woorden klinken vanzelf: uit</source>
        <translation>ቃላት ባዕሎም ይስምዑ: ጠፊኡ</translation>
    </message>
</context>
<context>
    <name>SpeakPanel</name>
    <message>
        <location filename="../speaking/speak_panel.py" line="36"/>
        <source>Zeg het woord.</source>
        <translation>ነቲ ቃል በሉ።</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="38"/>
        <location filename="../speaking/speak_panel.py" line="102"/>
        <source>Spreek</source>
        <translation>ተዛረቡ</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="41"/>
        <source>Klik of druk op spatie. Of houd spatie vast.</source>
        <translation>ጠውቑ ወይ Space ጠውቑ። ወይ Space ጠዊቕኩም ሓዙ።</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="43"/>
        <source>Luister naar jezelf</source>
        <translation>ንርእስኹም ስምዑ</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="45"/>
        <source>Klik of druk op spatie. Zeg dan het woord.</source>
        <translation>ጠውቑ ወይ Space ጠውቑ። ድሕሪኡ ነቲ ቃል በሉ።</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="50"/>
        <source>Sla over</source>
        <translation>ሕለፉ</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="99"/>
        <source>Stop</source>
        <translation>ደው ኣብሉ</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="101"/>
        <source>Nog een keer</source>
        <translation>ሓንሳብ ደጊም</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="107"/>
        <source>Ik luister…</source>
        <translation>እሰምዕ ኣለኹ…</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="108"/>
        <source>Even luisteren…</source>
        <translation>ምስማዕ…</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="118"/>
        <source>Ik hoor je…</source>
        <translation>እሰምዓኩም ኣለኹ…</translation>
    </message>
</context>
<context>
    <name>SpeakingView</name>
    <message>
        <location filename="../speaking/speaking_view.py" line="122"/>
        <source>Plaatje</source>
        <translation>ስእሊ</translation>
    </message>
    <message>
        <location filename="../speaking/speaking_view.py" line="270"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>ኣይሰለጠን። ደጊምኩም ፈትኑ።</translation>
    </message>
</context>
<context>
    <name>SpeechModelPanel</name>
    <message>
        <location filename="../speaking/model_panel.py" line="34"/>
        <source>De andere oefeningen werken gewoon.</source>
        <translation>እቶም ካልኦት ልምምዳት ከም ልሙድ ይሰርሑ።</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="35"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="88"/>
        <source>Spraakherkenning wordt geladen…</source>
        <translation>ምልላይ ዘረባ ይጽዓን ኣሎ…</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="88"/>
        <location filename="../speaking/model_panel.py" line="103"/>
        <source>Een ogenblik</source>
        <translation>ቁሩብ ተጸበዩ</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="91"/>
        <source>Spraakherkenning is klaar</source>
        <translation>ምልላይ ዘረባ ድሉው እዩ</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="92"/>
        <source>Je kunt de woorden nu hardop oefenen.</source>
        <translation>ሕጂ ነቶም ቃላት ብዓውታ ክትለማመድዎም ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="95"/>
        <source>Spreken kan nog niet op deze pc</source>
        <translation>ኣብዚ ኮምፒዩተር ገና ምዝራብ ኣይከኣልን</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="96"/>
        <source>Je begeleider kan dit regelen.</source>
        <translation>ኣሰልጣኒኹም ነዚ ከስተኻኽሎ ይኽእል።</translation>
    </message>
</context>
<context>
    <name>SpeechModelStaffPanel</name>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="41"/>
        <source>Spraakmodel (voor de begeleider of IT)</source>
        <translation>ሞዴል ዘረባ (ንኣሰልጣኒ ወይ ንክፍሊ IT)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="45"/>
        <source>Vaktaal heeft dit Nederlandse spraakmodel nodig:</source>
        <translation>Vaktaal ነዚ ናይ ሆላንድኛ ሞዴል ዘረባ የድልዮ:</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="50"/>
        <source>Kies het zip-bestand</source>
        <translation>ነቲ zip ፋይል ምረጹ</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="53"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="105"/>
        <source>Bezig met installeren… {p}%</source>
        <translation>ይትከል ኣሎ… {p}%</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="116"/>
        <source>Kies het spraakmodel (zip)</source>
        <translation>ሞዴል ዘረባ ምረጹ (zip)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="116"/>
        <source>Zip-bestanden (*.zip)</source>
        <translation>Zip ፋይላት (*.zip)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="123"/>
        <source>Het spraakmodel wordt geladen…</source>
        <translation>ሞዴል ዘረባ ይጽዓን ኣሎ…</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="124"/>
        <source>Het spraakmodel werkt.</source>
        <translation>ሞዴል ዘረባ ይሰርሕ ኣሎ።</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="125"/>
        <source>Er is nog geen spraakmodel.</source>
        <translation>ገና ሞዴል ዘረባ የለን።</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="126"/>
        <source>Het spraakmodel werkt niet.</source>
        <translation>ሞዴል ዘረባ ኣይሰርሕን።</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="127"/>
        <source>Dit spraakmodel is niet Nederlands.</source>
        <translation>እዚ ሞዴል ዘረባ ሆላንድኛ ኣይኮነን።</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="135"/>
        <source>1. Vraag IT om het zip-bestand ({size}), of download het van {site}.</source>
        <translation>1. ነቲ zip ፋይል ({size}) ንክፍሊ IT ሕተቱ፣ ወይ ካብ {site} ኣውርድዎ።</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="137"/>
        <source>2. Kies het zip-bestand hier, of gebruik deze opdracht:</source>
        <translation>2. ነቲ zip ፋይል ኣብዚ ምረጹ፣ ወይ ነዚ ትእዛዝ ተጠቐሙ:</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFiles</name>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="36"/>
        <source>Bezig met opslaan…</source>
        <translation>ይዕቀብ ኣሎ…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="44"/>
        <source>Opslaan als</source>
        <translation>ብካልእ ስም ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="57"/>
        <source>Niet opgeslagen</source>
        <translation>ኣይተዓቀበን</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="66"/>
        <source>Het bestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>እቲ ፋይል ክዕቀብ ኣይከኣለን። ካልእ ማህደር ምረጹ።</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="62"/>
        <location filename="../authoring/spreadsheet_dialog.py" line="97"/>
        <source>Termen uit Excel of CSV</source>
        <translation>ሞያዊ ቃላት ካብ Excel ወይ CSV</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="65"/>
        <source>Kies een bestand (CSV of Excel).</source>
        <translation>ፋይል ምረጹ (CSV ወይ Excel)።</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="71"/>
        <source>Spreadsheet</source>
        <translation>ሰንጠረዥ</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>&amp;Bestand kiezen</source>
        <translation>&amp;ፋይል ምምራጽ</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>&amp;Importeren</source>
        <translation>&amp;ምእታው</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>Annuleren</source>
        <translation>ምስራዝ</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="77"/>
        <source>Pakket</source>
        <translation>ጥቕላል</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="79"/>
        <source>Nieuw pakket</source>
        <translation>ሓድሽ ጥቕላል</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="81"/>
        <location filename="../authoring/spreadsheet_dialog.py" line="82"/>
        <source>Naam van het nieuwe pakket</source>
        <translation>ስም ናይቲ ሓድሽ ጥቕላል</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="87"/>
        <source>Voorbeeld</source>
        <translation>ኣብነት</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="89"/>
        <source>Zo wordt het</source>
        <translation>ከምዚ ክኸውን እዩ</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="90"/>
        <source>Kolommen in het bestand</source>
        <translation>ዓምድታት ኣብቲ ፋይል</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="93"/>
        <source>Problemen</source>
        <translation>ጸገማት</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="105"/>
        <source>Pakket:</source>
        <translation>ጥቕላል:</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="139"/>
        <source>Bijwerken: {title}</source>
        <translation>ምሕዳስ: {title}</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="145"/>
        <source>De pakketten in Vaktaal konden niet gelezen worden. Alleen een nieuw pakket kan.</source>
        <translation>ኣብ Vaktaal ዘለዉ ጥቕላላት ክንበቡ ኣይከኣሉን። ሓድሽ ጥቕላል ጥራይ ይከኣል።</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="153"/>
        <source>Kies een bestand</source>
        <translation>ፋይል ምረጹ</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="163"/>
        <source>Bezig met lezen…</source>
        <translation>ይንበብ ኣሎ…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="199"/>
        <source>Bezig met controleren…</source>
        <translation>ይረጋገጽ ኣሎ…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="221"/>
        <source>Alles is goed. Aantal termen: {n}.</source>
        <translation>ኩሉ ጽቡቕ እዩ። ብዝሒ ሞያዊ ቃላት: {n}።</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="223"/>
        <source>Klaar om te importeren: {n} termen. Lees wat bij &apos;Let op&apos; staat.</source>
        <translation>ንምእታው ድሉው: {n} ሞያዊ ቃላት። ኣብ &apos;ተጠንቀቑ&apos; ዘሎ ኣንብቡ።</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="226"/>
        <source>Aantal problemen: {n}. Verbeter het bestand.</source>
        <translation>ብዝሒ ጸገማት: {n}። ነቲ ፋይል ኣዐርዩ።</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="234"/>
        <source>Let op: {text}</source>
        <translation>ተጠንቀቑ: {text}</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="241"/>
        <source>Er ging iets mis. Er is niets veranderd. Probeer het opnieuw.</source>
        <translation>ገለ ጸገም ኣጋጢሙ። ዝተቐየረ ነገር የለን። ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="244"/>
        <source>Zo kan het niet. Kijk bij de problemen.</source>
        <translation>ከምዚ ኣይከኣልን። ነቶም ጸገማት ርኣዩ።</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="246"/>
        <source>Dit bestand kan niet gebruikt worden.</source>
        <translation>እዚ ፋይል ክጥቀሙሉ ኣይከኣልን።</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="23"/>
        <source>Begeleider toevoegen</source>
        <translation>መራሒ ምውሳኽ</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="23"/>
        <source>Toevoegen</source>
        <translation>ምውሳኽ</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="24"/>
        <location filename="../staff/learners/staff_dialog.py" line="40"/>
        <source>Naam</source>
        <translation>ስም</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="27"/>
        <source>Taalbuddy</source>
        <translation>መሓዛ ቋንቋ</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="28"/>
        <source>Coach</source>
        <translation>ኮች</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="41"/>
        <source>Rol</source>
        <translation>ተራ</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="42"/>
        <source>Pincode</source>
        <translation>ምስጢራዊ ቁጽሪ</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <location filename="../staff/staff_home.py" line="34"/>
        <source>Samen oefenen</source>
        <translation>ብሓባር ምልምማድ</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="35"/>
        <source>Overzicht</source>
        <translation>ሓፈሻዊ ትርኢት</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="36"/>
        <source>Rapport maken</source>
        <translation>ጸብጻብ ምስራሕ</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="37"/>
        <source>Pakketten</source>
        <translation>ጥቕላላት</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="38"/>
        <source>Leerlingen beheren</source>
        <translation>ተማሃሮ ምምሕዳር</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="39"/>
        <source>Begeleiders</source>
        <translation>መራሕቲ</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="40"/>
        <source>Afmelden</source>
        <translation>ምውጻእ</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="60"/>
        <source>Welkom, {name}</source>
        <translation>እንቋዕ ደሓን መጻእኩም፣ {name}</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="62"/>
        <source>Je bent coach.</source>
        <translation>ንስኹም ኮች ኢኹም።</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="62"/>
        <source>Je bent taalbuddy.</source>
        <translation>ንስኹም መሓዛ ቋንቋ ኢኹም።</translation>
    </message>
</context>
<context>
    <name>StaffLoginDialog</name>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="23"/>
        <location filename="../profiles/staff_login_dialog.py" line="47"/>
        <source>Begeleider</source>
        <translation>መራሒ</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="28"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="38"/>
        <source>Alleen voor begeleiders. Kies je naam.</source>
        <translation>ንመራሕቲ ጥራይ። ስምኩም ምረጹ።</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="39"/>
        <source>Alleen voor begeleiders. Er is nog geen begeleider.</source>
        <translation>ንመራሕቲ ጥራይ። ገና መራሒ የለን።</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="43"/>
        <source>Slot</source>
        <translation>መዕጸዊ</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../staff/learners/staff_page.py" line="27"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="29"/>
        <source>Begeleider toevoegen</source>
        <translation>መራሒ ምውሳኽ</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="32"/>
        <source>Melding</source>
        <translation>መልእኽቲ</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="43"/>
        <source>Begeleiders</source>
        <translation>መራሕቲ</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="75"/>
        <source>Coach</source>
        <translation>ኮች</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="75"/>
        <source>Taalbuddy</source>
        <translation>መሓዛ ቋንቋ</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="78"/>
        <source>Dit ben jij. Jezelf verwijderen kan niet.</source>
        <translation>እዚ ንስኹም ኢኹም። ንርእስኹም ክትድምስሱ ኣይትኽእሉን።</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="80"/>
        <source>De enige coach. Die blijft.</source>
        <translation>ሓደ ኮች ጥራይ እዩ ዘሎ። ክድምሰስ ኣይክእልን።</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="83"/>
        <source>Pincode wijzigen</source>
        <translation>ምስጢራዊ ቁጽሪ ምቕያር</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="84"/>
        <source>Verwijderen</source>
        <translation>ምድምሳስ</translation>
    </message>
</context>
<context>
    <name>StaffProfilesFlow</name>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="55"/>
        <source>{name} is toegevoegd.</source>
        <translation>ፕሮፋይል ናይ {name} ተወሲኹ።</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="65"/>
        <source>{name} heeft een nieuwe pincode.</source>
        <translation>{name}: ሓድሽ ምስጢራዊ ቁጽሪ ተቐሚጡ።</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="71"/>
        <source>het profiel van {name}</source>
        <translation>ፕሮፋይል ናይ {name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="76"/>
        <source>{name} is verwijderd.</source>
        <translation>ፕሮፋይል ናይ {name} ተደምሲሱ።</translation>
    </message>
</context>
<context>
    <name>StaffRow</name>
    <message>
        <location filename="../profiles/staff_row.py" line="39"/>
        <source>Begeleiders</source>
        <translation>መራሕቲ</translation>
    </message>
    <message>
        <location filename="../profiles/staff_row.py" line="78"/>
        <source>{name}, begeleider</source>
        <translation>{name}፣ መራሒ</translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="58"/>
        <source>Naam</source>
        <translation>ስም</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="59"/>
        <source>Laatst
geoefend</source>
        <translation>ናይ መወዳእታ
ልምምድ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="60"/>
        <source>Dagen
op rij</source>
        <translation>መዓልታት
ብተኸታታሊ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="61"/>
        <source>Geleerd</source>
        <translation>ዝተማህሩ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="62"/>
        <source>Te
herhalen</source>
        <translation>ዝድገሙ
ቃላት</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="63"/>
        <source>Onthouden</source>
        <translation>ዝተዘከረ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="64"/>
        <source>Moet je
weten</source>
        <translation>ክትፈልጥዎ
ዘለኩም</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="65"/>
        <source>Met
buddy</source>
        <translation>ምስ መሓዛ
ቋንቋ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="66"/>
        <source>Spreken
eens</source>
        <translation>ስምምዕ
ኣብ ምዝራብ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="71"/>
        <source>Dagen achter elkaar geoefend, tot vandaag</source>
        <translation>ክሳብ ሎሚ ብተኸታታሊ ዝተለማመደሉ መዓልታት</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="72"/>
        <source>Woorden geleerd: op 2 dagen goed, laatste antwoord goed</source>
        <translation>ዝተማህሩ ቃላት: ኣብ 2 መዓልታት ቅኑዕ፣ እቲ ናይ መወዳእታ መልሲ ድማ ቅኑዕ</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="73"/>
        <source>Kaarten die nu herhaald moeten worden</source>
        <translation>ሕጂ ክድገማ ዘለወን ካርድታት</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="74"/>
        <source>Laatste 30 dagen: deel goede antwoorden (zonder eerste keer)</source>
        <translation>ዝሓለፋ 30 መዓልታት: ምጣነ ቅኑዓት መልስታት (ብዘይ ናይ መጀመርታ ግዜ)</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="77"/>
        <source>Veiligheidswoorden die de leerling kent, van alle</source>
        <translation>እቲ ተማሃራይ ዝፈልጦም ቃላት ድሕንነት፣ ካብ ኩሎም</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="78"/>
        <source>Sessies met een taalbuddy deze maand</source>
        <translation>ኣብዚ ወርሒ ምስ መሓዛ ቋንቋ ዝተገብሩ ልምምዳት</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="79"/>
        <source>Hoe vaak computer en buddy het eens waren over spreken</source>
        <translation>ኮምፒዩተርን መሓዛ ቋንቋን ብዛዕባ ምዝራብ ክንደይ ግዜ ተሰማሚዖም</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="198"/>
        <source>{learned} van {terms} geleerd</source>
        <translation>ዝተማህሩ: {learned} ካብ {terms}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="202"/>
        <source>{due} te herhalen</source>
        <translation>ዝድገሙ: {due}</translation>
    </message>
</context>
<context>
    <name>Subtitles</name>
    <message>
        <location filename="../meetings/player_parts.py" line="74"/>
        <source>Tekst van de vergadering</source>
        <translation>ጽሑፍ ናይቲ ኣኼባ</translation>
    </message>
</context>
<context>
    <name>SummaryFeedback</name>
    <message>
        <location filename="../meetings/summary_feedback.py" line="64"/>
        <source>Hoofdpunten</source>
        <translation>ቀንዲ ነጥብታት</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="64"/>
        <source>Taken</source>
        <translation>ዕማማት</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="131"/>
        <source>Verbeter je tekst</source>
        <translation>ጽሑፍኩም ኣመሓይሹ</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="133"/>
        <source>Ga terug en voeg punten toe</source>
        <translation>ተመለሱ ነጥብታት ወስኹ</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../practice/summary_page.py" line="51"/>
        <source>Feest</source>
        <translation>በዓል</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="52"/>
        <source>Klaar!</source>
        <translation>ተወዲኡ!</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="56"/>
        <source>Goed</source>
        <translation>ቅኑዕ</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="60"/>
        <source>Bewaard</source>
        <translation>ተዓቂቡ</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="61"/>
        <source>Deze woorden oefen je nog een keer:</source>
        <translation>ነዞም ቃላት ደጊምኩም ክትለማመድዎም ኢኹም:</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="64"/>
        <source>Alles goed. Knap gedaan!</source>
        <translation>ኩሉ ቅኑዕ። ጽቡቕ ገይርኩም!</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="66"/>
        <source>Nog een keer oefenen</source>
        <translation>ደጊምኩም ተለማመዱ</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="68"/>
        <source>Naar start</source>
        <translation>ናብ መጀመርታ</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="110"/>
        <source>Woorden om te herhalen</source>
        <translation>ዝድገሙ ቃላት</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="126"/>
        <source>Je hebt 1 woord geoefend.</source>
        <translation>1 ቃል ተለማሚድኩም።</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="128"/>
        <source>Je hebt {n} woorden geoefend.</source>
        <translation>{n} ቃላት ተለማሚድኩም።</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="129"/>
        <source>{m} goed</source>
        <translation>ቅኑዕ: {m}</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="149"/>
        <source>{saved} van {n} antwoorden bewaard</source>
        <translation>ካብ {n} መልስታት {saved} ተዓቂቦም</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="151"/>
        <source>1 antwoord bewaard</source>
        <translation>1 መልሲ ተዓቂቡ</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="153"/>
        <source>{n} antwoorden bewaard</source>
        <translation>{n} መልስታት ተዓቂቦም</translation>
    </message>
</context>
<context>
    <name>SummarySpeech</name>
    <message>
        <location filename="../meetings/summary_speech.py" line="32"/>
        <source>De spraakherkenning voor Nederlands is er nog niet.</source>
        <translation>ምልላይ ዘረባ ንሆላንድኛ ገና የለን።</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../meetings/summary_view.py" line="75"/>
        <source>Vat de vergadering samen</source>
        <translation>ነቲ ኣኼባ ብሓጺሩ ግለጹ</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="76"/>
        <source>Schrijf of zeg: wat zijn de hoofdpunten, wie doet wat?</source>
        <translation>ጽሓፉ ወይ በሉ: ቀንዲ ነጥብታት እንታይ እዮም፣ መን እንታይ ይገብር?</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="89"/>
        <source>Samenvatting</source>
        <translation>ጽማቕ</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="90"/>
        <source>Typ hier je samenvatting.</source>
        <translation>ጽማቕኩም ኣብዚ ጽሓፉ።</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="93"/>
        <location filename="../meetings/summary_view.py" line="150"/>
        <source>Zeg het</source>
        <translation>በሉ</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="94"/>
        <source>Ctrl+R: begin of stop met praten</source>
        <translation>Ctrl+R: ዘረባ ጀምሩ ወይ ደው ኣብሉ</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="98"/>
        <source>Controleer</source>
        <translation>ኣረጋግጹ</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="100"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="147"/>
        <source>Ik luister. Klik op Stop als je klaar bent.</source>
        <translation>እሰምዕ ኣለኹ። ምስ ወዳእኩም &apos;ደው ኣብሉ&apos; ጠውቑ።</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="150"/>
        <source>Stop</source>
        <translation>ደው ኣብሉ</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="161"/>
        <source>Ik schrijf op wat je zei...</source>
        <translation>ዝበልኩምዎ እጽሕፍ ኣለኹ...</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="169"/>
        <source>Ik heb niets verstaan. Probeer het nog eens.</source>
        <translation>ዋላ ሓንቲ ኣይተረድኣንን። ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="173"/>
        <source>Kijk of de tekst klopt. Verbeter hem als dat nodig is.</source>
        <translation>እቲ ጽሑፍ ቅኑዕ ምዃኑ ርኣዩ። ኣድላዪ እንተኾይኑ ኣዐርይዎ።</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="180"/>
        <source>Dat lukte niet: {reason} Typ je samenvatting.</source>
        <translation>ኣይሰለጠን: {reason} ጽማቕኩም ጽሓፉ።</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="218"/>
        <source>Klaar</source>
        <translation>ተወዲኡ</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="239"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>ኣይሰለጠን። ደጊምኩም ፈትኑ።</translation>
    </message>
</context>
<context>
    <name>TakePanel</name>
    <message>
        <location filename="../recording/take_panel.py" line="44"/>
        <source>Melding</source>
        <translation>መልእኽቲ</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="47"/>
        <location filename="../recording/take_panel.py" line="119"/>
        <source>Opnemen</source>
        <translation>ምቕዳሕ</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="49"/>
        <source>Spatie</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="50"/>
        <source>Luister</source>
        <translation>ስምዑ</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="51"/>
        <source>Bewaren</source>
        <translation>ምዕቃብ</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="52"/>
        <location filename="../recording/take_panel.py" line="99"/>
        <source>Verwijderen</source>
        <translation>ምድምሳስ</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="83"/>
        <source>Plaatje</source>
        <translation>ስእሊ</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="99"/>
        <source>Echt verwijderen?</source>
        <translation>ብርግጽ ይደምሰስ?</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="109"/>
        <source>Dit pakket heeft geen woorden.</source>
        <translation>እዚ ጥቕላል ቃላት የብሉን።</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="111"/>
        <source>Dit woord heeft een eigen opname.</source>
        <translation>እዚ ቃል ናይ ባዕሉ ቅዳሕ ኣለዎ።</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="113"/>
        <source>Nog geen eigen opname.</source>
        <translation>ገና ናይ ባዕሉ ቅዳሕ የብሉን።</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="118"/>
        <source>Stop</source>
        <translation>ደው ኣብሉ</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="119"/>
        <source>Nog een keer</source>
        <translation>ሓንሳብ ደጊም</translation>
    </message>
</context>
<context>
    <name>TakeRecorder</name>
    <message>
        <location filename="../recording/take_recorder.py" line="108"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>ኣይሰለጠን። ደጊምኩም ፈትኑ።</translation>
    </message>
</context>
<context>
    <name>TermCard</name>
    <message>
        <location filename="../practice/term_card.py" line="94"/>
        <source>Luister</source>
        <translation>ስምዑ</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="96"/>
        <location filename="../practice/term_card.py" line="97"/>
        <source>Let op: veiligheid</source>
        <translation>ተጠንቀቑ: ድሕንነት</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="113"/>
        <source>Luister naar de uitleg</source>
        <translation>ነቲ መብርሂ ስምዑ</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="118"/>
        <source>Luister naar de zin</source>
        <translation>ነቲ ሓረግ ስምዑ</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="165"/>
        <source>Welk woord is dit?</source>
        <translation>እዚ እንታይ ቃል እዩ?</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="171"/>
        <source>Plaatje</source>
        <translation>ስእሊ</translation>
    </message>
</context>
<context>
    <name>TermForm</name>
    <message>
        <location filename="../authoring/term_form.py" line="26"/>
        <source>Term</source>
        <translation>ሞያዊ ቃል</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="35"/>
        <source>Pictogram kiezen…</source>
        <translation>ስእላዊ ምልክት ምምራጽ…</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="37"/>
        <source>Vertalingen</source>
        <translation>ትርጉማት</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="48"/>
        <source>Woord</source>
        <translation>ቃል</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="48"/>
        <source>bijvoorbeeld: heftruck</source>
        <translation>ንኣብነት: heftruck</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="49"/>
        <source>Soort woord</source>
        <translation>ዓይነት ቃል</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="51"/>
        <source>Lidwoord</source>
        <translation>ኣርቲክል (de/het)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="51"/>
        <source>(geen)</source>
        <translation>(የለን)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="53"/>
        <source>Meervoud</source>
        <translation>ብዙሕ ቁጽሪ</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="53"/>
        <source>- : geen meervoud</source>
        <translation>- : ብዙሕ የብሉን</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="54"/>
        <source>Uitleg (eenvoudig Nederlands)</source>
        <translation>መብርሂ (ቀሊል ሆላንድኛ)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="55"/>
        <source>Voorbeeldzin</source>
        <translation>ኣብነታዊ ሓረግ</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="56"/>
        <location filename="../authoring/term_form.py" line="102"/>
        <source>Pictogram</source>
        <translation>ስእላዊ ምልክት</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="57"/>
        <source>Hoofdstuk</source>
        <translation>ምዕራፍ</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="58"/>
        <source>Labels</source>
        <translation>መለለዪታት</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="58"/>
        <source>met komma&apos;s ertussen</source>
        <translation>ብፋሕፋሕ (፣ ,) ተፈልዮም</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="59"/>
        <source>Belangrijk voor veiligheid</source>
        <translation>ንድሕንነት ኣገዳሲ</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="60"/>
        <source>Geluid (bestand in het pakket)</source>
        <translation>ድምጺ (ፋይል ኣብቲ ጥቕላል)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="61"/>
        <source>Id (vast, voor de voortgang)</source>
        <translation>መለለዪ (ቀዋሚ፣ ንምዕባለ)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="86"/>
        <source>{language}, nog niet gecontroleerd</source>
        <translation>{language}፣ ገና ኣይተረጋገጸን</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="99"/>
        <source>Nieuwe term</source>
        <translation>ሓድሽ ሞያዊ ቃል</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="110"/>
        <source>zelfstandig naamwoord</source>
        <translation>ስም</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="111"/>
        <source>werkwoord</source>
        <translation>ግሲ</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="112"/>
        <source>bijvoeglijk naamwoord</source>
        <translation>ቅጽል</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="113"/>
        <source>bijwoord</source>
        <translation>ተውሳከ ግሲ</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="114"/>
        <source>uitdrukking</source>
        <translation>ኣገላልጻ</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="115"/>
        <source>afkorting</source>
        <translation>ኣሕጽሮተ ቃል</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="116"/>
        <source>anders</source>
        <translation>ካልእ</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="117"/>
        <source>open (nog niet bekend)</source>
        <translation>ክፉት (ገና ኣይተፈልጠን)</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <location filename="../authoring/term_list.py" line="26"/>
        <source>Zoeken…</source>
        <translation>ምድላይ…</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="27"/>
        <source>Zoek een term</source>
        <translation>ሞያዊ ቃል ድለዩ</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="30"/>
        <source>Welke termen</source>
        <translation>ኣየኖት ሞያዊ ቃላት</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="32"/>
        <source>Termen</source>
        <translation>ሞያዊ ቃላት</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="56"/>
        <source>Alle termen</source>
        <translation>ኩሎም ሞያዊ ቃላት</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="57"/>
        <source>Alleen met problemen</source>
        <translation>ጸገም ዘለዎም ጥራይ</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="59"/>
        <source>Hoofdstuk: {name}</source>
        <translation>ምዕራፍ: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="85"/>
        <source>(nieuwe term)</source>
        <translation>(ሓድሽ ሞያዊ ቃል)</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="93"/>
        <source>Deze term heeft nog een probleem.</source>
        <translation>እዚ ሞያዊ ቃል ገና ጸገም ኣለዎ።</translation>
    </message>
</context>
<context>
    <name>TermVoiceList</name>
    <message>
        <location filename="../recording/term_list.py" line="44"/>
        <source>Woorden</source>
        <translation>ቃላት</translation>
    </message>
    <message>
        <location filename="../recording/term_list.py" line="69"/>
        <source>eigen opname</source>
        <translation>ናይ ባዕሉ ቅዳሕ</translation>
    </message>
    <message>
        <location filename="../recording/term_list.py" line="69"/>
        <source>geen eigen opname</source>
        <translation>ናይ ባዕሉ ቅዳሕ የብሉን</translation>
    </message>
</context>
<context>
    <name>TextSizeButtons</name>
    <message>
        <location filename="../home/text_size_buttons.py" line="22"/>
        <source>Tekst normaal</source>
        <translation>ንቡር ጽሑፍ</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="23"/>
        <source>Tekst groot</source>
        <translation>ዓቢ ጽሑፍ</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="24"/>
        <source>Tekst extra groot</source>
        <translation>ኣዝዩ ዓቢ ጽሑፍ</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="30"/>
        <source>Tekst</source>
        <translation>ጽሑፍ</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="37"/>
        <source>A</source>
        <translation>ሀ</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../home/today_panel.py" line="21"/>
        <source>Doel</source>
        <translation>ዕላማ</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="23"/>
        <source>Doel vandaag</source>
        <translation>ዕላማ ሎሚ</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="38"/>
        <source>{done} van {goal} vandaag</source>
        <translation>ሎሚ: {done} ካብ {goal}</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="40"/>
        <source>{done} van {goal} vandaag. Doel gehaald!</source>
        <translation>ሎሚ: {done} ካብ {goal}። ዕላማ በጺሕኩም!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="49"/>
        <source>Plantje</source>
        <translation>ተኽሊ</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="50"/>
        <source>Oefen vandaag. Dan heb je 1 dag op rij!</source>
        <translation>ሎሚ ተለማመዱ። ሽዑ 1 መዓልቲ ብተኸታታሊ ይኸውን!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="52"/>
        <location filename="../home/today_panel.py" line="55"/>
        <source>Vuur</source>
        <translation>ሓዊ</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="53"/>
        <source>1 dag op rij. Goed bezig!</source>
        <translation>1 መዓልቲ ብተኸታታሊ። ጽቡቕ ትሰርሑ ኣለኹም!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="56"/>
        <source>{n} dagen op rij</source>
        <translation>{n} መዓልታት ብተኸታታሊ</translation>
    </message>
</context>
<context>
    <name>TranscribeTask</name>
    <message>
        <location filename="../meetings/transcribe_task.py" line="89"/>
        <source>Het omzetten is niet gelukt. Probeer een andere opname.</source>
        <translation>ምቕያር ኣይሰለጠን። ካልእ ቅዳሕ ፈትኑ።</translation>
    </message>
</context>
<context>
    <name>TypingView</name>
    <message>
        <location filename="../practice/typing_view.py" line="67"/>
        <source>Luister</source>
        <translation>ስምዑ</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="68"/>
        <source>Typ het woord.</source>
        <translation>ነቲ ቃል ጽሓፉ።</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="71"/>
        <source>Typ hier het woord</source>
        <translation>ነቲ ቃል ኣብዚ ጽሓፉ</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="72"/>
        <source>Typ hier…</source>
        <translation>ኣብዚ ጽሓፉ…</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="76"/>
        <source>Controleer</source>
        <translation>ኣረጋግጹ</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="78"/>
        <source>Weet ik niet</source>
        <translation>ኣይፈልጦን</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="82"/>
        <source>Wat je typte</source>
        <translation>ዝጸሓፍኩምዎ</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="118"/>
        <source>Plaatje</source>
        <translation>ስእሊ</translation>
    </message>
</context>
<context>
    <name>UnknownWordsView</name>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="20"/>
        <source>Welke woorden kende je niet?</source>
        <translation>ኣየኖት ቃላት ኣይፈለጥኩምን?</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="22"/>
        <source>Tik erop. Je oefent ze later. Geen? Kies dan meteen Klaar.</source>
        <translation>ጠውቑዎም። ደሓር ክትለማመድዎም ኢኹም። የለን ድዩ? ሽዑ ብቐጥታ &apos;ተወዲኡ&apos; ምረጹ።</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="25"/>
        <source>Klaar</source>
        <translation>ተወዲኡ</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="63"/>
        <source>Naar je oefenlijst: {n}</source>
        <translation>ናብ ዝርዝር ልምምድኩም: {n}</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="65"/>
        <source>Je kende alle woorden. Goed!</source>
        <translation>ኩሎም ቃላት ትፈልጥዎም ኔርኩም። ጽቡቕ!</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../upgrade_dialog.py" line="24"/>
        <source>Database bijwerken</source>
        <translation>ዳታቤዝ ምሕዳስ</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="27"/>
        <source>Bijwerken</source>
        <translation>ሓድሱ</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="28"/>
        <source>Stoppen</source>
        <translation>ደው ኣብሉ</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="37"/>
        <source>Backup</source>
        <translation>ተጠባባቒ ቅዳሕ</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="125"/>
        <location filename="../upgrade_dialog.py" line="40"/>
        <source>Vaktaal moet de database bijwerken.</source>
        <translation>Vaktaal ነቲ ዳታቤዝ ክሕድሶ ኣለዎ።</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="41"/>
        <source>Maak eerst een backup:</source>
        <translation>ቅድም ተጠባባቒ ቅዳሕ ስርሑ:</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="43"/>
        <source>Ben je niet de coach? Kies Stoppen.</source>
        <translation>ኮች ኣይኮንኩምን? &quot;ደው ኣብሉ&quot; ምረጹ።</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../speaking/verdict_panel.py" line="62"/>
        <source>Luister naar het woord</source>
        <translation>ነቲ ቃል ስምዑ</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="66"/>
        <source>Verder</source>
        <translation>ቀጽሉ</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="102"/>
        <source>Buddy:</source>
        <translation>መሓዛ ቋንቋ:</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="105"/>
        <source>bijna</source>
        <translation>ዳርጋ</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="108"/>
        <source>Buddy: {verdict}</source>
        <translation>መሓዛ ቋንቋ: {verdict}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="136"/>
        <source>Ik hoorde: {word}</source>
        <translation>ዝሰማዕክዎ: {word}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="138"/>
        <source>Ik hoorde geen duidelijk woord.</source>
        <translation>ንጹር ቃል ኣይሰማዕኩን።</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="140"/>
        <source>Het woord is: {word}</source>
        <translation>እቲ ቃል: {word}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="145"/>
        <source>De computer zei: {word}. Druk op B om dat terug te zetten.</source>
        <translation>ኮምፒዩተር &quot;{word}&quot; በለ። ንምምላሱ B ጠውቑ።</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="149"/>
        <source>Buddy: druk op B als dit oordeel niet klopt.</source>
        <translation>መሓዛ ቋንቋ: እዚ ውሳነ ቅኑዕ እንተዘይኮይኑ B ጠውቑ።</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="158"/>
        <source>Buddy: bijna goed</source>
        <translation>መሓዛ ቋንቋ: ዳርጋ ቅኑዕ</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="159"/>
        <source>Buddy: goed</source>
        <translation>መሓዛ ቋንቋ: ቅኑዕ</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="159"/>
        <source>Buddy: nog eens</source>
        <translation>መሓዛ ቋንቋ: ደጊም</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="161"/>
        <source>Goed!</source>
        <translation>ቅኑዕ!</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="163"/>
        <source>Bijna goed</source>
        <translation>ዳርጋ ቅኑዕ</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="164"/>
        <source>Nog eens</source>
        <translation>ደጊም</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="105"/>
        <location filename="../speaking/verdict_panel.py" line="174"/>
        <source>goed</source>
        <translation>ቅኑዕ</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="175"/>
        <source>bijna goed</source>
        <translation>ዳርጋ ቅኑዕ</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="106"/>
        <location filename="../speaking/verdict_panel.py" line="175"/>
        <source>nog eens</source>
        <translation>ደጊም</translation>
    </message>
</context>
<context>
    <name>WordListPage</name>
    <message>
        <location filename="../home/word_list_page.py" line="34"/>
        <source>Geleerd: je wist het woord goed op {days} verschillende dagen.</source>
        <translation>ዝተመሃርኩምዎ: ነቲ ቃል ኣብ {days} ዝተፈላለያ መዓልታት ብቕኑዕ ፈሊጥኩምዎ።</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="57"/>
        <source>Terug</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="79"/>
        <source>Boom</source>
        <translation>ኦም</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="81"/>
        <source>Fout? Dan ga je het woord weer oefenen.</source>
        <translation>ጌጋ ድዩ? ሽዑ ነቲ ቃል ደጊምኩም ክትለማመድዎ ኢኹም።</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="115"/>
        <source>Woorden: {deck}</source>
        <translation>ቃላት: {deck}</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="125"/>
        <source>{n} geleerd</source>
        <translation>ዝተመሃርኩምዎ: {n}</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="126"/>
        <source>{n} bezig</source>
        <translation>ኣብ ምምሃር: {n}</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="127"/>
        <source>{n} nieuw</source>
        <translation>ሓድሽ: {n}</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="150"/>
        <source>Dit pakket heeft geen woorden.</source>
        <translation>እዚ ጥቕላል ቃላት የብሉን።</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="154"/>
        <source>Geleerd ({n})</source>
        <translation>ዝተመሃርኩምዎ ({n})</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="155"/>
        <source>Bezig met leren ({n})</source>
        <translation>ኣብ ምምሃር ዘሎ ({n})</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="156"/>
        <source>Nieuw ({n})</source>
        <translation>ሓድሽ ({n})</translation>
    </message>
</context>
<context>
    <name>WordRow</name>
    <message>
        <location filename="../home/word_row.py" line="70"/>
        <source>Nieuw</source>
        <translation>ሓድሽ</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="71"/>
        <source>Bezig met leren</source>
        <translation>ኣብ ምምሃር ዘሎ</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="72"/>
        <source>Geleerd</source>
        <translation>ዝተማህሩ</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="78"/>
        <source>Moet je kennen: klaar!</source>
        <translation>ክትፈልጥዎ ዘለኩም: ተወዲኡ!</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="79"/>
        <source>Moet je kennen</source>
        <translation>ክትፈልጥዎ ዘለኩም</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="99"/>
        <source>Luister</source>
        <translation>ስምዑ</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="100"/>
        <source>Luister (spatie)</source>
        <translation>ስምዑ (Space)</translation>
    </message>
</context>
<context>
    <name>avatars</name>
    <message>
        <location filename="../profiles/avatars.py" line="22"/>
        <source>Gezicht</source>
        <translation>ገጽ</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="23"/>
        <source>Kat</source>
        <translation>ድሙ</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="24"/>
        <source>Leeuw</source>
        <translation>ኣንበሳ</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="25"/>
        <source>Vlinder</source>
        <translation>ጽንብላሕ</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="26"/>
        <source>Tulp</source>
        <translation>ቱሊፕ (ዕምባባ)</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="27"/>
        <source>Boom</source>
        <translation>ኦም</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="28"/>
        <source>Fiets</source>
        <translation>ብሽክለታ</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="29"/>
        <source>Voetbal</source>
        <translation>ኩዕሶ እግሪ</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../crash.py" line="51"/>
        <source>Er ging iets mis</source>
        <translation>ገለ ጸገም ኣጋጢሙ</translation>
    </message>
    <message>
        <location filename="../crash.py" line="52"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard.
Meld dit bij IT.</source>
        <translation>ገለ ጸገም ኣጋጢሙ። ዝገበርኩምዎ ተዓቂቡ ኣሎ።
ነዚ ንክፍሊ IT ሓብሩ።</translation>
    </message>
</context>
</TS>
