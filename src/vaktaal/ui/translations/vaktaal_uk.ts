<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>ActionItemsView</name>
    <message>
        <location filename="../meetings/action_items_view.py" line="36"/>
        <source>Wie doet wat, en wanneer?</source>
        <translation>Хто що робить і коли?</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="73"/>
        <source>Taak {n} van {total}</source>
        <translation>Завдання {n} з {total}</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="77"/>
        <source>Wie doet dit?</source>
        <translation>Хто це робить?</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="116"/>
        <source>Wie: {who}</source>
        <translation>Хто: {who}</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="118"/>
        <source>Wanneer moet het klaar zijn?</source>
        <translation>Коли це має бути готово?</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="132"/>
        <source>{who} doet dit. Klaar: {when}.</source>
        <translation>Це робить {who}. Готово до: {when}.</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="134"/>
        <source>Goed!</source>
        <translation>Правильно!</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="139"/>
        <source>De persoon klopt, de tijd niet</source>
        <translation>Хто — правильно, коли — ні</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="141"/>
        <source>De tijd klopt, de persoon niet</source>
        <translation>Коли — правильно, хто — ні</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="142"/>
        <source>Nog niet goed</source>
        <translation>Ще не правильно</translation>
    </message>
</context>
<context>
    <name>AnkiExport</name>
    <message>
        <location filename="../authoring/anki_export.py" line="25"/>
        <source>Exporteren voor Anki</source>
        <translation>Експорт для Anki</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="28"/>
        <source>Anki-pakketten (*.apkg)</source>
        <translation>Набори Anki (*.apkg)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="35"/>
        <source>Opgeslagen voor Anki: {name}</source>
        <translation>Збережено для Anki: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="39"/>
        <source>Het pakket kon niet opgeslagen worden. Er is niets veranderd.</source>
        <translation>Не вдалося зберегти набір. Нічого не змінилося.</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="60"/>
        <source>Bezig met exporteren voor Anki…</source>
        <translation>Експорт для Anki…</translation>
    </message>
</context>
<context>
    <name>AnkiImportDialog</name>
    <message>
        <location filename="../authoring/anki_dialog.py" line="63"/>
        <location filename="../authoring/anki_dialog.py" line="89"/>
        <source>Termen uit Anki</source>
        <translation>Терміни з Anki</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="66"/>
        <source>Kies een Anki-pakket (.apkg).</source>
        <translation>Виберіть набір Anki (.apkg).</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="71"/>
        <source>Anki</source>
        <translation>Anki</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>&amp;Bestand kiezen</source>
        <translation>Вибрати &amp;файл</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>Annuleren</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="77"/>
        <location filename="../authoring/anki_dialog.py" line="78"/>
        <source>Naam van het nieuwe pakket</source>
        <translation>Назва нового набору</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="81"/>
        <source>Voorbeeld van de termen</source>
        <translation>Перегляд термінів</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="85"/>
        <source>Problemen en meldingen</source>
        <translation>Проблеми та повідомлення</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="91"/>
        <source>Naam:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="123"/>
        <source>Anki-pakketten (*.apkg *.colpkg)</source>
        <translation>Набори Anki (*.apkg *.colpkg)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="125"/>
        <source>Kies een bestand</source>
        <translation>Виберіть файл</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="133"/>
        <source>Bezig met lezen…</source>
        <translation>Читання…</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="160"/>
        <source>Bezig met controleren…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="181"/>
        <source>Klaar om te importeren. Termen: {n}</source>
        <translation>Готово до імпорту. Термінів: {n}</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="197"/>
        <source>Er ging iets mis. Er is niets veranderd. Probeer het opnieuw.</source>
        <translation>Щось пішло не так. Нічого не змінилося. Спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="199"/>
        <source>Zo kan het niet. Kijk bij de problemen.</source>
        <translation>Так не можна. Подивіться на проблеми.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../practice/article_view.py" line="39"/>
        <source>De of het?</source>
        <translation>De чи het?</translation>
    </message>
    <message>
        <location filename="../practice/article_view.py" line="54"/>
        <source>Toets {key}</source>
        <translation>Клавіша {key}</translation>
    </message>
</context>
<context>
    <name>AvatarChoice</name>
    <message>
        <location filename="../profiles/avatar_choice.py" line="47"/>
        <source>Plaatje: {name}</source>
        <translation>Картинка: {name}</translation>
    </message>
</context>
<context>
    <name>AvatarGrid</name>
    <message>
        <location filename="../profiles/avatar_grid.py" line="123"/>
        <source>{name}, met pincode</source>
        <translation>{name}, з PIN-кодом</translation>
    </message>
</context>
<context>
    <name>BuddyEndPage</name>
    <message>
        <location filename="../staff/buddy/end_page.py" line="33"/>
        <source>Bewaren</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="42"/>
        <source>Wat ging goed</source>
        <translation>Що вдалося</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="43"/>
        <source>Wat moet nog geoefend worden</source>
        <translation>Що ще треба потренувати</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="44"/>
        <source>Notitie voor de volgende keer</source>
        <translation>Нотатка на наступний раз</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="72"/>
        <source>Klaar met {name}! Hoe ging het?</source>
        <translation>Заняття завершено ({name}). Як усе пройшло?</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="82"/>
        <source>{saved} van {n} antwoorden bewaard</source>
        <translation>Збережено відповідей: {saved} з {n}</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="84"/>
        <source>1 antwoord bewaard</source>
        <translation>1 відповідь збережено</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="85"/>
        <source>{n} antwoorden bewaard</source>
        <translation>Збережено відповідей: {n}</translation>
    </message>
</context>
<context>
    <name>BuddySessionPage</name>
    <message>
        <location filename="../staff/buddy/session_page.py" line="80"/>
        <source>De tijd is om. Maak deze oefening af.</source>
        <translation>Час вийшов. Завершіть цю вправу.</translation>
    </message>
</context>
<context>
    <name>BusyNote</name>
    <message>
        <location filename="../busy.py" line="15"/>
        <source>Bezig</source>
        <translation>Зачекайте</translation>
    </message>
</context>
<context>
    <name>ChoiceView</name>
    <message>
        <location filename="../practice/choice_view.py" line="56"/>
        <location filename="../practice/choice_view.py" line="58"/>
        <source>Luister</source>
        <translation>Слухай</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="61"/>
        <source>Toets L</source>
        <translation>Клавіша L</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="127"/>
        <source>Luister. Welk plaatje hoort erbij?</source>
        <translation>Слухай. Яка картинка підходить?</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="129"/>
        <source>Welk plaatje hoort bij dit woord?</source>
        <translation>Яка картинка підходить до цього слова?</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="145"/>
        <source>Plaatje {n}</source>
        <translation>Картинка {n}</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="176"/>
        <source>Plaatje {n}: {word}</source>
        <translation>Картинка {n}: {word}</translation>
    </message>
</context>
<context>
    <name>CoachFlow</name>
    <message>
        <location filename="../staff/learners/coach_flow.py" line="71"/>
        <source>Er ging iets mis. Er is niets veranderd.</source>
        <translation>Щось пішло не так. Нічого не змінилося.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../controller.py" line="128"/>
        <source>Het installeren is niet gelukt. Er is niets veranderd. Vraag IT om hulp.</source>
        <translation>Встановити не вдалося. Нічого не змінилося. Попросіть допомоги в ІТ-відділі.</translation>
    </message>
    <message>
        <location filename="../controller.py" line="175"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>Щось пішло не так. Усе, що вже зроблено, збережено. Запусти Vaktaal знову.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../staff/buddy/session_page.py" line="64"/>
        <source>Tijd over: {time}</source>
        <translation>Залишилося часу: {time}</translation>
    </message>
</context>
<context>
    <name>CoverageRow</name>
    <message>
        <location filename="../meetings/summary_feedback.py" line="113"/>
        <source>Erin</source>
        <translation>Є</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="115"/>
        <source>Voor een deel erin</source>
        <translation>Частково є</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="116"/>
        <source>Nog niet erin</source>
        <translation>Ще немає</translation>
    </message>
</context>
<context>
    <name>DashboardFlow</name>
    <message>
        <location filename="../staff/dashboard/dashboard_flow.py" line="60"/>
        <source>Overzicht laden…</source>
        <translation>Завантаження огляду…</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_flow.py" line="79"/>
        <location filename="../staff/dashboard/dashboard_flow.py" line="96"/>
        <source>Laden…</source>
        <translation>Завантаження…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="62"/>
        <source>Pakket</source>
        <translation>Набір</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="65"/>
        <source>Nog geen leerlingen.</source>
        <translation>Учнів ще немає.</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="66"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="68"/>
        <source>Bekijken</source>
        <translation>Переглянути</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="83"/>
        <source>Alle leerlingen</source>
        <translation>Усі учні</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="97"/>
        <source>Grafiek</source>
        <translation>Графік</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="101"/>
        <source>Overzicht leerlingen</source>
        <translation>Огляд учнів</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="105"/>
        <source>Pakket:</source>
        <translation>Набір:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="119"/>
        <source>Alle pakketten</source>
        <translation>Усі набори</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../home/day_chart.py" line="69"/>
        <source>Antwoorden per dag</source>
        <translation>Відповіді за день</translation>
    </message>
    <message>
        <location filename="../home/day_chart.py" line="76"/>
        <source>Antwoorden</source>
        <translation>Відповіді</translation>
    </message>
</context>
<context>
    <name>DeckCards</name>
    <message>
        <location filename="../home/deck_cards.py" line="96"/>
        <source>Oefen dit</source>
        <translation>Тренувати це</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="97"/>
        <source>Oefen dit: {title}</source>
        <translation>Тренувати це: {title}</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="106"/>
        <source>{n} te oefenen</source>
        <translation>Тренувати: {n}</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="107"/>
        <source>{n} nieuw</source>
        <translation>Нових: {n}</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="108"/>
        <source>{n} geleerd</source>
        <translation>Вивчено: {n}</translation>
    </message>
</context>
<context>
    <name>DeckDetails</name>
    <message>
        <location filename="../authoring/deck_details.py" line="23"/>
        <source>Naam van het pakket</source>
        <translation>Назва набору</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="24"/>
        <source>Organisatie</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="25"/>
        <source>Functie</source>
        <translation>Посада</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="25"/>
        <source>bijvoorbeeld: monteur</source>
        <translation>наприклад: монтажник</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="26"/>
        <source>Taakprofiel</source>
        <translation>Профіль завдань</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="26"/>
        <source>of: de taken</source>
        <translation>або: завдання</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="27"/>
        <source>Taalniveau</source>
        <translation>Рівень мови</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="29"/>
        <source>Talen van de vertalingen</source>
        <translation>Мови перекладів</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="32"/>
        <source>Nog niet gecontroleerd</source>
        <translation>Ще не перевірено</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="34"/>
        <source>Beschrijving</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="35"/>
        <source>Gemaakt door</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="36"/>
        <source>Licentie</source>
        <translation>Ліцензія</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="37"/>
        <source>Versie</source>
        <translation>Версія</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="38"/>
        <source>Id (vast)</source>
        <translation>Ідентифікатор (незмінний)</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="39"/>
        <source>Pictogram van het pakket</source>
        <translation>Піктограма набору</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="43"/>
        <source>Het pakket</source>
        <translation>Набір</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="51"/>
        <source>Talen: {names}</source>
        <translation>Мови: {names}</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="55"/>
        <source>Nog niet gecontroleerd door iemand met deze moedertaal: {names}</source>
        <translation>Ще не перевірено носієм мови: {names}</translation>
    </message>
</context>
<context>
    <name>DeckImportDialog</name>
    <message>
        <location filename="../authoring/import_dialog.py" line="41"/>
        <source>Bezig met importeren…</source>
        <translation>Імпорт…</translation>
    </message>
