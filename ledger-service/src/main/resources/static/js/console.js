// The console's few behaviours, in plain JavaScript (no build step, no CDN): units follow the department,
// code fields suggest catalogue entries, the budget line's available amount follows the line fields.
(function () {
  'use strict';

  function $(selector, root) { return (root || document).querySelector(selector); }
  function $$(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function value(name) { var el = document.getElementById(name); return el ? el.value.trim() : ''; }
  // "12000.50" → "12,000.50" on the served string itself (no Number, so no rounding on large amounts).
  function grouped(plain) {
    var m = /^(-?)(\d+)(\.\d+)?$/.exec(String(plain));
    return m ? m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] || '') : String(plain);
  }
  function debounce(fn, ms) {
    var timer;
    return function () { var args = arguments; clearTimeout(timer); timer = setTimeout(function () { fn.apply(null, args); }, ms); };
  }

  function unitsFollowDepartment() {
    var department = document.getElementById('department');
    var unit = document.getElementById('unit');
    if (!department || !unit) { return; }
    function filter() {
      $$('option[data-department]', unit).forEach(function (option) {
        var show = !department.value || option.getAttribute('data-department') === department.value;
        option.hidden = !show;
        if (!show && option.selected) { unit.value = ''; }
      });
      var choices = $$('option[data-department]', unit).filter(function (o) { return !o.hidden; });
      if (!unit.value && choices.length === 1) { unit.value = choices[0].value; unit.dispatchEvent(new Event('change')); }
    }
    department.addEventListener('change', filter);
    filter();
  }

  function year() { return value('fiscalYear') || String(new Date().getFullYear()); }

  function catalogueUrl(input, q) {
    return '/api/v1/catalogues/' + encodeURIComponent(year()) + '/' + input.getAttribute('data-catalogue')
      + '?level=' + input.getAttribute('data-level') + '&limit=12&q=' + encodeURIComponent(q);
  }

  function autocomplete(input) {
    var box = input.parentNode;
    var list = $('.suggestions', box);
    var name = $('.code-name', box);
    var active = -1;
    function close() { list.hidden = true; list.innerHTML = ''; active = -1; }
    function choose(item) {
      input.value = item.code;
      name.textContent = item.name;
      close();
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    function show(items) {
      list.innerHTML = '';
      items.forEach(function (item) {
        var li = document.createElement('li');
        li.setAttribute('data-code', item.code);
        li.innerHTML = '<b></b> <span></span>';
        li.firstChild.textContent = item.code;
        li.lastChild.textContent = item.name;
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(item); });
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
    }
    var search = debounce(function () {
      var q = input.value.trim();
      if (!q) { close(); name.textContent = ''; return; }
      fetch(catalogueUrl(input, q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          var exact = items.filter(function (i) { return i.code === input.value.trim(); })[0];
          name.textContent = exact ? exact.name : '';
          if (document.activeElement === input) { show(items); } })
        .catch(close);
    }, 200);
    input.addEventListener('input', search);
    input.addEventListener('focus', function () { if (input.value.trim() && !name.textContent) { search(); } });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    input.addEventListener('keydown', function (e) {
      var items = $$('li', list);
      if (list.hidden || !items.length) { return; }
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
        items.forEach(function (li, i) { li.classList.toggle('active', i === active); });
      } else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        items[active].dispatchEvent(new MouseEvent('mousedown'));
      } else if (e.key === 'Escape') { close(); }
    });
    if (input.value.trim()) { search(); }
  }

  function projectFollowsType() {
    var type = document.getElementById('expenditureType');
    var field = document.getElementById('field-project');
    if (!type || !field) { return; }
    function toggle() { field.hidden = type.value !== 'PROJECT'; }
    type.addEventListener('change', toggle);
    toggle();
  }

  function availablePreview(form) {
    var mode = form.getAttribute('data-preview');
    var box = document.getElementById('available');
    if (!mode || !box) { return; }
    var names = ['department', 'unit', 'fiscalYear', 'source', 'functionalCode', 'expenditureType', 'project', 'economicCode'];
    var available = null;
    function render(html, state) { box.innerHTML = html; box.className = 'available ' + (state || ''); }
    function checkAmount() {
      var amount = document.getElementById('amount');
      var over = mode === 'draw' && available !== null && amount && amount.value.trim() !== ''
        && Number(amount.value) > Number(available);
      box.classList.toggle('over', over);
    }
    var refresh = debounce(function () {
      var q = names.map(function (n) { return [n, value(n)]; })
        .filter(function (p) { return p[1] !== '' && !(p[0] === 'project' && value('expenditureType') !== 'PROJECT'); });
      var given = q.map(function (p) { return p[0]; });
      if (['department', 'unit', 'fiscalYear', 'source', 'functionalCode', 'expenditureType'].some(function (n) { return given.indexOf(n) < 0; })) {
        available = null;
        render('填写单位、年度、资金来源、功能分类与支出类型后显示可用额度。');
        return;
      }
      var url = '/api/v1/budget/lines/available?exact=' + (mode === 'exact') + '&'
        + q.map(function (p) { return encodeURIComponent(p[0]) + '=' + encodeURIComponent(p[1]); }).join('&');
      fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
        if (r.status === 404) { available = '0.00'; render('<b>无此预算指标</b>（无预算不支出）', 'none'); return null; }
        return r.ok ? r.json() : null;
      }).then(function (line) {
        if (!line) { return; }
        available = line.available;
        render('<dl><dt>预算数</dt><dd class="budget"></dd><dt>已支出</dt><dd class="spent"></dd>'
          + '<dt>可用额度</dt><dd class="left" id="available-amount"></dd></dl><p class="line"></p>', 'found');
        $('.budget', box).textContent = grouped(line.budget) + ' 元';
        $('.spent', box).textContent = grouped(line.spent) + ' 元';
        $('.left', box).textContent = grouped(line.available) + ' 元';
        $('.line', box).textContent = line.economicCode ? '按经济分类 ' + line.economicCode + ' 单独控制的指标' : '不分经济分类的指标';
        checkAmount();
      }).catch(function () { render('暂时无法取得可用额度。'); });
    }, 250);
    names.forEach(function (n) {
      var el = document.getElementById(n);
      if (el) { el.addEventListener('change', refresh); el.addEventListener('input', refresh); }
    });
    var amount = document.getElementById('amount');
    if (amount) { amount.addEventListener('input', checkAmount); }
    refresh();
  }

  function submitOnce(form) {
    form.addEventListener('submit', function () {
      $$('button[type=submit]', form).forEach(function (b) { setTimeout(function () { b.disabled = true; }, 0); });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    unitsFollowDepartment();
    projectFollowsType();
    $$('input[data-catalogue]').forEach(autocomplete);
    $$('form.entry').forEach(function (form) { availablePreview(form); submitOnce(form); });
  });
}());
