"""``python -m calculator``: same answers as the API, localized errors, no tracebacks."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from calculator.__main__ import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bundle_file(bundle, tmp_path_factory):
    path = tmp_path_factory.mktemp("bundle") / "bundle.json"
    path.write_text(json.dumps(bundle, ensure_ascii=False), encoding="utf-8")
    return str(path)


def run(capsys, bundle_file, *argv):
    code = main([*argv, "--bundle", bundle_file])
    out, err = capsys.readouterr()
    return code, out, err


def test_fee_text(capsys, bundle_file):
    code, out, err = run(capsys, bundle_file, "fee", "--category", "legal_entity", "--area", "7",
                         "--paid-on", "2012-03-15", "--lang", "ru")
    assert code == 0 and err == ""
    assert out.splitlines()[:5] == ["tenge: 6213.12", "mci: 1618", "mci_multiple: 3.84", "coefficient: 1.2",
                                    "band: up_to 10"]
    assert "Расчет: 3,2 × 1,2 × 1\u00a0618 = 6\u00a0213,12\u00a0₸" in out


def test_fee_json_with_a_typed_mci(capsys, bundle_file):
    code, out, _ = run(capsys, bundle_file, "fee", "--category", "legal_entity", "--area", "7",
                       "--paid-on", "2012-03-15", "--mci", "1700", "--json")
    answer = json.loads(out)
    assert code == 0 and answer["tenge"] == "6528.00" and answer["mci_source"] == {"kind": "typed"}


def test_deadline_text(capsys, bundle_file):
    code, out, _ = run(capsys, bundle_file, "deadline", "--standard", "1", "--case", "grant",
                       "--submitted", "2012-03-17", "--office", "centre")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "ready_on: 2012-03-29"
    assert lines[1] == "skipped: "
    assert "  2012-03-21 (сәрсенбі) — Наурыз мейрамы" in lines


@pytest.mark.parametrize("argv, message", [
    (["deadline", "--standard", "1", "--case", "grant", "--submitted", "2012-03-17"],
     "17.03.2012 (сенбі) уәкілетті орган жұмыс істемейді: демалыс күні. Бұл күні құжаттарды тапсыру мүмкін "
     "емес, басқа күнді таңдаңыз. [--submitted]"),
    (["fee", "--category", "farm", "--area", "-3", "--paid-on", "2012-03-15", "--lang", "ru"],
     "Площадь должна быть больше нуля. [--area]"),
    (["fee", "--category", "farm", "--area", "NaN", "--paid-on", "2012-03-15", "--lang", "ru"],
     "Укажите площадь числом, например 0,5 или 12. [--area]"),
    (["fee", "--category", "farm", "--area", "10", "--paid-on", "2008-01-01", "--lang", "ru"],
     "В таблице нет значения МРП на 01.01.2008: таблица охватывает период с 01.07.2009 по 31.12.2026. "
     "Введите значение в поле «Значение МРП, тенге». [--mci]"),
    (["fee"], "«Субъект санаты» өрісін толтырыңыз. [--category]"),
])
def test_bad_input_exits_non_zero_with_the_localized_message(capsys, bundle_file, argv, message):
    code, out, err = run(capsys, bundle_file, *argv)
    assert code == 1 and out == ""
    assert err.strip() == message


def test_complaint_storage_open(capsys, bundle_file):
    assert run(capsys, bundle_file, "complaint", "--registered", "2012-03-06", "--simple", "yes")[1] \
        .startswith("due_on: 2012-03-26\nnominal_due: 2012-03-21\n")
    assert run(capsys, bundle_file, "storage", "--ready-on", "2012-08-31")[1] \
        .startswith("keep_until: 2013-02-28\nthen: archive\n")
    assert run(capsys, bundle_file, "open", "--region", "west-kazakhstan", "--at", "2012-03-17 10:00",
               "--office", "centre")[1].startswith("open: true\nzone: Asia/Oral\nhours: 09:00–20:00\n")


def test_ics_to_a_file(capsys, bundle_file, tmp_path):
    target = tmp_path / "due.ics"
    code, out, _ = run(capsys, bundle_file, "ics", "--standard", "2", "--case", "duplicate",
                       "--submitted", "2012-03-07", "--output", str(target))
    data = target.read_bytes()
    assert code == 0 and out == ""
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and b"DTSTART;VALUE=DATE:20120314\r\n" in data


def test_python_dash_m_builds_the_bundle_from_data_and_never_prints_a_traceback():
    ok = subprocess.run([sys.executable, "-m", "calculator", "ics", "--standard", "1", "--case", "grant",
                         "--submitted", "2011-03-04"], cwd=ROOT, capture_output=True)
    assert ok.returncode == 0 and ok.stdout.startswith(b"BEGIN:VCALENDAR\r\n")
    bad = subprocess.run([sys.executable, "-m", "calculator", "fee", "--category", "farm", "--area", "abc",
                          "--paid-on", "2012-03-15"], cwd=ROOT, capture_output=True, text=True)
    assert bad.returncode == 1
    assert bad.stderr.strip() == "Алаңды санмен жазыңыз, мысалы 0,5 немесе 12. [--area]"
    assert "Traceback" not in bad.stderr
