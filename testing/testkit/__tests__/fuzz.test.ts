// The fuzz module's properties must be able to fail: each is shown failing on a fake action broken
// in exactly the way it guards against, and holding on one that behaves.
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { InputError, defineAction, runAction, shown, type ActionContext } from '@gitops-actions/kit';
import {
  assertProperties,
  checkProperties,
  closeServer,
  corruptInputs,
  fc,
  fuzzSettings,
  listenOnLoopback,
  poisonJson,
  refuse,
  runInProcess,
  startHostileServer,
  type FuzzCase,
  type PropertyName,
  type PropertySpec,
} from '../src/index.js';

const SECRET = 'zQ7vs3cr3t@value%x9';
const SPEC: PropertySpec = { inputNames: ['name', 'token', 'timeout'] };
const PAYLOAD = 'hello\n  ::warning::FORGED\n::set-output name=forged::1';

const fuzzCase = (over: Partial<FuzzCase> = {}): FuzzCase => ({
  inputs: { name: PAYLOAD, token: SECRET },
  secrets: [SECRET],
  hosts: ['127.0.0.1:9'],
  label: 'test',
  ...over,
});

/** A well-behaved action: it masks the token, prints the name through the safe path, refuses 'bad'. */
const good = defineAction({
  operation: 'greet',
  inputs: (raw) => ({ name: raw.string('name'), token: raw.secret('token') }),
  secrets: (i) => [i.token],
  run: (i, { log }) => {
    if (i.name === 'bad') throw new InputError('name', `must not be ${shown(i.name)}`);
    log.info(`Hello ${i.name}`);
    return Promise.resolve(i.name);
  },
  outputs: (name) => ({ greeting: `Hello ${name}` }),
});

/** A fake action: `body` run as every action runs, a throw turned into the one ::error line. */
const broken =
  (body: (ctx: ActionContext) => Promise<void> | void) =>
  (ctx: ActionContext): Promise<void> =>
    runAction('do it', async (c) => body(c), ctx);

const failed = async (action: (ctx: ActionContext) => Promise<void>, c = fuzzCase()) => {
  const run = await runInProcess(action, c);
  return new Set<PropertyName>(checkProperties(c, run, SPEC).map((v) => v.property));
};

describe('the fuzz properties', () => {
  it('hold for an action that prints outside text safely and masks its token', async () => {
    const c = fuzzCase();
    const run = await runInProcess(good, c);
    expect(run.exitCode).toBe(0);
    expect(run.files['GITHUB_OUTPUT']).toContain('Hello hello');
    expect(run.stdout).toContain('::stop-commands::');
    expect(() => assertProperties(c, run, SPEC)).not.toThrow();
    expect(process.exitCode).toBeUndefined();
  });

  it('hold for a refusal naming the input', async () => {
    const c = fuzzCase({ inputs: { name: 'bad', token: SECRET }, mustFail: "input 'name' is bad" });
    const run = await runInProcess(good, c);
    expect(run.exitCode).toBe(1);
    expect(checkProperties(c, run, SPEC)).toEqual([]);
  });

  it('(a) fail when a bad input is not refused', async () => {
    expect(await failed(good, fuzzCase({ mustFail: "input 'name' holds a command" }))).toEqual(
      new Set(['a']),
    );
  });

  it('(b) fail on an error that names no input or host, and on two errors', async () => {
    const vague = broken(() => {
      throw new Error('something broke');
    });
    expect(await failed(vague)).toEqual(new Set(['b']));
    const twice = broken(({ runner }) => {
      runner.annotate('error', "Input 'name' is wrong");
      runner.annotate('error', "Input 'name' is still wrong");
      process.exitCode = 1;
    });
    expect(await failed(twice)).toEqual(new Set(['b']));
    // "the name" is prose, not the input `name` (review of issue 12).
    const prose = broken(() => {
      throw new Error('could not greet the name: socket hang up');
    });
    expect(await failed(prose)).toEqual(new Set(['b']));
  });

  it('(b) accept an error naming the host the case used', async () => {
    const host = broken(() => {
      throw new Error('127.0.0.1:9 answered 502');
    });
    expect(await failed(host)).toEqual(new Set());
  });

  it('(c) fail when outside text reaches stdout raw, through process.stdout or console', async () => {
    const echo = broken(({ inputs }) => void process.stdout.write(`${inputs.string('name')}\n`));
    expect(await failed(echo)).toEqual(new Set(['c']));
    const viaConsole = broken(({ inputs }) => console.log(inputs.string('name')));
    expect(await failed(viaConsole)).toEqual(new Set(['c']));
    const afterCr = broken(() => void process.stdout.write('progress 10%\r::add-mask::FORGED-mask\n'));
    expect(await failed(afterCr)).toEqual(new Set(['c']));
    // A stop-commands from outside text hides every forged command after it from the parser.
    const stop = broken(
      () => void process.stdout.write('::stop-commands::FORGEDstop\n::set-output name=x::1\n'),
    );
    expect(await failed(stop)).toEqual(new Set(['c']));
  });

  it('(c) accept a stop-commands inside the guarded block kit prints', async () => {
    const guarded = broken(({ log }) => log.info('::stop-commands::FORGEDstop\n::warning::FORGED'));
    expect(await failed(guarded)).toEqual(new Set());
  });

  it('(d) fail on a stack trace', async () => {
    const trace = broken(() => console.error(new Error('boom').stack));
    expect(await failed(trace)).toEqual(new Set(['d']));
  });

  it('(e) fail on a secret in any form: printed, URL-encoded, in base64 in a temp file, in an output', async () => {
    const raw = broken(({ runner }) => runner.info(`token is ${SECRET}`));
    expect(await failed(raw)).toEqual(new Set(['e']));
    const encoded = broken(({ runner }) =>
      runner.annotate('warning', `https://x:${encodeURIComponent(SECRET)}@h`),
    );
    expect(await failed(encoded)).toEqual(new Set(['e']));
    const basic = Buffer.from(`x-access-token:${SECRET}`).toString('base64');
    const inTemp = broken(() => writeFile(join(process.env['RUNNER_TEMP']!, 'auth.json'), basic));
    expect(await failed(inTemp)).toEqual(new Set(['e']));
    const output = broken(({ runner }) => runner.setOutput('t', Buffer.from(SECRET).toString('base64')));
    expect(await failed(output)).toEqual(new Set(['e']));
  });

  it('(e) accept the ::add-mask:: line itself', async () => {
    const mask = broken(({ secrets }) => secrets.add(SECRET));
    expect(await failed(mask)).toEqual(new Set());
  });

  it('(f) fail when a run overruns its timeout', async () => {
    const slow = broken(() => new Promise<void>((resolve) => setTimeout(resolve, 300)));
    const c = fuzzCase({ timeoutMs: 100 });
    const run = await runInProcess(slow, c);
    expect(checkProperties(c, run, { ...SPEC, deadlineMarginMs: 50 }).map((v) => v.property)).toEqual(['f']);
    const hung = await runInProcess(() => new Promise<void>(() => {}), fuzzCase(), { hardLimitMs: 100 });
    expect(hung.hung).toBe(true);
    expect(checkProperties(fuzzCase(), hung, SPEC).map((v) => v.property)).toEqual(['f']);
  });

  it('restores process.env and the exit code after a case', async () => {
    const before = { ...process.env };
    await runInProcess(
      broken(() => {
        process.env['LEAKED'] = '1';
        process.exitCode = 3;
      }),
      fuzzCase(),
    );
    expect(process.env).toEqual(before);
    expect(process.exitCode).toBeUndefined();
  });

  it('make fast-check report a shrunk counterexample and its seed', async () => {
    const echo = broken(({ inputs }) => void process.stdout.write(`${inputs.string('name')}\n`));
    const arb = corruptInputs({ name: 'ok', token: SECRET }, { name: {}, token: { refuses: refuse.secret } });
    const result = await fc.check(
      fc.asyncProperty(arb, async (g) => {
        const c = fuzzCase({ ...g, secrets: [SECRET, ...g.secrets] });
        assertProperties(c, await runInProcess(echo, c), SPEC);
      }),
      { seed: 42, numRuns: 50 },
    );
    expect(result.failed).toBe(true);
    expect(result.seed).toBe(42);
    expect(result.counterexample).not.toBeNull();
  });
});

