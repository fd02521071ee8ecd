// (16.3) format flux through bump: the inputs that choose it, and a bump of Flux-marked files.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, InputError, InputReader, silentLogger } from '@gitops-actions/kit';
import { createBareRepo, listCommits, readFileAtBranch } from '@gitops-actions/standin-git-server';
import { bump, editText, readEditInputs, type BumpRequest } from '@gitops-actions/bump';

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api

spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:1.0.0 # {"$imagepolicy": "flux-system:api"}

        - name: web
          image: ghcr.io/acme/web:2.0.0 # {"$imagepolicy": "flux-system:web"}
`;
const RELEASE = `spec:
  values:
    image:
      repository: ghcr.io/acme/api # {"$imagepolicy": "flux-system:api:name"}
      tag: "1.0.0" # {"$imagepolicy": "flux-system:api:tag"}
    config: |
      level: debug

      port: 8080
`;

const reader = (values: Record<string, string>) =>
  new InputReader((name) => ({ files: 'apps/api/deploy.yaml', ...values })[name] ?? '');

describe('(16.3) readEditInputs with format flux', () => {
  it('takes key as the <namespace>:<policy> its markers name', () => {
    const parsed = readEditInputs(reader({ format: 'flux', key: 'flux-system:api', tag: '1.1.0' }));
    expect(parsed).toMatchObject({ format: 'flux', key: 'flux-system:api', files: ['apps/api/deploy.yaml'] });
  });

  it('refuses the Helm default key and any key that is not a policy, naming the key input', () => {
    for (const key of ['', 'image.tag', 'flux-system:api:tag', 'Flux:api']) {
      const values: Record<string, string> = { format: 'flux', tag: '1.1.0' };
      if (key) values['key'] = key;
      let error: unknown;
      try {
        readEditInputs(reader(values));
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/^Input 'key' .* does not name a Flux ImagePolicy: /);
      expect((error as Error).message).toContain('With format flux, key is the <namespace>:<policy>');
    }
  });

  it('still reads key as a key path for the other formats', () => {
    expect(readEditInputs(reader({ key: 'api.image.tag' })).key).toBe('api.image.tag');
  });
});

describe('(16.3) editText with format flux', () => {
  const spec = {
    format: 'flux' as const,
    image: '',
    tag: '1.1.0',
    digest: '',
    key: 'flux-system:api',
    digestKey: '',
  };

  it('edits only the marked scalars of the policy and keeps blank lines', () => {
    const edited = editText(spec, 'apps/api/deploy.yaml', DEPLOY);
    expect(edited.after).toBe(DEPLOY.replace('api:1.0.0', 'api:1.1.0'));
    expect(edited.edit.previousTag).toBe('1.0.0');
  });

  it('names the file and the policy when the file has no marker for it', () => {
    expect(() => editText({ ...spec, key: 'flux-system:pay' }, 'apps/api/deploy.yaml', DEPLOY)).toThrow(
      new ActionError(
        'edit apps/api/deploy.yaml',
        "no field carries a Flux marker for policy 'flux-system:pay' (markers found for: 'flux-system:api', " +
          '\'flux-system:web\'); mark the image field with # {"$imagepolicy": "flux-system:pay"} (or the tag, ' +
          'name and digest fields with :tag, :name, :digest), or leave the file out',
      ),
    );
  });
});

describe('(16.3) bump with format flux', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'bump-flux-'));
    await createBareRepo(root, 'acme/gitops', {
      'apps/api/deploy.yaml': DEPLOY,
      'apps/api/release.yaml': RELEASE,
    });
  });
  afterEach(() => rm(root, { recursive: true, force: true, maxRetries: 5 }));

  it('commits every marked field of the policy across files, byte-minimally', async () => {
    const request: BumpRequest = {
      url: `file://${path.join(root, 'acme/gitops.git')}`,
      repository: null,
      serverUrl: 'https://github.com',
      token: '',
      branch: 'main',
      files: ['apps/api/deploy.yaml', 'apps/api/release.yaml'],
      image: '',
      tag: '1.1.0',
      digest: '',
      key: 'flux-system:api',
      digestKey: '',
      format: 'flux',
      createMissing: false,
      commitMessage: 'chore(deploy): bump {image} to {tag}',
      author: { name: 'bot', email: 'bot@example.com' },
      maxAttempts: 3,
      dryRun: false,
    };
    const result = await bump(request, { log: silentLogger, random: () => 0 });
    expect(result).toMatchObject({ changed: true, previousTag: '1.0.0' });
    expect(result.changedFiles).toEqual(['apps/api/deploy.yaml', 'apps/api/release.yaml']);
    const read = (file: string) => readFileAtBranch(root, 'acme/gitops', 'main', file);
    expect(await read('apps/api/deploy.yaml')).toBe(DEPLOY.replace('api:1.0.0', 'api:1.1.0'));
    expect(await read('apps/api/release.yaml')).toBe(RELEASE.replace('"1.0.0"', '"1.1.0"'));
    expect(await listCommits(root, 'acme/gitops', 'main')).toHaveLength(2);
  });
});
