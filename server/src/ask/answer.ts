import type { DataLayer, EntityRow, RelationRow, RoleRow } from '../data/index.js';
import type { AnswerRow, AnswerSeatRow } from '../data/rows.js';
import { defaultFundingLevel } from '../domain/grants.js';
import { foldPath } from '../domain/links.js';
import { byName, compareNames, foldName } from '../domain/names.js';
import { holdsDuring, postTitle, roleStatus, shownDuring, shownOn } from '../domain/seats.js';
import { type EntityKindValue, NETWORK_KINDS } from '../domain/vocabulary.js';
import { buildGazetteer, type Gazetteer, type NamedEntity } from './gazetteer.js';
import { type Language, parseQuestion, type Reading } from './parse.js';
import { dayInWords, kroner, listed, relationWords, timePhrase } from './text.js';

// Answers a parsed question through the data layer (docs/ask.md): the same loaders, as-of rules (domain/seats.ts)
// and funding rules (domain/grants.ts) as the pages and reports, so an answer and its page never disagree. Every
// answer cites the quotes of the facts it used.

/** The most entities the gazetteer reads: the whole graph's names. */
const GAZETTEER_LIMIT = 100_000;

/** The gazetteer of the graph: read once, and again only after the graph has changed (data/shared.ts). */
function gazetteerOf(data: DataLayer): Promise<Gazetteer> {
  return data.shared('ask:gazetteer', async () => {
    const [entities, roles] = await Promise.all([
      data.entities.page(null, null, GAZETTEER_LIMIT),
      data.roles.page(
        { person: null, organization: null, municipality: null, asOf: null, from: null, to: null, title: null },
        'TITLE',
        0,
        GAZETTEER_LIMIT,
      ),
    ]);
    return buildGazetteer(
      entities.filter((entity) => entity.kind !== 'DOCUMENT'),
      [...new Set(roles.filter((role) => !role.duty).map((role) => role.title))],
    );
  });
}

interface Parts {
  text: string;
  interpretation: string;
  entities?: EntityRow[];
  roles?: RoleRow[];
  amountNok?: number | null;
  count?: number | null;
  date?: string | null;
  yes?: boolean | null;
  citationIds?: string[];
}

/** Answers one question; `asOf` is the day for a question that names none, `today` the default for it. */
export async function answerQuestion(
  question: string,
  asOf: string | null,
  data: DataLayer,
  today: string,
): Promise<AnswerRow> {
  const parsed = parseQuestion(question, await gazetteerOf(data));
  const empty = {
    entities: [],
    roles: [],
    amountNok: null,
    count: null,
    date: null,
    yes: null,
    citationIds: [],
    seats: [],
    periodStart: null,
    aboutIds: [],
  };
  if (!parsed.understood) {
    return {
      ...empty,
      understood: false,
      interpretation: parsed.reason,
      text: parsed.reason,
      shape: null,
      language: parsed.language,
      asOf: null,
    };
  }
  const day =
    parsed.time.kind === 'day' ? parsed.time.day : parsed.time.kind === 'period' ? parsed.time.to : (asOf ?? today);
  const answer = new Answering(parsed, data, day);
  const parts = await answer.run();
  if (parts === null) {
    const reason =
      parsed.language === 'EN'
        ? 'The names in the question do not fit its shape (a municipality where a body is asked for, or the like).'
        : 'Navnene i spørsmålet passer ikke til spørsmålet (en kommune der det spørres om et organ, eller lignende).';
    return {
      ...empty,
      understood: false,
      interpretation: reason,
      text: reason,
      shape: null,
      language: parsed.language,
      asOf: null,
    };
  }
  const roles = parts.roles ?? [];
  const seats: AnswerSeatRow[] = roles.map((role) => ({ role, status: answer.dated ? roleStatus(role, day) : null }));
  return {
    understood: true,
    interpretation: parts.interpretation,
    text: parts.text,
    entities: parts.entities ?? [],
    roles,
    amountNok: parts.amountNok ?? null,
    count: parts.count ?? null,
    date: parts.date ?? null,
    yes: parts.yes ?? null,
    citationIds: [...new Set([...(parts.citationIds ?? []), ...roles.flatMap((role) => role.citationIds)])],
    shape: parsed.shape,
    language: parsed.language,
    asOf: answer.dated ? day : null,
    periodStart: parsed.time.kind === 'period' ? parsed.time.from : null,
    seats,
    aboutIds: [parsed.subject, parsed.other].flatMap((entity) => (entity ? [entity.id] : [])),
  };
}

const byEntityName = byName((entity: EntityRow) => entity.name);

class Answering {
  readonly en: boolean;
  /** Whether the answer speaks for a day (seats always; relations only when the question names a time). */
  dated = true;
  constructor(
    readonly reading: Reading,
    readonly data: DataLayer,
    readonly day: string,
  ) {
    this.en = reading.language === 'EN';
  }

  get language(): Language {
    return this.reading.language;
  }

  /** nb or en. */
  say(nb: string, en: string): string {
    return this.en ? en : nb;
  }

