// The verbs and nouns that report a staffing move, per event type, with the circumstance each one
// implies and where its person stands: before the trigger ("Murati resigns"), after it ("OpenAI
// fires Aschenbrenner"), or either side of a noun ("Murati's exit", "the departure of Murati").
import type { Circumstance, EventType } from '../domain.js';

export type TriggerSide = 'before' | 'after' | 'noun';

export interface TriggerRule {
  type: EventType;
  circumstance: Circumstance;
  side: TriggerSide;
  pattern: RegExp;
  /** How sure the wording alone makes a move (0..1). */
  weight: number;
  /** Verbs like "leave" and "join" need an object to know where the person went or came from. */
  needsObject?: boolean;
  /** The words name the remit themselves ("takes charge of OpenAI Products", "reorganizes under Roe"): no role word needed. */
  remit?: boolean;
  /** A hire or poach: the subject organisation is the destination. */
  hire?: boolean;
  /** "<organisation> loses <person> to <organisation>": the subject is where they left, "to" where they went. */
  loss?: boolean;
}

/** "was just named", "has been quietly fired": adverbs news copy puts between auxiliary and participle. */
/** A post, not a company, after "transition to": "a new role", "special projects", "an advisory position". */
const newPost = String.raw`(?:a |an |the )?(?:new |special |advisory |expanded |different |broader )?(?:role|position|job|post|projects)\b`;

/** The verbs that take a leave or sabbatical: "takes", "goes on", "heads off on", "was placed on". */
const takesLeave = String.raw`(?:tak(?:e|es|en|ing)|took|go(?:es|ing|ne)? on|went on|head(?:s|ed|ing)? (?:off )?on|(?:is|was|are|were) on|(?:placed|put) on)`;
const farewell = String.raw`(?:(?:bid(?:s|ding)?|bade) farewell|(?:say(?:s|ing)?|said|wav(?:e|es|ed|ing)) goodbye)`;
/**
 * A company as the subject just before a farewell: then the mover is the one it bids farewell to. Checked
 * behind the matched words (a lookbehind opening the pattern would run at every position).
 */
const companySubject = String.raw`\b(?:OpenAI|[Cc]ompany|[Ss]tartup|[Ff]irm|[Mm]aker|[Ll]ab)(?:'s|’s)?\s+(?:(?:has|have|had|is|also|officially|\w+ly)\s+){0,2}`;

/** What someone takes charge of: a part of the company ("OpenAI Products", "the hardware unit", "research"), not "the conversation". */
const orgArea = String.raw`(?:(?:the|its|OpenAI's|OpenAI’s|OpenAI|a|an|new|all)\s+)?(?:[\w-]+\s+){0,2}?(?:products?|research|engineering|operations|teams?|units?|divisions?|groups?|labs?|safety|policy|hardware|business|sales|strategy|infrastructure|models?|organi[sz]ation|company|ChatGPT|Codex|applications|devices)\b`;

const adv = String.raw`(?:(?:just|recently|newly|officially|formally|quietly|abruptly|reportedly|now|also|suddenly|effectively) )?`;

