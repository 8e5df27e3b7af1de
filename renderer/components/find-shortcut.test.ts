import { describe, expect, it } from 'vitest';
import { findShortcut } from './find-bar';

const key = (k: string, code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  key: k,
  code,
  ...mods,
});

describe('findShortcut', () => {
  it('Ctrl/Cmd+F finds, Ctrl+H and Ctrl/Cmd+Alt+F replace', () => {
    expect(findShortcut(key('f', 'KeyF', { ctrlKey: true }))).toBe('find');
    expect(findShortcut(key('f', 'KeyF', { metaKey: true }))).toBe('find');
    expect(findShortcut(key('h', 'KeyH', { ctrlKey: true }))).toBe('replace');
    // A Mac's Option+F types ƒ: the key's place says F.
    expect(findShortcut(key('ƒ', 'KeyF', { metaKey: true, altKey: true }))).toBe('replace');
  });

  it('leaves other keys alone', () => {
    expect(findShortcut(key('f', 'KeyF'))).toBeNull();
    expect(findShortcut(key('F', 'KeyF', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(findShortcut(key('h', 'KeyH', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(findShortcut(key('k', 'KeyK', { ctrlKey: true }))).toBeNull();
  });
});
