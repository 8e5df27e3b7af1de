/**
 * Whether a body (ProseMirror JSON) fits the one body schema, and if not, where: the path of the
 * first offending node in document order and what is wrong there, e.g.
 * "body.content[3].content[0]: figure attribute alt must be text". ProseMirror's own
 * Node.fromJSON + check() has the last word; the walk before it finds the place to name (PM's
 * errors carry none). Both are linear in the body; the walk is iterative and refuses depth past
 * MAX_BODY_DEPTH, so the recursive fromJSON/check after it never goes deep.
 */
import { Mark, Node, type Attrs, type MarkType, type NodeType } from '@tiptap/pm/model';
import { AttrError, bodyPmSchema } from './body-schema';
import type { PmNode } from './release';
import { tableShapeProblem } from './table';

/**
 * Nodes nested deeper than this below the doc (text counts) are refused. A real release never
 * comes close: Word allows 9 list levels (list + item = 2 nodes each), then a paragraph, its text
 * and maybe a quote around it — about 22. And every body accepted must open again: document.json
 * may nest 100 deep (core/document/json-scan.ts), the body starts 3 in, each node level costs 2
 * (the node and its content list) and a text's marks 3 more, so nothing past 47 could be reopened.
 */
export const MAX_BODY_DEPTH = 40;

export interface BodyProblem {
  /** Where, e.g. "body.content[3].content[0]" ("body" is the doc itself). */
  path: string;
  /** What, e.g. "figure attribute alt must be text". */
  problem: string;
}

/** "<path>: <problem>", the detail an error message shows. */
export const describeBodyProblem = (p: BodyProblem): string => `${p.path}: ${p.problem}`;

/** The path below the body as keys and indexes: "body.content[3].marks[0]" -> ["content", 3, "marks", 0]. */
export function bodyPathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/\.(content|marks)\[(\d+)\]/g)].flatMap((m) => [m[1]!, Number(m[2])]);
}

