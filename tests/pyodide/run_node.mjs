// Runs the calculator as the browser's worker does, in Node: the site's runtime folder (Pyodide
// from the pinned npm package, the cut standard library, the wheel, the glue), one loading path.
// Usage: node run_node.mjs <runtime dir> <path> < requests.json > {stage, answers}
//   path: boot (no snapshot) | snapshot | refused (a damaged snapshot image, then a normal start)
//   optional third argument: another standard library zip (to prove a missing module fails)
import { readFileSync } from "node:fs";

const [runtimeDir, path, otherStdlib] = process.argv.slice(2);
const calc = `${runtimeDir}/calculator`;
const runtime = JSON.parse(readFileSync(`${calc}/runtime.json`, "utf-8"));
// Pyodide's own folder, where the shipped worker.mjs imports it from (generator/assemble/runtime.py).
const pyodideDir = new URL(readFileSync(`${calc}/worker.mjs`, "utf-8").match(/from "([^"]+\/)pyodide\.mjs"/)[1], `file://${calc}/`)
  .pathname;
const { loadPyodide } = await import(`${pyodideDir}pyodide.mjs`);
// Node reads the wasm next to pyodide.mjs (no lock file: passed inline).
const options = {
  indexURL: pyodideDir,
  stdLibURL: otherStdlib || `${calc}/${runtime.stdlib}`,
  lockFileContents: { ...runtime.lock, packages: {} },
};

let stage = "boot";
let handle;
if (path !== "boot") {
  const { unpack } = await import(`${calc}/sparse.mjs`);
  try {
    const file = readFileSync(`${calc}/${runtime.snapshot}`);
    const image = unpack(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
    // Damaged inside the image, so that Pyodide's own check is what refuses it.
    if (path === "refused") image.fill(7, 0, 4096);
    // As the worker: the handler made and warmed at build time, no wheel or bundle.
    handle = (await loadPyodide({ ...options, _loadSnapshot: image })).runPython("restored()");
    stage = "snapshot";
  } catch (error) {
    stage = "snapshot-refused";
  }
}
try {
  if (!handle) {
    const py = await loadPyodide(options);
    // Node refuses a Buffer here; a Uint8Array copy is what the browser path passes too.
    py.unpackArchive(new Uint8Array(readFileSync(`${calc}/${runtime.wheel}`)), "wheel");
    py.runPython(readFileSync(`${calc}/glue.py`, "utf-8"));
    handle = py.globals.get("make_handler")(readFileSync(`${calc}/bundle.json`, "utf-8"));
  }
  const answers = JSON.parse(readFileSync(0, "utf-8")).map((r) => JSON.parse(handle(JSON.stringify(r))));
  process.stdout.write(JSON.stringify({ stage, answers }));
} catch (error) {
  // The Python traceback, without the minified source line Node would print with it.
  process.stderr.write(`${error.type || error.name}: ${error.message}\n`);
  process.exitCode = 1;
}
