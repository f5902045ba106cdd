// The lexicon index the CLI bundle carries as JSON: read back, it is the index built from the lexicons.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../src/model/lexicon/lexicons.js';
import { LEXICON_INDEX } from '../src/parse/markdown/lexicon-index.js';
import { reviveLexiconIndex } from '../src/parse/markdown/revive-lexicon-index.js';
import { serializeLexiconIndex } from '../src/parse/markdown/serialize-lexicon-index.js';

const root = path.resolve(__dirname, '..');

describe('prebuilt lexicon index', () => {
  it('reads back as the index built from the lexicons (every map, set and hit)', () => {
    const revived = reviveLexiconIndex(serializeLexiconIndex(LEXICON_INDEX), Object.values(LEXICONS));
    expect(revived).toEqual(LEXICON_INDEX);
    expect(revived.words.get('engineer')).toEqual(LEXICON_INDEX.words.get('engineer'));
  });

  it('is the one the bundled CLI reads (dist/bin/lexicon-index.json matches the sources)', () => {
    // (written in ASCII, characters beyond it as \u escapes: the same JSON value)
    const carried = readFileSync(path.join(root, 'dist/bin/lexicon-index.json'), 'utf8');
    expect(/^[\x00-\x7f]*$/.test(carried)).toBe(true);
    expect(JSON.parse(carried)).toEqual(JSON.parse(serializeLexiconIndex(LEXICON_INDEX)));
  });
});
