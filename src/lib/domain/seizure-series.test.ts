import { describe, expect, test } from 'vitest';
import type { CbpArea } from './cbp';
import { monthRange } from './period';
import { OTHER_AREAS, partGeos, resolveSeizures, selectSeizures } from './seizure-series';
import { cbpPlace, DEFAULT_VIEW, type SeizureView } from './seizure-view';
import type { Point, Series } from './series';

const area = (id: string, component: CbpArea['component'], regions: CbpArea['regions']) =>
	({
		id,
		name: id.slice(4).toUpperCase(),
		component,
		regions,
		states: [],
		note: '',
		source: ''
	}) as CbpArea;
const AREAS = [
	area('cbp:a-field-office', 'ofo', ['southwest']),
	area('cbp:b-field-office', 'ofo', ['northern']),
	area('cbp:c-sector', 'usbp', ['southwest']),
	area('cbp:d-branch', 'amo', ['southwest', 'coastal-interior'])
];

const FY2024 = monthRange('2023-10', '2024-09');
/** A monthly fentanyl-pounds series with the same value every month (null: missing). */
function monthly(geo: string, value: number | null, months = FY2024, drug = 'fentanyl'): Series {
	const points = months.map((period): Point =>
		value === null ? { period, value, status: 'missing' } : { period, value, status: 'final' }
	);
	return { dataset: 'cbp-seizures', measure: `seizures.${drug}.lbs`, geo, unit: 'lbs', points };
}
const view = (v: Partial<SeizureView>): SeizureView => ({ ...DEFAULT_VIEW, ...v });
const place = (geo: string) => cbpPlace(geo, AREAS)!;

describe('which series a selection splits a place into', () => {
	test.each([
		[
			'cbp:southwest',
			'component',
			['cbp:southwest:ofo', 'cbp:southwest:usbp', 'cbp:southwest:amo']
		],
		[
			'cbp:all:ofo',
			'region',
			['cbp:southwest:ofo', 'cbp:northern:ofo', 'cbp:coastal-interior:ofo']
		],
		['cbp:southwest', 'area', ['cbp:a-field-office', 'cbp:c-sector', 'cbp:d-branch']],
		['cbp:all:ofo', 'area', ['cbp:a-field-office', 'cbp:b-field-office']],
		['cbp:northern', 'total', []],
		['cbp:c-sector', 'component', []]
	] as const)('%s by %s', (geo, by, geos) => {
		expect(partGeos({ by }, place(geo), AREAS).map((p) => p.geo)).toEqual(geos);
	});
});

test('by component: each component of the place by fiscal year, and the place total', () => {
	const data = [
		monthly('cbp:southwest', 6),
		monthly('cbp:southwest:ofo', 5),
		monthly('cbp:southwest:usbp', 0.5),
		monthly('cbp:southwest:amo', 0.5),
		monthly('cbp:northern:ofo', 100)
	];
	const s = selectSeizures(view({ geo: 'cbp:southwest' }), place('cbp:southwest'), data, AREAS);
	expect(s.parts.map((p) => [p.label, p.points])).toEqual([
		[
			'At ports of entry (Office of Field Operations)',
			[{ period: 'FY2024', value: 60, status: 'final' }]
		],
		[
			'Between ports of entry (U.S. Border Patrol)',
			[{ period: 'FY2024', value: 6, status: 'final' }]
		],
		[
			'By air and sea (Air and Marine Operations)',
			[{ period: 'FY2024', value: 6, status: 'final' }]
		]
	]);
	expect(s.total?.points).toEqual([{ period: 'FY2024', value: 72, status: 'final' }]);
	expect(s.periods).toEqual(['FY2024']);
	expect(s.partial).toEqual([]);
});

test('calendar years add January–December, and say which years are partial', () => {
	const data = [monthly('cbp:all', 1)];
	const s = selectSeizures(view({ by: 'total', period: 'cy' }), place('cbp:all'), data, AREAS);
	expect(s.parts).toEqual([]);
	expect(s.total?.points.map((p) => [p.period, p.value, p.note])).toEqual([
		['2023', 3, 'Only 3 of 12 months: October 2023 – December 2023.'],
		['2024', 9, 'Only 9 of 12 months: January 2024 – September 2024.']
	]);
	expect(s.partial).toEqual(['2023', '2024']);
});

