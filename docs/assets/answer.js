// The answer page: questions → one page with documents, fee, ready date, offices and what to do
// if things go wrong. Every choice and every list comes from the data the build shipped with the
// page (made by calculator/answer.py); the fee, the dates and "open now" come from the Python
// rules in the calculator's worker. This script only walks the question table and prints.
(() => {
  // Other pages: the "your case" link carries the checklist's chosen list (#case--applicant--rep).
  for (const link of document.querySelectorAll("[data-answer-entry]")) {
    const carry = () => {
      const m = /^#(grant|changed|duplicate)--([a-z_]+)--([01])$/.exec(location.hash);
      if (!m) return;
      const url = new URL(link.href);
      url.searchParams.set("case", m[1]);
      url.searchParams.set("applicant", m[2]);
      url.searchParams.set("representative", m[3]);
      link.href = url.href;
    };
    window.addEventListener("hashchange", carry);
    carry();
  }

  const root = document.querySelector("[data-answer]");
  if (!root) return;
  const data = JSON.parse(root.querySelector("[data-answer-data]").textContent);
  const { flow, labels } = data;
  const $ = (selector) => root.querySelector(selector);
  const form = $("[data-answer-form]");
  const newTab = root.dataset.target === "blank";
  root.hidden = false;

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, value === true ? "" : value);
    }
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  };
  const link = (href, text, attrs = {}) =>
    el("a", { href, text, ...(newTab && !href.startsWith("tel:") && !href.startsWith("mailto:") ? { target: "_blank", rel: "noopener" } : {}), ...attrs });
  const pagePath = (kind, id) => root.dataset.root + data.links[kind].replace("{id}", id);
  const sentences = (lines) => lines.map((l) => (/[.!?:]$/.test(l) ? l : `${l}.`)).join(" ");
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => values[k] ?? "");

  const pad = (n) => String(n).padStart(2, "0");
  const localToday = () => {
    const d = new Date();
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  };
  const districtKey = (name) => name.toLowerCase().split(/\s+/).filter(Boolean).join(" ");

  // The same walk as calculator.answer.resolve over the same table.
  const resolve = (params, today) => {
    const answers = {};
    const missing = [];
    const errors = [];
    for (const q of flow.questions) {
      if (q.deps.some((d) => !(d in answers))) continue;
      const key = q.deps.map((d) => answers[d] || "").join("|");
      const raw = (params.get(q.name) || "").trim();
      let options = [];
      let applies;
      let value = raw;
      let valid;
      if (q.choices) {
        options = q.choices[key] || [];
        applies = options.length > 0;
        const aliases = (flow.aliases[q.name] || {})[key] || {};
        if (raw) value = aliases[districtKey(raw)] ?? raw;
        valid = options.includes(value);
      } else {
        applies = Boolean(q.applies[key]);
        valid = Boolean(raw);
      }
      if (!applies) {
        if (raw) errors.push({ question: q.name, value: raw, code: "not_asked" });
        answers[q.name] = null;
        continue;
      }
      if (raw && !valid) errors.push({ question: q.name, value: raw, code: "unknown" });
      if (valid) answers[q.name] = value;
      else if (options.length === 1) answers[q.name] = options[0];
      else if (q.default !== null && (options.includes(q.default) || !options.length)) {
        answers[q.name] = q.default === "today" ? today : q.default;
      } else missing.push(q.name);
    }
    const complete = !missing.length && flow.questions.every((q) => q.name in answers);
    return { answers, missing, errors, complete };
  };

  let params = new URLSearchParams(location.search);
  let shownErrors = null;

  // --- the questions --------------------------------------------------------------------------
  const label = (question, value) => (labels[question] || {})[value] ?? value;

  let formShape = "";
  const renderForm = (state) => {
    // Redrawn only when the set of questions or their choices changes, so typing keeps focus.
    const shape = JSON.stringify(flow.questions.map((q) => [q.name, q.name in state.answers && state.answers[q.name] !== null,
      q.deps.map((d) => state.answers[d] || "").join("|")]));
    if (shape === formShape) return;
    formShape = shape;
    const focused = document.activeElement && form.contains(document.activeElement)
      ? [document.activeElement.name, document.activeElement.value] : null;
    form.replaceChildren();
    for (const q of flow.questions) {
      if (!(q.name in state.answers) && !state.missing.includes(q.name)) continue;
      const value = state.answers[q.name];
      if (value === null) continue; // the question does not apply to this case
      const key = q.deps.map((d) => state.answers[d] || "").join("|");
      const legend = el("legend", { text: data.questions[q.name] });
      const box = el("fieldset", { class: `answer-q answer-q-${q.name}`, id: `q-${q.name}` }, legend);
      if (q.choices) {
        const options = q.choices[key];
        for (const option of options) {
          const id = `q-${q.name}-${options.indexOf(option)}`;
          const input = el("input", { type: "radio", name: q.name, id, value: option, checked: option === value });
          const text = el("span", { text: label(q.name, option) });
          const hint = q.name === "standard" ? el("small", { text: labels.standard_hint[option] }) : null;
          box.append(el("label", { for: id, class: "answer-choice" }, input, text, hint));
        }
        if (q.name === "category" && options.includes("farm")) box.append(el("p", { class: "answer-note", text: form.dataset.farmNote }));
      } else {
        const id = `q-${q.name}-input`;
        legend.remove();
        const kind = q.name === "area" ? { inputmode: "decimal", autocomplete: "off" } : { type: "date" };
        const current = params.get(q.name) || (q.name === "area" ? "" : value || "");
        box.append(el("label", { for: id, text: data.questions[q.name] }),
          el("input", { id, name: q.name, value: current, ...kind, ...(q.name !== "area" ? { "aria-describedby": "q-dates-hint" } : {}) }));
        if (q.name === "paid_on") box.append(el("small", { id: "q-dates-hint", text: form.dataset.datesHint }));
      }
      form.append(box);
    }
    if (focused) {
      const again = [...form.elements].find((e) => e.name === focused[0] && (e.type !== "radio" || e.value === focused[1]));
      if (again) again.focus();
    }
  };

  const renderErrors = (errors) => {
    const box = $("[data-answer-errors]");
    box.replaceChildren(...errors.map((e) => el("p", { text: fill(data.messages[e.code], { question: data.questions[e.question], value: e.value }) })));
  };

  // The state lives in the query string, so a link, a reload and the language switch keep it.
  const writeUrl = (state) => {
    const next = new URLSearchParams();
    for (const q of flow.questions) {
      const value = state.answers[q.name];
      if (value === null || value === undefined) continue;
      const typed = params.get(q.name);
      if (q.choices) next.set(q.name, q.name === "district" ? label("district", value) : value);
      else if (typed) next.set(q.name, typed);
    }
    params = next;
    const query = next.toString();
    history.replaceState(history.state, "", query ? `?${query}` : location.pathname);
    // The language switch goes to the twin page with the same case.
    for (const a of document.querySelectorAll("a[hreflang]")) {
      const url = new URL(a.href, location.href);
      url.search = query ? `?${query}` : "";
      a.href = url.href;
    }
    return query;
  };

  const changed = (event) => {
    const target = event.target;
    if (!target.name) return;
    params.set(target.name, target.value);
    shownErrors = [];
    update();
  };
  form.addEventListener("change", changed);
  let typing = null;
  form.addEventListener("input", (event) => {
    if (event.target.name !== "area") return;
    clearTimeout(typing);
    typing = setTimeout(() => changed(event), 500);
  });
  form.addEventListener("submit", (event) => event.preventDefault());

  // --- the rules in the worker ----------------------------------------------------------------
  let worker = null;
  let nextId = 1;
  const pending = new Map();
  const cache = new Map();
  const progress = $("[data-answer-progress]");
  const setProgress = (key) => {
    progress.textContent = progress.dataset[key];
    progress.dataset.state = key;
  };
  const startWorker = () => {
    if (worker) return;
    setProgress("loading");
    try {
      worker = new Worker(root.dataset.worker, { type: "module" });
    } catch (error) {
      setProgress("failed");
      return;
    }
    worker.onerror = () => setProgress("failed");
    worker.onmessage = ({ data: message }) => {
      if (message.type === "ready") setProgress("ready");
      else if (message.type === "failed") setProgress("failed");
      else if (message.id && pending.has(message.id)) {
        pending.get(message.id)(message.response);
        pending.delete(message.id);
      }
    };
  };
  const ask = (request) => {
    const key = JSON.stringify(request);
    if (!cache.has(key)) {
      cache.set(key, new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        worker.postMessage({ id, request });
      }));
    }
    return cache.get(key);
  };

  const nowIn = (zone) => {
    const parts = Object.fromEntries(new Intl.DateTimeFormat("en-CA", {
      timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
    }).formatToParts(new Date()).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
  };

  const printResponse = (box, response, icsName) => {
    box.replaceChildren();
    if (!response.ok) {
      box.append(el("p", { class: "answer-error", text: response.error.message }));
      return;
    }
    box.append(el("p", { class: "answer-headline", text: response.summary }));
    for (const w of response.warnings || []) box.append(el("p", { class: "answer-warning", text: w.message }));
    box.append(el("ul", {}, ...response.explanation.map((line) => el("li", { text: line }))));
    if (response.ics && icsName) {
      const a = el("a", { class: "answer-noprint", download: icsName, text: box.dataset.icsLabel });
      a.href = URL.createObjectURL(new Blob([response.ics], { type: "text/calendar" }));
      box.append(a);
    }
  };

  // --- the answer -----------------------------------------------------------------------------
  const contactCard = (id) => {
    const c = data.contacts[id];
    const w = $("[data-answer-where]").dataset;
    const dl = el("dl", {}, el("dt", { text: w.address }), el("dd", { text: c.address }));
    if (c.phones.length) {
      const dd = el("dd");
      c.phones.forEach(([raw, e164, kind], i) => {
        if (i) dd.append(", ");
        dd.append(e164 ? link(`tel:${e164}`, raw) : raw);
        if (kind !== "phone") dd.append(` (${w[`phone${kind[0].toUpperCase()}${kind.slice(1)}`] || kind})`);
      });
      dl.append(el("dt", { text: w.phones }), dd);
    }
    for (const [kind, value, href] of c.contacts) {
      const term = { email: w.email, web: w.website, person: w.person }[kind];
      const shown = href ? link(href, value) : kind === "person" ? value : el("span", { class: "contact-as-printed", title: w.printedEmail, text: value });
      if (term) dl.append(el("dt", { text: term }), el("dd", {}, shown));
    }
    return el("article", { class: "answer-card", id: `office-${id}` }, el("h4", { text: c.name }),
      c.district ? el("p", { class: "answer-card-district", text: c.district }) : null, dl);
  };

  let renders = 0;
  const render = (state) => {
    const a = state.answers;
    const result = $("[data-answer-result]");
    $("[data-answer-incomplete]").hidden = state.complete;
    result.hidden = !state.complete;
    if (!state.complete) return;
    const standard = data.standards[a.standard];
    $("[data-answer-case]").textContent = ["standard", "case", "applicant", "representative", "region", "district", "category", "office"]
      .filter((q) => a[q]).map((q) => (q === "representative" ? `${data.questions[q]} ${label(q, a[q])}` : label(q, a[q]))).join(" · ")
      + (a.area ? ` · ${a.area} га` : "");
    $("[data-answer-link]").href = location.href;

    // Documents: the checklist rule's tailored list, each item linked to its clause.
    const docs = $("[data-answer-docs]");
    const items = flow.variants[`${a.standard}|${a.case}--${a.applicant}--${a.representative || "0"}`];
    docs.replaceChildren(...items.map((id) => {
      const [text, clause, condition] = standard.items[id];
      const number = clause.split(".")[0];
      return el("li", {}, text, condition ? el("span", { class: "answer-if", text: ` ${docs.dataset.if}: ${condition}` }) : null, " ",
        link(`${pagePath("standard", standard.id)}#clause-${number}`, fill(docs.dataset.clause, { clause: number }), { class: "answer-clause" }));
    }));
    $("[data-answer-full]").href = `${pagePath("checklist", standard.id)}#full`;
    if (newTab) Object.assign($("[data-answer-full]"), { target: "_blank", rel: "noopener" });

    // Where to go: the chosen office first, then the other, then who prepares the act.
    const place = flow.place_sets[flow.places[`${a.region}|${a.district || ""}|${a.standard}`]];
    const where = $("[data-answer-where]");
    const groups = a.office === "centre"
      ? [["chosen", place.service_centres, "centre"], ["other", place.authorized_bodies, "authorized-body"]]
      : [["chosen", place.authorized_bodies, "authorized-body"], ["other", place.service_centres, "centre"]];
    groups.push(["enterprise", place.specialized_enterprises, null]);
    where.replaceChildren(...groups.filter(([, ids]) => ids.length).map(([title, ids, office]) =>
      el("div", { class: `answer-offices answer-offices-${title}` },
        el("p", { class: "answer-offices-title", text: `${where.dataset[title]}${office ? ` — ${label("office", office)}` : ""}` }),
        // One office kind keeps one timetable (clause 9), so it is said once for the group.
        office ? el("p", { class: "answer-hours" }, el("strong", { text: `${where.dataset.hours}: ` }), standard.hours[office]) : null,
        office ? el("p", { class: "answer-now" }, el("strong", { text: `${where.dataset.now}: ` }), el("span", { "data-open": office })) : null,
        el("div", { class: "answer-cards" }, ...ids.map((id) => contactCard(id))))));

    // If things go wrong: grounds, complaints (with the akimat apparatus), storage.
    const wrong = $("[data-answer-wrong]");
    const d = wrong.dataset;
    const [days, simple] = standard.complaint_days;
    wrong.replaceChildren(
      el("h4", { text: d.refusal }), el("ul", {}, ...standard.refusal.map((g) => el("li", { text: g }))),
      el("h4", { text: d.suspension }), el("ul", {}, ...standard.suspension.map((g) => el("li", { text: g }))),
      el("h4", { text: d.complaint }),
      el("p", {}, fill(d.terms, { days, simple }), standard.info_line ? ` ${d.info}: ${standard.info_line}.` : ""),
      ...place.akimat_offices.map((id) => contactCard(id)),
      el("h4", { text: d.storage }), el("p", { class: "answer-storage-text", text: standard.storage }), el("p", { "data-answer-storage": "" }),
    );
    const footer = $("[data-answer-footer]");
    footer.querySelectorAll(".answer-printed").forEach((n) => n.remove());
    footer.append(el("span", { class: "answer-printed" }, ` ${footer.dataset.printed}: ${localToday().split("-").reverse().join(".")}. ${footer.dataset.source}: `,
      link(`${root.dataset.root}${data.links.about}`, footer.dataset.act), "."));

    // Fee and dates from the rules; the progress line sits right above them.
    startWorker();
    const request = (action, names) => Object.fromEntries([["action", action], ["lang", data.lang],
      ...names.filter((n) => a[n]).map((n) => [n, a[n]])]);
    const feeBox = $("[data-answer-fee]");
    const dateBox = $("[data-answer-date]");
    // Only the latest answer prints; data-pending says how many of its results are still out.
    const generation = ++renders;
    const current = () => generation === renders;
    let left = 2;
    root.dataset.pending = String(left);
    const done = () => { if (current()) root.dataset.pending = String(--left); };
    ask(request("fee", flow.requests.fee)).then((r) => { if (current()) printResponse(feeBox, r); done(); });
    ask(request("deadline", flow.requests.deadline)).then(async (r) => {
      if (!current()) return;
      printResponse(dateBox, r, `deadline-${r.ready_on || "date"}.ics`);
      if (r.ok) {
        const s = await ask({ action: "storage", lang: data.lang, ready_on: r.ready_on, office: a.office });
        const box = root.querySelector("[data-answer-storage]");
        if (box && s.ok) box.textContent = sentences([s.summary, ...s.explanation]);
      }
      done();
    });
    for (const cell of root.querySelectorAll("[data-open]")) {
      ask({ action: "open", lang: data.lang, region: a.region, office: cell.dataset.open, at: nowIn(data.zones[a.region]) })
        .then((r) => { cell.textContent = r.ok ? sentences([r.summary, ...r.explanation]) : r.error.message; });
    }
  };

  const update = () => {
    const state = resolve(params, localToday());
    if (shownErrors === null) shownErrors = state.errors;
    renderErrors(shownErrors);
    renderForm(state);
    writeUrl(state);
    render(state);
  };

  $("[data-answer-print]").addEventListener("click", () => window.print());
  update();
  // A complete link opens on the answer; the questions stay one tap away.
  if (resolve(params, localToday()).complete) $("[data-answer-questions]").open = false;
})();
