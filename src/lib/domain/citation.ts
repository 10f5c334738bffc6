/**
 * Words that travel with exported numbers: the "cite this" line and the README
 * packed beside a CSV download. Both name the agency, the dataset, the release
 * used and the link that reproduces the view.
 */
import { formatPeriod } from './period';

export interface SourceRef {
	publisher: string;
	title: string;
	url: string;
	/** last period of the release used */
	release?: string;
	retrievedAt: string;
	derived?: boolean;
	caveats?: readonly string[];
}

function sourceWords(s: SourceRef): string {
	const release = s.release ? `, data through ${formatPeriod(s.release)}` : '';
	const derived = s.derived ? ' (derived by a third party from official data)' : '';
	return `${s.publisher}. ${s.title}${derived}${release} (retrieved ${s.retrievedAt.slice(0, 10)}). ${s.url}`;
}

export function citation(sources: readonly SourceRef[], link: string): string {
	return `${sources.map(sourceWords).join(' ')} Via Fentanyl Data Dashboard: ${link}`;
}

export function downloadReadme(o: {
	title: string;
	summary: string;
	columns: readonly string[];
	sources: readonly SourceRef[];
	link: string;
	downloadedAt: string;
}): string {
	const caveats = [...new Set(o.sources.flatMap((s) => s.caveats ?? []))];
	return [
		o.title,
		'',
		o.summary,
		'',
		`data.csv holds exactly the numbers shown in the table beside the chart. Columns: ${o.columns.join('; ')}.`,
		'An empty cell is a gap (suppressed, not shown or not reported): it is never zero. The status column says why.',
		'',
		'Source:',
		...o.sources.map((s) => `- ${sourceWords(s)}`),
		'',
		...(caveats.length ? ['Keep in mind:', ...caveats.map((c) => `- ${c}`), ''] : []),
		`This view: ${o.link}`,
		`Downloaded ${o.downloadedAt.slice(0, 10)} from the Fentanyl Data Dashboard.`,
		''
	].join('\n');
}
