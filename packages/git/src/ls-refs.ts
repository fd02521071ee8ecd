// A look at a remote's refs without spawning git: one protocol-v2 `ls-refs` request over smart
// HTTP (gitprotocol-v2, gitprotocol-http), answered by one upload-pack on the server. A `git
// fetch` of the same refs costs the client git, git-remote-http and for-each-ref, and the server
// an info/refs exchange besides. Any answer that is not a clean v2 listing is an LsRefsUnavailable:
// the caller then looks with git, which speaks whatever the server does.
import {
  gitRequest,
  packetText,
  pktRequest,
  readPackets,
  SmartHttpFailure,
  SmartHttpUnavailable,
  type SmartHttpOptions,
} from './smart-http.js';

export interface LsRefsOptions extends SmartHttpOptions {
  /** `ref-prefix` arguments: the server lists only refs starting with one of them. */
  prefixes: readonly string[];
}

/** The server or the network did not give a v2 listing. */
export { SmartHttpUnavailable as LsRefsUnavailable };

const LOOK_DEADLINE_MS = 15_000;
const REF_LINE = /^([0-9a-f]{40}|[0-9a-f]{64}) (\S+)(?: .*)?$/s;

/** The refs under `prefixes`, by name; throws LsRefsUnavailable for anything but a v2 listing. */
export async function lsRefs(opts: LsRefsOptions): Promise<Map<string, string>> {
  return listRefs(opts).catch((error: unknown) => {
    // For a look, any failure means "ask git": it retries, and words the failure itself.
    throw error instanceof SmartHttpFailure ? new SmartHttpUnavailable(error.message) : error;
  });
}

/** lsRefs, with a status or network failure thrown as the SmartHttpFailure it is. */
export async function listRefs(opts: LsRefsOptions): Promise<Map<string, string>> {
  const body = pktRequest(['command=ls-refs\n', null, ...opts.prefixes.map((p) => `ref-prefix ${p}\n`)]);
  // A look is small and frequent: it gets a short deadline unless the caller set one.
  const answer = await gitRequest({ deadlineMs: LOOK_DEADLINE_MS, ...opts }, 'git-upload-pack', {
    body,
    protocolV2: true,
  });
  const packets = readPackets(answer);
  const end = packets.findIndex((p) => p.kind !== 'data');
  const tail = packets.slice(end + 1).map((p) => p.kind);
  if (end < 0 || packets[end]?.kind !== 'flush' || tail.some((kind) => kind !== 'end')) {
    throw new SmartHttpUnavailable(`not a protocol v2 listing (${answer.length} bytes)`);
  }
  const refs = new Map<string, string>();
  for (const packet of packets.slice(0, end)) {
    const line = packetText(packet);
    const match = REF_LINE.exec(line);
    if (!match) {
      throw new SmartHttpUnavailable(`unexpected line in the listing: ${JSON.stringify(line.slice(0, 60))}`);
    }
    const [, oid = '', ref = ''] = match;
    // ref-prefix is an optimization a server may ignore (gitprotocol-v2): filter here too.
    if (opts.prefixes.some((p) => ref.startsWith(p))) refs.set(ref, oid);
  }
  return refs;
}
