/** What each template provides to buildDocx. */
import type { ISectionOptions } from 'docx';
import type { ExportInput } from '../types';
import type { BlockContext } from './blocks';
import type { DocxTemplateSpec } from './spec';

export interface DocxTemplateDefinition {
  spec: DocxTemplateSpec;
  /** The spec for this release when it depends on the release's language (the caption label). */
  specFor?(input: ExportInput): DocxTemplateSpec;
  /** The one section of the document: page setup, headers, children. */
  section(input: ExportInput, ctx: BlockContext): ISectionOptions;
  /** Who the document's author property names: the pen name, or the signer of a notice. */
  author(input: ExportInput): string;
  /** The subject property. */
  subject(input: ExportInput): string;
}

/** Section page properties for a spec. */
export function pageProperties(spec: DocxTemplateSpec) {
  return { size: { width: spec.page.width, height: spec.page.height }, margin: { ...spec.page.margin } };
}
