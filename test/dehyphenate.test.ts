import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decideLineEndHyphen, HyphenEvidence, joinCellLines, patternsAllowBreak, removeStaleInlineHyphens, type DehyphenContext } from "../src/reconstruct/dehyphenate.js";
import { loadRules } from "../src/rules/load.js";

const rules = loadRules().dehyphenation;
const ctx = (docLines: string[] = []): DehyphenContext => ({ rules, evidence: new HyphenEvidence(docLines) });
const join = (lines: string[], doc: string[] = []) => joinCellLines(lines, ctx(doc));

describe("wrap hyphens are removed", () => {
  it.each([
    [["Asiakas saa helposti yhteyden sekä ratkaisun ensi-", "kontaktissa"], "Asiakas saa helposti yhteyden sekä ratkaisun ensikontaktissa"],
    [["Konserni- ja tukipal-", "velut"], "Konserni- ja tukipalvelut"],
    [["Strategia- ja integ-", "raatio"], "Strategia- ja integraatio"],
    [["Palveluta-", "pahtumien"], "Palvelutapahtumien"],
    [["70 % henkilöstöstä on koulutettu yhteis-", "asiakkuuden toimintamalliin."], "70 % henkilöstöstä on koulutettu yhteisasiakkuuden toimintamalliin."],
    [["(+prosessi-", "louhinta)"], "(+prosessilouhinta)"],
    [["Oma-", "voima-mallilla"], "Omavoima-mallilla"],
    [["Ei vielä mi-", "tattavissa"], "Ei vielä mitattavissa"],
    [["toimialuei-", "den- ja tulosalueiden"], "toimialueiden- ja tulosalueiden"],
    [["HaiP-", "ro-imoitusten"], "HaiPro-imoitusten"],
  ])("%j → %s", (lines, expected) => expect(join(lines)).toBe(expected));
});

describe("hyphens of the text are kept", () => {
  it.each([
    // suspended compounds
    [["Konserni-", "ja tukipalvelut"], "Konserni- ja tukipalvelut"],
    [["Perhe-, sosiaali-", "ja vammaispalvelut"], "Perhe-, sosiaali- ja vammaispalvelut"],
    [["käyttäjä-", "tai asiakaskokemus"], "käyttäjä- tai asiakaskokemus"],
    [["Energiatehokkuus-", "ja PTS-suunnitelmat"], "Energiatehokkuus- ja PTS-suunnitelmat"],
    [["jatku-", "vuus- ja monialaista"], "jatkuvuus- ja monialaista"],
    // abbreviations and digits
    [["ICT-", "investointilistauksen."], "ICT-investointilistauksen."],
    [["(STM-", "suunnitelma,"], "(STM-suunnitelma,"],
    [["ATPJ-", "järjestelmissä"], "ATPJ-järjestelmissä"],
    [["ICT-koko-", "naisuus"], "ICT-kokonaisuus"],
    [["Q2-", "raportointi"], "Q2-raportointi"],
    // number ranges
    [["arkipäivinä klo 8-", "15 chatissa"], "arkipäivinä klo 8-15 chatissa"],
    [["vuosille 2025-", "2028"], "vuosille 2025-2028"],
    // same vowel at the seam
    [["ilmasto-", "ohjelma"], "ilmasto-ohjelma"],
    [["oikea-", "aikaisesti."], "oikea-aikaisesti."],
    [["oikea-ai-", "kaisesti."], "oikea-aikaisesti."],
    [["oi-", "kea-aikaisesti."], "oikea-aikaisesti."],
    [["meri-", "ilmasto"], "meri-ilmasto"],
    // proper-noun compounds and names with inner capitals
    [["Kanta-", "Hämeen"], "Kanta-Hämeen"],
    [["HaiPro-", "ilmoitukset"], "HaiPro-ilmoitukset"],
  ])("%j → %s", (lines, expected) => expect(join(lines)).toBe(expected));

  it("a conjunction that ends the cell or sentence follows no suspended hyphen", () => {
    expect(join(["otettu käyttöön lisääviä palvelumalle-", "ja."])).toBe("otettu käyttöön lisääviä palvelumalleja.");
    expect(join(["lisääviä palvelumalle-", "ja"])).toBe("lisääviä palvelumalleja");
  });

  it("a trailing space after the hyphen marks a suspended hyphen", () => {
    expect(join(["palvelu- ", "tuotanto"])).toBe("palvelu- tuotanto");
    expect(join(["palvelu-", "tuotanto"])).toBe("palvelutuotanto");
  });
});

