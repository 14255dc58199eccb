const MAX_SLUG_LENGTH = 48;

/** Lower-kebab slug: `Jane Doë` → `jane-doe`. Empty when nothing usable is left. */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  // A cut right before a hyphen already ends on a whole word.
  if (slug[maxLength] === '-') return cut;
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** A valid Serverless stage name: starts with a letter, lowercase letters, digits, single hyphens. */
export function stageSlugify(text: string, maxLength: number): string {
  return slugify(text, maxLength).replace(/^[^a-z]+/, '');
}
