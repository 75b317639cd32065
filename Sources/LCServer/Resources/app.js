// lcbudget web workspace: one plain script, no framework.
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

// ---- scenarios and runs ----------------------------------------------------------------------

async function loadScenarios() {
  const data = await readJSON(await api('GET', '/api/scenarios'));
  state.scenarios = data.scenarios || [];
  const list = $('#scenario-list');
  list.replaceChildren(...state.scenarios.map((s) => el('li', {},
    el('button', { type: 'button', class: 'link', 'data-file': s.file, onclick: () => openScenario(s.file) }, s.name || s.file),
    el('span', { class: 'file' }, s.file, s.valid === false ? ' · has errors to fix' : ''))));
  if (!state.scenarios.length) list.append(el('li', {}, 'No scenario files yet: start a new community.'));
  $('#runs tbody').replaceChildren(...(data.runs || []).map((r) =>
    el('tr', {}, el('td', {}, r.scenario), el('td', { class: 'num' }, money(r.total)), el('td', {}, r.recordedAt))));
  const options = state.scenarios.map((s) => el('option', { value: s.file }, `${s.name || s.file} (${s.file})`));
  $('#compare-a').replaceChildren(el('option', { value: '' }, 'This community, as edited'), ...options.map((o) => o.cloneNode(true)));
  $('#compare-b').replaceChildren(...options);
  const other = state.scenarios.find((s) => s.file !== state.file);
  if (other) $('#compare-b').value = other.file;
}

async function openScenario(file) {
  if (state.dirty && !window.confirm('Discard the changes you have not saved?')) return;
  const response = await api('GET', `/api/scenarios/${encodeURIComponent(file)}`);
  const data = await readJSON(response);
  if (!response.ok) return say('page-status', `Could not open ${file}: ${data.error}`, 'error');
  startEditing(data.document, data.file, data.sha256);
}

async function newCommunity() {
  if (state.dirty && !window.confirm('Discard the changes you have not saved?')) return;
  const data = await readJSON(await api('GET', '/api/template'));
  startEditing(data.document, null, null);
  say('save-status', 'A new community that follows every recommendation of the guide. Fill in its name, organization, goal, start and cohort size.');
  const first = $('[data-field="name"]');
  if (first) first.focus();
}

function startEditing(doc, file, sha) {
  Object.assign(state, { doc, file, baseSha: sha, dirty: false, analysis: null, errors: [], fileNameTouched: !!file });
  $('#file-name').value = file || '';
  $('#workspace').hidden = false;
  document.body.classList.add('editing');  // the list of files shrinks to make room for the work
  $('#mini-total').hidden = false;
  if (file) say('save-status', `Editing ${file}.`);
  $('#compare-a').value = '';
  clearSummary();
  renderForm();
  analyzeNow();
}

/** No figures until this scenario's first answer: another scenario's must never show under it. */
function clearSummary() {
  state.shown = false;
  $$('[data-figure]').forEach((n) => { n.textContent = '—'; });
  $$('#gap-table tbody, #cost-table thead, #cost-table tbody, #cost-table tfoot, #chart, #advisory-summary, #compare-result, #fit-result')
    .forEach((n) => n.replaceChildren());
  $('#mini-total').textContent = '';
}

// ---- the form, generated from the field registry -------------------------------------------

const listPrefix = (pattern) => pattern.slice(0, pattern.indexOf('.*'));
const sectionOf = (field) => (typeof field.section === 'string' ? field.section : field.path.split('.').slice(0, -1)[0] || '');
const sectionTitle = (section) => SECTION_TITLES[section] || section.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
const years = () => Math.max(1, Math.min(5, parseInt(getAt(state.doc, 'years'), 10) || 1));

function renderForm() {
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.field : null;
  const form = $('#scenario-form');
  form.replaceChildren(...state.groups.map(renderGroup));
  $('#editor-title').textContent = getAt(state.doc, 'name') || 'New community';
  if (state.analysis) showAnalysis(state.analysis);
  const again = focused && form.querySelector(`[data-field="${CSS.escape(focused)}"]`);
  if (again) again.focus();
}

