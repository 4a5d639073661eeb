// The treaty dashboard: a map coloured by each state's status on a date, counts over time, and the withdrawals
// table. Every request is a GET (stored queries by documentId where possible), so responses are cacheable.
// ?version=N pins every request to dataset version N (the GraphQL endpoint's own ?version=); without it the page
// shows the current data. The permalink always names the version the page shows, so a reader sees the same numbers.
import { feature } from 'topojson-client';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import isoCountries from 'i18n-iso-countries';

export const STATUS = {
  PARTY: { color: '#1a9850', label: 'Party', short: 'Party' },
  CONTRACTING: { color: '#91cf60', label: 'Consented, not yet in force', short: 'Consented' },
  SIGNATORY: { color: '#fee08b', label: 'Signatory', short: 'Signatory' },
  WITHDRAWING: { color: '#fc8d59', label: 'Withdrawing (notice given)', short: 'Withdrawing' },
  WITHDRAWN: { color: '#d73027', label: 'Withdrawn', short: 'Withdrawn' },
  TERMINATED: { color: '#4d4d4d', label: 'Treaty ended', short: 'Ended' },
  NON_PARTICIPANT: { color: '#bdbdbd', label: 'Not a participant', short: 'Other' },
  NONE: { color: '#e8e8e8', label: 'No record', short: 'No record' },
};

const $ = (id) => document.getElementById(id);
const today = new Date().toISOString().slice(0, 10);
const params = new URLSearchParams(window.location.search);
const state = {
  treaty: params.get('treaty') || 'APMBC',
  date: params.get('date') || today,
  embed: params.get('embed') === '1',
  // The dataset version this page's address pins (a string, sent as given: the server says when it is not one), or null.
  version: params.get('version') || null,
  // The dataset version the answers shown came from (extensions.dataset.version), once one has arrived.
  shown: null,
};
let documents = {};
let world = null;

async function graphqlAt({ document, query, variables }, pinned) {
  const url = new URL('/graphql', window.location.href);
  if (document) url.searchParams.set('documentId', documents[document]);
  if (query) url.searchParams.set('query', query);
  if (variables) url.searchParams.set('variables', JSON.stringify(variables));
  if (pinned) url.searchParams.set('version', state.version);
  const response = await fetch(url, { headers: { Accept: 'application/graphql-response+json' } });
  let body;
  try { body = await response.json(); } catch { throw new Error(`the server answered ${response.status} ${response.statusText} without a GraphQL answer`); }
  if (body.errors?.length) {
    const error = new Error(body.errors.map((e) => e.message).join('; '));
    error.codes = body.errors.map((e) => e.extensions?.code);
    throw error;
  }
  return { data: body.data, version: body.extensions?.dataset?.version };
}

// The dataset versions that answered the current rendering's requests (more than one: a new version arrived meanwhile).
let answeredBy = new Set();

/** One of the page's GraphQL requests, at the pinned version if there is one; returns the answer's data. */
async function graphql(request) {
  const { data, version } = await graphqlAt(request, Boolean(state.version));
  if (version !== undefined) { state.shown = version; answeredBy.add(version); }
  $('dataset-version').textContent = version ?? '?';
  return data;
}

function say(text) { $('status-line').textContent = text; }

function el(tag, attrs = {}, ...children) {
  const ns = ['svg', 'path', 'g', 'line', 'text', 'polyline', 'title', 'rect'].includes(tag) ? 'http://www.w3.org/2000/svg' : null;
  const node = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, v);
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

// ---- map ---------------------------------------------------------------------------------------------------

function alpha2Of(f) {
  if (f.properties?.name === 'Kosovo') return 'XK';
  return f.id ? isoCountries.numericToAlpha2(f.id) : undefined;
}

async function loadWorld() {
  if (world) return world;
  const topo = await (await fetch('/data/countries-110m.json')).json();
  world = feature(topo, topo.objects.countries).features.map((f) => ({ ...f, alpha2: alpha2Of(f) }));
  return world;
}

async function loadParticipations(treaty, asOf) {
  const all = [];
  let after = null;
  let info = null;
  do {
    const data = await graphql({ document: 'treaty-map', variables: { treaty, asOf, after } });
    if (!data.treaty) throw new Error(`No treaty matches “${treaty}”.`);
    info = data.treaty;
    all.push(...data.treaty.participations.nodes);
    after = data.treaty.participations.pageInfo.hasNextPage ? data.treaty.participations.pageInfo.endCursor : null;
  } while (after);
  return { info, participations: all };
}

