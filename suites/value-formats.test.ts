import { describeFamily } from './family-suite';

describeFamily('value-formats');