function renderGroup(group) {
  const heading = el('h3', { id: `group-${group.id}` }, group.title);
  const node = el('section', { class: 'group', 'aria-labelledby': heading.id, 'data-anchor': `group:${group.id}` }, heading);
  const sections = new Map();
  for (const field of group.fields.filter((f) => f.path !== 'format')) {
    const section = sectionOf(field);
    if (!sections.has(section)) sections.set(section, []);
    sections.get(section).push(field);
  }
  for (const [section, fields] of sections) node.append(renderSection(section, fields));
  return node;
}

function renderSection(section, fields) {
  const block = el('div', { class: 'section' });
  const isList = fields.every((f) => f.path.startsWith(`${section}.*`));
  if (!fields[0].sectionOptional || isList) block.dataset.anchor = section;
  else {  // the switch's block is where the section's own messages go
    const present = getAt(state.doc, section) !== undefined;
    const id = idFor(section);
    const box = el('input', { type: 'checkbox', id, 'data-field': section, 'data-switch': 'section', checked: present, onchange: (e) => toggleSection(section, fields, e.target.checked) });
    block.append(el('div', { class: 'field switch', 'data-anchor': section },
      box, el('label', { for: id }, `Include ${sectionTitle(section).toLowerCase()}`)));
    if (!present) return block;
  }
  const lists = new Map();
  for (const field of fields) {
    if (!field.path.includes('*')) { block.append(renderField(field, field.path)); continue; }
    const prefix = listPrefix(field.path);
    if (!lists.has(prefix)) { lists.set(prefix, []); block.append(el('div', { 'data-list-slot': prefix })); }
    lists.get(prefix).push(field);
  }
  for (const [prefix, listFields] of lists) block.querySelector(`[data-list-slot="${prefix}"]`).replaceWith(renderList(prefix, listFields));
  return block;
}

