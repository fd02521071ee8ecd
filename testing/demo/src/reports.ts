// The Trivy reports the demo flow hands the Trivy stand-in: a clean lockfile scan, and an image
// scan that is clean or carries one fixable HIGH finding (the --failing path).
import type { TrivyReport, TrivyVulnerability } from '@gitops-actions/standin-trivy';

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
