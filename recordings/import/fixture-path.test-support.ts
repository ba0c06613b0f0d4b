/** The path of a test fixture under recordings/fixtures/ (for the tests of the import). */
export const fixturePath = (name: string): string => new URL(`../fixtures/${name}`, import.meta.url).pathname;
