// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { recountSelection, selectedText, selectionWordsStore } from './selection-stats';

afterEach(() => {
  document.body.replaceChildren();
  selectionWordsStore.set(null);
});

describe('selection word count', () => {
  it("counts a sheet field's selected words while it has focus, and nothing when nothing is selected", () => {
    const field = document.createElement('textarea');
    field.dataset['field'] = 'headline';
    field.value = 'Điện Biên đón 1.234 du khách';
    document.body.append(field);
    field.focus();
    field.setSelectionRange(0, 9);
    expect(selectedText()).toBe('Điện Biên');
    recountSelection();
    expect(selectionWordsStore.get()).toBe(2);
    field.setSelectionRange(10, field.value.length);
    recountSelection();
    expect(selectionWordsStore.get()).toBe(4);
    field.setSelectionRange(3, 3);
    recountSelection();
    expect(selectionWordsStore.get()).toBeNull();
  });

  it('a text area that is not a sheet field (the find bar) counts nothing', () => {
    const other = document.createElement('textarea');
    other.value = 'và và và';
    document.body.append(other);
    other.focus();
    other.setSelectionRange(0, 8);
    recountSelection();
    expect(selectionWordsStore.get()).toBeNull();
  });
});
