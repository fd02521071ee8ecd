// The `Argocd-reference-commit-*` trailers: which service commit a GitOps commit deploys. Argo CD's
// Source Hydrator and gitops-promoter read them from the commit message's trailer block
// (`git interpret-trailers --parse`), one `Key: value` line each, and drop a trailer whose value
// does not parse: sha 5-40 lowercase hex, author an RFC 5322 address, date RFC 3339, body a JSON
// string, repourl a URL. Built here once; promotion and rollback carry them forward from the commit
// that set the value they move.
import { httpUrlInput, InputError, shown, type InputReader } from '@gitops-actions/kit';

/** The service commit; an empty field is unknown and gets no trailer. */
export interface ReferenceCommit {
  sha: string;
  repoUrl: string;
  /** `Name <email>`. */
  author: string;
  /** RFC 3339, as `git show -s --format=%aI` prints it. */
  date: string;
  subject: string;
  /** The message without its subject line. */
  body: string;
}

type Field = keyof ReferenceCommit;

/** The trailer keys, spelled as Argo CD matches them (case-sensitive). */
export const REFERENCE_TRAILERS: Readonly<Record<Field, string>> = {
  sha: 'Argocd-reference-commit-sha',
  repoUrl: 'Argocd-reference-commit-repourl',
  author: 'Argocd-reference-commit-author',
  date: 'Argocd-reference-commit-date',
  subject: 'Argocd-reference-commit-subject',
  body: 'Argocd-reference-commit-body',
};

/** Written in this order (body last: it is the long one). */
const ORDER: readonly Field[] = ['sha', 'repoUrl', 'author', 'date', 'subject', 'body'];

/** The caller's names for the opt-out and the overrides. */
export interface ReferenceCommitInputNames {
  enabled: string;
  sha: string;
  repoUrl: string;
  author: string;
  date: string;
  subject: string;
}

export const REFERENCE_COMMIT_INPUTS: ReferenceCommitInputNames = {
  enabled: 'reference-commit',
  sha: 'reference-commit-sha',
  repoUrl: 'reference-commit-repourl',
  author: 'reference-commit-author',
  date: 'reference-commit-date',
  subject: 'reference-commit-subject',
};

/** The opt-out and the values the caller set by hand (each already checked). */
export interface ReferenceCommitInputs {
  enabled: boolean;
  overrides: Partial<ReferenceCommit>;
}

/** A full commit SHA, SHA-1 or SHA-256. */
export const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;
const EMAIL = /^[^\s<>@",;:\\()[\]]+@[^\s<>@",;:\\()[\]]+$/;
const ADDRESS = /^(.*?)\s*<([^<>]*)>$/s;
// Line breaks, C0/C1 controls, DEL and the characters that reorder or hide text.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const HAS_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
/** Bounds a trailer line; a longer subject is cut, a longer body is cut before encoding. */
const SUBJECT_LIMIT = 200;
const BODY_LIMIT = 2000;

/** Reads the opt-out and the overrides; every bad value is one InputError naming its input. */
export function readReferenceCommitInputs(
  raw: InputReader,
  names: ReferenceCommitInputNames = REFERENCE_COMMIT_INPUTS,
): ReferenceCommitInputs {
  const enabled = raw.boolean(names.enabled, true);
  const overrides: Partial<ReferenceCommit> = {};
  const sha = raw.string(names.sha).toLowerCase();
  if (sha) overrides.sha = shaInput(names.sha, sha);
  const repoUrl = raw.string(names.repoUrl);
  if (repoUrl) overrides.repoUrl = repoUrlInput(names.repoUrl, repoUrl);
  const author = raw.string(names.author);
  if (author) overrides.author = authorInput(names.author, author);
  const date = raw.string(names.date);
  if (date) overrides.date = dateInput(names.date, date);
  const subject = singleLine(raw.string(names.subject), SUBJECT_LIMIT);
  if (subject) overrides.subject = subject;
  return { enabled, overrides };
}

function shaInput(input: string, value: string): string {
  if (!FULL_SHA.test(value)) {
    throw new InputError(input, `${shown(value)} is not a full commit SHA (40 or 64 hexadecimal digits)`);
  }
  return value;
}

function repoUrlInput(input: string, value: string): string {
  const url = httpUrlInput(input, value, { tokenInput: input, example: 'https://github.com/owner/service' });
  if (!/^https?:\/\//i.test(value)) {
    throw new InputError(input, `${shown(value)} must start with https:// (the service repository's URL)`);
  }
  return url;
}

function authorInput(input: string, value: string): string {
  const author = formatAuthor(value);
  if (!author) {
    throw new InputError(
      input,
      `${shown(value)} is not a commit author; expected Name <email>, e.g. Jane Doe <jane@example.com>`,
    );
  }
  return author;
}

function dateInput(input: string, value: string): string {
  if (!isRfc3339(value)) {
    throw new InputError(
      input,
      `${shown(value)} is not an RFC 3339 date; expected e.g. 2025-06-09T13:50:18-04:00 (git show -s --format=%aI)`,
    );
  }
  return value;
}

function isRfc3339(value: string): boolean {
  return RFC3339.test(value) && !Number.isNaN(Date.parse(value));
}

/** One line of printable text: controls and line breaks become spaces, runs of spaces one. */
export function singleLine(text: string, limit = SUBJECT_LIMIT): string {
  const flat = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > limit ? `${chars.slice(0, limit - 1).join('')}…` : flat;
}

