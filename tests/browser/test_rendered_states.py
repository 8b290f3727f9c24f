"""What the browser shows, read as rendered: every class of answer on the answer page and its
widget (each standard × case × applicant kind × representative × office, a district in every
region, every fee category), the calculator's results for each form, and /compare/, both
languages. Over the visible text after the rules have filled the fee and the date: the language
rules of docs/dev/language.md, no unfilled {placeholder}, no undefined/NaN/null/[object Object],
and every count with its unit.

One Chromium page per URL: the classes are answered on it one after the other by ticking the
form's choices (the page keeps one worker, so the rules start once per page).
Run it alone: SITE_URL=http://127.0.0.1:8765/ .venv/bin/python -m pytest
tests/browser/test_rendered_states.py (after building the site with the same SITE_URL).
"""

from __future__ import annotations

import re
from itertools import cycle
from urllib.parse import urlencode

import pytest

from calculator.answer import FREE, OFFICES, QUESTIONS, categories_for, districts
from generator.load.site_data import load_site
from generator.pages.answer import page_data
from tests.datatools import ROOT
from tests.site.language_rules import findings, outside
from tests.site.test_language_rules import _leaves

LANGS = {"": "kk", "ru/": "ru"}
# What the page says does not depend on the server: the static one only.
pytestmark = pytest.mark.parametrize("served", ["static"], indirect=True)

# A template left unfilled, a value the script never had.
PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}")
NOT_A_VALUE = re.compile(r"(?<![\w-])(?:undefined|NaN|null)(?![\w-])|\[object \w+\]")
# A count that lost its unit: «в течение 30,», «30 ішінде», «6; дубликат — 4.».
UNITLESS = {
    "ru": re.compile(
        r"(?:в течение|не более|не позднее|через)\s\d+(?=[,.;)](?!\d)|\s(?:а|и)\s)"
        r"|(?<![\d.,:/\w-])\d+(?=;)|—\s\d+(?=\.(?:\s|$))"
    ),
    "kk": re.compile(
        r"(?<![\d.,:/\w-])\d+\s(?:ішінде|ішінен)|(?<![\d.,:/\w-])\d+(?=;)|—\s\d+(?=\.(?:\s|$))"
    ),
}


def problems(text: str, lang: str, official: tuple[str, ...]) -> list[str]:
    found = [str(f) for f in outside(findings(text, lang), text, official)]
    for name, pattern in (
        ("placeholder", PLACEHOLDER),
        ("not-a-value", NOT_A_VALUE),
        ("count-without-unit", UNITLESS[lang]),
    ):
        for m in pattern.finditer(text):
            context = text[max(0, m.start() - 40) : m.end() + 40].replace("\n", " ")
            found.append(f"[{name}] …{context}…")
    return found


@pytest.fixture(scope="module")
def official(data) -> tuple[str, ...]:
    """The texts data/ holds from the source (reproduced as published, not checked here)."""
    texts = set()
    for name, value in data.items():
        if name.startswith("strings/"):
            continue
        if name == "act":
            value = {k: v for k, v in value.items() if k != "status"}
        texts.update(t for t in _leaves(value) if t)
    return tuple(sorted(texts, key=len, reverse=True))


