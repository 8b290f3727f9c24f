// Build step: a Pyodide memory snapshot with the calculator already imported, so a visit
// restores a ready interpreter instead of booting one (see README, "Speed").
// Usage: node snapshot.mjs <pyodide dir> <stdlib zip> <wheel> <glue.py> <out file>
// The snapshot is tied to this exact Pyodide build, standard library and wheel; the build makes
// them together and the worker falls back to a normal start if the snapshot is refused.
//
// Two builds from the same sources must give the same bytes (clients keep the runtime folder
// while its hash stays the same), so everything that would differ is fixed while it is made:
// the string hash seed, the entropy Python seeds `random` with, and the clock. The worker
// reseeds `random` from real entropy after restoring.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";

const [pyodideDir, stdlib, wheelPath, gluePath, outPath] = process.argv.slice(2);

const nodeCrypto = createRequire(import.meta.url)("node:crypto");
let state = 0x9e3779b9;
nodeCrypto.randomFillSync = (view) => {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  for (let i = 0; i < bytes.length; i++) {
    state ^= state << 13; state ^= state >>> 17; state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return view;
};
const EPOCH = Date.UTC(2012, 10, 1);
let tick = 0;
Date.now = () => EPOCH;
performance.now = () => (tick += 1);

const { loadPyodide } = await import(`${pyodideDir}/pyodide.mjs`);
// As the worker starts it: the cut library, and the lock file's info without packages.
const { info } = JSON.parse(readFileSync(`${pyodideDir}/pyodide-lock.json`, "utf-8"));
const py = await loadPyodide({
  indexURL: `${pyodideDir}/`, stdLibURL: stdlib, lockFileContents: { info, packages: {} },
  _makeSnapshot: true, env: { PYTHONHASHSEED: "0" },
});
py.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel");
// Import everything the rules and the worker's glue use now, so nothing is read at first use.
py.runPython(readFileSync(gluePath, "utf-8"));
py.runPython(`
import importlib, pkgutil, calculator
for info in pkgutil.walk_packages(calculator.__path__, "calculator."):
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)
`);
writeFileSync(outPath, py.makeMemorySnapshot());
