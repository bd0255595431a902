// Makes the downloadable Noto faces of styles/fonts.css in two slices per script (docs/performance.md, "Fonts in
// slices"): a phone downloads a slice only when the page has a character of its unicode-range, so a phone without any
// face for the script pays for the characters our languages write, not for the script's rare letters.
//   - Arabic: the Arabic block (U+0600-06FF: Arabic, Persian, Dari, Pashto, Sorani) and the few punctuation marks of
//     Fontsource's range; the rest (supplements, presentation forms, mathematical letters) in a second slice.
//     Cut at the block because Arabic letters join: letters of one word drawn from two files would not.
//   - Ethiopic: the syllables our texts use (translations, languages' names), and punctuation; the rest of the syllabary
//     in a second slice. Ethiopic syllables never join, so any cut is safe. FontSlicesTest fails when a translation
//     gets a syllable outside the first slice: run this again then.
// Writes fonts/noto-sans-<script>-<slice>-400-normal-<8 hex digits of SHA-256>.woff2 (ImmutableFiles), deletes the
// former files and rewrites the part of fonts.css between its two "slices" comments. From the project root:
//   npm install --prefix /tmp/fonts subset-font@2.9.0 @fontsource/noto-sans-arabic@5.3.0 @fontsource/noto-sans-ethiopic@5.3.0
//   node frontend/fonts/make-slices.mjs /tmp/fonts/node_modules
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.cwd();
const modules = process.argv[2] ?? '/tmp/fonts/node_modules';
const { default: subsetFont } = await import(pathToFileURL(join(modules, 'subset-font/index.js')).href);
const resources = join(root, 'src/main/resources/META-INF/resources');
const fontsDir = join(resources, 'fonts');
const stylesheet = join(resources, 'styles/fonts.css');
const BEGIN = '/* slices: made by frontend/fonts/make-slices.mjs, do not edit by hand */';
const END = '/* end of the slices */';

/** The code points of a CSS unicode-range ("U+0600-06FF,U+204F"). */
function codePoints(range) {
  return new Set(range.split(',').flatMap((part) => {
    const [from, to] = part.trim().slice(2).split('-').map((hex) => parseInt(hex, 16));
    return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i);
  }));
}

/** The shortest unicode-range of a set of code points. */
function unicodeRange(points) {
  const sorted = [...points].sort((a, b) => a - b);
  const parts = [];
  const hex = (point) => point.toString(16).toUpperCase().padStart(4, '0');
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i];
    while (sorted[i + 1] === sorted[i] + 1) i++;
    parts.push(from === sorted[i] ? `U+${hex(from)}` : `U+${hex(from)}-${hex(sorted[i])}`);
  }
  return parts.join(',');
}

/** Fontsource's regular face of the script: its file and its unicode-range. */
function fontsource(family, subset) {
  const folder = join(modules, `@fontsource/${family}`);
  const name = `${family}-${subset}-400-normal`;
  const css = readFileSync(join(folder, '400.css'), 'utf8');
  const face = css.slice(css.indexOf(`/* ${name} */`));
  return {
    font: readFileSync(join(folder, `files/${name}.woff2`)),
    range: codePoints(face.match(/unicode-range: ([^;]+);/)[1])
  };
}

/** The characters of the script in our texts: every translation, and the languages' own names. */
function ourCharacters(inScript) {
  const files = readdirSync(join(root, 'translations')).filter((file) => file.endsWith('.properties'))
    .map((file) => join(root, 'translations', file))
    .concat(join(root, 'src/main/java/se/motesplats/i18n/SupportedLanguage.java'));
  const text = files.map((file) => readFileSync(file, 'utf8')).join('');
  return new Set([...text].map((character) => character.codePointAt(0)).filter(inScript));
}

const arabicBlock = (point) => point >= 0x0600 && point <= 0x06ff;
const ethiopic = (point) => (point >= 0x1200 && point <= 0x139f) || (point >= 0x2d80 && point <= 0x2ddf);
const ethiopicPunctuation = Array.from({ length: 8 }, (_, i) => 0x1361 + i);

const scripts = [
  {
    family: 'noto-sans-arabic', name: 'Noto Sans Arabic', subset: 'arabic',
    local: "local('Noto Sans Arabic Regular'), local('NotoSansArabic-Regular'),\n"
      + "       local('Noto Naskh Arabic'), local('NotoNaskhArabic-Regular'), local('Geeza Pro'), local('GeezaPro')",
    first: (range) => new Set([...range].filter((point) => arabicBlock(point) || (point >= 0x2000 && point <= 0x2e7f)))
  },
  {
    family: 'noto-sans-ethiopic', name: 'Noto Sans Ethiopic', subset: 'ethiopic',
    local: "local('Noto Sans Ethiopic Regular'), local('NotoSansEthiopic-Regular'),\n"
      + "       local('Kefa Regular'), local('Kefa-Regular'), local('Nyala'), local('Ebrima')",
    first: (range) => new Set([...ourCharacters(ethiopic), ...ethiopicPunctuation].filter((point) => range.has(point)))
  }
];

const files = new Map();
const faces = [];
for (const script of scripts) {
  const { font, range } = fontsource(script.family, script.subset);
  const first = script.first(range);
  const rest = new Set([...range].filter((point) => !first.has(point)));
  for (const [slice, points] of [['common', first], ['rare', rest]]) {
    const subset = await subsetFont(font, String.fromCodePoint(...points), { targetFormat: 'woff2' });
    const hash = createHash('sha256').update(subset).digest('hex').slice(0, 8);
    const file = `${script.family}-${slice}-400-normal-${hash}.woff2`;
    files.set(file, subset);
    console.log(`${file}: ${points.size} characters, ${subset.length} B`);
    faces.push(`@font-face {
  font-family: '${script.name}';
  font-style: normal;
  font-weight: 400;
  font-display: swap;
  src: ${script.local},
       url(../fonts/${file}) format('woff2');
  unicode-range: ${unicodeRange(points)};
}`);
  }
}
const css = readFileSync(stylesheet, 'utf8');
const begin = css.indexOf(BEGIN);
const end = css.indexOf(END);
if (begin < 0 || end < begin) throw new Error(`${stylesheet} needs the comments ${BEGIN} and ${END}`);
for (const file of readdirSync(fontsDir)) {
  if (/^noto-sans-(arabic|ethiopic)-.*\.woff2$/.test(file)) unlinkSync(join(fontsDir, file));
}
files.forEach((subset, file) => writeFileSync(join(fontsDir, file), subset));
writeFileSync(stylesheet, `${css.slice(0, begin + BEGIN.length)}\n${faces.join('\n\n')}\n${css.slice(end)}`);
