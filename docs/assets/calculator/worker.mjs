// Runs the project's Python rules (the `calculator` wheel) in Pyodide, off the main thread.
// Protocol: the page posts {id, request}; the worker answers {id, response} where response is
// exactly what calculator.api.handle returns, or {type: "progress"|"ready"|"failed"} while loading
// (progress stages: "snapshot", "boot", "snapshot-refused", "package", "snapshot-saved").
//
// Loading (README, "Speed"): the runtime with the standard library cut to what the rules use.
// The memory snapshot (an interpreter with the rules loaded and their handler made) is used when
// it is already in this build's cache, or fetched at once when the page itself came from near by
// (calculator.js passes its time to first byte as this worker's name); otherwise it is fetched in
// the background after the first answer, only on a line that proved fast. Never on a line the
// browser reports as metered, saving data or slow.
import { loadPyodide } from "../pyodide/pyodide.mjs";
import runtime from "./runtime.json" with { type: "json" };
import { unpackResponse } from "./sparse.mjs";

const here = new URL("./", import.meta.url);
const indexURL = new URL("../pyodide/", import.meta.url).href;
// The service worker's cache of this build (sw.js names it after the runtime folder's hash).
const CACHE = `calculator-${here.pathname.match(/runtime-([0-9a-f]+)\//)[1]}`;
const snapshotURL = new URL(runtime.snapshot, here).href;
// Keep the snapshot for later visits only on a line of 10 Mbit/s or more: on a slower one its
// 2.9 MB are a long download (and data) for the half second it saves on each later visit.
const FAST_BYTES_PER_MS = 1250;
// Download it on a first visit only from a page whose first byte came sooner than this. At once
// it pays from about 50 Mbit/s (README, "Speed": 0.4 s sooner on loopback, 0.75 s later at
// 20 Mbit/s), which a page of a few kilobytes cannot measure, so the server's distance decides:
// loopback here reads 1-34 ms, the slow line (150 ms a request) more than 150.
const NEAR_LATENCY_MS = 100;

// What the browser itself says of the line: Save-Data, a cellular link, or its estimate of a slow one.
const browserSaysNo = () => {
  const line = navigator.connection;
  return Boolean(line && (line.saveData || line.type === "cellular" || /2g|3g/.test(line.effectiveType ?? "")));
};
// The page's own arrival (calculator.js `pageLine`): near enough to download the snapshot at once.
const pageCameNear = () => {
  let page;
  try {
    page = JSON.parse(self.name);
  } catch {
    return false;
  }
  return page?.latency < NEAR_LATENCY_MS && !browserSaysNo();
};

const fetchOk = (name) =>
  fetch(new URL(name, here)).then((r) => {
    if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
    return r;
  });

// The snapshot, from the cache or (a page from near by) the network: {image, fetched} or null.
// A fetched one is kept for later visits once it has been restored (`fetched`: its copy to keep).
const snapshot = (async () => {
  if (!self.caches) return null;
  const hit = await caches.match(snapshotURL, { cacheName: CACHE }).catch(() => undefined);
  if (hit && hit.ok) return { image: hit, fetched: null };
  if (!pageCameNear()) return null;
  const response = await fetchOk(runtime.snapshot).catch(() => null);
  return response && { image: response, fetched: response.clone() };
})();

const options = () => ({ indexURL, stdLibURL: new URL(runtime.stdlib, here).href, lockFileContents: { ...runtime.lock, packages: {} } });

async function start() {
  const found = await snapshot;
  if (found) {
    try {
      postMessage({ type: "progress", stage: "snapshot" });
      // Unpacked chunk by chunk as it streams in, while Pyodide's JavaScript loads.
      const bytes = unpackResponse(found.image);
      bytes.catch(() => {}); // a refusal is handled below, once loadPyodide reaches it
      const py = await loadPyodide({ ...options(), _loadSnapshot: bytes });
      if (found.fetched)
        caches
          .open(CACHE)
          .then((cache) => cache.put(snapshotURL, found.fetched))
          .catch(() => {});
      // Made and warmed at build time (glue.py): no wheel, bundle or import to load.
      return py.runPython("restored()");
    } catch (error) {
      // A snapshot from another Pyodide build, or a damaged copy, is refused: boot normally.
      postMessage({ type: "progress", stage: "snapshot-refused", detail: String(error) });
      caches
        .open(CACHE)
        .then((cache) => cache.delete(snapshotURL))
        .catch(() => {});
    }
  }
  postMessage({ type: "progress", stage: "boot" });
  const [py, wheelBytes, bundleText, glueText] = await Promise.all([
    loadPyodide(options()),
    fetchOk(runtime.wheel).then((r) => r.arrayBuffer()),
    fetchOk("bundle.json").then((r) => r.text()),
    fetchOk("glue.py").then((r) => r.text()),
  ]);
  postMessage({ type: "progress", stage: "package" });
  py.unpackArchive(new Uint8Array(wheelBytes), "wheel");
  py.runPython(glueText);
  return py.globals.get("make_handler")(bundleText);
}

const ready = start();

ready.then(
  () => postMessage({ type: "ready" }),
  (error) => postMessage({ type: "failed", detail: String(error) }),
);

// Bytes per millisecond of what this worker fetched from the network (nothing: unknown).
function measuredSpeed() {
  const fetched = performance.getEntriesByType("resource").filter((e) => e.transferSize > 0);
  if (!fetched.length) return 0;
  const bytes = fetched.reduce((sum, e) => sum + e.transferSize, 0);
  const span = Math.max(...fetched.map((e) => e.responseEnd)) - Math.min(...fetched.map((e) => e.startTime));
  return bytes / Math.max(span, 1);
}

let snapshotChecked = false;
async function keepSnapshotForLater() {
  snapshotChecked = true;
  if ((await snapshot) || !self.caches || browserSaysNo()) return;
  if (measuredSpeed() < FAST_BYTES_PER_MS) return;
  try {
    await (await caches.open(CACHE)).add(snapshotURL);
    postMessage({ type: "progress", stage: "snapshot-saved" });
  } catch {
    // Not kept: the next visit boots normally.
  }
}

self.onmessage = async ({ data }) => {
  const handle = await ready.catch(() => null);
  if (!handle) {
    // Every request after a failed start hears so (and nothing is left unhandled).
    postMessage({ type: "failed", id: data.id });
    return;
  }
  postMessage({ id: data.id, response: JSON.parse(handle(JSON.stringify(data.request))) });
  if (!snapshotChecked) setTimeout(keepSnapshotForLater, 500);
};
