// (12.12, 12.14) build-tag-push's inputs: every refusal names the input and quotes what it echoes.
import { InputError, InputReader } from '@gitops-actions/kit';
import { getInputs } from '../src/inputs.js';

const read = (inputs: Record<string, string>) => () =>
  getInputs(new InputReader((name) => inputs[name] ?? ''), {});
const base = { image: 'ghcr.io/acme/app' };

describe('(12.12) build-tag-push inputs', () => {
  it('(12.14) reads build-secrets and refuses a bad line naming the input, never the value', () => {
    const value = 'npm_secretToken0123456789abcdef';
    expect(read({ ...base, 'build-secrets': `token=${value}` })().buildSecrets).toEqual([
      { id: 'token', value },
    ]);
    expect(read(base)().buildSecrets).toEqual([]);
    expect(read({ ...base, 'build-secrets': value })).toThrow(
      "Input 'build-secrets' line 1 is not id=value (it has no '='; the line is not shown)",
    );
  });

  it('(12.12) quotes a bad platform, cache or number as given, escaped and cut', () => {
    expect(read({ ...base, platforms: 'linux/amd64, linux/arm64\u202e' })).toThrow(
      "Input 'platforms' has 'linux/arm64\\u{202E}', which is no platform such as linux/amd64 or linux/arm64/v8",
    );
    expect(read({ ...base, platforms: 'linux/amd64,linux/arm64/v8' })().platforms).toEqual([
      'linux/amd64',
      'linux/arm64/v8',
    ]);
    expect(read({ ...base, cache: 'x'.repeat(100) })).toThrow(
      `Input 'cache' must be one of gha, registry, none, got '${'x'.repeat(80)}…' (100 characters)`,
    );
    expect(read({ ...base, retries: '1'.repeat(30) })).toThrow(`got '${'1'.repeat(30)}'`);
    expect(read({ ...base, image: 'ghcr.io/acme/app\n::warning::x' })).toThrow(InputError);
    expect(read({ ...base, image: 'ghcr.io/acme/App\u202e' })).toThrow(
      "Input 'image' 'ghcr.io/acme/App\\u{202E}' has an invalid path component 'App\\u{202E}'",
    );
  });

  it('(17.5) reads provenance and sbom, off by default, and refuses them with a builder other than buildx', () => {
    expect(read(base)()).toMatchObject({ provenance: false, sbom: false });
    expect(read({ ...base, provenance: 'true', sbom: 'true', builder: 'buildx' })()).toMatchObject({
      provenance: true,
      sbom: true,
    });
    expect(read({ ...base, sbom: 'true', builder: 'podman' })).toThrow(
      "Input 'sbom' is true with builder: podman; only buildx (docker buildx) makes attestations: set builder: buildx, or sbom: false",
    );
    expect(read({ ...base, provenance: 'true', mode: 'build' })).toThrow(
      /^Input 'provenance' is true with mode: build;/,
    );
  });
});
