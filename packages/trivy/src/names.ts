/**
 * The caller's names for the inputs an error or a hint points at. Each action spells its own, so a
 * message from this package never names an input the user's step does not have.
 */
export interface TrivyInputNames {
  /** A Trivy binary to use instead of installing one. */
  trivyPath: string;
  /** The download URL template of the release archive. */
  trivyUrl: string;
  /** The Trivy release to install; optional for callers without such an input. */
  trivyVersion?: string;
  /** The expected SHA-256 of the release archive. */
  trivyChecksum: string;
  /** Vulnerability DB mirrors. */
  dbRepository: string;
  /** Trivy's ignore file. */
  ignoreFile: string;
}
