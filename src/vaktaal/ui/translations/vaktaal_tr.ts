<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>ActionItemsView</name>
    <message>
        <location filename="../meetings/action_items_view.py" line="36"/>
        <source>Wie doet wat, en wanneer?</source>
        <translation>Kim ne yapacak, ne zaman?</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="73"/>
        <source>Taak {n} van {total}</source>
        <translation>Görev {n} / {total}</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="77"/>
        <source>Wie doet dit?</source>
        <translation>Bunu kim yapacak?</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="116"/>
        <source>Wie: {who}</source>
        <translation>Kim: {who}</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="118"/>
        <source>Wanneer moet het klaar zijn?</source>
        <translation>Ne zaman bitmeli?</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="132"/>
        <source>{who} doet dit. Klaar: {when}.</source>
        <translation>Bunu {who} yapacak. Bitiş: {when}.</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="134"/>
        <source>Goed!</source>
        <translation>Doğru!</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="139"/>
        <source>De persoon klopt, de tijd niet</source>
        <translation>Kişi doğru, zaman yanlış</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="141"/>
        <source>De tijd klopt, de persoon niet</source>
        <translation>Zaman doğru, kişi yanlış</translation>
    </message>
    <message>
        <location filename="../meetings/action_items_view.py" line="142"/>
        <source>Nog niet goed</source>
        <translation>Henüz doğru değil</translation>
    </message>
</context>
<context>
    <name>AnkiExport</name>
    <message>
        <location filename="../authoring/anki_export.py" line="25"/>
        <source>Exporteren voor Anki</source>
        <translation>Anki için dışa aktar</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="28"/>
        <source>Anki-pakketten (*.apkg)</source>
        <translation>Anki paketleri (*.apkg)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="35"/>
        <source>Opgeslagen voor Anki: {name}</source>
        <translation>Anki için kaydedildi: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="39"/>
        <source>Het pakket kon niet opgeslagen worden. Er is niets veranderd.</source>
        <translation>Paket kaydedilemedi. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location filename="../authoring/anki_export.py" line="60"/>
        <source>Bezig met exporteren voor Anki…</source>
        <translation>Anki için dışa aktarılıyor…</translation>
    </message>
</context>
<context>
    <name>AnkiImportDialog</name>
    <message>
        <location filename="../authoring/anki_dialog.py" line="63"/>
        <location filename="../authoring/anki_dialog.py" line="89"/>
        <source>Termen uit Anki</source>
        <translation>Anki&apos;den terimler</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="66"/>
        <source>Kies een Anki-pakket (.apkg).</source>
        <translation>Bir Anki paketi seçin (.apkg).</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="71"/>
        <source>Anki</source>
        <translation>Anki</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>&amp;Bestand kiezen</source>
        <translation>&amp;Dosya seç</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>&amp;Importeren</source>
        <translation>&amp;İçe aktar</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="73"/>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="77"/>
        <location filename="../authoring/anki_dialog.py" line="78"/>
        <source>Naam van het nieuwe pakket</source>
        <translation>Yeni paketin adı</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="81"/>
        <source>Voorbeeld van de termen</source>
        <translation>Terimlerin önizlemesi</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="85"/>
        <source>Problemen en meldingen</source>
        <translation>Sorunlar ve notlar</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="91"/>
        <source>Naam:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="123"/>
        <source>Anki-pakketten (*.apkg *.colpkg)</source>
        <translation>Anki paketleri (*.apkg *.colpkg)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="125"/>
        <source>Kies een bestand</source>
        <translation>Bir dosya seçin</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="133"/>
        <source>Bezig met lezen…</source>
        <translation>Okunuyor…</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="160"/>
        <source>Bezig met controleren…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="181"/>
        <source>Klaar om te importeren. Termen: {n}</source>
        <translation>İçe aktarmaya hazır. Terim sayısı: {n}</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="197"/>
        <source>Er ging iets mis. Er is niets veranderd. Probeer het opnieuw.</source>
        <translation>Bir sorun oldu. Hiçbir şey değişmedi. Tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../authoring/anki_dialog.py" line="199"/>
        <source>Zo kan het niet. Kijk bij de problemen.</source>
        <translation>Bu şekilde olmuyor. Sorunlara bakın.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../practice/article_view.py" line="39"/>
        <source>De of het?</source>
        <translation>De mi, het mi?</translation>
    </message>
    <message>
        <location filename="../practice/article_view.py" line="54"/>
        <source>Toets {key}</source>
        <translation>Tuş {key}</translation>
    </message>
</context>
<context>
    <name>AvatarChoice</name>
    <message>
        <location filename="../profiles/avatar_choice.py" line="47"/>
        <source>Plaatje: {name}</source>
        <translation>Resim: {name}</translation>
    </message>
</context>
<context>
    <name>AvatarGrid</name>
    <message>
        <location filename="../profiles/avatar_grid.py" line="123"/>
        <source>{name}, met pincode</source>
        <translation>{name}, PIN kodlu</translation>
    </message>
</context>
<context>
    <name>BuddyEndPage</name>
    <message>
        <location filename="../staff/buddy/end_page.py" line="33"/>
        <source>Bewaren</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="42"/>
        <source>Wat ging goed</source>
        <translation>Ne iyi gitti</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="43"/>
        <source>Wat moet nog geoefend worden</source>
        <translation>Daha ne çalışılmalı</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="44"/>
        <source>Notitie voor de volgende keer</source>
        <translation>Gelecek sefer için not</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="72"/>
        <source>Klaar met {name}! Hoe ging het?</source>
        <translation>{name} ile bitti! Nasıl geçti?</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="82"/>
        <source>{saved} van {n} antwoorden bewaard</source>
        <translation>{n} cevaptan {saved} tanesi saklandı</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="84"/>
        <source>1 antwoord bewaard</source>
        <translation>1 cevap saklandı</translation>
    </message>
    <message>
        <location filename="../staff/buddy/end_page.py" line="85"/>
        <source>{n} antwoorden bewaard</source>
        <translation>{n} cevap saklandı</translation>
    </message>
</context>
<context>
    <name>BuddySessionPage</name>
    <message>
        <location filename="../staff/buddy/session_page.py" line="80"/>
        <source>De tijd is om. Maak deze oefening af.</source>
        <translation>Süre doldu. Bu alıştırmayı bitir.</translation>
    </message>
</context>
<context>
    <name>BusyNote</name>
    <message>
        <location filename="../busy.py" line="15"/>
        <source>Bezig</source>
        <translation>Meşgul</translation>
    </message>
</context>
<context>
    <name>ChoiceView</name>
    <message>
        <location filename="../practice/choice_view.py" line="56"/>
        <location filename="../practice/choice_view.py" line="58"/>
        <source>Luister</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="61"/>
        <source>Toets L</source>
        <translation>Tuş L</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="127"/>
        <source>Luister. Welk plaatje hoort erbij?</source>
        <translation>Dinle. Hangi resim uyuyor?</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="129"/>
        <source>Welk plaatje hoort bij dit woord?</source>
        <translation>Bu kelimeye hangi resim uyuyor?</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="145"/>
        <source>Plaatje {n}</source>
        <translation>Resim {n}</translation>
    </message>
    <message>
        <location filename="../practice/choice_view.py" line="176"/>
        <source>Plaatje {n}: {word}</source>
        <translation>Resim {n}: {word}</translation>
    </message>
</context>
<context>
    <name>CoachFlow</name>
    <message>
        <location filename="../staff/learners/coach_flow.py" line="71"/>
        <source>Er ging iets mis. Er is niets veranderd.</source>
        <translation>Bir sorun oldu. Hiçbir şey değişmedi.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../controller.py" line="128"/>
        <source>Het installeren is niet gelukt. Er is niets veranderd. Vraag IT om hulp.</source>
        <translation>Kurulum olmadı. Hiçbir şey değişmedi. BT bölümünden yardım isteyin.</translation>
    </message>
    <message>
        <location filename="../controller.py" line="175"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>Bir sorun oldu. Yaptıkların saklandı. Vaktaal&apos;ı yeniden başlat.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../staff/buddy/session_page.py" line="64"/>
        <source>Tijd over: {time}</source>
        <translation>Kalan süre: {time}</translation>
    </message>
</context>
<context>
    <name>CoverageRow</name>
    <message>
        <location filename="../meetings/summary_feedback.py" line="113"/>
        <source>Erin</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="115"/>
        <source>Voor een deel erin</source>
        <translation>Kısmen var</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="116"/>
        <source>Nog niet erin</source>
        <translation>Henüz yok</translation>
    </message>
</context>
<context>
    <name>DashboardFlow</name>
    <message>
        <location filename="../staff/dashboard/dashboard_flow.py" line="60"/>
        <source>Overzicht laden…</source>
        <translation>Genel bakış yükleniyor…</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_flow.py" line="79"/>
        <location filename="../staff/dashboard/dashboard_flow.py" line="96"/>
        <source>Laden…</source>
        <translation>Yükleniyor…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="62"/>
        <source>Pakket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="65"/>
        <source>Nog geen leerlingen.</source>
        <translation>Henüz öğrenci yok.</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="66"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="68"/>
        <source>Bekijken</source>
        <translation>Görüntüle</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="83"/>
        <source>Alle leerlingen</source>
        <translation>Bütün öğrenciler</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="97"/>
        <source>Grafiek</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="101"/>
        <source>Overzicht leerlingen</source>
        <translation>Öğrencilere genel bakış</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="105"/>
        <source>Pakket:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/dashboard_page.py" line="119"/>
        <source>Alle pakketten</source>
        <translation>Bütün paketler</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../home/day_chart.py" line="69"/>
        <source>Antwoorden per dag</source>
        <translation>Günlük cevaplar</translation>
    </message>
    <message>
        <location filename="../home/day_chart.py" line="76"/>
        <source>Antwoorden</source>
        <translation>Cevaplar</translation>
    </message>
</context>
<context>
    <name>DeckCards</name>
    <message>
        <location filename="../home/deck_cards.py" line="96"/>
        <source>Oefen dit</source>
        <translation>Bunu çalış</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="97"/>
        <source>Oefen dit: {title}</source>
        <translation>Bunu çalış: {title}</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="106"/>
        <source>{n} te oefenen</source>
        <translation>{n} çalışılacak</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="107"/>
        <source>{n} nieuw</source>
        <translation>{n} yeni</translation>
    </message>
    <message>
        <location filename="../home/deck_cards.py" line="108"/>
        <source>{n} geleerd</source>
        <translation>{n} öğrenildi</translation>
    </message>
</context>
<context>
    <name>DeckDetails</name>
    <message>
        <location filename="../authoring/deck_details.py" line="23"/>
        <source>Naam van het pakket</source>
        <translation>Paketin adı</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="24"/>
        <source>Organisatie</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="25"/>
        <source>Functie</source>
        <translation>Görev / meslek</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="25"/>
        <source>bijvoorbeeld: monteur</source>
        <translation>örneğin: montajcı</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="26"/>
        <source>Taakprofiel</source>
        <translation>Görev profili</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="26"/>
        <source>of: de taken</source>
        <translation>veya: görevler</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="27"/>
        <source>Taalniveau</source>
        <translation>Dil seviyesi</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="29"/>
        <source>Talen van de vertalingen</source>
        <translation>Çeviri dilleri</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="32"/>
        <source>Nog niet gecontroleerd</source>
        <translation>Henüz kontrol edilmedi</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="34"/>
        <source>Beschrijving</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="35"/>
        <source>Gemaakt door</source>
        <translation>Hazırlayan</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="36"/>
        <source>Licentie</source>
        <translation>Lisans</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="37"/>
        <source>Versie</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="38"/>
        <source>Id (vast)</source>
        <translation>Kimlik (sabit)</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="39"/>
        <source>Pictogram van het pakket</source>
        <translation>Paketin piktogramı</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="43"/>
        <source>Het pakket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="51"/>
        <source>Talen: {names}</source>
        <translation>Diller: {names}</translation>
    </message>
    <message>
        <location filename="../authoring/deck_details.py" line="55"/>
        <source>Nog niet gecontroleerd door iemand met deze moedertaal: {names}</source>
        <translation>Ana dili bu olan biri henüz kontrol etmedi: {names}</translation>
    </message>
</context>
<context>
    <name>DeckImportDialog</name>
    <message>
        <location filename="../authoring/import_dialog.py" line="41"/>
        <source>Bezig met importeren…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
</context>
<context>
    <name>DeckListWidget</name>
    <message>
        <location filename="../deck_list.py" line="37"/>
        <source>Pakketten met woorden</source>
        <translation>Kelime paketleri</translation>
    </message>
    <message>
        <location filename="../deck_list.py" line="47"/>
        <source>{function} · {n} woorden · niveau {level}</source>
        <translation>{function} · {n} kelime · seviye {level}</translation>
    </message>
