// The job a person held, as the text states it next to their name: "OpenAI CTO Mira Murati",
// "Jan Leike, the head of the superalignment team,", "chief scientist Ilya Sutskever".

const roleCore = String.raw`(?:(?:interim|acting|former|new|then-)\s+)?(?:(?:senior|executive|chief|founding|principal|lead|head|co-?lead|global)\s+)*(?:(?:vice president|VP|SVP|EVP|president|CEO|CTO|CFO|COO|CPO|CRO|CISO|chief [a-z]+(?: [a-z]+)? officer|chief scientist|co-?founder|cofounder|founding member|head|director|lead|leader|co-?lead(?:er)?|researcher|research scientist|scientist|engineer|board member|chair(?:man|woman)?|general counsel|spokes(?:person|woman|man)|adviser|advisor|manager|executive)(?:\s+(?:of|for)\s+(?:[A-Z][\w'-]*|[a-z][\w-]*)(?:\s+(?:and|&)?\s*[A-Z][\w'-]*){0,4}(?:\s+(?:team|research|product|safety))?)?)`;

/** Role written right before a name: "OpenAI CTO", "chief scientist", "VP of Research and Safety". */
const before = new RegExp(`(?:^|[\\s,(])(?:OpenAI(?:'s)?\\s+)?(${roleCore}(?:\\s+and\\s+${roleCore})?)\\s*$`, 'i');
/** Role in an appositive right after a name: ", OpenAI's chief technology officer,". */
const after = new RegExp(`^\\s*,\\s*(?:the\\s+|a\\s+|an\\s+)?(?:(?:company|startup|firm)'s\\s+|OpenAI(?:'s)?\\s+|its\\s+|their\\s+)?(${roleCore})`, 'i');

const shortForms: Record<string, string> = {
  ceo: 'CEO', cto: 'CTO', cfo: 'CFO', coo: 'COO', cpo: 'CPO', cro: 'CRO', ciso: 'CISO', vp: 'VP', svp: 'SVP', evp: 'EVP',
};

function tidy(role: string): string {
  const trimmed = role.replace(/\s+/g, ' ').replace(/^(?:former|then-)\s+/i, '').trim();
  return shortForms[trimmed.toLowerCase()] ?? trimmed;
}

/** The role stated around a mention of a person in `sentence`, if any. */
export function roleNear(sentence: string, start: number, end: number): string | undefined {
  const head = sentence.slice(Math.max(0, start - 80), start);
  const b = before.exec(head);
  if (b && b[1]) return tidy(b[1]);
  const a = after.exec(sentence.slice(end, end + 100));
  if (a && a[1]) return tidy(a[1]);
  return undefined;
}
