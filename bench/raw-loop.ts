import {
  RegisterDomainCommand,
  RegisterWorkflowTypeCommand,
  StartWorkflowExecutionCommand,
  SWFClient,
  type SWFClientConfig,
} from '@aws-sdk/client-swf';

/**
 * Bare StartWorkflowExecution calls, one after another, with no harness around them: the seconds they took. A
 * `requestHandler` replaces node:http (the mock's in-process path).
 */
export async function rawLoop(
  endpoint: string,
  credentials: { accessKeyId: string; secretAccessKey: string },
  calls: number,
  requestHandler?: SWFClientConfig['requestHandler'],
): Promise<number> {
  const client = new SWFClient({
    endpoint,
    region: 'us-east-1',
    credentials,
    maxAttempts: 1,
    ...(requestHandler ? { requestHandler } : {}),
  });
  try {
    await client.send(new RegisterDomainCommand({ name: 'bench', workflowExecutionRetentionPeriodInDays: '1' }));
    await client.send(
      new RegisterWorkflowTypeCommand({
        domain: 'bench',
        name: 'bench',
        version: '1',
        defaultTaskList: { name: 'l' },
        defaultChildPolicy: 'TERMINATE',
        defaultExecutionStartToCloseTimeout: '60',
        defaultTaskStartToCloseTimeout: '5',
      }),
    );
    const started = performance.now();
    for (let i = 0; i < calls; i++) {
      await client.send(
        new StartWorkflowExecutionCommand({
          domain: 'bench',
          workflowId: `w-${i}`,
          workflowType: { name: 'bench', version: '1' },
        }),
      );
    }
    return (performance.now() - started) / 1000;
  } finally {
    client.destroy();
  }
}
