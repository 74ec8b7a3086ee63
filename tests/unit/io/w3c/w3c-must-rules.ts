/**
 * The MUST rules of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
 * that apply to what Slant writes, as a checker returning every violation it finds. The rules
 * follow the model's text and the W3C test suite's schemas (web-platform-tests, annotation-model).
 */
const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
]);
const AGENT_TYPES = new Set(['Person', 'Organization', 'Software']);
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const isIri = (v: unknown) => typeof v === 'string' && IRI.test(v);
const isOffset = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function checkAgent(agent: unknown, at: string, out: string[]) {
  if (typeof agent === 'string') {
    if (!isIri(agent)) out.push(`${at}: an agent given as a string must be an IRI`);
    return;
  }
  if (!isObject(agent)) return void out.push(`${at}: an agent must be an IRI or an object`);
  for (const type of list(agent.type)) {
    if (!AGENT_TYPES.has(type as string))
      out.push(`${at}.type: ${String(type)} is not an agent class`);
  }
  if (agent.id !== undefined && !isIri(agent.id)) out.push(`${at}.id must be an IRI`);
  for (const name of list(agent.name)) {
    if (typeof name !== 'string') out.push(`${at}.name must be a string`);
  }
}

function checkBody(body: unknown, at: string, out: string[]) {
  if (typeof body === 'string') {
    if (!isIri(body)) out.push(`${at}: a body given as a string must be an IRI`);
    return;
  }
  if (!isObject(body)) return void out.push(`${at}: a body must be an IRI or an object`);
  if (body.id !== undefined && !isIri(body.id)) out.push(`${at}.id must be an IRI`);
  for (const purpose of list(body.purpose)) {
    if (!MOTIVATIONS.has(purpose as string))
      out.push(`${at}.purpose ${String(purpose)} is not a Motivation`);
  }
  if (list(body.type).includes('TextualBody')) {
    const values = list(body.value);
    if (values.length !== 1 || typeof values[0] !== 'string') {
      out.push(`${at}: a TextualBody must have exactly one string value`);
    }
  }
  for (const format of list(body.format)) {
    if (typeof format !== 'string' || !/^[a-z]+\/[a-z0-9.+-]+$/i.test(format)) {
      out.push(`${at}.format must be a media type`);
    }
  }
  if (body.creator !== undefined)
    for (const c of list(body.creator)) checkAgent(c, `${at}.creator`, out);
}

function checkSelector(selector: unknown, at: string, out: string[]) {
  if (!isObject(selector)) return void out.push(`${at}: a selector must be an object`);
  const types = list(selector.type);
  if (types.length !== 1) out.push(`${at}: a selector must have exactly one type`);
  if (types.includes('TextQuoteSelector')) {
    if (typeof selector.exact !== 'string') out.push(`${at}: TextQuoteSelector must have exact`);
    for (const key of ['prefix', 'suffix']) {
      if (selector[key] !== undefined && typeof selector[key] !== 'string')
        out.push(`${at}.${key} must be a single string`);
    }
  }
  if (types.includes('TextPositionSelector')) {
    if (!isOffset(selector.start)) out.push(`${at}.start must be a non-negative integer`);
    if (!isOffset(selector.end)) out.push(`${at}.end must be a non-negative integer`);
    if ((selector.start as number) > (selector.end as number)) out.push(`${at}: start after end`);
  }
}

function checkTarget(target: unknown, at: string, out: string[]) {
  if (typeof target === 'string') {
    if (!isIri(target)) out.push(`${at}: a target given as a string must be an IRI`);
    return;
  }
  if (!isObject(target)) return void out.push(`${at}: a target must be an IRI or an object`);
  if (list(target.type).includes('SpecificResource') || target.selector !== undefined) {
    const sources = list(target.source);
    if (sources.length !== 1 || !isIri(sources[0])) {
      out.push(`${at}: a SpecificResource must have exactly one source IRI`);
    }
    list(target.selector).forEach((s, i) => checkSelector(s, `${at}.selector[${i}]`, out));
  } else if (!isIri(target.id)) {
    out.push(`${at}: an external resource must have an IRI`);
  }
}