describe("document evidence decides what orthography cannot", () => {
  it("keeps a compound hyphen the document writes elsewhere in running text", () => {
    const doc = ["Asiointi kasvaa 20 %, hyte-tarjottimen käyntimäärä kasvaa."];
    expect(join(["hyte-", "tarjottimen käyttö"], doc)).toBe("hyte-tarjottimen käyttö");
    expect(join(["hyte-", "tarjottimen käyttö"])).toBe("hytetarjottimen käyttö");
  });
  it("counts a seam of a longer compound as the hyphenated pair (LU-hyte-verkosto keeps Hyte-verkosto)", () => {
    const doc = ["Yhteistyötä tehdään LU-hyte-verkosto. kanssa"];
    expect(join(["Hyte-", "verkosto kokoontuu"], doc)).toBe("Hyte-verkosto kokoontuu");
    expect(join(["Hyte-", "verkosto kokoontuu"])).toBe("Hyteverkosto kokoontuu");
    // … and the other way round: a compound broken after its last part, the seam seen alone.
    expect(join(["yhteinen LU-hyte-", "verkosto."], ["Hyte-verkosto kokoontuu"])).toBe("yhteinen LU-hyte-verkosto.");
    expect(join(["yhteinen LU-hyte-", "verkosto."])).toBe("yhteinen LU-hyteverkosto.");
  });
  it("outranks the capital-letter rule when the document writes the name solid", () => {
    expect(join(["integraatiot ja Oma-", "Häme digitaalinen alusta"], ["Alustana OmaHäme sovellus."])).toBe("integraatiot ja OmaHäme digitaalinen alusta");
    expect(join(["integraatiot ja Oma-", "Häme digitaalinen alusta"])).toBe("integraatiot ja Oma-Häme digitaalinen alusta");
  });

  it("joins when the document writes the word solid", () => {
    const doc = ["Tilausjärjestelmä ja kotihoito toimivat.", "Hyvä kotihoito."];
    expect(decideLineEndHyphen("koti-", "hoito", ctx(doc))).toEqual({ action: "join", reason: "document-evidence" });
  });
  it("joins a break the document shows solid a few letters past the seam, even after a two-letter capitalized part", () => {
    // A hyphen drawn inside the word's run (pdfTeX, Ghostscript, pdfkit) says nothing: the document's own words do.
    expect(join(["Ve-", "toomus ja muistutus"], ["Vetoomukset käsitellään."])).toBe("Vetoomus ja muistutus");
    expect(join(["Ve-", "toomus ja muistutus"])).toBe("Ve-toomus ja muistutus");
    expect(decideLineEndHyphen("Lumi-", "tykki", ctx(["Lumi-tykit toimivat."]))).toEqual({ action: "keep", reason: "document-evidence" });
  });
  it("reads how a word begins from the same word cut at another line end (its own hyphen, or solid)", () => {
    // A compound whose only other occurrences are cut too: the letters before a line-end hyphen are the word's own.
    const cutHyphenated = ["Uusi kivi-pol-", "ku valmistuu", "Toinen kivi-pol-", "ku"];
    expect(join(["Rakennamme kivi-", "polun kylään"], cutHyphenated)).toBe("Rakennamme kivi-polun kylään");
    const cutSolid = ["Uusi kivipol-", "ku valmistuu"];
    expect(join(["Rakennamme kivi-", "polun kylään"], cutSolid)).toBe("Rakennamme kivipolun kylään");
    // A beginning cut right where the letters compared end still goes on (it was cut).
    expect(join(["uusi sammal-", "kumpu"], ["Iso sammal-kum-", "pu"])).toBe("uusi sammal-kumpu");
    // The word's own line end, and a line's first token that continues a cut word, are no beginnings.
    expect(join(["Rakennamme kivi-", "polun kylään"], ["Rakennamme kivi-", "polun kylään"])).toBe("Rakennamme kivipolun kylään");
    expect(join(["Rakennamme kivi-", "polun kylään"], ["Uusi ki-", "vi-polku-", "ja"])).toBe("Rakennamme kivipolun kylään");
    // Without any of it the default still joins.
    expect(join(["Rakennamme kivi-", "polun kylään"])).toBe("Rakennamme kivipolun kylään");
  }, 60_000);
  it("keeps a hyphen between digits at a line end even where the document holds the digits written solid", () => {
    // No typesetter breaks a number: "1-" + "5)." is a range, though "15" appears elsewhere.
    const doc = ["Kasvu 15 % vuodessa.", "Kävijöitä 15 päivässä."];
    expect(join(["keskiarvo >4 (asteikko 1-", "5)."], doc)).toBe("keskiarvo >4 (asteikko 1-5).");
  });
  it("joins a word broken before an ending that is also a conjunction when the document writes it solid and never suspended", () => {
    expect(join(["teknisiä ratkaisu-", "ja joilla"], ["Etsimme ratkaisuja yhdessä."])).toBe("teknisiä ratkaisuja joilla");
    expect(join(["teknisiä ratkaisu-", "ja joilla"], ["Etsimme ratkaisuja yhdessä, ratkaisu- ja kehitystyö."])).toBe("teknisiä ratkaisu- ja joilla");
    expect(join(["teknisiä ratkaisu-", "ja joilla"])).toBe("teknisiä ratkaisu- ja joilla");
    // Where the source marks the typesetter's hyphens, a plain one before "ja" is the author's.
    expect(joinCellLines(["sosiaali-", "ja terveys"], { rules, evidence: new HyphenEvidence(["sosiaalija"]), typesetHyphensMarked: true })).toBe("sosiaali- ja terveys");
  });
  it("reads the word after a slash as the one broken, and a capitalized continuation against the word written solid", () => {
    expect(join(["osallistujia 20/ker-", "ta. Tiedonhakujen"])).toBe("osallistujia 20/kerta. Tiedonhakujen");
    expect(join(["vähentyneet, Hai-", "Pro-imoitusten osalta"], ["tehdyt Haipro-ilmoitukset kasvavat"])).toBe("vähentyneet, HaiPro-imoitusten osalta");
    // Two capitalized parts the document never writes solid stay a proper-noun compound.
    expect(join(["asukkaat Kanta-", "Hämeen alueella"], ["Kanta-Hämeen hyvinvointialue"])).toBe("asukkaat Kanta-Hämeen alueella");
  });

  it("keeps the hyphen after a web address (no typesetter hyphenates inside one)", () => {
    expect(join(["paranevat, kun Omahame.fi-", "verkkosivuston löydettävyys"])).toBe("paranevat, kun Omahame.fi-verkkosivuston löydettävyys");
    expect(join(["sivut esim.", "verkossa"])).toBe("sivut esim. verkossa");
  });

  it("keeps the hyphen where the document joins the same first part to a longer compound of the same last word with it", () => {
    const doc = ["lisätään hyte-palvelutarjottimen käyttöä", "hytesuunnitelma valmistuu"];
    expect(decideLineEndHyphen("hyte-", "tarjottimen", ctx(doc))).toEqual({ action: "keep", reason: "prefix-only-hyphenated" });
    // The first part alone written both ways decides nothing: the typesetter's break is joined.
    expect(join(["kuten hyte-", "suunnitelma"], ["hyte-kertoimen arvo", "hytepalveluihin ohjataan"])).toBe("kuten hytesuunnitelma");
    // The longer compound written solid too: no evidence either way.
    expect(join(["hyte-", "tarjottimen"], [...doc, "hytepalvelutarjottimen"])).toBe("hytetarjottimen");
  });
  it("keeps a capitalized name in mid-sentence joined to a word the document begins elsewhere", () => {
    const doc = ["Uusi toimintamalli otetaan käyttöön, mallin arviointi."];
    expect(join(["Nuoret työskentelevät Omavoima-", "mallilla, jolloin"], doc)).toBe("Nuoret työskentelevät Omavoima-mallilla, jolloin");
    // At a cell's start the capital marks the sentence, not a name: the typesetter's break.
    expect(join(["Omavoima-", "mallilla, jolloin"], doc)).toBe("Omavoimamallilla, jolloin");
    // The name written alone elsewhere: the typesetter broke a solid word.
    expect(join(["työskentelevät Omavoima-", "mallilla"], [...doc, "Omavoima on hyvä"])).toBe("työskentelevät Omavoimamallilla");
  });
  it("reads a name after an ampersand as mid-sentence", { timeout: 10_000 }, () => {
    const doc = ["ilmoitusten käsittely nopeutuu"];
    expect(join(["käyttökatkoja & Haipro-", "ilmoituksia 30 %"], doc)).toBe("käyttökatkoja & Haipro-ilmoituksia 30 %");
  });
  it("keeps the hyphen after a lower-case first part the document writes elsewhere in capitals (an abbreviation)", { timeout: 10_000 }, () => {
    const doc = ["Uusi malli (KTA alueet) otetaan käyttöön", "vuoden lopussa"];
    expect(decideLineEndHyphen("kta-", "tasoisesti", ctx(doc))).toEqual({ action: "keep", reason: "abbreviation-compound" });
    expect(join(["sovitaan kta-", "tasoisesti kesällä"], doc)).toBe("sovitaan kta-tasoisesti kesällä");
    // As part of a compound in capitals too ("KTA-alue").
    expect(join(["sovitaan kta-", "tasoisesti"], ["KTA-alueen malli on uusi"])).toBe("sovitaan kta-tasoisesti");
    // Without the capitals elsewhere the break is the typesetter's (the patterns allow it): joined.
    expect(join(["sovitaan kta-", "tasoisesti kesällä"], ["Uusi malli otetaan käyttöön"])).toBe("sovitaan ktatasoisesti kesällä");
    // A heading all in capitals is no abbreviation evidence ("TALO" in "UUSI TALO").
    expect(join(["uusi talo-", "yhtiö"], ["UUSI TALO KÄYTTÖÖN"])).toBe("uusi taloyhtiö");
    // The document writing the joined word solid still decides first.
    expect(join(["sovitaan kta-", "tasoisesti"], [...doc, "tehdään ktatasoisesti"])).toBe("sovitaan ktatasoisesti");
  });
  it("ignores word fragments at line ends as evidence", () => {
    const ev = new HyphenEvidence(["palvelu-", "tuotanto on hyvä"]);
    expect(ev.count("palvelu-")).toBe(0);
    expect(ev.count("tuotanto")).toBe(0);
    expect(ev.count("hyvä")).toBe(1);
  });
});

