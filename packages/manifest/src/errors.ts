/** Every failure a user can act on; callers print the message as is, so it must say what to change. */
export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}
