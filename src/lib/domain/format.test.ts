import { expect, test } from 'vitest';
import { inSentence } from './format';

test.each([
	['Overdose deaths involving cocaine', 'overdose deaths involving cocaine'],
	['ED visits for a nonfatal overdose', 'ED visits for a nonfatal overdose'],
	['HHS Region 5', 'HHS Region 5']
])('“%s” inside a sentence reads “%s”', (label, words) => {
	expect(inSentence(label)).toBe(words);
});
