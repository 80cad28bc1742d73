// A workshop's invite (issue 11): a short random tag that names the workshop inside the
// results participants make for it, and the invite link that carries the tag and the
// workshop's name in its fragment (`/j#<tag>/<name>`), so neither reaches a server.
// The tag is four characters of Crockford's base 32 (digits and capitals without I, L,
// O and U): 20 bits, easy to read off a projector and to type, with the usual look-alikes
// (o → 0, i and l → 1) accepted when typed.

export const INVITE_PATH = '/j';
const TAG_LENGTH = 4;
const TAG_BITS = 5 * TAG_LENGTH;
const TAG_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A stored tag: four characters of TAG_ALPHABET. */
export const TAG_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}$/;
const TYPED_ALIASES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };
/**
 * The workshop name an invite carries is cut to this many UTF-8 bytes (QR size).
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export const MAX_INVITE_NAME_BYTES = 60;

/**
 * The tag as stored and shown (upper case), or undefined when the text is not a tag.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function normalizeTag(text: string): string | undefined {
  const tag = [...text.trim().toUpperCase()]
    .filter((char) => char !== '-' && char !== ' ')
    .map((char) => TYPED_ALIASES[char] ?? char)
    .join('');
  if (tag.length !== TAG_LENGTH) return undefined;
  return [...tag].every((char) => TAG_ALPHABET.includes(char)) ? tag : undefined;
}

/** The tag's 20 bits (for the share code), or undefined when it is not a stored tag. */
export function tagToNumber(tag: string): number | undefined {
  if (tag.length !== TAG_LENGTH) return undefined;
  let value = 0;
  for (const char of tag) {
    const digit = TAG_ALPHABET.indexOf(char);
    if (digit === -1) return undefined;
    value = value * 32 + digit;
  }
  return value;
}

export function tagFromNumber(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value >= 2 ** TAG_BITS) return undefined;
  let tag = '';
  let rest = value;
  for (let i = 0; i < TAG_LENGTH; i++) {
    tag = TAG_ALPHABET[rest % 32]! + tag;
    rest = Math.floor(rest / 32);
  }
  return tag;
}

/**
 * A fresh random tag that is none of `taken` (the tags of this browser's other
 * workshops). `random` fills a byte array, crypto.getRandomValues by default.
 */
export function newWorkshopTag(
  taken: ReadonlySet<string> = new Set(),
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const bytes = random(new Uint8Array(3));
    const value = ((bytes[0]! << 16) | (bytes[1]! << 8) | bytes[2]!) & (2 ** TAG_BITS - 1);
    const tag = tagFromNumber(value)!;
    if (!taken.has(tag)) return tag;
  }
  throw new Error('No free workshop tag found');
}

/**
 * The name cut to MAX_INVITE_NAME_BYTES of UTF-8 without splitting a character.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function inviteName(name: string): string {
  const encoder = new TextEncoder();
  let text = name.trim();
  if (encoder.encode(text).length <= MAX_INVITE_NAME_BYTES) return text;
  const chars = [...text];
  while (chars.length > 0 && encoder.encode(`${chars.join('')}…`).length > MAX_INVITE_NAME_BYTES) {
    chars.pop();
  }
  text = `${chars.join('').trimEnd()}…`;
  return text;
}

/** The link an invite QR code holds: the page's own origin, the tag and the name. */
export function inviteLink(origin: string, invite: { tag: string; name: string }): string {
  const base = `${origin.replace(/\/+$/, '')}${INVITE_PATH}#${invite.tag}`;
  const name = inviteName(invite.name);
  return name ? `${base}/${encodeURIComponent(name)}` : base;
}

/** The short address to read out or type: host, path and tag, without the scheme. */
export function inviteAddress(origin: string, tag: string): string {
  let host = origin;
  try {
    host = new URL(origin).host;
  } catch {
    // Not a URL (tests pass bare hosts): keep it as it is.
  }
  return `${host}${INVITE_PATH}#${tag}`;
}

export type Invite = { readonly tag: string; readonly name: string | null };

/** Reads an invite fragment (`#K7QX`, `#k7qx`, `#K7QX/Evening%20class`). */
export function parseInviteFragment(hash: string): Invite | undefined {
  const text = hash.replace(/^#/, '');
  const slash = text.indexOf('/');
  const tag = normalizeTag(slash === -1 ? text : text.slice(0, slash));
  if (!tag) return undefined;
  if (slash === -1) return { tag, name: null };
  const raw = text.slice(slash + 1);
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    name = raw;
  }
  name = name.trim();
  return { tag, name: name ? inviteName(name) : null };
}
