import { describe, expect, it } from 'vitest';
import { answerPage, looksLikeQuestion } from '../../client/src/lib/ask';

const FROYA = { id: 'municipality:froya', name: 'Frøya', kind: 'MUNICIPALITY' };
const COUNCIL = { id: 'org:ipr-trondelag-sorvest', name: 'IPR', kind: 'ORGANIZATION' };
const HARMONI = { id: 'project:harmoni', name: 'HARMONI', kind: 'PROJECT' };

describe('the header search asks the server', () => {
  it('a question that starts with a question word, or ends with a question mark', () => {
    expect(looksLikeQuestion('Hvem representerer Frøya i regionrådet')).toBe(true);
    expect(looksLikeQuestion('how much did HARMONI receive')).toBe(true);
    expect(looksLikeQuestion('er Beate og Beathe samme person?')).toBe(true);
  });
  it('not a name, a title and a place, or a lone question word', () => {
    expect(looksLikeQuestion('Frøya')).toBe(false);
    expect(looksLikeQuestion('ordfører hitra')).toBe(false);
    expect(looksLikeQuestion('hvem')).toBe(false);
    expect(looksLikeQuestion('hvem?')).toBe(false);
  });
});

describe("an answer's page shows the same thing", () => {
  it('a representation question opens the representation table on its day, filtered', () => {
    expect(answerPage({ shape: 'REPRESENTATIVES', asOf: '2022-06-01', about: [FROYA, COUNCIL] })?.path).toBe(
      '/representasjon?dato=2022-06-01&kommune=Fr%C3%B8ya&organ=org%3Aipr-trondelag-sorvest',
    );
  });
  it('a funding question opens the funding report for the recipient and year', () => {
    expect(answerPage({ shape: 'FUNDING_RECEIVED', periodStart: '2024-01-01', about: [HARMONI] })?.path).toBe(
      '/rapporter/finansiering?gruppering=FUNDER&mottaker=project%3Aharmoni&aar=2024',
    );
    expect(answerPage({ shape: 'FUNDING_IN_YEAR', periodStart: '2024-01-01', about: [] })?.path).toBe(
      '/rapporter/finansiering?gruppering=FUNDER&aar=2024',
    );
  });
  it('a connection opens the connection page; other shapes the page of what they ask about', () => {
    expect(answerPage({ shape: 'CONNECTION', about: [FROYA, HARMONI] })?.path).toBe(
      '/forbindelse?fra=municipality%3Afroya&til=project%3Aharmoni',
    );
    expect(answerPage({ shape: 'MEMBERS', about: [COUNCIL] })).toEqual({
      page: 'entity',
      path: '/entity/org:ipr-trondelag-sorvest',
      name: 'IPR',
    });
    expect(answerPage({ shape: 'COUNT', about: [] })).toBeNull();
  });
});
