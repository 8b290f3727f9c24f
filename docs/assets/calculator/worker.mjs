// Runs the project's Python rules (the `calculator` wheel) in Pyodide, off the main thread.
// Protocol: the page posts {id, request}; the worker answers {id, response} where response is
// exactly what calculator.api.handle returns, or {type: "progress"|"ready"|"failed"} while loading.
import { loadPyodide } from "../pyodide/pyodide.mjs";

const here = new URL("./", import.meta.url);
const indexURL = new URL("../pyodide/", import.meta.url).href;
const fetchOk = (name) =>
  fetch(new URL(name, here)).then((r) => {
    if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
    return r;
  });

// Start everything at once: the runtime (from a memory snapshot when the build made one), our
// wheel and the rules' data travel in parallel.
const runtime = fetchOk("runtime.json").then((r) => r.json());
const wheel = runtime.then((info) => fetchOk(info.wheel)).then((r) => r.arrayBuffer());
const bundle = fetchOk("bundle.json").then((r) => r.text());
const snapshot = runtime.then((info) =>
  info.snapshot ? fetchOk(info.snapshot).then((r) => r.arrayBuffer()).catch(() => null) : null,
);

async function start() {
  const image = await snapshot;
  if (image) {
    try {
      return await loadPyodide({ indexURL, _loadSnapshot: new Uint8Array(image) });
    } catch (error) {
      // A snapshot from another Pyodide build is refused: boot normally instead.
      postMessage({ type: "progress", stage: "snapshot-refused", detail: String(error) });
    }
  }
  return loadPyodide({ indexURL });
}

const ready = (async () => {
  const [py, wheelBytes, bundleText] = await Promise.all([start(), wheel, bundle]);
  postMessage({ type: "progress", stage: "package" });
  // Unpacked even after a snapshot: module files live outside the snapshotted memory.
  py.unpackArchive(new Uint8Array(wheelBytes), "wheel");
  py.globals.set("bundle_text", bundleText);
  return py.runPython(`
import json, random
from calculator import api
random.seed()  # a restored snapshot would otherwise replay one random state
_bundle = json.loads(bundle_text)
del bundle_text
lambda request_text: json.dumps(api.handle(json.loads(request_text), _bundle), ensure_ascii=False)
`);
})();

ready.then(
  () => postMessage({ type: "ready" }),
  (error) => postMessage({ type: "failed", detail: String(error) }),
);

onmessage = async ({ data }) => {
  const handle = await ready;
  postMessage({ id: data.id, response: JSON.parse(handle(JSON.stringify(data.request))) });
};
