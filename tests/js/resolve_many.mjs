// For the parity test: resolve every parameter set of a JSON file with the page's walk.
// Usage: node resolve_many.mjs FLOW.json CASES.json  (CASES: [{params, today}]) → JSON on stdout.
import { readFileSync } from "node:fs";
import { resolve } from "../../docs/assets/answer/resolve.mjs";

const [flowPath, casesPath] = process.argv.slice(2);
const flow = JSON.parse(readFileSync(flowPath, "utf-8"));
const cases = JSON.parse(readFileSync(casesPath, "utf-8"));
const states = cases.map(({ params, today }) => resolve(flow, new URLSearchParams(params), today));
process.stdout.write(JSON.stringify(states));
