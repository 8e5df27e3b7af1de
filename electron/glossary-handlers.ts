/**
 * The organisation glossary as a file (issue 11): read a shared list into the Settings form, write
 * the form's list out for the office. The file is CSV (core/vi/glossary-file.ts); a .txt with one
 * name a line reads too. Reading only parses: the list becomes the organisation's when Settings is
 * saved, so Cancel leaves it as it was.
 */
import * as fsp from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeGlossaryBytes, glossaryToCsv, parseGlossary } from '../core/vi/glossary-file';
import type { Handlers } from './api';
import type { HandlerDeps } from './handlers';
import { writeFileAtomic } from './services/atomic-write';
import { AppFailure } from './services/errors';
import { requestedOrChosenPath } from './services/path-policy';

/** The largest glossary file read: 2,000 names with variants are well under 1 MB. */
export const MAX_GLOSSARY_FILE_BYTES = 2_000_000;

const HEADER = { vi: ['Tên chính thức', 'Biến thể, viết tắt'], en: ['Official name', 'Variants, abbreviations'] } as const;
const FILE_NAME = { vi: 'bang-ten-chinh-thuc.csv', en: 'glossary.csv' } as const;

export function createGlossaryHandlers(deps: Pick<HandlerDeps, 'dialogs' | 'paths' | 'settings'>): Pick<Handlers, 'importGlossary' | 'exportGlossary'> {
  return {
    async importGlossary({ path }) {
      const choose = async (): Promise<string | null> => (deps.dialogs.chooseGlossaryImportPath ? deps.dialogs.chooseGlossaryImportPath() : null);
      const chosen = await requestedOrChosenPath(deps.paths, path, choose, 'read');
      if (chosen === null) return null;
      const info = await fsp.stat(chosen);
      if (info.size > MAX_GLOSSARY_FILE_BYTES) throw new AppFailure('too-large');
      const text = decodeGlossaryBytes(new Uint8Array(await fsp.readFile(chosen)));
      // A binary file (a .xlsx picked by mistake) is not a list of names.
      if (text.includes('\u0000') || text.includes('\uFFFD')) throw new AppFailure('import-failed', { reason: 'glossary' });
      return parseGlossary(text, { csv: extname(chosen).toLowerCase() === '.csv' });
    },

    async exportGlossary({ path, entries }) {
      const language = deps.settings.get().language;
      const choose = async (): Promise<string | null> => (deps.dialogs.chooseGlossaryExportPath ? deps.dialogs.chooseGlossaryExportPath(FILE_NAME[language]) : null);
      const chosen = await requestedOrChosenPath(deps.paths, path, choose, 'write');
      if (chosen === null) return null;
      const csv = glossaryToCsv(
        entries.map((e) => ({ name: e.name.normalize('NFC'), variants: e.variants.map((v) => v.normalize('NFC')) })),
        HEADER[language],
      );
      // The BOM makes Excel read it as UTF-8 (without it, Vietnamese turns into mojibake there).
      await writeFileAtomic(chosen, new TextEncoder().encode(`\uFEFF${csv}`));
      return { path: chosen };
    },
  };
}
