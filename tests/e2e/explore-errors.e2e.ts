/**
 * Files that cannot be read, and rows that cannot, say where and what to do;
 * a CSV can be read from another site that allows it, and a site that does
 * not gets a message saying why.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { chooseFile } from '../support/explore-page';

const fatal: [string, string, string[]][] = [
	[
		'a file separated by semicolons',
		'month;state;deaths\n2024-01;OH;3\n',
		[
			'Row 1:',
			'Expected values separated by commas, found values separated by semicolons.',
			'What to do: Save the file as comma-separated CSV'
		]
	],
	[
		'a file without a header',
		'2024-01,OH,3\n2024-02,OH,4\n',
		[
			'Row 1:',
			'Expected a first row of column names, found a row of data',
			'What to do: Add a first row that names each column'
		]
	],
	['an empty file', '', ['Expected rows of data, found an empty file.']],
	[
		'a wide table (years as columns)',
		'state,2019,2020,2021\nOH,1,2,3\n',
		['found 3 columns named after years', 'Reshape the table']
	]
];

for (const [name, text, parts] of fatal)
	test(`${name} says where and what to do`, async ({ page }) => {
		await page.goto('/explore');
		await chooseFile(page, { name: 'mine.csv', text });
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('mine.csv could not be read.');
		for (const part of parts) await expect(alert).toContainText(part);
		// the person can try another file at once
		await expect(page.getByLabel('Choose a CSV file')).toBeVisible();
	});

test('an unknown place code and a date that cannot be read are shown in their rows, with what to do', async ({
	page
}) => {
	await page.goto('/explore');
	await chooseFile(page, {
		name: 'mine.csv',
		text: 'month,state,deaths\n2024-01,OH,3\n2024-02,ZZ,4\nthe 5th of May,OH,5\n'
	});
	const preview = page.getByRole('table', { name: 'The first rows, as they will be read' });
	await expect(preview.getByRole('row', { name: /^3 / })).toContainText(
		'Cannot be read (state): ZZ is not a US state code.'
	);
	await expect(preview.getByRole('row', { name: /^4 / })).toContainText(
		'Cannot be read (month): this is not a date this page can read.'
	);
	await page.getByRole('button', { name: 'Read the whole file' }).click();
	const problems = page.getByRole('table', { name: 'Rows that could not be read' });
	await expect(problems.getByRole('row', { name: /^3 / }).getByRole('cell')).toHaveText([
		'state',
		'ZZ',
		'ZZ is not a US state code',
		/^Use two-letter codes such as OH/
	]);
	await expect(problems.getByRole('row', { name: /^4 / }).getByRole('cell').nth(3)).toHaveText(
		/^Write dates like 2024-06/
	);
});

test('a mapping that reads no row at all says so and keeps the mapping to change', async ({
	page
}) => {
	await page.goto('/explore');
	await chooseFile(page, {
		name: 'mine.csv',
		text: 'month,state,deaths\n2024-01,ZZ,3\n2024-02,ZZ,4\n'
	});
	await page.getByRole('button', { name: 'Read the whole file' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Row 2, column “state”: Expected at least one row that can be read'
	);
	await expect(page.getByRole('heading', { name: 'Which columns hold what' })).toBeVisible();
});

test.describe('reading from a web address', () => {
	let servers: Server[] = [];
	const serve = async (cors: boolean) => {
		const server = createServer((_req, res) => {
			res.writeHead(200, {
				'content-type': 'text/csv',
				...(cors ? { 'access-control-allow-origin': '*' } : {})
			});
			res.end('month,state,deaths\n2024-01,OH,31\n2024-02,OH,32\n');
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		servers.push(server);
		return `http://127.0.0.1:${(server.address() as AddressInfo).port}/od.csv`;
	};
	test.afterEach(() => {
		for (const s of servers) s.close();
		servers = [];
	});

	test('a site that allows other sites to read the file: read in the browser', async ({ page }) => {
		const url = await serve(true);
		await page.goto('/explore');
		await expect(page.getByRole('button', { name: 'Read from the address' })).toBeEnabled();
		await page.getByLabel('Or read a CSV from its web address').fill(url);
		await page.getByRole('button', { name: 'Read from the address' }).click();
		await expect(page.getByRole('heading', { name: 'Which columns hold what' })).toBeVisible();
		await page.getByRole('button', { name: 'Read the whole file' }).click();
		await expect(page.getByRole('status')).toHaveText(`Read ${url}: 2 rows, 2 values.`);
	});

	test('a site that does not: a message saying why and what to do', async ({ page }) => {
		const url = await serve(false);
		await page.goto('/explore');
		await expect(page.getByRole('button', { name: 'Read from the address' })).toBeEnabled();
		await page.getByLabel('Or read a CSV from its web address').fill(url);
		await page.getByRole('button', { name: 'Read from the address' }).click();
		await expect(page.getByRole('alert')).toContainText(
			`The file at ${url} could not be downloaded.`
		);
		await expect(page.getByRole('alert')).toContainText('(CORS)');
	});
});
