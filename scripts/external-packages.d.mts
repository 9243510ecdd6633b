// Types for ./external-packages.mjs, so TypeScript tests can import the one list.
export declare const EXTERNAL_PACKAGES: string[];
