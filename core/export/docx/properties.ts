/**
 * Document properties: title (the headline), author (dc:creator: the pen name, or the signer of a
 * notice), subject; lastModifiedBy and description name the generator ("PressDesk 0.1.0"), and the
 * custom properties carry the app name, version and the template used.
 */
import type { IPropertiesOptions } from 'docx';
import type { ApprovalRecord } from '../../document/release';
import type { DocxTemplate, ExportInput } from '../types';

type DocumentProperties = Pick<IPropertiesOptions, 'title' | 'subject' | 'creator' | 'lastModifiedBy' | 'description' | 'customProperties'>;

/** "PressDesk 0.1.0" -> { name: "PressDesk", version: "0.1.0" }. */
export function splitGenerator(generator: string): { name: string; version: string } {
  const m = /^(.*\S)\s+v?(\d[\w.+-]*)$/.exec(generator.trim());
  return m ? { name: m[1]!, version: m[2]! } : { name: generator.trim(), version: '' };
}

/** Cut to `max` characters at a word boundary (Word shows properties on one line). */
function short(text: string, max = 255): string {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

export function documentProperties(
  input: ExportInput,
  template: DocxTemplate,
  author: string,
  subject: string,
  approval?: ApprovalRecord,
): DocumentProperties {
  const { name, version } = splitGenerator(input.generator);
  return {
    title: short(input.release.headline),
    subject: short(subject),
    creator: short(author),
    lastModifiedBy: short(input.generator),
    description: short(`Exported by ${input.generator} (template: ${template})`),
    customProperties: [
      { name: 'Generator', value: input.generator },
      { name: 'AppName', value: name },
      { name: 'AppVersion', value: version || 'unknown' },
      { name: 'PressDeskTemplate', value: template },
      // A final export names the approval it carries (see core/signoff/approval.ts).
      ...(approval === undefined
        ? []
        : [
            { name: 'PressDeskContentHash', value: approval.contentHash },
            { name: 'PressDeskApprover', value: short(approval.signerPosition ? `${approval.signerName}, ${approval.signerPosition}` : approval.signerName) },
            { name: 'PressDeskApprovedAt', value: approval.time },
            { name: 'PressDeskKeyFingerprint', value: approval.fingerprint },
          ]),
    ],
  };
}
