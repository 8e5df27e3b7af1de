/**
 * Generates the traditional-style Vietnamese dictionary (vi-DauCu: hòa, khỏe, thủy) from npm's
 * dictionary-vi, which ships only the reformed style (vi-DauMoi: hoà, khoẻ, thuỷ). Each syllable
 * goes through core/vi/tone-style.ts; the affix file (no affix rules, only TRY/MAP/REP hints for
 * suggestions) is copied as it is. The output is committed as data in assets/dictionaries/;
 * core/spell/dau-cu.test.ts fails when it no longer matches what this script writes.
 *
 *   npx tsx scripts/make-vi-dau-cu.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dauCuDictionary } from '../core/spell/dau-cu';

const root = resolve(import.meta.dirname, '..');
const source = resolve(root, 'node_modules/dictionary-vi');
const out = resolve(root, 'assets/dictionaries');
const aff = readFileSync(resolve(source, 'index.aff'), 'utf8');
const dic = readFileSync(resolve(source, 'index.dic'), 'utf8');
writeFileSync(resolve(out, 'vi-DauCu.aff'), aff);
writeFileSync(resolve(out, 'vi-DauCu.dic'), dauCuDictionary(dic));
console.log('assets/dictionaries/vi-DauCu.{aff,dic} written');
