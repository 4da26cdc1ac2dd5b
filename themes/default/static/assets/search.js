// Letterpress default theme: search as you type, in the reader's language, with the Pagefind index
// that `letterpress build` writes to `pagefind/`. No inline scripts, and titles and excerpts are
// only ever inserted as text. Without this file (or JavaScript) the search form submits to the
// search page, which lists every page of the language.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form[data-search]");
  if (!forms.length || !window.URL || !window.Promise) { return; }
  var PANEL_RESULTS = 6;
  var PAGE_RESULTS = 50;
  var DELAY = 120;
  var engine = null;

  // Loads Pagefind once per page; resolves to null when the reader's language has no index (then
  // Pagefind would fall back to another language's). Pagefind chooses its index by `<html lang>`,
  // which on a fallback page is the language of the text shown, so the reader's language is put
  // there while it starts.
  function pagefind(root, lang) {
    if (!engine) {
      var bundle = new URL("pagefind/", root);
      engine = window.fetch(new URL("pagefind-entry.json", bundle).href).then(function (response) {
        if (!response.ok) { throw new Error("no search index"); }
        return response.json();
      }).then(function (entry) {
        var languages = entry.languages || {};
        if (!languages[lang] && !languages[lang.toLowerCase()]) { return null; }
        return import(new URL("pagefind.js", bundle).href).then(function (pf) {
          var html = document.documentElement;
          var shown = html.getAttribute("lang");
          html.setAttribute("lang", lang);
          try { pf.init(); } finally { html.setAttribute("lang", shown); }
          return pf.options({ excerptLength: 24 }).then(function () { return pf; });
        });
      });
    }
    return engine;
  }

  function fill(text, name, value) { return text.split("{" + name + "}").join(value); }

  var NAMED = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0" };

  // Character references as the page's HTML wrote them, turned back into characters.
  function decode(text) {
    return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, function (all, name) {
      if (name.charAt(0) === "#") {
        var hex = name.charAt(1) === "x" || name.charAt(1) === "X";
        var code = parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
      }
      var key = name.toLowerCase();
      return Object.prototype.hasOwnProperty.call(NAMED, key) ? NAMED[key] : all;
    });
  }

  // Pagefind's excerpts are the page's text as HTML, with <mark> around the words found. They
  // are rebuilt here from text nodes and <mark> elements only.
  function excerpt(element, text) {
    var parts = String(text || "").split(/(<mark>|<\/mark>)/);
    var marked = false;
    for (var i = 0; i < parts.length; i++) {
      if (parts[i] === "<mark>") { marked = true; continue; }
      if (parts[i] === "</mark>") { marked = false; continue; }
      if (!parts[i]) { continue; }
      var content = decode(parts[i]);
      if (marked) {
        var mark = document.createElement("mark");
        mark.textContent = content;
        element.appendChild(mark);
      } else {
        element.appendChild(document.createTextNode(content));
      }
    }
  }

  function setup(form) {
    var input = form.querySelector("input[type=search]");
    var panel = form.querySelector("[data-search-panel]");
    var list = form.querySelector("[data-search-list]");
    var status = form.querySelector("[data-search-status]");
    var announce = form.querySelector("[data-search-announce]");
    var onPage = !!form.closest("[data-search-page]");
    var lang = form.getAttribute("lang");
    var root = new URL(form.getAttribute("data-root") || "./", document.baseURI);
    var timer = null;
    var latest = 0;

    function say(text) {
      status.textContent = text;
      announce.textContent = text;
    }

    function show(term, found) {
      list.textContent = "";
      found.data.forEach(function (data) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = new URL(String(data.url).replace(/^\//, ""), root).href;
        link.textContent = (data.meta && data.meta.title) || data.url;
        item.appendChild(link);
        var text = document.createElement("p");
        text.className = "search-excerpt";
        excerpt(text, data.excerpt);
        item.appendChild(text);
        list.appendChild(item);
      });
      if (!onPage && found.total > 0) {
        var more = document.createElement("li");
        more.className = "search-more";
        var all = document.createElement("a");
        all.href = form.action.split("?")[0] + "?q=" + encodeURIComponent(term);
        all.textContent = fill(form.getAttribute("data-all"), "query", term);
        more.appendChild(all);
        list.appendChild(more);
      }
      finish(term, found.total
        ? fill(form.getAttribute("data-found"), "count", String(found.total))
        : fill(form.getAttribute("data-none"), "query", term));
    }

    // Shows the outcome of the search for `term`.
    function finish(term, message) {
      say(message);
      panel.setAttribute("data-query", term);
      panel.hidden = false;
    }

    function run() {
      var term = input.value.trim();
      var ticket = ++latest;
      if (onPage) {
        var url = new URL(window.location.href);
        if (term) { url.searchParams.set("q", term); } else { url.searchParams.delete("q"); }
        window.history.replaceState(window.history.state, "", url.href);
      }
      if (!term) {
        list.textContent = "";
        say("");
        panel.hidden = true;
        return;
      }
      if (!list.firstChild) {
        status.textContent = form.getAttribute("data-loading");
        panel.hidden = false;
      }
      pagefind(root, lang).then(function (pf) {
        return pf ? pf.search(term) : { results: [] };
      }).then(function (search) {
        var max = onPage ? PAGE_RESULTS : PANEL_RESULTS;
        var results = search.results;
        return Promise.all(results.slice(0, max).map(function (r) { return r.data(); })).then(function (data) {
          // Only pages of the reader's language, whatever Pagefind did.
          var own = data.filter(function (d) { return String(d.url).indexOf("/" + lang + "/") === 0; });
          return { total: results.length - (data.length - own.length), data: own };
        });
      }).then(function (found) {
        if (ticket === latest) { show(term, found); }
      }, function () {
        if (ticket !== latest) { return; }
        list.textContent = "";
        finish(term, form.getAttribute("data-unavailable"));
      });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, DELAY);
    });

    function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

    form.addEventListener("keydown", function (event) {
      var items = links();
      var at = items.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && items.length) {
        event.preventDefault();
        panel.hidden = false;
        items[Math.min(at + 1, items.length - 1)].focus();
      } else if (event.key === "ArrowUp" && at >= 0) {
        event.preventDefault();
        if (at === 0) { input.focus(); } else { items[at - 1].focus(); }
      } else if (event.key === "Escape" && !onPage && !panel.hidden) {
        event.preventDefault();
        panel.hidden = true;
        input.focus();
      }
    });

    if (!onPage) {
      form.addEventListener("focusout", function (event) {
        if (!event.relatedTarget || !form.contains(event.relatedTarget)) { panel.hidden = true; }
      });
    } else {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        window.clearTimeout(timer);
        run();
      });
      var query = new URL(window.location.href).searchParams.get("q");
      if (query) {
        input.value = query;
        run();
      }
    }
  }

  for (var i = 0; i < forms.length; i++) { setup(forms[i]); }
})();
