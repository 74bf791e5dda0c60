// Organisation names the detector must tell apart from OpenAI: a person "at Meta" leaving is not an
// OpenAI move, a person leaving OpenAI "for Anthropic" has a destination.

/** Ways the press names OpenAI itself. */
export const openAiPattern = /\b(?:OpenAI|Open AI|ChatGPT[- ]maker|ChatGPT's (?:maker|parent)|maker of ChatGPT|ChatGPT (?:maker|parent|creator)|creator of ChatGPT|(?:company|firm|startup|start-up|lab) (?:behind|that (?:created|built|makes|developed)|which (?:created|built|makes|developed)) ChatGPT|Sam Altman's company)\b/i;

/** Other organisations, longest names first so "Google DeepMind" wins over "Google". */
const otherOrganisations: readonly string[] = [
  'Google DeepMind', 'DeepMind', 'Google Brain', 'Google', 'Alphabet', 'Meta Superintelligence Labs', 'Meta', 'Facebook', 'Instagram',
  'Microsoft AI', 'Microsoft', 'Apple', 'Amazon', 'Anthropic', 'xAI', 'X Corp', 'Tesla', 'SpaceX', 'Nvidia', 'Mistral',
  'Thinking Machines Lab', 'Thinking Machines', 'Safe Superintelligence', 'SSI', 'Periodic Labs', 'Eureka Labs', 'Inflection AI', 'Inflection',
  'Scale AI', 'Instacart', 'Airtable', 'Uber', 'Twitter', 'Nextdoor', 'Square', 'Stripe', 'Salesforce', 'Perplexity', 'Cohere',
  'Character.AI', 'Adept', 'Hugging Face', 'Twitch', 'Quora', 'Statsig', 'Planet Labs', 'Y Combinator', 'Intel', 'IBM', 'Oracle',
  'Samsung', 'Baidu', 'Alibaba', 'ByteDance', 'TikTok', 'Netflix', 'Airbnb', 'Stability AI', 'Midjourney',
  'Goldman Sachs', 'Morgan Stanley', 'JPMorgan', 'SoftBank', 'Broadcom', 'AMD', 'Reddit', 'Coinbase', 'Shopify', 'Slack', 'GitHub',
  'LinkedIn', 'Dropbox', 'Waymo', 'Cruise', 'Figma', 'Notion', 'Databricks', 'Snowflake', 'Palantir', 'Andreessen Horowitz', 'Sequoia',
];

const otherNames = [...otherOrganisations].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.]/g, '\\.'));
const openAiGlobal = new RegExp(openAiPattern.source, 'gi');
// Every name starts with a capital (or the x of xAI): other positions fail before the long alternation.
const otherPattern = new RegExp(`\\b(?=[A-Zx])(?:${otherNames.join('|')})\\b`, 'g');

export interface OrganisationMention {
  name: string;
  start: number;
  end: number;
  openai: boolean;
}

/** Every organisation named in `text`, OpenAI included, in order. */
export function findOrganisations(text: string): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  const openai = openAiGlobal;
  openai.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = openai.exec(text)) !== null) found.push({ name: 'OpenAI', start: m.index, end: m.index + m[0].length, openai: true });
  otherPattern.lastIndex = 0;
  while ((m = otherPattern.exec(text)) !== null) {
    // "Meta" the word vs "meta-analysis": require the capitalised form, which the pattern already does.
    found.push({ name: m[0], start: m.index, end: m.index + m[0].length, openai: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function mentionsOpenAi(text: string): boolean {
  return openAiPattern.test(text);
}
