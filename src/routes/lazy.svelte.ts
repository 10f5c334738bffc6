/**
 * A value the page asks for after it is live (map outlines, county figures):
 * null until it arrives, with the error in words if it does not.
 */
export class Lazy<T> {
	value = $state.raw<T | null>(null);
	error = $state<string | null>(null);
	#started = false;

	/** Starts the request once; later calls do nothing. */
	start(request: () => Promise<T>, what: string): void {
		if (this.#started) return;
		this.#started = true;
		request().then(
			(v) => (this.value = v),
			(e: Error) => (this.error = `${what} could not be loaded: ${e.message}`)
		);
	}
}
