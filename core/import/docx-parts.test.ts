import { describe, expect, it } from 'vitest';
import { findMainPart, partName, relatedPart, relsPartOf, scanDocxDropped } from './docx-parts';

const pkg = (files: Record<string, string>) => ({
  read: (name: string): string | undefined => files[name],
  exists: (name: string): boolean => name in files,
});

const RELS = (target: string): string =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

describe('the main part of a .docx', () => {
  it('is where the package relationship says, not only word/document.xml', () => {
    const { read, exists } = pkg({ '_rels/.rels': RELS('/content/main.xml'), 'content/main.xml': '<w:document/>' });
    expect(findMainPart(read, exists)).toBe('content/main.xml');
    const rel = pkg({ '_rels/.rels': RELS('word/document2.xml'), 'word/document2.xml': '', 'word/document.xml': '' });
    expect(findMainPart(rel.read, rel.exists)).toBe('word/document2.xml');
  });

  it('falls back on [Content_Types].xml, then word/document.xml; null when there is none', () => {
    const types = '<Types><Override PartName="/x/doc.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
    const a = pkg({ '[Content_Types].xml': types, 'x/doc.xml': '' });
    expect(findMainPart(a.read, a.exists)).toBe('x/doc.xml');
    const b = pkg({ '_rels/.rels': RELS('missing.xml'), 'word/document.xml': '' });
    expect(findMainPart(b.read, b.exists)).toBe('word/document.xml');
    const c = pkg({ '_rels/.rels': RELS('missing.xml'), 'other.xml': '' });
    expect(findMainPart(c.read, c.exists)).toBeNull();
  });

  it('resolves part names and related parts beside the main part', () => {
    expect(partName('../media/a.png', 'word/sub')).toBe('word/media/a.png');
    expect(partName('/../../etc/passwd')).toBe('etc/passwd');
    expect(relsPartOf('content/main.xml')).toBe('content/_rels/main.xml.rels');
    const rels = '<Relationships><Relationship Id="r9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="notes/comments.xml"/></Relationships>';
    expect(relatedPart(rels, 'content/main.xml', 'comments')).toBe('content/notes/comments.xml');
    expect(relatedPart(rels, 'content/main.xml', 'footnotes')).toBeNull();
  });
});

describe('what mammoth reads past', () => {
  it('counts equations, charts, SmartArt, OLE objects and linked (not embedded) pictures', () => {
    const xml = `<w:body><w:p><m:oMathPara><m:oMath><m:r><m:t>x</m:t></m:r></m:oMath></m:oMathPara><m:oMath><m:r/></m:oMath></w:p>
      <w:drawing><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId5"/></a:graphicData></a:graphic></w:drawing>
      <w:drawing><a:graphicData><dgm:relIds r:dm="rId6" r:lo="rId7"/></a:graphicData></w:drawing>
      <w:object><v:shape><v:imagedata r:id="rId8"/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12"/></w:object>
      <pic:blipFill><a:blip r:link="rId9"/></pic:blipFill><pic:blipFill><a:blip r:embed="rId10"/></pic:blipFill><pic:blipFill><a:blip r:embed="rId11" r:link="rId12"/></pic:blipFill></w:body>`;
    expect(scanDocxDropped(xml)).toEqual([
      { kind: 'linked-image', count: 1 },
      { kind: 'equation', count: 2 },
      { kind: 'smartart', count: 1 },
      { kind: 'chart', count: 1 },
      { kind: 'embedded-object', count: 1 },
    ]);
    expect(scanDocxDropped('<w:body><w:p><w:r><w:t>chữ</w:t></w:r></w:p></w:body>')).toEqual([]);
  });
});
