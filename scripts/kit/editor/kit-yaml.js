// How the web editor (Sveltia CMS, /admin/) reads and writes the kit's YAML content files
// (exhibition.yml, province.yml, infographics), registered by kit-editor.js as custom formats.
//
// Reading (fromFile): a text the kit allows in one form for both languages ("either" fields:
// `credit: "Nguyễn Văn A"`, `date: "1995"`) is shown in both language boxes; the file's own
// text travels with the entry under SOURCE, a key the editor's configuration does not declare
// (Sveltia keeps such keys and hands them back when saving; it would reset a "hidden" field).
//
// Writing (toFile): the edits are applied onto the original text, not by rewriting the file:
// only the values that changed are replaced, in their own style (quoted, plain, `|` block,
// `{ vi: ..., en: ... }` flow map); comments, blank lines, keys the editor does not know and
// untouched values stay byte for byte. List items are matched by position; new items and keys
// are appended in the style README.md shows hand editors; an "either" field whose two texts
// are still equal goes back to its one text. A new file is written in that same style.
//
// Pure functions of text and data (tests/kit/test_editor_format.py runs them under Node).

import YAML from './yaml/index.js';

export const SOURCE = '_kit_source';

const NEW_STYLE = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  defaultKeyType: 'PLAIN',
  defaultStringType: 'QUOTE_DOUBLE',
  flowCollectionPadding: false,
};

// ── paths ("items", "*", "credit") ────────────────────────────────────────────────────────

function matches(pattern, path) {
  return (
    pattern.length === path.length &&
    pattern.every((part, index) => part === '*' || part === String(path[index]))
  );
}

function isEither(shape, path) {
  return shape.either.some((pattern) => matches(pattern, path));
}

function isDeclared(shape, path) {
  return shape.declared.some((pattern) => matches(pattern, path));
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isEmpty(value) {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isPlainObject(value) && Object.keys(value).length === 0)
  );
}

// ── reading ───────────────────────────────────────────────────────────────────────────────

function lift(value, path, shape) {
  if (isEither(shape, path) && (typeof value === 'string' || typeof value === 'number')) {
    return Object.fromEntries(shape.codes.map((code) => [code, String(value)]));
  }
  if (Array.isArray(value)) return value.map((item, index) => lift(item, [...path, index], shape));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, lift(child, [...path, key], shape)]),
    );
  }
  return value;
}

function parse(text) {
  const document = YAML.parseDocument(text, { uniqueKeys: true, maxAliasCount: 0 });
  if (document.errors.length) throw document.errors[0];
  return document;
}

/** The entry the editor shows: the file's values, "either" texts in every language. */
export function fromFile(text, shape) {
  const document = parse(text);
  const root = shape.root ?? [];
  const node = root.length ? document.getIn(root, true) : document.contents;
  const values = root.length
    ? YAML.isMap(node) && node.toJS(document, { maxAliasCount: 0 })
    : document.toJS({ maxAliasCount: 0 });
  if (!isPlainObject(values ?? {})) {
    throw new Error(`the file must hold a block of "key: value" lines at ${root.join('.') || 'its top'}`);
  }
  return { ...lift(values ?? {}, [], shape), [SOURCE]: text };
}

// ── writing new text in the README's style ────────────────────────────────────────────────

function styled(node) {
  YAML.visit(node, {
    Seq(_, seq) {
      // A list of short values stays on one line, as hand editors write tags: [vn, 1995].
      if (!seq.items.every((item) => YAML.isScalar(item))) return;
      seq.flow = true;
      for (const item of seq.items) {
        if (plainText(item.value) !== null) item.type = 'PLAIN';
      }
    },
  });
  return node;
}

