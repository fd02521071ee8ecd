import { shown } from '@gitops-actions/kit';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Finding } from './report.js';

/**
 * An accepted finding. `policy` entries come from the policy YAML and must carry a
 * reason and an expiry; `ignore-file` entries follow Trivy's own `.trivyignore(.yaml)` semantics.
 */
export interface Exception {
  origin: 'policy' | 'ignore-file';
  /** File name or `policy`, for messages. */
  source: string;
  line: number;
  id: string;
  reason: string;
  /** `YYYY-MM-DD`, or '' when the entry never expires (ignore files only). */
  expires: string;
  paths: string[];
  packages: string[];
}

/** A policy or ignore file the action cannot use; the message carries the line. */
export class PolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyError';
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The file an error is about: the fixed word `policy`, or the ignore file's path as the input gave it. */
function label(source: string): string {
  return source === 'policy' ? "the 'policy' input" : shown(source);
}

interface Located {
  value: unknown;
  line: number;
}

function parseYaml(
  text: string,
  source: string,
): { doc: ReturnType<typeof parseDocument>; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = lines.linePos(error.pos[0]).line;
    throw new PolicyError(
      `${label(source)} is not valid YAML at line ${line}: ${shown(error.message.split('\n')[0] ?? '')}`,
    );
  }
  return { doc, lines };
}

function lineOf(node: Node | undefined, lines: LineCounter): number {
  return node?.range ? lines.linePos(node.range[0]).line : 0;
}

/** Items of a YAML sequence with the line each starts on. */
function items(node: unknown, lines: LineCounter): Located[] {
  if (!isSeq(node)) return [];
  return node.items.map((item) => ({
    value: ((item as Node | null)?.toJSON?.() as unknown) ?? item,
    line: lineOf(item as Node, lines),
  }));
}

function stringList(value: unknown, what: string, where: string): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => {
    if (typeof v !== 'string' && typeof v !== 'number')
      throw new PolicyError(`${where}: ${what} must be a list of strings`);
    return String(v);
  });
}

function dateText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  // A map or list where a date belongs is shown as written in the error, not as [object Object].
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

/**
 * The `policy` input: a YAML list of `{ id, reason, expires, paths?, packages? }`, or the same list
 * under an `exceptions:` key.
 */
export function parsePolicy(text: string, source = 'policy'): Exception[] {
  if (text.trim() === '') return [];
  const { doc, lines } = parseYaml(text, source);
  let list = doc.contents as unknown;
  if (isMap(list)) list = list.get('exceptions', true);
  if (!isSeq(list)) {
    throw new PolicyError(
      `${label(source)} must be a YAML list of exceptions (or a map with an 'exceptions:' list)`,
    );
  }
  return items(list, lines).map(({ value, line }, index) => policyEntry(value, line, index, source));
}

function policyEntry(value: unknown, line: number, index: number, source: string): Exception {
  const where = `${label(source)} entry ${index + 1} (line ${line})`;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new PolicyError(`${where} must be a map with id, reason and expires`);
  }
  const entry = value as Record<string, unknown>;
  const id = typeof entry['id'] === 'string' ? entry['id'].trim() : '';
  if (!id) throw new PolicyError(`${where} has no id`);
  const reason = typeof entry['reason'] === 'string' ? entry['reason'].trim() : '';
  if (!reason)
    throw new PolicyError(`${where} (${shown(id)}) has no reason; say why the finding is accepted`);
  const expires = dateText(entry['expires']);
  if (!expires)
    throw new PolicyError(`${where} (${shown(id)}) has no expires date (YYYY-MM-DD); exceptions must expire`);
  if (!DATE.test(expires) || Number.isNaN(Date.parse(`${expires}T00:00:00Z`))) {
    throw new PolicyError(
      `${where} (${shown(id)}) has expires ${shown(expires)}, expected a date like 2026-12-31`,
    );
  }
  const known = new Set(['id', 'reason', 'expires', 'paths', 'packages']);
  const unknown = Object.keys(entry).filter((k) => !known.has(k));
  if (unknown.length) {
    throw new PolicyError(
      `${where} (${shown(id)}) has unknown key ${unknown.map((v) => shown(v)).join(', ')}; allowed: ${[...known].join(', ')}`,
    );
  }
  return {
    origin: 'policy',
    source,
    line,
    id,
    reason,
    expires,
    paths: stringList(entry['paths'], 'paths', where),
    packages: stringList(entry['packages'], 'packages', where),
  };
}

