// Letterpress default theme: remembers an explicit language choice and, on the root page,
// sends readers to their language; closes the header's menus on Escape or a click elsewhere;
// marks in the table of contents where the reader is. No inline scripts; every page works
// without this file (the menus are <details> elements).
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

  // Header menus: one open at a time; Escape or a click outside closes them.
  var menus = document.querySelectorAll("details[data-menu]");
  function closeMenus(except) {
    for (var m = 0; m < menus.length; m++) {
      if (menus[m] !== except && menus[m].open) { menus[m].open = false; }
    }
  }
  for (var n = 0; n < menus.length; n++) {
    menus[n].addEventListener("toggle", function (event) {
      if (event.target.open) { closeMenus(event.target); }
    });
  }
  document.addEventListener("click", function (event) {
    var inside = event.target.closest && event.target.closest("details[data-menu]");
    closeMenus(inside);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var open = document.activeElement && document.activeElement.closest && document.activeElement.closest("details[data-menu][open]");
    closeMenus(null);
    if (open) { open.querySelector("summary").focus(); }
  });

  // The table of contents beside long articles marks the section being read.
  var toc = document.querySelector("[data-toc]");
  if (toc) {
    var entries = [];
    var anchors = toc.querySelectorAll("a[href^='#']");
    for (var a = 0; a < anchors.length; a++) {
      var id = decodeURIComponent(anchors[a].getAttribute("href").slice(1));
      var heading = document.getElementById(id);
      if (heading) { entries.push({ link: anchors[a], heading: heading }); }
    }
    var marked = null;
    var pending = false;
    var spy = function () {
      pending = false;
      var line = Math.min(window.innerHeight * 0.3, 200);
      var now = null;
      for (var e = 0; e < entries.length; e++) {
        if (entries[e].heading.getBoundingClientRect().top <= line) { now = entries[e]; } else { break; }
      }
      // At the very end of the page, the last section is the one being read.
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2 && entries.length) {
        now = entries[entries.length - 1];
      }
      if (now === marked) { return; }
      if (marked) { marked.link.removeAttribute("aria-current"); }
      marked = now;
      if (marked) { marked.link.setAttribute("aria-current", "location"); }
    };
    var schedule = function () {
      if (!pending) { pending = true; window.requestAnimationFrame(spy); }
    };
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    // The first mark waits until the page has loaded, out of the way of its first paint.
    if (document.readyState === "complete") { schedule(); } else { window.addEventListener("load", function () { window.setTimeout(schedule, 0); }); }
  }
})();
