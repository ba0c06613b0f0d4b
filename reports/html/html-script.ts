// Plain ES2017 for the report page: filters hide matrix rows and columns, divergences and soft findings by their data-* attributes.
export const HTML_SCRIPT = `
(function () {
  'use strict';
  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  var kind = document.getElementById('filter-kind');
  var family = document.getElementById('filter-family');
  var target = document.getElementById('filter-target');
  var status = document.getElementById('filter-status');
  var count = document.getElementById('shown-count');
  function apply() {
    var k = kind.value, f = family.value, t = target.value, s = status.value;
    // A finding filter keeps the cells of that status: new divergences are the cells that diverge.
    var cellStatus = s === 'new' ? 'diverges' : s;
    all('.col[data-target]').forEach(function (el) { el.hidden = t !== '' && el.getAttribute('data-target') !== t; });
    var rows = all('tr.rule-row'), shownRows = 0;
    rows.forEach(function (row) {
      var withKind = k === '' || Array.prototype.slice.call(row.querySelectorAll('td.col:not([hidden])')).some(function (cell) {
        return (cell.getAttribute('data-kinds') || '').split(' ').indexOf(k) >= 0;
      });
      var withStatus = s === '' || Array.prototype.slice.call(row.querySelectorAll('td.col:not([hidden])')).some(function (cell) {
        return cell.getAttribute('data-status') === cellStatus;
      });
      row.hidden = !(withKind && withStatus && (f === '' || row.getAttribute('data-family') === f));
      if (!row.hidden) shownRows++;
    });
    var items = all('article.divergence'), shownItems = 0;
    items.forEach(function (item) {
      item.hidden = !((k === '' || item.getAttribute('data-kind') === k)
        && (f === '' || item.getAttribute('data-family') === f)
        && (t === '' || item.getAttribute('data-target') === t)
        && (s === '' || (item.getAttribute('data-baselined') === 'true') === (s === 'baselined')));
      if (!item.hidden) shownItems++;
    });
    // Soft findings have no divergence kind and are never new or baselined: a kind or finding filter hides them all.
    all('article.soft').forEach(function (item) {
      item.hidden = !(k === '' && s === '' && (f === '' || item.getAttribute('data-family') === f) && (t === '' || item.getAttribute('data-target') === t));
    });
    count.textContent = shownRows + ' of ' + rows.length + ' rules, ' + shownItems + ' of ' + items.length + ' divergences shown';
  }
  // The matrix header sticks just below the page header, whose height depends on the window's width.
  function fitHeader() {
    document.documentElement.style.setProperty('--header-h', document.querySelector('header').offsetHeight + 'px');
  }
  [kind, family, target, status].forEach(function (select) { select.addEventListener('change', apply); });
  document.addEventListener('click', function (event) {
    var cell = event.target.closest && event.target.closest('[data-first]');
    if (cell) document.getElementById(cell.getAttribute('data-first')).scrollIntoView({ block: 'center' });
  });
  window.addEventListener('resize', fitHeader);
  fitHeader();
  apply();
})();
`;
