// "Add to calendar": one all-day event as an iCalendar (.ics) file that any calendar app
// opens, written by the `ics` library. Loaded only when someone asks for it.
import { downloadText } from './download';

type CalendarEvent = {
  /** Stable per subject, so opening a newer file updates the event instead of adding one. */
  uid: string;
  /** The day, as an ISO date (YYYY-MM-DD). */
  date: string;
  title: string;
  description: string;
  url: string;
};

/**
 * The event as .ics text.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export async function calendarFileText(event: CalendarEvent): Promise<string> {
  const { createEvent } = await import('ics');
  const [year = 1970, month = 1, day = 1] = event.date.split('-').map(Number);
  const { error, value } = createEvent({
    uid: event.uid,
    productId: 'centricity',
    start: [year, month, day],
    duration: { days: 1 },
    title: event.title,
    description: event.description,
    url: event.url,
    busyStatus: 'FREE',
    alarms: [{ action: 'display', description: event.title, trigger: { hours: 0, before: true } }],
  });
  if (error || !value) throw error ?? new Error('No calendar file');
  return value;
}

/** Saves the event as `fileName` (.ics) through the browser's download. */
export async function downloadCalendarEvent(fileName: string, event: CalendarEvent): Promise<void> {
  downloadText(fileName, await calendarFileText(event), 'text/calendar;charset=utf-8');
}
