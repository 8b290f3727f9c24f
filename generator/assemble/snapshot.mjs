// Build step: a Pyodide memory snapshot with the calculator imported and its handler made and
// warmed (glue.py's `warm`: the bundle parsed, every request of the build's exercise answered
// once), so a visit restores an interpreter that answers at once instead of booting one (see
// README, "Speed").
// Usage: node snapshot.mjs <pyodide dir> <stdlib zip> <wheel> <glue.py> <bundle.json> <exercise.json> <out file>
// The snapshot is tied to this exact Pyodide build, standard library and wheel; the build makes
// them together and the worker falls back to a normal start if the snapshot is refused.
//
// Two builds from the same sources must give the same bytes (clients keep the runtime folder
// while its hash stays the same), so everything that would differ is fixed while it is made:
// the string hash seed, the entropy Python seeds `random` with, and the clock. The worker
// reseeds `random` from real entropy after restoring.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { pack } from "../../docs/assets/calculator/sparse.mjs";

const [pyodideDir, stdlib, wheelPath, gluePath, bundlePath, exercisePath, outPath] = process.argv.slice(2);
// Emscripten writes the program's name (process.argv[1], this script's absolute path) into the
// heap: a fixed name keeps the snapshot the same wherever the project is checked out.
process.argv = [process.argv[0], "snapshot.mjs"];

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
// Handed over as files, not as JavaScript values: a snapshot may hold no reference into JavaScript.
py.FS.writeFile("/tmp/bundle.json", readFileSync(bundlePath));
py.FS.writeFile("/tmp/exercise.json", readFileSync(exercisePath));
py.runPython(`
import importlib, os, pkgutil, calculator
for info in pkgutil.walk_packages(calculator.__path__, "calculator."):
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)
with open("/tmp/bundle.json", encoding="utf-8") as bundle, open("/tmp/exercise.json", encoding="utf-8") as exercise:
    warm(bundle.read(), exercise.read())
os.remove("/tmp/bundle.json")
os.remove("/tmp/exercise.json")
`);
// Without its empty pages (sparse.mjs): 12 MB instead of 31 on disk and in the cache.
writeFileSync(outPath, pack(py.makeMemorySnapshot()));
