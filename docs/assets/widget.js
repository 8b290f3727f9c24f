// Inside an embedded widget: tell the host page our height (embed.js sizes the iframe to it).
// The checklist's choices in the URL (?case=…&applicant=…&rep=…) are read by checklist.js, the
// directory's ?district=… by directory.js.
(() => {
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
