const MAX_SLUG_LENGTH = 48;

// Latin letters that no Unicode decomposition turns into a-z; marks (é, ö, å) are stripped after NFKD.
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  ł: 'l',
  Ł: 'l',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  ħ: 'h',
  Ħ: 'h',
};
const LATIN_LETTER = new RegExp(`[${Object.keys(LATIN_LETTERS).join('')}]`, 'g');

/** Lower-kebab slug: `Jane Doë` → `jane-doe`, `Größe` → `grosse`. Empty when nothing usable is left (`李雷`). */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(LATIN_LETTER, (letter) => LATIN_LETTERS[letter] ?? letter)
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
