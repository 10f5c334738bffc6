/**
 * Every official dataset the dashboard reads, in the order files are tested
 * against them (more specific headers first).
 */
import { cdcVsrrState } from './cdc-vsrr-state/adapter';
import type { Adapter } from './types';

export const ADAPTERS: readonly Adapter[] = [cdcVsrrState];

export function adapterById(id: string): Adapter | undefined {
	return ADAPTERS.find((a) => a.id === id);
}
