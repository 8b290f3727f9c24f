// Material wraps wide tables in a scrolling box after load; a scrolling box must be reachable
// from the keyboard (WCAG 2.1.1), so each gets a tab stop, and one that does scroll sideways
// shows it (a shadow on the edge, see site.css): nothing scrolls sideways unseen.
(() => {
  const BOXES = ".md-typeset__scrollwrap, .md-typeset table.report";
  const sideways = () => {
    for (const box of document.querySelectorAll(BOXES)) box.classList.toggle("scrolls-sideways", box.scrollWidth > box.clientWidth + 1);
  };
  const mark = () => {
    for (const box of document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])")) box.tabIndex = 0;
    sideways();
  };
  new MutationObserver(mark).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener("resize", sideways);
  mark();
})();

// The language switch goes to the twin page with the page's state: the checklist choice (the
// fragment), the directory filter and the answer's parameters (the query string).
document.addEventListener(
  "click",
  (event) => {
    const link = event.target instanceof Element && event.target.closest("a.md-select__link[hreflang]");
    if (!link || link.getAttribute("hreflang") === document.documentElement.lang) return;
    const url = new URL(link.href);
    url.search = location.search;
    url.hash = location.hash;
    link.href = url.href;
  },
  true,
);

// The legal-status line prints in full even when its details are closed.
window.addEventListener("beforeprint", () => {
  for (const details of document.querySelectorAll("details.legal-status")) details.open = true;
});

// Material reads the search box on key release only. Text that comes without one (a letter of a
// layout the key map lacks, an on-screen keyboard's suggestion, a paste from the menu, dictation)
// was never searched, and a query ended so waited for a further key (review10 D2). Each change of
// the text is passed on as the key release Material listens for; it drops a repeated value.
(() => {
  const input = document.querySelector(".md-search input.md-search__input");
  input?.addEventListener("input", () => input.dispatchEvent(new KeyboardEvent("keyup")));
})();

// The line offering the query's results in the other edition, as a link that searches there.
const otherEditionHint = (otherRoot, other, template, query, found) => {
  const url = new URL(otherRoot);
  url.searchParams.set("q", query);
  const hint = document.createElement("p");
  hint.className = "search-other-edition";
  const link = document.createElement("a");
  link.href = url.href;
  link.hreflang = other;
  link.textContent = template.replace("{count}", found);
  hint.append(link);
  return hint;
};

// A query that finds nothing here: ask the other edition's index (with the same search worker,
// loaded only then) and offer to search there.
(() => {
  const dialog = document.querySelector(".md-search[data-other-edition]");
  const config = document.getElementById("__config");
  if (!dialog || !config) return;
  const { base, search, translations } = JSON.parse(config.textContent);
  // Material's own "nothing found" line: only then is the other edition asked (while a search is
  // still running the list is empty too, and the other index must not be fetched for nothing).
  const none = translations["search.result.none"];
  const root = new URL(base.replace(/\/?$/, "/"), location.href);
  const other = dialog.dataset.otherEdition;
  // The Kazakh edition is the site root, the Russian one its ru/ folder.
  const otherRoot = new URL(other === "ru" ? "ru/" : "../", root);
  const input = dialog.querySelector("input.md-search__input");
  const meta = dialog.querySelector(".md-search-result__meta");
  const list = dialog.querySelector(".md-search-result__list");
  if (!input || !meta || !list) return;
  let worker = null;
  let ready = null;
  let asked = 0;
  const pending = new Map();
  const start = () => {
    worker = new Worker(search);
    ready = fetch(new URL("search/search_index.json", otherRoot))
      .then((r) => r.json())
      .then(
        (index) =>
          new Promise((resolve) => {
            worker.addEventListener("message", (event) => {
              if (event.data.type === 1) resolve();
              if (event.data.type === 3) {
                const [id, done] = pending.entries().next().value || [];
                if (done) {
                  pending.delete(id);
                  done(event.data.data.items.length);
                }
              }
            });
            // As Material's page script sends it: the index with the search options.
            worker.postMessage({ type: 0, data: { ...index, options: { suggest: false } } });
          }),
      );
  };
  const count = (query) => {
    if (!worker) start();
    return ready.then(
      () =>
        new Promise((resolve) => {
          pending.set(++asked, resolve);
          worker.postMessage({ type: 2, data: query });
        }),
    );
  };
  let hint = null;
  const check = () => {
    const query = input.value.trim();
    if (hint) {
      hint.remove();
      hint = null;
    }
    const nothingFound = () => meta.textContent.trim() === none && !list.children.length;
    if (!query || !nothingFound()) return;
    count(query).then((found) => {
      if (!found || input.value.trim() !== query || !nothingFound()) return;
      hint = otherEditionHint(otherRoot, other, dialog.dataset.otherHint, query, found);
      meta.after(hint);
    });
  };
  // Material rewrites its line on every keystroke, and a word half typed often finds nothing:
  // the other edition is asked only once the line has stayed "nothing found" for a moment.
  let settle = 0;
  new MutationObserver(() => {
    clearTimeout(settle);
    settle = setTimeout(check, 300);
  }).observe(meta, { childList: true, characterData: true, subtree: true });
})();

