// lcbudget web workspace, part 2 of 4 (after page.js): the scenarios and runs lists, the form
// generated from the field registry, and editing the document.

'use strict';

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