  when(): string {
    return timePhrase(this.reading.time, this.day, this.language, this.dated);
  }

  /** Whether a seat counts for the question's time: shown on the day, during the period, or ended before. */
  seatCounts(role: RoleRow): boolean {
    const { time } = this.reading;
    if (role.duty) return false;
    if (time.kind === 'period') return shownDuring(role, time.from, time.to);
    if (time.kind === 'before') return roleStatus(role, this.day) === 'ENDED';
    return shownOn(role, this.day);
  }

  /** Whether a relation counts: always when the question names no time, else when it holds then. */
  relationCounts(relation: RelationRow): boolean {
    const { time } = this.reading;
    if (time.kind === 'period') return holdsDuring(relation, time.from, time.to);
    if (time.kind === 'day') return holdsDuring(relation, time.day, time.day);
    return true;
  }

  async entities(ids: string[]): Promise<EntityRow[]> {
    const rows = await this.data.entities.byId.loadMany([...new Set(ids)]);
    return rows.filter((row): row is EntityRow => row !== null && !(row instanceof Error)).sort(byEntityName);
  }

  async relations(id: string): Promise<RelationRow[]> {
    return (await this.data.relations.ofEntity(null).load(id)).filter((relation) => this.relationCounts(relation));
  }

  async names(ids: (string | null)[]): Promise<Map<string, string>> {
    const rows = await this.entities(ids.filter((id): id is string => id !== null));
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** A seat in words ("kommunedirektør i Hitra", "medlem for Hitra") and its status, when it is not plainly held. */
  seatWords(role: RoleRow, names: Map<string, string>, show: { place: boolean; behalf: boolean }) {
    let words = role.title;
    if (show.place && role.heldInId) words += ` ${this.say('i', 'in')} ${names.get(role.heldInId) ?? role.heldInId}`;
    if (show.behalf && role.onBehalfOfId && role.onBehalfOfId !== role.heldInId) {
      words += ` for ${names.get(role.onBehalfOfId) ?? role.onBehalfOfId}`;
    }
    const status = this.dated ? roleStatus(role, this.day) : null;
    const note =
      status === 'LAST_CONFIRMED'
        ? this.say('sist bekreftet', 'last confirmed')
        : status === 'ENDED'
          ? this.say('avsluttet', 'ended')
          : null;
    return { words, note };
  }

  /** "Kari Frøseth (daglig leder i Sekretariatet Trøndelag sørvest)" for each seat, in the roles' order. */
  async seatList(roles: RoleRow[], show: { place: boolean; behalf: boolean }): Promise<string[]> {
    const names = await this.names(roles.flatMap((role) => [role.personId, role.heldInId, role.onBehalfOfId]));
    return roles.map((role) => {
      const { words, note } = this.seatWords(role, names, show);
      return `${names.get(role.personId) ?? role.personId} (${note ? `${words}, ${note}` : words})`;
    });
  }

  sortRoles(roles: RoleRow[], names: Map<string, string>): RoleRow[] {
    return [...roles].sort(
      (a, b) =>
        compareNames(names.get(a.personId) ?? '', names.get(b.personId) ?? '') ||
        compareNames(a.title, b.title) ||
        (a.id < b.id ? -1 : 1),
    );
  }

  async run(): Promise<Parts | null> {
    const { subject, other } = this.reading;
    switch (this.reading.shape) {
      case 'REPRESENTATIVES':
        return subject && this.representatives(subject, other);
      case 'TITLE_HOLDER':
        return subject && this.titleHolder(subject);
      case 'SEATS_OF_PERSON':
        return subject && this.seatsOf(subject);
      case 'MEMBERS':
        return subject && this.members(subject);
      case 'MEMBER_OF':
        return subject && this.memberOf(subject);
      case 'PARTICIPANTS':
        return subject && this.participants(subject);
      case 'UNIVERSITIES':
        return subject && this.universities(subject);
      case 'FUNDING_RECEIVED':
      case 'FUNDING_GIVEN':
      case 'FUNDING_IN_YEAR':
        return this.funding(subject);
      case 'ATTENDANCE':
        return subject && this.attendance(subject);
      case 'DUTIES':
        return subject && this.duties(subject);
      case 'SAME_PERSON':
        return subject && other && this.samePerson(subject, other);
      case 'CONNECTION':
        return subject && other && subject.id !== other.id ? this.connection(subject, other) : null;
      case 'COUNT':
        return this.count(subject);
      case 'WHEN':
        return subject && this.whenOf(subject);
      case 'MEETINGS':
        return subject && this.meetingsOf(subject);
    }
  }

  async representatives(municipality: NamedEntity, body: NamedEntity | null): Promise<Parts> {
    const all = await this.data.roles.list('representatives', null).load(municipality.id);
    const roles = all.filter(
      (role) =>
        role.onBehalfOfId === municipality.id &&
        role.heldInId !== municipality.id &&
        (body === null || role.heldInId === body.id) &&
        this.seatCounts(role),
    );
    const names = await this.names(roles.map((role) => role.personId));
    const sorted = this.sortRoles(roles, names);
    const list = await this.seatList(sorted, { place: body === null, behalf: false });
    const where = body ? this.say(` i ${body.name}`, ` in ${body.name}`) : '';
    const when = this.when();
    return {
      interpretation: this.say(
        `Hvem representerer ${municipality.name}${where}, ${when}`,
        `Who represents ${municipality.name}${where}, ${when}`,
      ),
      text:
        list.length === 0
          ? this.say(
              `Jeg finner ingen som representerer ${municipality.name}${where} ${when}.`,
              `I find nobody representing ${municipality.name}${where} ${when}.`,
            )
          : this.say(
              `${municipality.name} representeres${where} av ${listed(list, 'NB')} ${when}.`,
              `${municipality.name} is represented${where} by ${listed(list, 'EN')} ${when}.`,
            ),
      entities: await this.entities(sorted.map((role) => role.personId)),
      roles: sorted,
    };
  }

  async titleHolder(place: NamedEntity): Promise<Parts> {
    const title = this.reading.title as string;
    const all = await this.data.roles.list('heldIn', null).load(place.id);
    const fits = (role: RoleRow) => {
      const folded = foldName(postTitle(role.title));
      return folded === title || folded.startsWith(`${title} `);
    };
    const roles = all.filter((role) => fits(role) && this.seatCounts(role));
    const names = await this.names(roles.map((role) => role.personId));
    const sorted = this.sortRoles(roles, names);
    const list = await this.seatList(sorted, { place: false, behalf: true });
    const shown = all.find(fits)?.title ?? this.reading.titleDisplay ?? title;
    const when = this.when();
    return {
      interpretation: this.say(
        `Hvem er ${shown} i ${place.name}, ${when}`,
        `Who is ${shown} in ${place.name}, ${when}`,
      ),
      text:
        list.length === 0
          ? this.say(
              `Jeg finner ingen ${shown} i ${place.name} ${when}.`,
              `I find no ${shown} in ${place.name} ${when}.`,
            )
          : this.say(`${listed(list, 'NB')} ${when}.`, `${listed(list, 'EN')} ${when}.`).replace(/^./, (c) =>
              c.toUpperCase(),
            ),
      entities: await this.entities(sorted.map((role) => role.personId)),
      roles: sorted,
    };
  }

  async seatsOf(person: NamedEntity): Promise<Parts> {
    const all = await this.data.roles.list('ofPerson', null).load(person.id);
    const roles = all.filter((role) => this.seatCounts(role));
    const names = await this.names(roles.flatMap((role) => [role.heldInId, role.onBehalfOfId]));
    const sorted = [...roles].sort(
      (a, b) =>
        compareNames(names.get(a.heldInId ?? '') ?? '', names.get(b.heldInId ?? '') ?? '') ||
        compareNames(a.title, b.title),
    );
    const seats = sorted.map((role) => {
      const { words, note } = this.seatWords(role, names, { place: true, behalf: true });
      return note ? `${words} (${note})` : words;
    });
    const when = this.when();
    return {
      interpretation: this.say(
        `Hvilke verv har ${person.name}, ${when}`,
        `Which seats does ${person.name} hold, ${when}`,
      ),
      text:
        seats.length === 0
          ? this.say(`Jeg finner ingen verv for ${person.name} ${when}.`, `I find no seats of ${person.name} ${when}.`)
          : this.say(
              `${person.name} har ${when}: ${listed(seats, 'NB')}.`,
              `${person.name} holds ${when}: ${listed(seats, 'EN')}.`,
            ),
      entities: await this.entities(roles.map((role) => role.heldInId).filter((id): id is string => id !== null)),
      roles: sorted,
    };
  }

  async members(body: NamedEntity): Promise<Parts> {
    const kind = this.reading.kind;
    this.dated = this.reading.time.kind !== 'none' && this.reading.time.kind !== 'now';
    const relations =
      kind === 'PERSON'
        ? []
        : (await this.relations(body.id)).filter(
            (relation) => relation.type === 'MEMBER_OF' && relation.toId === body.id,
          );
    const all = kind !== null && kind !== 'PERSON' ? [] : await this.data.roles.list('heldIn', null).load(body.id);
    this.dated = true;
    const roles = all.filter((role) => this.seatCounts(role));
    const names = await this.names(roles.map((role) => role.personId));
    const sorted = this.sortRoles(roles, names);
    const members = (await this.entities(relations.map((relation) => relation.fromId))).filter(
      (entity) => kind === null || entity.kind === kind,
    );
    const people = await this.seatList(sorted, { place: false, behalf: true });
    const all2 = [...members.map((entity) => entity.name), ...people];
    const when = this.when();
    return {
      interpretation: this.say(
        `Hvem er medlemmer av ${body.name}, ${when}`,
        `Who are the members of ${body.name}, ${when}`,
      ),
      text:
        all2.length === 0
          ? this.say(
              `Jeg finner ingen medlemmer av ${body.name} ${when}.`,
              `I find no members of ${body.name} ${when}.`,
            )
          : this.say(
              `Medlemmer av ${body.name} ${when}: ${listed(all2, 'NB')}.`,
              `Members of ${body.name} ${when}: ${listed(all2, 'EN')}.`,
            ),
      entities: [...members, ...(await this.entities(sorted.map((role) => role.personId)))],
      roles: sorted,
      count: members.length + new Set(sorted.map((role) => role.personId)).size,
      citationIds: relations
        .filter((relation) => members.some((m) => m.id === relation.fromId))
        .flatMap((relation) => relation.citationIds),
    };
  }

  async memberOf(entity: NamedEntity): Promise<Parts> {
    const relations = (await this.relations(entity.id)).filter(
      (relation) => relation.type === 'MEMBER_OF' && relation.fromId === entity.id,
    );
    const roles =
      entity.kind === 'PERSON'
        ? (await this.data.roles.list('ofPerson', null).load(entity.id)).filter(
            (role) => this.seatCounts(role) && role.heldInId !== null,
          )
        : [];
    const bodies = await this.entities([
      ...relations.map((relation) => relation.toId),
      ...roles.map((role) => role.heldInId as string),
    ]);
    if (entity.kind !== 'PERSON') this.dated = this.reading.time.kind !== 'none' && this.reading.time.kind !== 'now';
    const when = this.when();
    const names = bodies.map((body) => body.name);
    return {
      interpretation: this.say(
        `Hva er ${entity.name} medlem av, ${when}`,
        `What is ${entity.name} a member of, ${when}`,
      ),
      text:
        names.length === 0
          ? this.say(
              `Jeg finner ikke at ${entity.name} er medlem av noe ${when}.`,
              `I find nothing ${entity.name} is a member of ${when}.`,
            )
          : this.say(
              `${entity.name} er medlem av ${listed(names, 'NB')} ${when}.`,
              `${entity.name} is a member of ${listed(names, 'EN')} ${when}.`,
            ),
      entities: bodies,
      roles,
      citationIds: relations.flatMap((relation) => relation.citationIds),
    };
  }

  async participants(project: NamedEntity): Promise<Parts> {
    const kind = this.reading.kind;
    this.dated = this.reading.time.kind !== 'none' && this.reading.time.kind !== 'now';
    const relations = (await this.relations(project.id)).filter(
      (relation) => relation.type === 'PARTICIPATES_IN' && relation.toId === project.id,
    );
    const takers = (await this.entities(relations.map((relation) => relation.fromId))).filter(
      (entity) => kind === null || entity.kind === kind,
    );
    const what =
      kind === 'MUNICIPALITY' ? this.say('Hvilke kommuner', 'Which municipalities') : this.say('Hvem', 'Who');
    const when = this.when();
    const names = takers.map((entity) => entity.name);
    return {
      interpretation: this.say(
        `${what} deltar i ${project.name}, ${when}`,
        `${what} take part in ${project.name}, ${when}`,
      ),
      text:
        names.length === 0
          ? this.say(
              `Jeg finner ingen ${kind === 'MUNICIPALITY' ? 'kommuner' : ''} som deltar i ${project.name} ${when}.`.replace(
                '  ',
                ' ',
              ),
              `I find no ${kind === 'MUNICIPALITY' ? 'municipalities' : 'one'} taking part in ${project.name} ${when}.`,
            )
          : this.say(
              `${listed(names, 'NB')} deltar i ${project.name} ${when}.`,
              `${listed(names, 'EN')} take part in ${project.name} ${when}.`,
            ),
      entities: takers,
      count: takers.length,
      citationIds: relations
        .filter((relation) => takers.some((t) => t.id === relation.fromId))
        .flatMap((relation) => relation.citationIds),
    };
  }

  async universities(entity: NamedEntity): Promise<Parts> {
    this.dated = this.reading.time.kind !== 'none' && this.reading.time.kind !== 'now';
    const relations = await this.relations(entity.id);
    const ends = await this.entities(
      relations.map((relation) => (relation.fromId === entity.id ? relation.toId : relation.fromId)),
    );
    const universities = ends.filter((end) => end.kind === 'UNIVERSITY');
    const used = relations.filter((relation) =>
      universities.some((u) => u.id === relation.fromId || u.id === relation.toId),
    );
    const when = this.when();
    const names = universities.map((u) => u.name);
    return {
      interpretation: this.say(
        `Hvilke universiteter og høgskoler samarbeider med ${entity.name}, ${when}`,
        `Which universities and colleges work with ${entity.name}, ${when}`,
      ),
      text:
        names.length === 0
          ? this.say(
              `Jeg finner ingen universiteter eller høgskoler som samarbeider med ${entity.name} ${when}.`,
              `I find no universities or colleges working with ${entity.name} ${when}.`,
            )
          : this.say(
              `${listed(names, 'NB')} samarbeider med ${entity.name} ${when}.`,
              `${listed(names, 'EN')} work with ${entity.name} ${when}.`,
            ),
      entities: universities,
      count: universities.length,
      citationIds: used.flatMap((relation) => relation.citationIds),
    };
  }

  async funding(subject: NamedEntity | null): Promise<Parts> {
    const { shape, time } = this.reading;
    const year = time.kind === 'period' ? time.year : null;
    this.dated = false;
    const filter = {
      year,
      funder: shape === 'FUNDING_GIVEN' && subject ? subject.id : null,
      recipient: shape === 'FUNDING_RECEIVED' && subject ? subject.id : null,
    };
    const level = defaultFundingLevel(null, filter.recipient);
    const { page, total, totalNok } = await this.data.reports.grants(filter, 'AMOUNT_DESC', 0, 1000, level);
    const grantRelations = await this.data.relations.ofEntity(null).loadMany(page.map((grant) => grant.id));
    const funderRelations = grantRelations
      .flatMap((rows) => (rows instanceof Error ? [] : rows))
      .filter((relation) => relation.type === 'GRANTED_BY' || relation.type === 'GRANTED_TO');
    const funders = await this.entities(
      funderRelations.filter((relation) => relation.type === 'GRANTED_BY').map((relation) => relation.toId),
    );
    const withoutAmount = page.filter((grant) => grant.amountNok == null).length;
    const inYear = year === null ? '' : this.say(` i ${year}`, ` in ${year}`);
    const who = subject?.name ?? '';
    const interpretation =
      shape === 'FUNDING_GIVEN'
        ? this.say(`Hvor mye ga ${who}${inYear}`, `How much did ${who} give${inYear}`)
        : shape === 'FUNDING_RECEIVED'
          ? this.say(
              `Hvor mye fikk ${who}${inYear}, og fra hvem`,
              `How much did ${who} receive${inYear}, and from whom`,
            )
          : this.say(`Hvor mye ble bevilget${inYear}`, `How much was granted${inYear}`);
    const from =
      funders.length === 0
        ? ''
        : this.say(
            ` fra ${listed(
              funders.map((f) => f.name),
              'NB',
            )}`,
            ` from ${listed(
              funders.map((f) => f.name),
              'EN',
            )}`,
          );
    const note =
      withoutAmount === 0
        ? ''
        : this.say(
            ` ${withoutAmount} av tilskuddene har ikke oppgitt beløp.`,
            ` ${withoutAmount} of the grants state no amount.`,
          );
    const grants = this.say(
      total === 1 ? '1 tilskudd' : `${total} tilskudd`,
      total === 1 ? '1 grant' : `${total} grants`,
    );
    const amount = kroner(totalNok, this.language);
    const text =
      total === 0
        ? this.say(
            `Jeg finner ingen tilskudd${who ? ` ${shape === 'FUNDING_GIVEN' ? 'fra' : 'til'} ${who}` : ''}${inYear}.`,
            `I find no grants${who ? ` ${shape === 'FUNDING_GIVEN' ? 'from' : 'to'} ${who}` : ''}${inYear}.`,
          )
        : shape === 'FUNDING_GIVEN'
          ? this.say(
              `${who} ga ${amount}${inYear} (${grants}).${note}`,
              `${who} gave ${amount}${inYear} (${grants}).${note}`,
            )
          : shape === 'FUNDING_RECEIVED'
            ? this.say(
                `${who} fikk ${amount}${inYear}${from} (${grants}).${note}`,
                `${who} received ${amount}${inYear}${from} (${grants}).${note}`,
              )
            : this.say(
                `Det ble bevilget ${amount}${inYear} (${grants}).${note}`,
                `${amount} was granted${inYear} (${grants}).${note}`,
              );
    return {
      interpretation,
      text,
      entities: shape === 'FUNDING_RECEIVED' ? [...funders, ...page] : [...page],
      amountNok: total === 0 ? null : totalNok,
      count: total,
      citationIds: [
        ...page.flatMap((grant) => grant.citationIds),
        ...funderRelations.flatMap((relation) => relation.citationIds),
      ],
    };
  }

  async attendance(subject: NamedEntity): Promise<Parts> {
    let meeting: EntityRow | null = null;
    const { time, absent } = this.reading;
    if (subject.kind === 'MEETING') meeting = await this.data.entities.byId.load(subject.id);
    else if (time.kind === 'day') {
      const held = (await this.data.relations.ofEntity(null).load(subject.id)).filter(
        (relation) => relation.type === 'MEETING_OF' && relation.toId === subject.id,
      );
      meeting =
        (await this.entities(held.map((relation) => relation.fromId))).find((row) => row.date === time.day) ?? null;
    }
    this.dated = false;
    if (meeting === null) {
      const on = time.kind === 'day' ? dayInWords(time.day, this.language) : '';
      return {
        interpretation: this.say(`Hvem møtte i ${subject.name} ${on}`, `Who attended ${subject.name} on ${on}`),
        text: this.say(
          `Jeg finner ikke noe møte i ${subject.name} ${on}.`,
          `I find no meeting of ${subject.name} on ${on}.`,
        ),
      };
    }
    const attended = (await this.data.relations.ofEntity(null).load(meeting.id)).filter(
      (relation) =>
        relation.type === 'ATTENDED' && relation.toId === meeting.id && (relation.attendance === 'ABSENT') === absent,
    );
    const people = await this.entities(attended.map((relation) => relation.fromId));
    const names = people.map((person) => person.name);
    const question = absent
      ? this.say(`Hvem var ikke til stede på ${meeting.name}`, `Who was absent from ${meeting.name}`)
      : this.say(`Hvem møtte på ${meeting.name}`, `Who attended ${meeting.name}`);
    return {
      interpretation: question,
      text:
        names.length === 0
          ? absent
            ? this.say(
                `Kildene nevner ingen som var borte fra ${meeting.name}.`,
                `The sources name nobody absent from ${meeting.name}.`,
              )
            : this.say(
                `Kildene nevner ingen som møtte på ${meeting.name}.`,
                `The sources name nobody attending ${meeting.name}.`,
              )
          : absent
            ? this.say(
                `Ikke til stede på ${meeting.name}: ${listed(names, 'NB')}.`,
                `Absent from ${meeting.name}: ${listed(names, 'EN')}.`,
              )
            : this.say(
                `På ${meeting.name} møtte ${listed(names, 'NB')}.`,
                `${listed(names, 'EN')} attended ${meeting.name}.`,
              ),
      entities: people,
      count: people.length,
      date: meeting.date ?? null,
      citationIds: attended.flatMap((relation) => relation.citationIds),
    };
  }

  async duties(person: NamedEntity): Promise<Parts> {
    const roles = await this.data.roles.list('dutiesOfPerson', null).load(person.id);
    this.dated = false;
    const cases = await this.entities(roles.map((role) => role.heldInId).filter((id): id is string => id !== null));
    const names = cases.map((c) => c.name);
    return {
      interpretation: this.say(
        `Hvilke saker hadde ${person.name} ansvar for`,
        `Which cases did ${person.name} answer for`,
      ),
      text:
        names.length === 0
          ? this.say(
              `Jeg finner ingen saker ${person.name} hadde ansvar for.`,
              `I find no cases ${person.name} answered for.`,
            )
          : this.say(
              `${person.name} hadde ansvar for ${listed(names, 'NB')}.`,
              `${person.name} answered for ${listed(names, 'EN')}.`,
            ),
      entities: cases,
      roles,
      count: cases.length,
    };
  }

  async samePerson(a: NamedEntity, b: NamedEntity): Promise<Parts | null> {
    if (a.kind !== 'PERSON' || b.kind !== 'PERSON') return null;
    this.dated = false;
    const same = a.id === b.id;
    const rows = await this.entities([a.id, b.id]);
    return {
      interpretation: this.say(
        `Er «${a.name}» og «${b.name}» samme person`,
        `Are "${a.name}" and "${b.name}" the same person`,
      ),
      text: same
        ? this.say(
            `Ja: begge navnene er ${a.name} i grafen (${listed([a.name, ...a.aliases], 'NB')}).`,
            `Yes: both names are ${a.name} in the graph (${listed([a.name, ...a.aliases], 'EN')}).`,
          )
        : this.say(
            `Nei: ${a.name} og ${b.name} er to personer i grafen.`,
            `No: ${a.name} and ${b.name} are two people in the graph.`,
          ),
      entities: rows,
      yes: same,
      citationIds: rows.flatMap((row) => row.citationIds),
    };
  }

  async connection(a: NamedEntity, b: NamedEntity): Promise<Parts> {
    this.dated = false;
    const rows = await this.data.network.paths({ from: a.id, to: b.id, hops: 3, kinds: [...NETWORK_KINDS], first: 5 });
    // The shortest path, and among as short ones the first by the ids it passes: engines list paths in no set order.
    const paths = rows
      .map((row) => foldPath(row.nodes, row.relationships))
      .sort((x, y) => x.links.length - y.links.length || x.entityIds.join(' ').localeCompare(y.entityIds.join(' ')));
    const path = paths[0];
    if (!path) {
      return {
        interpretation: this.say(
          `Hvordan henger ${a.name} sammen med ${b.name}`,
          `How is ${a.name} connected to ${b.name}`,
        ),
        text: this.say(
          `Jeg finner ingen forbindelse mellom ${a.name} og ${b.name} innen tre ledd.`,
          `I find no connection between ${a.name} and ${b.name} within three links.`,
        ),
      };
    }
    const names = await this.names(path.entityIds);
    const steps = path.entityIds.map((id) => names.get(id) ?? id);
    // Each link in its own direction: "Frøya — medlem av → regionrådet ← medlem av — Hitra".
    const chain = steps
      .map((name, index) => {
        if (index === 0) return name;
        const link = path.links[index - 1];
        // A fact's own type in words; a seat by its title (the label); attendance by its type, not the list's "x".
        const words = relationWords(link?.type ?? '', this.language) ?? link?.label ?? link?.type ?? '';
        return link?.toId === path.entityIds[index] ? ` — ${words} → ${name}` : ` ← ${words} — ${name}`;
      })
      .join('');
    const rowsById = await this.entities(path.entityIds);
    const ordered = path.entityIds
      .map((id) => rowsById.find((row) => row.id === id))
      .filter((row): row is EntityRow => row !== undefined);
    return {
      interpretation: this.say(
        `Hvordan henger ${a.name} sammen med ${b.name}`,
        `How is ${a.name} connected to ${b.name}`,
      ),
      text: this.say(
        `${a.name} og ${b.name} henger sammen slik: ${chain}.`,
        `${a.name} and ${b.name} are connected like this: ${chain}.`,
      ),
      entities: ordered,
      count: path.links.length,
      citationIds: path.links.flatMap((link) => link.citationIds),
    };
  }

  async count(subject: NamedEntity | null): Promise<Parts> {
    const kind = this.reading.kind as EntityKindValue;
    const kindName = KIND_NAMES[kind];
    if (subject === null) {
      this.dated = false;
      const total = await this.data.entities.count([kind]);
      return {
        interpretation: this.say(
          `Hvor mange ${kindName.nb} er det i grafen`,
          `How many ${kindName.en} are in the graph`,
        ),
        text: this.say(`Grafen har ${total} ${kindName.nb}.`, `The graph has ${total} ${kindName.en}.`),
        count: total,
      };
    }
    if (kind === 'PERSON') {
      const roles = (await this.data.roles.list('heldIn', null).load(subject.id)).filter((role) =>
        this.seatCounts(role),
      );
      const people = await this.entities(roles.map((role) => role.personId));
      const when = this.when();
      return {
        interpretation: this.say(
          `Hvor mange personer har verv i ${subject.name}, ${when}`,
          `How many people hold seats in ${subject.name}, ${when}`,
        ),
        text: this.say(
          `${people.length} personer har verv i ${subject.name} ${when}.`,
          `${people.length} people hold seats in ${subject.name} ${when}.`,
        ),
        entities: people,
        roles,
        count: people.length,
      };
    }
    this.dated = this.reading.time.kind !== 'none' && this.reading.time.kind !== 'now';
    const type =
      kind === 'MEETING' ? 'MEETING_OF' : kind === 'MUNICIPALITY' || kind === 'ORGANIZATION' ? 'MEMBER_OF' : null;
    const relations = (await this.relations(subject.id)).filter(
      (relation) => type === null || (relation.type === type && relation.toId === subject.id),
    );
    const ends = (
      await this.entities(
        relations.map((relation) => (relation.fromId === subject.id ? relation.toId : relation.fromId)),
      )
    ).filter((end) => end.kind === kind);
    const used = relations.filter((relation) =>
      ends.some((end) => end.id === relation.fromId || end.id === relation.toId),
    );
    const when = this.when();
    const verb =
      kind === 'MEETING'
        ? this.say('holdt av', 'held by')
        : type === 'MEMBER_OF'
          ? this.say('er medlem av', 'are members of')
          : this.say('er knyttet til', 'are linked to');
    return {
      interpretation: this.say(
        `Hvor mange ${kindName.nb} ${verb} ${subject.name}, ${when}`,
        `How many ${kindName.en} ${verb} ${subject.name}, ${when}`,
      ),
      text: this.say(
        `${ends.length} ${kindName.nb} ${verb} ${subject.name} ${when}: ${listed(
          ends.map((end) => end.name),
          'NB',
        )}.`,
        `${ends.length} ${kindName.en} ${verb} ${subject.name} ${when}: ${listed(
          ends.map((end) => end.name),
          'EN',
        )}.`,
      ).replace(/ : \.$|: \.$/, '.'),
      entities: ends,
      count: ends.length,
      citationIds: used.flatMap((relation) => relation.citationIds),
    };
  }

  /**
   * A body's meetings, oldest first, each with its day (in the year, month or before the day the question names);
   * the MEETING_OF facts are the citations.
   */
  async meetingsOf(body: NamedEntity): Promise<Parts> {
    const { time } = this.reading;
    this.dated = time.kind === 'period' || time.kind === 'before' || time.kind === 'day';
    const inTime = (date: string | null) => {
      if (time.kind === 'period') return date !== null && date >= time.from && date <= time.to;
      if (time.kind === 'before') return date !== null && date < this.day;
      if (time.kind === 'day') return date === time.day;
      return true;
    };
    const relations = (await this.relations(body.id)).filter(
      (relation) => relation.type === 'MEETING_OF' && relation.toId === body.id,
    );
    const meetings = (await this.entities(relations.map((relation) => relation.fromId)))
      .filter((meeting) => meeting.kind === 'MEETING' && inTime(meeting.date ?? null))
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.name.localeCompare(b.name, 'nb'));
    const days = (language: Language) =>
      meetings.map((meeting) => (meeting.date ? dayInWords(meeting.date, language) : meeting.name));
    const when = this.dated ? ` ${this.when()}` : '';
    return {
      interpretation: this.say(`Når møttes ${body.name}${when}`, `When did ${body.name} meet${when}`),
      text:
        meetings.length === 0
          ? this.say(
              `Jeg finner ingen møter i ${body.name}${when} i kildene.`,
              `I find no meetings of ${body.name}${when} in the sources.`,
            )
          : this.say(
              `${body.name} møttes ${listed(days('NB'), 'NB')}.`,
              `${body.name} met on ${listed(days('EN'), 'EN')}.`,
            ),
      entities: meetings,
      count: meetings.length,
      date: meetings.length === 1 ? (meetings[0]?.date ?? null) : null,
      citationIds: relations
        .filter((relation) => meetings.some((meeting) => meeting.id === relation.fromId))
        .flatMap((relation) => relation.citationIds),
    };
  }