/**
 * `Name <email>` as RFC 5322 reads it (Go's net/mail, which Argo CD uses): a name with characters
 * outside a phrase is quoted. Empty when there is no usable email.
 */
export function formatAuthor(value: string, email?: string): string {
  const match = email === undefined ? ADDRESS.exec(value.trim()) : [value, value, email];
  const address = (match?.[2] ?? '').trim();
  if (!EMAIL.test(address)) return '';
  const name = singleLine(match?.[1] ?? '', 100).replace(/[<>]/g, '');
  if (!name) return `<${address}>`;
  if (/^[\p{L}\p{N} !#$%&'*+\-/=?^_`{|}~.]+$/u.test(name)) return `${name} <${address}>`;
  return `"${name.replace(/["\\]/g, (c) => `\\${c}`)}" <${address}>`;
}

/** The body as the trailer holds it: a JSON string, escaped so that it stays on one line. */
function encodeBody(body: string): string {
  const trimmed = body.replace(/\s+$/, '');
  const chars = [...trimmed];
  const cut = chars.length > BODY_LIMIT ? `${chars.slice(0, BODY_LIMIT - 1).join('')}…` : trimmed;
  return JSON.stringify(cut).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A field's trailer value, or '' when the value would not survive Argo CD's parser. */
function trailerValue(field: Field, value: string): string {
  switch (field) {
    case 'sha':
      return FULL_SHA.test(value) ? value : '';
    case 'repoUrl':
      return /^https?:\/\/[^\s@]+$/i.test(value) && !HAS_UNSAFE.test(value) ? value : '';
    case 'author':
      return formatAuthor(value);
    case 'date':
      return isRfc3339(value) ? value : '';
    case 'subject':
      return singleLine(value);
    case 'body':
      return value.trim() ? encodeBody(value) : '';
  }
}

/** The trailer lines, in a fixed order; none without a SHA (a reference to no commit is wrong). */
export function referenceTrailers(reference: ReferenceCommit | null | undefined): string[] {
  if (!reference || !trailerValue('sha', reference.sha)) return [];
  return ORDER.flatMap((field) => {
    const value = trailerValue(field, reference[field]);
    return value ? [`${REFERENCE_TRAILERS[field]}: ${value}`] : [];
  });
}

const TRAILER_LINE = /^[A-Za-z0-9][A-Za-z0-9-]*:\s/;

/**
 * The message with the trailers after a blank line; when the message already ends with a trailer
 * block (`Promoted-by: …`), they join it, since git reads only the last paragraph as trailers.
 * Earlier `Argocd-reference-commit-*` lines of that block give way to these.
 */
export function withReferenceTrailers(
  message: string,
  reference: ReferenceCommit | null | undefined,
): string {
  const trailers = referenceTrailers(reference);
  if (trailers.length === 0) return message;
  const text = message.replace(/\s+$/, '');
  const paragraphs = text.split(/\n[ \t]*\n/);
  const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1]! : '';
  const lines = last.split('\n');
  if (last && lines.every((l) => TRAILER_LINE.test(l))) {
    const kept = lines.filter((l) => !l.startsWith('Argocd-reference-commit-'));
    const head = paragraphs.slice(0, -1).join('\n\n');
    return `${head}\n\n${[...kept, ...trailers].join('\n')}\n`;
  }
  return `${text}\n\n${trailers.join('\n')}\n`;
}

/**
 * The reference a commit message carries, read as Argo CD reads it: the lines of the last
 * paragraph, a value dropped when it does not parse. Null when it names no commit.
 */
export function parseReferenceCommit(message: string): ReferenceCommit | null {
  const paragraphs = message.replace(/\s+$/, '').split(/\n[ \t]*\n/);
  const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1]! : '';
  const found: ReferenceCommit = { sha: '', repoUrl: '', author: '', date: '', subject: '', body: '' };
  const byKey = new Map(ORDER.map((f) => [REFERENCE_TRAILERS[f], f]));
  for (const line of last.split('\n')) {
    const at = line.indexOf(': ');
    const field = at > 0 ? byKey.get(line.slice(0, at)) : undefined;
    if (!field) continue;
    const value = line.slice(at + 2).trim();
    found[field] = field === 'body' ? decodeBody(value) : trailerValue(field, value);
  }
  return found.sha ? found : null;
}

function decodeBody(value: string): string {
  try {
    const body: unknown = JSON.parse(value);
    return typeof body === 'string' ? body : '';
  } catch {
    return '';
  }
}

/**
 * What is known, with the caller's overrides on top. Details known for another commit than the
 * final SHA are dropped (except the repository URL): a wrong author is worse than none.
 */
export function mergeReference(
  known: Partial<ReferenceCommit> | null | undefined,
  overrides: Partial<ReferenceCommit> = {},
): ReferenceCommit | null {
  const sha = overrides.sha ?? known?.sha ?? '';
  if (!sha) return null;
  const same = !known?.sha || known.sha === sha;
  const base = same ? (known ?? {}) : { repoUrl: known?.repoUrl };
  const pick = (f: Field): string => overrides[f] ?? base[f] ?? '';
  return {
    sha,
    repoUrl: pick('repoUrl'),
    author: pick('author'),
    date: pick('date'),
    subject: pick('subject'),
    body: pick('body'),
  };
}

/** Whether an API lookup could add anything: the author, date or subject is missing. */
export function isIncomplete(reference: ReferenceCommit | null | undefined): boolean {
  return Boolean(reference && (!reference.author || !reference.date || !reference.subject));
}