function describe(p) {
  const lines = [`${p.country.name}: ${STATUS[p.status]?.label ?? p.status}${p.suspended ? ' (obligations suspended)' : ''}`];
  if (p.signedOn) lines.push(`Signed ${p.signedOn}`);
  if (p.consentedOn) lines.push(`Consent deposited ${p.consentedOn}`);
  if (p.entryIntoForceOn) lines.push(`In force for it from ${p.entryIntoForceOn}`);
  const w = p.withdrawal;
  if (w) {
    if (w.notifiedOn) lines.push(`Withdrawal notified ${w.notifiedOn}`);
    lines.push(w.effectiveOn ? `Withdrawal effective ${w.effectiveOn} (${w.effectiveOnConfirmed ? 'confirmed' : 'computed'})` : 'Withdrawal effective date: unknown');
    lines.push(w.basis);
  }
  return lines;
}

function drawMap(features, participations) {
  const svg = $('map');
  svg.replaceChildren();
  const byCode = new Map(participations.map((p) => [p.country.code, p]));
  const projection = geoNaturalEarth1().fitSize([960, 480], { type: 'FeatureCollection', features });
  const path = geoPath(projection);
  const tooltip = $('tooltip');
  const show = (event, p, name) => {
    tooltip.replaceChildren(...(p ? describe(p) : [`${name}: no record in this treaty`]).map((l) => el('div', {}, l)));
    const box = $('map-wrap').getBoundingClientRect();
    const x = (event.clientX ?? box.left + box.width / 2) - box.left + 12;
    const y = (event.clientY ?? box.top + box.height / 2) - box.top + 12;
    tooltip.hidden = false;
    tooltip.style.left = `${Math.max(0, Math.min(x, box.width - tooltip.offsetWidth))}px`;
    tooltip.style.top = `${y}px`;
  };
  for (const f of features) {
    const p = f.alpha2 ? byCode.get(f.alpha2) : undefined;
    const status = p ? p.status : 'NONE';
    const name = p?.country.name ?? f.properties?.name ?? 'Unknown';
    const label = `${name}: ${STATUS[status]?.label ?? status}`;
    const node = el('path', {
      d: path(f), fill: STATUS[status]?.color ?? STATUS.NONE.color, 'data-iso': f.alpha2 ?? '', 'data-status': status,
      role: 'img', 'aria-label': label, tabindex: p ? '0' : undefined,
    }, el('title', {}, label));
    node.addEventListener('pointermove', (e) => show(e, p, name));
    node.addEventListener('focus', (e) => show(e, p, name));
    node.addEventListener('pointerleave', () => { tooltip.hidden = true; });
    node.addEventListener('blur', () => { tooltip.hidden = true; });
    svg.append(node);
  }
}

function drawLegend(participations) {
  const counts = {};
  for (const p of participations) counts[p.status] = (counts[p.status] ?? 0) + 1;
  $('legend').replaceChildren(...Object.entries(STATUS).map(([key, s]) =>
    el('li', { 'data-status': key }, el('span', { class: 'swatch', style: `background:${s.color}`, 'aria-hidden': 'true' }),
      `${s.label}${counts[key] ? ` (${counts[key]})` : ''}`)));
}

// ---- chart -------------------------------------------------------------------------------------------------

