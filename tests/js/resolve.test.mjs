// The answer page's URL walk (docs/assets/answer/resolve.mjs) on the real question table, with
// the cases worked by hand in tests/calculator/test_answer.py. The table comes from the build's
// own build_flow: tests/calculator/test_answer_js.py writes it and names it in ANSWER_FLOW.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { districtKey, resolve } from "../../docs/assets/answer/resolve.mjs";

const flow = JSON.parse(readFileSync(process.env.ANSWER_FLOW, "utf-8"));
const FARMER = {
  standard: "1",
  applicant: "individual",
  region: "kostanay",
  district: "Мендыкаринский район",
  category: "farm",
  area: "120",
  paid_on: "2012-03-15",
  submitted: "2012-03-15",
};
const walk = (params, today = "2012-03-15") => resolve(flow, new URLSearchParams(params), today);

test("the farmer's link is a complete answer", () => {
  const state = walk(FARMER, "2026-12-01");
  assert.deepEqual(state.errors, []);
  assert.deepEqual(state.missing, []);
  assert.ok(state.complete);
  // The district named in Russian is the Kazakh key of the directory; defaults: a new grant, no
  // representative, the authorized body, no "is my act late?" check.
  assert.deepEqual(state.answers, {
    ...FARMER,
    district: "Мендіқара ауданы",
    case: "grant",
    representative: "0",
    office: "authorized-body",
    checked_on: "",
  });
});

test("a check date is optional and taken as typed, for the rules to judge", () => {
  assert.equal(walk({ ...FARMER, checked_on: "2012-03-30" }).answers.checked_on, "2012-03-30");
  // Before the submission date: still a complete answer; the late rule says what is wrong.
  const early = walk({ ...FARMER, checked_on: "2012-03-01" });
  assert.ok(early.complete);
  assert.deepEqual(early.errors, []);
  assert.equal(early.answers.checked_on, "2012-03-01");
});

test("a district named by its akimat's spelling", () => {
  // Байғанин (the akimat's row of the source) is the district the land department spells Байганин.
  const state = walk({ ...FARMER, region: "aktobe", district: "Байғанин ауданы" });
  assert.equal(state.answers.district, "Байганин ауданы");
  assert.deepEqual(state.errors, []);
});

test("a district named in Kazakh, any case and spacing", () => {
  assert.equal(walk({ ...FARMER, district: "  МЕНДІҚАРА   ауданы " }).answers.district, "Мендіқара ауданы");
  assert.equal(districtKey("Мендыкаринский  Район"), "мендыкаринский район");
});

test("the submission date defaults to today, the payment date stays blank", () => {
  // As in tests/calculator/test_answer.py: the rules take the submission date for an empty
  // payment date and say so in the fee's explanation.
  const { paid_on, submitted, ...rest } = FARMER;
  const state = walk(rest, "2012-05-02");
  assert.equal(state.answers.paid_on, "");
  assert.equal(state.answers.submitted, "2012-05-02");
  assert.equal(state.complete, true);
});

test("inconsistent values are named and dropped", () => {
  // Standard 2 is for state legal entities only; Astana has no districts.
  const state = walk({
    standard: "2",
    applicant: "individual",
    representative: "1",
    region: "astana",
    district: "Есіл",
    category: "farm",
  });
  assert.equal(state.answers.applicant, "state_legal_entity");
  assert.equal(state.answers.representative, null);
  assert.equal(state.answers.district, null);
  assert.deepEqual(state.errors, [
    // The only option left is taken: the page says it was chosen, not "choose below" (review7 D1).
    { question: "applicant", value: "individual", code: "chosen" },
    { question: "representative", value: "1", code: "not_asked" },
    { question: "district", value: "Есіл", code: "not_asked" },
    { question: "category", value: "farm", code: "unknown" },
  ]);
  assert.deepEqual(state.missing, ["category"]);
  assert.ok(!state.complete);
});

test("an unknown standard asks again and holds what depends on it", () => {
  const state = walk({ standard: "7", case: "grant", region: "kostanay" });
  assert.deepEqual(state.errors, [{ question: "standard", value: "7", code: "unknown" }]);
  assert.ok(state.missing.includes("standard") && !("case" in state.answers));
  assert.equal(state.answers.region, "kostanay");
  assert.ok(state.missing.includes("district"));
});

test("area is not asked for a flat tariff", () => {
  const state = walk({ ...FARMER, category: "individual_housing", area: "0,1" });
  assert.equal(state.answers.area, null);
  assert.deepEqual(state.errors, [{ question: "area", value: "0,1", code: "not_asked" }]);
  assert.ok(state.complete);
});

test("an unknown case is asked again, not answered by its default (review8 D1)", () => {
  const state = walk({ standard: "2", case: "change", applicant: "state_legal_entity", region: "kostanay" });
  assert.deepEqual(state.errors, [{ question: "case", value: "change", code: "unknown" }]);
  assert.ok(state.missing.includes("case") && !("case" in state.answers));
  assert.ok(!state.complete);
});

test("an unknown case keeps the link's answers to the questions it hides (review9 D1)", () => {
  // The representative question depends on the case, the area on the category (not given): both
  // wait with the link's value, so the page keeps them in its address until they are asked.
  const d1 = {
    standard: "3",
    case: "zzz",
    applicant: "legal_entity",
    representative: "1",
    region: "aktobe",
    submitted: "2013-02-31",
    office: "authorized-body",
    checked_on: "2012-13-01",
    area: "abc",
  };
  const state = walk(d1, "2026-12-07");
  assert.deepEqual(state.errors, [{ question: "case", value: "zzz", code: "unknown" }]);
  assert.deepEqual(state.waiting, { representative: "1", area: "abc" });
  assert.ok(!("representative" in state.answers));
  // The reader picks a case: the waiting «1» is the answer, not the default «0».
  const chosen = walk({ ...d1, case: "grant", category: "legal_entity" }, "2026-12-07");
  assert.equal(chosen.answers.representative, "1");
  assert.equal(chosen.answers.area, "abc");
  assert.deepEqual(chosen.waiting, {});
});
