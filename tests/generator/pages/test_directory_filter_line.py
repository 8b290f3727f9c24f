"""review5 K12 (every count of the contacts): the district filter's line named «халыққа қызмет
көрсету орталықтары» on pages with one centre, and on a city's page said the centres it had
just narrowed were shown whole. Counts read off the region pages' lists by hand (Kostanay: one
centre, one enterprise; West Kazakhstan: one centre, two enterprises; Almaty city: seven
centres, which the filter narrows)."""

import re

import pytest

from tests.generator.pages.test_wording_on_pages import pages  # noqa: F401  (the fixture)

LINES = {
    "regions/kostanay.kk.md": "Сүзгі: {filter}. Облыс деңгейіндегі мекемелер, халыққа қызмет көрсету орталығы және мамандандырылған кәсіпорын да көрсетілген.",
    "regions/kostanay.ru.md": "Фильтр: {filter}. Показаны также учреждения областного уровня, центр обслуживания населения и специализированное предприятие.",
    "regions/west-kazakhstan.kk.md": "Сүзгі: {filter}. Облыс деңгейіндегі мекемелер, халыққа қызмет көрсету орталығы және мамандандырылған кәсіпорындар да көрсетілген.",
    "regions/almaty-city.ru.md": "Фильтр: {filter}. Показаны также уполномоченный орган, специализированное предприятие и аппарат акима (для жалоб).",
}


@pytest.mark.parametrize("page, line", LINES.items())
def test_the_filter_line_counts_what_it_leaves_whole(pages, page, line):  # noqa: F811
    assert re.search(r'data-active="([^"]*)"', pages[page])[1] == line
