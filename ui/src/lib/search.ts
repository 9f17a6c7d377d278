// A search key that lets a user find text whatever the script and diacritics it was typed in:
// `petrovic` finds `Петровић` and `Petrović`, `shkoder` finds `Shkodër`, `dordevic` and
// `djordjevic` both find `Đorđević`.
//
// `fold` is the same algorithm as the Rust core's `fold` (crates/core/src/search.rs), which builds
// the keys the core searches on; both are checked against the shared golden file
// crates/core/tests/fixtures/search-fold.tsv. Change one and you must change the other.

/**
 * South Slavic and Bulgarian Cyrillic letters whose Latin form differs from the Russian-style
 * transliteration (Serbian/Macedonian official Latin spellings). Same as `CYRILLIC` in
 * crates/core/src/search.rs; the diacritics are stripped afterwards.
 */
const SOUTH_SLAVIC: Readonly<Record<string, string>> = {
  ђ: "đ", ј: "j", љ: "lj", њ: "nj", ћ: "ć", џ: "dž", ц: "c", ч: "č", ш: "š", ж: "ž", х: "h",
  ѓ: "gj", ќ: "kj", ѕ: "dz", й: "j", щ: "sht", ъ: "a", ю: "ju", я: "ja",
};

/**
 * The remaining lower-case Cyrillic letters (U+0430–U+045F) as the Rust `deunicode` crate
 * transliterates them (Russian-style). Letters already in `SOUTH_SLAVIC` are looked up there first.
 */
const RUSSIAN: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", з: "z", и: "i", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", ы: "y", ь: "'", э: "e",
  ѐ: "ie", ё: "io", є: "ie", і: "i", ї: "yi", ѝ: "i", ў: "u",
};

/**
 * Latin letters that Unicode does not decompose into a base letter and a combining mark, as
 * `deunicode` writes them. `đ` is the one that matters here (Đorđević); the others occur in
 * names. Characters outside these tables (symbols, other scripts) are left as they are, where the
 * Rust side would transliterate them; names in the region's scripts fold identically.
 */
const LATIN: Readonly<Record<string, string>> = {
  đ: "d", ł: "l", ø: "o", æ: "ae", œ: "oe", ß: "ss", ı: "i", ħ: "h", ŧ: "t", ð: "d", þ: "th", ĳ: "ij",
};

const COMBINING_MARK = /\p{M}/gu;

/**
 * The folded form of `text`: lower-case ASCII, Cyrillic transliterated (Serbian/Macedonian Latin
 * spelling), diacritics stripped, and `dj` written `d` (Đ is typed both ways). Spaces, hyphens
 * and other ASCII are kept as they are.
 */
export function fold(text: string): string {
  let latin = "";
  for (const ch of text.toLowerCase()) latin += SOUTH_SLAVIC[ch] ?? RUSSIAN[ch] ?? ch;
  let ascii = "";
  for (const ch of latin.normalize("NFD").replace(COMBINING_MARK, "")) ascii += LATIN[ch] ?? ch;
  return ascii.replace(/dj/g, "d");
}

/** `fold(text)` with runs of white space made one space and the ends trimmed: the key `matches` compares. */
export function searchKey(text: string): string {
  return fold(text).replace(/\s+/g, " ").trim();
}

/** Whether every word of `query` occurs in one of `fields`. */
export function matches(query: string, ...fields: string[]): boolean {
  const words = searchKey(query).split(" ").filter((w) => w.length > 0);
  if (words.length === 0) return true;
  const haystack = fields.map(searchKey).join(" ");
  return words.every((w) => haystack.includes(w));
}
