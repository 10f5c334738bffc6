import { expect, test } from 'vitest';
import type { Point } from '$lib/domain/series';
import { DEFAULTS, readParams } from '$lib/state/root-causes-params';
import { slim, outcomeData, kffAsOf } from './assemble';
import { acrossStates, changeAgainst, type PageSlices } from './models';
import { lagModel, medicaidModel, timeline } from './models-time';

const pt = (period: string, value: number | null, extra: Partial<Point> = {}): Point => ({
	period,
	value,
	status: value === null ? 'missing' : 'final',
	...extra
});
const places = [
	{ code: 'AA', name: 'Aland' },
	{ code: 'BB', name: 'Bland' },
	{ code: 'CC', name: 'Cland' },
	{ code: 'DD', name: 'Dland' },
	{ code: 'EE', name: 'Eland' }
];
const rates = (v: (number | null)[]) =>
	Object.fromEntries(
		places.map((p, i) => [
			p.code,
			[pt('2019', v[i]! === null ? null : v[i]! / 2), pt('2023', v[i]!)]
		])
	);
const slices: PageSlices = {
	places,
	population: Object.fromEntries(places.map((p) => [p.code, [pt('2023', 1_000_000)]])),
	outcomes: {
		'synthetic-opioids': {
			counts: rates([10, 20, 30, 40, null]),
			rates: rates([1, 2, 3, 4, null])
		},
		'all-drugs': { counts: {}, rates: {} }
	},
	conditions: {
		naloxone: Object.fromEntries(
			places.map((p, i) => [p.code, [pt('2019', i), pt('2023', i * 2)]])
		),
		oud: Object.fromEntries(places.map((p, i) => [p.code, [pt('2022-2023', i + 1)]]))
	}
};

test('across states: a perfect line, the state with no rate left out and listed in the table', () => {
	const m = acrossStates(slices, DEFAULTS);
	expect(m.pearson).toMatchObject({ n: 4 });
	expect(m.pearson.r).toBeCloseTo(1, 10);
	expect(m.table.rows.find((r) => r.key === 'EE')!.cells.at(-1)).toMatch(/^No: /);
	expect(m.table.rows.find((r) => r.key === 'AA')!.cells).toEqual([
		'Aland',
		10,
		1_000_000,
		1,
		0,
		'Yes'
	]);
	expect(m.summary).toContain('Across 4 states in 2023');
});

test('a condition published for another period is used and the sentence says so', () => {
	const m = acrossStates(slices, readParams(new URLSearchParams('x=oud&y=2019')));
	expect(m.xPeriod).toBe('2022-2023');
	expect(m.summary).toContain('are from 2022–2023, not 2019');
});

test('change against change: a condition with one period falls back to its level, and says so', () => {
	const m = changeAgainst(slices, readParams(new URLSearchParams('x=oud&cx=change')));
	expect(m.xLabel).toContain('[2022-2023]');
	expect(m.summary).toContain('published for one period only');
	const c = changeAgainst(slices, readParams(new URLSearchParams('cx=change')));
	expect(c.xLabel).toBe('Change in naloxone dispensing rates, 2019 to 2023');
	// each state's rate doubles from 2019 to 2023: the change is half the 2023 rate
	expect(c.paired.included.map((r) => r.y)).toEqual([0.5, 1, 1.5, 2]);
});

test('lags leave out the months the source marks incomplete, and count them', () => {
	const months = Array.from(
		{ length: 48 },
		(_, i) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
	);
	const wave = (i: number) => 100 + 30 * Math.sin(i / 4);
	const seizures = { southwest: months.map((m, i) => pt(m, wave(i))) };
	const deaths = months.map((m, i) => pt(m, wave(i - 2), i >= 45 ? { incomplete: true } : {}));
	const m = lagModel(seizures, { 'synthetic-opioids': deaths, 'all-drugs': [] }, DEFAULTS);
	expect(m.incompleteMonths).toBe(3);
	expect(m.lags).toHaveLength(25);
	expect(m.summary).toContain('3 recent months are left out');
	expect(m.yoyTable.rows[0]!.cells[0]).toBe('December 2022');
});

test('the Medicaid reading skips a provisional last year, and the timeline numbers KFF’s dates', () => {
	const adoptions = [
		{ geo: 'AA', status: 'in-effect' as const, date: '2014-01-01' },
		{ geo: 'BB', status: 'in-effect' as const, date: '2014-01-01' },
		{ geo: 'CC', status: 'not-adopted' as const, date: null },
		{ geo: 'DD', status: 'not-adopted' as const, date: null }
	];
	const r = {
		AA: [pt('2023', 10), pt('2024', 12, { incomplete: true })],
		BB: [pt('2023', 14), pt('2024', 15, { incomplete: true })],
		CC: [pt('2023', 5), pt('2024', 6, { incomplete: true })],
		DD: [pt('2023', 7), pt('2024', 8, { incomplete: true })]
	};
	const m = medicaidModel({
		rates: r,
		adoptions,
		asOf: 'August 2025',
		year: 2014,
		unit: 'per 100,000'
	});
	expect(m.summary).toMatch(/^In 2023, the mean rate was 12 /);
	expect(m.adoptionDates).toEqual([{ date: '2014-01-01', states: ['AA', 'BB'] }]);
	const t = timeline(adoptions, places, { url: 'https://www.kff.org/x', asOf: 'August 2025' });
	expect(t.filter((e) => e.generated).map((e) => e.title)).toEqual([
		'Medicaid expansion takes effect in Aland',
		'Medicaid expansion takes effect in Bland'
	]);
	expect(t.map((e) => e.n)).toEqual(t.map((_, i) => i + 1));
});

test('assembly: notes kept only on gaps, yearly rates from December counts, KFF’s timeframe read', () => {
	expect(slim([pt('2023', 5, { note: 'x' }), pt('2024', null, { note: 'gap' })])).toEqual([
		pt('2023', 5),
		pt('2024', null, { note: 'gap' })
	]);
	const series = [
		{
			dataset: 'd',
			measure: 'm',
			geo: 'AA',
			unit: 'u',
			source: { name: '', sha256: '', release: '' },
			points: [pt('2023-11', 90), pt('2023-12', 100)]
		}
	];
	const o = outcomeData(series, places, { AA: [pt('2023', 200_000)] });
	expect(o.counts.AA).toEqual([pt('2023', 100)]);
	expect(o.rates.AA![0]!.value).toBe(50);
	expect(
		kffAsOf([
			{
				...series[0]!,
				points: [
					pt('2014', 1, { note: 'Expansion in effect from 1/1/2014 (KFF, as of August 2025).' })
				]
			}
		])
	).toBe('August 2025');
});
