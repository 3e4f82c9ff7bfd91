// The header's search box, completed as the reader types: the titles of guides and steps that the query begins
// (GET /suggest?q=…&lang=…, GuideLibrary.Suggest), in a list below the box, after the ARIA combobox pattern
// (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): Down and Up move through the titles, Enter opens the one
// chosen (or, none chosen, sends the form), Escape closes the list (or, closed, empties the box). Without this script
// the box is the form it is rendered as, which opens the search page.
(() => {
  'use strict';
  const input = document.querySelector('header form[role="search"] input[type="search"]');
  if (!input) {
    return;
  }

  const form = input.form;
  const language = form.elements.namedItem('lang')?.value ?? document.documentElement.lang;
  const label = input.labels?.[0]?.textContent ?? '';
  const list = document.createElement('ul');
  list.id = input.id + '-suggestions';
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', label);
  list.hidden = true;
  form.after(list);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let active = -1;
  let asked = 0;
  let timer = 0;
  let pending = null;

  // The request of a query the reader has typed past (or sent) is given up: it holds none of the browser's few
  // connections to the server that the next one, or the search page, needs.
  function giveUp() {
    clearTimeout(timer);
    pending?.abort();
    pending = null;
  }

  const options = () => Array.from(list.children);

  function choose(index) {
    const all = options();
    active = index;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', all[index].id);
      all[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    choose(-1);
  }

  function show(suggestions) {
    list.replaceChildren(...suggestions.map((suggestion, i) => {
      const option = document.createElement('li');
      option.id = list.id + '-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.dataset.url = suggestion.url;
      if (suggestion.lang !== document.documentElement.lang) {
        option.lang = suggestion.lang;
      }

      const text = document.createElement('span');
      text.textContent = suggestion.text;
      option.append(text);
      if (suggestion.guide) {
        const guide = document.createElement('span');
        guide.className = 'suggestion-guide';
        guide.textContent = suggestion.guide;
        option.append(' ', guide);
      }

      // mousedown, not click: the box keeps the focus until the page changes.
      option.addEventListener('mousedown', event => {
        event.preventDefault();
        location.assign(suggestion.url);
      });
      return option;
    }));
    active = -1;
    input.removeAttribute('aria-activedescendant');
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
  }

  async function suggest() {
    const query = input.value.trim();
    const mine = ++asked;
    if (query.length === 0) {
      show([]);
      return;
    }

    pending?.abort();
    pending = new AbortController();
    try {
      const response = await fetch('/suggest?q=' + encodeURIComponent(query) + '&lang=' + encodeURIComponent(language), { signal: pending.signal });
      const suggestions = response.ok ? await response.json() : [];
      // An answer to an older query, come after a newer one's, is dropped.
      if (mine === asked) {
        show(suggestions);
      }
    } catch {
      // Given up, or no answer (the network is gone): the form still searches.
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 80);
  });

  input.addEventListener('keydown', event => {
    const count = options().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) {
        return;
      }

      event.preventDefault();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      const step = event.key === 'ArrowDown' ? 1 : -1;
      choose(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === 'Enter' && active >= 0 && !list.hidden) {
      event.preventDefault();
      giveUp();
      location.assign(options()[active].dataset.url);
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    }
  });

  input.addEventListener('blur', close);
  form.addEventListener('submit', giveUp);
})();
