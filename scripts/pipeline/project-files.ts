/**
 * The project's own files that every import reads beside the official ones:
 * its geography (data/regions.csv) and CBP's areas of responsibility
 * (data/cbp-areas.csv), from the working directory. The data command and the
 * bench's import both take them from here, so the bench measures the same work.
 */
import { readFileSync } from 'node:fs';
import { parseCbpAreas } from '../../src/lib/domain/cbp';
import { parseRegions } from '../../src/lib/domain/regions-csv';
import type { RunOptions } from './run';

export const REGIONS_CSV = 'data/regions.csv';
const CBP_AREAS_CSV = 'data/cbp-areas.csv';

export function projectFiles(): Required<Pick<RunOptions, 'ctx' | 'cbpAreas'>> {
	return {
		ctx: { geography: parseRegions(readFileSync(REGIONS_CSV, 'utf8')) },
		cbpAreas: parseCbpAreas(readFileSync(CBP_AREAS_CSV, 'utf8'))
	};
}
