// Plan d'actions: the print button of a fiche (no inline script: the CSP allows only scripts from this site).
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
