/**
 * Starts a read in a fresh worker and hands back its outcome. Cancelling
 * ends the worker at once, wherever it is in the file.
 */
import type { Progress, ReadRequest, WorkerMessage } from '$lib/explore/protocol';
import ParseWorker from './csv.worker?worker';

export type ReadEnd = Exclude<WorkerMessage, { type: 'progress' }>;

export interface ReadHandle {
	done: Promise<ReadEnd | null>;
	cancel(): void;
}

export function startRead(req: ReadRequest, onProgress: (p: Progress) => void): ReadHandle {
	const worker = new ParseWorker();
	let settle: (end: ReadEnd | null) => void = () => {};
	const done = new Promise<ReadEnd | null>((resolve) => (settle = resolve));
	const finish = (end: ReadEnd | null) => {
		worker.terminate();
		settle(end);
	};
	worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
		const m = e.data;
		if (m.type === 'progress') onProgress(m);
		else finish(m);
	};
	worker.onerror = (e) => {
		e.preventDefault();
		finish({
			type: 'failed',
			failure: {
				where: '',
				problem: 'the reader stopped unexpectedly',
				hint: 'Reload the page and try again; if it happens again, the file may be too large for this browser.'
			}
		});
	};
	worker.postMessage(req);
	return { done, cancel: () => finish(null) };
}
