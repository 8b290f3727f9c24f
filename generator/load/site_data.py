"""data/ as one typed object, read and checked once: what pages, files and the bundle are made of.

Like GOV.UK smart-answers' ``RatesQuery``, it is small and asked questions (``standard(3)``,
``directory("service_centres")``, ``entries_in("akmola")``, ``ui("ru")``) rather than handed round as
a dictionary that every reader regroups by hand. Everything in it was validated against
data/schema/ before it was built; nothing reads data/ again after ``load_site``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from calculator.messages import Strings
from generator.core.errors import DataError
from generator.core.yamlio import load_yaml
from generator.load.schema import load_validated
from generator.load.strings import Ui, merged_strings

# The files the site is made of; the schemas check each one that exists, this that none is missing.
REQUIRED = (
    "act",
    "fees",
    "mci",
    "regions",
    "forms",
    "indicators",
    "quality",
    "differences",
    "holidays",
    "amendments",
    "strings/calculator",
)


@dataclass(frozen=True)
class SiteData:
    act: Mapping[str, Any]
    standards: tuple[Mapping[str, Any], ...]  # by number, 1 to 4
    directories: Mapping[str, Mapping[str, Any]]  # by name: "authorized_bodies", …
    regions: tuple[Mapping[str, Any], ...]  # in the act's order
    fees: Mapping[str, Any]
    mci: tuple[Mapping[str, Any], ...]  # the АЕК table, oldest first
    forms: Mapping[str, Any]
    indicators: Mapping[str, Any]
    quality: Any
    differences: Any
    holidays: Mapping[str, Any]  # the site's names of the days off (data/holidays.yaml)
    amendments: tuple[Mapping[str, Any], ...]  # what each amending act changed, and from when
    strings: Mapping[str, Mapping[str, str]]  # every interface string: key → {"kk": …, "ru": …}
    calculator_strings: Mapping[str, Mapping[str, str]]  # the part the rules print (the bundle's)

    def standard(self, number: int) -> Mapping[str, Any]:
        return next(s for s in self.standards if s["number"] == int(number))

    def directory(self, name: str) -> Mapping[str, Any]:
        return self.directories[name]

    def region(self, region_id: str) -> Mapping[str, Any]:
        return next(r for r in self.regions if r["id"] == region_id)

    def entries_in(self, region_id: str, name: str | None = None) -> Iterator[Mapping[str, Any]]:
        """The directory entries of one region, of one directory or of all, in data order."""
        for directory, content in self.directories.items():
            if name in (None, directory):
                yield from (e for e in content["entries"] if e["region"] == region_id)

    @property
    def categories(self) -> list[Mapping[str, Any]]:
        """The fee categories (land users who pay), in the order of the fee table."""
        return self.fees["categories"]

    def ui(self, lang: str) -> Ui:
        return Ui(self.strings, lang)

    def status_line(self, lang: str) -> str:
        """The act's legal status in one sentence (data/strings/act.yaml ``act_status``): its
        number and dates from data/act.yaml, the acts that amended it from data/amendments.yaml."""
        strings, repealed_by = Strings(self.strings), self.act["status"]["repealed_by"]
        return strings.text(
            "act_status",
            lang,
            adopted=date.fromisoformat(self.act["adopted"]),
            number=self.act["number"],
            amending=self._amending_acts(strings, lang),
            repealed=date.fromisoformat(repealed_by["date"]),
            repealed_by=repealed_by["number"],
        )

    def _amending_acts(self, strings: Strings, lang: str) -> str:
        """ "2010 жылғы № 745, 2011 жылғы № 545 және № 1429": the acts that amended the act (not the
        one that repealed it), in date order, the year named once for the acts of one year."""
        repeal = self.act["status"]["repealed_by"]["number"]
        acts = sorted(
            (a["act"] for a in self.amendments if a["act"]["number"] != repeal),
            key=lambda act: (act["date"], act["number"]),
        )
        if len(acts) < 2:
            raise DataError(
                "data/strings/act.yaml: act_status names the amending acts in the plural; "
                f"data/amendments.yaml lists {len(acts)}"
            )
        named, year = [], None
        for act in acts:
            same_year, year = act["date"][:4] == year, act["date"][:4]
            key = "act_status_amending_same_year" if same_year else "act_status_amending_in_year"
            named.append(strings.text(key, lang, year=year, number=act["number"]))
        return strings.text(
            "act_status_amending_last", lang, others=", ".join(named[:-1]), last=named[-1]
        )


def load_site(data_dir: Path) -> SiteData:
    """Read and validate every data file once; raise DataError listing every problem."""
    files = load_validated(Path(data_dir))
    for name in REQUIRED:
        if name not in files:
            load_yaml(Path(data_dir) / f"{name}.yaml")  # raises DataError: cannot be read
    return SiteData(
        act=files["act"],
        standards=tuple(
            sorted(
                (v for k, v in files.items() if k.startswith("standards/")),
                key=lambda s: s["number"],
            )
        ),
        directories={
            k.removeprefix("directories/"): v
            for k, v in sorted(files.items())
            if k.startswith("directories/")
        },
        regions=tuple(files["regions"]),
        fees=files["fees"],
        mci=tuple(files["mci"]),
        forms=files["forms"],
        indicators=files["indicators"],
        quality=files["quality"],
        differences=files["differences"],
        holidays=files["holidays"],
        amendments=tuple(files["amendments"]),
        strings=merged_strings(files),
        calculator_strings=files["strings/calculator"],
    )
