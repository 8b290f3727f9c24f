// The answer page and its widget: questions → one page with documents, fee, ready date, offices
// and what to do if things go wrong. Every word and list comes finished from the data the build
// shipped with the page (generator/pages/answer.py); the fee, the dates and "open now" come from
// the Python rules in the calculator's worker. This script walks the URL and places the strings.
import { el, fill, keepOffline, linkValue, localToday, startMaterial, workerClient } from "../lib/page.mjs";
import { questionsForm } from "./form.mjs";
import { resolve } from "./resolve.mjs";
import { caseLine, documents, linker, offices, printedLine, whatIfWrong } from "./result.mjs";

// Other pages: the "your case" link carries the checklist's chosen list (#case--applicant--rep).
const carryChecklist = (link) => {
  const m = /^#(grant|changed|duplicate)--([a-z_]+)--([01])$/.exec(location.hash);
  if (!m) return;
  const url = new URL(link.href);
  url.searchParams.set("case", m[1]);
  url.searchParams.set("applicant", m[2]);
  url.searchParams.set("representative", m[3]);
  link.href = url.href;
};
for (const link of document.querySelectorAll("[data-answer-entry]")) {
  window.addEventListener("hashchange", () => carryChecklist(link));
  carryChecklist(link);
}

// Only the latest answer prints what the rules send back (see askRules).
let renders = 0;
// Only the latest check of a link's dates prints (checkDates).
let dateChecks = 0;
// On a visit the offline copy serves, Material's script waits for the fee and the date (or a
// failure), at most this long after the page's script ran (as calculator.js does).
const MATERIAL_WAIT_MS = 2000;
const root = document.querySelector("[data-answer]");
if (root) start(root);

function start(root) {
  const data = JSON.parse(root.querySelector("[data-answer-data]").textContent);
  const $ = (selector) => root.querySelector(selector);
  const link = linker(root.dataset.target === "blank");
  const pagePath = (kind, id) => root.dataset.root + data.links[kind].replace("{id}", id);
  const page = { root, data, $, link, pagePath, params: new URLSearchParams(location.search), shownErrors: null };
  const drawForm = questionsForm($("[data-answer-form]"), data);
  const progress = $("[data-answer-progress]");
  // Read before the page takes it over: the rules started from <head> (the offline copy is here).
  const startedEarly = Boolean(window.calculatorWorker);
  if (!startedEarly) startMaterial();
  page.rules = workerClient(root.dataset.worker, (key) => {
    progress.textContent = progress.dataset[key];
    progress.dataset.state = key;
    if (key === "failed") startMaterial();
  });
  root.hidden = false;

  page.update = () => {
    const state = resolve(data.flow, page.params, localToday());
    if (page.shownErrors === null) page.shownErrors = state.errors;
    // An unknown value is named, quoted and cut short (review10 D3); the other lines take none.
    const line = (e) => fill(data.messages[e.code][e.question], { value: linkValue(e.value) });
    $("[data-answer-errors]").replaceChildren(...page.shownErrors.map((e) => el("p", { text: line(e) })));
    drawForm(state, page.params);
    writeUrl(page, state);
    render(page, state);
    checkDates(page, state);
  };
  listen(page, $("[data-answer-form]"));
  $("[data-answer-print]").addEventListener("click", () => window.print());
  page.update();
  // A complete link opens on the answer; the questions stay one tap away.
  const complete = resolve(data.flow, page.params, localToday()).complete;
  if (complete) $("[data-answer-questions]").open = false;
  // With the rules started from <head>, Material waits for their answer (askRules); a page with
  // no answer to wait for starts it now.
  if (startedEarly) setTimeout(startMaterial, complete ? MATERIAL_WAIT_MS : 0);
}

function listen(page, form) {
  const changed = (event) => {
    if (!event.target.name) return;
    page.params.set(event.target.name, event.target.value);
    page.shownErrors = [];
    page.update();
  };
  form.addEventListener("change", changed);
  let typing = null;
  form.addEventListener("input", (event) => {
    if (event.target.name !== "area") return;
    clearTimeout(typing);
    typing = setTimeout(() => changed(event), 500);
  });
  // The answer is always up to date; the button takes the reader to it (or to what is missing).
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const heading = page.$("[data-answer-result]:not([hidden]) h2");
    const missing = form.querySelector("fieldset:not(:has(input:checked)) input");
    const target = heading || missing;
    if (heading) heading.tabIndex = -1;
    target?.focus();
  });
}

// The state lives in the query string, so a link, a reload and the language switch keep it. A
// link's answer to a question not asked yet (its case was unknown) waits there until it is
// asked, never replaced by the default (review9 D1).
function writeUrl(page, state) {
  const next = new URLSearchParams();
  for (const q of page.data.flow.questions) {
    if (q.name in state.waiting) next.set(q.name, state.waiting[q.name]);
    const value = state.answers[q.name];
    if (value === null || value === undefined) continue;
    const typed = page.params.get(q.name);
    if (q.choices) next.set(q.name, q.name === "district" ? page.data.labels.district[value] : value);
    else if (typed) next.set(q.name, typed);
  }
  page.params = next;
  const query = next.toString();
  history.replaceState(history.state, "", query ? `?${query}` : location.pathname);
  // The language switch goes to the twin page with the same case.
  for (const a of document.querySelectorAll("a[hreflang]")) {
    const url = new URL(a.href, location.href);
    url.search = query ? `?${query}` : "";
    a.href = url.href;
  }
}

