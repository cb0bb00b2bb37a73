"""Import, export and re-import of decks; failed imports change nothing; progress survives."""

import json
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

import deckbuilder as db
from vaktaal.core.deckformat import load_deck, write_deck_archive
from vaktaal.core.problems import DeckProblems
from vaktaal.storage.deck_store import OlderDeckVersion
from vaktaal.storage.tables import CardRow

pytestmark = pytest.mark.both_databases

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_export_and_reimport_round_trip(make_services, deck_dir, tmp_path, cli, import_deck):
    first = make_services("first")
    original = load_deck(deck_dir, first.library)
    import_deck(first, deck_dir)

    exported = first.decks.load(db.DECK_ID)
    assert exported is not None
    api_archive = tmp_path / "api.vaktaal"
    write_deck_archive(exported.deck, exported.media, api_archive)
    cli_archive = tmp_path / "cli.vaktaal"
    result = cli("deck", "export", db.DECK_ID, cli_archive, "--data-dir", tmp_path / "first")
    assert result.code == 0, result.err
    assert cli_archive.is_file()

    for name, archive in (("second", api_archive), ("third", cli_archive)):
        assert zipfile.ZipFile(archive).namelist()[0] == "deck.toml"
        other = make_services(name)
        import_deck(other, archive)
        again = other.decks.load(db.DECK_ID)
        assert again is not None
        assert again.deck.terms == original.deck.terms
        assert again.deck == original.deck
        assert again.media == original.media == db.valid_media()


def test_terms_without_explanation_or_example_import_and_export_empty(
    make_services, tmp_path, import_deck
):
    """Issue 15: only the term is required; a missing or empty text stays "", no filler."""
    manifest = db.valid_manifest()
    db.term(manifest, "helm").pop("explanation")
    db.term(manifest, "helm").pop("example")
    db.term(manifest, "tillen").update(explanation="", example="  ")
    first = make_services("first")
    import_deck(first, db.write_deck(tmp_path / "deck", manifest))

    loaded = first.decks.load(db.DECK_ID)
    assert loaded is not None
    texts = {t.id: (t.explanation, t.example) for t in loaded.deck.terms}
    assert texts["helm"] == texts["tillen"] == ("", "")
    assert texts["heftruck"] == tuple(
        db.term(manifest, "heftruck")[k] for k in ("explanation", "example")
    )

    archive = tmp_path / "again.vaktaal"
    write_deck_archive(loaded.deck, loaded.media, archive)
    second = make_services("second")
    import_deck(second, archive)
    again = second.decks.load(db.DECK_ID)
    assert again is not None and again.deck == loaded.deck


def test_export_of_unknown_deck_is_a_plain_error(services, cli):
    result = cli(
        "deck", "export", "bestaat-niet", "uit.vaktaal", "--data-dir", services.paths.data_dir
    )
    assert result.code != 0
    assert "bestaat-niet" in result.err
    assert "Traceback" not in result.err


def test_cli_import_installs_the_deck(tmp_path, deck_dir, cli, make_services):
    imported = cli("deck", "import", deck_dir, "--data-dir", tmp_path / "data")

    assert imported.code == 0, imported.err
    assert db.DECK_ID in imported.out
    assert "Traceback" not in imported.err
    installed = make_services("data").decks.installed_versions()
    assert installed == {db.DECK_ID: db.valid_manifest()["deck"]["version"]}


def test_deck_list_json(services, deck_dir, tmp_path, import_deck, cli):
    manifest = db.valid_manifest()
    other = db.clone(manifest)
    other["deck"].update(id="keuken-test", title="Keuken (test)", version=4)
    other["terms"] = other["terms"][:2]
    import_deck(services, deck_dir)
    import_deck(services, db.write_deck(tmp_path / "keuken", other))

    listed = cli("deck", "list", "--json", "--data-dir", services.paths.data_dir)

    assert listed.code == 0
    decks = {deck["id"]: deck for deck in json.loads(listed.out)}
    assert set(decks) == {manifest["deck"]["id"], other["deck"]["id"]}
    for expected in (manifest, other):
        deck = decks[expected["deck"]["id"]]
        assert deck["title"] == expected["deck"]["title"]
        assert deck["version"] == expected["deck"]["version"]
        assert deck["terms"] == len(expected["terms"])


# --- a failed import changes nothing ---------------------------------------------------------


@pytest.fixture
def busy(services, deck_dir, import_deck, term_keys):
    """A data dir with a deck (version 2), a learner, cards and reviews."""
    manifest = db.valid_manifest()
    manifest["deck"]["version"] = 2
    folder = db.write_deck(deck_dir.parent / "v2", manifest)
    import_deck(services, folder)
    learner = services.learners.add("Amal", ["ar"], pin_code="1234")
    for term_pk in term_keys(services.engine, db.DECK_ID).values():
        card = services.reviews.introduce(learner.id, term_pk, T0)
        services.reviews.answer(card, 3, T0, 2500, "meerkeuze")
    return services


