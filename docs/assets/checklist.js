// Checklist choices → the URL fragment of a list the build has already tailored (#grant--individual--0).
// Without JavaScript the page shows the full list; with a fragment, CSS :target shows that list.
// A link may also carry the choices as ?case=…&applicant=…&rep=… (the widget's embed.js writes
// them so) or with the answer page's name, representative=…; every choice the page does not know
// is named in the page's line [data-link-unknown].
// A link's text is printed back quoted, short and without control or direction characters
// (linkValue, as the answer page does): it must not read as the site's own words.
import { linkValue } from "./lib/page.mjs";

(() => {
  const form = document.querySelector("[data-checklist]");
  if (!form) return;
  form.hidden = false;
  const notice = document.querySelector("[data-link-unknown]");
  const choices = (name) => [...form.querySelectorAll(`input[name="${name}"]`)].map((input) => input.value);
  const fallback = (name) => form.querySelector(`input[name="${name}"][checked]`).value;
  const params = new URLSearchParams(location.search);
  if (params.get("case") && !location.hash) {
    const part = (...names) => names.map((name) => params.get(name)).find(Boolean) || fallback(names[0]);
    location.hash = `${params.get("case")}--${part("applicant")}--${part("rep", "representative")}`;
  }
  // The parts of the fragment that name no choice of the form (all of them, review10 D3).
  const unknownParts = (fragment) => {
    const parts = fragment.split("--");
    if (parts.length !== 3) return [fragment];
    return parts.filter((value, i) => !choices(["case", "applicant", "rep"][i]).includes(value));
  };
  // One part: data-link-unknown's {value}; two or three: data-link-unknown-N's {1}…{N}.
  const tell = (values) => {
    if (!notice) return;
    notice.hidden = values.length === 0;
    if (notice.hidden) return;
    const line =
      values.length === 1
        ? notice.dataset.linkUnknown.replace("{value}", linkValue(values[0]))
        : values.reduce(
            (text, value, i) => text.replace(`{${i + 1}}`, linkValue(value)),
            notice.getAttribute(`data-link-unknown-${values.length}`),
          );
    notice.textContent = line;
  };
  const fragment = () => {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch {
      return location.hash.slice(1); // a malformed escape: named as written
    }
  };
  const select = () => {
    const variant = fragment();
    const section = variant ? document.getElementById(variant) : null;
    if (!section?.classList.contains("checklist-variant")) {
      tell(variant && !section ? unknownParts(variant) : []);
      return;
    }
    tell([]);
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
