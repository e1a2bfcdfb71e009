// Run by tests/e2e/package.test.mjs in the consumer directory: what a build
// step in Node does with the package. No canvas, no init().
import { Chart, validateData } from 'pk-it-exports/node';

const good = {
  sources: [{ id: 'dawn', outlet: 'Dawn', date: '2025-07-18', reference: 'https://www.dawn.com/' }],
  records: [
    { measure: 'ict', period: 'FY2023-24', value: 3223, source: 'dawn' },
    { measure: 'ict', period: 'FY2024-25', value: 3800, source: 'dawn' },
  ],
};
console.log(`good: ${validateData(good)} records`);
try {
  validateData({ ...good, records: [{ ...good.records[0], value: -5 }] });
  console.log('bad: accepted');
} catch (e) {
  console.log(`bad: ${e.message}`);
}
const chart = new Chart({ chart: 'annual' });
chart.setData(good);
console.log(chart.text().title);
console.log(chart.csv());
chart.free();
