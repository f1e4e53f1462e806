// Types of skip-log.mjs for projects that do not check JavaScript.
export declare const SKIP_LOG_ENV: 'PIPEWRIGHT_SKIP_LOG';
export interface SkipRecord {
  step: string;
  corpus: number;
  reference: number;
  /** Live tests skipped for want of moto_server (test-support/moto.mjs). */
  moto?: number;
  note?: string;
}
export declare function recordSkips(step: string, counts: Omit<SkipRecord, 'step'>): void;
export declare function readSkips(file: string): SkipRecord[];
