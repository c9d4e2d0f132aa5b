// The one question wooorm's `syllable` asks of `pluralize`, answered without pluralize's rules:
// see README.md.

/** Words of syllable's list (problematic.js) whose plural is the word and an "s". */
const PLUS_S =
  'abalone abare abbruzzese abed aborigine abruzzese acreage adame adobe anemone anyone aphrodite ' +
  'apostrophe ariadne cafe calliope catastrophe chile chloe circe coyote daphne epitome eurydice ' +
  'euterpe every everywhere forever gethsemane guacamole hermione hyperbole jukebox karate machete ' +
  'maybe naive newlywed penelope people persephone phoebe pulse queue recipe riverbed sesame ' +
  'shoreline simile syncope tamale waterbed wednesday yosemite zoe';
/** The other plurals pluralize makes singular into a word of that list. */
const OTHER = { everies: 'every', jukeboxes: 'jukebox', snuffleupaguses: 'snuffleupagus', wednesdaies: 'wednesday' };

/** @type {Map<string, string> | undefined} */
let singulars;

/**
 * `pluralize(word, 1)` as `syllable` uses it: the singular pluralize 8 gives `word` when that
 * singular is in syllable's list of words its rules count wrong, else `word` itself (which is then
 * not in that list either, so syllable counts it by its rules, as with pluralize).
 *
 * @param {string} word a lower-case word
 * @param {number} count only 1 (the singular) is answered
 * @returns {string}
 */
export default function pluralize(word, count) {
  if (count !== 1) throw new Error('@sidedoor/syllable-singulars answers only pluralize(word, 1), for syllable');
  if (singulars === undefined) {
    singulars = new Map(Object.entries(OTHER));
    for (const singular of PLUS_S.split(' ')) singulars.set(`${singular}s`, singular);
  }
  return singulars.get(word) ?? word;
}
