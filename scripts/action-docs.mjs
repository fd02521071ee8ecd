// Regenerates the inputs/outputs tables of every actions/<name>/README.md from its action.yml.
// `--check` fails instead of writing when a README is stale (CI runs that).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- action-docs:start (generated from action.yml by npm run docs) -->';
const END = '<!-- action-docs:end -->';
const check = process.argv.includes('--check');

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .trim();

function tables(meta) {
  const inputs = Object.entries(meta.inputs ?? {}).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``} | ${cell(spec.description)} |`,
  );
  const outputs = Object.entries(meta.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`,
  );
  return [
    START,
    '## Inputs',
    '',
    '| input | required | default | description |',
    '|---|---|---|---|',
    ...inputs,
    '',
    '## Outputs',
    '',
    '| output | description |',
    '|---|---|',
    ...outputs,
    END,
  ].join('\n');
}

// Every actions/<name>/action.yml documents itself in actions/<name>/README.md; the root action.yml
// (the one-step deploy, `deploy` in the CLI) in actions/deploy/README.md, beside its sources.
const targets = readdirSync(path.join(root, 'actions'))
  .sort()
  .filter((name) => existsSync(path.join(root, 'actions', name, 'action.yml')))
  .map((name) => ({ name, yml: path.join(root, 'actions', name, 'action.yml') }));
if (existsSync(path.join(root, 'action.yml')) && !targets.some((t) => t.name === 'deploy')) {
  targets.push({ name: 'deploy', yml: path.join(root, 'action.yml') });
}

let stale = 0;
for (const { name, yml } of targets) {
  const readme = path.join(root, 'actions', name, 'README.md');
  const current = existsSync(readme) ? readFileSync(readme, 'utf8') : `# ${name}\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) {
    console.error(`actions/${name}/README.md has no ${START} … ${END} section`);
    stale++;
    continue;
  }
  const next =
    current.slice(0, start) + tables(parse(readFileSync(yml, 'utf8'))) + current.slice(end + END.length);
  if (next === current) continue;
  if (check) {
    console.error(`actions/${name}/README.md is stale: run npm run docs`);
    stale++;
  } else {
    writeFileSync(readme, next);
    console.log(`updated actions/${name}/README.md`);
  }
}
if (stale) process.exitCode = 1;
