import { describe, expect, it } from 'vitest';
import { calendarFileText } from './calendar-event';

describe('calendarFileText', () => {
  it('writes an all-day event with a stable uid, a reminder and non-Latin text intact', async () => {
    const text = await calendarFileText({
      uid: 'retake-a1@centricity',
      date: '2027-03-01',
      title: 'ارزیابی دوباره: نانوایی سحر',
      description: 'Re-take the audit for Corner Bakery.',
      url: 'https://example.org/a/a1/plan',
    });
    const lines = text.split(/\r?\n/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270301');
    expect(lines).toContain('UID:retake-a1@centricity');
    expect(text).toContain('SUMMARY:ارزیابی دوباره: نانوایی سحر');
    expect(text).toContain('BEGIN:VALARM');
    expect(text).toContain('URL:https://example.org/a/a1/plan');
  });
});