def test_deck_with_a_problem_changes_nothing(busy, tmp_path, cli, dump_database):
    manifest = db.valid_manifest()
    manifest["deck"]["version"] = 3
    db.term(manifest, "helm")["explanation"] = "Nieuwe uitleg."
    db.term(manifest, "tillen")["word_class"] = "werkwoord"
    broken = db.write_deck(tmp_path / "broken", manifest)
    before = dump_database(busy.engine)
    assert before["terms"] and before["cards"] and before["review_logs"]

    with pytest.raises(DeckProblems):
        load_deck(broken, busy.library)
    result = cli("deck", "import", broken, "--data-dir", busy.paths.data_dir)

    assert result.code != 0
    assert "word_class" in result.err and "werkwoord" in result.err
    assert dump_database(busy.engine) == before


def test_older_version_changes_nothing(busy, deck_dir, cli, dump_database):
    older = load_deck(deck_dir, busy.library)
    assert older.deck.version < busy.decks.installed_versions()[db.DECK_ID]
    before = dump_database(busy.engine)

    with pytest.raises(OlderDeckVersion):
        busy.decks.import_deck(older)
    assert dump_database(busy.engine) == before

    result = cli("deck", "import", deck_dir, "--data-dir", busy.paths.data_dir)
    assert result.code != 0
    assert "Traceback" not in result.err
    assert dump_database(busy.engine) == before


# --- a new version keeps progress ------------------------------------------------------------


def _card_states(engine, card_ids):
    query = select(CardRow).where(CardRow.id.in_(card_ids))
    columns = ("state", "step", "stability", "difficulty", "due", "last_review")
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return {row.id: tuple(getattr(row, c) for c in columns) for row in rows}


def _versions():
    v1 = db.valid_manifest()
    v2 = db.clone(v1)
    v2["deck"]["version"] = 2
    db.term(v2, "helm")["explanation"] = "Een harde hoed die je hoofd beschermt."
    removed = db.term(v2, "tillen")
    v2["terms"].remove(removed)
    added = db.clone(db.term(v2, "pbm"))
    added.update(id="rolcontainer", term="rolcontainer", word_class="noun", article="de")
    v2["terms"].append(added)
    v3 = db.clone(v2)
    v3["deck"]["version"] = 3
    v3["terms"].insert(2, removed)
    return v1, v2, v3


def test_new_versions_keep_progress_and_hide_removed_terms(
    services, tmp_path, import_deck, term_keys, cli
):
    v1, v2, v3 = _versions()
    folders = [db.write_deck(tmp_path / f"v{n}", m) for n, m in enumerate((v1, v2, v3), 1)]
    import_deck(services, folders[0])
    learner = services.learners.add("Yonas", ["ti", "en"])
    keys = term_keys(services.engine, db.DECK_ID)
    cards = {
        term_id: services.reviews.introduce(learner.id, pk, T0) for term_id, pk in keys.items()
    }
    for minutes, (_term_id, card) in enumerate(sorted(cards.items())):
        when = T0 + timedelta(minutes=minutes)
        services.reviews.answer(card, 3, when, 1800, "luisteren")
        services.reviews.answer(card, 3, when + timedelta(minutes=10), 1500, "meerkeuze")
    # `tillen` is answered Again last, so it is the most overdue card from then on.
    services.reviews.answer(cards["tillen"], 1, T0 + timedelta(hours=1), 3000, "spreken")
    later = T0 + timedelta(days=60)
    assert services.reviews.next_due(learner.id, later).card_id == cards["tillen"]
    states = _card_states(services.engine, cards.values())
    counts = {term_id: services.reviews.review_count(card) for term_id, card in cards.items()}

    result = import_deck(services, folders[1])

    assert (result.added, result.updated, result.removed) == (1, len(v2["terms"]) - 1, 1)
    assert term_keys(services.engine, db.DECK_ID).items() >= keys.items()
    assert _card_states(services.engine, cards.values()) == states
    assert {t: services.reviews.review_count(c) for t, c in cards.items()} == counts
    [listed] = json.loads(cli("deck", "list", "--json", "--data-dir", services.paths.data_dir).out)
    assert (listed["version"], listed["terms"]) == (2, len(v2["terms"]))
    due = services.reviews.next_due(learner.id, later)
    assert due is not None and due.card_id != cards["tillen"]
    assert due.card_id in cards.values()
    exported = services.decks.load(db.DECK_ID)
    assert [t.id for t in exported.deck.terms] == [t["id"] for t in v2["terms"]]
    assert db.term(v2, "helm")["explanation"] in [t.explanation for t in exported.deck.terms]

    import_deck(services, folders[2])

    assert _card_states(services.engine, cards.values()) == states
    assert {t: services.reviews.review_count(c) for t, c in cards.items()} == counts
    assert term_keys(services.engine, db.DECK_ID)["tillen"] == keys["tillen"]
    assert services.reviews.next_due(learner.id, later).card_id == cards["tillen"]
    [listed] = json.loads(cli("deck", "list", "--json", "--data-dir", services.paths.data_dir).out)
    assert (listed["version"], listed["terms"]) == (3, len(v3["terms"]))
    exported = services.decks.load(db.DECK_ID)
    assert [t.id for t in exported.deck.terms] == [t["id"] for t in v3["terms"]]
