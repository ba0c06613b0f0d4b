import { describeFamily } from './family-suite.ts';

describeFamily('value-formats');
