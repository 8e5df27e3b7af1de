import { describe, expect, it } from 'vitest';
import type { SpellRequest, SpellResponse } from '../../core/spell/protocol';
import { createSpellService, type WorkerLike } from './spell-service';

/** A worker that records requests; the test answers them. */
function fakeWorker() {
  const sent: SpellRequest[] = [];
  const worker: WorkerLike = {
    postMessage: (m) => void sent.push(m),
    onmessage: null,
    onerror: null,
    terminate: () => {},
  };
  const answer = (m: SpellResponse): void => worker.onmessage?.({ data: m } as MessageEvent<SpellResponse>);
  return { worker, sent, answer };
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('spell service', () => {
  it('asks once per unknown word, in one message, and caches right and wrong answers per language', async () => {
    const { worker, sent, answer } = fakeWorker();
    const s = createSpellService(() => worker);
    const changes: string[] = [];
    s.subscribe((c) => changes.push(c));
    expect(s.lookup('Biênn')).toBeUndefined();
    s.ask(['Biênn', 'Điện', 'Biênn']);
    s.ask(['Điện']);
    await tick();
    expect(sent).toEqual([{ type: 'check', id: 1, language: 'vi', words: ['Biênn', 'Điện'] }]);
    answer({ type: 'checked', id: 1, language: 'vi', wrong: ['Biênn'] });
    expect(changes).toEqual(['answers']);
    expect(s.lookup('Biênn')).toBe(true);
    expect(s.lookup('Điện')).toBe(false);
    s.ask(['Biênn']);
    await tick();
    expect(sent).toHaveLength(1);
    s.setLanguage('en');
    expect(s.lookup('Điện')).toBeUndefined();
  });

  it('accepts the lists, an added word and an ignored one at once; lists reach the worker and drop older answers', async () => {
    const { worker, sent, answer } = fakeWorker();
    const s = createSpellService(() => worker);
    s.ask(['Phăngg', 'sai', 'xau']);
    await tick();
    s.setLists(['pressdesk'], ['Mường Phăngg']);
    expect(sent.at(-1)).toEqual({ type: 'words', entries: ['pressdesk', 'Mường Phăngg'] });
    // The answer to the check sent before the lists changed is stale.
    answer({ type: 'checked', id: 1, language: 'vi', wrong: ['Phăngg', 'sai', 'xau'] });
    expect(s.lookup('sai')).toBeUndefined();
    expect(s.lookup('Phăngg')).toBe(false);
    expect(s.lookup('Pressdesk')).toBe(false);
    s.ask(['sai', 'xau']);
    await tick();
    const check = sent.at(-1) as Extract<SpellRequest, { type: 'check' }>;
    answer({ type: 'checked', id: check.id, language: 'vi', wrong: ['sai', 'xau'] });
    expect(s.lookup('sai')).toBe(true);
    s.accept('sai');
    s.ignore('xau');
    expect(s.lookup('sai')).toBe(false);
    expect(s.lookup('xau')).toBe(false);
    s.newSession();
    expect(s.lookup('xau')).toBe(true);
    expect(s.lookup('sai')).toBe(false);
  });

  it('suggests through the worker once per word, and is off when the dictionaries fail to load', async () => {
    const { worker, sent, answer } = fakeWorker();
    const s = createSpellService(() => worker);
    const pending = s.suggest('ngưòi');
    const request = sent.at(-1) as Extract<SpellRequest, { type: 'suggest' }>;
    expect(request).toMatchObject({ type: 'suggest', word: 'ngưòi', language: 'vi' });
    answer({ type: 'suggested', id: request.id, word: 'ngưòi', suggestions: ['người'] });
    expect(await pending).toEqual(['người']);
    expect(s.cachedSuggestions('ngưòi')).toEqual(['người']);
    expect(s.enabled()).toBe(true);
    answer({ type: 'failed', message: 'x' });
    expect(s.enabled()).toBe(false);
    expect(s.failed()).toBe(true);
  });
});
