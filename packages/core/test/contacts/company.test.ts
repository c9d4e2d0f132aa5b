import { companyKey, matchCompany } from '@sidedoor/core';
import fc from 'fast-check';

/** Whether the company key drops `word` after a name, in either form ("Qzx Srl" is Qzx). */
function dropped(word: string): boolean {
  const base = companyKey('qzx');
  const key = companyKey(`qzx ${word}`);
  return key.exact === base.exact || key.strong === base.strong;
}

describe('matchCompany', () => {
  test.each([
    ['Acme, Inc.', 'Acme'],
    ['ACME | We’re hiring!', 'acme'],
    ['Acmé S.A.', 'Acme'],
    ['acme inc', 'ACME'],
    ['Acme - the payments company', 'Acme'],
    ['Acme (acquired by Globex)', 'Acme'],
    ['AT&T', 'AT and T'],
    ['Northwind Traders, L.L.C.', 'Northwind Traders'],
    ['Müller GmbH', 'Muller'],
  ])('should match %j exactly to %j', (company, target) => {
    expect(matchCompany(company, target)).toBe('exact');
  });

  test.each([
    ['Acme Group', 'Acme'],
    ['Acme Holdings International', 'Acme'],
    ['acme.io', 'Acme'],
    ['Amazon.com', 'Amazon'],
    ['Pricewaterhouse Coopers', 'PricewaterhouseCoopers'],
    ['The Acme Company', 'Acme'],
  ])('should match %j strongly to %j', (company, target) => {
    expect(matchCompany(company, target)).toBe('strong');
  });

  test.each([
    ['Acme Robotics', 'Acme'],
    ['ACME Robotics | We’re hiring!', 'Acme'],
    ['Metabase', 'Meta'],
    ['Meta', 'Metabase'],
    ['Acme', 'Acme Robotics'],
    ['Globex', 'Acme'],
    ['', 'Acme'],
    ['Acme', ''],
    ['Self-employed', 'Acme'],
    ['=HYPERLINK("http://x","Acme")', 'Acme'],
    ['| We’re hiring', 'Acme'],
  ])('should not match %j to %j', (company, target) => {
    expect(matchCompany(company, target)).toBeNull();
  });

  test('should never match a name to a longer name that merely contains it', () => {
    const word = fc
      .stringMatching(/^[a-z]{3,10}$/)
      // A word the key drops after a name (a legal form such as "srl", a generic or web word) names
      // no other company: asked of companyKey itself, so the list cannot fall behind it.
      .filter((w) => !dropped(w) && !companyKey(w).exact.includes(' '));
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(matchCompany(`${a} ${b}`, a)).toBeNull();
        expect(matchCompany(a, `${a}${b}`)).toBeNull();
        expect(matchCompany(`${a}${b}`, a)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
