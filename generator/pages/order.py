"""Orders a reader expects: the sections of a region page, each language's own alphabet, the
regions as each edition lists them; and whether a contact card prints its district line."""

from __future__ import annotations

from typing import Any

# The reader's order of a region page: where to apply, where else, who prepares, who oversees.
DIRECTORY_ORDER = (
    "authorized_bodies",
    "service_centres",
    "specialized_enterprises",
    "akimat_offices",
)
ALPHABETS = {
    "kk": "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}


# The Russian abbreviation of «город» before a town's name: a town sorts by its name.
TOWN_PREFIX = "г. "


def place_name_order(name: str, lang: str) -> tuple:
    """Sort key of a district or town: «г. Актобе» among the А, not among the Г."""
    return alphabetical(name.removeprefix(TOWN_PREFIX), lang)


def alphabetical(text: str, lang: str) -> tuple:
    """Sort key in the language's own alphabet (Python's code-point order puts ә, қ, ө… last)."""
    order = ALPHABETS[lang]
    return tuple(order.index(c) if c in order else len(order) + ord(c) for c in text.lower())


def by_language(regions: list[Any], name=lambda r: r["name"]) -> dict[str, list[Any]]:
    """Regions in each language's order: Russian as the act lists them (oblasts A–Я, then the two
    cities), Kazakh by the Kazakh alphabet, oblasts before the cities likewise."""
    return {
        "ru": list(regions),
        "kk": sorted(
            regions,
            key=lambda r: (name(r)["kk"].endswith(" қаласы"), alphabetical(name(r)["kk"], "kk")),
        ),
    }


def district_line(entry: dict[str, Any]) -> bool:
    """Whether a card prints its district under its name: not when the name already says it
    («Қостанай қаласы әкімінің аппараты»). Decided on the Kazakh source's words and kept in
    both editions, so that they agree (the Russian name declines the district: «города Костаная»)."""
    district = entry.get("district")
    return bool(district) and district["kk"].lower() not in entry["name"]["kk"].lower()
