import { describe, expect, it } from 'vitest';
import { createRelease } from '../document/release';
import type { ExportOrganisation } from '../export/types';
import { blockers, runPreflight } from './index';
import { missingOrganisationFields, organisationFindings } from './organisation';

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

describe('the organisation.missing preflight rule', () => {
  const NOW = new Date('2026-11-28T10:00:00+07:00');
  const notice = createRelease('notice', { place: '', penName: '', today: '2026-11-28' });
  const found = (release = notice, context = {}) => runPreflight(release, NOW, context).filter((f) => f.ruleId === 'organisation.missing');

  it('runPreflight takes the organisation and names what the kind\'s layout lacks, pointing at Settings', () => {
    expect(found(notice, { organisation: EMPTY })).toEqual([
      { ruleId: 'organisation.missing', severity: 'warning', params: { layout: 'decree30', fields: 'issuingBody,abbreviation,placeName' }, target: { settings: 'organisation' } },
    ]);
    // The rulebook picks the layout: a Party body's notice needs its parent committee too.
    expect(found(notice, { organisation: { ...EMPTY, rulebook: 'party' } })[0]?.params).toEqual({ layout: 'party36', fields: 'parentBody,issuingBody,abbreviation,placeName' });
  });

  it('follows the layout chosen for export, and the dateline place', () => {
    const press = { ...notice, kind: 'press' as const };
    expect(found(press, { organisation: EMPTY })).toEqual([]);
    expect(found(press, { organisation: EMPTY, template: 'party36' })[0]?.params['layout']).toBe('party36');
    expect(found({ ...notice, dateline: { ...notice.dateline, place: 'Mường Lay' } }, { organisation: EMPTY })[0]?.params['fields']).toBe('issuingBody,abbreviation');
  });

  it('finds nothing with the organisation filled in or not known (CLI, main-process approval)', () => {
    expect(found(notice, { organisation: FULL })).toEqual([]);
    expect(found(notice)).toEqual([]);
    expect(found(notice, { organisation: null })).toEqual([]);
  });

  it('warns and never blocks approval: the organisation is this installation\'s, not the signed content', () => {
    expect(blockers(found(notice, { organisation: EMPTY }))).toEqual([]);
  });

  it('the export dialog asks with the kind and dateline only', () => {
    expect(organisationFindings({ kind: 'news', dateline: { place: '', date: '' } }, { organisation: EMPTY, template: 'decree30' })).toHaveLength(1);
  });
});
