// The share code: one completed result packed into a short, versioned, checksummed
// string that travels in a link's fragment (`/s#<code>`), so it never reaches a server
// (SPEC §6 Share, issue 7).
//
// Layout of version 1 (bytes, then base64url without padding):
//   [0]      version (1)
//   [1]      flags: bit 0 = result id present, bit 1 = names present; other bits zero
//   [2..9]   the 25 answers as one base-5 number (answer − 1 per digit, item order of
//            ITEM_IDS, first item most significant), 8 bytes big-endian
//   [10..11] day of completion (days since 1970-01-01, UTC), 0 = unknown
//   [+8]     result id (flag bit 0): 8 bytes, a 64-bit hash of the assessment id, so the
//            same result shared twice is recognised without revealing anything
//   [+3]     workshop tag (flag bit 2, version 2 only), see below
//   [+n]     names (flag bit 1): business name then respondent, each a 1-byte length
//            followed by that many UTF-8 bytes
//   [last 4] CRC-32 (IEEE) of every byte before it, big-endian
// Version 2 (issue 11) is version 1 plus a workshop tag, for results made from a
// trainer's invite: flag bit 2 must be set and 3 bytes follow the result id (the tag's
// 20 bits, see workshop-invite.ts; the top 4 bits zero). Codes without a tag are still
// written as version 1, byte for byte as before, so links shared earlier and apps not
// yet updated keep working; an older app shown a version-2 code says it needs updating.
// Every future version keeps "version byte first, CRC-32 last", so a newer code is
// recognised as such instead of being misread. CRC-32 detects every error burst of up
// to 32 bits, and one changed base64url character alters at most 6 bits, so every
// single-character corruption is caught; non-canonical base64url is rejected too.

import { ITEM_IDS, isAnswerValue, type AnswerValue, type ItemId } from './instrument';
import { cleanLine } from './text';
import { DAY_MS, isAcceptedTimestamp } from './timestamps';
import { tagFromNumber, tagToNumber } from './workshop-invite';

/** The newest version this app reads (and writes for a result with a workshop tag). */
const SHARE_CODE_VERSION = 2;
const VERSION_PLAIN = 1;
const VERSION_TAGGED = 2;
/** The path of an opened share link (the route `s`). */
export const SHARE_PATH = '/s';
/**
 * Longest name (in UTF-8 bytes) a code can carry; longer names are cut at a character
 * boundary when encoding, and a code holding a longer one is refused when decoding. Any
 * name within it is also within the 120 characters every other path allows.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export const MAX_SHARED_NAME_BYTES = 120;

export type CompleteAnswers = Record<ItemId, AnswerValue>;

export type SharedResult = {
  readonly answers: CompleteAnswers;
  /** Start of the UTC day the result was completed (ms), or null when unknown. */
  readonly completedAt: number | null;
  /** 16 hex digits identifying the original assessment, or null when not shared. */
  readonly resultId: string | null;
  /** Present only when the person chose to include names. */
  readonly names: { readonly businessName: string; readonly respondent: string } | null;
  /** The tag of the workshop whose invite the result was made for, or null. */
  readonly workshopTag: string | null;
};

export type ShareEncodeInput = {
  readonly answers: Partial<Record<ItemId, AnswerValue>>;
  readonly completedAt?: number | null;
  /** The assessment id; hashed into the code when given. */
  readonly assessmentId?: string | null;
  readonly names?: { readonly businessName: string; readonly respondent: string } | null;
  /** A workshop tag (workshop-invite.ts) to carry; makes the code 3 bytes longer. */
  readonly workshopTag?: string | null;
};

export type ShareCodeError = 'truncated' | 'checksum' | 'version' | 'malformed';
export type ShareDecodeResult =
  | { readonly ok: true; readonly result: SharedResult }
  | { readonly ok: false; readonly error: ShareCodeError };

const FLAG_RESULT_ID = 1;
const FLAG_NAMES = 2;
const FLAG_WORKSHOP_TAG = 4;
const HEADER_BYTES = 12;
const ID_BYTES = 8;
const TAG_BYTES = 3;
const CRC_BYTES = 4;
const MIN_BYTES = HEADER_BYTES + CRC_BYTES;
const ANSWER_SPACE = 5n ** BigInt(ITEM_IDS.length);

// --- CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) ---

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** @internal Exported for its unit test only (knip --production checks the rest). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// --- base64url (RFC 4648 §5, no padding) ---

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALPHABET_INDEX = new Map([...ALPHABET].map((char, index) => [char, index]));

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2]!;
    out += ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) out += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) out += ALPHABET[c & 63]!;
  }
  return out;
}

/**
 * Bytes of a base64url string, or undefined when it holds other characters. `canonical`
 * is false when leftover bits are set or a quantum is cut short: two different strings
 * must never decode alike.
 */
