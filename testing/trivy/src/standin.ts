// The one stand-in for the `trivy` executable: the real one needs its vulnerability database, which
// cannot be downloaded here. It is written as a plain file (createTrivyStandIn, writeStandinBinary)
// or packed like Trivy's GitHub release archive and served from 127.0.0.1 (buildReleaseArchive,
// serveFiles), so the install path is exercised too.
import { createServer, type Server } from 'node:http';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exec } from '@gitops-actions/kit';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';

/**
 * Writes a report to --output (or stdout) like `trivy --format json`: STANDIN_REPORT when set,
 * else `reports/<kind>.json` beside the executable (what setReport wrote for `trivy fs|image`).
 * Exits with --exit-code when the report has findings; fails like Trivy when STANDIN_FAIL names a
 * failure; appends its arguments to the file STANDIN_ARGS names.
 */
const SCRIPT = `#!/bin/sh
kind="$1"; out=""; code=0; args="$*"
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
report="\${STANDIN_REPORT:-$(dirname "$0")/reports/$kind.json}"
[ -f "$report" ] || { echo "FATAL	stand-in has no report for '$kind'" >&2; exit 1; }
if [ -n "$out" ]; then cp "$report" "$out"; else cat "$report"; fi
if grep -q '"VulnerabilityID"' "$report"; then exit "$code"; fi
exit 0
`;

export interface TrivyStandIn {
  /** Path of the executable, for scan-gate's `trivy-path`. */
  binary: string;
  /** Sets the report the next `trivy <kind>` scans produce (when STANDIN_REPORT is not set). */
  setReport(kind: 'fs' | 'image', report: TrivyReport): Promise<void>;
}

export interface TrivyReport {
  SchemaVersion: 2;
  ArtifactName: string;
  ArtifactType: string;
  Results: Array<{ Target: string; Class: string; Type: string; Vulnerabilities?: TrivyVulnerability[] }>;
}

export interface TrivyVulnerability {
  VulnerabilityID: string;
  PkgID: string;
  PkgName: string;
  InstalledVersion: string;
  FixedVersion: string;
  Status: string;
  Severity: string;
  Title: string;
  PrimaryURL: string;
}

/** Writes `dir/trivy`; its reports come from STANDIN_REPORT or from setReport. */
export async function createTrivyStandIn(dir: string): Promise<TrivyStandIn> {
  const binary = await writeStandinBinary(dir);
  const reports = path.join(dir, 'reports');
  await mkdir(reports, { recursive: true });
  return {
    binary,
    setReport: (kind, report) =>
      writeFile(path.join(reports, `${kind}.json`), JSON.stringify(report, null, 2)),
  };
}

export async function writeStandinBinary(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'trivy');
  await writeFile(file, SCRIPT);
  await chmod(file, 0o755);
  return file;
}

export async function buildReleaseArchive(dir: string, version: string): Promise<string> {
  const stage = path.join(dir, 'stage');
  await writeStandinBinary(stage);
  await writeFile(path.join(stage, 'LICENSE'), 'Apache-2.0 (stand-in)\n');
  const archive = path.join(dir, `trivy_${version}_Linux-64bit.tar.gz`);
  const result = await exec('tar', ['-czf', archive, '-C', stage, 'trivy', 'LICENSE']);
  if (result.code !== 0) throw new Error(result.stderr);
  return archive;
}

/** How a download fails instead of being served: a status with a short body, or a proxy's HTML page. */
export type FileServerFault = 503 | 429 | 404 | 'html';

export interface FileServer {
  url: string;
  requests: string[];
  /** The next `times` requests fail with `fault`. */
  fail(fault: FileServerFault, times?: number): void;
  close(): Promise<void>;
}

/** Serves files of `dir` by name, like a release download mirror. */
export async function serveFiles(dir: string): Promise<FileServer> {
  const requests: string[] = [];
  const faults: FileServerFault[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const fault = faults.shift();
    if (fault === 'html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><h1>Proxy login</h1></body></html>');
      return;
    }
    if (fault) {
      res.writeHead(fault, { 'content-type': 'text/plain' });
      res.end(fault === 404 ? 'Not Found' : 'try again later');
      return;
    }
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
  const url = await listenOnLoopback(server);
  return {
    url,
    requests,
    fail: (fault, times = 1) => {
      for (let i = 0; i < times; i++) faults.push(fault);
    },
    close: () => closeServer(server),
  };
}
