import type { Knowledge } from '../knowledge';
import type { NameMatcher } from '../matcher';
import type { Annotation, AnnotationKind, Recognizer } from './types';

// Names from the catalogs: technologies and organizations, as the one-pass matcher finds them.

function catalogRecognizer(
  kind: AnnotationKind,
  matcher: (kn: Knowledge) => NameMatcher<{ name: string }>,
): Recognizer {
  return {
    name: kind,
    kind,
    run(block, env) {
      return matcher(env.kn)
        .scan(block.text)
        .map(
          (h): Annotation => ({
            kind,
            block: block.index,
            start: h.start,
            end: h.end,
            value: h.value.name,
            recognizer: kind,
            confidence: 0.9,
          }),
        );
    },
  };
}

export const technologyRecognizer = catalogRecognizer('technology', (kn) => kn.techs);
export const organizationRecognizer = catalogRecognizer('organization', (kn) => kn.orgs);
