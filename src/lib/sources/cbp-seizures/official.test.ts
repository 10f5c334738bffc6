/** The four official CBP files in ../shared/data, read whole, and read together. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CTX } from '../../../../tests/support/geography';
import { officialRows, type OfficialRow } from '../../../../tests/support/official-row';
import { sharedFile } from '../../../../tests/support/shared-data';
import { cbpAreaGeo } from '../../domain/cbp';
import { measure } from '../../domain/measures';
import { fiscalMonthPeriod, monthNumber } from '../../domain/period';
import type { SourcedSeries } from '../../domain/dataset-file';
import { concatReleases } from '../../domain/releases';
import { readCsvText } from '../read-text';
import { cbpSeizures } from './adapter';
import { NO_ROW_NOTE } from './totals';

const FILES = [
	'cbp-seizures/nationwide-drugs-fy19-fy22.csv',
	'cbp-seizures/nationwide-drugs-fy23-fy26-apr.csv',
	'cbp-seizures/amo-drug-seizures-fy19-fy22.csv',
	'cbp-seizures/amo-drug-seizures-fy23-fy26-dec.csv'
];
const read = (path: string) => readCsvText(readFileSync(path, 'utf8'), path, [cbpSeizures], CTX);
const area = (r: OfficialRow) => r['Area of Responsibility'] ?? r.get('Branch');
/** The key of a row without its Land Filter: rows that share it add up into one point. */
const key = (r: OfficialRow) =>
	[r.get('FY'), r.get('Month (abbv)'), area(r), r.get('Drug Type')].join('|');
const isArea = (s: { geo: string }) =>
	!/^cbp:(all|southwest|northern|coastal-interior)(:|$)/.test(s.geo);

describe.for(FILES)('%s', (rel) => {
	test('every row lands in a point: none left out, events and pounds all counted', (ctx) => {
		const path = sharedFile(rel);
		if (!path) return ctx.skip(`${rel} is not here`);
		const rows = officialRows(path);
		const r = read(path);
		expect(r.rowsRead).toBe(rows.length);
		expect(r.skipped).toEqual([]);
		const areaMonths = r.series.filter((s) => isArea(s) && s.measure.endsWith('.events'));
		const listed = areaMonths.flatMap((s) => s.points.filter((p) => p.note !== NO_ROW_NOTE));
		// rows read = points made from rows + rows added to another row's point (other Land Filter)
		const merged = rows.length - new Set(rows.map(key)).size;
		expect(listed.length + merged).toBe(rows.length);
		const events = rows.reduce((n, row) => n + Number(row.get('Count of Event')), 0);
		expect(listed.reduce((n, p) => n + p.value!, 0)).toBe(events);
		const lbs = rows.reduce((n, row) => n + Number(row.get('Sum Qty (lbs)')), 0);
		const nationwide = r.series.filter(
			(s) => /^cbp:all:/.test(s.geo) && s.measure.endsWith('.lbs')
		);
		const total = nationwide.flatMap((s) => s.points).reduce((n, p) => n + p.value!, 0);
		expect(total).toBeCloseTo(lbs, 6);
	});

	test('a value read from the file is in the output unchanged, to the last decimal', (ctx) => {
		const path = sharedFile(rel);
		if (!path) return ctx.skip(`${rel} is not here`);
		const rows = officialRows(path);
		const counts = new Map<string, number>();
		for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
		// the fentanyl row with the most digits among those no other row adds to
		const lbs = (x: OfficialRow) => x.get('Sum Qty (lbs)');
		const row = rows
			.filter((x) => x.get('Drug Type') === 'Fentanyl' && counts.get(key(x)) === 1)
			.sort((a, b) => lbs(b).length - lbs(a).length)[0]!;
		const fy = Number.parseInt(row.get('FY'));
		const period = fiscalMonthPeriod(fy, monthNumber(row.get('Month (abbv)'))!);
		const { series } = read(path);
		const point = (measure: string) =>
			series
				.find((s) => s.measure === measure && s.geo === cbpAreaGeo(area(row)))!
				.points.find((p) => p.period === period)!;
		expect(point('seizures.fentanyl.lbs').value).toBe(Number(lbs(row)));
		expect(point('seizures.fentanyl.events').value).toBe(Number(row.get('Count of Event')));
	});
});

describe('the four files together', () => {
	const paths = FILES.map(sharedFile);
	const ready = paths.every(Boolean);
	const all = (): SourcedSeries[] => {
		const files = paths.map((p) => {
			const r = read(p!);
			return { source: { name: p!, sha256: p!, release: r.release }, series: r.series };
		});
		const joined = concatReleases(files);
		return [...joined, ...cbpSeizures.derive!(joined)];
	};
	const series = ready ? all() : [];
	const at = (measure: string, geo: string, period: string) =>
		series
			.find((s) => s.measure === measure && s.geo === geo)!
			.points.find((p) => p.period === period)!;

	test.skipIf(!ready)('most fentanyl by weight is seized at ports of entry (FY2023)', () => {
		const fy = 'seizures.fentanyl.lbs.fiscal-year';
		const ofo = at(fy, 'cbp:all:ofo', 'FY2023').value!;
		const usbp = at(fy, 'cbp:all:usbp', 'FY2023').value!;
		expect(Math.round(ofo / 1000)).toBe(24);
		expect(Math.round((ofo + usbp) / 1000)).toBe(27);
		const wide = at(fy, 'cbp:all', 'FY2023').value!;
		expect(wide).toBeCloseTo(ofo + usbp + at(fy, 'cbp:all:amo', 'FY2023').value!, 6);
	});

	test.skipIf(!ready)('the year to date says which months it covers', () => {
		const fy = 'seizures.fentanyl.lbs.fiscal-year';
		expect(at(fy, 'cbp:all:ofo', 'FY2026')).toMatchObject({
			status: 'provisional',
			incomplete: true,
			note: 'Only 7 of 12 months: October 2025 – April 2026.'
		});
		expect(at(fy, 'cbp:all', 'FY2026').note).toBe(
			'Only 3 of 12 months: October 2025 – December 2025.'
		);
		expect(at('seizures.fentanyl.lbs', 'cbp:all', '2026-01')).toMatchObject({
			value: null,
			status: 'missing'
		});
		expect(at('seizures.fentanyl.lbs', 'cbp:southwest:ofo', '2026-04').value).toBeGreaterThan(0);
	});

	test.skipIf(!ready)(
		'every measure is in the catalogue; CBP-wide totals only for AMO drugs',
		() => {
			for (const s of series) expect(measure(s.measure), s.measure).toBeDefined();
			const wide = new Set(
				series.filter((s) => s.geo === 'cbp:all').map((s) => s.measure.split('.')[1])
			);
			expect([...wide].sort()).toEqual([
				'cocaine',
				'fentanyl',
				'heroin',
				'marijuana',
				'methamphetamine'
			]);
		}
	);

	test.skipIf(!ready)('the files join without a gap from October 2018 to April 2026', () => {
		const months = series.find(
			(s) => s.measure === 'seizures.fentanyl.lbs' && s.geo === 'cbp:all:ofo'
		)!;
		expect(months.points.length).toBe(12 * 7 + 7);
		expect([months.points[0]!.period, months.points.at(-1)!.period]).toEqual([
			'2018-10',
			'2026-04'
		]);
	});
});
