// The report as a PDF document (loaded lazily with "Download PDF"): the same content as
// the printed page, with the two charts drawn as vector shapes — the total on the 7–35
// scale with its band zones, and the seven section averages as bars on the 1–5 scale.
import { SECTION_IDS } from '../../domain/instrument';
import type {
  PdfBlock,
  PdfDocument,
  PdfDrawing,
  PdfPaper,
  PdfPen,
} from '../../ui/pdf/pdf-document';
import { makePdf } from '../../ui/pdf/pdf-make';
import { TONES } from '../../ui/pdf/pdf-renderer';
import { BAND_COLORS, BAND_ZONES, CHART_ACCENT, CHART_INK } from '../../ui/charts/band-colors';
import type { ReportContent } from './report-content';
import type { ReportRecords } from './report-records';

const AXIS = '#4a5563';
const GRID = '#d5dbe3';

function scaleDrawing(content: ReportContent): PdfDrawing {
  const { score, charts, formatScore, formatInteger } = content;
  return {
    title: charts.scaleTitle,
    height: 74,
    draw(pen: PdfPen, box) {
      const min = 7;
      const max = 35;
      const pad = 8;
      const left = box.x + pad;
      const width = box.width - 2 * pad;
      // In right-to-left documents the scale runs from the right.
      const xOf = (value: number) =>
        pen.rtl
          ? left + width - ((value - min) / (max - min)) * width
          : left + ((value - min) / (max - min)) * width;
      const barTop = box.y + 22;
      const barHeight = 20;
      for (const zone of BAND_ZONES) {
        const x1 = xOf(zone.from);
        const x2 = xOf(zone.to);
        pen.rect(
          { x: Math.min(x1, x2), y: barTop, width: Math.abs(x2 - x1), height: barHeight },
          { fill: BAND_COLORS[zone.band] },
        );
        pen.text(charts.zoneLabels[zone.band], (x1 + x2) / 2, barTop + barHeight / 2 + 2.5, {
          size: 7,
          color: CHART_INK,
          anchor: 'center',
        });
      }
      for (const tick of [7, 14, 21, 28, 35]) {
        const x = xOf(tick);
        pen.line(x, barTop + barHeight, x, barTop + barHeight + 3, AXIS);
        pen.text(formatInteger(tick), x, barTop + barHeight + 12, {
          size: 7,
          color: AXIS,
          anchor: 'center',
        });
      }
      // The total: a pointer above the bar (it never covers a zone's label) and its value.
      const x = xOf(score.total);
      const tone = TONES[score.band].stroke;
      pen.triangle(x, barTop - 1, 6, tone);
      pen.text(formatScore(score.total), x, barTop - 9, {
        size: 9,
        bold: true,
        color: tone,
        anchor: 'center',
      });
    },
  };
}

function sectionBars(content: ReportContent): PdfDrawing {
  const { score, charts, formatScore, formatInteger } = content;
  const rowHeight = 15;
  return {
    title: charts.radarTitle,
    height: SECTION_IDS.length * rowHeight + 16,
    draw(pen: PdfPen, box) {
      const labelWidth = Math.min(
        box.width * 0.42,
        Math.max(...SECTION_IDS.map((id) => pen.textWidth(charts.sectionNames[id], 7.5))) + 6,
      );
      const valueWidth = 22;
      const barWidth = box.width - labelWidth - valueWidth;
      const barStart = pen.rtl ? box.x + box.width - labelWidth : box.x + labelWidth;
      const xOf = (value: number) =>
        pen.rtl ? barStart - ((value - 1) / 4) * barWidth : barStart + ((value - 1) / 4) * barWidth;
      for (const value of [1, 2, 3, 4, 5]) {
        const x = xOf(value);
        pen.line(x, box.y, x, box.y + SECTION_IDS.length * rowHeight, GRID);
        pen.text(formatInteger(value), x, box.y + SECTION_IDS.length * rowHeight + 10, {
          size: 7,
          color: AXIS,
          anchor: 'center',
        });
      }
      score.sections.forEach((section, index) => {
        const y = box.y + index * rowHeight;
        const average = section.average ?? 1;
        const name = charts.sectionNames[section.sectionId];
        pen.text(name, pen.rtl ? box.x + box.width : box.x, y + 10, {
          size: 7.5,
          anchor: pen.rtl ? 'right' : 'left',
        });
        const x1 = xOf(1);
        const x2 = xOf(average);
        pen.rect(
          {
            x: Math.min(x1, x2),
            y: y + 3,
            width: Math.max(1, Math.abs(x2 - x1)),
            height: rowHeight - 6,
          },
          { fill: CHART_ACCENT },
        );
        pen.text(
          formatScore(average),
          pen.rtl ? Math.min(x1, x2) - 3 : Math.max(x1, x2) + 3,
          y + 10,
          {
            size: 7.5,
            bold: true,
            anchor: pen.rtl ? 'right' : 'left',
          },
        );
      });
    },
  };
}

