/**
 * The spell-check worker: nspell over the three dictionaries, off the main thread (building the
 * English dictionary takes ~0.3-1 s, a suggestion for an English miss up to ~0.7 s). Dictionaries
 * are separate asset files fetched from our own origin (GPL/LGPL/MIT data, not bundled into code;
 * README, Licences). Messages follow core/spell/protocol.ts; requests that come before the
 * dictionaries are loaded wait for them.
 */
import nspell from 'nspell';
import { createChecker, type Checker } from '../../core/spell/checker';
import { answerSpellRequest, parseSpellRequest, type SpellRequest, type SpellResponse } from '../../core/spell/protocol';
import { dictionaryWords } from '../../core/spell/vi-suggest';
// dictionary-vi and dictionary-en export only their loader script, so their files are named by path;
// never inlined as data: URLs (the CSP's connect-src has no data:, and they stay separate files).
import viReformedAff from '../../node_modules/dictionary-vi/index.aff?url&no-inline';
import viReformedDic from '../../node_modules/dictionary-vi/index.dic?url&no-inline';
import enAff from '../../node_modules/dictionary-en/index.aff?url&no-inline';
import enDic from '../../node_modules/dictionary-en/index.dic?url&no-inline';
import viTraditionalAff from '../../assets/dictionaries/vi-DauCu.aff?url&no-inline';
import viTraditionalDic from '../../assets/dictionaries/vi-DauCu.dic?url&no-inline';

declare const self: {
  postMessage(message: SpellResponse): void;
  onmessage: ((event: { data: unknown }) => void) | null;
};

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

async function load(): Promise<Checker> {
  const [vrAff, vrDic, vtAff, vtDic, eAff, eDic] = await Promise.all(
    [viReformedAff, viReformedDic, viTraditionalAff, viTraditionalDic, enAff, enDic].map(text),
  );
  return createChecker({
    viReformed: nspell(vrAff!, vrDic!),
    viTraditional: nspell(vtAff!, vtDic!),
    en: nspell(eAff!, eDic!),
    viSyllables: [...dictionaryWords(vrDic!), ...dictionaryWords(vtDic!)],
  });
}

let checker: Checker | null = null;
const waiting: SpellRequest[] = [];

function handle(request: SpellRequest): void {
  if (checker === null) {
    waiting.push(request);
    return;
  }
  const answer = answerSpellRequest(checker, request);
  if (answer !== null) self.postMessage(answer);
}

self.onmessage = (event) => {
  const request = parseSpellRequest(event.data);
  if (request !== null) handle(request);
};

load().then(
  (ready) => {
    checker = ready;
    self.postMessage({ type: 'ready' });
    for (const request of waiting.splice(0)) handle(request);
  },
  (e: unknown) => self.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
);
