// Injected by `letterpress serve` only (never part of a built site): reloads the page when the
// site is rebuilt, keeping what the reader typed into letters, and shows build errors.
(function () {
  "use strict";
  var KEY = "letterpress.serve.letters:" + location.pathname;

  // Restore letter values saved just before a reload, then let the letter script update.
  try {
    var saved = JSON.parse(sessionStorage.getItem(KEY) || "null");
    sessionStorage.removeItem(KEY);
    if (saved) {
      Object.keys(saved).forEach(function (id) {
        var form = document.querySelector("[data-letter='" + id + "'] [data-letter-form]");
        if (!form) { return; }
        Object.keys(saved[id]).forEach(function (name) {
          var value = saved[id][name];
          var radios = form.querySelectorAll("input[type=radio][name='" + name + "']");
          if (radios.length) {
            for (var i = 0; i < radios.length; i++) { radios[i].checked = radios[i].value === value; }
          } else if (form.elements.namedItem(name)) {
            form.elements.namedItem(name).value = value;
          }
        });
        form.dispatchEvent(new Event("input", { bubbles: true }));
      });
    }
  } catch (e) { /* storage unavailable */ }

  function saveLetters() {
    var all = {};
    var letters = document.querySelectorAll("[data-letter]");
    for (var i = 0; i < letters.length; i++) {
      var form = letters[i].querySelector("[data-letter-form]");
      if (!form) { continue; }
      var values = {};
      for (var j = 0; j < form.elements.length; j++) {
        var el = form.elements[j];
        if (!el.name || el.type === "checkbox" || (el.type === "radio" && !el.checked)) { continue; }
        values[el.name] = el.value;
      }
      all[letters[i].getAttribute("data-letter")] = values;
    }
    try { sessionStorage.setItem(KEY, JSON.stringify(all)); } catch (e) { /* ignore */ }
  }

  function overlay(text) {
    var box = document.getElementById("letterpress-error");
    if (!text) { if (box) { box.remove(); } return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "letterpress-error";
      box.setAttribute("role", "alert");
      var title = document.createElement("p");
      title.className = "letterpress-error-title";
      title.textContent = "letterpress: the last change does not build; showing the last good version";
      box.appendChild(title);
      box.appendChild(document.createElement("pre"));
      document.body.insertBefore(box, document.body.firstChild);
    }
    box.querySelector("pre").textContent = text;
  }

  var source = new EventSource("/__letterpress/events");
  // Lets tools (and the tests) know that changes from now on will reach this page.
  source.addEventListener("open", function () {
    document.documentElement.setAttribute("data-livereload", "connected");
  });
  source.addEventListener("reload", function () { saveLetters(); location.reload(); });
  source.addEventListener("error-report", function (event) { overlay(JSON.parse(event.data).message); });
})();
