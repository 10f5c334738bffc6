import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { goldenFixtures } from '../../../../tests/support/golden';
import { CTX } from '../../../../tests/support/geography';
import { readCsvText } from '../read-text';
import { cdcDoseDx, cdcDoseSys } from './adapter';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (path: string, name = path) =>
	readCsvText(readFileSync(path, 'utf8'), name, [cdcDoseSys, cdcDoseDx], CTX);

goldenFixtures(FIXTURES, read);

test('each sheet goes to its dataset', () => {
	const id = (c: string) => read(join(FIXTURES, c, 'input.csv')).adapter.id;
	expect(['sys-jurisdiction', 'sys-overall', 'dx-jurisdiction', 'dx-county'].map(id)).toEqual([
		'cdc-dose-sys',
		'cdc-dose-sys',
		'cdc-dose-dx',
		'cdc-dose-dx'
	]);
});

test('a county FIPS code outside its state is refused', () => {
	const text = readFileSync(join(FIXTURES, 'dx-county/input.csv'), 'utf8').replaceAll(
		'04001',
		'05001'
	);
	expect(() => readCsvText(text, 'c.csv', [cdcDoseDx], CTX)).toThrow(
		'c.csv, row 2, column "fips": expected a five-digit county FIPS code in Arizona (04…), found "05001".'
	);
});
