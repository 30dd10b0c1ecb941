// @doyensec/electronegativity ships no type declarations; this is the part the security test uses.
declare module '@doyensec/electronegativity' {
  interface Issue {
    id: string;
    file: string;
    location: { line: number; column: number };
    severity: { name: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' };
    visibility?: { inlineDisabled: boolean; globalCheckDisabled: boolean };
    description: string;
  }
  export default function run(
    options: {
      input: string;
      output?: string;
      isSarif: boolean;
      customScan: string;
      isRelative: boolean;
      electronVersionOverride?: string;
      parserPlugins: string[];
    },
    forCli: false,
  ): Promise<{ issues: Issue[]; errors: unknown[] }>;
}
