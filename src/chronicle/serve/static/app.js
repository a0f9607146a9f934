// Chronicle dashboard: vanilla JS, no build step.  Every view is described by
// the URL's query string (the filters, `by`, or `event=<id>`), so a view can
// be shared as a link.  Text from the store is only ever set as textContent.
"use strict";

const FILTERS = ["actor", "dyad", "either_way", "country", "type", "mode", "since", "until", "place", "text"];
const SVG = "http://www.w3.org/2000/svg";
const form = document.getElementById("filters");
const statusLine = document.getElementById("status");
let nextCursor = null;
let world = null;
let lastOverview = ""; // the filters the event page goes back to

function el(tag, attrs = {}, text = null) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== null) node.textContent = text;
  return node;
}

function currentParams() {
  return new URLSearchParams(window.location.search);
}

// The filter part of the URL, as the API takes it.
function filterParams(params) {
  const out = new URLSearchParams();
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) out.set(name, value);
  }
  return out;
}

async function api(path, params) {
  const query = params && params.toString() ? `?${params}` : "";
  const response = await fetch(`${path}${query}`, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    const error = body.error || {};
    throw new Error(error.message || `HTTP ${response.status}`);
  }
  return body;
}

function fillForm(params) {
  for (const name of FILTERS) {
    const input = form.elements[name];
    if (input.type === "checkbox") input.checked = params.get(name) === "true";
    else input.value = params.get(name) || "";
  }
  form.elements.by.value = params.get("by") || "month";
}

function formParams() {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const input = form.elements[name];
    if (input.type === "checkbox") { if (input.checked) params.set(name, "true"); }
    else if (input.value.trim()) params.set(name, input.value.trim());
  }
  if (form.elements.by.value !== "month") params.set("by", form.elements.by.value);
  return params;
}

function navigate(params) {
  const query = params.toString();
  history.pushState(null, "", query ? `/?${query}` : "/");
  render();
}

// ------------------------------------------------------------------ overview

function actorLabel(actor) {
  if (!actor) return "";
  const name = actor.name || actor.text || "";
  return actor.country && name ? `${name} (${actor.country})` : (actor.country || name);
}

function addRows(events) {
  const body = document.querySelector("#events tbody");
  for (const e of events) {
    const row = el("tr", { "data-event": e.event_id });
    const cells = [e.date ? e.date.value : "", e.event_type + (e.mode ? ` (${e.mode})` : ""), e.cameo || "",
      actorLabel(e.source), actorLabel(e.target), e.location ? e.location.name : "",
      e.goldstein === null ? "" : String(e.goldstein), String(e.num_mentions)];
    for (const value of cells) row.appendChild(el("td", {}, value));
    row.addEventListener("click", () => navigate(new URLSearchParams({ event: e.event_id })));
    body.appendChild(row);
  }
}

async function loadEvents(params, append) {
  const query = filterParams(params);
  query.set("limit", "100");
  if (append && nextCursor) query.set("cursor", nextCursor);
  else query.set("count", "true");
  const page = await api("/v1/events", query);
  if (!append) {
    document.querySelector("#events tbody").replaceChildren();
    document.getElementById("count").textContent = `${page.total} matching`;
  }
  addRows(page.events);
  nextCursor = page.next_cursor;
  document.getElementById("more").hidden = !nextCursor;
}

