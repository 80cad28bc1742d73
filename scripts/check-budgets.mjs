// Fails (exit 1) when the built app breaks a size budget (SPEC §9). Sizes are
// deterministic, so this runs in npm test; timings are left to npm run bench.
import { BUDGET_FIRST_ROUTE_JS_KB, LAZY_LIBRARIES, bundleReport } from './bundle-report.mjs';

const report = bundleReport();
const rows = [
  ['first route: HTML', report.initial.html, 0],
  ['first route: JavaScript', report.initial.js, report.initial.css],
  ...Object.entries(report.screens).map(([name, size]) => [`+ ${name}`, size.js, size.css]),
];
console.log('part                          gzip KB   CSS gz KB');
for (const [name, js, css] of rows) {
  console.log(`${name.padEnd(28)} ${js.toFixed(1).padStart(9)} ${css.toFixed(1).padStart(11)}`);
}

const failures = [];
if (report.initial.total > BUDGET_FIRST_ROUTE_JS_KB) {
  failures.push(
    `first-route JavaScript and prerendered HTML are ${report.initial.total.toFixed(1)} KB gzipped (${report.initial.js.toFixed(1)} + ${report.initial.html.toFixed(1)}); the budget is ${BUDGET_FIRST_ROUTE_JS_KB} KB`,
  );
}
for (const [library, files] of Object.entries(report.lazyInInitial)) {
  if (files.length > 0) failures.push(`${library} is in the first route: ${files.join(', ')}`);
}
if (!report.screens['charts (recharts)']) {
  failures.push('no lazily loaded chart chunk was found');
}
if (failures.length > 0) {
  for (const failure of failures) console.error(`BUDGET FAILED: ${failure}`);
  process.exit(1);
}
console.log(
  `budgets met: first-route JS + HTML ${report.initial.total.toFixed(1)} KB ≤ ${BUDGET_FIRST_ROUTE_JS_KB} KB; not in the first route: ${Object.keys(LAZY_LIBRARIES).join(', ')}`,
);
