// Offline copy of the calculator. The calculator page registers this worker after its first
// answer, when the runtime is already in the browser's HTTP cache: installing copies the two
// calculator pages and everything they load from there (nothing is downloaded twice), and takes
// a file whose name carries its content's hash from the previous build's copy when it has one.
// Afterwards they are answered from the cache when the network is down, and a page that was
// never kept is answered with the offline page of its language. The build fills in PRECACHE and
// OFFLINE (paths relative to the site's base, the folder this file is served from), CACHE_NAME
// and the fingerprinted folders.
//
// Only successful responses are kept. Files whose name carries their content's hash (the
// runtime folders, the theme's bundles) are answered from the cache first; everything else
// (pages, site.js, site.css, the search index) from the network first, so that after a rebuild
// no page gets an old copy while the server is reachable.
const BASE = new URL("./", self.location);
const at = (path) => new URL(path, BASE).href;
const PRECACHE = __PRECACHE__.map(at);
const OFFLINE = Object.fromEntries(Object.entries(__OFFLINE__).map(([lang, path]) => [lang, at(path)]));
const CACHE = __CACHE_NAME__;
const KNOWN = new Set(PRECACHE);
const IMMUTABLE_FOLDERS = __IMMUTABLE_FOLDERS__.map(at);
const FINGERPRINTED = /\.[0-9a-f]{8,}\.min\.(?:js|css)$/;
const immutable = (href) => IMMUTABLE_FOLDERS.some((folder) => href.startsWith(folder)) || (KNOWN.has(href) && FINGERPRINTED.test(href));

// A file kept by an earlier build under the same content-named URL (the Pyodide runtime when
// only the rules or their strings changed), else the network (the HTTP cache first).
const previousOrFetch = (href) =>
  (immutable(href) ? caches.match(href) : Promise.resolve(undefined)).then((hit) =>
    hit && hit.ok
      ? hit
      : fetch(href).then((response) => {
          if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
          return response;
        }),
  );

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(PRECACHE.map((href) => previousOrFetch(href).then((response) => cache.put(href, response)))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("calculator-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const keep = (href, response) => {
  if (response.ok && response.type === "basic") {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(href, copy));
  }
  return response;
};

const kept = (href) => caches.match(href, { cacheName: CACHE });

const cacheFirst = (request, href) => kept(href).then((hit) => hit || fetch(request).then((response) => keep(href, response)));

// The network's answer when it is a good one; the kept copy when the network is down or answers
// with an error (a 403 or 500 must not replace, nor hide, the working copy).
const networkFirst = (request, href) =>
  fetch(request)
    .then((response) => (response.ok ? keep(href, response) : kept(href).then((hit) => hit || response)))
    .catch(() => kept(href).then((hit) => hit || Response.error()));

// A page of this site the network cannot bring: the offline page in the page's language.
const offlinePage = (href) => kept(href.startsWith(at("ru/")) ? OFFLINE.ru : OFFLINE.kk).then((hit) => hit || Response.error());

const navigation = (request, href) =>
  (KNOWN.has(href) ? networkFirst(request, href) : fetch(request)).then(
    (response) => (response.type === "error" ? offlinePage(href) : response),
    () => offlinePage(href),
  );

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== location.origin || !url.href.startsWith(BASE.href)) return;
  const href = url.origin + url.pathname;
  if (event.request.mode === "navigate") {
    event.respondWith(navigation(event.request, href));
  } else if (immutable(href)) {
    event.respondWith(cacheFirst(event.request, href));
  } else if (KNOWN.has(href)) {
    event.respondWith(networkFirst(event.request, href));
  }
});
