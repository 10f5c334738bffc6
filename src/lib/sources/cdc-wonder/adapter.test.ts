import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { goldenFixtures } from '../../../../tests/support/golden';
import { CTX, REGIONS_CSV } from '../../../../tests/support/geography';
import { officialRows } from '../../../../tests/support/official-row';
import { sharedFile } from '../../../../tests/support/shared-data';
import { parseRegions } from '../../domain/regions-csv';
import { measure } from '../../domain/measures';
import { concatReleases } from '../../domain/releases';
import { readCsvText } from '../read-text';
import type { ReadContext } from '../types';
import { cdcWonderFinal, cdcWonderProvisional, NOT_SHOWN } from './adapter';

const ADAPTERS = [cdcWonderFinal, cdcWonderProvisional];
const MONTHLY = 'deaths.synthetic-opioids.calendar-month';
const YEARLY = 'deaths.synthetic-opioids';

/** Alabama and Alaska only, so that the fixtures' expected output stays short enough to check by hand. */
const TWO_STATES: ReadContext = {
	geography: parseRegions(
		readFileSync(REGIONS_CSV, 'utf8')
			.split('\n')
			.filter((line, i) => i === 0 || /^0[12],/.test(line))
			.join('\n')
	)
};
const readText = (text: string, name: string, ctx = CTX) => readCsvText(text, name, ADAPTERS, ctx);
const read = (path: string, name = path, ctx = CTX) =>
	readText(readFileSync(path, 'utf8'), name, ctx);
const find = (r: ReturnType<typeof read>, m: string, geo: string) =>
	r.series.find((s) => s.measure === m && s.geo === geo)!;

goldenFixtures(join(import.meta.dirname, 'fixtures'), (path, name) => read(path, name, TWO_STATES));

const PROVISIONAL_HEADER =
	'Notes,Year,Year Code,Month,Month Code,Residence State,Residence State Code,Multiple Cause of death,Multiple Cause of death Code,Deaths,Population,Crude Rate';
const line = (year: string, month: number, deaths: string, state = 'Alaska,02') =>
	`,${year},${year.slice(0, 4)},"x",${year.slice(0, 4)}/${String(month).padStart(2, '0')},${state},Other synthetic narcotics,T40.4,${deaths},Not Applicable,Not Applicable`;

describe('reading rows', () => {
	test('a year WONDER marks provisional gives provisional months and a provisional total', () => {
		const rows = [line('2023', 12, '40')];
		for (let m = 1; m <= 12; m++) rows.push(line('2024 (provisional)', m, String(10 + m)));
		const r = readText([PROVISIONAL_HEADER, ...rows].join('\r\n'), 'p.csv', TWO_STATES);
		const ak = find(r, YEARLY, 'AK').points;
		expect(ak.map((p) => [p.period, p.value, p.status])).toEqual([
			['2023', null, 'suppressed'],
			['2024', 198, 'provisional']
		]);
		expect(ak[0]).toMatchObject({ low: 40, high: 139 });
		expect(find(r, MONTHLY, 'AK').points[11]).toMatchObject({ value: 40, status: 'final' });
	});

	test('an exact duplicate row is counted and left out; a conflicting one stops the file', () => {
		const dup = readText(
			[PROVISIONAL_HEADER, line('2024', 1, '12'), line('2024', 1, '12')].join('\n'),
			'd.csv'
		);
		expect(dup.skipped).toEqual([
			{ reason: 'an exact duplicate of an earlier row', count: 1, firstRow: 3 }
		]);
		expect(() =>
			readText(
				[PROVISIONAL_HEADER, line('2024', 1, '12'), line('2024', 1, '13')].join('\n'),
				'c.csv'
			)
		).toThrow('c.csv, row 3: expected one value for AK');
	});

	test('a state code and name that disagree are refused, naming the column', () => {
		expect(() =>
			readText([PROVISIONAL_HEADER, line('2024', 1, '12', 'Alaska,01')].join('\n'), 'n.csv')
		).toThrow(
			'n.csv, row 2, column "Residence State": expected "Alabama" for code 01, found "Alaska".'
		);
		expect(() =>
			readText([PROVISIONAL_HEADER, line('2024', 1, '12', 'Atlantis,99')].join('\n'), 'f.csv')
		).toThrow('f.csv, row 2, column "Residence State Code": expected a 2-digit state FIPS code');
	});
});

