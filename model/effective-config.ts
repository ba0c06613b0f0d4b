/** The configuration an accepted start must show, after the type's defaults are applied. */
export interface EffectiveConfig {
  workflowType: { name: string; version: string };
  taskList?: string;
  executionStartToCloseTimeout?: string;
  taskStartToCloseTimeout?: string;
  childPolicy?: string;
  taskPriority?: string;
  lambdaRole?: string;
  tagList: string[];
  input?: string;
}
