/* allegiance report: filter statements by actor, issue, polarity and text; link the network. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var actorSel = $("f-actor"), issueSel = $("f-issue"), textIn = $("f-text");
  var confIn = $("f-conf"), confOut = $("f-conf-out");
  var stmts = Array.prototype.slice.call(document.querySelectorAll("article.stmt"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("section.group"));
  var pols = Array.prototype.slice.call(document.querySelectorAll(".filters .pol input"));
  var net = document.querySelector("svg.network");
  var total = stmts.length;
  var pair = null; // {a, b, issues}: the evidence behind one row of the alliances table

  function norm(s) { return (s || "").toLocaleLowerCase(); }

  function highlightNetwork(actor, issue) {
    if (!net) { return; }
    var key = actor || issue;
    var nodes = net.querySelectorAll(".node"), edges = net.querySelectorAll(".edge");
    var i;
    for (i = 0; i < nodes.length; i++) { nodes[i].classList.remove("lit", "selected"); }
    for (i = 0; i < edges.length; i++) { edges[i].classList.remove("lit"); }
    if (!key) { net.classList.remove("dim"); return; }
    net.classList.add("dim");
    var lit = {};
    lit[key] = true;
    for (i = 0; i < edges.length; i++) {
      var s = edges[i].getAttribute("data-source"), t = edges[i].getAttribute("data-target");
      if (s === key || t === key) { edges[i].classList.add("lit"); lit[s] = true; lit[t] = true; }
    }
    for (i = 0; i < nodes.length; i++) {
      var name = nodes[i].getAttribute("data-actor") || nodes[i].getAttribute("data-issue");
      if (lit[name]) { nodes[i].classList.add("lit"); }
      if (name === key) { nodes[i].classList.add("selected"); }
    }
  }

  function apply() {
    var actor = actorSel ? actorSel.value : "";
    var issue = issueSel ? issueSel.value : "";
    var text = norm(textIn ? textIn.value : "");
    var minConf = confIn ? parseFloat(confIn.value) || 0 : 0;
    if (confOut) { confOut.textContent = minConf.toFixed(2); }
    var on = {};
    pols.forEach(function (p) { on[p.value] = p.checked; });
    var shown = 0;
    stmts.forEach(function (el) {
      var src = el.getAttribute("data-source"), tgt = el.getAttribute("data-target");
      var ok = on[el.getAttribute("data-polarity")] !== false;
      if (ok && actor) { ok = src === actor || (tgt === actor && el.getAttribute("data-kind") === "actor"); }
      if (ok && issue) { ok = tgt === issue && el.getAttribute("data-kind") === "concept"; }
      if (ok && pair) {
        var kind = el.getAttribute("data-kind");
        var inPair = function (n) { return n === pair.a || n === pair.b; };
        ok = inPair(src) && ((kind === "actor" && inPair(tgt) && src !== tgt) ||
          (kind === "concept" && pair.issues.indexOf(tgt) >= 0));
      }
      if (ok && minConf > 0) { ok = parseFloat(el.getAttribute("data-conf") || "1") >= minConf; }
      if (ok && text) { ok = norm(el.textContent).indexOf(text) >= 0; }
      el.hidden = !ok;
      if (ok) { shown++; }
    });
    groups.forEach(function (g) { g.hidden = !g.querySelector("article.stmt:not([hidden])"); });
    var count = $("count");
    if (count) { count.textContent = shown === total ? String(total) : shown + " of " + total; }
    var none = $("no-match");
    if (none) { none.hidden = shown !== 0; }
    var pf = $("f-pair");
    if (pf) {
      pf.hidden = !pair;
      if (pair) { $("f-pair-name").textContent = pair.a + " – " + pair.b; }
    }
    highlightNetwork(actor || (pair ? pair.a : ""), issue);
  }

  function setPair(a, b) {
    var rows = document.querySelectorAll("tr.pair-row");
    for (var i = 0; i < rows.length; i++) {
      var ra = rows[i].getAttribute("data-a"), rb = rows[i].getAttribute("data-b");
      if ((ra === a && rb === b) || (ra === b && rb === a)) {
        var issues = [];
        try { issues = JSON.parse(rows[i].getAttribute("data-issues") || "[]"); } catch (e) { issues = []; }
        pair = { a: ra, b: rb, issues: issues };
        if (actorSel) { actorSel.value = ""; }
        if (issueSel) { issueSel.value = ""; }
        return true;
      }
    }
    return false;
  }

  function choose(sel, value) {
    if (!sel) { return false; }
    for (var i = 0; i < sel.options.length; i++) {
      if (sel.options[i].value === value) { sel.value = value; return true; }
    }
    return false;
  }

  function focusOn(kind, name) {
    pair = null;
    var same = (kind === "actor" ? actorSel : issueSel);
    if (same && same.value === name) { name = ""; }
    if (actorSel) { actorSel.value = ""; }
    if (issueSel) { issueSel.value = ""; }
    if (name) { choose(kind === "actor" ? actorSel : issueSel, name); }
    apply();
  }

  [actorSel, issueSel].forEach(function (s) {
    if (s) { s.addEventListener("change", function () { pair = null; apply(); }); }
  });
  var pairClear = $("f-pair-clear");
  if (pairClear) { pairClear.addEventListener("click", function () { pair = null; apply(); }); }
  Array.prototype.forEach.call(document.querySelectorAll("tr.pair-row"), function (row) {
    var go = function () {
      if (setPair(row.getAttribute("data-a"), row.getAttribute("data-b"))) {
        apply();
        var st = $("statements");
        if (st && st.scrollIntoView) { st.scrollIntoView({ behavior: "smooth" }); }
      }
    };
    row.addEventListener("click", go);
    row.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { go(); } });
  });
  if (textIn) { textIn.addEventListener("input", apply); }
  if (confIn) { confIn.addEventListener("input", apply); }
  pols.forEach(function (p) { p.addEventListener("change", apply); });
  var reset = $("f-reset");
  if (reset) {
    reset.addEventListener("click", function () {
      pair = null;
      if (actorSel) { actorSel.value = ""; }
      if (issueSel) { issueSel.value = ""; }
      if (textIn) { textIn.value = ""; }
      if (confIn) { confIn.value = "0"; }
      pols.forEach(function (p) { p.checked = true; });
      apply();
    });
  }
  if (net) {
    net.addEventListener("click", function (ev) {
      var edge = ev.target.closest ? ev.target.closest(".edge") : null;
      if (edge) {
        var es = edge.getAttribute("data-source"), et = edge.getAttribute("data-target");
        if (edge.getAttribute("data-kind") === "concept") {
          pair = null;
          choose(actorSel, es);
          choose(issueSel, et);
          apply();
        } else if (setPair(es, et)) {
          apply();
        }
        return;
      }
      var node = ev.target.closest ? ev.target.closest(".node") : null;
      if (!node) { return; }
      if (node.hasAttribute("data-actor")) { focusOn("actor", node.getAttribute("data-actor")); }
      else { focusOn("issue", node.getAttribute("data-issue")); }
    });
    net.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && ev.target.closest && ev.target.closest(".node")) { ev.target.dispatchEvent(new MouseEvent("click", { bubbles: true })); }
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll(".actor-chip[data-actor]"), function (chip) {
    chip.addEventListener("click", function () {
      if (choose(actorSel, chip.getAttribute("data-actor"))) {
        pair = null;
        if (issueSel) { issueSel.value = ""; }
        apply();
        var st = $("statements");
        if (st && st.scrollIntoView) { st.scrollIntoView({ behavior: "smooth" }); }
      }
    });
  });
  // shareable filters: report.html#actor=NAME&issue=NAME&q=TEXT&pol=support,oppose&pair=A|B&conf=0.5
  function fromHash() {
    var h = window.location.hash.replace(/^#/, "");
    if (!/(^|&)(actor|issue|q|pol|pair|conf)=/.test(h)) { return; }
    h.split("&").forEach(function (kv) {
      var i = kv.indexOf("="), k = kv.slice(0, i), v;
      try { v = decodeURIComponent(kv.slice(i + 1).replace(/\+/g, " ")); } catch (e) { return; }
      if (k === "actor") { choose(actorSel, v); }
      else if (k === "issue") { choose(issueSel, v); }
      else if (k === "q" && textIn) { textIn.value = v; }
      else if (k === "conf" && confIn) { confIn.value = v; }
      else if (k === "pair") { var ab = v.split("|"); if (ab.length === 2) { setPair(ab[0], ab[1]); } }
      else if (k === "pol") {
        var want = v.split(",");
        pols.forEach(function (p) { p.checked = want.indexOf(p.value) >= 0; });
      }
    });
  }
  fromHash();
  window.addEventListener("hashchange", function () { fromHash(); apply(); });
  document.documentElement.classList.add("js");
  apply();
})();
