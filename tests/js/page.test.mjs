// The shared page helpers (docs/assets/lib/page.mjs): a template fills only with printable
// values, and says so at once otherwise; dates as the rules read them.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fill, linkValue, localToday, printable } from "../../docs/assets/lib/page.mjs";

test("a template fills every placeholder", () => {
  assert.equal(fill("{area}\u00a0га", { area: "12,5" }), "12,5\u00a0га");
  assert.equal(fill("{a} — {b}", { a: "x", b: 4 }), "x — 4");
});

test("a placeholder without a value throws", () => {
  assert.throws(() => fill("— нужно {condition}", {}), /no value for \{condition\}/);
});

test("undefined, NaN, null and objects throw", () => {
  for (const bad of [undefined, Number.NaN, null, { a: 1 }, [1], Number.POSITIVE_INFINITY]) {
    assert.throws(() => fill("{x}", { x: bad }), TypeError);
    assert.throws(() => printable(bad, "x"), TypeError);
  }
});

test("dates as the rules read them", () => {
  // 5 March 2012, 09:07 on this device (a region's local time comes from the rules).
  assert.equal(localToday(new Date(2012, 2, 5, 9, 7)), "2012-03-05");
});

test("a link's value is named without control characters and cut at 40 characters", () => {
  // Issue 30 / review10 D3: «\u202e» (right-to-left override) and a tab are dropped; 45 letters
  // become the first 40 and «…».
  assert.equal(linkValue("zz\u202ez\t"), "zzz");
  assert.equal(linkValue("a".repeat(45)), `${"a".repeat(40)}…`);
  assert.equal(linkValue("a".repeat(40)), "a".repeat(40));
});
