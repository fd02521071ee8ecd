// The smoke-test action's edge (issue 14.3), run in process as the runner would run it: inputs from
// INPUT_*, outputs and summary to their files, the log read back as the runner reads it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  Runner,
  createContext,
  inputEnvName,
  parseCommandFile,
  parseWorkflowCommands,
} from '@gitops-actions/kit';
import { startHttpService, type HttpService } from '@gitops-actions/standin-http';
import { run } from '../src/main.js';

const SECRET = 'smoke-token-5f2c9a71e0d4b3c8';
const FORGED = '\n::warning::forged\n::set-output name=result::passed';

let dir: string;
let service: HttpService;

beforeAll(async () => {
  service = await startHttpService({
    '/health': [{ status: 503, body: `down${FORGED}` }, { body: 'UP' }],
    '/down': [{ status: 503, body: `down${FORGED}` }],
    '/private': { answers: [{ body: 'ok' }], requireHeaders: { authorization: `Bearer ${SECRET}` } },
  });
});

afterAll(() => service.close());

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'smoke-test-main-'));
});

afterEach(async () => {
  expect(service.violations).toEqual([]);
  await rm(dir, { recursive: true, force: true });
});

async function runWith(inputs: Record<string, string>) {
  const env: Record<string, string> = {
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputEnvName(k), v])),
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
  };
  const lines: string[] = [];
  const saved = process.exitCode;
  try {
    await run(createContext(new Runner(env, (line) => lines.push(line))));
    const read = (f: string) => readFile(path.join(dir, f), 'utf8').catch(() => '');
    const stdout = lines.join('\n');
    return {
      exitCode: process.exitCode,
      stdout,
      commands: parseWorkflowCommands(stdout),
      outputs: parseCommandFile(await read('output')),
      summary: await read('summary'),
    };
  } finally {
    process.exitCode = saved;
  }
}

it('(14.3) passes once the service answers as expected, with outputs and a table of attempts', async () => {
  service.route('/health', [{ status: 503, body: `down${FORGED}` }, { body: 'UP' }]);
  const r = await runWith({ urls: `${service.url}/health`, 'expect-body': '^UP$', delay: '0s' });
  expect(r.exitCode).toBeUndefined();
  expect(r.outputs).toMatchObject({ result: 'passed', attempts: '2' });
  expect(JSON.parse(r.outputs['report'] ?? '')).toEqual([
    expect.objectContaining({ attempt: 1, status: 503, passed: false, problem: 'status 503 is not in 200' }),
    expect.objectContaining({ attempt: 2, status: 200, passed: true, problem: '' }),
  ]);
  expect(r.summary).toContain('### Smoke test passed: 1 of 1 URLs');
  expect(r.summary).toContain(`| \`GET ${service.url}/health\` | 2 | 200 |`);
  expect(r.commands).toEqual([]);
});

