// Runs calculator.api.handle under Pyodide from the pinned npm package, in Node.
// Usage: node run_node.mjs <wheel> <bundle.json> < requests.json > responses.json
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";

const require = createRequire(import.meta.url);
const pyodideDir = dirname(require.resolve("pyodide/package.json"));
const { loadPyodide } = await import(`${pyodideDir}/pyodide.mjs`);

const [wheelPath, bundlePath] = process.argv.slice(2);
const requests = readFileSync(0, "utf-8");
const py = await loadPyodide({ indexURL: `${pyodideDir}/` });
// Node refuses a Buffer here; a Uint8Array copy is what the browser path passes too.
py.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel");
py.globals.set("bundle_text", readFileSync(bundlePath, "utf-8"));
py.globals.set("requests_text", requests);
const out = py.runPython(`
import json
from calculator import api
bundle = json.loads(bundle_text)
json.dumps([api.handle(r, bundle) for r in json.loads(requests_text)], ensure_ascii=False)
`);
process.stdout.write(out);
