// What a QR code seen by the trainer's camera means for the workshop being filled
// (issue 11): a participant's result (for this workshop, for another one, or untagged),
// a damaged result link, the workshop's own invite held up by mistake, or a code that
// has nothing to do with Centricity. Plus the rule that one code held in front of the
// camera for a second is handled once, not thirty times.

import { readPastedLinks } from './pasted-links';
import type { ShareCodeError, SharedResult } from './share-code';
import { INVITE_PATH, parseInviteFragment } from './workshop-invite';

export type ScannedCode =
  | { readonly kind: 'result'; readonly shared: SharedResult; readonly otherWorkshop: boolean }
  | { readonly kind: 'damaged'; readonly error: ShareCodeError }
  | { readonly kind: 'invite' }
  | { readonly kind: 'foreign' };

const SHARE_LINK = /\/s(?:#|%23)/;

/**
 * Reads the text of one QR code for the workshop tagged `workshopTag`. A result made for
 * an invite carries its workshop's tag; one with another tag is flagged so the screen
 * can ask before adding it. Results without a tag (shared from the ordinary share page)
 * belong anywhere.
 */
export function readScannedCode(text: string, workshopTag: string | null): ScannedCode {
  const reading = readPastedLinks(text);
  const [result] = reading.results;
  if (result) {
    const tag = result.shared.workshopTag;
    return {
      kind: 'result',
      shared: result.shared,
      otherWorkshop: tag !== null && tag !== workshopTag,
    };
  }
  const [problem] = reading.problems;
  if (problem && (SHARE_LINK.test(text) || problem.error !== 'malformed')) {
    return { kind: 'damaged', error: problem.error };
  }
  const invite = text.indexOf(`${INVITE_PATH}#`);
  if (invite !== -1 && parseInviteFragment(text.slice(invite + INVITE_PATH.length))) {
    return { kind: 'invite' };
  }
  return { kind: 'foreign' };
}

/**
 * Decides which sightings of a code to act on. A camera sees a code held up for a second
 * in many frames; it is handled on the first, and again only after it has been out of
 * sight for `quietMs` (the participant lowered the phone and showed it again).
 */
export function createScanGate(quietMs = 1500): (text: string, now: number) => boolean {
  const lastSeen = new Map<string, number>();
  return (text, now) => {
    const last = lastSeen.get(text);
    lastSeen.set(text, now);
    if (lastSeen.size > 200) {
      for (const [key, seen] of lastSeen) if (now - seen > quietMs) lastSeen.delete(key);
    }
    return last === undefined || now - last > quietMs;
  };
}
