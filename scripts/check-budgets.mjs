// Fails (exit 1) when the built app breaks a size budget (SPEC §9). Sizes are
// deterministic, so this runs in npm test; timings are left to npm run bench.
import { BUDGET_FIRST_ROUTE_JS_KB, bundleReport } from './bundle-report.mjs';

const report = bundleReport();
const rows = [
  ['first route (initial)', report.initial.js, report.initial.css],
  ...Object.entries(report.screens).map(([name, size]) => [`+ ${name}`, size.js, size.css]),
];
console.log('chunk                         JS gz KB   CSS gz KB');
for (const [name, js, css] of rows) {
  console.log(`${name.padEnd(28)} ${js.toFixed(1).padStart(9)} ${css.toFixed(1).padStart(11)}`);
}

const failures = [];
if (report.initial.js > BUDGET_FIRST_ROUTE_JS_KB) {
  failures.push(
    `first-route JavaScript is ${report.initial.js.toFixed(1)} KB gzipped; the budget is ${BUDGET_FIRST_ROUTE_JS_KB} KB`,
  );
}
if (report.rechartsInInitial.length > 0) {
  failures.push(`recharts is in the first route: ${report.rechartsInInitial.join(', ')}`);
}
if (report.qrReaderInInitial.length > 0) {
  failures.push(`the QR reader is in the first route: ${report.qrReaderInInitial.join(', ')}`);
}
if (!report.screens['charts (recharts)']) {
  failures.push('no lazily loaded chart chunk was found');
}
if (failures.length > 0) {
  for (const failure of failures) console.error(`BUDGET FAILED: ${failure}`);
  process.exit(1);
}
console.log(
  `budgets met: first-route JS ${report.initial.js.toFixed(1)} KB ≤ ${BUDGET_FIRST_ROUTE_JS_KB} KB, recharts and the QR reader lazy`,
);
