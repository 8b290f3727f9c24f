// Checklist choices → the URL fragment of a list the build has already tailored (#grant--individual--0).
// Without JavaScript the page shows the full list; with a fragment, CSS :target shows that list.
(() => {
  const form = document.querySelector("[data-checklist]");
  if (!form) return;
  form.hidden = false;
  const select = () => {
    const variant = location.hash.slice(1);
    const section = variant && document.getElementById(variant);
    if (!section || !section.classList.contains("checklist-variant")) return;
    const { case: c, applicant, rep } = section.dataset;
    form.elements.case.value = c;
    form.elements.applicant.value = applicant;
    form.elements.rep.value = rep;
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = `${form.elements.case.value}--${form.elements.applicant.value}--${form.elements.rep.value}`;
  });
  form.querySelector("[data-print]").addEventListener("click", () => window.print());
  window.addEventListener("hashchange", select);
  select();
})();
