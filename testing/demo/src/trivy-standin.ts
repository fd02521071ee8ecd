// A local stand-in for the `trivy` executable: the real one needs its vulnerability database, which
// cannot be downloaded here. It writes the Trivy JSON report the flow generated for the scan kind
// (`fs` or `image`), exactly where `trivy --output` would.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface TrivyStandIn {
  /** Path of the executable, for scan-gate's `trivy-path`. */
  binary: string;
  /** Sets the report the next `trivy <kind>` scans produce. */
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

function script(reports: string): string {
  return `#!/bin/sh
# gitops-actions sandbox: stand-in for Trivy. Writes the report the flow generated for this scan kind.
kind="$1"; out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --output) out="$2"; shift 2 ;;
    *) shift ;;
  esac
done
report="${reports}/$kind.json"
[ -f "$report" ] || { echo "FATAL	stand-in has no report for '$kind'" >&2; exit 1; }
if [ -n "$out" ]; then cp "$report" "$out"; else cat "$report"; fi
`;
}

export async function createTrivyStandIn(dir: string): Promise<TrivyStandIn> {
  const reports = path.join(dir, 'reports');
  await mkdir(reports, { recursive: true });
  const binary = path.join(dir, 'trivy');
  await writeFile(binary, script(reports));
  await chmod(binary, 0o755);
  return {
    binary,
    setReport: (kind, report) =>
      writeFile(path.join(reports, `${kind}.json`), JSON.stringify(report, null, 2)),
  };
}

/** A filesystem report with nothing found: the lockfile was scanned and is clean. */
export function cleanFsReport(target: string): TrivyReport {
  return {
    SchemaVersion: 2,
    ArtifactName: target,
    ArtifactType: 'filesystem',
    Results: [{ Target: 'package-lock.json', Class: 'lang-pkgs', Type: 'npm' }],
  };
}

/** An image report: clean, or with one HIGH finding that has a fix (so the default gate blocks it). */
export function imageReport(image: string, vulnerable: boolean): TrivyReport {
  const vulnerability: TrivyVulnerability = {
    VulnerabilityID: 'CVE-2024-58251',
    PkgID: 'busybox@1.36.1-r0',
    PkgName: 'busybox',
    InstalledVersion: '1.36.1-r0',
    FixedVersion: '1.36.1-r1',
    Status: 'fixed',
    Severity: 'HIGH',
    Title: 'busybox: netstat escape sequence injection (demo finding)',
    PrimaryURL: 'https://avd.aquasec.com/nvd/cve-2024-58251',
  };
  return {
    SchemaVersion: 2,
    ArtifactName: image,
    ArtifactType: 'container_image',
    Results: [
      {
        Target: `${image} (busybox)`,
        Class: 'os-pkgs',
        Type: 'alpine',
        ...(vulnerable ? { Vulnerabilities: [vulnerability] } : {}),
      },
    ],
  };
}
