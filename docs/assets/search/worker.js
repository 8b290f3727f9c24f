// The site's search worker: Material's own worker (imported below, its name written in by the
// build) with this site's language rules put into its lunr. The build ships this file
// fingerprinted beside Material's worker, so Material's "../lunr/min/" scripts resolve.
//
// - Both editions fold the Kazakh letters people type as Russian look-alikes (қ→к, ә→а, ө→о,
//   ү/ұ→у, і→и, ғ→г, ң→н, һ→х) and ё→е, in the index and in the query alike.
// - Russian: Snowball Russian (lunr.ru's stemmer) on the index and on every query term.
// - Kazakh: the index keeps whole (folded) words; a query term loses its case, plural and
//   possessive endings and matches as a prefix, so "облысының" finds "облыс", "облысы", … and
//   a wrong guess only widens the match, never loses one.
// Material puts a trailing wildcard on every query term, and lunr skips its pipeline for such
// terms, so the query side is applied where lunr's parser builds each clause.
let edition = "kk";
// Each query word as the index looks it up (folded, stemmed) → as the visitor typed it (in lower
// case, as lunr's parser gives it). Material labels a result with the words it lacks by the
// looked-up form («костанай» for «қостанай»); the results are sent back with the typed ones.
const typed = new Map();
// Registered before Material's listener: the setup message says which edition this index is.
addEventListener("message", (event) => {
  if (event.data && event.data.type === 0 && event.data.data.config.edition) edition = event.data.data.config.edition;
  if (event.data && event.data.type === 2) typed.clear();
});
const send = self.postMessage.bind(self);
const asTyped = (terms) => Object.fromEntries(Object.entries(terms).map(([term, found]) => [typed.get(term) ?? term, found]));
// Lunr scores a page that lacks a word of the query by the others alone, so a page saying one
// word often («Отсутствует: дубликат») came above the pages saying both. A page (a group of
// results) is ranked by the fewest words any of its results lacks, then by Material's order.
const lacking = (results) => Math.min(...results.map((r) => Object.values(r.terms || {}).filter((found) => !found).length));
const allWordsFirst = (groups) =>
  groups
    .map((results, order) => ({ results, order, lacks: lacking(results) }))
    .sort((a, b) => a.lacks - b.lacks || a.order - b.order)
    .map((group) => group.results);
// Material names a word a result lacks only inside that result, under its text, and names none
// when nothing is found: the page (site.js) says under the count line which words no page has
// (review9 K9). Material's page script owns this worker's messages, so the words go by a channel
// of their own, with the edition and the query's words for the page to know its own answer.
const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel("site-search-missing") : null;
// Words no result has; with results, only those Material marks missing somewhere (it leaves
// out the stop words of lunr's filter), as typed.
const missingWords = (groups) => {
  const results = groups.flat();
  const has = (word, found) => results.some((r) => r.terms?.[word] === found);
  return [...new Set(typed.values())].filter((word) => !has(word, true) && (!results.length || has(word, false)));
};
self.postMessage = (message) => {
  if (message && message.type === 3 && message.data && Array.isArray(message.data.items)) {
    message.data.items = allWordsFirst(message.data.items);
    for (const results of message.data.items) for (const result of results) if (result.terms) result.terms = asTyped(result.terms);
    channel?.postMessage({ edition, words: [...typed.values()], missing: missingWords(message.data.items) });
  }
  send(message);
};

importScripts(MATERIAL_WORKER);

(() => {
  const lunr = self.lunr;
  const LETTERS = { қ: "к", ә: "а", ө: "о", ү: "у", ұ: "у", і: "и", ғ: "г", ң: "н", һ: "х", ё: "е" };
  const fold = (text) => text.replace(/[қәөүұіғңһё]/g, (c) => LETTERS[c]);

  // Kazakh endings, folded: case, possessive, plural and the adjective -ғы/-гі, with the
  // possessive + case pairs (-сын, -сына, …). Up to three are taken off the end, longest first;
  // a single letter only once and only from a word that keeps four letters.
  const ENDINGS = `
    лары лери дары дери тары тери сына сине сында синде сынан синен сынын синин менен нын нин дын дин тын тин нан
    нен дан ден тан тен нда нде мен бен пен мыз миз ныз низ лар лер дар дер тар тер сын син гы ги кы ки га ге ка
    ке на не да де та те ны ни ды ди ты ти сы си ым им ын ин ы и а е н м
  `
    .split(/\s+/)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const kazakhStem = (word) => {
    let single = false;
    for (let pass = 0; pass < 3; pass++) {
      const ending = ENDINGS.find((e) => word.endsWith(e) && (e.length > 1 ? word.length - e.length >= 3 : !single && word.length > 4));
      if (!ending) break;
      single ||= ending.length === 1;
      word = word.slice(0, -ending.length);
    }
    return word;
  };
  const russianStem = (word) => lunr.ru.stemmer(new lunr.Token(word)).toString();

  const indexWord = (token) => {
    token.update((text) => fold(text));
    return edition === "ru" ? lunr.ru.stemmer(token) : token;
  };
  const queryWord = (text) => {
    const folded = fold(text.toLowerCase());
    return edition === "ru" ? russianStem(folded) : kazakhStem(folded);
  };
  lunr.Pipeline.registerFunction(indexWord, "siteIndexWord");

  // Material empties the pipeline ("pipeline": [] in the index config) after choosing the
  // language; ours goes in when the index names its reference field, before any document.
  const ref = lunr.Builder.prototype.ref;
  lunr.Builder.prototype.ref = function (name) {
    this.pipeline.reset();
    this.pipeline.add(indexWord);
    this.searchPipeline.reset();
    this.searchPipeline.add(indexWord);
    return ref.call(this, name);
  };

  // Wildcard terms skip the pipeline: normalize them here, keeping the wildcards.
  const clause = lunr.Query.prototype.clause;
  lunr.Query.prototype.clause = function (spec) {
    if (spec.usePipeline === false && typeof spec.term === "string") {
      spec.term = spec.term.replace(/[^*]+/, (word) => {
        const looked = queryWord(word);
        typed.set(looked, word);
        return looked;
      });
    }
    return clause.call(this, spec);
  };
})();
