/**
 * HTML bodies (Intercom, Freshdesk, Zendesk `html_body`) to plain text, in linear time:
 * one left-to-right scan with `indexOf`, and only single-class regexes that cannot backtrack.
 */

const BREAK_AFTER_CLOSE = new Set([
  'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'pre', 'section', 'article',
]);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  hellip: '\u2026', ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
  euro: '\u20ac', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
  eacute: '\u00e9', egrave: '\u00e8', euml: '\u00eb', iuml: '\u00ef', ouml: '\u00f6', uuml: '\u00fc', auml: '\u00e4',
};

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body.charCodeAt(0) === 35 /* # */) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const cp = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      if (cp === 160) return ' ';
      if (!Number.isFinite(cp) || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(cp);
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}

/** Collapses HTML source whitespace to one space and decodes entities (`&nbsp;` becomes a space). */
function textRun(s: string): string {
  return decodeEntities(s.replace(/[ \t\r\n\f]+/g, ' '));
}

function isTagStart(c: number): boolean {
  // a letter, `/` or `!` right after `<`; anything else (`a < b`, `<3`) is text
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 33;
}

/**
 * Turns an HTML fragment into plain text: tags are removed, `<br>` and the ends of paragraphs,
 * divs and list items become line breaks, common entities are decoded and runs of blank lines
 * are collapsed to one. Never throws; text that is not HTML comes back trimmed.
 */
export function htmlToText(html: string): string {
  const n = html.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += textRun(html.slice(i));
      break;
    }
    out += textRun(html.slice(i, lt));
    if (lt + 1 >= n || !isTagStart(html.charCodeAt(lt + 1))) {
      out += '<';
      i = lt + 1;
      continue;
    }
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      // no tag ever closes: the rest is text (`a <b`), not markup to drop
      out += textRun(html.slice(lt));
      break;
    }
    const m = /^(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(lt + 1, Math.min(gt, lt + 20)));
    i = gt + 1;
    if (!m) continue;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'br') out += '\n';
    else if (closing && BREAK_AFTER_CLOSE.has(name)) out += '\n';
    else if (!closing && (name === 'script' || name === 'style')) {
      const re = name === 'script' ? /<\/script\s*>/gi : /<\/style\s*>/gi;
      re.lastIndex = i;
      const end = re.exec(html);
      i = end ? end.index + end[0].length : n;
    }
  }
  return tidyLines(out);
}

/** Trims every line and keeps at most one blank line between paragraphs. */
export function tidyLines(s: string): string {
  const lines = s.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  let blank = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (kept.length > 0) blank = true;
      continue;
    }
    if (blank) kept.push('');
    blank = false;
    kept.push(line);
  }
  return kept.join('\n');
}
