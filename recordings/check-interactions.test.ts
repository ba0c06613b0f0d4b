import { describe, expect, it } from 'vitest';
import { checkInteractions } from './check-interactions.ts';
import { INTERACTIONS_FORMAT } from './interaction-recording.ts';
import { RecordingError } from './load-recording.ts';

const interaction = {
  id: '0:0',
  operation: 'X',
  request: { target: 'SimpleWorkflowService.X', body: {} },
  response: { status: 200, body: {} },
};
const file = (i: object) => ({ format: INTERACTIONS_FORMAT, sources: [], interactions: [i] });

describe('checkInteractions', () => {
  it('takes a well-formed recording and refuses a null or non-object body with a one-line RecordingError', () => {
    expect(checkInteractions(file(interaction), 'f').interactions).toHaveLength(1);
    for (const bad of [
      { ...interaction, response: { status: 200, body: null } },
      { ...interaction, request: { ...interaction.request, body: [] } },
    ]) {
      expect(() => checkInteractions(file(bad), 'f')).toThrow(RecordingError);
    }
  });
});
