"""review6 D4, K8/D7: About lists every amending act data/amendments.yaml holds (№ 745 repealed
clause 2 of the resolution: data/source line 29), each as a sentence with its date in words."""

import pytest


@pytest.fixture(scope="module")
def about(rendered_pages):
    pages = rendered_pages
    return {
        lang: pages[f"about.{lang}.md"].replace("\\", "").replace("\u00a0", " ")
        for lang in ("kk", "ru")
    }


# Worked by hand from the source's notes (lines 11, 29, 70): dates in words, the act's own
# wording of when it took effect, « — » never a hyphen, no capital «Қаулысымен» mid-sentence.
@pytest.mark.parametrize(
    "lang, sentence",
    [
        (
            "kk",
            "Қаулының 2-тармағының күші ҚР Үкіметінің 2010 жылғы 20 шілдедегі № 745 қаулысымен "
            "жойылды (қолданысқа енгізілу тәртібі аталған қаулының 4-тармағында белгіленген).",
        ),
        (
            "kk",
            "Қаулының күші ҚР Үкіметінің 2012 жылғы 1 қарашадағы № 1392 қаулысымен жойылды "
            "(қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң "
            "қолданысқа енгізілген).",
        ),
        (
            "kk",
            "Төрт стандарттың бәрінде 3-тармақ ҚР Үкіметінің 2011 жылғы 1 желтоқсандағы № 1429 "
            "қаулысымен жаңа редакцияда жазылды (қаулы 2012 жылғы 30 қаңтардан бастап "
            "қолданысқа енгізілген).",
        ),
        (
            "ru",
            "Пункт 2 постановления утратил силу постановлением Правительства РК от 20 июля 2010 "
            "года № 745 (порядок введения в действие установлен пунктом 4 указанного постановления).",
        ),
        (
            "ru",
            "Постановление утратило силу постановлением Правительства РК от 1 ноября 2012 года "
            "№ 1392 (постановление введено в действие по истечении десяти календарных дней после дня первого "
            "официального опубликования).",
        ),
    ],
)
def test_about_writes_each_amendment_as_a_sentence(about, lang, sentence):
    assert sentence in about[lang]


def test_about_has_no_raw_adilet_note(rendered_pages):
    pages = rendered_pages
    kk = pages["about.kk.md"].replace("\\", "")
    section = kk[kk.index("## Өзгерістер") : kk.index("## Дереккөздер")]
    assert "Қаулысымен" not in section and "2012.11.01" not in section and " - " not in section
