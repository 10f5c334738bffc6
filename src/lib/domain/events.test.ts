/**
 * data/events.csv is written by hand from official sources: every row must
 * parse (a real date, a known category and scope, an https address of an
 * official site, what the source says), and no event may appear twice.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import { byDate, isOfficialUrl, medicaidEvents, parseEvents } from './events';

const csv = readFileSync(resolve(import.meta.dirname, '../../../data/events.csv'), 'utf8');
const events = parseEvents(csv);

test('every row of data/events.csv parses, with a scope that is the US or a known state', () => {
	expect(events.length).toBeGreaterThanOrEqual(8);
	for (const e of events)
		expect(e.scope === 'US' || CTX.geography.byCode.has(e.scope), `${e.title}: ${e.scope}`).toBe(
			true
		);
});

test('no event appears twice (same date and title, or same source and date)', () => {
	const keys = events.map((e) => `${e.date}|${e.title.toLowerCase()}`);
	expect(new Set(keys).size).toBe(keys.length);
	const sources = events.map((e) => `${e.date}|${e.source_url}`);
	expect(new Set(sources).size).toBe(sources.length);
});

test('the events the issue asks for are there', () => {
	const has = (date: string, word: RegExp) =>
		events.some((e) => e.date === date && word.test(e.title));
	expect(has('2017-10-26', /public health emergency/)).toBe(true);
	expect(has('2018-10-24', /SUPPORT/)).toBe(true);
	expect(has('2019-05-01', /China/)).toBe(true);
	expect(has('2023-03-29', /naloxone/)).toBe(true);
	expect(has('2022-12-29', /X-waiver/)).toBe(true);
	expect(events.filter((e) => e.date.startsWith('2025')).length).toBeGreaterThanOrEqual(3);
});

test.each([
	['https://www.samhsa.gov/newsroom', true],
	['https://law.ga.gov/press-releases/x', true],
	['https://www.unodc.org/LSS/x', true],
	['http://www.hhs.gov/x', false],
	['https://www.kff.org/x', false],
	['https://gov.example.com/x', false],
	['https://example.gov.evil.com/x', false],
	['not a url', false]
])('isOfficialUrl(%s) = %s', (url, ok) => {
	expect(isOfficialUrl(url)).toBe(ok);
});

const HEADER = 'date,title,scope,category,source_url,source_says\n';
test.each([
	[
		'2023-02-30,An impossible day,US,other,https://www.hhs.gov/x,The source says so.',
		/row 2: date/
	],
	['2023-02-01,A wrong category,US,policing,https://www.hhs.gov/x,The source says so.', /category/],
	[
		'2023-02-01,An unofficial source,US,other,https://example.com/x,The source says so.',
		/source_url/
	],
	['2023-02-01,Nothing quoted,US,other,https://www.hhs.gov/x,', /source_says/]
])('a bad row is refused with its row number: %s', (row, message) => {
	expect(() => parseEvents(HEADER + row)).toThrow(message);
});

test('Medicaid expansion events are made from KFF’s dates, one per state in effect', () => {
	const made = medicaidEvents(
		[
			{ geo: 'OH', status: 'in-effect', date: '2014-01-01' },
			{ geo: 'SD', status: 'in-effect', date: '2023-07-01' },
			{ geo: 'TX', status: 'not-adopted', date: null }
		],
		(g) => CTX.geography.byCode.get(g)!.name,
		{ url: 'https://www.kff.org/x', asOf: 'August 2025' }
	);
	expect(byDate(made).map((e) => [e.date, e.scope, e.title])).toEqual([
		['2014-01-01', 'OH', 'Medicaid expansion takes effect in Ohio'],
		['2023-07-01', 'SD', 'Medicaid expansion takes effect in South Dakota']
	]);
	expect(made[1]!.source_says).toContain('7/1/2023');
});