// A link's date the rules refuse is named even while a question waits (review8 D2): a date
// field cannot hold 31 February, so it would show empty without a word. A complete answer has
// the fee's and the date's own messages instead.
function checkDates(page, state) {
  const box = page.$("[data-answer-date-errors]");
  const typed = page.data.flow.requests.dates.filter((n) => page.params.get(n));
  const check = ++dateChecks;
  box.replaceChildren();
  if (state.complete || !typed.length) return;
  page.rules.start();
  const dates = Object.fromEntries(typed.map((n) => [n, page.params.get(n)]));
  const request = { action: "dates", lang: page.data.lang, dates_from_link: true, ...dates };
  page.rules.ask(request).then((r) => {
    if (check !== dateChecks || !r.ok) return;
    box.replaceChildren(...r.refused.map((e) => el("p", { text: e.message })));
    markRefused(
      page,
      r.refused.map((e) => ({ ok: false, error: e })),
    );
  });
}

function render(page, state) {
  const { data, $, link, pagePath } = page;
  const a = state.answers;
  const waiting = $("[data-answer-incomplete]");
  waiting.hidden = state.complete;
  const [first, ...more] = state.missing;
  // The area is a field: the line asks for it in a field's words (review8 R8); what is left after
  // it is asked for once it is filled.
  if (first)
    waiting.textContent = first === "area" ? data.messages.missing_area : data.messages[more.length ? "missing_more" : "missing"][first];
  $("[data-answer-result]").hidden = !state.complete;
  if (!state.complete) return;
  $("[data-answer-case]").textContent = caseLine(data, a);
  for (const old of $("[data-answer-footer]").querySelectorAll(".answer-printed")) old.remove();
  // The rules are asked first: they work in their own thread while this one draws the lists.
  const current = askRules(page, a);
  $("[data-answer-link]").href = location.href;
  const clauseHref = (standard, anchor) => `${pagePath("standard", standard.id)}#${anchor}`;
  $("[data-answer-docs]").replaceChildren(...documents(data, a, clauseHref, link));
  const originals = $("[data-answer-originals]");
  originals.textContent = data.standards[a.standard].originals[a.case];
  originals.hidden = !originals.textContent;
  const full = $("[data-answer-full]");
  full.href = `${pagePath("checklist", data.standards[a.standard].id)}#full`;
  if (page.root.dataset.target === "blank") Object.assign(full, { target: "_blank", rel: "noopener" });
  $("[data-answer-where]").replaceChildren(...offices(data, a, data.words, link));
  $("[data-answer-wrong]").replaceChildren(...whatIfWrong(data, a, data.words, link));
  askOpen(page, a, current);
}

// A response of the rules: its headline, explanation and calendar file, as written; its warnings
// are said once a page (printWarnings).
/** `above`: the refusals already printed higher on the page, as [message, pointer to its block]. */
function printResponse(box, response, icsName, above = []) {
  if (!response.ok) {
    const said = above.find(([message]) => message === response.error.message);
    box.replaceChildren(el("p", { class: "answer-error", text: said ? said[1] : response.error.message }));
    return;
  }
  box.replaceChildren(
    el("p", { class: "answer-headline", text: response.summary }),
    el("ul", {}, ...response.explanation.map((line) => el("li", { text: line }))),
  );
  if (response.ics && icsName) {
    const a = el("a", { class: "answer-noprint", download: icsName, text: box.dataset.icsLabel });
    a.href = URL.createObjectURL(new Blob([response.ics], { type: "text/calendar" }));
    box.append(a);
  }
}

// The rules' warnings, each once a page (review5 K5): the fee, the date and the late check are
// asked about the same day, and a warning about it is one fact. Each opens the first block that
// has it (a shared one the fee's, directly under the answer's heading), inside the room the box
// keeps while it waits, so nothing below moves.
function printWarnings(root, box, responses) {
  const said = new Set([...root.querySelectorAll(".answer-warning")].map((p) => p.textContent));
  const lines = [];
  for (const w of responses.flatMap((r) => (r.ok && r.warnings) || [])) {
    if (said.has(w.message)) continue;
    said.add(w.message);
    lines.push(el("p", { class: "answer-warning", text: w.message }));
  }
  box.prepend(...lines);
}

// A field the rules refused is marked (review5 D4): a date picker cannot hold 31 February, so the
// field a link filled with it shows empty; the mark ties it to the message that names the day.
function markRefused(page, responses, fresh = true) {
  const form = page.$("[data-answer-form]");
  if (fresh) for (const field of form.querySelectorAll("[aria-invalid]")) field.removeAttribute("aria-invalid");
  for (const r of responses) {
    const field = r.ok || !r.error.field ? null : form.elements.namedItem(r.error.field);
    if (field instanceof HTMLInputElement) field.setAttribute("aria-invalid", "true");
  }
}

