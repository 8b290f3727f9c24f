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

  let worker;
  try {
    worker = new Worker(root.dataset.worker, { type: "module" });
  } catch (error) {
    setStatus("failed");
    return;
  }
  worker.onerror = () => setStatus("failed");
  worker.onmessage = ({ data }) => {
    if (data.type === "ready") setStatus("ready");
    else if (data.type === "failed") setStatus("failed");
    else if (data.id && pending.has(data.id)) {
      pending.get(data.id)(data.response);
      pending.delete(data.id);
    }
  };

  const ask = (request) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      worker.postMessage({ id, request });
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

  // Keep the calculator for offline use once it has worked here.
  if ("serviceWorker" in navigator && root.dataset.sw) {
    navigator.serviceWorker.register(root.dataset.sw, { scope: root.dataset.swScope }).catch(() => {});
  }

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
