// @vitest-environment node
// The architecture fence of eslint.config.js, checked on files that do not exist yet: a
// new feature folder, a new top-level folder, a library imported outside its wrapper.
// If a rule stops biting (a pattern typo, a plugin update), these cases fail.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function fenceErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => /^(boundaries|import-x|no-restricted-imports)/.test(message.ruleId ?? ''))
    .map((message) => `${message.ruleId}: ${message.message}`);
}

const refused: [string, string, string][] = [
  [
    'a new feature importing another feature',
    'src/features/brand-new/page.tsx',
    "import { HistoryPage } from '../history/history-page';",
  ],
  [
    'a feature importing another feature',
    'src/features/survey/x.ts',
    "import { SettingsPage } from '../settings/settings-page';",
  ],
  ['the domain importing the database', 'src/domain/x.ts', "import { db } from '../db/database';"],
  ['the domain importing React', 'src/domain/x.ts', "import { useState } from 'react';"],
  ['the domain importing i18next', 'src/domain/x.ts', "import i18next from 'i18next';"],
  ['the database importing ui', 'src/db/x.ts', "import { PageHeading } from '../ui/page-heading';"],
  [
    'i18n importing a feature',
    'src/i18n/x.ts',
    "import { HistoryPage } from '../features/history/history-page';",
  ],
  ['ui importing the database', 'src/ui/x.ts', "import { db } from '../db/database';"],
  [
    'ui importing a feature',
    'src/ui/x.ts',
    "import { HistoryPage } from '../features/history/history-page';",
  ],
  [
    'a feature importing the app',
    'src/features/history/x.ts',
    "import { App } from '../../app/app';",
  ],
  [
    'production code importing the test helpers',
    'src/features/history/x.ts',
    "import { renderAt } from '../../test-utils';",
  ],
  ['dexie outside src/db', 'src/ui/x.ts', "import Dexie from 'dexie';"],
  [
    'dexie-react-hooks outside src/db',
    'src/features/history/x.ts',
    "import { useLiveQuery } from 'dexie-react-hooks';",
  ],
  ['i18next set up outside src/i18n', 'src/ui/x.ts', "import i18next from 'i18next';"],
  ['recharts outside src/ui/charts', 'src/ui/x.tsx', "import { LineChart } from 'recharts';"],
  ['recharts in a feature', 'src/features/workshop/x.tsx', "import { LineChart } from 'recharts';"],
  [
    'papaparse outside the CSV module',
    'src/features/history/x.ts',
    "import Papa from 'papaparse';",
  ],
  [
    'qrcode outside a qr-* wrapper',
    'src/features/share/share-page.tsx',
    "import QRCode from 'qrcode';",
  ],
  [
    'a QR scanner outside a qr-* wrapper',
    'src/features/scan/scan-page.tsx',
    "import QrScanner from 'qr-scanner';",
  ],
  [
    'a PDF library outside a pdf-* wrapper',
    'src/features/report/report-page.tsx',
    "import { jsPDF } from 'jspdf';",
  ],
  ['a file in a top-level folder that is no layer', 'src/helpers/x.ts', 'export const x = 1;'],
];

const allowed: [string, string, string][] = [
  [
    'a feature importing its own folder',
    'src/features/history/new-part.tsx',
    "import { HistoryPage } from './history-page';",
  ],
  [
    'a feature importing domain, db, i18n and ui',
    'src/features/brand-new/page.tsx',
    "import { bandFor } from '../../domain/scoring';\nimport { db } from '../../db/database';\nimport { formatDate } from '../../i18n/format';\nimport { PageHeading } from '../../ui/page-heading';",
  ],
  [
    'react-i18next hooks in a feature',
    'src/features/brand-new/page.tsx',
    "import { useTranslation } from 'react-i18next';",
  ],
  [
    'the app composing features',
    'src/app/x.tsx',
    "import { HistoryPage } from '../features/history/history-page';",
  ],
  ['dexie in src/db', 'src/db/x.ts', "import Dexie from 'dexie';"],
  ['i18next in src/i18n', 'src/i18n/x.ts', "import i18next from 'i18next';"],
  ['recharts in src/ui/charts', 'src/ui/charts/x.tsx', "import { LineChart } from 'recharts';"],
  ['papaparse in the CSV module', 'src/domain/csv.ts', "import Papa from 'papaparse';"],
  ['qrcode in its ui wrapper', 'src/ui/qr-code.ts', "import QRCode from 'qrcode';"],
  [
    'a QR scanner in a feature wrapper',
    'src/features/scan/qr-scanner.tsx',
    "import QrScanner from 'qr-scanner';",
  ],
  ['a PDF library in a pdf-* wrapper', 'src/ui/pdf-report.ts', "import { jsPDF } from 'jspdf';"],
  [
    'a component test using the test helpers and i18next',
    'src/features/brand-new/page.test.tsx',
    "import { renderAt } from '../../test-utils';\nimport i18next from 'i18next';",
  ],
];

describe('the architecture fence', { timeout: 60_000 }, () => {
  it.each(refused)('refuses %s', async (_name, filePath, code) => {
    expect(await fenceErrors(filePath, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each(allowed)('allows %s', async (_name, filePath, code) => {
    expect(await fenceErrors(filePath, `${code}\nexport {};\n`)).toEqual([]);
  });
});
