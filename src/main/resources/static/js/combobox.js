// Pilote CTG: the type-ahead picker (templates/fragments/picker.html), an ARIA 1.2 combobox with a listbox popup.
// Typing asks the picker's source for suggestions (an HTML fragment of <li role="option">); ArrowDown / ArrowUp move
// through them (aria-activedescendant), Enter or a click picks one, Escape closes the list. Picking puts the label in the
// field, the value in the hidden field if any, and submits the form when the picker says so (a « prefill » form).
(function () {
  'use strict';
  var DELAY = 200;

  function setup(box) {
    if (box.dataset.comboboxReady) return;
    box.dataset.comboboxReady = 'true';
    var input = box.querySelector('[role="combobox"]');
    var list = box.querySelector('[role="listbox"]');
    var hidden = box.querySelector('[data-combobox-value]');
    var status = box.querySelector('[data-combobox-status]');
    var timer = null;
    var active = -1;
    var asked = 0;

    function options() {
      return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function open() {
      if (options().length === 0) return close();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function highlight(index) {
      var all = options();
      if (all.length === 0) return;
      active = (index + all.length) % all.length;
      all.forEach(function (option, i) {
        option.setAttribute('aria-selected', i === active ? 'true' : 'false');
        option.classList.toggle('active', i === active);
      });
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    }

    function pick(option) {
      var target = box.dataset.appendTo && document.getElementById(box.dataset.appendTo);
      if (target) {
        var codes = target.value.split(/[,;\s]+/).filter(function (code) { return code.length > 0; });
        if (codes.indexOf(option.dataset.value) < 0) codes.push(option.dataset.value);
        target.value = codes.join(', ');
        input.value = '';
        status.textContent = option.dataset.label;
        close();
        return;
      }
      input.value = option.dataset.label;
      if (hidden) hidden.value = option.dataset.value;
      close();
      input.dispatchEvent(new CustomEvent('pilote:picked', { bubbles: true, detail: { value: option.dataset.value } }));
      if (box.dataset.submitOnPick === 'true' && input.form) input.form.requestSubmit();
    }

    function suggest() {
      var text = input.value.trim();
      if (hidden) hidden.value = '';
      if (text.length === 0) {
        list.innerHTML = '';
        status.textContent = '';
        return close();
      }
      var ticket = ++asked;
      var url = box.dataset.source + (box.dataset.source.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(text);
      fetch(url, { headers: { 'HX-Request': 'true' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : ''; })
        .then(function (html) {
          if (ticket !== asked) return;
          list.innerHTML = html;
          options().forEach(function (option, i) { option.id = list.id + '-' + i; });
          var count = options().length;
          status.textContent = count === 0
            ? box.dataset.msgNone
            : (count > 1 ? box.dataset.msgMany : box.dataset.msgOne).replace('{0}', count);
          active = -1;
          open();
        });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, DELAY);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (list.hidden) open();
        highlight(active + 1);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        if (list.hidden) open();
        highlight(active - 1);
      } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
        event.preventDefault();
        pick(options()[active]);
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', function () {
      setTimeout(close, 150);
    });
    list.addEventListener('mousedown', function (event) {
      event.preventDefault(); // keep the focus in the field
      var option = event.target.closest('[role="option"]');
      if (option) pick(option);
    });
  }

  function setupAll(root) {
    (root || document).querySelectorAll('[data-combobox]').forEach(setup);
  }

  document.addEventListener('DOMContentLoaded', function () { setupAll(document); });
  document.addEventListener('htmx:afterSettle', function (event) { setupAll(event.target); });
})();
