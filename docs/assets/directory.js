// Region directory (page and widget): the district filter. It narrows the sections the page marks
// data-narrows (a region's offices that each serve one district; a city's centres) and leaves the
// others (a region's centres and enterprise) whole with a note;
// a heading left with no card is hidden. The filter lives in the URL (?district=…), so a link or
// a reload opens the same view; a widget gets it from the embedding tag. Without JavaScript the
// page shows everything.
(() => {
  const tools = document.querySelector("[data-directory-tools]");
  const widget = document.querySelector("[data-directory-widget]");
  const host = tools || widget;
  if (!host) return;
  const input = tools ? tools.querySelector("[data-directory-filter]") : null;
  const status = host.matches("[data-status]") ? host : host.querySelector("[data-status]");
  const sections = [...document.querySelectorAll(".directory[data-narrows]")];
  const norm = (text) => text.replace(/\p{C}/gu, "").toLocaleLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
  const districtsOf = (card) => (card.dataset.district ? card.dataset.district.split("|").map(norm) : []);
  const known = new Set(sections.flatMap((s) => [...s.querySelectorAll(".contact-card")].flatMap(districtsOf)));
  const say = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");
  // What a visitor typed (or a link carried) is printed back only in quotation marks, named as
  // theirs, or as the district it matched; without control or direction characters, cut short.
  const cleaned = (text) => text.replace(/\p{C}/gu, "").replace(/\s+/g, " ").trim().slice(0, 60);
  // A link's value that finds nothing is named when it reads as a place's name (letters, spaces,
  // hyphens, dots), as «zzz» does; a sentence, a phone number or an address is not (review10 K7).
  const placeLike = (text) => text.length <= 40 && /^\p{L}[\p{L}\p{M} .'’-]*$/u.test(text);
  const nothingLine = (value, typed) => {
    const filter = cleaned(value);
    if (typed) return say(host.dataset.nothingTyped, { filter });
    return placeLike(filter) ? say(host.dataset.nothingLink, { filter }) : host.dataset.nothing;
  };
  let active = "";
  // The contents block and the headings follow the filter with the phrases the page was built with:
  // a count's phrase for every count a section can show, a heading's singular and plural.
  const toc = document.querySelector("[data-directory-toc]");
  const tocTitle = toc ? toc.querySelector("p").textContent : "";
  const recount = (anchor, visible) => {
    const item = toc && toc.querySelector(`[data-toc-section="${anchor}"]`);
    if (!item) return;
    item.hidden = visible === 0;
    const phrase = JSON.parse(item.dataset.counts)[visible];
    if (phrase) item.querySelector("a").textContent = phrase;
  };
  const retitle = (heading, section, visible) => {
    const title = visible === 1 ? section.dataset.headingOne : section.dataset.headingMany;
    const text = heading.firstChild;
    if (title && text && text.nodeType === Node.TEXT_NODE) text.textContent = title;
  };

  // typed: the reader wrote the text in the filter; a link's text is never printed back (spoofing).
  const show = (value, typed = false) => {
    const wanted = norm(value);
    const exact = known.has(wanted);
    const words = wanted.split(" ").filter(Boolean);
    const hasWords = (text) => words.every((w) => text.includes(w));
    // The page and the widget match alike: a link or a web-master's attribute may carry any spelling
    // the page accepts («Степногорск», «Степногор қаласы», review10 D4).
    const byText = (card) => hasWords(card.dataset.search);
    // Part of any spelling of a district («байғанин», «Байганин») finds every office of it: a card
    // carries all the spellings of its district, whichever one its own name uses.
    // A district's name wins over the same words in an address («Бұхар жырау көшесі» of the city).
    const byDistrict = (card) => districtsOf(card).some(hasWords);
    const cards = sections.flatMap((s) => [...s.querySelectorAll(".contact-card")]);
    const named = Boolean(wanted) && cards.some(byDistrict);
    const matches = (card) => {
      if (!known.size) return byText(card); // a city's page: its centres are what one looks for
      const districts = districtsOf(card);
      if (!districts.length) return true; // the region's own office stays as context
      if (exact) return districts.includes(wanted);
      return named ? byDistrict(card) : byText(card);
    };
    const narrowable = (section) => section.dataset.narrows === "1";
    const found = wanted
      ? sections.filter(narrowable).flatMap((s) => [...s.querySelectorAll(".contact-card")]).filter((c) => (c.dataset.district || !known.size) && matches(c))
      : [];
    // The line names the district the cards found belong to, as the page spells it, not the text
    // as typed; cards of several districts (or none) are named by the text itself.
    const labels = new Set(found.map((c) => c.dataset.districtLabel));
    const [label] = labels;
    active = found.length ? (labels.size === 1 && label ? label : cleaned(value)) : "";
    for (const section of sections) {
      let visible = 0;
      for (const card of section.querySelectorAll(".contact-card")) {
        card.hidden = Boolean(active) && narrowable(section) && !matches(card);
        visible += card.hidden ? 0 : 1;
      }
      const heading = document.getElementById(section.dataset.section);
      if (heading) {
        heading.hidden = visible === 0;
        retitle(heading, section, visible);
      }
      section.hidden = visible === 0;
      const note = section.previousElementSibling;
      if (note && note.matches("[data-scope-note]")) note.hidden = !active;
      recount(section.dataset.section, visible);
    }
    if (toc) toc.querySelector("p").textContent = active ? toc.dataset.filtered : tocTitle;
    let message = "";
    if (active) message = say(host.dataset.active, { filter: active });
    else if (wanted && widget) message = host.dataset.unknown;
    else if (wanted) message = nothingLine(value, typed);
    if (widget && wanted && !active) console.warn(host.dataset.unknownConsole);
    if (status) status.textContent = message;
  };

  const fromUrl = new URLSearchParams(location.search).get("district") || "";
  if (tools) {
    tools.hidden = false;
    input.value = fromUrl;
    const remember = () => {
      const url = new URL(location.href);
      if (input.value.trim()) url.searchParams.set("district", input.value.trim());
      else url.searchParams.delete("district");
      history.replaceState(history.state, "", url);
    };
    input.addEventListener("input", () => { show(input.value, true); remember(); });
    // The filter applies as one types; "show" (or Enter) applies it too and closes a phone's
    // keyboard, which covers the cards it left.
    tools.addEventListener("submit", (event) => {
      event.preventDefault();
      show(input.value, true);
      remember();
      input.blur();
    });
    tools.addEventListener("reset", () => setTimeout(() => { show(""); remember(); }));
    tools.querySelector("[data-print]").addEventListener("click", () => window.print());
    const stamp = () => {
      const today = new Date();
      const date = [today.getDate(), today.getMonth() + 1].map((n) => String(n).padStart(2, "0")).join(".") + `.${today.getFullYear()}`;
      document.querySelector("[data-print-date]").textContent = say(tools.dataset.printed, { date });
      const filterLine = document.querySelector("[data-print-filter]");
      filterLine.textContent = active ? say(tools.dataset.printFiltered, { filter: active }) : "";
      filterLine.hidden = !active;
    };
    window.addEventListener("beforeprint", stamp);
    if (fromUrl) show(fromUrl);
    stamp();
    return;
  }
  if (fromUrl) show(fromUrl);
})();
