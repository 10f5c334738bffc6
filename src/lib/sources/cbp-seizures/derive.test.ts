import { expect, test } from 'vitest';
import { cbpGeo, type CbpComponent } from '../../domain/cbp';
import type { SourcedSeries } from '../../domain/dataset-file';
import { cbpWideTotals } from './derive';

const source = (release: string) => ({ name: `file-${release}`, sha256: release, release });
/** A component's fentanyl pounds, nationwide, for the months given. */
const part = (component: CbpComponent, values: [string, number][], release: string) =>
	({
		dataset: 'cbp-seizures',
		measure: 'seizures.fentanyl.lbs',
		geo: cbpGeo('all', component),
		unit: 'lbs',
		points: values.map(([period, value]) => ({ period, value, status: 'final' as const })),
		source: source(release)
	}) satisfies SourcedSeries;

const ofo = part(
	'ofo',
	[
		['2025-12', 100],
		['2026-01', 200]
	],
	'2026-01'
);
const usbp = part(
	'usbp',
	[
		['2025-12', 10],
		['2026-01', 20]
	],
	'2026-01'
);
const amo = part('amo', [['2025-12', 1]], '2025-12');
const find = (out: SourcedSeries[], measure: string) =>
	out.find((s) => s.measure === measure && s.geo === 'cbp:all')!;

test('CBP-wide is OFO + USBP + AMO where all three have the month, missing where one lacks it', () => {
	const months = find(cbpWideTotals([ofo, usbp, amo]), 'seizures.fentanyl.lbs');
	expect(months.points).toEqual([
		{ period: '2025-12', value: 111, status: 'final' },
		{
			period: '2026-01',
			value: null,
			status: 'missing',
			note: 'No CBP-wide total. No value for Air and Marine Operations.'
		}
	]);
	expect(months.source.release).toBe('2026-01');
});

test('the fiscal-year total adds only the months with a total, and says so', () => {
	const fy = find(cbpWideTotals([ofo, usbp, amo]), 'seizures.fentanyl.lbs.fiscal-year');
	expect(fy.points).toEqual([
		{
			period: 'FY2026',
			value: 111,
			status: 'final',
			incomplete: true,
			note: 'Only 1 of 12 months: December 2025.'
		}
	]);
});

test('no CBP-wide series for a drug one component never reports', () => {
	expect(cbpWideTotals([ofo, usbp])).toEqual([]);
});
