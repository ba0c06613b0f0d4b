import { describeFamily } from './family-suite.ts';

describeFamily('required-members');
