// The timeline picture as an SVG document: moves on a horizontal time axis, each labelled with
// the person, the verb and the date, labels stacked in rows so none overlap. Pure and
// deterministic (no clock, no randomness); the infra renderer turns it into a PNG with bundled fonts.
import type { EventType } from '../domain.js';
import { colors } from '../messages/neutral-message.js';
import { formatDate } from './dates.js';
import type { DatePrecision } from '../domain.js';
import { typeLabels, verbPhrase } from './move-text.js';
import type { MoveRecord } from './ports.js';

export const timelineFont = 'DejaVu Sans';

export interface TimelineSvg {
  svg: string;
  width: number;
  height: number;
}

type ChartMove = Pick<MoveRecord, 'id' | 'personName' | 'type' | 'circumstance' | 'role' | 'occurredAt' | 'datePrecision'>;

const width = 1200;
const margin = 48;
const top = 84;
const rowHeight = 36;
const axisGap = 18;
const dayMs = 86_400_000;

/** Draws `moves` (any order) with a title and subtitle. */
export function buildTimelineSvg(moves: readonly ChartMove[], title: string, subtitle: string): TimelineSvg {
  const sorted = [...moves].sort((a, b) => center(a).getTime() - center(b).getTime() || a.occurredAt.getTime() - b.occurredAt.getTime() || a.id - b.id);
  const times = sorted.flatMap((m) => [start(m).getTime(), end(m).getTime()]);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max((max - min) * 0.04, 15 * dayMs);
  const [from, to] = [min - pad, max + pad];
  const x = (t: number) => margin + ((t - from) / (to - from)) * (width - 2 * margin);

  // Greedy row packing, left to right: each label goes to the lowest row where it fits.
  const rows: { left: number; right: number }[][] = [];
  const labels = sorted.map((move) => {
    const at = x(center(move).getTime());
    const name = move.personName;
    const detail = `${verbPhrase(move)} · ${formatDate(move.occurredAt, move.datePrecision)}`;
    // DejaVu Sans runs wide: about 0.68 em a character in bold, 0.62 em in regular.
    const labelWidth = Math.max(name.length * 8.9, detail.length * 6.5) + 10;
    const alignRight = at + 6 + labelWidth > width - margin / 2;
    const left = alignRight ? at - 6 - labelWidth : at + 6;
    const right = left + labelWidth;
    let row = rows.findIndex((placed) => placed.every((p) => right + 8 < p.left || left > p.right + 8));
    if (row < 0) row = rows.push([]) - 1;
    rows[row]!.push({ left, right });
    return { move, at, name, detail, left, labelWidth, alignRight, row };
  });

  const axisY = top + Math.max(rows.length, 1) * rowHeight + axisGap;
  const height = axisY + 86;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${timelineFont}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${margin}" y="40" font-size="22" font-weight="bold" fill="#1f2328">${escapeXml(title)}</text>`,
    `<text x="${margin}" y="64" font-size="13" fill="#57606a">${escapeXml(subtitle)}</text>`,
  ];

  // Axis, month/year ticks, and a band for every move dated only to a month or a year.
  out.push(`<line x1="${margin}" y1="${axisY}" x2="${width - margin}" y2="${axisY}" stroke="#8c959f" stroke-width="2"/>`);
  for (const tick of ticks(from, to)) {
    const tx = round(x(tick.time));
    out.push(`<line x1="${tx}" y1="${axisY - 4}" x2="${tx}" y2="${axisY + 4}" stroke="#8c959f" stroke-width="1"/>`);
    out.push(`<text x="${tx}" y="${axisY + 20}" font-size="11" fill="#57606a" text-anchor="middle">${escapeXml(tick.label)}</text>`);
  }
  for (const label of labels) {
    if (label.move.datePrecision === 'day') continue;
    const x1 = round(x(start(label.move).getTime()));
    const x2 = round(x(end(label.move).getTime()));
    out.push(`<rect x="${x1}" y="${axisY - 5}" width="${Math.max(x2 - x1, 2)}" height="10" rx="3" fill="${hex(label.move.type)}" fill-opacity="0.18"/>`);
  }

  for (const label of labels) {
    const labelTop = axisY - axisGap - (label.row + 1) * rowHeight + 4;
    const color = hex(label.move.type);
    const at = round(label.at);
    out.push(`<line x1="${at}" y1="${axisY}" x2="${at}" y2="${labelTop + 6}" stroke="${color}" stroke-opacity="0.55" stroke-width="1"/>`);
    out.push(`<rect x="${round(label.left)}" y="${labelTop}" width="${round(label.labelWidth)}" height="${rowHeight - 6}" rx="4" fill="#ffffff" fill-opacity="0.9" stroke="${color}" stroke-opacity="0.35"/>`);
    const textX = round(label.alignRight ? label.left + label.labelWidth - 5 : label.left + 5);
    const anchor = label.alignRight ? ' text-anchor="end"' : '';
    out.push(`<text x="${textX}" y="${labelTop + 13}" font-size="13" font-weight="bold" fill="#1f2328"${anchor}>${escapeXml(label.name)}</text>`);
    out.push(`<text x="${textX}" y="${labelTop + 26}" font-size="10.5" fill="#57606a"${anchor}>${escapeXml(label.detail)}</text>`);
    out.push(`<circle cx="${at}" cy="${axisY}" r="6" fill="${color}" stroke="#ffffff" stroke-width="2"/>`);
  }

  // Legend: only the kinds of move on the chart.
  const kinds = (Object.keys(typeLabels) as EventType[]).filter((type) => sorted.some((m) => m.type === type));
  let legendX = margin;
  const legendY = axisY + 50;
  for (const type of kinds) {
    const text = typeLabels[type].one;
    out.push(`<circle cx="${legendX + 6}" cy="${legendY - 4}" r="6" fill="${hex(type)}"/>`);
    out.push(`<text x="${legendX + 18}" y="${legendY}" font-size="12" fill="#1f2328">${escapeXml(text)}</text>`);
    legendX += 18 + text.length * 7.2 + 24;
  }
  if (sorted.some((m) => m.datePrecision !== 'day')) {
    out.push(`<rect x="${legendX}" y="${legendY - 9}" width="22" height="10" rx="3" fill="#8c959f" fill-opacity="0.3"/>`);
    out.push(`<text x="${legendX + 30}" y="${legendY}" font-size="12" fill="#1f2328">dated to the month only</text>`);
  }
  out.push('</svg>');
  return { svg: out.join('\n'), width, height };
}

