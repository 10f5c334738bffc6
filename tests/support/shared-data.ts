/**
 * Where the real official files are: ../shared/data beside this repository,
 * or SHARED_DATA. In CI (CI=true) a missing file fails the test; elsewhere
 * the test is skipped with the reason.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DATA = resolve(
	process.env.SHARED_DATA ?? resolve(import.meta.dirname, '../../../shared/data')
);

export function sharedFile(rel: string): string | null {
	const path = resolve(SHARED_DATA, rel);
	if (existsSync(path)) return path;
	if (process.env.CI)
		throw new Error(
			`Official file missing in CI: ${path}. ../shared/data must sit beside the repository.`
		);
	return null;
}
