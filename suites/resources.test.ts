import { describeFamily } from './family-suite';

describeFamily('resources');