function drawTimeline(data) {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  const rows = data.series;
  svg.setAttribute("data-periods", String(rows.length));
  if (!rows.length) {
    svg.appendChild(el("svg:text", { x: 450, y: 110, "text-anchor": "middle", class: "axis" }, "no dated events"));
    return;
  }
  const W = 900, H = 220, top = 10, bottom = 200, left = 40;
  const width = (W - left - 10) / rows.length;
  const maxCount = Math.max(1, ...rows.map(r => r.events));
  const sums = rows.map(r => r.goldstein_sum);
  const span = Math.max(1, ...sums.map(Math.abs));
  const y = count => bottom - (count / maxCount) * (bottom - top);
  const gy = sum => (top + bottom) / 2 - (sum / span) * (bottom - top) / 2;
  const quads = data.by_quad || {};
  rows.forEach((row, i) => {
    let base = 0;
    for (const q of ["1", "2", "3", "4"]) {
      const n = quads[q] ? quads[q][i].events : 0;
      if (!n) continue;
      const bar = el("svg:rect", { x: left + i * width + 1, y: y(base + n), width: Math.max(1, width - 2),
        height: y(base) - y(base + n), class: `bar q${q}`, "data-period": row.period, "data-events": String(n) });
      bar.appendChild(el("svg:title", {}, `${row.period}: ${n} events (quad class ${q})`));
      svg.appendChild(bar);
      base += n;
    }
  });
  svg.appendChild(el("svg:line", { x1: left, x2: W - 10, y1: gy(0), y2: gy(0), class: "zero" }));
  const points = rows.map((r, i) => `${left + (i + 0.5) * width},${gy(r.goldstein_sum)}`).join(" ");
  svg.appendChild(el("svg:polyline", { points, class: "goldstein" }));
  svg.appendChild(el("svg:text", { x: 2, y: top + 8, class: "axis" }, String(maxCount)));
  svg.appendChild(el("svg:text", { x: left, y: H - 4, class: "axis" }, rows[0].period));
  svg.appendChild(el("svg:text", { x: W - 10, y: H - 4, "text-anchor": "end", class: "axis" }, rows[rows.length - 1].period));
}

// Equirectangular projection onto the 960 x 480 map.
const project = ([lon, lat]) => [(lon + 180) * (960 / 360), (90 - lat) * (480 / 180)];

function ringPath(ring) {
  let d = "", previous = null;
  for (const point of ring) {
    const [x, y] = project(point);
    // a ring crossing the antimeridian is cut there instead of drawn across the map
    const jump = previous !== null && Math.abs(point[0] - previous) > 180;
    d += `${d === "" || jump ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`;
    previous = point[0];
  }
  return d + "Z";
}

async function drawWorld() {
  if (world) return;
  const topology = await (await fetch("/static/vendor/countries-110m.json")).json();
  world = topojson.feature(topology, topology.objects.countries);
  const layer = el("svg:g", { id: "countries" });
  for (const feature of world.features) {
    const g = feature.geometry;
    if (!g) continue;
    const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    const d = polygons.map(polygon => polygon.map(ringPath).join("")).join("");
    const path = el("svg:path", { d, class: "country" });
    path.appendChild(el("svg:title", {}, feature.properties.name || ""));
    layer.appendChild(path);
  }
  document.getElementById("map").prepend(layer);
}

function drawPlaces(places) {
  const map = document.getElementById("map");
  map.querySelectorAll("circle.place").forEach(c => c.remove());
  const most = Math.max(1, ...places.map(p => p.events));
  for (const p of places) {
    const [x, y] = project([p.lon, p.lat]);
    const circle = el("svg:circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 9 * Math.sqrt(p.events / most)).toFixed(1),
      class: "place", "data-name": p.name || "", "data-events": String(p.events) });
    circle.appendChild(el("svg:title", {}, `${p.name || "?"} (${p.country || "?"}): ${p.events} events`));
    map.appendChild(circle);
  }
  map.setAttribute("data-places", String(places.length));
}

async function renderOverview(params) {
  document.getElementById("overview").hidden = false;
  document.getElementById("event-view").hidden = true;
  fillForm(params);
  lastOverview = params.toString();
  const filters = filterParams(params);
  const series = new URLSearchParams(filters);
  series.set("by", params.get("by") || "month");
  series.set("split", "quad");
  const [, timeline, places] = await Promise.all([
    loadEvents(params, false), api("/v1/timeline", series), api("/v1/locations", filters), drawWorld()]);
  drawTimeline(timeline);
  drawPlaces(places.locations);
}

// ------------------------------------------------------------------ event page

