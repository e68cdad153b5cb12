import { foldName } from '../../domain/names.js';
import { confidentMatch, isBody, isMunicipality, isPerson, matchName } from './match.js';
import {
  attendanceWord,
  findAmounts,
  findDate,
  leadingTitle,
  mentionsTitle,
  sentenceAround,
  speaksOfGrant,
  TITLES,
  vetoesGrant,
} from './norwegian.js';
import type { Gazetteer, Mention, ProposalDraft, Span } from './types.js';

// The rule engine (docs/ingest.md, "Proposals: the rules"): the stored text of a document in, proposed facts out,
// each with the exact span it rests on, the rule that read it and a confidence. Pure and deterministic: the same
// text and gazetteer give the same proposals in the same order.

interface Line {
  /** Offset of the line's first character in the text. */
  start: number;
  /** The whole line, without its line break. */
  raw: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ start, raw });
    start += raw.length + 1;
  }
  return lines;
}

/** The span of `line` without surrounding whitespace and Markdown marks (#, *, _). */
function contentSpan(line: Line): Span {
  const lead = /^[\s#*_>•-]*/u.exec(line.raw)?.[0].length ?? 0;
  const trail = /[\s*_]*$/u.exec(line.raw.slice(lead))?.[0].length ?? 0;
  return { start: line.start + lead, end: line.start + line.raw.length - trail };
}

function joinSpans(first: Span, last: Span): Span {
  return { start: first.start, end: last.end };
}

/** A line's words without Markdown emphasis. */
function plain(text: string): string {
  return text
    .replace(/[*_]{1,3}/g, '')
    .replace(/^#+\s*/, '')
    .trim();
}

/** The posts a municipality itself has: their holder sits in the municipality, on its behalf. */
const MUNICIPAL_TITLES = /^(ordfører|varaordfører|kommunedirektør|rådmann)$/iu;

function isBlank(line: Line): boolean {
  return line.raw.trim() === '';
}

/** A heading made only of words for kinds of bodies ("Råd og utvalg", "Styrer, råd og utvalg"): no body's name. */
const GENERIC_HEADING =
  /^(?:(?:råd|utvalg|styrer?|nettverk|komiteer?|grupper?|fora|organer?|møter?)(?:\s*,\s*|\s+og\s+|\s*$))+$/iu;

/** Company forms that end a body's name, never a person's ("Helseplattformen AS"). */
const COMPANY_FORM = /^(AS|ASA|SA|HF|RHF|IKS|KF|BA|DA|ANS)$/u;

/** A person's name as a table cell writes it: every word capitalised ("Tom Christian Martinsen", "Øystein Døhl"). */
function looksLikeCapitalisedName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (!looksLikePersonName(text) || COMPANY_FORM.test(words.at(-1) ?? '')) return false;
  return words.every((word) => /^(\p{Lu}[\p{L}'’-]*\.?|-\p{Lu}[\p{L}-]*)$/u.test(word));
}

/** A person's name as lists write it: two to five words, the first capitalised, no digits. */
function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (/\d/.test(text) || leadingTitle(text) !== null) return false;
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return false;
  return words.every((word) => /^(\p{L}\.?|\p{L}[\p{L}'’-]*\.?|-\p{L}[\p{L}-]*)$/u.test(word));
}

class Engine {
  readonly proposals: ProposalDraft[] = [];
  private readonly seen = new Set<string>();
  private meeting: { mention: Mention; date?: string } | null = null;

  constructor(
    private readonly text: string,
    private readonly gazetteer: Gazetteer,
  ) {}

  person(name: string): Mention {
    return matchName(name.trim(), this.gazetteer, isPerson);
  }

  body(name: string): Mention {
    const direct = matchName(name.trim(), this.gazetteer, isBody);
    if (direct.matches.length > 0) return direct;
    // "Trøndelag sørvest, kommunedirektørutvalget": the body may be one of the comma's parts.
    for (const part of name.split(',').reverse()) {
      const mention = matchName(part.trim(), this.gazetteer, isBody);
      if (mention.matches.length > 0) return { name: name.trim(), matches: mention.matches };
    }
    return direct;
  }

  /** A municipality written at `text`'s end ("Kommunedirektør Ørland", "Direktør oppvekst Skaun kommune"). */
  trailingMunicipality(text: string): string | null {
    const words = text
      .trim()
      .replace(/\s+kommune$/i, '')
      .split(/\s+/);
    for (let count = Math.min(3, words.length - 1); count >= 1; count--) {
      const candidate = words.slice(-count).join(' ');
      if (matchName(candidate, this.gazetteer, isMunicipality).matches.some((m) => m.reason === 'SAME_NAME'))
        return candidate;
    }
    const kommune = /(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+kommune\b/u.exec(text);
    return kommune?.[1] ?? null;
  }

  add(draft: ProposalDraft): void {
    const key = JSON.stringify([
      draft.kind,
      draft.person && foldName(draft.person.name),
      draft.title && foldName(draft.title),
      draft.organization && foldName(draft.organization.name),
      draft.onBehalfOf && foldName(draft.onBehalfOf.name),
      draft.meeting && foldName(draft.meeting.name),
      draft.caseNumber,
      draft.amountNok,
      draft.date,
      draft.kind === 'GRANT' ? [draft.quote.start, draft.quote.end] : null,
    ]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.proposals.push(draft);
  }

  /** A role read from a "title, place" cell or a "name, title" entry. */
  roleFrom(person: string, titleText: string, quote: Span, rule: string, confidence: number, place?: string | null) {
    // "Direktør oppvekst Skaun kommune / leder kompetansenettverket": the first post, as written, without its place.
    const first = titleText.split(/\s\/\s/)[0] ?? titleText;
    const [head, ...rest] = first.split(',');
    const where = place ?? (rest.length > 0 ? rest.join(',').trim() : this.trailingMunicipality(first));
    let written = (head ?? '').replace(/\s*\([^)]*\)\s*$/u, '').trim();
    if (where && rest.length === 0) {
      const trailing = new RegExp(`\\s+${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s+kommune)?$`, 'iu');
      written = written.replace(trailing, '').trim();
    }
    if (written === '') written = leadingTitle(titleText) ?? titleText.trim();
    const draft: ProposalDraft = { kind: 'ROLE', quote, rule, confidence, person: this.person(person), title: written };
    if (where) {
      draft.onBehalfOf = this.body(where.replace(/\s+kommune$/i, ''));
      // A municipality's own posts (mayor, chief executive) are seats in the municipality itself.
      if (MUNICIPAL_TITLES.test(written)) draft.organization = draft.onBehalfOf;
    }
    this.add(draft);
    // "… / leder kompetansenettverket Orkdal/ØY": a further post, its title word and the body it names.
    for (const post of titleText.split(/\s\/\s/).slice(1)) {
      const title = leadingTitle(post);
      if (title === null) continue;
      const further: ProposalDraft = {
        kind: 'ROLE',
        quote,
        rule,
        confidence: Math.min(confidence, 0.7),
        person: this.person(person),
        title: title.toLowerCase(),
      };
      const body = post.trim().slice(title.length).trim();
      if (body !== '') further.organization = this.body(body);
      this.add(further);
    }
    return draft;
  }

  // ---- agenda-table: "Kl. Saksnr. Saker Ansvarlig Tid", then each case's cells a line apart ------------------------
  /**
   * A case list read from a PDF, one cell a line: the case number starts a row, the names in it (after its title
   * lines) are the responsible column ("Ingjerd Astad 10", "Albert Verhagen/" "Tom Christian Martinsen", "Siri Berg,"
   * "Helseplattformen AS"). Each name gets the column's word as its duty in the row's case; a municipality or a
   * title after a name's comma is its municipality or its post.
   */
  agendaTable(lines: Line[], index: number): number {
    if (lines[index]?.raw.includes('\t')) return this.agendaRows(lines, index);
    const header = plain(lines[index]?.raw ?? '');
    const duty = (/\b(ansvarlig|saksansvarlig|innleder|ansvar)\b/iu.exec(header)?.[1] ?? 'ansvarlig').toLowerCase();
    let caseNumber: string | null = null;
    // The name being read, while the lines after its comma may still add to it.
    const row: { pending: { name: string; start: number; end: number; qualifier: string[] } | null } = {
      pending: null,
    };
    const flush = () => {
      const pending = row.pending;
      row.pending = null;
      if (pending === null || caseNumber === null) return;
      const { name, start, end, qualifier } = pending;
      const words = qualifier.join(' ').replace(/\s+/g, ' ').trim();
      const place = words === '' ? null : (this.leadingMunicipality(words) ?? this.trailingMunicipality(words));
      const draft: ProposalDraft = {
        kind: 'ROLE',
        quote: { start, end },
        rule: 'agenda-table',
        confidence: 0.7,
        person: this.person(name),
        title: duty,
        caseNumber,
      };
      if (place && /^(\p{L}+(\s+\p{L}+)?)(\s+kommune)?$/iu.test(words)) draft.onBehalfOf = this.body(place);
      this.add(draft);
      // "Solveig Tofte, interkommunal samhandlingsleder": the post after the comma, as written.
      if (!draft.onBehalfOf && words !== '' && mentionsTitle(words) && this.body(words).matches.length === 0) {
        const { caseNumber: _case, ...post } = draft;
        this.add({ ...post, title: words, confidence: 0.6 });
      }
    };
    let next = index + 1;
    for (; next < lines.length; next++) {
      const line = lines[next];
      if (!line) break;
      if (isBlank(line)) continue;
      const words = plain(line.raw);
      if (/^(SAKSFREMLEGG|Sak\s*:|Utvalg\s*:)/iu.test(words)) break;
      const number = /^(\d{1,3}\/\d{2,4})(?!\d)/u.exec(words);
      if (number) {
        flush();
        caseNumber = number[1] ?? null;
        continue;
      }
      // A time ("13.10-", "13.30") or the minutes column ("20") ends the names of a row.
      if (/^\d{1,2}[.:]\d{2}\s*[-–]?$|^\d{1,3}$/u.test(words)) {
        flush();
        continue;
      }
      if (caseNumber === null) continue;
      const cell = /^(.*?)\s*([/,])?(?:\s+(\d{1,3}))?$/u.exec(words);
      const name = (cell?.[1] ?? '').trim();
      // The line right after a name's comma is what the comma introduces, whatever it looks like.
      const afterComma = row.pending !== null && row.pending.qualifier.length === 0;
      if (!afterComma && looksLikeCapitalisedName(name) && this.body(name).matches.length === 0) {
        flush();
        const start = line.start + line.raw.indexOf(name);
        row.pending = { name, start, end: start + name.length, qualifier: [] };
        if (cell?.[2] !== ',' || cell?.[3] !== undefined) flush();
        continue;
      }
      if (row.pending !== null) {
        const qualifier = words.replace(/\s+\d{1,3}$/u, '').replace(/,$/u, '');
        row.pending.qualifier.push(qualifier);
        row.pending.end = line.start + line.raw.indexOf(qualifier) + qualifier.length;
        if (qualifier !== words) flush();
      }
    }
    flush();
    return next - 1;
  }

  /**
   * The same case list from Word or HTML, a row a line and its cells a tab apart
   * ("13.00-13.10⇥09/24 Godkjenning av innkalling⇥Ingjerd Astad⇥10"): the names of the responsible cell, a slash or
   * a comma apart, each with the column's word as duty in the row's case.
   */
  agendaRows(lines: Line[], index: number): number {
    const header = (lines[index]?.raw ?? '').split('\t').map((cell) => plain(cell).toLowerCase());
    const numberColumn = header.findIndex((cell) => /saksnr/.test(cell));
    const dutyColumn = header.findIndex((cell) => /ansvarlig/.test(cell));
    const duty = header[dutyColumn]?.replace(/[^\p{L}]+/gu, '') || 'ansvarlig';
    let next = index + 1;
    for (; next < lines.length; next++) {
      const line = lines[next];
      if (!line?.raw.includes('\t')) break;
      const cells = line.raw.split('\t');
      const caseNumber = /(\d{1,3}\/\d{2,4})(?!\d)/u.exec(cells[numberColumn] ?? '')?.[1];
      const cell = cells[dutyColumn] ?? '';
      if (caseNumber === undefined || dutyColumn < 0) continue;
      const cellStart = line.start + cells.slice(0, dutyColumn).reduce((sum, text) => sum + text.length + 1, 0);
      // "Siri Berg, Helseplattformen AS": the name before the comma; "Albert Verhagen/ Tom Christian Martinsen": both.
      for (const part of cell.matchAll(/[^/]+/gu)) {
        const name = (part[0].split(',')[0] ?? '').trim();
        if (!looksLikeCapitalisedName(name) || this.body(name).matches.length > 0) continue;
        const start = cellStart + part.index + part[0].indexOf(name);
        this.add({
          kind: 'ROLE',
          quote: { start, end: start + name.length },
          rule: 'agenda-table',
          confidence: 0.7,
          person: this.person(name),
          title: duty,
          caseNumber,
        });
      }
    }
    return next - 1;
  }

  // ---- meeting-header: Utvalg / Møtested / Dato / Tidspunkt -----------------------------------------------------
  meetingHeaders(lines: Line[]): void {
    const HEADER = /^[\s#*_]*(Utvalg|Møtested|Møtedato|Dato|Tidspunkt|Tid|Sted)[*_]*\s*:[*_]*\s*(.*)$/iu;
    for (let index = 0; index < lines.length; index++) {
      const first = lines[index];
      if (!first || !/^utvalg$/i.test(HEADER.exec(first.raw)?.[1] ?? '')) continue;
      const fields = new Map<string, string>();
      let last = first;
      for (let next = index; next < Math.min(lines.length, index + 10); next++) {
        const line = lines[next];
        if (!line || isBlank(line)) continue;
        const match = HEADER.exec(line.raw);
        if (!match) {
          if (/^(arkivsak|saksansvarlig|saksbehandler)\b/i.test(plain(line.raw))) continue;
          break;
        }
        const label = (match[1] ?? '').toLowerCase();
        if (fields.has(label === 'møtedato' ? 'dato' : label)) break;
        fields.set(label === 'møtedato' ? 'dato' : label, plain(match[2] ?? '').replace(/[.\s]+$/, ''));
        last = line;
        index = next;
      }
      const body = fields.get('utvalg');
      if (!body) continue;
      const date = findDate(fields.get('dato') ?? '')?.range.start;
      const mention = this.body(body);
      this.meeting = date ? { mention, date } : { mention };
      const draft: ProposalDraft = {
        kind: 'MEETING',
        quote: joinSpans(contentSpan(first), contentSpan(last)),
        rule: 'meeting-header',
        confidence: date ? 0.9 : 0.6,
        organization: mention,
      };
      if (date) draft.date = date;
      this.add(draft);
    }
  }

  // ---- participant-table: "Deltaker⇥Rolle⇥Til stede" --------------------------------------------------------------
  participantTable(lines: Line[], index: number): number {
    const header = (lines[index]?.raw ?? '').split('\t').map((cell) => plain(cell).toLowerCase());
    const roleColumn = header.findIndex((cell) => /^(rolle|funksjon|tittel|verv)/.test(cell));
    const presentColumn = header.findIndex((cell) => /til stede|oppmøte|møtt/.test(cell));
    let next = index + 1;
    for (; next < lines.length; next++) {
      const line = lines[next];
      if (!line?.raw.includes('\t')) break;
      const cells = line.raw.split('\t').map(plain);
      const name = cells[0] ?? '';
      if (!looksLikePersonName(name)) continue;
      const quote = contentSpan(line);
      const role = roleColumn >= 0 ? (cells[roleColumn] ?? '') : '';
      if (role !== '') {
        const held = this.roleFrom(name, role, quote, 'participant-table', 0.9);
        // A municipality's post at the meeting: a member of the meeting's body on the municipality's behalf.
        if (held.onBehalfOf && this.meeting && MUNICIPAL_TITLES.test(held.title ?? '')) {
          this.add({
            kind: 'MEMBERSHIP',
            quote,
            rule: 'participant-table',
            confidence: 0.7,
            person: held.person ?? this.person(name),
            title: 'medlem',
            organization: this.meeting.mention,
            onBehalfOf: held.onBehalfOf,
          });
        }
      }
      const word = presentColumn >= 0 ? attendanceWord(cells[presentColumn] ?? '') : null;
      if (word !== null && this.meeting) {
        const draft: ProposalDraft = {
          kind: 'ATTENDANCE',
          quote,
          rule: 'participant-table',
          confidence: 0.9,
          person: this.person(name),
          meeting: this.meeting.mention,
          attendance: word,
        };
        if (this.meeting.date) draft.date = this.meeting.date;
        this.add(draft);
      }
    }
    return next - 1;
  }

  // ---- municipality-list: "Kommune  Navn" then "Frøya  Kristin F. Strømskag, ordfører" / " Geir Meland" --------------
  municipalityList(lines: Line[], index: number): number {
    const organization = this.headingAbove(lines, index);
    // "Kommune  Navn på representanter": every name is a representative of its municipality.
    const seat = /representant/i.test(lines[index]?.raw ?? '') ? 'representant' : 'medlem';
    let place: string | null = null;
    let next = index + 1;
    for (; next < lines.length; next++) {
      const line = lines[next];
      if (!line) break;
      if (isBlank(line)) continue;
      const indented = /^\s/.test(line.raw);
      let entry = line.raw.trim();
      if (!indented) {
        const known = this.leadingMunicipality(entry);
        const written = known ?? /^(\p{Lu}[\p{L}-]+)(?=\s+(?:kommune\s+)?\p{Lu})/u.exec(entry)?.[1] ?? null;
        if (written === null) {
          if (entry.split(/\s+/).length <= 3) continue; // a wrapped fragment ("Aukan møtte")
          break;
        }
        place = written;
        entry = entry
          .slice(written.length)
          .replace(/^\s+kommune\b/i, '')
          .trim();
      }
      if (place === null) break;
      const quote = contentSpan(line);
      // "Ketil Kvam/ Ådne Røkkum" then "møtte", "Ingjerd Astad /Synnøve" then "Aukan møtte": an entry wrapped onto
      // the next line; "møtte" after a pair says the last one attended in the member's place.
      let after = next + 1;
      while (after < lines.length && isBlank(lines[after] as Line)) after++;
      const wrapped = lines[after];
      if (wrapped && !/^\s/.test(wrapped.raw) && /^(?:\p{Lu}[\p{L}-]*\s+)?møtte$/u.test(wrapped.raw.trim())) {
        entry = `${entry} ${wrapped.raw.trim()}`;
        quote.end = contentSpan(wrapped).end;
        next = after;
      }
      const stoodIn = /\s+møtte$/u.test(entry);
      entry = entry.replace(/\s+møtte$/u, '');
      const [nameText, ...titleParts] = entry.split(',');
      const names = (nameText ?? '').split('/').map((name) => name.trim());
      if (!names.every(looksLikePersonName)) {
        if (indented) break;
        continue;
      }
      for (const [position, name] of names.entries()) {
        const titleText = titleParts.join(',').trim();
        const draft: ProposalDraft = {
          kind: 'MEMBERSHIP',
          quote,
          rule: 'municipality-list',
          confidence: 0.8,
          person: this.person(name),
          onBehalfOf: this.body(place),
        };
        if (organization) draft.organization = organization;
        draft.title = stoodIn && names.length > 1 && position === names.length - 1 ? 'møtte' : seat;
        if (titleText !== '' && leadingTitle(titleText) !== null) {
          this.roleFrom(name, titleText, quote, 'municipality-list', 0.8, place);
        }
        this.add(draft);
      }
    }
    return next - 1;
  }

  leadingMunicipality(entry: string): string | null {
    const words = entry.split(/\s+/);
    for (let count = Math.min(3, words.length - 1); count >= 1; count--) {
      const candidate = words.slice(0, count).join(' ');
      if (matchName(candidate, this.gazetteer, isMunicipality).matches.some((m) => m.reason !== 'SPELLING'))
        return candidate;
    }
    return null;
  }

  /** The body a list belongs to: the nearest short heading above it that names a known body, else the nearest. */
  headingAbove(lines: Line[], index: number): Mention | null {
    let nearest: Mention | null = null;
    for (let above = index - 1; above >= Math.max(0, index - 8); above--) {
      const line = lines[above];
      if (!line || isBlank(line)) continue;
      const words = plain(line.raw).replace(/:$/, '');
      if (words.split(/\s+/).length > 5 || /[.!?]$/.test(words)) break;
      const mention = this.body(words);
      if (mention.matches.length > 0) return mention;
      // "Råd og utvalg": a chapter's heading of words for kinds of bodies names no body.
      if (!GENERIC_HEADING.test(words)) nearest ??= mention;
    }
    return nearest;
  }

  // ---- group-members: "Arbeidsutvalget har bestått av A (leder) B (nestleder)", "arbeidsgruppe bestående av …" ------
  groupMembers(): void {
    const INTRO = /(\p{L}+)\s+(?:har\s+)?(?:bestått av|består av|bestående av)\s*:?/giu;
    for (const intro of this.text.matchAll(INTRO)) {
      const groupWord = intro[1] ?? '';
      const from = intro.index + intro[0].length;
      let paragraphEnd = this.text.indexOf('\n\n', from);
      // A list that goes on after a comma continues in the next paragraph ("…, Orkland kommune,\n\nVibeke Langli").
      while (paragraphEnd >= 0 && this.text.slice(from, paragraphEnd).trimEnd().endsWith(',')) {
        paragraphEnd = this.text.indexOf('\n\n', paragraphEnd + 2);
      }
      const sentenceEnd = /\.\s+\p{Lu}|\.\s*$/mu.exec(this.text.slice(from));
      let end = sentenceEnd ? from + sentenceEnd.index + 1 : this.text.length;
      if (paragraphEnd >= 0) end = Math.min(end, paragraphEnd);
      if (end - from > 600) end = from + 600;
      const organization = this.groupMention(groupWord, intro.index);
      const segment = this.text.slice(from, end);
      const NAME = /\p{Lu}[\p{Ll}-]+(?:\s+(?:\p{Lu}[\p{Ll}-]+|-\p{Lu}\p{Ll}+|\p{Lu}\.?(?!\p{Ll})))+/gu;
      const names = [...segment.matchAll(NAME)].filter(
        (match) => looksLikePersonName(match[0]) && this.leadingMunicipality(match[0]) === null,
      );
      names.forEach((match, position) => {
        const nameEnd = match.index + match[0].length;
        const tailEnd = names[position + 1]?.index ?? segment.length;
        const tail = segment.slice(nameEnd, tailEnd);
        // "(leder)", "(representant fra kommunedirektørutvalget)": the seat in the group, in brackets;
        // ", ordfører Hitra kommune": the person's own post and municipality, a member of the group.
        // ", ordfører Heim kommune (vara)": the seat in brackets after the post.
        const comma = /^\s*,\s*([^,]*)/.exec(tail)?.[1]?.replace(/[.\s]+$/, '');
        const bracket = /^\s*\(\s*([^)]*?)\s*\)/.exec(tail)?.[1] ?? /\(\s*([^)]*?)\s*\)$/u.exec(comma ?? '')?.[1];
        const qualifier = /^\s*\(/.test(tail) ? (bracket ?? '') : (comma?.replace(/\s*\([^)]*\)$/u, '') ?? '');
        const closing = /^\s*\(/.test(tail) || bracket === undefined ? -1 : tail.indexOf(')');
        const quoteEnd = from + nameEnd + (/^\s*\([^)]*\)/.exec(tail)?.[0].length ?? closing + 1);
        const quote = { start: from + match.index, end: quoteEnd };
        const title = leadingTitle(qualifier);
        const place = this.trailingMunicipality(qualifier);
        const draft: ProposalDraft = {
          kind: 'MEMBERSHIP',
          quote:
            title === null
              ? quote
              : { start: quote.start, end: from + nameEnd + (tail.indexOf(qualifier) + qualifier.length) },
          rule: 'group-members',
          confidence: 0.75,
          person: this.person(match[0]),
        };
        draft.quote.end = Math.max(draft.quote.end, quote.end);
        if (organization) draft.organization = organization;
        draft.title = bracket !== undefined && leadingTitle(bracket) !== null ? bracket.replace(/\s+/g, ' ') : 'medlem';
        if (place) draft.onBehalfOf = this.body(place);
        this.add(draft);
        if (title !== null && !/^(medlem|varamedlem|vara|representant)$/i.test(title) && place) {
          this.roleFrom(match[0], qualifier, draft.quote, 'group-members', 0.7, place);
        }
      });
    }
  }

  /** The group a "bestående av" list belongs to: the word before it, or the heading it stands under. */
  groupMention(word: string, at: number): Mention | null {
    if (/^(av|som|og|er)$/i.test(word)) return null;
    if (/^(har|utvalget|gruppen|gruppa)$/i.test(word) || word === '') {
      const before = this.text.slice(Math.max(0, at - 200), at);
      const heading = /(\p{Lu}\p{L}+)\s*:\s*$/u.exec(before.trimEnd());
      return heading ? this.body(heading[1] ?? '') : null;
    }
    return this.body(word);
  }

  // ---- staff-list: "• Daglig leder 100% stilling - Kari Frøseth", "• Rådgiver oppvekst, Elisabeth Myhre-Johansen" ---------
  staffList(lines: Line[]): void {
    const ENTRY = /^(\s*[•*-]\s*)(.*?)(?:\s[-–]\s?|\s?[-–](?=\p{Lu})|,\s*)(\p{Lu}\p{L}+(?:\s+(?:-?\p{Lu}[\p{L}-]*))+)/u;
    for (const line of lines) {
      const match = ENTRY.exec(line.raw);
      if (!match) continue;
      const name = match[3] ?? '';
      const titleText = (match[2] ?? '')
        .replace(/,?\s*\d+\s*%\s*stilling,?/giu, '')
        .replace(/[,\s]+$/u, '')
        .trim();
      if (!looksLikePersonName(name) || titleText === '' || !mentionsTitle(titleText)) continue;
      const start = line.start + (match[1] ?? '').length;
      this.add({
        kind: 'ROLE',
        quote: { start, end: line.start + match[0].length },
        rule: 'staff-list',
        confidence: 0.6,
        person: this.person(name),
        title: titleText,
      });
    }
  }

  // ---- name-comma-title: "Håvard Holte Os, kommunalsjef oppvekst Frøya", "Siri Berg, konstituert administrerende direktør" -
  nameCommaTitle(): void {
    const covered = this.proposals.map((draft) => draft.quote);
    const PATTERN =
      /(\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\p{Ll}+|-?\p{Lu}[\p{Ll}-]+|\p{Lu}\.))+),\s+((?:konstituert\s+|fungerende\s+)?[\p{Ll}][\p{L} ]*?)(?=[.,;()\n]|\s+(?:og|i|har|er|for|som)\s|$)/gu;
    for (const match of this.text.matchAll(PATTERN)) {
      const name = match[1] ?? '';
      const titleText = match[2] ?? '';
      const start = match.index;
      let end = start + match[0].trimEnd().length;
      if (!looksLikePersonName(name) || leadingTitle(titleText.replace(/^(konstituert|fungerende)\s+/u, '')) === null)
        continue;
      if (covered.some((span) => span.start <= start && start < span.end)) continue;
      // "…, konstituert administrerende direktør i Helseplattformen AS": the body after "i" is where the post is.
      const where = /^\s+i\s+(\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|og|i))*)/u.exec(this.text.slice(end));
      const body = where?.[1]?.replace(/\s+(og|i)$/u, '');
      if (body) end += (where?.[0].length ?? 0) - ((where?.[1] ?? '').length - body.length);
      const draft = this.roleFrom(name, titleText, { start, end }, 'name-comma-title', 0.5);
      if (body && !draft.organization && !draft.onBehalfOf) draft.organization = this.body(body);
    }
  }

  // ---- signature: "Jan Frich" then "administrerende direktør"; "Temaområdeleder Daniel Haga" on one line ----------
  signatures(lines: Line[]): void {
    const covered = this.proposals.map((draft) => draft.quote);
    const free = (span: Span) => !covered.some((other) => other.start < span.end && span.start < other.end);
    lines.forEach((line, index) => {
      if (line.raw.includes('\t')) return;
      const words = plain(line.raw);
      const below = lines[index + 1];
      const title = below ? plain(below.raw) : '';
      // A name alone on its line, its post alone on the next (a letter's signature, a list of contacts).
      if (
        below &&
        looksLikeCapitalisedName(words) &&
        this.body(words).matches.length === 0 &&
        leadingTitle(title) !== null &&
        title.split(/\s+/).length <= 5 &&
        !/[\d.,:;!?]$/u.test(title)
      ) {
        const quote = joinSpans(contentSpan(line), contentSpan(below));
        if (free(quote)) {
          this.add({ kind: 'ROLE', quote, rule: 'signature', confidence: 0.55, person: this.person(words), title });
        }
        return;
      }
      // "Temaområdeleder Daniel Haga": one word that ends in a title, then a name, alone on the line.
      const titled = /^(\p{L}+)\s+(\p{Lu}.*)$/u.exec(words);
      const post = titled?.[1] ?? '';
      const name = titled?.[2] ?? '';
      const ending = TITLES.find((known) => !known.includes(' ') && foldName(post).endsWith(foldName(known)));
      if (ending === undefined || !looksLikeCapitalisedName(name) || this.body(name).matches.length > 0) return;
      if (this.leadingMunicipality(name) !== null) return;
      const quote = contentSpan(line);
      if (free(quote)) {
        this.add({ kind: 'ROLE', quote, rule: 'signature', confidence: 0.5, person: this.person(name), title: post });
      }
    });
  }

  // ---- led-by: "Kompetansenettverket ble gjennom 2022 ledet av Solveig Melby, …, med nestleder Håvard Holte Os" -------
  ledBy(): void {
    // Only an initial carries a point ("Lena B. Waage"): "Kari Nordmann. Styret …" ends the name at "Nordmann".
    const NAME = String.raw`\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'-]*|-\p{Lu}[\p{L}-]*))+`;
    const PATTERN = new RegExp(
      String.raw`(\p{Lu}[\p{L}-]+)\s+(?:ble|blir|er|har\s+vært)\s+(?:[^.\n]{0,40}?\s)?ledet\s+av\s+(${NAME})`,
      'gu',
    );
    for (const match of this.text.matchAll(PATTERN)) {
      const name = match[2] ?? '';
      if (!looksLikePersonName(name)) continue;
      // "Kompetansenettverket", "Rådet": a word in its definite form refers to a body named before; it is the body
      // only when the graph knows it by that word (else a new body would be proposed for a known one).
      const known = this.body(match[1] ?? '');
      const organization = known.matches.length > 0 ? { organization: known } : {};
      const start = match.index;
      this.add({
        kind: 'ROLE',
        quote: { start, end: start + match[0].length },
        rule: 'led-by',
        confidence: 0.6,
        person: this.person(name),
        title: 'leder',
        ...organization,
      });
      // "…, med nestleder Håvard Holte Os": the deputy in the same sentence.
      const rest = this.text.slice(start + match[0].length);
      const sentence = rest.slice(0, Math.max(0, rest.search(/\.\s|\.$/u)));
      const deputy = new RegExp(String.raw`\bmed\s+(nestleder)\s+(${NAME})`, 'u').exec(sentence);
      if (deputy && looksLikePersonName(deputy[2] ?? '')) {
        const at = start + match[0].length + deputy.index;
        this.add({
          kind: 'ROLE',
          quote: { start, end: at + deputy[0].length },
          rule: 'led-by',
          confidence: 0.55,
          person: this.person(deputy[2] ?? ''),
          title: 'nestleder',
          ...organization,
        });
      }
    }
  }

  // ---- employed-as: "Birgit Reisch er engasjert som prosjektleder for Trondheim kommune" ----------------------------
  employedAs(): void {
    const PATTERN =
      /(\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'-]*|-\p{Lu}[\p{L}-]*))+)(?:\s*,\s*\p{Lu}[\p{L}]*)?\s+(?:er|ble)?\s*(?:engasjert|ansatt|tilsatt)(?:\s+i\s+\d+\s*%\s*stilling)?\s+som\s+(\p{Ll}[\p{Ll} -]*?)(?=\s+(?:for|i|ved|og|fra|med)\s|[.,;()*_\n]|$)(?:\s+(?:for|i|ved)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:\s+kommune)?))?/gu;
    for (const match of this.text.matchAll(PATTERN)) {
      const name = match[1] ?? '';
      const title = (match[2] ?? '').trim();
      if (!looksLikePersonName(name) || !mentionsTitle(title)) continue;
      const draft: ProposalDraft = {
        kind: 'ROLE',
        quote: { start: match.index, end: match.index + match[0].length },
        rule: 'employed-as',
        confidence: 0.6,
        person: this.person(name),
        title,
      };
      const body = match[3];
      if (body) draft.organization = this.body(this.trailingMunicipality(body) ?? body);
      this.add(draft);
    }
  }

  // ---- case-heading: "Sak 15/20 …", "KDU 72/21 – …", "Sak: 11/24 …"; "Vedtak: …" ----------------------------------
  caseHeadings(lines: Line[]): void {
    const HEADING =
      /^[\s#*_]*(?:(Sak|Saksnr\.?|KDU|ASU|AU|RR|PS|RS)\s*:?\s*)(\d{1,3}\/\d{2,4})[*_]*\s*(?:[-–:]\s*)?(.*?)[\s*_]*$/u;
    const cases: { line: number; draft: ProposalDraft }[] = [];
    const DUTY = /^[\s*_]*(Saksbehandler|Saksansvarlig)\s*:\s*(.*?)[\s*_]*$/iu;
    let meeting = this.meetingAt(0);
    lines.forEach((line, index) => {
      meeting = this.meetingAt(line.start) ?? meeting;
      const duty = DUTY.exec(line.raw);
      if (duty) {
        const number = cases.at(-1)?.draft.caseNumber;
        for (const name of (duty[2] ?? '').split('/').map(plain)) {
          if (!looksLikePersonName(name)) continue;
          const draft: ProposalDraft = {
            kind: 'ROLE',
            quote: contentSpan(line),
            rule: 'case-duty',
            confidence: 0.7,
            person: this.person(name),
            title: (duty[1] ?? '').toLowerCase(),
          };
          if (number) draft.caseNumber = number;
          this.add(draft);
        }
      }
      this.presenters(line, cases.at(-1)?.draft.caseNumber);
      const match = HEADING.exec(line.raw);
      if (!match) return;
      const number = match[2] ?? '';
      const title = plain(match[3] ?? '').replace(/^[-–:]\s*/, '');
      const draft: ProposalDraft = {
        kind: 'CASE',
        quote: contentSpan(line),
        rule: 'case-heading',
        confidence: title === '' ? 0.6 : 0.85,
        caseNumber: number,
        title,
      };
      if (meeting) {
        draft.meeting = meeting.organization ?? { name: '', matches: [] };
        if (meeting.date) draft.date = meeting.date;
      }
      cases.push({ line: index, draft });
    });
    cases.forEach(({ line, draft }, position) => {
      const until = cases[position + 1]?.line ?? lines.length;
      const decision = this.decisionIn(lines, line + 1, until);
      if (decision) {
        draft.decision = decision.text;
        draft.quote = joinSpans(draft.quote, decision.span);
      }
      this.add(draft);
    });
  }

  /** The one participant the document's participant table lists with `title` ("daglig leder"), or null. */
  holderOf(title: string): Mention | null {
    const holders = this.proposals.filter(
      (draft) =>
        draft.rule === 'participant-table' && draft.kind === 'ROLE' && foldName(draft.title ?? '') === foldName(title),
    );
    return holders.length === 1 ? (holders[0]?.person ?? null) : null;
  }

  /**
   * "Daglig leder legger fram bakgrunn og forslag.", "Arbeidsgruppen v/Liv Ågot Hågensen legger frem arbeidet i ASU":
   * who presents what in a case, the verb and its object as the duty; the subject a name, "v/" a name, or a title
   * the participant table resolves.
   */
  presentsWork(line: Line, caseNumber: string | undefined): void {
    const VERB =
      /\b(legger\s+(?:fram|frem))\s+(\p{Ll}[\p{Ll} ]*?)(?=\s+(?:i|for|på|til|om|med|og\s+\p{Ll}+\s+(?:i|for))\s|[.,;:*_\n]|$)/gu;
    for (const verb of line.raw.matchAll(VERB)) {
      const before = line.raw.slice(0, verb.index).replace(/\s+$/u, '');
      const dot = before.search(/[.!?]\s+[^.!?]*$/u);
      const sentence = /^[\s*_]*/u.exec(before.slice(dot < 0 ? 0 : dot + 1))?.[0].length ?? 0;
      const sentenceStart = (dot < 0 ? 0 : dot + 1) + sentence;
      const subject = before.slice(sentenceStart);
      const via = /v\/\s*(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){1,3})$/u.exec(subject);
      let person: Mention | null = null;
      let start = line.start + sentenceStart;
      if (via && looksLikeCapitalisedName(via[1] ?? '')) {
        person = this.person(via[1] ?? '');
        start = line.start + sentenceStart + via.index + via[0].indexOf(via[1] ?? '');
      } else if (looksLikeCapitalisedName(subject)) {
        person = this.person(subject);
      } else if (leadingTitle(subject)?.length === subject.length) {
        person = this.holderOf(subject);
      }
      if (person === null) continue;
      const draft: ProposalDraft = {
        kind: 'ROLE',
        quote: { start, end: line.start + verb.index + verb[0].length },
        rule: 'case-duty',
        confidence: 0.55,
        person,
        title: `${(verb[1] ?? '').replace(/\s+/g, ' ')} ${verb[2] ?? ''}`.trim(),
      };
      if (caseNumber) draft.caseNumber = caseNumber;
      this.add(draft);
    }
  }

  /** "Robert Øyum-Jakobsen og Hege Røttereng orienterer.": who presents a case, the verb as their duty. */
  presenters(line: Line, caseNumber: string | undefined): void {
    this.presentsWork(line, caseNumber);
    // "Orientering ved Mons Otnes.", "Kort orientering om status ved Line Raustein", "Orienteringen gis av Siri Berg":
    // who gives the briefing; "Orientering ved daglig leder": the one participant the table lists with that title.
    const BRIEFING =
      /\b[Oo]rientering(?:en)?\b[^.\n]{0,60}?\b(?:ved|gis av)\s+(\p{L}[\p{L}.-]*(?:\s+-?\p{L}[\p{L}.-]*){0,3})/gu;
    for (const briefing of line.raw.matchAll(BRIEFING)) {
      // The name ends at a sentence's end ("Mons Otnes. Neste …"), not at an initial's point ("Line W. Raustein").
      const words = (briefing[1] ?? '').split(/(?<!(?:^|\s)\p{Lu})\.(?:\s|$)/u)[0]?.replace(/,$/u, '') ?? '';
      // The name is the run of capitalised words; a word after it other than a small one ("St. Olavs hospital")
      // makes it a body's name, not a person's.
      const all = words.split(/\s+/);
      let count = 1;
      while (count < all.length && /^\p{Lu}|^-/u.test(all[count] ?? '')) count++;
      const name = all.slice(0, count).join(' ');
      const followed = count < all.length && !/^(og|i|om|for|på|til|med|som|fra|der|hvor)$/u.test(all[count] ?? '');
      const written =
        new RegExp(`^\\S+(?:\\s+\\S+){${count - 1}}`, 'u').exec(briefing[1] ?? '')?.[0].replace(/[.,]$/u, '') ?? name;
      let person: Mention | null = null;
      let end = line.start + briefing.index + briefing[0].length - ((briefing[1] ?? '').length - written.length);
      const title = leadingTitle(words);
      if (title !== null && foldName(title) === foldName(words.slice(0, title.length)) && /^\p{Ll}/u.test(words)) {
        person = this.holderOf(title);
        if (person === null) continue;
        end = line.start + briefing.index + briefing[0].length - (briefing[1] ?? '').length + title.length;
      } else if (looksLikeCapitalisedName(name) && !followed && this.body(name).matches.length === 0) {
        person = this.person(name);
      }
      if (person === null) continue;
      const draft: ProposalDraft = {
        kind: 'ROLE',
        quote: { start: line.start + briefing.index, end },
        rule: 'case-duty',
        confidence: 0.6,
        person,
        title: 'orienterer',
      };
      if (caseNumber) draft.caseNumber = caseNumber;
      this.add(draft);
    }
    // "Anders Gullhav og Øystein Døhl fra Analysegruppa vil gi en presentasjon": the same, and the group they are from.
    const VERBS = /\s(orienterer|presenterer|innleder|(?:vil\s+)?gi(?:r)?\s+en\s+presentasjon)\b/giu;
    for (const verb of line.raw.matchAll(VERBS)) {
      const before = line.raw.slice(0, verb.index);
      const dot = before.lastIndexOf('. ');
      const sentenceStart = Math.max(dot < 0 ? 0 : dot + 2, /^[\s*_]*/u.exec(before)?.[0].length ?? 0);
      const from = /\s+fra\s+(\p{Lu}[\p{L}-]*)$/u.exec(before.slice(sentenceStart));
      const subject = from ? before.slice(sentenceStart, sentenceStart + from.index) : before.slice(sentenceStart);
      const names = subject.split(/\s*,\s*|\s+og\s+/u);
      if (names.length === 0 || !names.every((name) => looksLikePersonName(plain(name)))) continue;
      // "fra Frøya": a place the people come from, not a group.
      const place = from && matchName(from[1] ?? '', this.gazetteer, isMunicipality).matches.length > 0;
      const group = from && !place ? this.body(from[1] ?? '') : null;
      const quote = { start: line.start + sentenceStart, end: line.start + verb.index + verb[0].length };
      const title = /presentasjon/iu.test(verb[1] ?? '') ? 'presenterer' : (verb[1] ?? '').toLowerCase();
      for (const name of names) {
        const draft: ProposalDraft = {
          kind: 'ROLE',
          quote,
          rule: 'case-duty',
          confidence: 0.6,
          person: this.person(plain(name)),
          title,
        };
        if (caseNumber) draft.caseNumber = caseNumber;
        this.add(draft);
        if (group) {
          this.add({
            kind: 'MEMBERSHIP',
            quote: {
              start: quote.start,
              end: line.start + sentenceStart + (from?.index ?? 0) + (from?.[0].length ?? 0),
            },
            rule: 'case-duty',
            confidence: 0.5,
            person: this.person(plain(name)),
            title: 'medlem',
            organization: group,
          });
        }
      }
    }
  }

  /** The meeting header proposal whose quote starts at or before `offset` (the last one), as case context. */
  meetingAt(offset: number): ProposalDraft | null {
    let found: ProposalDraft | null = null;
    for (const draft of this.proposals) if (draft.kind === 'MEETING' && draft.quote.start <= offset) found = draft;
    return found;
  }

  /** The decision after a "Vedtak:" label: the same line's words, else the next paragraph. */
  decisionIn(lines: Line[], from: number, until: number): { text: string; span: Span } | null {
    for (let index = from; index < until; index++) {
      const line = lines[index];
      if (!line) break;
      const label = /^[\s#*_]*Vedtak[*_]*\s*:[*_]*\s*(.*)$/iu.exec(line.raw);
      if (!label) continue;
      if (plain(label[1] ?? '') !== '') return { text: plain(label[1] ?? ''), span: contentSpan(line) };
      const parts: string[] = [];
      let last: Line | null = null;
      for (let next = index + 1; next < until; next++) {
        const body = lines[next];
        if (!body) break;
        if (isBlank(body)) {
          if (parts.length > 0) break;
          continue;
        }
        parts.push(plain(body.raw.replace(/^\s*[-•]\s*/, '')));
        last = body;
      }
      if (last === null) return null;
      return { text: parts.join(' '), span: contentSpan(last) };
    }
    return null;
  }

  // ---- amount: "kr 1 500 000", "1,5 mill", "8,564 mill." --------------------------------------------------------------
  /**
   * An amount in kroner is a grant when its sentence says so: words of granting ("tildelt", "tilskudd", "bevilget",
   * "finansiert", "midler", …), "med 7 mill." after a funder, the list form "Barn og unge-prosjektet: 1,5 mill." or
   * "92,85 mill. kroner til Helse Sør-Øst RHF". Never a change ("økt fra i underkant av 80 millioner kroner til 175
   * millioner kroner") nor a rate ("kr 25 000 per halvår"); a sentence of costs ("innleie") only with words of
   * granting ("tildelt kr 200 000 til å dekke utgifter"), which also make a yearly amount a grant ("kr 500 000 per år").
   */
  amounts(lines: Line[]): void {
    for (const line of lines) {
      for (const amount of findAmounts(line.raw)) {
        const start = line.start + amount.index;
        const end = start + amount.length;
        const around = sentenceAround(this.text, start, end);
        const sentence = this.text.slice(around.start, around.end);
        if (vetoesGrant(sentence, start - around.start, this.text.slice(end, end + 40))) continue;
        const draft: ProposalDraft = {
          kind: 'GRANT',
          quote: { start, end },
          rule: 'amount',
          confidence: 0.5,
          amountNok: amount.amountNok,
        };
        // "• Barn og unge-prosjektet: 1,5 mill.": what the amount is for, before the colon.
        const label = /^[\s•*-]*([^:•]{3,80}?):\s*$/u.exec(line.raw.slice(0, amount.index));
        if (label?.[1]) {
          draft.title = label[1].trim();
          draft.quote = { start: contentSpan(line).start, end };
          draft.confidence = 0.6;
        }
        const before = this.text.slice(around.start, start);
        const to = /^\s*(?:kroner|kr\.?)?\s*til\s+(?=\p{Lu})/u.exec(this.text.slice(end, end + 40));
        const recipient = (to ? this.bodyAt(end + to[0].length) : null) ?? this.subjectGranted(around.start, start);
        if (recipient) {
          draft.organization = recipient.mention;
          draft.confidence = 0.65;
          draft.quote = { start: Math.min(start, recipient.start), end: Math.max(end, recipient.end) };
        }
        // "3.812.000,- for 2025 og 3.812.000,- for 2026": the year an amount is for belongs to its quote.
        const year = /^\s*(?:kroner|kr\.?)?\s*(?:for|i)\s+(?:19|20)\d{2}(?!\d)/u.exec(this.text.slice(end, end + 30));
        if (year) draft.quote = { start: draft.quote.start, end: Math.max(draft.quote.end, end + year[0].length) };
        const fromFunder = /(?<!\p{L})med\s*$/u.test(before) && this.namesBody(before);
        const funder = this.funderNamed(before, this.text.slice(end, around.end));
        if (funder) draft.funder = funder;
        if (!label && !to && !recipient && !fromFunder && !speaksOfGrant(sentence)) continue;
        this.add(draft);
      }
    }
  }

  /** The known body whose name the words at `at` begin with, the longest ("Helse Midt-Norge RHF."), or null. */
  bodyAt(at: number): { mention: Mention; start: number; end: number } | null {
    const words = [...this.text.slice(at, at + 120).matchAll(/\S+/gu)].slice(0, 6);
    const last = words.findIndex((word) => /[,.;:)]$/u.test(word[0]));
    const span = last < 0 ? words : words.slice(0, last + 1);
    for (let count = span.length; count >= 1; count--) {
      const final = span[count - 1];
      if (!final) continue;
      const end = at + final.index + final[0].replace(/[,.;:)]+$/u, '').length;
      const mention = this.body(this.text.slice(at, end).replace(/\s+/g, ' '));
      if (confidentMatch(mention) !== undefined) return { mention, start: at, end };
    }
    return null;
  }

  /** "Helse Møre og Romsdal ble tildelt 8,564 mill.": the sentence's subject, when it is a known body, or null. */
  subjectGranted(sentenceStart: number, at: number): { mention: Mention; start: number; end: number } | null {
    const before = this.text.slice(sentenceStart, at);
    const verb = /\s+(?:ble|er|har|fikk|får|blir)\s+(?:fått\s+)?(?:tildelt|innvilget|bevilget)\s*$/u.exec(before);
    if (!verb) return null;
    const lead = /^\s*/u.exec(before)?.[0].length ?? 0;
    const subject = before.slice(lead, verb.index);
    const mention = this.body(subject.replace(/\s+/g, ' '));
    if (subject === '' || confidentMatch(mention) === undefined) return null;
    return { mention, start: sentenceStart + lead, end: sentenceStart + verb.index };
  }

  /**
   * The funder a grant's sentence names: after a word of granting and "av"/"fra" before the amount ("er nå blitt
   * innvilget av Norges forskningsråd, med 7 mill."), else "fra" a name after it ("i skjønnsmidler fra
   * Statsforvalteren"). The longest start of the name that is a known body. Else, before the amount, the name as
   * written (a funder the graph does not know, after a word of granting, is still another funder); after it, none:
   * "7 mill. fra Forskningsrådet" or "fra Januar" is as likely a short name, a place or a time as another funder, and
   * a funder the graph does not know would keep the amount from restating any grant it knows.
   */
  funderNamed(before: string, after: string): Mention | null {
    const granted =
      /(?:tildel|bevilg|innvilg|finansier|støtte|gitt|fått)\p{L}*\s+(?:av|fra)\s+(\p{Lu}[^,.;:()]*?)\s*(?:,|\.|;|\(|\s+med\s*$|$)/u.exec(
        before,
      )?.[1];
    const name = granted ?? /(?<!\p{L})fra\s+(\p{Lu}[^,.;:()]*)/u.exec(after)?.[1];
    if (!name) return null;
    const words = name.trim().split(/\s+/u).slice(0, 6);
    for (let count = words.length; count >= 1; count--) {
      const mention = this.body(words.slice(0, count).join(' '));
      if (confidentMatch(mention) !== undefined) return mention;
    }
    return granted ? { name: words.join(' '), matches: [] } : null;
  }

  /** Whether `text` names a known body (a funder before "med 7 mill."). */
  namesBody(text: string): boolean {
    const folded = ` ${foldName(text)} `;
    return this.gazetteer.some(
      (entry) =>
        isBody(entry.kind) &&
        entry.names.some((name) => foldName(name).length >= 3 && folded.includes(` ${foldName(name)} `)),
    );
  }

  // ---- new-entity: a person or body no known entity matches ----------------------------------------------------------
  newEntities(): void {
    const drafts = [...this.proposals];
    for (const draft of drafts) {
      for (const mention of [draft.person, draft.organization, draft.onBehalfOf]) {
        if (!mention || mention.matches.length > 0 || mention.name === '') continue;
        const entity: ProposalDraft = { kind: 'ENTITY', quote: draft.quote, rule: 'new-entity', confidence: 0.5 };
        if (mention === draft.person) entity.person = mention;
        else entity.organization = mention;
        this.add(entity);
      }
    }
  }

  run(): ProposalDraft[] {
    const lines = linesOf(this.text);
    this.meetingHeaders(lines);
    const meetings = this.proposals.filter((draft) => draft.kind === 'MEETING');
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index];
      if (!line) continue;
      const meeting = meetings.filter((draft) => draft.quote.start <= line.start).at(-1);
      if (meeting?.organization) {
        this.meeting = meeting.date
          ? { mention: meeting.organization, date: meeting.date }
          : { mention: meeting.organization };
      }
      const cells = line.raw.split('\t').map((cell) => plain(cell).toLowerCase());
      if (cells.length >= 2 && /^(deltaker|navn|medlem)/.test(cells[0] ?? '')) {
        index = this.participantTable(lines, index);
      } else if (/^kommune\s+navn\b/i.test(plain(line.raw))) {
        index = this.municipalityList(lines, index);
      } else if (/\bsaksnr\b/i.test(plain(line.raw)) && /\bansvarlig\b/i.test(plain(line.raw))) {
        index = this.agendaTable(lines, index);
      }
    }

    this.groupMembers();
    this.staffList(lines);
    this.nameCommaTitle();
    this.employedAs();
    this.ledBy();
    this.signatures(lines);
    this.caseHeadings(lines);
    this.amounts(lines);
    this.newEntities();
    return this.proposals.sort((a, b) => a.quote.start - b.quote.start || a.quote.end - b.quote.end);
  }
}

/** The proposed facts of a document's stored text, matched against the gazetteer. */
export function extractProposals(text: string, gazetteer: Gazetteer): ProposalDraft[] {
  return new Engine(text, gazetteer).run();
}
