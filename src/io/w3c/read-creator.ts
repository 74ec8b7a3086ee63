/**
 * Who made an annotation, as a name to show. Tools say it differently: W3C `creator` as an IRI
 * or an agent object (`name`, `nickname`), Hypothesis as `acct:alice@hypothes.is` with a
 * `user_info.display_name`, Recogito as `{ id, name }` on the annotation or on its bodies (or as
 * a guest with a random id only, which is no name).
 */
import { asList, asString, isObject, type JsonObject } from '../shared';

/** `acct:alice@hypothes.is` → `alice`; any other name exactly as it is (a round trip keeps it). */
function nameOfAccount(value: string): string {
  const account = /^acct:([^@]+)@/i.exec(value.trim());
  return account ? account[1]! : value;
}

export function agentName(value: unknown): string | undefined {
  for (const agent of asList(value)) {
    if (typeof agent === 'string' && agent.length > 0) return nameOfAccount(agent);
    // Recogito's anonymous guests have only a random id: no name worth showing.
    if (!isObject(agent) || (agent.isGuest === true && asString(agent.name) === undefined))
      continue;
    const name =
      asString(agent.name) ??
      asString(agent.nickname) ??
      asString(agent.id) ??
      asString(agent['@id']);
    if (name) return nameOfAccount(name);
  }
  return undefined;
}

export function creatorOf(annotation: JsonObject): string | undefined {
  const hypothesisName = isObject(annotation.user_info)
    ? asString(annotation.user_info.display_name)
    : undefined;
  if (hypothesisName && hypothesisName.trim().length > 0) return hypothesisName.trim();
  const named = agentName(annotation.creator) ?? agentName(annotation.user);
  if (named) return named;
  for (const body of asList(annotation.body)) {
    const name = isObject(body) ? agentName(body.creator) : undefined;
    if (name) return name;
  }
  return undefined;
}