def answer_classes(data) -> list[dict[str, str]]:
    """Every standard × case × applicant × representative × office, from the question table the
    page ships; the regions (with one of their districts each, in turn) and the fee categories of
    the applicant are spread over them, so each region and category appears too."""
    flow = page_data(load_site(ROOT / "data"), "kk")["flow"]
    choices = {q["name"]: q.get("choices") for q in flow["questions"]}
    directories = {k.split("/", 1)[1]: v for k, v in data.items() if k.startswith("directories/")}
    places = []
    for region in choices["region"][""]:
        names = [d["kk"] for d in districts(region, directories)]
        places.append((region, names))
    categories = {c["id"]: c for c in data["fees"]["categories"]}
    per_applicant = {
        a: cycle(categories_for(a, data["fees"]["categories"])) for a in choices["category"]
    }
    classes = []
    for standard in choices["standard"][""]:
        for case in choices["case"][standard]:
            for applicant in choices["applicant"][standard]:
                for rep in choices["representative"][f"{standard}|{case}"] or [None]:
                    for office in OFFICES:
                        i = len(classes)
                        region, names = places[i % len(places)]
                        category = next(per_applicant[applicant])
                        one = {
                            "standard": standard,
                            "case": case,
                            "applicant": applicant,
                            "representative": rep,
                            "region": region,
                            "district": names[(i // len(places)) % len(names)] if names else None,
                            "category": category,
                            # Decimal comma on every other class; "today" on the first of all.
                            "area": (
                                ("12,5" if i % 2 else "120")
                                if categories[category]["base_area_ha"] is not None
                                else None
                            ),
                            "paid_on": None if i == 0 else "2012-03-15",
                            "submitted": None if i == 0 else "2012-03-07",
                            "office": office,
                        }
                        classes.append({k: v for k, v in one.items() if v is not None})
    return classes


# In the page: tick each answer of a class in the questions' order (the form is redrawn as the
# questions change), wait until the rules have printed, and hand back the answer's visible text.
ANSWER_ALL = """async ({classes, order, free}) => {
  const root = document.querySelector("[data-answer]");
  const form = root.querySelector("[data-answer-form]");
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const texts = [];
  for (const one of classes) {
    for (const name of order) {
      if (!(name in one)) continue;
      if (free.includes(name)) {
        const input = form.querySelector(`input[name="${name}"]`);
        if (!input) { texts.push(`no field ${name}`); continue; }
        input.value = one[name];
        input.dispatchEvent(new Event("change", { bubbles: true }));
        continue;
      }
      const input = [...form.querySelectorAll(`input[name="${name}"]`)].find((e) => e.value === one[name]);
      if (!input) { texts.push(`no choice ${name}=${one[name]}`); continue; }
      if (!input.checked) input.click();
    }
    const started = Date.now();
    const done = () => !root.querySelector("[data-answer-result]").hidden
      && root.dataset.pending === "0"
      && [...root.querySelectorAll("[data-open]")].every((c) => c.textContent)
      && root.querySelector("[data-answer-fee]").textContent;
    while (!done() && Date.now() - started < 90000) await sleep(20);
    texts.push((done() ? "" : "not answered in time\\n") + root.innerText);
  }
  return texts;
}"""

CALCULATE_ALL = """async ({dates}) => {
  const root = document.querySelector("[data-calculator]");
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const texts = [];
  const send = async (form) => {
    const output = form.querySelector("output, [data-output]");
    output.replaceChildren();
    form.requestSubmit();
    const started = Date.now();
    while (!output.textContent && Date.now() - started < 90000) await sleep(20);
    texts.push(output.innerText);
  };
  for (const form of root.querySelectorAll("form[data-action]")) {
    for (const input of form.querySelectorAll("input[type=date]")) input.value = dates.date;
    for (const input of form.querySelectorAll("input[type=datetime-local]")) input.value = dates.at;
    const area = form.querySelector("input[name=area]");
    if (area) area.value = "12,5";
    // Each choice of every radio group and select once, the others at their first choice.
    const groups = {};
    for (const r of form.querySelectorAll("input[type=radio]")) (groups[r.name] ||= []).push(r);
    for (const s of form.querySelectorAll("select")) groups[s.name] = [...s.options].map((o) => ({ select: s, value: o.value }));
    const variants = Object.values(groups).flat();
    if (!variants.length) await send(form);
    for (const v of variants) {
      if (v.select) v.select.value = v.value; else v.checked = true;
      await send(form);
    }
    const simple = form.querySelector("input[type=checkbox]");
    if (simple) { simple.checked = !simple.checked; await send(form); }
  }
  return texts;
}"""


def audit(texts: list[str], lang: str, official, where: str) -> list[str]:
    out = []
    for i, text in enumerate(texts):
        if text.startswith(("no field", "no choice", "not answered")):
            out.append(f"{where} #{i}: {text.splitlines()[0]}")
        out += [f"{where} #{i}: {p}" for p in problems(text, lang, official)]
    return out


@pytest.fixture(scope="module")
def audit_page(browser, served):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page, errors
    context.close()


@pytest.mark.parametrize("path", ["answer/", "embed/answer/"])
@pytest.mark.parametrize("lang", LANGS)
def test_every_answer_class_reads_right(audit_page, served, data, official, lang, path):
    page, errors = audit_page
    classes = answer_classes(data)
    # Every standard, case, applicant kind, office, region and fee category is answered.
    for question, count in (("standard", 4), ("case", 3), ("applicant", 3), ("office", 2)):
        assert len({c[question] for c in classes}) == count, question
    assert {c["region"] for c in classes} == {r["id"] for r in data["regions"]}
    assert {c["category"] for c in classes} == {c["id"] for c in data["fees"]["categories"]}
    # Opened on a complete link (the first render is an answer), then ticked from class to class.
    page.goto(f"{served}/{lang}{path}?{urlencode(classes[-1])}")
    # A complete link folds the questions away: their fields are there, not shown.
    page.wait_for_selector("[data-answer-form] input", state="attached", timeout=20000)
    texts = page.evaluate(
        ANSWER_ALL,
        {
            "classes": classes,
            "order": list(QUESTIONS),
            "free": list(FREE),
        },
    )
    found = audit(texts, LANGS[lang], official, f"/{lang}{path}")
    assert not found, f"{len(found)} findings:\n" + "\n".join(list(dict.fromkeys(found))[:40])
    assert not errors, errors


@pytest.mark.parametrize("path", ["calculator/", "embed/calculator/"])
@pytest.mark.parametrize("lang", LANGS)
def test_every_calculator_result_reads_right(audit_page, served, official, lang, path):
    page, errors = audit_page
    page.goto(f"{served}/{lang}{path}")
    page.wait_for_selector("[data-calculator] form[data-action]", timeout=20000)
    texts = page.evaluate(
        CALCULATE_ALL, {"dates": {"date": "2012-03-15", "at": "2012-03-15T10:30"}}
    )
    assert len(texts) >= 5
    found = audit(texts, LANGS[lang], official, f"/{lang}{path}")
    assert not found, f"{len(found)} findings:\n" + "\n".join(list(dict.fromkeys(found))[:40])
    assert not errors, errors


@pytest.mark.parametrize("lang", LANGS)
def test_compare_reads_right(audit_page, served, official, lang):
    page, errors = audit_page
    page.goto(f"{served}/{lang}compare/")
    text = page.locator("article").inner_text()
    found = audit([text], LANGS[lang], official, f"/{lang}compare/")
    # A cell of clause 6 keeps no definition that refers to nothing here (review N28).
    found += [f"[definition] {m}" for m in re.findall(r"\((?:бұдан әрі|далее)\s*[–-][^)]*\)", text)]
    assert not found, f"{len(found)} findings:\n" + "\n".join(found)
    assert not errors, errors
