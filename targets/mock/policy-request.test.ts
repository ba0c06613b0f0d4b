import { describe, expect, it } from 'vitest';
import { policyRequestOf } from './policy-request.ts';

const contextOf = (input: Record<string, unknown>, hidden: string[] = []) =>
  Object.fromEntries(policyRequestOf('StartWorkflowExecution', input, 'us-east-1', new Set(hidden)).context);

describe('policyRequestOf', () => {
  it("names the action swf:<Operation> and the domain ARN in the signature's region", () => {
    expect(policyRequestOf('StartWorkflowExecution', { domain: 'main' }, 'eu-west-3')).toMatchObject({
      action: 'swf:StartWorkflowExecution',
      resource: 'arn:aws:swf:eu-west-3:123456789012:/domain/main',
    });
    expect(policyRequestOf('RegisterWorkflowType', { domain: 'd', name: 'type' }, 'us-east-1').resource).toBe(
      'arn:aws:swf:us-east-1:123456789012:/domain/d',
    );
    expect(policyRequestOf('DescribeDomain', { name: 'd' }, 'us-east-1').resource).toBe(
      'arn:aws:swf:us-east-1:123456789012:/domain/d',
    );
    expect(policyRequestOf('RegisterDomain', { name: 'd' }, 'us-east-1').resource).toBe(
      'arn:aws:swf:us-east-1:123456789012:/domain/d',
    );
    expect(policyRequestOf('ListDomains', {}, 'us-east-1').resource).toBe(
      'arn:aws:swf:us-east-1:123456789012:/domain/*',
    );
    expect(policyRequestOf('StartWorkflowExecution', { domain: null }, 'us-east-1').resource).toBe(
      'arn:aws:swf:us-east-1:123456789012:/domain/*',
    );
  });

  it("puts the tags by position, the request's own task list and the type's name and version in a start's context", () => {
    expect(
      contextOf({ tagList: ['a', 'b'], taskList: { name: 'l' }, workflowType: { name: 't', version: '1' } }),
    ).toEqual({
      'swf:taglist.member.0': 'a',
      'swf:taglist.member.1': 'b',
      'swf:tasklist.name': 'l',
      'swf:workflowtype.name': 't',
      'swf:workflowtype.version': '1',
    });
    expect(contextOf({ tagList: ['1', '2', '3', '4', '5', '6'] })).toEqual({
      'swf:taglist.member.0': '1',
      'swf:taglist.member.1': '2',
      'swf:taglist.member.2': '3',
      'swf:taglist.member.3': '4',
      'swf:taglist.member.4': '5',
    });
  });

  it('leaves out what the request does not give: no taskList (even if the type has a default), null members, an empty tagList', () => {
    expect(contextOf({ workflowType: { name: 't' } })).toEqual({ 'swf:workflowtype.name': 't' });
    expect(contextOf({ taskList: {}, tagList: [], workflowType: null })).toEqual({});
    expect(contextOf({ taskList: { name: null }, tagList: [null, 'b'] })).toEqual({ 'swf:taglist.member.1': 'b' });
    expect(contextOf({ taskList: { name: '' } })).toEqual({ 'swf:tasklist.name': '' });
  });

  it('has no condition keys for other operations, and none that a quirk hides', () => {
    expect(
      policyRequestOf('DescribeWorkflowExecution', { domain: 'd', taskList: { name: 'l' } }, 'us-east-1').context.size,
    ).toBe(0);
    expect(contextOf({ taskList: { name: 'l' }, tagList: ['a'] }, ['swf:taskList.name'])).toEqual({
      'swf:taglist.member.0': 'a',
    });
  });
});
