// Issue 12.2 for scan-gate: hostile URL and path inputs are refused before anything runs, with one
// error naming the input, and nothing they hold reaches the log as a workflow command.
import { Runner, createContext, inputEnvName, parseWorkflowCommands } from '@gitops-actions/kit';
import { run } from '../src/main.js';

const INJECTION = '\n::warning::forged\n::set-output name=passed::true';

/** Runs the action's edge with `inputs`; returns the commands the runner would read from its output. */
async function runWith(inputs: Record<string, string>) {
  const env = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputEnvName(k), v]));
  const lines: string[] = [];
  const saved = process.exitCode;
  try {
    await run(createContext(new Runner(env, (line) => lines.push(line))));
    return { commands: parseWorkflowCommands(lines.join('\n')), exitCode: process.exitCode };
  } finally {
    process.exitCode = saved;
  }
}

describe('(12.2) hostile inputs are refused, naming the input, and forge no command', () => {
  const cases: [input: string, value: string, expected: RegExp][] = [
    [
      'trivy-url',
      `https://mirror.example/{asset}${INJECTION}`,
      /^Input 'trivy-url' .* holds whitespace or a control character/,
    ],
    ['trivy-url', 'https://u:ghp_secret@mirror.example/{asset}', /^Input 'trivy-url' holds credentials/],
    [
      'trivy-url',
      'https://mirror.example/{version}/{flavour}',
      /^Input 'trivy-url' has unknown placeholder '\{flavour\}'/,
    ],
    ['trivy-url', 'ftp://mirror.example/{asset}', /^Input 'trivy-url' must use https:\/\//],
    [
      'sonar-host-url',
      `https://sonar.example${INJECTION}`,
      /^Input 'sonar-host-url' .* holds whitespace or a control character/,
    ],
    ['target', `app${INJECTION}`, /^Input 'target' .* holds a line break or a control character$/],
    ['trivy-path', `/bin/trivy${INJECTION}`, /^Input 'trivy-path' .* holds a line break/],
    ['sarif', `out.sarif\r::warning::x`, /^Input 'sarif' .* holds a line break/],
    ['sonar-project-key', `acme${INJECTION}`, /^Input 'sonar-project-key' .* is not a SonarQube project key/],
  ];
  it.each(cases)('(12.2) %s = %j', async (input, value, expected) => {
    const sonar: Record<string, string> = input.startsWith('sonar')
      ? { 'sonar-host-url': 'https://sonar.example', 'sonar-token': 'squ_0123456789' }
      : {};
    const { commands, exitCode } = await runWith({
      'scan-type': 'report',
      target: 'r.json',
      ...sonar,
      [input]: value,
    });
    expect(exitCode).toBe(1);
    expect(commands.map((c) => c.command)).toEqual(['error']);
    expect(commands[0]!.message).toMatch(expected);
    expect(commands[0]!.message).not.toContain('ghp_secret');
  });

  it('(12.2) keeps a good template as given, placeholders and all', async () => {
    const { getInputs } = await import('../src/inputs.js');
    const { InputReader } = await import('@gitops-actions/kit');
    const url = 'http://127.0.0.1:8080/v{version}/trivy_{version}_{os}-{arch}.tar.gz';
    const inputs = getInputs(new InputReader((name) => (name === 'trivy-url' ? url : '')));
    expect(inputs.trivyUrl).toBe(url);
  });
});

describe('the trivy-url template', () => {
  it("is Trivy's own, copied only for the cold start", async () => {
    const { trivyUrlTemplate } = await import('@gitops-actions/trivy');
    const { TRIVY_URL_TEMPLATE } = await import('../src/inputs.js');
    expect(TRIVY_URL_TEMPLATE).toEqual(trivyUrlTemplate({ trivyPath: 'trivy-path' }));
  });
});
