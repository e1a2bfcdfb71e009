// Compiled (not run) by tests/e2e/package.test.mjs against pkg/'s types: what
// a developer writes must type-check, and mistakes must not.
import init, { Chart, defaultOptions, quoteChecks, type ChartOptions } from '../../pkg/pk_it_exports.js';

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
  return `${text.takeaway} ${first.rect.x0} ${verdicts.length} ${defaults} ${inUrdu.length}`;
}
