// lcbudget web workspace, part 1 of 4: constants, the page's state and small helpers. Four plain
// scripts, no framework, loaded in order with `defer` (index.html): page.js, form.js, analysis.js,
// app.js; they share one scope.
//
// The page edits a scenario as a JSON "document" (the YAML tree, every scalar the string the person
// typed) and lets the server do all arithmetic: each edit is sent to /api/analyze (debounced) and
// the page only shows what comes back. Nothing here computes a budget figure; money strings are
// kept exactly as the server wrote them and only formatted ($1,234.50) for display.
//
// Safety (the server's Content-Security-Policy allows no inline script or style): user text is
// only ever inserted with textContent; the chart SVG is parsed as image/svg+xml and imported.
'use strict';

const DEBOUNCE_MS = 250;
const TOKEN = new URLSearchParams(location.search).get('token');
const CATEGORY_TITLES = {
  planning: 'Planning', stipends: 'Stipends', buyouts: 'Buyouts (release time)', substitutes: 'Substitutes',
  food: 'Food', childcare: 'Childcare', kits: 'Prototyping kits', coaching: 'Coaching',
  credentials: 'Credentials (CEUs)', other: 'Other direct costs', indirect: 'Indirect costs',
};
const SECTION_TITLES = {
  stipends: 'Stipends', fringe: 'Fringe benefits', buyouts: 'Leader buyouts (release time)',
  substitutes: 'Substitute coverage', food: 'Food at meetings', childcare: 'Childcare', kits: 'Prototyping kits',
  coaching: 'Coaching', credentials: 'Credentials (CEUs)', planning: 'Planning on-ramp', escalation: 'Escalation',
  indirect: 'Indirect costs', calendar: 'Meeting calendar',
};
// What one entry of a repeating part is called ("Add funding source").
const ITEM_NOUNS = { funding: 'funding source', other: 'other cost', 'cohort.by_year': 'year' };
const FIT_FIELDS = { participants: 'cohort.participants', years: 'years' };

const state = {
  groups: [], fields: [],  // the field registry, as /api/fields sends it
  doc: null,               // the document being edited
  file: null,              // the file it was opened from; null for a new community
  baseSha: null,           // the file's sha256 when opened (for the save conflict check)
  analysis: null,          // the latest /api/analyze answer shown
  errors: [],              // its error diagnostics
  dirty: false,
  fileNameTouched: false,
  scenarios: [],
};

// ---- small helpers ---------------------------------------------------------------------------

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

/** Creates an element: el('p', {class: 'hint'}, 'text', child). Strings become text nodes. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** JSON with every number kept as its source text, so money is never rounded through a float. */
function parseExact(text) {
  return JSON.parse(text, (key, value, context) =>
    typeof value === 'number' ? (context && context.source !== undefined ? context.source : String(value)) : value);
}

/** Integer cents from "1234.5" / "-3.07" / "12" (BigInt, exact). */
function cents(amount) {
  const text = String(amount).trim();
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace(/^[-+]/, '').split('.');
  const value = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -value : value;
}

/** "$547,809.59" from a money string or BigInt cents, as the engine formats money. */
function money(amount) {
  if (amount === null || amount === undefined) return 'n/a';
  if (typeof amount === 'string' && amount.startsWith('$')) return amount;
  const value = typeof amount === 'bigint' ? amount : cents(amount);
  const magnitude = value < 0n ? -value : value;
  const dollars = (magnitude / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0n ? '-' : ''}$${dollars}.${(magnitude % 100n).toString().padStart(2, '0')}`;
}

const segments = (path) => path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
const patternOf = (path) => path.replace(/\.\d+(?=\.|$)/g, '.*');
const idFor = (path) => 'f-' + path.replace(/[^A-Za-z0-9_]/g, '-');

function getAt(root, path) {
  return segments(path).reduce((node, key) => (node === undefined || node === null ? undefined : node[key]), root);
}

function setAt(root, path, value) {
  const keys = segments(path);
  let node = root;
  keys.slice(0, -1).forEach((key, i) => {
    if (node[key] === undefined || node[key] === null) node[key] = typeof keys[i + 1] === 'number' ? [] : {};
    node = node[key];
  });
  node[keys[keys.length - 1]] = value;
}

function deleteAt(root, path) {
  const keys = segments(path);
  const parent = keys.length === 1 ? root : getAt(root, keys.slice(0, -1).join('.'));
  if (!parent) return;
  const last = keys[keys.length - 1];
  if (Array.isArray(parent)) parent.splice(last, 1); else delete parent[last];
}

async function api(method, path, body, signal) {
  const headers = {};
  if (TOKEN) headers.Authorization = `Bearer ${TOKEN}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
  return response;
}

async function readJSON(response) {
  const text = await response.text();
  try { return parseExact(text); } catch { return { error: text || response.statusText }; }
}

function say(id, text, kind = '') {
  const node = document.getElementById(id);
  node.textContent = text;
  node.dataset.kind = kind;
}