// A short answer of the rules in a line of text: its headline (or, after a label such as «Қазір:»,
// its word for inside a line), then its sentences, as written.
const shortAnswer = (response, headline = response.summary) =>
  response.ok ? [el("strong", { text: headline }), el("br"), response.explanation.join(" ")] : [response.error.message];

// The footer's print date: the day the rules found it is in the plot's region, once per answer.
function printDate(page, day) {
  const footer = page.$("[data-answer-footer]");
  if (footer.querySelector(".answer-printed")) return;
  footer.append(printedLine(page.data, `${page.root.dataset.root}${page.data.links.about}`, page.link, day));
}

// A request of the rules with the answers it names. The page's date fields are pickers: a date the
// rules cannot read came with the link, and the rules say so (review9 K7).
// (A declaration: the page starts before the module's later constants are set.)
function rulesRequest(data, action, names, a) {
  const values = Object.fromEntries(names.filter((n) => a[n]).map((n) => [n, a[n]]));
  return { action, lang: data.lang, dates_from_link: true, ...values };
}

// Fee, dates and lateness from the rules; only the latest answer prints, and data-pending says how many
// of its results are still out (the tests wait on it).
function askRules(page, a) {
  const { data, $, root, rules } = page;
  rules.start();
  const request = (action, names) => rulesRequest(data, action, names, a);
  const generation = ++renders;
  const current = () => generation === renders;
  // "My act is not ready yet": asked only with a check date.
  const late = Boolean(a.checked_on);
  $("[data-answer-late-box]").hidden = !late;
  let left = late ? 3 : 2;
  root.dataset.pending = String(left);
  markRefused(page, []);
  const done = () => {
    if (current()) root.dataset.pending = String(--left);
  };
  // The page has no MCI field: the rules' message then names the page that has one (review8 D3).
  const fee = rules.ask({ ...request("fee", data.flow.requests.fee), mci_elsewhere: true });
  const date = rules.ask(request("deadline", data.flow.requests.deadline));
  // Printed together, in the task that reads the second answer: printed alone, the fee would
  // have the page draw a frame before the date's message is read.
  Promise.all([fee, date]).then(async ([f, d]) => {
    if (!current()) return;
    printResponse($("[data-answer-fee]"), f);
    // A refused fee still names a valid area, so the summary keeps it (review8 D3).
    if (f.area) $("[data-answer-case]").textContent = caseLine(data, a, f.area);
    const feeRefusal = [f.error?.message, data.words.errorAbove.fee];
    printResponse($("[data-answer-date]"), d, `deadline-${d.ready_on || "date"}.ics`, [feeRefusal]);
    markRefused(page, [f, d]);
    printWarnings(root, $("[data-answer-fee]"), [f]);
    printWarnings(root, $("[data-answer-date]"), [d]);
    // The status line says what was computed: the rules may refuse a date for one and not the other.
    const computed = f.ok && d.ok ? "both" : f.ok ? "fee" : d.ok ? "date" : "none";
    $("[data-answer-progress]").textContent = data.words.progress[computed];
    done();
    // Once they are on screen: the offline copy, and Material's start.
    setTimeout(() => {
      if (f.ok) keepOffline(root);
      startMaterial();
    }, 0);
    if (d.ok) {
      const s = await rules.ask({ action: "storage", lang: data.lang, ready_on: d.ready_on, office: a.office });
      const box = root.querySelector("[data-answer-storage]");
      if (box && s.ok) box.replaceChildren(...shortAnswer(s));
    }
    done();
  });
  if (late) {
    // The deadline's count stands in its own block above: the late answer points to it.
    const lateAnswer = rules.ask({ ...request("late", data.flow.requests.late), deadline_shown: true });
    Promise.all([fee, date, lateAnswer]).then(([f, d, r]) => {
      const above = [
        [f.error?.message, data.words.errorAbove.fee],
        [d.error?.message, data.words.errorAbove.date],
      ];
      if (current()) {
        printResponse($("[data-answer-late]"), r, undefined, above);
        // A late act's block works the complaint's term out: the lower block points to it (review8 K7).
        if (r.ok && r.late) $("[data-answer-complaint]").textContent = data.words.complaintAbove;
        printWarnings(root, $("[data-answer-late]"), [r]);
        markRefused(page, [r], false);
      }
      done();
    });
  }
  return current;
}

// "Open now" for each office the answer names (its cells are drawn after the fee and date are
// asked). "Now" is the device's clock as a moment; the rules turn it into the region's local time.
function askOpen(page, a, current) {
  const { data, root, rules } = page;
  const now = new Date().toISOString();
  for (const cell of root.querySelectorAll("[data-open]")) {
    rules.ask({ action: "open", lang: data.lang, region: a.region, office: cell.dataset.open, now }).then((r) => {
      cell.replaceChildren(...shortAnswer(r, r.status));
      if (current() && r.ok) printDate(page, r.day);
    });
  }
}
