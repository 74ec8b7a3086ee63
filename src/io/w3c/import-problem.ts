/**
 * One annotation of a W3C file that could not be imported, and where it is. Its own module
 * because the importer and the readers it calls (`fold-replies.ts`) both report problems.
 */
export interface ImportProblem {
  reason: string;
  /** Where in the file, e.g. `first.items[3]` or `annotations[12]`. */
  where: string;
}