export function annotationViolations(
  annotation: unknown,
  at: string,
  out: string[] = [],
): string[] {
  if (!isObject(annotation)) return [...out, `${at}: an annotation must be an object`];
  if (!isIri(annotation.id)) out.push(`${at}.id must be exactly one IRI`);
  if (!list(annotation.type).includes('Annotation')) out.push(`${at}.type must include Annotation`);
  const targets = list(annotation.target);
  if (targets.length === 0) out.push(`${at}: an annotation must have at least one target`);
  targets.forEach((t, i) => checkTarget(t, `${at}.target[${i}]`, out));
  list(annotation.body).forEach((b, i) => checkBody(b, `${at}.body[${i}]`, out));
  for (const motivation of list(annotation.motivation)) {
    if (!MOTIVATIONS.has(motivation as string))
      out.push(`${at}.motivation ${String(motivation)} is not a Motivation`);
  }
  for (const key of ['created', 'modified', 'generated']) {
    const value = annotation[key];
    if (value !== undefined && (typeof value !== 'string' || !DATE_TIME.test(value)))
      out.push(`${at}.${key} must be an xsd:dateTime`);
  }
  for (const key of ['creator', 'generator']) {
    if (annotation[key] !== undefined)
      for (const a of list(annotation[key])) checkAgent(a, `${at}.${key}`, out);
  }
  return out;
}

function checkContext(value: Json, at: string, out: string[]) {
  const context = value['@context'];
  const ok =
    context === ANNO_CONTEXT ||
    (Array.isArray(context) && context.includes(ANNO_CONTEXT) && context.length > 1);
  if (!ok) out.push(`${at}@context must be ${ANNO_CONTEXT} (a string when it is the only one)`);
}

function checkPage(page: unknown, at: string, out: string[]) {
  if (!isObject(page)) return void out.push(`${at}: a page must be an object`);
  if (!isIri(page.id)) out.push(`${at}.id must be an IRI`);
  if (!list(page.type).includes('AnnotationPage'))
    out.push(`${at}.type must include AnnotationPage`);
  if (!Array.isArray(page.items) || page.items.length === 0)
    out.push(`${at}.items must hold at least one annotation`);
  for (const key of ['partOf', 'next', 'prev']) {
    if (page[key] !== undefined && !isIri(page[key])) out.push(`${at}.${key} must be an IRI`);
  }
  if (page.startIndex !== undefined && !isOffset(page.startIndex))
    out.push(`${at}.startIndex must be a non-negative integer`);
  list(page.items).forEach((item, i) => annotationViolations(item, `${at}.items[${i}]`, out));
}

/** Violations of a collection and every annotation in it; an empty list means it conforms. */
export function collectionViolations(
  collection: unknown,
  pages: readonly unknown[] = [],
): string[] {
  const out: string[] = [];
  if (!isObject(collection)) return ['the collection must be an object'];
  checkContext(collection, '', out);
  if (!isIri(collection.id)) out.push('id must be an IRI');
  if (!list(collection.type).includes('AnnotationCollection'))
    out.push('type must include AnnotationCollection');
  if (collection.total !== undefined && !isOffset(collection.total))
    out.push('total must be a non-negative integer');
  if ((collection.total as number) > 0 && collection.first === undefined)
    out.push('first is required when there are annotations');
  if (collection.last !== undefined && !isIri(collection.last)) out.push('last must be an IRI');
  if (collection.label !== undefined && typeof collection.label !== 'string')
    out.push('label must be a string');
  if (collection.generated !== undefined && !DATE_TIME.test(String(collection.generated)))
    out.push('generated must be an xsd:dateTime');
  if (collection.generator !== undefined) checkAgent(collection.generator, 'generator', out);
  if (isObject(collection.first)) checkPage(collection.first, 'first', out);
  else if (collection.first !== undefined && !isIri(collection.first))
    out.push('first must be an IRI or a page');
  pages.slice(1).forEach((page, i) => {
    if (isObject(page)) checkContext(page, `pages[${i + 1}].`, out);
    checkPage(page, `pages[${i + 1}]`, out);
  });
  return out;
}
