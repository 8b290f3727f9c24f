"""The editor's ninth reading (notes/review9.md): what the rules print. Each expected text is
typed from the review's proposal and worked by hand; none is copied from the output."""

from __future__ import annotations

from tests.calculator.test_review7_wording import late as late_check

NBSP = "\u00a0"


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


def late_lines(ask, lang: str) -> str:
    # Checked Tue 10.04.2012 (the review's late case): 30 calendar days end Thu 10.05.2012, a
    # working day (09.05 is the holiday); 15 days end Wed 25.04.2012.
    return plain(" ".join(late_check(ask, "2012-04-10", lang)["explanation"]))


# --- K3/R3: the clause reference follows the rule, not the weekday ----------------------------------
def test_the_complaint_line_cites_the_clause_after_the_rule(ask):
    assert (
        "Шағымды 10.04.2012 күні берсеңіз және ол сол күні тіркелсе, шағым 30 күнтізбелік күн"
        " ішінде қаралады (25-тармақ), жауап беру мерзімі — 10.05.2012 (бейсенбі)."
    ) in late_lines(ask, "kk")
    assert (
        "Если подать жалобу 10.04.2012 и она будет зарегистрирована в тот же день, ее рассмотрят"
        " в течение 30 календарных дней (пункт 25), ответ — не позднее 10.05.2012 (четверг)."
    ) in late_lines(ask, "ru")


# --- R4: the 15-day line names the complaint and has verbs, not a chain of verbal nouns -------------
def test_the_short_complaint_term_names_the_complaint(ask):
    assert (
        "Если же получать и изучать дополнительную информацию не потребуется, жалобу рассмотрят"
        " в течение 15 календарных дней, ответ — не позднее 25.04.2012 (среда)."
    ) in late_lines(ask, "ru")
    # The Kazakh line already names it («шағым … қаралады»).
    assert (
        "Ал қосымша ақпарат алу және зерделеу қажет болмаса, шағым 15 күнтізбелік күн ішінде"
        " қаралады, жауап беру мерзімі — 25.04.2012 (сәрсенбі)."
    ) in late_lines(ask, "kk")


def test_the_calculators_complaint_rule_has_the_same_verbs(ask):
    # The calculator's complaint block states the rule the late line applies (R4's wording).
    ru = plain(
        " ".join(
            ask(action="complaint", registered="2012-04-10", simple=True, lang="ru")["explanation"]
        )
    )
    assert (
        "Если получать и изучать дополнительную информацию не требуется, жалоба рассматривается"
        " в течение 15 календарных дней (пункт 25 стандарта)."
    ) in ru
