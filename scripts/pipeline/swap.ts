/**
 * Atomic replacement of an output folder. New output is written into a
 * staging folder beside the old one and swapped in by two renames; a run that
 * fails before the swap leaves the old folder byte-for-byte as it was. A run
 * killed between the two renames is repaired by `recover` on the next run.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const previous = (target: string) => join(dirname(target), `.${basename(target)}.previous`);

export async function recover(target: string): Promise<void> {
	const old = previous(target);
	if (!existsSync(old)) return;
	if (existsSync(target)) await rm(old, { recursive: true, force: true });
	else await rename(old, target);
}

/** A fresh staging folder on the same file system as `target`. */
export async function stagingFor(target: string): Promise<string> {
	await mkdir(dirname(target), { recursive: true });
	return mkdtemp(join(dirname(target), `.${basename(target)}.staging-`));
}

export async function swapIn(staged: string, target: string): Promise<void> {
	await recover(target);
	const old = previous(target);
	const had = existsSync(target);
	if (had) await rename(target, old);
	await rename(staged, target);
	if (had) await rm(old, { recursive: true, force: true });
}
