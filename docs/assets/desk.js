// The staff desk: the receipt of clause 14 and the notices of clause 16, printed and as .docx.
// Every sentence, date, count and clause reference comes from the page's data (made by the
// build, generator/pages/desk.py) or from the Python rules in the calculator's worker (the due
// date, the end of storage, the office's hours); this script only chooses and places them.
// Entries stay on this device (localStorage); nothing is sent anywhere.
import { fill } from "./lib/page.mjs";

const form = document.querySelector("[data-desk]");
const data = form && JSON.parse(document.getElementById("desk-data").textContent);
const KEY = "zher-aktileri:desk";
const L = data ? data.labels : {};
const $ = (selector) => form.querySelector(selector);
const ticked = new Set();
// Unticked conditional documents whose condition the officer says holds: only these reach a refusal.
const conditionHolds = new Set();
let paper = null; // {kind, lines: [{kind, text}]}

const value = (name) => {
  const field = form.elements.namedItem(name);
  return field ? String(field.value ?? "").trim() : "";
};
const standard = () => data.standards[value("standard")];

// --- the rules, in the calculator's worker (as the calculator page uses it) ---------------------
const status = $("[data-desk-status]");
const pending = new Map();
let worker = null;
let failed = false;
let nextId = 1;
const failure = () => ({ ok: false, error: { message: status.dataset.failed } });
// Loading and failure are said; once the rules are ready the line empties (review5 K22: "the rules
// are ready" is the program talking about itself).
function setStatus(state) {
  status.textContent = status.dataset[state] ?? "";
  if (state === "failed") {
    failed = true;
    for (const resolve of pending.values()) resolve(failure());
    pending.clear();
  }
}
// How near the server is, as the calculator page tells its worker (worker.mjs, `pageCameNear`):
// near, the worker fetches its memory snapshot at once and starts sooner.
function pageLine() {
  const page = performance.getEntriesByType("navigation")[0];
  if (!page || !page.transferSize) return "";
  return JSON.stringify({ latency: page.responseStart - page.requestStart });
}
function startWorker() {
  if (worker || failed) return worker;
  try {
    worker = new Worker(form.dataset.worker, { type: "module", name: pageLine() });
  } catch {
    setStatus("failed");
    return null;
  }
  setStatus("loading");
  worker.onerror = () => setStatus("failed");
  worker.onmessage = ({ data: message }) => {
    if (message.type === "ready") setStatus("ready");
    else if (message.type === "failed") setStatus("failed");
    else if (message.id && pending.has(message.id)) {
      pending.get(message.id)(message.response);
      pending.delete(message.id);
    }
  };
  return worker;
}
const ask = (request) =>
  failed
    ? Promise.resolve(failure())
    : new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        startWorker()?.postMessage({ id, request: { ...request, lang: data.lang } });
      });

// --- entries kept on this device ----------------------------------------------------------------
function save() {
  const fields = {};
  for (const el of form.elements) {
    if (!el.name || el.type === "button" || el.type === "submit") continue;
    if (el.type === "radio" || el.type === "checkbox") {
      if (el.checked && el.name !== "document") fields[el.name] = el.value;
    } else fields[el.name] = el.value;
  }
  try {
    localStorage.setItem(KEY, JSON.stringify({ fields, ticked: [...ticked] }));
  } catch {
    /* private mode: nothing kept */
  }
}
function restore() {
  let saved = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) || "{}");
  } catch {
    /* damaged: start empty */
  }
  const fields = saved.fields || {};
  for (const id of saved.ticked || []) ticked.add(id);
  for (const el of form.elements) {
    if (!el.name || !(el.name in fields) || el.name === "entry") continue;
    if (el.type === "radio") el.checked = el.value === fields[el.name];
    else if (el.type === "checkbox") el.checked = el.value === fields[el.name];
    else el.value = fields[el.name];
  }
  return fields;
}