// A result's own line of missing words repeats the line under the count when every word it names
// is one no page has (review11 D2): it is hidden then, and kept when it names a word other pages
// have. The words no page has are the search worker's latest answer (data-missing-now).
const hideRepeatedMissing = (dialog) => {
  const nowhere = new Set((dialog.dataset.missingNow || "").split(" ").filter(Boolean));
  for (const terms of dialog.querySelectorAll(".md-search-result__terms")) {
    const words = [...terms.querySelectorAll("del")].map((del) => del.textContent.trim().toLowerCase());
    terms.hidden = words.length > 0 && words.every((word) => nowhere.has(word));
  }
};

// The words of the query no page has, named under Material's count line as they were typed
// (review9 K9): the search worker tells them (docs/assets/search/worker.js); the line's words are
// the build's (data-missing-words), {words} the query's own.
(() => {
  const dialog = document.querySelector(".md-search[data-missing-words]");
  const meta = dialog?.querySelector(".md-search-result__meta");
  const input = dialog?.querySelector("input.md-search__input");
  if (!meta || !input || typeof BroadcastChannel !== "function") return;
  const line = Object.assign(document.createElement("p"), { className: "search-missing", hidden: true });
  meta.after(line);
  new BroadcastChannel("site-search-missing").addEventListener("message", ({ data }) => {
    // Another tab's search, or this page's look into the other edition, is not this answer.
    const query = input.value.toLowerCase();
    if (data.edition !== document.documentElement.lang || !data.words.every((word) => query.includes(word))) return;
    line.hidden = !data.missing.length;
    const template = data.missing.length > 1 ? dialog.dataset.missingWordsMany : dialog.dataset.missingWords;
    line.textContent = line.hidden ? "" : template.replace("{words}", data.missing.join(" "));
    dialog.dataset.missingNow = data.missing.join(" ").toLowerCase();
    hideRepeatedMissing(dialog);
  });
})();

// Material words a page's further matches in one form for every number; the build wrote the line
// for each count (data-more-matches), as Russian needs it: «Еще 44 совпадения на этой странице»
// (review9 K8/R7). Its line of a result's missing words has one label too: several words take the
// build's plural line (data-missing-words-many, review10 R4).
(() => {
  const dialog = document.querySelector(".md-search[data-more-matches]");
  const list = dialog?.querySelector(".md-search-result__list");
  if (!list) return;
  const lines = JSON.parse(dialog.dataset.moreMatches);
  const name = () => {
    for (const more of list.querySelectorAll("details.md-search-result__more")) {
      const label = more.querySelector("summary > div");
      const line = lines[more.querySelectorAll(":scope > .md-search-result__link").length];
      if (label && line && label.textContent !== line) label.textContent = line;
    }
    // Material's label and its colon come before the first word, as one text node or more.
    const many = dialog.dataset.missingWordsMany.split("{words}")[0];
    for (const terms of list.querySelectorAll(".md-search-result__terms")) {
      const [first, second] = terms.querySelectorAll("del");
      if (!second || terms.firstChild.textContent === many) continue;
      while (terms.firstChild !== first) terms.firstChild.remove();
      first.before(many);
    }
    if (dialog.matches("[data-missing-words]")) hideRepeatedMissing(dialog);
  };
  new MutationObserver(name).observe(list, { childList: true });
})();

