// Block Kit as Slack's reference describes the blocks a notification uses, with their limits:
// a message holds at most 50 blocks; `header` takes a plain_text of at most 150 characters;
// `section` takes a text (≤ 3000) and/or fields (1–10, each ≤ 2000), at least one of them;
// `context` takes 1–10 text or image elements; `divider` nothing; `block_id` ≤ 255. A text object is
// `plain_text` (optional `emoji`) or `mrkdwn` (optional `verbatim`), with a non-empty `text`.
// The top-level `text` is the fallback; Slack truncates it past 40,000 characters.

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function textObject(where: string, value: unknown, max: number, only?: 'plain_text'): string[] {
  if (!isObject(value)) return [`${where} is not a text object`];
  const problems: string[] = [];
  const { type, text } = value;
  if (type !== 'plain_text' && type !== 'mrkdwn') problems.push(`${where}.type is ${String(type)}`);
  if (only && type !== only) problems.push(`${where} must be ${only}`);
  if (typeof text !== 'string' || text.length === 0) problems.push(`${where}.text is empty or not a string`);
  else if (text.length > max) problems.push(`${where}.text has ${text.length} characters (max ${max})`);
  if ('emoji' in value && (type !== 'plain_text' || typeof value['emoji'] !== 'boolean'))
    problems.push(`${where}.emoji is only a boolean of plain_text`);
  if ('verbatim' in value && (type !== 'mrkdwn' || typeof value['verbatim'] !== 'boolean'))
    problems.push(`${where}.verbatim is only a boolean of mrkdwn`);
  const extra = Object.keys(value).filter((k) => !['type', 'text', 'emoji', 'verbatim'].includes(k));
  if (extra.length) problems.push(`${where} has unknown fields ${extra.join(', ')}`);
  return problems;
}

function section(where: string, block: Json): string[] {
  const problems: string[] = [];
  const { text, fields } = block;
  if (text === undefined && fields === undefined) problems.push(`${where} has neither text nor fields`);
  if (text !== undefined) problems.push(...textObject(`${where}.text`, text, 3000));
  if (fields !== undefined) {
    if (!Array.isArray(fields) || fields.length === 0 || fields.length > 10)
      problems.push(`${where}.fields must hold 1 to 10 text objects`);
    else fields.forEach((f, i) => problems.push(...textObject(`${where}.fields[${i}]`, f, 2000)));
  }
  return problems;
}

function context(where: string, block: Json): string[] {
  const { elements } = block;
  if (!Array.isArray(elements) || elements.length === 0 || elements.length > 10)
    return [`${where}.elements must hold 1 to 10 elements`];
  return elements.flatMap((e, i) =>
    isObject(e) && e['type'] === 'image' ? [] : textObject(`${where}.elements[${i}]`, e, 3000),
  );
}

function block(where: string, value: unknown): string[] {
  if (!isObject(value)) return [`${where} is not an object`];
  const problems: string[] = [];
  const id = value['block_id'];
  if (id !== undefined && (typeof id !== 'string' || id.length > 255))
    problems.push(`${where}.block_id must be a string of at most 255 characters`);
  switch (value['type']) {
    case 'header':
      return [...problems, ...textObject(`${where}.text`, value['text'], 150, 'plain_text')];
    case 'section':
      return [...problems, ...section(where, value)];
    case 'context':
      return [...problems, ...context(where, value)];
    case 'divider':
      return problems;
    default:
      return [
        ...problems,
        `${where}.type ${JSON.stringify(value['type'])} is not a block this receiver knows`,
      ];
  }
}

/** What in a message does not follow Block Kit; empty when it does. */
export function blockProblems(message: Json): string[] {
  const problems: string[] = [];
  const { text, blocks } = message;
  if (text !== undefined && typeof text !== 'string') problems.push('text is not a string');
  if (typeof text === 'string' && text.length > 40_000) problems.push(`text has ${text.length} characters`);
  if (blocks === undefined) return problems;
  if (!Array.isArray(blocks) || blocks.length === 0 || blocks.length > 50)
    return [...problems, 'blocks must hold 1 to 50 blocks'];
  blocks.forEach((b, i) => problems.push(...block(`blocks[${i}]`, b)));
  return problems;
}
