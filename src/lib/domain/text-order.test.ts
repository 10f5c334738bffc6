import { expect, test } from 'vitest';
import { compareText } from './text-order';

test('names sort as a reader expects: case set aside, shorter first, then exact', () => {
	const names = [
		'Wyoming',
		'district of Columbia',
		'New York City',
		'New York',
		'Alabama',
		'alabama'
	];
	expect([...names].sort(compareText)).toEqual([
		'Alabama',
		'alabama',
		'district of Columbia',
		'New York',
		'New York City',
		'Wyoming'
	]);
});