// The article text with each mention's sentence, and its trigger, marked.
function highlighted(text, mentions) {
  const container = el("div", { class: "text" });
  const spans = mentions.slice().sort((a, b) => a.char_start - b.char_start);
  let at = 0;
  for (const m of spans) {
    if (m.char_start < at) continue; // overlapping mentions: the first is shown
    container.appendChild(document.createTextNode(text.slice(at, m.char_start)));
    const mark = el("mark", { class: "evidence", "data-sentence": String(m.sentence_index) });
    if (m.trigger_start !== null && m.trigger_start >= m.char_start && m.trigger_end <= m.char_end) {
      mark.appendChild(document.createTextNode(text.slice(m.char_start, m.trigger_start)));
      mark.appendChild(el("mark", { class: "trigger" }, text.slice(m.trigger_start, m.trigger_end)));
      mark.appendChild(document.createTextNode(text.slice(m.trigger_end, m.char_end)));
    } else {
      mark.textContent = text.slice(m.char_start, m.char_end);
    }
    container.appendChild(mark);
    at = m.char_end;
  }
  container.appendChild(document.createTextNode(text.slice(at)));
  return container;
}

async function renderEvent(id) {
  document.getElementById("overview").hidden = true;
  document.getElementById("event-view").hidden = false;
  const section = document.getElementById("event");
  section.replaceChildren(el("p", {}, "loading…"));
  const found = await api(`/v1/events/${encodeURIComponent(id)}`);
  const e = found.event;
  section.replaceChildren(el("h2", {}, `${e.event_type}${e.mode ? ` (${e.mode})` : ""}: ${actorLabel(e.source) || "?"} → ${actorLabel(e.target) || "?"}`));
  const facts = el("dl");
  const fields = [["date", e.date ? `${e.date.value} (${e.date.precision})` : ""], ["CAMEO", e.cameo || ""],
    ["quad class", String(e.quad_class)], ["Goldstein", e.goldstein === null ? "" : String(e.goldstein)],
    ["place", e.location ? `${e.location.name} (${e.location.country || "?"})` : ""],
    ["polarity / modality", `${e.polarity} / ${e.modality}`],
    ["mentions / articles / sources", `${e.num_mentions} / ${e.num_articles} / ${e.num_sources}`], ["event id", e.event_id]];
  for (const [name, value] of fields) { facts.appendChild(el("dt", {}, name)); facts.appendChild(el("dd", {}, value)); }
  section.appendChild(facts);
  for (const article of found.articles) {
    const box = el("div", { class: "article", "data-article": article.article_id });
    box.appendChild(el("h3", {}, article.title || article.article_id));
    const meta = el("p");
    meta.appendChild(document.createTextNode(`${article.published || "undated"} · ${article.language || ""} · `));
    if (article.url) meta.appendChild(el("a", { href: article.url, rel: "noreferrer noopener" }, article.url));
    box.appendChild(meta);
    box.appendChild(highlighted(article.text, found.mentions.filter(m => m.article_id === article.article_id)));
    section.appendChild(box);
  }
}

// ------------------------------------------------------------------ wiring

async function render() {
  const params = currentParams();
  statusLine.textContent = "";
  document.body.setAttribute("data-ready", "false");
  try {
    if (params.get("event")) await renderEvent(params.get("event"));
    else await renderOverview(params);
  } catch (error) {
    statusLine.textContent = error.message;
  }
  document.body.setAttribute("data-ready", "true");
}

form.addEventListener("submit", event => { event.preventDefault(); navigate(formParams()); });
document.getElementById("clear").addEventListener("click", () => navigate(new URLSearchParams()));
document.getElementById("more").addEventListener("click", () => loadEvents(currentParams(), true).catch(e => { statusLine.textContent = e.message; }));
document.getElementById("back").addEventListener("click", event => { event.preventDefault(); navigate(new URLSearchParams(lastOverview)); });
window.addEventListener("popstate", render);
for (const type of ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"]) {
  document.getElementById("types").appendChild(el("option", { value: type }));
}
render();
