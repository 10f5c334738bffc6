/**
 * Every official dataset the dashboard reads, in the order files are tested
 * against them (more specific headers first).
 */
import { cbpSeizures } from './cbp-seizures/adapter';
import { cdcVsrrState } from './cdc-vsrr-state/adapter';
import { deaNflis } from './dea-nflis/adapter';
import type { Adapter } from './types';

export const ADAPTERS: readonly Adapter[] = [cdcVsrrState, cbpSeizures, deaNflis];

export function adapterById(id: string): Adapter | undefined {
	return ADAPTERS.find((a) => a.id === id);
}
