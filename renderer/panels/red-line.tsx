/**
 * A body shown read-only as a red-line: text added since the snapshot underlined, text removed
 * struck through, formatting as it reads. Built as React elements from the body JSON (never HTML
 * strings), so nothing in a release can reach the page as markup.
 */
import type { ReactNode } from 'react';
import type { PmNode } from '../../core/document/release';

function inline(node: PmNode, key: number): ReactNode {
  if (node.type === 'hardBreak') return <br key={key} />;
  // A footnote shows its text in brackets, so an edited note reads as a change.
  let out: ReactNode = node.type === 'footnote' ? <sup className="red-line-note">[{String(node.attrs?.['text'] ?? '')}]</sup> : (node.text ?? '');
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
    else if (mark.type === 'underline') out = <u>{out}</u>;
    else if (mark.type === 'strike') out = <s>{out}</s>;
    else if (mark.type === 'subscript') out = <sub>{out}</sub>;
    else if (mark.type === 'superscript') out = <sup>{out}</sup>;
    else if (mark.type === 'link') out = <span className="red-line-link">{out}</span>;
  }
  // Added / removed wrap last, so they are what a screen reader and a test see first.
  if (node.marks?.some((m) => m.type === 'deletion')) return <del key={key}>{out}</del>;
  if (node.marks?.some((m) => m.type === 'insertion')) return <ins key={key}>{out}</ins>;
  return <span key={key}>{out}</span>;
}

function block(node: PmNode, key: number, photoLabel: (asset: string) => string): ReactNode {
  const children = (): ReactNode[] => (node.content ?? []).map((child, i) => (child.type === 'text' || child.type === 'hardBreak' || child.type === 'footnote' ? inline(child, i) : block(child, i, photoLabel)));
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{children()}</p>;
    case 'heading':
      return node.attrs?.['level'] === 3 ? <h4 key={key}>{children()}</h4> : <h3 key={key}>{children()}</h3>;
    case 'bulletList':
      return <ul key={key}>{children()}</ul>;
    case 'orderedList':
      return <ol key={key}>{children()}</ol>;
    case 'listItem':
      return <li key={key}>{children()}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children()}</blockquote>;
    case 'figure':
      return (
        <figure key={key} className="red-line-figure">
          <p className="hint">{photoLabel(String(node.attrs?.['asset'] ?? ''))}</p>
          {(node.content ?? []).length > 0 && <figcaption>{children()}</figcaption>}
        </figure>
      );
    case 'table':
      return (
        <table key={key} className="red-line-table">
          <tbody>{children()}</tbody>
        </table>
      );
    case 'tableRow':
      return <tr key={key}>{children()}</tr>;
    case 'tableHeader':
    case 'tableCell': {
      const span = (name: string): number | undefined => (typeof node.attrs?.[name] === 'number' && (node.attrs[name] as number) > 1 ? (node.attrs[name] as number) : undefined);
      const Tag = node.type === 'tableHeader' ? 'th' : 'td';
      return (
        <Tag key={key} colSpan={span('colspan')} rowSpan={span('rowspan')}>
          {children()}
        </Tag>
      );
    }
    default:
      return null;
  }
}

export function RedLine({ body, photoLabel }: { body: { content: PmNode[] }; photoLabel: (asset: string) => string }) {
  return (
    <div className="red-line" data-testid="red-line">
      {body.content.map((node, i) => block(node, i, photoLabel))}
    </div>
  );
}
