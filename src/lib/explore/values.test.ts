import { describe, expect, test } from 'vitest';
import { readValue, valueShare, type ValueKind } from './values';

const value = (v: number) => ({ value: v });
const missing = { value: null, status: 'missing' as const, note: expect.any(String) };
const suppressed = (low?: number, high?: number) => ({
	value: null,
	status: 'suppressed' as const,
	note: expect.any(String),
	...(low === undefined ? {} : { low, high })
});
const problem = (match: RegExp) => ({ problem: expect.stringMatching(match) });

describe('readValue', () => {
	const cases: [ValueKind, string, ReturnType<typeof readValue>][] = [
		['count', '12', value(12)],
		['count', ' 1,234 ', value(1234)],
		['count', '12.0', value(12)],
		['count', '0', value(0)],
		['count', '', missing],
		['count', 'N/A', missing],
		['count', 'NA', missing],
		['count', '.', missing],
		['count', '*', suppressed()],
		['count', 'Suppressed', suppressed()],
		['count', '<10', suppressed(0, 9)],
		['count', 'fewer than 10', suppressed(0, 9)],
		['count', '1-9', suppressed(1, 9)],
		['count', '-3', problem(/whole number of 0 or more/)],
		['count', '2.5', problem(/whole number/)],
		['count', 'twelve', problem(/not a number/)],
		['count', '12%', problem(/not a number/)],
		['count', '<script>alert(1)</script>', problem(/not a number/)],
		['rate', '12.5%', value(12.5)],
		['rate', '12.5', value(12.5)],
		['rate', '<10', suppressed(0, 10)],
		['amount', '-3.5', value(-3.5)],
		['amount', '1,234.5', value(1234.5)]
	];
	test.each(cases)('%s %j', (kind, cell, expected) => {
		expect(readValue(cell, kind)).toEqual(expected);
	});

	test('a blank is never read as zero', () => {
		expect(readValue('', 'count')).toMatchObject({ value: null, note: 'blank in the file' });
	});
});

test('valueShare: how much of a column reads as numbers', () => {
	expect(valueShare(['1', '2', 'x', '4'])).toBe(0.75);
	expect(valueShare(['Ohio', 'Texas'])).toBe(0);
	expect(valueShare([])).toBe(0);
});
