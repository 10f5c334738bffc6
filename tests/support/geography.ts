/** The project's geography (data/regions.csv) for tests that run adapters in Node. */
import { readFileSync } from 'node:fs';
import { parseRegions } from '../../src/lib/domain/regions-csv';
import type { ReadContext } from '../../src/lib/sources/types';

export const REGIONS_CSV = new URL('../../data/regions.csv', import.meta.url);
export const CTX: ReadContext = { geography: parseRegions(readFileSync(REGIONS_CSV, 'utf8')) };