const months = (from, to) => (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();

async function drawChart(info) {
  const start = new Date(`${(info.openedForSignatureOn ?? '1990-01-01').slice(0, 7)}-01T00:00:00Z`);
  const endDate = new Date(`${(state.date > today ? state.date : today).slice(0, 7)}-01T00:00:00Z`);
  const step = months(start, endDate) > 600 ? 'YEAR' : 'MONTH';
  const data = await graphql({ document: 'status-series', variables: { treaty: state.treaty, from: start.toISOString().slice(0, 10), to: endDate.toISOString().slice(0, 10), step } });
  const points = data.treaty?.statusSeries ?? [];
  const svg = $('chart');
  const desc = $('chart-desc');
  svg.replaceChildren(desc);
  const W = 960, H = 300, L = 48, R = 150, T = 12, B = 28;
  const t0 = Date.parse(points[0]?.date ?? start), t1 = Date.parse(points.at(-1)?.date ?? endDate);
  const series = Object.keys(STATUS).filter((s) => points.some((p) => p.counts.some((c) => c.status === s)));
  const max = Math.max(1, ...points.map((p) => Math.max(0, ...p.counts.map((c) => c.count))));
  const x = (d) => L + ((Date.parse(d) - t0) / Math.max(1, t1 - t0)) * (W - L - R);
  const y = (v) => H - B - (v / max) * (H - T - B);
  const axis = el('g', { class: 'axis' });
  for (let v = 0; v <= max; v += Math.max(1, Math.ceil(max / 5 / 10) * 10)) {
    axis.append(el('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: '#e2e2e2' }), el('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end' }, v));
  }
  const y0 = new Date(t0).getUTCFullYear(), y1 = new Date(t1).getUTCFullYear();
  const every = Math.max(1, Math.ceil((y1 - y0) / 10));
  for (let year = y0; year <= y1; year += every) {
    const d = `${year}-01-01`;
    if (Date.parse(d) >= t0) axis.append(el('text', { x: x(d), y: H - 8, 'text-anchor': 'middle' }, year));
  }
  svg.append(axis);
  series.forEach((s, i) => {
    const pts = points.map((p) => `${x(p.date).toFixed(1)},${y(p.counts.find((c) => c.status === s)?.count ?? 0).toFixed(1)}`).join(' ');
    svg.append(el('polyline', { points: pts, fill: 'none', stroke: STATUS[s].color === '#fee08b' ? '#c9a800' : STATUS[s].color, 'stroke-width': 2.5, 'data-status': s }));
    svg.append(el('rect', { x: W - R + 14, y: T + 5 + i * 18, width: 10, height: 10, fill: STATUS[s].color, stroke: '#555' }));
    svg.append(el('text', { x: W - R + 30, y: T + 14 + i * 18, fill: '#222', 'font-size': 13 }, STATUS[s].short));
  });
  const mx = x(state.date);
  svg.append(el('line', { id: 'chart-marker', x1: mx, x2: mx, y1: T, y2: H - B, stroke: '#111', 'stroke-dasharray': '4 3', 'data-date': state.date }));
  svg.append(el('text', { x: mx - 4, y: T + 10, 'font-size': 12, 'text-anchor': 'end' }, state.date));
  const last = points.filter((p) => p.date <= state.date).at(-1);
  desc.textContent = last ? `On ${last.date}: ${last.counts.map((c) => `${c.count} ${STATUS[c.status]?.label ?? c.status}`).join(', ')}.` : 'No data before the chosen date.';
}

// ---- withdrawals table --------------------------------------------------------------------------------------

async function drawWithdrawals() {
  const data = await graphql({ document: 'withdrawals', variables: { treaty: state.treaty, asOf: state.date } });
  const rows = data.withdrawals.nodes.map((p) => {
    const w = p.withdrawal;
    const notified = w.events.find((e) => e.kind === 'WITHDRAWAL_NOTIFIED');
    const cn = notified?.sources.find((s) => s.notification)?.notification;
    const effective = w.effectiveOn
      ? [w.effectiveOn, el('span', { class: 'tag' }, w.effectiveOnConfirmed ? 'confirmed' : 'computed')]
      : [el('span', { class: 'tag' }, w.postponedByArmedConflict ? 'unknown: armed conflict' : 'none')];
    const sources = [...new Map(w.events.flatMap((e) => e.sources).map((s) => [s.url, s])).values()];
    return el('tr', { 'data-iso': p.country.code },
      el('th', { scope: 'row' }, p.country.name),
      el('td', {}, w.announced ?? '—'),
      el('td', {}, w.notifiedOn ?? '—', cn ? el('div', { class: 'cn' }, cn) : ''),
      el('td', {}, ...effective),
      el('td', {}, w.basis),
      el('td', {}, ...sources.map((s, i) => el('div', {}, el('a', { href: s.url, rel: 'noopener', target: '_blank' }, s.publisher || `source ${i + 1}`)))));
  });
  $('withdrawals').tBodies[0].replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: 6 }, 'No withdrawal on record.'))]));
}

// ---- page ---------------------------------------------------------------------------------------------------

function share() {
  const url = new URL('/', window.location.href);
  url.searchParams.set('treaty', state.treaty);
  url.searchParams.set('date', state.date);
  // The page's own address keeps a version only when it was pinned: without one, reloading shows the current data.
  if (state.version) url.searchParams.set('version', state.version);
  window.history.replaceState(null, '', `${url.pathname}${url.search}`);
  // The permalink (and the embed) name the version shown, so that a reader later sees the same numbers.
  const shown = state.shown ?? state.version;
  if (shown !== null && shown !== undefined) url.searchParams.set('version', shown);
  $('permalink').href = url.toString();
  $('permalink').textContent = url.toString();
  const embed = new URL(url);
  embed.searchParams.set('embed', '1');
  $('embed').value = `<iframe src="${embed}" title="TreatyTracker: ${state.treaty} on ${state.date}" width="100%" height="900" loading="lazy"></iframe>`;
}

