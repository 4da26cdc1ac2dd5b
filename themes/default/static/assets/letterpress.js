// Letterpress default theme: remembers an explicit language choice and, on the root page,
// sends readers to their language. No inline scripts; every page works without this file.
(function () {
  "use strict";
  var KEY = "letterpress.language";

  function store(code) {
    try { window.localStorage.setItem(KEY, code); } catch (e) { /* storage may be disabled */ }
  }
  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }

  // A click on a language link is an explicit choice.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-lang]");
    if (link) { store(link.getAttribute("data-lang")); }
  });

  // The root chooser: go to the stored choice, else the best browser language.
  if (document.documentElement.getAttribute("data-page") === "chooser") {
    var links = {};
    var list = document.querySelectorAll("[data-language-chooser] a[data-lang]");
    for (var i = 0; i < list.length; i++) { links[list[i].getAttribute("data-lang").toLowerCase()] = list[i].href; }
    var wanted = [];
    var choice = stored();
    if (choice) { wanted.push(choice); }
    var prefs = navigator.languages || [navigator.language || ""];
    for (var j = 0; j < prefs.length; j++) { wanted.push(prefs[j]); }
    for (var k = 0; k < wanted.length; k++) {
      var code = (wanted[k] || "").toLowerCase();
      var target = links[code] || links[code.split("-")[0]];
      if (target) { window.location.replace(target); return; }
    }
  }
})();
