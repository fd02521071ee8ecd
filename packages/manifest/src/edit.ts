import { shown } from '@gitops-actions/kit';
import { ManifestError } from './errors.js';
import { editHelm } from './helm.js';
import { isValidDigest, isValidTag, parseImageReference } from './image-ref.js';
import { editFlux } from './flux.js';
import { policyProblem } from './flux-marker.js';
import { editKustomize } from './kustomize.js';
import { editManifest } from './k8s-manifest.js';
import type { EditOutcome, EditRequest, EditResult } from './types.js';

const FORMATS = ['helm', 'kustomize', 'manifest', 'flux'];

/** Sets a tag and/or digest in one file's text, changing only the bytes of the target scalars. */
export function applyEdit(text: string, req: EditRequest): EditResult {
  const request = normalize(req);
  let outcome: EditOutcome;
  if (request.format === 'helm') outcome = editHelm(text, request);
  else if (request.format === 'flux') outcome = editFlux(text, forFlux(request));
  else outcome = (request.format === 'kustomize' ? editKustomize : editManifest)(text, withImage(request));
  return {
    text: outcome.text,
    changed: outcome.text !== text,
    changes: outcome.changes,
    previousTag: outcome.previousTag,
  };
}

/** Action inputs arrive as '' when unset; treat that as absent, then validate what is left. */
function normalize(req: EditRequest): EditRequest {
  const request: EditRequest = {
    ...req,
    image: req.image?.trim() || undefined,
    tag: req.tag?.trim() || undefined,
    digest: req.digest?.trim() || undefined,
    digestKey: req.digestKey?.trim() || undefined,
  };
  if (!FORMATS.includes(request.format)) {
    throw new ManifestError(
      `Unknown format ${shown(String(request.format))}: use helm, kustomize, manifest or flux`,
    );
  }
  if (!request.tag && !request.digest)
    throw new ManifestError('Nothing to set: give a tag, a digest, or both');
  if (request.tag && !isValidTag(request.tag)) {
    throw new ManifestError(
      `Invalid tag ${shown(request.tag)}: a tag is 1-128 characters of letters, digits, '_', '.' and '-', ` +
        `not starting with '.' or '-'`,
    );
  }
  if (request.digest && !isValidDigest(request.digest)) {
    throw new ManifestError(
      `Invalid digest ${shown(request.digest)}: expected sha256: followed by 64 lowercase hex characters`,
    );
  }
  return request;
}

function withImage(request: EditRequest): EditRequest & { image: string } {
  const { image } = request;
  if (!image) {
    throw new ManifestError(
      `An image is required for format ${request.format}: the repository to update, e.g. ghcr.io/org/api`,
    );
  }
  checkRepository(image);
  return { ...request, image };
}

/** Flux's key is the policy the markers name; the image is optional (it only replaces the name). */
function forFlux(request: EditRequest): EditRequest {
  const problem = policyProblem(request.key);
  if (problem) {
    throw new ManifestError(
      `Invalid Flux policy ${shown(request.key)}: ${problem}. With format flux the key names the ImagePolicy ` +
        `whose markers to update, as <namespace>:<policy>`,
    );
  }
  if (request.image) checkRepository(request.image);
  return request;
}

function checkRepository(image: string): void {
  const ref = parseImageReference(image);
  if (ref.tag !== null || ref.digest !== null || /\s/.test(image)) {
    throw new ManifestError(
      `Invalid image ${shown(image)}: give the repository only (e.g. ${shown(ref.repository)}) and pass the tag or digest separately`,
    );
  }
}
