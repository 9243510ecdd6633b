// "Did you mean" for a field a template names but does not declare. Inside {{#each}} the author wrote an item's
// own field name (`{{statu}}`), so it is compared with the fields of that same item first; a field of another
// list that happens to be spelled alike is never offered instead.
import { allMatterPaths } from '../matter/matter-paths';
import { didYouMean } from './template-error';

/** `inquiry.requests[].statu` -> `inquiry.requests[]`; a path outside a list item has no item. */
const itemOf = (path: string): string | undefined => {
  const at = path.lastIndexOf('[].');
  return at < 0 ? undefined : path.slice(0, at + 2);
};

/** The rest of the sentence after "the field `x`", for a path that is not a matter field. */
export function unknownFieldDetail(resolved: string, declared: Iterable<string>): string {
  const declaredPaths = [...declared];
  const item = itemOf(resolved);
  if (item) {
    const own = (paths: Iterable<string>) =>
      [...paths].filter((p) => itemOf(p) === item).map((p) => p.slice(item.length + 1));
    const name = resolved.slice(item.length + 1);
    const fromDeclared = didYouMean(name, own(declaredPaths));
    if (fromDeclared)
      return `is not declared in the front matter${fromDeclared.replace(/`([^`]+)`\?$/, `\`${item}.$1\`?`)}`;
    const fields = own(allMatterPaths().keys());
    const fromMatter = didYouMean(name, fields);
    if (fromMatter)
      return `is not a matter field${fromMatter.replace(/`([^`]+)`\?$/, `\`${item}.$1\`?`)} (then declare it under \`fields:\`)`;
    if (fields.length)
      return `is not a field of each \`${item.slice(0, -2)}\` item; its fields are: ${fields.join(', ')}`;
  }
  const declaredHint = didYouMean(resolved, declaredPaths);
  if (declaredHint) return `is not declared in the front matter${declaredHint}`;
  const schemaHint = didYouMean(resolved, allMatterPaths().keys());
  return `is not a matter field${schemaHint ? `${schemaHint} (then declare it under \`fields:\`)` : ''}`;
}