function start(move: Pick<ChartMove, 'occurredAt' | 'datePrecision'>): Date {
  return periodStart(move.occurredAt, move.datePrecision);
}

function end(move: Pick<ChartMove, 'occurredAt' | 'datePrecision'>): Date {
  const s = start(move);
  if (move.datePrecision === 'year') return new Date(Date.UTC(s.getUTCFullYear() + 1, 0, 1));
  if (move.datePrecision === 'month') return new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1));
  return move.occurredAt;
}

/** Where the marker goes: the day itself, or the middle of the month/year it is known to. */
function center(move: Pick<ChartMove, 'occurredAt' | 'datePrecision'>): Date {
  if (move.datePrecision === 'day') return move.occurredAt;
  return new Date((start(move).getTime() + end(move).getTime()) / 2);
}

function periodStart(date: Date, precision: DatePrecision): Date {
  if (precision === 'year') return new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
  if (precision === 'month') return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
  return date;
}

/** Month starts between `from` and `to`, thinned to at most about a dozen labels. */
function ticks(from: number, to: number): { time: number; label: string }[] {
  const first = new Date(from);
  const months = (new Date(to).getUTCFullYear() - first.getUTCFullYear()) * 12 + new Date(to).getUTCMonth() - first.getUTCMonth() + 1;
  const step = [1, 2, 3, 6, 12, 24, 60, 120].find((s) => months / s <= 12) ?? 240;
  const out: { time: number; label: string }[] = [];
  for (let i = 0; i <= months; i++) {
    const date = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1));
    const index = date.getUTCFullYear() * 12 + date.getUTCMonth();
    if (date.getTime() < from || date.getTime() > to || index % step !== 0) continue;
    out.push({ time: date.getTime(), label: step >= 12 ? String(date.getUTCFullYear()) : formatDate(date, 'month') });
  }
  return out;
}

function hex(type: EventType): string {
  return `#${colors[type].toString(16).padStart(6, '0')}`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
