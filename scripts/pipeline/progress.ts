/**
 * A terminal progress bar (bytes and rows). On a terminal it redraws one line;
 * in a log (CI) it prints one line when the file is done.
 */
import { formatCount } from '../../src/lib/domain/format';

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

export class Progress {
	private last = 0;
	private readonly tty = Boolean(process.stderr.isTTY);

	constructor(
		private readonly label: string,
		private readonly total?: number
	) {}

	update(bytes: number, rows?: number): void {
		if (!this.tty) return;
		const now = Date.now();
		if (now - this.last < 100) return;
		this.last = now;
		process.stderr.write(`\r${this.line(bytes, rows)}\x1b[K`);
	}

	done(bytes: number, rows?: number): void {
		process.stderr.write(
			`${this.tty ? '\r' : ''}${this.line(bytes, rows)}${this.tty ? '\x1b[K' : ''}\n`
		);
	}

	private line(bytes: number, rows?: number): string {
		const width = 24;
		const share = this.total ? Math.min(1, bytes / this.total) : undefined;
		const bar =
			share === undefined
				? ''
				: `[${'#'.repeat(Math.round(share * width)).padEnd(width, '-')}] ${Math.round(share * 100)}% `;
		const size = this.total ? `${mb(bytes)} / ${mb(this.total)}` : mb(bytes);
		const count = rows === undefined ? '' : `, ${formatCount(rows)} rows`;
		return `  ${this.label} ${bar}${size}${count}`;
	}
}
