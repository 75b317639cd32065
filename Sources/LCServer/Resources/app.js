// lcbudget web workspace, part 4 of 4 (after analysis.js): saving, downloads, compare, fit and
// the start. The four scripts share one scope, loaded in order with `defer` (index.html).

'use strict';

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