const FILES = {
	final1999: 'cdc-wonder/Multiple_Cause_of_Death_1999_2020_MANUAL_DOWNLOAD.csv',
	final2018: 'cdc-wonder/Multiple_Cause_of_Death_2018_2023_Single_Race_MANUAL_DOWNLOAD.csv',
	provisional:
		'cdc-wonder/Provisional_Mortality_Statistics_2018_through_Last_Week_MANUAL_DOWNLOAD.csv'
};
/** rows in the file, months from January of its first year to its last month, datasets */
const SHAPES = [
	{ rel: FILES.final1999, rows: 3347, months: 264, code: 'State Code', id: 'cdc-wonder-final' },
	{ rel: FILES.final2018, rows: 3003, months: 72, code: 'State Code', id: 'cdc-wonder-final' },
	{
		rel: FILES.provisional,
		rows: 3658,
		months: 87,
		code: 'Residence State Code',
		id: 'cdc-wonder-provisional'
	}
];

describe('the official files in ../shared/data', () => {
	test.for(SHAPES)('$rel: every row is a month, every other month is suppressed', (f, ctx) => {
		const path = sharedFile(f.rel);
		if (!path) return ctx.skip(`${f.rel} is not here`);
		const rows = officialRows(path);
		const r = read(path);
		expect(r.adapter.id).toBe(f.id);
		expect([rows.length, r.rowsRead, r.skipped]).toEqual([f.rows, f.rows, []]);
		const monthly = r.series.filter((s) => s.measure === MONTHLY);
		expect(monthly).toHaveLength(51);
		for (const row of rows) {
			const geo = CTX.geography.byFips.get(row.get(f.code))!.code;
			const period = row.get('Month Code').replace('/', '-');
			const p = find(r, MONTHLY, geo).points.find((x) => x.period === period);
			expect(p?.value, `${geo} ${period}`).toBe(Number(row.get('Deaths')));
		}
		const points = monthly.flatMap((s) => s.points);
		expect(points).toHaveLength(51 * f.months);
		const gaps = points.filter((p) => p.value === null);
		expect(gaps).toHaveLength(51 * f.months - f.rows);
		expect(gaps.every((p) => p.status === 'suppressed' && p.low === 0 && p.high === 9)).toBe(true);
		expect(gaps.every((p) => p.note === NOT_SHOWN)).toBe(true);
		expect(r.series.every((s) => measure(s.measure))).toBe(true);
	});

	test('a year’s total is the sum of the twelve months in WONDER’s file', (ctx) => {
		const path = sharedFile(FILES.final2018);
		if (!path) return ctx.skip(`${FILES.final2018} is not here`);
		const ohio2021 = officialRows(path).filter(
			(row) => row.get('State') === 'Ohio' && row.get('Year Code') === '2021'
		);
		expect(ohio2021).toHaveLength(12);
		const sum = ohio2021.reduce((n, row) => n + Number(row.get('Deaths')), 0);
		const total = find(read(path), YEARLY, 'OH').points.find((p) => p.period === '2021');
		expect(total).toEqual({ period: '2021', value: sum, status: 'final' });
	});

	test('states WONDER leaves out entirely are suppressed in every month, never 0', (ctx) => {
		const path = sharedFile(FILES.final1999);
		if (!path) return ctx.skip(`${FILES.final1999} is not here`);
		const r = read(path);
		for (const geo of ['HI', 'MT', 'ND', 'SD', 'WY']) {
			expect(find(r, MONTHLY, geo).points.every((p) => p.status === 'suppressed')).toBe(true);
			expect(find(r, YEARLY, geo).points[0]).toMatchObject({ period: '1999', low: 0, high: 108 });
		}
	});

	test('the final files join, the 2018–2023 database winning where both cover a month', (ctx) => {
		const [older, newer] = [FILES.final1999, FILES.final2018].map(sharedFile);
		if (!older || !newer) return ctx.skip('the final WONDER files are not here');
		const files = [older, newer].map((p) => {
			const r = read(p);
			return { source: { name: p, sha256: p, release: r.release }, series: r.series };
		});
		const oh = concatReleases(files).find((s) => s.measure === MONTHLY && s.geo === 'OH')!;
		expect(oh.points[0]!.period).toBe('1999-01');
		expect(oh.points.at(-1)!.period).toBe('2023-12');
		const newRow = officialRows(newer).find(
			(row) => row.get('State') === 'Ohio' && row.get('Month Code') === '2019/06'
		)!;
		expect(oh.points.find((p) => p.period === '2019-06')!.value).toBe(Number(newRow.get('Deaths')));
	});
});
