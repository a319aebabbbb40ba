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

const rulesDir = fileURLToPath(new URL('../rules/', import.meta.url));
const schemas = {
  'sms-compliance/rule-pack@1': lib.RulePackSchema,
  'sms-compliance/structure@1': lib.StructureDataSchema,
  'sms-compliance/content-types@1': lib.ContentTypesPackSchema,
  'sms-compliance/reply-keywords@1': lib.ReplyKeywordsSchema,
  'sms-compliance/sender-qualifications@1': lib.SenderQualificationsSchema,
  'sms-compliance/traditional@1': null,
  'sms-compliance/pinyin@1': PinyinTableSchema,
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
