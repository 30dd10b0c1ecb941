import { issuerFromDocNumber } from './doc-number.js';
import type { Frame } from './frame.js';
import { isDepartment } from './responsibilities.js';

const TITLE_ISSUER = /^(.{2,40}?)(?:关于|關於|關于)/;
const COVER_NOTICE = /(?:(?:经|經)(.{2,20}?)同意[，,]\s*)?(?:现将|現將)《([^《》]+)》(?:印发|印發)(?:给你们|給你們)/;
const PLACE = /^(.{2,9}?(?:省|自治区|自治區|市|县|縣|区|區|州|盟))/;

/**
 * The issuing authority, from the strongest evidence to the weakest: the signature (发文机关署名),
 * the masthead (版头), the title "XX关于…", a cover notice "现将《XX省…》印发给你们", and the
 * authority code of the document number.
 */
export function resolveIssuer(frame: Frame, titleText: string, bodyStart: string): string | null {
  if (frame.signature) return frame.signature;
  if (frame.masthead) return frame.masthead;
  const fromTitle = TITLE_ISSUER.exec(titleText)?.[1];
  if (fromTitle && isDepartment(fromTitle)) return fromTitle;
  const cover = COVER_NOTICE.exec(bodyStart);
  const place = cover?.[2] ? PLACE.exec(cover[2])?.[1] : undefined;
  if (place) return cover?.[1] ? `${place}人民政府办公厅` : `${place}人民政府`;
  return frame.docNumber ? issuerFromDocNumber(frame.docNumber) : null;
}
