// The review page's script: reads the JSON data block, filters the segments and shows one page of rows.
// Rows are built only for the page shown (so 10,000 segments filter at once); every text goes in through
// textContent, never as markup. Filter state lives in the URL's #fragment, so a filtered view can be
// bookmarked or sent. Offsets in the findings count Unicode code points (Python's str), not UTF-16 units.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("wb-data").textContent);
  const head = data.header, segments = data.segments, entries = head.entries || {};
  const PROBLEMS = ["error", "warning"];  // the severities "with problems" selects
  const byId = (id) => document.getElementById(id);
  const ui = {
    status: byId("f-status"), term: byId("f-term"), file: byId("f-file"), q: byId("f-q"), size: byId("f-size"),
    rows: byId("wb-rows"), count: byId("wb-count"), page: byId("wb-page"), tip: byId("wb-tip"),
  };
  const state = { status: "", term: "", file: "", q: "", page: 0, size: data.pageSize };
  let shown = [];

  function statusOf(f) { return f.kind === "term" ? f.status : "issue"; }

  function facts(seg) {  // what the filters ask of a segment, worked out once
    if (!seg._facts) {
      const statuses = new Set(), terms = new Set();
      let problem = false;
      for (const f of seg.findings) {
        statuses.add(statusOf(f));
        if (f.id) terms.add(f.id);
        if (PROBLEMS.includes(f.severity)) problem = true;
      }
      seg._facts = { statuses, terms, problem, text: (seg.source + "\n" + seg.target).toLowerCase() };
    }
    return seg._facts;
  }

  function matches(seg, q) {
    const f = facts(seg);
    if (state.status === "problem" ? !f.problem : state.status && !f.statuses.has(state.status)) return false;
    if (state.term && !f.terms.has(state.term)) return false;
    if (state.file !== "" && String(seg.file) !== state.file) return false;
    return !q || f.text.includes(q);
  }

  function apply(keepPage) {
    const q = state.q.trim().toLowerCase();
    shown = [];
    for (let i = 0; i < segments.length; i++) if (matches(segments[i], q)) shown.push(i);
    if (!keepPage) state.page = 0;
    state.page = Math.max(0, Math.min(state.page, pages() - 1));
    render();
    saveHash();
  }

  function pages() { return state.size ? Math.max(1, Math.ceil(shown.length / state.size)) : 1; }

  function render() {
    const from = state.size ? state.page * state.size : 0;
    const upto = state.size ? Math.min(shown.length, from + state.size) : shown.length;
    const rows = document.createDocumentFragment();
    for (let i = from; i < upto; i++) rows.append(row(segments[shown[i]]));
    if (!shown.length) rows.append(emptyRow());
    ui.rows.replaceChildren(rows);
    const of = shown.length === segments.length ? "" : ` (of ${segments.length})`;
    ui.count.textContent = shown.length
      ? `Segments ${from + 1}–${upto} of ${shown.length}${of}` : `No segment matches${of}`;
    ui.page.textContent = `page ${state.page + 1} of ${pages()}`;
    document.querySelector('[data-page="-1"]').disabled = state.page === 0;
    document.querySelector('[data-page="1"]').disabled = state.page >= pages() - 1;
  }

  function emptyRow() {
    const tr = document.createElement("tr"), td = cell("empty", "No segment matches these filters.");
    td.colSpan = 3;
    tr.append(td);
    return tr;
  }

  function cell(cls, text) {
    const td = document.createElement("td");
    td.className = cls;
    if (text !== undefined) td.textContent = text;
    return td;
  }

  function row(seg) {
    const tr = document.createElement("tr");
    tr.className = "seg" + (facts(seg).problem ? " problem" : "");
    tr.dataset.statuses = [...facts(seg).statuses].join(" ");
    const loc = cell("loc"), number = document.createElement("b"), file = head.files[seg.file] || "";
    number.textContent = "#" + seg.index;
    loc.title = file;
    loc.append(number);
    if (head.files.length > 1) loc.append(document.createElement("br"), file.split(/[\\/]/).pop());
    const src = cell("src"), tgt = cell("tgt");
    src.lang = "en";
    tgt.lang = head.locale;
    src.append(marked(seg.source, seg.findings, "source"));
    tgt.append(marked(seg.target, seg.findings, "target"));
    const notes = notesOf(seg.findings);
    if (notes) tgt.append(notes);
    tr.append(loc, src, tgt);
    return tr;
  }

  // `text` with the `side` span of every term finding marked; a span overlapping an earlier one is not
  // marked (the finding is still listed under the row).
  function marked(text, findings, side) {
    const points = /[\uD800-\uDFFF]/.test(text) ? Array.from(text) : null;
    const cut = (a, b) => (points ? points.slice(a, b).join("") : text.slice(a, b));
    const length = points ? points.length : text.length;
    const spans = findings.filter((f) => f.kind === "term" && f[side])
      .sort((a, b) => a[side].start - b[side].start || b[side].end - a[side].end);
    const out = document.createDocumentFragment();
    let at = 0;
    for (const f of spans) {
      const { start, end } = f[side];
      if (start < at || end > length || end <= start) continue;
      if (start > at) out.append(cut(at, start));
      const mark = document.createElement("mark");
      mark.className = "st-" + f.status;
      mark.dataset.id = f.id;
      mark.dataset.status = f.status;
      mark.textContent = cut(start, end);
      mark._finding = f;
      out.append(mark);
      at = end;
    }
    if (at < length) out.append(cut(at, length));
    return out;
  }

  function notesOf(findings) {
    const list = document.createElement("ul");
    list.className = "notes";
    for (const f of findings) {
      if (f.status === "ok") continue;
      const li = document.createElement("li"), key = document.createElement("span");
      key.className = "key st-" + statusOf(f);
      key.textContent = f.kind === "term" ? f.status : f.kind;
      li.append(key);
      if (f.fix) li.append(...change(f.fix));
      else li.append(f.kind === "term" ? termLine(f) : f.message + (f.expected ? ` (fix: ${f.expected})` : ""));
      if (f.id) li.dataset.id = f.id;
      li._finding = f;
      list.append(li);
    }
    return list.childElementCount ? list : null;
  }

  function termLine(f) {
    const name = (entries[f.id] || {}).name || f.id;
    const found = f.found ? `“${f.found}”, ` : "";
    return `${name}: ${found}expected “${f.expected}”`;
  }

  function change(fix) {
    const before = document.createElement("span"), after = document.createElement("span");
    before.className = "before";
    before.textContent = fix.from;
    after.className = "after";
    after.textContent = fix.to;
    const how = ` (${fix.method}${fix.note ? "; " + fix.note : ""})`;
    return fix.from ? [before, " → ", after, how] : ["added ", after, how];
  }

  function tipText(f) {
    if (f.kind !== "term") return `${f.kind}: ${f.message}` + (f.expected ? `\nexpected: ${f.expected}` : "");
    const entry = entries[f.id] || {};
    const lines = [`${entry.name || f.id} [${f.id}]: ${f.status}`];
    if (f.expected) lines.push("expected: " + f.expected);
    if (f.found && f.status !== "ok") lines.push("found: " + f.found);
    if (f.fix) lines.push(`changed: ${f.fix.from} → ${f.fix.to}`);
    if (entry.note) lines.push("note: " + entry.note);
    return lines.join("\n");
  }

  function showTip(event) {
    const target = event.target.closest("mark, .notes li");
    if (!target || !target._finding) { ui.tip.hidden = true; return; }
    ui.tip.textContent = tipText(target._finding);
    ui.tip.hidden = false;
    const box = target.getBoundingClientRect(), tip = ui.tip.getBoundingClientRect();
    const below = box.bottom + 6 + tip.height < window.innerHeight;
    ui.tip.style.left = Math.max(4, Math.min(box.left, window.innerWidth - tip.width - 4)) + "px";
    ui.tip.style.top = (below ? box.bottom + 6 : Math.max(4, box.top - tip.height - 6)) + "px";
  }

  function saveHash() {
    const params = new URLSearchParams();
    for (const key of ["status", "term", "file", "q"]) if (state[key]) params.set(key, state[key]);
    if (state.page) params.set("page", String(state.page + 1));
    if (state.size !== data.pageSize) params.set("size", String(state.size));
    const hash = params.toString();
    if (hash !== location.hash.slice(1)) history.replaceState(null, "", hash ? "#" + hash : location.pathname);
  }

  function loadHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const key of ["status", "term", "file", "q"]) state[key] = params.get(key) || "";
    state.page = Math.max(0, (parseInt(params.get("page"), 10) || 1) - 1);
    const size = parseInt(params.get("size"), 10);
    state.size = Number.isInteger(size) && size >= 0 ? size : data.pageSize;
    for (const key of ["status", "term", "file", "q", "size"]) setControl(ui[key], String(state[key]));
  }

  function setControl(control, value) {
    if (control.tagName === "SELECT" && ![...control.options].some((o) => o.value === value)) {
      control.append(new Option(value, value));  // a hand-made #fragment: show what it asks for
    }
    control.value = value;
  }

  function setFilter(key, value) {
    state[key] = value;
    setControl(ui[key], value);
    apply(false);
    ui.count.scrollIntoView({ block: "start" });
  }

  let typing = 0;
  ui.q.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => { state.q = ui.q.value; apply(false); }, 150);
  });
  for (const key of ["status", "term", "file"]) {
    ui[key].addEventListener("change", () => { state[key] = ui[key].value; apply(false); });
  }
  ui.size.addEventListener("change", () => { state.size = parseInt(ui.size.value, 10) || 0; apply(false); });
  byId("f-reset").addEventListener("click", () => {
    Object.assign(state, { status: "", term: "", file: "", q: "" });
    for (const key of ["status", "term", "file", "q"]) ui[key].value = "";
    apply(false);
  });
  for (const button of document.querySelectorAll("[data-page]")) {
    button.addEventListener("click", () => {
      state.page += parseInt(button.dataset.page, 10);
      apply(true);
      ui.count.scrollIntoView({ block: "start" });
    });
  }
  for (const tr of document.querySelectorAll(".bars tr")) {
    tr.addEventListener("click", () => (tr.dataset.status !== undefined
      ? setFilter("status", tr.dataset.status) : setFilter("term", tr.dataset.term)));
  }
  ui.rows.addEventListener("mouseover", showTip);
  ui.rows.addEventListener("mouseleave", () => { ui.tip.hidden = true; });
  window.addEventListener("scroll", () => { ui.tip.hidden = true; }, { passive: true });
  window.addEventListener("hashchange", () => { loadHash(); apply(true); });
  loadHash();
  apply(true);
  document.documentElement.dataset.ready = "true";
}());
