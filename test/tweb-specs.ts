/** The Tweb double's content used while building the crawler (the tuning site). */
import type { TwebSpec } from "./tweb-site.js";
import { itemParagraphs } from "./site-kit.js";

const para = itemParagraphs("Valmistelija\nhallintojohtaja Pekka Päijänne", "Selostus", "Päätösehdotus\nAluehallitus merkitsee tiedoksi.");

export const tuningTweb: TwebSpec = {
  root: "",
  docLinks: "ktproxy2",
  robots: "User-agent: *\nDisallow: /ktwebbin/dbisa.dll/ktwebscr/epj_tek_tweb.htm\nCrawl-delay: 0.05\n",
  bodies: [{ id: "1", name: "Aluehallitus" }, { id: "2", name: "Aluevaltuusto" }],
  wrongOnceDoc: "5002",
  meetings: [
    {
      bid: "3001",
      body: "Aluehallitus",
      date: "8.9.2025",
      items: [
        { docid: "5001", pykala: "101", title: "Strategian toteutumisen seuranta", paragraphs: para("Seurantaraportti on liitteenä."), attachments: [{ docid: "9001", name: "Liite 1 Seurantaraportti", file: "Seurantaraportti 2025.pdf", lines: ["Seurantaraportti 2025"] }] },
        { docid: "5002", pykala: "102", title: "Keittiön uudistus Lahdessa", paragraphs: para("Keittiön uudistukseen varataan määräraha."), attachments: [
          { docid: "9002", name: "Liite 1 Kustannusarvio", file: "Kustannusarvio.pdf", lines: ["Kustannusarvio"] },
          { docid: "9003", name: "Liite 2 Kustannusarvio (kopio)", file: "Kustannusarvio kopio.pdf", lines: ["Kustannusarvio"] },
        ] },
        { docid: "5003", pykala: "103", title: "Talouden katsaus", paragraphs: para("Katsaus on PDF-muodossa."), attachments: [], pdf: true },
      ],
    },
    {
      bid: "3002",
      body: "Aluehallitus",
      date: "6.10.2025",
      items: [
        { docid: "5010", pykala: "120", title: "Palveluverkon muutokset", paragraphs: para("Muutokset on kuvattu liitteessä."), attachments: [{ docid: "9010", name: "Liite 1 Palveluverkko", file: "Palveluverkko.pdf", lines: ["Palveluverkko"] }],
          minutes: { paragraphs: ["Päätös\nAluehallitus hyväksyi muutokset."], attachment: { docid: "9011", name: "Liite 2 Hyväksytty palveluverkko", file: "Hyväksytty palveluverkko.pdf", lines: ["Hyväksytty palveluverkko"] } } },
      ],
    },
  ],
};
