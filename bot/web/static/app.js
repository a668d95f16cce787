// Carerra privacy inbox: the only script. Progressive enhancement; every page works without it.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // a header checkbox selects every row checkbox of the same name
  document.querySelectorAll("input[data-select-all]").forEach(function (all) {
    var name = all.getAttribute("data-select-all");
    var form = all.form;
    all.addEventListener("change", function () {
      form.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (box) {
        box.checked = all.checked;
      });
    });
  });
  // choosing a reply template loads it at once
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
});
