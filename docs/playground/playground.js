// The playground: lint, checkStructure and messageLength from the self-contained browser bundle, re-run on
// every keystroke. Text is only ever inserted with textContent, never as HTML.

const LAYERS = ['identity', 'feature', 'interaction', 'unsubscribe'];
const $ = (id) => document.getElementById(id);
const message = $('message');
const kind = $('kind');
const segment = $('segment');

let sms;
try {
  sms = await import('../../dist/browser/sms-compliance.js');
} catch (error) {
  const note = $('load-error');
  note.hidden = false;
  note.textContent = `Could not load ../../dist/browser/sms-compliance.js — run \`npm run build\` first (${error.message}).`;
  throw error;
}

function options() {
  return { kind: kind.value, ...(segment.value === '' ? {} : { segment: segment.value }) };
}

function element(tag, attributes = {}, text = '') {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.textContent = text;
  return node;
}

/**
 * Splits the text at every layer and issue boundary and renders each piece with the layer it belongs to
 * and the issues that cover it. An issue about something missing has an empty span: it is drawn as a marker
 * at its position.
 */
function renderPreview(text, layers, issues) {
  const preview = $('preview');
  preview.replaceChildren();
  const cuts = new Set([0, text.length]);
  for (const layer of LAYERS) if (layers[layer]) cuts.add(layers[layer].start).add(layers[layer].end);
  for (const issue of issues) cuts.add(issue.start).add(issue.end);
  const points = [...cuts].sort((a, b) => a - b);

  const markersAt = (at) =>
    issues.filter((issue) => issue.start === at && issue.end === at).forEach((issue) => {
      preview.append(element('span', { class: 'missing', 'data-rule': issue.ruleId, title: issue.message }, '▾'));
    });

  for (let i = 0; i < points.length - 1; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    markersAt(from);
    const layer = LAYERS.find((name) => layers[name] && layers[name].start <= from && to <= layers[name].end);
    const covering = issues.filter((issue) => issue.start <= from && to <= issue.end && issue.start < issue.end);
    const classes = [];
    if (layer) classes.push(`layer-${layer}`);
    if (covering.length > 0) classes.push('issue', `severity-${worst(covering)}`);
    const attributes = { class: classes.join(' ') };
    if (layer) attributes['data-layer'] = layer;
    if (covering.length > 0) {
      attributes['data-rule'] = covering.map((issue) => issue.ruleId).join(' ');
      attributes.title = covering.map((issue) => `${issue.ruleId}: ${issue.message}`).join('\n');
    }
    preview.append(element('span', attributes, text.slice(from, to)));
  }
  markersAt(text.length);
}

function worst(issues) {
  return ['error', 'warning', 'info'].find((severity) => issues.some((issue) => issue.severity === severity));
}

function renderIssues(text, issues) {
  const list = $('issues');
  list.replaceChildren();
  if (issues.length === 0) list.append(element('li', { class: 'none' }, 'No issues.'));
  for (const issue of issues) {
    const item = element('li', { 'data-rule': issue.ruleId, class: `severity-${issue.severity}` });
    item.append(
      element('span', { class: 'rule' }, issue.ruleId),
      ' ',
      element('span', { class: `severity severity-${issue.severity}` }, issue.severity),
      ' ',
      element('q', {}, issue.excerpt === '' ? `(missing at ${issue.start})` : issue.excerpt),
      element('div', { class: 'message' }, issue.message),
    );
    if (issue.suggestion) {
      const label = issue.suggestion.text === '' ? 'Remove' : `Apply suggestion: ${issue.suggestion.text}`;
      const button = element('button', { type: 'button', class: 'apply' }, label);
      button.addEventListener('click', () => setText(sms.applyFixes(text, [issue])));
      item.append(button);
    }
    list.append(item);
  }
}

function update() {
  const text = message.value;
  const report = sms.lint(text, options());
  const structure = sms.checkStructure(text, { kind: kind.value });
  const length = sms.messageLength(text);
  const status = $('status');
  status.textContent = report.ok ? '✓ OK to send（可以发送）' : `✗ Not compliant（不可发送）: ${report.issues.filter((i) => i.severity === 'error').length} error(s)`;
  status.className = `status ${report.ok ? 'ok' : 'not-ok'}`;
  $('length').textContent = `${length.chars} characters · ${length.parts} billed part${length.parts === 1 ? '' : 's'} (${length.perPart} per part, ${length.encoding})`;
  renderPreview(text, structure.layers, report.issues);
  renderIssues(text, report.issues);
  $('fix-all').disabled = !report.issues.some((issue) => issue.suggestion);
  document.body.dataset.ready = 'true';
}

function setText(text) {
  message.value = text;
  update();
  message.focus();
}

message.addEventListener('input', update);
kind.addEventListener('change', update);
segment.addEventListener('change', update);
$('fix-all').addEventListener('click', () => setText(sms.applyFixes(message.value, sms.lint(message.value, options()).issues)));
for (const button of document.querySelectorAll('[data-sample]')) {
  button.addEventListener('click', () => setText(button.dataset.sample));
}
const fromHash = new URLSearchParams(location.hash.slice(1)).get('text');
setText(fromHash ?? '【XX银行】最低利息，50万额度秒批！回复1了解详情，回复2预约回电。');
