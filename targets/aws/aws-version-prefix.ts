/** The prefix of every type version the aws target registers; what carries it is the harness's to clean up. */
export const AWS_VERSION_PREFIX = 'swfc-';
