import { describe, expect, it } from 'vitest';
import {
  MAX_INVITE_NAME_BYTES,
  inviteAddress,
  inviteLink,
  inviteName,
  newWorkshopTag,
  normalizeTag,
  parseInviteFragment,
  tagFromNumber,
  tagToNumber,
} from './workshop-invite';

describe('workshop tags', () => {
  it.each([
    ['K7QX', 'K7QX'],
    ['k7qx', 'K7QX'],
    [' k7-qx ', 'K7QX'],
    ['O1IL', '0111'],
    ['K7QU', undefined], // U is not in the alphabet
    ['K7Q', undefined],
    ['K7QXY', undefined],
    ['K7Q!', undefined],
    ['', undefined],
  ])('normalizes %j to %j', (typed, tag) => {
    expect(normalizeTag(typed)).toBe(tag);
  });

  it.each([0, 1, 31, 32, 1023, 2 ** 20 - 1])('turns %i into a tag and back', (value) => {
    const tag = tagFromNumber(value)!;
    expect(tag).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(tagToNumber(tag)).toBe(value);
  });

  it.each([-1, 2 ** 20, 1.5])('has no tag for %d', (value) => {
    expect(tagFromNumber(value)).toBeUndefined();
  });

  it('reads no number from a lower-case or foreign tag (stored tags are normalized)', () => {
    expect(tagToNumber('k7qx')).toBeUndefined();
    expect(tagToNumber('K7QU')).toBeUndefined();
  });

  it('draws a tag that is not taken', () => {
    // The first two draws give the same tag, which is taken; the third is free.
    const draws = [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 1],
    ];
    const random = (bytes: Uint8Array) => {
      bytes.set(draws.shift()!);
      return bytes;
    };
    expect(newWorkshopTag(new Set(['0000']), random)).toBe('0001');
    expect(newWorkshopTag()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('uses only the low 20 bits of the random bytes', () => {
    const random = (bytes: Uint8Array) => {
      bytes.set([0xff, 0xff, 0xff]);
      return bytes;
    };
    expect(newWorkshopTag(new Set(), random)).toBe('ZZZZ');
  });
});

describe('invite links', () => {
  it('carries tag and name in the fragment only, on the page’s own origin', () => {
    const link = inviteLink('https://trainer.example/', { tag: 'K7QX', name: 'Evening class' });
    expect(link).toBe('https://trainer.example/j#K7QX/Evening%20class');
    const url = new URL(link);
    expect(url.pathname).toBe('/j');
    expect(url.search).toBe('');
    expect(parseInviteFragment(url.hash)).toEqual({ tag: 'K7QX', name: 'Evening class' });
  });

  it('keeps Persian names and cuts long ones at a character boundary', () => {
    const persian = 'کارگاه خدمات مشتری، تهران';
    const link = inviteLink('http://localhost:4173', { tag: '0Z9A', name: persian });
    expect(parseInviteFragment(new URL(link).hash)).toEqual({ tag: '0Z9A', name: persian });

    const long = 'ک'.repeat(100);
    const cut = inviteName(long);
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(MAX_INVITE_NAME_BYTES);
    expect(cut).toMatch(/^ک+…$/);
  });

  it('leaves out an empty name', () => {
    expect(inviteLink('http://a.example', { tag: 'K7QX', name: '  ' })).toBe(
      'http://a.example/j#K7QX',
    );
  });

  it.each([
    ['#K7QX', { tag: 'K7QX', name: null }],
    ['k7qx', { tag: 'K7QX', name: null }],
    ['#K7QX/', { tag: 'K7QX', name: null }],
    ['#K7QX/Caf%C3%A9%20Nora', { tag: 'K7QX', name: 'Café Nora' }],
    ['#K7QX/100%', { tag: 'K7QX', name: '100%' }], // a broken escape is kept as typed
    ['#', undefined],
    ['#not-a-tag/Name', undefined],
  ])('reads the fragment %j', (hash, invite) => {
    expect(parseInviteFragment(hash)).toEqual(invite);
  });

  it('gives a short address without the scheme', () => {
    expect(inviteAddress('https://centricity.example', 'K7QX')).toBe('centricity.example/j#K7QX');
    expect(inviteAddress('http://localhost:4201', 'K7QX')).toBe('localhost:4201/j#K7QX');
  });
});
