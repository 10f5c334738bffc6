import { expect, test } from 'vitest';
import { buildTrendConfig } from './trend-config';
import { eventAnnotations, eventPosition, withEvents, type MarkedEvent } from './event-annotations';

const months = ['2019-03', '2019-04', '2019-05', '2019-06'];
const years = ['2016', '2017', '2018'];

test.each([
	// the first of May, in the third month of the axis: 2 − 0.5 + 0.5/31
	['2019-05-01', months, 1.5 + 0.5 / 31],
	['2019-06-30', months, 2.5 + 29.5 / 30],
	['2019-07-01', months, null],
	// 26 October 2017 is day 299 of 365
	['2017-10-26', years, 1 - 0.5 + 298.5 / 365],
	['2016-01-01', years, -0.5 + 0.5 / 366],
	['2015-12-31', years, null]
])('eventPosition(%s) on %j = %s', (date, periods, expected) => {
	const x = eventPosition(date, periods);
	if (expected === null) expect(x).toBeNull();
	else expect(x).toBeCloseTo(expected, 10);
});

const events: MarkedEvent[] = [
	{ n: 3, date: '2019-05-01', category: 'supply-enforcement', title: 'China' },
	{ n: 4, date: '2020-01-01', category: 'other', title: 'Off the axis' }
];

test('each event on the axis becomes a numbered, dashed line in its category’s colour', () => {
	const a = eventAnnotations(events, months);
	expect(Object.keys(a)).toEqual(['event-3']);
	expect(a['event-3']).toMatchObject({
		type: 'line',
		borderColor: '#a4481a',
		borderDash: [6, 3],
		label: { content: '3', display: true }
	});
});

test('withEvents keeps the chart’s own shading (the incomplete band) and adds the events', () => {
	const config = buildTrendConfig({
		unit: 'deaths',
		incompleteLabel: 'Underreported',
		lines: [
			{
				label: 'A',
				color: '#000',
				points: months.map((period, i) => ({
					period,
					value: i,
					status: 'provisional' as const,
					...(i === 3 ? { incomplete: true } : {})
				}))
			}
		]
	});
	const withLines = withEvents(config, events, months);
	const annotations = withLines.options!.plugins!.annotation!.annotations as Record<
		string,
		unknown
	>;
	expect(Object.keys(annotations)).toEqual(['event-3']);
	expect(withLines.options!.plugins!.shade!.boxes).toEqual([
		{ from: 3, to: 3, label: 'Underreported' }
	]);
	expect(withLines.data).toBe(config.data);
});
