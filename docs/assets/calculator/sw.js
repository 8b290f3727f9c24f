// Offline copy of the calculator. The calculator page registers this worker after its first
// answer, when the runtime is already in the browser's HTTP cache: installing copies the two
// calculator pages and everything they load from there (nothing is downloaded twice). Afterwards
// they are answered from the cache when the network is down. PRECACHE is filled in by the build.
//
// Only successful responses are kept. Files whose name carries their content's hash (the
// runtime folder, the theme's bundles) are answered from the cache first; everything else
// (pages, site.js, site.css, the search index) from the network first, so that after a rebuild
// no page gets an old copy while the server is reachable.
const PRECACHE = __PRECACHE__;
const CACHE = `calculator-${__VERSION__}`;
const KNOWN = new Set(PRECACHE);
const RUNTIME = `/${__RUNTIME__}/`;
const FINGERPRINTED = /\.[0-9a-f]{8,}\.min\.(?:js|css)$/;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("calculator-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const keep = (path, response) => {
  if (response.ok && response.type === "basic") {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(path, copy));
  }
  return response;
};

const cacheFirst = (request, path) =>
  caches.match(path, { cacheName: CACHE }).then((hit) => hit || fetch(request).then((response) => keep(path, response)));

// The network's answer when it is a good one; the kept copy when the network is down or answers
// with an error (a 403 or 500 must not replace, nor hide, the working copy).
const networkFirst = (request, path) =>
  fetch(request)
    .then((response) => (response.ok ? keep(path, response) : caches.match(path, { cacheName: CACHE }).then((hit) => hit || response)))
    .catch(() => caches.match(path, { cacheName: CACHE }).then((hit) => hit || Response.error()));

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== location.origin) return;
  const path = url.pathname;
  if (path.startsWith(RUNTIME) || (KNOWN.has(path) && FINGERPRINTED.test(path))) {
    event.respondWith(cacheFirst(event.request, path));
  } else if (KNOWN.has(path)) {
    event.respondWith(networkFirst(event.request, path));
  }
});