/** ``value`` as YAML lines (README style), each line indented by ``indent`` spaces. */
function newLines(value, indent) {
  const document = new YAML.Document(value, { version: '1.2' });
  styled(document.contents);
  const text = document.toString(NEW_STYLE).replace(/\n$/, '');
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

/** A text in both languages that replaces a one-form value on its own line. */
function flowBilingual(value) {
  return flowText(value, true);
}

function plainText(text) {
  if (typeof text !== 'string' || text.includes('\n') || text !== text.trim() || !text) {
    return null;
  }
  const document = new YAML.Document(text);
  document.contents.type = 'PLAIN';
  const written = document.toString({ lineWidth: 0 }).replace(/\n$/, '');
  if (written.includes('\n') || /^["']/.test(written)) return null;
  return YAML.parse(written) === text ? written : null;
}

function blockText(text, indent) {
  const body = text.replace(/\n+$/, '');
  if (!body || /^[ \t]/.test(body) || /[ \t]$/m.test(body)) return null;
  const trailing = text.length - body.length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const pad = ' '.repeat(indent);
  const lines = body.split('\n').map((line) => (line ? pad + line : ''));
  return `|${chomp}\n${lines.join('\n')}${trailing > 1 ? '\n'.repeat(trailing - 1) : ''}`;
}

/** ``value`` written in the style of the scalar it replaces. */
function scalarText(value, node, indent) {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const type = node?.type;
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    const block = blockText(value, indent);
    if (block !== null) return block;
  }
  if (type === 'PLAIN') {
    const plain = plainText(value);
    if (plain !== null) return plain;
  }
  if (type === 'QUOTE_SINGLE' && !value.includes('\n')) return `'${value.replaceAll("'", "''")}'`;
  return JSON.stringify(value);
}

// ── applying the edits onto the original text ─────────────────────────────────────────────

function sameScalar(original, value) {
  if (original === value) return true;
  if (isEmpty(original) && isEmpty(value)) return true;
  const scalar = (item) => ['string', 'number', 'boolean'].includes(typeof item);
  return scalar(original) && scalar(value) && String(original) === String(value);
}

function isNumeric(text) {
  return /^-?\d+(\.\d+)?$/.test(text.trim());
}

function lineStart(text, position) {
  return text.lastIndexOf('\n', position - 1) + 1;
}

function lineEnd(text, position) {
  // The position after the newline that ends the line holding ``position - 1``.
  if (position > 0 && text[position - 1] === '\n') return position;
  const newline = text.indexOf('\n', position);
  return newline === -1 ? text.length : newline + 1;
}

function column(text, position) {
  return position - lineStart(text, position);
}

class Edits {
  constructor(text) {
    this.text = text;
    this.list = [];
  }

  replace(start, end, replacement) {
    this.list.push({ start, end, replacement, order: this.list.length });
  }

  result() {
    let text = this.text;
    // From the end of the text backwards; of two insertions at one place, the one found first
    // (inside a nested value) ends up first.
    const ordered = [...this.list].sort((a, b) => b.start - a.start || b.order - a.order);
    for (const { start, end, replacement } of ordered) {
      text = text.slice(0, start) + replacement + text.slice(end);
    }
    return text;
  }
}

/** The one text of an "either" field whose language boxes hold the same text. */
function lowered(node, value, path, shape) {
  if (!isEither(shape, path) || !YAML.isScalar(node) || !isPlainObject(value)) return undefined;
  const texts = shape.codes.map((code) => value[code]);
  if (Object.keys(value).length !== shape.codes.length) return undefined;
  if (!texts.every((text) => typeof text === 'string' && text === texts[0])) return undefined;
  if (typeof node.value === 'number' && isNumeric(texts[0])) {
    return Number(texts[0]);
  }
  return texts[0];
}

function applyValue(edits, node, value, path, shape, indent) {
  const text = edits.text;
  const one = lowered(node, value, path, shape);
  if (one !== undefined) value = one;
  if (YAML.isMap(node) && isPlainObject(value)) {
    if (node.flow) return applyFlow(edits, node, value, path, shape);
    return applyMap(edits, node, value, path, shape);
  }
  if (YAML.isSeq(node) && Array.isArray(value)) {
    if (node.flow) return applyFlow(edits, node, value, path, shape);
    return applySeq(edits, node, value, path, shape);
  }
  if (YAML.isScalar(node) && !isPlainObject(value) && !Array.isArray(value)) {
    if (sameScalar(node.value, value)) return;
    const [start, end] = node.range;
    if (typeof node.value === 'number' && typeof value === 'string' && isNumeric(value)) {
      value = Number(value); // a number stays a number ("1995" typed in a text box)
    }
    // An empty key filled in is written as README.md shows (double-quoted), not "plain".
    let written = scalarText(value, node.value === null ? null : node, indent);
    // A `|` block ends with its line break; a text that replaces it must end the line too.
    if (text[end - 1] === '\n' && !written.endsWith('\n')) written += '\n';
    const at = emptyAt(text, node);
    if (at >= 0) edits.replace(at, at, ` ${written}`);
    else edits.replace(start, end, written);
    return;
  }
  // The kind of value changed (a text became a text per language, a list was emptied...).
  let [start, end] = node.range;
  let written;
  if (isPlainObject(value) && Object.values(value).every((item) => typeof item === 'string')) {
    written = flowBilingual(value);
  } else if (isEmpty(value) || !(isPlainObject(value) || Array.isArray(value))) {
    written = scalarText(value, null, indent);
  } else {
    written = `\n${newLines(value, indent)}`;
    // The block starts on the next line: the old value's line ends at its key.
    while (start > 0 && text[start - 1] === ' ') start -= 1;
  }
  const at = emptyAt(text, node);
  if (at >= 0) {
    edits.replace(at, at, written.startsWith('\n') ? written : ` ${written}`);
    return;
  }
  edits.replace(start, end, written);
}

/** Where the value of an empty key (`credit:`, `license:   # note`) is written: right after
 * its colon (or a list's dash), before any comment; -1 if the node is not an empty value. */
function emptyAt(text, node) {
  if (!YAML.isScalar(node) || node.value !== null) return -1;
  const [start, end] = node.range;
  if (text.slice(start, end).trim() !== '') return -1; // `~` or `null` written out
  let at = start;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at -= 1;
  return text[at - 1] === ':' || text[at - 1] === '-' ? at : -1;
}

function flowText(value, padded) {
  if (Array.isArray(value)) {
    const items = value.map((item) => flowText(item, padded));
    return padded ? `[ ${items.join(', ')} ]` : `[${items.join(', ')}]`;
  }
  if (isPlainObject(value)) {
    const parts = Object.entries(value).map(
      ([key, item]) => `${plainText(key) ?? JSON.stringify(key)}: ${flowText(item, padded)}`,
    );
    return padded ? `{ ${parts.join(', ')} }` : `{${parts.join(', ')}}`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  return value === null || value === undefined ? 'null' : String(value);
}

function applyFlow(edits, node, value, path, shape) {
  const text = edits.text;
  const keys = Array.isArray(value)
    ? node.items.map((_, index) => index)
    : node.items.map((pair) => (YAML.isScalar(pair.key) ? pair.key.value : undefined));
  const children = Array.isArray(value) ? node.items : node.items.map((pair) => pair.value);
  // The values as the file writes them: a one-form text whose languages agree is one text.
  const items = keys.map((key, index) => {
    const item = key === undefined ? undefined : value[key];
    return lowered(children[index], item, [...path, key], shape) ?? item;
  });
  const sameKeys = Array.isArray(value)
    ? node.items.length === value.length
    : node.items.length === Object.keys(value).length && keys.every((key) => key in value);
  const scalar = (item) => item === null || typeof item !== 'object';
  const alike = (child, item) =>
    (YAML.isScalar(child) && scalar(item)) ||
    (YAML.isMap(child) && isPlainObject(item)) ||
    (YAML.isSeq(child) && Array.isArray(item));
  if (sameKeys && children.every((child, index) => child?.range && alike(child, items[index]))) {
    // Only the values that changed, each in its own style: `{vi: "...", en: "..."}` stays.
    children.forEach((child, index) =>
      applyValue(edits, child, items[index], [...path, keys[index]], shape, 0),
    );
    return;
  }
  const written = Array.isArray(value) ? value : { ...value };
  keys.forEach((key, index) => {
    if (key !== undefined && key in written) written[key] = items[index];
  });
  const padded = text[node.range[0] + 1] === ' ';
  edits.replace(node.range[0], node.range[1], flowText(written, padded));
}

/** True if the node or a node inside it is named (`&name`) for use elsewhere (`*name`). */
function hasAnchor(node) {
  let found = false;
  YAML.visit(node, {
    Node(_, child) {
      if (child.anchor) found = true;
    },
  });
  return found || Boolean(node?.anchor);
}

function pairEnd(text, pair) {
  const end = pair.value?.range?.[1] ?? pair.key.range[1];
  return lineEnd(text, end);
}

function applyMap(edits, node, value, path, shape) {
  const text = edits.text;
  const indent = column(text, node.items[0].key.range[0]);
  const seen = new Set();
  node.items.forEach((pair, index) => {
    const key = YAML.isScalar(pair.key) ? pair.key.value : String(pair.key);
    seen.add(String(key));
    const childPath = [...path, key];
    if (!(key in value)) {
      const original = YAML.isNode(pair.value) ? pair.value.toJSON() : null;
      // Emptied in the editor (it leaves empty optional fields out): the line goes. A key the
      // editor does not know, or an empty value it dropped, stays.
      if (isEmpty(original) || !isDeclared(shape, childPath) || hasAnchor(pair.value)) return;
      if (shape.keepKeys) {
        // Settings whose key must stay (the brand block): an emptied text is written "".
        if (YAML.isScalar(pair.value)) edits.replace(...pair.value.range.slice(0, 2), '""');
        return;
      }
      const keyStart = pair.key.range[0];
      const start = lineStart(text, keyStart);
      const ownsLine = text.slice(start, keyStart).trim() === '';
      const next = node.items[index + 1];
      if (ownsLine) edits.replace(start, pairEnd(text, pair), '');
      else if (next) edits.replace(keyStart, next.key.range[0], '');
      return;
    }
    const child = value[key];
    // `? key` without a value: nothing the editor can show, left as it is.
    if (!YAML.isNode(pair.value)) return;
    applyValue(edits, pair.value, child, childPath, shape, indent + 2);
  });
  const added = Object.keys(value).filter((key) => !seen.has(key) && !isEmpty(value[key]));
  if (added.length) {
    const last = node.items.at(-1);
    const at = pairEnd(text, last);
    const lines = newLines(Object.fromEntries(added.map((key) => [key, value[key]])), indent);
    edits.replace(at, at, `${at > 0 && text[at - 1] !== '\n' ? '\n' : ''}${lines}\n`);
  }
}

function applySeq(edits, node, value, path, shape) {
  const text = edits.text;
  const items = node.items;
  const first = items[0];
  const dash = text.lastIndexOf('-', first.range[0] - 1);
  const indent = column(text, dash);
  const shared = Math.min(items.length, value.length);
  for (let index = 0; index < shared; index += 1) {
    applyValue(edits, items[index], value[index], [...path, index], shape, indent + 2);
  }
  if (value.length > items.length) {
    const last = items.at(-1);
    const at = lineEnd(text, last.range[1]);
    // Items separated by a blank line get one before the new items too.
    const spaced = items.length > 1 && items.slice(1).every((item) => item.spaceBefore);
    const added = value
      .slice(items.length)
      .map((item) => newLines([item], indent))
      .join(spaced ? '\n\n' : '\n');
    edits.replace(at, at, `${at > 0 && text[at - 1] !== '\n' ? '\n' : ''}${spaced ? '\n' : ''}${added}\n`);
  }
  if (value.length < items.length) {
    let start = lineStart(text, text.lastIndexOf('-', items[value.length].range[0] - 1));
    // The blank lines that set the removed items apart go with them.
    while (start >= 2 && text[start - 1] === '\n' && text[start - 2] === '\n') start -= 1;
    const end = lineEnd(text, items.at(-1).range[1]);
    edits.replace(start, end, '');
  }
}

/** The file's new text: the original with the edited values replaced, or a new file. */
export function toFile(data, shape) {
  const { [SOURCE]: source, ...values } = data;
  if (typeof source !== 'string' || !source.trim()) {
    const document = new YAML.Document(values, { version: '1.2' });
    styled(document.contents);
    return (shape.header ?? '') + document.toString(NEW_STYLE);
  }
  const document = parse(source);
  const root = shape.root ?? [];
  const node = root.length ? document.getIn(root, true) : document.contents;
  if (!YAML.isMap(node) || node.flow) {
    throw new Error(`the file must hold a block of "key: value" lines at ${root.join('.') || 'its top'}`);
  }
  // Only this block changes: the rest of the file (mkdocs.yml's settings, tags, anchors) is
  // never parsed into values, so it cannot be rewritten.
  const edits = new Edits(source);
  applyValue(edits, node, values, [], shape, 0);
  const result = edits.result();
  if (parse(result).errors.length) throw new Error('the edited file would not be valid YAML');
  return result;
}
