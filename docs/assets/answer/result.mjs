// The answer's parts, each printed from the page's data as the build wrote it: the case line,
// the documents, the offices, what to do if things go wrong, the footer.
import { el, fill } from "../lib/page.mjs";

/** Links open in a new tab inside a widget (its host page stays); phone and mail links never. */
export const linker =
  (newTab) =>
  (href, text, attrs = {}) => {
    const away = newTab && !href.startsWith("tel:") && !href.startsWith("mailto:");
    return el("a", { href, text, ...(away ? { target: "_blank", rel: "noopener" } : {}), ...attrs });
  };

const CASE_LINE = ["standard", "case", "applicant", "representative", "region", "district", "category", "office"];

/** `area`: the area as the rules wrote it with the fee ("0,8 га"), or null (not a number, or
 * not asked): a value the reader typed is never printed as a measurement. */
export const caseLine = (data, answers, area = null) => {
  const label = (q) => data.case_line.short[q]?.[answers[q]] ?? data.labels[q][answers[q]];
  const parts = CASE_LINE.filter((q) => answers[q]).map(label);
  if (area) parts.push(area);
  return parts.join(data.case_line.separator);
};

/** The checklist rule's tailored list: each document, its condition, then its clause after a dash. */
export const documents = (data, answers, clauseHref, link) => {
  const standard = data.standards[answers.standard];
  const variant = `${answers.case}--${answers.applicant}--${answers.representative || "0"}`;
  return data.flow.variants[`${answers.standard}|${variant}`].map((id) => {
    const item = standard.items[id];
    const condition = item.condition ? el("span", { class: "answer-if", text: item.condition }) : null;
    const clause = link(clauseHref(standard, item.anchor), item.clause, { class: "answer-clause" });
    return el("li", {}, item.text, condition ? " " : null, condition, data.words.clauseSeparator, clause);
  });
};

const phoneList = (phones, words, link) => {
  const dd = el("dd");
  phones.forEach(([raw, e164, kind], i) => {
    if (i) dd.append(", ");
    dd.append(e164 ? link(`tel:${e164}`, raw) : raw);
    if (kind !== "phone") dd.append(" ", words.phoneKinds[kind]);
  });
  return dd;
};

export const contactCard = (contact, id, words, link) => {
  const dl = el("dl", {}, el("dt", { text: words.address }), el("dd", { text: contact.address }));
  if (contact.phones.length) dl.append(el("dt", { text: words.phones }), phoneList(contact.phones, words, link));
  // Two addresses of one kind (an akimat's two e-mails) share the label and the line: a second
  // labelled block read as a contact of its own, with no name above it.
  let last = null;
  for (const [kind, value, href] of contact.contacts) {
    const term = { email: words.email, web: words.website, person: words.person }[kind];
    if (!term) continue;
    const printedOnly = kind === "person" ? value : el("span", { class: "contact-as-printed", title: words.printedEmail, text: value });
    if (kind === last?.kind) last.dd.append(", ");
    else {
      last = { kind, dd: el("dd") };
      dl.append(el("dt", { text: term }), last.dd);
    }
    last.dd.append(href ? link(href, value) : printedOnly);
  }
  const district = contact.district ? el("p", { class: "answer-card-district", text: contact.district }) : null;
  return el("article", { class: "answer-card", id: `office-${id}` }, el("h4", { text: contact.name }), district, dl);
};

/** Where to go: the chosen office first, then the other, then who prepares the act. */
export const offices = (data, answers, words, link) => {
  const place = data.flow.place_sets[data.flow.places[`${answers.region}|${answers.district || ""}|${answers.standard}`]];
  const other = answers.office === "centre" ? "authorized-body" : "centre";
  const ids = { centre: place.service_centres, "authorized-body": place.authorized_bodies };
  const groups = [
    ["chosen", answers.office, data.offices.chosen[answers.office]],
    ["other", other, data.offices.other[other]],
    ["enterprise", null, data.offices.enterprise],
  ];
  const { hours, hoursLabel } = data.standards[answers.standard];
  return groups
    .map(([group, office, title]) => [group, office, title, office ? ids[office] : place.specialized_enterprises])
    .filter(([, , , list]) => list.length)
    .map(([group, office, title, list]) =>
      el(
        "div",
        { class: `answer-offices answer-offices-${group}` },
        el("p", { class: "answer-offices-title", text: title }),
        // One office kind keeps one timetable (clause 9), so it is said once for the group.
        office ? el("p", { class: "answer-hours" }, el("strong", { text: hoursLabel }), " ", hours[office]) : null,
        office
          ? el(
              "p",
              { class: "answer-now" },
              el("strong", { text: words.now }),
              " ",
              el("span", { "data-open": office, text: words.nowChecking }),
            )
          : null,
        el("div", { class: "answer-cards" }, ...list.map((id) => contactCard(data.contacts[id], id, words, link))),
      ),
    );
};

/** If things go wrong: grounds, complaints (with the akimat apparatus), storage. */
export const whatIfWrong = (data, answers, words, link) => {
  const standard = data.standards[answers.standard];
  const place = data.flow.place_sets[data.flow.places[`${answers.region}|${answers.district || ""}|${answers.standard}`]];
  const list = (lines) => el("ul", {}, ...lines.map((text) => el("li", { text })));
  return [
    el("h4", { text: words.refusal }),
    list(standard.refusal),
    el("h4", { text: words.suspension }),
    list(standard.suspension),
    el("h4", { text: words.complaint }),
    el("p", { "data-answer-complaint": "", text: standard.complaint[answers.office] }),
    ...place.akimat_offices.map((id) => contactCard(data.contacts[id], id, words, link)),
    el("h4", { text: words.storage }),
    el("p", { class: "answer-storage-text", text: standard.storage }),
    el("p", { "data-answer-storage": "" }),
  ];
};

/** The printed copy's footer: the day it is printed, as the rules gave Kazakhstan's local date
 * (the region's, with the clock the page shows), and the source act. */
export const printedLine = (data, aboutHref, link, day) =>
  el(
    "span",
    { class: "answer-printed" },
    " ",
    fill(data.footer.printed_on, { date: day }),
    " ",
    data.footer.source,
    " ",
    link(aboutHref, data.footer.act),
    ".",
  );
