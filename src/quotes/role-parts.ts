/** The parts a speaker's title phrase is read into (`role-phrase.ts` and the readers it calls). */

/** A role and an organisation, either possibly missing. */
export interface RoleParts {
  role: string | null;
  organisation: string | null;
  /** The title phrase as written, when known; else role and organisation are read as one phrase. */
  title?: string;
}
