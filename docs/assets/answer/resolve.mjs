// How the answer page reads its URL: the question table the build shipped (calculator/answer.py
// build_flow) walked for one set of parameters, exactly as calculator.answer.resolve walks it.
// tests/js/resolve.test.mjs works cases by hand; tests/calculator/test_resolve_parity.py proves
// both walks give the same state over generated parameter sets.

/** How a district's name is compared: case and spacing do not matter. */
export const districtKey = (name) => name.toLowerCase().split(/\s+/).filter(Boolean).join(" ");

const dependsKey = (question, answers) => question.deps.map((d) => answers[d] || "").join("|");

/** What one question makes of its raw value, given the answers it depends on. */
const readQuestion = (flow, question, raw, key) => {
  if (!question.choices) {
    return { options: [], value: raw, applies: Boolean(question.applies[key]), valid: Boolean(raw) };
  }
  const options = question.choices[key] || [];
  const aliases = (flow.aliases[question.name] || {})[key] || {};
  const value = raw ? (aliases[districtKey(raw)] ?? raw) : "";
  return { options, value, applies: options.length > 0, valid: options.includes(value) };
};

/**
 * Read URL parameters (a URLSearchParams or a Map) against the question table.
 * Returns answers (question → value, null where the question does not apply), the questions
 * still missing, errors ({question, value, code}: "unknown", "chosen" or "not_asked"), waiting
 * (question → the link's value, for a question not reached because an answer it depends on is
 * missing: the page keeps it until the question is asked, review9 D1) and complete.
 * `today` (ISO) replaces the "today" default.
 */
export const resolve = (flow, params, today) => {
  const answers = {};
  const missing = [];
  const errors = [];
  const waiting = {};
  for (const question of flow.questions) {
    const { name } = question;
    const raw = (params.get(name) || "").trim();
    if (question.deps.some((d) => !(d in answers))) {
      if (raw) waiting[name] = raw;
      continue;
    }
    const { options, value, applies, valid } = readQuestion(flow, question, raw, dependsKey(question, answers));
    if (!applies) {
      if (raw) errors.push({ question: name, value: raw, code: "not_asked" });
      answers[name] = null;
      continue;
    }
    // With one option left it is taken, and the page says so instead of asking (review7 D1).
    if (raw && !valid) errors.push({ question: name, value: raw, code: options.length === 1 ? "chosen" : "unknown" });
    // A value the link got wrong is asked again, never replaced by the default (review8 D1).
    const fallback = !raw && question.default !== null && (options.includes(question.default) || !options.length);
    if (valid) answers[name] = value;
    else if (options.length === 1) answers[name] = options[0];
    else if (fallback) answers[name] = question.default === "today" ? today : question.default;
    else missing.push(name);
  }
  const complete = !missing.length && flow.questions.every((q) => q.name in answers);
  return { answers, missing, errors, waiting, complete };
};
