/**
 * What every exporter takes. The exporters are pure: the release, the image bytes it uses (by
 * sha256), and the organisation profile in; a docx.Document or an HTML string out. Bytes are
 * packed and written at the edge (electron/services).
 */
import type { Release } from '../document/release';

/** The organisation profile (same shape as the settings' organisation; core imports nothing of electron). */
export interface ExportOrganisation {
  parentBody: string;
  issuingBody: string;
  abbreviation: string;
  placeName: string;
  rulebook: 'state' | 'party';
}

export interface ExportInput {
  release: Release;
  /** Image bytes by asset hash, for every asset in release.assets. */
  assets: ReadonlyMap<string, Uint8Array>;
  organisation: ExportOrganisation;
  /** "PressDesk 0.1.0": written into document properties / generator meta. */
  generator: string;
}

export type DocxTemplate = 'news' | 'press' | 'decree30' | 'party36';

/** The template a release gets unless the secretary picks another. */
export function defaultDocxTemplate(kind: Release['kind'], rulebook: ExportOrganisation['rulebook']): DocxTemplate {
  switch (kind) {
    case 'news':
      return 'news';
    case 'press':
      return 'press';
    case 'notice':
      return rulebook === 'party' ? 'party36' : 'decree30';
  }
}
