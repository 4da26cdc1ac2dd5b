// Letterpress letters: turns each [data-letter] snippet into a live form. The text comes from a
// program compiled at build time from the same Fluent source fluent-rs renders, and this file
// evaluates it exactly as fluent-rs does. Reader input is only ever inserted as text.
// Nothing is sent anywhere; values are stored on the device only after an explicit opt-in.
(function () {
  "use strict";

  var STORE = "letterpress.letters.";
  var REMEMBER = STORE + "remember";
  var SHARED = STORE + "shared";

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }
  function load(key) {
    var s = storage();
    if (!s) { return null; }
    try { return JSON.parse(s.getItem(key) || "null"); } catch (e) { return null; }
  }
  function save(key, value) {
    var s = storage();
    if (s) { try { s.setItem(key, JSON.stringify(value)); } catch (e) { /* quota or privacy mode */ } }
  }
  function forgetAll() {
    var s = storage();
    if (!s) { return; }
    var doomed = [];
    for (var i = 0; i < s.length; i++) {
      var k = s.key(i);
      if (k && k.indexOf(STORE) === 0) { doomed.push(k); }
    }
    doomed.forEach(function (k) { s.removeItem(k); });
  }

  // ---- The evaluator: mirrors fluent-bundle's resolver for the subset the build allows. ----

  function formatNumber(num, program) {
    // num.text keeps the digits as typed, like FluentNumber keeps its fraction digits.
    var text = num.text, sign = "";
    if (text.charAt(0) === "-") { sign = "-"; text = text.slice(1); }
    var parts = text.split("."), int = parts[0], out = "";
    if (int.length > 3) {
      var first = int.length % 3;
      for (var i = 0; i < int.length; i++) {
        if (i > 0 && (i + 3 - first) % 3 === 0) { out += program.group; }
        out += int.charAt(i);
      }
    } else {
      out = int;
    }
    return sign + out + (parts.length > 1 ? program.decimal + parts[1] : "");
  }

  var pluralRules = {};
  function pluralCategory(lang, n) {
    if (!pluralRules[lang]) { pluralRules[lang] = new Intl.PluralRules(lang); }
    return pluralRules[lang].select(n);
  }
  var CATEGORIES = { zero: 1, one: 1, two: 1, few: 1, many: 1, other: 1 };

  function matches(variant, value, program) {
    if (value && typeof value === "object" && "num" in value) {
      if (variant.n) { return Number(variant.k) === value.num; }
      return CATEGORIES[variant.k] === 1 && pluralCategory(program.lang, value.num) === variant.k;
    }
    return !variant.n && typeof value === "string" && variant.k === value;
  }

  // Appends the pieces of `nodes` to `out`: strings, or {blank: label} for unfilled fields.
  function evaluate(nodes, values, program, out) {
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      if (typeof node === "string") {
        out.push(node);
      } else if ("v" in node) {
        var value = values[node.v];
        if (value === undefined) { out.push("{$" + node.v + "}"); }
        else if (value && typeof value === "object" && "blank" in value) { out.push(value); }
        else if (value && typeof value === "object" && "num" in value) { out.push(formatNumber(value, program)); }
        else { out.push(String(value)); }
      } else {
        var selector = values[node.s];
        if (selector && typeof selector === "object" && "blank" in selector) { selector = ""; }
        var chosen = node.o[node.d];
        for (var j = 0; j < node.o.length; j++) {
          if (matches(node.o[j], selector, program)) { chosen = node.o[j]; break; }
        }
        evaluate(chosen.p, values, program, out);
      }
    }
    return out;
  }

  // Without whitespace at the end of a line or of the text, which an empty optional field leaves
  // behind (the build's fluent-rs text is tidied the same way).
  function tidy(pieces) {
    var out = [];
    pieces.forEach(function (p) {
      if (typeof p === "string" && typeof out[out.length - 1] === "string") {
        out[out.length - 1] += p;
      } else {
        out.push(p);
      }
    });
    for (var i = 0; i < out.length; i++) {
      if (typeof out[i] !== "string") { continue; }
      out[i] = out[i].replace(/[ \t]+(?=\n)/g, "");
      if (i === out.length - 1) { out[i] = out[i].replace(/\s+$/, ""); }
    }
    return out.filter(function (p) { return p !== ""; });
  }

  function plain(pieces) {
    return pieces.map(function (p) { return typeof p === "string" ? p : "[" + p.blank + "]"; }).join("");
  }

  function formatDate(iso, program) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m || !program.date.length) { return iso; }
    var values = { day: String(Number(m[3])), month: { num: Number(m[2]), text: String(Number(m[2])) }, year: m[1] };
    return plain(evaluate(program.date, values, program, []));
  }

  // ---- The snippet ----

  function setup(root) {
    var program;
    try { program = JSON.parse(root.getAttribute("data-program")); } catch (e) { return; }
    var form = root.querySelector("[data-letter-form]");
    var actions = root.querySelector("[data-letter-actions]");
    var subjectOut = root.querySelector("[data-part=subject]");
    var bodyOut = root.querySelector("[data-part=body]");
    var status = root.querySelector("[data-letter-status]");
    var remember = root.querySelector("[data-remember]");
    var mail = root.querySelector("[data-action=mail]");
    if (!form || !subjectOut || !bodyOut) { return; }
    var nojs = root.querySelector("[data-nojs]");
    if (nojs) { nojs.hidden = true; }
    form.hidden = false;
    if (actions) { actions.hidden = false; }
    var key = STORE + "letter." + program.id;

    function input(field) { return form.elements.namedItem(field.id); }

    function read() {
      var values = {}, raw = {};
      program.fields.forEach(function (field) {
        var el = input(field);
        if (!el) { return; }
        var value = el.value;
        raw[field.id] = value;
        if (field.kind === "choice") {
          values[field.id] = value || field["default"] || "";
        } else if (!value || !value.trim()) {
          values[field.id] = field.required ? { blank: field.label } : "";
        } else if (field.kind === "date") {
          values[field.id] = formatDate(value, program);
        } else {
          values[field.id] = value;
        }
      });
      return { values: values, raw: raw };
    }

    function show(target, pieces) {
      while (target.firstChild) { target.removeChild(target.firstChild); }
      pieces.forEach(function (p) {
        if (typeof p === "string") {
          target.appendChild(document.createTextNode(p));
        } else {
          var mark = document.createElement("mark");
          mark.className = "blank";
          mark.textContent = "[" + p.blank + "]";
          target.appendChild(mark);
        }
      });
    }

    var current = { subject: "", body: "" };
    function update() {
      var state = read();
      var subject = tidy(evaluate(program.subject, state.values, program, []));
      var body = tidy(evaluate(program.body, state.values, program, []));
      show(subjectOut, subject);
      show(bodyOut, body);
      current.subject = plain(subject);
      current.body = plain(body);
      if (mail) {
        mail.setAttribute("href", "mailto:?subject=" + encodeURIComponent(current.subject) +
          "&body=" + encodeURIComponent(current.body.replace(/\r?\n/g, "\r\n")));
      }
      if (remember && remember.checked) { persist(state.raw); }
    }

    function persist(raw) {
      save(REMEMBER, true);
      save(key, raw);
      var shared = load(SHARED) || {};
      program.fields.forEach(function (field) {
        if (field.shared && raw[field.id]) { shared[field.id] = raw[field.id]; }
      });
      save(SHARED, shared);
    }

    function fill(values) {
      program.fields.forEach(function (field) {
        var el = input(field);
        if (!el || values[field.id] === undefined) { return; }
        if (field.kind === "choice") {
          var radios = form.querySelectorAll("input[type=radio][name='" + field.id + "']");
          for (var i = 0; i < radios.length; i++) { radios[i].checked = radios[i].value === values[field.id]; }
        } else {
          el.value = values[field.id];
        }
      });
    }

    function say(text) {
      if (!status) { return; }
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text; }, 50);
    }

    function copyFallback(text) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      return ok;
    }

    function selectPreview() {
      var range = document.createRange();
      range.selectNodeContents(root.querySelector("[data-letter-preview]"));
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }

    function fullText() {
      return current.subject + "\n\n" + current.body;
    }

    root.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest("[data-action]");
      if (!button || !root.contains(button)) { return; }
      var action = button.getAttribute("data-action");
      if (action === "copy") {
        var text = fullText();
        var done = function () { say(status.getAttribute("data-copied")); };
        var failed = function () {
          if (copyFallback(text)) { done(); return; }
          selectPreview();
          say(status.getAttribute("data-copy-failed"));
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(done, failed);
        } else {
          failed();
        }
      } else if (action === "download") {
        var blob = new Blob([fullText() + "\n"], { type: "text/plain;charset=utf-8" });
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = button.getAttribute("data-filename") || "letter.txt";
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
      } else if (action === "print") {
        document.documentElement.classList.add("lp-print-letter");
        root.classList.add("lp-printing");
        var cleanup = function () {
          document.documentElement.classList.remove("lp-print-letter");
          root.classList.remove("lp-printing");
          window.removeEventListener("afterprint", cleanup);
        };
        window.addEventListener("afterprint", cleanup);
        window.print();
      } else if (action === "reset") {
        form.reset();
        var s = storage();
        if (s) { s.removeItem(key); }
        update();
      } else if (action === "forget") {
        forgetAll();
        if (remember) { remember.checked = false; }
        say(status.getAttribute("data-forgotten"));
      }
    });

    form.addEventListener("input", update);
    form.addEventListener("change", function (event) {
      if (event.target === remember) {
        if (remember.checked) { update(); } else { forgetAll(); }
      } else {
        update();
      }
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });

    if (load(REMEMBER)) {
      if (remember) { remember.checked = true; }
      fill(load(SHARED) || {});
      fill(load(key) || {});
    }
    update();
  }

  var letters = document.querySelectorAll("[data-letter]");
  for (var i = 0; i < letters.length; i++) { setup(letters[i]); }
})();
