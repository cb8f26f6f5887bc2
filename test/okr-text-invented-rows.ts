/**
 * Invented rows shared by text-path tests that build a measure-first table: twelve key results of
 * two lines each, twice over (two divisions of twelve rows: a reading's confidence is judged over
 * twenty rows or more), and the names around them. No word is a fixture's.
 */
export const KEY_RESULTS = [
  ["Neuvonnan jonot lyhenevät kahteen", "viikkoon kaikissa toimipisteissä."],
  ["Kotikäyntien määrä kasvaa viidellä", "prosentilla vuoden aikana."],
  ["Asiakaspalautteen keskiarvo nousee", "yli neljän koko alueella."],
  ["Digitaalinen ajanvaraus otetaan", "käyttöön kaikissa yksiköissä."],
  ["Yhteydenottoihin vastataan saman", "päivän aikana joka arkipäivä."],
  ["Palveluohjaajat koulutetaan uuteen", "toimintamalliin keväällä."],
  ["Odotusajat julkaistaan verkossa", "kuukausittain koko vuoden ajan."],
  ["Omatyöntekijä nimetään jokaiselle", "pitkäaikaiselle asiakkaalle."],
  ["Kirjaamisen laatu tarkistetaan", "otannalla kahdesti vuodessa."],
  ["Ryhmätoiminnan kävijämäärä kasvaa", "kymmenellä prosentilla."],
  ["Kuljetuspalvelun tilaukset käsitellään", "vuorokauden kuluessa."],
  ["Lähetteiden käsittelyaika lyhenee", "alle viiteen arkipäivään."],
];
export const ROWS = [...KEY_RESULTS, ...KEY_RESULTS];
export const OBJECTIVES = ["Palvelu paranee", "Ajat lyhenevät", "Laatu näkyy"];
export const AREAS = ["Neuvonta", "Kotihoito", "Asiointi"];
export const DIVISIONS = ["Arkipalvelut", "Terveyspalvelut"];
