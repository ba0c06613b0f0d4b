import { describeFamily } from './family-suite';

describeFamily('tag-list');
