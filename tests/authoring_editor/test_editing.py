"""The editable draft: unique ids, ids that stay fixed once published, the version rule."""

from vaktaal.core.authoring.editing import (
    Publication,
    new_draft,
    unique_term_id,
    version_to_save,
    with_deck_field,
    with_new_term,
    with_term_field,
)


def test_unique_ids_are_valid_and_do_not_clash():
    assert unique_term_id("Rood-wit Lint!", set()) == "rood-wit-lint"
    assert unique_term_id("Café", {"cafe"}) == "cafe-2"
    assert unique_term_id("Café", {"cafe", "cafe-2"}) == "cafe-3"
    assert unique_term_id("", set()) == "term"
    assert unique_term_id("x", set()) == "x-term"


def test_a_new_terms_id_follows_its_word_until_the_id_is_typed_by_hand():
    draft, index = with_new_term(new_draft())
    draft = with_term_field(draft, index, "term", "Heftruck")
    assert draft.terms[index]["id"] == "heftruck"
    draft = with_term_field(draft, index, "id", "vorkheftruck")
    draft = with_term_field(draft, index, "term", "Heftruck elektrisch")
    assert draft.terms[index]["id"] == "vorkheftruck"


def test_published_ids_never_follow_the_word():
    draft, index = with_new_term(new_draft())
    draft = with_term_field(draft, index, "term", "pallet")
    published = type(draft)(draft.deck, draft.terms, draft.media, frozenset({"pallet"}))
    assert with_term_field(published, index, "term", "pallets").terms[index]["id"] == "pallet"


def test_version_is_raised_once_above_the_published_one_when_content_changed():
    draft = with_deck_field(new_draft(), "version", 3)
    published = Publication.of(draft)
    assert version_to_save(draft, published) == 3
    assert version_to_save(draft, None) == 3
    changed = with_deck_field(draft, "title", "Nieuw")
    assert version_to_save(changed, published) == 4
    assert version_to_save(with_deck_field(changed, "version", 4), published) == 4
