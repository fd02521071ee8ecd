import { InputError } from '@gitops-actions/kit';
import { casePattern } from './glob.js';

export interface AppRule {
  glob: string;
  app: string;
  pattern: RegExp;
}

/**
 * `<path glob>=<app>` lines; blank lines and `#` comments are skipped. The first `=` splits, so globs
 * cannot hold one but app names may; spaces belong to the glob and the name (paths may have them).
 */
export function parseAppMap(text: string, inputName: string): AppRule[] {
  const rules: AppRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const at = line.indexOf('=');
    const glob = at < 0 ? '' : line.slice(0, at);
    const app = at < 0 ? '' : line.slice(at + 1);
    if (glob.trim() === '' || app.trim() === '') {
      throw new InputError(inputName, `line ${index + 1} is not <path glob>=<app>`);
    }
    rules.push({ glob, app, pattern: casePattern(glob) });
  });
  return rules;
}

/** The apps whose glob matches at least one changed path, deduplicated and sorted. */
export function appsTouched(changed: readonly string[], rules: readonly AppRule[]): string[] {
  const apps = new Set<string>();
  for (const rule of rules) {
    if (changed.some((file) => rule.pattern.test(file))) apps.add(rule.app);
  }
  return [...apps].sort();
}

/**
 * The apps as a JSON array, for `fromJSON(...)` in a `strategy.matrix` (a monorepo's changed
 * services): a name travels as data, so quotes, commas or spaces in it cannot split or add entries;
 * `[]` when nothing matched, which a caller tests before starting the matrix (GitHub refuses an empty one).
 */
export function appsJson(apps: readonly string[]): string {
  return JSON.stringify([...apps]);
}
