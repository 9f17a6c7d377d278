/**
 * Split a translated sentence around a placeholder so the command can be shown as code:
 * `t("empty-import-hint", { command: "\u0000" })` → before / command / after.
 */
export function splitCommand(sentence: string, command: string): { before: string; command: string; after: string } {
  const at = sentence.indexOf("\u0000");
  if (at < 0) return { before: sentence, command: "", after: "" };
  return { before: sentence.slice(0, at), command, after: sentence.slice(at + 1) };
}