describe("hyphens the source marks as the typesetter's (soft hyphen, from PDFs)", () => {
  const marked = { rules, evidence: HyphenEvidence.empty, typesetHyphensMarked: true };
  it("joins a soft hyphen, even before a conjunction", () => {
    expect(joinCellLines(["ja vuokratilo\u00ad", "ja tarpeen mukaan"], marked)).toBe("ja vuokratiloja tarpeen mukaan");
    expect(joinCellLines(["ensi\u00ad", "kontaktissa"], ctx())).toBe("ensikontaktissa");
  });
  it("keeps the author's hyphens when the source marks the typesetter's", () => {
    expect(joinCellLines(["kuukausittaisilla Dynasty-", "päätöstukiklinikoilla"], marked)).toBe("kuukausittaisilla Dynasty-päätöstukiklinikoilla");
    expect(joinCellLines(["Omavoima-", "mallilla"], marked)).toBe("Omavoima-mallilla");
    expect(joinCellLines(["Mielenterveys-", "ja päihdepalvelut"], marked)).toBe("Mielenterveys- ja päihdepalvelut");
  });
  it("keeps an author's hyphen drawn apart where no typesetter breaks (digit, capitals, inner capital, same vowel)", { timeout: 10_000 }, () => {
    // Chromium draws some fonts' hyphens apart, so the reader marks the author's as soft hyphens too.
    expect(joinCellLines(["Tavoitteena 0\u00ad", "virhe lääkityksessä"], marked)).toBe("Tavoitteena 0-virhe lääkityksessä");
    expect(joinCellLines(["osalta HaiPro\u00ad", "ilmoitusten määrä"], marked)).toBe("osalta HaiPro-ilmoitusten määrä");
    expect(joinCellLines(["uudistetaan ICT\u00ad", "ympäristö"], marked)).toBe("uudistetaan ICT-ympäristö");
    expect(joinCellLines(["kaikilla osa\u00ad", "alueilla"], marked)).toBe("kaikilla osa-alueilla");
    // Breaks a typesetter does make stay joined: between syllables, after a capitalized first syllable.
    expect(joinCellLines(["kokonai\u00ad", "suus"], marked)).toBe("kokonaisuus");
    expect(joinCellLines(["Ter\u00ad", "veyspalvelut"], marked)).toBe("Terveyspalvelut");
    // Inside a name with an inner capital, at a syllable break, before no word of the document.
    expect(joinCellLines(["alustan KotiPä\u00ad", "te käyttöön"], marked)).toBe("alustan KotiPäte käyttöön");
  });
  it("keeps a suspended hyphen drawn apart before a conjunction where the joined word could not be Finnish", { timeout: 10_000 }, () => {
    expect(joinCellLines(["Tunnistamme osaamis\u00ad", "ja koulutustarpeet"], marked)).toBe("Tunnistamme osaamis- ja koulutustarpeet");
    // A vowel before the conjunction makes a word ("palveluja"): the typesetter's break.
    expect(joinCellLines(["tuotetaan palvelu\u00ad", "ja tuetaan"], marked)).toBe("tuotetaan palveluja tuetaan");
  });
  it("reads a hyphen drawn apart without the producer's /ActualText soft hyphen as the author's, where the producer tags its own", { timeout: 10_000 }, () => {
    const tagged = { ...marked, softHyphensTagged: true };
    // Chromium: its own break reads "palve\u00ad\u00ad" (the tag, then the drawn hyphen); the author's "koti\u00ad".
    expect(joinCellLines(["Asiakasohjaus, koti\u00ad", "ja asumispalvelut"], tagged)).toBe("Asiakasohjaus, koti- ja asumispalvelut");
    expect(joinCellLines(["ottaa yhteyttä Kanta\u00ad", "Hämeen sairaalaan"], tagged)).toBe("ottaa yhteyttä Kanta-Hämeen sairaalaan");
    expect(joinCellLines(["löytää palve\u00ad\u00ad", "lut helposti"], tagged)).toBe("löytää palvelut helposti");
    // Where the producer tags nothing, a hyphen drawn apart is the typesetter's.
    expect(joinCellLines(["Asiakasohjaus, koti\u00ad", "ja asumispalvelut"], marked)).toBe("Asiakasohjaus, kotija asumispalvelut");
  });
  it("never leaves a soft hyphen in the text", () => {
    expect(joinCellLines(["Palvelu\u00adtapahtumat"], ctx())).toBe("Palvelutapahtumat");
  });
});

