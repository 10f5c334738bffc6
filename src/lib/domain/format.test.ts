import { expect, test } from 'vitest';
import { formatCount, formatNumber, formatPercent, inSentence } from './format';

test.each([
	['Overdose deaths involving cocaine', 'overdose deaths involving cocaine'],
	['ED visits for a nonfatal overdose', 'ED visits for a nonfatal overdose'],
	['HHS Region 5', 'HHS Region 5']
])('“%s” inside a sentence reads “%s”', (label, words) => {
	expect(inSentence(label)).toBe(words);
});

test.each([
	[formatCount(107573), '107,573'],
	[formatCount(0.6), '1'],
	[formatNumber(31.26), '31.3'],
	[formatNumber(0.123456, 2), '0.12'],
	[formatNumber(2_000, 2), '2,000'],
	[formatPercent(-3.14), '-3.1 %'],
	[formatPercent(22.4), '22 %']
])('numbers read as people write them: %s', (shown, expected) => {
	expect(shown).toBe(expected);
});
