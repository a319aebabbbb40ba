// Runs after every build: validates every data file in rules/ against the zod schema the BUILT
// library exports for it, so a broken word list can never ship. Usage: node scripts/check-rules.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import * as lib from '../dist/index.js';

// The generated pinyin table (scripts/build-pinyin-table.mjs): toneless syllable → the Han characters read so.
const PinyinTableSchema = z.strictObject({
  schema: z.literal('sms-compliance/pinyin@1'),
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/),
  description: z.string().min(1),
  syllables: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^\p{Script=Han}+$/u)),
});

// The curated homophone table (rules/homophones.json): a Han character → the one-unit Han characters that stand
// in for it. Each replacement must differ from its character, and none may repeat.
const OneHan = /^[\u4e00-\u9fff]$/;
const HomophoneTableSchema = z.strictObject({
  schema: z.literal('sms-compliance/homophones@1'),
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/),
  description: z.string().min(1),
  source: z.strictObject({ title: z.string().min(1), ref: z.string().min(1), confidence: z.enum(['L', 'R', 'C', 'S', 'U']) }),
  characters: z.record(z.string().regex(OneHan), z.string().regex(/^[\u4e00-\u9fff]+$/)).superRefine((table, context) => {
    for (const [char, swaps] of Object.entries(table)) {
      if (swaps.includes(char) || new Set(swaps).size !== swaps.length) {
        context.addIssue({ code: 'custom', path: [char], message: 'replacements must differ from the character and from each other' });
      }
    }
  }),
});

const rulesDir = fileURLToPath(new URL('../rules/', import.meta.url));
const schemas = {
  'sms-compliance/rule-pack@1': lib.RulePackSchema,
  'sms-compliance/structure@1': lib.StructureDataSchema,
  'sms-compliance/content-types@1': lib.ContentTypesPackSchema,
  'sms-compliance/reply-keywords@1': lib.ReplyKeywordsSchema,
  'sms-compliance/sender-qualifications@1': lib.SenderQualificationsSchema,
  'sms-compliance/traditional@1': null,
  'sms-compliance/pinyin@1': PinyinTableSchema,
  'sms-compliance/homophones@1': HomophoneTableSchema,
};

let failed = 0;
const files = readdirSync(rulesDir).filter((name) => name.endsWith('.json')).sort();
for (const file of files) {
  const data = JSON.parse(readFileSync(rulesDir + file, 'utf8'));
  if (!(data.schema in schemas)) {
    console.error(`rules/${file}: unknown schema id ${JSON.stringify(data.schema)}`);
    failed++;
    continue;
  }
  const schema = schemas[data.schema];
  if (schema === null) {
    const entries = Object.entries(data.characters ?? {});
    if (entries.length === 0 || entries.some(([from, to]) => [...from].length !== 1 || [...to].length !== 1)) {
      console.error(`rules/${file}: characters must map one character to one character`);
      failed++;
    }
    continue;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) console.error(`rules/${file}: ${issue.path.join('.')}: ${issue.message}`);
    failed++;
  }
}
if (failed > 0) {
  console.error(`${failed} of ${files.length} rule files are invalid`);
  process.exit(1);
}
console.log(`rules/: ${files.length} data files valid`);
