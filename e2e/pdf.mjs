// Reading a printed PDF back: the text of each page, with pdf.js (pdfjs-dist), for the tests of
// what a reader gets on paper.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text on each page of the PDF in `bytes`, one string per page. */
export async function pagesOf(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => item.str + (item.hasEOL ? "\n" : "")).join(""));
  }
  await pdf.destroy();
  return pages;
}

/** Chromium's default margins (about 1 cm), for page.pdf, which prints without any by default. */
export const DEFAULT_MARGINS = { top: "0.4in", bottom: "0.4in", left: "0.4in", right: "0.4in" };
