/**
 * The playground page: reads the form, calls the built library's `analyze()`, and shows what it
 * returned. There is no analysis here of its own: every figure, span and word on the page comes
 * from the `Analysis`.
 */
import { analyze, LEVELS, type Analysis, type AnalyzeOptions, type Channel, type Language, type Message } from 'complaint-signal';
import { EXAMPLES } from './examples.js';
import { pieces } from './highlight.js';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`playground: #${id} is missing from index.html`);
  return el as T;
}

const form = {
  example: byId<HTMLSelectElement>('example'),
  text: byId<HTMLTextAreaElement>('text'),
  language: byId<HTMLSelectElement>('language'),
  channel: byId<HTMLSelectElement>('channel'),
  at: byId<HTMLInputElement>('at'),
  history: byId<HTMLTextAreaElement>('history'),
  agent: byId<HTMLInputElement>('agent'),
  company: byId<HTMLInputElement>('company'),
};

/** A history line may start with a date or date-time, which becomes the contact's `at`. */
const DATED_LINE = /^(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)\s+(.+)$/;

function readHistory(value: string): Message[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, i) => {
      const dated = DATED_LINE.exec(line);
      const id = `earlier ${i + 1}`;
      return dated ? { id, text: dated[2]!, at: dated[1]!.replace(' ', 'T') } : { id, text: line };
    });
}

function formality(): 'formal' | 'informal' {
  return document.querySelector<HTMLInputElement>('input[name="formality"]:checked')?.value === 'informal' ? 'informal' : 'formal';
}

function readForm(): { message: Message; options: AnalyzeOptions } {
  const message: Message = { text: form.text.value, channel: form.channel.value as Channel };
  if (form.language.value === 'nl' || form.language.value === 'en') message.language = form.language.value as Language;
  if (form.at.value) message.at = form.at.value;
  const reply: NonNullable<AnalyzeOptions['reply']> = { formality: formality() };
  if (form.agent.value.trim()) reply.agentName = form.agent.value.trim();
  if (form.company.value.trim()) reply.companyName = form.company.value.trim();
  return { message, options: { history: readHistory(form.history.value), reply } };
}

/** Creates an element with a class and text; text goes in as a text node, never as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function renderLadder(a: Analysis): void {
  const ladder = byId('ladder');
  const reached = LEVELS.indexOf(a.level);
  ladder.replaceChildren(
    ...LEVELS.map((level, i) => {
      const step = el('li', i < reached ? 'below' : i === reached ? 'current' : 'above', level);
      step.dataset.level = level;
      if (i === reached) step.setAttribute('aria-current', 'step');
      return step;
    }),
  );
  byId('out-level').textContent = a.level;
  byId('out-complaint').textContent = a.isComplaint ? 'yes' : 'no';
  byId('out-confidence').textContent = pct(a.confidence);
  byId('out-score').textContent = a.score.toFixed(2);
  const priority = byId('out-priority');
  priority.textContent = a.priority;
  priority.className = `badge ${a.priority}`;
  byId('out-language').textContent = `${a.language} (${pct(a.languageConfidence)})`;
}

function renderText(text: string, a: Analysis): void {
  byId('highlighted').replaceChildren(
    ...pieces(text, a.facts, a.frustration).map((p) => (p.kind ? el('mark', p.kind, p.text) : document.createTextNode(p.text))),
  );
}

function meter(name: string, value: number, min: number): HTMLElement {
  const row = el('div', 'meter');
  row.dataset.name = name;
  const track = el('div', 'track');
  const fill = el('div', value < 0 ? 'fill negative' : 'fill');
  // a -1..1 scale grows both ways from its middle; a 0..1 scale from the left
  const zero = min < 0 ? 50 : 0;
  const width = min < 0 ? Math.abs(value) * 50 : value * 100;
  fill.style.left = `${value < 0 ? zero - width : zero}%`;
  fill.style.width = `${width}%`;
  track.append(fill);
  if (min < 0) track.append(el('div', 'zero'));
  row.append(el('span', 'name', name), track, el('span', 'value', value.toFixed(2)));
  return row;
}

function renderTone(a: Analysis): void {
  byId('tone').replaceChildren(meter('valence', a.tone.valence, -1), meter('anger', a.tone.anger, 0), meter('intensity', a.tone.intensity, 0));
}

function renderHistory(a: Analysis, contacts: number): void {
  const rows: Array<[string, string]> = [
    ['contacts given', String(contacts)],
    ['same issue', a.repetition.repeats.length ? a.repetition.repeats.join(', ') : 'none'],
    ['last 24 h / 7 d / 30 d', `${a.contact.last24h} / ${a.contact.last7d} / ${a.contact.last30d}`],
    ['repetition', a.repetition.score.toFixed(2)],
    ['contact pressure', a.contact.score.toFixed(2)],
    ['earlier complaints', `${a.profile.complaints} of ${a.profile.contacts}${a.profile.perpetual ? ' (complains often)' : ''}`],
  ];
  byId('history-out').replaceChildren(
    ...rows.map(([k, v]) => {
      const row = el('div');
      row.append(el('dt', '', k), el('dd', '', v));
      return row;
    }),
  );
}

function renderCues(a: Analysis): void {
  const body = byId('cues');
  if (a.cues.length === 0) {
    const row = el('tr');
    const cell = el('td', 'none', 'no cue fired');
    cell.colSpan = 3;
    row.append(cell);
    body.replaceChildren(row);
    return;
  }
  body.replaceChildren(
    ...a.cues.map((c) => {
      const row = el('tr');
      row.dataset.kind = c.kind;
      row.append(el('td', 'kind', c.kind), el('td', 'text', c.text), el('td', 'weight', c.weight.toFixed(2)));
      return row;
    }),
  );
}

function renderReply(a: Analysis): void {
  byId('reply').textContent = a.reply.text;
  byId('reply').lang = a.reply.language;
  byId('steps').textContent = `${a.reply.language === 'nl' ? 'Dutch' : 'English'} · ${a.reply.steps.join(' → ')}`;
}

function show(state: 'empty' | 'error' | 'output', error = ''): void {
  byId('empty').hidden = state !== 'empty';
  byId('error').hidden = state !== 'error';
  byId('error').textContent = error;
  byId('output').hidden = state !== 'output';
}

function update(): void {
  const { message, options } = readForm();
  if (message.text.trim() === '') {
    show('empty');
    return;
  }
  let a: Analysis;
  try {
    a = analyze(message, options);
  } catch (e) {
    show('error', e instanceof Error ? e.message : String(e));
    return;
  }
  renderLadder(a);
  renderText(message.text, a);
  renderTone(a);
  renderHistory(a, options.history?.length ?? 0);
  renderCues(a);
  renderReply(a);
  show('output');
}

function loadExample(index: number): void {
  const ex = EXAMPLES[index];
  if (!ex) return;
  form.text.value = ex.text;
  form.channel.value = ex.channel;
  form.at.value = ex.at;
  form.history.value = ex.history;
  form.language.value = 'auto';
  update();
}

form.example.append(el('option', '', 'choose a message…'), ...EXAMPLES.map((ex, i) => {
  const option = el('option', '', ex.label);
  option.value = String(i);
  return option;
}));
form.example.options[0]!.value = '';
form.example.addEventListener('change', () => {
  if (form.example.value !== '') loadExample(Number(form.example.value));
});
byId('form').addEventListener('input', (e) => {
  if (e.target !== form.example) update();
});
byId('form').addEventListener('submit', (e) => e.preventDefault());
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="formality"]')) radio.addEventListener('change', update);

loadExample(0);
form.example.value = '0';