// --- what the choices show: applicants, offices, documents, grounds -----------------------------
function showApplicants() {
  const allowed = standard().applicants;
  const radios = [...form.querySelectorAll("input[name=applicant]")];
  for (const radio of radios) {
    radio.disabled = !allowed.includes(radio.value);
    radio.closest("label").hidden = radio.disabled;
  }
  if (!radios.some((r) => r.checked && !r.disabled)) radios.find((r) => !r.disabled).checked = true;
}
function showOffices(chosen) {
  const select = $("#desk-entry");
  const ids = data.offices.choices[value("standard")]?.[value("region")]?.[value("office")] || [];
  const keep = chosen ?? select.value;
  select.replaceChildren(...ids.map((n) => new Option(data.offices.entries[n][0], String(n))));
  if (ids.map(String).includes(keep)) select.value = keep;
  showAddress();
}
function showAddress() {
  const entry = data.offices.entries[value("entry")];
  $("[data-desk-address]").textContent = entry ? entry[3] : "";
}
const tailoredIds = () => standard().cases[value("case")].variants[`${value("applicant")}|${value("rep")}`];
const tickKey = (id) => `${value("standard")}:${id}`;
const span = (className, textContent) => Object.assign(document.createElement("span"), { className, textContent });
// A document as the answer page and the checklist write it: its name, whom it is for and its
// condition, then its clause after the one middle dot (review9 K1); a line of its own below says
// that the chosen case's list does not hold it.
function documentItem(item, inList) {
  const li = document.createElement("li");
  const box = Object.assign(document.createElement("input"), { type: "checkbox", name: "document", value: item.id });
  box.id = `desk-doc-${item.id}`;
  box.checked = ticked.has(tickKey(item.id));
  const label = Object.assign(document.createElement("label"), { htmlFor: box.id, textContent: item.text });
  li.append(box, " ", label);
  if (item.note) li.append(" ", span("desk-doc-if", item.note));
  li.append(data.clauseSeparator, span("desk-doc-clause", item.clause));
  if (!inList) li.append(span("desk-doc-note", L.desk_not_tailored));
  return li;
}
function showDocuments() {
  const list = document.createElement("ul");
  list.className = "desk-documents";
  const wanted = new Set(tailoredIds());
  const full = $("[data-desk-full]").checked;
  for (const item of standard().cases[value("case")].items) {
    if (full || wanted.has(item.id)) list.append(documentItem(item, wanted.has(item.id)));
  }
  const note = standard().cases[value("case")].originals;
  const originals = note ? Object.assign(document.createElement("p"), { className: "desk-originals", textContent: note }) : "";
  $("[data-desk-documents]").replaceChildren(list, originals);
}
function showGrounds(chosen) {
  const fieldset = $("[data-desk-grounds]");
  const keep = chosen ?? form.querySelector("input[name=ground]:checked")?.value;
  const labels = standard().suspension.grounds.map((ground, n) => {
    const label = document.createElement("label");
    const radio = Object.assign(document.createElement("input"), { type: "radio", name: "ground", value: String(n) });
    radio.checked = keep === String(n);
    label.append(radio, " ", ground.option);
    return label;
  });
  fieldset.replaceChildren(fieldset.querySelector("legend"), ...labels);
  showTermNote();
}
function showTermNote() {
  const ground = standard().suspension.grounds[value("ground")];
  $("[data-desk-term-note]").textContent = ground ? ground.term_note : "";
}
function missingItems() {
  const items = standard().cases[value("case")].items;
  return tailoredIds()
    .filter((id) => !ticked.has(tickKey(id)))
    .map((id) => items.find((i) => i.id === id));
}
// Clause 16 refuses for the "relevant" documents of clause 11: a conditional one only where its
// condition holds, which the officer knows and the page does not (docs/dev/desk.md).
const refusable = (item) => !item.condition || conditionHolds.has(tickKey(item.id));
function tickedItems() {
  return standard().cases[value("case")].items.filter((i) => ticked.has(tickKey(i.id)));
}

// --- checks before a paper is made ----------------------------------------------------------------
// One paragraph per message: the rules' warnings and the form's lines stay apart.
function problem(messages, field) {
  const box = $("[data-desk-error]");
  const lines = [messages].flat().filter(Boolean);
  box.replaceChildren(...lines.map((text) => Object.assign(document.createElement("p"), { textContent: text })));
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  if (field) {
    field.setAttribute("aria-invalid", "true");
    field.focus();
  }
  return false;
}
function required(names) {
  for (const name of names) {
    const field = form.elements.namedItem(name);
    if (!value(name)) {
      const label = form.querySelector(`label[for="${field.id}"]`)?.textContent ?? "";
      return problem(fill(L.missing_field, { label }), field);
    }
  }
  for (const name of names.filter((n) => form.elements.namedItem(n).type === "date")) {
    if (!data.days[value(name)]) return problem(data.outside, form.elements.namedItem(name));
  }
  return problem("", null) || true;
}
const REQUEST_FIELDS = ["entry", "number", "accepted_on", "surname", "name", "position"];

