(function () {
  "use strict";
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.problem[tabindex]"));
  var current = -1;

  function each(selector, action) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), action);
  }

  function show(index) {
    each(".current", function (element) { element.classList.remove("current"); });
    each(".rel.on", function (element) { element.classList.remove("on"); });
    current = index;
    var id = marks[index].id;
    each('[data-problem="' + id + '"]', function (element) { element.classList.add("current"); });
    each('[data-rel="' + id + '"]', function (element) { element.classList.add("on"); });
    var note = document.getElementById("n" + id.slice(1));
    if (note) {
      note.scrollIntoView({block: "nearest"});
    }
  }

  function go(step) {
    if (!marks.length) {
      return;
    }
    var next = current < 0 ? (step > 0 ? 0 : marks.length - 1) : (current + step + marks.length) % marks.length;
    var details = marks[next].closest("details");
    if (details) {
      details.open = true;
    }
    marks[next].focus({preventScroll: true});
    marks[next].scrollIntoView({block: "center"});
  }

  marks.forEach(function (mark, index) {
    mark.addEventListener("focus", function () { show(index); });
  });
  each('.note a[href^="#p"]', function (link) {
    link.addEventListener("click", function () {
      var mark = document.getElementById(link.getAttribute("href").slice(1));
      if (mark) {
        mark.focus();
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) {
      return;
    }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      return;
    }
    var step = {n: 1, j: 1, p: -1, k: -1}[event.key];
    if (step) {
      event.preventDefault();
      go(step);
    }
  });
  document.documentElement.classList.add("js");
}());
