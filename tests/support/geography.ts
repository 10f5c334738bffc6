/**
 * The project's geography (data/regions.csv) and CBP's areas
 * (data/cbp-areas.csv) for tests that run adapters in Node, read as the data
 * command reads them: from the working directory, so the same code works
 * under vitest and bundled (scripts/run.mjs).
 */
import { projectFiles } from '../../scripts/pipeline/project-files';
import type { ReadContext } from '../../src/lib/sources/types';

export { REGIONS_CSV } from '../../scripts/pipeline/project-files';
const files = projectFiles();
export const CTX: ReadContext = { geography: files.ctx.geography };
export const AREAS = files.cbpAreas;