describe("dashes, slashes and punctuation at line ends", () => {
  it.each([
    [["Käyttökatkot vähentyneet -", "58%, osalta"], "Käyttökatkot vähentyneet -58%, osalta"],
    [["palvelukuvauksiin ja -", "luokkiin perustuva"], "palvelukuvauksiin ja -luokkiin perustuva"],
    [["2,2 -", "4,4 % ikäryhmästä riippuen"], "2,2 - 4,4 % ikäryhmästä riippuen"],
    [["vuosille 2025–", "2028 ja"], "vuosille 2025–2028 ja"],
    [["henkilöstö/", "työsuunnittelun"], "henkilöstö/työsuunnittelun"],
    [["alle 190 €/", "vrk."], "alle 190 €/vrk."],
    [["(säästö)", ", työtyytyväisyys."], "(säästö), työtyytyväisyys."],
    // A line of nothing but a mark was a word of its own: moved there at the space before it.
    [["on käyty 100 %", "."], "on käyty 100 % ."],
    [["jalkautettu (K/E)", ")."], "jalkautettu (K/E) )."],
    [["kasvaa 65", "% verrattuna"], "kasvaa 65 % verrattuna"],
    [["Oma Häme –", "sovellus"], "Oma Häme – sovellus"],
  ])("%j → %s", (lines, expected) => expect(join(lines)).toBe(expected));

  it("folds white space inside lines to single spaces and skips blank lines", () => {
    expect(join(["organisaa-", "", "tiossa  yhteistyössä  "])).toBe("organisaatiossa yhteistyössä");
  });
});