interface Pending {
  json: unknown;
  path: string;
  depth: number;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
/** A name from the file as it may appear in a message: plain names as they are, anything else quoted and cut. */
const shown = (name: string): string => (/^[A-Za-z][\w-]{0,39}$/.test(name) ? name : JSON.stringify(name).slice(0, 42));

/** The attribute problem of one node or mark, or null. Defaults are checked too, as check() does. */
function attrsProblem(kind: string, specs: Record<string, { default?: unknown; validate?: unknown }>, attrs: unknown): string | null {
  if (attrs !== undefined && !isObject(attrs)) return `${kind} attributes must be an object`;
  const given = attrs ?? {};
  for (const name of Object.keys(given)) if (!own(specs, name)) return `${kind} has no attribute ${shown(name)}`;
  for (const [name, spec] of Object.entries(specs)) {
    const value = own(given, name) && given[name] !== undefined ? given[name] : spec.default;
    try {
      if (typeof spec.validate === 'function') (spec.validate as (v: unknown) => void)(value);
    } catch (e) {
      return e instanceof AttrError ? `${kind} attribute ${name} ${e.message}` : `${kind} attribute ${name}: ${messageOf(e)}`;
    }
  }
  return null;
}

/** The marks' problem on one node inside `parent`, or null. */
function marksProblem(marks: unknown, parent: NodeType): string | null {
  if (marks === undefined) return null;
  if (!Array.isArray(marks)) return 'marks must be a list';
  const built: Mark[] = [];
  for (const [i, json] of marks.entries()) {
    const name = isObject(json) ? json['type'] : undefined;
    const type: MarkType | undefined = typeof name === 'string' && own(bodyPmSchema.marks, name) ? bodyPmSchema.marks[name] : undefined;
    if (type === undefined) return `marks[${i}]: unknown mark ${JSON.stringify(name ?? null).slice(0, 40)}`;
    const attrs = attrsProblem(type.name, type.spec.attrs ?? {}, (json as Json)['attrs']);
    if (attrs !== null) return `marks[${i}]: ${attrs}`;
    if (!parent.allowsMarkType(type)) return `mark ${type.name} is not allowed inside ${parent.name}`;
    built.push(type.create((json as Json)['attrs'] as Attrs | undefined));
  }
  let set = Mark.none;
  for (const mark of built) set = mark.addToSet(set);
  return Mark.sameSet(set, Mark.setFrom(built)) ? null : `marks ${built.map((m) => m.type.name).join(', ')} cannot go together`;
}

/** The node type named by `json`, or a problem. */
function typeOf(json: unknown): NodeType | string {
  if (!isObject(json)) return 'a node must be an object';
  const name = json['type'];
  if (typeof name !== 'string' || !own(bodyPmSchema.nodes, name)) return `unknown node type ${JSON.stringify(name ?? null).slice(0, 40)}`;
  return bodyPmSchema.nodes[name]!;
}

/** The first problem of `json` itself and its list of children (not their insides), or null. */
function nodeProblem(json: Json, type: NodeType): string | null {
  if (type.isText) {
    if (typeof json['text'] !== 'string' || json['text'] === '') return 'text must not be empty';
    if (json['content'] !== undefined || json['attrs'] !== undefined) return 'text has no content or attributes';
    return null;
  }
  if (json['text'] !== undefined) return `${type.name} carries no text of its own`;
  const attrs = attrsProblem(type.name, type.spec.attrs ?? {}, json['attrs']);
  if (attrs !== null) return attrs;
  const content = json['content'];
  if (content !== undefined && !Array.isArray(content)) return `${type.name} content must be a list`;
  const children: unknown[] = content ?? [];
  let match: ReturnType<typeof type.contentMatch.matchType> = type.contentMatch;
  for (const [i, child] of children.entries()) {
    const childType = typeOf(child);
    if (typeof childType === 'string') return `content[${i}]: ${childType}`;
    match = match?.matchType(childType) ?? null;
    if (match === null) return `content[${i}]: ${childType.name} cannot go inside ${type.name} here (${type.name} holds ${type.spec.content ?? 'nothing'})`;
    const marks = marksProblem((child as Json)['marks'], type);
    if (marks !== null) return `content[${i}]: ${marks}`;
  }
  if (match !== null && !match.validEnd) return `${type.name} is incomplete (it holds ${type.spec.content ?? 'nothing'})`;
  return null;
}

/** Moves "content[2]: marks[0]: problem" prefixes into the path, so it names the child (or mark). */
function located(path: string, problem: string): BodyProblem {
  const m = /^((?:content|marks)\[\d+\]): (.*)$/s.exec(problem);
  return m ? located(`${path}.${m[1]}`, m[2]!) : { path, problem };
}

/** The walk: the first problem in document order, or null. */
function locate(body: unknown): BodyProblem | null {
  const root = typeOf(body);
  if (typeof root === 'string') return { path: 'body', problem: root };
  if (root !== bodyPmSchema.topNodeType) return { path: 'body', problem: `the body must be a doc, not ${root.name}` };
  const stack: Pending[] = [{ json: body, path: 'body', depth: 0 }];
  while (stack.length > 0) {
    const { json, path, depth } = stack.pop()!;
    if (depth > MAX_BODY_DEPTH) return { path, problem: `nested deeper than ${MAX_BODY_DEPTH} levels` };
    const node = json as Json;
    const problem = nodeProblem(node, typeOf(node) as NodeType);
    if (problem !== null) return located(path, problem);
    // A table's grid (spans across rows) is bounded before anything lays it out.
    const shape = node['type'] === 'table' ? tableShapeProblem(node as unknown as PmNode) : null;
    if (shape !== null) return { path, problem: shape };
    const children = (node['content'] ?? []) as unknown[];
    // Pushed last to first, so they come off the stack in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push({ json: children[i], path: `${path}.content[${i}]`, depth: depth + 1 });
  }
  return null;
}

/**
 * null when the body fits the schema (ProseMirror's fromJSON + check() agree), else the first
 * problem and where it is.
 */
export function checkBody(body: unknown): BodyProblem | null {
  const found = locate(body);
  if (found !== null) return found;
  try {
    Node.fromJSON(bodyPmSchema, body as Json).check();
    return null;
  } catch (e) {
    // The walk mirrors check(); should they ever differ, ProseMirror still refuses the body.
    return { path: 'body', problem: messageOf(e).slice(0, 300) };
  }
}
