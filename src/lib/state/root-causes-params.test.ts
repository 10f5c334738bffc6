import { expect, test } from 'vitest';
import { DEFAULTS, paramValue, readParams } from './root-causes-params';

test('no parameters: the defaults', () => {
	expect(DEFAULTS).toMatchObject({
		o: 'synthetic-opioids',
		x: 'naloxone',
		y: 2023,
		s: [],
		g: 2014
	});
	expect(DEFAULTS.ev).toHaveLength(4);
});

test('a link with a selection is read whole', () => {
	const p = readParams(
		new URLSearchParams(
			'o=all-drugs&x=poverty&y=2021&s=OH,WV,OH&ev=supply-enforcement,prevention&m=nchs'
		)
	);
	expect(p).toMatchObject({
		o: 'all-drugs',
		x: 'poverty',
		y: 2021,
		s: ['OH', 'WV'],
		ev: ['supply-enforcement', 'prevention'],
		m: 'nchs'
	});
});

test('bad values fall back one by one, without breaking the rest', () => {
	const p = readParams(
		new URLSearchParams('x=astrology&y=1990&s=oh,TX,<script>&ev=bogus&a=northern')
	);
	expect(p).toMatchObject({ x: 'naloxone', y: 2023, s: ['TX'], a: 'northern' });
	expect(p.ev).toEqual(DEFAULTS.ev);
	expect(readParams(new URLSearchParams('ev=none')).ev).toEqual([]);
});

test('a default value is kept out of the link', () => {
	expect(paramValue('y', 2023)).toBeNull();
	expect(paramValue('y', 2020)).toBe('2020');
	expect(paramValue('s', ['OH', 'WV'])).toBe('OH,WV');
	expect(paramValue('s', [])).toBeNull();
	expect(paramValue('ev', [])).toBe('none');
	expect(paramValue('ev', DEFAULTS.ev)).toBeNull();
});