</context>
<context>
    <name>DecksDialog</name>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="24"/>
        <source>Pakketten van {name}</source>
        <translation>{name} için paketler</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="25"/>
        <source>Opslaan</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="39"/>
        <source>Nieuwe pakketten komen dan niet meer vanzelf.</source>
        <translation>Kaydedince yeni paketler artık kendiliğinden eklenmez.</translation>
    </message>
    <message>
        <location filename="../staff/learners/decks_dialog.py" line="44"/>
        <source>Er zijn nog geen pakketten.</source>
        <translation>Henüz paket yok.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="21"/>
        <source>{name} verwijderen?</source>
        <translation>{name} silinsin mi?</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="22"/>
        <source>Verwijderen</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="28"/>
        <source>Let op</source>
        <translation>Dikkat</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="30"/>
        <source>Dit gaat weg:</source>
        <translation>Silinecekler:</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="37"/>
        <source>Dit kan niet terug.</source>
        <translation>Bu geri alınamaz.</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="47"/>
        <source>het profiel van {name}</source>
        <translation>profil: {name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="48"/>
        <source>antwoorden bij het oefenen: {n}</source>
        <translation>alıştırma cevapları: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="51"/>
        <source>gesproken antwoorden: {n}</source>
        <translation>sesli cevaplar: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="54"/>
        <source>uitslagen van vergaderingen: {n}</source>
        <translation>toplantı sonuçları: {n}</translation>
    </message>
    <message>
        <location filename="../staff/learners/delete_dialog.py" line="57"/>
        <source>sessies met een taalbuddy (met notities): {n}</source>
        <translation>dil arkadaşıyla oturumlar (notlarla): {n}</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../authoring/editor_actions.py" line="53"/>
        <source>In Vaktaal zetten voor leerlingen</source>
        <translation>Öğrenciler için Vaktaal&apos;a koy</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="54"/>
        <source>Printen: woordkaartjes of handboek…</source>
        <translation>Yazdır: kelime kartları veya el kitabı…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="55"/>
        <source>Importeren uit Excel of CSV…</source>
        <translation>Excel&apos;den veya CSV&apos;den içe aktar…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="56"/>
        <source>Importeren uit Anki…</source>
        <translation>Anki&apos;den içe aktar…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="57"/>
        <source>Exporteren naar Excel of CSV…</source>
        <translation>Excel&apos;e veya CSV&apos;ye dışa aktar…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="58"/>
        <source>Exporteren voor Anki…</source>
        <translation>Anki için dışa aktar…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="59"/>
        <source>Vergadering maken…</source>
        <translation>Toplantı oluştur…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="60"/>
        <source>Vergadering bewerken…</source>
        <translation>Toplantıyı düzenle…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="87"/>
        <source>Bezig met in Vaktaal zetten…</source>
        <translation>Vaktaal&apos;a konuyor…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="95"/>
        <source>Het pakket staat in Vaktaal. Leerlingen kunnen ermee oefenen.</source>
        <translation>Paket Vaktaal&apos;da. Öğrenciler onunla alıştırma yapabilir.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="99"/>
        <source>Niet gelukt</source>
        <translation>Olmadı</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="100"/>
        <source>Het pakket kon niet in Vaktaal gezet worden. Er is niets veranderd.</source>
        <translation>Paket Vaktaal&apos;a konamadı. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="121"/>
        <source>Opgeslagen: {name}</source>
        <translation>Kaydedildi: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="148"/>
        <source>Geen vergaderingen</source>
        <translation>Toplantı yok</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="149"/>
        <source>Dit pakket heeft nog geen vergaderingen. Kies &apos;Vergadering maken…&apos;.</source>
        <translation>Bu pakette henüz toplantı yok. &apos;Toplantı oluştur…&apos; seçin.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="162"/>
        <source>Vergadering bewerken</source>
        <translation>Toplantıyı düzenle</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="162"/>
        <source>Welke vergadering?</source>
        <translation>Hangi toplantı?</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="176"/>
        <source>Vergadering {title}</source>
        <translation>Toplantı {title}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="183"/>
        <source>Eerst in Vaktaal zetten</source>
        <translation>Önce Vaktaal&apos;a koyun</translation>
    </message>
    <message>
        <location filename="../authoring/editor_actions.py" line="184"/>
        <source>Zet het pakket eerst in Vaktaal (Ctrl+I). Daarna kun je het printen of exporteren.</source>
        <translation>Paketi önce Vaktaal&apos;a koyun (Ctrl+I). Sonra yazdırabilir veya dışa aktarabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>EditorFiles</name>
    <message>
        <location filename="../authoring/editor_files.py" line="25"/>
        <source>Pakket openen</source>
        <translation>Paketi aç</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="27"/>
        <source>Pakketten (*.vaktaal deck.toml)</source>
        <translation>Paketler (*.vaktaal deck.toml)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="37"/>
        <source>Eén bestand (*.vaktaal)</source>
        <translation>Tek dosya (*.vaktaal)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="38"/>
        <source>Een map met deck.toml (*)</source>
        <translation>deck.toml içeren bir klasör (*)</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="41"/>
        <source>Pakket opslaan</source>
        <translation>Paketi kaydet</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="69"/>
        <source>Niet opgeslagen</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="71"/>
        <source>Het pakket is veranderd. Wilt u de veranderingen opslaan?</source>
        <translation>Paket değişti. Değişiklikleri kaydetmek istiyor musunuz?</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="76"/>
        <source>Opslaan</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="79"/>
        <source>Niet opslaan</source>
        <translation>Kaydetme</translation>
    </message>
    <message>
        <location filename="../authoring/editor_files.py" line="83"/>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>EditorFlow</name>
    <message>
        <location filename="../authoring/editor_flow.py" line="50"/>
        <source>Dit pakket kan niet geopend worden. Er is niets veranderd. Probeer het nog eens.</source>
        <translation>Bu paket açılamıyor. Hiçbir şey değişmedi. Tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>EditorLayout</name>
    <message>
        <location filename="../authoring/editor_layout.py" line="27"/>
        <source>Nieuwe term</source>
        <translation>Yeni terim</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="28"/>
        <source>Verwijderen</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="31"/>
        <source>Pakket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../authoring/editor_layout.py" line="32"/>
        <source>Termen</source>
        <translation>Terimler</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../authoring/editor_window.py" line="83"/>
        <source>Openen lukt niet</source>
        <translation>Açılamıyor</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="83"/>
        <source>Dit pakket kan niet open:
</source>
        <translation>Bu paket açılamıyor:
</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="105"/>
        <source>Opslaan lukt niet</source>
        <translation>Kaydedilemiyor</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="106"/>
        <source>Opslaan is niet gelukt. Kies een andere plek of een andere naam.</source>
        <translation>Kaydetme olmadı. Başka bir yer veya başka bir ad seçin.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="118"/>
        <source>Versie {n}</source>
        <translation>Sürüm {n}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="122"/>
        <source>Nog niet klaar</source>
        <translation>Henüz hazır değil</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="123"/>
        <source>Het pakket heeft nog {n} problemen. Kies &apos;Alleen met problemen&apos; en los ze op.</source>
        <translation>Pakette hâlâ sorun var: {n}. &apos;Sadece sorunlu olanlar&apos; seçin ve düzeltin.</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="142"/>
        <source>&amp;Bestand</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="143"/>
        <source>Nieuw</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="144"/>
        <source>Openen…</source>
        <translation>Aç…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="145"/>
        <source>Opslaan</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="146"/>
        <source>Opslaan als…</source>
        <translation>Farklı kaydet…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="148"/>
        <source>Sluiten</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="152"/>
        <source>B&amp;ewerken</source>
        <translation>&amp;Düzen</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="153"/>
        <source>Ongedaan maken</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="154"/>
        <source>Opnieuw doen</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="160"/>
        <location filename="../authoring/editor_window.py" line="186"/>
        <source>Nieuwe term</source>
        <translation>Yeni terim</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="161"/>
        <source>Term verwijderen</source>
        <translation>Terimi sil</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="162"/>
        <source>Pictogram kiezen…</source>
        <translation>Piktogram seç…</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="163"/>
        <source>Zoeken</source>
        <translation>Ara</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="175"/>
        <source>Pakket veranderd</source>
        <translation>Paket değişti</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="181"/>
        <source>Term veranderd</source>
        <translation>Terim değişti</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="195"/>
        <source>Term verwijderd</source>
        <translation>Terim silindi</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="208"/>
        <source>Pictogram gekozen</source>
        <translation>Piktogram seçildi</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="246"/>
        <source>Nog op te lossen: {n}</source>
        <translation>Düzeltilecek: {n}</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="248"/>
        <source>Alles is in orde</source>
        <translation>Her şey yolunda</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="251"/>
        <source>Nieuw pakket</source>
        <translation>Yeni paket</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="254"/>
        <source>{name}{changed} – Pakket maken</source>
        <translation>{name}{changed} – Paket oluştur</translation>
    </message>
    <message>
        <location filename="../authoring/editor_window.py" line="274"/>
        <source>Opgeslagen: {name}</source>
        <translation>Kaydedildi: {name}</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../practice/exercise_view.py" line="80"/>
        <source>Verder</source>
        <translation>Devam</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="107"/>
        <source>Het woord is: {word}</source>
        <translation>Kelime: {word}</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="113"/>
        <source>Goed!</source>
        <translation>Doğru!</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="115"/>
        <source>Bijna goed</source>
        <translation>Neredeyse doğru</translation>
    </message>
    <message>
        <location filename="../practice/exercise_view.py" line="116"/>
        <source>Nog niet goed</source>
        <translation>Henüz doğru değil</translation>
    </message>
</context>
<context>
    <name>FieldMappingView</name>
    <message>
        <location filename="../authoring/anki_fields.py" line="23"/>
        <source>Velden van de Anki-notities</source>
        <translation>Anki notlarının alanları</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="35"/>
        <source>Notitietype &apos;{name}&apos; (notities: {n})</source>
        <translation>Not türü &apos;{name}&apos; (not sayısı: {n})</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>Veld</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>In de eerste {n} notities</source>
        <translation>İlk {n} notta</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="52"/>
        <source>Wat is het?</source>
        <translation>Bu ne?</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="65"/>
        <source>Veld {field} is</source>
        <translation>Alan {field}:</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="79"/>
        <source>Term (het woord)</source>
        <translation>Terim (kelime)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="80"/>
        <source>Uitleg</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="81"/>
        <source>Voorbeeldzin</source>
        <translation>Örnek cümle</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="82"/>
        <source>Plaatje</source>
        <translation>Resim</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="83"/>
        <source>Geluid</source>
        <translation>Ses</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="84"/>
        <source>Id-nummer</source>
        <translation>Kimlik numarası</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="85"/>
        <source>(niet gebruiken)</source>
        <translation>(kullanma)</translation>
    </message>
    <message>
        <location filename="../authoring/anki_fields.py" line="87"/>
        <source>Vertaling: {language}</source>
        <translation>Çeviri: {language}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../staff/learners/form_parts.py" line="84"/>
        <source>Melding</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="89"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../home/home_page.py" line="49"/>
        <source>Oefenen</source>
        <translation>Alıştırma yap</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="57"/>
        <source>Voortgang</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="63"/>
        <source>Stoppen</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="65"/>
        <location filename="../home/home_page.py" line="121"/>
        <source>Spreken: even laden…</source>
        <translation>Konuşma: yükleniyor…</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="67"/>
        <source>Vergaderingen</source>
        <translation>Toplantılar</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="98"/>
        <source>Jouw pakketten</source>
        <translation>Senin paketlerin</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="113"/>
        <source>Hallo {name}</source>
        <translation>Merhaba {name}</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="122"/>
        <source>Spreken: klaar</source>
        <translation>Konuşma: hazır</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="123"/>
        <location filename="../home/home_page.py" line="125"/>
        <source>Spreken: nog niet klaar</source>
        <translation>Konuşma: henüz hazır değil</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="124"/>
        <source>Spreken: werkt niet</source>
        <translation>Konuşma: çalışmıyor</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="145"/>
        <source>{n} te oefenen</source>
        <translation>{n} çalışılacak</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="146"/>
        <source>{n} nieuw</source>
        <translation>{n} yeni</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="149"/>
        <source>Alles geoefend voor vandaag!</source>
        <translation>Bugünlük hepsi bitti!</translation>
    </message>
    <message>
        <location filename="../home/home_page.py" line="151"/>
        <source>Er zijn nog geen woorden voor jou. Vraag je begeleider.</source>
        <translation>Senin için henüz kelime yok. Rehberine sor.</translation>
    </message>
</context>
<context>
    <name>ImportedPreview</name>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="21"/>
        <source>Zo worden de termen geïmporteerd</source>
        <translation>Terimler böyle içe aktarılacak</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Term</source>
        <translation>Terim</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Woordsoort</source>
        <translation>Kelime türü</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Uitleg</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_result.py" line="31"/>
        <source>Voorbeeld</source>
        <translation>Örnek</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../profiles/keypad.py" line="21"/>
        <source>Cijfers</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <location filename="../profiles/keypad.py" line="30"/>
        <location filename="../profiles/keypad.py" line="31"/>
        <source>Wissen</source>
        <translation>Sil</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../launcher.py" line="135"/>
        <source>De database wordt bijgewerkt…</source>
        <translation>Veritabanı güncelleniyor…</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="141"/>
        <source>De database wordt bijgewerkt op een andere pc. Even wachten…</source>
        <translation>Veritabanı başka bir bilgisayarda güncelleniyor. Biraz bekleyin…</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="192"/>
        <source>De gegevens van Vaktaal zijn kapot. Vraag hulp aan IT.</source>
        <translation>Vaktaal&apos;ın verileri bozuk. BT&apos;den yardım isteyin.</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="196"/>
        <source>Deze gegevens zijn gemaakt met een nieuwere Vaktaal. Update Vaktaal op deze pc.</source>
        <translation>Bu veriler daha yeni bir Vaktaal sürümüyle yapılmış. Bu bilgisayarda Vaktaal&apos;ı güncelleyin.</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="201"/>
        <source>Vaktaal kan zijn gegevens niet openen of opslaan. Is de schijf vol? Vraag hulp aan IT.</source>
        <translation>Vaktaal verilerini açamıyor veya kaydedemiyor. Disk dolu mu? BT&apos;den yardım isteyin.</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="205"/>
        <source>Er ging iets mis bij het starten. Start Vaktaal opnieuw. Lukt het niet? Vraag hulp aan IT.</source>
        <translation>Başlarken bir sorun oldu. Vaktaal&apos;ı yeniden başlatın. Olmuyor mu? BT&apos;den yardım isteyin.</translation>
    </message>
</context>
<context>
    <name>LearnerChoicePage</name>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="44"/>
        <source>Er zijn nog geen leerlingen.</source>
        <translation>Henüz öğrenci yok.</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="45"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="50"/>
        <source>Met wie oefen je?</source>
        <translation>Kiminle alıştırma yapıyorsun?</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="51"/>
        <source>Kies de leerling.</source>
        <translation>Öğrenciyi seç.</translation>
    </message>
</context>
<context>
    <name>LearnerEditDialog</name>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="20"/>
        <source>Profiel wijzigen</source>
        <translation>Profili değiştir</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="20"/>
        <source>Opslaan</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="22"/>
        <location filename="../staff/learners/edit_dialog.py" line="34"/>
        <source>Naam</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="25"/>
        <location filename="../staff/learners/edit_dialog.py" line="35"/>
        <source>Eigen taal</source>
        <translation>Kendi dili</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="26"/>
        <source>Tweede taal</source>
        <translation>İkinci dil</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="36"/>
        <source>Tweede taal (hoeft niet)</source>
        <translation>İkinci dil (zorunlu değil)</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="38"/>
        <source>Plaatje</source>
        <translation>Resim</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="57"/>
        <source>Geen</source>
        <translation>Yok</translation>
    </message>
    <message>
        <location filename="../staff/learners/edit_dialog.py" line="69"/>
        <source>Typ een naam.</source>
        <translation>Bir ad yaz.</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="43"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="48"/>
        <source>Goed per week</source>
        <translation>Haftalık doğru</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="49"/>
        <location filename="../staff/dashboard/learner_page.py" line="69"/>
        <source>Woorden geleerd</source>
        <translation>Öğrenilen kelimeler</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="60"/>
        <source>Leerling</source>
        <translation>Öğrenci</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="68"/>
        <source>Goed beantwoord, per week</source>
        <translation>Doğru cevaplar, haftalık</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="80"/>
        <source>Antwoorden per dag</source>
        <translation>Günlük cevaplar</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="82"/>
        <source>Moet je weten</source>
        <translation>Bilmen gereken</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="84"/>
        <source>Samen geoefend</source>
        <translation>Birlikte alıştırma</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="131"/>
        <source>Laatst geoefend: {day}</source>
        <translation>Son alıştırma: {day}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="132"/>
        <source>Dagen op rij: {days}</source>
        <translation>Üst üste gün: {days}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="133"/>
        <source>{n} antwoorden in 30 dagen</source>
        <translation>30 günde {n} cevap</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="134"/>
        <source>Onthouden: {share}</source>
        <translation>Hatırlama: {share}</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="135"/>
        <source>Spreken eens: {share} (van {n})</source>
        <translation>Konuşma uyumu: {share} ({n} kontrolden)</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="144"/>
        <source>{done} van {total} veiligheidswoorden gekend</source>
        <translation>{total} güvenlik kelimesinden {done} tanesi biliniyor</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="162"/>
        <source>Gekend</source>
        <translation>Biliniyor</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="162"/>
        <source>Nog niet</source>
        <translation>Henüz değil</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="173"/>
        <source>Nog niet samen geoefend.</source>
        <translation>Henüz birlikte alıştırma yapılmadı.</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="181"/>
        <source>{n} min</source>
        <translation>{n} dk</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="182"/>
        <source>{n} antwoorden</source>
        <translation>{n} cevap</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="184"/>
        <source>Ging goed:</source>
        <translation>İyi gitti:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="184"/>
        <source>Oefenen:</source>
        <translation>Çalışılacak:</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/learner_page.py" line="185"/>
        <source>Volgende keer:</source>
        <translation>Gelecek sefer:</translation>
    </message>
</context>
<context>
    <name>LearnersFlow</name>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="79"/>
        <source>{name} is gewijzigd.</source>
        <translation>{name}: profil değiştirildi.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="90"/>
        <source>{name} heeft een nieuwe pincode.</source>
        <translation>{name} için yeni bir PIN kodu var.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="92"/>
        <source>{name} heeft geen pincode meer.</source>
        <translation>{name} için artık PIN kodu yok.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="110"/>
        <source>De pakketten van {name} zijn opgeslagen.</source>
        <translation>{name} için paketler kaydedildi.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="120"/>
        <source>De gegevens van {name} staan in {path}.</source>
        <translation>{name} için veriler şuraya kaydedildi: {path}.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="139"/>
        <source>{name} is verwijderd.</source>
        <translation>{name} silindi.</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <location filename="../staff/learners/learners_page.py" line="34"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="36"/>
        <source>Leerlingen beheren</source>
        <translation>Öğrencileri yönet</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="38"/>
        <source>Melding</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="67"/>
        <source>Er zijn nog geen leerlingen.</source>
        <translation>Henüz öğrenci yok.</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="83"/>
        <source>Talen: {languages}</source>
        <translation>Diller: {languages}</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="84"/>
        <source>Pakketten: {decks}</source>
        <translation>Paketler: {decks}</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="84"/>
        <source>geen</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="88"/>
        <source>Wijzigen</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="89"/>
        <source>Pincode opnieuw</source>
        <translation>Yeni PIN kodu</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="90"/>
        <source>Pakketten</source>
        <translation>Paketler</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_flow.py" line="147"/>
        <location filename="../staff/learners/learners_page.py" line="91"/>
        <source>Gegevens opslaan</source>
        <translation>Verileri kaydet</translation>
    </message>
    <message>
        <location filename="../staff/learners/learners_page.py" line="92"/>
        <source>Verwijderen</source>
        <translation>Sil</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <location filename="../practice/leave_question.py" line="26"/>
        <source>Stoppen</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="27"/>
        <source>Stoppen?</source>
        <translation>Bitirmek istiyor musun?</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="28"/>
        <source>Je antwoorden zijn bewaard.</source>
        <translation>Cevapların saklandı.</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="29"/>
        <source>Ja</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="30"/>
        <source>Ja, stoppen</source>
        <translation>Evet, bitir</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="31"/>
        <source>Toets J</source>
        <translation>Tuş J</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="32"/>
        <source>Nee</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="34"/>
        <source>Nee, verder oefenen</source>
        <translation>Hayır, alıştırmaya devam et</translation>
    </message>
    <message>
        <location filename="../practice/leave_question.py" line="35"/>
        <source>Toets N of Esc</source>
        <translation>Tuş N veya Esc</translation>
    </message>
</context>
<context>
    <name>LengthPage</name>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="80"/>
        <source>{n} minuten</source>
        <translation>{n} dakika</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="85"/>
        <source>Andere leerling</source>
        <translation>Başka öğrenci</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="95"/>
        <source>Hoe lang oefenen jullie?</source>
        <translation>Ne kadar süre alıştırma yapacaksınız?</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="125"/>
        <source>Samen oefenen met {name}</source>
        <translation>{name} ile birlikte alıştırma</translation>
    </message>
    <message>
        <location filename="../staff/buddy/start_pages.py" line="130"/>
        <source>Notitie van de vorige keer ({date}, {buddy}):</source>
        <translation>Geçen seferin notu ({date}, {buddy}):</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../speaking/level_meter.py" line="24"/>
        <source>Zo hard hoor ik je</source>
        <translation>Sesini bu kadar duyuyorum</translation>
    </message>
</context>
<context>
    <name>ListenPanel</name>
    <message>
        <location filename="../meetings/player_parts.py" line="107"/>
        <source>Alleen luisteren</source>
        <translation>Sadece dinle</translation>
    </message>
    <message>
        <location filename="../meetings/player_parts.py" line="108"/>
        <source>Alleen luisteren. De tekst is uit.</source>
        <translation>Sadece dinle. Yazı kapalı.</translation>
    </message>
</context>
<context>
    <name>ListenedPage</name>
    <message>
        <location filename="../meetings/end_page.py" line="22"/>
        <source>Klaar</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="26"/>
        <source>Goed geluisterd! Praat met een collega: wat was belangrijk? Wie doet wat?</source>
        <translation>İyi dinledin! Bir iş arkadaşınla konuş: Ne önemliydi? Kim ne yapacak?</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="30"/>
        <source>Nog een keer luisteren</source>
        <translation>Bir daha dinle</translation>
    </message>
    <message>
        <location filename="../meetings/end_page.py" line="32"/>
        <source>Naar de vergaderingen</source>
        <translation>Toplantılara git</translation>
    </message>
</context>
<context>
    <name>MainPointsView</name>
    <message>
        <location filename="../meetings/main_points_view.py" line="25"/>
        <source>Wat waren de hoofdpunten?</source>
        <translation>Ana noktalar neydi?</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="26"/>
        <source>Kies alles wat klopt. Toetsen 1 tot 9, dan Enter.</source>
        <translation>Doğru olanların hepsini seç. Tuş 1-9, sonra Enter.</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="28"/>
        <source>Controleer</source>
        <translation>Kontrol et</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="70"/>
        <source>Goed!</source>
        <translation>Doğru!</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="70"/>
        <source>Nog niet helemaal</source>
        <translation>Henüz tam değil</translation>
    </message>
    <message>
        <location filename="../meetings/main_points_view.py" line="71"/>
        <source>{hits} van de {total} hoofdpunten gevonden. Groen zijn de hoofdpunten.</source>
        <translation>{total} ana noktadan {hits} tanesini buldun. Ana noktalar yeşil.</translation>
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
        <translation>Biraz bekle. Vaktaal hazırlanıyor…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70"/>
        <source>Melding</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="57"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="58"/>
        <source>Eigen stem opnemen</source>
        <translation>Kendi sesini kaydet</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="59"/>
        <source>Pakket maken</source>
        <translation>Paket oluştur</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="60"/>
        <source>Spraakmodel</source>
        <translation>Konuşma modeli</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="66"/>
        <source>Pakketten</source>
        <translation>Paketler</translation>
    </message>
    <message>
        <location filename="../other_pages.py" line="46"/>
        <source>Pakketten bekijken</source>
        <translation>Paketlere bak</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../meetings/meeting_editor.py" line="71"/>
        <location filename="../meetings/meeting_editor.py" line="121"/>
        <source>Vergadering maken</source>
        <translation>Toplantı oluştur</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="81"/>
        <source>Opname omzetten…</source>
        <translation>Ses kaydını yazıya çevir…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="82"/>
        <source>Ondertitels opslaan…</source>
        <translation>Altyazıyı kaydet…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="83"/>
        <source>Opslaan…</source>
        <translation>Kaydet…</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="84"/>
        <source>In het pakket zetten</source>
        <translation>Pakete koy</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="87"/>
        <source>Stoppen</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="90"/>
        <source>Omzetten: %p %</source>
        <translation>Çevriliyor: %p %</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="142"/>
        <source>Opname kiezen</source>
        <translation>Ses kaydı seç</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="142"/>
        <source>Opnames (*.wav *.mp3)</source>
        <translation>Ses kayıtları (*.wav *.mp3)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="161"/>
        <source>{count} zinnen gevonden. Verbeter de tekst en geef de sprekers namen.</source>
        <translation>Bulunan cümle: {count}. Metni düzeltin ve konuşmacılara ad verin.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="166"/>
        <source>Omzetten niet gelukt</source>
        <translation>Çevirme olmadı</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="170"/>
        <source>Gestopt. Er is niets veranderd.</source>
        <translation>Durduruldu. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="186"/>
        <source>Vergadering opslaan</source>
        <translation>Toplantıyı kaydet</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="186"/>
        <source>Vergadering (*.toml)</source>
        <translation>Toplantı (*.toml)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="196"/>
        <location filename="../meetings/meeting_editor.py" line="201"/>
        <source>Niet opgeslagen</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="207"/>
        <source>Opgeslagen in {path}.</source>
        <translation>{path} içine kaydedildi.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="216"/>
        <location filename="../meetings/meeting_editor.py" line="221"/>
        <source>Nog niet klaar</source>
        <translation>Henüz hazır değil</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="224"/>
        <source>De vergadering staat in het pakket. Sla het pakket op.</source>
        <translation>Toplantı pakette. Paketi kaydedin.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="231"/>
        <source>Ondertitels opslaan</source>
        <translation>Altyazıyı kaydet</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="232"/>
        <source>Ondertitels (*.srt *.vtt)</source>
        <translation>Altyazılar (*.srt *.vtt)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="242"/>
        <location filename="../meetings/meeting_editor.py" line="247"/>
        <source>Geen ondertitels</source>
        <translation>Altyazı yok</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="251"/>
        <source>Ondertitels opgeslagen in {path}.</source>
        <translation>Altyazı {path} içine kaydedildi.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_editor.py" line="271"/>
        <source>Het bestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>Dosya kaydedilemedi. Başka bir klasör seçin.</translation>
    </message>
</context>
<context>
    <name>MeetingExercises</name>
    <message>
        <location filename="../meetings/exercises.py" line="137"/>
        <source>Oefening {n} van {total}</source>
        <translation>Alıştırma {n} / {total}</translation>
    </message>
</context>
<context>
    <name>MeetingFlow</name>
    <message>
        <location filename="../meetings/meeting_flow.py" line="131"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>Bir sorun oldu. Yaptıkların saklandı. Vaktaal&apos;ı yeniden başlat.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../meetings/meeting_form.py" line="32"/>
        <source>Waar en wanneer? Bv. dagstart om 8:00</source>
        <translation>Nerede ve ne zaman? Örn. 8:00 sabah toplantısı</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="35"/>
        <source>Trefwoorden (a, b; c)</source>
        <translation>Anahtar kelimeler (a, b; c)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="38"/>
        <location filename="../meetings/meeting_form.py" line="56"/>
        <location filename="../meetings/meeting_form.py" line="64"/>
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="39"/>
        <source>Naam</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="40"/>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="41"/>
        <source>Stem</source>
        <translation>Ses</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="43"/>
        <location filename="../meetings/meeting_form.py" line="47"/>
        <source>Spreker</source>
        <translation>Konuşmacı</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="48"/>
        <source>Tekst</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="49"/>
        <source>Begin (s)</source>
        <translation>Başlangıç (sn)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="50"/>
        <source>Eind (s)</source>
        <translation>Bitiş (sn)</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="52"/>
        <source>Zin</source>
        <translation>Cümle</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="57"/>
        <location filename="../meetings/meeting_form.py" line="60"/>
        <source>Hoofdpunt</source>
        <translation>Ana nokta</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="65"/>
        <source>Wie</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="66"/>
        <source>Wat</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="67"/>
        <source>Wanneer</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="70"/>
        <source>Actiepunt</source>
        <translation>Görev</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="76"/>
        <source>Sprekers</source>
        <translation>Konuşmacılar</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="77"/>
        <source>Zinnen</source>
        <translation>Cümleler</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="78"/>
        <source>Hoofdpunten</source>
        <translation>Ana noktalar</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="79"/>
        <source>Actiepunten</source>
        <translation>Görevler</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="82"/>
        <source>Titel</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="83"/>
        <source>Situatie</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_form.py" line="161"/>
        <source>&apos;{value}&apos; is geen tijd. Schrijf seconden, bv. 12.5, of laat het leeg.</source>
        <translation>&apos;{value}&apos; bir zaman değil. Saniye yazın, örn. 12.5, veya boş bırakın.</translation>
    </message>
</context>
<context>
    <name>MeetingListPage</name>
    <message>
        <location filename="../meetings/meeting_list.py" line="52"/>
        <location filename="../meetings/meeting_list.py" line="79"/>
        <source>Vergaderingen</source>
        <translation>Toplantılar</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="56"/>
        <source>Er zijn nog geen vergaderingen. Vraag je begeleider.</source>
        <translation>Henüz toplantı yok. Rehberine sor.</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="58"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../meetings/meeting_list.py" line="61"/>
        <source>Luisteren</source>
        <translation>Dinle</translation>
    </message>
</context>
<context>
    <name>MeetingPlayer</name>
    <message>
        <location filename="../meetings/player.py" line="77"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="78"/>
        <source>Vorige</source>
        <translation>Önceki</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="79"/>
        <location filename="../meetings/player.py" line="239"/>
        <source>Afspelen</source>
        <translation>Oynat</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="84"/>
        <source>Volgende</source>
        <translation>Sonraki</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="85"/>
        <source>Langzamer</source>
        <translation>Daha yavaş</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="86"/>
        <source>Sneller</source>
        <translation>Daha hızlı</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="87"/>
        <location filename="../meetings/player.py" line="248"/>
        <source>Tekst uit</source>
        <translation>Yazıyı kapat</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="88"/>
        <source>Klaar met luisteren</source>
        <translation>Dinlemeyi bitir</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="230"/>
        <source>Einde</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="233"/>
        <source>Zin {n} van {total}</source>
        <translation>Cümle {n} / {total}</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="239"/>
        <source>Pauze</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="247"/>
        <source>Snelheid {speed}</source>
        <translation>Hız {speed}</translation>
    </message>
    <message>
        <location filename="../meetings/player.py" line="248"/>
        <source>Tekst aan</source>
        <translation>Yazıyı aç</translation>
    </message>
</context>
<context>
    <name>Microphone</name>
    <message>
        <location filename="../speaking/capture.py" line="40"/>
        <source>Er is geen microfoon gevonden. Sluit een microfoon of headset aan.</source>
        <translation>Mikrofon bulunamadı. Bir mikrofon veya kulaklık takın.</translation>
    </message>
    <message>
        <location filename="../speaking/capture.py" line="46"/>
        <source>De microfoon mag niet gebruikt worden. Vraag IT om toestemming te geven.</source>
        <translation>Mikrofon kullanılamıyor. BT bölümünden izin isteyin.</translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="54"/>
        <source>Begeleider (coach)</source>
        <translation>Rehber (koç)</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="59"/>
        <location filename="../profiles/new_learner_dialog.py" line="101"/>
        <source>Nieuw profiel</source>
        <translation>Yeni profil</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="62"/>
        <location filename="../profiles/new_learner_dialog.py" line="117"/>
        <source>Je naam</source>
        <translation>Adın</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="66"/>
        <source>Pincode</source>
        <translation>PIN kodu</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="67"/>
        <source>Pincode nog een keer</source>
        <translation>PIN kodu bir daha</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="71"/>
        <source>Melding</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="72"/>
        <source>Profiel maken</source>
        <translation>Profil oluştur</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="76"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="97"/>
        <source>Persoon</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="118"/>
        <location filename="../profiles/new_learner_dialog.py" line="182"/>
        <source>Jouw taal</source>
        <translation>Senin dilin</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="119"/>
        <source>Kies een plaatje</source>
        <translation>Bir resim seç</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="120"/>
        <source>Pincode (hoeft niet)</source>
        <translation>PIN kodu (zorunlu değil)</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="139"/>
        <source>Nog een keer</source>
        <translation>Bir daha</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="198"/>
        <source>Typ je naam.</source>
        <translation>Adını yaz.</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="199"/>
        <source>Een pincode heeft 4 cijfers.</source>
        <translation>PIN kodu 4 rakamdır.</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="200"/>
        <source>Typ de pincode nog een keer.</source>
        <translation>PIN kodunu bir daha yaz.</translation>
    </message>
    <message>
        <location filename="../profiles/new_learner_dialog.py" line="201"/>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>İki PIN kodu aynı değil.</translation>
    </message>
</context>
<context>
    <name>NoSoundNote</name>
    <message>
        <location filename="../no_sound_note.py" line="42"/>
        <source>Geen geluid op deze pc</source>
        <translation>Bu bilgisayarda ses yok</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <location filename="../profiles/picker_page.py" line="30"/>
        <source>Wie ben jij?</source>
        <translation>Sen kimsin?</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="32"/>
        <source>Uitleg</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="34"/>
        <source>Profielen</source>
        <translation>Profiller</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="36"/>
        <source>Nieuw profiel</source>
        <translation>Yeni profil</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="45"/>
        <source>Hallo</source>
        <translation>Merhaba</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="67"/>
        <source>Kies je naam.</source>
        <translation>Adını seç.</translation>
    </message>
    <message>
        <location filename="../profiles/picker_page.py" line="70"/>
        <source>Hier is nog niemand. Maak eerst je profiel.</source>
        <translation>Burada henüz kimse yok. Önce profilini oluştur.</translation>
    </message>
</context>
<context>
    <name>PictogramPicker</name>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="66"/>
        <source>Pictogram kiezen</source>
        <translation>Piktogram seç</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="74"/>
        <source>Even geduld: de pictogrammen worden geladen…</source>
        <translation>Biraz bekleyin: piktogramlar yükleniyor…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="83"/>
        <source>Zoek: een woord in het Nederlands of Engels</source>
        <translation>Ara: Felemenkçe veya İngilizce bir kelime</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="84"/>
        <source>Zoek een pictogram</source>
        <translation>Bir piktogram ara</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="92"/>
        <source>Gevonden pictogrammen</source>
        <translation>Bulunan piktogramlar</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="101"/>
        <source>Foto: vierkant uit het midden</source>
        <translation>Fotoğraf: ortadan kare</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="102"/>
        <source>Foto: de hele foto</source>
        <translation>Fotoğraf: fotoğrafın tamamı</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="103"/>
        <source>Hoe de foto wordt uitgesneden</source>
        <translation>Fotoğraf nasıl kırpılsın</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="104"/>
        <source>Kiezen</source>
        <translation>Seç</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="105"/>
        <source>Eigen foto…</source>
        <translation>Kendi fotoğrafın…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="106"/>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="139"/>
        <source>De pictogrammen konden niet geladen worden. Kies een foto.</source>
        <translation>Piktogramlar yüklenemedi. Bir fotoğraf seçin.</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="150"/>
        <source>Niets gevonden. Probeer een ander woord.</source>
        <translation>Hiçbir şey bulunamadı. Başka bir kelime deneyin.</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="173"/>
        <source>Eigen foto kiezen</source>
        <translation>Kendi fotoğrafını seç</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="174"/>
        <source>Foto&apos;s (*.jpg *.jpeg *.png *.webp *.heic *.bmp *.gif *.tif *.tiff)</source>
        <translation>Fotoğraflar (*.jpg *.jpeg *.png *.webp *.heic *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="182"/>
        <source>Even geduld: de foto wordt klaargemaakt…</source>
        <translation>Biraz bekleyin: fotoğraf hazırlanıyor…</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="196"/>
        <source>Eigen foto</source>
        <translation>Kendi fotoğrafın</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="198"/>
        <source>Eigen foto ({w} × {h})</source>
        <translation>Kendi fotoğrafın ({w} × {h})</translation>
    </message>
    <message>
        <location filename="../authoring/pictogram_picker.py" line="217"/>
        <source>Deze foto kan niet gelezen worden. Kies een andere foto.</source>
        <translation>Bu fotoğraf okunamıyor. Başka bir fotoğraf seçin.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../profiles/pin_dialog.py" line="43"/>
        <source>Pincode</source>
        <translation>PIN kodu</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="51"/>
        <source>Melding</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="52"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="69"/>
        <source>Hallo {name}</source>
        <translation>Merhaba {name}</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="70"/>
        <source>Typ je pincode.</source>
        <translation>PIN kodunu yaz.</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="119"/>
        <source>Verkeerde pincode. Probeer opnieuw.</source>
        <translation>Yanlış PIN kodu. Tekrar dene.</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="125"/>
        <source>Te vaak fout. Wacht 1 minuut.</source>
        <translation>Çok fazla yanlış. 1 dakika bekle.</translation>
    </message>
    <message>
        <location filename="../profiles/pin_dialog.py" line="133"/>
        <source>{typed} van {total} cijfers getypt</source>
        <translation>{typed} / {total} rakam yazıldı</translation>
    </message>
</context>
<context>
    <name>PinPair</name>
    <message>
        <location filename="../staff/learners/form_parts.py" line="130"/>
        <source>Pincode</source>
        <translation>PIN kodu</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="131"/>
        <source>Pincode nog een keer</source>
        <translation>PIN kodu bir daha</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="136"/>
        <source>Nog een keer</source>
        <translation>Bir daha</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="144"/>
        <source>Typ een naam.</source>
        <translation>Bir ad yaz.</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="145"/>
        <source>Een pincode heeft 4 cijfers.</source>
        <translation>PIN kodu 4 rakamdır.</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="146"/>
        <source>Typ de pincode nog een keer.</source>
        <translation>PIN kodunu bir daha yaz.</translation>
    </message>
    <message>
        <location filename="../staff/learners/form_parts.py" line="147"/>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>İki PIN kodu aynı değil.</translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="20"/>
        <source>Nieuwe pincode voor {name}</source>
        <translation>{name} için yeni PIN kodu</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="21"/>
        <source>Opslaan</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="23"/>
        <source>Geen pincode</source>
        <translation>PIN kodu yok</translation>
    </message>
    <message>
        <location filename="../staff/learners/pin_reset_dialog.py" line="25"/>
        <source>Nieuwe pincode</source>
        <translation>Yeni PIN kodu</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../practice/practice_page.py" line="129"/>
        <source>Stoppen</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="130"/>
        <source>Toets Esc</source>
        <translation>Tuş Esc</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="207"/>
        <source>{n} van {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <location filename="../practice/practice_page.py" line="211"/>
        <source>Voortgang: {text}</source>
        <translation>İlerleme: {text}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../authoring/print_dialog.py" line="70"/>
        <location filename="../authoring/print_dialog.py" line="85"/>
        <source>Afdrukken</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="77"/>
        <source>Het pakket wordt gelezen...</source>
        <translation>Paket okunuyor...</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="84"/>
        <source>Printer</source>
        <translation>Yazıcı</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="86"/>
        <source>Woordkaartjes</source>
        <translation>Kelime kartları</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="86"/>
        <source>Handboek vaktermen</source>
        <translation>Meslek terimleri el kitabı</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="87"/>
        <source>Wat</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="92"/>
        <source>Groot: 8 op een A4</source>
        <translation>Büyük: bir A4 kâğıda 8</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="93"/>
        <source>Klein: 24 op een A4</source>
        <translation>Küçük: bir A4 kâğıda 24</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="95"/>
        <source>Formaat</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="96"/>
        <source>Geen vertaling</source>
        <translation>Çeviri yok</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="97"/>
        <source>Vertaling</source>
        <translation>Çeviri</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="98"/>
        <source>Van A tot Z</source>
        <translation>A&apos;dan Z&apos;ye</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="98"/>
        <source>Per onderwerp</source>
        <translation>Konuya göre</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="99"/>
        <source>Volgorde</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="103"/>
        <source>&amp;Opslaan als PDF</source>
        <translation>PDF olarak &amp;kaydet</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="106"/>
        <source>&amp;Printen</source>
        <translation>&amp;Yazdır</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="107"/>
        <source>Sluiten</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="182"/>
        <source>Afdrukken: {title}</source>
        <translation>Yazdır: {title}</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="188"/>
        <source>Kies wat je wilt afdrukken.</source>
        <translation>Ne yazdırmak istediğini seç.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="205"/>
        <source>Opslaan als PDF</source>
        <translation>PDF olarak kaydet</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="215"/>
        <source>Bezig met de PDF...</source>
        <translation>PDF hazırlanıyor...</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="229"/>
        <source>Opgeslagen: {file} ({pages} pagina&apos;s)</source>
        <translation>Kaydedildi: {file} ({pages} sayfa)</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="245"/>
        <source>Naar de printer gestuurd ({pages} pagina&apos;s).</source>
        <translation>Yazıcıya gönderildi ({pages} sayfa).</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="260"/>
        <source>Dit pakket bestaat niet meer.</source>
        <translation>Bu paket artık yok.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="264"/>
        <source>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>Disk dolu. Yer açın ve tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="266"/>
        <source>Hier mag Vaktaal niet opslaan. Kies een andere map.</source>
        <translation>Vaktaal buraya kaydedemez. Başka bir klasör seçin.</translation>
    </message>
    <message>
        <location filename="../authoring/print_dialog.py" line="267"/>
        <source>Afdrukken lukte niet. Probeer het opnieuw of vraag IT.</source>
        <translation>Yazdırma olmadı. Tekrar deneyin veya BT bölümüne sorun.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../home/progress_page.py" line="40"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="54"/>
        <source>Grafiek</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="58"/>
        <source>Jouw voortgang</source>
        <translation>Senin ilerlemen</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="82"/>
        <source>Boom</source>
        <translation>Ağaç</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="94"/>
        <source>Woorden geleerd</source>
        <translation>Öğrenilen kelimeler</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="97"/>
        <source>Antwoorden per dag</source>
        <translation>Günlük cevaplar</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="135"/>
        <source>Je hebt nog geen pakketten.</source>
        <translation>Henüz paketin yok.</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="138"/>
        <source>{learned} van {total} woorden geleerd</source>
        <translation>{total} kelimeden {learned} tanesi öğrenildi</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="150"/>
        <source>Vergaderingen geoefend: {n}</source>
        <translation>Çalışılan toplantılar: {n}</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="162"/>
        <source>Woorden</source>
        <translation>Kelimeler</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="163"/>
        <source>Woorden van {deck}</source>
        <translation>{deck} kelimeleri</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="172"/>
        <source>Je hebt de laatste {days} dagen nog niet geoefend.</source>
        <translation>Son {days} gündür alıştırma yapmadın.</translation>
    </message>
    <message>
        <location filename="../home/progress_page.py" line="178"/>
        <source>Geoefend op {practised} van de {days} dagen. Antwoorden: {total}.
Vandaag: {today} (de groene balk).</source>
        <translation>{days} günün {practised} gününde alıştırma yaptın. Cevaplar: {total}.
Bugün: {today} (yeşil çubuk).</translation>
    </message>
</context>
<context>
    <name>RecallView</name>
    <message>
        <location filename="../practice/recall_view.py" line="49"/>
        <source>Nieuw woord</source>
        <translation>Yeni kelime</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="52"/>
        <source>Laat zien</source>
        <translation>Göster</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="69"/>
        <source>Nog eens</source>
        <translation>Bir daha</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="70"/>
        <source>Moeilijk</source>
        <translation>Zor</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="71"/>
        <source>Goed</source>
        <translation>Doğru</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="72"/>
        <source>Makkelijk</source>
        <translation>Kolay</translation>
    </message>
    <message>
        <location filename="../practice/recall_view.py" line="79"/>
        <source>Toets {key}</source>
        <translation>Tuş {key}</translation>
    </message>
</context>
<context>
    <name>RecordingBadge</name>
    <message>
        <location filename="../meetings/player_parts.py" line="128"/>
        <source>Echte opname</source>
        <translation>Gerçek ses kaydı</translation>
    </message>
</context>
<context>
    <name>RecordingFlow</name>
    <message>
        <location filename="../recording/recording_flow.py" line="39"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.</source>
        <translation>Bir sorun oldu. Yaptıkların saklandı. Vaktaal&apos;ı yeniden başlat.</translation>
    </message>
    <message>
        <location filename="../recording/recording_flow.py" line="69"/>
        <source>Dat lukte niet. Er is niets veranderd. Probeer het nog eens.</source>
        <translation>Bu olmadı. Hiçbir şey değişmedi. Tekrar dene.</translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <location filename="../recording/recording_page.py" line="67"/>
        <source>Eigen stem opnemen</source>
        <translation>Kendi sesini kaydet</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="71"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="72"/>
        <source>Spatie = opnemen · L = luister · B = bewaren</source>
        <translation>Boşluk = kaydet · L = dinle · B = sakla</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="105"/>
        <source>Ik hoor je…</source>
        <translation>Seni duyuyorum…</translation>
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
        <translation>Saklandı. Öğrenciler artık senin sesini duyar.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="131"/>
        <source>Verwijderd. Leerlingen horen weer de gewone stem.</source>
        <translation>Silindi. Öğrenciler yine normal sesi duyar.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="160"/>
        <source>Zeg het woord.</source>
        <translation>Kelimeyi söyle.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="173"/>
        <source>Er is geen luidspreker. Sluit er een aan.</source>
        <translation>Hoparlör yok. Bir hoparlör takın.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="177"/>
        <source>Er is nu geen geluid.</source>
        <translation>Şu anda ses yok.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="187"/>
        <source>Even bewaren…</source>
        <translation>Saklanıyor…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="201"/>
        <source>Druk nog een keer om de opname te verwijderen.</source>
        <translation>Kaydı silmek için bir daha bas.</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="205"/>
        <source>Even verwijderen…</source>
        <translation>Siliniyor…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="227"/>
        <source>Even luisteren…</source>
        <translation>Dinleniyor…</translation>
    </message>
    <message>
        <location filename="../recording/recording_page.py" line="231"/>
        <source>Goed. Luister, of bewaar de opname.</source>
        <translation>İyi. Dinle veya kaydı sakla.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../staff/report_dialog.py" line="61"/>
        <location filename="../staff/report_dialog.py" line="79"/>
        <source>Rapport maken</source>
        <translation>Rapor oluştur</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="71"/>
        <source>De namen worden gelezen...</source>
        <translation>Adlar okunuyor...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="78"/>
        <source>Rapport</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="80"/>
        <source>Wie</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="81"/>
        <source>Alle leerlingen</source>
        <translation>Bütün öğrenciler</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="83"/>
        <source>Van</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="84"/>
        <source>Tot en met</source>
        <translation>Bitiş (dahil)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="85"/>
        <source>Bestand</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="86"/>
        <source>PDF (om te printen)</source>
        <translation>PDF (yazdırmak için)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="86"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="87"/>
        <source>CSV (tekst voor Excel)</source>
        <translation>CSV (Excel için metin)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="91"/>
        <source>&amp;Opslaan...</source>
        <translation>&amp;Kaydet...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="94"/>
        <source>Sluiten</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="148"/>
        <source>Kies wie, welke periode en welk bestand.</source>
        <translation>Kimi, hangi dönemi ve hangi dosyayı istediğini seç.</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="167"/>
        <source>Rapport opslaan</source>
        <translation>Raporu kaydet</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="178"/>
        <source>Bezig met de cijfers...</source>
        <translation>Rakamlar hesaplanıyor...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="191"/>
        <source>Bezig met het rapport...</source>
        <translation>Rapor hazırlanıyor...</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="199"/>
        <source>Opgeslagen: {file} ({pages} pagina&apos;s)</source>
        <translation>Kaydedildi: {file} ({pages} sayfa)</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="201"/>
        <source>Opgeslagen: {file}</source>
        <translation>Kaydedildi: {file}</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="213"/>
        <source>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>Disk dolu. Yer açın ve tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="215"/>
        <source>Hier mag Vaktaal niet opslaan. Kies een andere map.</source>
        <translation>Vaktaal buraya kaydedemez. Başka bir klasör seçin.</translation>
    </message>
    <message>
        <location filename="../staff/report_dialog.py" line="216"/>
        <source>Het rapport lukte niet. Probeer het opnieuw of vraag IT.</source>
        <translation>Rapor oluşturulamadı. Tekrar deneyin veya BT bölümüne sorun.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../restore_dialog.py" line="57"/>
        <location filename="../restore_dialog.py" line="62"/>
        <source>De gegevens zijn kapot</source>
        <translation>Veriler bozuk</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="61"/>
        <source>Kapot</source>
        <translation>Bozuk</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="66"/>
        <source>Niet nu</source>
        <translation>Şimdi değil</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="66"/>
        <source>Sluiten</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="78"/>
        <source>Terugzetten van {date}</source>
        <translation>{date} tarihli yedeği geri yükle</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="84"/>
        <location filename="../restore_dialog.py" line="89"/>
        <source>Vaktaal kan de gegevens niet lezen.</source>
        <translation>Vaktaal verileri okuyamıyor.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="85"/>
        <source>Er is geen reservekopie. Vraag hulp aan IT.</source>
        <translation>Yedek yok. BT&apos;den yardım iste.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="86"/>
        <source>Voor IT: vaktaal db restore</source>
        <translation>BT için: vaktaal db restore</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="90"/>
        <source>Er is een reservekopie van {date}.</source>
        <translation>{date} tarihli bir yedek var.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="91"/>
        <source>Wat na die tijd is geoefend, is weg.</source>
        <translation>O zamandan sonra yapılan alıştırmalar kaybolur.</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="118"/>
        <location filename="../restore_dialog.py" line="122"/>
        <source>Bezig met terugzetten…</source>
        <translation>Geri yükleniyor…</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="136"/>
        <source>Probleem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <location filename="../restore_dialog.py" line="137"/>
        <source>Terugzetten lukte niet. Vraag hulp aan IT.</source>
        <translation>Geri yükleme olmadı. BT&apos;den yardım iste.</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../meetings/meeting_tables.py" line="58"/>
        <source>− Weghalen</source>
        <translation>− Kaldır</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <location filename="../practice/server_banner.py" line="26"/>
        <source>Geen verbinding</source>
        <translation>Bağlantı yok</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="27"/>
        <source>De verbinding met de server is weg.</source>
        <translation>Sunucuyla bağlantı koptu.</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="29"/>
        <source>Je kunt verder oefenen; je antwoorden worden bewaard.</source>
        <translation>Alıştırmaya devam edebilirsin; cevapların saklanıyor.</translation>
    </message>
</context>
<context>
    <name>ServerWaitPage</name>
    <message>
        <location filename="../practice/server_banner.py" line="55"/>
        <source>Wachten</source>
        <translation>Bekleniyor</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="56"/>
        <source>Even wachten op de server…</source>
        <translation>Sunucu bekleniyor…</translation>
    </message>
    <message>
        <location filename="../practice/server_banner.py" line="58"/>
        <source>Je antwoorden zijn bewaard. Het gaat zo vanzelf verder.</source>
        <translation>Cevapların saklandı. Birazdan kendiliğinden devam edecek.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="29"/>
        <source>Voorbeeld van het bestand</source>
        <translation>Dosyanın önizlemesi</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="44"/>
        <source>Is:</source>
        <translation>Bu:</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="59"/>
        <source>Kolom {name} is</source>
        <translation>Sütun {name}:</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_preview.py" line="60"/>
        <source>(niet gebruiken)</source>
        <translation>(kullanma)</translation>
    </message>
</context>
<context>
    <name>SoundToggle</name>
    <message>
        <location filename="../home/sound_toggle.py" line="36"/>
        <source>Woorden klinken vanzelf: aan</source>
        <translation>Kelimeler kendiliğinden seslenir: açık</translation>
    </message>
    <message>
        <location filename="../home/sound_toggle.py" line="38"/>
        <source>Woorden klinken vanzelf: uit</source>
        <translation>Kelimeler kendiliğinden seslenir: kapalı</translation>
    </message>
</context>
<context>
    <name>SpeakPanel</name>
    <message>
        <location filename="../speaking/speak_panel.py" line="36"/>
        <source>Zeg het woord.</source>
        <translation>Kelimeyi söyle.</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="38"/>
        <location filename="../speaking/speak_panel.py" line="102"/>
        <source>Spreek</source>
        <translation>Konuş</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="41"/>
        <source>Klik of druk op spatie. Of houd spatie vast.</source>
        <translation>Tıkla veya boşluk tuşuna bas. Ya da boşluk tuşunu basılı tut.</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="43"/>
        <source>Luister naar jezelf</source>
        <translation>Kendini dinle</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="45"/>
        <source>Klik of druk op spatie. Zeg dan het woord.</source>
        <translation>Tıkla veya boşluk tuşuna bas. Sonra kelimeyi söyle.</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="50"/>
        <source>Sla over</source>
        <translation>Geç</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="99"/>
        <source>Stop</source>
        <translation>Dur</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="101"/>
        <source>Nog een keer</source>
        <translation>Bir daha</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="107"/>
        <source>Ik luister…</source>
        <translation>Dinliyorum…</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="108"/>
        <source>Even luisteren…</source>
        <translation>Dinleniyor…</translation>
    </message>
    <message>
        <location filename="../speaking/speak_panel.py" line="118"/>
        <source>Ik hoor je…</source>
        <translation>Seni duyuyorum…</translation>
    </message>
</context>
<context>
    <name>SpeakingView</name>
    <message>
        <location filename="../speaking/speaking_view.py" line="122"/>
        <source>Plaatje</source>
        <translation>Resim</translation>
    </message>
    <message>
        <location filename="../speaking/speaking_view.py" line="270"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>Bu olmadı. Tekrar dene.</translation>
    </message>
</context>
<context>
    <name>SpeechModelPanel</name>
    <message>
        <location filename="../speaking/model_panel.py" line="34"/>
        <source>De andere oefeningen werken gewoon.</source>
        <translation>Diğer alıştırmalar normal çalışıyor.</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="35"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="88"/>
        <source>Spraakherkenning wordt geladen…</source>
        <translation>Konuşma tanıma yükleniyor…</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="88"/>
        <location filename="../speaking/model_panel.py" line="103"/>
        <source>Een ogenblik</source>
        <translation>Bir dakika</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="91"/>
        <source>Spraakherkenning is klaar</source>
        <translation>Konuşma tanıma hazır</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="92"/>
        <source>Je kunt de woorden nu hardop oefenen.</source>
        <translation>Artık kelimeleri sesli çalışabilirsin.</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="95"/>
        <source>Spreken kan nog niet op deze pc</source>
        <translation>Bu bilgisayarda henüz konuşma alıştırması yapılamıyor</translation>
    </message>
    <message>
        <location filename="../speaking/model_panel.py" line="96"/>
        <source>Je begeleider kan dit regelen.</source>
        <translation>Rehberin bunu ayarlayabilir.</translation>
    </message>
</context>
<context>
    <name>SpeechModelStaffPanel</name>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="41"/>
        <source>Spraakmodel (voor de begeleider of IT)</source>
        <translation>Konuşma modeli (rehber veya BT için)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="45"/>
        <source>Vaktaal heeft dit Nederlandse spraakmodel nodig:</source>
        <translation>Vaktaal bu Felemenkçe konuşma modeline ihtiyaç duyuyor:</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="50"/>
        <source>Kies het zip-bestand</source>
        <translation>Zip dosyasını seçin</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="53"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="105"/>
        <source>Bezig met installeren… {p}%</source>
        <translation>Kuruluyor… %{p}</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="116"/>
        <source>Kies het spraakmodel (zip)</source>
        <translation>Konuşma modelini seçin (zip)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="116"/>
        <source>Zip-bestanden (*.zip)</source>
        <translation>Zip dosyaları (*.zip)</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="123"/>
        <source>Het spraakmodel wordt geladen…</source>
        <translation>Konuşma modeli yükleniyor…</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="124"/>
        <source>Het spraakmodel werkt.</source>
        <translation>Konuşma modeli çalışıyor.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="125"/>
        <source>Er is nog geen spraakmodel.</source>
        <translation>Henüz konuşma modeli yok.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="126"/>
        <source>Het spraakmodel werkt niet.</source>
        <translation>Konuşma modeli çalışmıyor.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="127"/>
        <source>Dit spraakmodel is niet Nederlands.</source>
        <translation>Bu konuşma modeli Felemenkçe değil.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="135"/>
        <source>1. Vraag IT om het zip-bestand ({size}), of download het van {site}.</source>
        <translation>1. BT bölümünden zip dosyasını ({size}) isteyin veya {site} adresinden indirin.</translation>
    </message>
    <message>
        <location filename="../speaking/model_staff_panel.py" line="137"/>
        <source>2. Kies het zip-bestand hier, of gebruik deze opdracht:</source>
        <translation>2. Zip dosyasını burada seçin veya şu komutu kullanın:</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFiles</name>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="36"/>
        <source>Bezig met opslaan…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="44"/>
        <source>Opslaan als</source>
        <translation>Farklı kaydet</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="57"/>
        <source>Niet opgeslagen</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_files.py" line="66"/>
        <source>Het bestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>Dosya kaydedilemedi. Başka bir klasör seçin.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="62"/>
        <location filename="../authoring/spreadsheet_dialog.py" line="97"/>
        <source>Termen uit Excel of CSV</source>
        <translation>Excel&apos;den veya CSV&apos;den terimler</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="65"/>
        <source>Kies een bestand (CSV of Excel).</source>
        <translation>Bir dosya seçin (CSV veya Excel).</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="71"/>
        <source>Spreadsheet</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>&amp;Bestand kiezen</source>
        <translation>&amp;Dosya seç</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>&amp;Importeren</source>
        <translation>&amp;İçe aktar</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="73"/>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="77"/>
        <source>Pakket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="79"/>
        <source>Nieuw pakket</source>
        <translation>Yeni paket</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="81"/>
        <location filename="../authoring/spreadsheet_dialog.py" line="82"/>
        <source>Naam van het nieuwe pakket</source>
        <translation>Yeni paketin adı</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="87"/>
        <source>Voorbeeld</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="89"/>
        <source>Zo wordt het</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="90"/>
        <source>Kolommen in het bestand</source>
        <translation>Dosyadaki sütunlar</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="93"/>
        <source>Problemen</source>
        <translation>Sorunlar</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="105"/>
        <source>Pakket:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="139"/>
        <source>Bijwerken: {title}</source>
        <translation>Güncelle: {title}</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="145"/>
        <source>De pakketten in Vaktaal konden niet gelezen worden. Alleen een nieuw pakket kan.</source>
        <translation>Vaktaal&apos;daki paketler okunamadı. Sadece yeni bir paket olabilir.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="153"/>
        <source>Kies een bestand</source>
        <translation>Bir dosya seçin</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="163"/>
        <source>Bezig met lezen…</source>
        <translation>Okunuyor…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="199"/>
        <source>Bezig met controleren…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="221"/>
        <source>Alles is goed. Aantal termen: {n}.</source>
        <translation>Her şey yolunda. Terim sayısı: {n}.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="223"/>
        <source>Klaar om te importeren: {n} termen. Lees wat bij &apos;Let op&apos; staat.</source>
        <translation>İçe aktarmaya hazır: {n} terim. &apos;Dikkat&apos; yazan notları okuyun.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="226"/>
        <source>Aantal problemen: {n}. Verbeter het bestand.</source>
        <translation>Sorun sayısı: {n}. Dosyayı düzeltin.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="234"/>
        <source>Let op: {text}</source>
        <translation>Dikkat: {text}</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="241"/>
        <source>Er ging iets mis. Er is niets veranderd. Probeer het opnieuw.</source>
        <translation>Bir sorun oldu. Hiçbir şey değişmedi. Tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="244"/>
        <source>Zo kan het niet. Kijk bij de problemen.</source>
        <translation>Bu şekilde olmuyor. Sorunlara bakın.</translation>
    </message>
    <message>
        <location filename="../authoring/spreadsheet_dialog.py" line="246"/>
        <source>Dit bestand kan niet gebruikt worden.</source>
        <translation>Bu dosya kullanılamaz.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="23"/>
        <source>Begeleider toevoegen</source>
        <translation>Rehber ekle</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="23"/>
        <source>Toevoegen</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="24"/>
        <location filename="../staff/learners/staff_dialog.py" line="40"/>
        <source>Naam</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="27"/>
        <source>Taalbuddy</source>
        <translation>Dil arkadaşı</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="28"/>
        <source>Coach</source>
        <translation>Koç</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="41"/>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_dialog.py" line="42"/>
        <source>Pincode</source>
        <translation>PIN kodu</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <location filename="../staff/staff_home.py" line="34"/>
        <source>Samen oefenen</source>
        <translation>Birlikte alıştırma yap</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="35"/>
        <source>Overzicht</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="36"/>
        <source>Rapport maken</source>
        <translation>Rapor oluştur</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="37"/>
        <source>Pakketten</source>
        <translation>Paketler</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="38"/>
        <source>Leerlingen beheren</source>
        <translation>Öğrencileri yönet</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="39"/>
        <source>Begeleiders</source>
        <translation>Rehberler</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="40"/>
        <source>Afmelden</source>
        <translation>Çıkış yap</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="60"/>
        <source>Welkom, {name}</source>
        <translation>Hoş geldin, {name}</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="62"/>
        <source>Je bent coach.</source>
        <translation>Sen koçsun.</translation>
    </message>
    <message>
        <location filename="../staff/staff_home.py" line="62"/>
        <source>Je bent taalbuddy.</source>
        <translation>Sen dil arkadaşısın.</translation>
    </message>
</context>
<context>
    <name>StaffLoginDialog</name>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="23"/>
        <location filename="../profiles/staff_login_dialog.py" line="47"/>
        <source>Begeleider</source>
        <translation>Rehber</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="28"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="38"/>
        <source>Alleen voor begeleiders. Kies je naam.</source>
        <translation>Sadece rehberler için. Adını seç.</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="39"/>
        <source>Alleen voor begeleiders. Er is nog geen begeleider.</source>
        <translation>Sadece rehberler için. Henüz rehber yok.</translation>
    </message>
    <message>
        <location filename="../profiles/staff_login_dialog.py" line="43"/>
        <source>Slot</source>
        <translation>Kilit</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../staff/learners/staff_page.py" line="27"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="29"/>
        <source>Begeleider toevoegen</source>
        <translation>Rehber ekle</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="32"/>
        <source>Melding</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="43"/>
        <source>Begeleiders</source>
        <translation>Rehberler</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="75"/>
        <source>Coach</source>
        <translation>Koç</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="75"/>
        <source>Taalbuddy</source>
        <translation>Dil arkadaşı</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="78"/>
        <source>Dit ben jij. Jezelf verwijderen kan niet.</source>
        <translation>Bu sensin. Kendini silemezsin.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="80"/>
        <source>De enige coach. Die blijft.</source>
        <translation>Tek koç bu. Silinemez.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="83"/>
        <source>Pincode wijzigen</source>
        <translation>PIN kodunu değiştir</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_page.py" line="84"/>
        <source>Verwijderen</source>
        <translation>Sil</translation>
    </message>
</context>
<context>
    <name>StaffProfilesFlow</name>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="55"/>
        <source>{name} is toegevoegd.</source>
        <translation>{name} eklendi.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="65"/>
        <source>{name} heeft een nieuwe pincode.</source>
        <translation>{name} için yeni bir PIN kodu var.</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="71"/>
        <source>het profiel van {name}</source>
        <translation>profil: {name}</translation>
    </message>
    <message>
        <location filename="../staff/learners/staff_profiles_flow.py" line="76"/>
        <source>{name} is verwijderd.</source>
        <translation>{name} silindi.</translation>
    </message>
</context>
<context>
    <name>StaffRow</name>
    <message>
        <location filename="../profiles/staff_row.py" line="39"/>
        <source>Begeleiders</source>
        <translation>Rehberler</translation>
    </message>
    <message>
        <location filename="../profiles/staff_row.py" line="78"/>
        <source>{name}, begeleider</source>
        <translation>{name}, rehber</translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="58"/>
        <source>Naam</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="59"/>
        <source>Laatst
geoefend</source>
        <translation>Son
alıştırma</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="60"/>
        <source>Dagen
op rij</source>
        <translation>Üst üste
gün</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="61"/>
        <source>Geleerd</source>
        <translation>Öğrenilen</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="62"/>
        <source>Te
herhalen</source>
        <translation>Tekrar
edilecek</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="63"/>
        <source>Onthouden</source>
        <translation>Hatırlama</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="64"/>
        <source>Moet je
weten</source>
        <translation>Bilmen
gereken</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="65"/>
        <source>Met
buddy</source>
        <translation>Dil
arkadaşıyla</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="66"/>
        <source>Spreken
eens</source>
        <translation>Konuşma
uyumu</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="71"/>
        <source>Dagen achter elkaar geoefend, tot vandaag</source>
        <translation>Bugüne kadar üst üste alıştırma yapılan günler</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="72"/>
        <source>Woorden geleerd: op 2 dagen goed, laatste antwoord goed</source>
        <translation>Öğrenilen kelimeler: 2 farklı günde doğru, son cevap doğru</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="73"/>
        <source>Kaarten die nu herhaald moeten worden</source>
        <translation>Şimdi tekrar edilmesi gereken kartlar</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="74"/>
        <source>Laatste 30 dagen: deel goede antwoorden (zonder eerste keer)</source>
        <translation>Son 30 gün: doğru cevapların oranı (ilk seferler hariç)</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="77"/>
        <source>Veiligheidswoorden die de leerling kent, van alle</source>
        <translation>Öğrencinin bildiği güvenlik kelimeleri (hepsinin içinden)</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="78"/>
        <source>Sessies met een taalbuddy deze maand</source>
        <translation>Bu ay dil arkadaşıyla yapılan oturumlar</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="79"/>
        <source>Hoe vaak computer en buddy het eens waren over spreken</source>
        <translation>Konuşmada bilgisayar ile dil arkadaşı ne sıklıkla aynı fikirdeydi</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="198"/>
        <source>{learned} van {terms} geleerd</source>
        <translation>{learned} / {terms} öğrenildi</translation>
    </message>
    <message>
        <location filename="../staff/dashboard/standings_model.py" line="202"/>
        <source>{due} te herhalen</source>
        <translation>{due} tekrar edilecek</translation>
    </message>
</context>
<context>
    <name>Subtitles</name>
    <message>
        <location filename="../meetings/player_parts.py" line="74"/>
        <source>Tekst van de vergadering</source>
        <translation>Toplantının metni</translation>
    </message>
</context>
<context>
    <name>SummaryFeedback</name>
    <message>
        <location filename="../meetings/summary_feedback.py" line="64"/>
        <source>Hoofdpunten</source>
        <translation>Ana noktalar</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="64"/>
        <source>Taken</source>
        <translation>Görevler</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="131"/>
        <source>Verbeter je tekst</source>
        <translation>Metnini düzelt</translation>
    </message>
    <message>
        <location filename="../meetings/summary_feedback.py" line="133"/>
        <source>Ga terug en voeg punten toe</source>
        <translation>Geri dön ve nokta ekle</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../practice/summary_page.py" line="51"/>
        <source>Feest</source>
        <translation>Kutlama</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="52"/>
        <source>Klaar!</source>
        <translation>Bitti!</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="56"/>
        <source>Goed</source>
        <translation>Doğru</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="60"/>
        <source>Bewaard</source>
        <translation>Saklandı</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="61"/>
        <source>Deze woorden oefen je nog een keer:</source>
        <translation>Bu kelimeleri bir daha çalışacaksın:</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="64"/>
        <source>Alles goed. Knap gedaan!</source>
        <translation>Hepsi doğru. Çok iyi!</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="66"/>
        <source>Nog een keer oefenen</source>
        <translation>Bir daha alıştırma yap</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="68"/>
        <source>Naar start</source>
        <translation>Başa dön</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="110"/>
        <source>Woorden om te herhalen</source>
        <translation>Tekrar edilecek kelimeler</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="126"/>
        <source>Je hebt 1 woord geoefend.</source>
        <translation>1 kelime çalıştın.</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="128"/>
        <source>Je hebt {n} woorden geoefend.</source>
        <translation>{n} kelime çalıştın.</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="129"/>
        <source>{m} goed</source>
        <translation>{m} doğru</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="149"/>
        <source>{saved} van {n} antwoorden bewaard</source>
        <translation>{n} cevaptan {saved} tanesi saklandı</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="151"/>
        <source>1 antwoord bewaard</source>
        <translation>1 cevap saklandı</translation>
    </message>
    <message>
        <location filename="../practice/summary_page.py" line="153"/>
        <source>{n} antwoorden bewaard</source>
        <translation>{n} cevap saklandı</translation>
    </message>
</context>
<context>
    <name>SummarySpeech</name>
    <message>
        <location filename="../meetings/summary_speech.py" line="32"/>
        <source>De spraakherkenning voor Nederlands is er nog niet.</source>
        <translation>Felemenkçe için konuşma tanıma henüz yok.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../meetings/summary_view.py" line="75"/>
        <source>Vat de vergadering samen</source>
        <translation>Toplantıyı özetle</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="76"/>
        <source>Schrijf of zeg: wat zijn de hoofdpunten, wie doet wat?</source>
        <translation>Yaz veya söyle: Ana noktalar ne? Kim ne yapacak?</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="89"/>
        <source>Samenvatting</source>
        <translation>Özet</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="90"/>
        <source>Typ hier je samenvatting.</source>
        <translation>Özetini buraya yaz.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="93"/>
        <location filename="../meetings/summary_view.py" line="150"/>
        <source>Zeg het</source>
        <translation>Söyle</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="94"/>
        <source>Ctrl+R: begin of stop met praten</source>
        <translation>Ctrl+R: konuşmaya başla veya dur</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="98"/>
        <source>Controleer</source>
        <translation>Kontrol et</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="100"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="147"/>
        <source>Ik luister. Klik op Stop als je klaar bent.</source>
        <translation>Dinliyorum. Bitince Dur düğmesine tıkla.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="150"/>
        <source>Stop</source>
        <translation>Dur</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="161"/>
        <source>Ik schrijf op wat je zei...</source>
        <translation>Söylediklerini yazıyorum...</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="169"/>
        <source>Ik heb niets verstaan. Probeer het nog eens.</source>
        <translation>Hiçbir şey anlamadım. Tekrar dene.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="173"/>
        <source>Kijk of de tekst klopt. Verbeter hem als dat nodig is.</source>
        <translation>Metin doğru mu, bak. Gerekirse düzelt.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="180"/>
        <source>Dat lukte niet: {reason} Typ je samenvatting.</source>
        <translation>Bu olmadı: {reason} Özetini yaz.</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="218"/>
        <source>Klaar</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <location filename="../meetings/summary_view.py" line="239"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>Bu olmadı. Tekrar dene.</translation>
    </message>
</context>
<context>
    <name>TakePanel</name>
    <message>
        <location filename="../recording/take_panel.py" line="44"/>
        <source>Melding</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="47"/>
        <location filename="../recording/take_panel.py" line="119"/>
        <source>Opnemen</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="49"/>
        <source>Spatie</source>
        <translation>Boşluk</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="50"/>
        <source>Luister</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="51"/>
        <source>Bewaren</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="52"/>
        <location filename="../recording/take_panel.py" line="99"/>
        <source>Verwijderen</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="83"/>
        <source>Plaatje</source>
        <translation>Resim</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="99"/>
        <source>Echt verwijderen?</source>
        <translation>Gerçekten silinsin mi?</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="109"/>
        <source>Dit pakket heeft geen woorden.</source>
        <translation>Bu pakette kelime yok.</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="111"/>
        <source>Dit woord heeft een eigen opname.</source>
        <translation>Bu kelimenin kendi ses kaydı var.</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="113"/>
        <source>Nog geen eigen opname.</source>
        <translation>Henüz kendi ses kaydı yok.</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="118"/>
        <source>Stop</source>
        <translation>Dur</translation>
    </message>
    <message>
        <location filename="../recording/take_panel.py" line="119"/>
        <source>Nog een keer</source>
        <translation>Bir daha</translation>
    </message>
</context>
<context>
    <name>TakeRecorder</name>
    <message>
        <location filename="../recording/take_recorder.py" line="108"/>
        <source>Dat lukte niet. Probeer het nog eens.</source>
        <translation>Bu olmadı. Tekrar dene.</translation>
    </message>
</context>
<context>
    <name>TermCard</name>
    <message>
        <location filename="../practice/term_card.py" line="94"/>
        <source>Luister</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="96"/>
        <location filename="../practice/term_card.py" line="97"/>
        <source>Let op: veiligheid</source>
        <translation>Dikkat: güvenlik</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="113"/>
        <source>Luister naar de uitleg</source>
        <translation>Açıklamayı dinle</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="118"/>
        <source>Luister naar de zin</source>
        <translation>Cümleyi dinle</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="165"/>
        <source>Welk woord is dit?</source>
        <translation>Bu hangi kelime?</translation>
    </message>
    <message>
        <location filename="../practice/term_card.py" line="171"/>
        <source>Plaatje</source>
        <translation>Resim</translation>
    </message>
</context>
<context>
    <name>TermForm</name>
    <message>
        <location filename="../authoring/term_form.py" line="26"/>
        <source>Term</source>
        <translation>Terim</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="35"/>
        <source>Pictogram kiezen…</source>
        <translation>Piktogram seç…</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="37"/>
        <source>Vertalingen</source>
        <translation>Çeviriler</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="48"/>
        <source>Woord</source>
        <translation>Kelime</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="48"/>
        <source>bijvoorbeeld: heftruck</source>
        <translation>örneğin: heftruck</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="49"/>
        <source>Soort woord</source>
        <translation>Kelime türü</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="51"/>
        <source>Lidwoord</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="51"/>
        <source>(geen)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="53"/>
        <source>Meervoud</source>
        <translation>Çoğul</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="53"/>
        <source>- : geen meervoud</source>
        <translation>- : çoğulu yok</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="54"/>
        <source>Uitleg (eenvoudig Nederlands)</source>
        <translation>Açıklama (basit Felemenkçe)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="55"/>
        <source>Voorbeeldzin</source>
        <translation>Örnek cümle</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="56"/>
        <location filename="../authoring/term_form.py" line="102"/>
        <source>Pictogram</source>
        <translation>Piktogram</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="57"/>
        <source>Hoofdstuk</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="58"/>
        <source>Labels</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="58"/>
        <source>met komma&apos;s ertussen</source>
        <translation>aralarına virgül koyarak</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="59"/>
        <source>Belangrijk voor veiligheid</source>
        <translation>Güvenlik için önemli</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="60"/>
        <source>Geluid (bestand in het pakket)</source>
        <translation>Ses (paketteki dosya)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="61"/>
        <source>Id (vast, voor de voortgang)</source>
        <translation>Kimlik (sabit, ilerleme için)</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="86"/>
        <source>{language}, nog niet gecontroleerd</source>
        <translation>{language}, henüz kontrol edilmedi</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="99"/>
        <source>Nieuwe term</source>
        <translation>Yeni terim</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="110"/>
        <source>zelfstandig naamwoord</source>
        <translation>isim</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="111"/>
        <source>werkwoord</source>
        <translation>fiil</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="112"/>
        <source>bijvoeglijk naamwoord</source>
        <translation>sıfat</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="113"/>
        <source>bijwoord</source>
        <translation>zarf</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="114"/>
        <source>uitdrukking</source>
        <translation>deyim</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="115"/>
        <source>afkorting</source>
        <translation>kısaltma</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="116"/>
        <source>anders</source>
        <translation>diğer</translation>
    </message>
    <message>
        <location filename="../authoring/term_form.py" line="117"/>
        <source>open (nog niet bekend)</source>
        <translation>açık (henüz bilinmiyor)</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <location filename="../authoring/term_list.py" line="26"/>
        <source>Zoeken…</source>
        <translation>Ara…</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="27"/>
        <source>Zoek een term</source>
        <translation>Bir terim ara</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="30"/>
        <source>Welke termen</source>
        <translation>Hangi terimler</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="32"/>
        <source>Termen</source>
        <translation>Terimler</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="56"/>
        <source>Alle termen</source>
        <translation>Bütün terimler</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="57"/>
        <source>Alleen met problemen</source>
        <translation>Sadece sorunlu olanlar</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="59"/>
        <source>Hoofdstuk: {name}</source>
        <translation>Bölüm: {name}</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="85"/>
        <source>(nieuwe term)</source>
        <translation>(yeni terim)</translation>
    </message>
    <message>
        <location filename="../authoring/term_list.py" line="93"/>
        <source>Deze term heeft nog een probleem.</source>
        <translation>Bu terimde hâlâ bir sorun var.</translation>
    </message>
</context>
<context>
    <name>TermVoiceList</name>
    <message>
        <location filename="../recording/term_list.py" line="44"/>
        <source>Woorden</source>
        <translation>Kelimeler</translation>
    </message>
    <message>
        <location filename="../recording/term_list.py" line="69"/>
        <source>eigen opname</source>
        <translation>kendi kaydı</translation>
    </message>
    <message>
        <location filename="../recording/term_list.py" line="69"/>
        <source>geen eigen opname</source>
        <translation>kendi kaydı yok</translation>
    </message>
</context>
<context>
    <name>TextSizeButtons</name>
    <message>
        <location filename="../home/text_size_buttons.py" line="22"/>
        <source>Tekst normaal</source>
        <translation>Normal yazı</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="23"/>
        <source>Tekst groot</source>
        <translation>Büyük yazı</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="24"/>
        <source>Tekst extra groot</source>
        <translation>Çok büyük yazı</translation>
    </message>
    <message>
        <location filename="../home/text_size_buttons.py" line="30"/>
        <source>Tekst</source>
        <translation>Yazı</translation>
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
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="23"/>
        <source>Doel vandaag</source>
        <translation>Bugünkü hedef</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="38"/>
        <source>{done} van {goal} vandaag</source>
        <translation>Bugün: {done} / {goal}</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="40"/>
        <source>{done} van {goal} vandaag. Doel gehaald!</source>
        <translation>Bugün: {done} / {goal}. Hedefe ulaştın!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="49"/>
        <source>Plantje</source>
        <translation>Fide</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="50"/>
        <source>Oefen vandaag. Dan heb je 1 dag op rij!</source>
        <translation>Bugün alıştırma yap. O zaman 1 gün üst üste olur!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="52"/>
        <location filename="../home/today_panel.py" line="55"/>
        <source>Vuur</source>
        <translation>Ateş</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="53"/>
        <source>1 dag op rij. Goed bezig!</source>
        <translation>1 gün üst üste. Aferin!</translation>
    </message>
    <message>
        <location filename="../home/today_panel.py" line="56"/>
        <source>{n} dagen op rij</source>
        <translation>{n} gün üst üste</translation>
    </message>
</context>
<context>
    <name>TranscribeTask</name>
    <message>
        <location filename="../meetings/transcribe_task.py" line="89"/>
        <source>Het omzetten is niet gelukt. Probeer een andere opname.</source>
        <translation>Yazıya çevirme olmadı. Başka bir ses kaydı deneyin.</translation>
    </message>
</context>
<context>
    <name>TypingView</name>
    <message>
        <location filename="../practice/typing_view.py" line="67"/>
        <source>Luister</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="68"/>
        <source>Typ het woord.</source>
        <translation>Kelimeyi yaz.</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="71"/>
        <source>Typ hier het woord</source>
        <translation>Kelimeyi buraya yaz</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="72"/>
        <source>Typ hier…</source>
        <translation>Buraya yaz…</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="76"/>
        <source>Controleer</source>
        <translation>Kontrol et</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="78"/>
        <source>Weet ik niet</source>
        <translation>Bilmiyorum</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="82"/>
        <source>Wat je typte</source>
        <translation>Yazdığın</translation>
    </message>
    <message>
        <location filename="../practice/typing_view.py" line="118"/>
        <source>Plaatje</source>
        <translation>Resim</translation>
    </message>
</context>
<context>
    <name>UnknownWordsView</name>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="20"/>
        <source>Welke woorden kende je niet?</source>
        <translation>Hangi kelimeleri bilmiyordun?</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="22"/>
        <source>Tik erop. Je oefent ze later. Geen? Kies dan meteen Klaar.</source>
        <translation>Onlara dokun. Sonra çalışacaksın. Hiç yok mu? O zaman hemen Bitti seç.</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="25"/>
        <source>Klaar</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="63"/>
        <source>Naar je oefenlijst: {n}</source>
        <translation>Alıştırma listene: {n}</translation>
    </message>
    <message>
        <location filename="../meetings/unknown_words_view.py" line="65"/>
        <source>Je kende alle woorden. Goed!</source>
        <translation>Bütün kelimeleri biliyordun. Aferin!</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../upgrade_dialog.py" line="24"/>
        <source>Database bijwerken</source>
        <translation>Veritabanını güncelle</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="27"/>
        <source>Bijwerken</source>
        <translation>Güncelle</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="28"/>
        <source>Stoppen</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="37"/>
        <source>Backup</source>
        <translation>Yedek</translation>
    </message>
    <message>
        <location filename="../launcher.py" line="125"/>
        <location filename="../upgrade_dialog.py" line="40"/>
        <source>Vaktaal moet de database bijwerken.</source>
        <translation>Vaktaal&apos;ın veritabanını güncellemesi gerekiyor.</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="41"/>
        <source>Maak eerst een backup:</source>
        <translation>Önce bir yedek al:</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="43"/>
        <source>Ben je niet de coach? Kies Stoppen.</source>
        <translation>Koç değil misin? Durdur&apos;u seç.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../speaking/verdict_panel.py" line="62"/>
        <source>Luister naar het woord</source>
        <translation>Kelimeyi dinle</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="66"/>
        <source>Verder</source>
        <translation>Devam</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="102"/>
        <source>Buddy:</source>
        <translation>Dil arkadaşı:</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="105"/>
        <source>bijna</source>
        <translation>neredeyse</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="108"/>
        <source>Buddy: {verdict}</source>
        <translation>Dil arkadaşı: {verdict}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="136"/>
        <source>Ik hoorde: {word}</source>
        <translation>Duyduğum: {word}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="138"/>
        <source>Ik hoorde geen duidelijk woord.</source>
        <translation>Net bir kelime duymadım.</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="140"/>
        <source>Het woord is: {word}</source>
        <translation>Kelime: {word}</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="145"/>
        <source>De computer zei: {word}. Druk op B om dat terug te zetten.</source>
        <translation>Bilgisayar şunu dedi: {word}. Geri almak için B tuşuna bas.</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="149"/>
        <source>Buddy: druk op B als dit oordeel niet klopt.</source>
        <translation>Dil arkadaşı: bu karar yanlışsa B tuşuna bas.</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="158"/>
        <source>Buddy: bijna goed</source>
        <translation>Dil arkadaşı: neredeyse doğru</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="159"/>
        <source>Buddy: goed</source>
        <translation>Dil arkadaşı: doğru</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="159"/>
        <source>Buddy: nog eens</source>
        <translation>Dil arkadaşı: bir daha</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="161"/>
        <source>Goed!</source>
        <translation>Doğru!</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="163"/>
        <source>Bijna goed</source>
        <translation>Neredeyse doğru</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="164"/>
        <source>Nog eens</source>
        <translation>Bir daha</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="105"/>
        <location filename="../speaking/verdict_panel.py" line="174"/>
        <source>goed</source>
        <translation>doğru</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="175"/>
        <source>bijna goed</source>
        <translation>neredeyse doğru</translation>
    </message>
    <message>
        <location filename="../speaking/verdict_panel.py" line="106"/>
        <location filename="../speaking/verdict_panel.py" line="175"/>
        <source>nog eens</source>
        <translation>bir daha</translation>
    </message>
</context>
<context>
    <name>WordListPage</name>
    <message>
        <location filename="../home/word_list_page.py" line="34"/>
        <source>Geleerd: je wist het woord goed op {days} verschillende dagen.</source>
        <translation>Öğrenildi: kelimeyi {days} farklı günde doğru bildin.</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="57"/>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="79"/>
        <source>Boom</source>
        <translation>Ağaç</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="81"/>
        <source>Fout? Dan ga je het woord weer oefenen.</source>
        <translation>Yanlış mı? O zaman kelimeyi yeniden çalışırsın.</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="115"/>
        <source>Woorden: {deck}</source>
        <translation>Kelimeler: {deck}</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="125"/>
        <source>{n} geleerd</source>
        <translation>{n} öğrenildi</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="126"/>
        <source>{n} bezig</source>
        <translation>{n} öğreniliyor</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="127"/>
        <source>{n} nieuw</source>
        <translation>{n} yeni</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="150"/>
        <source>Dit pakket heeft geen woorden.</source>
        <translation>Bu pakette kelime yok.</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="154"/>
        <source>Geleerd ({n})</source>
        <translation>Öğrenildi ({n})</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="155"/>
        <source>Bezig met leren ({n})</source>
        <translation>Öğreniliyor ({n})</translation>
    </message>
    <message>
        <location filename="../home/word_list_page.py" line="156"/>
        <source>Nieuw ({n})</source>
        <translation>Yeni ({n})</translation>
    </message>
</context>
<context>
    <name>WordRow</name>
    <message>
        <location filename="../home/word_row.py" line="70"/>
        <source>Nieuw</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="71"/>
        <source>Bezig met leren</source>
        <translation>Öğreniliyor</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="72"/>
        <source>Geleerd</source>
        <translation>Öğrenilen</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="78"/>
        <source>Moet je kennen: klaar!</source>
        <translation>Bilmen gereken: tamam!</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="79"/>
        <source>Moet je kennen</source>
        <translation>Bilmen gereken</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="99"/>
        <source>Luister</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <location filename="../home/word_row.py" line="100"/>
        <source>Luister (spatie)</source>
        <translation>Dinle (boşluk)</translation>
    </message>
</context>
<context>
    <name>avatars</name>
    <message>
        <location filename="../profiles/avatars.py" line="22"/>
        <source>Gezicht</source>
        <translation>Yüz</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="23"/>
        <source>Kat</source>
        <translation>Kedi</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="24"/>
        <source>Leeuw</source>
        <translation>Aslan</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="25"/>
        <source>Vlinder</source>
        <translation>Kelebek</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="26"/>
        <source>Tulp</source>
        <translation>Lale</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="27"/>
        <source>Boom</source>
        <translation>Ağaç</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="28"/>
        <source>Fiets</source>
        <translation>Bisiklet</translation>
    </message>
    <message>
        <location filename="../profiles/avatars.py" line="29"/>
        <source>Voetbal</source>
        <translation>Futbol</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../crash.py" line="51"/>
        <source>Er ging iets mis</source>
        <translation>Bir sorun oldu</translation>
    </message>
    <message>
        <location filename="../crash.py" line="52"/>
        <source>Er ging iets mis. Wat je al gedaan hebt, is bewaard.
Meld dit bij IT.</source>
        <translation>Bir sorun oldu. Yaptıkların saklandı.
Bunu BT bölümüne bildir.</translation>
    </message>
</context>
</TS>
