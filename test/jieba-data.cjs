// The segmenter reads dist/jieba.dict; tests run from the sources, so it is extracted here when no build made it yet.
require('../scripts/jieba-data.cjs').ensureJiebaData(require('node:path').join(__dirname, '..', 'dist', 'jieba.dict'));
