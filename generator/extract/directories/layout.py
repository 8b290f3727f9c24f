"""What each directory appendix looks like in the source, as one table: a newcomer reads here
which columns an appendix has and how its rows find their region, instead of branches on the
appendix number scattered through the parser."""

from __future__ import annotations

from dataclasses import dataclass

# The sixteen first-level units of 2010-2012 in the glossary's order, and the IANA zone of each:
# Aktobe, Atyrau, West Kazakhstan, Mangystau, Kyzylorda and Kostanay have zones of their own
# because their offsets differed from Almaty's at some time; the rest keep Almaty time.
REGION_IDS = (
    "akmola",
    "aktobe",
    "almaty-region",
    "atyrau",
    "east-kazakhstan",
    "zhambyl",
    "west-kazakhstan",
    "karaganda",
    "kostanay",
    "kyzylorda",
    "mangystau",
    "pavlodar",
    "north-kazakhstan",
    "south-kazakhstan",
    "almaty-city",
    "astana",
)
CITY_REGIONS = ("almaty-city", "astana")
ZONES = {
    "aktobe": "Asia/Aqtobe",
    "atyrau": "Asia/Atyrau",
    "west-kazakhstan": "Asia/Oral",
    "mangystau": "Asia/Aqtau",
    "kyzylorda": "Asia/Qyzylorda",
    "kostanay": "Asia/Qostanay",
}

# How a row finds its region: under a region heading line; by the city of its address (one
# enterprise per region); by the region named at the start of the centre's name.
BY_HEADING, BY_CITY, BY_NAME = "heading", "city", "name"


@dataclass(frozen=True)
class Layout:
    """One directory appendix: its data file, page title, entry id stem and table shape."""

    number: int
    file: str
    title: dict[str, str]
    stem: str
    region_by: str
    # The first cell is the row's number and there is no position column (appendix 3): the row
    # is read as name, address, "", hall phones, head's phones.
    numbered: bool = False
    # (cell index, phone kind) of every phone cell, after the row is brought to five cells.
    phone_cells: tuple[tuple[int, str], ...] = ((3, "phone"),)
    # The cell of e-mails, web sites and contact persons (None: the appendix has none).
    contact_cell: int | None = 4
    # Phones that carry their trunk prefix and area code, so a city's code can be learnt from them.
    teaches_area_codes: bool = True


APPENDICES: dict[int, Layout] = {
    layout.number: layout
    for layout in (
        Layout(
            1,
            "authorized_bodies",
            {
                "kk": "Мемлекеттік қызмет көрсету жөніндегі уәкілетті органдардың тізбесі (1-қосымша)",
                "ru": "Перечень уполномоченных органов по оказанию государственной услуги (приложение 1)",
            },
            "authorized-body",
            BY_HEADING,
        ),
        Layout(
            2,
            "specialized_enterprises",
            {
                "kk": "Мамандандырылған республикалық мемлекеттік кәсіпорындар (2-қосымша)",
                "ru": "Специализированные республиканские государственные предприятия (приложение 2)",
            },
            "enterprise",
            BY_CITY,
        ),
        Layout(
            3,
            "service_centres",
            {
                "kk": "Халыққа қызмет көрсету орталықтары (3-қосымша)",
                "ru": "Центры обслуживания населения (приложение 3)",
            },
            "service-centre",
            BY_NAME,
            numbered=True,
            phone_cells=((3, "operations_hall"), (4, "phone")),
            contact_cell=None,
            teaches_area_codes=False,
        ),
        Layout(
            6,
            "akimat_offices",
            {
                "kk": "Мемлекеттік қызмет көрсетуді ұйымдастыруға жауапты жергілікті атқарушы органдар (6-қосымша)",
                "ru": "Местные исполнительные органы, ответственные за организацию оказания государственной услуги (приложение 6)",
            },
            "akimat-office",
            BY_HEADING,
        ),
    )
}
