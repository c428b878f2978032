// Pilote CTG: small glue for htmx. Sends the CSRF token with every htmx request that changes something.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Tables reflow on a phone (issue 16): each cell gets its column's header as a label, and pilote.css shows one block
// per row, each value under that label, below 576 px. Explicit ARIA roles keep the table's semantics once the CSS has
// turned its parts into blocks. A table opts out with data-reflow="off"; a header with merged cells is left as it is.
function piloteReflowTables(root) {
  root.querySelectorAll('table.table').forEach(function (table) {
    if (table.dataset.reflow === 'off' || table.classList.contains('table-reflow') || !table.closest('main')) return;
    var head = table.tHead && table.tHead.rows.length === 1 ? table.tHead.rows[0] : null;
    if (!head) return;
    var cells = Array.prototype.slice.call(head.cells);
    if (cells.some(function (c) { return c.colSpan > 1; })) return;
    var labels = cells.map(function (c) { return c.textContent.replace(/\s+/g, ' ').trim(); });
    table.setAttribute('role', 'table');
    Array.prototype.forEach.call(table.querySelectorAll(':scope > thead, :scope > tbody, :scope > tfoot'), function (group) {
      group.setAttribute('role', 'rowgroup');
    });
    cells.forEach(function (c) { c.setAttribute('role', 'columnheader'); });
    Array.prototype.forEach.call(table.rows, function (row) {
      row.setAttribute('role', 'row');
      if (row.parentElement === table.tHead) return;
      Array.prototype.forEach.call(row.cells, function (cell, i) {
        cell.setAttribute('role', cell.tagName === 'TH' ? 'rowheader' : 'cell');
        if (cell.colSpan === 1 && labels[i]) cell.setAttribute('data-label', labels[i]);
      });
    });
    table.classList.add('table-reflow');
  });
}
document.addEventListener('DOMContentLoaded', function () { piloteReflowTables(document); });
document.addEventListener('htmx:afterSettle', function (event) { piloteReflowTables(event.target); });
