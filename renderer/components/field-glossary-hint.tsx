/**
 * A glossary variant in the headline, subhead or sapo (issue 11). A text box cannot underline a
 * word, so a short line under the field names each variant with a one-click fix (as the body's
 * context menu does), written through the field's own undo history. Nothing shows without a
 * variant, so an ordinary sheet reads as it prints.
 */
import { useTranslation } from 'react-i18next';
import { findGlossaryVariants, type GlossaryMatch } from '../../core/vi/glossary';
import { documentStore } from '../app/document-store';
import { fieldEdited } from '../app/field-history';
import { currentGlossary } from '../app/house-style';
import { useLocked } from '../app/signoff';
import { uiStore } from '../app/ui-store';
import { useStore } from '../lib/store';

type SheetTextField = 'headline' | 'subhead' | 'sapo';

/** The field's text with every match of `found` -> `canonical` replaced (last to first). */
function fixed(text: string, matches: readonly GlossaryMatch[], pick: GlossaryMatch): string {
  let out = text;
  for (const m of [...matches].reverse()) {
    if (m.found === pick.found && m.canonical === pick.canonical) out = out.slice(0, m.from) + m.canonical + out.slice(m.to);
  }
  return out;
}

export function FieldGlossaryHint({ field }: { field: SheetTextField }) {
  const { t } = useTranslation();
  const value = useStore(documentStore, (s) => s.meta[field]);
  const language = useStore(documentStore, (s) => s.meta.language);
  // Re-rendered when the organisation's list or style changes; compiled once per list (cached).
  useStore(uiStore, (s) => s.settings?.organisation);
  const locked = useLocked();
  const glossary = currentGlossary();
  if (glossary === null || value === '') return null;
  const matches = findGlossaryVariants(value, glossary, language);
  if (matches.length === 0) return null;
  const distinct = matches.filter((m, i) => matches.findIndex((o) => o.found === m.found && o.canonical === m.canonical) === i);
  return (
    <p className="field-glossary" data-testid={`${field}-glossary`}>
      {distinct.map((m) => (
        <button
          key={`${m.found}\u0000${m.canonical}`}
          type="button"
          className="field-glossary-fix"
          disabled={locked}
          onClick={() => {
            const next = fixed(value, matches, m);
            fieldEdited(field, next, next.length);
          }}
        >
          {`«${m.found}» → ${t('houseStyle.fixTo', { canonical: m.canonical })}`}
        </button>
      ))}
    </p>
  );
}
