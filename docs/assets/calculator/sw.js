// Offline copy of the calculator: the two calculator pages and everything they load are cached
// when a calculator page registers this worker; afterwards they are answered from the cache when
// the network is down. Other pages are not touched. PRECACHE is filled in by the build.
const PRECACHE = __PRECACHE__;
const CACHE = `calculator-${__VERSION__}`;
const PAGES = new Set(PRECACHE.filter((url) => url.endsWith("/")));

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

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== location.origin) return;
  const path = url.pathname;
  if (PAGES.has(path)) {
    // Pages: the network first, so a new build is seen at once; the copy when offline.
    event.respondWith(
      fetch(event.request)
        .then((response) => {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(path, copy));
          return response;
        })
        .catch(() => caches.match(path)),
    );
  } else if (PRECACHE.includes(path)) {
    // Fingerprinted runtime and theme files never change under the same URL.
    event.respondWith(caches.match(path).then((hit) => hit || fetch(event.request)));
  }
});
