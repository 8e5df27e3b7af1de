/**
 * Copy buttons for the portal's separate fields: title, sapo, body HTML, author. Sapo and author
 * come straight from the release; the title is the CMS export's title field; the body is the CMS
 * fragment with photos referred to as anh-1.jpg, anh-2.png, ... — the files the CMS export writes
 * and the portal expects beside it.
 * An unapproved release copies as a draft, like its export: the title and the body carry the
 * DRAFT / BẢN NHÁP marks of the CMS export.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Release } from '../../core/document/release';
import type { ExportOrganisation } from '../../core/export/types';
import { currentRelease } from '../app/document-store';

type Field = 'title' | 'sapo' | 'body' | 'author';
const FIELDS: readonly Field[] = ['title', 'sapo', 'body', 'author'];
const LABEL_KEY = { title: 'export.copyTitle', sapo: 'export.copySapo', body: 'export.copyBody', author: 'export.copyAuthor' } as const;
const NAME_KEY = { title: 'export.fieldTitle', sapo: 'export.fieldSapo', body: 'export.fieldBody', author: 'export.fieldAuthor' } as const;

/**
 * The body fragment as the CMS export writes it. The fragment refers to images by file name only,
 * so the renderer needs no image bytes: each asset gets an empty stand-in.
 */
export async function cmsBodyHtml(release: Release, preset: 'figure' | 'centered', organisation: ExportOrganisation, draft: boolean): Promise<string> {
  // Loaded on first use: the HTML exporter (and its parser) stays out of the start-up bundle.
  const { renderCmsExport } = await import('../../core/export/html/cms');
  const assets = new Map<string, Uint8Array>(release.assets.map((a) => [a.hash, new Uint8Array(0)]));
  // No approval here: the copy is text for a portal field, and approval.txt is only in the folder.
  const result = renderCmsExport({ release, assets, organisation, generator: 'PressDesk' }, { preset, ...(draft ? { draft: true } : {}) });
  return result.fields.bodyHtml;
}

async function fieldText(field: Field, preset: 'figure' | 'centered', organisation: ExportOrganisation, draft: boolean): Promise<string> {
  const release = currentRelease();
  switch (field) {
    case 'title': {
      // The same title.txt the export writes (the draft prefix included), from the same module.
      const { cmsTitle } = await import('../../core/export/html/cms');
      return cmsTitle(release.headline, draft);
    }
    case 'sapo':
      return release.sapo.normalize('NFC');
    case 'author':
      return release.author.penName.normalize('NFC');
    case 'body':
      return cmsBodyHtml(release, preset, organisation, draft);
  }
}

/** `draft`: the release has no valid trusted approval of its current content (the export would be a draft). */
export function CmsCopy({ preset, organisation, draft }: { preset: 'figure' | 'centered'; organisation: ExportOrganisation; draft: boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<{ ok: boolean; field: Field } | null>(null);
  const copy = async (field: Field): Promise<void> => {
    try {
      await navigator.clipboard.writeText(await fieldText(field, preset, organisation, draft));
      setStatus({ ok: true, field });
    } catch {
      setStatus({ ok: false, field });
    }
  };
  return (
    <fieldset className="group cms-copy">
      <legend>{t('export.copyHeading')}</legend>
      <div className="cms-copy-buttons">
        {FIELDS.map((field) => (
          <button key={field} type="button" onClick={() => void copy(field)}>
            {t(LABEL_KEY[field])}
          </button>
        ))}
      </div>
      <p role="status" className="hint" data-testid="cms-copy-status">
        {status === null ? '' : status.ok ? t('export.copied', { field: t(NAME_KEY[status.field]) }) : t('export.copyFailed')}
      </p>
    </fieldset>
  );
}
