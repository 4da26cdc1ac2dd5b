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
  var SUB_RESULTS = 3;
  // Pagefind's ranking, tuned for guides: a long article is not worth less than a short letter
  // (pageLength), and the words of titles, weighted in the templates, count for more than
  // repetitions in the text (termFrequency, termSaturation).
  var RANKING = { pageLength: 0.1, termFrequency: 0.6, termSaturation: 1.0 };
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
          return pf.options({ excerptLength: 24, ranking: RANKING }).then(function () { return pf; });
        });
      });
    }
    return engine;
  }

  function fill(text, name, value) { return text.split("{" + name + "}").join(value); }

  // A result's URL as a path below the site root (`zh/offer/…/`). Pagefind prefixes the paths it
  // indexed (`/zh/…`) with the folder it was loaded from, so under a sub-path (`/sub/guide/`) it
  // gives `/sub/guide/zh/…`; at the root, or with another `baseUrl`, it may give `/zh/…`.
  function siteRelative(url, root) {
    var text = String(url);
    var resolved = new URL(text, root);
    if (resolved.href.indexOf(root.href) === 0) { return resolved.href.slice(root.href.length); }
    return text.replace(/^\/+/, "");
  }

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

  var PUNCTUATION = /^([\s\p{P}]*)([\s\S]*?)([\s\p{P}]*)$/u;
  var CJK = "\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef";
  // Pagefind joins a heading and the text after it with ". "; between Chinese or Japanese text
  // that is an ideographic full stop.
  // A space after a full-width mark is dropped too. Applied to the excerpt's HTML, where a
  // <mark> may start the next word.
  var JOINED = new RegExp("([" + CJK + "])(?:\\. |(?<=[\u3001\u3002\uff01\uff1a\uff1b\uff1f]) +)(?=(?:<mark>)?[" + CJK + "])", "g");
  // In a Chinese or Japanese reader's results, a heading that ends in a Latin word ("offer")
  // is joined to the Chinese text after it the same way.
  var JOINED_AFTER_LATIN = new RegExp("([^\\s.])\\. (?=(?:<mark>)?[" + CJK + "])", "g");
  // An excerpt may start in the middle of a sentence, right after a comma or a full stop.
  var LEADING_PUNCTUATION = /^(?:\s|[,.;:!?\u3001\u3002\uff0c\uff0e\uff1a\uff1b\uff01\uff1f])+/;

  // Pagefind's excerpts are the page's text as HTML, with <mark> around the words found. They
  // are rebuilt here from text nodes and <mark> elements only; punctuation that Pagefind marked
  // with a word ("offer.") stays outside the highlight.
  // Words found next to each other ("录用" "通知") are one highlight.
  function excerpt(element, text, cjk) {
    var html = String(text || "").replace(JOINED, function (all, before) {
      return before === "\u3002" || all.indexOf(".") < 0 ? before : before + "\u3002";
    });
    if (cjk) { html = html.replace(JOINED_AFTER_LATIN, "$1\u3002"); }
    var parts = html.replace(/<\/mark><mark>/g, "").replace(LEADING_PUNCTUATION, "")
      .split(/(<mark>|<\/mark>)/);
    var marked = false;
    function add(content) {
      if (content) { element.appendChild(document.createTextNode(content)); }
    }
    for (var i = 0; i < parts.length; i++) {
      if (parts[i] === "<mark>") { marked = true; continue; }
      if (parts[i] === "</mark>") { marked = false; continue; }
      if (!parts[i]) { continue; }
      var content = decode(parts[i]);
      var split = marked ? PUNCTUATION.exec(content) : null;
      if (split && split[2]) {
        add(split[1]);
        var mark = document.createElement("mark");
        mark.textContent = split[2];
        element.appendChild(mark);
        add(split[3]);
      } else {
        add(content);
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
    var cjk = /^(zh|ja)(-|$)/i.test(lang || "");
    var root = new URL(form.getAttribute("data-root") || "./", document.baseURI);
    var timer = null;
    var latest = 0;

    function say(text) {
      status.textContent = text;
      announce.textContent = text;
    }

    function show(term, found) {
      list.textContent = "";
      found.data.forEach(function (data) { list.appendChild(result(data)); });
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

    // One result: its kind (article, letter …), title, excerpt, and links to the headings of the
    // page where the words were found.
    function result(data) {
      var item = document.createElement("li");
      var kind = data.meta && data.meta.kind && form.getAttribute("data-kind-" + data.meta.kind);
      if (kind) {
        var label = document.createElement("span");
        label.className = "search-kind";
        label.textContent = kind;
        item.appendChild(label);
      }
      var link = document.createElement("a");
      link.href = new URL(data.path, root).href;
      link.textContent = (data.meta && data.meta.title) || data.path;
      item.appendChild(link);
      var text = document.createElement("p");
      text.className = "search-excerpt";
      excerpt(text, data.excerpt, cjk);
      item.appendChild(text);
      // Headings of the page, but not its own title again.
      var headings = (data.sub_results || []).filter(function (sub) {
        return String(sub.url).indexOf("#") > 0 && sub.title !== link.textContent;
      }).slice(0, SUB_RESULTS);
      if (headings.length) {
        var subs = document.createElement("ul");
        subs.className = "search-headings";
        headings.forEach(function (sub) {
          var li = document.createElement("li");
          var a = document.createElement("a");
          a.href = new URL(siteRelative(sub.url, root), root).href;
          a.textContent = sub.title;
          li.appendChild(a);
          subs.appendChild(li);
        });
        item.appendChild(subs);
      }
      return item;
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
          data.forEach(function (d) { d.path = siteRelative(d.url, root); });
          var own = data.filter(function (d) { return d.path.indexOf(lang + "/") === 0; });
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
