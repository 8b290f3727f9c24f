// Directory page: a filter box over the contact cards (the page reads fully without it).
(() => {
  const tools = document.querySelector("[data-directory-tools]");
  if (!tools) return;
  tools.hidden = false;
  const input = tools.querySelector("[data-directory-filter]");
  const cards = [...document.querySelectorAll(".contact-card")];
  input.addEventListener("input", () => {
    const words = input.value.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    for (const card of cards) {
      const text = card.dataset.search;
      card.hidden = !words.every((w) => text.includes(w));
    }
  });
  tools.querySelector("[data-print]").addEventListener("click", () => window.print());
})();
