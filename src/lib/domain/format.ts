/**
 * Numbers as people read them: thousands separated, percentages rounded
 * sensibly, en-US style. Written out rather than through Intl.NumberFormat:
 * the first Intl formatter a page makes loads the browser's locale data,
 * 50–120 ms on the main thread while the page hydrates (×4 on a slow phone).
 * The output is the same as Intl's with `maximumFractionDigits: digits,
 * minimumFractionDigits: 0` (format.test.ts checks it against Intl).
 */

/** n rounded half away from zero to at most `digits` decimals, from its shortest decimal form (as Intl rounds). */
function roundDecimal(n: number, digits: number): { int: string; frac: string } {
	const [mantissa = '0', exp = '0'] = Math.abs(n).toString().split('e');
	const [whole = '0', part = ''] = mantissa.split('.');
	// shift the decimal point by the exponent: 1.5e-7 -> 0.00000015, 1.5e21 -> 1500…
	let digitsAll = whole + part;
	let point = whole.length + Number(exp);
	if (point < 0) {
		digitsAll = '0'.repeat(-point) + digitsAll;
		point = 0;
	} else if (point > digitsAll.length) digitsAll = digitsAll.padEnd(point, '0');
	const keep = digitsAll.slice(0, point + digits).padEnd(point + digits, '0');
	const up = (digitsAll.charCodeAt(point + digits) || 48) >= 53; // the next digit is 5 or more
	const rounded = up ? increment(keep) : keep;
	const intLength = rounded.length - digits;
	return {
		int: rounded.slice(0, intLength).replace(/^0+(?=\d)/, '') || '0',
		frac: rounded.slice(intLength).replace(/0+$/, '')
	};
}

/** A decimal digit string plus one in its last place ('199' -> '200', '99' -> '100'). */
function increment(ds: string): string {
	const out = ds.split('');
	for (let i = out.length - 1; i >= 0; i--) {
		if (out[i] !== '9') {
			out[i] = String(Number(out[i]) + 1);
			return out.join('');
		}
		out[i] = '0';
	}
	return '1' + out.join('');
}

function format(n: number, digits: number, minDigits = 0): string {
	if (Number.isNaN(n)) return 'NaN';
	if (!Number.isFinite(n)) return n < 0 ? '-∞' : '∞';
	const { int, frac } = roundDecimal(n, digits);
	const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
	const sign = n < 0 || Object.is(n, -0) ? '-' : '';
	const shown = frac.padEnd(minDigits, '0');
	return `${sign}${grouped}${shown ? `.${shown}` : ''}`;
}

export function formatCount(n: number): string {
	return format(n, 0);
}

export function formatNumber(n: number, digits = 1): string {
	return format(n, digits);
}

/** Exactly `digits` decimals (an axis labels 0.5, 1.0, 1.5). */
export function formatFixed(n: number, digits: number): string {
	return format(n, digits, digits);
}

export function formatPercent(n: number): string {
	return `${format(n, Math.abs(n) < 10 ? 1 : 0)} %`;
}

/** A label inside a sentence: 'Overdose deaths' -> 'overdose deaths', but 'ED visits' stays. */
export function inSentence(label: string): string {
	return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
