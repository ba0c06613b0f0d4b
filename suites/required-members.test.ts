import { describeFamily } from './family-suite';

describeFamily('required-members');
