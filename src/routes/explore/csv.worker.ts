/**
 * The worker that reads a person's file off the main thread, so the page stays
 * responsive however large the file. It only wires messages to runRead.
 */
import { GEOGRAPHY } from '$lib/data/geography';
import { runRead } from '$lib/explore/run-read';
import type { ReadRequest, WorkerMessage } from '$lib/explore/protocol';
import { ADAPTERS } from '$lib/sources/registry';
import { csvAdapters } from '$lib/sources/types';

const scope = self as unknown as {
	onmessage: ((e: MessageEvent<ReadRequest>) => void) | null;
	postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
};

scope.onmessage = (e) => {
	void runRead(e.data, {
		adapters: csvAdapters(ADAPTERS),
		ctx: { geography: GEOGRAPHY },
		post: (m, transfer) => scope.postMessage(m, transfer ?? []),
		fetch: (...args) => fetch(...args),
		now: () => Date.now()
	});
};
