// The application and receipt pages: print, and entries kept on this device only (localStorage,
// one record per page) so a reload or a lost connection does not lose them; "clear" forgets them.
(() => {
  const form = document.querySelector("form.official-form");
  if (!form) return;
  const key = `zher-aktileri:form:${location.pathname}`;
  const fields = [...form.elements].filter((el) => el.name);
  try {
    const saved = JSON.parse(localStorage.getItem(key) || "{}");
    for (const el of fields) if (typeof saved[el.name] === "string") el.value = saved[el.name];
  } catch { /* storage refused or damaged: the form starts empty */ }
  form.addEventListener("input", () => {
    const values = Object.fromEntries(fields.filter((el) => el.value).map((el) => [el.name, el.value]));
    try { localStorage.setItem(key, JSON.stringify(values)); } catch { /* private mode: nothing kept */ }
  });
  for (const button of document.querySelectorAll(".form-tools [data-print]")) {
    button.addEventListener("click", () => window.print());
  }
  for (const button of document.querySelectorAll(".form-tools [data-clear]")) {
    button.addEventListener("click", () => {
      form.reset();
      try { localStorage.removeItem(key); } catch { /* nothing kept */ }
    });
  }
})();
