// Shorter wording for the same statement: greetings ("Hi Claude,"), conversational openers and hedges carry
// nothing a later reader needs ("Also, I think we should just use X" says "we should use X"). Words are
// dropped, never cut mid-word, and text in backticks or quotes is left exactly as written.

const OPENERS =
  /^(?:(?:(?:hi|hello|hey|dear)(?:\s+\w+)?(?=\s*[,!.])|ok(?:ay)?|so|also|and|but|then|well|now|btw|anyway|oh|hmm+|yes|yeah|no(?=\s*[,.!:;—-])|great|good|perfect|nice|sorry(?: for [\w\s]{1,20}?)?|please|pls|re:\s*\w+|i mean|i think|i guess|i feel like|i believe|honestly|basically|actually|just|the thing is|the point is|keep in mind(?: that)?|note that|it (?:looks|seems) like|it seems(?: that)?|i (?:can )?see(?: that)?|i (?:noticed|realized|discovered|found)(?: that)?|as you can see)\b[\s,.!:;—-]*)+/i;
const HEDGES =
  /(?<=\s)(?:just|really|actually|basically|simply|probably|maybe|perhaps|kind of|sort of|a bit|quite|very|totally|literally|definitely|IMO|IMHO|I think|I guess|please)\s+(?=\S)/gi;

function outsideVerbatim(text: string, rewrite: (prose: string) => string): string {
  return text
    .split(/(`[^`]*`|"[^"]*")/)
    .map((part, i) => (i % 2 === 1 ? part : rewrite(part)))
    .join("");
}

/** The statement without its opener and hedges; unchanged when too little is left. */
export function condense(text: string): string {
  const opened = text.replace(OPENERS, "");
  const out = outsideVerbatim(opened, (prose) => prose.replace(HEDGES, ""))
    .replace(/\s{2,}/g, " ")
    .trim();
  return out.length < 12 ? text : out;
}