/** One input with its label, unit, range, default, recommendation and (after analysis) error and advisories. */
function renderField(field, path, labelText = field.label) {
  const id = idFor(path);
  const value = getAt(state.doc, path);
  const hintId = `${id}-hint`;
  let input;
  if (field.kind === 'boolean') {
    const checked = value === undefined ? field.default === 'true' : String(value) === 'true';
    input = el('input', { type: 'checkbox', checked, onchange: (e) => edit(field, path, e.target.checked ? 'true' : 'false') });
  } else if (field.kind === 'choice') {
    const current = value === undefined ? (field.default ?? '') : String(value);
    const choices = field.choices || [];
    input = el('select', { onchange: (e) => edit(field, path, e.target.value) },
      choices.includes(current) ? null : el('option', { value: current }, current || 'Choose…'),
      choices.map((c) => el('option', { value: c }, c)));
    input.value = current;
  } else {
    const numeric = ['integer', 'decimal', 'money', 'share'].includes(field.kind);
    input = el('input', {
      type: 'text', autocomplete: 'off', spellcheck: 'false',
      inputmode: numeric ? (field.kind === 'integer' ? 'numeric' : 'decimal') : null,
      placeholder: field.kind === 'date' ? (field.unit === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD') : (field.default ?? ''),
      oninput: (e) => edit(field, path, e.target.value),
    });
    input.value = value === undefined || value === null ? '' : String(value);
  }
  Object.assign(input, { id });
  input.dataset.field = path;
  if (field.default !== undefined && field.default !== null) input.dataset.default = field.default;
  input.setAttribute('aria-describedby', hintId);
  if (field.required) input.setAttribute('aria-required', 'true');
  const facts = [];
  if (field.unit) facts.push(field.unit);
  if (field.minimum !== undefined && field.minimum !== null) facts.push(`${field.minimum} to ${field.maximum ?? 'any'}`);
  if (field.default !== undefined && field.default !== null) facts.push(`default ${field.default}`);
  else if (field.defaultFrom) facts.push(`default: as ${labelOf(field.defaultFrom)}`);
  const label = el('label', { for: id }, labelText, field.required ? el('span', { class: 'needed' }, ' *') : null);
  const hint = el('div', { class: 'hint', id: hintId },
    field.help ? el('p', {}, field.help) : null,
    facts.length ? el('p', { class: 'facts' }, facts.join(' · ')) : null,
    field.recommendation ? el('p', { class: 'guide' }, `Guide: ${field.recommendation}`) : null);
  const kind = field.kind === 'boolean' ? 'field switch' : 'field';
  return field.kind === 'boolean'
    ? el('div', { class: kind, 'data-anchor': path }, input, label, hint)
    : el('div', { class: kind, 'data-anchor': path }, label, input, hint);
}

/** A repeating part (funding sources, other costs, by-year cohorts) with add and remove buttons. */
function renderList(prefix, fields) {
  const noun = ITEM_NOUNS[prefix] || 'entry';
  const items = getAt(state.doc, prefix);
  const perYear = prefix.endsWith('by_year');  // must have exactly `years` entries: switched as a whole
  const node = el('div', { class: 'list', 'data-anchor': prefix });
  if (perYear) {
    const id = idFor(prefix);
    node.append(el('div', { class: 'field switch' },
      el('input', { type: 'checkbox', id, 'data-field': prefix, 'data-switch': 'per-year', checked: Array.isArray(items), onchange: (e) => togglePerYear(prefix, e.target.checked) }),
      el('label', { for: id }, 'Set the cohort year by year')));
  }
  (Array.isArray(items) ? items : []).forEach((item, index) => {
    const base = `${prefix}.${index}`;
    const title = perYear ? `Year ${index + 1}` : `${noun[0].toUpperCase()}${noun.slice(1)} ${index + 1}`;
    const box = el('fieldset', { class: 'item', 'data-anchor': base }, el('legend', {}, title));
    for (const field of fields) {
      const rest = field.path.slice(prefix.length + 3);  // after "prefix.*."
      if (rest.endsWith('*')) {                           // one amount per project year
        const arrayPath = `${base}.${rest.slice(0, -2)}`;
        const row = el('div', { class: 'per-year', 'data-anchor': arrayPath });
        (getAt(state.doc, arrayPath) || []).forEach((_, y) =>
          row.append(renderField(field, `${arrayPath}.${y}`, `${field.label}, year ${y + 1}`)));
        box.append(row);
      } else box.append(renderField(field, `${base}.${rest}`));
    }
    if (!perYear) box.append(el('button', { type: 'button', class: 'remove', onclick: () => removeItem(prefix, index) }, `Remove ${title.toLowerCase()}`));
    node.append(box);
  });
  if (!perYear) node.append(el('button', { type: 'button', class: 'add', 'data-add': prefix, onclick: () => addItem(prefix, fields) }, `Add ${noun}`));
  return node;
}

// ---- editing the document --------------------------------------------------------------------

function changed(structure) {
  state.dirty = true;
  if (structure) renderForm();
  scheduleAnalyze();
}

function edit(field, path, value) {
  // An emptied optional field falls back to its default; an emptied required one stays "" so
  // the loader names it beside the field.
  if (value === '' && !field.required && !field.path.includes('*')) deleteAt(state.doc, path);
  else setAt(state.doc, path, value);
  if (path === 'name') {
    $('#editor-title').textContent = value || 'New community';
    if (!state.fileNameTouched) $('#file-name').value = value ? slug(value) + '.yaml' : '';
  }
  changed(path === 'years' && resizePerYear());
}

const slug = (text) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'community';

/** What a needed field starts as when its section or entry is added: a choice's first option;
 *  otherwise empty, so the loader's "needed" message sits beside it until the person fills it in. */
const starting = (field) => (field.kind === 'choice' ? (field.choices || [''])[0] : '');
const labelOf = (path) => (state.fields.find((f) => f.path === path) || { label: path }).label.toLowerCase();

/** A new entry: its name numbered ("Funding source 3"), per-year amounts 0, other needed fields empty. */
function newItem(prefix, fields, index) {
  const item = {};
  for (const field of fields) {
    const rest = field.path.slice(prefix.length + 3);
    if (rest.endsWith('*')) item[rest.slice(0, -2)] = Array.from({ length: years() }, () => '0');
    else if (field.required) item[rest] = field.kind === 'text' ? `${ITEM_NOUNS[prefix] || 'entry'} ${index + 1}`.replace(/^./, (c) => c.toUpperCase()) : starting(field);
  }
  return item;
}

function addItem(prefix, fields) {
  const items = getAt(state.doc, prefix) || [];
  items.push(newItem(prefix, fields, items.length));
  setAt(state.doc, prefix, items);
  changed(true);
  const first = $(`[data-anchor="${prefix}.${items.length - 1}"] [data-field]`);
  if (first) { first.focus(); if (first.select) first.select(); }
}

function removeItem(prefix, index) {
  const items = getAt(state.doc, prefix);
  items.splice(index, 1);
  if (!items.length) deleteAt(state.doc, prefix);  // an empty list is the same as none
  changed(true);
  const add = $(`[data-add="${prefix}"]`);
  if (add) add.focus();
}

function toggleSection(section, fields, on) {
  if (on) {
    const values = {};  // only the needed fields: the others keep their defaults
    for (const field of fields) {
      if (field.required && !field.path.includes('*')) setAt(values, field.path.slice(section.length + 1), starting(field));
    }
    setAt(state.doc, section, values);
  } else deleteAt(state.doc, section);
  changed(true);
}

function togglePerYear(prefix, on) {
  if (on) {
    const cohort = getAt(state.doc, 'cohort') || {};
    setAt(state.doc, prefix, Array.from({ length: years() }, () => ({ participants: cohort.participants ?? '1', leaders: cohort.leaders ?? '0' })));
  } else deleteAt(state.doc, prefix);
  changed(true);
}

/** Keeps every per-year list at `years` entries: new funding years start at 0, a new cohort year repeats the last. */
function resizePerYear() {
  const n = parseInt(getAt(state.doc, 'years'), 10);
  if (!(n >= 1 && n <= 5) || String(n) !== String(getAt(state.doc, 'years')).trim()) return false;
  let resized = false;
  const fit = (list, fill) => {
    if (!Array.isArray(list) || list.length === n) return;
    while (list.length < n) list.push(fill(list));
    list.length = n;
    resized = true;
  };
  fit(getAt(state.doc, 'cohort.by_year'), (list) => ({ ...list[list.length - 1] }));
  for (const source of getAt(state.doc, 'funding') || []) fit(source.by_year, () => '0');
  return resized;
}

// ---- analysis: debounced, only the latest answer is shown ------------------------------------

let timer = null;
let latest = 0;
let inFlight = 0;
let pending = null;  // the AbortController of the request in flight: a newer edit cancels it
// True when what is shown answers what is on screen (tests and people can trust the figures).
window.lcbudgetIdle = () => timer === null && inFlight === 0;
window.lcbudgetDocument = () => state.doc;  // what Save would send (read by the browser tests)

function scheduleAnalyze() {
  clearTimeout(timer);
  timer = setTimeout(analyzeNow, DEBOUNCE_MS);
  say('analysis-status', 'Updating…');
}

async function analyzeNow() {
  clearTimeout(timer);
  timer = null;
  const ticket = ++latest;
  inFlight++;
  if (pending) pending.abort();
  pending = new AbortController();
  try {
    const data = await readJSON(await api('POST', '/api/analyze', { document: state.doc }, pending.signal));
    if (ticket !== latest) return null;  // a newer edit was sent meanwhile: its answer wins
    state.analysis = data;
    showAnalysis(data);
    return data;
  } catch (error) {
    if (ticket === latest) say('analysis-status', `The server did not answer (${error.message}).`, 'error');
    return null;
  } finally {
    inFlight--;
  }
}

/** Where a path's message goes: its field, else the nearest enclosing block that is shown. */
function anchorFor(path) {
  const parts = path ? path.split('.') : [];
  for (let n = parts.length; n > 0; n--) {
    const nodes = $$(`#scenario-form [data-anchor="${CSS.escape(parts.slice(0, n).join('.'))}"]`);
    const node = nodes.find((x) => x.matches('.field')) || nodes[0];  // a field before a block of the same path
    if (node) return node;
  }
  return null;
}

function showAnalysis(data) {
  $$('#scenario-form .field-error, #scenario-form .advisory, #form-errors > *').forEach((n) => n.remove());
  $$('#scenario-form [aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
  const diagnostics = data.diagnostics || [];
  state.errors = diagnostics.filter((d) => d.severity === 'error');
  if (!data.diagnostics && data.error) state.errors = [{ path: '', message: data.error }];
  for (const d of state.errors) {
    const anchor = anchorFor(d.path);
    const note = el('p', { class: 'field-error', 'data-error-for': d.path || '', id: `err-${idFor(d.path || 'form')}` }, d.message);
    const input = anchor && anchor.querySelector(`[data-field="${CSS.escape(d.path)}"]`);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', `${note.id} ${idFor(d.path)}-hint`);
    }
    if (anchor && anchor.matches('.field')) anchor.append(note); else (anchor || $('#form-errors')).prepend(note);
  }
  const p = data.projection;
  if (p) showProjection(p, data, diagnostics);
  else {
    $('.summary').classList.add('stale');
    const count = `${state.errors.length} ${state.errors.length === 1 ? 'entry needs' : 'entries need'} fixing (marked in the form)`;
    say('analysis-status', state.shown ? `${count}; the figures below are from the last valid input.` : `${count} before the budget can be shown.`, 'error');
  }
}

function showProjection(p, data, diagnostics) {
  state.shown = true;
  $('.summary').classList.remove('stale');
  say('analysis-status', state.errors.length ? '' : 'Up to date.');
  const figure = (name, value) => { $(`[data-figure="${name}"]`).textContent = value; };
  figure('total', money(p.total));
  figure('presentValue', money(p.presentValue));
  figure('perParticipantYear', money(p.perParticipantYear));
  figure('perStudentReached', p.perStudentReached === null ? 'n/a (no students per educator)' : money(p.perStudentReached));
  $('#mini-total').textContent = `Total ${money(p.total)} · ${p.advisories.length} advisor${p.advisories.length === 1 ? 'y' : 'ies'}`;
  showGap(p);
  showCostTable(p);
  showChart(data.chartSVG);
  showAdvisories(p.advisories, data.remedies || [], diagnostics);
  showUncertainty(data.uncertainty);
}

// The server's simulation of the uncertain inputs (as `lcbudget simulate --draws 10000`),
// shown only when the scenario has an uncertainty section.
function showUncertainty(sim) {
  const box = $('#uncertainty-box');
  box.hidden = !sim;
  if (!sim) return;
  const t = sim.total;
  const figure = (name, value) => { $(`[data-figure="uncertainty.${name}"]`).textContent = value; };
  figure('p10', money(t.p10));
  figure('p50', money(t.p50));
  figure('p90', money(t.p90));
  $('#uncertainty-range').textContent =
    `In 8 of 10 simulated budgets the total is between ${money(t.p10)} and ${money(t.p90)}.`;
  const inputs = sim.inputs.map((i) => i.input).join(', ');
  $('#uncertainty-note').textContent =
    `${String(sim.draws).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} simulated budgets (seed ${sim.seed}) drawing ${inputs}; ` +
    'each is costed exactly. lcbudget simulate gives the same figures with --draws 10000.';
}

function showGap(p) {
  let cost = 0n, funded = 0n, gap = 0n;
  const rows = p.funding.map((f) => {
    const period = p.periods.find((x) => String(x.index) === String(f.year));
    const yearCost = period ? cents(period.total) : 0n;
    cost += yearCost; funded += cents(f.funded); gap += cents(f.gap);
    return el('tr', {}, el('th', { scope: 'row' }, `Year ${f.year}`), el('td', { class: 'num' }, money(yearCost)),
      el('td', { class: 'num' }, money(f.funded)), el('td', { class: 'num', 'data-figure': `gap.${f.year}` }, money(f.gap)));
  });
  if (rows.length) {
    rows.push(el('tr', { class: 'total' }, el('th', { scope: 'row' }, 'All years'), el('td', { class: 'num' }, money(cost)),
      el('td', { class: 'num' }, money(funded)), el('td', { class: 'num', 'data-figure': 'gap.total' }, money(gap))));
  } else rows.push(el('tr', {}, el('td', { colspan: 4 }, 'No funding sources yet: add them under Funding.')));
  $('#gap-table tbody').replaceChildren(...rows);
}

function showCostTable(p) {
  const byCategory = new Map();
  for (const period of p.periods) for (const line of period.lines) {
    const key = `${line.category}|${period.index}`;
    byCategory.set(key, (byCategory.get(key) || 0n) + cents(line.amount));
  }
  const categories = Object.keys(CATEGORY_TITLES).filter((c) => p.categoryTotals[c] !== undefined && cents(p.categoryTotals[c]) !== 0n);
  $('#cost-table thead').replaceChildren(el('tr', {}, el('th', { scope: 'col' }, 'Category'),
    p.periods.map((x) => el('th', { scope: 'col', class: 'num' }, x.label)), el('th', { scope: 'col', class: 'num' }, 'Total')));
  $('#cost-table tbody').replaceChildren(...categories.map((c) => el('tr', {}, el('th', { scope: 'row' }, CATEGORY_TITLES[c]),
    p.periods.map((x) => el('td', { class: 'num' }, money(byCategory.get(`${c}|${x.index}`) || 0n))),
    el('td', { class: 'num' }, money(p.categoryTotals[c])))));
  $('#cost-table tfoot').replaceChildren(el('tr', {}, el('th', { scope: 'row' }, 'Total'),
    p.periods.map((x) => el('td', { class: 'num' }, money(x.total))), el('td', { class: 'num' }, money(p.total))));
}

/** The server's SVG, parsed as SVG (never as HTML) and stripped of anything active. */
function showChart(svgText) {
  const holder = $('#chart');
  if (!svgText) return holder.replaceChildren();
  const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  if (parsed.querySelector('parsererror') || parsed.documentElement.localName !== 'svg') return holder.replaceChildren();
  parsed.querySelectorAll('script, foreignObject').forEach((n) => n.remove());
  for (const node of parsed.querySelectorAll('*')) {
    for (const attr of Array.from(node.attributes)) {
      if (/^on/i.test(attr.name) || (/href$/i.test(attr.name) && !attr.value.startsWith('#'))) node.removeAttribute(attr.name);
    }
  }
  holder.replaceChildren(document.importNode(parsed.documentElement, true));
}

/** Each advisory beside the field it concerns, with the guide's fix and what it would cost. */
function showAdvisories(advisories, remedies, diagnostics) {
  const links = [];
  const seen = {};  // a code may come more than once (calendar conflicts): pair the nth with the nth
  advisories.forEach((advisory, index) => {
    const nth = (seen[advisory.code] = (seen[advisory.code] ?? -1) + 1);
    const warning = diagnostics.filter((d) => d.code === advisory.code && d.path)[nth];
    const remedy = remedies[index] && remedies[index].code === advisory.code ? remedies[index]
      : remedies.filter((r) => r.code === advisory.code)[nth];
    const field = state.fields.find((f) => (f.advisoryCodes || []).includes(advisory.code));
    const path = (warning && warning.path) || (remedy && remedy.path) || (field && field.path.split('.*')[0]) || '';
    const anchor = anchorFor(path) || anchorFor(field ? sectionOf(field) : '');
    const id = `adv-${index}`;
    const note = el('div', { class: 'advisory', role: 'note', id, tabindex: '-1', 'data-advisory': advisory.code },
      el('p', { class: 'advisory-message' }, advisory.message),
      remedy ? el('p', { class: 'remedy' }, remedyText(remedy))
        : advisory.recommendation ? el('p', {}, `The guide: ${advisory.recommendation}`) : null);
    if (anchor && anchor.matches('.field')) anchor.append(note); else (anchor || $('#form-errors')).prepend(note);
    links.push(el('li', {}, el('a', { href: `#${id}` }, advisory.message)));
  });
  $('#advisory-summary').replaceChildren(advisories.length
    ? el('span', {}, `${advisories.length} ${advisories.length === 1 ? 'place departs' : 'places depart'} from the guide (each is shown beside its field):`, el('ul', {}, links))
    : 'No advisories: this plan follows every recommendation of the guide.');
}

/** The engine's priced fix: its sentence (what to change, what it costs) and the change in total. */
function remedyText(remedy) {
  if (remedy.cost === null || remedy.cost === undefined) return remedy.message;
  const cost = String(remedy.cost);
  const amount = money(cost.replace(/^-/, ''));
  if (remedy.message.includes(amount) || cents(cost) === 0n) return remedy.message;  // already says it
  return `${remedy.message} Following the guide costs ${amount} ${cost.startsWith('-') ? 'less' : 'more'} in total.`;
}

// ---- saving ----------------------------------------------------------------------------------

async function save() {
  const data = await analyzeNow();  // the answer for exactly what is on screen
  if (!data || state.errors.length) {
    const n = state.errors.length;
    return say('save-status', `Not saved: fix the ${n === 1 ? 'entry' : `${n} entries`} marked in the form first. Nothing was written.`, 'error');
  }
  let file = $('#file-name').value.trim();
  if (!file) { $('#file-name').focus(); return say('save-status', 'Not saved: give the file a name.', 'error'); }
  if (!/\.ya?ml$/i.test(file)) file += '.yaml';
  const base = file === state.file ? state.baseSha : null;
  let response = await api('PUT', `/api/scenarios/${encodeURIComponent(file)}`, { document: state.doc, baseSha256: base });
  let answer = await readJSON(response);
  if (response.status === 409) {
    const question = base ? `${file} was changed on disk since you opened it. Overwrite it with your version?`
      : `${file} already exists. Overwrite it?`;
    if (!window.confirm(question)) return say('save-status', `Not saved: ${file} was left as it is on disk.`, 'error');
    response = await api('PUT', `/api/scenarios/${encodeURIComponent(file)}`, { document: state.doc, baseSha256: answer.sha256 });
    answer = await readJSON(response);
  }
  if (!response.ok) {
    if (answer.diagnostics) showAnalysis({ diagnostics: answer.diagnostics, projection: null });
    return say('save-status', `Not saved: ${answer.error || 'the scenario has errors (marked in the form)'}.`, 'error');
  }
  Object.assign(state, { file: answer.file || file, baseSha: answer.sha256, dirty: false, fileNameTouched: true });
  $('#file-name').value = state.file;
  say('save-status', `Saved ${state.file}${answer.runId !== undefined ? ` and recorded it as run ${answer.runId}` : ''}.`, 'ok');
  loadScenarios();
}

// ---- downloads, compare, fit -----------------------------------------------------------------

async function download(kind) {
  say('download-status', 'Preparing…');
  const response = await api('POST', `/api/download/${kind}`, { document: state.doc });
  if (!response.ok) {
    const answer = await readJSON(response);
    return say('download-status', `Not downloaded: ${answer.error || 'fix the entries marked in the form first'}.`, 'error');
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : `scenario.${kind}`;
  const url = URL.createObjectURL(await response.blob());
  const link = el('a', { href: url, download: name, class: 'visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  say('download-status', `Downloaded ${name}.`, 'ok');
}

async function compare() {
  const side = (value) => (value ? { file: value } : { document: state.doc });
  const response = await api('POST', '/api/compare', { a: side($('#compare-a').value), b: side($('#compare-b').value) });
  const c = await readJSON(response);
  const out = $('#compare-result');
  if (!response.ok) return out.replaceChildren(el('p', { class: 'error' }, c.error || 'The comparison needs both scenarios to be valid.'));
  const [a, b] = c.scenarios;
  const all = c.allPeriods;
  const rows = Object.keys(CATEGORY_TITLES).filter((k) => all.categories[k] && all.categories[k].amounts.some((x) => cents(x) !== 0n))
    .map((k) => el('tr', {}, el('th', { scope: 'row' }, CATEGORY_TITLES[k]), all.categories[k].amounts.map((x) => el('td', { class: 'num' }, money(x))),
      el('td', { class: 'num' }, money(all.categories[k].differences[1]))));
  out.replaceChildren(el('div', { class: 'table-wrap' }, el('table', {},
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'All periods'), el('th', { scope: 'col', class: 'num' }, a.name),
      el('th', { scope: 'col', class: 'num' }, b.name), el('th', { scope: 'col', class: 'num' }, 'Difference'))),
    el('tbody', {}, rows),
    el('tfoot', {}, el('tr', {}, el('th', { scope: 'row' }, 'Total'), all.totals.map((x) => el('td', { class: 'num' }, money(x))),
      el('td', { class: 'num' }, money(all.differences[1])))))),
  el('ul', {}, (c.summaries || []).map((s) => el('li', {}, s))));
}

async function fit() {
  const vary = $('#fit-vary').value;
  const budget = $('#fit-budget').value.replace(/[$,\s]/g, '');
  const response = await api('POST', '/api/fit', { document: state.doc, budget, vary });
  const answer = await readJSON(response);
  const out = $('#fit-result');
  if (!response.ok || !answer.fit) return out.replaceChildren(el('p', { class: 'error' }, answer.error || 'Fix the entries marked in the form first.'));
  const result = answer.fit;
  const path = FIT_FIELDS[vary] || vary;
  const use = result.value !== null && result.value !== undefined && $(`[data-field="${CSS.escape(path)}"]`)
    ? el('button', { type: 'button', onclick: () => applyFit(path, String(result.value)) }, `Use ${result.value} in the form`) : null;
  out.replaceChildren(el('p', {}, result.message), use);
}

function applyFit(path, value) {
  const input = $(`[data-field="${CSS.escape(path)}"]`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.focus();
}

// ---- start -----------------------------------------------------------------------------------

async function start() {
  $('#new-community').addEventListener('click', newCommunity);
  $('#save').addEventListener('click', save);
  $('#file-name').addEventListener('input', () => { state.fileNameTouched = true; });
  $('#compare').addEventListener('click', compare);
  $('#fit').addEventListener('click', fit);
  $$('.downloads button').forEach((b) => b.addEventListener('click', () => download(b.dataset.kind)));
  // Enter in a text field would submit the form and reload the page: the page saves explicitly.
  $('#scenario-form').addEventListener('submit', (e) => e.preventDefault());
  try {
    const registry = await readJSON(await api('GET', '/api/fields'));
    // The registry's own JSON lists fields apart from groups and names the default `defaultValue`:
    // both shapes are read.
    const all = registry.fields || (registry.groups || []).flatMap((g) => g.fields || []);
    for (const field of all) if (field.default === undefined) field.default = field.defaultValue;
    state.groups = (registry.groups || []).map((g) => ({ ...g, fields: g.fields || all.filter((f) => f.group === g.id) }));
    state.fields = state.groups.flatMap((g) => g.fields);
    await loadScenarios();
    say('page-status', 'Open a scenario or start a new community.');
    document.body.dataset.ready = 'true';
  } catch (error) {
    say('page-status', `The server did not answer (${error.message}). Is lcbudget serve running?`, 'error');
  }
}

document.addEventListener('DOMContentLoaded', start);
