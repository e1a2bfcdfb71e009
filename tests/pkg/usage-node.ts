// Compiled by tests/e2e/package.test.mjs with tsc --strict, lib es2022 and
// no DOM: the Node entry's types must stand without the browser's.
import { Chart, datasetTable, quoteChecks, validateData, type CheckRow, type Dataset } from 'pk-it-exports/node';

const data: Dataset = { sources: [{ id: 's', outlet: 'Dawn', reference: 'https://www.dawn.com/' }], records: [{ measure: 'ict', period: 'FY2024-25', value: 3800, source: 's' }] };
const count: number = validateData(data);
const checks: CheckRow[] = quoteChecks('ur');
const rows: string[] = datasetTable().map((r) => `${r.period} ${r.value}`);
const chart = new Chart({ chart: 'annual' });
const csv: string = chart.csv();
chart.free();
// @ts-expect-error: there is no init() to call in Node
import('pk-it-exports/node').then((m) => m.default());
export const out = `${count} ${checks.length} ${rows.length} ${csv.length}`;
