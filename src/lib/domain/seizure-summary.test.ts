import { expect, test } from 'vitest';
import { amountWords, periodWords, portsShareSentence, seizureSummary } from './seizure-summary';
import type { Point } from './series';

const p = (period: string, value: number | null, incomplete = false): Point => ({
	period,
	value,
	status: value === null ? 'missing' : 'final',
	...(incomplete ? { incomplete, note: 'Only 3 of 12 months: October 2025 – December 2025.' } : {})
});

test.each([
	['FY2025', 'FY2025 (October 2024 – September 2025)'],
	['2025-03', 'March 2025'],
	['2025', '2025']
])('%s reads "%s"', (period, words) => expect(periodWords(period)).toBe(words));

test.each([
	[12972.4, 'lbs', '12,972 pounds'],
	[1, 'lbs', '1 pound'],
	[0.25, 'lbs', '0.3 pounds'],
	[1204, 'events', '1,204 seizures'],
	[1, 'events', '1 seizure']
] as const)('%d %s reads "%s"', (n, unit, words) => expect(amountWords(n, unit)).toBe(words));

test.each([
	[
		'the latest whole year and the change from a year earlier; a year to date is not the latest',
		[p('FY2024', 23737), p('FY2025', 12972), p('FY2026', 3451, true)],
		'lbs',
		'In FY2025 (October 2024 – September 2025), CBP seized 12,972 pounds of fentanyl across CBP, down 45 % from FY2024 (23,737 pounds). The figures after FY2025 are not complete yet.'
	],
	[
		'seizure events, by month, rising',
		[p('2024-03', 100), p('2025-03', 150)],
		'events',
		'In March 2025, CBP made 150 seizures of fentanyl across CBP, up 50 % from March 2024 (100 seizures).'
	],
	[
		'no year to compare with',
		[p('2019', 10)],
		'lbs',
		'In 2019, CBP seized 10 pounds of fentanyl across CBP.'
	],
	[
		'a rise from none',
		[p('2019', 0), p('2020', 4)],
		'events',
		'In 2020, CBP made 4 seizures of fentanyl across CBP, up from none in 2019.'
	],
	[
		'only a partial year',
		[p('FY2026', 5, true)],
		'lbs',
		"CBP's files have no whole period of fentanyl seizures across CBP."
	]
] as const)('%s', (_, points, unit, sentence) => {
	expect(seizureSummary({ points, unit, drug: 'fentanyl', where: 'across CBP' })).toBe(sentence);
});

test('a place without a total says so', () => {
	expect(seizureSummary({ points: null, unit: 'lbs', drug: 'ketamine', where: 'across CBP' })).toBe(
		'CBP publishes no total of ketamine seizures across CBP.'
	);
});

test('the share seized at ports of entry is for the latest year both figures cover whole', () => {
	const sentence = portsShareSentence({
		ports: [p('FY2023', 24182.3), p('FY2024', 18900), p('FY2025', 10340), p('FY2026', 5628, true)],
		total: [p('FY2023', 28476), p('FY2024', 23737), p('FY2025', null), p('FY2026', 3451, true)],
		drug: 'fentanyl',
		where: 'across CBP'
	});
	expect(sentence).toBe(
		'In FY2024, 18,900 of the 23,737 pounds of fentanyl CBP seized across CBP (80 %) were seized at ports of entry.'
	);
	expect(
		portsShareSentence({ ports: [], total: [p('FY2024', 1)], drug: 'x', where: '' })
	).toBeNull();
});
