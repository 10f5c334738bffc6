/** Numbers as people read them: thousands separated, percentages rounded sensibly. */

// One formatter per number of decimals: toLocaleString builds a new one on every call, which
// costs most of the time a table of a thousand cells takes to render.
const formatters = new Map<number, Intl.NumberFormat>();
function formatter(digits: number): Intl.NumberFormat {
	let f = formatters.get(digits);
	if (!f) {
		f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
		formatters.set(digits, f);
	}
	return f;
}

export function formatCount(n: number): string {
	return formatter(0).format(n);
}

export function formatNumber(n: number, digits = 1): string {
	return formatter(digits).format(n);
}

export function formatPercent(n: number): string {
	return `${formatter(Math.abs(n) < 10 ? 1 : 0).format(n)} %`;
}

/** A label inside a sentence: 'Overdose deaths' -> 'overdose deaths', but 'ED visits' stays. */
export function inSentence(label: string): string {
	return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
