import { describe, expect, it } from 'vitest';
import { WORKFLOW_STATES } from '../../core/document/release';
import { canMove } from '../../core/signoff/workflow';
import { actionsFor, isLocked } from './signoff';

const TARGET = { submit: 'in-review', 'request-changes': 'changes-requested', approve: 'approved', withdraw: 'in-review' } as const;

describe('sign-off actions', () => {
  it('offers only moves the workflow allows', () => {
    for (const state of WORKFLOW_STATES) for (const action of actionsFor(state)) expect(canMove(state, TARGET[action]), `${state} ${action}`).toBe(true);
  });

  it('approves only from review and locks approved and published releases', () => {
    expect(WORKFLOW_STATES.filter((s) => actionsFor(s).includes('approve'))).toEqual(['in-review']);
    expect(WORKFLOW_STATES.filter(isLocked)).toEqual(['approved', 'published']);
  });
});
