/**
 * The table beside a 12-month-ending death chart of one place: reported and
 * predicted counts, how much is still pending investigation, and the status
 * in words. Newest period first.
 */
import type { Point } from '../domain/series';
import type { TableData } from './table-data';
import { trendTable } from './trend-table';

export interface DeathTableInput {
	reported: readonly Point[];
	predicted?: readonly Point[];
	pending?: readonly Point[];
}

export function deathTable(t: DeathTableInput): TableData {
	return trendTable([{ name: '', ...t }], {
		periodLabel: '12 months ending',
		word: 'deaths',
		predicted: true,
		pending: true
	});
}
