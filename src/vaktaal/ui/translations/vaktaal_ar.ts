<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ActionItemsView</name>
    <message>
        <location filename="../meetings/action_items_view.py" line="36"/>
        <source>Wie doet wat, en wanneer?</source>
        <translation>من يفعل ماذا، ومتى؟</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="73"/>
        <source>Taak {n} van {total}</source>
        <translation>المهمة {n} من {total}</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="77"/>
        <source>Wie doet dit?</source>
        <translation>من يفعل هذا؟</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="116"/>
        <source>Wie: {who}</source>
        <translation>من: {who}</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="118"/>
        <source>Wanneer moet het klaar zijn?</source>
        <translation>متى يجب أن يكون جاهزًا؟</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="132"/>
        <source>{who} doet dit. Klaar: {when}.</source>
        <translation>{who} يفعل هذا. الموعد: {when}.</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="134"/>
        <source>Goed!</source>
        <translation>صحيح!</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="139"/>
        <source>De persoon klopt, de tijd niet</source>
        <translation>الشخص صحيح، الوقت غير صحيح</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="141"/>
        <source>De tijd klopt, de persoon niet</source>
        <translation>الوقت صحيح، الشخص غير صحيح</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="142"/>
        <source>Nog niet goed</source>
        <translation>ليس صحيحًا بعد</translation>
    </message>
</context>
<context>
    <name>AnkiExport</name>
    <message>
        <location filename="../authoring/anki_export.py" line="25"/>
        <source>Exporteren voor Anki</source>
        <translation>تصدير إلى Anki</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="28"/>
        <source>Anki-pakketten (*.apkg)</source>
        <translation>حزم Anki (*.apkg)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="35"/>
        <source>Opgeslagen voor Anki: {name}</source>
        <translation>تم الحفظ لـ Anki: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="39"/>
        <source>Het pakket kon niet opgeslagen worden. Er is niets veranderd.</source>
        <translation>تعذّر حفظ الحزمة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="60"/>
        <source>Bezig met exporteren voor Anki…</source>
        <translation>جارٍ التصدير إلى Anki…</translation>
    </message>
</context>
<context>
    <name>AnkiImportDialog</name>
    <message>
        <location filename="../authoring/anki_dialog.py" line="63"/>
        <location filename="../authoring/anki_dialog.py" line="89"/>
        <source>Termen uit Anki</source>
        <translation>مصطلحات من Anki</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="66"/>
        <source>Kies een Anki-pakket (.apkg).</source>
        <translation>اختر حزمة Anki ‏(.apkg).</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="71"/>
        <source>Anki</source>
        <translation>Anki</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>&amp;Bestand kiezen</source>
        <translation>اختيار &amp;ملف</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="77"/>
        <location filename="../authoring/anki_dialog.py" line="78"/>
        <source>Naam van het nieuwe pakket</source>
        <translation>اسم الحزمة الجديدة</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="81"/>
        <source>Voorbeeld van de termen</source>
        <translation>معاينة المصطلحات</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="85"/>
        <source>Problemen en meldingen</source>
        <translation>مشاكل وملاحظات</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="123"/>
        <source>Anki-pakketten (*.apkg *.colpkg)</source>
        <translation>حزم Anki ‏(*.apkg *.colpkg)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>&amp;Importeren</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="91"/>
        <source>Naam:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="125"/>
        <source>Kies een bestand</source>
        <translation>اختر ملفًا</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="133"/>
        <source>Bezig met lezen…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="160"/>
        <source>Bezig met controleren…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="181"/>
        <source>Klaar om te importeren. Termen: {n}</source>
        <translation>جاهز للاستيراد. المصطلحات: {n}</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="197"/>
        <source>Er ging iets mis. Er is niets veranderd. Probeer het opnieuw.</source>
        <translation>حدث خطأ. لم يتغيّر شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="199"/>
        <source>Zo kan het niet. Kijk bij de problemen.</source>
        <translation>لا يمكن هكذا. انظر إلى المشاكل.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../practice/article_view.py" line="39"/>
        <source>De of het?</source>
        <translation>de أم het؟</translation>
    </message>
    <message>
        <location filename="../practice/article_view.py" line="54"/>
        <source>Toets {key}</source>
        <translation>المفتاح {key}</translation>
    </message>
</context>
<context>
    <name>AvatarChoice</name>
    <message>
        <location filename="../profiles/avatar_choice.py" line="47"/>
        <source>Plaatje: {name}</source>
        <translation>صورة: {name}</translation>
    </message>
</context>
<context>
    <name>AvatarGrid</name>
    <message>
        <location filename="../profiles/avatar_grid.py" line="123"/>
        <source>{name}, met pincode</source>
        <translation>{name}، برمز سري</translation>
    </message>
</context>
<context>
    <name>BuddyEndPage</name>
    <message>
        <location filename="../staff/buddy/end_page.py" line="33"/>
        <source>Bewaren</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="42"/>
        <source>Wat ging goed</source>
        <translation>ما الذي سار جيدًا</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="43"/>
        <source>Wat moet nog geoefend worden</source>
        <translation>ما الذي يحتاج إلى تدريب بعد</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="44"/>
        <source>Notitie voor de volgende keer</source>
        <translation>ملاحظة للمرة القادمة</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="72"/>
        <source>Klaar met {name}! Hoe ging het?</source>
        <translation>انتهى التدريب مع {name}! كيف سار؟</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="82"/>
        <source>{saved} van {n} antwoorden bewaard</source>
        <translation>حُفظت {saved} من {n} إجابة</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="84"/>
        <source>1 antwoord bewaard</source>
        <translation>حُفظت إجابة واحدة</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="85"/>
        <source>{n} antwoorden bewaard</source>
        <translation>حُفظت {n} إجابة</translation>
    </message>
</context>
<context>
    <name>BuddySessionPage</name>
    <message>
        <location filename="../staff/buddy/session_page.py" line="80"/>
        <source>De tijd is om. Maak deze oefening af.</source>
        <translation>انتهى الوقت. أكمل هذا التمرين.</translation>
    </message>
</context>
<context>
    <name>BusyNote</name>
    <message>
        <location filename="../busy.py" line="15"/>
        <source>Bezig</source>
        <translation>مشغول</translation>
    </message>
</context>
<context>
    <name>ChoiceView</name>
    <message>
        <location filename="../practice/choice_view.py" line="56"/>
        <location filename="../practice/choice_view.py" line="58"/>
        <source>Luister</source>
        <translation>استمع</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="61"/>
        <source>Toets L</source>
        <translation>المفتاح L</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="127"/>
        <source>Luister. Welk plaatje hoort erbij?</source>
        <translation>استمع. أي صورة تناسبها؟</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="129"/>
        <source>Welk plaatje hoort bij dit woord?</source>
        <translation>أي صورة تناسب هذه الكلمة؟</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="145"/>
        <source>Plaatje {n}</source>
        <translation>الصورة {n}</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="176"/>
        <source>Plaatje {n}: {word}</source>
        <translation>الصورة {n}: {word}</translation>
    </message>
</context>
<context>
    <name>CoachFlow</name>
    <message>
        <location filename="../staff/learners/coach_flow.py" line="71"/>
        <source>Er ging iets mis. Er is niets veranderd.</source>
        <translation>حدث خطأ. لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../controller.py" line="128"/>
        <source>Het installeren is niet gelukt. Er is niets veranderd. Vraag IT om hulp.</source>
        <translation>لم ينجح التثبيت. لم يتغيّر شيء. اطلب المساعدة من قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <location filename="../controller.py" line="175"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>حدث خطأ. ما قمت به محفوظ. افتح Vaktaal من جديد.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../staff/buddy/session_page.py" line="64"/>
        <source>Tijd over: {time}</source>
        <translation>الوقت المتبقي: {time}</translation>
    </message>
</context>
<context>
    <name>CoverageRow</name>
    <message>
        <location filename="../meetings/summary_feedback.py" line="113"/>
        <source>Erin</source>
        <translation>موجود</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="115"/>
        <source>Voor een deel erin</source>
        <translation>موجود جزئيًا</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="116"/>
        <source>Nog niet erin</source>
        <translation>غير موجود بعد</translation>
    </message>
</context>
<context>
    <name>DashboardFlow</name>
    <message>
        <location filename="../staff/dashboard/dashboard_flow.py" line="60"/>
        <source>Overzicht laden…</source>
        <translation>جارٍ تحميل النظرة العامة…</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_flow.py" line="79"/>
        <location filename="../staff/dashboard/dashboard_flow.py" line="96"/>
        <source>Laden…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="62"/>
        <source>Pakket</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="65"/>
        <source>Nog geen leerlingen.</source>
        <translation>لا يوجد متعلّمون بعد.</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="66"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="68"/>
        <source>Bekijken</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="83"/>
        <source>Alle leerlingen</source>
        <translation>كل المتعلّمين</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="97"/>
        <source>Grafiek</source>
        <translation>رسم بياني</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="101"/>
        <source>Overzicht leerlingen</source>
        <translation>نظرة عامة على المتعلّمين</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="105"/>
        <source>Pakket:</source>
        <translation>الحزمة:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="119"/>
        <source>Alle pakketten</source>
        <translation>كل الحزم</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../home/day_chart.py" line="69"/>
        <source>Antwoorden per dag</source>
        <translation>الإجابات في كل يوم</translation>
    </message>
    <message>
        <location filename="../home/day_chart.py" line="76"/>
        <source>Antwoorden</source>
        <translation>الإجابات</translation>
    </message>
</context>
<context>
    <name>DeckCards</name>
    <message>
        <location filename="../home/deck_cards.py" line="96"/>
        <source>Oefen dit</source>
        <translation>تدرّب على هذا</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="97"/>
        <source>Oefen dit: {title}</source>
        <translation>تدرّب على هذا: {title}</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="106"/>
        <source>{n} te oefenen</source>
        <translation>{n} للتدريب</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="107"/>
        <source>{n} nieuw</source>
        <translation>{n} جديدة</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="108"/>
        <source>{n} geleerd</source>
        <translation>{n} تم تعلّمها</translation>
    </message>
</context>
<context>
    <name>DeckDetails</name>
    <message>
        <location filename="../authoring/deck_details.py" line="23"/>
        <source>Naam van het pakket</source>
        <translation>اسم الحزمة</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="24"/>
        <source>Organisatie</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="25"/>
        <source>Functie</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="25"/>
        <source>bijvoorbeeld: monteur</source>
        <translation>مثلاً: فنّي تركيب</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="26"/>
        <source>Taakprofiel</source>
        <translation>ملف المهام</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="26"/>
        <source>of: de taken</source>
        <translation>أو: المهام</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="27"/>
        <source>Taalniveau</source>
        <translation>مستوى اللغة</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="29"/>
        <source>Talen van de vertalingen</source>
        <translation>لغات الترجمة</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="32"/>
        <source>Nog niet gecontroleerd</source>
        <translation>لم يُراجَع بعد</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="34"/>
        <source>Beschrijving</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="35"/>
        <source>Gemaakt door</source>
        <translation>من إعداد</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="36"/>
        <source>Licentie</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="37"/>
        <source>Versie</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="38"/>
        <source>Id (vast)</source>
        <translation>المعرّف (ثابت)</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="39"/>
        <source>Pictogram van het pakket</source>
        <translation>رمز الحزمة</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="43"/>
        <source>Het pakket</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="51"/>
        <source>Talen: {names}</source>
        <translation>اللغات: {names}</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="55"/>
        <source>Nog niet gecontroleerd door iemand met deze moedertaal: {names}</source>
        <translation>لم يراجعها بعد متحدث أصلي بهذه اللغة: {names}</translation>
    </message>
</context>
<context>
    <name>DeckImportDialog</name>
    <message>
        <location filename="../authoring/import_dialog.py" line="41"/>
        <source>Bezig met importeren…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
