/**
 * A long list checked by one loop rather than by a schema per element: a
 * state profile holds ~100,000 values, and a valibot schema per value took
 * ~100 ms of a page's start on a phone. The message names what was expected.
 */
import * as v from 'valibot';

export const column = <T>(ok: (x: unknown) => boolean, what: string) =>
	v.custom<T[]>((xs) => Array.isArray(xs) && xs.every(ok), `expected an array of ${what}`);

export const texts = column<string>((x) => typeof x === 'string', 'strings');
