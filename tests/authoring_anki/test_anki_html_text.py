"""HTML of Anki fields to plain text: tags, scripts, entities, line breaks, media names."""

from vaktaal.core.authoring.anki.html_text import field_text


def test_entities_become_characters_and_tags_go() -> None:
    text = field_text("<b>veiligheid</b> &amp; <i>gezondheid</i>&nbsp;&lt;PBM&gt;")
    assert text.text == "veiligheid & gezondheid <PBM>"


def test_script_and_style_go_with_their_content() -> None:
    text = field_text("helm<script>alert('x')</script><style>b {color: red}</style> op")
    assert text.text == "helm op"
    assert text.had_script


def test_event_handlers_and_javascript_links_count_as_script() -> None:
    assert field_text('<a href="javascript:evil()">helm</a>').had_script
    assert field_text('<img src="a.png" onerror="evil()">').had_script
    assert not field_text('<a href="https://example.org">helm</a>').had_script


def test_line_breaks_stay_as_single_new_lines() -> None:
    text = field_text("Zet je helm op.<br><br><div>Altijd.</div><div>\n  Ook buiten.</div>")
    assert text.text == "Zet je helm op.\nAltijd.\nOok buiten."


def test_newlines_in_the_html_source_are_spaces() -> None:
    assert field_text("de\n  heftruck <i>rijdt</i>").text == "de heftruck rijdt"


def test_pictures_and_sounds_are_kept_aside() -> None:
    text = field_text("heftruck <img src=\"truck.png\"> [sound:truck.mp3]<img src='b.jpg'>")
    assert text.text == "heftruck"
    assert text.images == ("truck.png", "b.jpg")
    assert text.sounds == ("truck.mp3",)


def test_sound_in_a_plain_field() -> None:
    text = field_text("[sound:helm.mp3]")
    assert (text.text, text.sounds) == ("", ("helm.mp3",))


def test_cloze_keeps_its_word() -> None:
    assert field_text("Zet je {{c1::helm::hoofd}} op.").text == "Zet je helm op."


def test_plain_text_is_only_trimmed() -> None:
    text = field_text("  rijbewijs\tB ")
    assert (text.text, text.images, text.had_script) == ("rijbewijs B", (), False)