const rules: TriggerRule[] = [
  // Departures, person first.
  { type: 'departure', circumstance: 'resigned', side: 'before', weight: 0.85, pattern: /\b(?:resign(?:s|ed|ing)?|tender(?:s|ed)? (?:his|her|their) resignation|hand(?:s|ed)? in (?:his|her|their) resignations?)\b/ },
  { type: 'departure', circumstance: 'quit', side: 'before', weight: 0.85, pattern: /\b(?:quit(?:s|ting)?(?!\s+(?!(?:following|citing|saying|during|amid|leaving|joining|according)\b)[a-z]+ing\b)|walk(?:s|ed|ing)? away|walks? out|call(?:s|ed|ing)? it quits|mov(?:es|ed|ing) on from|back(?:s|ed|ing)? out\b(?! of\b))\b/ },
  { type: 'departure', circumstance: 'left', side: 'before', weight: 0.75, needsObject: true, pattern: /\b(?:leav(?:e|es|ing)|left)\b/ },
  { type: 'departure', circumstance: 'left', side: 'before', weight: 0.8, pattern: new RegExp(String.raw`\b(?:depart(?:s|ed|ing)?|exit(?:s|ed|ing)?|is out(?=\s+(?:at|as|from|after|amid)\b|\s*[,.;:]|\s*$)|out at(?= (?:OpenAI|the ChatGPT maker)\b)|bow(?:s|ed|ing)? out|part(?:s|ed|ing)? ways|head(?:s|ed|ing)? for the exit|head(?:s|ed|ing)? out\b(?!\s+(?:to|for|on|into|in)\b)|jump(?:s|ed|ing)? ship|${farewell}(?<!${companySubject}${farewell})|defect(?:s|ed|ing)?|(?:is|are|was) (?:on (?:his|her|their) way|heading) out|on (?:his|her|their) way out|made tracks|pack(?:ed|s|ing)? (?:his|her|their) bags|(?:(?:leav(?:e|es|ing)|left) the|abandon(?:s|ed|ing)?) ship(?=\s*$|\s*[,.;:!?—]|\s+(?:as|after|amid|over|in|at|and|to|for|with|following|because)\b)|on the way out(?: the door)?(?=\s*(?:[,.;:!?—]|$))|on (?:his|her|their) way out the door)\b`) },
  { type: 'departure', circumstance: 'resigned', side: 'before', weight: 0.75, pattern: /\b(?:step(?:s|ped|ping)? (?:down|away|aside)|stand(?:s|ing)? down|stood down)\b/ },
  { type: 'departure', circumstance: 'fired', side: 'before', weight: 0.85, pattern: new RegExp(String.raw`\b(?:(?:was|were|been|being|is|are|gets?|got) ${adv}(?:fired|sacked|dismissed|ousted|axed|terminated|let go|laid off|shown the (?:door|exit))|fired|sacked|ousted|shown the (?:door|exit))\b`) },
  { type: 'departure', circumstance: 'pushed_out', side: 'before', weight: 0.8, pattern: /\b(?:(?:was|were|been|being|is|are|got) )?(?:pushed out|forced out|forced to (?:leave|resign|step down)|(?:ordered|asked|told) to (?:leave|resign)|removed from (?:the company|the board|OpenAI))\b/ },
  { type: 'departure', circumstance: 'left', side: 'before', weight: 0.6, pattern: /\bno longer (?:there|at OpenAI|with (?:OpenAI|the company))\b/ },
  { type: 'departure', circumstance: 'sabbatical', side: 'before', weight: 0.8, pattern: new RegExp(String.raw`\b(?:${takesLeave}|on|begin(?:s|ning)?|began|(?:has |have )?begun|start(?:s|ed|ing)?) (?:an? )?(?:extended |months?-?long |three-month |long )?(?:sabbatical|leave of absence|extended leave|(?:the )?(?:rest|remainder) of the year off|time off)\b|\b${takesLeave} (?:a )?(?:medical |personal |temporary |brief |indefinite |extended )?leave\b(?! (?:of (?:his|her|their) senses|it\b))`) },
  // "she had completed her final week at the company".
  { type: 'departure', circumstance: 'left', side: 'before', weight: 0.75, pattern: /\b(?:complet(?:es|ed|ing)|finish(?:es|ed|ing)|wrap(?:s|ped|ping) up|work(?:s|ed)) (?:his|her|their) (?:final|last) (?:week|day)\b/ },
  { type: 'departure', circumstance: 'retired', side: 'before', weight: 0.75, pattern: /\bretir(?:e|es|ed|ing)\b/ },
  // "three executives stepped back from their roles": stepping back from a post (not from a plan or a market) is leaving it.
  { type: 'departure', circumstance: 'resigned', side: 'before', weight: 0.75, pattern: /\bstep(?:s|ped|ping)? back(?= from (?:(?:his|her|their|the|its) )?(?:[\w-]+ ){0,2}(?:roles?|posts?|positions?|jobs?|duties|day-to-day|responsibilities)\b|\s*$)/ },
  // Departures, person after.
  { type: 'departure', circumstance: 'fired', side: 'after', weight: 0.85, pattern: /\b(?:fir(?:e|es|ed|ing)|sack(?:s|ed|ing)?|oust(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|axe(?:s|d)?|axing|terminat(?:e|es|ed|ing)|let go of|show(?:s|ed)? the door to|(?:let|lets|letting) go of)\b/ },
  { type: 'departure', circumstance: 'pushed_out', side: 'after', weight: 0.8, pattern: /\b(?:push(?:es|ed|ing)? out|forc(?:e|es|ed|ing) out|sever(?:s|ed|ing)? ties with|part(?:s|ed|ing)? ways with)\b/ },
  // "OpenAI bids farewell to its CTO": a company's farewell names the mover after it (anyone else's farewell is their own exit, above).
  { type: 'departure', circumstance: 'left', side: 'after', weight: 0.75, pattern: new RegExp(String.raw`\b${farewell} to\b(?<=${companySubject}${farewell} to)`) },
  // "health issues force key executives to step back": whatever forces someone to go, they are the mover.
  { type: 'departure', circumstance: 'pushed_out', side: 'after', weight: 0.75, pattern: /\b(?:forc(?:e|es|ed|ing)|push(?:es|ed|ing)?)(?=\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:step (?:down|back|aside|away)|resign|quit|leave)\b)/ },
  { type: 'departure', circumstance: 'left', side: 'after', weight: 0.75, hire: true, pattern: /\b(?:poach(?:es|ed|ing)?|(?:lur(?:e|es|ed|ing))(?: away)?|snag(?:s|ged|ging)?|raid(?:s|ed|ing)?|nab(?:s|bed|bing)?|snap(?:s|ped|ping)? up|scoop(?:s|ed|ing)? up|swip(?:e|es|ed|ing)|steal(?:s|ing)?|stole|hir(?:e|es|ed|ing) away|snatch(?:es|ed|ing)?|pluck(?:s|ed|ing)?|hoover(?:s|ed|ing)? up|secur(?:e|es|ed|ing) the services of)\b/ },
  { type: 'departure', circumstance: 'left', side: 'after', weight: 0.8, loss: true, pattern: /\b(?:los(?:es|t|ing)|bleed(?:s|ing)?)\b/ },
  // Departure nouns: "Murati's exit", "the departure of Murati"; a move noun needs its direction ("Roe's move to Anthropic", "the jump of its architect to Anthropic").
  { type: 'departure', circumstance: 'left', side: 'noun', weight: 0.75, pattern: new RegExp(String.raw`\b(?:move|switch|jump|defection|transition)(?=\s+(?:of\s+[^.;,]{1,60}?\s+)?(?:to|from)\s)(?!\s+to\s+${newPost})`) },
  { type: 'departure', circumstance: 'left', side: 'noun', weight: 0.75, pattern: /\b(?:departures?|exits?|exodus)\b/ },
  { type: 'departure', circumstance: 'resigned', side: 'noun', weight: 0.8, pattern: /\bresignations?\b/ },
  { type: 'departure', circumstance: 'fired', side: 'noun', weight: 0.8, pattern: /\b(?:ousters?|ousting|firings?|sackings?|dismissals?|removal)\b/ },
  { type: 'departure', circumstance: 'sabbatical', side: 'noun', weight: 0.75, pattern: /\bsabbatical\b/ },
  // Arrivals.
  { type: 'arrival', circumstance: 'joined', side: 'before', weight: 0.8, needsObject: true, pattern: /\b(?:join(?:s|ed|ing)?|(?:is|was) joining|(?:moves?|moved|heads?|headed|heading) to|come(?:s)? aboard|came aboard|sign(?:s|ed)? on (?:with|at)|(?:departs?|departed|left|leaves|leaving) for|(?:is |was )?(?:headed|bound) (?:to|for)|defect(?:s|ed|ing)? to|land(?:s|ed|ing)? (?:a (?:new )?(?:job|role|gig|position) )?(?:at|with)|(?:get(?:s|ting)?|got|accept(?:s|ed|ing)?|scor(?:e|es|ed|ing)|snag(?:s|ged|ging)?) (?:a |the )?(?:new )?(?:job|role|gig|position|post) (?:at|with)|decamp(?:s|ed|ing)? (?:to|for)|bolt(?:s|ed|ing)? (?:to|for)|jump(?:s|ed|ing)? (?:ship )?to|(?:was |were |is |has been |gets |got )?(?:poached|lured away|hired away|snapped up|nabbed|snatched|plucked) by|mak(?:es|ing) the (?:move|jump|leap|switch)|made the (?:move|jump|leap|switch))\b/ },
  // "Apple executive leaves to build a hardware division at OpenAI": leaving one place to work at OpenAI; "Roe has sold her
  // startup, Acme, to OpenAI and will lead its devices team": a founder bought with their company and staying on has joined.
  { type: 'arrival', circumstance: 'joined', side: 'before', weight: 0.8, pattern: /(?:\b(?:leav(?:es|ing)|left|quit(?:s|ting)?) (?:[\w&.'-]+ ){0,2}?to (?:build|lead|head|run|launch|start|create)\b(?=[^.;]{0,50}\bat (?:OpenAI|the ChatGPT maker)\b))|\bs(?:old|ells?|elling) (?:his|her|their) (?:[\w-]+ ){0,2}?(?:startup|start-up|company|firm|venture|lab)(?:,[^,;]{1,40},)? to (?:OpenAI|the ChatGPT maker)\b(?=[^.;]{0,20}?\band (?:will |is set to |plans to )?(?:join|lead|head|run|oversee|take on|take charge|become|serve)\b)/ },
  { type: 'arrival', circumstance: 'hired', side: 'before', weight: 0.75, pattern: new RegExp(String.raw`\b(?:(?:was|is|has been|have been|were|been|being|gets?|got) ${adv}(?:hired|recruited|brought (?:on|in|aboard)|tapped|poached|onboarded))\b`) },
  // "X, a former head of Twitter India, is now a senior advisor to OpenAI": an outsider's role taken up is joining.
  { type: 'arrival', circumstance: 'joined', side: 'before', weight: 0.75, pattern: /\b(?:is|are) now (?:an?|one of the) (?:[\w-]+ ){0,2}?(?:advis[eo]rs?|consultants?|fellows?)\b(?=\s+(?:to|at|with|for) (?:OpenAI|the ChatGPT maker)\b)/ },
  // "was appointed to OpenAI's board": a board seat is an arrival (where the board is, the clause says).
  { type: 'arrival', circumstance: 'joined', side: 'before', weight: 0.8, pattern: /\b(?:appointed|named|elected|added|nominated) to (?:the |its |OpenAI's |the company's )?(?:nonprofit )?board\b/ },
  // "OpenAI acqui-hires the team behind Acme": a company bought for its people hires them.
  { type: 'arrival', circumstance: 'hired', side: 'after', weight: 0.8, hire: true, pattern: /\b(?:acqui-?hir(?:e|es|ed|ing)|hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|rope(?:s|d)? in|onboard(?:s|ed)?|has onboarded|bring(?:s|ing)? (?:on|in|aboard)|brought (?:on|in|aboard)|land(?:s|ed)|welcom(?:e|es|ed)|add(?:s|ed)(?=\s(?:[A-Z]|(?:an? )?(?:former|ex-|retired)\b)[^,]{0,40} to (?:its |the )?board))\b/ },
  { type: 'arrival', circumstance: 'hired', side: 'noun', weight: 0.7, pattern: /\b(?:hire|hiring|arrival|onboarding)\b/ },
  // "adding both A and B to his company's ranks": people added to a workforce are hired.
  { type: 'arrival', circumstance: 'hired', side: 'after', weight: 0.75, hire: true, pattern: /\badd(?:s|ed|ing)?\b(?=\s[^.;]{3,80}?\bto\s+(?:its|his|her|their|the|[A-Z][\w.&-]*(?:'s|’s))\s+(?:[\w'’-]+\s+){0,2}(?:ranks|team|staff|roster|workforce|payroll|lineup)\b)/ },
  // "announced the addition of A, B and C to its communications team".
  { type: 'arrival', circumstance: 'hired', side: 'noun', weight: 0.75, pattern: /\badditions?(?=\s+of\s[^.;]{3,140}?\bto\s+(?:its|the|OpenAI's|their)\s+(?:[\w-]+\s+){0,3}(?:team|staff|ranks|leadership|executive team)\b)/ },
  // "has brought a seasoned executive as 'CEO of Applications'": bringing someone as a role is hiring them.
  { type: 'arrival', circumstance: 'hired', side: 'after', weight: 0.75, hire: true, pattern: /\b(?:bring(?:s|ing)?|brought)(?=\s+(?:[\w'’.-]+\s+){1,6}?as\s+(?:its\s+|the\s+|a\s+|an\s+|OpenAI's\s+|their\s+)?(?:new\s+)?(?:['"‘“]|[A-Z]|chief\b|head\b|president\b|vice\b|director\b|lead\b))/ },
  // Returns.
  { type: 'return', circumstance: 'returned', side: 'before', weight: 0.55, pattern: /\bcame back\b/ },
  { type: 'return', circumstance: 'returned', side: 'before', weight: 0.85, pattern: /\b(?:return(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|(?:is|are|was|were|'s) back|back at|back to building|(?:jump(?:s|ed|ing)?|head(?:s|ed|ing)?|go(?:es|ing)?|went|mov(?:e|es|ed|ing)|boomerang(?:s|ed|ing)?) back to|boomerang(?:s|ed|ing)?|back in charge|com(?:e|es|ing) back|(?:was|is|were|been|be) reinstated|(?:was|is|been|be) rehired|cuts? (?:his|her|their) (?:sabbatical|leave) short)\b/ },
  // "Sam Altman, the prodigal visionary, staging a triumphant return": a return made or staged is the subject's.
  { type: 'return', circumstance: 'returned', side: 'before', weight: 0.8, pattern: /\b(?:mak(?:e|es|ing)|made|stag(?:e|es|ed|ing)|mount(?:s|ed|ing)?) (?:a |an |his |her |their )?(?:[\w-]+ )?(?:return|comeback)\b/ },
  { type: 'return', circumstance: 'rehired', side: 'after', weight: 0.85, pattern: /\b(?:bring(?:s|ing)? back|brought back|reinstat(?:e|es|ed|ing)|re-?hir(?:e|es|ed|ing)|welcom(?:e|es|ed|ing) back|reclaim(?:s|ed|ing)?|win(?:s|ning)? back|won back|lur(?:e|es|ed|ing) back)\b/ },
  // "retakes the helm", "reclaims the CEO role", "regains her seat": a post taken again is a return (where, the verb's target says).
  { type: 'return', circumstance: 'returned', side: 'before', weight: 0.8, pattern: /\b(?:retak(?:e|es|en|ing)|retook|reclaim(?:s|ed|ing)?|regain(?:s|ed|ing)?|resum(?:e|es|ed|ing)|recaptur(?:e|es|ed|ing)) (?:(?:the|his|her|their|its) )?(?:[\w-]+ ){0,2}?(?:helm|place|post|role|seat|job|position|reins|title|command|chair|duties)\b/ },
  { type: 'return', circumstance: 'returned', side: 'noun', weight: 0.8, pattern: /\b(?:return|comeback|reinstatement)\b/ },
  // Role changes.
  { type: 'role_change', circumstance: 'promoted', side: 'before', weight: 0.8, pattern: new RegExp(String.raw`\b(?:(?:was|is|has been|been|were|being|gets?|got) ${adv}(?:promoted|elevated|named|appointed|made|installed|tapped)|(?:named|appointed|tapped|picked|chosen) to (?:lead|run|head|oversee)|(?:named|appointed|tapped)(?=\s+(?:as\s+)?(?:the\s+)?(?:OpenAI's|its|new|interim|acting|permanent|CEO|CTO|CFO|COO|CPO|CRO|chief|head|president|VP|vice|chair|director|lead)\b)|promoted to|(?:is |was )?becom(?:es|ing)|became|tak(?:es|ing) over|took over|will take over|(?:to )?take over|take(?:s|n)? the (?:helm|baton)|taking the (?:helm|baton)|step(?:s|ped|ping)? (?:in|up|into)|stepping into|succeed(?:s|ed|ing)?|will (?:now )?(?:lead|oversee|run|head)|(?=to )(?<=(?:^|: )(?!(?:\S+ ){0,3}(?:hires?|taps?|names?|poach(?:es)?|recruits?|picks?|appoints?|lures?|brings?|wants?|asks?)\b)[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3} )to (?:lead|oversee|run|head)|assum(?:e|es|ed|ing) (?:the )?(?:leadership|helm|command|charge) of|absorb(?:s|ed|ing)? (?:[\w-]+ ){0,2}(?:responsibilities|duties|oversight)|(?:will )?(?:tak(?:e|es|ing)|took) on (?:[a-z]+ ){1,2}(?:responsibilities|duties)|will take up|tak(?:es|ing) up|(?:is|was) (?:now )?(?:the|OpenAI's|its) new|is now (?:the )?(?:company's )?(?=(?:President|CEO|COO|CTO|CFO|CPO|CRO|CMO|Chief [A-Z][a-z]+ Officer)\b(?! (?:of|at) (?!OpenAI\b)[A-Z]))|(?:is|will be) leading|(?:will )?tak(?:e|es|ing) (?:on )?(?:a |the )?(?:new|expanded|bigger|broader|larger)? ?role|(?:tak(?:e|es|en|ing)|took) (?:on|up) (?:a |an |the )?(?:new|expanded|bigger|broader|larger) (?:[\w-]+ ){1,4}?role|(?:will )?(?:tak(?:e|es|ing)|took) on (?:the )?(?:company's )?(?:day-to-day|responsibility|responsibilities|oversight|duties|leadership|management)|assum(?:e|es|ed|ing) the (?:role|job|title|position|post|duties) of|(?:to|will|is) serv(?:e|ing) as|(?:will )?tak(?:e|es|ing) on (?:a|the) (?:[\w-]+ ){1,3}(?:position|seat)|(?:moves?|moved|moving|shifts?|shifted|transitions?|transitioned) (?:to|into) (?:a )?(?:new (?:[\w-]+ ){0,3}?)?(?:role|position|job)|(?:is |was )?(?:moves?|moved|moving|shifting) to (?:lead|run|head|oversee|(?:start|build|found|create)(?=[^.;]{0,60}\b(?:inside|within) (?:the company|OpenAI)\b)))\b`) },
  // "The division will be led by Jane Roe": the leader of a unit being set up is named after the verb (an outsider arrives).
  { type: 'role_change', circumstance: 'promoted', side: 'after', weight: 0.75, pattern: /\b(?:will be|is to be|to be|is being) led by\b/ },
  { type: 'role_change', circumstance: 'reassigned', side: 'before', weight: 0.8, pattern: new RegExp(String.raw`\b(?:(?:was|is|has been|been) ${adv}(?:reassigned|moved|transferred|removed|demoted)|reassigned)\b`) },
  { type: 'role_change', circumstance: 'promoted', side: 'after', weight: 0.8, pattern: /\b(?:promot(?:e|es|ed|ing)|elevat(?:e|es|ed|ing)|nam(?:e|es|ed|ing)|appoint(?:s|ed|ing)?|install(?:s|ed|ing)?|replac(?:e|es|ed|ing) (?:him|her|them|\w+) with|(?:be |been |was |is )?replaced by|tap(?:s|ped|ping)?|pick(?:s|ed|ing)?)\b/ },
  { type: 'role_change', circumstance: 'reassigned', side: 'after', weight: 0.8, pattern: /\b(?:reassign(?:s|ed|ing)?|transfer(?:s|red|ring)?|remov(?:e|es|ed|ing)|mov(?:es|ed))\b(?=\s+(?:[A-Z]|its|one of|the company's|top|key|safety))/ },
  { type: 'role_change', circumstance: 'promoted', side: 'noun', weight: 0.7, pattern: /\b(?:promotion|appointment|new role|successor)\b/ },
  // "Jane Roe's transition to special projects", "the transition of COO Jane Roe to a new role": a move to a post, not to a company.
  { type: 'role_change', circumstance: 'reassigned', side: 'noun', weight: 0.7, pattern: new RegExp(String.raw`\b(?:transition|move|shift)(?=\s+(?:of\s+[^.;,]{1,60}?\s+)?to\s+${newPost})`) },
  // "Jane Roe takes charge of OpenAI Products", "takes the reins of the hardware unit": a part of the company taken over.
  { type: 'role_change', circumstance: 'promoted', side: 'before', weight: 0.8, remit: true, pattern: new RegExp(String.raw`\b(?:tak(?:e|es|en|ing)|took|assum(?:e|es|ed|ing)) (?:over )?(?:charge|control|the reins|command) of(?=\s+${orgArea})`) },
  // "OpenAI reorganizes under Jane Roe" (a name ends the clause, unlike "under Delaware law"), "OpenAI puts Jane Roe in charge of
  // ChatGPT": the company, or a part of it, put under someone is their new remit.
  { type: 'role_change', circumstance: 'promoted', side: 'after', weight: 0.75, remit: true, pattern: new RegExp(String.raw`\b(?:(?:reorgani[sz](?:e|es|ed|ing)|restructur(?:e|es|ed|ing)|regroup(?:s|ed|ing)?|realign(?:s|ed|ing)?|consolidat(?:e|es|ed|ing))(?:\s+[\w-]+){0,3}?\s+under\b(?=\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?\s*(?:[,.;:]|$))|(?:puts?|putting|plac(?:e|es|ed|ing))\b(?=\s+(?:[\w'’.-]+\s+){1,4}?in (?:charge|control) of\s+${orgArea}))`) },
  // "OpenAI broadened COO Jane Roe's responsibilities": the person is the owner of the widened remit.
  { type: 'role_change', circumstance: 'promoted', side: 'after', weight: 0.75, pattern: /\b(?:broaden(?:s|ed)?|expand(?:s|ed)?|widen(?:s|ed)?|extend(?:s|ed)?)(?=\s+(?:[\w-]+\s+){0,3}?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:'s|’s)\s+(?:responsibilities|role|remit|portfolio|duties|purview)\b)/ },
];

/** Every rule's pattern starts at one of these stems; a sentence without any has no trigger. */
// Every rule starts at a word boundary, so every stem is word-initial: one boundary check up front.
// Words common outside any move ("AI push", "developers told us", "partnership", "expand into Asia")
// are stems only with the words their rules need next, so such sentences run no rule.
const anyStem = /\b(?:(?:is|are) now (?:an?|one of the) |(?:will be|to be|is being) led by|is now (?:the )?(?:company's )?(?:President|C[EOTFPRM]O|Chief)\b|rejoin|reorgani|restructur|regroup|realign|consolidat|abandon|in (?:charge|control) of|s(?:old|ells?|elling) (?:his|her|their) |acqui|los[eit]|retak|retook|regain|resum|recaptur|(?:gets?|got|getting|accept(?:s|ed|ing)?|scor(?:e|es|ed|ing)) (?:a |the )?(?:new )?(?:job|role|gig|position|post)|bleed|switch|jump|transition|rope|calls? it|mov|nab|snap|scoop|swipe|steal|stole|defect|decamp|bolt|bound|laid off|resign|quit|walk|leav|left|depart|exit|out\b|bow|part(?:s|ed|ing)? ways|head|farewell|complet|finish|wrap|work|goodbye|way|tracks|bags|step|stand|stood|fire|sack|oust|dismiss|axe|terminat|let go|lets go|letting go|door|push(?:es|ed|ing)?\s|forc|(?:ordered|asked|told) to |remov|no longer|sabbatical|leave|time off|year off|retir|sever|poach|lure|snag|snatch|pluck|hoover|services of|raid|exodus|firing|ouster|dismissal|join|move|heads? to|aboard|sign(?:s|ed)? on |hire|hiring|recruit|tapp?|onboard|bring|brought|land|welcom|add|arrival|return|back|reinstat|rehir|re-hir|reclaim|stag(?:e|es|ed|ing) |mount(?:s|ed|ing)? |wins? back|won back|comeback|promot|elevat|named?|appoint|made|mak|serv|install|becom|became|take|took|taking|assum|helm|baton|stepping|succeed|lead|oversee|absorb|addition|(?:broaden|expand|widen|extend)(?:s|ed)?\s|run|shift|reassign|transfer|demot|replac|pick|successor|new role|the new)/i;

const triggerRules: readonly TriggerRule[] = rules.map((r) => ({ ...r, pattern: new RegExp(r.pattern.source, 'gi') }));

export interface TriggerMatch {
  rule: TriggerRule;
  start: number;
  end: number;
  text: string;
}

/** Every trigger in a sentence; overlapping matches keep the longest. */
export function findTriggers(sentence: string): TriggerMatch[] {
  // One cheap scan for any trigger stem before running every rule.
  if (!anyStem.test(sentence)) return [];
  const all: TriggerMatch[] = [];
  for (const rule of triggerRules) {
    rule.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.pattern.exec(sentence)) !== null) {
      all.push({ rule, start: m.index, end: m.index + m[0].length, text: m[0] });
      if (m[0].length === 0) rule.pattern.lastIndex++;
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: TriggerMatch[] = [];
  for (const t of all) {
    const overlapping = kept.find((k) => t.start < k.end && k.start < t.end);
    if (!overlapping) kept.push(t);
    else if (overlapping.start === t.start && overlapping.end === t.end && overlapping.rule !== t.rule) kept.push(t);
    // "Roe's move to Anthropic": after a possessive the word is the noun, whatever verb it also spells.
    else if (overlapping.start === t.start && t.rule.side === 'noun' && /['’]s?\s$/.test(sentence.slice(Math.max(0, t.start - 3), t.start))) kept.push(t);
  }
  return kept;
}
