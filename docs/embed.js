// Жер актілері widgets for other sites. One tag where the widget should appear:
//   <script src="https://SITE/embed.js" data-widget="directory" data-region="akmola" data-lang="kk" async></script>
// data-widget: directory (data-region, optional data-district) | checklist (data-standard,
// optional data-case, data-applicant, data-rep) | calculator | answer (optional: the answer page's
// URL parameters, an underscore written as a hyphen: data-standard 1–4, data-case,
// data-applicant, data-representative, data-region, data-district, data-category, data-area,
// data-paid-on, data-submitted, data-office, data-checked-on). data-lang: kk (default) or ru.
// It inserts a sandboxed iframe after itself and sizes it to the widget's content. No globals,
// no styles of the host page are touched; only messages from the widget's own frame are read.
(() => {
  const script = document.currentScript;
  if (!script) return;
  const base = new URL(".", script.src);
  const d = script.dataset;
  const lang = d.lang === "ru" ? "ru/" : "";
  const name = { directory: d.region, checklist: d.standard, calculator: "", answer: "" }[d.widget];
  if (name === undefined || (name === "" ? !["calculator", "answer"].includes(d.widget) : !/^[a-z0-9-]+$/.test(name))) return;
  const src = new URL(`${lang}embed/${d.widget}/${name ? `${name}/` : ""}`, base);
  // The answer page's URL parameters: calculator.answer.QUESTIONS (a test keeps the two alike).
  const ANSWER = ["standard", "case", "applicant", "representative", "region", "district", "category", "area", "paid_on", "submitted", "office", "checked_on"];
  const keys = d.widget === "answer" ? ANSWER : ["district", "case", "applicant", "rep"];
  // data-checked-on is dataset.checkedOn; the URL says checked_on.
  const attribute = (key) => key.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());
  for (const key of keys) if (d[attribute(key)]) src.searchParams.set(key, d[attribute(key)]);

  // The tallest widget (the directory of a large region at phone width) is about 18 000 px.
  const MIN_HEIGHT = 80;
  const MAX_HEIGHT = 30000;
  const frame = document.createElement("iframe");
  frame.src = src.href;
  frame.title = d.title || (d.lang === "ru" ? "Земельные акты" : "Жер актілері");
  frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads");
  frame.setAttribute("loading", "lazy");
  // Inline and !important: a host stylesheet cannot hide or squash the widget.
  const style = { display: "block", width: "100%", "max-width": "100%", height: "320px", border: "0", margin: "0", padding: "0", visibility: "visible", opacity: "1" };
  for (const [property, value] of Object.entries(style)) frame.style.setProperty(property, value, "important");
  script.after(frame);

  window.addEventListener("message", (event) => {
    if (event.origin !== base.origin || event.source !== frame.contentWindow) return;
    const data = event.data;
    if (!data || data.type !== "zher-aktileri:height") return;
    // A number only (not "0x259" or "1e5" as text), kept within what a widget can need: a
    // frame cannot make itself vanish or push the host page 100 000 px long.
    if (typeof data.height !== "number" || !Number.isFinite(data.height)) return;
    const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
    frame.style.setProperty("height", `${height}px`, "important");
  });
})();
