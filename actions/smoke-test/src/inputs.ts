import { type InputReader } from '@gitops-actions/kit';
import {
  ATTEMPTS_BOUNDS,
  DELAY_BOUNDS,
  REQUEST_TIMEOUT_BOUNDS,
  SMOKE_TEST_INPUTS as NAMES,
  bodyChecksInput,
  bodyPatternInput,
  headersInput,
  jsonExpectationsInput,
  statusSetInput,
  targetInput,
  type SmokeRequest,
} from '@gitops-actions/smoke';

const EXAMPLE = 'https://api.example.com/health';

/** Parses and validates every input once, in action.yml's order; each error names the input at fault. */
export function getInputs(raw: InputReader): SmokeRequest {
  // Headers first: their values may be secrets, masked before anything else can fail and print.
  const headers = headersInput(NAMES.headers, raw.multiline(NAMES.headers));
  const targets = raw
    .multiline(NAMES.urls, { required: true })
    .map((line) => targetInput(NAMES.urls, line, EXAMPLE));
  const expectStatus = statusSetInput(NAMES.expectStatus, raw.string(NAMES.expectStatus, { default: '200' }));
  const expectBody = bodyPatternInput(NAMES.expectBody, raw.string(NAMES.expectBody));
  const expectJson = jsonExpectationsInput(NAMES.expectJson, raw.multiline(NAMES.expectJson));
  bodyChecksInput(NAMES, targets, { body: expectBody !== undefined, json: expectJson.length > 0 });
  const attempts = raw.integer(NAMES.attempts, ATTEMPTS_BOUNDS);
  const delayMs = raw.duration(NAMES.delay, DELAY_BOUNDS);
  const timeoutMs = raw.duration(NAMES.timeout, REQUEST_TIMEOUT_BOUNDS);
  return {
    targets,
    expectStatus,
    expectBody,
    expectJson,
    attempts,
    delayMs,
    timeoutMs,
    headers,
    inputs: NAMES,
  };
}
