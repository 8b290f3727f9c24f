"""Search indexes after MkDocs: one per edition, with what Material's index lacks.

MkDocs writes one index for both languages; it is split (/search/ for Kazakh, /ru/search/ for
Russian) and each part says which edition it is ("edition" in its config), which the site's
search worker (docs/assets/search/worker.js) reads to choose its language rules. On top:

- Each directory entry is its own result (title: its name and district) leading to its card
  on the region page; MkDocs would index a whole directory section as one run-together text.
- Results told apart: the four checklists and eight forms are titled with the right's short name.
- Place names in either spelling: each region and entry also carries, unseen, the other
  language's names and address ("alias" field), so Өскемен finds Усть-Каменогорск and back.
- Abbreviations of both languages (ЦОН/ХҚКО, МРП/АЕК, РНН/СТН) go with the words they stand for
  (data/strings/search.yaml).
- The legal-status box (its summary, label and line), the same on every page, is indexed on the
  about page only, and the box leading to the answer page on the home page only.
- No form choices (radio groups, drop-down lists): generator.pages.render marks them
  data-search-exclude, which Material's search plugin skips; nor the answer page's notice for
  browsers without scripts, marked so in its template (it was the page's snippet).
- No code to copy (the embedding page's snippets); code words in running text lose their tags.
- No interface controls (the region page's filter and print buttons) and no print-only lines
  (the region page's source line and its address): a search for a word of a button found every
  region page, and their snippets read as a row of buttons.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

from calculator.messages import LANGS
from generator.load.site_data import SiteData
from generator.pages.order import DIRECTORY_ORDER

WORKER_SOURCE = Path(__file__).resolve().parents[2] / "docs" / "assets" / "search" / "worker.js"
WORKERS = Path("assets") / "javascripts" / "workers"
FIELDS = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "alias": {"boost": 10.0}}
SHORT_TITLED = {
    "checklists": "checklist_title",
    "application": "application_title",
    "receipt": "receipt_title",
}


def _edition_docs(docs: list[dict], lang: str) -> list[dict]:
    if lang == "ru":
        return [
            {**d, "location": d["location"].removeprefix("ru/")}
            for d in docs
            if d["location"].startswith("ru/")
        ]
    return [d for d in docs if not d["location"].startswith("ru/")]


def _entry_docs(site: SiteData, region: str, lang: str) -> list[dict]:
    other = "ru" if lang == "kk" else "kk"
    docs = []
    for name in DIRECTORY_ORDER:
        for e in site.entries_in(region, name):
            district = e["district"] or {}
            contacts = ", ".join(c["value"] for c in e["contacts"])
            docs.append(
                {
                    "location": f"regions/{region}/#{e['id']}",
                    "title": " — ".join(filter(None, (e["name"][lang], district.get(lang)))),
                    "text": " · ".join(
                        filter(
                            None,
                            (
                                e["address"][lang],
                                (e["position"] or {}).get(lang),
                                ", ".join(p["raw"] for p in e["phones"]),
                                contacts,
                            ),
                        )
                    ),
                    "alias": " ".join(
                        filter(None, (district.get(other), e["address"][other], e["name"][other]))
                    ),
                }
            )
    return docs


def _short_title(location: str, ui: dict, lang: str) -> str | None:
    """ "Құжаттар тізбесі — жалға алу" for checklists/temporary-paid-use/, forms likewise."""
    parts = location.strip("/").split("/")
    if len(parts) != 2 or "#" in location:
        return None
    folder, name = parts
    if folder == "checklists":
        kind, standard = "checklists", name
    elif folder == "forms" and name.endswith(("-application", "-receipt")):
        standard, kind = name.rsplit("-", 1)
    else:
        return None
    return f"{ui[SHORT_TITLED[kind]][lang]} — {ui['short_' + standard][lang]}"


def abbreviations(strings: dict) -> list[tuple[re.Pattern, str]]:
    """(pattern, letters) for each abbreviation of data/strings/search.yaml: a document holding its
    words («*» any ending) or the abbreviation, in either language, also answers to the letters
    of both ("ХҚКО ЦОН")."""
    found = []
    for key in (k for k in strings if k.startswith("search_words_")):
        words = strings[key]
        letters = strings["search_abbreviation_" + key.removeprefix("search_words_")]
        pattern = "|".join(
            [re.escape(words[lang].lower()).replace(r"\*", r"\w*") for lang in LANGS]
            + [rf"\b{re.escape(letters[lang].lower())}\b" for lang in LANGS]
        )
        found.append((re.compile(pattern), " ".join(letters[lang] for lang in LANGS)))
    return found


def _phrase(text: str) -> str:
    """``text`` as a pattern; the page may print any of its spaces as a no-break one
    (messages.tie) and MkDocs may run its parts together with one."""
    return r"[ \u00a0]*".join(map(re.escape, text.split()))


def _said_once(site: SiteData, lang: str) -> dict[str, re.Pattern]:
    """The boxes every page shows, by the one page where they are indexed."""
    ui = site.strings
    year = site.act["status"]["repealed_by"]["date"][:4]
    summary = _phrase(ui["status_short"][lang].format(year=year))
    label, status = _phrase(ui["legal_status"][lang] + "."), _phrase(site.status_line(lang))
    entry = _phrase(ui["entry_text"][lang])
    button = _phrase(ui["entry_button"][lang])
    return {
        "about/": re.compile(rf"(?:{summary}\s*)?(?:<p>)?(?:{label}\s*)?{status}(?:</p>)?\s*"),
        "": re.compile(rf"<p>{entry}</p>\s*<p>{button}</p>\s*"),
    }


def _interface(site: SiteData, lang: str) -> re.Pattern:
    """The region page's controls and its print-only lines (empty until printed, then the
    source with the page's address)."""
    ui = site.strings
    controls = " ".join(
        ui[key][lang]
        for key in (
            "directory_filter_label",
            "directory_filter_show",
            "directory_filter_clear",
            "print",
        )
    )
    source = ui["directory_print_source"][lang].format(number=site.act["number"], url="URL")
    source = _phrase(source).replace("URL", r"\S+?")
    return re.compile(rf"{_phrase(controls)}\s*|<p>\s*</p>\s*|<p>{source}</p>\s*")


