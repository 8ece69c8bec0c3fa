// The auditor's console: the unit picker offers only the chosen department's units. Plain JavaScript, no CDN.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var department = document.getElementById('department');
    var unit = document.getElementById('unit');
    if (!department || !unit) { return; }
    function filter() {
      Array.prototype.forEach.call(unit.querySelectorAll('option[data-department]'), function (option) {
        var show = !department.value || option.getAttribute('data-department') === department.value;
        option.hidden = !show;
        if (!show && option.selected) { unit.value = ''; }
      });
    }
    department.addEventListener('change', filter);
    filter();
  });
}());