/** The address of this view at the current data (no version). */
function currentUrl() {
  const url = new URL('/', window.location.href);
  url.searchParams.set('treaty', state.treaty);
  url.searchParams.set('date', state.date);
  if (state.embed) url.searchParams.set('embed', '1');
  return url.toString();
}

/**
 * Says which dataset version the page shows: the current one, or the one its address pins (then with the current
 * version, when the server tells it, and a link to the current data). #version-line carries data-version and
 * data-pinned for tests and scripts.
 */
function showVersion(current) {
  const line = $('version-line');
  line.dataset.version = state.shown ?? '';
  line.dataset.pinned = state.version ? 'true' : 'false';
  if (!state.version) {
    line.replaceChildren(`Dataset version ${state.shown} (the current one). The permalink names it, so the numbers it shows stay checkable after corrections.`);
    return;
  }
  const newer = current === undefined || current === null ? ''
    : current === state.shown ? ' (also the current version)'
    : `; the current version is ${current}, and its numbers may differ`;
  line.replaceChildren(`Dataset version ${state.shown}, pinned by this page's address${newer}. `,
    el('a', { id: 'current-data', href: currentUrl() }, 'Show the current data'));
}

/** The current dataset version, for a page pinned to another one (an unpinned request); undefined if unknown. */
async function currentVersion() {
  try { return (await graphqlAt({ query: '{ dataset { version } }' }, false)).version; } catch { return undefined; }
}

/** A page that cannot be shown at all (an unknown or malformed ?version=, the server unreachable) says why. */
function failed(error) {
  say(`Could not load the data: ${error.message}`);
  const line = $('version-line');
  line.dataset.version = '';
  line.dataset.pinned = state.version ? 'true' : 'false';
  const badVersion = error.codes?.some((c) => c === 'DATASET_VERSION_NOT_FOUND' || c === 'BAD_DATASET_VERSION');
  line.replaceChildren(...(badVersion
    ? [`This address asks for dataset version “${state.version}”, which this server cannot answer with. `, el('a', { id: 'current-data', href: currentUrl() }, 'Show the current data')]
    : []));
  document.body.dataset.failed = error.codes?.find(Boolean) ?? 'ERROR';
}

async function render(again = false) {
  say('Loading…');
  $('map-date').textContent = state.date;
  answeredBy = new Set();
  share();
  try {
    const [features, { info, participations }] = await Promise.all([loadWorld(), loadParticipations(state.treaty, state.date)]);
    $('coverage').textContent = `Coverage of this record: ${info.coverage.level.toLowerCase()} as of ${info.coverage.asOf}.${info.coverage.level === 'PARTIAL' ? ' Grey “no record” can mean “not recorded”.' : ''}`;
    drawMap(features, participations);
    drawLegend(participations);
    await Promise.all([drawChart(info), drawWithdrawals()]);
    // Unpinned, a new dataset version may have arrived between the requests: draw once more, all from the new one.
    if (!state.version && answeredBy.size > 1 && !again) return render(true);
    say(`${info.name}: ${participations.length} states on record.`);
    share();
    showVersion(state.version ? await currentVersion() : state.shown);
    document.body.dataset.ready = `${state.treaty}|${state.date}`;
  } catch (error) {
    say(`Could not load the data: ${error.message}`);
    if (error.codes?.some((c) => c === 'DATASET_VERSION_NOT_FOUND' || c === 'BAD_DATASET_VERSION')) failed(error);
  }
}

async function start() {
  if (state.embed) document.body.classList.add('embed');
  window.addEventListener('resize', () => { $('tooltip').hidden = true; });
  try {
    await setUp();
  } catch (error) {
    failed(error);
    return;
  }
  await render();
}

async function setUp() {
  documents = Object.fromEntries((await (await fetch('/documents')).json()).map((d) => [d.name, d.id]));
  const data = await graphql({ query: '{ treaties(first: 100) { nodes { code name } } }' });
  const select = $('treaty');
  select.replaceChildren(...data.treaties.nodes.map((t) => el('option', { value: t.code }, `${t.name} (${t.code})`)));
  select.value = state.treaty;
  $('date').value = state.date;
  select.addEventListener('change', () => { state.treaty = select.value; render(); });
  $('date').addEventListener('change', () => { if ($('date').value) { state.date = $('date').value; render(); } });
}

start();
