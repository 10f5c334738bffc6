/**
 * Keeping a person's loaded data in this browser (IndexedDB), only when they
 * ask, and removing it with one click. Nothing here touches the network.
 */
import * as v from 'valibot';
import { LoadedSchema, type Loaded } from '$lib/explore/loaded';

const DB = 'fentanyl-dashboard-explore';
const STORE = 'kept';
const KEY = 'current';

function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});
}

async function withStore<T>(
	mode: IDBTransactionMode,
	run: (s: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const open = indexedDB.open(DB, 1);
	open.onupgradeneeded = () => open.result.createObjectStore(STORE);
	const db = await request(open);
	try {
		return await request(run(db.transaction(STORE, mode).objectStore(STORE)));
	} finally {
		db.close();
	}
}

export const keep = (loaded: Loaded) => withStore('readwrite', (s) => s.put(loaded, KEY));

/** The kept data, or null; data that no longer fits the schema is dropped. */
export async function kept(): Promise<Loaded | null> {
	if (typeof indexedDB === 'undefined') return null;
	const value = await withStore('readonly', (s) => s.get(KEY));
	if (value === undefined) return null;
	const parsed = v.safeParse(LoadedSchema, value);
	if (parsed.success) return parsed.output;
	await forget();
	return null;
}

/** Removes everything this page kept: the whole database, not just the entry. */
export function forget(): Promise<void> {
	return new Promise((resolve, reject) => {
		const r = indexedDB.deleteDatabase(DB);
		r.onsuccess = () => resolve();
		r.onerror = () => reject(r.error);
		r.onblocked = () => resolve();
	});
}
