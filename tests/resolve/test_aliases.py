from __future__ import annotations

from tests.helpers import clusters_of


def test_names_prose_gives_as_one_actors_are_one_actor() -> None:
    found = clusters_of(
        "The Northern Union (NU) or Ittihad al-Shamal (Arabic: ...), also known as the Northern Shield Front, "
        "is an armed group. Its rival is the Shura of the Valley, better known as the Valley Council. "
        "Iran or Syria armed the Tigers Front."
    )
    union = next(names for names in found.values() if "NU" in names)
    assert {"Northern Union", "Ittihad al-Shamal", "Northern Shield Front"} <= union
    assert {"Shura of the Valley", "Valley Council"} <= next(n for n in found.values() if "Valley Council" in n)
    assert "Syria" not in found["Iran"]


def test_a_name_cut_short_after_an_alias_phrase_is_not_the_alias() -> None:
    # the NER reads "Islamic State" of "Islamic State of Lanao": the Maute Group is not the Islamic State
    found = clusters_of("In 2017 the Maute Group's (a.k.a. Islamic State of Lanao) fighters besieged Marawi.")
    assert "Islamic State" not in found.get("Maute Group", {"Islamic State"})


def test_a_nickname_given_with_alias_or_in_quoted_brackets_is_the_person() -> None:
    found = clusters_of(
        'The front is led by Jhon Fredy Mosquera Palacios, alias "Pitufo," who took over in 2019. '
        'His deputy is Néstor Iván Garcés Duque ("Chamizo"). Later Mosquera left.'
    )
    assert {"Pitufo", "Mosquera"} <= found["Jhon Fredy Mosquera Palacios"]
    assert "Chamizo" in found["Néstor Iván Garcés Duque"]
    found = clusters_of("So did a man named Amar Kellani, better known by his alias, Hambro. Hambro fled.")
    assert "Hambro" in found["Amar Kellani"]


def test_a_name_given_in_another_language_is_the_same_body() -> None:
    found = clusters_of("OFAC sanctioned the River Alliance, known by its French name Alliance du Fleuve (ADF), today.")
    assert {"River Alliance", "Alliance du Fleuve"} <= next(n for n in found.values() if "ADF" in n)
