// zod compiles fast parsers with `new Function`, which the renderer's Content-Security-Policy forbids (and
// should). Imported first by main.tsx, so zod never tries.
import { z } from 'zod';

z.config({ jitless: true });