test('months where the parts have numbers but the place total has none are partial', () => {
	const months = monthRange('2025-11', '2026-02');
	const total = monthly('cbp:all', 3, months);
	total.points = total.points.map((p) =>
		p.period > '2025-12' ? { period: p.period, value: null, status: 'missing' } : p
	);
	const data = [total, monthly('cbp:all:ofo', 2, months), monthly('cbp:all:usbp', 1, months)];
	const s = selectSeizures(view({ period: 'month' }), place('cbp:all'), data, AREAS);
	expect(s.partial).toEqual(['2026-01', '2026-02']);
	expect(s.absent).toEqual(['By air and sea (Air and Marine Operations)']);
});

test('a drug without a CBP-wide total keeps its parts and has no total', () => {
	const data = [monthly('cbp:all:ofo', 2, FY2024, 'ketamine')];
	const s = selectSeizures(view({ drug: 'ketamine' }), place('cbp:all'), data, AREAS);
	expect(s.total).toBeNull();
	expect(s.parts.map((p) => p.geo)).toEqual(['cbp:all:ofo']);
	expect(s.absent).toHaveLength(2);
});

describe('by area', () => {
	const many = Array.from({ length: 9 }, (_, i) => area(`cbp:area-${i + 1}`, 'ofo', ['southwest']));
	// area-k seizes k lbs a month; the place total adds 2 lbs a month of units with no own series
	const data = [...many.map((a, i) => monthly(a.id, i + 1)), monthly('cbp:southwest', 45 + 2)];

	test('the six largest areas, largest first, and the rest of the total as one part', () => {
		const s = selectSeizures(
			view({ geo: 'cbp:southwest', by: 'area' }),
			cbpPlace('cbp:southwest', many)!,
			data,
			many
		);
		expect(s.parts.map((p) => p.label)).toEqual([
			'Area-9',
			'Area-8',
			'Area-7',
			'Area-6',
			'Area-5',
			'Area-4',
			OTHER_AREAS
		]);
		// 12 × (47 − (9 + 8 + 7 + 6 + 5 + 4)) = 12 × 8
		expect(s.parts.at(-1)!.points).toEqual([{ period: 'FY2024', value: 96, status: 'final' }]);
		const sum = s.parts.reduce((n, p) => n + p.points[0]!.value!, 0);
		expect(sum).toBe(s.total!.points[0]!.value);
	});

	test('an area that seized nothing is not drawn', () => {
		const few = [monthly('cbp:a-field-office', 2), monthly('cbp:c-sector', 0)];
		const s = selectSeizures(
			view({ geo: 'cbp:southwest', by: 'area' }),
			place('cbp:southwest'),
			few,
			AREAS
		);
		expect(s.parts.map((p) => p.geo)).toEqual(['cbp:a-field-office']);
	});
});

describe('when CBP has no figure for the selection', () => {
	test('a drug without a CBP-wide total is split into the parts of CBP that report it', () => {
		const data = [
			monthly('cbp:all:ofo', 2, FY2024, 'ketamine'),
			monthly('cbp:all:usbp', 1, FY2024, 'ketamine')
		];
		const r = resolveSeizures(
			view({ drug: 'ketamine', by: 'total' }),
			place('cbp:all'),
			data,
			AREAS
		);
		expect(r.view.by).toBe('component');
		expect(r.selection.parts.map((p) => p.geo)).toEqual(['cbp:all:ofo', 'cbp:all:usbp']);
		expect(r.message).toBe(
			'CBP publishes no total of ketamine seizures across CBP, because Air and Marine Operations do not report ketamine; showing the parts of CBP that do.'
		);
	});

	test('a place with no series of this drug says so and shows nothing', () => {
		const r = resolveSeizures(
			view({ drug: 'khat', by: 'total' }),
			place('cbp:c-sector'),
			[],
			AREAS
		);
		expect(r.selection.periods).toEqual([]);
		expect(r.message).toBe("CBP's files list no khat seizures in the area of the C-Sector.");
	});

	test('a place with its total needs no message', () => {
		const r = resolveSeizures(
			view({ by: 'total' }),
			place('cbp:all'),
			[monthly('cbp:all', 1)],
			AREAS
		);
		expect(r.message).toBeNull();
		expect(r.selection.total?.points[0]?.value).toBe(12);
	});
});
