import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CTX } from '../../../../tests/support/geography';
import type { Series } from '../../domain/series';
import { readCsvText } from '../read-text';
import { cbpSeizures } from './adapter';
import { NO_ROW_NOTE } from './totals';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (c: string) =>
	readCsvText(
		readFileSync(join(FIXTURES, c, 'input.csv'), 'utf8'),
		`${c}/input.csv`,
		[cbpSeizures],
		CTX
	);
const find = (r: { series: Series[] }, measure: string, geo: string) =>
	r.series.find((s) => s.measure === measure && s.geo === geo)!;

/**
 * The golden form of a result: one line per series, each point as
 * [period, value, status, …flags]. Compact enough to write and read by hand.
 */
function golden(r: ReturnType<typeof read>) {
	const series = Object.fromEntries(
		r.series.map((s) => [
			`${s.measure} ${s.geo} (${s.unit})`,
			s.points.map((p) => [
				p.period,
				p.value,
				p.status,
				...(p.incomplete ? ['incomplete'] : []),
				...(p.note === NO_ROW_NOTE ? ['no row'] : p.note ? [p.note] : [])
			])
		])
	);
	return { rowsRead: r.rowsRead, skipped: r.skipped, release: r.release, series };
}

describe('golden fixtures', () => {
	const cases = readdirSync(FIXTURES).filter((c) => existsSync(join(FIXTURES, c, 'expected.json')));
	test.each(cases)('%s', (c) => {
		const expected = JSON.parse(readFileSync(join(FIXTURES, c, 'expected.json'), 'utf8'));
		if (expected.error) expect(() => read(c)).toThrow(expected.error);
		else expect(golden(read(c))).toEqual(expected);
	});
});

describe('the nationwide shape', () => {
	const r = read('nationwide-shape');
	const lbs = (geo: string) => find(r, 'seizures.fentanyl.lbs', geo).points;

	test('October of fiscal year 2025 is October 2024, and Land Filter rows add up', () => {
		expect(lbs('cbp:nogales-test-field-office').at(-1)).toEqual({
			period: '2024-10',
			value: 10.75,
			status: 'provisional'
		});
		expect(find(r, 'seizures.fentanyl.events', 'cbp:southwest:ofo').points.at(-1)?.value).toBe(5);
	});

	test('a month between two listed months is 0, with a note, not a gap', () => {
		expect(lbs('cbp:all:ofo').map((p) => p.period)).toEqual(['2024-08', '2024-09', '2024-10']);
		expect(lbs('cbp:all:ofo')[1]).toMatchObject({ value: 0, note: NO_ROW_NOTE });
	});

	test('a region with no seizure of a drug the component reports reads 0', () => {
		expect(lbs('cbp:northern:ofo').map((p) => p.value)).toEqual([0, 0, 0]);
	});

	test('the year to date is provisional and its total says which months it covers', () => {
		expect(find(r, 'seizures.fentanyl.lbs.fiscal-year', 'cbp:all:ofo').points).toEqual([
			{
				period: 'FY2024',
				value: 0.125,
				status: 'final',
				incomplete: true,
				note: 'Only 2 of 12 months: August 2024 – September 2024.'
			},
			{
				period: 'FY2025',
				value: 10.75,
				status: 'provisional',
				incomplete: true,
				note: 'Only 1 of 12 months: October 2024.'
			}
		]);
	});

	test('an unknown drug type is left out and counted, with the reason', () => {
		expect(r.skipped).toEqual([
			{ reason: 'drug type "Psilocybin" is not in the catalogue', count: 1, firstRow: 5 }
		]);
	});
});

test('an AMO branch in two regions is one area; each region keeps its own rows', () => {
	const r = read('amo-shape');
	const at = (geo: string) => find(r, 'seizures.cocaine.lbs', geo).points[0]!.value;
	expect(at('cbp:ground-tactical-air-controller')).toBe(42.5);
	expect(at('cbp:southwest:amo')).toBe(40);
	expect(at('cbp:coastal-interior:amo')).toBe(2.5);
	expect(at('cbp:all:amo')).toBe(42.5);
});
