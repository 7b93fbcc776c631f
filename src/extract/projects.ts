import type { ExtractWarning, Project } from './schema';
import type { Normalised } from './normalise';
import type { Segmented } from './segment';
import type { DocContext, Prepared } from './facts';
export function extractProjects(_n: Normalised, _s: Segmented, _p: Prepared, _c: DocContext): { projects: Project[]; warnings: ExtractWarning[] } {
  return { projects: [], warnings: [] };
}
