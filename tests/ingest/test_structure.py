"""Page structure on page shapes written for these tests: infobox lines (with colons, table bars,
or glued to their label), field lists, headings, navigation and markup, and prose left whole."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from linkchart.ingest.boilerplate import clean, metadata_line
from linkchart.ingest.structure import segment

INFOBOX = """Tigers Front
Leaders | Amar Kell |
LeadersJoram Vesk (until 2009)
Tomas Ide
Allies
 Northern Army
 Southern Union (suspected)
Ideology | Regionalism |
Jump to: navigation, search
<templatestyles src="Plainlist/styles.css"/>

The Tigers Front is an armed group in Kandahar. It fought the Northern Army in 2004.
"""


def _parts(text: str, title: str | None = None) -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.label, text[s.start : s.end]) for s in segment(text, title)]


def test_a_field_line_in_a_list_is_a_field_and_its_label_never_read() -> None:
    text = "Tigers Front\n- Native Name Lang: ps\n- Leader: Amar Kell, Joram Vesk (former)\n* Split: Northern Army\n"
    parts = _parts(text, "Tigers Front")
    assert ("field", "leader", "Amar Kell, Joram Vesk (former)") in parts
    assert ("field", "split", "Northern Army") in parts
    assert not any("Native Name" in p[2] or p[2].startswith(("- ", "* ")) for p in parts)


def test_infobox_lines_become_fields_and_items_of_their_label() -> None:
    parts = _parts(clean(INFOBOX).text, "Tigers Front")
    assert parts[0] == ("title", None, "Tigers Front")
    assert ("field", "leaders", "Amar Kell") in parts
    assert ("field", "leaders", "Joram Vesk (until 2009)") in parts
    assert ("item", "leaders", "Tomas Ide") in parts
    assert ("item", "allies", "Southern Union (suspected)") in parts
    assert not any(p[2] == "Regionalism" for p in parts)  # an ideology names no actor: not read
    assert not any("navigation" in p[2] or "templatestyles" in p[2] for p in parts)
    assert parts[-1][0] == "prose" and parts[-1][2].startswith("The Tigers Front is")


def test_a_profile_s_fields_and_semicolon_lists() -> None:
    text = (
        "aka Tigers; TF; the Front\n\n"
        "Description: The Tigers Front was designated in 2010. It is based in Kandahar.\n\n"
        "Funding and External Aid: The group receives money from the Northern Army."
    )
    parts = _parts(text)
    assert [p[2] for p in parts if p[1] == "aka"] == ["Tigers", "TF", "the Front"]
    assert ("prose", "description", "The Tigers Front was designated in 2010. It is based in Kandahar.") in parts
    assert parts[-1][:2] == ("prose", "funding and external aid")


def test_wrapped_prose_and_quotes_stay_one_paragraph() -> None:
    text = "The Tigers Front fought the\nNorthern Army in 2004 and\nlost.\n\nThe minister said:\n'We will act.'"
    assert _parts(text) == [("prose", None, text.split("\n\n")[0]), ("prose", None, text.split("\n\n")[1])]


def test_a_heading_set_right_above_its_paragraph_is_a_heading() -> None:
    prose = "KCM was formed in October 2015 by a cleric who had been the front's senior ideologue."
    assert [kind for kind, _, _ in _parts(f"Origins\n{prose}")] == ["heading", "prose"]
    # a hard-wrapped paragraph, and "External links" over prose (no end of the page), stay prose
    wrapped = "The Haqqani Network was founded by Jalaluddin\nHaqqani, who fought the Soviets in the 1980s."
    assert [kind for kind, _, _ in _parts(wrapped)] == ["prose"]
    assert [kind for kind, _, _ in _parts(f"External links\n{prose}")] == ["prose"]


def test_a_letterhead_set_over_its_release_with_no_blank_line_is_headings() -> None:
    first = "For the first time, the Department is offering rewards for information on the Tigers Front."
    text = "Rewards For Justice - Offers For The Tigers Front\nMedia Note\nOffice of the Spokesperson\n"
    text += f"Washington, DC\nJune 3, 2013\n{first}\nIt fought the Northern Army."
    parts = _parts(text)
    assert [(kind, part) for kind, _, part in parts[1:5]] == [
        ("heading", "Media Note"),
        ("heading", "Office of the Spokesperson"),
        ("heading", "Washington, DC"),
        ("heading", "June 3, 2013"),
    ]
    assert parts[-1] == ("prose", None, f"{first}\nIt fought the Northern Army.")


def test_a_caption_over_its_page_is_a_heading_whose_names_are_furniture() -> None:
    text = "Map with general area of Tigers Front presence in Kandahar\nTigers Front (TF)"
    assert [kind for kind, _, _ in _parts(text)] == ["heading", "heading"]
    assert _parts("Photo: fighters of the Tigers Front\nThe Tigers Front fought the Northern Army in 2004.")[0][0] == (
        "heading"
    )
    # a sentence that happens to open with such a word is prose
    prose = "Map of the fighting shows the Tigers Front held Kandahar.\nIt fought the Northern Army."
    assert {kind for kind, _, _ in _parts(prose)} == {"prose"}


def test_a_list_of_references_under_the_last_paragraph_is_not_read() -> None:
    last = "The Tigers Front fought the Northern Army in 2004."
    text = f'{last}\n  1. ^ "Tigers Front". Council on Foreign Relations. 12 January 2007.\n'
    text += "  2. ^ Vesk, Joram; Kell, Amar (21 November 1999)."
    assert _parts(text) == [("prose", None, last)]


def test_a_table_row_closes_its_field() -> None:
    parts = _parts("Commander | Amar Kell |\nBattle of Herat\nSiege of Kunduz")
    assert parts[0] == ("field", "commander", "Amar Kell")
    assert all(kind == "heading" and label is None for kind, label, _ in parts[1:])


def test_the_metadata_line_is_title_and_publisher_not_text() -> None:
    raw = (
        "SOURCE: https://example.org/a | TITLE: Tigers Front (Example Office, via Mirror) | LICENCE: PD\nTigers Front\n"
    )
    assert metadata_line(raw.splitlines()[0]) == {
        "SOURCE": "https://example.org/a",
        "TITLE": "Tigers Front (Example Office, via Mirror)",
        "LICENCE": "PD",
    }
    cleaned = clean(raw)
    assert (cleaned.title, cleaned.publisher, cleaned.text) == ("Tigers Front", "Example Office", "Tigers Front")


PAGE_LINES = st.lists(
    st.one_of(
        st.sampled_from(["", "Allies", "Leaders | X |", "• Item", "[1]", "| |", "BACKGROUND", "Jump to: navigation"]),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=40),
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(PAGE_LINES)
def test_segments_are_ordered_disjoint_spans_of_the_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    parts = segment(text, lines[0] if lines else None)
    for s in parts:
        assert 0 <= s.start < s.end <= len(text) and text[s.start : s.end].strip()
    assert all(a.end <= b.start for a, b in itertools.pairwise(parts))


def test_the_title_again_beside_its_sites_name_is_a_title_too() -> None:
    text = (
        "New Reward Offers For Raiders\nRewards For Peace - New Reward Offers For Raiders\n\nThe Amber Fist fought on."
    )
    assert [p[0] for p in _parts(text, "New Reward Offers For Raiders")] == ["title", "title", "prose"]
