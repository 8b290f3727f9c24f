"""A region's districts as the directory filter, the embedding page and the desk name them: each
district once, with every spelling the source gives it, and which spelling is shown first.

The appendices spell a few districts two ways (Байганин / Байғанин ауданы); the corrections replace
a few of the source's own spellings by the one the other tables use (Степногор → Степногорск
қаласы) and mark those a reader may still copy from the act (``source_spelling`` in
data/quality.yaml). Every spelling finds the district; the others are shown after its name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from calculator.messages import LANGS
from generator.pages.order import place_name_order

# Sections whose offices each serve one district of a region: the district filter narrows them and
# leaves the others (the region's centres and enterprise) whole, with a note.
DISTRICT_SECTIONS = ("authorized_bodies", "akimat_offices")

Groups = list[dict[str, list[str]]]


def source_spellings(quality: Mapping[str, Any]) -> dict[str, list[str]]:
    """A Kazakh name the corrections gave → the source's own spellings of it to keep accepting."""
    found: dict[str, list[str]] = {}
    for record in quality.get("corrections", []):
        if record.get("source_spelling") and record["original"] not in found.get(
            record["corrected"], []
        ):
            found.setdefault(record["corrected"], []).append(record["original"])
    return found


def district_groups(
    region: Mapping[str, Any],
    directories: Mapping[str, Any],
    spelled_so: Mapping[str, Iterable[str]] | None = None,
) -> Groups:
    """Each district of the region once, as its names per language ({"kk": [...], "ru": [...]}).
    Names the other language gives as one are one district, so its land department and its
    akimat office are found by either spelling; the source's own spellings the corrections
    replaced (``spelled_so``, from ``source_spellings``) follow the name they became. The name given
    first is the land department's (authorized_bodies), the office the filter is for, as no source
    in the repository says which spelling is official."""
    entries = sorted(
        (
            (n, e["district"])
            for n in DISTRICT_SECTIONS
            if n in directories
            for e in directories[n]["entries"]
            if e["region"] == region["id"] and e["district"]
        ),
        key=lambda e: DISTRICT_SECTIONS.index(e[0]),
    )
    groups: Groups = []
    for _, district in entries:
        group = next((g for g in groups if any(district[lg] in g[lg] for lg in LANGS)), None)
        if group is None:
            groups.append({lg: [district[lg]] for lg in LANGS})
            continue
        for lg in LANGS:
            if district[lg] not in group[lg]:
                group[lg].append(district[lg])
    for group in groups:
        for name in list(group["kk"]):
            group["kk"] += [n for n in (spelled_so or {}).get(name, ()) if n not in group["kk"]]
    return groups


def district_spellings(groups: Groups) -> dict[str, list[tuple[str, list[str]]]]:
    """Per language: each district once, as (name, other spellings), sorted; the filter's list and
    the embedding page show these, every spelling is accepted (``district_names``)."""
    return {
        lang: sorted(
            ((g[lang][0], g[lang][1:]) for g in groups),
            key=lambda pair: place_name_order(pair[0], lang),
        )
        for lang in LANGS
    }


def district_names(groups: Groups) -> dict[str, str]:
    """Any spelling of a district (lower case) → every spelling of it in both languages, joined by
    "|": what a card's data-district carries, so that either spelling finds all its offices."""
    found = {}
    for group in groups:
        names = [name.lower() for lg in LANGS for name in group[lg]]
        for name in names:
            found[name] = "|".join(names)
    return found


def group_of(groups: Groups, name: str) -> dict[str, list[str]] | None:
    """The district a name (in either language, any case) is a spelling of."""
    return next(
        (g for g in groups if name.lower() in (n.lower() for lg in LANGS for n in g[lg])), None
    )