// Parallel reading of a standard: the twin page in the other language is fetched once, when
// asked; each clause then shows its other-language text beside it (wide screens, "read in
// parallel") or in its place (the clause's own toggle, made for phones).
const parallelOwnElements = (heading) => {
  const elements = [];
  for (let el = heading.nextElementSibling; el && !/^H[1-4]$/.test(el.tagName); el = el.nextElementSibling) elements.push(el);
  return elements;
};
// A clause's own toggle between its text and the other language's (filled on first use).
const parallelToggle = (wrap, labels, fill) => {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "parallel__toggle";
  button.textContent = labels.clauseLabel;
  button.setAttribute("aria-pressed", "false");
  button.addEventListener("click", () =>
    fill(wrap).then(() => {
      const on = wrap.classList.toggle("parallel--other");
      button.setAttribute("aria-pressed", String(on));
      button.textContent = on ? labels.clauseBack : labels.clauseLabel;
    }),
  );
  return button;
};
(() => {
  const tools = document.querySelector("[data-parallel]");
  const twin = tools && document.querySelector(`a.md-select__link[hreflang="${tools.dataset.otherLang}"]`);
  if (!twin) return;
  tools.hidden = false;
  const ownElements = parallelOwnElements;
  let texts = null;
  const load = () =>
    (texts ||= fetch(twin.href)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then((html) => {
        const twinPage = new DOMParser().parseFromString(html, "text/html");
        return new Map([...twinPage.querySelectorAll('h4[id^="clause-"]')].map((h) => [h.id, ownElements(h)]));
      }));
  const fill = (wrap) =>
    load()
      .then((map) => {
        if (wrap.querySelector(".parallel__other")) return;
        const other = document.createElement("div");
        other.className = "parallel__other";
        other.lang = tools.dataset.otherLang;
        for (const el of map.get(wrap.dataset.clause) || []) {
          const copy = document.importNode(el, true);
          for (const withId of [copy, ...copy.querySelectorAll("[id]")]) withId.removeAttribute("id");
          other.append(copy);
        }
        wrap.append(other);
      })
      .catch(() => {
        tools.append(
          Object.assign(document.createElement("span"), { className: "parallel__failed", textContent: ` ${tools.dataset.failed}` }),
        );
      });
  const wraps = [];
  for (const heading of document.querySelectorAll('h4[id^="clause-"]')) {
    const wrap = document.createElement("div");
    wrap.className = "parallel";
    wrap.dataset.clause = heading.id;
    const own = document.createElement("div");
    own.className = "parallel__own";
    const elements = ownElements(heading);
    heading.after(wrap);
    own.append(...elements);
    wrap.append(parallelToggle(wrap, tools.dataset, fill), own);
    wraps.push(wrap);
  }
  const all = tools.querySelector("button");
  all.addEventListener("click", () =>
    Promise.all(wraps.map(fill)).then(() => {
      const on = document.body.classList.toggle("parallel-mode");
      all.setAttribute("aria-pressed", String(on));
    }),
  );
})();

// On a phone Material's menu is a drawer off screen, opened by a label that takes no focus: its
// links would be Tab stops nobody sees, and the menu could not be opened from the keyboard. The
// closed drawer is made inert there, and its label a button (Enter or Space; Escape closes).
(() => {
  const toggle = document.getElementById("__drawer");
  const button = document.querySelector('label.md-header__button[for="__drawer"]');
  const drawer = document.querySelector(".md-sidebar--primary");
  if (!toggle || !button || !drawer) return;
  const phone = window.matchMedia("(max-width: 76.1875em)");
  button.tabIndex = 0;
  button.setAttribute("role", "button");
  // Named as the menu it opens (the theme's own label for it, in the page's language).
  const name = drawer.querySelector("nav[aria-label]")?.getAttribute("aria-label");
  if (name && !button.hasAttribute("aria-label")) button.setAttribute("aria-label", name);
  const sync = () => {
    drawer.inert = phone.matches && !toggle.checked;
    button.setAttribute("aria-expanded", String(toggle.checked));
  };
  button.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    // Material's own keyboard handler would click the label a second time.
    event.preventDefault();
    event.stopPropagation();
    toggle.click();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !toggle.checked) return;
    toggle.click();
    button.focus();
  });
  toggle.addEventListener("change", sync);
  phone.addEventListener("change", sync);
  sync();
})();

// Two controls of the theme that a screen reader meets unnamed or hidden yet focusable: the table
// of contents' toggle gets the name of the contents it opens, the one colour scheme's hidden
// radio leaves the Tab order.
(() => {
  const toc = document.getElementById("__toc");
  const contents = document.querySelector("nav.md-nav--secondary[aria-label]");
  if (toc && contents && !toc.hasAttribute("aria-label")) toc.setAttribute("aria-label", contents.getAttribute("aria-label"));
  for (const hidden of document.querySelectorAll('input.md-option[aria-hidden="true"]')) hidden.tabIndex = -1;
})();
