// /person's answer: a profile (role, team, dates, where they went) and every move on record with
// its source. Pure: built from a PersonProfile.
import { colors, type MessageField, type NeutralMessage } from '../messages/neutral-message.js';
import { formatLooseDate } from './dates.js';
import { fitMoveLines, moveDate, plural, safe } from './move-text.js';
import type { PersonProfile } from './saga-service.js';

export function buildPersonMessage(profile: PersonProfile): NeutralMessage {
  const { person, moves } = profile;
  const lastDeparture = moves.filter((m) => m.type === 'departure').at(-1);
  const latest = moves.at(-1);
  const stillGone = latest?.type === 'departure';
  // The event knows how precisely the exit is dated; the person row only has a timestamp.
  const left = lastDeparture && person.leftAt?.getTime() === lastDeparture.occurredAt.getTime() ? moveDate(lastDeparture) : person.leftAt ? formatLooseDate(person.leftAt) : stillGone ? moveDate(latest) : undefined;
  const fields: MessageField[] = [
    { name: 'Role', value: safe(person.role ?? latest?.role ?? '') || 'unknown', inline: true },
    { name: 'Team', value: safe(person.team ?? latest?.team ?? '') || 'unknown', inline: true },
    { name: 'Joined', value: person.joinedAt ? formatLooseDate(person.joinedAt) : 'unknown', inline: true },
    { name: 'Left', value: left ?? (latest?.type === 'return' ? `returned ${moveDate(latest)}` : 'still at OpenAI, as far as the record shows'), inline: true },
  ];
  const destination = person.destination ?? (stillGone ? latest?.destination : null);
  if (destination) fields.push({ name: 'Went to', value: safe(destination), inline: true });
  if (person.aliases.length > 0) fields.push({ name: 'Also reported as', value: person.aliases.slice(0, 10).map(safe).join(', '), inline: false });

  const intro = profile.matchedFrom ? `_Closest match for “${safe(profile.matchedFrom).slice(0, 60)}”._\n\n` : '';
  const list = moves.length > 0 ? fitMoveLines(moves, 2500) : 'No moves on record for this person.';
  const more = profile.totalMoves > moves.length ? `\n…and ${plural(profile.totalMoves - moves.length, 'earlier move')} not shown.` : '';
  return {
    title: safe(person.name),
    text: `${intro}**Moves**\n${list}${more}`,
    fields,
    footer: `${plural(profile.totalMoves, 'move')} on record · /sources <#> shows the articles behind one`,
    color: latest ? colors[latest.type] : colors.info,
  };
}
