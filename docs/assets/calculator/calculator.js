// The calculator page: forms work as soon as the page is there; answers come from the Python
// rules in a Web Worker once Pyodide is ready (requests made earlier wait for it). A module
// script (deferred, its own scope); the offline copy keeps it with what it imports
// (generator/assemble/service_worker.py).
import { startMaterial } from "../../lib/page.mjs";

const root = document.querySelector("[data-calculator]");
const status = root?.querySelector("[data-calculator-status]");
const lang = document.documentElement.lang === "ru" ? "ru" : "kk";
const pending = new Map();
let nextId = 1;
let worker;
let answered = false;

// Material's script, left inert on this page by the build (generator/assemble/postprocess.py).
// Its start (its code, and the styles and layouts it asks for) would share a phone's cores with
// the rules' start while they load from the offline copy, so it waits for them to be ready and
// for the answers asked for meanwhile (or for a failure), at most MATERIAL_WAIT_MS; on any
// other visit it starts at once (lib/page.mjs, startMaterial, shared with the answer page).
const MATERIAL_WAIT_MS = 2000;

// A runtime that failed to start answers every waiting and later request with the failure line,
// so no form stays busy.
const failure = () => ({ ok: false, error: { message: status.dataset.failed, field: null } });

function setStatus(key) {
  status.textContent = status.dataset[key];
  status.dataset.state = key;
  if (key === "failed") {
    for (const resolve of pending.values()) resolve(failure());
    pending.clear();
    startMaterial();
  }
}

function receive(data) {
  if (data.type === "ready") {
    setStatus("ready");
    if (!pending.size) startMaterial();
  } else if (data.type === "failed") setStatus("failed");
  else if (data.id && pending.has(data.id)) {
    pending.get(data.id)(data.response);
    pending.delete(data.id);
    if (!answered) keepOffline();
    answered = true;
    // After the answers asked for meanwhile are shown (their submit handlers run first).
    if (!pending.size) setTimeout(startMaterial, 0);
  }
}

function adopt(started) {
  setStatus("loading");
  worker = started;
  worker.onmessage = ({ data }) => receive(data);
  worker.onerror = () => setStatus("failed");
}

// How near the page's server is, for the worker's choice to download the memory snapshot at
// once (worker.mjs, `pageCameNear`): the page's time to first byte, as the worker's name. Empty
// when it came from a cache or the service worker, which tells nothing of the line.
function pageLine() {
  const page = performance.getEntriesByType("navigation")[0];
  if (!page?.transferSize) return "";
  return JSON.stringify({ latency: page.responseStart - page.requestStart });
}

// The runtime (about 3.5 MB) is loaded when it is needed: at once when the offline copy is
// already on this device (no download; the page's inline script has started it), otherwise at
// the first sign of use (a field focused, touched or typed in, or a form sent), so a visit that
// never calculates costs no data.
function startWorker() {
  if (worker) return worker;
  try {
    adopt(new Worker(root.dataset.worker, { type: "module", name: pageLine() }));
  } catch {
    setStatus("failed");
    return null;
  }
  return worker;
}

// Keep the calculator for offline use once it has worked here: registered after the first
// answer, the service worker finds the runtime in the HTTP cache and downloads nothing twice.
function keepOffline() {
  if ("serviceWorker" in navigator && root.dataset.sw) {
    navigator.serviceWorker.register(root.dataset.sw, { scope: root.dataset.swScope }).catch(() => {});
  }
}

const ask = (request) =>
  status.dataset.state === "failed"
    ? Promise.resolve(failure())
    : new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        startWorker()?.postMessage({ id, request });
      });

const paragraph = (className, text) => Object.assign(document.createElement("p"), { className, textContent: text });

// The field the rules name is marked and focused; it may sit in a closed "more options" block.
function showError(form, output, error) {
  output.append(paragraph("calc-error", error.message || status.dataset.failed));
  const named = error.field && form.elements.namedItem(error.field);
  const field = named instanceof RadioNodeList ? named[0] : named;
  if (!field) return;
  field.setAttribute("aria-invalid", "true");
  const details = field.closest("details");
  if (details) details.open = true;
  if (field.closest("[hidden]")) field.closest("[hidden]").hidden = false;
  field.focus();
}

function showAnswer(form, output, response) {
  output.append(paragraph("calc-headline", response.summary));
  // A payment date outside the standards' period still computes: say so next to the figure.
  for (const warning of response.warnings || []) output.append(paragraph("calc-warning", warning.message));
  const list = document.createElement("ul");
  for (const text of response.explanation) list.append(Object.assign(document.createElement("li"), { textContent: text }));
  output.append(list);
  if (response.ics) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([response.ics], { type: "text/calendar" }));
    a.download = `${form.dataset.action}-${response.ready_on || response.due_on || "date"}.ics`;
    a.textContent = form.dataset.icsLabel;
    output.append(a);
  }
}

function show(form, response) {
  const output = form.querySelector("output, [data-output]");
  output.replaceChildren();
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  if (response.ok) showAnswer(form, output, response);
  else showError(form, output, response.error);
}

// A flat tariff does not depend on the area: the build lists such categories (data-flat), and the
// field is put away with its note while one is chosen (a disabled field is not sent to the rules).
function followCategory(form) {
  const field = form.querySelector("[data-area-field]");
  const note = form.querySelector("[data-area-flat]");
  const choices = form.querySelector("[data-flat]");
  if (!field || !note || !choices) return;
  const flatOnes = choices.dataset.flat.split(" ");
  const update = () => {
    const flat = flatOnes.includes(form.querySelector("input[name=category]:checked")?.value);
    field.hidden = flat;
    field.querySelector("input").disabled = flat;
    note.hidden = !flat;
  };
  form.addEventListener("change", update);
  update();
}

function wire(form) {
  followCategory(form);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const request = { action: form.dataset.action, lang };
    for (const [name, value] of new FormData(form)) request[name] = String(value);
    const button = form.querySelector("button[type=submit]");
    form.setAttribute("aria-busy", "true");
    button.disabled = true;
    try {
      show(form, await ask(request));
    } finally {
      form.removeAttribute("aria-busy");
      button.disabled = false;
    }
  });
}

if (root) {
  if (window.calculatorWorker) {
    const { worker: started, early } = window.calculatorWorker;
    adopt(started);
    for (const message of early) receive(message);
    setTimeout(startMaterial, MATERIAL_WAIT_MS);
  } else {
    startMaterial();
    for (const type of ["focusin", "pointerdown", "keydown"]) root.addEventListener(type, startWorker, { once: true });
  }
  for (const form of root.querySelectorAll("form[data-action]")) wire(form);
}
