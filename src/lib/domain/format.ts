/** Numbers as people read them: thousands separated, percentages rounded sensibly. */

export function formatCount(n: number): string {
	return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

export function formatNumber(n: number, digits = 1): string {
	return n.toLocaleString('en-US', { maximumFractionDigits: digits });
}

export function formatPercent(n: number): string {
	const digits = Math.abs(n) < 10 ? 1 : 0;
	return `${n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })} %`;
}

/** A label inside a sentence: 'Overdose deaths' -> 'overdose deaths', but 'ED visits' stays. */
export function inSentence(label: string): string {
	return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
