/**
 * Finds an item by id in a list that changes a little at a time (an annotation tagged, stored or
 * deleted), looking first where it was found last and next to that: the open annotation is
 * looked up on every render of the annotate view, and a search through thousands showed in the
 * frame of every tag. Ids are unique in a list, so any item found with the id is the answer.
 */
export function idFinder<T extends { id: string }>(): (
  list: readonly T[],
  id: string,
) => T | undefined {
  let at = -1;
  return (list, id) => {
    for (const i of [at, at + 1, at - 1]) {
      if (i >= 0 && list[i]?.id === id) return list[(at = i)];
    }
    at = list.findIndex((item) => item.id === id);
    return at < 0 ? undefined : list[at];
  };
}