// --- the papers ------------------------------------------------------------------------------------
// The patronymic is optional: the line without it is a template of its own.
const officer = () =>
  fill(value("patronymic") ? L.desk_r_officer_value : L.desk_r_officer_value_short, {
    surname: value("surname"),
    name: value("name"),
    patronymic: value("patronymic"),
    position: value("position"),
  });
function serviceLines() {
  return [
    { kind: "label", text: L.desk_r_service },
    { kind: "text", text: standard().title },
    { kind: "text", text: fill(L.desk_r_case, { case: data.cases[value("case")] }) },
  ];
}
function noticeHead(title, basis) {
  const lines = [
    { kind: "title", text: title },
    { kind: "small", text: basis },
  ];
  if (value("applicant_name")) lines.push({ kind: "text", text: fill(L.desk_to, { applicant: value("applicant_name") }) });
  lines.push({ kind: "text", text: fill(L.desk_request_line, { number: value("number"), day: data.days[value("accepted_on")] }) });
  return [...lines, ...serviceLines()];
}
function receiptLines(items, due, hours, storage) {
  const [, name, address] = data.offices.entries[value("entry")];
  return [
    { kind: "title", text: L.desk_receipt_title },
    { kind: "small", text: standard().receipt_basis },
    { kind: "label", text: L.desk_r_number },
    {
      kind: "text",
      text: fill(L.desk_r_number_value, { number: value("number"), day: data.days[value("accepted_on")], time: value("accepted_at") }),
    },
    ...serviceLines(),
    { kind: "label", text: L.desk_r_documents },
    { kind: "text", text: data.counts[items.length] },
    ...items.map((item) => ({ kind: "item", text: item.text })),
    { kind: "label", text: L.desk_r_issue },
    { kind: "text", text: due.summary },
    ...(hours ? [{ kind: "text", text: hours }] : []),
    { kind: "text", text: fill(L.desk_r_place, { office: name, address }) },
    { kind: "label", text: L.desk_r_officer },
    { kind: "text", text: officer() },
    { kind: "label", text: L.desk_r_storage },
    ...storage.explanation.map((text) => ({ kind: "text", text })),
    { kind: "sign", text: L.desk_sign_officer },
    { kind: "sign", text: L.desk_sign_applicant },
  ];
}
function refusalLines(missing) {
  const refusal = standard().refusal;
  return [
    ...noticeHead(L.desk_refusal_title, refusal.basis),
    { kind: "label", text: refusal.ground },
    { kind: "text", text: refusal.quote },
    { kind: "label", text: L.desk_refusal_missing },
    ...missing.map((item) => ({ kind: "item", text: item.refused })),
    { kind: "text", text: fill(L.desk_notice_by, { officer: officer() }) },
    { kind: "text", text: fill(L.desk_notice_date, { day: data.days[value("accepted_on")] }) },
    { kind: "sign", text: L.desk_sign },
  ];
}
function suspensionLines() {
  const { grounds, term_ref: termRef } = standard().suspension;
  const ground = grounds[value("ground")];
  return [
    ...noticeHead(L.desk_suspension_title, standard().refusal.basis),
    { kind: "label", text: fill(L.desk_ground, { clause: ground.ref }) },
    { kind: "text", text: ground.text },
    { kind: "label", text: L.desk_cause_document },
    { kind: "text", text: value("cause") },
    { kind: "label", text: fill(L.desk_term, { clause: termRef }) },
    { kind: "text", text: ground.term },
    ...(ground.term_note ? [{ kind: "text", text: ground.term_note }] : []),
    { kind: "label", text: L.desk_next_steps },
    { kind: "text", text: value("next_steps") },
    { kind: "text", text: fill(L.desk_notice_by, { officer: officer() }) },
    { kind: "text", text: fill(L.desk_notice_date, { day: data.days[value("notice_on")] }) },
    { kind: "sign", text: L.desk_sign },
  ];
}