describe("stale in-line hyphens", () => {
  it("removes a left-over break when the solid word stands in the document", () => {
    const ev = new HyphenEvidence(["asiakaskohtainen palvelutapahtumien määrä pienenee"]);
    expect(removeStaleInlineHyphens("Palvelutapahtu-mien määrä", ev)).toBe("Palvelutapahtumien määrä");
  });
  it("keeps real compounds and hyphens the document does not contradict", () => {
    const ev = new HyphenEvidence(["hyte-tarjottimen käyntimäärä", "ICT-kokonaisuus"]);
    expect(removeStaleInlineHyphens("hyte-tarjottimen ICT-kokonaisuus osa-alueilla", ev)).toBe("hyte-tarjottimen ICT-kokonaisuus osa-alueilla");
  });
});

describe("invariant", () => {
  it("never changes letters, only hyphens and spaces", () => {
    const lines = ["Asiakas- ja potilastietojärjestelmän kirjausmallit tuke-", "vat palveluiden jatkuvuuden ja ensikontaktin hallin-", "nan seuraamista. ATPJ-järjestelmissä on 6/2025"];
    const letters = (s: string) => s.replace(/[\s-]/g, "");
    expect(letters(join(lines))).toBe(letters(lines.join("")));
  });
});

describe("document evidence counts tokens as a split on white space does", () => {
  /** The counting rule written plainly: tokens inside lines, never a line's wrapped last or continued first token. */
  const reference = (lines: string[], word: string) => {
    let n = 0;
    let prevHyphen = false;
    for (const line of lines) {
      const toks = line.split(/\s+/).filter(Boolean);
      toks.forEach((t, i) => {
        if (i === toks.length - 1 && t.endsWith("-")) return;
        if (i === 0 && prevHyphen) return;
        if (t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu, "").toLowerCase() === word) n++;
      });
      if (toks.length) prevHyphen = toks[toks.length - 1]!.endsWith("-");
    }
    return n;
  };
  it("on random lines of words, hyphens, punctuation and mixed white space", () => {
    const token = fc.constantFrom("palvelu", "Palvelu", "palvelu-", "(palvelu)", "tuotanto", "ä", "-", "–", "1-9/2025", "ICT-", "x.");
    const space = fc.constantFrom(" ", "  ", "\t", "\u00a0", " \u2003 ");
    const line = fc.array(fc.tuple(token, space), { maxLength: 6 }).chain((parts) => fc.tuple(space, fc.constant(parts.map(([t, s]) => t + s).join("")), fc.boolean()).map(([lead, body, trim]) => (trim ? body.trim() : lead + body)));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const ev = new HyphenEvidence(lines);
        for (const w of ["palvelu", "palvelu-", "tuotanto", "ä", "1-9/2025", "ict-", "x"]) expect(ev.count(w)).toBe(reference(lines, w));
      }),
      { numRuns: 300 },
    );
  });
});

