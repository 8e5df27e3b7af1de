/**
 * Release -> docx.Document, pure: no fs, no Node. The Document is packed to bytes at the edge
 * (`docxBytes` in ./pack, or Packer in the main process). Templates: news, press, decree30, party36.
 */
import { AlignmentType, Document, Paragraph, TextRun } from 'docx';
import type { ApprovalRecord } from '../../document/release';
import type { DocxTemplate, ExportInput } from '../types';
import { createBlockContext, numberingFor } from './blocks';
import { documentProperties } from './properties';
import { ReviewLayer } from './review-layer';
import { stylesFor } from './styles';
import type { DocxTemplateDefinition } from './template';
import { decree30Template } from './templates/decree30';
import { newsTemplate } from './templates/news';
import { party36Template } from './templates/party36';
import { pressTemplate } from './templates/press';

export const DOCX_TEMPLATES: Record<DocxTemplate, DocxTemplateDefinition> = {
  news: newsTemplate,
  press: pressTemplate,
  decree30: decree30Template,
  party36: party36Template,
};

export interface DocxOptions {
  template: DocxTemplate;
  /** A draft export: a "DRAFT / BẢN NHÁP" line heads the document. */
  draft?: boolean;
  /**
   * A final export: the approval it carries. Its content hash, signer, time and key fingerprint go
   * into the custom properties; a notice (decree30, party36) is signed by the approver.
   */
  approval?: ApprovalRecord;
  /**
   * A review copy (issue 9): the threads as Word comments with their replies, open suggestions as
   * tracked changes (w:ins / w:del). Without it the export is clean: no comment or revision.
   */
  reviewCopy?: boolean;
}

export const DOCX_DRAFT_MARK = 'DRAFT / BẢN NHÁP';

/** The approver signs a notice: their name and position replace the signature block's. */
function signedBy(input: ExportInput, template: DocxTemplate, approval: ApprovalRecord | undefined): ExportInput {
  if (approval === undefined || (template !== 'decree30' && template !== 'party36')) return input;
  const notice = { ...input.release.notice, signerName: approval.signerName, signerPosition: approval.signerPosition };
  return { ...input, release: { ...input.release, notice } };
}

/** The release as a docx.Document in the chosen template. Throws on an unknown node, mark or template. */
export function buildDocx(input: ExportInput, options: DocxOptions): Document {
  if (!Object.hasOwn(DOCX_TEMPLATES, options.template)) throw new Error(`DOCX export: unknown template "${String(options.template)}"`);
  const template = DOCX_TEMPLATES[options.template];
  const signed = signedBy(input, options.template, options.approval);
  const spec = template.specFor?.(signed) ?? template.spec;
  const review = options.reviewCopy === true ? new ReviewLayer(signed.release) : undefined;
  const ctx = createBlockContext(signed.release, signed.assets, spec, review);
  const laidOut = template.section(signed, ctx);
  const closing = review?.finish() ?? null;
  const body = closing ? { ...laidOut, children: [...laidOut.children, closing] } : laidOut;
  const mark = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [new TextRun({ text: DOCX_DRAFT_MARK, bold: true, color: 'C00000', size: 28 })],
  });
  const section = options.draft === true ? { ...body, children: [mark, ...body.children] } : body;
  return new Document({
    ...documentProperties(signed, options.template, template.author(signed), template.subject(signed), options.approval),
    styles: stylesFor(spec),
    numbering: numberingFor(ctx),
    ...(review ? { comments: { children: review.comments() } } : {}),
    // Word 2013+ layout; lines ending in a manual line break are not stretched in justified text.
    compatibility: { version: 15, doNotExpandShiftReturn: true },
    sections: [section],
  });
}
