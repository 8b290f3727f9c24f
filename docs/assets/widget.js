// Inside an embedded widget: tell the host page our height (embed.js sizes the iframe to it),
// and apply the checklist choices the host passed in the URL (?case=…&applicant=…&rep=…); the
// directory's ?district=… is read by directory.js.
(() => {
  const params = new URLSearchParams(location.search);
  if (params.get("case") && !location.hash) {
    location.hash = `${params.get("case")}--${params.get("applicant") || "individual"}--${params.get("rep") || "0"}`;
  }
  if (window.parent === window) return;
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      // The height is not a secret: any host may learn it; the host checks who sends it.
      window.parent.postMessage({ type: "zher-aktileri:height", height }, "*");
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener("load", report);
  report();
})();
