export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Counts = Record<Severity, number>;

export function emptyCounts(): Counts {
  return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/** Trivy writes an unrated finding as UNKNOWN; anything else unexpected is treated the same. */
export function toSeverity(value: string): Severity {
  const upper = value.toUpperCase();
  return isSeverity(upper) ? upper : 'UNKNOWN';
}