# Code to copy (the embedding page's snippets) is no text to search for; a code word in running
# text is: unwrapped, so that a snippet does not glue it to the next («(kostanayҚостанай ауданы»).
_SNIPPET = re.compile(r"<pre>.*?</pre>\s*", re.S)
_CODE = re.compile(r"</?code>")


def _clean_text(
    text: str, page: str, said_once: dict[str, re.Pattern], interface: re.Pattern
) -> str:
    for home, box in said_once.items():
        if page != home:
            text = box.sub("", text)
    text = _CODE.sub("", _SNIPPET.sub("", text))
    return interface.sub("", text).strip()


def edition_index(docs: list[dict], site: SiteData, lang: str) -> list[dict]:
    ui = site.strings
    said_once, interface = _said_once(site, lang), _interface(site, lang)
    regions = {r["id"]: r for r in site.regions}
    other = "ru" if lang == "kk" else "kk"
    synonyms = abbreviations(ui)
    out = []
    for doc in _edition_docs(docs, lang):
        doc = dict(doc)
        page, _, anchor = doc["location"].partition("#")
        parts = page.strip("/").split("/")
        region = (
            parts[1] if parts[0] == "regions" and len(parts) == 2 and parts[1] in regions else None
        )
        if region and anchor:
            continue  # a directory section: its entries come one by one below
        doc["text"] = _clean_text(doc["text"], page, said_once, interface)
        doc["title"] = _short_title(doc["location"], ui, lang) or doc["title"]
        if region and not anchor:
            r = regions[region]
            doc["alias"] = " ".join((r["name"][other], *(r["centre"] or {}).values()))
        out.append(doc)
        if region and not anchor:
            out.extend(_entry_docs(site, region, lang))
    for doc in out:
        haystack = f"{doc['title']} {doc['text']}".lower()
        extra = [letters for pattern, letters in synonyms if pattern.search(haystack)]
        if extra:
            doc["alias"] = " ".join(filter(None, (doc.get("alias"), *extra)))
    return out


def write_indexes(site: Path, data: SiteData) -> dict[str, int]:
    """Writes each edition's index; returns, by language, the most entries one page has there
    (a page and its sections: the most a result can count)."""
    index_path = site / "search" / "search_index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    most = {}
    for lang in LANGS:
        docs = edition_index(index["docs"], data, lang)
        if not docs:
            raise ValueError(f"search index: no pages in {lang!r}")
        most[lang] = max(Counter(d["location"].split("#")[0] for d in docs).values())
        config = {
            **index["config"],
            "lang": ["ru"] if lang == "ru" else ["en"],
            "pipeline": [],
            "fields": FIELDS,
            "edition": lang,
        }
        path = site / ("ru/" if lang == "ru" else "") / "search" / "search_index.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            json.dumps(
                {**index, "config": config, "docs": docs}, ensure_ascii=False, separators=(",", ":")
            ),
            encoding="utf-8",
        )
    return most


def ship_worker(site: Path, material_worker: str) -> str:
    """The site's worker beside Material's (same folder, so Material's relative lunr paths hold),
    named by its content hash like Material's bundles (cached for a year). Returns its name."""
    source = WORKER_SOURCE.read_text(encoding="utf-8")
    if "importScripts(MATERIAL_WORKER);" not in source:
        raise ValueError(f"{WORKER_SOURCE}: the importScripts(MATERIAL_WORKER) line is missing")
    text = source.replace(
        "importScripts(MATERIAL_WORKER);", f"importScripts({json.dumps(material_worker)});"
    )
    name = f"site-search.{hashlib.sha256(text.encode()).hexdigest()[:8]}.min.js"
    (site / WORKERS / name).write_text(text, encoding="utf-8")
    return name


def worker_imports(site: Path) -> list[str]:
    """What the site's search worker loads besides itself (Material's worker, the Russian
    stemmer and its support), as site paths: an offline copy of a page needs them too."""
    materials = sorted((site / WORKERS).glob("search.*.min.js"))
    lunr = site / "assets" / "javascripts" / "lunr" / "min"
    files = [*materials, lunr / "lunr.stemmer.support.min.js", lunr / "lunr.ru.min.js"]
    return ["/" + p.relative_to(site).as_posix() for p in files]
