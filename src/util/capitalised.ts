/** `word` with its first letter in capitals (`ministry` → `Ministry`): how word lists write a word found in lower case. */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
