// The helpers every page script shares: build elements, fill the few strings that still take a
// value in the browser, and talk to the rules' worker. Words and figures come finished from the
// page's data or from the rules; these only place them.

/** An element with attributes (`text` sets its text) and children; null/undefined/false skipped. */
export const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = printable(value, `${tag} text`);
    else node.setAttribute(key, value === true ? "" : value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
};

/** A value fit to print: a string or a finite number; anything else is a bug, said at once. */
export const printable = (value, what) => {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new TypeError(`${what}: not printable (${value === null ? "null" : typeof value})`);
};

/** Fill a "{name}" template; a placeholder without a value or a value that is not a string or
 * a finite number throws, so nothing half-filled ever reaches the page. */
export const fill = (template, values) => {
  const text = printable(template, "template").replace(/\{(\w+)\}/g, (_, key) => {
    if (!Object.hasOwn(values, key)) throw new Error(`template "${template}": no value for {${key}}`);
    return printable(values[key], `{${key}}`);
  });
  return text;
};

/** A value a link carried, fit to be named in a line: without control or direction characters
 * and cut short, so that a crafted link cannot make the page say a sentence (issue 30). The
 * line's template quotes it. */
export const linkValue = (value) => {
  const plain = String(value).replace(/[\p{Cc}\p{Cf}]/gu, "");
  return plain.length > 40 ? `${plain.slice(0, 40)}…` : plain;
};

/** Today on this device, ISO (the rules read dates as YYYY-MM-DD). */
export const localToday = (now = new Date()) => {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** The rules in a module worker: `ask(request)` → a promise of the response, one per distinct
 * request; `onState("loading" | "ready" | "failed")` follows the runtime's start. The worker the
 * page's early-start script made (templates/_early_worker.html.j2, with the offline copy on this
 * device) is taken over with the messages it has sent meanwhile, so the runtime starts once. */
export const workerClient = (url, onState) => {
  let worker = null;
  let nextId = 1;
  const pending = new Map();
  const cache = new Map();
  const receive = (message) => {
    if (message.type === "ready" || message.type === "failed") onState(message.type);
    else if (message.id && pending.has(message.id)) {
      pending.get(message.id)(message.response);
      pending.delete(message.id);
    }
  };
  const start = () => {
    if (worker) return true;
    onState("loading");
    const early = window.calculatorWorker;
    try {
      worker = early ? early.worker : new Worker(url, { type: "module" });
    } catch {
      onState("failed");
      return false;
    }
    worker.onerror = () => onState("failed");
    worker.onmessage = ({ data }) => receive(data);
    for (const message of early?.early || []) receive(message);
    return true;
  };
  const ask = (request) => {
    const key = JSON.stringify(request);
    if (!cache.has(key)) {
      cache.set(
        key,
        new Promise((resolve) => {
          const id = nextId++;
          pending.set(id, resolve);
          if (start()) worker.postMessage({ id, request });
        }),
      );
    }
    return cache.get(key);
  };
  return { start, ask };
};

/** Keep the rules for offline use once they have answered here (as the calculator page does):
 * registered after the first answer, the service worker finds the runtime in the HTTP cache and
 * downloads nothing twice, and the next visit starts the runtime from the page's <head>. */
export const keepOffline = (root) => {
  if ("serviceWorker" in navigator && root.dataset.sw) {
    navigator.serviceWorker.register(root.dataset.sw, { scope: root.dataset.swScope }).catch(() => {});
  }
};

// Material's script, left inert by the build on the pages whose rules start from <head>
// (generator/assemble/postprocess.py): started by `startMaterial`, once the rules have answered
// on a visit the offline copy serves, so that its start (its code, the styles and layouts it asks
// for, its search worker) does not share a phone's cores with the rules' start. Loaded after
// DOMContentLoaded, it is handed the document the way that event would have: through its own
// `document$`. The answer page and calculator.js (the calculator page) call it.
let parsed = false;
// Not in Node, where the unit tests import this module.
globalThis.document?.addEventListener(
  "DOMContentLoaded",
  () => {
    parsed = true;
  },
  { once: true },
);

/** Start Material's inert script (a no-op once started, or on a page where it runs by itself). */
export const startMaterial = () => {
  const inert = document.querySelector("script[data-material-bundle]");
  if (!inert) return;
  const script = document.createElement("script");
  script.src = inert.dataset.src;
  script.onload = () => {
    let seen = false;
    window.document$
      ?.subscribe(() => {
        seen = true;
      })
      .unsubscribe();
    if (parsed && !seen) window.document$?.next(document);
  };
  inert.replaceWith(script);
};
