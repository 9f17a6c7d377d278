// A search key that lets a user find text whatever the script and diacritics it was typed in:
// `petrovic` finds `Петровић` and `Petrović`, `shkoder` finds `Shkodër`.

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", ђ: "dj", е: "e", ж: "z", з: "z", и: "i", ј: "j",
  к: "k", л: "l", љ: "lj", м: "m", н: "n", њ: "nj", о: "o", п: "p", р: "r", с: "s", т: "t",
  ћ: "c", у: "u", ф: "f", х: "h", ц: "c", ч: "c", џ: "dz", ш: "s",
  // Macedonian
  ѓ: "g", ѕ: "dz", ќ: "k",
  // Bulgarian
  й: "y", щ: "sht", ъ: "a", ь: "", ю: "yu", я: "ya",
};

export function searchKey(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) out += CYRILLIC[ch] ?? ch;
  return out
    .replace(/đ/g, "dj")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether every word of `query` occurs in one of `fields`. */
export function matches(query: string, ...fields: string[]): boolean {
  const words = searchKey(query).split(" ").filter((w) => w.length > 0);
  if (words.length === 0) return true;
  const haystack = fields.map(searchKey).join(" ");
  return words.every((w) => haystack.includes(w));
}
