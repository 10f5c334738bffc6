/**
 * npm run audit — `npm audit --omit=dev`, held to "no high or critical
 * advisory" in what the site ships (its runtime dependencies).
 *
 * Exit 1 when npm reports a high or critical advisory (each one is named).
 * When the advisory database cannot be reached (no internet, or a registry
 * mirror that does not serve the audit endpoint) it says so plainly and exits
 * 0: that is "not checked", never "no advisories".
 */
import { spawnSync } from 'node:child_process';

interface Report {
	metadata?: { vulnerabilities: Record<string, number> };
	vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
	message?: string;
	error?: { summary?: string };
}

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: Report;
try {
	report = JSON.parse(run.stdout) as Report;
} catch {
	report = { message: (run.stderr || run.stdout).trim().split('\n')[0] };
}

if (!report.metadata) {
	const why = report.message ?? report.error?.summary ?? 'no report';
	console.log(`npm audit: NOT CHECKED: the advisory database could not be reached (${why}).`);
	process.exit(0);
}

const counts = report.metadata.vulnerabilities;
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) =>
	['high', 'critical'].includes(v.severity)
);
console.log(
	`npm audit (runtime dependencies): ${Object.entries(counts)
		.map(([k, n]) => `${n} ${k}`)
		.join(', ')}`
);
for (const [name, v] of serious) console.log(`  ${v.severity}: ${name}`);
process.exit(serious.length ? 1 : 0);