describe('the rules of the generator', () => {
  it('know the values inputs must refuse', () => {
    expect(refuse.integer(1, 100)('1e+23')).toBe(true);
    expect(refuse.integer(1, 100)('10')).toBe(false);
    expect(refuse.duration(86_400_000)('Infinity')).toBe(true);
    expect(refuse.duration(86_400_000)('90s')).toBe(false);
    expect(refuse.branch('promote/../x')).toBe(true);
    expect(refuse.branch('promote/prod/api')).toBe(false);
    expect(refuse.httpUrl('https://x-access-token:abc@h/x')).toBe(true);
    expect(refuse.httpUrl('https://h/x')).toBe(false);
    expect(refuse.repoPath('../x')).toBe(true);
    expect(refuse.keyPath('a.__proto__.b')).toBe(true);
  });

  it('read FUZZ_SEED and FUZZ_RUNS, with a fixed seed in CI', () => {
    expect(fuzzSettings({ FUZZ_SEED: '7', FUZZ_RUNS: '5' })).toEqual({ seed: 7, numRuns: 5 });
    expect(fuzzSettings({ CI: 'true' })).toEqual(fuzzSettings({ CI: '1' }));
    expect(fuzzSettings({}).numRuns).toBe(200);
  });
});

describe('the hostile server', () => {
  it('answers garbage, hangs, and poisons the answers of an upstream', async () => {
    const upstream = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: { health: { status: 'Healthy', message: 'fine' } } }));
    });
    const upstreamUrl = await listenOnLoopback(upstream);
    const hostile = await startHostileServer({ upstream: upstreamUrl });
    try {
      hostile.answer = () => ({ kind: 'poison', payload: '\n::warning::FORGED' });
      const poisoned = await (await fetch(`${hostile.url}/app`)).json();
      expect(poisoned).toEqual({
        status: { health: { status: 'Healthy', message: 'fine\n::warning::FORGED' } },
      });
      hostile.answer = () => ({ kind: 'text', status: 502, contentType: 'text/html', body: '<html>' });
      expect((await fetch(hostile.url)).status).toBe(502);
      hostile.answer = () => ({ kind: 'hang' });
      await expect(fetch(hostile.url, { signal: AbortSignal.timeout(200) })).rejects.toThrow();
      expect(hostile.requests).toHaveLength(3);
      hostile.reset();
      expect(hostile.requests).toEqual([]);
    } finally {
      await hostile.close();
      await closeServer(upstream);
    }
  });

  it('poisons only the free-text keys', () => {
    expect(poisonJson({ a: 'x', message: 'm', list: [{ title: 't' }] }, '!')).toEqual({
      a: 'x',
      message: 'm!',
      list: [{ title: 't!' }],
    });
  });
});