describe("Finnish hyphenation patterns", () => {
  it("allow a break exactly where the patterns put one, asked once or again", () => {
    // ke-hit-tä-mis-tä, asia-kas-ko-ke-mus (Finnish patterns of the hyphen package)
    for (let round = 0; round < 2; round++) {
      expect(patternsAllowBreak("kehit", "tämistä")).toBe(true);
      expect(patternsAllowBreak("Kehittä", "mistä")).toBe(true);
      expect(patternsAllowBreak("kehi", "ttämistä")).toBe(false);
      expect(patternsAllowBreak("asiakas", "kokemus")).toBe(true);
      expect(patternsAllowBreak("asiak", "askokemus")).toBe(false);
    }
  });
});

describe("hyphens whatever drew them", () => {
  it("keeps a line-end hyphen after a part with no vowel (no Finnish syllable ends there)", () => {
    expect(decideLineEndHyphen("kk-", "tasolla", ctx())).toEqual({ action: "keep", reason: "abbreviation-compound" });
    expect(joinCellLines(["Seuranta kk-", "tasolla."], ctx())).toBe("Seuranta kk-tasolla.");
    // A syllable with a vowel is still a wrap by default.
    expect(decideLineEndHyphen("ta-", "solla", ctx()).action).toBe("join");
  });
  it("keeps a hyphen after a two-letter capitalized word but joins a name's first syllable inside a compound", () => {
    expect(decideLineEndHyphen("Eu-", "vaaleissa", ctx())).toEqual({ action: "keep", reason: "abbreviation-compound" });
    expect(joinCellLines(["Palvelu Kivi-Lu-", "mela avataan"], ctx())).toBe("Palvelu Kivi-Lumela avataan");
  });
});

