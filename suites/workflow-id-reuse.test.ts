import { describeFamily } from './family-suite.ts';

describeFamily('workflow-id-reuse');
