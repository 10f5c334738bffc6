/**
 * For adapters that add rows up (several rows make one number, as CBP's land
 * filters and DEA's substances do): a row repeated by mistake would be added
 * twice without a sound. RowKeys remembers the cells that identify each row
 * and its values: an exact repeat is reported back to be counted as a skip,
 * a repeat with other values stops the file.
 */
import { SourceError } from './types';

export class RowKeys {
	private readonly seen = new Map<string, { values: string; row: number }>();

	constructor(private readonly file: string) {}

	/**
	 * `key`: the identifying cells, joined; `values`: the values added up;
	 * `what`: the row in words for a message (a function: made only for the
	 * message, not for every row). True for an exact repeat.
	 */
	repeat(key: string, values: string, row: number, what: string | (() => string)): boolean {
		const before = this.seen.get(key);
		if (!before) {
			this.seen.set(key, { values, row });
			return false;
		}
		if (before.values === values) return true;
		throw new SourceError(
			this.file,
			row,
			null,
			`one row for ${typeof what === 'function' ? what() : what}, as in row ${before.row}`,
			`a second row with other values (${values} after ${before.values})`,
			'The file holds conflicting duplicate rows; download it again.'
		);
	}
}
