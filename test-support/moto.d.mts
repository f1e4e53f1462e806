// Types of moto.mjs for projects that do not check JavaScript (no Node types needed).
export declare const MOTO_ENV: 'MOTO_SERVER';
export declare const MOTO_TAG: 'moto';
export declare const MOTO_HINT: string;
export declare function locateMotoServer(env?: Record<string, string | undefined>): string | undefined;
export declare const motoServer: string | undefined;
export declare const hasMotoServer: boolean;
export declare function motoSkippedLine(count: number): string;
