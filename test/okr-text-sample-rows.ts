/** A small invented OKR table for text-path heading tests: the usual header and four rows of five cells. */
export const SAMPLE_HEADER = "Toimiala Tulosalue Tavoite Avaintulos Avaintuloksen mittari";
export const SAMPLE_ROWS: readonly string[][] = [
  ["Ikäpalvelut", "Kotihoito", "Kotona asuminen tukee arkea", "Asiakkaista 80 % asuu kotona.", "82 %"],
  ["Ikäpalvelut", "Asuminen", "Asukkaat ovat tyytyväisiä", "Kysely tehdään kahdesti vuodessa.", "100 %"],
  ["Perheiden tuki", "Neuvola", "Perheet saavat tukea ajoissa", "Käynnit toteutuvat ohjelman mukaan.", "95 %"],
  ["Perheiden tuki", "Neuvola", "Perheet saavat tukea ajoissa", "Odotusaika lyhenee viikolla.", "70 %"],
];