  async whenOf(subject: NamedEntity): Promise<Parts> {
    this.dated = false;
    const { edge, title } = this.reading;
    const ending = edge === 'END';
    if (subject.kind === 'PERSON') {
      const roles = (await this.data.roles.list('ofPerson', null).load(subject.id)).filter(
        (role) => title === null || foldName(postTitle(role.title)).startsWith(title),
      );
      const role = roles[0];
      const date = role ? (ending ? (role.end ?? null) : (role.start ?? null)) : null;
      const what = role ? `${role.title}` : (title ?? '');
      return {
        interpretation: this.say(
          `Når ${ending ? 'sluttet' : 'ble'} ${subject.name} ${what}`,
          `When did ${subject.name} ${ending ? 'stop being' : 'become'} ${what}`,
        ),
        text:
          date === null
            ? this.say(
                `Kildene oppgir ikke når ${subject.name} ${ending ? 'sluttet som' : 'ble'} ${what}${role?.firstObserved ? `; første kilde er fra ${dayInWords(role.firstObserved, 'NB')}` : ''}.`,
                `The sources do not say when ${subject.name} ${ending ? 'stopped being' : 'became'} ${what}${role?.firstObserved ? `; the first source speaks for ${dayInWords(role.firstObserved, 'EN')}` : ''}.`,
              )
            : this.say(
                `${subject.name} ${ending ? 'sluttet som' : 'ble'} ${what} ${dayInWords(date, 'NB')}.`,
                `${subject.name} ${ending ? 'stopped being' : 'became'} ${what} on ${dayInWords(date, 'EN')}.`,
              ),
        roles: role ? [role] : [],
        date,
      };
    }
    const row = await this.data.entities.byId.load(subject.id);
    if (row === null) return { interpretation: subject.name, text: subject.name };
    const date = (row.kind === 'MEETING' || row.kind === 'EVENT' ? row.date : ending ? row.end : row.start) ?? null;
    const verbNb =
      row.kind === 'MEETING' ? 'ble holdt' : row.kind === 'EVENT' ? 'skjedde' : ending ? 'sluttet' : 'startet';
    const verbEn = row.kind === 'MEETING' ? 'was held' : row.kind === 'EVENT' ? 'happened' : ending ? 'end' : 'start';
    return {
      interpretation: this.say(
        `Når ${verbNb} ${row.name}`,
        `When ${row.kind === 'MEETING' || row.kind === 'EVENT' ? verbEn : `did ${row.name} ${verbEn}`}${row.kind === 'MEETING' || row.kind === 'EVENT' ? ` ${row.name}` : ''}`,
      ),
      text:
        date === null
          ? this.say(
              `Kildene oppgir ikke når ${row.name} ${verbNb}.`,
              `The sources do not say when ${row.name} ${row.kind === 'MEETING' || row.kind === 'EVENT' ? verbEn : `did ${verbEn}`}.`,
            )
          : this.say(
              `${row.name} ${verbNb} ${dayInWords(date, 'NB')}.`,
              `${row.name} ${row.kind === 'MEETING' || row.kind === 'EVENT' ? verbEn : `${verbEn}ed`} on ${dayInWords(date, 'EN')}.`,
            ),
      entities: [row],
      date,
      citationIds: row.citationIds,
    };
  }
}

const KIND_NAMES: Record<EntityKindValue, { nb: string; en: string }> = {
  MUNICIPALITY: { nb: 'kommuner', en: 'municipalities' },
  PERSON: { nb: 'personer', en: 'people' },
  ORGANIZATION: { nb: 'organisasjoner', en: 'organisations' },
  PROJECT: { nb: 'prosjekter', en: 'projects' },
  UNIVERSITY: { nb: 'universiteter og høgskoler', en: 'universities and colleges' },
  FUNDER: { nb: 'finansiører', en: 'funders' },
  GRANT: { nb: 'tilskudd', en: 'grants' },
  MEETING: { nb: 'møter', en: 'meetings' },
  CASE: { nb: 'saker', en: 'cases' },
  EVENT: { nb: 'hendelser', en: 'events' },
  FIGURE: { nb: 'nøkkeltall', en: 'key figures' },
  DOCUMENT: { nb: 'dokumenter', en: 'documents' },
};
