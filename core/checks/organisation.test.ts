import { describe, expect, it } from 'vitest';
import type { ExportOrganisation } from '../export/types';
import { missingOrganisationFields } from './organisation';

const EMPTY: ExportOrganisation = { parentBody: '', issuingBody: '', abbreviation: '', placeName: '', rulebook: 'state' };
const FULL: ExportOrganisation = { parentBody: 'Tỉnh ủy Điện Biên', issuingBody: 'Ban Tuyên giáo', abbreviation: 'BTGTU', placeName: 'Điện Biên', rulebook: 'party' };

describe('missingOrganisationFields', () => {
  it('names every empty field a notice header prints, in Settings order', () => {
    expect(missingOrganisationFields(EMPTY, 'party36')).toEqual(['parentBody', 'issuingBody', 'abbreviation', 'placeName']);
    // A state body's parent is printed only if it has one.
    expect(missingOrganisationFields(EMPTY, 'decree30')).toEqual(['issuingBody', 'abbreviation', 'placeName']);
  });
  it('counts blanks as empty, and a dateline place stands in for the profile place', () => {
    expect(missingOrganisationFields({ ...FULL, issuingBody: '  ' }, 'party36')).toEqual(['issuingBody']);
    expect(missingOrganisationFields({ ...FULL, placeName: '' }, 'decree30', 'Mường Lay')).toEqual([]);
    expect(missingOrganisationFields({ ...FULL, placeName: '' }, 'decree30')).toEqual(['placeName']);
  });
  it('asks nothing of a filled profile or of the news and press layouts', () => {
    expect(missingOrganisationFields(FULL, 'party36')).toEqual([]);
    expect(missingOrganisationFields(EMPTY, 'news')).toEqual([]);
    expect(missingOrganisationFields(EMPTY, 'press')).toEqual([]);
  });
});
