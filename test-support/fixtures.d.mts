// Types of fixtures.mjs for projects that do not check JavaScript (no Node types needed).
export interface FixtureEntry {
  file: string;
  kind: 'json' | 'cfn' | 'tf';
  issues: string[];
  notes: string;
}
export declare const fixturesDir: string;
export declare function fixturePath(...segments: string[]): string;
export declare function readFixtureText(...segments: string[]): string;
export declare function readFixtureBytes(...segments: string[]): Uint8Array;
export declare function listFixtures(...segments: string[]): string[];
export declare function fixtureManifest(): FixtureEntry[];
