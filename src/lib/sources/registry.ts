/**
 * Every official dataset the dashboard reads, in the order files are tested
 * against them (more specific headers first).
 */
import { cdcVsrrState } from './cdc-vsrr-state/adapter';
import type { CsvAdapter } from './types';

export const ADAPTERS: readonly CsvAdapter[] = [cdcVsrrState];

export function adapterById(id: string): CsvAdapter | undefined {
	return ADAPTERS.find((a) => a.id === id);
}