function fromBase64Url(text: string): { bytes: Uint8Array; canonical: boolean } | undefined {
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    const value = ALPHABET_INDEX.get(char);
    if (value === undefined) return undefined;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  const canonical = text.length % 4 !== 1 && (buffer & ((1 << bits) - 1)) === 0;
  return { bytes, canonical };
}

// --- helpers ---

/** FNV-1a, 64-bit, over the UTF-8 bytes of the id. */
function hashId(id: string): Uint8Array {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(id)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return bigToBytes(hash, ID_BYTES);
}

function bigToBytes(value: bigint, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let rest = value;
  for (let i = length - 1; i >= 0; i--) {
    bytes[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return bytes;
}

function bytesToBig(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

function toHex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A name as a code carries it: cleaned (text.ts), then cut to MAX_SHARED_NAME_BYTES of
 * UTF-8 without splitting a character.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function sharedName(name: string): string {
  const encoder = new TextEncoder();
  let characters = [...cleanLine(name)];
  while (encoder.encode(characters.join('')).length > MAX_SHARED_NAME_BYTES) {
    characters = characters.slice(0, -1);
  }
  return cleanLine(characters.join(''));
}

/** The 16-hex-digit result id a code carries for this assessment id. */
export function resultIdFor(assessmentId: string): string {
  return toHex(hashId(assessmentId));
}

/**
 * A 14-hex-digit hash of any text (cyrb53, over UTF-16 code units): names a file's or a
 * pasted text's content so reading it twice is recognised. Fast on megabytes; not secret.
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

// --- encode / decode ---

export function encodeShareCode(input: ShareEncodeInput): string {
  let packed = 0n;
  for (const itemId of ITEM_IDS) {
    const value = input.answers[itemId];
    if (!isAnswerValue(value)) {
      throw new RangeError(`Only a complete result can be shared; ${itemId} is ${String(value)}`);
    }
    packed = packed * 5n + BigInt(value - 1);
  }
  // 0 (unknown) when no time is given; days past 0xffff (the year 2149) are capped.
  const day = Math.min(0xffff, Math.max(0, Math.floor((input.completedAt ?? 0) / DAY_MS)));
  const parts: Uint8Array[] = [];
  let flags = 0;
  if (input.assessmentId) {
    flags |= FLAG_RESULT_ID;
    parts.push(hashId(input.assessmentId));
  }
  if (input.workshopTag) {
    const tag = tagToNumber(input.workshopTag);
    if (tag === undefined) throw new RangeError(`Not a workshop tag: ${input.workshopTag}`);
    flags |= FLAG_WORKSHOP_TAG;
    parts.push(bigToBytes(BigInt(tag), TAG_BYTES));
  }
  if (input.names) {
    flags |= FLAG_NAMES;
    for (const name of [input.names.businessName, input.names.respondent]) {
      const bytes = new TextEncoder().encode(sharedName(name));
      parts.push(Uint8Array.of(bytes.length), bytes);
    }
  }
  const header = new Uint8Array(HEADER_BYTES);
  header[0] = flags & FLAG_WORKSHOP_TAG ? VERSION_TAGGED : VERSION_PLAIN;
  header[1] = flags;
  header.set(bigToBytes(packed, 8), 2);
  header[10] = day >> 8;
  header[11] = day & 0xff;
  const bodyLength = HEADER_BYTES + parts.reduce((sum, part) => sum + part.length, 0);
  const bytes = new Uint8Array(bodyLength + CRC_BYTES);
  bytes.set(header, 0);
  let offset = HEADER_BYTES;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  new DataView(bytes.buffer).setUint32(bodyLength, crc32(bytes.subarray(0, bodyLength)));
  return toBase64Url(bytes);
}

/**
 * How many bytes a code with this prefix should have, as far as the prefix tells; used
 * only to tell a cut-off code from a damaged one.
 */
function expectedLength(bytes: Uint8Array): number {
  // A byte the prefix does not reach yet counts as 0: the code is at least that long.
  let length = MIN_BYTES;
  const flags = bytes[1] ?? 0;
  if (flags & FLAG_RESULT_ID) length += ID_BYTES;
  if (flags & FLAG_WORKSHOP_TAG) length += TAG_BYTES;
  if (flags & FLAG_NAMES) {
    const first = length - CRC_BYTES;
    const firstLength = bytes[first] ?? 0;
    length += 2 + firstLength + (bytes[first + 1 + firstLength] ?? 0);
  }
  return length;
}

/**
 * Decodes a code. Names are cleaned like every other name (text.ts); a completion day
 * outside 2000-01-01 … tomorrow (the accepted range of timestamps.ts, judged at `now`)
 * is read as unknown rather than refused, since only the date is wrong.
 */
export function decodeShareCode(code: string, now: number = Date.now()): ShareDecodeResult {
  // An empty code decodes to no bytes, which counts as cut off below.
  const decoded = fromBase64Url(code.trim());
  if (!decoded) return { ok: false, error: 'malformed' };
  const { bytes, canonical } = decoded;
  // Only the start of a real code (its version byte) makes a short code "cut off";
  // any other short text is simply not a code.
  const looksCut =
    bytes.length === 0 ||
    ((bytes[0] === VERSION_PLAIN || bytes[0] === VERSION_TAGGED) &&
      bytes.length < expectedLength(bytes));
  if (!canonical || bytes.length < MIN_BYTES) {
    return { ok: false, error: looksCut ? 'truncated' : 'malformed' };
  }
  const bodyLength = bytes.length - CRC_BYTES;
  const stored = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bodyLength);
  if (stored !== crc32(bytes.subarray(0, bodyLength))) {
    return { ok: false, error: looksCut ? 'truncated' : 'checksum' };
  }
  const version = bytes[0]!;
  if (version > SHARE_CODE_VERSION) return { ok: false, error: 'version' };
  if (version !== VERSION_PLAIN && version !== VERSION_TAGGED) {
    return { ok: false, error: 'malformed' };
  }
  return parseBody(bytes.subarray(0, bodyLength), now);
}

function parseBody(body: Uint8Array, now: number): ShareDecodeResult {
  const malformed = { ok: false, error: 'malformed' } as const;
  const flags = body[1]!;
  // Version 1 knows no tag; version 2 always has one (one result, one spelling).
  const tagged = body[0] === VERSION_TAGGED;
  const known = FLAG_RESULT_ID | FLAG_NAMES | (tagged ? FLAG_WORKSHOP_TAG : 0);
  if (flags & ~known || tagged !== Boolean(flags & FLAG_WORKSHOP_TAG)) return malformed;
  let packed = bytesToBig(body.subarray(2, 10));
  if (packed >= ANSWER_SPACE) return malformed;
  const answers = {} as CompleteAnswers;
  for (let index = ITEM_IDS.length - 1; index >= 0; index--) {
    answers[ITEM_IDS[index]!] = (Number(packed % 5n) + 1) as AnswerValue;
    packed /= 5n;
  }
  const day = (body[10]! << 8) | body[11]!;
  // The parts are read in order without checking each against the body's end: a part
  // cut short leaves `offset` past the end (or NaN for a missing name length), and the
  // final check refuses every body whose parts do not end exactly where it ends.
  let offset = HEADER_BYTES;
  let resultId: string | null = null;
  if (flags & FLAG_RESULT_ID) {
    resultId = toHex(body.subarray(offset, offset + ID_BYTES));
    offset += ID_BYTES;
  }
  let workshopTag: string | null = null;
  if (flags & FLAG_WORKSHOP_TAG) {
    const tag = tagFromNumber(Number(bytesToBig(body.subarray(offset, offset + TAG_BYTES))));
    if (tag === undefined) return malformed;
    workshopTag = tag;
    offset += TAG_BYTES;
  }
  let names: SharedResult['names'] = null;
  if (flags & FLAG_NAMES) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const texts: string[] = [];
    for (let i = 0; i < 2; i++) {
      const length = body[offset] ?? Number.NaN;
      if (length > MAX_SHARED_NAME_BYTES) return malformed;
      try {
        texts.push(decoder.decode(body.subarray(offset + 1, offset + 1 + length)));
      } catch {
        return malformed;
      }
      offset += 1 + length;
    }
    names = { businessName: cleanLine(texts[0]!), respondent: cleanLine(texts[1]!) };
  }
  if (offset !== body.length) return malformed;
  const completedAt = day * DAY_MS;
  return {
    ok: true,
    result: {
      answers,
      // Day 0 (no date) is 1970, before the accepted range, so it is read as unknown too.
      completedAt: isAcceptedTimestamp(completedAt, now) ? completedAt : null,
      resultId,
      names,
      workshopTag,
    },
  };
}

/** The names a shared result shows, in order (business, then respondent); none if absent. */
export function sharedNames(result: SharedResult): string[] {
  return [result.names?.businessName ?? '', result.names?.respondent ?? ''].filter(Boolean);
}

// --- links ---

export function shareLink(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}${SHARE_PATH}#${code}`;
}

/**
 * The code inside a pasted link (anything up to and including '#'), or the text itself
 * when it is a bare code. Surrounding whitespace and angle brackets are ignored.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function codeFromLink(text: string): string {
  const trimmed = text.trim().replace(/^<|>$/g, '');
  // indexOf gives −1 without a '#', so the whole text is kept.
  return trimmed.slice(trimmed.indexOf('#') + 1);
}

/**
 * The code in an opened share link's fragment (`location.hash`), without the '#';
 * percent-escapes (some apps add them) are undone when they are valid.
 */
export function fragmentCode(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * A pasted link or bare code, decoded.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function decodeShareLink(text: string): ShareDecodeResult {
  return decodeShareCode(codeFromLink(text));
}
