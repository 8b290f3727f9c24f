// Material wraps wide tables in a scrolling box after load; a scrolling box must be reachable
// from the keyboard (WCAG 2.1.1), so each gets a tab stop.
(() => {
  const mark = () => {
    for (const box of document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])")) box.tabIndex = 0;
  };
  new MutationObserver(mark).observe(document.documentElement, { childList: true, subtree: true });
  mark();
})();
