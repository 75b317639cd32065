// lcbudget web workspace, part 3 of 4 (after form.js): each edit analysed by the server
// (debounced; only the latest answer is shown) and the answer shown.

'use strict';

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
