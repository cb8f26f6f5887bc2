/**
 * Content pools for the synthetic 2×2 goal-block documents (scripts/make-goal-blocks.ts): units,
 * objectives, measures and assessments in the style of Finnish municipal financial statements,
 * with long compounds for the typesetters to hyphenate and authors' hyphens to keep
 * ("sosiaali- ja", "ICT-palvelujen"). Two disjoint pools: `tune` (used while developing) and
 * `heldout` (written after the last change under src/, scored once).
 */
export interface ContentPool {
  units: string[];
  tavoite: string[];
  mittari: string[];
  arviointi: string[];
}

export const TUNE: ContentPool = {
  units: ["Seinäjoen Energia Oy", "Kaupungin Vuokratalot Oy", "Vesihuoltoliikelaitos", "Tekninen toimiala", "Sosiaali- ja terveystoimiala", "Kiinteistöpalvelut Oy"],
  tavoite: [
    "Liikevaihdon kasvattaminen ja kannattavuuden parantaminen energiamarkkinoiden epävarmuudesta huolimatta.",
    "Kiinteistöjen energiankulutuksen vähentäminen ja uusiutuvan energian osuuden kasvattaminen.",
    "Asukastyytyväisyyden parantaminen vuokra-asuntojen korjausrakentamisen yhteydessä.",
    "Vesijohtoverkoston saneerausvelan pienentäminen pitkäjänteisellä investointiohjelmalla.",
    "Sosiaali- ja terveyspalveluiden saatavuuden turvaaminen kaikilla palvelualueilla.",
    "Tilavuokra-/asiakasmaksutulojen kertymän seuraaminen kuukausittain.",
    "ICT-palvelujen toimitusvarmuuden parantaminen ja käyttökatkojen vähentäminen.",
    "Omavaraisuusasteen pitäminen vähintään kaupunginvaltuuston asettamalla tasolla.",
    "Hankintojen keskittäminen ja puitejärjestelyjen hyödyntäminen kustannustehokkaasti.",
    "Henkilöstön työhyvinvoinnin edistäminen ja sairauspoissaolojen vähentäminen.",
    "Käyttöasteen nostaminen ja vajaakäyttöisistä toimitiloista luopuminen.",
    "Jätevedenpuhdistamon ympäristölupaehtojen täyttäminen kaikissa olosuhteissa.",
  ],
  mittari: [
    "Liikevaihto ja liikevoittoprosentti tilinpäätöksessä.",
    "Kaukolämmön toimitusvarmuus, keskeytysminuutit asiakasta kohden.",
    "Asukaskyselyn kokonaistyytyväisyys asteikolla 1–5.",
    "Saneeratun verkoston pituus kilometreinä vuodessa.",
    "Hoitotakuun toteutuminen, jonotusajat ja asiakaspalautteet.",
    "Omavaraisuusaste prosentteina konsernitilinpäätöksessä.",
    "Käyttökatkojen lukumäärä ja palvelupyyntöjen ratkaisuaika.",
    "Puitejärjestelyjen kautta tehtyjen hankintojen osuus.",
    "Sairauspoissaolopäivät henkilötyövuotta kohden.",
    "Tilojen käyttöaste ja luovutettujen neliömetrien määrä.",
    "Puhdistustulokset ja lupaehtojen ylitysten lukumäärä.",
  ],
  arviointi: [
    "Liikevaihto kasvoi edellisvuodesta, mutta liikevoittoprosentti jäi tavoitteesta polttoainekustannusten nousun vuoksi.",
    "Energiankulutus väheni kuusi prosenttia. Aurinkovoimalainvestoinnit valmistuivat suunnitellusti syksyllä.",
    "Asukastyytyväisyys nousi tasolle 4,1. Peruskorjauskohteiden asukasviestintää kehitettiin yhdessä asukastoimikuntien kanssa.",
    "Verkostoa saneerattiin 12 kilometriä, mikä on vähemmän kuin tavoite. Urakoitsijoiden saatavuus heikensi etenemistä.",
    "Hoitotakuu toteutui perusterveydenhuollossa, mutta suun terveydenhuollon jonot pitenivät loppuvuonna.",
    "Omavaraisuusaste oli 38 prosenttia. Lainakanta kasvoi investointien rahoittamiseksi.",
    "Käyttökatkoja oli aiempaa vähemmän. ICT-palvelukeskuksen päivystysmalli otettiin käyttöön maaliskuussa.",
    "Hankintojen keskittäminen eteni, ja yhteishankintayksikön kautta tehtyjen hankintojen osuus kasvoi.",
    "Sairauspoissaolot vähenivät hieman. Työterveysyhteistyötä tiivistettiin varhaisen tuen mallin mukaisesti.",
    "Kolmesta vajaakäyttöisestä rakennuksesta luovuttiin. Toimitilaohjelman päivitys siirtyi seuraavalle vuodelle.",
    "Lupaehdot täyttyivät kaikilta osin. Rankkasateiden aikaiset ohitukset pysyivät vähäisinä.",
  ],
};

export const STATUS_WORDS = ["Toteutunut", "Osittain toteutunut", "Ei toteutunut"];
export const GROUPS = ["Taloudelliset tavoitteet", "Toiminnalliset tavoitteet"];