</context>
<context>
    <name>DeckListWidget</name>
    <message>
        <location filename="../deck_list.py" line="37"/>
        <source>Pakketten met woorden</source>
        <translation>حزم الكلمات</translation>
    </message>
    <message>
        <location filename="../deck_list.py" line="47"/>
        <source>{function} · {n} woorden · niveau {level}</source>
        <translation>{function} · {n} كلمة · المستوى {level}</translation>
    </message>
</context>
<context>
    <name>DecksDialog</name>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="24"/>
        <source>Pakketten van {name}</source>
        <translation>حزم {name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="25"/>
        <source>Opslaan</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="39"/>
        <source>Nieuwe pakketten komen dan niet meer vanzelf.</source>
        <translation>عندها لن تُضاف الحزم الجديدة تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="44"/>
        <source>Er zijn nog geen pakketten.</source>
        <translation>لا توجد حزم بعد.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="21"/>
        <source>{name} verwijderen?</source>
        <translation>حذف {name}؟</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="22"/>
        <source>Verwijderen</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="28"/>
        <source>Let op</source>
        <translation>انتبه</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="30"/>
        <source>Dit gaat weg:</source>
        <translation>سيُحذف ما يلي:</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="37"/>
        <source>Dit kan niet terug.</source>
        <translation>لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="47"/>
        <source>het profiel van {name}</source>
        <translation>الملف الشخصي لـ{name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="48"/>
        <source>antwoorden bij het oefenen: {n}</source>
        <translation>إجابات التدريب: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="51"/>
        <source>gesproken antwoorden: {n}</source>
        <translation>الإجابات المنطوقة: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="54"/>
        <source>uitslagen van vergaderingen: {n}</source>
        <translation>نتائج الاجتماعات: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="57"/>
        <source>sessies met een taalbuddy (met notities): {n}</source>
        <translation>جلسات مع زميل مرافق (مع الملاحظات): {n}</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../authoring/editor_actions.py" line="53"/>
        <source>In Vaktaal zetten voor leerlingen</source>
        <translation>ضعه في Vaktaal للمتعلمين</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="54"/>
        <source>Printen: woordkaartjes of handboek…</source>
        <translation>طباعة: بطاقات كلمات أو دليل…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="55"/>
        <source>Importeren uit Excel of CSV…</source>
        <translation>استيراد من Excel أو CSV…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="56"/>
        <source>Importeren uit Anki…</source>
        <translation>استيراد من Anki…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="57"/>
        <source>Exporteren naar Excel of CSV…</source>
        <translation>تصدير إلى Excel أو CSV…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="58"/>
        <source>Exporteren voor Anki…</source>
        <translation>تصدير إلى Anki…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="59"/>
        <source>Vergadering maken…</source>
        <translation>إنشاء اجتماع…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="60"/>
        <source>Vergadering bewerken…</source>
        <translation>تعديل اجتماع…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="87"/>
        <source>Bezig met in Vaktaal zetten…</source>
        <translation>جارٍ وضع الحزمة في Vaktaal…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="95"/>
        <source>Het pakket staat in Vaktaal. Leerlingen kunnen ermee oefenen.</source>
        <translation>الحزمة موجودة في Vaktaal. يمكن للمتعلمين التدرب عليها.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="99"/>
        <source>Niet gelukt</source>
        <translation>لم ينجح</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="100"/>
        <source>Het pakket kon niet in Vaktaal gezet worden. Er is niets veranderd.</source>
        <translation>تعذر وضع الحزمة في Vaktaal. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="121"/>
        <source>Opgeslagen: {name}</source>
        <translation>تم الحفظ: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="148"/>
        <source>Geen vergaderingen</source>
        <translation>لا توجد اجتماعات</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="149"/>
        <source>Dit pakket heeft nog geen vergaderingen. Kies &apos;Vergadering maken…&apos;.</source>
        <translation>لا توجد اجتماعات في هذه الحزمة بعد. اختر &apos;إنشاء اجتماع…&apos;.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="162"/>
        <source>Vergadering bewerken</source>
        <translation>تعديل اجتماع</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="162"/>
        <source>Welke vergadering?</source>
        <translation>أي اجتماع؟</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="176"/>
        <source>Vergadering {title}</source>
        <translation>اجتماع {title}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="183"/>
        <source>Eerst in Vaktaal zetten</source>
        <translation>ضعه في Vaktaal أولاً</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="184"/>
        <source>Zet het pakket eerst in Vaktaal (Ctrl+I). Daarna kun je het printen of exporteren.</source>
        <translation>ضع الحزمة في Vaktaal أولاً (Ctrl+I). بعد ذلك يمكنك طباعتها أو تصديرها.</translation>
    </message>
</context>
<context>
    <name>EditorFiles</name>
    <message>
        <location filename="../authoring/editor_files.py" line="25"/>
        <source>Pakket openen</source>
        <translation>فتح حزمة</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="27"/>
        <source>Pakketten (*.vaktaal deck.toml)</source>
        <translation>حزم (*.vaktaal deck.toml)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="37"/>
        <source>Eén bestand (*.vaktaal)</source>
        <translation>ملف واحد (*.vaktaal)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="38"/>
        <source>Een map met deck.toml (*)</source>
        <translation>مجلد فيه deck.toml (*)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="41"/>
        <source>Pakket opslaan</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="69"/>
        <source>Niet opgeslagen</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="71"/>
        <source>Het pakket is veranderd. Wilt u de veranderingen opslaan?</source>
        <translation>تغيّرت الحزمة. هل تريد حفظ التغييرات؟</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="76"/>
        <source>Opslaan</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="79"/>
        <source>Niet opslaan</source>
        <translation>عدم الحفظ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="83"/>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>EditorFlow</name>
    <message>
        <location filename="../authoring/editor_flow.py" line="50"/>
        <source>Dit pakket kan niet geopend worden. Er is niets veranderd. Probeer het nog eens.</source>
        <translation>لا يمكن فتح هذه الحزمة. لم يتغيّر شيء. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>EditorLayout</name>
    <message>
        <location filename="../authoring/editor_layout.py" line="27"/>
        <source>Nieuwe term</source>
        <translation>مصطلح جديد</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="28"/>
        <source>Verwijderen</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="31"/>
        <source>Pakket</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="32"/>
        <source>Termen</source>
        <translation>المصطلحات</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../authoring/editor_window.py" line="83"/>
        <source>Openen lukt niet</source>
        <translation>تعذّر الفتح</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="83"/>
        <source>Dit pakket kan niet open:
</source>
        <translation>لا يمكن فتح هذه الحزمة:
</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="118"/>
        <source>Versie {n}</source>
        <translation>الإصدار {n}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="122"/>
        <source>Nog niet klaar</source>
        <translation>لم تكتمل بعد</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="123"/>
        <source>Het pakket heeft nog {n} problemen. Kies &apos;Alleen met problemen&apos; en los ze op.</source>
        <translation>في الحزمة {n} مشكلات. اختر «فقط مع المشكلات» وأصلحها.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="105"/>
        <source>Opslaan lukt niet</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="106"/>
        <source>Opslaan is niet gelukt. Kies een andere plek of een andere naam.</source>
        <translation>لم ينجح الحفظ. اختر مكاناً آخر أو اسماً آخر.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="142"/>
        <source>&amp;Bestand</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="143"/>
        <source>Nieuw</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="144"/>
        <source>Openen…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="145"/>
        <source>Opslaan</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="146"/>
        <source>Opslaan als…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="148"/>
        <source>Sluiten</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="152"/>
        <source>B&amp;ewerken</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="153"/>
        <source>Ongedaan maken</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="154"/>
        <source>Opnieuw doen</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="160"/>
        <location filename="../authoring/editor_window.py" line="186"/>
        <source>Nieuwe term</source>
        <translation>مصطلح جديد</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="161"/>
        <source>Term verwijderen</source>
        <translation>حذف المصطلح</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="162"/>
        <source>Pictogram kiezen…</source>
        <translation>اختيار رمز…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="163"/>
        <source>Zoeken</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="175"/>
        <source>Pakket veranderd</source>
        <translation>تغيّرت الحزمة</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="181"/>
        <source>Term veranderd</source>
        <translation>تغيّر المصطلح</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="195"/>
        <source>Term verwijderd</source>
        <translation>حُذف المصطلح</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="208"/>
        <source>Pictogram gekozen</source>
        <translation>تم اختيار رمز</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="246"/>
        <source>Nog op te lossen: {n}</source>
        <translation>بقي للإصلاح: {n}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="248"/>
        <source>Alles is in orde</source>
        <translation>كل شيء سليم</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="251"/>
        <source>Nieuw pakket</source>
        <translation>حزمة جديدة</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="254"/>
        <source>{name}{changed} – Pakket maken</source>
        <translation>{name}{changed} – إنشاء حزمة</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="274"/>
        <source>Opgeslagen: {name}</source>
        <translation>تم الحفظ: {name}</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../practice/exercise_view.py" line="80"/>
        <source>Verder</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="107"/>
        <source>Het woord is: {word}</source>
        <translation>الكلمة هي: {word}</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="113"/>
        <source>Goed!</source>
        <translation>صحيح!</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="115"/>
        <source>Bijna goed</source>
        <translation>صحيح تقريبًا</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="116"/>
        <source>Nog niet goed</source>
        <translation>ليس صحيحًا بعد</translation>
    </message>
</context>
<context>
    <name>FieldMappingView</name>
    <message>
        <location filename="../authoring/anki_fields.py" line="23"/>
        <source>Velden van de Anki-notities</source>
        <translation>حقول ملاحظات Anki</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="35"/>
        <source>Notitietype &apos;{name}&apos; (notities: {n})</source>
        <translation>نوع الملاحظة &apos;{name}&apos; (الملاحظات: {n})</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>Veld</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>In de eerste {n} notities</source>
        <translation>في أول {n} ملاحظات</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>Wat is het?</source>
        <translation>ما هذا؟</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="65"/>
        <source>Veld {field} is</source>
        <translation>الحقل {field} هو</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="79"/>
        <source>Term (het woord)</source>
        <translation>المصطلح (الكلمة)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="80"/>
        <source>Uitleg</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="81"/>
        <source>Voorbeeldzin</source>
        <translation>جملة مثال</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="82"/>
        <source>Plaatje</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="83"/>
        <source>Geluid</source>
        <translation>صوت</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="84"/>
        <source>Id-nummer</source>
        <translation>رقم المعرّف</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="85"/>
        <source>(niet gebruiken)</source>
        <translation>(لا تستخدم)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="87"/>
        <source>Vertaling: {language}</source>
        <translation>الترجمة: {language}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../staff/learners/form_parts.py" line="84"/>
        <source>Melding</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="89"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../home/home_page.py" line="49"/>
        <source>Oefenen</source>
        <translation>تدرّب</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="57"/>
        <source>Voortgang</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="63"/>
        <source>Stoppen</source>
        <translation>توقّف</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="65"/>
        <location filename="../home/home_page.py" line="121"/>
        <source>Spreken: even laden…</source>
        <translation>التحدّث: جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="67"/>
        <source>Vergaderingen</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="98"/>
        <source>Jouw pakketten</source>
        <translation>حزمك</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="113"/>
        <source>Hallo {name}</source>
        <translation>مرحبًا {name}</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="122"/>
        <source>Spreken: klaar</source>
        <translation>التحدّث: جاهز</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="123"/>
        <location filename="../home/home_page.py" line="125"/>
        <source>Spreken: nog niet klaar</source>
        <translation>التحدّث: غير جاهز بعد</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="124"/>
        <source>Spreken: werkt niet</source>
        <translation>التحدّث: لا يعمل</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="145"/>
        <source>{n} te oefenen</source>
        <translation>{n} للتدريب</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="146"/>
        <source>{n} nieuw</source>
        <translation>{n} جديدة</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="149"/>
        <source>Alles geoefend voor vandaag!</source>
        <translation>تدرّبت على كل شيء اليوم!</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="151"/>
        <source>Er zijn nog geen woorden voor jou. Vraag je begeleider.</source>
        <translation>لا توجد كلمات لك بعد. اسأل مرشدك.</translation>
    </message>
</context>
<context>
    <name>ImportedPreview</name>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="21"/>
        <source>Zo worden de termen geïmporteerd</source>
        <translation>هكذا ستُستورد المصطلحات</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Woordsoort</source>
        <translation>نوع الكلمة</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Uitleg</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Voorbeeld</source>
        <translation>مثال</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../profiles/keypad.py" line="21"/>
        <source>Cijfers</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../profiles/keypad.py" line="30"/>
        <location filename="../profiles/keypad.py" line="31"/>
        <source>Wissen</source>
        <translation>امسح</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../launcher.py" line="135"/>
        <source>De database wordt bijgewerkt…</source>
        <translation>جارٍ تحديث قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="141"/>
        <source>De database wordt bijgewerkt op een andere pc. Even wachten…</source>
        <translation>يجري تحديث قاعدة البيانات على حاسوب آخر. انتظر قليلًا…</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="192"/>
        <source>De gegevens van Vaktaal zijn kapot. Vraag hulp aan IT.</source>
        <translation>بيانات Vaktaal تالفة. اطلب المساعدة من قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="196"/>
        <source>Deze gegevens zijn gemaakt met een nieuwere Vaktaal. Update Vaktaal op deze pc.</source>
        <translation>أُنشئت هذه البيانات بإصدار أحدث من Vaktaal. حدّث Vaktaal على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="201"/>
        <source>Vaktaal kan zijn gegevens niet openen of opslaan. Is de schijf vol? Vraag hulp aan IT.</source>
        <translation>لا يستطيع Vaktaal فتح بياناته أو حفظها. هل القرص ممتلئ؟ اطلب المساعدة من قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="205"/>
        <source>Er ging iets mis bij het starten. Start Vaktaal opnieuw. Lukt het niet? Vraag hulp aan IT.</source>
        <translation>حدث خطأ عند البدء. افتح Vaktaal من جديد. إذا لم ينجح ذلك، اطلب المساعدة من قسم تقنية المعلومات.</translation>
    </message>
</context>
<context>
    <name>LearnerChoicePage</name>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="44"/>
        <source>Er zijn nog geen leerlingen.</source>
        <translation>لا يوجد متعلّمون بعد.</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="45"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="50"/>
        <source>Met wie oefen je?</source>
        <translation>مع مَن تتدرّب؟</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="51"/>
        <source>Kies de leerling.</source>
        <translation>اختر المتعلّم.</translation>
    </message>
</context>
<context>
    <name>LearnerEditDialog</name>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="20"/>
        <source>Profiel wijzigen</source>
        <translation>تعديل الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="20"/>
        <source>Opslaan</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="22"/>
        <location filename="../staff/learners/edit_dialog.py" line="34"/>
        <source>Naam</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="25"/>
        <location filename="../staff/learners/edit_dialog.py" line="35"/>
        <source>Eigen taal</source>
        <translation>اللغة الأم</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="26"/>
        <source>Tweede taal</source>
        <translation>اللغة الثانية</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="36"/>
        <source>Tweede taal (hoeft niet)</source>
        <translation>اللغة الثانية (اختياري)</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="38"/>
        <source>Plaatje</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="57"/>
        <source>Geen</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="69"/>
        <source>Typ een naam.</source>
        <translation>اكتب اسمًا.</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="43"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="48"/>
        <source>Goed per week</source>
        <translation>الإجابات الصحيحة أسبوعيًا</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="49"/>
        <location filename="../staff/dashboard/learner_page.py" line="69"/>
        <source>Woorden geleerd</source>
        <translation>الكلمات التي تم تعلّمها</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="60"/>
        <source>Leerling</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="68"/>
        <source>Goed beantwoord, per week</source>
        <translation>إجابات صحيحة، في كل أسبوع</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="80"/>
        <source>Antwoorden per dag</source>
        <translation>الإجابات في كل يوم</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="82"/>
        <source>Moet je weten</source>
        <translation>يجب معرفتها</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="84"/>
        <source>Samen geoefend</source>
        <translation>تدريب مشترك</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="131"/>
        <source>Laatst geoefend: {day}</source>
        <translation>آخر تدريب: {day}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="132"/>
        <source>Dagen op rij: {days}</source>
        <translation>أيام متتالية: {days}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="133"/>
        <source>{n} antwoorden in 30 dagen</source>
        <translation>الإجابات في 30 يومًا: {n}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="134"/>
        <source>Onthouden: {share}</source>
        <translation>التذكّر: {share}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="135"/>
        <source>Spreken eens: {share} (van {n})</source>
        <translation>اتفاق التحدّث: {share} (من {n})</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="144"/>
        <source>{done} van {total} veiligheidswoorden gekend</source>
        <translation>كلمات السلامة المعروفة: {done} من {total}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="162"/>
        <source>Gekend</source>
        <translation>معروفة</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="162"/>
        <source>Nog niet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="173"/>
        <source>Nog niet samen geoefend.</source>
        <translation>لا يوجد تدريب مشترك بعد.</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="181"/>
        <source>{n} min</source>
        <translation>{n} دقيقة</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="182"/>
        <source>{n} antwoorden</source>
        <translation>{n} إجابة</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="184"/>
        <source>Ging goed:</source>
        <translation>سار جيدًا:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="184"/>
        <source>Oefenen:</source>
        <translation>للتدريب:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="185"/>
        <source>Volgende keer:</source>
        <translation>المرة القادمة:</translation>
    </message>
</context>
<context>
    <name>LearnersFlow</name>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="79"/>
        <source>{name} is gewijzigd.</source>
        <translation>تم تعديل {name}.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="90"/>
        <source>{name} heeft een nieuwe pincode.</source>
        <translation>لدى {name} رمز سري جديد.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="92"/>
        <source>{name} heeft geen pincode meer.</source>
        <translation>لم يعد لدى {name} رمز سري.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="110"/>
        <source>De pakketten van {name} zijn opgeslagen.</source>
        <translation>تم حفظ حزم {name}.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="120"/>
        <source>De gegevens van {name} staan in {path}.</source>
        <translation>بيانات {name} موجودة في {path}.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="139"/>
        <source>{name} is verwijderd.</source>
        <translation>تم حذف {name}.</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <location filename="../staff/learners/learners_page.py" line="34"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="36"/>
        <source>Leerlingen beheren</source>
        <translation>إدارة المتعلّمين</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="38"/>
        <source>Melding</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="67"/>
        <source>Er zijn nog geen leerlingen.</source>
        <translation>لا يوجد متعلّمون بعد.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="83"/>
        <source>Talen: {languages}</source>
        <translation>اللغات: {languages}</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="84"/>
        <source>Pakketten: {decks}</source>
        <translation>الحزم: {decks}</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="84"/>
        <source>geen</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="88"/>
        <source>Wijzigen</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="89"/>
        <source>Pincode opnieuw</source>
        <translation>رمز سري جديد</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="90"/>
        <source>Pakketten</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="147"/>
        <location filename="../staff/learners/learners_page.py" line="91"/>
        <source>Gegevens opslaan</source>
        <translation>حفظ البيانات</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="92"/>
        <source>Verwijderen</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <location filename="../practice/leave_question.py" line="26"/>
        <source>Stoppen</source>
        <translation>توقّف</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="27"/>
        <source>Stoppen?</source>
        <translation>هل تريد التوقّف؟</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="28"/>
        <source>Je antwoorden zijn bewaard.</source>
        <translation>إجاباتك محفوظة.</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="29"/>
        <source>Ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="30"/>
        <source>Ja, stoppen</source>
        <translation>نعم، توقّف</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="31"/>
        <source>Toets J</source>
        <translation>المفتاح J</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="32"/>
        <source>Nee</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="34"/>
        <source>Nee, verder oefenen</source>
        <translation>لا، أكمل التدريب</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="35"/>
        <source>Toets N of Esc</source>
        <translation>المفتاح N أو Esc</translation>
    </message>
</context>
<context>
    <name>LengthPage</name>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="80"/>
        <source>{n} minuten</source>
        <translation>{n} دقيقة</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="85"/>
        <source>Andere leerling</source>
        <translation>متعلّم آخر</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="95"/>
        <source>Hoe lang oefenen jullie?</source>
        <translation>كم من الوقت ستتدرّبان؟</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="125"/>
        <source>Samen oefenen met {name}</source>
        <translation>التدرّب مع {name}</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="130"/>
        <source>Notitie van de vorige keer ({date}, {buddy}):</source>
        <translation>ملاحظة من المرة السابقة ({date}، {buddy}):</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../speaking/level_meter.py" line="24"/>
        <source>Zo hard hoor ik je</source>
        <translation>مدى ارتفاع صوتك</translation>
    </message>
</context>
<context>
    <name>ListenPanel</name>
    <message>
        <location filename="../meetings/player_parts.py" line="107"/>
        <source>Alleen luisteren</source>
        <translation>استماع فقط</translation>
    </message>
    <message>
        <location filename="../meetings/player_parts.py" line="108"/>
        <source>Alleen luisteren. De tekst is uit.</source>
        <translation>استماع فقط. النص مخفي.</translation>
    </message>
</context>
<context>
    <name>ListenedPage</name>
    <message>
        <location filename="../meetings/end_page.py" line="22"/>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="26"/>
        <source>Goed geluisterd! Praat met een collega: wat was belangrijk? Wie doet wat?</source>
        <translation>أحسنت الاستماع! تحدّث مع زميل: ما المهم؟ من يفعل ماذا؟</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="30"/>
        <source>Nog een keer luisteren</source>
        <translation>استمع مرة أخرى</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="32"/>
        <source>Naar de vergaderingen</source>
        <translation>إلى الاجتماعات</translation>
    </message>
</context>
<context>
    <name>MainPointsView</name>
    <message>
        <location filename="../meetings/main_points_view.py" line="25"/>
        <source>Wat waren de hoofdpunten?</source>
        <translation>ما هي النقاط الرئيسية؟</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="26"/>
        <source>Kies alles wat klopt. Toetsen 1 tot 9, dan Enter.</source>
        <translation>اختر كل ما هو صحيح. المفاتيح 1 إلى 9، ثم Enter.</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="28"/>
        <source>Controleer</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="70"/>
        <source>Goed!</source>
        <translation>صحيح!</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="70"/>
        <source>Nog niet helemaal</source>
        <translation>ليس تمامًا بعد</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="71"/>
        <source>{hits} van de {total} hoofdpunten gevonden. Groen zijn de hoofdpunten.</source>
        <translation>وجدت {hits} من {total} نقاط رئيسية. النقاط الرئيسية باللون الأخضر.</translation>
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
        <translation>لحظة من فضلك. يتم تجهيز Vaktaal…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70"/>
        <source>Melding</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="57"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="58"/>
        <source>Eigen stem opnemen</source>
        <translation>سجّل صوتك</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="59"/>
        <source>Pakket maken</source>
        <translation>إنشاء حزمة</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="60"/>
        <source>Spraakmodel</source>
        <translation>نموذج الكلام</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="66"/>
        <source>Pakketten</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="46"/>
        <source>Pakketten bekijken</source>
        <translation>عرض الحزم</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../meetings/meeting_editor.py" line="71"/>
        <location filename="../meetings/meeting_editor.py" line="121"/>
        <source>Vergadering maken</source>
        <translation>إنشاء اجتماع</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="81"/>
        <source>Opname omzetten…</source>
        <translation>تحويل تسجيل…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="82"/>
        <source>Ondertitels opslaan…</source>
        <translation>حفظ الترجمة المرئية…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="83"/>
        <source>Opslaan…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="84"/>
        <source>In het pakket zetten</source>
        <translation>ضعه في الحزمة</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="87"/>
        <source>Stoppen</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="90"/>
        <source>Omzetten: %p %</source>
        <translation>التحويل: %p %</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="142"/>
        <source>Opname kiezen</source>
        <translation>اختر تسجيلاً</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="142"/>
        <source>Opnames (*.wav *.mp3)</source>
        <translation>تسجيلات (*.wav *.mp3)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="161"/>
        <source>{count} zinnen gevonden. Verbeter de tekst en geef de sprekers namen.</source>
        <translation>تم العثور على {count} جملة. صحّح النص وأعطِ المتحدثين أسماء.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="166"/>
        <source>Omzetten niet gelukt</source>
        <translation>فشل التحويل</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="170"/>
        <source>Gestopt. Er is niets veranderd.</source>
        <translation>تم الإيقاف. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="186"/>
        <source>Vergadering opslaan</source>
        <translation>حفظ الاجتماع</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="186"/>
        <source>Vergadering (*.toml)</source>
        <translation>اجتماع (*.toml)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="196"/>
        <location filename="../meetings/meeting_editor.py" line="201"/>
        <source>Niet opgeslagen</source>
        <translation>لم يتم الحفظ</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="207"/>
        <source>Opgeslagen in {path}.</source>
        <translation>تم الحفظ في {path}.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="216"/>
        <location filename="../meetings/meeting_editor.py" line="221"/>
        <source>Nog niet klaar</source>
        <translation>ليس جاهزاً بعد</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="224"/>
        <source>De vergadering staat in het pakket. Sla het pakket op.</source>
        <translation>الاجتماع موجود في الحزمة. احفظ الحزمة.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="231"/>
        <source>Ondertitels opslaan</source>
        <translation>حفظ الترجمة المرئية</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="232"/>
        <source>Ondertitels (*.srt *.vtt)</source>
        <translation>ترجمة مرئية (*.srt *.vtt)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="242"/>
        <location filename="../meetings/meeting_editor.py" line="247"/>
        <source>Geen ondertitels</source>
        <translation>لا توجد ترجمة مرئية</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="251"/>
        <source>Ondertitels opgeslagen in {path}.</source>
        <translation>تم حفظ الترجمة المرئية في {path}.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="271"/>
        <source>Het bestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>تعذّر حفظ الملف. اختر مجلدًا آخر.</translation>
    </message>
</context>
<context>
    <name>MeetingExercises</name>
    <message>
        <location filename="../meetings/exercises.py" line="137"/>
        <source>Oefening {n} van {total}</source>
        <translation>التمرين {n} من {total}</translation>
    </message>
</context>
<context>
    <name>MeetingFlow</name>
    <message>
        <location filename="../meetings/meeting_flow.py" line="131"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>حدث خطأ. ما قمت به محفوظ. أعد تشغيل Vaktaal.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../meetings/meeting_form.py" line="32"/>
        <source>Waar en wanneer? Bv. dagstart om 8:00</source>
        <translation>أين ومتى؟ مثلاً: اجتماع الصباح الساعة 8:00</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="35"/>
        <source>Trefwoorden (a, b; c)</source>
        <translation>كلمات مفتاحية (a, b; c)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="38"/>
        <location filename="../meetings/meeting_form.py" line="56"/>
        <location filename="../meetings/meeting_form.py" line="64"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="39"/>
        <source>Naam</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="40"/>
        <source>Rol</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="41"/>
        <source>Stem</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="43"/>
        <location filename="../meetings/meeting_form.py" line="47"/>
        <source>Spreker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="48"/>
        <source>Tekst</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="49"/>
        <source>Begin (s)</source>
        <translation>البداية (ث)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="50"/>
        <source>Eind (s)</source>
        <translation>النهاية (ث)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="52"/>
        <source>Zin</source>
        <translation>جملة</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="57"/>
        <location filename="../meetings/meeting_form.py" line="60"/>
        <source>Hoofdpunt</source>
        <translation>نقطة رئيسية</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="65"/>
        <source>Wie</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="66"/>
        <source>Wat</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="67"/>
        <source>Wanneer</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="70"/>
        <source>Actiepunt</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="76"/>
        <source>Sprekers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="77"/>
        <source>Zinnen</source>
        <translation>الجمل</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="78"/>
        <source>Hoofdpunten</source>
        <translation>النقاط الرئيسية</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="79"/>
        <source>Actiepunten</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="82"/>
        <source>Titel</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="83"/>
        <source>Situatie</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="161"/>
        <source>&apos;{value}&apos; is geen tijd. Schrijf seconden, bv. 12.5, of laat het leeg.</source>
        <translation>&apos;{value}&apos; ليس وقتاً. اكتب الثواني، مثلاً 12.5، أو اتركه فارغاً.</translation>
    </message>
</context>
<context>
    <name>MeetingListPage</name>
    <message>
        <location filename="../meetings/meeting_list.py" line="52"/>
        <location filename="../meetings/meeting_list.py" line="79"/>
        <source>Vergaderingen</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="56"/>
        <source>Er zijn nog geen vergaderingen. Vraag je begeleider.</source>
        <translation>لا توجد اجتماعات بعد. اسأل مرشدك.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="58"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="61"/>
        <source>Luisteren</source>
        <translation>استمع</translation>
    </message>
</context>
<context>
    <name>MeetingPlayer</name>
    <message>
        <location filename="../meetings/player.py" line="77"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="78"/>
        <source>Vorige</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="79"/>
        <location filename="../meetings/player.py" line="239"/>
        <source>Afspelen</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="84"/>
        <source>Volgende</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="85"/>
        <source>Langzamer</source>
        <translation>أبطأ</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="86"/>
        <source>Sneller</source>
        <translation>أسرع</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="87"/>
        <location filename="../meetings/player.py" line="248"/>
        <source>Tekst uit</source>
        <translation>إخفاء النص</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="88"/>
        <source>Klaar met luisteren</source>
        <translation>انتهيت من الاستماع</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="230"/>
        <source>Einde</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="233"/>
        <source>Zin {n} van {total}</source>
        <translation>الجملة {n} من {total}</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="239"/>
        <source>Pauze</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="247"/>
        <source>Snelheid {speed}</source>
        <translation>السرعة {speed}</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="248"/>
        <source>Tekst aan</source>
        <translation>إظهار النص</translation>
    </message>
</context>
<context>
    <name>Microphone</name>
    <message>
        <location filename="../speaking/capture.py" line="40"/>
        <source>Er is geen microfoon gevonden. Sluit een microfoon of headset aan.</source>
        <translation>لم يتم العثور على ميكروفون. وصّل ميكروفونًا أو سماعة رأس.</translation>
    </message>
    <message>
        <location filename="../speaking/capture.py" line="46"/>
        <source>De microfoon mag niet gebruikt worden. Vraag IT om toestemming te geven.</source>
        <translation>لا يُسمح باستخدام الميكروفون. اطلب من قسم تقنية المعلومات منح الإذن.</translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="54"/>
        <source>Begeleider (coach)</source>
        <translation>مشرف (مدرّب)</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="59"/>
        <location filename="../profiles/new_learner_dialog.py" line="101"/>
        <source>Nieuw profiel</source>
        <translation>ملف جديد</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="62"/>
        <location filename="../profiles/new_learner_dialog.py" line="117"/>
        <source>Je naam</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="66"/>
        <source>Pincode</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="67"/>
        <source>Pincode nog een keer</source>
        <translation>الرمز السري مرة أخرى</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="71"/>
        <source>Melding</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="72"/>
        <source>Profiel maken</source>
        <translation>أنشئ الملف</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="76"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="97"/>
        <source>Persoon</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="118"/>
        <location filename="../profiles/new_learner_dialog.py" line="182"/>
        <source>Jouw taal</source>
        <translation>لغتك</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="119"/>
        <source>Kies een plaatje</source>
        <translation>اختر صورة</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="120"/>
        <source>Pincode (hoeft niet)</source>
        <translation>الرمز السري (اختياري)</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="139"/>
        <source>Nog een keer</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="198"/>
        <source>Typ je naam.</source>
        <translation>اكتب اسمك.</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="199"/>
        <source>Een pincode heeft 4 cijfers.</source>
        <translation>الرمز السري من 4 أرقام.</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="200"/>
        <source>Typ de pincode nog een keer.</source>
        <translation>اكتب الرمز السري مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="201"/>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>الرمزان السريان غير متطابقين.</translation>
    </message>
</context>
<context>
    <name>NoSoundNote</name>
    <message>
        <location filename="../no_sound_note.py" line="42"/>
        <source>Geen geluid op deze pc</source>
        <translation>لا يوجد صوت على هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <location filename="../profiles/picker_page.py" line="30"/>
        <source>Wie ben jij?</source>
        <translation>من أنت؟</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="32"/>
        <source>Uitleg</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="34"/>
        <source>Profielen</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="36"/>
        <source>Nieuw profiel</source>
        <translation>ملف جديد</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="45"/>
        <source>Hallo</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="67"/>
        <source>Kies je naam.</source>
        <translation>اختر اسمك.</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="70"/>
        <source>Hier is nog niemand. Maak eerst je profiel.</source>
        <translation>لا يوجد أحد هنا بعد. أنشئ ملفك أولًا.</translation>
    </message>
</context>
<context>
    <name>PictogramPicker</name>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="66"/>
        <source>Pictogram kiezen</source>
        <translation>اختيار رمز</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="83"/>
        <source>Zoek: een woord in het Nederlands of Engels</source>
        <translation>ابحث: كلمة بالهولندية أو الإنجليزية</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="84"/>
        <source>Zoek een pictogram</source>
        <translation>ابحث عن رمز</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="92"/>
        <source>Gevonden pictogrammen</source>
        <translation>الرموز التي وُجدت</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="101"/>
        <source>Foto: vierkant uit het midden</source>
        <translation>الصورة: مربّع من الوسط</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="102"/>
        <source>Foto: de hele foto</source>
        <translation>الصورة: الصورة كاملة</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="103"/>
        <source>Hoe de foto wordt uitgesneden</source>
        <translation>كيف تُقصّ الصورة</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="104"/>
        <source>Kiezen</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="105"/>
        <source>Eigen foto…</source>
        <translation>صورة خاصة…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="106"/>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="74"/>
        <source>Even geduld: de pictogrammen worden geladen…</source>
        <translation>لحظة من فضلك: يجري تحميل الرموز…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="139"/>
        <source>De pictogrammen konden niet geladen worden. Kies een foto.</source>
        <translation>تعذّر تحميل الرموز. اختر صورة.</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="150"/>
        <source>Niets gevonden. Probeer een ander woord.</source>
        <translation>لم يُعثر على شيء. جرّب كلمة أخرى.</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="173"/>
        <source>Eigen foto kiezen</source>
        <translation>اختيار صورة خاصة</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="174"/>
        <source>Foto&apos;s (*.jpg *.jpeg *.png *.webp *.heic *.bmp *.gif *.tif *.tiff)</source>
        <translation>صور (*.jpg *.jpeg *.png *.webp *.heic *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="182"/>
        <source>Even geduld: de foto wordt klaargemaakt…</source>
        <translation>لحظة من فضلك: يجري تجهيز الصورة…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="196"/>
        <source>Eigen foto</source>
        <translation>صورة خاصة</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="198"/>
        <source>Eigen foto ({w} × {h})</source>
        <translation>صورة خاصة ({w} × {h})</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="217"/>
        <source>Deze foto kan niet gelezen worden. Kies een andere foto.</source>
        <translation>لا يمكن قراءة هذه الصورة. اختر صورة أخرى.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../profiles/pin_dialog.py" line="43"/>
        <source>Pincode</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="51"/>
        <source>Melding</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="52"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="69"/>
        <source>Hallo {name}</source>
        <translation>مرحبًا {name}</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="70"/>
        <source>Typ je pincode.</source>
        <translation>اكتب رمزك السري.</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="119"/>
        <source>Verkeerde pincode. Probeer opnieuw.</source>
        <translation>رمز سري خاطئ. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="125"/>
        <source>Te vaak fout. Wacht 1 minuut.</source>
        <translation>أخطأت مرات كثيرة. انتظر دقيقة واحدة.</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="133"/>
        <source>{typed} van {total} cijfers getypt</source>
        <translation>تمت كتابة {typed} من {total} أرقام</translation>
    </message>
</context>
<context>
    <name>PinPair</name>
    <message>
        <location filename="../staff/learners/form_parts.py" line="130"/>
        <source>Pincode</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="131"/>
        <source>Pincode nog een keer</source>
        <translation>الرمز السري مرة أخرى</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="136"/>
        <source>Nog een keer</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="144"/>
        <source>Typ een naam.</source>
        <translation>اكتب اسمًا.</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="145"/>
        <source>Een pincode heeft 4 cijfers.</source>
        <translation>الرمز السري من 4 أرقام.</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="146"/>
        <source>Typ de pincode nog een keer.</source>
        <translation>اكتب الرمز السري مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="147"/>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>الرمزان السريان غير متطابقين.</translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="20"/>
        <source>Nieuwe pincode voor {name}</source>
        <translation>رمز سري جديد لـ{name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="21"/>
        <source>Opslaan</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="23"/>
        <source>Geen pincode</source>
        <translation>بدون رمز سري</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="25"/>
        <source>Nieuwe pincode</source>
        <translation>رمز سري جديد</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../practice/practice_page.py" line="129"/>
        <source>Stoppen</source>
        <translation>توقّف</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="130"/>
        <source>Toets Esc</source>
        <translation>المفتاح Esc</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="207"/>
        <source>{n} van {total}</source>
        <translation>{n} من {total}</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="211"/>
        <source>Voortgang: {text}</source>
        <translation>التقدّم: {text}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../authoring/print_dialog.py" line="70"/>
        <location filename="../authoring/print_dialog.py" line="85"/>
        <source>Afdrukken</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="77"/>
        <source>Het pakket wordt gelezen...</source>
        <translation>جارٍ قراءة الحزمة...</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="84"/>
        <source>Printer</source>
        <translation>طابعة</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="86"/>
        <source>Woordkaartjes</source>
        <translation>بطاقات الكلمات</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="86"/>
        <source>Handboek vaktermen</source>
        <translation>دليل المصطلحات</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="87"/>
        <source>Wat</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="92"/>
        <source>Groot: 8 op een A4</source>
        <translation>كبير: 8 على ورقة A4</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="93"/>
        <source>Klein: 24 op een A4</source>
        <translation>صغير: 24 على ورقة A4</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="95"/>
        <source>Formaat</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="96"/>
        <source>Geen vertaling</source>
        <translation>بدون ترجمة</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="97"/>
        <source>Vertaling</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="98"/>
        <source>Van A tot Z</source>
        <translation>من A إلى Z</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="98"/>
        <source>Per onderwerp</source>
        <translation>حسب الموضوع</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="99"/>
        <source>Volgorde</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="103"/>
        <source>&amp;Opslaan als PDF</source>
        <translation>&amp;حفظ كملف PDF</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="106"/>
        <source>&amp;Printen</source>
        <translation>&amp;اطبع</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="107"/>
        <source>Sluiten</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="260"/>
        <source>Dit pakket bestaat niet meer.</source>
        <translation>هذه الحزمة لم تعد موجودة.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="182"/>
        <source>Afdrukken: {title}</source>
        <translation>طباعة: {title}</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="188"/>
        <source>Kies wat je wilt afdrukken.</source>
        <translation>اختر ما تريد طباعته.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="205"/>
        <source>Opslaan als PDF</source>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="215"/>
        <source>Bezig met de PDF...</source>
        <translation>جارٍ إنشاء ملف PDF...</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="229"/>
        <source>Opgeslagen: {file} ({pages} pagina&apos;s)</source>
        <translation>تم الحفظ: {file} ({pages} صفحات)</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="245"/>
        <source>Naar de printer gestuurd ({pages} pagina&apos;s).</source>
        <translation>أُرسل إلى الطابعة ({pages} صفحات).</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="264"/>
        <source>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>القرص ممتلئ. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="266"/>
        <source>Hier mag Vaktaal niet opslaan. Kies een andere map.</source>
        <translation>لا يُسمح لـ Vaktaal بالحفظ هنا. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="267"/>
        <source>Afdrukken lukte niet. Probeer het opnieuw of vraag IT.</source>
        <translation>لم تنجح الطباعة. حاول مرة أخرى أو اسأل قسم تقنية المعلومات.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../home/progress_page.py" line="40"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="54"/>
        <source>Grafiek</source>
        <translation>رسم بياني</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="58"/>
        <source>Jouw voortgang</source>
        <translation>تقدّمك</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="82"/>
        <source>Boom</source>
        <translation>شجرة</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="94"/>
        <source>Woorden geleerd</source>
        <translation>الكلمات التي تم تعلّمها</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="97"/>
        <source>Antwoorden per dag</source>
        <translation>الإجابات في كل يوم</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="135"/>
        <source>Je hebt nog geen pakketten.</source>
        <translation>ليست لديك حزم بعد.</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="138"/>
        <source>{learned} van {total} woorden geleerd</source>
        <translation>تعلّمت {learned} من {total} كلمة</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="150"/>
        <source>Vergaderingen geoefend: {n}</source>
        <translation>اجتماعات تم التدرب عليها: {n}</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="162"/>
        <source>Woorden</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="163"/>
        <source>Woorden van {deck}</source>
        <translation>كلمات {deck}</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="172"/>
        <source>Je hebt de laatste {days} dagen nog niet geoefend.</source>
        <translation>لم تتدرّب في آخر {days} يومًا.</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="178"/>
        <source>Geoefend op {practised} van de {days} dagen. Antwoorden: {total}.
Vandaag: {today} (de groene balk).</source>
        <translation>تدرّبت في {practised} من {days} يومًا. الإجابات: {total}.
اليوم: {today} (العمود الأخضر).</translation>
    </message>
</context>
<context>
    <name>RecallView</name>
    <message>
        <location filename="../practice/recall_view.py" line="49"/>
        <source>Nieuw woord</source>
        <translation>كلمة جديدة</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="52"/>
        <source>Laat zien</source>
        <translation>أظهر</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="69"/>
        <source>Nog eens</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="70"/>
        <source>Moeilijk</source>
        <translation>صعب</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="71"/>
        <source>Goed</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="72"/>
        <source>Makkelijk</source>
        <translation>سهل</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="79"/>
        <source>Toets {key}</source>
        <translation>المفتاح {key}</translation>
    </message>
</context>
<context>
    <name>RecordingBadge</name>
    <message>
        <location filename="../meetings/player_parts.py" line="128"/>
        <source>Echte opname</source>
        <translation>تسجيل حقيقي</translation>
    </message>
</context>
<context>
    <name>RecordingFlow</name>
    <message>
        <location filename="../recording/recording_flow.py" line="39"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>حدث خطأ. ما قمت به محفوظ. افتح Vaktaal من جديد.</translation>
    </message>
    <message>
        <location filename="../recording/recording_flow.py" line="69"/>
        <source>Dat lukte niet. Er is niets veranderd. Probeer het nog eens.</source>
        <translation>لم ينجح ذلك. لم يتغيّر شيء. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <location filename="../recording/recording_page.py" line="67"/>
        <source>Eigen stem opnemen</source>
        <translation>سجّل صوتك</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="71"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="72"/>
        <source>Spatie = opnemen · L = luister · B = bewaren</source>
        <translation>المسافة = سجّل · L = استمع · B = احفظ</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="105"/>
        <source>Ik hoor je…</source>
        <translation>أسمعك…</translation>
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
        <translation>تم الحفظ. يسمع المتعلّمون صوتك الآن.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="131"/>
        <source>Verwijderd. Leerlingen horen weer de gewone stem.</source>
        <translation>تم الحذف. يسمع المتعلّمون الصوت العادي من جديد.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="160"/>
        <source>Zeg het woord.</source>
        <translation>قل الكلمة.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="173"/>
        <source>Er is geen luidspreker. Sluit er een aan.</source>
        <translation>لا توجد سمّاعة. وصّل سمّاعة.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="177"/>
        <source>Er is nu geen geluid.</source>
        <translation>لا يوجد صوت الآن.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="187"/>
        <source>Even bewaren…</source>
        <translation>لحظة، جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="201"/>
        <source>Druk nog een keer om de opname te verwijderen.</source>
        <translation>اضغط مرة أخرى لحذف التسجيل.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="205"/>
        <source>Even verwijderen…</source>
        <translation>لحظة، جارٍ الحذف…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="227"/>
        <source>Even luisteren…</source>
        <translation>لحظة، أستمع…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="231"/>
        <source>Goed. Luister, of bewaar de opname.</source>
        <translation>جيد. استمع، أو احفظ التسجيل.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../staff/report_dialog.py" line="61"/>
        <location filename="../staff/report_dialog.py" line="79"/>
        <source>Rapport maken</source>
        <translation>إنشاء تقرير</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="71"/>
        <source>De namen worden gelezen...</source>
        <translation>جارٍ قراءة الأسماء...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="78"/>
        <source>Rapport</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="80"/>
        <source>Wie</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="81"/>
        <source>Alle leerlingen</source>
        <translation>كل المتعلّمين</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="83"/>
        <source>Van</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="84"/>
        <source>Tot en met</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="85"/>
        <source>Bestand</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="86"/>
        <source>PDF (om te printen)</source>
        <translation>‏PDF (للطباعة)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="86"/>
        <source>Excel</source>
        <translation>‏Excel</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="87"/>
        <source>CSV (tekst voor Excel)</source>
        <translation>‏CSV (نص لـ Excel)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="91"/>
        <source>&amp;Opslaan...</source>
        <translation>&amp;حفظ...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="94"/>
        <source>Sluiten</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="148"/>
        <source>Kies wie, welke periode en welk bestand.</source>
        <translation>اختر مَن، وأي فترة، وأي ملف.</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="167"/>
        <source>Rapport opslaan</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="178"/>
        <source>Bezig met de cijfers...</source>
        <translation>جارٍ حساب الأرقام...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="191"/>
        <source>Bezig met het rapport...</source>
        <translation>جارٍ إعداد التقرير...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="199"/>
        <source>Opgeslagen: {file} ({pages} pagina&apos;s)</source>
        <translation>تم الحفظ: {file} ({pages} صفحات)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="201"/>
        <source>Opgeslagen: {file}</source>
        <translation>تم الحفظ: {file}</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="213"/>
        <source>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>القرص ممتلئ. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="215"/>
        <source>Hier mag Vaktaal niet opslaan. Kies een andere map.</source>
        <translation>لا يُسمح لـ Vaktaal بالحفظ هنا. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="216"/>
        <source>Het rapport lukte niet. Probeer het opnieuw of vraag IT.</source>
        <translation>لم ينجح إعداد التقرير. حاول مرة أخرى أو اسأل قسم تقنية المعلومات.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../restore_dialog.py" line="57"/>
        <location filename="../restore_dialog.py" line="62"/>
        <source>De gegevens zijn kapot</source>
        <translation>البيانات تالفة</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="61"/>
        <source>Kapot</source>
        <translation>تالف</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="66"/>
        <source>Niet nu</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="66"/>
        <source>Sluiten</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="78"/>
        <source>Terugzetten van {date}</source>
        <translation>استعادة نسخة {date}</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="84"/>
        <location filename="../restore_dialog.py" line="89"/>
        <source>Vaktaal kan de gegevens niet lezen.</source>
        <translation>لا يستطيع Vaktaal قراءة البيانات.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="85"/>
        <source>Er is geen reservekopie. Vraag hulp aan IT.</source>
        <translation>لا توجد نسخة احتياطية. اطلب المساعدة من قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="86"/>
        <source>Voor IT: vaktaal db restore</source>
        <translation>لقسم تقنية المعلومات: vaktaal db restore</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="90"/>
        <source>Er is een reservekopie van {date}.</source>
        <translation>توجد نسخة احتياطية من {date}.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="91"/>
        <source>Wat na die tijd is geoefend, is weg.</source>
        <translation>التدريب الذي جرى بعد ذلك الوقت سيضيع.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="118"/>
        <location filename="../restore_dialog.py" line="122"/>
        <source>Bezig met terugzetten…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="136"/>
        <source>Probleem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="137"/>
        <source>Terugzetten lukte niet. Vraag hulp aan IT.</source>
        <translation>لم تنجح الاستعادة. اطلب المساعدة من قسم تقنية المعلومات.</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../meetings/meeting_tables.py" line="58"/>
        <source>− Weghalen</source>
        <translation>− إزالة</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <location filename="../practice/server_banner.py" line="26"/>
        <source>Geen verbinding</source>
        <translation>لا يوجد اتصال</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="27"/>
        <source>De verbinding met de server is weg.</source>
        <translation>انقطع الاتصال بالخادم.</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="29"/>
        <source>Je kunt verder oefenen; je antwoorden worden bewaard.</source>
        <translation>يمكنك مواصلة التدرّب؛ إجاباتك تُحفظ.</translation>
    </message>
</context>
<context>
    <name>ServerWaitPage</name>
    <message>
        <location filename="../practice/server_banner.py" line="55"/>
        <source>Wachten</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="56"/>
        <source>Even wachten op de server…</source>
        <translation>لحظة، ننتظر الخادم…</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="58"/>
        <source>Je antwoorden zijn bewaard. Het gaat zo vanzelf verder.</source>
        <translation>إجاباتك محفوظة. سيستمر البرنامج وحده بعد قليل.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="29"/>
        <source>Voorbeeld van het bestand</source>
        <translation>معاينة الملف</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="44"/>
        <source>Is:</source>
        <translation>هو:</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="59"/>
        <source>Kolom {name} is</source>
        <translation>العمود {name} هو</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="60"/>
        <source>(niet gebruiken)</source>
        <translation>(لا تستخدم)</translation>
    </message>
</context>
<context>
    <name>SoundToggle</name>
    <message>
        <location filename="../home/sound_toggle.py" line="36"/>
        <source>Woorden klinken vanzelf: aan</source>
        <translation>نطق الكلمات تلقائيًا: مُفعَّل</translation>
    </message>
    <message>
        <location filename="../home/sound_toggle.py" line="38"/>
        <source>Woorden klinken vanzelf: uit</source>
        <translation>نطق الكلمات تلقائيًا: متوقّف</translation>
    </message>
</context>
<context>
    <name>SpeakPanel</name>
    <message>
        <location filename="../speaking/speak_panel.py" line="36"/>
        <source>Zeg het woord.</source>
        <translation>قل الكلمة.</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="38"/>
        <location filename="../speaking/speak_panel.py" line="102"/>
        <source>Spreek</source>
        <translation>تكلّم</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="41"/>
        <source>Klik of druk op spatie. Of houd spatie vast.</source>
        <translation>انقر أو اضغط على مفتاح المسافة. أو استمر في الضغط على المسافة.</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="43"/>
        <source>Luister naar jezelf</source>
        <translation>استمع إلى نفسك</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="45"/>
        <source>Klik of druk op spatie. Zeg dan het woord.</source>
        <translation>انقر أو اضغط على مفتاح المسافة. ثم قل الكلمة.</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="50"/>
        <source>Sla over</source>
        <translation>تخطَّ</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="99"/>
        <source>Stop</source>
        <translation>توقّف</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="101"/>
        <source>Nog een keer</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="107"/>
        <source>Ik luister…</source>
        <translation>أنا أستمع…</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="108"/>
        <source>Even luisteren…</source>
        <translation>لحظة، أستمع…</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="118"/>
        <source>Ik hoor je…</source>
        <translation>أسمعك…</translation>
    </message>
</context>
<context>
    <name>SpeakingView</name>
    <message>
        <location filename="../speaking/speaking_view.py" line="122"/>
        <source>Plaatje</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../speaking/speaking_view.py" line="270"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>لم ينجح ذلك. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SpeechModelPanel</name>
    <message>
        <location filename="../speaking/model_panel.py" line="34"/>
        <source>De andere oefeningen werken gewoon.</source>
        <translation>التمارين الأخرى تعمل كالمعتاد.</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="35"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="88"/>
        <source>Spraakherkenning wordt geladen…</source>
        <translation>جارٍ تحميل التعرّف على الكلام…</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="88"/>
        <location filename="../speaking/model_panel.py" line="103"/>
        <source>Een ogenblik</source>
        <translation>لحظة من فضلك</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="91"/>
        <source>Spraakherkenning is klaar</source>
        <translation>التعرّف على الكلام جاهز</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="92"/>
        <source>Je kunt de woorden nu hardop oefenen.</source>
        <translation>يمكنك الآن التدرّب على الكلمات بصوت عالٍ.</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="95"/>
        <source>Spreken kan nog niet op deze pc</source>
        <translation>التحدّث غير ممكن بعد على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="96"/>
        <source>Je begeleider kan dit regelen.</source>
        <translation>مرشدك يستطيع ترتيب ذلك.</translation>
    </message>
</context>
<context>
    <name>SpeechModelStaffPanel</name>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="41"/>
        <source>Spraakmodel (voor de begeleider of IT)</source>
        <translation>نموذج الكلام (للمرشد أو قسم تقنية المعلومات)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="45"/>
        <source>Vaktaal heeft dit Nederlandse spraakmodel nodig:</source>
        <translation>يحتاج Vaktaal إلى نموذج الكلام الهولندي هذا:</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="50"/>
        <source>Kies het zip-bestand</source>
        <translation>اختر ملف zip</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="53"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="105"/>
        <source>Bezig met installeren… {p}%</source>
        <translation>جارٍ التثبيت… {p}%</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="116"/>
        <source>Kies het spraakmodel (zip)</source>
        <translation>اختر نموذج الكلام (zip)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="116"/>
        <source>Zip-bestanden (*.zip)</source>
        <translation>ملفات zip ‏(*.zip)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="123"/>
        <source>Het spraakmodel wordt geladen…</source>
        <translation>جارٍ تحميل نموذج الكلام…</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="124"/>
        <source>Het spraakmodel werkt.</source>
        <translation>نموذج الكلام يعمل.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="125"/>
        <source>Er is nog geen spraakmodel.</source>
        <translation>لا يوجد نموذج كلام بعد.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="126"/>
        <source>Het spraakmodel werkt niet.</source>
        <translation>نموذج الكلام لا يعمل.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="127"/>
        <source>Dit spraakmodel is niet Nederlands.</source>
        <translation>نموذج الكلام هذا ليس هولنديًا.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="135"/>
        <source>1. Vraag IT om het zip-bestand ({size}), of download het van {site}.</source>
        <translation>1. اطلب ملف zip من قسم تقنية المعلومات ({size})، أو نزّله من {site}.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="137"/>
        <source>2. Kies het zip-bestand hier, of gebruik deze opdracht:</source>
        <translation>2. اختر ملف zip هنا، أو استخدم هذا الأمر:</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFiles</name>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="36"/>
        <source>Bezig met opslaan…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="44"/>
        <source>Opslaan als</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="57"/>
        <source>Niet opgeslagen</source>
        <translation>لم يتم الحفظ</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="66"/>
        <source>Het bestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>تعذّر حفظ الملف. اختر مجلدًا آخر.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="62"/>
        <location filename="../authoring/spreadsheet_dialog.py" line="97"/>
        <source>Termen uit Excel of CSV</source>
        <translation>مصطلحات من Excel أو CSV</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="65"/>
        <source>Kies een bestand (CSV of Excel).</source>
        <translation>اختر ملفًا (CSV أو Excel).</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="71"/>
        <source>Spreadsheet</source>
        <translation>جدول بيانات</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>&amp;Bestand kiezen</source>
        <translation>اختر &amp;ملفًا</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="77"/>
        <source>Pakket</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="79"/>
        <source>Nieuw pakket</source>
        <translation>حزمة جديدة</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="139"/>
        <source>Bijwerken: {title}</source>
        <translation>تحديث: {title}</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="81"/>
        <location filename="../authoring/spreadsheet_dialog.py" line="82"/>
        <source>Naam van het nieuwe pakket</source>
        <translation>اسم الحزمة الجديدة</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="93"/>
        <source>Problemen</source>
        <translation>مشاكل</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>&amp;Importeren</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="87"/>
        <source>Voorbeeld</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="89"/>
        <source>Zo wordt het</source>
        <translation>هكذا ستكون النتيجة</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="90"/>
        <source>Kolommen in het bestand</source>
        <translation>الأعمدة في الملف</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="105"/>
        <source>Pakket:</source>
        <translation>الحزمة:</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="145"/>
        <source>De pakketten in Vaktaal konden niet gelezen worden. Alleen een nieuw pakket kan.</source>
        <translation>تعذّرت قراءة الحزم في Vaktaal. يمكن فقط إنشاء حزمة جديدة.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="153"/>
        <source>Kies een bestand</source>
        <translation>اختر ملفًا</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="163"/>
        <source>Bezig met lezen…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="199"/>
        <source>Bezig met controleren…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="221"/>
        <source>Alles is goed. Aantal termen: {n}.</source>
        <translation>كل شيء جيد. عدد المصطلحات: {n}.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="223"/>
        <source>Klaar om te importeren: {n} termen. Lees wat bij &apos;Let op&apos; staat.</source>
        <translation>جاهز للاستيراد. المصطلحات: {n}. اقرأ ما تحت &apos;انتبه&apos;.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="226"/>
        <source>Aantal problemen: {n}. Verbeter het bestand.</source>
        <translation>عدد المشاكل: {n}. أصلح الملف.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="234"/>
        <source>Let op: {text}</source>
        <translation>انتبه: {text}</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="241"/>
        <source>Er ging iets mis. Er is niets veranderd. Probeer het opnieuw.</source>
        <translation>حدث خطأ. لم يتغير شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="244"/>
        <source>Zo kan het niet. Kijk bij de problemen.</source>
        <translation>لا يمكن هكذا. انظر إلى المشاكل.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="246"/>
        <source>Dit bestand kan niet gebruikt worden.</source>
        <translation>لا يمكن استخدام هذا الملف.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="23"/>
        <source>Begeleider toevoegen</source>
        <translation>إضافة مشرف</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="23"/>
        <source>Toevoegen</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="24"/>
        <location filename="../staff/learners/staff_dialog.py" line="40"/>
        <source>Naam</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="27"/>
        <source>Taalbuddy</source>
        <translation>زميل مرافق</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="28"/>
        <source>Coach</source>
        <translation>مدرّب</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="41"/>
        <source>Rol</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="42"/>
        <source>Pincode</source>
        <translation>الرمز السري</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <location filename="../staff/staff_home.py" line="34"/>
        <source>Samen oefenen</source>
        <translation>التدرّب معًا</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="35"/>
        <source>Overzicht</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="36"/>
        <source>Rapport maken</source>
        <translation>إنشاء تقرير</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="37"/>
        <source>Pakketten</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="38"/>
        <source>Leerlingen beheren</source>
        <translation>إدارة المتعلّمين</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="39"/>
        <source>Begeleiders</source>
        <translation>المشرفون</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="40"/>
        <source>Afmelden</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="60"/>
        <source>Welkom, {name}</source>
        <translation>مرحبًا، {name}</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="62"/>
        <source>Je bent coach.</source>
        <translation>أنت مدرّب.</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="62"/>
        <source>Je bent taalbuddy.</source>
        <translation>أنت زميل مرافق.</translation>
    </message>
</context>
<context>
    <name>StaffLoginDialog</name>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="23"/>
        <location filename="../profiles/staff_login_dialog.py" line="47"/>
        <source>Begeleider</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="28"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="38"/>
        <source>Alleen voor begeleiders. Kies je naam.</source>
        <translation>للمشرفين فقط. اختر اسمك.</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="39"/>
        <source>Alleen voor begeleiders. Er is nog geen begeleider.</source>
        <translation>للمشرفين فقط. لا يوجد مشرف بعد.</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="43"/>
        <source>Slot</source>
        <translation>قفل</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../staff/learners/staff_page.py" line="27"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="29"/>
        <source>Begeleider toevoegen</source>
        <translation>إضافة مشرف</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="32"/>
        <source>Melding</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="43"/>
        <source>Begeleiders</source>
        <translation>المشرفون</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="75"/>
        <source>Coach</source>
        <translation>مدرّب</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="75"/>
        <source>Taalbuddy</source>
        <translation>زميل مرافق</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="78"/>
        <source>Dit ben jij. Jezelf verwijderen kan niet.</source>
        <translation>هذا أنت. لا يمكنك حذف نفسك.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="80"/>
        <source>De enige coach. Die blijft.</source>
        <translation>المدرّب الوحيد. يجب أن يبقى.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="83"/>
        <source>Pincode wijzigen</source>
        <translation>تغيير الرمز السري</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="84"/>
        <source>Verwijderen</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>StaffProfilesFlow</name>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="55"/>
        <source>{name} is toegevoegd.</source>
        <translation>تمت إضافة {name}.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="65"/>
        <source>{name} heeft een nieuwe pincode.</source>
        <translation>لدى {name} رمز سري جديد.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="71"/>
        <source>het profiel van {name}</source>
        <translation>الملف الشخصي لـ{name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="76"/>
        <source>{name} is verwijderd.</source>
        <translation>تم حذف {name}.</translation>
    </message>
</context>
<context>
    <name>StaffRow</name>
    <message>
        <location filename="../profiles/staff_row.py" line="39"/>
        <source>Begeleiders</source>
        <translation>المشرفون</translation>
    </message>
    <message>
        <location filename="../profiles/staff_row.py" line="78"/>
        <source>{name}, begeleider</source>
        <translation>‏{name}، مشرف</translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="58"/>
        <source>Naam</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="59"/>
        <source>Laatst
geoefend</source>
        <translation>آخر
تدريب</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="60"/>
        <source>Dagen
op rij</source>
        <translation>أيام
متتالية</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="61"/>
        <source>Geleerd</source>
        <translation>تم تعلّمها</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="62"/>
        <source>Te
herhalen</source>
        <translation>مستحقة
للتكرار</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="63"/>
        <source>Onthouden</source>
        <translation>التذكّر</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="64"/>
        <source>Moet je
weten</source>
        <translation>يجب
معرفتها</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="65"/>
        <source>Met
buddy</source>
        <translation>مع
الزميل</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="66"/>
        <source>Spreken
eens</source>
        <translation>اتفاق
التحدّث</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="71"/>
        <source>Dagen achter elkaar geoefend, tot vandaag</source>
        <translation>أيام تدريب متتالية حتى اليوم</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="72"/>
        <source>Woorden geleerd: op 2 dagen goed, laatste antwoord goed</source>
        <translation>كلمات تم تعلّمها: صحيحة في يومين، وآخر إجابة صحيحة</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="73"/>
        <source>Kaarten die nu herhaald moeten worden</source>
        <translation>بطاقات يجب تكرارها الآن</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="74"/>
        <source>Laatste 30 dagen: deel goede antwoorden (zonder eerste keer)</source>
        <translation>آخر 30 يومًا: نسبة الإجابات الصحيحة (دون المرة الأولى)</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="77"/>
        <source>Veiligheidswoorden die de leerling kent, van alle</source>
        <translation>كلمات السلامة التي يعرفها المتعلّم، من مجموعها</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="78"/>
        <source>Sessies met een taalbuddy deze maand</source>
        <translation>جلسات مع زميل مرافق هذا الشهر</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="79"/>
        <source>Hoe vaak computer en buddy het eens waren over spreken</source>
        <translation>كم مرة اتفق الحاسوب والزميل المرافق في تقييم التحدّث</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="198"/>
        <source>{learned} van {terms} geleerd</source>
        <translation>تم تعلّم {learned} من {terms}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="202"/>
        <source>{due} te herhalen</source>
        <translation>‏{due} للتكرار</translation>
    </message>
</context>
<context>
    <name>Subtitles</name>
    <message>
        <location filename="../meetings/player_parts.py" line="74"/>
        <source>Tekst van de vergadering</source>
        <translation>نص الاجتماع</translation>
    </message>
</context>
<context>
    <name>SummaryFeedback</name>
    <message>
        <location filename="../meetings/summary_feedback.py" line="64"/>
        <source>Hoofdpunten</source>
        <translation>النقاط الرئيسية</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="64"/>
        <source>Taken</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="131"/>
        <source>Verbeter je tekst</source>
        <translation>حسّن نصك</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="133"/>
        <source>Ga terug en voeg punten toe</source>
        <translation>ارجع وأضف نقاطًا</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../practice/summary_page.py" line="51"/>
        <source>Feest</source>
        <translation>احتفال</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="52"/>
        <source>Klaar!</source>
        <translation>انتهيت!</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="56"/>
        <source>Goed</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="60"/>
        <source>Bewaard</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="61"/>
        <source>Deze woorden oefen je nog een keer:</source>
        <translation>ستتدرّب على هذه الكلمات مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="64"/>
        <source>Alles goed. Knap gedaan!</source>
        <translation>كل شيء صحيح. أحسنت!</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="66"/>
        <source>Nog een keer oefenen</source>
        <translation>تدرّب مرة أخرى</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="68"/>
        <source>Naar start</source>
        <translation>إلى البداية</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="110"/>
        <source>Woorden om te herhalen</source>
        <translation>كلمات للتكرار</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="126"/>
        <source>Je hebt 1 woord geoefend.</source>
        <translation>تدرّبت على كلمة واحدة.</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="128"/>
        <source>Je hebt {n} woorden geoefend.</source>
        <translation>تدرّبت على {n} كلمات.</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="129"/>
        <source>{m} goed</source>
        <translation>{m} صحيحة</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="149"/>
        <source>{saved} van {n} antwoorden bewaard</source>
        <translation>حُفظت {saved} من {n} إجابة</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="151"/>
        <source>1 antwoord bewaard</source>
        <translation>حُفظت إجابة واحدة</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="153"/>
        <source>{n} antwoorden bewaard</source>
        <translation>حُفظت {n} إجابة</translation>
    </message>
</context>
<context>
    <name>SummarySpeech</name>
    <message>
        <location filename="../meetings/summary_speech.py" line="32"/>
        <source>De spraakherkenning voor Nederlands is er nog niet.</source>
        <translation>التعرّف على الكلام بالهولندية غير متوفر بعد.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../meetings/summary_view.py" line="75"/>
        <source>Vat de vergadering samen</source>
        <translation>لخّص الاجتماع</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="76"/>
        <source>Schrijf of zeg: wat zijn de hoofdpunten, wie doet wat?</source>
        <translation>اكتب أو قل: ما هي النقاط الرئيسية، ومن يفعل ماذا؟</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="89"/>
        <source>Samenvatting</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="90"/>
        <source>Typ hier je samenvatting.</source>
        <translation>اكتب ملخصك هنا.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="93"/>
        <location filename="../meetings/summary_view.py" line="150"/>
        <source>Zeg het</source>
        <translation>قلها</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="94"/>
        <source>Ctrl+R: begin of stop met praten</source>
        <translation>Ctrl+R: ابدأ الكلام أو توقّف</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="98"/>
        <source>Controleer</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="100"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="147"/>
        <source>Ik luister. Klik op Stop als je klaar bent.</source>
        <translation>أنا أستمع. اضغط على توقّف عندما تنتهي.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="150"/>
        <source>Stop</source>
        <translation>توقّف</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="161"/>
        <source>Ik schrijf op wat je zei...</source>
        <translation>أكتب ما قلته...</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="169"/>
        <source>Ik heb niets verstaan. Probeer het nog eens.</source>
        <translation>لم أفهم شيئًا. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="173"/>
        <source>Kijk of de tekst klopt. Verbeter hem als dat nodig is.</source>
        <translation>تحقّق من صحة النص. صحّحه إذا لزم الأمر.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="180"/>
        <source>Dat lukte niet: {reason} Typ je samenvatting.</source>
        <translation>لم ينجح ذلك: {reason} اكتب ملخصك.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="239"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>لم ينجح ذلك. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="218"/>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>TakePanel</name>
    <message>
        <location filename="../recording/take_panel.py" line="44"/>
        <source>Melding</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="47"/>
        <location filename="../recording/take_panel.py" line="119"/>
        <source>Opnemen</source>
        <translation>سجّل</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="49"/>
        <source>Spatie</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="50"/>
        <source>Luister</source>
        <translation>استمع</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="51"/>
        <source>Bewaren</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="52"/>
        <location filename="../recording/take_panel.py" line="99"/>
        <source>Verwijderen</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="83"/>
        <source>Plaatje</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="99"/>
        <source>Echt verwijderen?</source>
        <translation>هل تريد الحذف فعلًا؟</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="109"/>
        <source>Dit pakket heeft geen woorden.</source>
        <translation>هذه الحزمة ليس فيها كلمات.</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="111"/>
        <source>Dit woord heeft een eigen opname.</source>
        <translation>لهذه الكلمة تسجيل خاص.</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="113"/>
        <source>Nog geen eigen opname.</source>
        <translation>لا يوجد تسجيل خاص بعد.</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="118"/>
        <source>Stop</source>
        <translation>توقّف</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="119"/>
        <source>Nog een keer</source>
        <translation>مرة أخرى</translation>
    </message>
</context>
<context>
    <name>TakeRecorder</name>
    <message>
        <location filename="../recording/take_recorder.py" line="108"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>لم ينجح ذلك. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>TermCard</name>
    <message>
        <location filename="../practice/term_card.py" line="94"/>
        <source>Luister</source>
        <translation>استمع</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="96"/>
        <location filename="../practice/term_card.py" line="97"/>
        <source>Let op: veiligheid</source>
        <translation>انتبه: السلامة</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="113"/>
        <source>Luister naar de uitleg</source>
        <translation>استمع إلى الشرح</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="118"/>
        <source>Luister naar de zin</source>
        <translation>استمع إلى الجملة</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="165"/>
        <source>Welk woord is dit?</source>
        <translation>ما هذه الكلمة؟</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="171"/>
        <source>Plaatje</source>
        <translation>صورة</translation>
    </message>
</context>
<context>
    <name>TermForm</name>
    <message>
        <location filename="../authoring/term_form.py" line="26"/>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="35"/>
        <source>Pictogram kiezen…</source>
        <translation>اختيار رمز…</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="37"/>
        <source>Vertalingen</source>
        <translation>الترجمات</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="48"/>
        <source>Woord</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="48"/>
        <source>bijvoorbeeld: heftruck</source>
        <translation>مثلاً: heftruck</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="49"/>
        <source>Soort woord</source>
        <translation>نوع الكلمة</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="51"/>
        <source>Lidwoord</source>
        <translation>أداة التعريف</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="51"/>
        <source>(geen)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="53"/>
        <source>Meervoud</source>
        <translation>الجمع</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="53"/>
        <source>- : geen meervoud</source>
        <translation>- : لا جمع له</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="54"/>
        <source>Uitleg (eenvoudig Nederlands)</source>
        <translation>الشرح (بهولندية بسيطة)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="55"/>
        <source>Voorbeeldzin</source>
        <translation>جملة مثال</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="56"/>
        <location filename="../authoring/term_form.py" line="102"/>
        <source>Pictogram</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="57"/>
        <source>Hoofdstuk</source>
        <translation>الفصل</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="58"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="58"/>
        <source>met komma&apos;s ertussen</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="59"/>
        <source>Belangrijk voor veiligheid</source>
        <translation>مهم للسلامة</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="60"/>
        <source>Geluid (bestand in het pakket)</source>
        <translation>الصوت (ملف في الحزمة)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="61"/>
        <source>Id (vast, voor de voortgang)</source>
        <translation>المعرّف (ثابت، يحفظ التقدّم)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="86"/>
        <source>{language}, nog niet gecontroleerd</source>
        <translation>‏{language}، لم تُراجَع بعد</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="99"/>
        <source>Nieuwe term</source>
        <translation>مصطلح جديد</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="110"/>
        <source>zelfstandig naamwoord</source>
        <translation>اسم</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="111"/>
        <source>werkwoord</source>
        <translation>فعل</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="112"/>
        <source>bijvoeglijk naamwoord</source>
        <translation>صفة</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="113"/>
        <source>bijwoord</source>
        <translation>ظرف</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="114"/>
        <source>uitdrukking</source>
        <translation>عبارة</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="115"/>
        <source>afkorting</source>
        <translation>اختصار</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="116"/>
        <source>anders</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="117"/>
        <source>open (nog niet bekend)</source>
        <translation>مفتوح (غير معروف بعد)</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <location filename="../authoring/term_list.py" line="26"/>
        <source>Zoeken…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="27"/>
        <source>Zoek een term</source>
        <translation>ابحث عن مصطلح</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="30"/>
        <source>Welke termen</source>
        <translation>أي المصطلحات</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="32"/>
        <source>Termen</source>
        <translation>المصطلحات</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="56"/>
        <source>Alle termen</source>
        <translation>كل المصطلحات</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="57"/>
        <source>Alleen met problemen</source>
        <translation>فقط مع المشكلات</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="59"/>
        <source>Hoofdstuk: {name}</source>
        <translation>الفصل: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="85"/>
        <source>(nieuwe term)</source>
        <translation>(مصطلح جديد)</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="93"/>
        <source>Deze term heeft nog een probleem.</source>
        <translation>في هذا المصطلح مشكلة بعد.</translation>
    </message>
</context>
<context>
    <name>TermVoiceList</name>
    <message>
        <location filename="../recording/term_list.py" line="44"/>
        <source>Woorden</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../recording/term_list.py" line="69"/>
        <source>eigen opname</source>
        <translation>تسجيل خاص</translation>
    </message>
    <message>
        <location filename="../recording/term_list.py" line="69"/>
        <source>geen eigen opname</source>
        <translation>لا يوجد تسجيل خاص</translation>
    </message>
</context>
<context>
    <name>TextSizeButtons</name>
    <message>
        <location filename="../home/text_size_buttons.py" line="22"/>
        <source>Tekst normaal</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="23"/>
        <source>Tekst groot</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="24"/>
        <source>Tekst extra groot</source>
        <translation>نص كبير جدًا</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="30"/>
        <source>Tekst</source>
        <translation>النص</translation>
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
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="23"/>
        <source>Doel vandaag</source>
        <translation>هدف اليوم</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="38"/>
        <source>{done} van {goal} vandaag</source>
        <translation>{done} من {goal} اليوم</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="40"/>
        <source>{done} van {goal} vandaag. Doel gehaald!</source>
        <translation>{done} من {goal} اليوم. حققت الهدف!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="49"/>
        <source>Plantje</source>
        <translation>نبتة</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="50"/>
        <source>Oefen vandaag. Dan heb je 1 dag op rij!</source>
        <translation>تدرّب اليوم. وسيكون لديك يوم واحد متتالٍ!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="52"/>
        <location filename="../home/today_panel.py" line="55"/>
        <source>Vuur</source>
        <translation>نار</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="53"/>
        <source>1 dag op rij. Goed bezig!</source>
        <translation>يوم واحد متتالٍ. أحسنت!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="56"/>
        <source>{n} dagen op rij</source>
        <translation>{n} أيام متتالية</translation>
    </message>
</context>
<context>
    <name>TranscribeTask</name>
    <message>
        <location filename="../meetings/transcribe_task.py" line="89"/>
        <source>Het omzetten is niet gelukt. Probeer een andere opname.</source>
        <translation>فشل التحويل. جرّب تسجيلاً آخر.</translation>
    </message>
</context>
<context>
    <name>TypingView</name>
    <message>
        <location filename="../practice/typing_view.py" line="67"/>
        <source>Luister</source>
        <translation>استمع</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="68"/>
        <source>Typ het woord.</source>
        <translation>اكتب الكلمة.</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="71"/>
        <source>Typ hier het woord</source>
        <translation>اكتب الكلمة هنا</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="72"/>
        <source>Typ hier…</source>
        <translation>اكتب هنا…</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="76"/>
        <source>Controleer</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="78"/>
        <source>Weet ik niet</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="82"/>
        <source>Wat je typte</source>
        <translation>ما كتبته</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="118"/>
        <source>Plaatje</source>
        <translation>صورة</translation>
    </message>
</context>
<context>
    <name>UnknownWordsView</name>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="20"/>
        <source>Welke woorden kende je niet?</source>
        <translation>ما الكلمات التي لم تعرفها؟</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="22"/>
        <source>Tik erop. Je oefent ze later. Geen? Kies dan meteen Klaar.</source>
        <translation>اضغط عليها. ستتدرّب عليها لاحقًا. لا شيء؟ اختر تم مباشرة.</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="25"/>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="63"/>
        <source>Naar je oefenlijst: {n}</source>
        <translation>إلى قائمة تدريبك: {n}</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="65"/>
        <source>Je kende alle woorden. Goed!</source>
        <translation>كنت تعرف كل الكلمات. أحسنت!</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../upgrade_dialog.py" line="24"/>
        <source>Database bijwerken</source>
        <translation>تحديث قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="27"/>
        <source>Bijwerken</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="28"/>
        <source>Stoppen</source>
        <translation>توقّف</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="37"/>
        <source>Backup</source>
        <translation>نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="125"/>
        <location filename="../upgrade_dialog.py" line="40"/>
        <source>Vaktaal moet de database bijwerken.</source>
        <translation>يجب أن يحدّث Vaktaal قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="41"/>
        <source>Maak eerst een backup:</source>
        <translation>اصنع نسخة احتياطية أولًا:</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="43"/>
        <source>Ben je niet de coach? Kies Stoppen.</source>
        <translation>لست المدرّب؟ اختر «توقّف».</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../speaking/verdict_panel.py" line="62"/>
        <source>Luister naar het woord</source>
        <translation>استمع إلى الكلمة</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="66"/>
        <source>Verder</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="102"/>
        <source>Buddy:</source>
        <translation>الزميل المرافق:</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="105"/>
        <source>bijna</source>
        <translation>تقريبًا</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="108"/>
        <source>Buddy: {verdict}</source>
        <translation>الزميل المرافق: {verdict}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="136"/>
        <source>Ik hoorde: {word}</source>
        <translation>سمعت: {word}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="138"/>
        <source>Ik hoorde geen duidelijk woord.</source>
        <translation>لم أسمع كلمة واضحة.</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="140"/>
        <source>Het woord is: {word}</source>
        <translation>الكلمة هي: {word}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="145"/>
        <source>De computer zei: {word}. Druk op B om dat terug te zetten.</source>
        <translation>قال الكمبيوتر: {word}. اضغط B لإرجاع ذلك.</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="149"/>
        <source>Buddy: druk op B als dit oordeel niet klopt.</source>
        <translation>الزميل المرافق: اضغط B إذا كان هذا الحكم غير صحيح.</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="158"/>
        <source>Buddy: bijna goed</source>
        <translation>الزميل المرافق: صحيح تقريبًا</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="159"/>
        <source>Buddy: goed</source>
        <translation>الزميل المرافق: صحيح</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="159"/>
        <source>Buddy: nog eens</source>
        <translation>الزميل المرافق: مرة أخرى</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="161"/>
        <source>Goed!</source>
        <translation>صحيح!</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="163"/>
        <source>Bijna goed</source>
        <translation>صحيح تقريبًا</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="164"/>
        <source>Nog eens</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="105"/>
        <location filename="../speaking/verdict_panel.py" line="174"/>
        <source>goed</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="175"/>
        <source>bijna goed</source>
        <translation>صحيح تقريبًا</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="106"/>
        <location filename="../speaking/verdict_panel.py" line="175"/>
        <source>nog eens</source>
        <translation>مرة أخرى</translation>
    </message>
</context>
<context>
    <name>WordListPage</name>
    <message>
        <location filename="../home/word_list_page.py" line="34"/>
        <source>Geleerd: je wist het woord goed op {days} verschillende dagen.</source>
        <translation>تعلّمت: عرفت الكلمة في {days} أيام مختلفة.</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="57"/>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="79"/>
        <source>Boom</source>
        <translation>شجرة</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="81"/>
        <source>Fout? Dan ga je het woord weer oefenen.</source>
        <translation>خطأ؟ عندها تتدرّب على الكلمة من جديد.</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="115"/>
        <source>Woorden: {deck}</source>
        <translation>الكلمات: {deck}</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="125"/>
        <source>{n} geleerd</source>
        <translation>{n} تعلّمتها</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="126"/>
        <source>{n} bezig</source>
        <translation>{n} قيد التعلّم</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="127"/>
        <source>{n} nieuw</source>
        <translation>{n} جديدة</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="150"/>
        <source>Dit pakket heeft geen woorden.</source>
        <translation>هذه الحزمة ليس فيها كلمات.</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="154"/>
        <source>Geleerd ({n})</source>
        <translation>تعلّمتها ({n})</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="155"/>
        <source>Bezig met leren ({n})</source>
        <translation>قيد التعلّم ({n})</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="156"/>
        <source>Nieuw ({n})</source>
        <translation>جديدة ({n})</translation>
    </message>
</context>
<context>
    <name>WordRow</name>
    <message>
        <location filename="../home/word_row.py" line="70"/>
        <source>Nieuw</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="71"/>
        <source>Bezig met leren</source>
        <translation>قيد التعلّم</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="72"/>
        <source>Geleerd</source>
        <translation>تم تعلّمها</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="78"/>
        <source>Moet je kennen: klaar!</source>
        <translation>يجب أن تعرفها: تم!</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="79"/>
        <source>Moet je kennen</source>
        <translation>يجب أن تعرفها</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="99"/>
        <source>Luister</source>
        <translation>استمع</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="100"/>
        <source>Luister (spatie)</source>
        <translation>استمع (مفتاح المسافة)</translation>
    </message>
</context>
<context>
    <name>avatars</name>
    <message>
        <location filename="../profiles/avatars.py" line="22"/>
        <source>Gezicht</source>
        <translation>وجه</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="23"/>
        <source>Kat</source>
        <translation>قطة</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="24"/>
        <source>Leeuw</source>
        <translation>أسد</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="25"/>
        <source>Vlinder</source>
        <translation>فراشة</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="26"/>
        <source>Tulp</source>
        <translation>توليب</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="27"/>
        <source>Boom</source>
        <translation>شجرة</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="28"/>
        <source>Fiets</source>
        <translation>دراجة</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="29"/>
        <source>Voetbal</source>
        <translation>كرة قدم</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../crash.py" line="51"/>
        <source>Er ging iets mis</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <location filename="../crash.py" line="52"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard.
Meld dit bij IT.</source>
        <translation>حدث خطأ. ما قمت به محفوظ.
أبلغ قسم تقنية المعلومات.</translation>
    </message>
</context>
</TS>
