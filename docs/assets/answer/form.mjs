// The questions: one fieldset per question that applies, each with its legend; choices as
// radios, typed values (area, dates) as fields. Redrawn only when the set of questions or their
// choices changes, so typing and tabbing keep their place.
import { el } from "../lib/page.mjs";

const dependsKey = (question, answers) => question.deps.map((d) => answers[d] || "").join("|");

const choiceField = (data, question, options, value) => {
  const { labels } = data;
  return options.map((option, i) => {
    const id = `q-${question.name}-${i}`;
    const input = el("input", { type: "radio", name: question.name, id, value: option, checked: option === value });
    const hint = question.name === "standard" ? el("small", { text: labels.standard_hint[option] }) : null;
    return el("label", { for: id, class: "answer-choice" }, input, el("span", { text: labels[question.name][option] }), hint);
  });
};

// Each date says under it what an empty field stands for (the payment date: the submission date).
const typedField = (data, question, typed) => {
  const id = `q-${question.name}-input`;
  const hint = `q-hint-${question.name}`;
  const kind = question.name === "area" ? { inputmode: "decimal", autocomplete: "off" } : { type: "date", "aria-describedby": hint };
  const parts = [
    el("label", { for: id, text: data.questions[question.name] }),
    el("input", { id, name: question.name, value: typed, ...kind }),
  ];
  if (question.name !== "area") parts.push(el("small", { id: hint, text: data.hints[question.name] }));
  return parts;
};

// Choices are a group: a fieldset named by its legend. A typed field stands alone in a box
// named by its label (a fieldset there would say the same name twice to a screen reader).
const questionBox = (data, question, state, typed) => {
  const attrs = { class: `answer-q answer-q-${question.name}`, id: `q-${question.name}` };
  if (!question.choices) {
    const value = state.answers[question.name];
    return el("div", attrs, ...typedField(data, question, typed || (question.name === "area" ? "" : value || "")));
  }
  const options = question.choices[dependsKey(question, state.answers)];
  const box = el("fieldset", attrs, el("legend", { text: data.questions[question.name] }));
  box.append(...choiceField(data, question, options, state.answers[question.name]));
  if (question.name === "category" && options.includes("farm")) box.append(el("p", { class: "answer-note", text: data.hints.farm }));
  return box;
};

const isShown = (question, state) =>
  (question.name in state.answers || state.missing.includes(question.name)) && state.answers[question.name] !== null;

/** A form drawer: `draw(state, params)` redraws only when the questions shown or their choices
 * change; a typed answer becoming valid does not (redrawing then would drop the focus that Tab
 * is moving to the next field). */
export const questionsForm = (form, data) => {
  let shape = "";
  return (state, params) => {
    const shown = data.flow.questions.filter((q) => isShown(q, state));
    const next = JSON.stringify(shown.map((q) => [q.name, dependsKey(q, state.answers)]));
    if (next === shape) return;
    shape = next;
    const active = document.activeElement;
    const focused = active && form.contains(active) ? [active.name, active.value] : null;
    const go = el("button", { type: "submit", class: "md-button answer-go", text: data.words.go });
    form.replaceChildren(...shown.map((q) => questionBox(data, q, state, params.get(q.name))), go);
    if (focused) {
      const again = [...form.elements].find((e) => e.name === focused[0] && (e.type !== "radio" || e.value === focused[1]));
      if (again) again.focus();
    }
  };
};
