"""The handbook as PDF: cover, contents whose page numbers are right, every entry once."""

import re
from pathlib import Path

from print_helpers import bundled, flat, generated, pdf_pages, reads_back

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.printing import ALPHABET, CATEGORY, HANDBOOK, PrintRequest, write_pdf
from vaktaal.printing.plan import sort_key

CONTENTS_LINE = re.compile(r"(.+?)\((\d+)woorde?n?\)(\d+)")


def _handbook(tmp_path: Path, library: PictogramLibrary, loaded, order: str = ALPHABET):  # type: ignore[no-untyped-def]
    out = tmp_path / "handboek.pdf"
    pages = write_pdf(loaded, library, PrintRequest(HANDBOOK, order=order), out)
    text = pdf_pages(out)
    assert pages == len(text)
    return text


def _contents(text: list[str], title: str) -> list[tuple[str, int, int]]:
    """(section, number of words, page) of each contents line."""
    body = "".join(page for page in text if page.startswith("Inhoud"))
    body = re.sub(rf"Inhoud|{re.escape(flat(title))}pagina\d+", "", body)
    return [(m[1], int(m[2]), int(m[3])) for m in CONTENTS_LINE.finditer(body)]


def test_cover_shows_title_organisation_and_function(tmp_path, library):  # type: ignore[no-untyped-def]
    loaded = bundled("magazijn-installatie", library)
    cover = _handbook(tmp_path, library, loaded)[0]
    deck = loaded.deck
    for text in ("Handboek vaktermen", deck.title, deck.organisation, deck.job_function):
        assert flat(text) in cover
    assert flat(deck.terms[0].explanation) not in cover


def test_contents_page_numbers_point_at_their_sections(tmp_path, library):  # type: ignore[no-untyped-def]
    loaded = bundled("it-servicedesk", library)
    text = _handbook(tmp_path, library, loaded)
    lines = _contents(text, loaded.deck.title)
    assert [title for title, _n, _page in lines] == sorted({t.term[0].upper() for t in
                                                            loaded.deck.terms})  # fmt: skip
    assert sum(n for _title, n, _page in lines) == len(loaded.deck.terms)
    for title, n, page in lines:
        heading = f"{title}({n}woord" + ("en)" if n > 1 else ")")
        assert text[page - 1].startswith(heading) or heading in text[page - 1], (title, page)


def test_every_term_is_in_the_handbook_once_with_its_glosses(tmp_path, library):  # type: ignore[no-untyped-def]
    loaded = bundled("eerste-werkweken", library)
    entries = "".join(_handbook(tmp_path, library, loaded)[2:])
    for term in loaded.deck.terms:
        assert entries.count(flat(term.explanation)) == 1, term.id
        for code in ("ti", "tr", "en", "ar", "fa"):
            gloss = term.glosses.get(code)
            if gloss and reads_back(gloss):  # word by word: a line mixes Dutch and Arabic
                assert all(w in entries for w in re.findall(r"\w+", gloss)), (term.id, code, gloss)


def test_alphabetical_handbook_lists_terms_a_to_z(tmp_path, library):  # type: ignore[no-untyped-def]
    loaded = generated(30)
    shuffled = loaded.deck.terms[::-1]
    entries = "".join(_handbook(tmp_path, library, loaded)[2:])
    positions = [entries.index(flat(f"Uitleg bij woord nummer {t.id.split('-')[1]}.")) for t in
                 sorted(shuffled, key=lambda t: sort_key(t.term))]  # fmt: skip
    assert positions == sorted(positions)


def test_by_category_every_section_holds_its_own_terms(tmp_path, library):  # type: ignore[no-untyped-def]
    loaded = generated(40, categories=4)
    text = _handbook(tmp_path, library, loaded, CATEGORY)
    lines = _contents(text, loaded.deck.title)
    assert [(title, n) for title, n, _page in lines] == [(f"Groep{i}", 10) for i in range(4)]
    starts = [page for _title, _n, page in lines]
    assert starts == sorted(starts) and starts[0] == 3


def test_a_200_term_handbook_has_cover_contents_and_all_entries(tmp_path, library):  # type: ignore[no-untyped-def]
    loaded = generated(200)
    text = _handbook(tmp_path, library, loaded, CATEGORY)
    entries = "".join(text[2:])
    assert entries.count("كلمة") == entries.count("ቃል") == 200  # Arabic and Tigrinya
    assert all(entries.count(flat(f"Uitleg bij woord nummer {i}.")) == 1 for i in range(200))
    assert all(page.endswith(f"pagina{number}") for number, page in enumerate(text[1:], 2))