</context>
<context>
    <name>DeckListWidget</name>
    <message>
        <location filename="../deck_list.py" line="37"/>
        <source>Pakketten met woorden</source>
        <translation>Набори слів</translation>
    </message>
    <message>
        <location filename="../deck_list.py" line="47"/>
        <source>{function} · {n} woorden · niveau {level}</source>
        <translation>{function} · слів: {n} · рівень {level}</translation>
    </message>
</context>
<context>
    <name>DecksDialog</name>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="24"/>
        <source>Pakketten van {name}</source>
        <translation>Набори: {name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="25"/>
        <source>Opslaan</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="39"/>
        <source>Nieuwe pakketten komen dan niet meer vanzelf.</source>
        <translation>Тоді нові набори більше не додаватимуться автоматично.</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="44"/>
        <source>Er zijn nog geen pakketten.</source>
        <translation>Наборів ще немає.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="21"/>
        <source>{name} verwijderen?</source>
        <translation>Видалити {name}?</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="22"/>
        <source>Verwijderen</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="28"/>
        <source>Let op</source>
        <translation>Увага</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="30"/>
        <source>Dit gaat weg:</source>
        <translation>Буде видалено:</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="37"/>
        <source>Dit kan niet terug.</source>
        <translation>Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="47"/>
        <source>het profiel van {name}</source>
        <translation>профіль {name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="48"/>
        <source>antwoorden bij het oefenen: {n}</source>
        <translation>відповіді під час тренування: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="51"/>
        <source>gesproken antwoorden: {n}</source>
        <translation>усні відповіді: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="54"/>
        <source>uitslagen van vergaderingen: {n}</source>
        <translation>результати нарад: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="57"/>
        <source>sessies met een taalbuddy (met notities): {n}</source>
        <translation>заняття з мовним напарником (з нотатками): {n}</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../authoring/editor_actions.py" line="53"/>
        <source>In Vaktaal zetten voor leerlingen</source>
        <translation>Додати у Vaktaal для учнів</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="54"/>
        <source>Printen: woordkaartjes of handboek…</source>
        <translation>Друк: картки слів або довідник…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="55"/>
        <source>Importeren uit Excel of CSV…</source>
        <translation>Імпорт з Excel або CSV…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="56"/>
        <source>Importeren uit Anki…</source>
        <translation>Імпорт з Anki…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="57"/>
        <source>Exporteren naar Excel of CSV…</source>
        <translation>Експорт в Excel або CSV…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="58"/>
        <source>Exporteren voor Anki…</source>
        <translation>Експорт для Anki…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="59"/>
        <source>Vergadering maken…</source>
        <translation>Створити нараду…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="60"/>
        <source>Vergadering bewerken…</source>
        <translation>Змінити нараду…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="87"/>
        <source>Bezig met in Vaktaal zetten…</source>
        <translation>Додавання у Vaktaal…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="95"/>
        <source>Het pakket staat in Vaktaal. Leerlingen kunnen ermee oefenen.</source>
        <translation>Набір є у Vaktaal. Учні можуть з ним тренуватися.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="99"/>
        <source>Niet gelukt</source>
        <translation>Не вдалося</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="100"/>
        <source>Het pakket kon niet in Vaktaal gezet worden. Er is niets veranderd.</source>
        <translation>Не вдалося додати набір у Vaktaal. Нічого не змінилося.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="121"/>
        <source>Opgeslagen: {name}</source>
        <translation>Збережено: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="148"/>
        <source>Geen vergaderingen</source>
        <translation>Нарад немає</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="149"/>
        <source>Dit pakket heeft nog geen vergaderingen. Kies &apos;Vergadering maken…&apos;.</source>
        <translation>У цьому наборі ще немає нарад. Виберіть &apos;Створити нараду…&apos;.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="162"/>
        <source>Vergadering bewerken</source>
        <translation>Змінити нараду</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="162"/>
        <source>Welke vergadering?</source>
        <translation>Яка нарада?</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="176"/>
        <source>Vergadering {title}</source>
        <translation>Нарада {title}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="183"/>
        <source>Eerst in Vaktaal zetten</source>
        <translation>Спочатку додайте у Vaktaal</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="184"/>
        <source>Zet het pakket eerst in Vaktaal (Ctrl+I). Daarna kun je het printen of exporteren.</source>
        <translation>Спочатку додайте набір у Vaktaal (Ctrl+I). Потім його можна друкувати або експортувати.</translation>
    </message>
</context>
<context>
    <name>EditorFiles</name>
    <message>
        <location filename="../authoring/editor_files.py" line="25"/>
        <source>Pakket openen</source>
        <translation>Відкрити набір</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="27"/>
        <source>Pakketten (*.vaktaal deck.toml)</source>
        <translation>Набори (*.vaktaal deck.toml)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="37"/>
        <source>Eén bestand (*.vaktaal)</source>
        <translation>Один файл (*.vaktaal)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="38"/>
        <source>Een map met deck.toml (*)</source>
        <translation>Папка з deck.toml (*)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="41"/>
        <source>Pakket opslaan</source>
        <translation>Зберегти набір</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="69"/>
        <source>Niet opgeslagen</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="71"/>
        <source>Het pakket is veranderd. Wilt u de veranderingen opslaan?</source>
        <translation>Набір змінено. Зберегти зміни?</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="76"/>
        <source>Opslaan</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="79"/>
        <source>Niet opslaan</source>
        <translation>Не зберігати</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="83"/>
        <source>Annuleren</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>EditorFlow</name>
    <message>
        <location filename="../authoring/editor_flow.py" line="50"/>
        <source>Dit pakket kan niet geopend worden. Er is niets veranderd. Probeer het nog eens.</source>
        <translation>Цей набір не вдається відкрити. Нічого не змінилося. Спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>EditorLayout</name>
    <message>
        <location filename="../authoring/editor_layout.py" line="27"/>
        <source>Nieuwe term</source>
        <translation>Новий термін</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="28"/>
        <source>Verwijderen</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="31"/>
        <source>Pakket</source>
        <translation>Набір</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="32"/>
        <source>Termen</source>
        <translation>Терміни</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../authoring/editor_window.py" line="83"/>
        <source>Openen lukt niet</source>
        <translation>Не вдається відкрити</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="83"/>
        <source>Dit pakket kan niet open:
</source>
        <translation>Цей набір не відкривається:
</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="105"/>
        <source>Opslaan lukt niet</source>
        <translation>Не вдається зберегти</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="106"/>
        <source>Opslaan is niet gelukt. Kies een andere plek of een andere naam.</source>
        <translation>Зберегти не вдалося. Виберіть інше місце або іншу назву.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="118"/>
        <source>Versie {n}</source>
        <translation>Версія {n}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="122"/>
        <source>Nog niet klaar</source>
        <translation>Ще не готово</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="123"/>
        <source>Het pakket heeft nog {n} problemen. Kies &apos;Alleen met problemen&apos; en los ze op.</source>
        <translation>У наборі ще є проблеми: {n}. Виберіть &apos;Лише з проблемами&apos; і виправте їх.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="142"/>
        <source>&amp;Bestand</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="143"/>
        <source>Nieuw</source>
        <translation>Новий</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="144"/>
        <source>Openen…</source>
        <translation>Відкрити…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="145"/>
        <source>Opslaan</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="146"/>
        <source>Opslaan als…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="148"/>
        <source>Sluiten</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="152"/>
        <source>B&amp;ewerken</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="153"/>
        <source>Ongedaan maken</source>
        <translation>Скасувати дію</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="154"/>
        <source>Opnieuw doen</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="160"/>
        <location filename="../authoring/editor_window.py" line="186"/>
        <source>Nieuwe term</source>
        <translation>Новий термін</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="161"/>
        <source>Term verwijderen</source>
        <translation>Видалити термін</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="162"/>
        <source>Pictogram kiezen…</source>
        <translation>Вибрати піктограму…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="163"/>
        <source>Zoeken</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="175"/>
        <source>Pakket veranderd</source>
        <translation>Набір змінено</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="181"/>
        <source>Term veranderd</source>
        <translation>Термін змінено</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="195"/>
        <source>Term verwijderd</source>
        <translation>Термін видалено</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="208"/>
        <source>Pictogram gekozen</source>
        <translation>Піктограму вибрано</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="246"/>
        <source>Nog op te lossen: {n}</source>
        <translation>Ще виправити: {n}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="248"/>
        <source>Alles is in orde</source>
        <translation>Усе гаразд</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="251"/>
        <source>Nieuw pakket</source>
        <translation>Новий набір</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="254"/>
        <source>{name}{changed} – Pakket maken</source>
        <translation>{name}{changed} – Створення набору</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="274"/>
        <source>Opgeslagen: {name}</source>
        <translation>Збережено: {name}</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../practice/exercise_view.py" line="80"/>
        <source>Verder</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="107"/>
        <source>Het woord is: {word}</source>
        <translation>Слово: {word}</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="113"/>
        <source>Goed!</source>
        <translation>Правильно!</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="115"/>
        <source>Bijna goed</source>
        <translation>Майже правильно</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="116"/>
        <source>Nog niet goed</source>
        <translation>Ще не правильно</translation>
    </message>
</context>
<context>
    <name>FieldMappingView</name>
    <message>
        <location filename="../authoring/anki_fields.py" line="23"/>
        <source>Velden van de Anki-notities</source>
        <translation>Поля нотаток Anki</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="35"/>
        <source>Notitietype &apos;{name}&apos; (notities: {n})</source>
        <translation>Тип нотаток &apos;{name}&apos; (нотаток: {n})</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>Veld</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>In de eerste {n} notities</source>
        <translation>У перших {n} нотатках</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>Wat is het?</source>
        <translation>Що це?</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="65"/>
        <source>Veld {field} is</source>
        <translation>Поле {field} — це</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="79"/>
        <source>Term (het woord)</source>
        <translation>Термін (слово)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="80"/>
        <source>Uitleg</source>
        <translation>Пояснення</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="81"/>
        <source>Voorbeeldzin</source>
        <translation>Приклад речення</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="82"/>
        <source>Plaatje</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="83"/>
        <source>Geluid</source>
        <translation>Звук</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="84"/>
        <source>Id-nummer</source>
        <translation>Ідентифікатор</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="85"/>
        <source>(niet gebruiken)</source>
        <translation>(не використовувати)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="87"/>
        <source>Vertaling: {language}</source>
        <translation>Переклад: {language}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../staff/learners/form_parts.py" line="84"/>
        <source>Melding</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="89"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../home/home_page.py" line="49"/>
        <source>Oefenen</source>
        <translation>Тренуватися</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="57"/>
        <source>Voortgang</source>
        <translation>Прогрес</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="63"/>
        <source>Stoppen</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="65"/>
        <location filename="../home/home_page.py" line="121"/>
        <source>Spreken: even laden…</source>
        <translation>Говоріння: завантаження…</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="67"/>
        <source>Vergaderingen</source>
        <translation>Наради</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="98"/>
        <source>Jouw pakketten</source>
        <translation>Твої набори</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="113"/>
        <source>Hallo {name}</source>
        <translation>Привіт, {name}</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="122"/>
        <source>Spreken: klaar</source>
        <translation>Говоріння: готово</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="123"/>
        <location filename="../home/home_page.py" line="125"/>
        <source>Spreken: nog niet klaar</source>
        <translation>Говоріння: ще не готово</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="124"/>
        <source>Spreken: werkt niet</source>
        <translation>Говоріння: не працює</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="145"/>
        <source>{n} te oefenen</source>
        <translation>Тренувати: {n}</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="146"/>
        <source>{n} nieuw</source>
        <translation>Нових: {n}</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="149"/>
        <source>Alles geoefend voor vandaag!</source>
        <translation>На сьогодні все натреновано!</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="151"/>
        <source>Er zijn nog geen woorden voor jou. Vraag je begeleider.</source>
        <translation>Для тебе ще немає слів. Запитай свого наставника.</translation>
    </message>
</context>
<context>
    <name>ImportedPreview</name>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="21"/>
        <source>Zo worden de termen geïmporteerd</source>
        <translation>Так терміни буде імпортовано</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Term</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Woordsoort</source>
        <translation>Частина мови</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Uitleg</source>
        <translation>Пояснення</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Voorbeeld</source>
        <translation>Приклад</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../profiles/keypad.py" line="21"/>
        <source>Cijfers</source>
        <translation>Цифри</translation>
    </message>
    <message>
        <location filename="../profiles/keypad.py" line="30"/>
        <location filename="../profiles/keypad.py" line="31"/>
        <source>Wissen</source>
        <translation>Стерти</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../launcher.py" line="135"/>
        <source>De database wordt bijgewerkt…</source>
        <translation>Оновлення бази даних…</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="141"/>
        <source>De database wordt bijgewerkt op een andere pc. Even wachten…</source>
        <translation>База даних оновлюється на іншому комп’ютері. Зачекайте трохи…</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="192"/>
        <source>De gegevens van Vaktaal zijn kapot. Vraag hulp aan IT.</source>
        <translation>Дані Vaktaal пошкоджені. Зверніться до IT.</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="196"/>
        <source>Deze gegevens zijn gemaakt met een nieuwere Vaktaal. Update Vaktaal op deze pc.</source>
        <translation>Ці дані створено в новішій версії Vaktaal. Оновіть Vaktaal на цьому комп’ютері.</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="201"/>
        <source>Vaktaal kan zijn gegevens niet openen of opslaan. Is de schijf vol? Vraag hulp aan IT.</source>
        <translation>Vaktaal не може відкрити або зберегти свої дані. Диск заповнений? Зверніться до IT.</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="205"/>
        <source>Er ging iets mis bij het starten. Start Vaktaal opnieuw. Lukt het niet? Vraag hulp aan IT.</source>
        <translation>Під час запуску сталася помилка. Запустіть Vaktaal знову. Не виходить? Зверніться до IT.</translation>
    </message>
</context>
<context>
    <name>LearnerChoicePage</name>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="44"/>
        <source>Er zijn nog geen leerlingen.</source>
        <translation>Учнів ще немає.</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="45"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="50"/>
        <source>Met wie oefen je?</source>
        <translation>З ким ви тренуєтеся?</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="51"/>
        <source>Kies de leerling.</source>
        <translation>Виберіть учня.</translation>
    </message>
</context>
<context>
    <name>LearnerEditDialog</name>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="20"/>
        <source>Profiel wijzigen</source>
        <translation>Змінити профіль</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="20"/>
        <source>Opslaan</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="22"/>
        <location filename="../staff/learners/edit_dialog.py" line="34"/>
        <source>Naam</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="25"/>
        <location filename="../staff/learners/edit_dialog.py" line="35"/>
        <source>Eigen taal</source>
        <translation>Рідна мова</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="26"/>
        <source>Tweede taal</source>
        <translation>Друга мова</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="36"/>
        <source>Tweede taal (hoeft niet)</source>
        <translation>Друга мова (не обов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="38"/>
        <source>Plaatje</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="57"/>
        <source>Geen</source>
        <translation>Немає</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="69"/>
        <source>Typ een naam.</source>
        <translation>Напишіть ім&apos;я.</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="43"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="48"/>
        <source>Goed per week</source>
        <translation>Правильно за тиждень</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="49"/>
        <location filename="../staff/dashboard/learner_page.py" line="69"/>
        <source>Woorden geleerd</source>
        <translation>Вивчені слова</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="60"/>
        <source>Leerling</source>
        <translation>Учень</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="68"/>
        <source>Goed beantwoord, per week</source>
        <translation>Правильні відповіді за тиждень</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="80"/>
        <source>Antwoorden per dag</source>
        <translation>Відповіді за день</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="82"/>
        <source>Moet je weten</source>
        <translation>Треба знати</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="84"/>
        <source>Samen geoefend</source>
        <translation>Спільні тренування</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="131"/>
        <source>Laatst geoefend: {day}</source>
        <translation>Останнє тренування: {day}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="132"/>
        <source>Dagen op rij: {days}</source>
        <translation>Днів поспіль: {days}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="133"/>
        <source>{n} antwoorden in 30 dagen</source>
        <translation>Відповідей за 30 днів: {n}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="134"/>
        <source>Onthouden: {share}</source>
        <translation>Запам&apos;ятано: {share}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="135"/>
        <source>Spreken eens: {share} (van {n})</source>
        <translation>Говоріння, згода: {share} (з {n})</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="144"/>
        <source>{done} van {total} veiligheidswoorden gekend</source>
        <translation>Відомі слова безпеки: {done} з {total}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="162"/>
        <source>Gekend</source>
        <translation>Знає</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="162"/>
        <source>Nog niet</source>
        <translation>Ще ні</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="173"/>
        <source>Nog niet samen geoefend.</source>
        <translation>Спільних тренувань ще не було.</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="181"/>
        <source>{n} min</source>
        <translation>{n} хв</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="182"/>
        <source>{n} antwoorden</source>
        <translation>Відповідей: {n}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="184"/>
        <source>Ging goed:</source>
        <translation>Вдалося:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="184"/>
        <source>Oefenen:</source>
        <translation>Потренувати:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="185"/>
        <source>Volgende keer:</source>
        <translation>Наступного разу:</translation>
    </message>
</context>
<context>
    <name>LearnersFlow</name>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="79"/>
        <source>{name} is gewijzigd.</source>
        <translation>Профіль {name} змінено.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="90"/>
        <source>{name} heeft een nieuwe pincode.</source>
        <translation>Для {name} новий PIN-код.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="92"/>
        <source>{name} heeft geen pincode meer.</source>
        <translation>Для {name} більше немає PIN-коду.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="110"/>
        <source>De pakketten van {name} zijn opgeslagen.</source>
        <translation>Набори для {name} збережено.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="120"/>
        <source>De gegevens van {name} staan in {path}.</source>
        <translation>Дані {name} збережено в {path}.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="139"/>
        <source>{name} is verwijderd.</source>
        <translation>Профіль {name} видалено.</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <location filename="../staff/learners/learners_page.py" line="34"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="36"/>
        <source>Leerlingen beheren</source>
        <translation>Керувати учнями</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="38"/>
        <source>Melding</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="67"/>
        <source>Er zijn nog geen leerlingen.</source>
        <translation>Учнів ще немає.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="83"/>
        <source>Talen: {languages}</source>
        <translation>Мови: {languages}</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="84"/>
        <source>Pakketten: {decks}</source>
        <translation>Набори: {decks}</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="84"/>
        <source>geen</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="88"/>
        <source>Wijzigen</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="89"/>
        <source>Pincode opnieuw</source>
        <translation>Новий PIN-код</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="90"/>
        <source>Pakketten</source>
        <translation>Набори</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="147"/>
        <location filename="../staff/learners/learners_page.py" line="91"/>
        <source>Gegevens opslaan</source>
        <translation>Зберегти дані</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="92"/>
        <source>Verwijderen</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <location filename="../practice/leave_question.py" line="26"/>
        <source>Stoppen</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="27"/>
        <source>Stoppen?</source>
        <translation>Завершити?</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="28"/>
        <source>Je antwoorden zijn bewaard.</source>
        <translation>Твої відповіді збережено.</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="29"/>
        <source>Ja</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="30"/>
        <source>Ja, stoppen</source>
        <translation>Так, завершити</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="31"/>
        <source>Toets J</source>
        <translation>Клавіша J</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="32"/>
        <source>Nee</source>
        <translation>Ні</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="34"/>
        <source>Nee, verder oefenen</source>
        <translation>Ні, тренуватися далі</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="35"/>
        <source>Toets N of Esc</source>
        <translation>Клавіша N або Esc</translation>
    </message>
</context>
<context>
    <name>LengthPage</name>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="80"/>
        <source>{n} minuten</source>
        <translation>{n} хв</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="85"/>
        <source>Andere leerling</source>
        <translation>Інший учень</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="95"/>
        <source>Hoe lang oefenen jullie?</source>
        <translation>Скільки часу ви тренуватиметеся?</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="125"/>
        <source>Samen oefenen met {name}</source>
        <translation>Спільне тренування: {name}</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="130"/>
        <source>Notitie van de vorige keer ({date}, {buddy}):</source>
        <translation>Нотатка з минулого разу ({date}, {buddy}):</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../speaking/level_meter.py" line="24"/>
        <source>Zo hard hoor ik je</source>
        <translation>Так голосно я тебе чую</translation>
    </message>
</context>
<context>
    <name>ListenPanel</name>
    <message>
        <location filename="../meetings/player_parts.py" line="107"/>
        <source>Alleen luisteren</source>
        <translation>Тільки слухати</translation>
    </message>
    <message>
        <location filename="../meetings/player_parts.py" line="108"/>
        <source>Alleen luisteren. De tekst is uit.</source>
        <translation>Тільки слухай. Текст вимкнено.</translation>
    </message>
</context>
<context>
    <name>ListenedPage</name>
    <message>
        <location filename="../meetings/end_page.py" line="22"/>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="26"/>
        <source>Goed geluisterd! Praat met een collega: wat was belangrijk? Wie doet wat?</source>
        <translation>Добре! Тепер поговори з колегою: що було важливо? Хто що робить?</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="30"/>
        <source>Nog een keer luisteren</source>
        <translation>Послухати ще раз</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="32"/>
        <source>Naar de vergaderingen</source>
        <translation>До нарад</translation>
    </message>
</context>
<context>
    <name>MainPointsView</name>
    <message>
        <location filename="../meetings/main_points_view.py" line="25"/>
        <source>Wat waren de hoofdpunten?</source>
        <translation>Які були головні пункти?</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="26"/>
        <source>Kies alles wat klopt. Toetsen 1 tot 9, dan Enter.</source>
        <translation>Вибери все, що правильно. Клавіші 1–9, потім Enter.</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="28"/>
        <source>Controleer</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="70"/>
        <source>Goed!</source>
        <translation>Правильно!</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="70"/>
        <source>Nog niet helemaal</source>
        <translation>Ще не зовсім</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="71"/>
        <source>{hits} van de {total} hoofdpunten gevonden. Groen zijn de hoofdpunten.</source>
        <translation>Знайдено головних пунктів: {hits} з {total}. Головні пункти — зелені.</translation>
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
        <translation>Зачекай. Vaktaal готується…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70"/>
        <source>Melding</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="57"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="58"/>
        <source>Eigen stem opnemen</source>
        <translation>Записати свій голос</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="59"/>
        <source>Pakket maken</source>
        <translation>Створити набір</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="60"/>
        <source>Spraakmodel</source>
        <translation>Модель мовлення</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="66"/>
        <source>Pakketten</source>
        <translation>Набори</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="46"/>
        <source>Pakketten bekijken</source>
        <translation>Переглянути набори</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../meetings/meeting_editor.py" line="71"/>
        <location filename="../meetings/meeting_editor.py" line="121"/>
        <source>Vergadering maken</source>
        <translation>Створити нараду</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="81"/>
        <source>Opname omzetten…</source>
        <translation>Перетворити запис на текст…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="82"/>
        <source>Ondertitels opslaan…</source>
        <translation>Зберегти субтитри…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="83"/>
        <source>Opslaan…</source>
        <translation>Зберегти…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="84"/>
        <source>In het pakket zetten</source>
        <translation>Додати в набір</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="87"/>
        <source>Stoppen</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="90"/>
        <source>Omzetten: %p %</source>
        <translation>Перетворення: %p %</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="142"/>
        <source>Opname kiezen</source>
        <translation>Вибрати запис</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="142"/>
        <source>Opnames (*.wav *.mp3)</source>
        <translation>Записи (*.wav *.mp3)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="161"/>
        <source>{count} zinnen gevonden. Verbeter de tekst en geef de sprekers namen.</source>
        <translation>Знайдено речень: {count}. Виправте текст і дайте мовцям імена.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="166"/>
        <source>Omzetten niet gelukt</source>
        <translation>Перетворити не вдалося</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="170"/>
        <source>Gestopt. Er is niets veranderd.</source>
        <translation>Зупинено. Нічого не змінилося.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="186"/>
        <source>Vergadering opslaan</source>
        <translation>Зберегти нараду</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="186"/>
        <source>Vergadering (*.toml)</source>
        <translation>Нарада (*.toml)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="196"/>
        <location filename="../meetings/meeting_editor.py" line="201"/>
        <source>Niet opgeslagen</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="207"/>
        <source>Opgeslagen in {path}.</source>
        <translation>Збережено в {path}.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="216"/>
        <location filename="../meetings/meeting_editor.py" line="221"/>
        <source>Nog niet klaar</source>
        <translation>Ще не готово</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="224"/>
        <source>De vergadering staat in het pakket. Sla het pakket op.</source>
        <translation>Нарада є в наборі. Збережіть набір.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="231"/>
        <source>Ondertitels opslaan</source>
        <translation>Зберегти субтитри</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="232"/>
        <source>Ondertitels (*.srt *.vtt)</source>
        <translation>Субтитри (*.srt *.vtt)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="242"/>
        <location filename="../meetings/meeting_editor.py" line="247"/>
        <source>Geen ondertitels</source>
        <translation>Немає субтитрів</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="251"/>
        <source>Ondertitels opgeslagen in {path}.</source>
        <translation>Субтитри збережено в {path}.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="271"/>
        <source>Het bestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>Не вдалося зберегти файл. Виберіть іншу папку.</translation>
    </message>
</context>
<context>
    <name>MeetingExercises</name>
    <message>
        <location filename="../meetings/exercises.py" line="137"/>
        <source>Oefening {n} van {total}</source>
        <translation>Вправа {n} з {total}</translation>
    </message>
</context>
<context>
    <name>MeetingFlow</name>
    <message>
        <location filename="../meetings/meeting_flow.py" line="131"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>Щось пішло не так. Усе, що вже зроблено, збережено. Запусти Vaktaal знову.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../meetings/meeting_form.py" line="32"/>
        <source>Waar en wanneer? Bv. dagstart om 8:00</source>
        <translation>Де і коли? Напр. ранкова нарада о 8:00</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="35"/>
        <source>Trefwoorden (a, b; c)</source>
        <translation>Ключові слова (a, b; c)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="38"/>
        <location filename="../meetings/meeting_form.py" line="56"/>
        <location filename="../meetings/meeting_form.py" line="64"/>
        <source>Id</source>
        <translation>Ідентифікатор</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="39"/>
        <source>Naam</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="40"/>
        <source>Rol</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="41"/>
        <source>Stem</source>
        <translation>Голос</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="43"/>
        <location filename="../meetings/meeting_form.py" line="47"/>
        <source>Spreker</source>
        <translation>Мовець</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="48"/>
        <source>Tekst</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="49"/>
        <source>Begin (s)</source>
        <translation>Початок (с)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="50"/>
        <source>Eind (s)</source>
        <translation>Кінець (с)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="52"/>
        <source>Zin</source>
        <translation>Речення</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="57"/>
        <location filename="../meetings/meeting_form.py" line="60"/>
        <source>Hoofdpunt</source>
        <translation>Головний пункт</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="65"/>
        <source>Wie</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="66"/>
        <source>Wat</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="67"/>
        <source>Wanneer</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="70"/>
        <source>Actiepunt</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="76"/>
        <source>Sprekers</source>
        <translation>Мовці</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="77"/>
        <source>Zinnen</source>
        <translation>Речення</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="78"/>
        <source>Hoofdpunten</source>
        <translation>Головні пункти</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="79"/>
        <source>Actiepunten</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="82"/>
        <source>Titel</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="83"/>
        <source>Situatie</source>
        <translation>Ситуація</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="161"/>
        <source>&apos;{value}&apos; is geen tijd. Schrijf seconden, bv. 12.5, of laat het leeg.</source>
        <translation>&apos;{value}&apos; — це не час. Напишіть секунди, напр. 12.5, або залиште порожнім.</translation>
    </message>
</context>
<context>
    <name>MeetingListPage</name>
    <message>
        <location filename="../meetings/meeting_list.py" line="52"/>
        <location filename="../meetings/meeting_list.py" line="79"/>
        <source>Vergaderingen</source>
        <translation>Наради</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="56"/>
        <source>Er zijn nog geen vergaderingen. Vraag je begeleider.</source>
        <translation>Нарад ще немає. Запитай свого наставника.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="58"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="61"/>
        <source>Luisteren</source>
        <translation>Слухати</translation>
    </message>
</context>
<context>
    <name>MeetingPlayer</name>
    <message>
        <location filename="../meetings/player.py" line="77"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="78"/>
        <source>Vorige</source>
        <translation>Попереднє</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="79"/>
        <location filename="../meetings/player.py" line="239"/>
        <source>Afspelen</source>
        <translation>Відтворити</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="84"/>
        <source>Volgende</source>
        <translation>Наступне</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="85"/>
        <source>Langzamer</source>
        <translation>Повільніше</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="86"/>
        <source>Sneller</source>
        <translation>Швидше</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="87"/>
        <location filename="../meetings/player.py" line="248"/>
        <source>Tekst uit</source>
        <translation>Вимкнути текст</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="88"/>
        <source>Klaar met luisteren</source>
        <translation>Завершити слухання</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="230"/>
        <source>Einde</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="233"/>
        <source>Zin {n} van {total}</source>
        <translation>Речення {n} з {total}</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="239"/>
        <source>Pauze</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="247"/>
        <source>Snelheid {speed}</source>
        <translation>Швидкість {speed}</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="248"/>
        <source>Tekst aan</source>
        <translation>Увімкнути текст</translation>
    </message>
</context>
<context>
    <name>Microphone</name>
    <message>
        <location filename="../speaking/capture.py" line="40"/>
        <source>Er is geen microfoon gevonden. Sluit een microfoon of headset aan.</source>
        <translation>Мікрофон не знайдено. Підключіть мікрофон або гарнітуру.</translation>
    </message>
    <message>
        <location filename="../speaking/capture.py" line="46"/>
        <source>De microfoon mag niet gebruikt worden. Vraag IT om toestemming te geven.</source>
        <translation>Мікрофон не можна використовувати. Попросіть дозволу в ІТ-відділі.</translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="54"/>
        <source>Begeleider (coach)</source>
        <translation>Наставник (коуч)</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="59"/>
        <location filename="../profiles/new_learner_dialog.py" line="101"/>
        <source>Nieuw profiel</source>
        <translation>Новий профіль</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="62"/>
        <location filename="../profiles/new_learner_dialog.py" line="117"/>
        <source>Je naam</source>
        <translation>Твоє ім&apos;я</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="66"/>
        <source>Pincode</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="67"/>
        <source>Pincode nog een keer</source>
        <translation>PIN-код ще раз</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="71"/>
        <source>Melding</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="72"/>
        <source>Profiel maken</source>
        <translation>Створити профіль</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="76"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="97"/>
        <source>Persoon</source>
        <translation>Людина</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="118"/>
        <location filename="../profiles/new_learner_dialog.py" line="182"/>
        <source>Jouw taal</source>
        <translation>Твоя мова</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="119"/>
        <source>Kies een plaatje</source>
        <translation>Вибери картинку</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="120"/>
        <source>Pincode (hoeft niet)</source>
        <translation>PIN-код (не обов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="139"/>
        <source>Nog een keer</source>
        <translation>Ще раз</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="198"/>
        <source>Typ je naam.</source>
        <translation>Напиши своє ім&apos;я.</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="199"/>
        <source>Een pincode heeft 4 cijfers.</source>
        <translation>PIN-код має 4 цифри.</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="200"/>
        <source>Typ de pincode nog een keer.</source>
        <translation>Напишіть PIN-код ще раз.</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="201"/>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>Два PIN-коди не однакові.</translation>
    </message>
</context>
<context>
    <name>NoSoundNote</name>
    <message>
        <location filename="../no_sound_note.py" line="42"/>
        <source>Geen geluid op deze pc</source>
        <translation>На цьому комп’ютері немає звуку</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <location filename="../profiles/picker_page.py" line="30"/>
        <source>Wie ben jij?</source>
        <translation>Хто ти?</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="32"/>
        <source>Uitleg</source>
        <translation>Пояснення</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="34"/>
        <source>Profielen</source>
        <translation>Профілі</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="36"/>
        <source>Nieuw profiel</source>
        <translation>Новий профіль</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="45"/>
        <source>Hallo</source>
        <translation>Привіт</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="67"/>
        <source>Kies je naam.</source>
        <translation>Вибери своє ім&apos;я.</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="70"/>
        <source>Hier is nog niemand. Maak eerst je profiel.</source>
        <translation>Тут ще нікого немає. Спочатку створи свій профіль.</translation>
    </message>
</context>
<context>
    <name>PictogramPicker</name>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="66"/>
        <source>Pictogram kiezen</source>
        <translation>Вибрати піктограму</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="74"/>
        <source>Even geduld: de pictogrammen worden geladen…</source>
        <translation>Зачекайте: піктограми завантажуються…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="83"/>
        <source>Zoek: een woord in het Nederlands of Engels</source>
        <translation>Пошук: слово нідерландською або англійською</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="84"/>
        <source>Zoek een pictogram</source>
        <translation>Шукати піктограму</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="92"/>
        <source>Gevonden pictogrammen</source>
        <translation>Знайдені піктограми</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="101"/>
        <source>Foto: vierkant uit het midden</source>
        <translation>Фото: квадрат із середини</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="102"/>
        <source>Foto: de hele foto</source>
        <translation>Фото: усе фото</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="103"/>
        <source>Hoe de foto wordt uitgesneden</source>
        <translation>Як обрізати фото</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="104"/>
        <source>Kiezen</source>
        <translation>Вибрати</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="105"/>
        <source>Eigen foto…</source>
        <translation>Своє фото…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="106"/>
        <source>Annuleren</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="139"/>
        <source>De pictogrammen konden niet geladen worden. Kies een foto.</source>
        <translation>Не вдалося завантажити піктограми. Виберіть фото.</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="150"/>
        <source>Niets gevonden. Probeer een ander woord.</source>
        <translation>Нічого не знайдено. Спробуйте інше слово.</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="173"/>
        <source>Eigen foto kiezen</source>
        <translation>Вибрати своє фото</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="174"/>
        <source>Foto&apos;s (*.jpg *.jpeg *.png *.webp *.heic *.bmp *.gif *.tif *.tiff)</source>
        <translation>Фото (*.jpg *.jpeg *.png *.webp *.heic *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="182"/>
        <source>Even geduld: de foto wordt klaargemaakt…</source>
        <translation>Зачекайте: фото готується…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="196"/>
        <source>Eigen foto</source>
        <translation>Своє фото</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="198"/>
        <source>Eigen foto ({w} × {h})</source>
        <translation>Своє фото ({w} × {h})</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="217"/>
        <source>Deze foto kan niet gelezen worden. Kies een andere foto.</source>
        <translation>Це фото не вдається прочитати. Виберіть інше фото.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../profiles/pin_dialog.py" line="43"/>
        <source>Pincode</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="51"/>
        <source>Melding</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="52"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="69"/>
        <source>Hallo {name}</source>
        <translation>Привіт, {name}</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="70"/>
        <source>Typ je pincode.</source>
        <translation>Напиши свій PIN-код.</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="119"/>
        <source>Verkeerde pincode. Probeer opnieuw.</source>
        <translation>Неправильний PIN-код. Спробуй ще раз.</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="125"/>
        <source>Te vaak fout. Wacht 1 minuut.</source>
        <translation>Забагато помилок. Зачекай 1 хвилину.</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="133"/>
        <source>{typed} van {total} cijfers getypt</source>
        <translation>Введено цифр: {typed} з {total}</translation>
    </message>
</context>
<context>
    <name>PinPair</name>
    <message>
        <location filename="../staff/learners/form_parts.py" line="130"/>
        <source>Pincode</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="131"/>
        <source>Pincode nog een keer</source>
        <translation>PIN-код ще раз</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="136"/>
        <source>Nog een keer</source>
        <translation>Ще раз</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="144"/>
        <source>Typ een naam.</source>
        <translation>Напишіть ім&apos;я.</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="145"/>
        <source>Een pincode heeft 4 cijfers.</source>
        <translation>PIN-код має 4 цифри.</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="146"/>
        <source>Typ de pincode nog een keer.</source>
        <translation>Напишіть PIN-код ще раз.</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="147"/>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>Два PIN-коди не однакові.</translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="20"/>
        <source>Nieuwe pincode voor {name}</source>
        <translation>Новий PIN-код: {name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="21"/>
        <source>Opslaan</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="23"/>
        <source>Geen pincode</source>
        <translation>Без PIN-коду</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="25"/>
        <source>Nieuwe pincode</source>
        <translation>Новий PIN-код</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../practice/practice_page.py" line="129"/>
        <source>Stoppen</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="130"/>
        <source>Toets Esc</source>
        <translation>Клавіша Esc</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="207"/>
        <source>{n} van {total}</source>
        <translation>{n} з {total}</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="211"/>
        <source>Voortgang: {text}</source>
        <translation>Прогрес: {text}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../authoring/print_dialog.py" line="70"/>
        <location filename="../authoring/print_dialog.py" line="85"/>
        <source>Afdrukken</source>
        <translation>Друк</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="77"/>
        <source>Het pakket wordt gelezen...</source>
        <translation>Набір читається...</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="84"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="86"/>
        <source>Woordkaartjes</source>
        <translation>Картки слів</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="86"/>
        <source>Handboek vaktermen</source>
        <translation>Довідник професійних термінів</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="87"/>
        <source>Wat</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="92"/>
        <source>Groot: 8 op een A4</source>
        <translation>Великі: 8 на аркуші A4</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="93"/>
        <source>Klein: 24 op een A4</source>
        <translation>Малі: 24 на аркуші A4</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="95"/>
        <source>Formaat</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="96"/>
        <source>Geen vertaling</source>
        <translation>Без перекладу</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="97"/>
        <source>Vertaling</source>
        <translation>Переклад</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="98"/>
        <source>Van A tot Z</source>
        <translation>Від A до Z</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="98"/>
        <source>Per onderwerp</source>
        <translation>За темами</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="99"/>
        <source>Volgorde</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="103"/>
        <source>&amp;Opslaan als PDF</source>
        <translation>&amp;Зберегти як PDF</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="106"/>
        <source>&amp;Printen</source>
        <translation>&amp;Друкувати</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="107"/>
        <source>Sluiten</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="182"/>
        <source>Afdrukken: {title}</source>
        <translation>Друк: {title}</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="188"/>
        <source>Kies wat je wilt afdrukken.</source>
        <translation>Виберіть, що надрукувати.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="205"/>
        <source>Opslaan als PDF</source>
        <translation>Зберегти як PDF</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="215"/>
        <source>Bezig met de PDF...</source>
        <translation>Створення PDF...</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="229"/>
        <source>Opgeslagen: {file} ({pages} pagina&apos;s)</source>
        <translation>Збережено: {file} (сторінок: {pages})</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="245"/>
        <source>Naar de printer gestuurd ({pages} pagina&apos;s).</source>
        <translation>Надіслано на принтер (сторінок: {pages}).</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="260"/>
        <source>Dit pakket bestaat niet meer.</source>
        <translation>Цього набору більше немає.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="264"/>
        <source>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>Диск заповнений. Звільніть місце і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="266"/>
        <source>Hier mag Vaktaal niet opslaan. Kies een andere map.</source>
        <translation>Vaktaal не може зберігати тут. Виберіть іншу папку.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="267"/>
        <source>Afdrukken lukte niet. Probeer het opnieuw of vraag IT.</source>
        <translation>Надрукувати не вдалося. Спробуйте ще раз або зверніться до ІТ-відділу.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../home/progress_page.py" line="40"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="54"/>
        <source>Grafiek</source>
        <translation>Графік</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="58"/>
        <source>Jouw voortgang</source>
        <translation>Твій прогрес</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="82"/>
        <source>Boom</source>
        <translation>Дерево</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="94"/>
        <source>Woorden geleerd</source>
        <translation>Вивчені слова</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="97"/>
        <source>Antwoorden per dag</source>
        <translation>Відповіді за день</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="135"/>
        <source>Je hebt nog geen pakketten.</source>
        <translation>У тебе ще немає наборів.</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="138"/>
        <source>{learned} van {total} woorden geleerd</source>
        <translation>Вивчено слів: {learned} з {total}</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="150"/>
        <source>Vergaderingen geoefend: {n}</source>
        <translation>Натреновано нарад: {n}</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="162"/>
        <source>Woorden</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="163"/>
        <source>Woorden van {deck}</source>
        <translation>Слова з набору {deck}</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="172"/>
        <source>Je hebt de laatste {days} dagen nog niet geoefend.</source>
        <translation>За останні дні ({days}) тренувань не було.</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="178"/>
        <source>Geoefend op {practised} van de {days} dagen. Antwoorden: {total}.
Vandaag: {today} (de groene balk).</source>
        <translation>Днів із тренуванням: {practised} з {days}. Відповідей: {total}.
Сьогодні: {today} (зелений стовпчик).</translation>
    </message>
</context>
<context>
    <name>RecallView</name>
    <message>
        <location filename="../practice/recall_view.py" line="49"/>
        <source>Nieuw woord</source>
        <translation>Нове слово</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="52"/>
        <source>Laat zien</source>
        <translation>Показати</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="69"/>
        <source>Nog eens</source>
        <translation>Ще раз</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="70"/>
        <source>Moeilijk</source>
        <translation>Важко</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="71"/>
        <source>Goed</source>
        <translation>Правильно</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="72"/>
        <source>Makkelijk</source>
        <translation>Легко</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="79"/>
        <source>Toets {key}</source>
        <translation>Клавіша {key}</translation>
    </message>
</context>
<context>
    <name>RecordingBadge</name>
    <message>
        <location filename="../meetings/player_parts.py" line="128"/>
        <source>Echte opname</source>
        <translation>Справжній запис</translation>
    </message>
</context>
<context>
    <name>RecordingFlow</name>
    <message>
        <location filename="../recording/recording_flow.py" line="39"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>Щось пішло не так. Усе, що вже зроблено, збережено. Запусти Vaktaal знову.</translation>
    </message>
    <message>
        <location filename="../recording/recording_flow.py" line="69"/>
        <source>Dat lukte niet. Er is niets veranderd. Probeer het nog eens.</source>
        <translation>Не вдалося. Нічого не змінилося. Спробуй ще раз.</translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <location filename="../recording/recording_page.py" line="67"/>
        <source>Eigen stem opnemen</source>
        <translation>Записати свій голос</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="71"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="72"/>
        <source>Spatie = opnemen · L = luister · B = bewaren</source>
        <translation>Пробіл = записати · L = слухати · B = зберегти</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="105"/>
        <source>Ik hoor je…</source>
        <translation>Я тебе чую…</translation>
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
        <translation>Збережено. Тепер учні чують твій голос.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="131"/>
        <source>Verwijderd. Leerlingen horen weer de gewone stem.</source>
        <translation>Видалено. Учні знову чують звичайний голос.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="160"/>
        <source>Zeg het woord.</source>
        <translation>Скажи слово.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="173"/>
        <source>Er is geen luidspreker. Sluit er een aan.</source>
        <translation>Немає динаміка. Підключи динамік.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="177"/>
        <source>Er is nu geen geluid.</source>
        <translation>Зараз немає звуку.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="187"/>
        <source>Even bewaren…</source>
        <translation>Зберігаю…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="201"/>
        <source>Druk nog een keer om de opname te verwijderen.</source>
        <translation>Натисни ще раз, щоб видалити запис.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="205"/>
        <source>Even verwijderen…</source>
        <translation>Видаляю…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="227"/>
        <source>Even luisteren…</source>
        <translation>Слухаю…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="231"/>
        <source>Goed. Luister, of bewaar de opname.</source>
        <translation>Добре. Послухай або збережи запис.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../staff/report_dialog.py" line="61"/>
        <location filename="../staff/report_dialog.py" line="79"/>
        <source>Rapport maken</source>
        <translation>Створити звіт</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="71"/>
        <source>De namen worden gelezen...</source>
        <translation>Читання імен...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="78"/>
        <source>Rapport</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="80"/>
        <source>Wie</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="81"/>
        <source>Alle leerlingen</source>
        <translation>Усі учні</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="83"/>
        <source>Van</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="84"/>
        <source>Tot en met</source>
        <translation>До (включно)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="85"/>
        <source>Bestand</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="86"/>
        <source>PDF (om te printen)</source>
        <translation>PDF (для друку)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="86"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="87"/>
        <source>CSV (tekst voor Excel)</source>
        <translation>CSV (текст для Excel)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="91"/>
        <source>&amp;Opslaan...</source>
        <translation>&amp;Зберегти...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="94"/>
        <source>Sluiten</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="148"/>
        <source>Kies wie, welke periode en welk bestand.</source>
        <translation>Виберіть, хто, який період і який файл.</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="167"/>
        <source>Rapport opslaan</source>
        <translation>Зберегти звіт</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="178"/>
        <source>Bezig met de cijfers...</source>
        <translation>Підрахунок...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="191"/>
        <source>Bezig met het rapport...</source>
        <translation>Створення звіту...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="199"/>
        <source>Opgeslagen: {file} ({pages} pagina&apos;s)</source>
        <translation>Збережено: {file} (сторінок: {pages})</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="201"/>
        <source>Opgeslagen: {file}</source>
        <translation>Збережено: {file}</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="213"/>
        <source>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>Диск заповнений. Звільніть місце і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="215"/>
        <source>Hier mag Vaktaal niet opslaan. Kies een andere map.</source>
        <translation>Vaktaal не може зберігати тут. Виберіть іншу папку.</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="216"/>
        <source>Het rapport lukte niet. Probeer het opnieuw of vraag IT.</source>
        <translation>Створити звіт не вдалося. Спробуйте ще раз або зверніться до ІТ-відділу.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../restore_dialog.py" line="57"/>
        <location filename="../restore_dialog.py" line="62"/>
        <source>De gegevens zijn kapot</source>
        <translation>Дані пошкоджені</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="61"/>
        <source>Kapot</source>
        <translation>Пошкоджено</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="66"/>
        <source>Niet nu</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="66"/>
        <source>Sluiten</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="78"/>
        <source>Terugzetten van {date}</source>
        <translation>Відновити копію від {date}</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="84"/>
        <location filename="../restore_dialog.py" line="89"/>
        <source>Vaktaal kan de gegevens niet lezen.</source>
        <translation>Vaktaal не може прочитати дані.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="85"/>
        <source>Er is geen reservekopie. Vraag hulp aan IT.</source>
        <translation>Резервної копії немає. Попроси допомоги в ІТ-відділі.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="86"/>
        <source>Voor IT: vaktaal db restore</source>
        <translation>Для ІТ-відділу: vaktaal db restore</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="90"/>
        <source>Er is een reservekopie van {date}.</source>
        <translation>Є резервна копія від {date}.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="91"/>
        <source>Wat na die tijd is geoefend, is weg.</source>
        <translation>Усе, що тренували після цього часу, зникне.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="118"/>
        <location filename="../restore_dialog.py" line="122"/>
        <source>Bezig met terugzetten…</source>
        <translation>Відновлення…</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="136"/>
        <source>Probleem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="137"/>
        <source>Terugzetten lukte niet. Vraag hulp aan IT.</source>
        <translation>Відновити не вдалося. Попроси допомоги в ІТ-відділі.</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../meetings/meeting_tables.py" line="58"/>
        <source>− Weghalen</source>
        <translation>− Прибрати</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <location filename="../practice/server_banner.py" line="26"/>
        <source>Geen verbinding</source>
        <translation>Немає з’єднання</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="27"/>
        <source>De verbinding met de server is weg.</source>
        <translation>З’єднання із сервером втрачено.</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="29"/>
        <source>Je kunt verder oefenen; je antwoorden worden bewaard.</source>
        <translation>Можеш тренуватися далі; твої відповіді зберігаються.</translation>
    </message>
</context>
<context>
    <name>ServerWaitPage</name>
    <message>
        <location filename="../practice/server_banner.py" line="55"/>
        <source>Wachten</source>
        <translation>Очікування</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="56"/>
        <source>Even wachten op de server…</source>
        <translation>Чекаємо на сервер…</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="58"/>
        <source>Je antwoorden zijn bewaard. Het gaat zo vanzelf verder.</source>
        <translation>Твої відповіді збережено. Скоро все продовжиться само.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="29"/>
        <source>Voorbeeld van het bestand</source>
        <translation>Перегляд файлу</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="44"/>
        <source>Is:</source>
        <translation>Це:</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="59"/>
        <source>Kolom {name} is</source>
        <translation>Стовпець {name} — це</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="60"/>
        <source>(niet gebruiken)</source>
        <translation>(не використовувати)</translation>
    </message>
</context>
<context>
    <name>SoundToggle</name>
    <message>
        <location filename="../home/sound_toggle.py" line="36"/>
        <source>Woorden klinken vanzelf: aan</source>
        <translation>Слова звучать самі: увімкнено</translation>
    </message>
    <message>
        <location filename="../home/sound_toggle.py" line="38"/>
        <source>Woorden klinken vanzelf: uit</source>
        <translation>Слова звучать самі: вимкнено</translation>
    </message>
</context>
<context>
    <name>SpeakPanel</name>
    <message>
        <location filename="../speaking/speak_panel.py" line="36"/>
        <source>Zeg het woord.</source>
        <translation>Скажи слово.</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="38"/>
        <location filename="../speaking/speak_panel.py" line="102"/>
        <source>Spreek</source>
        <translation>Говори</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="41"/>
        <source>Klik of druk op spatie. Of houd spatie vast.</source>
        <translation>Клацни або натисни пробіл. Або тримай пробіл.</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="43"/>
        <source>Luister naar jezelf</source>
        <translation>Послухай себе</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="45"/>
        <source>Klik of druk op spatie. Zeg dan het woord.</source>
        <translation>Клацни або натисни пробіл. Потім скажи слово.</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="50"/>
        <source>Sla over</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="99"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="101"/>
        <source>Nog een keer</source>
        <translation>Ще раз</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="107"/>
        <source>Ik luister…</source>
        <translation>Я слухаю…</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="108"/>
        <source>Even luisteren…</source>
        <translation>Слухаю…</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="118"/>
        <source>Ik hoor je…</source>
        <translation>Я тебе чую…</translation>
    </message>
</context>
<context>
    <name>SpeakingView</name>
    <message>
        <location filename="../speaking/speaking_view.py" line="122"/>
        <source>Plaatje</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <location filename="../speaking/speaking_view.py" line="270"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>Не вдалося. Спробуй ще раз.</translation>
    </message>
</context>
<context>
    <name>SpeechModelPanel</name>
    <message>
        <location filename="../speaking/model_panel.py" line="34"/>
        <source>De andere oefeningen werken gewoon.</source>
        <translation>Інші вправи працюють як завжди.</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="35"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="88"/>
        <source>Spraakherkenning wordt geladen…</source>
        <translation>Розпізнавання мовлення завантажується…</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="88"/>
        <location filename="../speaking/model_panel.py" line="103"/>
        <source>Een ogenblik</source>
        <translation>Хвилинку</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="91"/>
        <source>Spraakherkenning is klaar</source>
        <translation>Розпізнавання мовлення готове</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="92"/>
        <source>Je kunt de woorden nu hardop oefenen.</source>
        <translation>Тепер ти можеш тренувати слова вголос.</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="95"/>
        <source>Spreken kan nog niet op deze pc</source>
        <translation>На цьому комп’ютері ще не можна говорити</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="96"/>
        <source>Je begeleider kan dit regelen.</source>
        <translation>Твій наставник може це налаштувати.</translation>
    </message>
</context>
<context>
    <name>SpeechModelStaffPanel</name>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="41"/>
        <source>Spraakmodel (voor de begeleider of IT)</source>
        <translation>Модель мовлення (для наставника або ІТ-відділу)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="45"/>
        <source>Vaktaal heeft dit Nederlandse spraakmodel nodig:</source>
        <translation>Vaktaal потрібна ця нідерландська модель мовлення:</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="50"/>
        <source>Kies het zip-bestand</source>
        <translation>Виберіть zip-файл</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="53"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="105"/>
        <source>Bezig met installeren… {p}%</source>
        <translation>Встановлення… {p}%</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="116"/>
        <source>Kies het spraakmodel (zip)</source>
        <translation>Виберіть модель мовлення (zip)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="116"/>
        <source>Zip-bestanden (*.zip)</source>
        <translation>Zip-файли (*.zip)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="123"/>
        <source>Het spraakmodel wordt geladen…</source>
        <translation>Модель мовлення завантажується…</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="124"/>
        <source>Het spraakmodel werkt.</source>
        <translation>Модель мовлення працює.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="125"/>
        <source>Er is nog geen spraakmodel.</source>
        <translation>Моделі мовлення ще немає.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="126"/>
        <source>Het spraakmodel werkt niet.</source>
        <translation>Модель мовлення не працює.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="127"/>
        <source>Dit spraakmodel is niet Nederlands.</source>
        <translation>Ця модель мовлення не нідерландська.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="135"/>
        <source>1. Vraag IT om het zip-bestand ({size}), of download het van {site}.</source>
        <translation>1. Попросіть zip-файл ({size}) в ІТ-відділі або завантажте його з {site}.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="137"/>
        <source>2. Kies het zip-bestand hier, of gebruik deze opdracht:</source>
        <translation>2. Виберіть zip-файл тут або скористайтеся цією командою:</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFiles</name>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="36"/>
        <source>Bezig met opslaan…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="44"/>
        <source>Opslaan als</source>
        <translation>Зберегти як</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="57"/>
        <source>Niet opgeslagen</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="66"/>
        <source>Het bestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>Не вдалося зберегти файл. Виберіть іншу папку.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="62"/>
        <location filename="../authoring/spreadsheet_dialog.py" line="97"/>
        <source>Termen uit Excel of CSV</source>
        <translation>Терміни з Excel або CSV</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="65"/>
        <source>Kies een bestand (CSV of Excel).</source>
        <translation>Виберіть файл (CSV або Excel).</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="71"/>
        <source>Spreadsheet</source>
        <translation>Таблиця</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>&amp;Bestand kiezen</source>
        <translation>Вибрати &amp;файл</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>Annuleren</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="77"/>
        <source>Pakket</source>
        <translation>Набір</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="79"/>
        <source>Nieuw pakket</source>
        <translation>Новий набір</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="81"/>
        <location filename="../authoring/spreadsheet_dialog.py" line="82"/>
        <source>Naam van het nieuwe pakket</source>
        <translation>Назва нового набору</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="87"/>
        <source>Voorbeeld</source>
        <translation>Перегляд</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="89"/>
        <source>Zo wordt het</source>
        <translation>Як це буде</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="90"/>
        <source>Kolommen in het bestand</source>
        <translation>Стовпці у файлі</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="93"/>
        <source>Problemen</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="105"/>
        <source>Pakket:</source>
        <translation>Набір:</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="139"/>
        <source>Bijwerken: {title}</source>
        <translation>Оновити: {title}</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="145"/>
        <source>De pakketten in Vaktaal konden niet gelezen worden. Alleen een nieuw pakket kan.</source>
        <translation>Не вдалося прочитати набори у Vaktaal. Можна лише новий набір.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="153"/>
        <source>Kies een bestand</source>
        <translation>Виберіть файл</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="163"/>
        <source>Bezig met lezen…</source>
        <translation>Читання…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="199"/>
        <source>Bezig met controleren…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="221"/>
        <source>Alles is goed. Aantal termen: {n}.</source>
        <translation>Усе добре. Кількість термінів: {n}.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="223"/>
        <source>Klaar om te importeren: {n} termen. Lees wat bij &apos;Let op&apos; staat.</source>
        <translation>Готово до імпорту. Термінів: {n}. Прочитайте, що написано після &apos;Увага&apos;.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="226"/>
        <source>Aantal problemen: {n}. Verbeter het bestand.</source>
        <translation>Кількість проблем: {n}. Виправте файл.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="234"/>
        <source>Let op: {text}</source>
        <translation>Увага: {text}</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="241"/>
        <source>Er ging iets mis. Er is niets veranderd. Probeer het opnieuw.</source>
        <translation>Щось пішло не так. Нічого не змінилося. Спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="244"/>
        <source>Zo kan het niet. Kijk bij de problemen.</source>
        <translation>Так не можна. Подивіться на проблеми.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="246"/>
        <source>Dit bestand kan niet gebruikt worden.</source>
        <translation>Цей файл не можна використати.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="23"/>
        <source>Begeleider toevoegen</source>
        <translation>Додати наставника</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="23"/>
        <source>Toevoegen</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="24"/>
        <location filename="../staff/learners/staff_dialog.py" line="40"/>
        <source>Naam</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="27"/>
        <source>Taalbuddy</source>
        <translation>Мовний напарник</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="28"/>
        <source>Coach</source>
        <translation>Коуч</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="41"/>
        <source>Rol</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="42"/>
        <source>Pincode</source>
        <translation>PIN-код</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <location filename="../staff/staff_home.py" line="34"/>
        <source>Samen oefenen</source>
        <translation>Тренуватися разом</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="35"/>
        <source>Overzicht</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="36"/>
        <source>Rapport maken</source>
        <translation>Створити звіт</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="37"/>
        <source>Pakketten</source>
        <translation>Набори</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="38"/>
        <source>Leerlingen beheren</source>
        <translation>Керувати учнями</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="39"/>
        <source>Begeleiders</source>
        <translation>Наставники</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="40"/>
        <source>Afmelden</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="60"/>
        <source>Welkom, {name}</source>
        <translation>Вітаємо, {name}</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="62"/>
        <source>Je bent coach.</source>
        <translation>Ви коуч.</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="62"/>
        <source>Je bent taalbuddy.</source>
        <translation>Ви мовний напарник.</translation>
    </message>
</context>
<context>
    <name>StaffLoginDialog</name>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="23"/>
        <location filename="../profiles/staff_login_dialog.py" line="47"/>
        <source>Begeleider</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="28"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="38"/>
        <source>Alleen voor begeleiders. Kies je naam.</source>
        <translation>Лише для наставників. Обери своє ім&apos;я.</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="39"/>
        <source>Alleen voor begeleiders. Er is nog geen begeleider.</source>
        <translation>Лише для наставників. Наставників ще немає.</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="43"/>
        <source>Slot</source>
        <translation>Замок</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../staff/learners/staff_page.py" line="27"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="29"/>
        <source>Begeleider toevoegen</source>
        <translation>Додати наставника</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="32"/>
        <source>Melding</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="43"/>
        <source>Begeleiders</source>
        <translation>Наставники</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="75"/>
        <source>Coach</source>
        <translation>Коуч</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="75"/>
        <source>Taalbuddy</source>
        <translation>Мовний напарник</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="78"/>
        <source>Dit ben jij. Jezelf verwijderen kan niet.</source>
        <translation>Це ви. Видалити себе не можна.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="80"/>
        <source>De enige coach. Die blijft.</source>
        <translation>Єдиний коуч. Його не можна видалити.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="83"/>
        <source>Pincode wijzigen</source>
        <translation>Змінити PIN-код</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="84"/>
        <source>Verwijderen</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>StaffProfilesFlow</name>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="55"/>
        <source>{name} is toegevoegd.</source>
        <translation>Профіль {name} додано.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="65"/>
        <source>{name} heeft een nieuwe pincode.</source>
        <translation>Для {name} новий PIN-код.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="71"/>
        <source>het profiel van {name}</source>
        <translation>профіль {name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="76"/>
        <source>{name} is verwijderd.</source>
        <translation>Профіль {name} видалено.</translation>
    </message>
</context>
<context>
    <name>StaffRow</name>
    <message>
        <location filename="../profiles/staff_row.py" line="39"/>
        <source>Begeleiders</source>
        <translation>Наставники</translation>
    </message>
    <message>
        <location filename="../profiles/staff_row.py" line="78"/>
        <source>{name}, begeleider</source>
        <translation>{name}, наставник</translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="58"/>
        <source>Naam</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="59"/>
        <source>Laatst
geoefend</source>
        <translation>Останнє
тренування</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="60"/>
        <source>Dagen
op rij</source>
        <translation>Днів
поспіль</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="61"/>
        <source>Geleerd</source>
        <translation>Вивчено</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="62"/>
        <source>Te
herhalen</source>
        <translation>Треба
повторити</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="63"/>
        <source>Onthouden</source>
        <translation>Запам&apos;ятано</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="64"/>
        <source>Moet je
weten</source>
        <translation>Треба
знати</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="65"/>
        <source>Met
buddy</source>
        <translation>З
напарником</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="66"/>
        <source>Spreken
eens</source>
        <translation>Говоріння:
згода</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="71"/>
        <source>Dagen achter elkaar geoefend, tot vandaag</source>
        <translation>Днів поспіль із тренуванням, до сьогодні</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="72"/>
        <source>Woorden geleerd: op 2 dagen goed, laatste antwoord goed</source>
        <translation>Вивчені слова: правильно у 2 дні, остання відповідь правильна</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="73"/>
        <source>Kaarten die nu herhaald moeten worden</source>
        <translation>Картки, які треба повторити зараз</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="74"/>
        <source>Laatste 30 dagen: deel goede antwoorden (zonder eerste keer)</source>
        <translation>Останні 30 днів: частка правильних відповідей (без першого разу)</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="77"/>
        <source>Veiligheidswoorden die de leerling kent, van alle</source>
        <translation>Слова безпеки, які учень знає, з усіх</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="78"/>
        <source>Sessies met een taalbuddy deze maand</source>
        <translation>Заняття з мовним напарником цього місяця</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="79"/>
        <source>Hoe vaak computer en buddy het eens waren over spreken</source>
        <translation>Як часто комп&apos;ютер і напарник погоджувалися щодо говоріння</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="198"/>
        <source>{learned} van {terms} geleerd</source>
        <translation>Вивчено: {learned} з {terms}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="202"/>
        <source>{due} te herhalen</source>
        <translation>Повторити: {due}</translation>
    </message>
</context>
<context>
    <name>Subtitles</name>
    <message>
        <location filename="../meetings/player_parts.py" line="74"/>
        <source>Tekst van de vergadering</source>
        <translation>Текст наради</translation>
    </message>
</context>
<context>
    <name>SummaryFeedback</name>
    <message>
        <location filename="../meetings/summary_feedback.py" line="64"/>
        <source>Hoofdpunten</source>
        <translation>Головні пункти</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="64"/>
        <source>Taken</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="131"/>
        <source>Verbeter je tekst</source>
        <translation>Покращ свій текст</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="133"/>
        <source>Ga terug en voeg punten toe</source>
        <translation>Повернися і додай пункти</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../practice/summary_page.py" line="51"/>
        <source>Feest</source>
        <translation>Свято</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="52"/>
        <source>Klaar!</source>
        <translation>Готово!</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="56"/>
        <source>Goed</source>
        <translation>Правильно</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="60"/>
        <source>Bewaard</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="61"/>
        <source>Deze woorden oefen je nog een keer:</source>
        <translation>Ці слова ти потренуєш ще раз:</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="64"/>
        <source>Alles goed. Knap gedaan!</source>
        <translation>Усе правильно. Молодець!</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="66"/>
        <source>Nog een keer oefenen</source>
        <translation>Потренуватися ще раз</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="68"/>
        <source>Naar start</source>
        <translation>На початок</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="110"/>
        <source>Woorden om te herhalen</source>
        <translation>Слова для повторення</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="126"/>
        <source>Je hebt 1 woord geoefend.</source>
        <translation>Натреновано 1 слово.</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="128"/>
        <source>Je hebt {n} woorden geoefend.</source>
        <translation>Натреновано слів: {n}.</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="129"/>
        <source>{m} goed</source>
        <translation>Правильно: {m}</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="149"/>
        <source>{saved} van {n} antwoorden bewaard</source>
        <translation>Збережено відповідей: {saved} з {n}</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="151"/>
        <source>1 antwoord bewaard</source>
        <translation>1 відповідь збережено</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="153"/>
        <source>{n} antwoorden bewaard</source>
        <translation>Збережено відповідей: {n}</translation>
    </message>
</context>
<context>
    <name>SummarySpeech</name>
    <message>
        <location filename="../meetings/summary_speech.py" line="32"/>
        <source>De spraakherkenning voor Nederlands is er nog niet.</source>
        <translation>Розпізнавання нідерландського мовлення ще немає.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../meetings/summary_view.py" line="75"/>
        <source>Vat de vergadering samen</source>
        <translation>Коротко перекажи нараду</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="76"/>
        <source>Schrijf of zeg: wat zijn de hoofdpunten, wie doet wat?</source>
        <translation>Напиши або скажи: які головні пункти, хто що робить?</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="89"/>
        <source>Samenvatting</source>
        <translation>Короткий зміст</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="90"/>
        <source>Typ hier je samenvatting.</source>
        <translation>Напиши тут короткий зміст.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="93"/>
        <location filename="../meetings/summary_view.py" line="150"/>
        <source>Zeg het</source>
        <translation>Сказати</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="94"/>
        <source>Ctrl+R: begin of stop met praten</source>
        <translation>Ctrl+R: почати або закінчити говорити</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="98"/>
        <source>Controleer</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="100"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="147"/>
        <source>Ik luister. Klik op Stop als je klaar bent.</source>
        <translation>Я слухаю. Натисни Стоп, коли закінчиш.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="150"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="161"/>
        <source>Ik schrijf op wat je zei...</source>
        <translation>Записую сказане...</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="169"/>
        <source>Ik heb niets verstaan. Probeer het nog eens.</source>
        <translation>Нічого не вдалося розібрати. Спробуй ще раз.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="173"/>
        <source>Kijk of de tekst klopt. Verbeter hem als dat nodig is.</source>
        <translation>Перевір, чи текст правильний. Виправ його, якщо треба.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="180"/>
        <source>Dat lukte niet: {reason} Typ je samenvatting.</source>
        <translation>Не вдалося: {reason} Напиши короткий зміст.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="218"/>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="239"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>Не вдалося. Спробуй ще раз.</translation>
    </message>
</context>
<context>
    <name>TakePanel</name>
    <message>
        <location filename="../recording/take_panel.py" line="44"/>
        <source>Melding</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="47"/>
        <location filename="../recording/take_panel.py" line="119"/>
        <source>Opnemen</source>
        <translation>Записати</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="49"/>
        <source>Spatie</source>
        <translation>Пробіл</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="50"/>
        <source>Luister</source>
        <translation>Слухай</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="51"/>
        <source>Bewaren</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="52"/>
        <location filename="../recording/take_panel.py" line="99"/>
        <source>Verwijderen</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="83"/>
        <source>Plaatje</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="99"/>
        <source>Echt verwijderen?</source>
        <translation>Справді видалити?</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="109"/>
        <source>Dit pakket heeft geen woorden.</source>
        <translation>У цьому наборі немає слів.</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="111"/>
        <source>Dit woord heeft een eigen opname.</source>
        <translation>Це слово має власний запис.</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="113"/>
        <source>Nog geen eigen opname.</source>
        <translation>Власного запису ще немає.</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="118"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="119"/>
        <source>Nog een keer</source>
        <translation>Ще раз</translation>
    </message>
</context>
<context>
    <name>TakeRecorder</name>
    <message>
        <location filename="../recording/take_recorder.py" line="108"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>Не вдалося. Спробуй ще раз.</translation>
    </message>
</context>
<context>
    <name>TermCard</name>
    <message>
        <location filename="../practice/term_card.py" line="94"/>
        <source>Luister</source>
        <translation>Слухай</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="96"/>
        <location filename="../practice/term_card.py" line="97"/>
        <source>Let op: veiligheid</source>
        <translation>Увага: безпека</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="113"/>
        <source>Luister naar de uitleg</source>
        <translation>Послухай пояснення</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="118"/>
        <source>Luister naar de zin</source>
        <translation>Послухай речення</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="165"/>
        <source>Welk woord is dit?</source>
        <translation>Що це за слово?</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="171"/>
        <source>Plaatje</source>
        <translation>Картинка</translation>
    </message>
</context>
<context>
    <name>TermForm</name>
    <message>
        <location filename="../authoring/term_form.py" line="26"/>
        <source>Term</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="35"/>
        <source>Pictogram kiezen…</source>
        <translation>Вибрати піктограму…</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="37"/>
        <source>Vertalingen</source>
        <translation>Переклади</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="48"/>
        <source>Woord</source>
        <translation>Слово</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="48"/>
        <source>bijvoorbeeld: heftruck</source>
        <translation>наприклад: heftruck</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="49"/>
        <source>Soort woord</source>
        <translation>Частина мови</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="51"/>
        <source>Lidwoord</source>
        <translation>Артикль</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="51"/>
        <source>(geen)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="53"/>
        <source>Meervoud</source>
        <translation>Множина</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="53"/>
        <source>- : geen meervoud</source>
        <translation>- : немає множини</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="54"/>
        <source>Uitleg (eenvoudig Nederlands)</source>
        <translation>Пояснення (проста нідерландська)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="55"/>
        <source>Voorbeeldzin</source>
        <translation>Приклад речення</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="56"/>
        <location filename="../authoring/term_form.py" line="102"/>
        <source>Pictogram</source>
        <translation>Піктограма</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="57"/>
        <source>Hoofdstuk</source>
        <translation>Розділ</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="58"/>
        <source>Labels</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="58"/>
        <source>met komma&apos;s ertussen</source>
        <translation>через кому</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="59"/>
        <source>Belangrijk voor veiligheid</source>
        <translation>Важливо для безпеки</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="60"/>
        <source>Geluid (bestand in het pakket)</source>
        <translation>Звук (файл у наборі)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="61"/>
        <source>Id (vast, voor de voortgang)</source>
        <translation>Ідентифікатор (незмінний, для прогресу)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="86"/>
        <source>{language}, nog niet gecontroleerd</source>
        <translation>{language}, ще не перевірено</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="99"/>
        <source>Nieuwe term</source>
        <translation>Новий термін</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="110"/>
        <source>zelfstandig naamwoord</source>
        <translation>іменник</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="111"/>
        <source>werkwoord</source>
        <translation>дієслово</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="112"/>
        <source>bijvoeglijk naamwoord</source>
        <translation>прикметник</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="113"/>
        <source>bijwoord</source>
        <translation>прислівник</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="114"/>
        <source>uitdrukking</source>
        <translation>вираз</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="115"/>
        <source>afkorting</source>
        <translation>скорочення</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="116"/>
        <source>anders</source>
        <translation>інше</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="117"/>
        <source>open (nog niet bekend)</source>
        <translation>не визначено (ще невідомо)</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <location filename="../authoring/term_list.py" line="26"/>
        <source>Zoeken…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="27"/>
        <source>Zoek een term</source>
        <translation>Шукати термін</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="30"/>
        <source>Welke termen</source>
        <translation>Які терміни</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="32"/>
        <source>Termen</source>
        <translation>Терміни</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="56"/>
        <source>Alle termen</source>
        <translation>Усі терміни</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="57"/>
        <source>Alleen met problemen</source>
        <translation>Лише з проблемами</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="59"/>
        <source>Hoofdstuk: {name}</source>
        <translation>Розділ: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="85"/>
        <source>(nieuwe term)</source>
        <translation>(новий термін)</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="93"/>
        <source>Deze term heeft nog een probleem.</source>
        <translation>У цьому терміні ще є проблема.</translation>
    </message>
</context>
<context>
    <name>TermVoiceList</name>
    <message>
        <location filename="../recording/term_list.py" line="44"/>
        <source>Woorden</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location filename="../recording/term_list.py" line="69"/>
        <source>eigen opname</source>
        <translation>власний запис</translation>
    </message>
    <message>
        <location filename="../recording/term_list.py" line="69"/>
        <source>geen eigen opname</source>
        <translation>без власного запису</translation>
    </message>
</context>
<context>
    <name>TextSizeButtons</name>
    <message>
        <location filename="../home/text_size_buttons.py" line="22"/>
        <source>Tekst normaal</source>
        <translation>Звичайний текст</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="23"/>
        <source>Tekst groot</source>
        <translation>Великий текст</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="24"/>
        <source>Tekst extra groot</source>
        <translation>Дуже великий текст</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="30"/>
        <source>Tekst</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="37"/>
        <source>A</source>
        <translation>А</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../home/today_panel.py" line="21"/>
        <source>Doel</source>
        <translation>Мета</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="23"/>
        <source>Doel vandaag</source>
        <translation>Мета на сьогодні</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="38"/>
        <source>{done} van {goal} vandaag</source>
        <translation>Сьогодні: {done} з {goal}</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="40"/>
        <source>{done} van {goal} vandaag. Doel gehaald!</source>
        <translation>Сьогодні: {done} з {goal}. Мету досягнуто!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="49"/>
        <source>Plantje</source>
        <translation>Паросток</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="50"/>
        <source>Oefen vandaag. Dan heb je 1 dag op rij!</source>
        <translation>Потренуйся сьогодні. Тоді буде 1 день поспіль!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="52"/>
        <location filename="../home/today_panel.py" line="55"/>
        <source>Vuur</source>
        <translation>Вогонь</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="53"/>
        <source>1 dag op rij. Goed bezig!</source>
        <translation>1 день поспіль. Так тримати!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="56"/>
        <source>{n} dagen op rij</source>
        <translation>Днів поспіль: {n}</translation>
    </message>
</context>
<context>
    <name>TranscribeTask</name>
    <message>
        <location filename="../meetings/transcribe_task.py" line="89"/>
        <source>Het omzetten is niet gelukt. Probeer een andere opname.</source>
        <translation>Перетворити не вдалося. Спробуйте інший запис.</translation>
    </message>
</context>
<context>
    <name>TypingView</name>
    <message>
        <location filename="../practice/typing_view.py" line="67"/>
        <source>Luister</source>
        <translation>Слухай</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="68"/>
        <source>Typ het woord.</source>
        <translation>Напиши слово.</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="71"/>
        <source>Typ hier het woord</source>
        <translation>Напиши тут слово</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="72"/>
        <source>Typ hier…</source>
        <translation>Пиши тут…</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="76"/>
        <source>Controleer</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="78"/>
        <source>Weet ik niet</source>
        <translation>Не знаю</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="82"/>
        <source>Wat je typte</source>
        <translation>Твій текст</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="118"/>
        <source>Plaatje</source>
        <translation>Картинка</translation>
    </message>
</context>
<context>
    <name>UnknownWordsView</name>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="20"/>
        <source>Welke woorden kende je niet?</source>
        <translation>Які слова були незнайомі?</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="22"/>
        <source>Tik erop. Je oefent ze later. Geen? Kies dan meteen Klaar.</source>
        <translation>Натисни на них. Ти потренуєш їх пізніше. Таких немає? Тоді одразу вибери Готово.</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="25"/>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="63"/>
        <source>Naar je oefenlijst: {n}</source>
        <translation>До твого списку тренувань: {n}</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="65"/>
        <source>Je kende alle woorden. Goed!</source>
        <translation>Усі слова були знайомі. Добре!</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../upgrade_dialog.py" line="24"/>
        <source>Database bijwerken</source>
        <translation>Оновити базу даних</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="27"/>
        <source>Bijwerken</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="28"/>
        <source>Stoppen</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="37"/>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="125"/>
        <location filename="../upgrade_dialog.py" line="40"/>
        <source>Vaktaal moet de database bijwerken.</source>
        <translation>Vaktaal має оновити базу даних.</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="41"/>
        <source>Maak eerst een backup:</source>
        <translation>Спочатку зроби резервну копію:</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="43"/>
        <source>Ben je niet de coach? Kies Stoppen.</source>
        <translation>Ти не коуч? Вибери &apos;Завершити&apos;.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../speaking/verdict_panel.py" line="62"/>
        <source>Luister naar het woord</source>
        <translation>Послухай слово</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="66"/>
        <source>Verder</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="102"/>
        <source>Buddy:</source>
        <translation>Напарник:</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="105"/>
        <source>bijna</source>
        <translation>майже</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="108"/>
        <source>Buddy: {verdict}</source>
        <translation>Напарник: {verdict}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="136"/>
        <source>Ik hoorde: {word}</source>
        <translation>Почуто: {word}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="138"/>
        <source>Ik hoorde geen duidelijk woord.</source>
        <translation>Чіткого слова не почуто.</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="140"/>
        <source>Het woord is: {word}</source>
        <translation>Слово: {word}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="145"/>
        <source>De computer zei: {word}. Druk op B om dat terug te zetten.</source>
        <translation>Комп&apos;ютер сказав: {word}. Натисни B, щоб повернути це.</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="149"/>
        <source>Buddy: druk op B als dit oordeel niet klopt.</source>
        <translation>Напарник: натисни B, якщо ця оцінка неправильна.</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="158"/>
        <source>Buddy: bijna goed</source>
        <translation>Напарник: майже правильно</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="159"/>
        <source>Buddy: goed</source>
        <translation>Напарник: правильно</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="159"/>
        <source>Buddy: nog eens</source>
        <translation>Напарник: ще раз</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="161"/>
        <source>Goed!</source>
        <translation>Правильно!</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="163"/>
        <source>Bijna goed</source>
        <translation>Майже правильно</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="164"/>
        <source>Nog eens</source>
        <translation>Ще раз</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="105"/>
        <location filename="../speaking/verdict_panel.py" line="174"/>
        <source>goed</source>
        <translation>правильно</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="175"/>
        <source>bijna goed</source>
        <translation>майже правильно</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="106"/>
        <location filename="../speaking/verdict_panel.py" line="175"/>
        <source>nog eens</source>
        <translation>ще раз</translation>
    </message>
</context>
<context>
    <name>WordListPage</name>
    <message>
        <location filename="../home/word_list_page.py" line="34"/>
        <source>Geleerd: je wist het woord goed op {days} verschillende dagen.</source>
        <translation>Вивчено: ти правильно знав(ла) слово {days} різні дні.</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="57"/>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="79"/>
        <source>Boom</source>
        <translation>Дерево</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="81"/>
        <source>Fout? Dan ga je het woord weer oefenen.</source>
        <translation>Помилка? Тоді ти знову тренуватимеш це слово.</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="115"/>
        <source>Woorden: {deck}</source>
        <translation>Слова: {deck}</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="125"/>
        <source>{n} geleerd</source>
        <translation>Вивчено: {n}</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="126"/>
        <source>{n} bezig</source>
        <translation>Вивчається: {n}</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="127"/>
        <source>{n} nieuw</source>
        <translation>Нових: {n}</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="150"/>
        <source>Dit pakket heeft geen woorden.</source>
        <translation>У цьому наборі немає слів.</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="154"/>
        <source>Geleerd ({n})</source>
        <translation>Вивчено ({n})</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="155"/>
        <source>Bezig met leren ({n})</source>
        <translation>Вивчається ({n})</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="156"/>
        <source>Nieuw ({n})</source>
        <translation>Нові ({n})</translation>
    </message>
</context>
<context>
    <name>WordRow</name>
    <message>
        <location filename="../home/word_row.py" line="70"/>
        <source>Nieuw</source>
        <translation>Новий</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="71"/>
        <source>Bezig met leren</source>
        <translation>Вивчається</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="72"/>
        <source>Geleerd</source>
        <translation>Вивчено</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="78"/>
        <source>Moet je kennen: klaar!</source>
        <translation>Треба знати: готово!</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="79"/>
        <source>Moet je kennen</source>
        <translation>Треба знати</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="99"/>
        <source>Luister</source>
        <translation>Слухай</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="100"/>
        <source>Luister (spatie)</source>
        <translation>Слухай (пробіл)</translation>
    </message>
</context>
<context>
    <name>avatars</name>
    <message>
        <location filename="../profiles/avatars.py" line="22"/>
        <source>Gezicht</source>
        <translation>Обличчя</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="23"/>
        <source>Kat</source>
        <translation>Кіт</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="24"/>
        <source>Leeuw</source>
        <translation>Лев</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="25"/>
        <source>Vlinder</source>
        <translation>Метелик</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="26"/>
        <source>Tulp</source>
        <translation>Тюльпан</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="27"/>
        <source>Boom</source>
        <translation>Дерево</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="28"/>
        <source>Fiets</source>
        <translation>Велосипед</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="29"/>
        <source>Voetbal</source>
        <translation>Футбол</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../crash.py" line="51"/>
        <source>Er ging iets mis</source>
        <translation>Щось пішло не так</translation>
    </message>
    <message>
        <location filename="../crash.py" line="52"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard.
Meld dit bij IT.</source>
        <translation>Щось пішло не так. Усе, що вже зроблено, збережено.
Повідом про це ІТ-відділ.</translation>
    </message>
</context>
</TS>