/** Trivy's ignore file: `.trivyignore` (one ID per line, `exp:YYYY-MM-DD`) or `.trivyignore.yaml`. */
export function parseIgnoreFile(text: string, file: string): Exception[] {
  return /\.ya?ml$/i.test(file) ? parseIgnoreYaml(text, file) : parseIgnoreText(text, file);
}

function parseIgnoreText(text: string, file: string): Exception[] {
  const out: Exception[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const [id = '', ...rest] = line.split(/\s+/);
    const exp = rest.find((r) => r.startsWith('exp:'))?.slice(4) ?? '';
    if (exp && !DATE.test(exp))
      throw new PolicyError(`${label(file)} line ${i + 1}: exp:${shown(exp)} is not a date (YYYY-MM-DD)`);
    out.push({
      origin: 'ignore-file',
      source: file,
      line: i + 1,
      id,
      reason: `listed in ${file}`,
      expires: exp,
      paths: [],
      packages: [],
    });
  });
  return out;
}

const IGNORE_SECTIONS = ['vulnerabilities', 'misconfigurations', 'secrets', 'licenses'];

function parseIgnoreYaml(text: string, file: string): Exception[] {
  if (text.trim() === '') return [];
  const { doc, lines } = parseYaml(text, file);
  const root = doc.contents;
  if (!isMap(root))
    throw new PolicyError(`${label(file)} must be a map with ${IGNORE_SECTIONS.join(', ')} lists`);
  const out: Exception[] = [];
  for (const section of IGNORE_SECTIONS) {
    items(root.get(section, true), lines).forEach(({ value, line }) => {
      const entry = (value ?? {}) as Record<string, unknown>;
      const where = `${label(file)} ${section} (line ${line})`;
      const id = typeof entry['id'] === 'string' ? entry['id'] : '';
      if (!id) throw new PolicyError(`${where} has no id`);
      const expires = dateText(entry['expired_at']).slice(0, 10);
      if (expires && !DATE.test(expires))
        throw new PolicyError(`${where}: expired_at ${shown(expires)} is not a date`);
      const statement = typeof entry['statement'] === 'string' ? entry['statement'] : '';
      out.push({
        origin: 'ignore-file',
        source: file,
        line,
        id,
        reason: statement || `listed in ${file}`,
        expires,
        paths: stringList(entry['paths'], 'paths', where),
        packages: stringList(entry['purls'], 'purls', where),
      });
    });
  }
  return out;
}

/** An exception expires at the end of its `expires` day, UTC. */
export function isExpired(exception: Exception, now: Date): boolean {
  if (!exception.expires) return false;
  return now.getTime() >= Date.parse(`${exception.expires}T00:00:00Z`) + 86_400_000;
}

const globCache = new Map<string, RegExp>();

/** `**` spans folders, `*` and `?` stay inside one; as in Trivy's ignore paths. */
export function globToRegExp(glob: string): RegExp {
  let re = globCache.get(glob);
  if (re) return re;
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      out += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  re = new RegExp(`^${out}$`);
  globCache.set(glob, re);
  return re;
}

/** Whether an (unexpired) exception covers a finding: same ID, and its paths/packages if it has any. */
export function matches(exception: Exception, finding: Finding): boolean {
  if (exception.id !== finding.id) return false;
  if (exception.paths.length && !exception.paths.some((p) => globToRegExp(p).test(finding.result.target))) {
    return false;
  }
  if (exception.packages.length && !exception.packages.some((p) => packageMatches(p, finding))) return false;
  return true;
}

function packageMatches(pattern: string, finding: Finding): boolean {
  if (pattern.startsWith('pkg:')) {
    // A purl: compare its name@version tail, the part Trivy's own matching relies on.
    const tail = decodeURIComponent(
      pattern
        .replace(/[?#].*$/, '')
        .split('/')
        .pop() ?? '',
    );
    return tail === `${finding.pkgName.split('/').pop()}@${finding.installed}` || tail === finding.pkgName;
  }
  return pattern === finding.pkgName || pattern === finding.pkgId;
}
