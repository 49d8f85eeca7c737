// People type fast and rarely fix the words that carry no content: "Pleare review…", "I'm affraid to…",
// "you shoudl always…". The cue words a sentence is classified by are restored when a word is one typo away from
// one of them: a letter doubled, one letter struck for another, or two neighbours swapped. Only long cue words
// whose one-typo neighbours are no English words of their own are restored ("never" is one letter from "fever").
const CUE_WORDS = ["please", "afraid", "always", "should", "remember", "instead"];

function oneTypoFrom(word: string, cue: string): boolean {
  if (word.length === cue.length + 1) {
    // One letter doubled: dropping one of a pair gives the cue.
    for (let i = 1; i < word.length; i++)
      if (word[i] === word[i - 1] && word.slice(0, i) + word.slice(i + 1) === cue) return true;
    return false;
  }
  if (word.length !== cue.length) return false;
  let first = -1;
  let diffs = 0;
  for (let i = 0; i < word.length; i++) {
    if (word[i] === cue[i]) continue;
    if (++diffs > 2) return false;
    if (first < 0) first = i;
  }
  if (diffs === 1) return true;
  // Two neighbours swapped.
  return diffs === 2 && word[first] === cue[first + 1] && word[first + 1] === cue[first];
}

/** The text with its mistyped cue words restored, keeping the case of their first letter. */
export function respellCues(text: string): string {
  return text.replace(/\b[A-Za-z]{6,9}\b/g, (word) => {
    const lower = word.toLowerCase();
    if (CUE_WORDS.includes(lower)) return word;
    const cue = CUE_WORDS.find((c) => oneTypoFrom(lower, c));
    if (!cue) return word;
    return word[0] === word[0]?.toUpperCase() ? cue[0]?.toUpperCase() + cue.slice(1) : cue;
  });
}
