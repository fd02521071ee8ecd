// npx tsx scripts/release.ts --version X.Y.Z [--push] [--dry-run] [--repository owner/repo] [--notes-out FILE]
//
// A release is two commits on the current branch:
//   1. "release: vX.Y.Z"               CHANGELOG.md's `## Unreleased` becomes `## vX.Y.Z — <date>`;
//   2. "release: pin vX.Y.Z to <sha1>" every `uses:` of this repository's own actions and workflows
//      (reusable workflows, workflows-examples, the README's yaml snippets) names commit 1 by its full
//      SHA, so a caller pinning vX.Y.Z (or its SHA) runs exactly that code all the way down.
// Commit 2 gets the annotated tag vX.Y.Z, and the major tag vX moves to it. With --push all of it
// reaches origin in one atomic push. The workspace packages are private and versioned among themselves
// (0.1.0), so no package.json changes: the tag is the product's version.
// Dependency-free: git through execFile with argv arrays, never a shell.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_REPOSITORY = 'gitops-actions/gitops-actions';
/** Workflows that stay as they are: the release itself and CI run from this checkout, not by reference. */
const UNPINNED_WORKFLOWS = new Set(['release.yml', 'ci.yml']);
const VERSION = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;
const SHA = /^[0-9a-f]{40}$/;

export class ReleaseError extends Error {
  override name = 'ReleaseError';
}

export type Version = [number, number, number];

