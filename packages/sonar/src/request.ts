/** The caller's names for the inputs an error or a hint points at. */
export interface SonarInputNames {
  hostUrl: string;
  token: string;
  projectKey: string;
}

/** Which project's quality gate to check, and where. */
export interface SonarRequest {
  /** Without a trailing slash. */
  hostUrl: string;
  token: string;
  /** '' to read it from the SonarScanner's `report-task.txt`. */
  projectKey: string;
  inputNames: SonarInputNames;
}
