/**
 * The held-out content and typesettings of the synthetic 2×2 goal blocks: written after the last
 * change under src/ and scored once (see docs/goal-blocks.md). Other units, other sentences (with
 * their own authors' hyphens), other fonts, sizes, widths and column splits than the tuning set.
 */
import type { ContentPool } from "./goal-block-content.js";

export const HELDOUT: ContentPool = {
  units: ["Lakeuden Satamapalvelut Oy", "Kulttuuri- ja vapaa-aikatoimiala", "Ympäristöterveydenhuolto", "Koulutuskuntayhtymä Sedu", "Pelastuslaitoksen tukipalvelut", "Kaupunginteatteri Oy"],
  tavoite: [
    "Kävijämäärien palauttaminen koronapandemiaa edeltäneelle tasolle ja uusien yleisöryhmien tavoittaminen.",
    "Elintarvikevalvonnan tarkastussuunnitelman mukaisten tarkastusten toteuttaminen määräajassa.",
    "Opiskelijoiden läpäisyasteen nostaminen ja keskeyttämisten vähentäminen ammatillisessa koulutuksessa.",
    "Hälytysajoneuvojen huolto- ja korjaustoiminnan kustannustehokkuuden parantaminen.",
    "Lipputulojen ja yhteistyösopimusten osuuden kasvattaminen kokonaistuloista.",
    "Satama-alueen vuokrasopimusten uudistaminen markkinaehtoisiksi vuoden loppuun mennessä.",
    "Kirjasto- ja kulttuuripalvelujen saavutettavuuden parantaminen haja-asutusalueilla.",
    "Talousarviossa pysyminen ilman lisämäärärahoja henkilöstömenojen kasvusta huolimatta.",
    "Terveydensuojelulain mukaisten valvontakohteiden riskinarvioinnin päivittäminen.",
    "Työelämäyhteistyön laajentaminen ja oppisopimuskoulutuksen aloituspaikkojen lisääminen.",
    "Esitystoiminnan omarahoitusosuuden nostaminen vähintään kolmannekseen.",
  ],
  mittari: [
    "Kävijämäärä ja asiakaspalautteen keskiarvo.",
    "Toteutuneiden tarkastusten osuus suunnitelluista, %.",
    "Läpäisyaste kolmessa vuodessa sekä keskeyttäneiden määrä.",
    "Huoltokustannukset ajoneuvoa kohden ja korjausten läpimenoaika.",
    "Lipputulot, euroa, ja sopimuskumppaneiden lukumäärä.",
    "Uudistettujen sopimusten lukumäärä ja vuokratuotto.",
    "Lainauksien ja tapahtumakävijöiden määrä kylätaloilla.",
    "Toimintakatteen toteutuma suhteessa muutettuun talousarvioon.",
    "Päivitettyjen riskinarviointien lukumäärä.",
    "Oppisopimusten ja työpaikalla järjestetyn koulutuksen määrä.",
    "Omarahoitusosuus prosentteina toimintamenoista.",
  ],
  arviointi: [
    "Kävijämäärä kasvoi 18 prosenttia edellisvuodesta. Erityisesti lapsiperheiden ja nuorten aikuisten käynnit lisääntyivät.",
    "Tarkastuksista toteutui 86 prosenttia. Henkilöstövajauksen vuoksi osa riskiperusteisista tarkastuksista siirtyi seuraavalle vuodelle.",
    "Läpäisyaste parani kahdella prosenttiyksiköllä. Keskeyttämisten määrä pysyi ennallaan, ja ohjauspalveluita vahvistettiin.",
    "Huoltokustannukset alenivat, kun kalustoa uusittiin ja korjaamon työvuorosuunnittelua tehostettiin.",
    "Lipputulot ylittivät arvion. Uusia yhteistyösopimuksia solmittiin viisi, joista kaksi on monivuotisia.",
    "Sopimuksista uudistettiin kolme neljästä. Viimeisen sopimuksen neuvottelut jatkuvat alkuvuonna.",
    "Kirjastoauton reittejä laajennettiin ja kylätaloilla järjestettiin kaksikymmentä tapahtumaa.",
    "Toimintakate toteutui muutetun talousarvion mukaisesti. Lisämäärärahaa ei tarvittu.",
    "Riskinarvioinnit päivitettiin kaikkiin uimahalleihin ja kouluihin, mutta päiväkotien osalta työ on kesken.",
    "Oppisopimusten määrä kasvoi. Työelämä- ja yrityspalvelutiimin kautta tavoitettiin uusia työnantajia.",
    "Omarahoitusosuus jäi 29 prosenttiin, koska kiertuenäytöksiä peruttiin.",
  ],
};

const std = { tavoite: "Tavoite", mittari: "Toimenpide/mittari", arviointi: "Arviointi", tila: "Tila" };

export const HELDOUT_VARIANTS = [
  { name: "h1-lo-carlito-11", producer: "libreoffice", font: "Carlito", size: 11, width: 17, split: 0.6, labels: std },
  { name: "h2-lo-liberation-serif-9-narrow", producer: "libreoffice", font: "Liberation Serif", size: 9, width: 13, split: 0.45, labels: { ...std, mittari: "Toimenpiteet/mittarit" } },
  { name: "h3-chromium-nimbus-sans-11", producer: "chromium", font: "Nimbus Sans", size: 11, width: 16, split: 0.5, labels: std },
  { name: "h4-chromium-urw-bookman-9-wide", producer: "chromium", font: "URW Bookman", size: 9, width: 17.5, split: 0.4, labels: std },
] as const;
