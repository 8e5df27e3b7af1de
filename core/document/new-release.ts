/**
 * A new, empty release and its empty parts. Apart from release.ts (which re-exports them) because
 * this file imports only types: the renderer uses it without pulling zod, the file validator, into
 * its bundle.
 */
import type { Notice, Release, ReleaseBody, ReleaseKind, ReleaseLanguage, Workflow } from './release';

export function emptyNotice(): Notice {
  return { number: '', symbol: '', summary: '', signatureLines: [], signerName: '', recipients: [] };
}

export function emptyWorkflow(): Workflow {
  return { state: 'draft', log: [] };
}

export function emptyBody(): ReleaseBody {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** A new, empty release of the given kind; the dateline place, pen name and language come from the profiles. */
export function createRelease(
  kind: ReleaseKind,
  defaults: { place?: string; penName?: string; today?: string; language?: ReleaseLanguage } = {},
): Release {
  return {
    kind,
    language: defaults.language ?? 'vi',
    headline: '',
    subhead: '',
    sapo: '',
    dateline: { place: defaults.place ?? '', date: defaults.today ?? '' },
    author: { penName: defaults.penName ?? '' },
    contact: { name: '', phone: '', email: '' },
    embargo: { mode: 'immediate' },
    boilerplate: '',
    notice: emptyNotice(),
    body: emptyBody(),
    assets: [],
    threads: [],
    history: [],
    approvals: [],
    workflow: emptyWorkflow(),
  };
}
