import { describe, expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import { ADAPTERS } from '../sources/registry';
import { csvAdapters } from '../sources/types';
import type { Mapping } from './mapping';
import type { ReadRequest, WorkerMessage } from './protocol';
import { runRead } from './run-read';

const OWN = 'month,state,deaths\n2024-01,OH,41\n2024-02,OH,38\n2024-03,ZZ,5\n';
const MAPPING: Mapping = {
	headerRow: 1,
	date: { column: 0, kind: 'month', order: 'month-first' },
	place: { kind: 'usps', column: 1 },
	value: { column: 2, kind: 'count' },
	unit: 'deaths',
	label: 'Deaths',
	status: 'final'
};

async function run(req: ReadRequest, fetch: typeof globalThis.fetch = globalThis.fetch) {
	const messages: WorkerMessage[] = [];
	let t = 0;
	await runRead(req, {
		adapters: csvAdapters(ADAPTERS),
		ctx: CTX,
		post: (m) => messages.push(structuredClone(m)),
		fetch,
		now: () => (t += 1000)
	});
	return { messages, last: messages.at(-1)! };
}

const file = (text: string, name = 'own.csv') => ({
	kind: 'file' as const,
	file: new File([text], name)
});

describe('reading a file the person chose', () => {
	test('posts progress, then asks for the column mapping', async () => {
		const { messages, last } = await run({ source: file(OWN) });
		expect(messages[0]).toMatchObject({ type: 'progress', total: OWN.length });
		expect(last).toMatchObject({
			type: 'needs-mapping',
			inspection: { header: ['month', 'state', 'deaths'] }
		});
	});

	test('with the mapping, posts the data as it will be charted, and the row it could not read', async () => {
		const { last } = await run({ source: file(OWN), mapping: MAPPING });
		expect(last.type).toBe('done');
		if (last.type !== 'done') return;
		expect(last.loaded).toMatchObject({
			name: 'own.csv',
			bytes: OWN.length,
			origin: { kind: 'mapped', mapping: MAPPING },
			rowsRead: 3,
			release: '2024-02',
			problems: [{ row: 4, column: 'state', found: 'ZZ', reason: 'ZZ is not a US state code' }]
		});
		expect([...last.loaded.data.series[0]!.v]).toEqual([41, 38]);
	});

	test('a file with no readable row fails, naming the first problem', async () => {
		const { last } = await run({
			source: file('month,state,deaths\n2024-01,ZZ,4\n'),
			mapping: MAPPING
		});
		expect(last).toEqual({
			type: 'failed',
			failure: {
				where: 'Row 2, column “state”',
				problem:
					'expected at least one row that can be read, found none (the first: ZZ is not a US state code)',
				hint: expect.stringMatching(/Check the columns/)
			}
		});
	});

	test('a file with semicolons fails with what to do', async () => {
		const { last } = await run({ source: file('month;state;deaths\n2024-01;OH;4\n') });
		expect(last).toMatchObject({
			type: 'failed',
			failure: {
				where: 'Row 1',
				problem: expect.stringMatching(/semicolons/),
				hint: expect.stringMatching(/comma-separated/)
			}
		});
	});
});

describe('reading from an address', () => {
	const url = { kind: 'url' as const, url: 'https://example.org/od.csv' };

	test('downloads without credentials and reads the body as it arrives', async () => {
		let init: RequestInit | undefined;
		const fetch = (async (_u: string, i: RequestInit) => {
			init = i;
			return new Response(OWN, { headers: { 'content-length': String(OWN.length) } });
		}) as unknown as typeof globalThis.fetch;
		const { last } = await run({ source: url, mapping: MAPPING }, fetch);
		expect(init).toMatchObject({ credentials: 'omit' });
		expect(last).toMatchObject({ type: 'done', loaded: { name: url.url, rowsRead: 3 } });
	});

	const failures: [string, typeof globalThis.fetch, string, RegExp][] = [
		[
			'a blocked read (CORS)',
			(async () => {
				throw new TypeError('Failed to fetch');
			}) as unknown as typeof globalThis.fetch,
			url.url,
			/CORS/
		],
		[
			'a 404',
			(async () =>
				new Response('nope', {
					status: 404,
					statusText: 'Not Found'
				})) as unknown as typeof globalThis.fetch,
			url.url,
			/should be the CSV file itself/
		],
		['not a web address', globalThis.fetch, 'file:///etc/passwd', /starting with https/],
		['not an address at all', globalThis.fetch, 'od.csv', /starting with https/]
	];
	test.each(failures)('%s fails with what to do', async (_name, fetch, address, hint) => {
		const { last } = await run({ source: { kind: 'url', url: address } }, fetch);
		expect(last).toMatchObject({ type: 'failed', failure: { hint: expect.stringMatching(hint) } });
	});
});
