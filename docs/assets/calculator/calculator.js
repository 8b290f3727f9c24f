// The calculator page: forms work as soon as the page is there; answers come from the Python
// rules in a Web Worker once Pyodide is ready (requests made earlier wait for it).
(() => {
  const root = document.querySelector("[data-calculator]");
  if (!root) return;
  const status = root.querySelector("[data-calculator-status]");
  const lang = document.documentElement.lang === "ru" ? "ru" : "kk";
  const pending = new Map();
  let nextId = 1;

  const setStatus = (key) => {
    status.textContent = status.dataset[key];
    status.dataset.state = key;
  };
  root.hidden = false;
  setStatus("loading");

  // The runtime (about 3.7 MB) is loaded when it is needed: at once when the offline copy is
  // already on this device (no download), otherwise at the first sign of use (a field focused,
  // touched or typed in, or a form sent), so a visit that never calculates costs no data.
  let worker;
  let answered = false;
  const startWorker = () => {
    if (worker) return worker;
    try {
      worker = new Worker(root.dataset.worker, { type: "module" });
    } catch (error) {
      setStatus("failed");
      return null;
    }
    worker.onerror = () => setStatus("failed");
    worker.onmessage = ({ data }) => {
      if (data.type === "ready") setStatus("ready");
      else if (data.type === "failed") setStatus("failed");
      else if (data.id && pending.has(data.id)) {
        pending.get(data.id)(data.response);
        pending.delete(data.id);
        if (!answered) keepOffline();
        answered = true;
      }
    };
    return worker;
  };
  // Keep the calculator for offline use once it has worked here: registered after the first
  // answer, the service worker finds the runtime in the HTTP cache and downloads nothing twice.
  const keepOffline = () => {
    if ("serviceWorker" in navigator && root.dataset.sw) {
      navigator.serviceWorker.register(root.dataset.sw, { scope: root.dataset.swScope }).catch(() => {});
    }
  };
  if (navigator.serviceWorker?.controller) startWorker();
  else for (const type of ["focusin", "pointerdown", "keydown"]) root.addEventListener(type, startWorker, { once: true });

  const ask = (request) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      startWorker()?.postMessage({ id, request });
    });

  const show = (form, response) => {
    const output = form.querySelector("output, [data-output]");
    output.replaceChildren();
    form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
    if (!response.ok) {
      const p = document.createElement("p");
      p.className = "calc-error";
      p.textContent = response.error.message;
      output.append(p);
      const field = response.error.field && form.elements.namedItem(response.error.field);
      if (field) {
        field.setAttribute("aria-invalid", "true");
        if (field.closest("[hidden]")) field.closest("[hidden]").hidden = false;
        field.focus();
      }
      return;
    }
    const headline = document.createElement("p");
    headline.className = "calc-headline";
    headline.textContent = response.summary;
    const list = document.createElement("ul");
    for (const line of response.explanation) {
      const li = document.createElement("li");
      li.textContent = line;
      list.append(li);
    }
    output.append(headline, list);
    if (response.ics) {
      const a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob([response.ics], { type: "text/calendar" }));
      a.download = `${form.dataset.action}-${response.ready_on || response.due_on || "date"}.ics`;
      a.textContent = form.dataset.icsLabel;
      output.append(a);
    }
  };

  for (const form of root.querySelectorAll("form[data-action]")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const request = { action: form.dataset.action, lang };
      for (const [name, value] of new FormData(form)) request[name] = String(value);
      form.setAttribute("aria-busy", "true");
      show(form, await ask(request));
      form.removeAttribute("aria-busy");
    });
  }
})();
