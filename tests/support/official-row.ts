/**
 * Reads values straight from an official file, independently of the
 * adapters, so tests compare what the page shows with what the agency wrote.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export type OfficialRow = Record<string, string> & { get(column: string): string };

/** Rows as objects; `get` throws for a column the file does not have. */
export function officialRows(path: string): OfficialRow[] {
	const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
	const rows = Papa.parse<Record<string, string>>(text, {
		header: true,
		skipEmptyLines: true
	}).data;
	return rows.map((r) =>
		Object.assign(r, {
			get(column: string): string {
				const v = r[column];
				if (v === undefined) throw new Error(`${path} has no column "${column}"`);
				return v;
			}
		})
	);
}
