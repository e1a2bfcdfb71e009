// Compiled (not run) by tests/e2e/package.test.mjs in a fresh directory
// where the packed package is installed, with tsc --strict and the DOM
// library: what a developer writes must type-check, and mistakes must not.
import init, { Chart, defaultOptions, quoteChecks, uiText, validateData, type ChartOptions, type Dataset, type Period } from 'pk-it-exports';
import { setWasmUrls, type PkItExports } from 'pk-it-exports/element';
// As the README hands esbuild's file loader the wasm: typed by the package.
import wasmPath from 'pk-it-exports/pk_it_exports_bg.wasm';
import urWasmPath from 'pk-it-exports/pk_it_exports_ur_bg.wasm';

export async function use(canvas: HTMLCanvasElement): Promise<string> {
  await init();
  const options: ChartOptions = { chart: 'monthly', theme: 'dark', cumulative: true };
  const chart = new Chart(options);
  chart.render(canvas, 640, chart.preferredHeight(640), window.devicePixelRatio);
  const text = chart.text();
  const first = chart.layout().marks[0];
  const verdicts: string[] = quoteChecks().map((c) => c.verdictId);
  const defaults: boolean = defaultOptions().background;
  // Options are optional, as at run time; so is a language.
  new Chart().free();
  const inUrdu: string[] = quoteChecks('ur').map((c) => c.verdict);
  // @ts-expect-error: not a chart this widget draws
  new Chart({ chart: 'pie' });
  // @ts-expect-error: not an option
  new Chart({ colour: 'red' });
  // @ts-expect-error: not a language the widget speaks
  quoteChecks('fr');
  // Urdu, time left to right.
  new Chart({ chart: 'annual', lang: 'ur', mirror: false });
  // @ts-expect-error: not a language this widget speaks
  new Chart({ lang: 'fr' });
  // Results are typed all the way down: no any, no bare object.
  const period: Period = first.period;
  const fy: number | undefined = period.kind === 'fiscalYear' ? period.fy : undefined;
  const label: string = uiText().downloadData;
  // @ts-expect-error: uiText() is typed, not any
  uiText().noSuchWord;
  const data: Dataset = { sources: [{ id: 's', outlet: 'Dawn', reference: 'https://www.dawn.com/' }], records: [{ measure: 'ict', period: 'FY2024-25', value: 3800, source: 's' }] };
  const count: number = validateData(data);
  // @ts-expect-error: not a measure
  validateData({ sources: [], records: [{ measure: 'gdp', period: 'FY2024-25', value: 1, source: 's' }] });
  // The element, typed by its tag.
  const widget: PkItExports = document.createElement('pk-it-exports');
  const shown: Promise<void> = widget.setData(data);
  setWasmUrls({ en: '/assets/pk_it_exports_bg.wasm' });
  setWasmUrls({ en: new URL(wasmPath, import.meta.url), ur: new URL(urWasmPath, import.meta.url) });
  await init({ module_or_path: new URL(wasmPath, import.meta.url) });
  return `${fy} ${label} ${count} ${text.takeaway} ${first.rect.x0} ${verdicts.length} ${defaults} ${inUrdu.length} ${shown}`;
}
