// A stand-in `trivy` executable packed like Trivy's GitHub release archive, served from 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exec } from '@gitops-actions/kit';

/**
 * Writes STANDIN_REPORT to --output (or stdout) like `trivy --format json`, exits with --exit-code
 * when the report has findings, and fails like Trivy when STANDIN_FAIL names a failure.
 */
const SCRIPT = `#!/bin/sh
out=""; code=0; args="$*"
while [ $# -gt 0 ]; do
  case "$1" in
    --output) out="$2"; shift 2 ;;
    --exit-code) code="$2"; shift 2 ;;
    *) shift ;;
  esac
done
[ -n "$STANDIN_ARGS" ] && echo "$args" >> "$STANDIN_ARGS"
case "$STANDIN_FAIL" in
  image) echo "2026-01-01T00:00:00Z	FATAL	Fatal error	run error: image scan error: unable to find the specified image \\"ghcr.io/acme/nope:1\\"" >&2; exit 1 ;;
  ratelimit) echo "FATAL	init error: DB error: failed to download vulnerability DB: TOOMANYREQUESTS: retry-after: 1s" >&2; exit 1 ;;
esac
if [ -n "$out" ]; then cp "$STANDIN_REPORT" "$out"; else cat "$STANDIN_REPORT"; fi
if grep -q '"VulnerabilityID"' "$STANDIN_REPORT"; then exit "$code"; fi
exit 0
`;

export async function buildReleaseArchive(dir: string, version: string): Promise<string> {
  const stage = path.join(dir, 'stage');
  await mkdir(stage, { recursive: true });
  await writeFile(path.join(stage, 'trivy'), SCRIPT);
  await chmod(path.join(stage, 'trivy'), 0o755);
  await writeFile(path.join(stage, 'LICENSE'), 'Apache-2.0 (stand-in)\n');
  const archive = path.join(dir, `trivy_${version}_Linux-64bit.tar.gz`);
  const result = await exec('tar', ['-czf', archive, '-C', stage, 'trivy', 'LICENSE']);
  if (result.code !== 0) throw new Error(result.stderr);
  return archive;
}

export async function writeStandinBinary(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'trivy');
  await writeFile(file, SCRIPT);
  await chmod(file, 0o755);
  return file;
}

export interface FileServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** Serves files of `dir` by name, like a release download mirror. */
export async function serveFiles(dir: string): Promise<FileServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const name = path.basename(decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
    readFile(path.join(dir, name)).then(
      (body) => {
        res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': body.length });
        res.end(body);
      },
      () => {
        res.writeHead(404);
        res.end('Not Found');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
