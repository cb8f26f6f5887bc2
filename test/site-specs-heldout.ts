/**
 * Held-out site doubles: written after the last crawler change and run once by
 * scripts/crawl-acceptance.ts heldout (never tuned on). Other markup version, a self-hosted path,
 * other bodies, ids and words, robots.txt that names our agent, faults in other places.
 */
import type { DynastyItem, DynastySpec } from "./dynasty-site.js";
import type { TwebSpec } from "./tweb-site.js";
import { itemParagraphs } from "./site-kit.js";

const paragraphs = itemParagraphs("Valmistelijat ja lisätiedot\nvalmistelija, talousjohtaja Olli Örö\nkehittämispäällikkö Ääni Åberg", "Selostus asiasta", "Päätösehdotus\nAluevaltuusto päättää hyväksyä esityksen.");
const it = (id: string, title: string, body: string, extra: Partial<DynastyItem> = {}): DynastyItem => ({ id, title, paragraphs: paragraphs(body), attachments: [], ...extra });

export const dynasty: DynastySpec = {
  markup: "div",
  cgi: "/d5web/cgi",
  robots: "User-agent: *\nDisallow: /\n\nUser-agent: hva-okr\nDisallow: /d5web/cgi/DREQUEST.PHP?page=meetings&id=07\nCrawl-delay: 0.1\n",
  wrongPageItem: "2025140-3",
  tooManyOnce: "/kokous/2025140-1-480002.PDF",
  meetings: [
    {
      id: "2025140",
      bodyId: "01000",
      body: "Aluevaltuusto",
      date: "16.6.2025",
      items: [
        it("2025140-1", "Tilinpäätös 2024 ja toimintakertomus", "Tilinpäätös osoittaa alijäämää.", {
          attachments: [
            { docId: "480001", label: "Tilinpäätös 2024", lines: ["Tilinpäätös 2024"] },
            { docId: "480002", label: "Tilintarkastuskertomus", lines: ["Tilintarkastuskertomus 2024"] },
          ],
          supplementary: [{ docId: "480009", label: "Tarkastuslautakunnan arviointikertomus", lines: ["Arviointikertomus"] }],
        }),
        it("2025140-2", "Työllisyyden edistämisen yhteistyösopimus", "Sopimus koskee työllisyyspalveluja.", {
          attachments: [
            { docId: "480010", label: "Sopimusluonnos", lines: ["Sopimusluonnos", "Työllisyys"] },
            { docId: "480011", label: "Sopimusluonnos, ruotsinkielinen", lines: ["Sopimusluonnos", "Työllisyys"] },
          ],
        }),
        it("2025140-3", "Valtuustoaloite: ympäristöohjelman päivittäminen – vastaus", "Aloitteeseen vastataan seuraavasti."),
      ],
    },
    {
      id: "2025170",
      bodyId: "01000",
      body: "Aluevaltuusto",
      date: "10.11.2025",
      items: [
        it("2025170-1", "Talousarvio 2026 ja taloussuunnitelma 2026–2028", "Talousarvioesitys on liitteenä.", {
          attachments: [{ docId: "490001", label: "Talousarvio 2026", lines: ["Talousarvio 2026"] }],
          minutes: { paragraphs: ["Päätös\nAluevaltuusto hyväksyi talousarvion muutoksin."], attachment: { docId: "490050", label: "Hyväksytyt muutokset", lines: ["Hyväksytyt muutokset"] } },
        }),
        it("2025170-2", "Eron myöntäminen luottamustehtävästä", "Valtuutettu on pyytänyt eroa.", { wrongCharset: true }),
      ],
    },
  ],
};

const para = itemParagraphs("Valmistelija\nhallintojohtaja Tiina Äijälä", "Selostus", "Päätösehdotus\nAluevaltuusto hyväksyy esityksen.");

export const tweb: TwebSpec = {
  root: "/julkaisu",
  docLinks: "fileshow",
  robots: "User-agent: *\nDisallow: /julkaisu/ktwebbin/dbisa.dll/ktwebscr/epj_tek_tweb.htm\nCrawl-delay: 0.1\n",
  bodies: [{ id: "3", name: "Aluehallitus" }, { id: "7", name: "Aluevaltuusto" }],
  wrongOnceDoc: "7702",
  meetings: [
    { bid: "611", body: "Aluehallitus", date: "2.6.2025", items: [{ docid: "7001", pykala: "80", title: "Hallituksen työjärjestys", paragraphs: para("Työjärjestys päivitetään."), attachments: [] }] },
    {
      bid: "612",
      body: "Aluevaltuusto",
      date: "16.6.2025",
      items: [
        { docid: "7601", pykala: "30", title: "Hyvinvointikertomus 2024", paragraphs: para("Kertomus on liitteenä."), attachments: [{ docid: "8601", name: "Hyvinvointikertomus", file: "Hyvinvointikertomus 2024.pdf", lines: ["Hyvinvointikertomus"] }], pdf: true },
        { docid: "7602", pykala: "31", title: "Ympäristöohjelman hyväksyminen", paragraphs: para("Ohjelma on valmisteltu laajassa yhteistyössä."), attachments: [
          { docid: "8602", name: "Ympäristöohjelma", file: "Ympäristöohjelma.pdf", lines: ["Ympäristöohjelma"] },
          { docid: "8603", name: "Ympäristöohjelma (saavutettava versio)", file: "Ympäristöohjelma saavutettava.pdf", lines: ["Ympäristöohjelma"] },
        ] },
      ],
    },
    {
      bid: "640",
      body: "Aluevaltuusto",
      date: "10.11.2025",
      items: [
        { docid: "7701", pykala: "50", title: "Talousarvio 2026", paragraphs: para("Talousarvio on liitteenä."), attachments: [{ docid: "8701", name: "Talousarvio 2026", file: "TA 2026.pdf", lines: ["Talousarvio 2026"] }],
          minutes: { paragraphs: ["Päätös\nAluevaltuusto hyväksyi talousarvion."], attachment: { docid: "8750", name: "Pöytäkirjan liite: muutokset", file: "Muutokset.pdf", lines: ["Muutokset"] } } },
        { docid: "7702", pykala: "51", title: "Valtuustoaloitteet", paragraphs: para("Aloitteet merkitään tiedoksi."), attachments: [] },
      ],
    },
  ],
};

export const expect = { dynastyMatch: "työllisyyden", twebMatch: "ympäristö", twebBody: "Aluevaltuusto", dynastyRepublish: "2025170-1", twebRepublish: "640", robotsDisallowedStart: "page=meetings&id=0777" };
