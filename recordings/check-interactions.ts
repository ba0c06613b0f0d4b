import { RecordingError } from './load-recording.ts';
import { INTERACTIONS_FORMAT, type InteractionRecording } from './interaction-recording.ts';

const isBody = (b: unknown) => !!b && typeof b === 'object' && !Array.isArray(b);

/** Checks that parsed data is an imported recording (`swf-conformance import`); a bad one is a one-line RecordingError. */
export function checkInteractions(raw: unknown, file: string): InteractionRecording {
  const r = raw as InteractionRecording;
  if (r?.format !== INTERACTIONS_FORMAT)
    throw new RecordingError(`${file}: not a ${INTERACTIONS_FORMAT} file (make one with swf-conformance import)`);
  if (!Array.isArray(r.interactions) || !Array.isArray(r.sources))
    throw new RecordingError(`${file}: sources and interactions are required`);
  r.interactions.forEach((i, n) => {
    const ok =
      typeof i?.id === 'string' &&
      typeof i.operation === 'string' &&
      typeof i.request?.target === 'string' &&
      isBody(i.request.body) &&
      Number.isInteger(i.response?.status) &&
      isBody(i.response.body);
    if (!ok)
      throw new RecordingError(
        `${file}: interactions[${n}] needs id, operation, request {target, body} and response {status, body}`,
      );
  });
  return r;
}
