import { expect, test } from 'vitest';
import { matchPeriod } from './period-match';

test.each([
	[['2019', '2020', '2021', '2022', '2023'], 2021, { period: '2021', exact: true }],
	[['2019', '2020', '2021', '2022', '2023'], 2025, { period: '2023', exact: false }],
	[['2019', '2020', '2021', '2022', '2023'], 2016, { period: '2019', exact: false }],
	[['2022-2023'], 2023, { period: '2022-2023', exact: true }],
	[['2022-2023'], 2019, { period: '2022-2023', exact: false }],
	[['2019', '2021'], 2020, { period: '2019', exact: false }],
	[[], 2020, null]
])('periods %j, year %i -> %j', (periods, year, expected) => {
	expect(matchPeriod(periods, year)).toEqual(expected);
});