/** The complaint log's summary, the latest survey and the top three problems (issue 17). */
function recordsBlocks(records: ReportRecords): PdfBlock[] {
  // Each figure is a field of its own: a line that mixes a Latin name or "CSAT" with
  // Persian text and digits would be reordered by the PDF's bidi.
  const fields = records.facts.map(({ term, value }) => ({ term, value }));
  if (records.latestSurvey)
    fields.push(
      { term: records.latestSurveyLabel, value: records.latestSurvey.date },
      ...records.latestSurvey.figures,
    );
  const blocks: PdfBlock[] = [
    { type: 'heading', level: 2, text: records.title },
    { type: 'heading', level: 3, text: records.windowTitle },
    { type: 'fields', columns: 4, fields },
  ];
  if (records.topCategories.length > 0)
    blocks.push({
      type: 'table',
      columns: [
        { header: records.topCategoriesLabel, width: 5, userText: true },
        { header: records.facts[0]!.term, width: 2, align: 'end', nowrap: true },
      ],
      rows: records.topCategories.map(({ name, count }) => ({ cells: [name, count] })),
      keepTogether: true,
    });
  blocks.push({ type: 'heading', level: 3, text: records.topProblemsTitle });
  const [rank, title, frequency, cost] = records.topProblemsColumns;
  blocks.push(
    records.topProblems.length === 0
      ? { type: 'paragraph', text: records.noTopProblems, muted: true }
      : {
          type: 'table',
          columns: [
            { header: rank, width: 0.5, align: 'end' },
            { header: title, width: 5, userText: true },
            { header: frequency, width: 2.2 },
            { header: cost, width: 2.2 },
          ],
          rows: records.topProblems.map((problem) => ({
            cells: [problem.rank, problem.title, problem.frequency, problem.cost],
          })),
          keepTogether: true,
        },
  );
  return blocks;
}

function reportPdfDocument(content: ReportContent, paper: PdfPaper): PdfDocument {
  const { verdict, sectionTable, priorities, notes, plan, appendix } = content;
  const blocks: PdfBlock[] = [
    { type: 'heading', level: 1, text: content.title },
    {
      type: 'fields',
      columns: 4,
      fields: content.details.map(({ term, value }) => ({ term, value })),
    },
    {
      type: 'callout',
      tone: content.score.band,
      title: verdict.title,
      figures: [
        { label: verdict.totalLabel, value: verdict.outOf },
        { label: verdict.bandLabel, value: verdict.bandName },
      ],
      text: verdict.meaning,
    },
    { type: 'drawings', items: [scaleDrawing(content), sectionBars(content)] },
    {
      type: 'table',
      caption: sectionTable.caption,
      columns: [
        { header: sectionTable.columns[0], width: 5 },
        { header: sectionTable.columns[1], width: 1.4, align: 'end' },
        { header: sectionTable.columns[2], width: 1.4, align: 'end' },
      ],
      rows: sectionTable.rows.map((row) => ({
        cells: [
          row.weak ? `${row.name} (${sectionTable.weakLabel})` : row.name,
          row.size,
          row.average,
        ],
        highlight: row.weak,
      })),
    },
    { type: 'heading', level: 2, text: priorities.title },
    {
      type: 'list',
      ordered: true,
      items: priorities.items.map((item) => ({ text: item.heading, children: item.actions })),
    },
    { type: 'heading', level: 2, text: notes.title },
  ];
  if (notes.items.length === 0) blocks.push({ type: 'paragraph', text: notes.empty, muted: true });
  for (const note of notes.items) {
    blocks.push({ type: 'heading', level: 3, text: note.heading });
    blocks.push({ type: 'paragraph', text: note.text, userText: true });
  }
  if (plan) {
    blocks.push({ type: 'heading', level: 2, text: plan.title });
    if (plan.rows.length > 0) {
      blocks.push({
        type: 'table',
        columns: [
          { header: plan.columns[0], width: 3, userText: true },
          { header: plan.columns[1], width: 2 },
          { header: plan.columns[2], width: 2.4, userText: true },
          { header: plan.columns[3], width: 1.5, userText: true },
          { header: plan.columns[4], width: 1.7, nowrap: true },
          { header: plan.columns[5], width: 1.4, nowrap: true },
        ],
        rows: plan.rows.map((row) => ({
          cells: [row.what, row.section, row.target, row.owner, row.due, row.status],
        })),
        keepTogether: true,
      });
    }
    if (plan.nextAudit) blocks.push({ type: 'paragraph', text: plan.nextAudit });
  }
  if (content.records) blocks.push(...recordsBlocks(content.records));
  blocks.push({ type: 'paragraph', text: content.footer, muted: true, small: true });
  blocks.push({ type: 'pageBreak' });
  blocks.push({ type: 'heading', level: 2, text: appendix.title });
  blocks.push({
    type: 'table',
    columns: [
      { header: appendix.columns[0], width: 0.5, align: 'end' },
      { header: appendix.columns[1], width: 7 },
      { header: appendix.columns[2], width: 2, nowrap: true },
    ],
    rows: appendix.sections.flatMap((section) => [
      { group: section.heading },
      ...section.rows.map((row) => ({ cells: [row.number, row.statement, row.answer] })),
    ]),
  });
  return {
    title: content.title,
    language: content.language,
    rtl: content.rtl,
    paper,
    header: content.runningHeaderParts,
    separator: content.separator,
    pageLabel: (page, pages) =>
      content.pageOf(content.formatInteger(page), content.formatInteger(pages)),
    formatInteger: content.formatInteger,
    blocks,
  };
}

export async function makeReportPdf(content: ReportContent, paper: PdfPaper): Promise<Blob> {
  return makePdf(reportPdfDocument(content, paper));
}
