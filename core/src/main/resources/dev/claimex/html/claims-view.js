/* Claimex claims view: the cards, the speakers panel and the filters over the marks the page was written with.
   Text from the data is only ever set as textContent: no string of the article becomes markup. Linear in the claims
   and marks; a filter change touches only the marks of the claims it shows or hides. */
(function () {
  'use strict';
  var doc = document;
  var data = JSON.parse(doc.getElementById('claimex-data').textContent);
  var claims = data.claims;
  var view = data.view;
  var n = claims.length;
  var text = doc.getElementById('text');
  var cardBox = doc.getElementById('cards');
  var CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  var DASH = '\u2014';

  /* a string of the data as shown: direction controls visible, not applied */
  function shown(s) {
    return String(s).replace(CONTROLS, function (c) {
      return '\u27e8U+' + ('000' + c.charCodeAt(0).toString(16).toUpperCase()).slice(-4) + '\u27e9';
    });
  }
  function clip(s, max) {
    s = shown(s).replace(/\s+/g, ' ').trim();
    return s.length > max ? s.slice(0, max - 1) + '\u2026' : s;
  }
  function el(tag, cls, content) {
    var e = doc.createElement(tag);
    if (cls) { e.className = cls; }
    if (content != null) { e.textContent = content; }
    return e;
  }

  /* the marks of each claim, and the one that takes the focus */
  var marks = new Array(n);
  var focusMark = new Array(n);
  var visible = new Array(n);
  for (var i = 0; i < n; i++) { marks[i] = []; visible[i] = true; }
  var all = text.querySelectorAll('.m');
  for (var j = 0; j < all.length; j++) {
    var c = +all[j].getAttribute('data-c');
    marks[c].push(all[j]);
    if (all[j].id) { focusMark[c] = all[j]; }
  }

  /* cards */
  function actor(a) {
    if (!a) { return DASH; }
    var s = a.text === a.canonical ? a.canonical : '\u201c' + a.text + '\u201d \u2192 ' + a.canonical;
    s += ' (' + a.type + ')';
    if (a.members) { s += ' = ' + a.members.join(' + '); }
    return s;
  }
  function spanText(s) { return s ? s.text : DASH; }
  /* a field of a card; a short one shares its line with the next */
  function row(dl, label, value, short) {
    dl.appendChild(el('dt', null, label));
    dl.appendChild(el('dd', short ? null : 'wide', clip(value, 160)));
  }
  function card(c, i) {
    var box = el('div', 'card s' + view.speaker[i]);
    box.id = 'card' + i;
    box.setAttribute('role', 'tooltip');
    box.hidden = true;
    var head = el('div', 'card-head');
    head.appendChild(el('span', 'sw'));
    head.appendChild(el('b', null, c.type));
    head.appendChild(doc.createTextNode(' by '));
    head.appendChild(el('bdi', null, clip(c.speaker ? c.speaker.canonical : '(no speaker)', 80)));
    box.appendChild(head);
    var dl = el('dl');
    row(dl, 'speaker', actor(c.speaker));
    row(dl, c.target && !c.addressee ? 'target' : 'addressee', actor(c.addressee || c.target));
    if (c.addressee && c.target) { row(dl, 'target', actor(c.target)); }
    row(dl, 'cue', spanText(c.cue));
    row(dl, 'condition', c.condition ? c.condition.text + ' \u21d2 ' + c.consequence.text : DASH);
    row(dl, 'polarity', c.polarity, true);
    row(dl, 'modality', c.modality, true);
    row(dl, 'attribution', c.attribution, true);
    row(dl, 'category', c.category, true);
    row(dl, 'source', spanText(c.source), true);
    row(dl, 'confidence', c.confidence.toFixed(2), true);
    row(dl, 'rule', c.rule);
    box.appendChild(dl);
    return box;
  }
  var cards = new Array(n);
  var cardFragment = doc.createDocumentFragment();
  for (i = 0; i < n; i++) { cards[i] = card(claims[i], i); cardFragment.appendChild(cards[i]); }
  var more = el('div', 'more');
  more.hidden = true;
  cardFragment.appendChild(more);
  cardBox.appendChild(cardFragment);

  /* showing and hiding cards */
  var open = [];
  var hideTimer = 0;
  var MAX_CARDS = 4;
  function light(i, on) {
    for (var k = 0; k < marks[i].length; k++) { marks[i][k].classList.toggle('hl', on); }
  }
  function hide() {
    clearTimeout(hideTimer);
    for (var k = 0; k < open.length; k++) { cards[open[k]].hidden = true; light(open[k], false); }
    open = [];
    more.hidden = true;
    cardBox.classList.remove('open');
  }
  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  }
  function show(ids, anchor) {
    hide();
    if (!ids.length) { return; }
    for (var k = 0; k < ids.length && k < MAX_CARDS; k++) {
      cards[ids[k]].hidden = false;
      light(ids[k], true);
      open.push(ids[k]);
    }
    if (ids.length > MAX_CARDS) {
      more.textContent = '+ ' + (ids.length - MAX_CARDS) + ' more claims on these words';
      more.hidden = false;
    }
    cardBox.classList.add('open');
    var rects = anchor.getClientRects();
    var r = rects.length ? rects[0] : anchor.getBoundingClientRect();
    var w = cardBox.offsetWidth;
    var h = cardBox.offsetHeight;
    var left = Math.max(8, Math.min(r.left, doc.documentElement.clientWidth - w - 8));
    var top = r.bottom + 8;
    if (top + h > window.innerHeight && r.top - h - 8 > 0) { top = r.top - h - 8; }
    cardBox.style.left = (left + window.scrollX) + 'px';
    cardBox.style.top = (top + window.scrollY) + 'px';
  }
  /* the shown claims covering a mark: the mark's own, then those of the marks around it */
  function covering(mark) {
    var ids = [];
    for (var x = mark; x && x !== text && x.classList.contains('m'); x = x.parentNode) {
      var id = +x.getAttribute('data-c');
      if (visible[id] && ids.indexOf(id) < 0) { ids.push(id); }
    }
    return ids;
  }
  function markOf(target) {
    var m = target && target.closest ? target.closest('.m') : null;
    return m && text.contains(m) ? m : null;
  }
  text.addEventListener('mouseover', function (e) {
    var m = markOf(e.target);
    if (m) { clearTimeout(hideTimer); show(covering(m), m); } else { hideSoon(); }
  });
  text.addEventListener('mouseleave', hideSoon);
  text.addEventListener('click', function (e) {
    var m = markOf(e.target);
    if (m) { show(covering(m), m); }
  });
  cardBox.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
  cardBox.addEventListener('mouseleave', hideSoon);
  text.addEventListener('focusin', function (e) {
    var m = e.target;
    if (m.classList && m.classList.contains('m')) { show([+m.getAttribute('data-c')], m); }
  });
  text.addEventListener('focusout', hide);
  doc.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' || e.key === 'Esc') { hide(); }
  });

  /* the panel: filters, then speakers with their claims by type */
  var typeOn = {};
  var categoryOn = {};
  var speakerOn = [];
  var minConfidence = 0;
  var links = new Array(n);
  var status = doc.getElementById('status');
  var filters = doc.getElementById('filters');
  function counted(key) {
    var counts = {};
    for (var k = 0; k < n; k++) { counts[claims[k][key]] = (counts[claims[k][key]] || 0) + 1; }
    return counts;
  }
  function checkboxes(title, values, on, key) {
    var set = el('fieldset');
    set.appendChild(el('legend', null, title));
    var counts = counted(key);
    values.forEach(function (value) {
      on[value] = true;
      var label = el('label');
      var box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.setAttribute('data-filter', key);
      box.value = value;
      box.addEventListener('change', function () { on[value] = box.checked; apply(); });
      label.appendChild(box);
      label.appendChild(doc.createTextNode(' ' + value + ' '));
      label.appendChild(el('span', 'count', String(counts[value])));
      set.appendChild(label);
    });
    filters.insertBefore(set, status);
  }
  checkboxes('Type', view.types, typeOn, 'type');
  checkboxes('Category', view.categories, categoryOn, 'category');
  var range = el('input');
  range.type = 'range';
  range.id = 'min-confidence';
  range.min = '0';
  range.max = '1';
  range.step = '0.05';
  range.value = '0';
  var rangeLabel = el('label', null, 'Minimum confidence ');
  rangeLabel.htmlFor = 'min-confidence';
  var rangeValue = el('output', null, '0.00');
  rangeLabel.appendChild(rangeValue);
  var rangeSet = el('fieldset');
  rangeSet.appendChild(rangeLabel);
  rangeSet.appendChild(range);
  range.addEventListener('input', function () {
    minConfidence = +range.value;
    rangeValue.textContent = minConfidence.toFixed(2);
    apply();
  });
  filters.insertBefore(rangeSet, status);

  var list = doc.getElementById('speaker-list');
  var speakerBoxes = [];
  function setSpeakers(on) {
    speakerBoxes.forEach(function (box, k) { box.checked = on; speakerOn[k] = on; });
    apply();
  }
  var buttons = el('div');
  var allButton = el('button', null, 'All speakers');
  var noneButton = el('button', null, 'No speakers');
  allButton.type = noneButton.type = 'button';
  allButton.addEventListener('click', function () { setSpeakers(true); });
  noneButton.addEventListener('click', function () { setSpeakers(false); });
  buttons.appendChild(allButton);
  buttons.appendChild(noneButton);
  list.parentNode.insertBefore(buttons, list);
  var listFragment = doc.createDocumentFragment();
  view.speakers.forEach(function (speaker, k) {
    speakerOn[k] = true;
    var item = el('li', 's' + k);
    var label = el('label');
    var box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.setAttribute('data-filter', 'speaker');
    box.value = String(k);
    box.addEventListener('change', function () { speakerOn[k] = box.checked; apply(); });
    speakerBoxes.push(box);
    label.appendChild(box);
    label.appendChild(el('span', 'sw'));
    label.appendChild(el('bdi', null, clip(speaker.name, 80)));
    label.appendChild(el('span', 'count', ' ' + speaker.claims.length));
    item.appendChild(label);
    var byType = {};
    speaker.claims.forEach(function (c) { (byType[claims[c].type] = byType[claims[c].type] || []).push(c); });
    var types = el('ul', 'by-type');
    view.types.forEach(function (type) {
      if (!byType[type]) { return; }
      var group = el('li');
      group.appendChild(el('span', 'type', type + ' (' + byType[type].length + ')'));
      byType[type].forEach(function (c) {
        var a = el('a', null, clip(claims[c].content.text, 90) || DASH);
        a.href = '#m' + c;
        a.setAttribute('data-c', String(c));
        links[c] = a;
        group.appendChild(a);
      });
      types.appendChild(group);
    });
    item.appendChild(types);
    listFragment.appendChild(item);
  });
  list.appendChild(listFragment);
  list.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[data-c]') : null;
    if (!a) { return; }
    e.preventDefault();
    var c = +a.getAttribute('data-c');
    var m = focusMark[c];
    if (m && visible[c]) {
      m.scrollIntoView({block: 'center'});
      m.focus({preventScroll: true});
    }
  });

  function apply() {
    var shownCount = 0;
    for (var k = 0; k < n; k++) {
      var c = claims[k];
      var on = typeOn[c.type] && categoryOn[c.category] && speakerOn[view.speaker[k]]
          && c.confidence >= minConfidence - 1e-9;
      if (on !== visible[k]) {
        visible[k] = on;
        for (var x = 0; x < marks[k].length; x++) { marks[k][x].classList.toggle('off', !on); }
        if (focusMark[k]) { focusMark[k].tabIndex = on ? 0 : -1; }
        if (links[k]) {
          links[k].classList.toggle('off', !on);
          if (on) { links[k].removeAttribute('aria-disabled'); } else { links[k].setAttribute('aria-disabled', 'true'); }
        }
      }
      if (on) { shownCount++; }
    }
    status.textContent = shownCount + ' of ' + n + ' claims shown';
    hide();
  }
  status.textContent = n + ' of ' + n + ' claims shown';
  if (!n) { list.appendChild(el('li', null, 'No claims found in this text.')); }
  /* for measurements: when the script was done, and when the first frame after it was drawn (ms since navigation) */
  doc.documentElement.setAttribute('data-init', String(Math.round(performance.now())));
  requestAnimationFrame(function () {
    setTimeout(function () { doc.documentElement.setAttribute('data-ready', String(Math.round(performance.now()))); }, 0);
  });
}());
