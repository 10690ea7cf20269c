import type { Annotation, Recognizer } from './types';

// Names from the catalogs: technologies and organizations, as the one-pass matcher finds them.

export const technologyRecognizer: Recognizer = {
  name: 'technology',
  kind: 'technology',
  run(block, env) {
    return env.kn.techs.scan(block.text).map(
      (h): Annotation => ({
        kind: 'technology',
        block: block.index,
        start: h.start,
        end: h.end,
        value: h.value.name,
        recognizer: 'technology',
        confidence: 0.9,
      }),
    );
  },
};

export const organizationRecognizer: Recognizer = {
  name: 'organization',
  kind: 'organization',
  run(block, env) {
    return env.kn.orgs.scan(block.text).map(
      (h): Annotation => ({
        kind: 'organization',
        block: block.index,
        start: h.start,
        end: h.end,
        value: h.value.name,
        recognizer: 'organization',
        confidence: 0.9,
      }),
    );
  },
};
