import { describe, expect, it } from 'vitest';
import { fixturesOfRecording } from './fixtures-of-recording.ts';
import { INTERACTIONS_FORMAT, type InteractionRecording, type RecordedInteraction } from '../interaction-recording.ts';

const call = (operation: string, request: object, status: number, response: object): RecordedInteraction => ({
  id: '0:0',
  operation,
  request: { target: `SimpleWorkflowService.${operation}`, body: { json: request } },
  response: { status, body: { json: response } },
});
const recording = (...interactions: RecordedInteraction[]): InteractionRecording => ({
  format: INTERACTIONS_FORMAT,
  sources: [],
  interactions,
});
const type = { name: 't', version: '1' };

describe('fixturesOfRecording', () => {
  it('registers what the answers show to exist, with the defaults and status a Describe shows', () => {
    const f = fixturesOfRecording(
      recording(
        call('DescribeWorkflowType', { domain: 'd', workflowType: type }, 200, {
          configuration: { defaultTaskStartToCloseTimeout: '300', defaultTaskList: { name: 'None' } },
          typeInfo: { status: 'DEPRECATED' },
        }),
        call(
          'StartWorkflowExecution',
          { domain: 'd', workflowId: 'w', workflowType: { name: 'u', version: '2' } },
          400,
          { __type: 'x#DefaultUndefinedFault' },
        ),
        call('DescribeDomain', { name: 'e' }, 200, {
          configuration: { workflowExecutionRetentionPeriodInDays: '7' },
          domainInfo: { status: 'REGISTERED' },
        }),
      ),
    );
    expect(f.domains).toEqual([
      { name: 'd', retention: '1', deprecated: false },
      { name: 'e', retention: '7', deprecated: false },
    ]);
    expect(f.types).toEqual([
      {
        domain: 'd',
        name: 't',
        version: '1',
        deprecated: true,
        defaults: { defaultTaskList: { name: 'None' }, defaultTaskStartToCloseTimeout: '300' },
      },
      { domain: 'd', name: 'u', version: '2', deprecated: false, defaults: {} },
    ]);
  });

  it('registers nothing an answer says is unknown, nor what the recording registers itself', () => {
    const f = fixturesOfRecording(
      recording(
        call('StartWorkflowExecution', { domain: 'nope', workflowId: 'w', workflowType: type }, 400, {
          __type: 'x#UnknownResourceFault',
        }),
        call('RegisterDomain', { name: 'mine', workflowExecutionRetentionPeriodInDays: '1' }, 200, {}),
        call('StartWorkflowExecution', { domain: 'mine', workflowId: 'w', workflowType: type }, 200, { runId: 'r' }),
      ),
    );
    expect(f.domains).toEqual([]);
    expect(f.types).toEqual([]);
  });

  it('registers what the recording tried to register and was told existed, and a domain refused as deprecated', () => {
    const f = fixturesOfRecording(
      recording(
        call('RegisterDomain', { name: 'old', workflowExecutionRetentionPeriodInDays: '1' }, 400, {
          __type: 'x#DomainAlreadyExistsFault',
        }),
        call('RegisterWorkflowType', { domain: 'old', name: 't', version: '1', defaultChildPolicy: 'TERMINATE' }, 400, {
          __type: 'x#TypeAlreadyExistsFault',
        }),
        call('StartWorkflowExecution', { domain: 'dep', workflowId: 'w', workflowType: type }, 400, {
          __type: 'x#DomainDeprecatedFault',
        }),
      ),
    );
    expect(f.domains).toEqual([
      { name: 'old', retention: '1', deprecated: false },
      { name: 'dep', retention: '1', deprecated: true },
    ]);
    // The existing type's defaults are unknown: those the refused registration asked for are not its.
    expect(f.types.map((t) => [t.domain, t.name, t.defaults])).toEqual([
      ['old', 't', {}],
      ['dep', 't', {}],
    ]);
  });
});