it('(14.3) fails with one error naming the URL, every attempt in the summary, nothing forged', async () => {
  const r = await runWith({
    urls: `${service.url}/health\nGET ${service.url}/down`,
    'expect-body': 'UP',
    retries: '3',
    delay: '0',
  });
  expect(r.exitCode).toBe(1);
  const errors = r.commands.filter((c) => c.command === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]?.message).toMatch(
    new RegExp(
      `^Could not smoke-test the deployed service: 1 of 2 URLs did not answer as expected: GET ${service.url}/down \\(3 attempts; last: status 503 is not in 200\\)`,
    ),
  );
  expect(r.commands.filter((c) => c.command !== 'error')).toEqual([]);
  expect(r.outputs).toMatchObject({ result: 'failed' });
  expect(r.summary).toContain('### Smoke test failed: 1 of 2 URLs');
  expect(r.summary.match(/\/down` \| \d \| 503 \|/g)).toHaveLength(3);
  // One log line per attempt.
  expect(r.stdout.match(/^GET .*\/down attempt \d\/3: 503/gm)).toHaveLength(3);
});

it('(14.3) masks a header value at once and sends it; it appears nowhere else', async () => {
  const r = await runWith({
    urls: `${service.url}/private`,
    headers: `Authorization: Bearer ${SECRET}\nAccept: text/plain`,
  });
  expect(r.exitCode).toBeUndefined();
  expect(r.outputs['result']).toBe('passed');
  expect(r.commands.filter((c) => c.command === 'add-mask').map((c) => c.message)).toContain(SECRET);
  const shown = r.stdout.replace(/^::add-mask::.*$/gm, '') + r.summary + JSON.stringify(r.outputs);
  expect(shown).not.toContain(SECRET);
});

describe('(14.3) a bad input gives one error naming it, and nothing is requested', () => {
  const url = () => `${service.url}/health`;
  const cases: [string, () => Record<string, string>, RegExp][] = [
    ['urls', () => ({ urls: '' }), /^Input 'urls' is required/],
    ['urls', () => ({ urls: 'ftp://example.com/x' }), /^Input 'urls' must use https:\/\//],
    ['urls', () => ({ urls: `https://user:${SECRET}@example.com/` }), /^Input 'urls' holds credentials/],
    ['urls', () => ({ urls: `FETCH ${url()}` }), /^Input 'urls' has unknown method 'FETCH'/],
    ['urls', () => ({ urls: `GET ${url()} extra` }), /^Input 'urls' line .* is not 'URL' or 'METHOD URL'/],
    [
      'expect-status',
      () => ({ urls: url(), 'expect-status': '200-199' }),
      /^Input 'expect-status' has '200-199'/,
    ],
    [
      'expect-status',
      () => ({ urls: url(), 'expect-status': 'ok' }),
      /^Input 'expect-status' has 'ok', not a status/,
    ],
    [
      'expect-body',
      () => ({ urls: url(), 'expect-body': '(unclosed' }),
      /^Input 'expect-body' '\(unclosed' is not a valid JavaScript regular expression/,
    ],
    [
      'expect-json',
      () => ({ urls: url(), 'expect-json': 'a..b=1' }),
      /^Input 'expect-json' line 'a\.\.b=1' is not path=value/,
    ],
    [
      'expect-json',
      () => ({ urls: url(), 'expect-json': 'a=1', 'expect-body': 'x' }),
      /^Input 'expect-json' cannot be given with 'expect-body'/,
    ],
    [
      'expect-body',
      () => ({ urls: `HEAD ${url()}`, 'expect-body': 'x' }),
      /^Input 'expect-body' cannot check HEAD/,
    ],
    ['retries', () => ({ urls: url(), retries: '0' }), /^Input 'retries' must be between 1 and 100/],
    ['delay', () => ({ urls: url(), delay: 'soon' }), /^Input 'delay' must be a duration/],
    ['timeout', () => ({ urls: url(), timeout: '10ms' }), /^Input 'timeout' must be between 100ms and 5m/],
    [
      'headers',
      () => ({ urls: url(), headers: `Bad Name: ${SECRET}` }),
      /^Input 'headers' line 1 is not 'Name: value'/,
    ],
    ['headers', () => ({ urls: url(), headers: 'Host: evil.example' }), /^Input 'headers' sets 'Host'/],
    [
      'headers',
      () => ({ urls: url(), headers: `X-Key: ${SECRET}\u0007` }),
      /^Input 'headers' header 'X-Key' holds a line break/,
    ],
  ];

  it.each(cases)('%s', async (_input, inputs, expected) => {
    const before = service.requests.length;
    const r = await runWith(inputs());
    expect(r.exitCode).toBe(1);
    const said = r.commands.filter((c) => c.command !== 'add-mask');
    expect(said.map((c) => c.command)).toEqual(['error']);
    expect(said[0]?.message).toMatch(expected);
    expect(r.stdout).not.toContain(SECRET);
    expect(r.outputs).toEqual({});
    expect(service.requests.length).toBe(before);
  });
});