// --- showing a paper, printing it, and its .docx -------------------------------------------------
const TAGS = { title: "h3", label: "p", text: "p", small: "p", sign: "p" };
function show(kind, lines) {
  paper = { kind, lines };
  const sheet = document.querySelector("[data-desk-sheet]");
  sheet.dataset.kind = kind;
  const nodes = [];
  for (const line of lines) {
    if (line.kind === "item") {
      if (nodes.at(-1)?.tagName !== "OL") nodes.push(document.createElement("ol"));
      nodes.at(-1).append(Object.assign(document.createElement("li"), { textContent: line.text }));
      continue;
    }
    const node = document.createElement(TAGS[line.kind]);
    node.className = `desk-sheet__${line.kind}`;
    node.textContent = line.text;
    nodes.push(node);
  }
  sheet.replaceChildren(...nodes);
  const section = document.querySelector("[data-desk-paper]");
  section.hidden = false;
  section.scrollIntoView({ block: "start" });
}
const xml = (text) => text.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]);
function docxBytes(lines) {
  const t = data.docx;
  const body = lines.map((line) => t.paragraphs[line.kind].replace("{text}", xml(line.text))).join("");
  return zip({ ...t.parts, [t.document]: t.head + body + t.tail });
}
// A zip of stored (uncompressed) entries: what a .docx is, without a compression library.
const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => (bytes.reduce((c, b) => CRC[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
const DOS_DATE = 0x21; // 1 January 1980: no clock is read, so the same paper gives the same bytes
function zip(files) {
  const encoder = new TextEncoder();
  const chunks = [];
  const central = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = encoder.encode(name);
    const bytes = encoder.encode(text);
    const header = (signature, extra) => {
      const view = new DataView(new ArrayBuffer(extra ? 46 : 30));
      const fields = extra
        ? [
            [0, signature, 4],
            [4, 20, 2],
            [6, 20, 2],
            [8, 0x0800, 2],
            [14, DOS_DATE, 2],
            [16, crc32(bytes), 4],
            [20, bytes.length, 4],
            [24, bytes.length, 4],
            [28, nameBytes.length, 2],
            [42, offset, 4],
          ]
        : [
            [0, signature, 4],
            [4, 20, 2],
            [6, 0x0800, 2],
            [12, DOS_DATE, 2],
            [14, crc32(bytes), 4],
            [18, bytes.length, 4],
            [22, bytes.length, 4],
            [26, nameBytes.length, 2],
          ];
      for (const [at, number, size] of fields) size === 4 ? view.setUint32(at, number, true) : view.setUint16(at, number, true);
      return new Uint8Array(view.buffer);
    };
    central.push(header(0x02014b50, true), nameBytes);
    const local = header(0x04034b50, false);
    chunks.push(local, nameBytes, bytes);
    offset += local.length + nameBytes.length + bytes.length;
  }
  const size = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  const count = Object.keys(files).length;
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, count, true);
  end.setUint16(10, count, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return new Blob([...chunks, ...central, new Uint8Array(end.buffer)], { type: data.docx.mime });
}
function download() {
  if (!paper) return;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(docxBytes(paper.lines));
  link.download = `${paper.kind}-${value("number").replace(/[^\w-]+/g, "_") || "desk"}.docx`;
  document.body.append(link);
  link.click();
  link.remove();
}

// --- the three papers ------------------------------------------------------------------------------
function alertMissing(missing) {
  const box = $("[data-desk-alert]");
  box.replaceChildren();
  if (!missing.length) return;
  const heading = tickedItems().length ? L.desk_missing_title : L.desk_missing_title_none;
  const title = Object.assign(document.createElement("p"), { className: "desk-alert__title", textContent: heading });
  const text = Object.assign(document.createElement("p"), { textContent: standard().refusal.missing_text });
  const list = document.createElement("ul");
  for (const item of missing) list.append(missingItem(item));
  const button = Object.assign(document.createElement("button"), {
    type: "button",
    className: "md-button md-button--primary",
    textContent: L.desk_make_refusal,
  });
  button.addEventListener("click", makeRefusal);
  box.append(title, text, list, button);
}
// An unticked document; a conditional one with its condition before the clause, and the question.
function missingItem(item) {
  const li = Object.assign(document.createElement("li"), { textContent: item.missing });
  if (!item.condition) return li;
  const box = Object.assign(document.createElement("input"), { type: "checkbox", name: "condition_holds", value: item.id });
  box.id = `desk-holds-${item.id}`;
  box.checked = conditionHolds.has(tickKey(item.id));
  const label = Object.assign(document.createElement("label"), { htmlFor: box.id, textContent: L.desk_condition_holds });
  li.append(document.createElement("br"), box, " ", label);
  return li;
}
// Only the paper asked for last is shown: a receipt still waiting for the rules must not replace a
// refusal or suspension notice asked for since.
let latestPaper = 0;
async function makeReceipt() {
  const asked = ++latestPaper;
  alertMissing(missingItems());
  if (!required([...REQUEST_FIELDS, "accepted_at"])) return;
  // Nothing ticked, nothing received: no receipt for zero documents (the alert offers the refusal).
  if (!tickedItems().length) return problem(L.desk_nothing_ticked, null);
  const office = value("office");
  problem(L.desk_computing, null);
  const due = await ask({ action: "deadline", standard: value("standard"), case: value("case"), office, submitted: value("accepted_on") });
  if (asked !== latestPaper) return;
  if (!due.ok) return problem(due.error.message, form.elements.namedItem("accepted_on"));
  const [storage, accepted, issue] = await Promise.all([
    ask({ action: "storage", ready_on: due.ready_on, office }),
    ask({ action: "open", region: value("region"), office, at: `${value("accepted_on")}T${value("accepted_at")}` }),
    ask({ action: "open", region: value("region"), office, at: `${due.ready_on}T${value("accepted_at")}` }),
  ]);
  if (asked !== latestPaper) return;
  const failedAnswer = [storage, accepted, issue].find((r) => !r.ok);
  if (failedAnswer) return problem(failedAnswer.error.message, null);
  // The office's hours on the due date: the rules' own sentence (calculator/explain.py, open_hours).
  const hours = issue.hours.length ? issue.explanation[1] : "";
  const warnings = [...due.warnings.map((w) => w.message), ...(accepted.open ? [] : [accepted.explanation[0]])];
  problem(warnings, null);
  show("receipt", receiptLines(tickedItems(), due, hours, storage));
}
function makeRefusal() {
  latestPaper++;
  if (!required(REQUEST_FIELDS)) return;
  const missing = missingItems();
  if (!missing.length) return problem(L.desk_nothing_missing, null);
  // The alert names every unticked document, and asks about the conditional ones.
  alertMissing(missing);
  const refused = missing.filter(refusable);
  if (!refused.length) return problem(L.desk_only_conditional, null);
  show("refusal", refusalLines(refused));
}
function makeSuspension() {
  latestPaper++;
  if (!required([...REQUEST_FIELDS, "cause", "next_steps", "notice_on"])) return;
  if (!standard().suspension.grounds[value("ground")]) {
    return problem(L.desk_choose_ground, form.querySelector("input[name=ground]"));
  }
  // ISO dates compare as text; the days are printed as the build wrote them.
  if (value("notice_on") < value("accepted_on")) {
    const days = { notice: data.days[value("notice_on")], accepted: data.days[value("accepted_on")] };
    return problem(fill(L.desk_notice_before_accepted, days), form.elements.namedItem("notice_on"));
  }
  show("suspension", suspensionLines());
}

// --- wiring -------------------------------------------------------------------------------------
function clearAll() {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* nothing kept */
  }
  ticked.clear();
  conditionHolds.clear();
  form.reset();
  $("[data-desk-confirm]").hidden = true;
  document.querySelector("[data-desk-paper]").hidden = true;
  $("[data-desk-alert]").replaceChildren();
  refresh();
  problem(L.desk_cleared, null);
}
function refresh(chosen = {}) {
  showApplicants();
  showOffices(chosen.entry);
  showDocuments();
  showGrounds(chosen.ground);
}
function wire() {
  form.addEventListener("change", (event) => {
    const { name } = event.target;
    if (name === "document" || name === "condition_holds") {
      const chosen = name === "document" ? ticked : conditionHolds;
      const key = tickKey(event.target.value);
      event.target.checked ? chosen.add(key) : chosen.delete(key);
    } else if (name === "entry") showAddress();
    else if (name === "ground") showTermNote();
    else if (["standard", "case", "applicant", "rep", "office", "region", "full"].includes(name)) refresh();
    save();
  });
  form.addEventListener("input", save);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    makeReceipt();
  });
  $("[data-desk-make=refusal]").addEventListener("click", makeRefusal);
  $("[data-desk-make=suspension]").addEventListener("click", makeSuspension);
  $("[data-desk-clear]").addEventListener("click", () => {
    $("[data-desk-confirm]").hidden = false;
  });
  $("[data-desk-clear-no]").addEventListener("click", () => {
    $("[data-desk-confirm]").hidden = true;
  });
  $("[data-desk-clear-yes]").addEventListener("click", clearAll);
  document.querySelector("[data-desk-print]").addEventListener("click", () => window.print());
  document.querySelector("[data-desk-docx]").addEventListener("click", download);
  for (const type of ["focusin", "pointerdown", "keydown"]) form.addEventListener(type, startWorker, { once: true });
}

if (form) {
  form.hidden = false;
  const saved = restore();
  refresh(saved);
  wire();
}