describe("an author's suspended hyphen read as the typesetter's (drawn as a run of its own)", () => {
  const marked = (doc: string[] = []): DehyphenContext => ({ rules, evidence: new HyphenEvidence(doc), typesetHyphensMarked: true });
  it("keeps it after a suspended compound of a list, before a conjunction and more text", { timeout: 10_000 }, () => {
    expect(joinCellLines(["Vesi-, viemäri\u00ad", "ja jätehuolto"], marked())).toBe("Vesi-, viemäri- ja jätehuolto");
    expect(joinCellLines(["Tila-, laite\u00ad", "tai kalustohankinnat"], marked())).toBe("Tila-, laite- tai kalustohankinnat");
  });
  it("keeps it where the document writes the part suspended inside a line", { timeout: 10_000 }, () => {
    const doc = ["Kasvatus- ja opetustoimi vastaa", "palveluista"];
    expect(joinCellLines(["Kasvatus\u00ad", "ja opetustoimi"], marked(doc))).toBe("Kasvatus- ja opetustoimi");
  });
  it("still joins a word broken before a syllable that is also a conjunction", { timeout: 10_000 }, () => {
    expect(joinCellLines(["Uusi toimi\u00ad", "ja aloittaa"], marked())).toBe("Uusi toimija aloittaa");
    expect(joinCellLines(["Vesi-, toimi\u00ad", "ja"], marked())).toBe("Vesi-, toimija");
    // The joined word stands elsewhere: the conjunction is its ending even after a list.
    expect(joinCellLines(["Alue-, toimi\u00ad", "ja tekee"], marked(["jokainen toimija tekee osansa"]))).toBe("Alue-, toimija tekee");
  });
});
