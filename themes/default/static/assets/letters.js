// Letterpress letters: turns each [data-letter] snippet into a workspace — a form, a live preview
// with its tools, a count of the blanks left and, on phones, a bar with the line being written.
// The text comes from a program compiled at build time from the same Fluent source fluent-rs
// renders, and this file evaluates it exactly as fluent-rs does. Reader input is only ever
// inserted as text. Nothing is sent anywhere; values are stored on the device only after an
// explicit opt-in, and what is stored always matches the form (clear, forget).
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

  // Appends the pieces of `nodes` to `out`: strings; {t: text, f: field} for a field's value;
  // {blank: label, f: field} for an unfilled required field.
  function evaluate(nodes, values, program, out) {
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      if (typeof node === "string") {
        out.push(node);
      } else if ("v" in node) {
        var value = values[node.v];
        if (value === undefined) { out.push("{$" + node.v + "}"); }
        else if (value && typeof value === "object" && "blank" in value) { out.push({ blank: value.blank, f: node.v }); }
        else if (value && typeof value === "object" && "num" in value) { out.push(formatNumber(value, program)); }
        else { out.push({ t: String(value), f: node.v }); }
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

  // The text of a piece: strings and values are text, blanks are not.
  function textOf(p) {
    if (typeof p === "string") { return p; }
    return "t" in p ? p.t : null;
  }
  function withText(p, text) {
    return typeof p === "string" ? text : { t: text, f: p.f };
  }

  // Without whitespace at the end of a line or of the text, which an empty optional field leaves
  // behind (the build's fluent-rs text is tidied the same way), wherever the pieces meet.
  function tidy(pieces) {
    var out = [];
    pieces.forEach(function (p) {
      if (typeof p === "string" && typeof out[out.length - 1] === "string") {
        out[out.length - 1] += p;
      } else {
        out.push(p);
      }
    });
    // Whether the text after piece `i` starts with spaces and a line break.
    function breakFollows(i) {
      for (var k = i + 1; k < out.length; k++) {
        var s = textOf(out[k]);
        if (s === null) { return false; }
        var spaces = /^[ \t]*/.exec(s)[0].length;
        if (spaces < s.length) { return s.charAt(spaces) === "\n"; }
      }
      return true;
    }
    for (var i = 0; i < out.length; i++) {
      var s = textOf(out[i]);
      if (s === null) { continue; }
      s = s.replace(/[ \t]+(?=\n)/g, "");
      if (/[ \t]$/.test(s) && breakFollows(i)) { s = s.replace(/[ \t]+$/, ""); }
      out[i] = withText(out[i], s);
    }
    for (var j = out.length - 1; j >= 0; j--) {
      var t = textOf(out[j]);
      if (t === null) { break; }
      var trimmed = t.replace(/\s+$/, "");
      out[j] = withText(out[j], trimmed);
      if (trimmed !== "") { break; }
    }
    return out.filter(function (p) { return textOf(p) !== ""; });
  }

  function plain(pieces) {
    return pieces.map(function (p) {
      var t = textOf(p);
      return t === null ? "[" + p.blank + "]" : t;
    }).join("");
  }

  function formatDate(iso, program) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m || !program.date.length) { return iso; }
    var values = { day: { num: Number(m[3]), text: String(Number(m[3])) }, month: { num: Number(m[2]), text: String(Number(m[2])) }, year: m[1] };
    return plain(evaluate(program.date, values, program, []));
  }

  // ---- The workspace ----

  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function setup(root) {
    var program;
    try { program = JSON.parse(root.getAttribute("data-program")); } catch (e) { return; }
    var form = root.querySelector("[data-letter-form]");
    var toolbar = root.querySelector("[data-letter-actions]");
    var preview = root.querySelector("[data-letter-preview]");
    var subjectOut = root.querySelector("[data-part=subject]");
    var bodyOut = root.querySelector("[data-part=body]");
    var count = root.querySelector("[data-letter-count]");
    var countCopy = root.querySelector("[data-letter-count-copy]");
    var bar = root.querySelector("[data-letter-bar]");
    var line = root.querySelector("[data-letter-line]");
    var remember = root.querySelector("[data-remember]");
    var mail = root.querySelector("[data-action=mail]");
    var expand = root.querySelector("[data-action=expand]");
    if (!form || !toolbar || !preview || !subjectOut || !bodyOut) { return; }
    var nojs = root.querySelector("[data-nojs]");
    if (nojs) { nojs.hidden = true; }
    form.hidden = false;
    toolbar.hidden = false;
    if (bar) { bar.hidden = false; }
    var card = root.classList.contains("letter-card");
    if (card && expand) {
      expand.hidden = false;
      preview.setAttribute("tabindex", "-1");
    }
    var key = STORE + "letter." + program.id;
    var fields = {};
    program.fields.forEach(function (field) { fields[field.id] = field; });

    function message(name) { return toolbar.getAttribute("data-" + name) || ""; }
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

    // Shows pieces as text nodes; blanks and the reader's values are marked with their field,
    // so that the preview can show where a field goes and lead back to it.
    function show(target, pieces) {
      while (target.firstChild) { target.removeChild(target.firstChild); }
      pieces.forEach(function (p) {
        if (typeof p === "string") {
          target.appendChild(document.createTextNode(p));
        } else if ("blank" in p) {
          var mark = document.createElement("mark");
          mark.className = "blank";
          mark.setAttribute("data-field", p.f);
          mark.textContent = "[" + p.blank + "]";
          target.appendChild(mark);
        } else {
          var span = document.createElement("span");
          span.className = "filled";
          span.setAttribute("data-field", p.f);
          span.textContent = p.t;
          target.appendChild(span);
        }
      });
    }

    var current = { subject: "", body: "", pieces: [], blanks: [] };
    var focused = null;

    var ready = false;
    function update() {
      ready = true;
      var state = read();
      var subject = tidy(evaluate(program.subject, state.values, program, []));
      var body = tidy(evaluate(program.body, state.values, program, []));
      show(subjectOut, subject);
      show(bodyOut, body);
      current.subject = plain(subject);
      current.body = plain(body);
      current.pieces = subject.concat(["\n"], body);
      var blanks = [];
      current.pieces.forEach(function (p) {
        if (typeof p === "object" && "blank" in p && blanks.indexOf(p.f) < 0) { blanks.push(p.f); }
      });
      current.blanks = blanks;
      var text = count.getAttribute("data-blanks-" + blanks.length) || String(blanks.length);
      // Changed only when the number changes: the status is announced once, not per keystroke.
      if (count.textContent !== text) { count.textContent = text; }
      if (countCopy && countCopy.textContent !== text) { countCopy.textContent = text; }
      root.classList.toggle("is-complete", blanks.length === 0);
      if (mail) {
        mail.setAttribute("href", "mailto:?subject=" + encodeURIComponent(current.subject) +
          "&body=" + encodeURIComponent(current.body.replace(/\r?\n/g, "\r\n")));
      }
      if (remember && remember.checked) { persist(state.raw); }
      mark(focused);
    }

    // The line of the letter where `field` goes, for the phone bar.
    function lineOf(field) {
      var pieces = current.pieces, at = -1;
      for (var i = 0; i < pieces.length; i++) {
        if (typeof pieces[i] === "object" && pieces[i].f === field) { at = i; break; }
      }
      if (at < 0) { return null; }
      var before = [], after = [];
      for (var b = at - 1; b >= 0; b--) {
        var tb = textOf(pieces[b]);
        if (tb === null) { before.unshift(pieces[b]); continue; }
        var nl = tb.lastIndexOf("\n");
        if (nl >= 0) { before.unshift(withText(pieces[b], tb.slice(nl + 1))); break; }
        before.unshift(pieces[b]);
      }
      for (var a = at + 1; a < pieces.length; a++) {
        var ta = textOf(pieces[a]);
        if (ta === null) { after.push(pieces[a]); continue; }
        var cut = ta.indexOf("\n");
        if (cut >= 0) { after.push(withText(pieces[a], ta.slice(0, cut))); break; }
        after.push(pieces[a]);
      }
      return before.concat([pieces[at]], after);
    }

    // The part of a line just before and after `field`: a long opening gives way to the
    // language's ellipsis, cut between words.
    function excerpt(pieces, field) {
      var at = 0;
      while (at < pieces.length && !(typeof pieces[at] === "object" && pieces[at].f === field)) { at++; }
      var room = 48, cut = false, out = pieces.slice(at);
      for (var i = at - 1; i >= 0; i--) {
        var t = textOf(pieces[i]);
        var text = t === null ? "[" + pieces[i].blank + "]" : t;
        if (text.length <= room) { out.unshift(pieces[i]); room -= text.length; continue; }
        if (t !== null && room > 8) {
          var tail = t.slice(t.length - room);
          var space = tail.search(/\s/);
          out.unshift(withText(pieces[i], space >= 0 && space < tail.length - 1 ? tail.slice(space + 1) : tail));
        }
        cut = true;
        break;
      }
      if (typeof out[0] === "string") { out[0] = out[0].replace(/^\s+/, ""); }
      if (cut) { out.unshift(line.getAttribute("data-ellipsis") || ""); }
      return out;
    }

    // Marks where the field being edited goes: in the preview (scrolled into view inside it,
    // never moving the page) and in the phone bar.
    function mark(field) {
      var old = preview.querySelectorAll(".is-current");
      for (var i = 0; i < old.length; i++) { old[i].classList.remove("is-current"); }
      if (line) { show(line, []); }
      if (!field || !fields[field] || fields[field].kind === "choice") { return; }
      var spans = preview.querySelectorAll("[data-field='" + field + "']");
      for (var j = 0; j < spans.length; j++) { spans[j].classList.add("is-current"); }
      if (spans.length && preview.scrollHeight > preview.clientHeight + 1) {
        var box = preview.getBoundingClientRect(), span = spans[0].getBoundingClientRect();
        var margin = 24;
        if (span.top < box.top + margin || span.bottom > box.bottom - margin) {
          preview.scrollTop += span.top - box.top - box.height / 3;
        }
      }
      if (line) {
        var pieces = lineOf(field);
        if (pieces) { show(line, excerpt(pieces, field)); }
      }
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

    // ---- Feedback, next to the button that was pressed, announced once ----

    var clearTimer = null;
    function quiet() {
      var all = root.querySelectorAll("[data-feedback]");
      for (var i = 0; i < all.length; i++) { all[i].textContent = ""; all[i].classList.remove("is-warning", "is-end"); }
    }
    function say(button, text, warning) {
      quiet();
      var holder = button.closest(".letter-action");
      var out = holder && holder.querySelector("[data-feedback]");
      if (!out) { return; }
      window.clearTimeout(clearTimer);
      // Set after a tick, so that a repeated message is announced again.
      window.setTimeout(function () {
        out.classList.toggle("is-warning", !!warning);
        out.textContent = text;
        // Below the row of buttons, under the one pressed, so that it covers none of the others.
        var list = holder.closest(".letter-actions");
        out.style.top = list && !holder.closest("[data-letter-bar]")
          ? (list.getBoundingClientRect().bottom - holder.getBoundingClientRect().top + 6) + "px" : "";
        var r = out.getBoundingClientRect();
        if (r.right > document.documentElement.clientWidth - 8 || r.left < 8) { out.classList.add("is-end"); }
        // The message shows where the reader is looking, even for a button at the screen's edge.
        if (r.bottom > window.innerHeight || r.top < 0) {
          out.scrollIntoView({ block: "nearest", behavior: reduceMotion ? "auto" : "smooth" });
        }
        clearTimer = window.setTimeout(quiet, 12000);
      }, 30);
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
      range.selectNodeContents(preview);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }

    function fullText() {
      return current.subject + "\n\n" + current.body;
    }

    // The next empty required field after the one being edited (round the form).
    function nextBlank() {
      if (!current.blanks.length) { return null; }
      var order = program.fields.map(function (f) { return f.id; });
      var from = focused ? order.indexOf(focused) : -1;
      for (var step = 1; step <= order.length; step++) {
        var id = order[(from + step) % order.length];
        if (current.blanks.indexOf(id) >= 0) { return input(fields[id]); }
      }
      return null;
    }

    function focusField(el) {
      if (!el) { return; }
      if (el.length !== undefined && !el.focus) { el = el[0]; }
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
    }

    function open(yes) {
      if (yes && !ready) { update(); }
      root.classList.toggle("is-open", yes);
      if (expand) { expand.setAttribute("aria-expanded", yes ? "true" : "false"); }
      preview.setAttribute("tabindex", yes ? "0" : "-1");
      if (yes) {
        var first = form.querySelector("input:not([type=checkbox]), textarea");
        if (first) { first.focus({ preventScroll: true }); }
        root.scrollIntoView({ block: "start", behavior: reduceMotion ? "auto" : "smooth" });
      } else if (expand) {
        expand.focus({ preventScroll: true });
        root.scrollIntoView({ block: "nearest" });
      }
    }

    function print() {
      var sheet = document.createElement("div");
      sheet.className = "lp-print-sheet";
      sheet.setAttribute("lang", program.lang);
      sheet.appendChild(preview.querySelector(".letter-sheet").cloneNode(true));
      document.body.appendChild(sheet);
      document.documentElement.classList.add("lp-print-letter");
      root.classList.add("lp-printing");
      var cleanup = function () {
        document.documentElement.classList.remove("lp-print-letter");
        root.classList.remove("lp-printing");
        if (sheet.parentNode) { sheet.parentNode.removeChild(sheet); }
        window.removeEventListener("afterprint", cleanup);
      };
      window.addEventListener("afterprint", cleanup);
      window.print();
    }

    root.addEventListener("click", function (event) {
      var target = event.target;
      var inPreview = target.closest && target.closest("[data-letter-preview] [data-field]");
      // A blank or value in the preview leads to its field.
      if (inPreview && fields[inPreview.getAttribute("data-field")] && (!card || root.classList.contains("is-open"))) {
        focusField(input(fields[inPreview.getAttribute("data-field")]));
        return;
      }
      var button = target.closest && target.closest("[data-action]");
      if (!button || !root.contains(button)) { return; }
      var action = button.getAttribute("data-action");
      var blanks = current.blanks.length > 0;
      if (action === "copy") {
        var text = fullText();
        var done = function () { say(button, message(blanks ? "copied-blanks" : "copied"), blanks); };
        var failed = function () {
          if (copyFallback(text)) { done(); return; }
          selectPreview();
          say(button, message("copy-failed"), true);
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(done, failed);
        } else {
          failed();
        }
      } else if (action === "mail") {
        // The link opens the e-mail program as usual; the reader is told what to expect.
        say(button, message(blanks ? "mail-blanks" : "mail-opened"), blanks);
      } else if (action === "download") {
        var blob = new Blob([fullText() + "\n"], { type: "text/plain;charset=utf-8" });
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = button.getAttribute("data-filename") || "letter.txt";
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
        say(button, message(blanks ? "downloaded-blanks" : "downloaded"), blanks);
      } else if (action === "print") {
        quiet();
        print();
      } else if (action === "reset") {
        var kept = remember ? remember.checked : false;
        form.reset();
        if (remember) { remember.checked = kept; }
        // What is stored follows the form: this letter's values are gone, and so are the shared
        // ones it would bring back.
        var s = storage();
        if (s) { s.removeItem(key); }
        if (kept) {
          var shared = load(SHARED) || {};
          program.fields.forEach(function (field) { if (field.shared) { delete shared[field.id]; } });
          save(SHARED, shared);
        }
        update();
        say(button, message("cleared"), false);
      } else if (action === "forget") {
        forgetAll();
        document.dispatchEvent(new CustomEvent("letterpress:remember", { detail: false }));
        say(button, message("forgotten"), false);
      } else if (action === "next-blank") {
        focusField(nextBlank());
      } else if (action === "expand") {
        open(true);
      } else if (action === "collapse") {
        open(false);
      }
    });

    form.addEventListener("input", function () { quiet(); update(); });
    form.addEventListener("change", function (event) {
      if (event.target === remember) {
        if (remember.checked) { update(); } else { forgetAll(); }
        document.dispatchEvent(new CustomEvent("letterpress:remember", { detail: remember.checked }));
      } else {
        update();
      }
    });
    form.addEventListener("focusin", function (event) {
      var name = event.target.name;
      focused = fields[name] ? name : null;
      mark(focused);
    });
    form.addEventListener("focusout", function () {
      window.setTimeout(function () {
        if (!form.contains(document.activeElement)) { focused = null; mark(null); }
      }, 0);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    // Every letter on the page agrees on whether details are remembered.
    document.addEventListener("letterpress:remember", function (event) {
      if (!remember || remember.checked === event.detail) { return; }
      remember.checked = event.detail;
      if (event.detail) { update(); }
    });

    if (load(REMEMBER)) {
      if (remember) { remember.checked = true; }
      fill(load(SHARED) || {});
      fill(load(key) || {});
      update();
    } else if (!card) {
      update();
    }
    // A closed card shows the text the build wrote, which is what the empty form gives: its
    // preview is worked out when it opens or is typed into.
  }

  // One letter per task, so that a page with several stays responsive while they start.
  var letters = document.querySelectorAll("[data-letter]");
  Array.prototype.forEach.call(letters, function (letter, i) {
    if (i === 0) { setup(letter); } else { window.setTimeout(function () { setup(letter); }, 0); }
  });
})();
