// One fuzz campaign: fast-check draws cases, each runs in process and must hold every property.
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import {
  checkProperties,
  describeRun,
  fuzzSettings,
  runInProcess,
  PROPERTY_TITLES,
  type ActionEntry,
  type FuzzCase,
  type InProcessOptions,
  type PropertySpec,
} from './fuzz.js';

export interface Campaign<T> {
  /** The action under test, for messages. */
  action: string;
  entry: ActionEntry;
  cases: fc.Arbitrary<T>;
  /** The case to run for a drawn value (servers primed, files written). */
  prepare: (drawn: T) => FuzzCase | Promise<FuzzCase>;
  spec: PropertySpec;
  inProcess?: (drawn: T) => InProcessOptions;
  /** After every case, pass or fail (hostile servers reset). */
  cleanup?: () => void | Promise<void>;
  /** Cases when FUZZ_RUNS is not set, for an action whose every case costs seconds; default 200. */
  defaultRuns?: number;
  /** Also run after each main run (oidc-login's post step), with the state it saved. */
  post?: { entry: ActionEntry; state: (saved: Record<string, string>) => Record<string, string> };
}

export interface CampaignResult {
  cases: number;
  ms: number;
  seed: number;
}

/**
 * Runs the campaign with fuzzSettings()' seed and count; throws fast-check's report (seed, path and
 * shrunk case) on the first case that breaks a property. With FUZZ_COLLECT=<file>, nothing throws:
 * every case is appended to the file as a JSON line (label, time, exit code, violations), to survey
 * all defects and the time they take in one run.
 */
export async function runCampaign<T>(campaign: Campaign<T>): Promise<CampaignResult> {
  const settings = fuzzSettings();
  const collect = process.env['FUZZ_COLLECT'];
  let cases = 0;
  const started = performance.now();
  const property = fc.asyncProperty(campaign.cases, async (drawn) => {
    cases++;
    try {
      const fuzzCase = await campaign.prepare(drawn);
      const run = await runInProcess(campaign.entry, fuzzCase, campaign.inProcess?.(drawn));
      const violations = checkProperties(fuzzCase, run, campaign.spec);
      if (violations.length === 0 && campaign.post && run.exitCode === 0) {
        const state = campaign.post.state(run.files);
        const postRun = await runInProcess(
          campaign.post.entry,
          { ...fuzzCase, mustFail: undefined },
          { state },
        );
        violations.push(...checkProperties({ ...fuzzCase, mustFail: undefined }, postRun, campaign.spec));
      }
      if (collect) {
        const line = {
          action: campaign.action,
          label: fuzzCase.label,
          ms: Math.round(run.durationMs),
          exit: run.exitCode,
          violations,
        };
        appendFileSync(collect, JSON.stringify(line) + '\n');
        return;
      }
      if (violations.length === 0) return;
      const report = violations.map((v) => `(${v.property}) ${PROPERTY_TITLES[v.property]}: ${v.detail}`);
      throw new Error(`${campaign.action}: ${report.join('\n')}\n${describeRun(fuzzCase, run)}`);
    } finally {
      await campaign.cleanup?.();
    }
  });
  const numRuns = process.env['FUZZ_RUNS'] ? settings.numRuns : (campaign.defaultRuns ?? settings.numRuns);
  await fc.assert(property, { seed: settings.seed, numRuns });
  return { cases, ms: Math.round(performance.now() - started), seed: settings.seed };
}
