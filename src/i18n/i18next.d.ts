// Typed translation keys: English is the source of truth for every namespace.
import 'i18next';
import type advice from '../../locales/en/advice.json';
import type common from '../../locales/en/common.json';
import type complaints from '../../locales/en/complaints.json';
import type data from '../../locales/en/data.json';
import type history from '../../locales/en/history.json';
import type instrument from '../../locales/en/instrument.json';
import type plan from '../../locales/en/plan.json';
import type policy from '../../locales/en/policy.json';
import type report from '../../locales/en/report.json';
import type share from '../../locales/en/share.json';
import type storage from '../../locales/en/storage.json';
import type workshop from '../../locales/en/workshop.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      instrument: typeof instrument;
      advice: typeof advice;
      plan: typeof plan;
      history: typeof history;
      data: typeof data;
      report: typeof report;
      workshop: typeof workshop;
      share: typeof share;
      storage: typeof storage;
      policy: typeof policy;
      complaints: typeof complaints;
    };
  }
}
