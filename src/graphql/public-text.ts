// Text that leaves the process (error messages, /health, stats) passes
// through here: a URI's user:password becomes ***, and an absolute server path
// keeps only its last part, so an anonymous client learns neither secrets nor
// the server's layout.

const URI_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@"']+@/gi;
// an absolute path: starts a word (not inside a URL), two or more segments
const ABSOLUTE_PATH = /(^|[\s"'(=[,])(\/(?:[^\s/"'()[\],]+\/)+)([^\s/"'()[\],]*)/g;

export function publicText(text: string): string {
  return text
    .replace(URI_CREDENTIALS, '$1***@')
    .replace(ABSOLUTE_PATH, (_m, lead: string, _dir: string, last: string) => `${lead}…/${last}`);
}
