import { describeFamily } from './family-suite';

describeFamily('workflow-id-reuse');
