// Capitalised words that are never part of a person's name in news copy: titles, organisations,
// places, products, months, and the words that start sentences. Name extraction rejects a candidate
// containing any of them, which is what keeps "Physical Intelligence" or "Chief Technology" out.

const words = `
a an the this that these those there here it its he she they we i you his her their our my your
and or but nor so yet for with without from into onto upon about after before during since until while as at by of on in to
amid amidst over following despite against among amongst versus via toward towards across under behind beyond within
former ex new old latest another other more most some many much all both each every few several one two three four five six seven eight nine ten
first second third fourth fifth last next final early late earlier later recent recently current currently now today yesterday tomorrow
mr mrs ms dr prof sir dame lord lady
goldman sachs morgan stanley jpmorgan softbank broadcom amd reddit coinbase shopify slack github linkedin dropbox waymo databricks snowflake palantir sequoia andreessen horowitz
pro plus ultra vision glasses iphone ipad macbook airpods copilot gemini claude llama grok siri alexa bard bing azure android windows
chief executive officer officers technology technical financial operating product products research researcher researchers science scientist scientists engineer engineers fellow fellows
creator creators inventor pioneer godfather architect designer dad mom
veteran veterans lobbyist lobbyists strategist economist lawyer counsel spokesperson advisor adviser insider
president vice vp svp evp secretary treasury minister chancellor governor senator ambassador mayor commissioner general admiral colonel professor co-founder co-founders co-lead co-leader co-creator head heads director directors manager lead leader leaders co cofounder founder founders founding member members staff staffer employee employees
board chair chairman chairwoman chairperson trustee trustees observer team teams group division unit lab labs company companies firm startup start-up
ceo cto cfo coo cpo cro cso cmo ciso cio gc svp
safety alignment superalignment preparedness policy governance readiness agi ai asi llm gpt chatgpt sora dall-e dalle codex whisper clip gpt-4 gpt-4o gpt-5 o1 o3
openai open anthropic google deepmind brain meta facebook instagram whatsapp microsoft apple amazon tesla spacex nvidia xai x twitter musk's
mistral inflection scale instacart airtable uber nextdoor square stripe salesforce perplexity cohere twitch quora statsig intel ibm oracle samsung
thinking machines safe superintelligence periodic eureka physical intelligence world labs hugging face character
silicon valley san francisco new york london paris zurich washington california texas europe european eu u.s us uk america american china chinese india
middle east africa african asia asian pacific latin emea apac latam japan japanese tokyo korea seoul singapore dubai ireland dublin germany munich berlin france brazil canada australia israel saudi arabia uae emirates
street journal times post verge wired information reuters bloomberg cnbc cnn bbc axios techcrunch fortune forbes vox insider business ft associated press
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
breaking exclusive report reports update updated opinion analysis explainer podcast video watch read live
why what who whom whose how when where which whether if then than also just only even still again already
meanwhile however despite although though because since instead indeed yes no not never
is are was were be been being has have had do does did will would can could should may might must shall
says said say told tells announced announces confirms confirmed reported adds added wrote writes posted posts
leaves left leave leaving quits quit resigns resigned joins joined hires hired returns returned exits exited departs departed
fires fired ousted steps stepped named names appoints appointed promoted taps tapped poaches poached
cites citing faces facing warns reveals claims denies launches unveils sues slams urges seeks ongoing
takes taking took charge reins merges reorganizes reorganises restructures rejoins abandons
exchequer duchy commons lords interior homeland
inc corp ltd llc plc co. org
senate congress house parliament commission committee council court judge federal government administration department
the-information ai-powered generative artificial general intelligence machine learning deep model models
nobel turing prize award
university college institute school academy foundation fund capital ventures partners carnegie mellon stanford harvard mit berkeley princeton yale oxford cambridge
`;

const nameStopwords: ReadonlySet<string> = new Set(words.split(/\s+/).filter(Boolean));

/** True for a token that may be part of a person's name ("Kalinowski", "D'Angelo", "LeCun", "Zhai"). */
export function isNameToken(token: string): boolean {
  // Surname particles ("Daniel De Freitas", "Ursula von der Leyen") belong to the name.
  if (/^(?:De|Van|Von|Der|Da|Di|Du|Le|La)$/.test(token)) return true;
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  // Abstract nouns ("Situational Awareness", "Reorganization") are never names, whatever headline Title Case makes of them.
  const result = !abstractNoun.test(token) && token.length >= 2 && token.length <= 20 && /^[A-Z\u00C0-\u00DE][\p{L}'-]*\p{Ll}$/u.test(token) && !nameStopwords.has(token.toLowerCase());
  // Bounded memo: news reuses the same capitalised words all day.
  if (cache.size > 20_000) cache.clear();
  cache.set(token, result);
  return result;
}

/**
 * A short all-caps surname ("Arvind KC"): only after a first name, and never an acronym news copy
 * puts after a name ("Sam Altman AI", "OpenAI CEO", "Jane Roe PR"), which the stopwords hold.
 */
export function isAcronymSurname(token: string): boolean {
  return /^[A-Z]{2,3}$/.test(token) && !nameStopwords.has(token.toLowerCase()) && !acronyms.has(token);
}

const acronyms: ReadonlySet<string> = new Set(['GPT', 'HR', 'PR', 'ML', 'TV', 'NYC', 'SF', 'DC', 'IPO', 'API', 'LLM', 'AGI', 'ASI', 'USA', 'IT', 'UN', 'NBA', 'NFL', 'OK', 'PC', 'VC', 'VCS', 'AR', 'VR', 'XR', 'IQ', 'FTC', 'SEC', 'DOJ', 'EU', 'UK', 'US', 'AI']);

const cache = new Map<string, boolean>();
const abstractNoun = /\p{Ll}(?:ness|tion|sion|ism|ology|ships?)$/u;
