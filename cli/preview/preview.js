// The preview page: print pages in spreads, contents, diagnostics and editions, kept up to date by
// the server's events. Only a page whose image address changed is loaded again, and the reader's
// place is kept.
"use strict";

const $ = (id) => document.getElementById(id);
let shown = null;  // the state the page shows

function pageId(number) { return "page-" + number; }

function element(tag, attributes, text) {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) made.setAttribute(name, value);
  if (text !== undefined) made.textContent = text;
  return made;
}

// Facing pages as the printer binds them: page 1 alone on the right, then 2–3, 4–5, …
function spreadsOf(pages, facing) {
  if (!facing) return pages.map((page) => [page]);
  const spreads = [[null, pages[0]]];
  for (let k = 1; k < pages.length; k += 2) spreads.push([pages[k], pages[k + 1] || null]);
  return spreads;
}

function setGeometry(geometry) {
  const style = document.documentElement.style;
  const width = geometry.width, height = geometry.height, bleed = geometry.bleed;
  style.setProperty("--page-width", "min(42vw - 160px, 520px)");
  style.setProperty("--trim-ratio", width + " / " + height);
  style.setProperty("--image-width", (100 * (width + 2 * bleed) / width) + "%");
  style.setProperty("--bleed-offset", (-100 * bleed / width) + "%");
}

function renderSpreads(state) {
  const main = $("spreads");
  const place = window.scrollY;
  main.replaceChildren();
  for (const spread of spreadsOf(state.pages, state.geometry.facing)) {
    const row = element("div", { class: "spread" });
    for (const page of spread) {
      const slot = element("div", { class: "slot" });
      if (page) {
        const frame = element("div", { class: "page", id: pageId(page.number) });
        frame.append(element("img", { src: page.image, alt: "page " + page.number, "data-page": page.number }));
        frame.append(element("span", { class: "number" }, String(page.number)));
        slot.append(frame);
      }
      row.append(slot);
    }
    main.append(row);
  }
  window.scrollTo(0, place);
}

// Only the pages whose address changed get a new image; the rest are left alone.
function updatePages(state) {
  const samePages = shown && shown.pages && shown.pages.length === state.pages.length &&
                    shown.geometry.facing === state.geometry.facing;
  if (!samePages) return renderSpreads(state);
  state.pages.forEach((page, k) => {
    if (shown.pages[k].image === page.image) return;
    const frame = $(pageId(page.number));
    frame.querySelector("img").src = page.image;
    frame.classList.add("changed");
    setTimeout(() => frame.classList.remove("changed"), 1500);
  });
}

function renderContents(state) {
  $("contents").replaceChildren(...state.contents.map((entry) => {
    const item = element("li", { class: "level-" + entry.level });
    item.append(element("a", { href: "#" + pageId(entry.page) }, entry.title + " · " + entry.page));
    return item;
  }));
}

function renderDiagnostics(state) {
  const list = state.diagnostics || [];
  $("diagnostic-count").textContent = "(" + list.length + ")";
  $("diagnostics").replaceChildren(...list.map((d) => {
    const item = element("li", { class: d.severity });
    const where = (d.file || "") + (d.line ? ":" + d.line : "") + (d.column ? ":" + d.column : "");
    item.append(element("span", { class: "severity" }, d.severity + " "));
    item.append(element("span", { class: "where", title: d.file || "" }, where.split("/").pop()));
    if (d.page) {
      item.append(" ");
      item.append(element("a", { href: "#" + pageId(d.page) }, "page " + d.page));
    }
    item.append(element("div", { class: "message" }, d.message));
    if (d.hint) item.append(element("div", { class: "hint" }, "hint: " + d.hint));
    return item;
  }));
}

async function renderEditions(state) {
  $("editions").replaceChildren(...(state.editions || []).map((name) => {
    const item = element("li");
    item.append(element("a", { href: "/editions/" + encodeURIComponent(name), target: "_blank" }, name));
    return item;
  }));
  const pages = state.epub ? await (await fetch("/epub-pages.json")).json() : [];
  $("epub-pages").replaceChildren(...pages.map((name) => {
    const item = element("li");
    item.append(element("a", { href: "/epub/" + name, target: "_blank" }, name.split("/").pop()));
    return item;
  }));
}

function showStatus(state, building) {
  const status = $("status");
  status.classList.toggle("building", building);
  status.textContent = building ? "building…" : state && state.build ? "build " + state.build + (state.ok ? " done" : " failed") : "waiting for the first build…";
  const error = $("error");
  error.hidden = !state || state.ok !== false;
  error.textContent = state && state.error ? state.error + "\nThe pages shown are those of the last good build." : "";
}

async function refresh() {
  const state = await (await fetch("/state.json", { cache: "no-store" })).json();
  if (!state.build) return;
  if (state.pages) {
    document.title = state.title + " — Persklaar preview";
    $("title").textContent = state.title;
    setGeometry(state.geometry);
    updatePages(state);
    renderContents(state);
    await renderEditions(state);
  }
  renderDiagnostics(state);
  showStatus(state, false);
  shown = state.pages ? state : Object.assign({}, shown, { diagnostics: state.diagnostics });
  document.body.dataset.build = state.build;
}

// The page images of the build still running, written before its other editions: shown at once;
// the diagnostics and the status follow when the build ends.
async function refreshPages() {
  const state = await (await fetch("/state.json", { cache: "no-store" })).json();
  if (!state.build || !state.pages) return;
  setGeometry(state.geometry);
  updatePages(state);
  renderContents(state);
  shown = Object.assign({}, shown, { pages: state.pages, geometry: state.geometry, contents: state.contents });
}

$("show-bleed").addEventListener("change", (event) => document.body.classList.toggle("show-bleed", event.target.checked));

const events = new EventSource("/events");
let pagesHeard = null;  // the server's count of page image changes, as last heard
events.onmessage = (event) => {
  const news = JSON.parse(event.data);
  const newPages = pagesHeard !== null && news.pages !== pagesHeard;
  pagesHeard = news.pages;
  if (!news.building) return refresh();
  showStatus(shown, true);
  if (newPages) refreshPages();
};
refresh();