/** `X.Y.Z` as numbers, or null for anything else (a leading `v`, zeros in front, a pre-release). */
export function parseVersion(text: string): Version | null {
  const m = VERSION.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The highest `vX.Y.Z` among tag names, or null when there is none. */
export function lastVersion(tags: string[]): Version | null {
  const versions = tags
    .map((t) => (t.startsWith('v') ? parseVersion(t.slice(1)) : null))
    .filter((v): v is Version => v !== null);
  return versions.sort(compareVersions).at(-1) ?? null;
}

const UNRELEASED = /^## Unreleased[ \t]*$/m;

/**
 * The changelog with `## Unreleased` renamed `## vX.Y.Z — <date>` and a fresh empty `## Unreleased`
 * above it. Refused when there is no such section or nothing in it: a release says what it changes.
 */
export function moveUnreleased(changelog: string, version: string, date: string): string {
  const m = UNRELEASED.exec(changelog);
  if (!m) throw new ReleaseError('CHANGELOG.md has no `## Unreleased` section to release');
  const rest = changelog.slice(m.index + m[0].length);
  const next = /^## /m.exec(rest);
  if ((next ? rest.slice(0, next.index) : rest).trim() === '')
    throw new ReleaseError('CHANGELOG.md has nothing under `## Unreleased`: write what this release changes');
  return `${changelog.slice(0, m.index)}## Unreleased\n\n## v${version} — ${date}${rest}`;
}

/** The body of `## vX.Y.Z …` in the changelog (the release notes), or null when there is none. */
export function changelogSection(changelog: string, version: string): string | null {
  const heading = new RegExp(`^## v${version.replace(/\./g, '\\.')}(?:[ \\t].*)?$`, 'm').exec(changelog);
  if (!heading) return null;
  const rest = changelog.slice(heading.index + heading[0].length);
  const next = /^## /m.exec(rest);
  return `${(next ? rest.slice(0, next.index) : rest).trim()}\n`;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One `uses:` line of `repository` (`owner/repo@ref` or `owner/repo/<path>@ref`, quoted or not,
 * with or without a trailing comment). Groups: prefix, quote, target, ref, rest.
 */
function selfUsesLine(repository: string): RegExp {
  return new RegExp(
    `^(\\s*(?:-\\s+)?uses:\\s*)(['"]?)(${escapeRe(repository)}(?:/[^@\\s'"]*)?)@([^\\s'"#]+)\\2([ \\t]*(?:#.*)?)$`,
    'i',
  );
}

/** Calls `fn` on every line of `text` that is YAML: all of a workflow, the yaml fences of Markdown. */
function mapYamlLines(text: string, markdown: boolean, fn: (line: string, index: number) => string): string {
  let inYaml = !markdown;
  let fence = '';
  return text
    .split('\n')
    .map((line, index) => {
      if (markdown) {
        const open = /^\s*(`{3,}|~{3,})\s*(\S*)/.exec(line);
        if (open && !fence) {
          fence = open[1]!;
          inYaml = /^ya?ml$/i.test(open[2] ?? '');
          return line;
        }
        if (fence && line.trim().startsWith(fence)) {
          fence = '';
          inYaml = false;
          return line;
        }
      }
      return inYaml ? fn(line, index) : line;
    })
    .join('\n');
}

/** `text` with every self-reference pinned to `@<sha> # v<version>`; every other byte as it was. */
export function pinSelfReferences(
  text: string,
  opts: { repository: string; sha: string; version: string; markdown?: boolean },
): string {
  const re = selfUsesLine(opts.repository);
  return mapYamlLines(text, opts.markdown ?? false, (line) => {
    const m = re.exec(line);
    if (!m) return line;
    const [, prefix, quote, target, , rest = ''] = m;
    // An earlier release's `# vX.Y.Z` gives way; any other comment stays after the new one.
    const kept = /^\s*#\s*v\d+(?:\.\d+){0,2}\s*$/.test(rest) ? '' : rest;
    return `${prefix}${quote}${target}@${opts.sha}${quote} # v${opts.version}${kept}`;
  });
}

export interface SelfReference {
  line: number;
  target: string;
  ref: string;
}

/** Every `uses:` of `repository` in a workflow (or a Markdown file's yaml snippets), with its line. */
export function selfReferences(text: string, repository: string, markdown = false): SelfReference[] {
  const re = selfUsesLine(repository);
  const found: SelfReference[] = [];
  mapYamlLines(text, markdown, (line, index) => {
    const m = re.exec(line);
    if (m) found.push({ line: index + 1, target: m[3]!, ref: m[4]! });
    return line;
  });
  return found;
}

/**
 * The self-references that break a pin: on a release commit anything but a full SHA; on a branch
 * (`allowMajor`) anything but a full SHA or the moving major tag `v<N>`.
 */
export function selfReferenceProblems(
  text: string,
  opts: { repository: string; allowMajor: boolean; markdown?: boolean },
): string[] {
  return selfReferences(text, opts.repository, opts.markdown)
    .filter(({ ref }) => !SHA.test(ref) && !(opts.allowMajor && /^v\d+$/.test(ref)))
    .map(
      ({ line, target, ref }) =>
        `line ${line}: ${target}@${ref} is ${opts.allowMajor ? 'neither a major tag nor' : 'not'} a full commit SHA`,
    );
}

/** The files a release pins, relative to the repository root. */
export async function pinnedFiles(root: string): Promise<string[]> {
  const yamlIn = async (dir: string, skip: Set<string>): Promise<string[]> => {
    const names = await readdir(path.join(root, dir)).catch(() => [] as string[]);
    return names
      .filter((n) => /\.ya?ml$/.test(n) && !skip.has(n))
      .sort()
      .map((n) => `${dir}/${n}`);
  };
  const readme = await readFile(path.join(root, 'README.md')).then(
    () => ['README.md'],
    () => [],
  );
  return [
    ...(await yamlIn('.github/workflows', UNPINNED_WORKFLOWS)),
    ...(await yamlIn('workflows-examples', new Set())),
    ...readme,
  ];
}

export type Git = (args: string[]) => Promise<string>;

/** git in `cwd` through execFile (argv, no shell); a failure is a ReleaseError quoting git. */
export function gitIn(cwd: string, env: NodeJS.ProcessEnv = process.env): Git {
  return (args) =>
    new Promise((resolve, reject) => {
      execFile('git', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error)
          reject(new ReleaseError(`git ${args.join(' ')} failed: ${String(stderr).trim() || error.message}`));
        else resolve(String(stdout));
      });
    });
}

export interface ReleaseOptions {
  cwd: string;
  version: string;
  /** owner/repo whose `uses:` are pinned. */
  repository: string;
  /** The changelog date, YYYY-MM-DD. */
  date: string;
  push?: boolean;
  dryRun?: boolean;
  remote?: string;
  log?: (text: string) => void;
  git?: Git;
}

export interface ReleaseResult {
  tag: string;
  majorTag: string;
  branch: string;
  /** Empty in a dry run. */
  codeCommit: string;
  pinCommit: string;
  /** The files commit 2 changes. */
  pinned: string[];
  notes: string;
}

/** Refuses a dirty tree, a bad version, an existing tag and a version not above the last one. */
async function preflight(git: Git, version: string): Promise<{ branch: string }> {
  const parsed = parseVersion(version);
  if (!parsed)
    throw new ReleaseError(
      `version ${JSON.stringify(version.slice(0, 40))} is not X.Y.Z (digits, no leading zeros, no v)`,
    );
  const dirty = (await git(['status', '--porcelain', '--untracked-files=all'])).trim();
  if (dirty)
    throw new ReleaseError(
      `the working tree is not clean; commit or remove these first:\n${dirty.split('\n').slice(0, 10).join('\n')}`,
    );
  const branch = (await git(['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '')).trim();
  if (!branch) throw new ReleaseError('HEAD is detached: check out the branch to release from');
  const tags = (await git(['tag', '--list'])).split('\n').filter(Boolean);
  if (tags.includes(`v${version}`))
    throw new ReleaseError(`tag v${version} already exists: a released version is never made again`);
  const last = lastVersion(tags);
  if (last && compareVersions(parsed, last) <= 0)
    throw new ReleaseError(`v${version} is not above the last release v${last.join('.')}`);
  return { branch };
}

/** Reads each pinned file and returns the ones the pin changes, with their new text. */
async function pinEdits(
  root: string,
  opts: { repository: string; sha: string; version: string },
): Promise<Array<{ file: string; before: string; after: string }>> {
  const edits = [];
  for (const file of await pinnedFiles(root)) {
    const before = await readFile(path.join(root, file), 'utf8');
    const after = pinSelfReferences(before, { ...opts, markdown: file.endsWith('.md') });
    if (after !== before) edits.push({ file, before, after });
  }
  return edits;
}

/** A unified diff of two texts, through git (no index, no repository needed). */
async function diff(file: string, before: string, after: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'release-diff-'));
  try {
    await writeFile(path.join(dir, 'a'), before);
    await writeFile(path.join(dir, 'b'), after);
    const out = await new Promise<string>((resolve) =>
      execFile('git', ['diff', '--no-index', '--no-color', 'a', 'b'], { cwd: dir }, (_e, stdout) =>
        resolve(String(stdout)),
      ),
    );
    return out
      .replace(/^diff --git a\/a b\/b$/m, `diff --git a/${file} b/${file}`)
      .replace(/^--- a\/a\n\+\+\+ b\/b$/m, `--- a/${file}\n+++ b/${file}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Makes (or with dryRun, shows) the release; see the top of this file. */
export async function release(opts: ReleaseOptions): Promise<ReleaseResult> {
  const git = opts.git ?? gitIn(opts.cwd);
  const log = opts.log ?? ((t: string) => process.stdout.write(`${t}\n`));
  const tag = `v${opts.version}`;
  const { branch } = await preflight(git, opts.version);
  const majorTag = `v${parseVersion(opts.version)![0]}`;
  const changelogPath = path.join(opts.cwd, 'CHANGELOG.md');
  const changelog = await readFile(changelogPath, 'utf8').catch(() => {
    throw new ReleaseError('CHANGELOG.md does not exist: it holds the release notes');
  });
  const released = moveUnreleased(changelog, opts.version, opts.date);
  const notes = changelogSection(released, opts.version) ?? '';
  const subject1 = `release: ${tag}`;
  if (opts.dryRun) return dryRun(opts, { branch, tag, majorTag, changelog, released, notes, log });

  await writeFile(changelogPath, released);
  await git(['add', '--', 'CHANGELOG.md']);
  await git(['commit', '--quiet', '-m', subject1, '--', 'CHANGELOG.md']);
  const codeCommit = (await git(['rev-parse', 'HEAD'])).trim();
  const edits = await pinEdits(opts.cwd, {
    repository: opts.repository,
    sha: codeCommit,
    version: opts.version,
  });
  for (const { file, after } of edits) await writeFile(path.join(opts.cwd, file), after);
  const files = edits.map((e) => e.file);
  if (files.length > 0) await git(['add', '--', ...files]);
  await git(['commit', '--quiet', '--allow-empty', '-m', `release: pin ${tag} to ${codeCommit}`]);
  const pinCommit = (await git(['rev-parse', 'HEAD'])).trim();
  await git(['tag', '-a', tag, '-m', tag, pinCommit]);
  await git(['tag', '-f', '-a', majorTag, '-m', `${majorTag} (${tag})`, pinCommit]);
  log(
    `${subject1}: ${codeCommit}\nrelease: pin ${tag}: ${pinCommit} (${files.join(', ') || 'nothing to pin'})`,
  );
  log(`tagged ${tag}; ${majorTag} moved to it`);
  if (opts.push) {
    const remote = opts.remote ?? 'origin';
    // One atomic push: the branch and vX.Y.Z land together or not at all; `+` forces only the major tag.
    await git([
      'push',
      '--atomic',
      remote,
      `HEAD:refs/heads/${branch}`,
      `refs/tags/${tag}`,
      `+refs/tags/${majorTag}`,
    ]);
    log(`pushed ${branch}, ${tag} and ${majorTag} to ${remote}`);
  }
  return { tag, majorTag, branch, codeCommit, pinCommit, pinned: files, notes };
}

const PLACEHOLDER_SHA = '0'.repeat(40);

async function dryRun(
  opts: ReleaseOptions,
  d: {
    branch: string;
    tag: string;
    majorTag: string;
    changelog: string;
    released: string;
    notes: string;
    log: (t: string) => void;
  },
): Promise<ReleaseResult> {
  const edits = await pinEdits(opts.cwd, {
    repository: opts.repository,
    sha: PLACEHOLDER_SHA,
    version: opts.version,
  });
  d.log(
    [
      `Dry run: nothing is committed, tagged or pushed. On ${d.branch}:`,
      `  commit 1  release: ${d.tag}   (CHANGELOG.md)`,
      `  commit 2  release: pin ${d.tag} to <commit 1>   (${edits.map((e) => e.file).join(', ') || 'nothing to pin'})`,
      `  tag ${d.tag} (annotated) on commit 2; ${d.majorTag} moved (forced) to it`,
      opts.push
        ? `  push --atomic to ${opts.remote ?? 'origin'}: ${d.branch}, ${d.tag}, +${d.majorTag}`
        : '  no push',
      `The pins show commit 1's SHA, not known before it is made, as ${PLACEHOLDER_SHA}.`,
      '',
    ].join('\n'),
  );
  d.log(await diff('CHANGELOG.md', d.changelog, d.released));
  for (const { file, before, after } of edits) d.log(await diff(file, before, after));
  return {
    tag: d.tag,
    majorTag: d.majorTag,
    branch: d.branch,
    codeCommit: '',
    pinCommit: '',
    pinned: edits.map((e) => e.file),
    notes: d.notes,
  };
}

interface CliArgs {
  version: string;
  push: boolean;
  dryRun: boolean;
  repository: string;
  notesOut: string;
  date: string;
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv, today: Date): CliArgs {
  const args: CliArgs = {
    version: '',
    push: false,
    dryRun: false,
    repository: env['GITHUB_REPOSITORY'] || DEFAULT_REPOSITORY,
    notesOut: '',
    date: today.toISOString().slice(0, 10),
  };
  const valued = {
    '--version': 'version',
    '--repository': 'repository',
    '--notes-out': 'notesOut',
    '--date': 'date',
  } as const;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--push') args.push = true;
    else if (a === '--dry-run') args.dryRun = true;
    else if (a in valued && argv[i + 1] !== undefined) args[valued[a as keyof typeof valued]] = argv[++i]!;
    else throw new ReleaseError(`unknown or incomplete argument ${JSON.stringify(a.slice(0, 40))}`);
  }
  if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(args.repository))
    throw new ReleaseError(`repository ${JSON.stringify(args.repository.slice(0, 80))} is not owner/repo`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(args.date)) throw new ReleaseError('--date is YYYY-MM-DD');
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), process.env, new Date());
  const result = await release({ cwd: process.cwd(), ...args });
  if (args.notesOut) await writeFile(args.notesOut, result.notes);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`release: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
