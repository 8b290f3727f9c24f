// The application and receipt pages: print (the form's submit), and entries kept on this device
// only (localStorage) so a reload, a lost connection or the language switch does not lose them. One
// record per form of a standard ("private-ownership-application"), the same in both languages. Each
// field is written on its own into the stored record, so two tabs of one form add to each other
// instead of overwriting; a change in one tab reaches the other through the `storage` event. An
// entry over the form's bound (data-max-chars) is not stored, with the page's message; "clear" asks
// first.
(() => {
  const form = document.querySelector("form.official-form");
  if (!form) return;
  const fields = [...form.elements].filter((el) => el.name);
  const maxChars = Number(form.dataset.maxChars) || 2000;
  const status = document.querySelector("[data-form-status]");
  const formId = location.pathname.split("/").filter(Boolean).pop() || "form";
  const key = `zher-aktileri:form:${formId}`;
  const legacyKey = `zher-aktileri:form:${location.pathname}`; // one record per page, before

  const stored = (name) => {
    try { return localStorage.getItem(name); } catch { return null; } // storage refused
  };
  const read = (name) => {
    try {
      const value = JSON.parse(stored(name) || "{}");
      return value && typeof value === "object" && !Array.isArray(value) ? value : {};
    } catch { return {}; } // storage refused or damaged: the form starts empty
  };
  const write = (record) => {
    try { localStorage.setItem(key, JSON.stringify(record)); return true; } catch { return false; }
  };
  const fill = (record) => {
    for (const el of fields) {
      if (el === document.activeElement) continue; // never move text under the visitor's caret
      const value = record[el.name];
      const wanted = typeof value === "string" && value.length <= maxChars ? value : "";
      if (el.value !== wanted) el.value = wanted;
    }
  };
  const tell = (message) => {
    if (!status) return;
    status.textContent = message;
    status.hidden = !message;
  };
  const save = (el) => {
    const record = read(key); // the other tab's entries stay: only this field changes
    if (el.value.length > maxChars) {
      tell(form.dataset.tooLong || "");
      return;
    }
    if (el.value) record[el.name] = el.value;
    else delete record[el.name];
    tell("");
    write(record);
  };

  if (!stored(key) && stored(legacyKey)) {
    write(read(legacyKey));
    try { localStorage.removeItem(legacyKey); } catch { /* kept where it was */ }
  }
  fill(read(key));
  form.addEventListener("input", (event) => { if (event.target.name) save(event.target); });
  window.addEventListener("storage", (event) => {
    if (event.key === key || event.key === null) fill(read(key));
  });
  // The form's submit button is "print": the paper is what the form is for. Enter in a one-line
  // field would submit it too, and a print dialog must not open while one types.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.print();
  });
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target instanceof HTMLInputElement) event.preventDefault();
  });
  for (const button of document.querySelectorAll(".form-tools [data-clear]")) {
    button.addEventListener("click", () => {
      if (!window.confirm(form.dataset.confirmClear || "")) return;
      form.reset();
      tell("");
      try { localStorage.removeItem(key); } catch { /* nothing kept */ }
    });
  }
})();
