import { expect, test } from 'vitest';
import { RowKeys } from './row-keys';

test('a first row is new, an exact repeat is reported, a repeat with other values stops the file', () => {
	const keys = new RowKeys('f.csv');
	expect(keys.repeat('2024|OH', '12', 2, 'OH in 2024')).toBe(false);
	expect(keys.repeat('2024|WV', '12', 3, 'WV in 2024')).toBe(false);
	expect(keys.repeat('2024|OH', '12', 4, 'OH in 2024')).toBe(true);
	expect(() => keys.repeat('2024|OH', '13', 5, 'OH in 2024')).toThrow(
		'f.csv, row 5: expected one row for OH in 2024, as in row 2, found a second row with other values (13 after 12).'
	);
});
