import { describeFamily } from './family-suite.ts';

describeFamily('tag-list');
