from __future__ import annotations

from tests.helpers import extract


def names(text: str) -> dict[str, str]:
    x = extract(text)
    return {c.name: c.type for c in x.clusters}


def test_known_actors_and_places_the_small_model_misses() -> None:
    found = names("The Tehrik-e-Taliban fought in Paktika, Dir and Bajur.")
    assert found["Tehrik-e-Taliban Pakistan"] == "organization"
    assert {"Paktika", "Dir", "Bajaur"} <= {n for n, t in found.items() if t == "location"}


def test_collectives_and_governments_become_actors() -> None:
    found = names("The Karzai government courted Arab fighters and had ties to powerful weapons smuggling networks.")
    assert found["Arab fighters"] == "group"
    assert found["weapons smuggling networks"] == "group"
    assert found["Karzai government"] == "organization"


def test_page_furniture_is_not_an_actor() -> None:
    assert "Background" not in names("Background\n\nThe Taliban fought NATO.")
