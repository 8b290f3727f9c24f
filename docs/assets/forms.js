// The print button of the application and receipt pages; the forms themselves need no script.
for (const button of document.querySelectorAll(".form-tools [data-print]")) {
  button.addEventListener("click", () => window.print());
}
